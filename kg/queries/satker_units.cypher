// A satker's parent units and child units (PART_OF), one row each.
// @param satker: name, alias or id of the satker
WITH toLower($satker) AS q
MATCH (s:Satker)
WHERE s.id = $satker OR s.name_lower = q OR any(a IN s.aliases WHERE toLower(a) = q)
MATCH (s)-[:PART_OF]->(u)
RETURN s.name AS satker, 'parent' AS relation, u.name AS unit, u.id AS id
UNION ALL
WITH toLower($satker) AS q
MATCH (s:Satker)
WHERE s.id = $satker OR s.name_lower = q OR any(a IN s.aliases WHERE toLower(a) = q)
MATCH (u)-[:PART_OF]->(s)
RETURN s.name AS satker, 'child' AS relation, u.name AS unit, u.id AS id
