// The sentences behind every fact about an entity: each fact it is part of, with the article, the sentence and its offsets.
// @param name (name): name, alias or id of the entity (person, post, satker, organization, event, topic)
MATCH (:Name {key: $name})-[:NAMES]->(n:Person|Role|Satker|Organization|Event|Topic)
WITH n
MATCH (n)-[r:HOLDS|ATTENDED|ORGANIZED|SPOKE_AT|OPENED|LED|ABOUT|HELD_AT]->(m)
// not `n.name AS subject`: with one expression in two columns of the first branch,
// Ladybug 0.22 fills the second branch's `entity` with its `subject`
RETURN n.name AS entity, coalesce(n.name, n.id) AS subject, label(r) AS relation, m.name AS object,
       r.sentence AS sentence, r.article AS article, r.char_start AS char_start, r.char_end AS char_end,
       r.extractor AS extractor, r.confidence AS confidence, r.date AS date
UNION ALL
MATCH (:Name {key: $name})-[:NAMES]->(n:Person|Role|Satker|Organization|Event|Topic)
WITH n
MATCH (m)-[r:HOLDS|ATTENDED|ORGANIZED|SPOKE_AT|OPENED|LED|ABOUT|HELD_AT]->(n)
// an Article (topics of an article that reports no event) has a title, not a name
RETURN n.name AS entity, coalesce(m.name, m.title) AS subject, label(r) AS relation, n.name AS object,
       r.sentence AS sentence, r.article AS article, r.char_start AS char_start, r.char_end AS char_end,
       r.extractor AS extractor, r.confidence AS confidence, r.date AS date
