// The events about a topic (or a narrower one under it) over time, with who organized them.
// @param topic (name): name, alias or id of the topic, e.g. "Bakohumas"
MATCH (:Name {key: $topic})-[:NAMES]->(t:Topic)
WITH t
MATCH (n:Topic)-[:BROADER*0..5]->(t)
MATCH (e:Event)-[:ABOUT]->(n)
OPTIONAL MATCH (o)-[:ORGANIZED]->(e)
RETURN e.date AS date, e.name AS event, e.id AS id, collect(DISTINCT n.name) AS topics,
       collect(DISTINCT o.name) AS organizers
ORDER BY date, event
