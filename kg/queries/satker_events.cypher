// The events a satker attended or organized in a period, with their topics, oldest first.
// @param satker (name): name, alias or id of the satker (or other organization)
// @param from (date, default 0001-01-01): first day of the period, ISO date
// @param to (date, default 9999-12-31): last day of the period, ISO date
WITH date($from) AS d0, date($to) AS d1
MATCH (:Name {key: $satker})-[:NAMES]->(s:Satker|Organization)
WITH s, d0, d1
MATCH (s)-[:ATTENDED|ORGANIZED]->(e:Event)
WHERE e.date >= d0 AND e.date <= d1
OPTIONAL MATCH (e)-[:ABOUT]->(t:Topic)
RETURN e.date AS date, e.name AS event, e.id AS id,
       EXISTS { MATCH (s)-[:ORGANIZED]->(e) } AS organized,
       collect(DISTINCT t.name) AS topics
ORDER BY date, event
