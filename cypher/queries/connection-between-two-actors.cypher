// @title Connection between two actors
// @description All shortest paths (up to 6 hops) between two nodes, without going through the sources (MENTIONED_IN) — e.g. how the Emir of Kuwait is linked to FIEP.
// @param from:nodeId=person-meshal-al-ahmad-al-jaber-al-sabah
// @param to:nodeId=org-fiep
// @title:ar الصلة بين طرفين
// @description:ar كل أقصر المسارات (حتى 6 خطوات) بين عقدتين، من دون المرور بالمصادر (ورد في) — مثلاً كيف يرتبط أمير الكويت بالاتحاد الدولي للصحافة العسكرية FIEP.
// @param:ar from من
// @param:ar to إلى
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = ALL SHORTEST (a) (()-[r WHERE type(r) <> 'MENTIONED_IN']-(x WHERE x = b OR NOT x:Source)){1,6} (b)
RETURN length(p) AS hops,
       [n IN nodes(p) | n.name] AS via,
       [r IN relationships(p) | type(r)] AS relationships,
       p
