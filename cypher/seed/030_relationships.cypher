// Relationships between domain nodes (and between sources, outlets and authors). Every relationship carries provenance: sources, quotes, quotesEn, quote, quoteEn.
// Idempotent: every statement is a MERGE keyed on :Entity(id), or on its two endpoints, followed by SET.

MATCH (a:Entity {id: 'source-political-keys-kuwait-turkey-defence-agreement'}), (b:Entity {id: 'org-political-keys'})
MERGE (a)-[r:PUBLISHED_BY]->(b)
SET r += {
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['ووفقًا لمعلومات حصلت عليها “بوليتكال كيز | Political Keys”'],
  quotesEn: ['According to information obtained by "Political Keys"'],
  quote: 'ووفقًا لمعلومات حصلت عليها “بوليتكال كيز | Political Keys”',
  quoteEn: 'According to information obtained by "Political Keys"'
};

MATCH (a:Entity {id: 'source-alqabas-turkish-ambassador-interview'}), (b:Entity {id: 'org-alqabas'})
MERGE (a)-[r:PUBLISHED_BY]->(b)
SET r += {
  edition: 'electronic (alqabas.com)',
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['*المصدر: جريدة القبس الإلكتروني | alqabas.com'],
  quotesEn: ['*Source: Al-Qabas electronic newspaper | alqabas.com'],
  quote: '*المصدر: جريدة القبس الإلكتروني | alqabas.com',
  quoteEn: '*Source: Al-Qabas electronic newspaper | alqabas.com'
};

MATCH (a:Entity {id: 'person-mai-al-sukkari'}), (b:Entity {id: 'source-alqabas-turkish-ambassador-interview'})
MERGE (a)-[r:WROTE]->(b)
SET r += {
  role: 'byline',
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['مي السكري'],
  quotesEn: ['Mai Al-Sukkari (byline)'],
  quote: 'مي السكري',
  quoteEn: 'Mai Al-Sukkari (byline)'
};

MATCH (a:Entity {id: 'person-mai-al-sukkari'}), (b:Entity {id: 'org-alqabas'})
MERGE (a)-[r:WRITES_FOR]->(b)
SET r += {
  role: 'journalist',
  note: 'Inferred from her byline on an article that credits جريدة القبس الإلكتروني as its source.',
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['مي السكري'],
  quotesEn: ['Mai Al-Sukkari (byline)'],
  quote: 'مي السكري',
  quoteEn: 'Mai Al-Sukkari (byline)'
};

MATCH (a:Entity {id: 'person-mai-al-sukkari'}), (b:Entity {id: 'person-tuba-nur-sonmez'})
MERGE (a)-[r:INTERVIEWED]->(b)
SET r += {
  medium: 'Al-Qabas',
  note: 'The article presents the ambassador speaking to Al-Qabas (لـ القبس), and the interviewer is taken to be the bylined journalist.',
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['السفيرة التركية لـ القبس: اتفاقيات دفاعية جديدة قيد التفاوض مع الكويت'],
  quotesEn: ['The Turkish ambassador to Al-Qabas: new defence agreements under negotiation with Kuwait'],
  quote: 'السفيرة التركية لـ القبس: اتفاقيات دفاعية جديدة قيد التفاوض مع الكويت',
  quoteEn: 'The Turkish ambassador to Al-Qabas: new defence agreements under negotiation with Kuwait'
};

MATCH (a:Entity {id: 'org-kuwait-state-media'}), (b:Entity {id: 'agreement-executive-protocol-defence-procurement-2024'})
MERGE (a)-[r:REPORTED]->(b)
SET r += {
  note: 'Political Keys attributes the description of the executive protocol to Kuwaiti state media.',
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['بما في ذلك واحدة وصفت بأنها “بروتوكول تنفيذي” بين وزارتي دفاع البلدين المتعلقتين لمشتريات الحكومة من الصناعات الدفاعية، وفقًا لوسائل الإعلام الرسمية الكويتية.'],
  quotesEn: ['including one described as an "executive protocol" between the two countries\' defence ministries concerning government procurement from defence industries, according to Kuwaiti state media.'],
  quote: 'بما في ذلك واحدة وصفت بأنها “بروتوكول تنفيذي” بين وزارتي دفاع البلدين المتعلقتين لمشتريات الحكومة من الصناعات الدفاعية، وفقًا لوسائل الإعلام الرسمية الكويتية.',
  quoteEn: 'including one described as an "executive protocol" between the two countries\' defence ministries concerning government procurement from defence industries, according to Kuwaiti state media.'
};

MATCH (a:Entity {id: 'person-meshal-al-ahmad-al-jaber-al-sabah'}), (b:Entity {id: 'country-kuwait'})
MERGE (a)-[r:HEAD_OF]->(b)
SET r += {
  title: 'Emir of Kuwait',
  titleAr: 'أمير الكويت',
  sources: ['source-political-keys-kuwait-turkey-defence-agreement', 'source-alqabas-turkish-ambassador-interview'],
  quotes: ['أمير الكويت الشيخ مشعل الأحمد الجابر الصباح', 'سمو أمير البلاد الشيخ مشعل الأحمد'],
  quotesEn: ['the Emir of Kuwait, Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah', 'His Highness the Emir of the country, Sheikh Meshal Al-Ahmad'],
  quote: 'أمير الكويت الشيخ مشعل الأحمد الجابر الصباح',
  quoteEn: 'the Emir of Kuwait, Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah'
};

MATCH (a:Entity {id: 'person-recep-tayyip-erdogan'}), (b:Entity {id: 'country-turkey'})
MERGE (a)-[r:HEAD_OF]->(b)
SET r += {
  title: 'President of Turkey',
  titleAr: 'الرئيس التركي',
  sources: ['source-political-keys-kuwait-turkey-defence-agreement', 'source-alqabas-turkish-ambassador-interview'],
  quotes: ['الرئيس التركي رجب طيب أردوغان', 'الرئيس رجب طيب أردوغان'],
  quotesEn: ['Turkish President Recep Tayyip Erdoğan', 'President Recep Tayyip Erdoğan'],
  quote: 'الرئيس التركي رجب طيب أردوغان',
  quoteEn: 'Turkish President Recep Tayyip Erdoğan'
};

MATCH (a:Entity {id: 'person-turkish-chief-of-general-staff'}), (b:Entity {id: 'org-turkish-general-staff'})
MERGE (a)-[r:HEAD_OF]->(b)
SET r += {
  title: 'Chief of the General Staff',
  titleAr: 'رئيس الأركان التركي',
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['رئيس الأركان التركي'],
  quotesEn: ['the Turkish Chief of (General) Staff'],
  quote: 'رئيس الأركان التركي',
  quoteEn: 'the Turkish Chief of (General) Staff'
};

MATCH (a:Entity {id: 'person-tuba-nur-sonmez'}), (b:Entity {id: 'country-turkey'})
MERGE (a)-[r:AMBASSADOR_OF]->(b)
SET r += {
  title: 'Ambassador of Turkey to Kuwait',
  titleAr: 'السفيرة التركية لدى البلاد',
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['السفيرة التركية لدى البلاد، طوبى نور سونمز'],
  quotesEn: ['the Turkish ambassador to the country [Kuwait], Tuba Nur Sönmez'],
  quote: 'السفيرة التركية لدى البلاد، طوبى نور سونمز',
  quoteEn: 'the Turkish ambassador to the country [Kuwait], Tuba Nur Sönmez'
};

MATCH (a:Entity {id: 'person-tuba-nur-sonmez'}), (b:Entity {id: 'country-kuwait'})
MERGE (a)-[r:POSTED_TO]->(b)
SET r += {
  role: 'ambassador',
  roleAr: 'السفيرة التركية لدى البلاد',
  note: 'لدى البلاد (to the country) refers to Kuwait in a Kuwaiti newspaper.',
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['السفيرة التركية لدى البلاد، طوبى نور سونمز'],
  quotesEn: ['the Turkish ambassador to the country [Kuwait], Tuba Nur Sönmez'],
  quote: 'السفيرة التركية لدى البلاد، طوبى نور سونمز',
  quoteEn: 'the Turkish ambassador to the country [Kuwait], Tuba Nur Sönmez'
};

MATCH (a:Entity {id: 'person-turkish-gendarmerie-liaison-officer'}), (b:Entity {id: 'org-gendarmerie-general-command'})
MERGE (a)-[r:SERVES_IN]->(b)
SET r += {
  role: 'gendarmerie officer',
  roleAr: 'ضابط درك',
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['ضابط درك تركيا تم إيفاده للعمل كضابط ارتباط في الكويت لمدة عام'],
  quotesEn: ['a Turkish gendarmerie officer has been seconded to work as a liaison officer in Kuwait for one year'],
  quote: 'ضابط درك تركيا تم إيفاده للعمل كضابط ارتباط في الكويت لمدة عام',
  quoteEn: 'a Turkish gendarmerie officer has been seconded to work as a liaison officer in Kuwait for one year'
};

MATCH (a:Entity {id: 'person-turkish-gendarmerie-liaison-officer'}), (b:Entity {id: 'country-kuwait'})
MERGE (a)-[r:SECONDED_TO]->(b)
SET r += {
  role: 'liaison officer',
  roleAr: 'ضابط ارتباط',
  duration: 'P1Y',
  durationText: 'one year',
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['وأكدت أن ضابط درك تركيا تم إيفاده للعمل كضابط ارتباط في الكويت لمدة عام، مما يُمثل خطوة جديدة نحو تعزيز التعاون الأمني بين البلدين.'],
  quotesEn: ['She confirmed that a Turkish gendarmerie officer has been seconded to work as a liaison officer in Kuwait for one year, a new step towards strengthening security cooperation between the two countries.'],
  quote: 'وأكدت أن ضابط درك تركيا تم إيفاده للعمل كضابط ارتباط في الكويت لمدة عام، مما يُمثل خطوة جديدة نحو تعزيز التعاون الأمني بين البلدين.',
  quoteEn: 'She confirmed that a Turkish gendarmerie officer has been seconded to work as a liaison officer in Kuwait for one year, a new step towards strengthening security cooperation between the two countries.'
};

MATCH (a:Entity {id: 'country-kuwait'}), (b:Entity {id: 'country-turkey'})
MERGE (a)-[r:PARTNER_OF]->(b)
SET r += {
  domains: ['defence', 'security', 'defence industries', 'trade', 'tourism', 'investment'],
  description: 'Kuwait is described as one of Turkey\'s closest partners in the Gulf.',
  sources: ['source-political-keys-kuwait-turkey-defence-agreement', 'source-alqabas-turkish-ambassador-interview'],
  quotes: ['ويمثل التعاون الدفاعي بين الكويت وتركيا تعزيزًا للعلاقات الإقليمية بين البلدين، ويعكس توقيع الاتفاقية التزام البلدين بتعزيز التعاون الثنائي وتوطيد الروابط العسكرية.', 'وشددت السفيرة التركية على أن الكويت تُعد من أوثق شركاء تركيا في منطقة الخليج، مشيرة إلى وجود آليات تعاون متعددة الأبعاد تشمل مجالات عديدة، من التجارة إلى الصناعات الدفاعية، ومن السياحة إلى الاستثمار'],
  quotesEn: ['Defence cooperation between Kuwait and Turkey strengthens the regional relations between the two countries, and the signing of the agreement reflects both countries\' commitment to enhancing bilateral cooperation and consolidating military ties.', 'The Turkish ambassador stressed that Kuwait is one of Turkey\'s closest partners in the Gulf region, pointing to multi-dimensional cooperation mechanisms covering many fields, from trade to defence industries, and from tourism to investment'],
  quote: 'ويمثل التعاون الدفاعي بين الكويت وتركيا تعزيزًا للعلاقات الإقليمية بين البلدين، ويعكس توقيع الاتفاقية التزام البلدين بتعزيز التعاون الثنائي وتوطيد الروابط العسكرية.',
  quoteEn: 'Defence cooperation between Kuwait and Turkey strengthens the regional relations between the two countries, and the signing of the agreement reflects both countries\' commitment to enhancing bilateral cooperation and consolidating military ties.'
};

MATCH (a:Entity {id: 'country-kuwait'}), (b:Entity {id: 'place-gulf-region'})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r += {
  sources: ['source-political-keys-kuwait-turkey-defence-agreement', 'source-alqabas-turkish-ambassador-interview'],
  quotes: ['الدولة الخليجية الصغيرة', 'الكويت تُعد من أوثق شركاء تركيا في منطقة الخليج'],
  quotesEn: ['the small Gulf state', 'Kuwait is one of Turkey\'s closest partners in the Gulf region'],
  quote: 'الدولة الخليجية الصغيرة',
  quoteEn: 'the small Gulf state'
};

MATCH (a:Entity {id: 'country-uae'}), (b:Entity {id: 'place-gulf-region'})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r += {
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['وعلى عكس دول الخليج الأخرى مثل الإمارات العربية المتحدة والمملكة العربية السعودية وقطر'],
  quotesEn: ['Unlike other Gulf states such as the United Arab Emirates, Saudi Arabia and Qatar'],
  quote: 'وعلى عكس دول الخليج الأخرى مثل الإمارات العربية المتحدة والمملكة العربية السعودية وقطر',
  quoteEn: 'Unlike other Gulf states such as the United Arab Emirates, Saudi Arabia and Qatar'
};

MATCH (a:Entity {id: 'country-saudi-arabia'}), (b:Entity {id: 'place-gulf-region'})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r += {
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['وعلى عكس دول الخليج الأخرى مثل الإمارات العربية المتحدة والمملكة العربية السعودية وقطر'],
  quotesEn: ['Unlike other Gulf states such as the United Arab Emirates, Saudi Arabia and Qatar'],
  quote: 'وعلى عكس دول الخليج الأخرى مثل الإمارات العربية المتحدة والمملكة العربية السعودية وقطر',
  quoteEn: 'Unlike other Gulf states such as the United Arab Emirates, Saudi Arabia and Qatar'
};

MATCH (a:Entity {id: 'country-qatar'}), (b:Entity {id: 'place-gulf-region'})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r += {
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['وعلى عكس دول الخليج الأخرى مثل الإمارات العربية المتحدة والمملكة العربية السعودية وقطر'],
  quotesEn: ['Unlike other Gulf states such as the United Arab Emirates, Saudi Arabia and Qatar'],
  quote: 'وعلى عكس دول الخليج الأخرى مثل الإمارات العربية المتحدة والمملكة العربية السعودية وقطر',
  quoteEn: 'Unlike other Gulf states such as the United Arab Emirates, Saudi Arabia and Qatar'
};

MATCH (a:Entity {id: 'place-ankara'}), (b:Entity {id: 'country-turkey'})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r += {
  note: 'General knowledge. Political Keys uses أنقرة (Ankara) as shorthand for the Turkish state.',
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['بينما تمنح أنقرة موطئ قدم آخر في منطقة الخليج'],
  quotesEn: ['while giving Ankara another foothold in the Gulf region'],
  quote: 'بينما تمنح أنقرة موطئ قدم آخر في منطقة الخليج',
  quoteEn: 'while giving Ankara another foothold in the Gulf region'
};

MATCH (a:Entity {id: 'place-antalya'}), (b:Entity {id: 'country-turkey'})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r += {
  note: 'General knowledge. The source places the summit hosted by the Turkish Gendarmerie in Antalya.',
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['ثم تم قبوله كعضو كامل خلال قمة المنظمة التي استضافتها قيادة الدرك العام التركية في أنطاليا بين 22 - 25 أكتوبر 2018'],
  quotesEn: ['then it was accepted as a full member during the organisation\'s summit hosted by the Turkish Gendarmerie General Command in Antalya on 22 - 25 October 2018'],
  quote: 'ثم تم قبوله كعضو كامل خلال قمة المنظمة التي استضافتها قيادة الدرك العام التركية في أنطاليا بين 22 - 25 أكتوبر 2018',
  quoteEn: 'then it was accepted as a full member during the organisation\'s summit hosted by the Turkish Gendarmerie General Command in Antalya on 22 - 25 October 2018'
};

MATCH (a:Entity {id: 'org-alqabas'}), (b:Entity {id: 'country-kuwait'})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r += {
  note: 'The article calls Kuwait البلاد (the country) and its Emir أمير البلاد, as a Kuwaiti newspaper does.',
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['سمو أمير البلاد'],
  quotesEn: ['His Highness the Emir of the country'],
  quote: 'سمو أمير البلاد',
  quoteEn: 'His Highness the Emir of the country'
};

MATCH (a:Entity {id: 'country-kuwait'}), (b:Entity {id: 'country-uae'})
MERGE (a)-[r:CONTRASTED_WITH]->(b)
SET r += {
  aspect: 'domestic defence production with national companies',
  description: 'Unlike the UAE, Kuwait has not started domestic defence production and relies on buying weapons.',
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['وعلى عكس دول الخليج الأخرى مثل الإمارات العربية المتحدة والمملكة العربية السعودية وقطر، لم تشرع الكويت في الإنتاج الدفاعي المحلي مع الشركات الوطنية، وبالتالي فإن شراء الأسلحة لا يزال هو الطريقة الوحيدة للدفاع عن أراضيها وأصولها.'],
  quotesEn: ['Unlike other Gulf states such as the United Arab Emirates, Saudi Arabia and Qatar, Kuwait has not embarked on domestic defence production with national companies, so buying weapons remains the only way to defend its territory and assets.'],
  quote: 'وعلى عكس دول الخليج الأخرى مثل الإمارات العربية المتحدة والمملكة العربية السعودية وقطر، لم تشرع الكويت في الإنتاج الدفاعي المحلي مع الشركات الوطنية، وبالتالي فإن شراء الأسلحة لا يزال هو الطريقة الوحيدة للدفاع عن أراضيها وأصولها.',
  quoteEn: 'Unlike other Gulf states such as the United Arab Emirates, Saudi Arabia and Qatar, Kuwait has not embarked on domestic defence production with national companies, so buying weapons remains the only way to defend its territory and assets.'
};

MATCH (a:Entity {id: 'country-kuwait'}), (b:Entity {id: 'country-saudi-arabia'})
MERGE (a)-[r:CONTRASTED_WITH]->(b)
SET r += {
  aspect: 'domestic defence production with national companies',
  description: 'Unlike Saudi Arabia, Kuwait has not started domestic defence production and relies on buying weapons.',
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['وعلى عكس دول الخليج الأخرى مثل الإمارات العربية المتحدة والمملكة العربية السعودية وقطر، لم تشرع الكويت في الإنتاج الدفاعي المحلي مع الشركات الوطنية، وبالتالي فإن شراء الأسلحة لا يزال هو الطريقة الوحيدة للدفاع عن أراضيها وأصولها.'],
  quotesEn: ['Unlike other Gulf states such as the United Arab Emirates, Saudi Arabia and Qatar, Kuwait has not embarked on domestic defence production with national companies, so buying weapons remains the only way to defend its territory and assets.'],
  quote: 'وعلى عكس دول الخليج الأخرى مثل الإمارات العربية المتحدة والمملكة العربية السعودية وقطر، لم تشرع الكويت في الإنتاج الدفاعي المحلي مع الشركات الوطنية، وبالتالي فإن شراء الأسلحة لا يزال هو الطريقة الوحيدة للدفاع عن أراضيها وأصولها.',
  quoteEn: 'Unlike other Gulf states such as the United Arab Emirates, Saudi Arabia and Qatar, Kuwait has not embarked on domestic defence production with national companies, so buying weapons remains the only way to defend its territory and assets.'
};

MATCH (a:Entity {id: 'country-kuwait'}), (b:Entity {id: 'country-qatar'})
MERGE (a)-[r:CONTRASTED_WITH]->(b)
SET r += {
  aspect: 'domestic defence production with national companies',
  description: 'Unlike Qatar, Kuwait has not started domestic defence production and relies on buying weapons.',
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['وعلى عكس دول الخليج الأخرى مثل الإمارات العربية المتحدة والمملكة العربية السعودية وقطر، لم تشرع الكويت في الإنتاج الدفاعي المحلي مع الشركات الوطنية، وبالتالي فإن شراء الأسلحة لا يزال هو الطريقة الوحيدة للدفاع عن أراضيها وأصولها.'],
  quotesEn: ['Unlike other Gulf states such as the United Arab Emirates, Saudi Arabia and Qatar, Kuwait has not embarked on domestic defence production with national companies, so buying weapons remains the only way to defend its territory and assets.'],
  quote: 'وعلى عكس دول الخليج الأخرى مثل الإمارات العربية المتحدة والمملكة العربية السعودية وقطر، لم تشرع الكويت في الإنتاج الدفاعي المحلي مع الشركات الوطنية، وبالتالي فإن شراء الأسلحة لا يزال هو الطريقة الوحيدة للدفاع عن أراضيها وأصولها.',
  quoteEn: 'Unlike other Gulf states such as the United Arab Emirates, Saudi Arabia and Qatar, Kuwait has not embarked on domestic defence production with national companies, so buying weapons remains the only way to defend its territory and assets.'
};

MATCH (a:Entity {id: 'country-iran'}), (b:Entity {id: 'place-middle-east'})
MERGE (a)-[r:POSES_THREAT_IN]->(b)
SET r += {
  description: 'rising Iranian threat',
  trend: 'rising',
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['وهذا مهم بشكل خاص بالنظر إلى تصاعد التهديد الإيراني في الشرق الأوسط.'],
  quotesEn: ['This is especially important given the rising Iranian threat in the Middle East.'],
  quote: 'وهذا مهم بشكل خاص بالنظر إلى تصاعد التهديد الإيراني في الشرق الأوسط.',
  quoteEn: 'This is especially important given the rising Iranian threat in the Middle East.'
};

MATCH (a:Entity {id: 'country-turkey'}), (b:Entity {id: 'place-gulf-region'})
MERGE (a)-[r:EXPANDING_PRESENCE_IN]->(b)
SET r += {
  means: 'defence cooperation agreement with Kuwait',
  description: 'The agreement gives Ankara another foothold in the Gulf.',
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['بينما تمنح أنقرة موطئ قدم آخر في منطقة الخليج'],
  quotesEn: ['while giving Ankara another foothold in the Gulf region'],
  quote: 'بينما تمنح أنقرة موطئ قدم آخر في منطقة الخليج',
  quoteEn: 'while giving Ankara another foothold in the Gulf region'
};

MATCH (a:Entity {id: 'country-turkey'}), (b:Entity {id: 'place-mena'})
MERGE (a)-[r:EXPANDING_PRESENCE_IN]->(b)
SET r += {
  means: 'bilateral relations and military presence',
  description: 'Expanding its military presence in the MENA / Gulf market helps Turkey diversify partnerships and expand defence exports.',
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['إن تعميق علاقاتها الثنائية وتوسيع حضورها العسكري في سوق الشرق الأوسط وشمال إفريقيا / الخليج يساعد أنقرة أيضًا على تنويع شراكاتها الإقليمية وتوسيع صادراتها الدفاعية.'],
  quotesEn: ['Deepening its bilateral relations and expanding its military presence in the Middle East and North Africa / Gulf market also helps Ankara diversify its regional partnerships and expand its defence exports.'],
  quote: 'إن تعميق علاقاتها الثنائية وتوسيع حضورها العسكري في سوق الشرق الأوسط وشمال إفريقيا / الخليج يساعد أنقرة أيضًا على تنويع شراكاتها الإقليمية وتوسيع صادراتها الدفاعية.',
  quoteEn: 'Deepening its bilateral relations and expanding its military presence in the Middle East and North Africa / Gulf market also helps Ankara diversify its regional partnerships and expand its defence exports.'
};

MATCH (a:Entity {id: 'org-kuwait-ministry-of-defence'}), (b:Entity {id: 'country-kuwait'})
MERGE (a)-[r:PART_OF]->(b)
SET r += {
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['بين وزارتي دفاع البلدين'],
  quotesEn: ['between the defence ministries of the two countries'],
  quote: 'بين وزارتي دفاع البلدين',
  quoteEn: 'between the defence ministries of the two countries'
};

MATCH (a:Entity {id: 'org-turkey-ministry-of-national-defence'}), (b:Entity {id: 'country-turkey'})
MERGE (a)-[r:PART_OF]->(b)
SET r += {
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['بين وزارتي دفاع البلدين'],
  quotesEn: ['between the defence ministries of the two countries'],
  quote: 'بين وزارتي دفاع البلدين',
  quoteEn: 'between the defence ministries of the two countries'
};

MATCH (a:Entity {id: 'org-turkey-ministry-of-interior'}), (b:Entity {id: 'country-turkey'})
MERGE (a)-[r:PART_OF]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['وزارة الداخلية التركية (قيادة الدرك العام)'],
  quotesEn: ['the Turkish Interior Ministry (Gendarmerie General Command)'],
  quote: 'وزارة الداخلية التركية (قيادة الدرك العام)',
  quoteEn: 'the Turkish Interior Ministry (Gendarmerie General Command)'
};

MATCH (a:Entity {id: 'org-gendarmerie-general-command'}), (b:Entity {id: 'org-turkey-ministry-of-interior'})
MERGE (a)-[r:PART_OF]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['وزارة الداخلية التركية (قيادة الدرك العام)'],
  quotesEn: ['the Turkish Interior Ministry (Gendarmerie General Command)'],
  quote: 'وزارة الداخلية التركية (قيادة الدرك العام)',
  quoteEn: 'the Turkish Interior Ministry (Gendarmerie General Command)'
};

MATCH (a:Entity {id: 'org-kuwait-national-guard'}), (b:Entity {id: 'country-kuwait'})
MERGE (a)-[r:PART_OF]->(b)
SET r += {
  description: 'One of the most prominent security institutions in Kuwait.',
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['وأشادت السفيرة التركية بدور الحرس الوطني الكويتي، لافتة إلى أن بلادها تعده من أبرز المؤسسات الأمنية في الكويت، وتُقيِّم مساهمته بأنها بالغة الأهمية في دعم الأمن الداخلي والاستقرار بالكويت.'],
  quotesEn: ['The Turkish ambassador praised the role of the Kuwait National Guard, noting that her country considers it one of the most prominent security institutions in Kuwait and regards its contribution to internal security and stability in Kuwait as extremely important.'],
  quote: 'وأشادت السفيرة التركية بدور الحرس الوطني الكويتي، لافتة إلى أن بلادها تعده من أبرز المؤسسات الأمنية في الكويت، وتُقيِّم مساهمته بأنها بالغة الأهمية في دعم الأمن الداخلي والاستقرار بالكويت.',
  quoteEn: 'The Turkish ambassador praised the role of the Kuwait National Guard, noting that her country considers it one of the most prominent security institutions in Kuwait and regards its contribution to internal security and stability in Kuwait as extremely important.'
};

MATCH (a:Entity {id: 'org-kuwait-ministry-of-interior'}), (b:Entity {id: 'country-kuwait'})
MERGE (a)-[r:PART_OF]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['مشيرةً إلى أن التعاون الحالي بدأ مع الحرس الوطني، مع وجود طموح لتوسيعه ليشمل وحدات أخرى تابعة لوزارة الداخلية الكويتية.'],
  quotesEn: ['noting that the current cooperation began with the National Guard, with an ambition to extend it to other units of the Kuwaiti Interior Ministry.'],
  quote: 'مشيرةً إلى أن التعاون الحالي بدأ مع الحرس الوطني، مع وجود طموح لتوسيعه ليشمل وحدات أخرى تابعة لوزارة الداخلية الكويتية.',
  quoteEn: 'noting that the current cooperation began with the National Guard, with an ambition to extend it to other units of the Kuwaiti Interior Ministry.'
};

MATCH (a:Entity {id: 'org-kuwait-interior-ministry-security-forces'}), (b:Entity {id: 'org-kuwait-ministry-of-interior'})
MERGE (a)-[r:PART_OF]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['وقوات الأمن التابعة لوزارة الداخلية الكويتية'],
  quotesEn: ['and the security forces of the Kuwaiti Interior Ministry'],
  quote: 'وقوات الأمن التابعة لوزارة الداخلية الكويتية',
  quoteEn: 'and the security forces of the Kuwaiti Interior Ministry'
};

MATCH (a:Entity {id: 'org-kuwait-armed-forces'}), (b:Entity {id: 'country-kuwait'})
MERGE (a)-[r:PART_OF]->(b)
SET r += {
  sources: ['source-political-keys-kuwait-turkey-defence-agreement', 'source-alqabas-turkish-ambassador-interview'],
  quotes: ['ستساعد الدولة الخليجية الصغيرة على تجهيز وتدريب قواتها المسلحة بشكل أفضل', 'وقالت سونمز إننا في تركيا، على أهبة الاستعداد دائمًا لتوفير وتطوير أنظمة دفاعية تُسهم في تعزيز أمن الكويت، ونُقدم حلولًا مُصممة خصيصًا للمؤسسات والقوات المسلحة الكويتية.'],
  quotesEn: ['will help the small Gulf state better equip and train its armed forces', 'Sönmez said that we in Turkey are always ready to provide and develop defence systems that contribute to strengthening Kuwait\'s security, and we offer solutions tailored specifically to Kuwaiti institutions and armed forces.'],
  quote: 'ستساعد الدولة الخليجية الصغيرة على تجهيز وتدريب قواتها المسلحة بشكل أفضل',
  quoteEn: 'will help the small Gulf state better equip and train its armed forces'
};

MATCH (a:Entity {id: 'org-turkish-general-staff'}), (b:Entity {id: 'country-turkey'})
MERGE (a)-[r:PART_OF]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['رئيس الأركان التركي'],
  quotesEn: ['the Turkish Chief of (General) Staff'],
  quote: 'رئيس الأركان التركي',
  quoteEn: 'the Turkish Chief of (General) Staff'
};

MATCH (a:Entity {id: 'org-kuwait-state-media'}), (b:Entity {id: 'country-kuwait'})
MERGE (a)-[r:PART_OF]->(b)
SET r += {
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['وفقًا لوسائل الإعلام الرسمية الكويتية'],
  quotesEn: ['according to Kuwaiti state media'],
  quote: 'وفقًا لوسائل الإعلام الرسمية الكويتية',
  quoteEn: 'according to Kuwaiti state media'
};

MATCH (a:Entity {id: 'org-turkish-defence-industry'}), (b:Entity {id: 'country-turkey'})
MERGE (a)-[r:PART_OF]->(b)
SET r += {
  sources: ['source-political-keys-kuwait-turkey-defence-agreement', 'source-alqabas-turkish-ambassador-interview'],
  quotes: ['وفي الوقت نفسه، شهدت تركيا قفزة في صادراتها الدفاعية وسط أزمات متزامنة في أوروبا والشرق الأوسط.', 'قطاع الدفاع التركي يتمتع بمحفظة متنوعة من الأنظمة البحرية وأجهزة محاكاة التدريب، وتقنيات المراقبة، والحلول الدفاعية المُتكاملة'],
  quotesEn: ['At the same time, Turkey has seen a leap in its defence exports amid simultaneous crises in Europe and the Middle East.', 'the Turkish defence sector has a diverse portfolio of naval systems and training simulators, surveillance technologies and integrated defence solutions'],
  quote: 'وفي الوقت نفسه، شهدت تركيا قفزة في صادراتها الدفاعية وسط أزمات متزامنة في أوروبا والشرق الأوسط.',
  quoteEn: 'At the same time, Turkey has seen a leap in its defence exports amid simultaneous crises in Europe and the Middle East.'
};

MATCH (a:Entity {id: 'org-kuwait-ministry-of-defence'}), (b:Entity {id: 'org-turkey-ministry-of-national-defence'})
MERGE (a)-[r:COUNTERPART_OF]->(b)
SET r += {
  domain: 'defence',
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['بين وزارتي دفاع البلدين'],
  quotesEn: ['between the defence ministries of the two countries'],
  quote: 'بين وزارتي دفاع البلدين',
  quoteEn: 'between the defence ministries of the two countries'
};

MATCH (a:Entity {id: 'org-kuwait-national-guard'}), (b:Entity {id: 'org-gendarmerie-general-command'})
MERGE (a)-[r:COUNTERPART_OF]->(b)
SET r += {
  domain: 'security training',
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['البروتوكول الأخير بين وزارة الداخلية التركية (قيادة الدرك العام) والحرس الوطني الكويتي'],
  quotesEn: ['the latest protocol between the Turkish Interior Ministry (Gendarmerie General Command) and the Kuwait National Guard'],
  quote: 'البروتوكول الأخير بين وزارة الداخلية التركية (قيادة الدرك العام) والحرس الوطني الكويتي',
  quoteEn: 'the latest protocol between the Turkish Interior Ministry (Gendarmerie General Command) and the Kuwait National Guard'
};

MATCH (a:Entity {id: 'org-kuwait-ministry-of-interior'}), (b:Entity {id: 'org-turkey-ministry-of-interior'})
MERGE (a)-[r:COUNTERPART_OF]->(b)
SET r += {
  domain: 'internal security',
  note: 'Both are interior ministries. The source states the Turkish Interior Ministry\'s ambition to extend cooperation to Kuwaiti Interior Ministry units.',
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['مشيرةً إلى أن التعاون الحالي بدأ مع الحرس الوطني، مع وجود طموح لتوسيعه ليشمل وحدات أخرى تابعة لوزارة الداخلية الكويتية.'],
  quotesEn: ['noting that the current cooperation began with the National Guard, with an ambition to extend it to other units of the Kuwaiti Interior Ministry.'],
  quote: 'مشيرةً إلى أن التعاون الحالي بدأ مع الحرس الوطني، مع وجود طموح لتوسيعه ليشمل وحدات أخرى تابعة لوزارة الداخلية الكويتية.',
  quoteEn: 'noting that the current cooperation began with the National Guard, with an ambition to extend it to other units of the Kuwaiti Interior Ministry.'
};

MATCH (a:Entity {id: 'org-kuwait-national-guard'}), (b:Entity {id: 'org-fiep'})
MERGE (a)-[r:MEMBER_OF {status: 'observer'}]->(b)
SET r += {
  status: 'observer',
  since: '2018',
  sincePrecision: 'year',
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['«وفي عام 2018، انضم الحرس الوطني الكويتي بصفة مراقب إلى المنظمة الدولية للدرك وقوات الأمن ذات الوضع العسكري (FIEP)'],
  quotesEn: ['"In 2018, the Kuwait National Guard joined the International Organisation of Gendarmeries and Security Forces with Military Status (FIEP) as an observer'],
  quote: '«وفي عام 2018، انضم الحرس الوطني الكويتي بصفة مراقب إلى المنظمة الدولية للدرك وقوات الأمن ذات الوضع العسكري (FIEP)',
  quoteEn: '"In 2018, the Kuwait National Guard joined the International Organisation of Gendarmeries and Security Forces with Military Status (FIEP) as an observer'
};

MATCH (a:Entity {id: 'org-kuwait-national-guard'}), (b:Entity {id: 'org-fiep'})
MERGE (a)-[r:MEMBER_OF {status: 'full'}]->(b)
SET r += {
  status: 'full',
  since: '2018-10',
  sincePrecision: 'month',
  admittedAt: 'event-fiep-summit-antalya-2018',
  sinceNote: 'Accepted during the FIEP summit held on 22–25 October 2018 (the exact day is not given).',
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['ثم تم قبوله كعضو كامل خلال قمة المنظمة التي استضافتها قيادة الدرك العام التركية في أنطاليا بين 22 - 25 أكتوبر 2018'],
  quotesEn: ['then it was accepted as a full member during the organisation\'s summit hosted by the Turkish Gendarmerie General Command in Antalya on 22 - 25 October 2018'],
  quote: 'ثم تم قبوله كعضو كامل خلال قمة المنظمة التي استضافتها قيادة الدرك العام التركية في أنطاليا بين 22 - 25 أكتوبر 2018',
  quoteEn: 'then it was accepted as a full member during the organisation\'s summit hosted by the Turkish Gendarmerie General Command in Antalya on 22 - 25 October 2018'
};

MATCH (a:Entity {id: 'org-kuwait-national-guard'}), (b:Entity {id: 'event-fiep-summit-antalya-2018'})
MERGE (a)-[r:ADMITTED_AT]->(b)
SET r += {
  status: 'full member',
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['ثم تم قبوله كعضو كامل خلال قمة المنظمة التي استضافتها قيادة الدرك العام التركية في أنطاليا بين 22 - 25 أكتوبر 2018'],
  quotesEn: ['then it was accepted as a full member during the organisation\'s summit hosted by the Turkish Gendarmerie General Command in Antalya on 22 - 25 October 2018'],
  quote: 'ثم تم قبوله كعضو كامل خلال قمة المنظمة التي استضافتها قيادة الدرك العام التركية في أنطاليا بين 22 - 25 أكتوبر 2018',
  quoteEn: 'then it was accepted as a full member during the organisation\'s summit hosted by the Turkish Gendarmerie General Command in Antalya on 22 - 25 October 2018'
};

MATCH (a:Entity {id: 'person-meshal-al-ahmad-al-jaber-al-sabah'}), (b:Entity {id: 'event-emir-visit-turkey-2024-05'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET r += {
  role: 'visiting head of state',
  sources: ['source-political-keys-kuwait-turkey-defence-agreement', 'source-alqabas-turkish-ambassador-interview'],
  quotes: ['الجدير بالذكر أنه في الأسبوع الماضي، التقى أمير الكويت الشيخ مشعل الأحمد الجابر الصباح مع الرئيس التركي رجب طيب أردوغان، حيث أشرف الزعيمان على توقيع العديد من الاتفاقيات', 'معيدة إلى الأذهان الزيارة التي قام بها سمو أمير البلاد الشيخ مشعل الأحمد إلى تركيا في مايو 2024 والتي وصفتها بـ «المثمرة للغاية»، حيث تم خلالها توقيع بروتوكول بيع حكومي - حكومي بين البلدين.'],
  quotesEn: ['It is worth noting that last week the Emir of Kuwait, Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah, met Turkish President Recep Tayyip Erdoğan, where the two leaders oversaw the signing of several agreements', 'recalling the visit by His Highness the Emir of the country, Sheikh Meshal Al-Ahmad, to Turkey in May 2024, which she described as "very fruitful", during which a government-to-government sale protocol was signed between the two countries.'],
  quote: 'الجدير بالذكر أنه في الأسبوع الماضي، التقى أمير الكويت الشيخ مشعل الأحمد الجابر الصباح مع الرئيس التركي رجب طيب أردوغان، حيث أشرف الزعيمان على توقيع العديد من الاتفاقيات',
  quoteEn: 'It is worth noting that last week the Emir of Kuwait, Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah, met Turkish President Recep Tayyip Erdoğan, where the two leaders oversaw the signing of several agreements'
};

MATCH (a:Entity {id: 'person-recep-tayyip-erdogan'}), (b:Entity {id: 'event-emir-visit-turkey-2024-05'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET r += {
  role: 'host head of state',
  note: 'Political Keys reports the meeting. Al-Qabas places the visit in Turkey.',
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['الجدير بالذكر أنه في الأسبوع الماضي، التقى أمير الكويت الشيخ مشعل الأحمد الجابر الصباح مع الرئيس التركي رجب طيب أردوغان، حيث أشرف الزعيمان على توقيع العديد من الاتفاقيات'],
  quotesEn: ['It is worth noting that last week the Emir of Kuwait, Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah, met Turkish President Recep Tayyip Erdoğan, where the two leaders oversaw the signing of several agreements'],
  quote: 'الجدير بالذكر أنه في الأسبوع الماضي، التقى أمير الكويت الشيخ مشعل الأحمد الجابر الصباح مع الرئيس التركي رجب طيب أردوغان، حيث أشرف الزعيمان على توقيع العديد من الاتفاقيات',
  quoteEn: 'It is worth noting that last week the Emir of Kuwait, Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah, met Turkish President Recep Tayyip Erdoğan, where the two leaders oversaw the signing of several agreements'
};

MATCH (a:Entity {id: 'event-emir-visit-turkey-2024-05'}), (b:Entity {id: 'country-turkey'})
MERGE (a)-[r:TOOK_PLACE_IN]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['إلى تركيا في مايو 2024'],
  quotesEn: ['to Turkey in May 2024'],
  quote: 'إلى تركيا في مايو 2024',
  quoteEn: 'to Turkey in May 2024'
};

MATCH (a:Entity {id: 'country-turkey'}), (b:Entity {id: 'event-political-consultations-ankara-2025-04'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET r += {
  role: 'party (host)',
  note: 'The ambassador speaks for Turkey ("we").',
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['«في أبريل الماضي، أتيحت لنا الفرصة لمناقشة القضايا الثنائية والإقليمية خلال اجتماع المشاورات السياسية الذي عُقد في أنقرة»'],
  quotesEn: ['"Last April, we had the opportunity to discuss bilateral and regional issues during the political consultations meeting held in Ankara"'],
  quote: '«في أبريل الماضي، أتيحت لنا الفرصة لمناقشة القضايا الثنائية والإقليمية خلال اجتماع المشاورات السياسية الذي عُقد في أنقرة»',
  quoteEn: '"Last April, we had the opportunity to discuss bilateral and regional issues during the political consultations meeting held in Ankara"'
};

MATCH (a:Entity {id: 'country-kuwait'}), (b:Entity {id: 'event-political-consultations-ankara-2025-04'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET r += {
  role: 'party',
  note: 'Bilateral consultations between Turkey and Kuwait.',
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['«في أبريل الماضي، أتيحت لنا الفرصة لمناقشة القضايا الثنائية والإقليمية خلال اجتماع المشاورات السياسية الذي عُقد في أنقرة»'],
  quotesEn: ['"Last April, we had the opportunity to discuss bilateral and regional issues during the political consultations meeting held in Ankara"'],
  quote: '«في أبريل الماضي، أتيحت لنا الفرصة لمناقشة القضايا الثنائية والإقليمية خلال اجتماع المشاورات السياسية الذي عُقد في أنقرة»',
  quoteEn: '"Last April, we had the opportunity to discuss bilateral and regional issues during the political consultations meeting held in Ankara"'
};

MATCH (a:Entity {id: 'event-political-consultations-ankara-2025-04'}), (b:Entity {id: 'place-ankara'})
MERGE (a)-[r:TOOK_PLACE_IN]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['«في أبريل الماضي، أتيحت لنا الفرصة لمناقشة القضايا الثنائية والإقليمية خلال اجتماع المشاورات السياسية الذي عُقد في أنقرة»'],
  quotesEn: ['"Last April, we had the opportunity to discuss bilateral and regional issues during the political consultations meeting held in Ankara"'],
  quote: '«في أبريل الماضي، أتيحت لنا الفرصة لمناقشة القضايا الثنائية والإقليمية خلال اجتماع المشاورات السياسية الذي عُقد في أنقرة»',
  quoteEn: '"Last April, we had the opportunity to discuss bilateral and regional issues during the political consultations meeting held in Ankara"'
};

MATCH (a:Entity {id: 'person-turkish-chief-of-general-staff'}), (b:Entity {id: 'event-turkish-chief-of-general-staff-visit-kuwait-2025-01'})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET r += {
  role: 'head of a high-level military delegation',
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['مستذكرة الزيارة الرسمية التي قام بها رئيس الأركان التركي مع وفد عسكري رفيع المستوى إلى الكويت في يناير 2025.'],
  quotesEn: ['recalling the official visit by the Turkish Chief of General Staff, with a high-level military delegation, to Kuwait in January 2025.'],
  quote: 'مستذكرة الزيارة الرسمية التي قام بها رئيس الأركان التركي مع وفد عسكري رفيع المستوى إلى الكويت في يناير 2025.',
  quoteEn: 'recalling the official visit by the Turkish Chief of General Staff, with a high-level military delegation, to Kuwait in January 2025.'
};

MATCH (a:Entity {id: 'event-turkish-chief-of-general-staff-visit-kuwait-2025-01'}), (b:Entity {id: 'country-kuwait'})
MERGE (a)-[r:TOOK_PLACE_IN]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['إلى الكويت في يناير 2025'],
  quotesEn: ['to Kuwait in January 2025'],
  quote: 'إلى الكويت في يناير 2025',
  quoteEn: 'to Kuwait in January 2025'
};

MATCH (a:Entity {id: 'org-gendarmerie-general-command'}), (b:Entity {id: 'event-fiep-summit-antalya-2018'})
MERGE (a)-[r:HOSTED]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['ثم تم قبوله كعضو كامل خلال قمة المنظمة التي استضافتها قيادة الدرك العام التركية في أنطاليا بين 22 - 25 أكتوبر 2018'],
  quotesEn: ['then it was accepted as a full member during the organisation\'s summit hosted by the Turkish Gendarmerie General Command in Antalya on 22 - 25 October 2018'],
  quote: 'ثم تم قبوله كعضو كامل خلال قمة المنظمة التي استضافتها قيادة الدرك العام التركية في أنطاليا بين 22 - 25 أكتوبر 2018',
  quoteEn: 'then it was accepted as a full member during the organisation\'s summit hosted by the Turkish Gendarmerie General Command in Antalya on 22 - 25 October 2018'
};

MATCH (a:Entity {id: 'org-fiep'}), (b:Entity {id: 'event-fiep-summit-antalya-2018'})
MERGE (a)-[r:CONVENED]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['ثم تم قبوله كعضو كامل خلال قمة المنظمة التي استضافتها قيادة الدرك العام التركية في أنطاليا بين 22 - 25 أكتوبر 2018'],
  quotesEn: ['then it was accepted as a full member during the organisation\'s summit hosted by the Turkish Gendarmerie General Command in Antalya on 22 - 25 October 2018'],
  quote: 'ثم تم قبوله كعضو كامل خلال قمة المنظمة التي استضافتها قيادة الدرك العام التركية في أنطاليا بين 22 - 25 أكتوبر 2018',
  quoteEn: 'then it was accepted as a full member during the organisation\'s summit hosted by the Turkish Gendarmerie General Command in Antalya on 22 - 25 October 2018'
};

MATCH (a:Entity {id: 'event-fiep-summit-antalya-2018'}), (b:Entity {id: 'place-antalya'})
MERGE (a)-[r:TOOK_PLACE_IN]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['ثم تم قبوله كعضو كامل خلال قمة المنظمة التي استضافتها قيادة الدرك العام التركية في أنطاليا بين 22 - 25 أكتوبر 2018'],
  quotesEn: ['then it was accepted as a full member during the organisation\'s summit hosted by the Turkish Gendarmerie General Command in Antalya on 22 - 25 October 2018'],
  quote: 'ثم تم قبوله كعضو كامل خلال قمة المنظمة التي استضافتها قيادة الدرك العام التركية في أنطاليا بين 22 - 25 أكتوبر 2018',
  quoteEn: 'then it was accepted as a full member during the organisation\'s summit hosted by the Turkish Gendarmerie General Command in Antalya on 22 - 25 October 2018'
};

MATCH (a:Entity {id: 'country-kuwait'}), (b:Entity {id: 'agreement-kuwait-turkey-defence-cooperation'})
MERGE (a)-[r:PARTY_TO]->(b)
SET r += {
  role: 'signatory',
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['وقعت الكويت وتركيا اتفاقية تعاون دفاعي جديدة، بهدف تعزيز القدرات العسكرية وتحسين التعاون بين البلدين.'],
  quotesEn: ['Kuwait and Turkey signed a new defence cooperation agreement, aimed at strengthening military capabilities and improving cooperation between the two countries.'],
  quote: 'وقعت الكويت وتركيا اتفاقية تعاون دفاعي جديدة، بهدف تعزيز القدرات العسكرية وتحسين التعاون بين البلدين.',
  quoteEn: 'Kuwait and Turkey signed a new defence cooperation agreement, aimed at strengthening military capabilities and improving cooperation between the two countries.'
};

MATCH (a:Entity {id: 'country-turkey'}), (b:Entity {id: 'agreement-kuwait-turkey-defence-cooperation'})
MERGE (a)-[r:PARTY_TO]->(b)
SET r += {
  role: 'signatory',
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['وقعت الكويت وتركيا اتفاقية تعاون دفاعي جديدة، بهدف تعزيز القدرات العسكرية وتحسين التعاون بين البلدين.'],
  quotesEn: ['Kuwait and Turkey signed a new defence cooperation agreement, aimed at strengthening military capabilities and improving cooperation between the two countries.'],
  quote: 'وقعت الكويت وتركيا اتفاقية تعاون دفاعي جديدة، بهدف تعزيز القدرات العسكرية وتحسين التعاون بين البلدين.',
  quoteEn: 'Kuwait and Turkey signed a new defence cooperation agreement, aimed at strengthening military capabilities and improving cooperation between the two countries.'
};

MATCH (a:Entity {id: 'agreement-kuwait-turkey-defence-cooperation'}), (b:Entity {id: 'org-kuwait-armed-forces'})
MERGE (a)-[r:BENEFITS]->(b)
SET r += {
  purpose: 'better equip and train the armed forces',
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['ستساعد الدولة الخليجية الصغيرة على تجهيز وتدريب قواتها المسلحة بشكل أفضل'],
  quotesEn: ['will help the small Gulf state better equip and train its armed forces'],
  quote: 'ستساعد الدولة الخليجية الصغيرة على تجهيز وتدريب قواتها المسلحة بشكل أفضل',
  quoteEn: 'will help the small Gulf state better equip and train its armed forces'
};

MATCH (a:Entity {id: 'org-kuwait-ministry-of-defence'}), (b:Entity {id: 'agreement-executive-protocol-defence-procurement-2024'})
MERGE (a)-[r:PARTY_TO]->(b)
SET r += {
  role: 'signatory ministry',
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['بين وزارتي دفاع البلدين'],
  quotesEn: ['between the defence ministries of the two countries'],
  quote: 'بين وزارتي دفاع البلدين',
  quoteEn: 'between the defence ministries of the two countries'
};

MATCH (a:Entity {id: 'org-turkey-ministry-of-national-defence'}), (b:Entity {id: 'agreement-executive-protocol-defence-procurement-2024'})
MERGE (a)-[r:PARTY_TO]->(b)
SET r += {
  role: 'signatory ministry',
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['بين وزارتي دفاع البلدين'],
  quotesEn: ['between the defence ministries of the two countries'],
  quote: 'بين وزارتي دفاع البلدين',
  quoteEn: 'between the defence ministries of the two countries'
};

MATCH (a:Entity {id: 'country-kuwait'}), (b:Entity {id: 'agreement-executive-protocol-defence-procurement-2024'})
MERGE (a)-[r:PARTY_TO]->(b)
SET r += {
  role: 'state party (buyer government)',
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['حيث تم خلالها توقيع بروتوكول بيع حكومي - حكومي بين البلدين'],
  quotesEn: ['during which a government-to-government sale protocol was signed between the two countries'],
  quote: 'حيث تم خلالها توقيع بروتوكول بيع حكومي - حكومي بين البلدين',
  quoteEn: 'during which a government-to-government sale protocol was signed between the two countries'
};

MATCH (a:Entity {id: 'country-turkey'}), (b:Entity {id: 'agreement-executive-protocol-defence-procurement-2024'})
MERGE (a)-[r:PARTY_TO]->(b)
SET r += {
  role: 'state party (seller government)',
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['حيث تم خلالها توقيع بروتوكول بيع حكومي - حكومي بين البلدين'],
  quotesEn: ['during which a government-to-government sale protocol was signed between the two countries'],
  quote: 'حيث تم خلالها توقيع بروتوكول بيع حكومي - حكومي بين البلدين',
  quoteEn: 'during which a government-to-government sale protocol was signed between the two countries'
};

MATCH (a:Entity {id: 'person-meshal-al-ahmad-al-jaber-al-sabah'}), (b:Entity {id: 'agreement-executive-protocol-defence-procurement-2024'})
MERGE (a)-[r:OVERSAW]->(b)
SET r += {
  role: 'Emir of Kuwait',
  statementAr: 'نؤكد تطلعنا إلى تعزيز التعاون المشترك في كافة المجالات، خاصة في المجال الدفاعي من خلال التعاقدات بين الحكومات',
  statementEn: 'We affirm our aspiration to strengthen joint cooperation in all fields, especially in the defence field, through government-to-government contracting.',
  statementSource: 'source-political-keys-kuwait-turkey-defence-agreement',
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['الجدير بالذكر أنه في الأسبوع الماضي، التقى أمير الكويت الشيخ مشعل الأحمد الجابر الصباح مع الرئيس التركي رجب طيب أردوغان، حيث أشرف الزعيمان على توقيع العديد من الاتفاقيات'],
  quotesEn: ['It is worth noting that last week the Emir of Kuwait, Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah, met Turkish President Recep Tayyip Erdoğan, where the two leaders oversaw the signing of several agreements'],
  quote: 'الجدير بالذكر أنه في الأسبوع الماضي، التقى أمير الكويت الشيخ مشعل الأحمد الجابر الصباح مع الرئيس التركي رجب طيب أردوغان، حيث أشرف الزعيمان على توقيع العديد من الاتفاقيات',
  quoteEn: 'It is worth noting that last week the Emir of Kuwait, Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah, met Turkish President Recep Tayyip Erdoğan, where the two leaders oversaw the signing of several agreements'
};

MATCH (a:Entity {id: 'person-recep-tayyip-erdogan'}), (b:Entity {id: 'agreement-executive-protocol-defence-procurement-2024'})
MERGE (a)-[r:OVERSAW]->(b)
SET r += {
  role: 'President of Turkey',
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['الجدير بالذكر أنه في الأسبوع الماضي، التقى أمير الكويت الشيخ مشعل الأحمد الجابر الصباح مع الرئيس التركي رجب طيب أردوغان، حيث أشرف الزعيمان على توقيع العديد من الاتفاقيات'],
  quotesEn: ['It is worth noting that last week the Emir of Kuwait, Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah, met Turkish President Recep Tayyip Erdoğan, where the two leaders oversaw the signing of several agreements'],
  quote: 'الجدير بالذكر أنه في الأسبوع الماضي، التقى أمير الكويت الشيخ مشعل الأحمد الجابر الصباح مع الرئيس التركي رجب طيب أردوغان، حيث أشرف الزعيمان على توقيع العديد من الاتفاقيات',
  quoteEn: 'It is worth noting that last week the Emir of Kuwait, Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah, met Turkish President Recep Tayyip Erdoğan, where the two leaders oversaw the signing of several agreements'
};

MATCH (a:Entity {id: 'agreement-executive-protocol-defence-procurement-2024'}), (b:Entity {id: 'event-emir-visit-turkey-2024-05'})
MERGE (a)-[r:SIGNED_DURING]->(b)
SET r += {
  sources: ['source-political-keys-kuwait-turkey-defence-agreement', 'source-alqabas-turkish-ambassador-interview'],
  quotes: ['الجدير بالذكر أنه في الأسبوع الماضي، التقى أمير الكويت الشيخ مشعل الأحمد الجابر الصباح مع الرئيس التركي رجب طيب أردوغان، حيث أشرف الزعيمان على توقيع العديد من الاتفاقيات', 'حيث تم خلالها توقيع بروتوكول بيع حكومي - حكومي بين البلدين'],
  quotesEn: ['It is worth noting that last week the Emir of Kuwait, Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah, met Turkish President Recep Tayyip Erdoğan, where the two leaders oversaw the signing of several agreements', 'during which a government-to-government sale protocol was signed between the two countries'],
  quote: 'الجدير بالذكر أنه في الأسبوع الماضي، التقى أمير الكويت الشيخ مشعل الأحمد الجابر الصباح مع الرئيس التركي رجب طيب أردوغان، حيث أشرف الزعيمان على توقيع العديد من الاتفاقيات',
  quoteEn: 'It is worth noting that last week the Emir of Kuwait, Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah, met Turkish President Recep Tayyip Erdoğan, where the two leaders oversaw the signing of several agreements'
};

MATCH (a:Entity {id: 'agreement-executive-protocol-defence-procurement-2024'}), (b:Entity {id: 'org-turkish-defence-industry'})
MERGE (a)-[r:CONCERNS]->(b)
SET r += {
  topic: 'government procurement from defence industries',
  note: 'Political Keys says "defence industries" without a nationality, but the bilateral context makes them Turkish.',
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['بما في ذلك واحدة وصفت بأنها “بروتوكول تنفيذي” بين وزارتي دفاع البلدين المتعلقتين لمشتريات الحكومة من الصناعات الدفاعية، وفقًا لوسائل الإعلام الرسمية الكويتية.'],
  quotesEn: ['including one described as an "executive protocol" between the two countries\' defence ministries concerning government procurement from defence industries, according to Kuwaiti state media.'],
  quote: 'بما في ذلك واحدة وصفت بأنها “بروتوكول تنفيذي” بين وزارتي دفاع البلدين المتعلقتين لمشتريات الحكومة من الصناعات الدفاعية، وفقًا لوسائل الإعلام الرسمية الكويتية.',
  quoteEn: 'including one described as an "executive protocol" between the two countries\' defence ministries concerning government procurement from defence industries, according to Kuwaiti state media.'
};

MATCH (a:Entity {id: 'country-kuwait'}), (b:Entity {id: 'agreement-kuwait-tb2-contract-2023'})
MERGE (a)-[r:PARTY_TO]->(b)
SET r += {
  role: 'buyer',
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['وفي سياق متصل، تعاقدت الكويت مع تركيا عام 2023 لشراء الطائرة التركية الشهيرة Bayraktar TB2 – والتي اشتهرت في أوكرانيا – في عقد بقيمة 367 مليون دولار.'],
  quotesEn: ['In a related context, Kuwait contracted with Turkey in 2023 to buy the famous Turkish aircraft Bayraktar TB2 – which became famous in Ukraine – in a contract worth 367 million dollars.'],
  quote: 'وفي سياق متصل، تعاقدت الكويت مع تركيا عام 2023 لشراء الطائرة التركية الشهيرة Bayraktar TB2 – والتي اشتهرت في أوكرانيا – في عقد بقيمة 367 مليون دولار.',
  quoteEn: 'In a related context, Kuwait contracted with Turkey in 2023 to buy the famous Turkish aircraft Bayraktar TB2 – which became famous in Ukraine – in a contract worth 367 million dollars.'
};

MATCH (a:Entity {id: 'country-turkey'}), (b:Entity {id: 'agreement-kuwait-tb2-contract-2023'})
MERGE (a)-[r:PARTY_TO]->(b)
SET r += {
  role: 'seller',
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['وفي سياق متصل، تعاقدت الكويت مع تركيا عام 2023 لشراء الطائرة التركية الشهيرة Bayraktar TB2 – والتي اشتهرت في أوكرانيا – في عقد بقيمة 367 مليون دولار.'],
  quotesEn: ['In a related context, Kuwait contracted with Turkey in 2023 to buy the famous Turkish aircraft Bayraktar TB2 – which became famous in Ukraine – in a contract worth 367 million dollars.'],
  quote: 'وفي سياق متصل، تعاقدت الكويت مع تركيا عام 2023 لشراء الطائرة التركية الشهيرة Bayraktar TB2 – والتي اشتهرت في أوكرانيا – في عقد بقيمة 367 مليون دولار.',
  quoteEn: 'In a related context, Kuwait contracted with Turkey in 2023 to buy the famous Turkish aircraft Bayraktar TB2 – which became famous in Ukraine – in a contract worth 367 million dollars.'
};

MATCH (a:Entity {id: 'agreement-kuwait-tb2-contract-2023'}), (b:Entity {id: 'product-bayraktar-tb2'})
MERGE (a)-[r:COVERS]->(b)
SET r += {
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['وفي سياق متصل، تعاقدت الكويت مع تركيا عام 2023 لشراء الطائرة التركية الشهيرة Bayraktar TB2 – والتي اشتهرت في أوكرانيا – في عقد بقيمة 367 مليون دولار.'],
  quotesEn: ['In a related context, Kuwait contracted with Turkey in 2023 to buy the famous Turkish aircraft Bayraktar TB2 – which became famous in Ukraine – in a contract worth 367 million dollars.'],
  quote: 'وفي سياق متصل، تعاقدت الكويت مع تركيا عام 2023 لشراء الطائرة التركية الشهيرة Bayraktar TB2 – والتي اشتهرت في أوكرانيا – في عقد بقيمة 367 مليون دولار.',
  quoteEn: 'In a related context, Kuwait contracted with Turkey in 2023 to buy the famous Turkish aircraft Bayraktar TB2 – which became famous in Ukraine – in a contract worth 367 million dollars.'
};

MATCH (a:Entity {id: 'country-kuwait'}), (b:Entity {id: 'product-bayraktar-tb2'})
MERGE (a)-[r:PURCHASED]->(b)
SET r += {
  value: 367000000,
  currency: 'USD',
  year: '2023',
  contract: 'agreement-kuwait-tb2-contract-2023',
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['وفي سياق متصل، تعاقدت الكويت مع تركيا عام 2023 لشراء الطائرة التركية الشهيرة Bayraktar TB2 – والتي اشتهرت في أوكرانيا – في عقد بقيمة 367 مليون دولار.'],
  quotesEn: ['In a related context, Kuwait contracted with Turkey in 2023 to buy the famous Turkish aircraft Bayraktar TB2 – which became famous in Ukraine – in a contract worth 367 million dollars.'],
  quote: 'وفي سياق متصل، تعاقدت الكويت مع تركيا عام 2023 لشراء الطائرة التركية الشهيرة Bayraktar TB2 – والتي اشتهرت في أوكرانيا – في عقد بقيمة 367 مليون دولار.',
  quoteEn: 'In a related context, Kuwait contracted with Turkey in 2023 to buy the famous Turkish aircraft Bayraktar TB2 – which became famous in Ukraine – in a contract worth 367 million dollars.'
};

MATCH (a:Entity {id: 'product-bayraktar-tb2'}), (b:Entity {id: 'country-turkey'})
MERGE (a)-[r:PRODUCED_BY]->(b)
SET r += {
  note: 'The source calls it "the Turkish aircraft" and names no manufacturer.',
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['لشراء الطائرة التركية الشهيرة Bayraktar TB2'],
  quotesEn: ['to buy the famous Turkish aircraft Bayraktar TB2'],
  quote: 'لشراء الطائرة التركية الشهيرة Bayraktar TB2',
  quoteEn: 'to buy the famous Turkish aircraft Bayraktar TB2'
};

MATCH (a:Entity {id: 'product-bayraktar-tb2'}), (b:Entity {id: 'country-ukraine'})
MERGE (a)-[r:BECAME_FAMOUS_IN]->(b)
SET r += {
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['Bayraktar TB2 – والتي اشتهرت في أوكرانيا'],
  quotesEn: ['Bayraktar TB2 – which became famous in Ukraine'],
  quote: 'Bayraktar TB2 – والتي اشتهرت في أوكرانيا',
  quoteEn: 'Bayraktar TB2 – which became famous in Ukraine'
};

MATCH (a:Entity {id: 'org-turkey-ministry-of-interior'}), (b:Entity {id: 'agreement-gendarmerie-national-guard-protocol-2025-03-25'})
MERGE (a)-[r:PARTY_TO]->(b)
SET r += {
  role: 'Turkish party',
  note: 'The source says the first protocol was signed "between the two sides", i.e. the parties of the later protocol.',
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['سبق أن تم في 25 مارس 2025 توقيع أول بروتوكول مماثل بين الجانبين'],
  quotesEn: ['a first, similar protocol had already been signed between the two sides on 25 March 2025'],
  quote: 'سبق أن تم في 25 مارس 2025 توقيع أول بروتوكول مماثل بين الجانبين',
  quoteEn: 'a first, similar protocol had already been signed between the two sides on 25 March 2025'
};

MATCH (a:Entity {id: 'org-gendarmerie-general-command'}), (b:Entity {id: 'agreement-gendarmerie-national-guard-protocol-2025-03-25'})
MERGE (a)-[r:PARTY_TO]->(b)
SET r += {
  role: 'Turkish party (implementing command)',
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['سبق أن تم في 25 مارس 2025 توقيع أول بروتوكول مماثل بين الجانبين'],
  quotesEn: ['a first, similar protocol had already been signed between the two sides on 25 March 2025'],
  quote: 'سبق أن تم في 25 مارس 2025 توقيع أول بروتوكول مماثل بين الجانبين',
  quoteEn: 'a first, similar protocol had already been signed between the two sides on 25 March 2025'
};

MATCH (a:Entity {id: 'org-kuwait-national-guard'}), (b:Entity {id: 'agreement-gendarmerie-national-guard-protocol-2025-03-25'})
MERGE (a)-[r:PARTY_TO]->(b)
SET r += {
  role: 'Kuwaiti party',
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['سبق أن تم في 25 مارس 2025 توقيع أول بروتوكول مماثل بين الجانبين'],
  quotesEn: ['a first, similar protocol had already been signed between the two sides on 25 March 2025'],
  quote: 'سبق أن تم في 25 مارس 2025 توقيع أول بروتوكول مماثل بين الجانبين',
  quoteEn: 'a first, similar protocol had already been signed between the two sides on 25 March 2025'
};

MATCH (a:Entity {id: 'org-turkey-ministry-of-interior'}), (b:Entity {id: 'agreement-gendarmerie-national-guard-training-education-protocol-2025'})
MERGE (a)-[r:PARTY_TO]->(b)
SET r += {
  role: 'Turkish party',
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['البروتوكول الأخير بين وزارة الداخلية التركية (قيادة الدرك العام) والحرس الوطني الكويتي'],
  quotesEn: ['the latest protocol between the Turkish Interior Ministry (Gendarmerie General Command) and the Kuwait National Guard'],
  quote: 'البروتوكول الأخير بين وزارة الداخلية التركية (قيادة الدرك العام) والحرس الوطني الكويتي',
  quoteEn: 'the latest protocol between the Turkish Interior Ministry (Gendarmerie General Command) and the Kuwait National Guard'
};

MATCH (a:Entity {id: 'org-gendarmerie-general-command'}), (b:Entity {id: 'agreement-gendarmerie-national-guard-training-education-protocol-2025'})
MERGE (a)-[r:PARTY_TO]->(b)
SET r += {
  role: 'Turkish party (implementing command)',
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['البروتوكول الأخير بين وزارة الداخلية التركية (قيادة الدرك العام) والحرس الوطني الكويتي'],
  quotesEn: ['the latest protocol between the Turkish Interior Ministry (Gendarmerie General Command) and the Kuwait National Guard'],
  quote: 'البروتوكول الأخير بين وزارة الداخلية التركية (قيادة الدرك العام) والحرس الوطني الكويتي',
  quoteEn: 'the latest protocol between the Turkish Interior Ministry (Gendarmerie General Command) and the Kuwait National Guard'
};

MATCH (a:Entity {id: 'org-kuwait-national-guard'}), (b:Entity {id: 'agreement-gendarmerie-national-guard-training-education-protocol-2025'})
MERGE (a)-[r:PARTY_TO]->(b)
SET r += {
  role: 'Kuwaiti party',
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['البروتوكول الأخير بين وزارة الداخلية التركية (قيادة الدرك العام) والحرس الوطني الكويتي'],
  quotesEn: ['the latest protocol between the Turkish Interior Ministry (Gendarmerie General Command) and the Kuwait National Guard'],
  quote: 'البروتوكول الأخير بين وزارة الداخلية التركية (قيادة الدرك العام) والحرس الوطني الكويتي',
  quoteEn: 'the latest protocol between the Turkish Interior Ministry (Gendarmerie General Command) and the Kuwait National Guard'
};

MATCH (a:Entity {id: 'agreement-gendarmerie-national-guard-training-education-protocol-2025'}), (b:Entity {id: 'agreement-gendarmerie-national-guard-protocol-2025-03-25'})
MERGE (a)-[r:FOLLOWS]->(b)
SET r += {
  description: 'The new protocol builds on the first, similar protocol of 25 March 2025.',
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['وأشارت سونمز إلى أنه سبق أن تم في 25 مارس 2025 توقيع أول بروتوكول مماثل بين الجانبين، وأن الاتفاقية الجديدة التي وُقعت مؤخرًا تُظهر بوضوح الإرادة المشتركة لدى الطرفين لتعزيز تبادل الخبرات في المجال الأمني.'],
  quotesEn: ['Sönmez pointed out that a first, similar protocol had already been signed between the two sides on 25 March 2025, and that the new agreement signed recently clearly shows the shared will of both parties to strengthen the exchange of expertise in the security field.'],
  quote: 'وأشارت سونمز إلى أنه سبق أن تم في 25 مارس 2025 توقيع أول بروتوكول مماثل بين الجانبين، وأن الاتفاقية الجديدة التي وُقعت مؤخرًا تُظهر بوضوح الإرادة المشتركة لدى الطرفين لتعزيز تبادل الخبرات في المجال الأمني.',
  quoteEn: 'Sönmez pointed out that a first, similar protocol had already been signed between the two sides on 25 March 2025, and that the new agreement signed recently clearly shows the shared will of both parties to strengthen the exchange of expertise in the security field.'
};

MATCH (a:Entity {id: 'agreement-gendarmerie-national-guard-protocol-2025-03-25'}), (b:Entity {id: 'training-search-and-rescue-natural-disasters'})
MERGE (a)-[r:COVERS]->(b)
SET r += {
  status: 'delivered',
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['ففي إطار البروتوكول الأول، تم بالفعل تنفيذ دورة «البحث والإنقاذ في الكوارث الطبيعية» ودورة «العمليات الخاصة».'],
  quotesEn: ['under the first protocol, the "Search and rescue in natural disasters" course and the "Special operations" course have already been carried out.'],
  quote: 'ففي إطار البروتوكول الأول، تم بالفعل تنفيذ دورة «البحث والإنقاذ في الكوارث الطبيعية» ودورة «العمليات الخاصة».',
  quoteEn: 'under the first protocol, the "Search and rescue in natural disasters" course and the "Special operations" course have already been carried out.'
};

MATCH (a:Entity {id: 'agreement-gendarmerie-national-guard-protocol-2025-03-25'}), (b:Entity {id: 'training-special-operations'})
MERGE (a)-[r:COVERS]->(b)
SET r += {
  status: 'delivered',
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['ففي إطار البروتوكول الأول، تم بالفعل تنفيذ دورة «البحث والإنقاذ في الكوارث الطبيعية» ودورة «العمليات الخاصة».'],
  quotesEn: ['under the first protocol, the "Search and rescue in natural disasters" course and the "Special operations" course have already been carried out.'],
  quote: 'ففي إطار البروتوكول الأول، تم بالفعل تنفيذ دورة «البحث والإنقاذ في الكوارث الطبيعية» ودورة «العمليات الخاصة».',
  quoteEn: 'under the first protocol, the "Search and rescue in natural disasters" course and the "Special operations" course have already been carried out.'
};

MATCH (a:Entity {id: 'country-kuwait'}), (b:Entity {id: 'agreement-future-kuwait-turkey-security-defence-agreements'})
MERGE (a)-[r:PARTY_TO]->(b)
SET r += {
  role: 'negotiating party',
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['كشفت لـ القبس عن وجود اتفاقيات مستقبلية قيد التفاوض مع الكويت في مجالي الأمن والدفاع'],
  quotesEn: ['she revealed to Al-Qabas that future agreements with Kuwait in the fields of security and defence are under negotiation'],
  quote: 'كشفت لـ القبس عن وجود اتفاقيات مستقبلية قيد التفاوض مع الكويت في مجالي الأمن والدفاع',
  quoteEn: 'she revealed to Al-Qabas that future agreements with Kuwait in the fields of security and defence are under negotiation'
};

MATCH (a:Entity {id: 'country-turkey'}), (b:Entity {id: 'agreement-future-kuwait-turkey-security-defence-agreements'})
MERGE (a)-[r:PARTY_TO]->(b)
SET r += {
  role: 'negotiating party',
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['كشفت لـ القبس عن وجود اتفاقيات مستقبلية قيد التفاوض مع الكويت في مجالي الأمن والدفاع'],
  quotesEn: ['she revealed to Al-Qabas that future agreements with Kuwait in the fields of security and defence are under negotiation'],
  quote: 'كشفت لـ القبس عن وجود اتفاقيات مستقبلية قيد التفاوض مع الكويت في مجالي الأمن والدفاع',
  quoteEn: 'she revealed to Al-Qabas that future agreements with Kuwait in the fields of security and defence are under negotiation'
};

MATCH (a:Entity {id: 'org-gendarmerie-general-command'}), (b:Entity {id: 'org-kuwait-national-guard'})
MERGE (a)-[r:PROVIDES_TRAINING_TO]->(b)
SET r += {
  also: 'exchange of information and expertise, support for institutional structures',
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['وأوضحت أن قيادة الدرك العام تهدف من خلال هذه البروتوكولات إلى تقديم تدريبات لعناصر ودوائر الحرس الوطني الكويتي، وتبادل المعلومات والخبرات، ودعم البُنى المؤسسية للطرفين.'],
  quotesEn: ['She explained that, through these protocols, the Gendarmerie General Command aims to provide training to the personnel and departments of the Kuwait National Guard, exchange information and expertise, and support the institutional structures of both parties.'],
  quote: 'وأوضحت أن قيادة الدرك العام تهدف من خلال هذه البروتوكولات إلى تقديم تدريبات لعناصر ودوائر الحرس الوطني الكويتي، وتبادل المعلومات والخبرات، ودعم البُنى المؤسسية للطرفين.',
  quoteEn: 'She explained that, through these protocols, the Gendarmerie General Command aims to provide training to the personnel and departments of the Kuwait National Guard, exchange information and expertise, and support the institutional structures of both parties.'
};

MATCH (a:Entity {id: 'training-search-and-rescue-natural-disasters'}), (b:Entity {id: 'org-kuwait-national-guard'})
MERGE (a)-[r:TRAINS]->(b)
SET r += {
  status: 'delivered',
  note: 'Delivered under the first protocol and listed among the planned fields.',
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['سيُقدّمها الجانب التركي لعناصر الحرس الوطني الكويتي، قالت سونمز: نخطط لتبادل المعرفة والخبرات في العديد من المجالات، ومنها: التدريب على البحث والإنقاذ في الكوارث الطبيعية، العمليات الخاصة، الاستخبارات والأمن الداخلي، بالإضافة إلى التدريب على الصيانة والإصلاح، والتدريب على الطيران.'],
  quotesEn: ['[the training programmes] that the Turkish side will provide to Kuwait National Guard personnel, Sönmez said: we plan to exchange knowledge and expertise in many fields, including search and rescue training in natural disasters, special operations, intelligence and internal security, as well as maintenance and repair training, and aviation training.'],
  quote: 'سيُقدّمها الجانب التركي لعناصر الحرس الوطني الكويتي، قالت سونمز: نخطط لتبادل المعرفة والخبرات في العديد من المجالات، ومنها: التدريب على البحث والإنقاذ في الكوارث الطبيعية، العمليات الخاصة، الاستخبارات والأمن الداخلي، بالإضافة إلى التدريب على الصيانة والإصلاح، والتدريب على الطيران.',
  quoteEn: '[the training programmes] that the Turkish side will provide to Kuwait National Guard personnel, Sönmez said: we plan to exchange knowledge and expertise in many fields, including search and rescue training in natural disasters, special operations, intelligence and internal security, as well as maintenance and repair training, and aviation training.'
};

MATCH (a:Entity {id: 'training-special-operations'}), (b:Entity {id: 'org-kuwait-national-guard'})
MERGE (a)-[r:TRAINS]->(b)
SET r += {
  status: 'delivered',
  note: 'Delivered under the first protocol and listed among the planned fields.',
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['سيُقدّمها الجانب التركي لعناصر الحرس الوطني الكويتي، قالت سونمز: نخطط لتبادل المعرفة والخبرات في العديد من المجالات، ومنها: التدريب على البحث والإنقاذ في الكوارث الطبيعية، العمليات الخاصة، الاستخبارات والأمن الداخلي، بالإضافة إلى التدريب على الصيانة والإصلاح، والتدريب على الطيران.'],
  quotesEn: ['[the training programmes] that the Turkish side will provide to Kuwait National Guard personnel, Sönmez said: we plan to exchange knowledge and expertise in many fields, including search and rescue training in natural disasters, special operations, intelligence and internal security, as well as maintenance and repair training, and aviation training.'],
  quote: 'سيُقدّمها الجانب التركي لعناصر الحرس الوطني الكويتي، قالت سونمز: نخطط لتبادل المعرفة والخبرات في العديد من المجالات، ومنها: التدريب على البحث والإنقاذ في الكوارث الطبيعية، العمليات الخاصة، الاستخبارات والأمن الداخلي، بالإضافة إلى التدريب على الصيانة والإصلاح، والتدريب على الطيران.',
  quoteEn: '[the training programmes] that the Turkish side will provide to Kuwait National Guard personnel, Sönmez said: we plan to exchange knowledge and expertise in many fields, including search and rescue training in natural disasters, special operations, intelligence and internal security, as well as maintenance and repair training, and aviation training.'
};

MATCH (a:Entity {id: 'training-intelligence-internal-security'}), (b:Entity {id: 'org-kuwait-national-guard'})
MERGE (a)-[r:TRAINS]->(b)
SET r += {
  status: 'planned',
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['سيُقدّمها الجانب التركي لعناصر الحرس الوطني الكويتي، قالت سونمز: نخطط لتبادل المعرفة والخبرات في العديد من المجالات، ومنها: التدريب على البحث والإنقاذ في الكوارث الطبيعية، العمليات الخاصة، الاستخبارات والأمن الداخلي، بالإضافة إلى التدريب على الصيانة والإصلاح، والتدريب على الطيران.'],
  quotesEn: ['[the training programmes] that the Turkish side will provide to Kuwait National Guard personnel, Sönmez said: we plan to exchange knowledge and expertise in many fields, including search and rescue training in natural disasters, special operations, intelligence and internal security, as well as maintenance and repair training, and aviation training.'],
  quote: 'سيُقدّمها الجانب التركي لعناصر الحرس الوطني الكويتي، قالت سونمز: نخطط لتبادل المعرفة والخبرات في العديد من المجالات، ومنها: التدريب على البحث والإنقاذ في الكوارث الطبيعية، العمليات الخاصة، الاستخبارات والأمن الداخلي، بالإضافة إلى التدريب على الصيانة والإصلاح، والتدريب على الطيران.',
  quoteEn: '[the training programmes] that the Turkish side will provide to Kuwait National Guard personnel, Sönmez said: we plan to exchange knowledge and expertise in many fields, including search and rescue training in natural disasters, special operations, intelligence and internal security, as well as maintenance and repair training, and aviation training.'
};

MATCH (a:Entity {id: 'training-maintenance-and-repair'}), (b:Entity {id: 'org-kuwait-national-guard'})
MERGE (a)-[r:TRAINS]->(b)
SET r += {
  status: 'planned',
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['سيُقدّمها الجانب التركي لعناصر الحرس الوطني الكويتي، قالت سونمز: نخطط لتبادل المعرفة والخبرات في العديد من المجالات، ومنها: التدريب على البحث والإنقاذ في الكوارث الطبيعية، العمليات الخاصة، الاستخبارات والأمن الداخلي، بالإضافة إلى التدريب على الصيانة والإصلاح، والتدريب على الطيران.'],
  quotesEn: ['[the training programmes] that the Turkish side will provide to Kuwait National Guard personnel, Sönmez said: we plan to exchange knowledge and expertise in many fields, including search and rescue training in natural disasters, special operations, intelligence and internal security, as well as maintenance and repair training, and aviation training.'],
  quote: 'سيُقدّمها الجانب التركي لعناصر الحرس الوطني الكويتي، قالت سونمز: نخطط لتبادل المعرفة والخبرات في العديد من المجالات، ومنها: التدريب على البحث والإنقاذ في الكوارث الطبيعية، العمليات الخاصة، الاستخبارات والأمن الداخلي، بالإضافة إلى التدريب على الصيانة والإصلاح، والتدريب على الطيران.',
  quoteEn: '[the training programmes] that the Turkish side will provide to Kuwait National Guard personnel, Sönmez said: we plan to exchange knowledge and expertise in many fields, including search and rescue training in natural disasters, special operations, intelligence and internal security, as well as maintenance and repair training, and aviation training.'
};

MATCH (a:Entity {id: 'training-aviation'}), (b:Entity {id: 'org-kuwait-national-guard'})
MERGE (a)-[r:TRAINS]->(b)
SET r += {
  status: 'planned',
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['سيُقدّمها الجانب التركي لعناصر الحرس الوطني الكويتي، قالت سونمز: نخطط لتبادل المعرفة والخبرات في العديد من المجالات، ومنها: التدريب على البحث والإنقاذ في الكوارث الطبيعية، العمليات الخاصة، الاستخبارات والأمن الداخلي، بالإضافة إلى التدريب على الصيانة والإصلاح، والتدريب على الطيران.'],
  quotesEn: ['[the training programmes] that the Turkish side will provide to Kuwait National Guard personnel, Sönmez said: we plan to exchange knowledge and expertise in many fields, including search and rescue training in natural disasters, special operations, intelligence and internal security, as well as maintenance and repair training, and aviation training.'],
  quote: 'سيُقدّمها الجانب التركي لعناصر الحرس الوطني الكويتي، قالت سونمز: نخطط لتبادل المعرفة والخبرات في العديد من المجالات، ومنها: التدريب على البحث والإنقاذ في الكوارث الطبيعية، العمليات الخاصة، الاستخبارات والأمن الداخلي، بالإضافة إلى التدريب على الصيانة والإصلاح، والتدريب على الطيران.',
  quoteEn: '[the training programmes] that the Turkish side will provide to Kuwait National Guard personnel, Sönmez said: we plan to exchange knowledge and expertise in many fields, including search and rescue training in natural disasters, special operations, intelligence and internal security, as well as maintenance and repair training, and aviation training.'
};

MATCH (a:Entity {id: 'training-search-and-rescue-natural-disasters'}), (b:Entity {id: 'training-international-training-guide'})
MERGE (a)-[r:LISTED_IN]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['وأشارت إلى أن موضوعات التدريب تم اختيارها استنادًا إلى «الدليل الدولي للتدريب» الذي تنشره قيادة الدرك العام التركية سنويًا'],
  quotesEn: ['She indicated that the training topics were chosen on the basis of the "International Training Guide", which the Turkish Gendarmerie General Command publishes every year'],
  quote: 'وأشارت إلى أن موضوعات التدريب تم اختيارها استنادًا إلى «الدليل الدولي للتدريب» الذي تنشره قيادة الدرك العام التركية سنويًا',
  quoteEn: 'She indicated that the training topics were chosen on the basis of the "International Training Guide", which the Turkish Gendarmerie General Command publishes every year'
};

MATCH (a:Entity {id: 'training-special-operations'}), (b:Entity {id: 'training-international-training-guide'})
MERGE (a)-[r:LISTED_IN]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['وأشارت إلى أن موضوعات التدريب تم اختيارها استنادًا إلى «الدليل الدولي للتدريب» الذي تنشره قيادة الدرك العام التركية سنويًا'],
  quotesEn: ['She indicated that the training topics were chosen on the basis of the "International Training Guide", which the Turkish Gendarmerie General Command publishes every year'],
  quote: 'وأشارت إلى أن موضوعات التدريب تم اختيارها استنادًا إلى «الدليل الدولي للتدريب» الذي تنشره قيادة الدرك العام التركية سنويًا',
  quoteEn: 'She indicated that the training topics were chosen on the basis of the "International Training Guide", which the Turkish Gendarmerie General Command publishes every year'
};

MATCH (a:Entity {id: 'training-intelligence-internal-security'}), (b:Entity {id: 'training-international-training-guide'})
MERGE (a)-[r:LISTED_IN]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['وأشارت إلى أن موضوعات التدريب تم اختيارها استنادًا إلى «الدليل الدولي للتدريب» الذي تنشره قيادة الدرك العام التركية سنويًا'],
  quotesEn: ['She indicated that the training topics were chosen on the basis of the "International Training Guide", which the Turkish Gendarmerie General Command publishes every year'],
  quote: 'وأشارت إلى أن موضوعات التدريب تم اختيارها استنادًا إلى «الدليل الدولي للتدريب» الذي تنشره قيادة الدرك العام التركية سنويًا',
  quoteEn: 'She indicated that the training topics were chosen on the basis of the "International Training Guide", which the Turkish Gendarmerie General Command publishes every year'
};

MATCH (a:Entity {id: 'training-maintenance-and-repair'}), (b:Entity {id: 'training-international-training-guide'})
MERGE (a)-[r:LISTED_IN]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['وأشارت إلى أن موضوعات التدريب تم اختيارها استنادًا إلى «الدليل الدولي للتدريب» الذي تنشره قيادة الدرك العام التركية سنويًا'],
  quotesEn: ['She indicated that the training topics were chosen on the basis of the "International Training Guide", which the Turkish Gendarmerie General Command publishes every year'],
  quote: 'وأشارت إلى أن موضوعات التدريب تم اختيارها استنادًا إلى «الدليل الدولي للتدريب» الذي تنشره قيادة الدرك العام التركية سنويًا',
  quoteEn: 'She indicated that the training topics were chosen on the basis of the "International Training Guide", which the Turkish Gendarmerie General Command publishes every year'
};

MATCH (a:Entity {id: 'training-aviation'}), (b:Entity {id: 'training-international-training-guide'})
MERGE (a)-[r:LISTED_IN]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['وأشارت إلى أن موضوعات التدريب تم اختيارها استنادًا إلى «الدليل الدولي للتدريب» الذي تنشره قيادة الدرك العام التركية سنويًا'],
  quotesEn: ['She indicated that the training topics were chosen on the basis of the "International Training Guide", which the Turkish Gendarmerie General Command publishes every year'],
  quote: 'وأشارت إلى أن موضوعات التدريب تم اختيارها استنادًا إلى «الدليل الدولي للتدريب» الذي تنشره قيادة الدرك العام التركية سنويًا',
  quoteEn: 'She indicated that the training topics were chosen on the basis of the "International Training Guide", which the Turkish Gendarmerie General Command publishes every year'
};

MATCH (a:Entity {id: 'training-cyber-security'}), (b:Entity {id: 'training-international-training-guide'})
MERGE (a)-[r:LISTED_IN]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['ورداً على سؤال عما إذا كان التعاون يشمل مجالات مثل الأمن السيبراني والاستجابة للكوارث، قالت: نعم، إذ يتضمن «الدليل الدولي للتدريب» هذه المجالات أيضًا'],
  quotesEn: ['Asked whether the cooperation includes areas such as cyber security and disaster response, she said: yes, the "International Training Guide" also includes these areas'],
  quote: 'ورداً على سؤال عما إذا كان التعاون يشمل مجالات مثل الأمن السيبراني والاستجابة للكوارث، قالت: نعم، إذ يتضمن «الدليل الدولي للتدريب» هذه المجالات أيضًا',
  quoteEn: 'Asked whether the cooperation includes areas such as cyber security and disaster response, she said: yes, the "International Training Guide" also includes these areas'
};

MATCH (a:Entity {id: 'training-disaster-response'}), (b:Entity {id: 'training-international-training-guide'})
MERGE (a)-[r:LISTED_IN]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['ورداً على سؤال عما إذا كان التعاون يشمل مجالات مثل الأمن السيبراني والاستجابة للكوارث، قالت: نعم، إذ يتضمن «الدليل الدولي للتدريب» هذه المجالات أيضًا'],
  quotesEn: ['Asked whether the cooperation includes areas such as cyber security and disaster response, she said: yes, the "International Training Guide" also includes these areas'],
  quote: 'ورداً على سؤال عما إذا كان التعاون يشمل مجالات مثل الأمن السيبراني والاستجابة للكوارث، قالت: نعم، إذ يتضمن «الدليل الدولي للتدريب» هذه المجالات أيضًا',
  quoteEn: 'Asked whether the cooperation includes areas such as cyber security and disaster response, she said: yes, the "International Training Guide" also includes these areas'
};

MATCH (a:Entity {id: 'training-international-training-guide'}), (b:Entity {id: 'org-gendarmerie-general-command'})
MERGE (a)-[r:PUBLISHED_BY]->(b)
SET r += {
  frequency: 'yearly',
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['وأشارت إلى أن موضوعات التدريب تم اختيارها استنادًا إلى «الدليل الدولي للتدريب» الذي تنشره قيادة الدرك العام التركية سنويًا'],
  quotesEn: ['She indicated that the training topics were chosen on the basis of the "International Training Guide", which the Turkish Gendarmerie General Command publishes every year'],
  quote: 'وأشارت إلى أن موضوعات التدريب تم اختيارها استنادًا إلى «الدليل الدولي للتدريب» الذي تنشره قيادة الدرك العام التركية سنويًا',
  quoteEn: 'She indicated that the training topics were chosen on the basis of the "International Training Guide", which the Turkish Gendarmerie General Command publishes every year'
};

MATCH (a:Entity {id: 'org-kuwait-national-guard'}), (b:Entity {id: 'training-international-training-guide'})
MERGE (a)-[r:SELECTS_FROM]->(b)
SET r += {
  basis: 'its own needs',
  evaluation: 'effectiveness assessed against similar programmes offered by other countries',
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['وقد جرى تحديد الدورات المطلوبة من قِبل الحرس الوطني الكويتي بناءً على احتياجاته، فيما يتم تقييم فعالية هذه التدريبات بمقارنتها مع برامج تدريبية مماثلة مقدمة من دول أخرى.'],
  quotesEn: ['and the courses required were identified by the Kuwait National Guard according to its needs, while the effectiveness of these trainings is assessed by comparing them with similar training programmes offered by other countries.'],
  quote: 'وقد جرى تحديد الدورات المطلوبة من قِبل الحرس الوطني الكويتي بناءً على احتياجاته، فيما يتم تقييم فعالية هذه التدريبات بمقارنتها مع برامج تدريبية مماثلة مقدمة من دول أخرى.',
  quoteEn: 'and the courses required were identified by the Kuwait National Guard according to its needs, while the effectiveness of these trainings is assessed by comparing them with similar training programmes offered by other countries.'
};

MATCH (a:Entity {id: 'org-turkish-defence-industry'}), (b:Entity {id: 'product-naval-systems'})
MERGE (a)-[r:OFFERS]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['قطاع الدفاع التركي يتمتع بمحفظة متنوعة من الأنظمة البحرية وأجهزة محاكاة التدريب، وتقنيات المراقبة، والحلول الدفاعية المُتكاملة'],
  quotesEn: ['the Turkish defence sector has a diverse portfolio of naval systems and training simulators, surveillance technologies and integrated defence solutions'],
  quote: 'قطاع الدفاع التركي يتمتع بمحفظة متنوعة من الأنظمة البحرية وأجهزة محاكاة التدريب، وتقنيات المراقبة، والحلول الدفاعية المُتكاملة',
  quoteEn: 'the Turkish defence sector has a diverse portfolio of naval systems and training simulators, surveillance technologies and integrated defence solutions'
};

MATCH (a:Entity {id: 'org-turkish-defence-industry'}), (b:Entity {id: 'product-training-simulators'})
MERGE (a)-[r:OFFERS]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['قطاع الدفاع التركي يتمتع بمحفظة متنوعة من الأنظمة البحرية وأجهزة محاكاة التدريب، وتقنيات المراقبة، والحلول الدفاعية المُتكاملة'],
  quotesEn: ['the Turkish defence sector has a diverse portfolio of naval systems and training simulators, surveillance technologies and integrated defence solutions'],
  quote: 'قطاع الدفاع التركي يتمتع بمحفظة متنوعة من الأنظمة البحرية وأجهزة محاكاة التدريب، وتقنيات المراقبة، والحلول الدفاعية المُتكاملة',
  quoteEn: 'the Turkish defence sector has a diverse portfolio of naval systems and training simulators, surveillance technologies and integrated defence solutions'
};

MATCH (a:Entity {id: 'org-turkish-defence-industry'}), (b:Entity {id: 'product-surveillance-technologies'})
MERGE (a)-[r:OFFERS]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['قطاع الدفاع التركي يتمتع بمحفظة متنوعة من الأنظمة البحرية وأجهزة محاكاة التدريب، وتقنيات المراقبة، والحلول الدفاعية المُتكاملة'],
  quotesEn: ['the Turkish defence sector has a diverse portfolio of naval systems and training simulators, surveillance technologies and integrated defence solutions'],
  quote: 'قطاع الدفاع التركي يتمتع بمحفظة متنوعة من الأنظمة البحرية وأجهزة محاكاة التدريب، وتقنيات المراقبة، والحلول الدفاعية المُتكاملة',
  quoteEn: 'the Turkish defence sector has a diverse portfolio of naval systems and training simulators, surveillance technologies and integrated defence solutions'
};

MATCH (a:Entity {id: 'org-turkish-defence-industry'}), (b:Entity {id: 'product-integrated-defence-solutions'})
MERGE (a)-[r:OFFERS]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['قطاع الدفاع التركي يتمتع بمحفظة متنوعة من الأنظمة البحرية وأجهزة محاكاة التدريب، وتقنيات المراقبة، والحلول الدفاعية المُتكاملة'],
  quotesEn: ['the Turkish defence sector has a diverse portfolio of naval systems and training simulators, surveillance technologies and integrated defence solutions'],
  quote: 'قطاع الدفاع التركي يتمتع بمحفظة متنوعة من الأنظمة البحرية وأجهزة محاكاة التدريب، وتقنيات المراقبة، والحلول الدفاعية المُتكاملة',
  quoteEn: 'the Turkish defence sector has a diverse portfolio of naval systems and training simulators, surveillance technologies and integrated defence solutions'
};

MATCH (a:Entity {id: 'org-turkish-defence-industry'}), (b:Entity {id: 'country-kuwait'})
MERGE (a)-[r:SEEKS_TO_SUPPLY]->(b)
SET r += {
  what: 'naval systems, training simulators, surveillance technologies, integrated defence solutions',
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['قطاع الدفاع التركي يتمتع بمحفظة متنوعة من الأنظمة البحرية وأجهزة محاكاة التدريب، وتقنيات المراقبة، والحلول الدفاعية المُتكاملة، ويتمتع بمكانة استثنائية تُمكّنه من تلبية احتياجات الكويت المُتطورة'],
  quotesEn: ['the Turkish defence sector has a diverse portfolio of naval systems and training simulators, surveillance technologies and integrated defence solutions, and is exceptionally well placed to meet Kuwait\'s evolving needs'],
  quote: 'قطاع الدفاع التركي يتمتع بمحفظة متنوعة من الأنظمة البحرية وأجهزة محاكاة التدريب، وتقنيات المراقبة، والحلول الدفاعية المُتكاملة، ويتمتع بمكانة استثنائية تُمكّنه من تلبية احتياجات الكويت المُتطورة',
  quoteEn: 'the Turkish defence sector has a diverse portfolio of naval systems and training simulators, surveillance technologies and integrated defence solutions, and is exceptionally well placed to meet Kuwait\'s evolving needs'
};

MATCH (a:Entity {id: 'country-turkey'}), (b:Entity {id: 'org-kuwait-armed-forces'})
MERGE (a)-[r:SEEKS_TO_SUPPLY]->(b)
SET r += {
  what: 'defence systems and tailored solutions',
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['وقالت سونمز إننا في تركيا، على أهبة الاستعداد دائمًا لتوفير وتطوير أنظمة دفاعية تُسهم في تعزيز أمن الكويت، ونُقدم حلولًا مُصممة خصيصًا للمؤسسات والقوات المسلحة الكويتية.'],
  quotesEn: ['Sönmez said that we in Turkey are always ready to provide and develop defence systems that contribute to strengthening Kuwait\'s security, and we offer solutions tailored specifically to Kuwaiti institutions and armed forces.'],
  quote: 'وقالت سونمز إننا في تركيا، على أهبة الاستعداد دائمًا لتوفير وتطوير أنظمة دفاعية تُسهم في تعزيز أمن الكويت، ونُقدم حلولًا مُصممة خصيصًا للمؤسسات والقوات المسلحة الكويتية.',
  quoteEn: 'Sönmez said that we in Turkey are always ready to provide and develop defence systems that contribute to strengthening Kuwait\'s security, and we offer solutions tailored specifically to Kuwaiti institutions and armed forces.'
};

MATCH (a:Entity {id: 'org-turkey-ministry-of-interior'}), (b:Entity {id: 'org-kuwait-national-guard'})
MERGE (a)-[r:SEEKS_COOPERATION_WITH]->(b)
SET r += {
  areas: ['mutual training and education', 'exchange of visits and expertise', 'joint exercises'],
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['وذكرت السفيرة التركية أن وزارة الداخلية التركية تهدف إلى تعزيز التعاون مع الحرس الوطني الكويتي وقوات الأمن التابعة لوزارة الداخلية الكويتية في مجالات التدريب والتعليم المتبادل، وتبادل الزيارات والخبرات، والتدريبات المشتركة وغيرها'],
  quotesEn: ['The Turkish ambassador said that the Turkish Interior Ministry aims to strengthen cooperation with the Kuwait National Guard and the security forces of the Kuwaiti Interior Ministry in mutual training and education, exchange of visits and expertise, joint exercises and more'],
  quote: 'وذكرت السفيرة التركية أن وزارة الداخلية التركية تهدف إلى تعزيز التعاون مع الحرس الوطني الكويتي وقوات الأمن التابعة لوزارة الداخلية الكويتية في مجالات التدريب والتعليم المتبادل، وتبادل الزيارات والخبرات، والتدريبات المشتركة وغيرها',
  quoteEn: 'The Turkish ambassador said that the Turkish Interior Ministry aims to strengthen cooperation with the Kuwait National Guard and the security forces of the Kuwaiti Interior Ministry in mutual training and education, exchange of visits and expertise, joint exercises and more'
};

MATCH (a:Entity {id: 'org-turkey-ministry-of-interior'}), (b:Entity {id: 'org-kuwait-interior-ministry-security-forces'})
MERGE (a)-[r:SEEKS_COOPERATION_WITH]->(b)
SET r += {
  areas: ['mutual training and education', 'exchange of visits and expertise', 'joint exercises'],
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['وذكرت السفيرة التركية أن وزارة الداخلية التركية تهدف إلى تعزيز التعاون مع الحرس الوطني الكويتي وقوات الأمن التابعة لوزارة الداخلية الكويتية في مجالات التدريب والتعليم المتبادل، وتبادل الزيارات والخبرات، والتدريبات المشتركة وغيرها'],
  quotesEn: ['The Turkish ambassador said that the Turkish Interior Ministry aims to strengthen cooperation with the Kuwait National Guard and the security forces of the Kuwaiti Interior Ministry in mutual training and education, exchange of visits and expertise, joint exercises and more'],
  quote: 'وذكرت السفيرة التركية أن وزارة الداخلية التركية تهدف إلى تعزيز التعاون مع الحرس الوطني الكويتي وقوات الأمن التابعة لوزارة الداخلية الكويتية في مجالات التدريب والتعليم المتبادل، وتبادل الزيارات والخبرات، والتدريبات المشتركة وغيرها',
  quoteEn: 'The Turkish ambassador said that the Turkish Interior Ministry aims to strengthen cooperation with the Kuwait National Guard and the security forces of the Kuwaiti Interior Ministry in mutual training and education, exchange of visits and expertise, joint exercises and more'
};

MATCH (a:Entity {id: 'org-turkey-ministry-of-interior'}), (b:Entity {id: 'org-kuwait-ministry-of-interior'})
MERGE (a)-[r:PLANS_TO_EXTEND_TO]->(b)
SET r += {
  scope: 'other units of the Kuwaiti Interior Ministry',
  startedWith: 'org-kuwait-national-guard',
  status: 'ambition',
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['مشيرةً إلى أن التعاون الحالي بدأ مع الحرس الوطني، مع وجود طموح لتوسيعه ليشمل وحدات أخرى تابعة لوزارة الداخلية الكويتية.'],
  quotesEn: ['noting that the current cooperation began with the National Guard, with an ambition to extend it to other units of the Kuwaiti Interior Ministry.'],
  quote: 'مشيرةً إلى أن التعاون الحالي بدأ مع الحرس الوطني، مع وجود طموح لتوسيعه ليشمل وحدات أخرى تابعة لوزارة الداخلية الكويتية.',
  quoteEn: 'noting that the current cooperation began with the National Guard, with an ambition to extend it to other units of the Kuwaiti Interior Ministry.'
};

