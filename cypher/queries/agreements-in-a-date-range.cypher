// @title Agreements in a date range
// @description Agreements whose date falls in the window, oldest first. Dates have the precision the sources give (2018, 2024-05, 2025-03-25); a coarser date counts as its whole period, so 2024 is in a window ending 2024-06-30.
// @param from:date=2023
// @param to:date=2025-12-31
// @title:ar اتفاقيات ضمن مدة زمنية
// @description:ar الاتفاقيات التي يقع تاريخها ضمن المدة، الأقدم أولاً. للتواريخ الدقة التي تذكرها المصادر (سنة أو شهر أو يوم)؛ والتاريخ الأقل دقة يُحسب بكامل مدته، فسنة 2024 تقع ضمن مدة تنتهي في 2024-06-30.
// @param:ar from من تاريخ
// @param:ar to إلى تاريخ
MATCH (a:Agreement)
WHERE a.date IS NOT NULL AND a.date + '~' >= $from AND a.date <= $to + '~'
OPTIONAL MATCH (party:Entity)-[pt:PARTY_TO]->(a)
RETURN a.date AS date, a.datePrecision AS precision, a.name AS agreement, a.status AS status,
       collect(party.name) AS parties, a.dateNote AS dateNote, a, collect(pt) AS partyEdges, collect(party) AS partyNodes
ORDER BY date, a.id
