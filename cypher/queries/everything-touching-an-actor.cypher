// @title Everything touching an actor
// @description Every fact that involves one node (person, country, organisation, agreement…): the relationship, the node at the other end and the quote that states it. Provenance edges (MENTIONED_IN) are left out.
// @param actor:nodeId=country-kuwait
// @title:ar كل ما يخص طرفاً
// @description:ar كل واقعة تشمل عقدة واحدة (شخص أو دولة أو جهة أو اتفاقية…): العلاقة، والعقدة في الطرف الآخر، والاقتباس الذي ينص عليها. تُستبعد علاقات المصدر (ورد في).
// @param:ar actor الطرف
MATCH (n:Entity {id: $actor})-[r]-(other:Entity)
WHERE type(r) <> 'MENTIONED_IN'
RETURN type(r) AS relationship,
       CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction,
       other.name AS otherName, other.nameAr AS otherNameAr, r.quoteEn AS quoteEn, r.quote AS quote, r.sources AS sources,
       n, r, other
ORDER BY relationship, otherName
