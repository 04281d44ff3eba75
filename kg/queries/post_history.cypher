// The holders of one post over time: who was seen in it, first and last date, oldest first.
// @param role: title of the post or the role id, e.g. "Ketua" or "role:kpu-ri/ketua"
// @param satker (str, default *): name, alias or id of its organization; * for any
WITH toLower($role) AS q, toLower($satker) AS o
MATCH (r:Role)-[:OF]->(s)
WHERE (r.id = $role OR r.name_lower = q OR any(a IN r.aliases WHERE toLower(a) = q))
  AND (o = '*' OR s.id = $satker OR s.name_lower = o OR any(a IN s.aliases WHERE toLower(a) = o))
MATCH (p:Person)-[h:HOLDS]->(r)
RETURN r.name AS role, s.name AS org, p.name AS person,
       min(h.first_seen) AS first_seen, max(h.last_seen) AS last_seen, count(h) AS articles
ORDER BY first_seen, org, person
