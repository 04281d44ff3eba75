#!/usr/bin/env bash
# The README's test command: install what the tests need, then run them all.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install -q -e '.[test]'
if [ -f tools/cypherlint/package.json ]; then
  (cd tools/cypherlint && { [ -d node_modules/@neo4j-cypher ] || npm ci --silent --no-audit --no-fund; })
fi
# the HTML view is tested in a real headless browser (tests/test_viz.py skips without one)
command -v chromium >/dev/null || { { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } \
  || echo "scripts/test.sh: could not install chromium; browser tests will skip" >&2; }
exec .venv/bin/python -m pytest -q "$@"
