// @title Training programmes and who delivers them
// @description Each training programme or field, its status (delivered, planned, available), who receives it, who delivers it (the publisher of the International Training Guide it is listed in, and the force that provides training to the trainee) and the agreement it was delivered under.
// @title:ar البرامج التدريبية ومن يقدّمها
// @description:ar كل برنامج أو مجال تدريبي، وحالته (نُفّذ، مخطط له، متاح)، ومن يتلقاه، ومن يقدّمه (ناشر دليل التدريب الدولي المدرج فيه، والقوة التي تدرّب المتدرب) والاتفاقية التي قُدّم بموجبها.
MATCH (t:TrainingProgramme)
WHERE t.kind <> 'catalogue'
OPTIONAL MATCH (t)-[tr:TRAINS]->(trainee:Organization)
OPTIONAL MATCH (t)-[li:LISTED_IN]->(guide:TrainingProgramme)-[pb:PUBLISHED_BY]->(publisher:Organization)
OPTIONAL MATCH (provider:Organization)-[pv:PROVIDES_TRAINING_TO]->(trainee)
OPTIONAL MATCH (agreement:Agreement)-[cov:COVERS]->(t)
RETURN t.name AS programme, t.nameAr AS programmeAr, t.status AS status,
       collect(DISTINCT trainee.name) AS trainees,
       collect(DISTINCT coalesce(provider.name, publisher.name)) AS deliveredBy,
       collect(DISTINCT agreement.name) AS underAgreement,
       t, collect(DISTINCT tr) AS trains, collect(DISTINCT li) AS listed, collect(DISTINCT pb) AS published,
       collect(DISTINCT pv) AS provides, collect(DISTINCT cov) AS covered
ORDER BY status, programme
