// @title Kuwaiti institutions and their Turkish counterparts
// @description Pairs of Kuwaiti and Turkish institutions that work together in a cooperation (COUNTERPART_OF, stored Kuwaiti → Turkish), with the domain and the agreements both are party to.
// @title:ar المؤسسات الكويتية ونظيراتها التركية
// @description:ar أزواج من المؤسسات الكويتية والتركية المتعاونة (نظير، من الكويتية إلى التركية)، مع مجال التعاون والاتفاقيات التي يشترك فيها الطرفان.
MATCH (kw:Organization)-[c:COUNTERPART_OF]->(tr:Organization)
OPTIONAL MATCH (kw)-[:PARTY_TO]->(a:Agreement)<-[:PARTY_TO]-(tr)
RETURN kw.name AS kuwaiti, kw.nameAr AS kuwaitiAr, tr.name AS turkish, tr.nameTr AS turkishTr, c.domain AS domain,
       collect(DISTINCT a.name) AS sharedAgreements, c.quoteEn AS quoteEn, kw, c, tr
ORDER BY kuwaiti
