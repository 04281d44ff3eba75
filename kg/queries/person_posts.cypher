// The posts a person has held, in which organization, and when each was seen.
// @param person: name, alias or id of the person, e.g. "Reni Rinjani"
WITH toLower($person) AS q
MATCH (p:Person)
WHERE p.id = $person OR p.name_lower = q OR any(a IN p.aliases WHERE toLower(a) = q)
MATCH (p)-[h:HOLDS]->(r:Role)
OPTIONAL MATCH (r)-[:OF]->(o)
RETURN p.name AS person, r.name AS role, o.name AS org,
       min(h.first_seen) AS first_seen, max(h.last_seen) AS last_seen, count(h) AS articles
ORDER BY first_seen, role
