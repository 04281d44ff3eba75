// Name search across people, posts, satkers, organizations, events, topics and places: every node whose name or an alias contains the text.
// @param q: text to look for, any case
// @param limit (int, default 50): how many to list
WITH toLower($q) AS q
MATCH (n:Person|Role|Satker|Organization|Event|Topic)
WHERE n.name_lower CONTAINS q OR any(a IN n.aliases WHERE toLower(a) CONTAINS q)
RETURN labels(n)[0] AS label, n.id AS id, n.name AS name
ORDER BY label, name
LIMIT $limit
