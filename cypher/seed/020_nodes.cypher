// Domain nodes. Each has the label :Entity plus exactly one domain label.
// Idempotent: every statement is a MERGE keyed on :Entity(id), or on its two endpoints, followed by SET.

// ---------- Countries (:Country) ----------

MERGE (n:Entity {id: 'country-kuwait'})
SET n:Country, n += {
  name: 'Kuwait',
  nameAr: 'الكويت',
  nameTr: 'Kuveyt',
  aliases: ['State of Kuwait', 'دولة الكويت'],
  domesticDefenceProduction: false,
  aliasesText: 'State of Kuwait | دولة الكويت',
  searchText: 'kuwait | الكويت | kuveyt | state of kuwait | دوله الكويت',
  description: 'Small Gulf state that buys its weapons abroad (it has no domestic defence production) and is deepening defence and security cooperation with Turkey.'
};

MERGE (n:Entity {id: 'country-turkey'})
SET n:Country, n += {
  name: 'Turkey',
  nameAr: 'تركيا',
  nameTr: 'Türkiye',
  aliases: ['Türkiye', 'Turkiye', 'Republic of Türkiye', 'Türkiye Cumhuriyeti', 'الجمهورية التركية'],
  aliasesText: 'Türkiye | Turkiye | Republic of Türkiye | Türkiye Cumhuriyeti | الجمهورية التركية',
  searchText: 'turkey | تركيا | turkiye | republic of turkiye | turkiye cumhuriyeti | الجمهوريه التركيه',
  description: 'Turkey, whose defence exports are growing and which is expanding its military presence in the Gulf through cooperation with Kuwait.'
};

MERGE (n:Entity {id: 'country-ukraine'})
SET n:Country, n += {
  name: 'Ukraine',
  nameAr: 'أوكرانيا',
  nameTr: 'Ukrayna',
  aliases: [],
  aliasesText: '',
  searchText: 'ukraine | اوكرانيا | ukrayna',
  description: 'Ukraine, where the Bayraktar TB2 drone became famous.'
};

MERGE (n:Entity {id: 'country-uae'})
SET n:Country, n += {
  name: 'United Arab Emirates',
  nameAr: 'الإمارات العربية المتحدة',
  nameTr: 'Birleşik Arap Emirlikleri',
  aliases: ['UAE', 'Emirates', 'الإمارات'],
  domesticDefenceProduction: true,
  aliasesText: 'UAE | Emirates | الإمارات',
  searchText: 'united arab emirates | الامارات العربيه المتحده | birlesik arap emirlikleri | uae | emirates | الامارات',
  description: 'Gulf state cited as having, unlike Kuwait, domestic defence production with national companies.'
};

MERGE (n:Entity {id: 'country-saudi-arabia'})
SET n:Country, n += {
  name: 'Saudi Arabia',
  nameAr: 'المملكة العربية السعودية',
  nameTr: 'Suudi Arabistan',
  aliases: ['Kingdom of Saudi Arabia', 'KSA', 'السعودية'],
  domesticDefenceProduction: true,
  aliasesText: 'Kingdom of Saudi Arabia | KSA | السعودية',
  searchText: 'saudi arabia | المملكه العربيه السعوديه | suudi arabistan | kingdom of saudi arabia | ksa | السعوديه',
  description: 'Gulf state cited as having, unlike Kuwait, domestic defence production with national companies.'
};

MERGE (n:Entity {id: 'country-qatar'})
SET n:Country, n += {
  name: 'Qatar',
  nameAr: 'قطر',
  nameTr: 'Katar',
  aliases: ['State of Qatar'],
  domesticDefenceProduction: true,
  aliasesText: 'State of Qatar',
  searchText: 'qatar | قطر | katar | state of qatar',
  description: 'Gulf state cited as having, unlike Kuwait, domestic defence production with national companies.'
};

MERGE (n:Entity {id: 'country-iran'})
SET n:Country, n += {
  name: 'Iran',
  nameAr: 'إيران',
  nameTr: 'İran',
  nameArNote: 'Standard Arabic name: the article uses only the adjective الإيراني (Iranian).',
  aliases: ['Islamic Republic of Iran', 'الإيراني'],
  aliasesText: 'Islamic Republic of Iran | الإيراني',
  searchText: 'iran | ايران | islamic republic of iran | الايراني',
  description: 'Iran, described as a rising threat in the Middle East that makes Turkey\'s regional partnerships more important.'
};

// ---------- People (:Person) ----------

MERGE (n:Entity {id: 'person-meshal-al-ahmad-al-jaber-al-sabah'})
SET n:Person, n += {
  name: 'Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah',
  nameAr: 'الشيخ مشعل الأحمد الجابر الصباح',
  aliases: ['Sheikh Meshal', 'Sheikh Meshal Al-Ahmad', 'Mishal Al-Ahmad Al-Jaber Al-Sabah', 'Emir of Kuwait', 'الشيخ مشعل', 'الشيخ مشعل الأحمد', 'مشعل الأحمد الجابر الصباح', 'أمير الكويت', 'سمو أمير البلاد', 'سمو الأمير'],
  aliasesText: 'Sheikh Meshal | Sheikh Meshal Al-Ahmad | Mishal Al-Ahmad Al-Jaber Al-Sabah | Emir of Kuwait | الشيخ مشعل | الشيخ مشعل الأحمد | مشعل الأحمد الجابر الصباح | أمير الكويت | سمو أمير البلاد | سمو الأمير',
  searchText: 'sheikh meshal al-ahmad al-jaber al-sabah | الشيخ مشعل الاحمد الجابر الصباح | sheikh meshal | sheikh meshal al-ahmad | mishal al-ahmad al-jaber al-sabah | emir of kuwait | الشيخ مشعل | الشيخ مشعل الاحمد | مشعل الاحمد الجابر الصباح | امير الكويت | سمو امير البلاد | سمو الامير',
  description: 'Emir of Kuwait, who visited Turkey in May 2024, met President Erdoğan and oversaw the signing of several agreements.'
};

MERGE (n:Entity {id: 'person-recep-tayyip-erdogan'})
SET n:Person, n += {
  name: 'Recep Tayyip Erdoğan',
  nameAr: 'رجب طيب أردوغان',
  nameTr: 'Recep Tayyip Erdoğan',
  aliases: ['Erdoğan', 'Erdogan', 'Recep Tayyip Erdogan', 'President Erdoğan', 'أردوغان', 'الرئيس التركي'],
  aliasesText: 'Erdoğan | Erdogan | Recep Tayyip Erdogan | President Erdoğan | أردوغان | الرئيس التركي',
  searchText: 'recep tayyip erdogan | رجب طيب اردوغان | erdogan | president erdogan | اردوغان | الرييس التركي',
  description: 'President of Turkey, who met the Emir of Kuwait and oversaw the signing of several agreements with him.'
};

MERGE (n:Entity {id: 'person-tuba-nur-sonmez'})
SET n:Person, n += {
  name: 'Tuba Nur Sönmez',
  nameAr: 'طوبى نور سونمز',
  nameTr: 'Tuba Nur Sönmez',
  aliases: ['Tuba Nur Sonmez', 'Ambassador Sönmez', 'Sönmez', 'سونمز', 'السفيرة التركية', 'السفيرة طوبى نور سونمز'],
  aliasesText: 'Tuba Nur Sonmez | Ambassador Sönmez | Sönmez | سونمز | السفيرة التركية | السفيرة طوبى نور سونمز',
  searchText: 'tuba nur sonmez | طوبي نور سونمز | ambassador sonmez | sonmez | سونمز | السفيره التركيه | السفيره طوبي نور سونمز',
  description: 'Turkey\'s ambassador to Kuwait, interviewed by Al-Qabas on Kuwait–Turkey defence and security cooperation.'
};

MERGE (n:Entity {id: 'person-mai-al-sukkari'})
SET n:Person, n += {
  name: 'Mai Al-Sukkari',
  nameAr: 'مي السكري',
  aliases: ['May Al-Sukkari', 'Mai Al-Sukari', 'Mai Alsukkari'],
  aliasesText: 'May Al-Sukkari | Mai Al-Sukari | Mai Alsukkari',
  searchText: 'mai al-sukkari | مي السكري | may al-sukkari | mai al-sukari | mai alsukkari',
  description: 'Al-Qabas journalist whose byline is on the interview with the Turkish ambassador (the English spelling is a transliteration, the article gives only the Arabic).'
};

MERGE (n:Entity {id: 'person-turkish-chief-of-general-staff'})
SET n:Person, n += {
  name: 'Chief of the Turkish General Staff (unnamed)',
  nameAr: 'رئيس الأركان التركي',
  nameTr: 'Genelkurmay Başkanı',
  anonymous: true,
  aliases: ['Turkish Chief of General Staff', 'Chief of General Staff', 'Turkish Chief of Staff', 'Genelkurmay Başkanı'],
  aliasesText: 'Turkish Chief of General Staff | Chief of General Staff | Turkish Chief of Staff | Genelkurmay Başkanı',
  searchText: 'chief of the turkish general staff (unnamed) | رييس الاركان التركي | genelkurmay baskani | turkish chief of general staff | chief of general staff | turkish chief of staff',
  description: 'The Turkish Chief of General Staff (not named in the source), who led a high-level military delegation on an official visit to Kuwait in January 2025.'
};

MERGE (n:Entity {id: 'person-turkish-gendarmerie-liaison-officer'})
SET n:Person, n += {
  name: 'Turkish gendarmerie liaison officer (unnamed)',
  nameAr: 'ضابط درك تركيا',
  nameTr: 'Jandarma irtibat subayı',
  anonymous: true,
  aliases: ['liaison officer', 'Turkish gendarmerie officer', 'ضابط ارتباط', 'ضابط درك تركي'],
  aliasesText: 'liaison officer | Turkish gendarmerie officer | ضابط ارتباط | ضابط درك تركي',
  searchText: 'turkish gendarmerie liaison officer (unnamed) | ضابط درك تركيا | jandarma irtibat subayi | liaison officer | turkish gendarmerie officer | ضابط ارتباط | ضابط درك تركي',
  description: 'An unnamed Turkish gendarmerie officer seconded to Kuwait as a liaison officer for one year.'
};

// ---------- Organizations (:Organization) ----------

MERGE (n:Entity {id: 'org-kuwait-ministry-of-defence'})
SET n:Organization, n += {
  name: 'Ministry of Defence (Kuwait)',
  nameAr: 'وزارة الدفاع الكويتية',
  nameArNote: 'Standard Arabic name: the article only says وزارتي دفاع البلدين (the defence ministries of the two countries).',
  kind: 'ministry',
  aliases: ['Kuwaiti Ministry of Defence', 'Kuwait Ministry of Defense', 'Kuwait MOD', 'وزارة الدفاع'],
  aliasesText: 'Kuwaiti Ministry of Defence | Kuwait Ministry of Defense | Kuwait MOD | وزارة الدفاع',
  searchText: 'ministry of defence (kuwait) | وزاره الدفاع الكويتيه | kuwaiti ministry of defence | kuwait ministry of defense | kuwait mod | وزاره الدفاع',
  description: 'Kuwait\'s Ministry of Defence, party to the 2024 executive protocol on government procurement from defence industries.'
};

MERGE (n:Entity {id: 'org-turkey-ministry-of-national-defence'})
SET n:Organization, n += {
  name: 'Ministry of National Defence (Turkey)',
  nameAr: 'وزارة الدفاع الوطني التركية',
  nameTr: 'Millî Savunma Bakanlığı',
  nameArNote: 'Standard Arabic name: the article only says وزارتي دفاع البلدين (the defence ministries of the two countries).',
  kind: 'ministry',
  aliases: ['MSB', 'Turkish Ministry of National Defence', 'Turkish Ministry of Defence', 'Turkish Ministry of National Defense', 'Milli Savunma Bakanlığı', 'وزارة الدفاع التركية'],
  aliasesText: 'MSB | Turkish Ministry of National Defence | Turkish Ministry of Defence | Turkish Ministry of National Defense | Milli Savunma Bakanlığı | وزارة الدفاع التركية',
  searchText: 'ministry of national defence (turkey) | وزاره الدفاع الوطني التركيه | milli savunma bakanligi | msb | turkish ministry of national defence | turkish ministry of defence | turkish ministry of national defense | وزاره الدفاع التركيه',
  description: 'Turkey\'s Ministry of National Defence, party to the 2024 executive protocol on government procurement from defence industries.'
};

MERGE (n:Entity {id: 'org-turkey-ministry-of-interior'})
SET n:Organization, n += {
  name: 'Ministry of Interior (Turkey)',
  nameAr: 'وزارة الداخلية التركية',
  nameTr: 'İçişleri Bakanlığı',
  kind: 'ministry',
  aliases: ['Turkish Interior Ministry', 'Turkish Ministry of Interior', 'T.C. İçişleri Bakanlığı'],
  aliasesText: 'Turkish Interior Ministry | Turkish Ministry of Interior | T.C. İçişleri Bakanlığı',
  searchText: 'ministry of interior (turkey) | وزاره الداخليه التركيه | icisleri bakanligi | turkish interior ministry | turkish ministry of interior | t.c. icisleri bakanligi',
  description: 'Turkey\'s Interior Ministry, to which the Gendarmerie General Command belongs, party to the training protocols with the Kuwait National Guard.'
};

MERGE (n:Entity {id: 'org-gendarmerie-general-command'})
SET n:Organization, n += {
  name: 'Gendarmerie General Command',
  nameAr: 'قيادة الدرك العام',
  nameTr: 'Jandarma Genel Komutanlığı',
  kind: 'gendarmerie',
  aliases: ['Turkish Gendarmerie', 'Jandarma', 'JGK', 'Turkish Gendarmerie General Command', 'قيادة الدرك العام التركية', 'الدرك التركي'],
  aliasesText: 'Turkish Gendarmerie | Jandarma | JGK | Turkish Gendarmerie General Command | قيادة الدرك العام التركية | الدرك التركي',
  searchText: 'gendarmerie general command | قياده الدرك العام | jandarma genel komutanligi | turkish gendarmerie | jandarma | jgk | turkish gendarmerie general command | قياده الدرك العام التركيه | الدرك التركي',
  description: 'Turkey\'s gendarmerie, under the Interior Ministry, which trains the Kuwait National Guard, publishes the yearly International Training Guide and hosted the 2018 FIEP summit in Antalya.'
};

MERGE (n:Entity {id: 'org-kuwait-national-guard'})
SET n:Organization, n += {
  name: 'Kuwait National Guard',
  nameAr: 'الحرس الوطني الكويتي',
  kind: 'security_force',
  aliases: ['KNG', 'Kuwaiti National Guard', 'National Guard', 'الحرس الوطني'],
  aliasesText: 'KNG | Kuwaiti National Guard | National Guard | الحرس الوطني',
  searchText: 'kuwait national guard | الحرس الوطني الكويتي | kng | kuwaiti national guard | national guard | الحرس الوطني',
  description: 'One of Kuwait\'s most prominent security institutions, a FIEP member since 2018 and partner of the Turkish Gendarmerie in training protocols signed in 2025.'
};

MERGE (n:Entity {id: 'org-kuwait-ministry-of-interior'})
SET n:Organization, n += {
  name: 'Ministry of Interior (Kuwait)',
  nameAr: 'وزارة الداخلية الكويتية',
  kind: 'ministry',
  aliases: ['Kuwaiti Interior Ministry', 'Kuwait Ministry of Interior', 'Kuwait MOI'],
  aliasesText: 'Kuwaiti Interior Ministry | Kuwait Ministry of Interior | Kuwait MOI',
  searchText: 'ministry of interior (kuwait) | وزاره الداخليه الكويتيه | kuwaiti interior ministry | kuwait ministry of interior | kuwait moi',
  description: 'Kuwait\'s Interior Ministry, to whose other units Turkey hopes to extend the security cooperation begun with the National Guard.'
};

MERGE (n:Entity {id: 'org-kuwait-interior-ministry-security-forces'})
SET n:Organization, n += {
  name: 'Kuwaiti Interior Ministry security forces',
  nameAr: 'قوات الأمن التابعة لوزارة الداخلية الكويتية',
  kind: 'security_force',
  aliases: ['Kuwait Interior Ministry security forces', 'قوات الأمن الكويتية'],
  aliasesText: 'Kuwait Interior Ministry security forces | قوات الأمن الكويتية',
  searchText: 'kuwaiti interior ministry security forces | قوات الامن التابعه لوزاره الداخليه الكويتيه | kuwait interior ministry security forces | قوات الامن الكويتيه',
  description: 'Security forces of Kuwait\'s Interior Ministry, with which the Turkish Interior Ministry aims to strengthen training and exchange cooperation.'
};

MERGE (n:Entity {id: 'org-kuwait-armed-forces'})
SET n:Organization, n += {
  name: 'Kuwaiti Armed Forces',
  nameAr: 'القوات المسلحة الكويتية',
  kind: 'armed_force',
  aliases: ['Kuwait Armed Forces', 'Kuwaiti military', 'قواتها المسلحة'],
  aliasesText: 'Kuwait Armed Forces | Kuwaiti military | قواتها المسلحة',
  searchText: 'kuwaiti armed forces | القوات المسلحه الكويتيه | kuwait armed forces | kuwaiti military | قواتها المسلحه',
  description: 'Kuwait\'s armed forces, which the defence cooperation agreement is to help equip and train and for which Turkey offers tailored solutions.'
};

MERGE (n:Entity {id: 'org-turkish-general-staff'})
SET n:Organization, n += {
  name: 'Turkish General Staff',
  nameAr: 'رئاسة الأركان العامة التركية',
  nameTr: 'Genelkurmay Başkanlığı',
  nameArNote: 'Standard Arabic name: the article mentions only the office-holder, رئيس الأركان التركي (the Turkish Chief of Staff).',
  kind: 'command',
  aliases: ['General Staff of the Turkish Armed Forces', 'Genelkurmay', 'الأركان التركية'],
  aliasesText: 'General Staff of the Turkish Armed Forces | Genelkurmay | الأركان التركية',
  searchText: 'turkish general staff | رياسه الاركان العامه التركيه | genelkurmay baskanligi | general staff of the turkish armed forces | genelkurmay | الاركان التركيه',
  description: 'The Turkish General Staff, whose chief visited Kuwait in January 2025.'
};

MERGE (n:Entity {id: 'org-kuwait-state-media'})
SET n:Organization, n += {
  name: 'Kuwaiti state media',
  nameAr: 'وسائل الإعلام الرسمية الكويتية',
  kind: 'media_outlet',
  aliases: ['Kuwaiti official media', 'Kuwait state media'],
  aliasesText: 'Kuwaiti official media | Kuwait state media',
  searchText: 'kuwaiti state media | وسايل الاعلام الرسميه الكويتيه | kuwaiti official media | kuwait state media',
  description: 'Kuwait\'s official media, cited by Political Keys as reporting the executive protocol between the two defence ministries.'
};

MERGE (n:Entity {id: 'org-political-keys'})
SET n:Organization, n += {
  name: 'Political Keys',
  nameAr: 'بوليتكال كيز',
  kind: 'media_outlet',
  aliases: ['بوليتكال كيز | Political Keys', 'PoliticalKeys'],
  aliasesText: 'بوليتكال كيز | Political Keys | PoliticalKeys',
  searchText: 'political keys | بوليتكال كيز | بوليتكال كيز | political keys | politicalkeys',
  description: 'Independent Arabic-language political news platform covering the Middle East, publisher of the article on the Kuwait–Turkey defence cooperation agreement.'
};

MERGE (n:Entity {id: 'org-alqabas'})
SET n:Organization, n += {
  name: 'Al-Qabas',
  nameAr: 'جريدة القبس',
  kind: 'media_outlet',
  aliases: ['Al Qabas', 'Alqabas', 'Al-Qabas newspaper', 'القبس', 'جريدة القبس الإلكتروني', 'alqabas.com'],
  aliasesText: 'Al Qabas | Alqabas | Al-Qabas newspaper | القبس | جريدة القبس الإلكتروني | alqabas.com',
  searchText: 'al-qabas | جريده القبس | al qabas | alqabas | al-qabas newspaper | القبس | جريده القبس الالكتروني | alqabas.com',
  description: 'Kuwaiti newspaper (electronic edition at alqabas.com) that interviewed the Turkish ambassador.'
};

MERGE (n:Entity {id: 'org-fiep'})
SET n:Organization, n += {
  name: 'FIEP (International Association of Gendarmeries and Police Forces with Military Status)',
  nameAr: 'المنظمة الدولية للدرك وقوات الأمن ذات الوضع العسكري',
  kind: 'international_organisation',
  aliases: ['FIEP', 'International Association of Gendarmeries and Police Forces with Military Status', 'International Organisation of Gendarmeries and Security Forces with Military Status'],
  aliasesText: 'FIEP | International Association of Gendarmeries and Police Forces with Military Status | International Organisation of Gendarmeries and Security Forces with Military Status',
  searchText: 'fiep (international association of gendarmeries and police forces with military status) | المنظمه الدوليه للدرك وقوات الامن ذات الوضع العسكري | fiep | international association of gendarmeries and police forces with military status | international organisation of gendarmeries and security forces with military status',
  description: 'International association of gendarmeries and security forces with military status, which the Kuwait National Guard joined as an observer and then as a full member in 2018.'
};

MERGE (n:Entity {id: 'org-turkish-defence-industry'})
SET n:Organization, n += {
  name: 'Turkish defence industry',
  nameAr: 'قطاع الدفاع التركي',
  nameTr: 'Türk savunma sanayii',
  kind: 'industry_sector',
  aliases: ['Turkish defence sector', 'Turkish defense industry', 'Turkish defence industries', 'Savunma Sanayii', 'الصناعات الدفاعية', 'الصناعات الدفاعية التركية'],
  aliasesText: 'Turkish defence sector | Turkish defense industry | Turkish defence industries | Savunma Sanayii | الصناعات الدفاعية | الصناعات الدفاعية التركية',
  searchText: 'turkish defence industry | قطاع الدفاع التركي | turk savunma sanayii | turkish defence sector | turkish defense industry | turkish defence industries | savunma sanayii | الصناعات الدفاعيه | الصناعات الدفاعيه التركيه',
  description: 'Turkey\'s defence sector as a whole, whose exports have surged and whose portfolio (naval systems, training simulators, surveillance technologies, integrated defence solutions) is offered to Kuwait.'
};

// ---------- Agreements, protocols and contracts (:Agreement) ----------

MERGE (n:Entity {id: 'agreement-kuwait-turkey-defence-cooperation'})
SET n:Agreement, n += {
  name: 'Kuwait–Turkey Defence Cooperation Agreement',
  nameAr: 'اتفاقية تعاون دفاعي',
  kind: 'agreement',
  status: 'signed',
  aliases: ['Kuwait-Turkey defence cooperation agreement', 'Defense Cooperation Agreement', 'اتفاقية تعاون دفاعي جديدة', 'اتفاقية التعاون الدفاعي'],
  date: '2024',
  datePrecision: 'year',
  dateInferred: true,
  dateNote: 'No signing date is given. Political Keys reports it as newly signed in an article written about a week after the Emir–Erdoğan meeting, which Al-Qabas dates to May 2024, so the year 2024 is inferred.',
  purpose: 'Strengthen military capabilities and improve cooperation between the two countries, helping Kuwait better equip and train its armed forces.',
  aliasesText: 'Kuwait-Turkey defence cooperation agreement | Defense Cooperation Agreement | اتفاقية تعاون دفاعي جديدة | اتفاقية التعاون الدفاعي',
  searchText: 'kuwait–turkey defence cooperation agreement | اتفاقيه تعاون دفاعي | kuwait-turkey defence cooperation agreement | defense cooperation agreement | اتفاقيه تعاون دفاعي جديده | اتفاقيه التعاون الدفاعي',
  description: 'New defence cooperation agreement signed by Kuwait and Turkey to strengthen military capabilities, which also gives Ankara another foothold in the Gulf.'
};

MERGE (n:Entity {id: 'agreement-executive-protocol-defence-procurement-2024'})
SET n:Agreement, n += {
  name: 'Executive Protocol on Government Procurement from Defence Industries',
  nameAr: 'بروتوكول تنفيذي لمشتريات الحكومة من الصناعات الدفاعية',
  nameArNote: 'Composed from the Political Keys wording (“بروتوكول تنفيذي” … لمشتريات الحكومة من الصناعات الدفاعية). Al-Qabas calls it بروتوكول بيع حكومي - حكومي.',
  kind: 'executive_protocol',
  status: 'signed',
  aliases: ['Government-to-government sale protocol', 'G2G sale protocol', 'executive protocol', 'بروتوكول تنفيذي', 'بروتوكول بيع حكومي - حكومي'],
  date: '2024-05',
  datePrecision: 'month',
  dateSources: ['source-alqabas-turkish-ambassador-interview'],
  dateQuote: 'إلى تركيا في مايو 2024',
  dateNote: 'Signed during the Emir\'s visit to Turkey, which Al-Qabas dates to May 2024 (no day given).',
  topic: 'Government procurement from defence industries (government-to-government sales)',
  aliasesText: 'Government-to-government sale protocol | G2G sale protocol | executive protocol | بروتوكول تنفيذي | بروتوكول بيع حكومي - حكومي',
  searchText: 'executive protocol on government procurement from defence industries | بروتوكول تنفيذي لمشتريات الحكومه من الصناعات الدفاعيه | government-to-government sale protocol | g2g sale protocol | executive protocol | بروتوكول تنفيذي | بروتوكول بيع حكومي - حكومي',
  description: 'Executive protocol between the Kuwaiti and Turkish defence ministries on government-to-government procurement from defence industries, signed during the Emir\'s May 2024 visit to Turkey under the oversight of the Emir and President Erdoğan.'
};

MERGE (n:Entity {id: 'agreement-kuwait-tb2-contract-2023'})
SET n:Agreement, n += {
  name: 'Kuwait Bayraktar TB2 purchase contract (2023)',
  nameAr: 'عقد شراء الطائرة التركية Bayraktar TB2',
  nameArNote: 'Composed from the article wording (تعاقدت الكويت مع تركيا … لشراء الطائرة التركية الشهيرة Bayraktar TB2 … في عقد).',
  kind: 'contract',
  status: 'signed',
  aliases: ['TB2 contract', 'Kuwait TB2 deal', 'عقد بقيمة 367 مليون دولار'],
  date: '2023',
  datePrecision: 'year',
  dateSources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  dateQuote: 'تعاقدت الكويت مع تركيا عام 2023',
  value: 367000000,
  currency: 'USD',
  valueText: '367 million dollars',
  valueTextAr: '367 مليون دولار',
  aliasesText: 'TB2 contract | Kuwait TB2 deal | عقد بقيمة 367 مليون دولار',
  searchText: 'kuwait bayraktar tb2 purchase contract (2023) | عقد شراء الطايره التركيه bayraktar tb2 | tb2 contract | kuwait tb2 deal | عقد بقيمه 367 مليون دولار',
  description: 'Contract signed by Kuwait with Turkey in 2023 to buy the Turkish Bayraktar TB2 drone, worth 367 million US dollars.'
};

MERGE (n:Entity {id: 'agreement-gendarmerie-national-guard-protocol-2025-03-25'})
SET n:Agreement, n += {
  name: 'First Turkish Gendarmerie – Kuwait National Guard protocol (25 March 2025)',
  nameAr: 'البروتوكول الأول بين قيادة الدرك العام والحرس الوطني الكويتي',
  nameArNote: 'Composed: the article calls it أول بروتوكول مماثل بين الجانبين and البروتوكول الأول.',
  kind: 'protocol',
  status: 'signed',
  aliases: ['first protocol', 'البروتوكول الأول', 'أول بروتوكول مماثل'],
  date: '2025-03-25',
  datePrecision: 'day',
  dateSources: ['source-alqabas-turkish-ambassador-interview'],
  dateQuote: 'سبق أن تم في 25 مارس 2025 توقيع أول بروتوكول مماثل بين الجانبين',
  topic: 'Training cooperation (similar to the later protocol on training and education)',
  aliasesText: 'first protocol | البروتوكول الأول | أول بروتوكول مماثل',
  searchText: 'first turkish gendarmerie – kuwait national guard protocol (25 march 2025) | البروتوكول الاول بين قياده الدرك العام والحرس الوطني الكويتي | first protocol | البروتوكول الاول | اول بروتوكول مماثل',
  description: 'First training protocol between the Turkish Interior Ministry\'s Gendarmerie General Command and the Kuwait National Guard, signed on 25 March 2025, under which search-and-rescue and special-operations courses have been delivered.'
};

MERGE (n:Entity {id: 'agreement-gendarmerie-national-guard-training-education-protocol-2025'})
SET n:Agreement, n += {
  name: 'Protocol on Cooperation in Training and Education (Turkish Gendarmerie – Kuwait National Guard)',
  nameAr: 'بروتوكول التعاون في مجالي التدريب والتعليم',
  nameArNote: 'Composed from the article wording: البروتوكول الأخير … بشأن «التعاون في مجالي التدريب والتعليم».',
  kind: 'protocol',
  status: 'signed',
  aliases: ['second protocol', 'latest protocol', 'new protocol', 'البروتوكول الأخير', 'البروتوكول الجديد', 'التعاون في مجالي التدريب والتعليم'],
  date: '2025',
  datePrecision: 'year',
  dateInferred: true,
  dateSources: ['source-alqabas-turkish-ambassador-interview'],
  dateQuote: 'وأن الاتفاقية الجديدة التي وُقعت مؤخرًا',
  dateNote: 'The article says only that it was signed recently, after the first protocol of 25 March 2025, so only the year 2025 is inferred.',
  topic: 'Cooperation in training and education',
  aliasesText: 'second protocol | latest protocol | new protocol | البروتوكول الأخير | البروتوكول الجديد | التعاون في مجالي التدريب والتعليم',
  searchText: 'protocol on cooperation in training and education (turkish gendarmerie – kuwait national guard) | بروتوكول التعاون في مجالي التدريب والتعليم | second protocol | latest protocol | new protocol | البروتوكول الاخير | البروتوكول الجديد | التعاون في مجالي التدريب والتعليم',
  description: 'Second, more recent protocol between the Turkish Interior Ministry (Gendarmerie General Command) and the Kuwait National Guard on cooperation in training and education, building on the first protocol of 25 March 2025.'
};

MERGE (n:Entity {id: 'agreement-future-kuwait-turkey-security-defence-agreements'})
SET n:Agreement, n += {
  name: 'Future Kuwait–Turkey security and defence agreements (under negotiation)',
  nameAr: 'اتفاقيات مستقبلية قيد التفاوض في مجالي الأمن والدفاع',
  nameArNote: 'Composed from the article wording: اتفاقيات مستقبلية قيد التفاوض مع الكويت في مجالي الأمن والدفاع.',
  kind: 'agreement',
  status: 'under_negotiation',
  aliases: ['new defence agreements under negotiation', 'اتفاقيات دفاعية جديدة قيد التفاوض', 'اتفاقيات مستقبلية'],
  aliasesText: 'new defence agreements under negotiation | اتفاقيات دفاعية جديدة قيد التفاوض | اتفاقيات مستقبلية',
  searchText: 'future kuwait–turkey security and defence agreements (under negotiation) | اتفاقيات مستقبليه قيد التفاوض في مجالي الامن والدفاع | new defence agreements under negotiation | اتفاقيات دفاعيه جديده قيد التفاوض | اتفاقيات مستقبليه',
  description: 'Unspecified future security and defence agreements between Turkey and Kuwait that the Turkish ambassador says are under negotiation.'
};

// ---------- Events (:Event) ----------

MERGE (n:Entity {id: 'event-emir-visit-turkey-2024-05'})
SET n:Event, n += {
  name: 'Emir Sheikh Meshal\'s visit to Turkey and meeting with President Erdoğan (May 2024)',
  nameAr: 'زيارة سمو أمير البلاد الشيخ مشعل الأحمد إلى تركيا',
  nameArNote: 'Composed from the Al-Qabas wording (الزيارة التي قام بها سمو أمير البلاد الشيخ مشعل الأحمد إلى تركيا).',
  kind: 'visit',
  aliases: ['Emir–Erdoğan meeting', 'Emir-Erdogan meeting', 'Emir of Kuwait visit to Turkey 2024', 'لقاء أمير الكويت والرئيس التركي'],
  date: '2024-05',
  datePrecision: 'month',
  dateSources: ['source-alqabas-turkish-ambassador-interview'],
  dateQuote: 'إلى تركيا في مايو 2024',
  dateNote: 'Al-Qabas gives May 2024. Political Keys says only that the meeting took place "last week" relative to its undated article.',
  characterisation: 'very fruitful (المثمرة للغاية), according to the Turkish ambassador',
  aliasesText: 'Emir–Erdoğan meeting | Emir-Erdogan meeting | Emir of Kuwait visit to Turkey 2024 | لقاء أمير الكويت والرئيس التركي',
  searchText: 'emir sheikh meshal\'s visit to turkey and meeting with president erdogan (may 2024) | زياره سمو امير البلاد الشيخ مشعل الاحمد الي تركيا | emir–erdogan meeting | emir-erdogan meeting | emir of kuwait visit to turkey 2024 | لقاء امير الكويت والرييس التركي',
  description: 'Visit of the Emir of Kuwait to Turkey in May 2024, during which he met President Erdoğan and the two leaders oversaw the signing of several agreements, including the government-to-government defence procurement protocol.'
};

MERGE (n:Entity {id: 'event-political-consultations-ankara-2025-04'})
SET n:Event, n += {
  name: 'Turkey–Kuwait political consultations meeting, Ankara (April 2025)',
  nameAr: 'اجتماع المشاورات السياسية',
  kind: 'consultations',
  aliases: ['political consultations', 'Ankara political consultations', 'المشاورات السياسية'],
  date: '2025-04',
  datePrecision: 'month',
  dateInferred: true,
  dateSources: ['source-alqabas-turkish-ambassador-interview'],
  dateQuote: 'في أبريل الماضي',
  dateNote: 'The ambassador says "last April" (في أبريل الماضي). The undated interview was given after a protocol signed "recently", itself after the first protocol of 25 March 2025, and after courses under that first protocol had already been delivered, so the April meant is taken to be April 2025.',
  aliasesText: 'political consultations | Ankara political consultations | المشاورات السياسية',
  searchText: 'turkey–kuwait political consultations meeting, ankara (april 2025) | اجتماع المشاورات السياسيه | political consultations | ankara political consultations | المشاورات السياسيه',
  description: 'Meeting of Turkish–Kuwaiti political consultations held in Ankara, where bilateral and regional issues were discussed.'
};

MERGE (n:Entity {id: 'event-turkish-chief-of-general-staff-visit-kuwait-2025-01'})
SET n:Event, n += {
  name: 'Official visit of the Turkish Chief of General Staff to Kuwait (January 2025)',
  nameAr: 'الزيارة الرسمية لرئيس الأركان التركي إلى الكويت',
  nameArNote: 'Composed from the article wording (الزيارة الرسمية التي قام بها رئيس الأركان التركي … إلى الكويت).',
  kind: 'visit',
  aliases: ['Turkish Chief of Staff visit to Kuwait', 'زيارة رئيس الأركان التركي'],
  date: '2025-01',
  datePrecision: 'month',
  dateSources: ['source-alqabas-turkish-ambassador-interview'],
  dateQuote: 'إلى الكويت في يناير 2025',
  aliasesText: 'Turkish Chief of Staff visit to Kuwait | زيارة رئيس الأركان التركي',
  searchText: 'official visit of the turkish chief of general staff to kuwait (january 2025) | الزياره الرسميه لرييس الاركان التركي الي الكويت | turkish chief of staff visit to kuwait | زياره رييس الاركان التركي',
  description: 'Official visit to Kuwait by the Turkish Chief of General Staff with a high-level military delegation in January 2025, one of the high-level visits credited with boosting defence-industry cooperation.'
};

MERGE (n:Entity {id: 'event-fiep-summit-antalya-2018'})
SET n:Event, n += {
  name: 'FIEP summit, Antalya (22–25 October 2018)',
  nameAr: 'قمة المنظمة الدولية للدرك وقوات الأمن ذات الوضع العسكري في أنطاليا',
  nameArNote: 'Composed from the article wording (قمة المنظمة التي استضافتها قيادة الدرك العام التركية في أنطاليا).',
  kind: 'summit',
  aliases: ['FIEP summit 2018', 'FIEP Antalya summit', 'قمة المنظمة', 'قمة FIEP'],
  date: '2018-10-22',
  startDate: '2018-10-22',
  endDate: '2018-10-25',
  datePrecision: 'day',
  dateSources: ['source-alqabas-turkish-ambassador-interview'],
  dateQuote: 'في أنطاليا بين 22 - 25 أكتوبر 2018',
  aliasesText: 'FIEP summit 2018 | FIEP Antalya summit | قمة المنظمة | قمة FIEP',
  searchText: 'fiep summit, antalya (22–25 october 2018) | قمه المنظمه الدوليه للدرك وقوات الامن ذات الوضع العسكري في انطاليا | fiep summit 2018 | fiep antalya summit | قمه المنظمه | قمه fiep',
  description: 'Summit of FIEP hosted by the Turkish Gendarmerie General Command in Antalya on 22–25 October 2018, during which the Kuwait National Guard was accepted as a full member.'
};

// ---------- Training programmes and the training catalogue (:TrainingProgramme) ----------

MERGE (n:Entity {id: 'training-search-and-rescue-natural-disasters'})
SET n:TrainingProgramme, n += {
  name: 'Search and rescue in natural disasters',
  nameAr: 'البحث والإنقاذ في الكوارث الطبيعية',
  kind: 'course',
  status: 'delivered',
  aliases: ['search and rescue', 'SAR training', 'التدريب على البحث والإنقاذ في الكوارث الطبيعية'],
  aliasesText: 'search and rescue | SAR training | التدريب على البحث والإنقاذ في الكوارث الطبيعية',
  searchText: 'search and rescue in natural disasters | البحث والانقاذ في الكوارث الطبيعيه | search and rescue | sar training | التدريب علي البحث والانقاذ في الكوارث الطبيعيه',
  description: 'Training course in search and rescue in natural disasters, already delivered to the Kuwait National Guard under the first protocol.'
};

MERGE (n:Entity {id: 'training-special-operations'})
SET n:TrainingProgramme, n += {
  name: 'Special operations',
  nameAr: 'العمليات الخاصة',
  kind: 'course',
  status: 'delivered',
  aliases: ['special operations training', 'التدريب في مجال العمليات الخاصة'],
  aliasesText: 'special operations training | التدريب في مجال العمليات الخاصة',
  searchText: 'special operations | العمليات الخاصه | special operations training | التدريب في مجال العمليات الخاصه',
  description: 'Special-operations training course, already delivered to the Kuwait National Guard under the first protocol.'
};

MERGE (n:Entity {id: 'training-intelligence-internal-security'})
SET n:TrainingProgramme, n += {
  name: 'Intelligence and internal security',
  nameAr: 'الاستخبارات والأمن الداخلي',
  kind: 'training_area',
  status: 'planned',
  aliases: ['intelligence training', 'internal security training', 'مجال الاستخبارات والأمن الداخلي'],
  aliasesText: 'intelligence training | internal security training | مجال الاستخبارات والأمن الداخلي',
  searchText: 'intelligence and internal security | الاستخبارات والامن الداخلي | intelligence training | internal security training | مجال الاستخبارات والامن الداخلي',
  description: 'Planned training in intelligence and internal security for the Kuwait National Guard.'
};

MERGE (n:Entity {id: 'training-maintenance-and-repair'})
SET n:TrainingProgramme, n += {
  name: 'Maintenance and repair',
  nameAr: 'الصيانة والإصلاح',
  kind: 'training_area',
  status: 'planned',
  aliases: ['maintenance and repair training', 'التدريب على الصيانة والإصلاح'],
  aliasesText: 'maintenance and repair training | التدريب على الصيانة والإصلاح',
  searchText: 'maintenance and repair | الصيانه والاصلاح | maintenance and repair training | التدريب علي الصيانه والاصلاح',
  description: 'Planned maintenance-and-repair training for the Kuwait National Guard.'
};

MERGE (n:Entity {id: 'training-aviation'})
SET n:TrainingProgramme, n += {
  name: 'Aviation training',
  nameAr: 'التدريب على الطيران',
  kind: 'training_area',
  status: 'planned',
  aliases: ['aviation', 'flight training', 'الطيران'],
  aliasesText: 'aviation | flight training | الطيران',
  searchText: 'aviation training | التدريب علي الطيران | aviation | flight training | الطيران',
  description: 'Planned aviation training for the Kuwait National Guard.'
};

MERGE (n:Entity {id: 'training-cyber-security'})
SET n:TrainingProgramme, n += {
  name: 'Cyber security',
  nameAr: 'الأمن السيبراني',
  kind: 'training_area',
  status: 'available',
  aliases: ['cybersecurity', 'cyber-security training'],
  aliasesText: 'cybersecurity | cyber-security training',
  searchText: 'cyber security | الامن السيبراني | cybersecurity | cyber-security training',
  description: 'Cyber-security training included in the Gendarmerie\'s International Training Guide and available to the cooperation on request.'
};

MERGE (n:Entity {id: 'training-disaster-response'})
SET n:TrainingProgramme, n += {
  name: 'Disaster response',
  nameAr: 'الاستجابة للكوارث',
  kind: 'training_area',
  status: 'available',
  aliases: ['disaster response training'],
  aliasesText: 'disaster response training',
  searchText: 'disaster response | الاستجابه للكوارث | disaster response training',
  description: 'Disaster-response training included in the Gendarmerie\'s International Training Guide and available to the cooperation on request.'
};

MERGE (n:Entity {id: 'training-international-training-guide'})
SET n:TrainingProgramme, n += {
  name: 'International Training Guide',
  nameAr: 'الدليل الدولي للتدريب',
  kind: 'catalogue',
  status: 'published_yearly',
  aliases: ['Gendarmerie International Training Guide', 'training catalogue', 'الدليل'],
  aliasesText: 'Gendarmerie International Training Guide | training catalogue | الدليل',
  searchText: 'international training guide | الدليل الدولي للتدريب | gendarmerie international training guide | training catalogue | الدليل',
  description: 'Yearly catalogue of international training published by the Turkish Gendarmerie General Command, from which the Kuwait National Guard selects its courses.'
};

// ---------- Products and capabilities (:Product) ----------

MERGE (n:Entity {id: 'product-bayraktar-tb2'})
SET n:Product, n += {
  name: 'Bayraktar TB2',
  nameAr: 'بيرقدار تي بي 2',
  nameTr: 'Bayraktar TB2',
  nameArNote: 'Standard Arabic transliteration: the article writes the name only in Latin letters (Bayraktar TB2) and calls it الطائرة التركية الشهيرة (the famous Turkish aircraft).',
  kind: 'uav',
  aliases: ['TB2', 'Bayraktar', 'بيرقدار', 'بيرقدار TB2', 'الطائرة التركية الشهيرة'],
  aliasesText: 'TB2 | Bayraktar | بيرقدار | بيرقدار TB2 | الطائرة التركية الشهيرة',
  searchText: 'bayraktar tb2 | بيرقدار تي بي 2 | tb2 | bayraktar | بيرقدار | بيرقدار tb2 | الطايره التركيه الشهيره',
  description: 'Turkish combat drone, famous from its use in Ukraine, bought by Kuwait under a 2023 contract worth 367 million US dollars.'
};

MERGE (n:Entity {id: 'product-naval-systems'})
SET n:Product, n += {
  name: 'Naval systems',
  nameAr: 'الأنظمة البحرية',
  nameTr: 'Deniz sistemleri',
  kind: 'capability',
  aliases: ['naval platforms'],
  aliasesText: 'naval platforms',
  searchText: 'naval systems | الانظمه البحريه | deniz sistemleri | naval platforms',
  description: 'Naval systems, part of the Turkish defence sector\'s portfolio offered to meet Kuwait\'s needs.'
};

MERGE (n:Entity {id: 'product-training-simulators'})
SET n:Product, n += {
  name: 'Training simulators',
  nameAr: 'أجهزة محاكاة التدريب',
  nameTr: 'Eğitim simülatörleri',
  kind: 'capability',
  aliases: ['simulators'],
  aliasesText: 'simulators',
  searchText: 'training simulators | اجهزه محاكاه التدريب | egitim simulatorleri | simulators',
  description: 'Training simulators, part of the Turkish defence sector\'s portfolio offered to meet Kuwait\'s needs.'
};

MERGE (n:Entity {id: 'product-surveillance-technologies'})
SET n:Product, n += {
  name: 'Surveillance technologies',
  nameAr: 'تقنيات المراقبة',
  nameTr: 'Gözetleme teknolojileri',
  kind: 'capability',
  aliases: ['surveillance systems'],
  aliasesText: 'surveillance systems',
  searchText: 'surveillance technologies | تقنيات المراقبه | gozetleme teknolojileri | surveillance systems',
  description: 'Surveillance technologies, part of the Turkish defence sector\'s portfolio offered to meet Kuwait\'s needs.'
};

MERGE (n:Entity {id: 'product-integrated-defence-solutions'})
SET n:Product, n += {
  name: 'Integrated defence solutions',
  nameAr: 'الحلول الدفاعية المُتكاملة',
  nameTr: 'Entegre savunma çözümleri',
  kind: 'capability',
  aliases: ['integrated defense solutions'],
  aliasesText: 'integrated defense solutions',
  searchText: 'integrated defence solutions | الحلول الدفاعيه المتكامله | entegre savunma cozumleri | integrated defense solutions',
  description: 'Integrated defence solutions, part of the Turkish defence sector\'s portfolio offered to meet Kuwait\'s needs.'
};

// ---------- Places (:Place) ----------

MERGE (n:Entity {id: 'place-ankara'})
SET n:Place, n += {
  name: 'Ankara',
  nameAr: 'أنقرة',
  nameTr: 'Ankara',
  kind: 'city',
  aliases: [],
  aliasesText: '',
  searchText: 'ankara | انقره',
  description: 'Capital of Turkey, where the political consultations meeting was held, and used by Political Keys as shorthand for the Turkish state.'
};

MERGE (n:Entity {id: 'place-antalya'})
SET n:Place, n += {
  name: 'Antalya',
  nameAr: 'أنطاليا',
  nameTr: 'Antalya',
  kind: 'city',
  aliases: [],
  aliasesText: '',
  searchText: 'antalya | انطاليا',
  description: 'Turkish city where the FIEP summit of 22–25 October 2018 was held.'
};

MERGE (n:Entity {id: 'place-gulf-region'})
SET n:Place, n += {
  name: 'Gulf region',
  nameAr: 'منطقة الخليج',
  nameTr: 'Körfez bölgesi',
  kind: 'region',
  aliases: ['the Gulf', 'Arabian Gulf', 'Persian Gulf region', 'الخليج', 'دول الخليج'],
  aliasesText: 'the Gulf | Arabian Gulf | Persian Gulf region | الخليج | دول الخليج',
  searchText: 'gulf region | منطقه الخليج | korfez bolgesi | the gulf | arabian gulf | persian gulf region | الخليج | دول الخليج',
  description: 'The Gulf region, where Turkey is gaining another foothold through its cooperation with Kuwait.'
};

MERGE (n:Entity {id: 'place-middle-east'})
SET n:Place, n += {
  name: 'Middle East',
  nameAr: 'الشرق الأوسط',
  nameTr: 'Orta Doğu',
  kind: 'region',
  aliases: ['Mideast'],
  aliasesText: 'Mideast',
  searchText: 'middle east | الشرق الاوسط | orta dogu | mideast',
  description: 'The Middle East, where Political Keys describes a rising Iranian threat and crises that boosted Turkish defence exports.'
};

MERGE (n:Entity {id: 'place-mena'})
SET n:Place, n += {
  name: 'Middle East and North Africa (MENA)',
  nameAr: 'الشرق الأوسط وشمال إفريقيا',
  nameTr: 'Orta Doğu ve Kuzey Afrika',
  kind: 'region',
  aliases: ['MENA', 'Middle East and North Africa', 'MENA / Gulf market', 'سوق الشرق الأوسط وشمال إفريقيا'],
  aliasesText: 'MENA | Middle East and North Africa | MENA / Gulf market | سوق الشرق الأوسط وشمال إفريقيا',
  searchText: 'middle east and north africa (mena) | الشرق الاوسط وشمال افريقيا | orta dogu ve kuzey afrika | mena | middle east and north africa | mena / gulf market | سوق الشرق الاوسط وشمال افريقيا',
  description: 'The Middle East and North Africa market in which Turkey is expanding its military presence and defence exports.'
};

