// Conflicts: two different people reported in a single-holder post on the same date (used by kg stats).
MATCH (p1:Person)-[h1:HOLDS]->(r:Role)<-[h2:HOLDS]-(p2:Person)
WHERE r.single_holder = true AND p1.id < p2.id AND h1.date = h2.date
RETURN r.name AS role, r.org AS org, h1.date AS date, p1.name AS holder_1, p2.name AS holder_2,
       h1.article AS article_1, h2.article AS article_2
ORDER BY date, role, holder_1, holder_2
