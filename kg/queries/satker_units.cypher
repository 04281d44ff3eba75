// A satker's parent units and child units (PART_OF), one row each.
// @param satker (name): name, alias or id of the satker
MATCH (:Name {key: $satker})-[:NAMES]->(s:Satker)
WITH s
MATCH (s)-[:PART_OF]->(u)
RETURN s.name AS satker, 'parent' AS relation, u.name AS unit, u.id AS id
UNION ALL
MATCH (:Name {key: $satker})-[:NAMES]->(s:Satker)
WITH s
MATCH (u)-[:PART_OF]->(s)
RETURN s.name AS satker, 'child' AS relation, u.name AS unit, u.id AS id
