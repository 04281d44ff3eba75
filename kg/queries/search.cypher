// Name search across people, posts, satkers, organizations, events and topics: every node whose name or an alias contains the text.
// @param q (name): text to look for, any case
// @param limit (int, default 50): how many to list
MATCH (k:Name)
WHERE k.key CONTAINS $q
MATCH (k)-[:NAMES]->(n:Person|Role|Satker|Organization|Event|Topic)
WHERE k.key <> toLower(n.id)  // a name or an alias, not the id
RETURN DISTINCT labels(n)[0] AS label, n.id AS id, n.name AS name
ORDER BY label, name
LIMIT $limit
