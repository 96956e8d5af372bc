// Provenance: (n)-[:MENTIONED_IN]->(:Source) for every domain node and every source that mentions it.
// Idempotent: every statement is a MERGE keyed on :Entity(id), or on its two endpoints, followed by SET.

MATCH (a:Entity {id: 'country-kuwait'}), (b:Entity {id: 'source-political-keys-kuwait-turkey-defence-agreement'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['وقعت الكويت وتركيا اتفاقية تعاون دفاعي جديدة، بهدف تعزيز القدرات العسكرية وتحسين التعاون بين البلدين.'],
  quotesEn: ['Kuwait and Turkey signed a new defence cooperation agreement, aimed at strengthening military capabilities and improving cooperation between the two countries.'],
  quote: 'وقعت الكويت وتركيا اتفاقية تعاون دفاعي جديدة، بهدف تعزيز القدرات العسكرية وتحسين التعاون بين البلدين.',
  quoteEn: 'Kuwait and Turkey signed a new defence cooperation agreement, aimed at strengthening military capabilities and improving cooperation between the two countries.'
};

MATCH (a:Entity {id: 'country-kuwait'}), (b:Entity {id: 'source-alqabas-turkish-ambassador-interview'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['السفيرة التركية لـ القبس: اتفاقيات دفاعية جديدة قيد التفاوض مع الكويت'],
  quotesEn: ['The Turkish ambassador to Al-Qabas: new defence agreements under negotiation with Kuwait'],
  quote: 'السفيرة التركية لـ القبس: اتفاقيات دفاعية جديدة قيد التفاوض مع الكويت',
  quoteEn: 'The Turkish ambassador to Al-Qabas: new defence agreements under negotiation with Kuwait'
};

MATCH (a:Entity {id: 'country-turkey'}), (b:Entity {id: 'source-political-keys-kuwait-turkey-defence-agreement'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['وقعت الكويت وتركيا اتفاقية تعاون دفاعي جديدة، بهدف تعزيز القدرات العسكرية وتحسين التعاون بين البلدين.'],
  quotesEn: ['Kuwait and Turkey signed a new defence cooperation agreement, aimed at strengthening military capabilities and improving cooperation between the two countries.'],
  quote: 'وقعت الكويت وتركيا اتفاقية تعاون دفاعي جديدة، بهدف تعزيز القدرات العسكرية وتحسين التعاون بين البلدين.',
  quoteEn: 'Kuwait and Turkey signed a new defence cooperation agreement, aimed at strengthening military capabilities and improving cooperation between the two countries.'
};

MATCH (a:Entity {id: 'country-turkey'}), (b:Entity {id: 'source-alqabas-turkish-ambassador-interview'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['في الوقت الذي أشادت فيه السفيرة التركية لدى البلاد، طوبى نور سونمز بالعلاقات العسكرية الثنائية التي تجمع بين تركيا والكويت'],
  quotesEn: ['While the Turkish ambassador to the country, Tuba Nur Sönmez, praised the bilateral military relations between Turkey and Kuwait'],
  quote: 'في الوقت الذي أشادت فيه السفيرة التركية لدى البلاد، طوبى نور سونمز بالعلاقات العسكرية الثنائية التي تجمع بين تركيا والكويت',
  quoteEn: 'While the Turkish ambassador to the country, Tuba Nur Sönmez, praised the bilateral military relations between Turkey and Kuwait'
};

MATCH (a:Entity {id: 'country-ukraine'}), (b:Entity {id: 'source-political-keys-kuwait-turkey-defence-agreement'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['وفي سياق متصل، تعاقدت الكويت مع تركيا عام 2023 لشراء الطائرة التركية الشهيرة Bayraktar TB2 – والتي اشتهرت في أوكرانيا – في عقد بقيمة 367 مليون دولار.'],
  quotesEn: ['In a related context, Kuwait contracted with Turkey in 2023 to buy the famous Turkish aircraft Bayraktar TB2 – which became famous in Ukraine – in a contract worth 367 million dollars.'],
  quote: 'وفي سياق متصل، تعاقدت الكويت مع تركيا عام 2023 لشراء الطائرة التركية الشهيرة Bayraktar TB2 – والتي اشتهرت في أوكرانيا – في عقد بقيمة 367 مليون دولار.',
  quoteEn: 'In a related context, Kuwait contracted with Turkey in 2023 to buy the famous Turkish aircraft Bayraktar TB2 – which became famous in Ukraine – in a contract worth 367 million dollars.'
};

MATCH (a:Entity {id: 'country-uae'}), (b:Entity {id: 'source-political-keys-kuwait-turkey-defence-agreement'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['وعلى عكس دول الخليج الأخرى مثل الإمارات العربية المتحدة والمملكة العربية السعودية وقطر'],
  quotesEn: ['Unlike other Gulf states such as the United Arab Emirates, Saudi Arabia and Qatar'],
  quote: 'وعلى عكس دول الخليج الأخرى مثل الإمارات العربية المتحدة والمملكة العربية السعودية وقطر',
  quoteEn: 'Unlike other Gulf states such as the United Arab Emirates, Saudi Arabia and Qatar'
};

MATCH (a:Entity {id: 'country-saudi-arabia'}), (b:Entity {id: 'source-political-keys-kuwait-turkey-defence-agreement'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['وعلى عكس دول الخليج الأخرى مثل الإمارات العربية المتحدة والمملكة العربية السعودية وقطر'],
  quotesEn: ['Unlike other Gulf states such as the United Arab Emirates, Saudi Arabia and Qatar'],
  quote: 'وعلى عكس دول الخليج الأخرى مثل الإمارات العربية المتحدة والمملكة العربية السعودية وقطر',
  quoteEn: 'Unlike other Gulf states such as the United Arab Emirates, Saudi Arabia and Qatar'
};

MATCH (a:Entity {id: 'country-qatar'}), (b:Entity {id: 'source-political-keys-kuwait-turkey-defence-agreement'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['وعلى عكس دول الخليج الأخرى مثل الإمارات العربية المتحدة والمملكة العربية السعودية وقطر'],
  quotesEn: ['Unlike other Gulf states such as the United Arab Emirates, Saudi Arabia and Qatar'],
  quote: 'وعلى عكس دول الخليج الأخرى مثل الإمارات العربية المتحدة والمملكة العربية السعودية وقطر',
  quoteEn: 'Unlike other Gulf states such as the United Arab Emirates, Saudi Arabia and Qatar'
};

MATCH (a:Entity {id: 'country-iran'}), (b:Entity {id: 'source-political-keys-kuwait-turkey-defence-agreement'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['وهذا مهم بشكل خاص بالنظر إلى تصاعد التهديد الإيراني في الشرق الأوسط.'],
  quotesEn: ['This is especially important given the rising Iranian threat in the Middle East.'],
  quote: 'وهذا مهم بشكل خاص بالنظر إلى تصاعد التهديد الإيراني في الشرق الأوسط.',
  quoteEn: 'This is especially important given the rising Iranian threat in the Middle East.'
};

MATCH (a:Entity {id: 'person-meshal-al-ahmad-al-jaber-al-sabah'}), (b:Entity {id: 'source-political-keys-kuwait-turkey-defence-agreement'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['الجدير بالذكر أنه في الأسبوع الماضي، التقى أمير الكويت الشيخ مشعل الأحمد الجابر الصباح مع الرئيس التركي رجب طيب أردوغان، حيث أشرف الزعيمان على توقيع العديد من الاتفاقيات'],
  quotesEn: ['It is worth noting that last week the Emir of Kuwait, Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah, met Turkish President Recep Tayyip Erdoğan, where the two leaders oversaw the signing of several agreements'],
  quote: 'الجدير بالذكر أنه في الأسبوع الماضي، التقى أمير الكويت الشيخ مشعل الأحمد الجابر الصباح مع الرئيس التركي رجب طيب أردوغان، حيث أشرف الزعيمان على توقيع العديد من الاتفاقيات',
  quoteEn: 'It is worth noting that last week the Emir of Kuwait, Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah, met Turkish President Recep Tayyip Erdoğan, where the two leaders oversaw the signing of several agreements'
};

MATCH (a:Entity {id: 'person-meshal-al-ahmad-al-jaber-al-sabah'}), (b:Entity {id: 'source-alqabas-turkish-ambassador-interview'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['معيدة إلى الأذهان الزيارة التي قام بها سمو أمير البلاد الشيخ مشعل الأحمد إلى تركيا في مايو 2024 والتي وصفتها بـ «المثمرة للغاية»، حيث تم خلالها توقيع بروتوكول بيع حكومي - حكومي بين البلدين.'],
  quotesEn: ['recalling the visit by His Highness the Emir of the country, Sheikh Meshal Al-Ahmad, to Turkey in May 2024, which she described as "very fruitful", during which a government-to-government sale protocol was signed between the two countries.'],
  quote: 'معيدة إلى الأذهان الزيارة التي قام بها سمو أمير البلاد الشيخ مشعل الأحمد إلى تركيا في مايو 2024 والتي وصفتها بـ «المثمرة للغاية»، حيث تم خلالها توقيع بروتوكول بيع حكومي - حكومي بين البلدين.',
  quoteEn: 'recalling the visit by His Highness the Emir of the country, Sheikh Meshal Al-Ahmad, to Turkey in May 2024, which she described as "very fruitful", during which a government-to-government sale protocol was signed between the two countries.'
};

MATCH (a:Entity {id: 'person-recep-tayyip-erdogan'}), (b:Entity {id: 'source-political-keys-kuwait-turkey-defence-agreement'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['الجدير بالذكر أنه في الأسبوع الماضي، التقى أمير الكويت الشيخ مشعل الأحمد الجابر الصباح مع الرئيس التركي رجب طيب أردوغان، حيث أشرف الزعيمان على توقيع العديد من الاتفاقيات'],
  quotesEn: ['It is worth noting that last week the Emir of Kuwait, Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah, met Turkish President Recep Tayyip Erdoğan, where the two leaders oversaw the signing of several agreements'],
  quote: 'الجدير بالذكر أنه في الأسبوع الماضي، التقى أمير الكويت الشيخ مشعل الأحمد الجابر الصباح مع الرئيس التركي رجب طيب أردوغان، حيث أشرف الزعيمان على توقيع العديد من الاتفاقيات',
  quoteEn: 'It is worth noting that last week the Emir of Kuwait, Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah, met Turkish President Recep Tayyip Erdoğan, where the two leaders oversaw the signing of several agreements'
};

MATCH (a:Entity {id: 'person-recep-tayyip-erdogan'}), (b:Entity {id: 'source-alqabas-turkish-ambassador-interview'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['توجد بين تركيا والكويت إرادة سياسية راسخة على مستوى القادة، حيث ان الرئيس رجب طيب أردوغان وسمو الأمير الشيخ مشعل الأحمد يُوليان أهمية بالغة لعلاقات الصداقة بين البلدين'],
  quotesEn: ['There is a firm political will between Turkey and Kuwait at the level of the leaders, as President Recep Tayyip Erdoğan and His Highness the Emir Sheikh Meshal Al-Ahmad attach great importance to the friendly relations between the two countries'],
  quote: 'توجد بين تركيا والكويت إرادة سياسية راسخة على مستوى القادة، حيث ان الرئيس رجب طيب أردوغان وسمو الأمير الشيخ مشعل الأحمد يُوليان أهمية بالغة لعلاقات الصداقة بين البلدين',
  quoteEn: 'There is a firm political will between Turkey and Kuwait at the level of the leaders, as President Recep Tayyip Erdoğan and His Highness the Emir Sheikh Meshal Al-Ahmad attach great importance to the friendly relations between the two countries'
};

MATCH (a:Entity {id: 'person-tuba-nur-sonmez'}), (b:Entity {id: 'source-alqabas-turkish-ambassador-interview'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['في الوقت الذي أشادت فيه السفيرة التركية لدى البلاد، طوبى نور سونمز بالعلاقات العسكرية الثنائية التي تجمع بين تركيا والكويت'],
  quotesEn: ['While the Turkish ambassador to the country, Tuba Nur Sönmez, praised the bilateral military relations between Turkey and Kuwait'],
  quote: 'في الوقت الذي أشادت فيه السفيرة التركية لدى البلاد، طوبى نور سونمز بالعلاقات العسكرية الثنائية التي تجمع بين تركيا والكويت',
  quoteEn: 'While the Turkish ambassador to the country, Tuba Nur Sönmez, praised the bilateral military relations between Turkey and Kuwait'
};

MATCH (a:Entity {id: 'person-mai-al-sukkari'}), (b:Entity {id: 'source-alqabas-turkish-ambassador-interview'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['مي السكري'],
  quotesEn: ['Mai Al-Sukkari (byline)'],
  quote: 'مي السكري',
  quoteEn: 'Mai Al-Sukkari (byline)'
};

MATCH (a:Entity {id: 'person-turkish-chief-of-general-staff'}), (b:Entity {id: 'source-alqabas-turkish-ambassador-interview'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['مستذكرة الزيارة الرسمية التي قام بها رئيس الأركان التركي مع وفد عسكري رفيع المستوى إلى الكويت في يناير 2025.'],
  quotesEn: ['recalling the official visit by the Turkish Chief of General Staff, with a high-level military delegation, to Kuwait in January 2025.'],
  quote: 'مستذكرة الزيارة الرسمية التي قام بها رئيس الأركان التركي مع وفد عسكري رفيع المستوى إلى الكويت في يناير 2025.',
  quoteEn: 'recalling the official visit by the Turkish Chief of General Staff, with a high-level military delegation, to Kuwait in January 2025.'
};

MATCH (a:Entity {id: 'person-turkish-gendarmerie-liaison-officer'}), (b:Entity {id: 'source-alqabas-turkish-ambassador-interview'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['وأكدت أن ضابط درك تركيا تم إيفاده للعمل كضابط ارتباط في الكويت لمدة عام، مما يُمثل خطوة جديدة نحو تعزيز التعاون الأمني بين البلدين.'],
  quotesEn: ['She confirmed that a Turkish gendarmerie officer has been seconded to work as a liaison officer in Kuwait for one year, a new step towards strengthening security cooperation between the two countries.'],
  quote: 'وأكدت أن ضابط درك تركيا تم إيفاده للعمل كضابط ارتباط في الكويت لمدة عام، مما يُمثل خطوة جديدة نحو تعزيز التعاون الأمني بين البلدين.',
  quoteEn: 'She confirmed that a Turkish gendarmerie officer has been seconded to work as a liaison officer in Kuwait for one year, a new step towards strengthening security cooperation between the two countries.'
};

MATCH (a:Entity {id: 'org-kuwait-ministry-of-defence'}), (b:Entity {id: 'source-political-keys-kuwait-turkey-defence-agreement'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['بما في ذلك واحدة وصفت بأنها “بروتوكول تنفيذي” بين وزارتي دفاع البلدين المتعلقتين لمشتريات الحكومة من الصناعات الدفاعية، وفقًا لوسائل الإعلام الرسمية الكويتية.'],
  quotesEn: ['including one described as an "executive protocol" between the two countries\' defence ministries concerning government procurement from defence industries, according to Kuwaiti state media.'],
  quote: 'بما في ذلك واحدة وصفت بأنها “بروتوكول تنفيذي” بين وزارتي دفاع البلدين المتعلقتين لمشتريات الحكومة من الصناعات الدفاعية، وفقًا لوسائل الإعلام الرسمية الكويتية.',
  quoteEn: 'including one described as an "executive protocol" between the two countries\' defence ministries concerning government procurement from defence industries, according to Kuwaiti state media.'
};

MATCH (a:Entity {id: 'org-turkey-ministry-of-national-defence'}), (b:Entity {id: 'source-political-keys-kuwait-turkey-defence-agreement'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['بما في ذلك واحدة وصفت بأنها “بروتوكول تنفيذي” بين وزارتي دفاع البلدين المتعلقتين لمشتريات الحكومة من الصناعات الدفاعية، وفقًا لوسائل الإعلام الرسمية الكويتية.'],
  quotesEn: ['including one described as an "executive protocol" between the two countries\' defence ministries concerning government procurement from defence industries, according to Kuwaiti state media.'],
  quote: 'بما في ذلك واحدة وصفت بأنها “بروتوكول تنفيذي” بين وزارتي دفاع البلدين المتعلقتين لمشتريات الحكومة من الصناعات الدفاعية، وفقًا لوسائل الإعلام الرسمية الكويتية.',
  quoteEn: 'including one described as an "executive protocol" between the two countries\' defence ministries concerning government procurement from defence industries, according to Kuwaiti state media.'
};

MATCH (a:Entity {id: 'org-turkey-ministry-of-interior'}), (b:Entity {id: 'source-alqabas-turkish-ambassador-interview'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['ذكرت السفيرة التركية أن توقيع البروتوكول الأخير بين وزارة الداخلية التركية (قيادة الدرك العام) والحرس الوطني الكويتي، بشأن «التعاون في مجالي التدريب والتعليم»، يُمثّل خطوة جديدة ومهمة نحو تعزيز التعاون في مجالي الدفاع والأمن بين البلدين.'],
  quotesEn: ['The Turkish ambassador said that the signing of the latest protocol between the Turkish Interior Ministry (Gendarmerie General Command) and the Kuwait National Guard, on "cooperation in training and education", represents a new and important step towards strengthening defence and security cooperation between the two countries.'],
  quote: 'ذكرت السفيرة التركية أن توقيع البروتوكول الأخير بين وزارة الداخلية التركية (قيادة الدرك العام) والحرس الوطني الكويتي، بشأن «التعاون في مجالي التدريب والتعليم»، يُمثّل خطوة جديدة ومهمة نحو تعزيز التعاون في مجالي الدفاع والأمن بين البلدين.',
  quoteEn: 'The Turkish ambassador said that the signing of the latest protocol between the Turkish Interior Ministry (Gendarmerie General Command) and the Kuwait National Guard, on "cooperation in training and education", represents a new and important step towards strengthening defence and security cooperation between the two countries.'
};

MATCH (a:Entity {id: 'org-gendarmerie-general-command'}), (b:Entity {id: 'source-alqabas-turkish-ambassador-interview'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['ذكرت السفيرة التركية أن توقيع البروتوكول الأخير بين وزارة الداخلية التركية (قيادة الدرك العام) والحرس الوطني الكويتي، بشأن «التعاون في مجالي التدريب والتعليم»، يُمثّل خطوة جديدة ومهمة نحو تعزيز التعاون في مجالي الدفاع والأمن بين البلدين.'],
  quotesEn: ['The Turkish ambassador said that the signing of the latest protocol between the Turkish Interior Ministry (Gendarmerie General Command) and the Kuwait National Guard, on "cooperation in training and education", represents a new and important step towards strengthening defence and security cooperation between the two countries.'],
  quote: 'ذكرت السفيرة التركية أن توقيع البروتوكول الأخير بين وزارة الداخلية التركية (قيادة الدرك العام) والحرس الوطني الكويتي، بشأن «التعاون في مجالي التدريب والتعليم»، يُمثّل خطوة جديدة ومهمة نحو تعزيز التعاون في مجالي الدفاع والأمن بين البلدين.',
  quoteEn: 'The Turkish ambassador said that the signing of the latest protocol between the Turkish Interior Ministry (Gendarmerie General Command) and the Kuwait National Guard, on "cooperation in training and education", represents a new and important step towards strengthening defence and security cooperation between the two countries.'
};

MATCH (a:Entity {id: 'org-kuwait-national-guard'}), (b:Entity {id: 'source-alqabas-turkish-ambassador-interview'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['ذكرت السفيرة التركية أن توقيع البروتوكول الأخير بين وزارة الداخلية التركية (قيادة الدرك العام) والحرس الوطني الكويتي، بشأن «التعاون في مجالي التدريب والتعليم»، يُمثّل خطوة جديدة ومهمة نحو تعزيز التعاون في مجالي الدفاع والأمن بين البلدين.'],
  quotesEn: ['The Turkish ambassador said that the signing of the latest protocol between the Turkish Interior Ministry (Gendarmerie General Command) and the Kuwait National Guard, on "cooperation in training and education", represents a new and important step towards strengthening defence and security cooperation between the two countries.'],
  quote: 'ذكرت السفيرة التركية أن توقيع البروتوكول الأخير بين وزارة الداخلية التركية (قيادة الدرك العام) والحرس الوطني الكويتي، بشأن «التعاون في مجالي التدريب والتعليم»، يُمثّل خطوة جديدة ومهمة نحو تعزيز التعاون في مجالي الدفاع والأمن بين البلدين.',
  quoteEn: 'The Turkish ambassador said that the signing of the latest protocol between the Turkish Interior Ministry (Gendarmerie General Command) and the Kuwait National Guard, on "cooperation in training and education", represents a new and important step towards strengthening defence and security cooperation between the two countries.'
};

MATCH (a:Entity {id: 'org-kuwait-ministry-of-interior'}), (b:Entity {id: 'source-alqabas-turkish-ambassador-interview'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['مشيرةً إلى أن التعاون الحالي بدأ مع الحرس الوطني، مع وجود طموح لتوسيعه ليشمل وحدات أخرى تابعة لوزارة الداخلية الكويتية.'],
  quotesEn: ['noting that the current cooperation began with the National Guard, with an ambition to extend it to other units of the Kuwaiti Interior Ministry.'],
  quote: 'مشيرةً إلى أن التعاون الحالي بدأ مع الحرس الوطني، مع وجود طموح لتوسيعه ليشمل وحدات أخرى تابعة لوزارة الداخلية الكويتية.',
  quoteEn: 'noting that the current cooperation began with the National Guard, with an ambition to extend it to other units of the Kuwaiti Interior Ministry.'
};

MATCH (a:Entity {id: 'org-kuwait-interior-ministry-security-forces'}), (b:Entity {id: 'source-alqabas-turkish-ambassador-interview'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['وذكرت السفيرة التركية أن وزارة الداخلية التركية تهدف إلى تعزيز التعاون مع الحرس الوطني الكويتي وقوات الأمن التابعة لوزارة الداخلية الكويتية في مجالات التدريب والتعليم المتبادل، وتبادل الزيارات والخبرات، والتدريبات المشتركة وغيرها'],
  quotesEn: ['The Turkish ambassador said that the Turkish Interior Ministry aims to strengthen cooperation with the Kuwait National Guard and the security forces of the Kuwaiti Interior Ministry in mutual training and education, exchange of visits and expertise, joint exercises and more'],
  quote: 'وذكرت السفيرة التركية أن وزارة الداخلية التركية تهدف إلى تعزيز التعاون مع الحرس الوطني الكويتي وقوات الأمن التابعة لوزارة الداخلية الكويتية في مجالات التدريب والتعليم المتبادل، وتبادل الزيارات والخبرات، والتدريبات المشتركة وغيرها',
  quoteEn: 'The Turkish ambassador said that the Turkish Interior Ministry aims to strengthen cooperation with the Kuwait National Guard and the security forces of the Kuwaiti Interior Ministry in mutual training and education, exchange of visits and expertise, joint exercises and more'
};

MATCH (a:Entity {id: 'org-kuwait-armed-forces'}), (b:Entity {id: 'source-political-keys-kuwait-turkey-defence-agreement'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['ستساعد الدولة الخليجية الصغيرة على تجهيز وتدريب قواتها المسلحة بشكل أفضل'],
  quotesEn: ['will help the small Gulf state better equip and train its armed forces'],
  quote: 'ستساعد الدولة الخليجية الصغيرة على تجهيز وتدريب قواتها المسلحة بشكل أفضل',
  quoteEn: 'will help the small Gulf state better equip and train its armed forces'
};

MATCH (a:Entity {id: 'org-kuwait-armed-forces'}), (b:Entity {id: 'source-alqabas-turkish-ambassador-interview'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['وقالت سونمز إننا في تركيا، على أهبة الاستعداد دائمًا لتوفير وتطوير أنظمة دفاعية تُسهم في تعزيز أمن الكويت، ونُقدم حلولًا مُصممة خصيصًا للمؤسسات والقوات المسلحة الكويتية.'],
  quotesEn: ['Sönmez said that we in Turkey are always ready to provide and develop defence systems that contribute to strengthening Kuwait\'s security, and we offer solutions tailored specifically to Kuwaiti institutions and armed forces.'],
  quote: 'وقالت سونمز إننا في تركيا، على أهبة الاستعداد دائمًا لتوفير وتطوير أنظمة دفاعية تُسهم في تعزيز أمن الكويت، ونُقدم حلولًا مُصممة خصيصًا للمؤسسات والقوات المسلحة الكويتية.',
  quoteEn: 'Sönmez said that we in Turkey are always ready to provide and develop defence systems that contribute to strengthening Kuwait\'s security, and we offer solutions tailored specifically to Kuwaiti institutions and armed forces.'
};

MATCH (a:Entity {id: 'org-turkish-general-staff'}), (b:Entity {id: 'source-alqabas-turkish-ambassador-interview'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['مستذكرة الزيارة الرسمية التي قام بها رئيس الأركان التركي مع وفد عسكري رفيع المستوى إلى الكويت في يناير 2025.'],
  quotesEn: ['recalling the official visit by the Turkish Chief of General Staff, with a high-level military delegation, to Kuwait in January 2025.'],
  quote: 'مستذكرة الزيارة الرسمية التي قام بها رئيس الأركان التركي مع وفد عسكري رفيع المستوى إلى الكويت في يناير 2025.',
  quoteEn: 'recalling the official visit by the Turkish Chief of General Staff, with a high-level military delegation, to Kuwait in January 2025.'
};

MATCH (a:Entity {id: 'org-kuwait-state-media'}), (b:Entity {id: 'source-political-keys-kuwait-turkey-defence-agreement'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['بما في ذلك واحدة وصفت بأنها “بروتوكول تنفيذي” بين وزارتي دفاع البلدين المتعلقتين لمشتريات الحكومة من الصناعات الدفاعية، وفقًا لوسائل الإعلام الرسمية الكويتية.'],
  quotesEn: ['including one described as an "executive protocol" between the two countries\' defence ministries concerning government procurement from defence industries, according to Kuwaiti state media.'],
  quote: 'بما في ذلك واحدة وصفت بأنها “بروتوكول تنفيذي” بين وزارتي دفاع البلدين المتعلقتين لمشتريات الحكومة من الصناعات الدفاعية، وفقًا لوسائل الإعلام الرسمية الكويتية.',
  quoteEn: 'including one described as an "executive protocol" between the two countries\' defence ministries concerning government procurement from defence industries, according to Kuwaiti state media.'
};

MATCH (a:Entity {id: 'org-political-keys'}), (b:Entity {id: 'source-political-keys-kuwait-turkey-defence-agreement'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['ووفقًا لمعلومات حصلت عليها “بوليتكال كيز | Political Keys”'],
  quotesEn: ['According to information obtained by "Political Keys"'],
  quote: 'ووفقًا لمعلومات حصلت عليها “بوليتكال كيز | Political Keys”',
  quoteEn: 'According to information obtained by "Political Keys"'
};

MATCH (a:Entity {id: 'org-alqabas'}), (b:Entity {id: 'source-alqabas-turkish-ambassador-interview'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['*المصدر: جريدة القبس الإلكتروني | alqabas.com'],
  quotesEn: ['*Source: Al-Qabas electronic newspaper | alqabas.com'],
  quote: '*المصدر: جريدة القبس الإلكتروني | alqabas.com',
  quoteEn: '*Source: Al-Qabas electronic newspaper | alqabas.com'
};

MATCH (a:Entity {id: 'org-fiep'}), (b:Entity {id: 'source-alqabas-turkish-ambassador-interview'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['«وفي عام 2018، انضم الحرس الوطني الكويتي بصفة مراقب إلى المنظمة الدولية للدرك وقوات الأمن ذات الوضع العسكري (FIEP)'],
  quotesEn: ['"In 2018, the Kuwait National Guard joined the International Organisation of Gendarmeries and Security Forces with Military Status (FIEP) as an observer'],
  quote: '«وفي عام 2018، انضم الحرس الوطني الكويتي بصفة مراقب إلى المنظمة الدولية للدرك وقوات الأمن ذات الوضع العسكري (FIEP)',
  quoteEn: '"In 2018, the Kuwait National Guard joined the International Organisation of Gendarmeries and Security Forces with Military Status (FIEP) as an observer'
};

MATCH (a:Entity {id: 'org-turkish-defence-industry'}), (b:Entity {id: 'source-political-keys-kuwait-turkey-defence-agreement'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['وفي الوقت نفسه، شهدت تركيا قفزة في صادراتها الدفاعية وسط أزمات متزامنة في أوروبا والشرق الأوسط.'],
  quotesEn: ['At the same time, Turkey has seen a leap in its defence exports amid simultaneous crises in Europe and the Middle East.'],
  quote: 'وفي الوقت نفسه، شهدت تركيا قفزة في صادراتها الدفاعية وسط أزمات متزامنة في أوروبا والشرق الأوسط.',
  quoteEn: 'At the same time, Turkey has seen a leap in its defence exports amid simultaneous crises in Europe and the Middle East.'
};

MATCH (a:Entity {id: 'org-turkish-defence-industry'}), (b:Entity {id: 'source-alqabas-turkish-ambassador-interview'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['قطاع الدفاع التركي يتمتع بمحفظة متنوعة من الأنظمة البحرية وأجهزة محاكاة التدريب، وتقنيات المراقبة، والحلول الدفاعية المُتكاملة، ويتمتع بمكانة استثنائية تُمكّنه من تلبية احتياجات الكويت المُتطورة'],
  quotesEn: ['the Turkish defence sector has a diverse portfolio of naval systems and training simulators, surveillance technologies and integrated defence solutions, and is exceptionally well placed to meet Kuwait\'s evolving needs'],
  quote: 'قطاع الدفاع التركي يتمتع بمحفظة متنوعة من الأنظمة البحرية وأجهزة محاكاة التدريب، وتقنيات المراقبة، والحلول الدفاعية المُتكاملة، ويتمتع بمكانة استثنائية تُمكّنه من تلبية احتياجات الكويت المُتطورة',
  quoteEn: 'the Turkish defence sector has a diverse portfolio of naval systems and training simulators, surveillance technologies and integrated defence solutions, and is exceptionally well placed to meet Kuwait\'s evolving needs'
};

MATCH (a:Entity {id: 'agreement-kuwait-turkey-defence-cooperation'}), (b:Entity {id: 'source-political-keys-kuwait-turkey-defence-agreement'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['وقعت الكويت وتركيا اتفاقية تعاون دفاعي جديدة، بهدف تعزيز القدرات العسكرية وتحسين التعاون بين البلدين.'],
  quotesEn: ['Kuwait and Turkey signed a new defence cooperation agreement, aimed at strengthening military capabilities and improving cooperation between the two countries.'],
  quote: 'وقعت الكويت وتركيا اتفاقية تعاون دفاعي جديدة، بهدف تعزيز القدرات العسكرية وتحسين التعاون بين البلدين.',
  quoteEn: 'Kuwait and Turkey signed a new defence cooperation agreement, aimed at strengthening military capabilities and improving cooperation between the two countries.'
};

MATCH (a:Entity {id: 'agreement-executive-protocol-defence-procurement-2024'}), (b:Entity {id: 'source-political-keys-kuwait-turkey-defence-agreement'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['بما في ذلك واحدة وصفت بأنها “بروتوكول تنفيذي” بين وزارتي دفاع البلدين المتعلقتين لمشتريات الحكومة من الصناعات الدفاعية، وفقًا لوسائل الإعلام الرسمية الكويتية.'],
  quotesEn: ['including one described as an "executive protocol" between the two countries\' defence ministries concerning government procurement from defence industries, according to Kuwaiti state media.'],
  quote: 'بما في ذلك واحدة وصفت بأنها “بروتوكول تنفيذي” بين وزارتي دفاع البلدين المتعلقتين لمشتريات الحكومة من الصناعات الدفاعية، وفقًا لوسائل الإعلام الرسمية الكويتية.',
  quoteEn: 'including one described as an "executive protocol" between the two countries\' defence ministries concerning government procurement from defence industries, according to Kuwaiti state media.'
};

MATCH (a:Entity {id: 'agreement-executive-protocol-defence-procurement-2024'}), (b:Entity {id: 'source-alqabas-turkish-ambassador-interview'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['معيدة إلى الأذهان الزيارة التي قام بها سمو أمير البلاد الشيخ مشعل الأحمد إلى تركيا في مايو 2024 والتي وصفتها بـ «المثمرة للغاية»، حيث تم خلالها توقيع بروتوكول بيع حكومي - حكومي بين البلدين.'],
  quotesEn: ['recalling the visit by His Highness the Emir of the country, Sheikh Meshal Al-Ahmad, to Turkey in May 2024, which she described as "very fruitful", during which a government-to-government sale protocol was signed between the two countries.'],
  quote: 'معيدة إلى الأذهان الزيارة التي قام بها سمو أمير البلاد الشيخ مشعل الأحمد إلى تركيا في مايو 2024 والتي وصفتها بـ «المثمرة للغاية»، حيث تم خلالها توقيع بروتوكول بيع حكومي - حكومي بين البلدين.',
  quoteEn: 'recalling the visit by His Highness the Emir of the country, Sheikh Meshal Al-Ahmad, to Turkey in May 2024, which she described as "very fruitful", during which a government-to-government sale protocol was signed between the two countries.'
};

MATCH (a:Entity {id: 'agreement-kuwait-tb2-contract-2023'}), (b:Entity {id: 'source-political-keys-kuwait-turkey-defence-agreement'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['وفي سياق متصل، تعاقدت الكويت مع تركيا عام 2023 لشراء الطائرة التركية الشهيرة Bayraktar TB2 – والتي اشتهرت في أوكرانيا – في عقد بقيمة 367 مليون دولار.'],
  quotesEn: ['In a related context, Kuwait contracted with Turkey in 2023 to buy the famous Turkish aircraft Bayraktar TB2 – which became famous in Ukraine – in a contract worth 367 million dollars.'],
  quote: 'وفي سياق متصل، تعاقدت الكويت مع تركيا عام 2023 لشراء الطائرة التركية الشهيرة Bayraktar TB2 – والتي اشتهرت في أوكرانيا – في عقد بقيمة 367 مليون دولار.',
  quoteEn: 'In a related context, Kuwait contracted with Turkey in 2023 to buy the famous Turkish aircraft Bayraktar TB2 – which became famous in Ukraine – in a contract worth 367 million dollars.'
};

MATCH (a:Entity {id: 'agreement-gendarmerie-national-guard-protocol-2025-03-25'}), (b:Entity {id: 'source-alqabas-turkish-ambassador-interview'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['وأشارت سونمز إلى أنه سبق أن تم في 25 مارس 2025 توقيع أول بروتوكول مماثل بين الجانبين، وأن الاتفاقية الجديدة التي وُقعت مؤخرًا تُظهر بوضوح الإرادة المشتركة لدى الطرفين لتعزيز تبادل الخبرات في المجال الأمني.'],
  quotesEn: ['Sönmez pointed out that a first, similar protocol had already been signed between the two sides on 25 March 2025, and that the new agreement signed recently clearly shows the shared will of both parties to strengthen the exchange of expertise in the security field.'],
  quote: 'وأشارت سونمز إلى أنه سبق أن تم في 25 مارس 2025 توقيع أول بروتوكول مماثل بين الجانبين، وأن الاتفاقية الجديدة التي وُقعت مؤخرًا تُظهر بوضوح الإرادة المشتركة لدى الطرفين لتعزيز تبادل الخبرات في المجال الأمني.',
  quoteEn: 'Sönmez pointed out that a first, similar protocol had already been signed between the two sides on 25 March 2025, and that the new agreement signed recently clearly shows the shared will of both parties to strengthen the exchange of expertise in the security field.'
};

MATCH (a:Entity {id: 'agreement-gendarmerie-national-guard-training-education-protocol-2025'}), (b:Entity {id: 'source-alqabas-turkish-ambassador-interview'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['ذكرت السفيرة التركية أن توقيع البروتوكول الأخير بين وزارة الداخلية التركية (قيادة الدرك العام) والحرس الوطني الكويتي، بشأن «التعاون في مجالي التدريب والتعليم»، يُمثّل خطوة جديدة ومهمة نحو تعزيز التعاون في مجالي الدفاع والأمن بين البلدين.'],
  quotesEn: ['The Turkish ambassador said that the signing of the latest protocol between the Turkish Interior Ministry (Gendarmerie General Command) and the Kuwait National Guard, on "cooperation in training and education", represents a new and important step towards strengthening defence and security cooperation between the two countries.'],
  quote: 'ذكرت السفيرة التركية أن توقيع البروتوكول الأخير بين وزارة الداخلية التركية (قيادة الدرك العام) والحرس الوطني الكويتي، بشأن «التعاون في مجالي التدريب والتعليم»، يُمثّل خطوة جديدة ومهمة نحو تعزيز التعاون في مجالي الدفاع والأمن بين البلدين.',
  quoteEn: 'The Turkish ambassador said that the signing of the latest protocol between the Turkish Interior Ministry (Gendarmerie General Command) and the Kuwait National Guard, on "cooperation in training and education", represents a new and important step towards strengthening defence and security cooperation between the two countries.'
};

MATCH (a:Entity {id: 'agreement-future-kuwait-turkey-security-defence-agreements'}), (b:Entity {id: 'source-alqabas-turkish-ambassador-interview'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['كشفت لـ القبس عن وجود اتفاقيات مستقبلية قيد التفاوض مع الكويت في مجالي الأمن والدفاع'],
  quotesEn: ['she revealed to Al-Qabas that future agreements with Kuwait in the fields of security and defence are under negotiation'],
  quote: 'كشفت لـ القبس عن وجود اتفاقيات مستقبلية قيد التفاوض مع الكويت في مجالي الأمن والدفاع',
  quoteEn: 'she revealed to Al-Qabas that future agreements with Kuwait in the fields of security and defence are under negotiation'
};

MATCH (a:Entity {id: 'event-emir-visit-turkey-2024-05'}), (b:Entity {id: 'source-political-keys-kuwait-turkey-defence-agreement'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['الجدير بالذكر أنه في الأسبوع الماضي، التقى أمير الكويت الشيخ مشعل الأحمد الجابر الصباح مع الرئيس التركي رجب طيب أردوغان، حيث أشرف الزعيمان على توقيع العديد من الاتفاقيات'],
  quotesEn: ['It is worth noting that last week the Emir of Kuwait, Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah, met Turkish President Recep Tayyip Erdoğan, where the two leaders oversaw the signing of several agreements'],
  quote: 'الجدير بالذكر أنه في الأسبوع الماضي، التقى أمير الكويت الشيخ مشعل الأحمد الجابر الصباح مع الرئيس التركي رجب طيب أردوغان، حيث أشرف الزعيمان على توقيع العديد من الاتفاقيات',
  quoteEn: 'It is worth noting that last week the Emir of Kuwait, Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah, met Turkish President Recep Tayyip Erdoğan, where the two leaders oversaw the signing of several agreements'
};

MATCH (a:Entity {id: 'event-emir-visit-turkey-2024-05'}), (b:Entity {id: 'source-alqabas-turkish-ambassador-interview'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['معيدة إلى الأذهان الزيارة التي قام بها سمو أمير البلاد الشيخ مشعل الأحمد إلى تركيا في مايو 2024 والتي وصفتها بـ «المثمرة للغاية»، حيث تم خلالها توقيع بروتوكول بيع حكومي - حكومي بين البلدين.'],
  quotesEn: ['recalling the visit by His Highness the Emir of the country, Sheikh Meshal Al-Ahmad, to Turkey in May 2024, which she described as "very fruitful", during which a government-to-government sale protocol was signed between the two countries.'],
  quote: 'معيدة إلى الأذهان الزيارة التي قام بها سمو أمير البلاد الشيخ مشعل الأحمد إلى تركيا في مايو 2024 والتي وصفتها بـ «المثمرة للغاية»، حيث تم خلالها توقيع بروتوكول بيع حكومي - حكومي بين البلدين.',
  quoteEn: 'recalling the visit by His Highness the Emir of the country, Sheikh Meshal Al-Ahmad, to Turkey in May 2024, which she described as "very fruitful", during which a government-to-government sale protocol was signed between the two countries.'
};

MATCH (a:Entity {id: 'event-political-consultations-ankara-2025-04'}), (b:Entity {id: 'source-alqabas-turkish-ambassador-interview'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['«في أبريل الماضي، أتيحت لنا الفرصة لمناقشة القضايا الثنائية والإقليمية خلال اجتماع المشاورات السياسية الذي عُقد في أنقرة»'],
  quotesEn: ['"Last April, we had the opportunity to discuss bilateral and regional issues during the political consultations meeting held in Ankara"'],
  quote: '«في أبريل الماضي، أتيحت لنا الفرصة لمناقشة القضايا الثنائية والإقليمية خلال اجتماع المشاورات السياسية الذي عُقد في أنقرة»',
  quoteEn: '"Last April, we had the opportunity to discuss bilateral and regional issues during the political consultations meeting held in Ankara"'
};

MATCH (a:Entity {id: 'event-turkish-chief-of-general-staff-visit-kuwait-2025-01'}), (b:Entity {id: 'source-alqabas-turkish-ambassador-interview'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['مستذكرة الزيارة الرسمية التي قام بها رئيس الأركان التركي مع وفد عسكري رفيع المستوى إلى الكويت في يناير 2025.'],
  quotesEn: ['recalling the official visit by the Turkish Chief of General Staff, with a high-level military delegation, to Kuwait in January 2025.'],
  quote: 'مستذكرة الزيارة الرسمية التي قام بها رئيس الأركان التركي مع وفد عسكري رفيع المستوى إلى الكويت في يناير 2025.',
  quoteEn: 'recalling the official visit by the Turkish Chief of General Staff, with a high-level military delegation, to Kuwait in January 2025.'
};

MATCH (a:Entity {id: 'event-fiep-summit-antalya-2018'}), (b:Entity {id: 'source-alqabas-turkish-ambassador-interview'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['ثم تم قبوله كعضو كامل خلال قمة المنظمة التي استضافتها قيادة الدرك العام التركية في أنطاليا بين 22 - 25 أكتوبر 2018'],
  quotesEn: ['then it was accepted as a full member during the organisation\'s summit hosted by the Turkish Gendarmerie General Command in Antalya on 22 - 25 October 2018'],
  quote: 'ثم تم قبوله كعضو كامل خلال قمة المنظمة التي استضافتها قيادة الدرك العام التركية في أنطاليا بين 22 - 25 أكتوبر 2018',
  quoteEn: 'then it was accepted as a full member during the organisation\'s summit hosted by the Turkish Gendarmerie General Command in Antalya on 22 - 25 October 2018'
};

MATCH (a:Entity {id: 'training-search-and-rescue-natural-disasters'}), (b:Entity {id: 'source-alqabas-turkish-ambassador-interview'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['ففي إطار البروتوكول الأول، تم بالفعل تنفيذ دورة «البحث والإنقاذ في الكوارث الطبيعية» ودورة «العمليات الخاصة».'],
  quotesEn: ['under the first protocol, the "Search and rescue in natural disasters" course and the "Special operations" course have already been carried out.'],
  quote: 'ففي إطار البروتوكول الأول، تم بالفعل تنفيذ دورة «البحث والإنقاذ في الكوارث الطبيعية» ودورة «العمليات الخاصة».',
  quoteEn: 'under the first protocol, the "Search and rescue in natural disasters" course and the "Special operations" course have already been carried out.'
};

MATCH (a:Entity {id: 'training-special-operations'}), (b:Entity {id: 'source-alqabas-turkish-ambassador-interview'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['ففي إطار البروتوكول الأول، تم بالفعل تنفيذ دورة «البحث والإنقاذ في الكوارث الطبيعية» ودورة «العمليات الخاصة».'],
  quotesEn: ['under the first protocol, the "Search and rescue in natural disasters" course and the "Special operations" course have already been carried out.'],
  quote: 'ففي إطار البروتوكول الأول، تم بالفعل تنفيذ دورة «البحث والإنقاذ في الكوارث الطبيعية» ودورة «العمليات الخاصة».',
  quoteEn: 'under the first protocol, the "Search and rescue in natural disasters" course and the "Special operations" course have already been carried out.'
};

MATCH (a:Entity {id: 'training-intelligence-internal-security'}), (b:Entity {id: 'source-alqabas-turkish-ambassador-interview'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['سيُقدّمها الجانب التركي لعناصر الحرس الوطني الكويتي، قالت سونمز: نخطط لتبادل المعرفة والخبرات في العديد من المجالات، ومنها: التدريب على البحث والإنقاذ في الكوارث الطبيعية، العمليات الخاصة، الاستخبارات والأمن الداخلي، بالإضافة إلى التدريب على الصيانة والإصلاح، والتدريب على الطيران.'],
  quotesEn: ['[the training programmes] that the Turkish side will provide to Kuwait National Guard personnel, Sönmez said: we plan to exchange knowledge and expertise in many fields, including search and rescue training in natural disasters, special operations, intelligence and internal security, as well as maintenance and repair training, and aviation training.'],
  quote: 'سيُقدّمها الجانب التركي لعناصر الحرس الوطني الكويتي، قالت سونمز: نخطط لتبادل المعرفة والخبرات في العديد من المجالات، ومنها: التدريب على البحث والإنقاذ في الكوارث الطبيعية، العمليات الخاصة، الاستخبارات والأمن الداخلي، بالإضافة إلى التدريب على الصيانة والإصلاح، والتدريب على الطيران.',
  quoteEn: '[the training programmes] that the Turkish side will provide to Kuwait National Guard personnel, Sönmez said: we plan to exchange knowledge and expertise in many fields, including search and rescue training in natural disasters, special operations, intelligence and internal security, as well as maintenance and repair training, and aviation training.'
};

MATCH (a:Entity {id: 'training-maintenance-and-repair'}), (b:Entity {id: 'source-alqabas-turkish-ambassador-interview'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['سيُقدّمها الجانب التركي لعناصر الحرس الوطني الكويتي، قالت سونمز: نخطط لتبادل المعرفة والخبرات في العديد من المجالات، ومنها: التدريب على البحث والإنقاذ في الكوارث الطبيعية، العمليات الخاصة، الاستخبارات والأمن الداخلي، بالإضافة إلى التدريب على الصيانة والإصلاح، والتدريب على الطيران.'],
  quotesEn: ['[the training programmes] that the Turkish side will provide to Kuwait National Guard personnel, Sönmez said: we plan to exchange knowledge and expertise in many fields, including search and rescue training in natural disasters, special operations, intelligence and internal security, as well as maintenance and repair training, and aviation training.'],
  quote: 'سيُقدّمها الجانب التركي لعناصر الحرس الوطني الكويتي، قالت سونمز: نخطط لتبادل المعرفة والخبرات في العديد من المجالات، ومنها: التدريب على البحث والإنقاذ في الكوارث الطبيعية، العمليات الخاصة، الاستخبارات والأمن الداخلي، بالإضافة إلى التدريب على الصيانة والإصلاح، والتدريب على الطيران.',
  quoteEn: '[the training programmes] that the Turkish side will provide to Kuwait National Guard personnel, Sönmez said: we plan to exchange knowledge and expertise in many fields, including search and rescue training in natural disasters, special operations, intelligence and internal security, as well as maintenance and repair training, and aviation training.'
};

MATCH (a:Entity {id: 'training-aviation'}), (b:Entity {id: 'source-alqabas-turkish-ambassador-interview'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['سيُقدّمها الجانب التركي لعناصر الحرس الوطني الكويتي، قالت سونمز: نخطط لتبادل المعرفة والخبرات في العديد من المجالات، ومنها: التدريب على البحث والإنقاذ في الكوارث الطبيعية، العمليات الخاصة، الاستخبارات والأمن الداخلي، بالإضافة إلى التدريب على الصيانة والإصلاح، والتدريب على الطيران.'],
  quotesEn: ['[the training programmes] that the Turkish side will provide to Kuwait National Guard personnel, Sönmez said: we plan to exchange knowledge and expertise in many fields, including search and rescue training in natural disasters, special operations, intelligence and internal security, as well as maintenance and repair training, and aviation training.'],
  quote: 'سيُقدّمها الجانب التركي لعناصر الحرس الوطني الكويتي، قالت سونمز: نخطط لتبادل المعرفة والخبرات في العديد من المجالات، ومنها: التدريب على البحث والإنقاذ في الكوارث الطبيعية، العمليات الخاصة، الاستخبارات والأمن الداخلي، بالإضافة إلى التدريب على الصيانة والإصلاح، والتدريب على الطيران.',
  quoteEn: '[the training programmes] that the Turkish side will provide to Kuwait National Guard personnel, Sönmez said: we plan to exchange knowledge and expertise in many fields, including search and rescue training in natural disasters, special operations, intelligence and internal security, as well as maintenance and repair training, and aviation training.'
};

MATCH (a:Entity {id: 'training-cyber-security'}), (b:Entity {id: 'source-alqabas-turkish-ambassador-interview'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['ورداً على سؤال عما إذا كان التعاون يشمل مجالات مثل الأمن السيبراني والاستجابة للكوارث، قالت: نعم، إذ يتضمن «الدليل الدولي للتدريب» هذه المجالات أيضًا'],
  quotesEn: ['Asked whether the cooperation includes areas such as cyber security and disaster response, she said: yes, the "International Training Guide" also includes these areas'],
  quote: 'ورداً على سؤال عما إذا كان التعاون يشمل مجالات مثل الأمن السيبراني والاستجابة للكوارث، قالت: نعم، إذ يتضمن «الدليل الدولي للتدريب» هذه المجالات أيضًا',
  quoteEn: 'Asked whether the cooperation includes areas such as cyber security and disaster response, she said: yes, the "International Training Guide" also includes these areas'
};

MATCH (a:Entity {id: 'training-disaster-response'}), (b:Entity {id: 'source-alqabas-turkish-ambassador-interview'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['ورداً على سؤال عما إذا كان التعاون يشمل مجالات مثل الأمن السيبراني والاستجابة للكوارث، قالت: نعم، إذ يتضمن «الدليل الدولي للتدريب» هذه المجالات أيضًا'],
  quotesEn: ['Asked whether the cooperation includes areas such as cyber security and disaster response, she said: yes, the "International Training Guide" also includes these areas'],
  quote: 'ورداً على سؤال عما إذا كان التعاون يشمل مجالات مثل الأمن السيبراني والاستجابة للكوارث، قالت: نعم، إذ يتضمن «الدليل الدولي للتدريب» هذه المجالات أيضًا',
  quoteEn: 'Asked whether the cooperation includes areas such as cyber security and disaster response, she said: yes, the "International Training Guide" also includes these areas'
};

MATCH (a:Entity {id: 'training-international-training-guide'}), (b:Entity {id: 'source-alqabas-turkish-ambassador-interview'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['وأشارت إلى أن موضوعات التدريب تم اختيارها استنادًا إلى «الدليل الدولي للتدريب» الذي تنشره قيادة الدرك العام التركية سنويًا'],
  quotesEn: ['She indicated that the training topics were chosen on the basis of the "International Training Guide", which the Turkish Gendarmerie General Command publishes every year'],
  quote: 'وأشارت إلى أن موضوعات التدريب تم اختيارها استنادًا إلى «الدليل الدولي للتدريب» الذي تنشره قيادة الدرك العام التركية سنويًا',
  quoteEn: 'She indicated that the training topics were chosen on the basis of the "International Training Guide", which the Turkish Gendarmerie General Command publishes every year'
};

MATCH (a:Entity {id: 'product-bayraktar-tb2'}), (b:Entity {id: 'source-political-keys-kuwait-turkey-defence-agreement'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['وفي سياق متصل، تعاقدت الكويت مع تركيا عام 2023 لشراء الطائرة التركية الشهيرة Bayraktar TB2 – والتي اشتهرت في أوكرانيا – في عقد بقيمة 367 مليون دولار.'],
  quotesEn: ['In a related context, Kuwait contracted with Turkey in 2023 to buy the famous Turkish aircraft Bayraktar TB2 – which became famous in Ukraine – in a contract worth 367 million dollars.'],
  quote: 'وفي سياق متصل، تعاقدت الكويت مع تركيا عام 2023 لشراء الطائرة التركية الشهيرة Bayraktar TB2 – والتي اشتهرت في أوكرانيا – في عقد بقيمة 367 مليون دولار.',
  quoteEn: 'In a related context, Kuwait contracted with Turkey in 2023 to buy the famous Turkish aircraft Bayraktar TB2 – which became famous in Ukraine – in a contract worth 367 million dollars.'
};

MATCH (a:Entity {id: 'product-naval-systems'}), (b:Entity {id: 'source-alqabas-turkish-ambassador-interview'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['قطاع الدفاع التركي يتمتع بمحفظة متنوعة من الأنظمة البحرية وأجهزة محاكاة التدريب، وتقنيات المراقبة، والحلول الدفاعية المُتكاملة'],
  quotesEn: ['the Turkish defence sector has a diverse portfolio of naval systems and training simulators, surveillance technologies and integrated defence solutions'],
  quote: 'قطاع الدفاع التركي يتمتع بمحفظة متنوعة من الأنظمة البحرية وأجهزة محاكاة التدريب، وتقنيات المراقبة، والحلول الدفاعية المُتكاملة',
  quoteEn: 'the Turkish defence sector has a diverse portfolio of naval systems and training simulators, surveillance technologies and integrated defence solutions'
};

MATCH (a:Entity {id: 'product-training-simulators'}), (b:Entity {id: 'source-alqabas-turkish-ambassador-interview'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['قطاع الدفاع التركي يتمتع بمحفظة متنوعة من الأنظمة البحرية وأجهزة محاكاة التدريب، وتقنيات المراقبة، والحلول الدفاعية المُتكاملة'],
  quotesEn: ['the Turkish defence sector has a diverse portfolio of naval systems and training simulators, surveillance technologies and integrated defence solutions'],
  quote: 'قطاع الدفاع التركي يتمتع بمحفظة متنوعة من الأنظمة البحرية وأجهزة محاكاة التدريب، وتقنيات المراقبة، والحلول الدفاعية المُتكاملة',
  quoteEn: 'the Turkish defence sector has a diverse portfolio of naval systems and training simulators, surveillance technologies and integrated defence solutions'
};

MATCH (a:Entity {id: 'product-surveillance-technologies'}), (b:Entity {id: 'source-alqabas-turkish-ambassador-interview'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['قطاع الدفاع التركي يتمتع بمحفظة متنوعة من الأنظمة البحرية وأجهزة محاكاة التدريب، وتقنيات المراقبة، والحلول الدفاعية المُتكاملة'],
  quotesEn: ['the Turkish defence sector has a diverse portfolio of naval systems and training simulators, surveillance technologies and integrated defence solutions'],
  quote: 'قطاع الدفاع التركي يتمتع بمحفظة متنوعة من الأنظمة البحرية وأجهزة محاكاة التدريب، وتقنيات المراقبة، والحلول الدفاعية المُتكاملة',
  quoteEn: 'the Turkish defence sector has a diverse portfolio of naval systems and training simulators, surveillance technologies and integrated defence solutions'
};

MATCH (a:Entity {id: 'product-integrated-defence-solutions'}), (b:Entity {id: 'source-alqabas-turkish-ambassador-interview'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['قطاع الدفاع التركي يتمتع بمحفظة متنوعة من الأنظمة البحرية وأجهزة محاكاة التدريب، وتقنيات المراقبة، والحلول الدفاعية المُتكاملة'],
  quotesEn: ['the Turkish defence sector has a diverse portfolio of naval systems and training simulators, surveillance technologies and integrated defence solutions'],
  quote: 'قطاع الدفاع التركي يتمتع بمحفظة متنوعة من الأنظمة البحرية وأجهزة محاكاة التدريب، وتقنيات المراقبة، والحلول الدفاعية المُتكاملة',
  quoteEn: 'the Turkish defence sector has a diverse portfolio of naval systems and training simulators, surveillance technologies and integrated defence solutions'
};

MATCH (a:Entity {id: 'place-ankara'}), (b:Entity {id: 'source-political-keys-kuwait-turkey-defence-agreement'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['بينما تمنح أنقرة موطئ قدم آخر في منطقة الخليج'],
  quotesEn: ['while giving Ankara another foothold in the Gulf region'],
  quote: 'بينما تمنح أنقرة موطئ قدم آخر في منطقة الخليج',
  quoteEn: 'while giving Ankara another foothold in the Gulf region'
};

MATCH (a:Entity {id: 'place-ankara'}), (b:Entity {id: 'source-alqabas-turkish-ambassador-interview'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['«في أبريل الماضي، أتيحت لنا الفرصة لمناقشة القضايا الثنائية والإقليمية خلال اجتماع المشاورات السياسية الذي عُقد في أنقرة»'],
  quotesEn: ['"Last April, we had the opportunity to discuss bilateral and regional issues during the political consultations meeting held in Ankara"'],
  quote: '«في أبريل الماضي، أتيحت لنا الفرصة لمناقشة القضايا الثنائية والإقليمية خلال اجتماع المشاورات السياسية الذي عُقد في أنقرة»',
  quoteEn: '"Last April, we had the opportunity to discuss bilateral and regional issues during the political consultations meeting held in Ankara"'
};

MATCH (a:Entity {id: 'place-antalya'}), (b:Entity {id: 'source-alqabas-turkish-ambassador-interview'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['ثم تم قبوله كعضو كامل خلال قمة المنظمة التي استضافتها قيادة الدرك العام التركية في أنطاليا بين 22 - 25 أكتوبر 2018'],
  quotesEn: ['then it was accepted as a full member during the organisation\'s summit hosted by the Turkish Gendarmerie General Command in Antalya on 22 - 25 October 2018'],
  quote: 'ثم تم قبوله كعضو كامل خلال قمة المنظمة التي استضافتها قيادة الدرك العام التركية في أنطاليا بين 22 - 25 أكتوبر 2018',
  quoteEn: 'then it was accepted as a full member during the organisation\'s summit hosted by the Turkish Gendarmerie General Command in Antalya on 22 - 25 October 2018'
};

MATCH (a:Entity {id: 'place-gulf-region'}), (b:Entity {id: 'source-political-keys-kuwait-turkey-defence-agreement'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['فإنّ الاتفاقية الموقعة ستساعد الدولة الخليجية الصغيرة على تجهيز وتدريب قواتها المسلحة بشكل أفضل، بينما تمنح أنقرة موطئ قدم آخر في منطقة الخليج.'],
  quotesEn: ['the signed agreement will help the small Gulf state better equip and train its armed forces, while giving Ankara another foothold in the Gulf region.'],
  quote: 'فإنّ الاتفاقية الموقعة ستساعد الدولة الخليجية الصغيرة على تجهيز وتدريب قواتها المسلحة بشكل أفضل، بينما تمنح أنقرة موطئ قدم آخر في منطقة الخليج.',
  quoteEn: 'the signed agreement will help the small Gulf state better equip and train its armed forces, while giving Ankara another foothold in the Gulf region.'
};

MATCH (a:Entity {id: 'place-gulf-region'}), (b:Entity {id: 'source-alqabas-turkish-ambassador-interview'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-alqabas-turkish-ambassador-interview'],
  quotes: ['الكويت تُعد من أوثق شركاء تركيا في منطقة الخليج'],
  quotesEn: ['Kuwait is one of Turkey\'s closest partners in the Gulf region'],
  quote: 'الكويت تُعد من أوثق شركاء تركيا في منطقة الخليج',
  quoteEn: 'Kuwait is one of Turkey\'s closest partners in the Gulf region'
};

MATCH (a:Entity {id: 'place-middle-east'}), (b:Entity {id: 'source-political-keys-kuwait-turkey-defence-agreement'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['وهذا مهم بشكل خاص بالنظر إلى تصاعد التهديد الإيراني في الشرق الأوسط.'],
  quotesEn: ['This is especially important given the rising Iranian threat in the Middle East.'],
  quote: 'وهذا مهم بشكل خاص بالنظر إلى تصاعد التهديد الإيراني في الشرق الأوسط.',
  quoteEn: 'This is especially important given the rising Iranian threat in the Middle East.'
};

MATCH (a:Entity {id: 'place-mena'}), (b:Entity {id: 'source-political-keys-kuwait-turkey-defence-agreement'})
MERGE (a)-[r:MENTIONED_IN]->(b)
SET r += {
  sources: ['source-political-keys-kuwait-turkey-defence-agreement'],
  quotes: ['إن تعميق علاقاتها الثنائية وتوسيع حضورها العسكري في سوق الشرق الأوسط وشمال إفريقيا / الخليج يساعد أنقرة أيضًا على تنويع شراكاتها الإقليمية وتوسيع صادراتها الدفاعية.'],
  quotesEn: ['Deepening its bilateral relations and expanding its military presence in the Middle East and North Africa / Gulf market also helps Ankara diversify its regional partnerships and expand its defence exports.'],
  quote: 'إن تعميق علاقاتها الثنائية وتوسيع حضورها العسكري في سوق الشرق الأوسط وشمال إفريقيا / الخليج يساعد أنقرة أيضًا على تنويع شراكاتها الإقليمية وتوسيع صادراتها الدفاعية.',
  quoteEn: 'Deepening its bilateral relations and expanding its military presence in the Middle East and North Africa / Gulf market also helps Ankara diversify its regional partnerships and expand its defence exports.'
};

