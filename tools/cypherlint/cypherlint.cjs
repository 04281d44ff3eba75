#!/usr/bin/env node
// Lint Cypher statements with Neo4j's own front end (@neo4j-cypher/language-support).
// One process for all statements (the linter takes ~1 s to load, ~35 ms a statement after).
//
// stdin : {"schema": {labels, relationshipTypes, propertyKeys, graphSchema},
//          "statements": [{"name": "...", "query": "...", "params": ["rows", ...]}]}
// stdout: {"statements": N, "errors": N, "results": [{"name", "ok", "diagnostics": [{severity, line, col, message}]}]}
// Exit 0 always when the input parsed; the caller decides what fails.
const fs = require('fs');
const ls = require('@neo4j-cypher/language-support');

const input = JSON.parse(fs.readFileSync(0, 'utf8'));
const version = input.version || 'CYPHER 5';

// Neo4j's function/procedure registry as shipped with the package (dumped from a real
// server, with APOC and GDS): keep the built-ins only, so names that exist only in
// Ladybug (label, list_contains, string_split, CAST ...) are flagged as unknown.
const mock = ls.testData.mockSchema;
function registry(kind) {
  const out = {};
  for (const [ver, reg] of Object.entries(mock[kind])) {
    out[ver] = {};
    for (const [name, def] of Object.entries(reg)) {
      const builtin = kind === 'functions' ? def.isBuiltIn : !/^(apoc|gds)\./.test(name);
      if (builtin) out[ver][name] = def;
    }
  }
  return out;
}
const base = { functions: registry('functions'), procedures: registry('procedures'),
               defaultLanguage: version, ...(input.schema || {}) };

const SEV = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };
let errors = 0;
const results = [];
for (const st of input.statements) {
  const schema = { ...base, parameters: Object.fromEntries((st.params || []).map(n => [n, null])) };
  const { diagnostics } = ls.lintCypherQuery(st.query, schema, { consoleCommandsEnabled: false });
  const diags = diagnostics.map(d => ({ severity: SEV[d.severity] || String(d.severity),
    line: d.range.start.line + 1, col: d.range.start.character + 1, message: d.message.split('\n')[0] }));
  const ok = !diags.some(d => d.severity === 'error');
  if (!ok) errors++;
  results.push({ name: st.name, ok, diagnostics: diags });
}
process.stdout.write(JSON.stringify({ statements: results.length, errors, results }));
