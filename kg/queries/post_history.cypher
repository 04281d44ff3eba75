// The holders of one post over time: who was seen in it, first and last date, oldest first.
// @param role (name): title of the post or the role id, e.g. "Ketua" or "role:kpu-ri/ketua"
// @param satker (name, default *): name, alias or id of its organization; * for any
MATCH (:Name {key: $role})-[:NAMES]->(r:Role)-[:OF]->(s)
WHERE $satker = '*' OR EXISTS { MATCH (:Name {key: $satker})-[:NAMES]->(s) }
WITH r, s
MATCH (p:Person)-[h:HOLDS]->(r)
RETURN r.name AS role, s.name AS org, p.name AS person,
       min(h.first_seen) AS first_seen, max(h.last_seen) AS last_seen, count(h) AS articles
ORDER BY first_seen, org, person
