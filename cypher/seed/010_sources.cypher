// Sources: the two Arabic articles the graph is built from.
// Idempotent: every statement is a MERGE keyed on :Entity(id), or on its two endpoints, followed by SET.

MERGE (s:Entity {id: 'source-political-keys-kuwait-turkey-defence-agreement'})
SET s:Source, s += {
  name: 'To "strengthen military capabilities and deepen regional relations"… Kuwait and Turkey sign a "defence cooperation" agreement',
  nameAr: 'لـ”تعزيز القدرات العسكرية وتعميق العلاقات الإقليمية”… الكويت وتركيا توقعان اتفاقية “تعاون دفاعي”',
  aliases: ['Political Keys article on the Kuwait–Turkey defence cooperation agreement', 'بوليتكال كيز'],
  publication: 'Political Keys',
  publicationAr: 'بوليتكال كيز',
  title: 'To "strengthen military capabilities and deepen regional relations"… Kuwait and Turkey sign a "defence cooperation" agreement',
  titleAr: 'لـ”تعزيز القدرات العسكرية وتعميق العلاقات الإقليمية”… الكويت وتركيا توقعان اتفاقية “تعاون دفاعي”',
  language: 'ar',
  date: '2024',
  datePrecision: 'year',
  dateNote: 'The article carries no date. It says the Emir of Kuwait met President Erdoğan "last week" (في الأسبوع الماضي), and Al-Qabas dates the Emir\'s visit to Turkey, during which the same executive protocol was signed, to May 2024. The article was therefore most likely published in late May or June 2024. As the month cannot be fixed, only the year is given.',
  file: 'data/sources/political-keys-kuwait-turkey-defence-agreement.txt',
  aliasesText: 'Political Keys article on the Kuwait–Turkey defence cooperation agreement | بوليتكال كيز',
  searchText: 'to "strengthen military capabilities and deepen regional relations"… kuwait and turkey sign a "defence cooperation" agreement | ل”تعزيز القدرات العسكريه وتعميق العلاقات الاقليميه”… الكويت وتركيا توقعان اتفاقيه “تعاون دفاعي” | political keys article on the kuwait–turkey defence cooperation agreement | بوليتكال كيز',
  description: 'Political Keys news report (Arabic, undated, 2024) on a new Kuwait–Turkey defence cooperation agreement, the 2023 TB2 contract and the executive protocol signed when the Emir met President Erdoğan.'
};

MERGE (s:Entity {id: 'source-alqabas-turkish-ambassador-interview'})
SET s:Source, s += {
  name: 'Turkish ambassador to Al-Qabas: new defence agreements under negotiation with Kuwait',
  nameAr: 'السفيرة التركية لـ القبس: اتفاقيات دفاعية جديدة قيد التفاوض مع الكويت',
  aliases: ['Al-Qabas interview with the Turkish ambassador', 'جريدة القبس', 'مي السكري'],
  publication: 'Al-Qabas',
  publicationAr: 'جريدة القبس',
  title: 'Turkish ambassador to Al-Qabas: new defence agreements under negotiation with Kuwait',
  titleAr: 'السفيرة التركية لـ القبس: اتفاقيات دفاعية جديدة قيد التفاوض مع الكويت',
  language: 'ar',
  author: 'Mai Al-Sukkari',
  authorAr: 'مي السكري',
  url: 'alqabas.com',
  date: '2025',
  datePrecision: 'year',
  dateNote: 'The interview is undated. It mentions a first protocol signed on 25 March 2025, a second protocol signed "recently" after it, courses already delivered under the first protocol and a visit in January 2025, so it was most likely published in 2025, after April (the ambassador speaks of "last April" as past). No month can be fixed.',
  note: 'The text was captured through the news aggregator klyoum.com, whose name and tagline appear in the file, and credits جريدة القبس الإلكتروني | alqabas.com as its source. The English transliteration of the author\'s name is ours.',
  file: 'data/sources/alqabas-turkish-ambassador-interview.txt',
  aliasesText: 'Al-Qabas interview with the Turkish ambassador | جريدة القبس | مي السكري',
  searchText: 'turkish ambassador to al-qabas: new defence agreements under negotiation with kuwait | السفيره التركيه ل القبس: اتفاقيات دفاعيه جديده قيد التفاوض مع الكويت | al-qabas interview with the turkish ambassador | جريده القبس | مي السكري',
  description: 'Al-Qabas interview (Arabic, undated, 2025) by Mai Al-Sukkari with Turkey\'s ambassador to Kuwait, Tuba Nur Sönmez, on defence and security cooperation.'
};

