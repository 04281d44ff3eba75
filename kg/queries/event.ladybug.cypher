// One event with everyone who took part, how (attended, organized, spoke, opened, led), the roles they were reported in, its topics and the source sentences.
// @param event (name): name, alias or id of the event
MATCH (:Name {key: $event})-[:NAMES]->(e:Event)
WITH e
OPTIONAL MATCH (e)-[:ABOUT]->(t:Topic)
WITH e, collect(DISTINCT t.name) AS topics
MATCH (x)-[r:ATTENDED|ORGANIZED|SPOKE_AT|OPENED|LED]->(e)
OPTIONAL MATCH (x)-[h:HOLDS]->(ro:Role)
WHERE h.article = r.article
RETURN e.name AS event, e.date AS date, topics, x.name AS who, label(x) AS kind, label(r) AS relation,
       collect(DISTINCT ro.name) AS roles, r.sentence AS sentence, r.article AS article
ORDER BY relation, who, article
