// The posts a person has held, in which organization, and when each was seen.
// @param person (name): name, alias or id of the person, e.g. "Reni Rinjani"
MATCH (:Name {key: $person})-[:NAMES]->(p:Person)
WITH p
MATCH (p)-[h:HOLDS]->(r:Role)
OPTIONAL MATCH (r)-[:OF]->(o)
RETURN p.name AS person, r.name AS role, o.name AS org,
       min(h.first_seen) AS first_seen, max(h.last_seen) AS last_seen, count(h) AS articles
ORDER BY first_seen, role
