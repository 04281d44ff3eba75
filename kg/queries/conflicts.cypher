// Conflicts: a single-holder post reported with two or more holders on the same date, one row per post and date (used by kg stats; `kg explain POST` gives the sentences).
MATCH (p:Person)-[h:HOLDS]->(r:Role)
WHERE r.single_holder = true
WITH r, h.date AS date, collect(p.name) AS names  // DISTINCT only where two or more edges meet: it was most of the time
WHERE size(names) > 1
UNWIND names AS name
WITH r, date, collect(DISTINCT name) AS holders
WHERE size(holders) > 1
RETURN r.name AS role, r.org AS org, date, holders
ORDER BY date, role
