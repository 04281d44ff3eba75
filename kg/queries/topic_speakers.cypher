// Who spoke (narasumber, pemateri, moderator) at events about a topic, most events first.
// @param topic: name, alias or id of the topic
WITH toLower($topic) AS q
MATCH (t:Topic)
WHERE t.id = $topic OR t.name_lower = q OR any(a IN t.aliases WHERE toLower(a) = q)
MATCH (n:Topic)-[:BROADER*0..5]->(t)
MATCH (p:Person)-[:SPOKE_AT]->(e:Event)-[:ABOUT]->(n)
RETURN p.name AS speaker, count(DISTINCT e) AS events, min(e.date) AS first, max(e.date) AS last,
       collect(DISTINCT e.name) AS event_names
ORDER BY events DESC, speaker
