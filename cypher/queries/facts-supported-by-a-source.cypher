// @title Every fact a source supports
// @description Each relationship whose sources list the given article, with the verbatim Arabic quote from that article and its English gloss. Set mentions to true to include the MENTIONED_IN provenance edges as well.
// @param source:nodeId=source-alqabas-turkish-ambassador-interview
// @param mentions:boolean=false
// @title:ar كل واقعة يدعمها مصدر
// @description:ar كل علاقة تذكر مصادرها المقال المحدد، مع الاقتباس العربي الحرفي منه وترجمته الإنجليزية. اجعل «الإشارات» صحيحة لتضمين علاقات «ورد في» أيضاً.
// @param:ar source المصدر
// @param:ar mentions الإشارات
MATCH (a:Entity)-[r]->(b:Entity)
WHERE $source IN r.sources AND ($mentions OR type(r) <> 'MENTIONED_IN')
WITH a, r, b, [i IN range(0, size(r.sources) - 1) WHERE r.sources[i] = $source][0] AS i
RETURN a.name AS subject, type(r) AS relationship, b.name AS object,
       coalesce(r.quotes[i], r.quote) AS quote, coalesce(r.quotesEn[i], r.quoteEn) AS quoteEn, a, r, b
ORDER BY relationship, subject, object
