// The satkers that attend the same events as a given one, ranked by how many events they shared.
// @param satker (name): name, alias or id of the satker
// @param limit (int, default 20): how many to list
MATCH (:Name {key: $satker})-[:NAMES]->(s:Satker)
WITH s
MATCH (s)-[:ATTENDED]->(e:Event)<-[:ATTENDED]-(o:Satker)
WHERE o.id <> s.id
RETURN o.name AS satker, count(DISTINCT e) AS events, min(e.date) AS first, max(e.date) AS last
ORDER BY events DESC, satker
LIMIT $limit
