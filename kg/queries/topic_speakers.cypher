// Who spoke (narasumber, pemateri; moderators are LED) at events about a topic, most events first.
// @param topic (name): name, alias or id of the topic
MATCH (:Name {key: $topic})-[:NAMES]->(t:Topic)
WITH t
MATCH (n:Topic)-[:BROADER*0..5]->(t)
MATCH (p:Person)-[:SPOKE_AT]->(e:Event)-[:ABOUT]->(n)
RETURN p.name AS speaker, count(DISTINCT e) AS events, min(e.date) AS first, max(e.date) AS last,
       collect(DISTINCT e.name) AS event_names
ORDER BY events DESC, speaker
