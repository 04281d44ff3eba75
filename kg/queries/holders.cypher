// Who holds the posts of a satker (or another organization), with the span of dates each holder was seen.
// @param satker (name): name, alias or id of the satker, e.g. "KPU Provinsi NTT"
MATCH (:Name {key: $satker})-[:NAMES]->(s:Satker|Organization)
WITH s
MATCH (p:Person)-[h:HOLDS]->(r:Role)-[:OF]->(s)
RETURN s.name AS satker, r.name AS role, p.name AS person,
       min(h.first_seen) AS first_seen, max(h.last_seen) AS last_seen, count(h) AS articles
ORDER BY satker, role, person
