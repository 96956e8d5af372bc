// @title Who signed what with whom
// @description Every agreement, protocol and contract with its parties (and their roles), the leaders who oversaw the signing, its status and date. Optionally only one status: signed, under_negotiation or planned.
// @param status:enum(signed|under_negotiation|planned)=null
// @title:ar من وقّع ماذا مع من
// @description:ar كل اتفاقية وبروتوكول وعقد مع أطرافه (وأدوارهم)، والقادة الذين رعوا التوقيع، وحالته وتاريخه. اختيارياً حالة واحدة فقط: موقّعة أو قيد التفاوض أو مخطط لها.
// @param:ar status الحالة
MATCH (a:Agreement)
WHERE $status IS NULL OR a.status = $status
OPTIONAL MATCH (party:Entity)-[pt:PARTY_TO]->(a)
WITH a, collect(party.name + coalesce(' (' + pt.role + ')', '')) AS parties, collect(pt) AS partyEdges, collect(party) AS partyNodes
OPTIONAL MATCH (leader:Person)-[ov:OVERSAW]->(a)
RETURN a.name AS agreement, a.nameAr AS agreementAr, a.kind AS kind, a.status AS status, a.date AS date,
       parties, collect(leader.name) AS oversawBy, a, partyNodes, partyEdges, collect(leader) AS leaders, collect(ov) AS oversight
ORDER BY coalesce(a.date, '9999'), a.id
