// @title Memberships in international organisations
// @description Who is a member of which international organisation, with what status (observer, full) and since when, and the event where membership was granted.
// @title:ar العضوية في المنظمات الدولية
// @description:ar من هو عضو في أي منظمة دولية، وبأي صفة (مراقب أو عضو كامل) ومنذ متى، والحدث الذي مُنحت فيه العضوية.
MATCH (member:Entity)-[m:MEMBER_OF]->(org:Organization)
OPTIONAL MATCH (member)-[adm:ADMITTED_AT]->(event:Event)<-[:CONVENED]-(org)
WHERE adm.status IS NULL OR adm.status = m.status
RETURN member.name AS memberName, org.name AS organisation, org.kind AS kind, m.status AS status, m.since AS since,
       event.name AS admittedAt, m.quoteEn AS quoteEn, m.quote AS quote,
       member, m, org, adm, event
ORDER BY organisation, memberName, since
