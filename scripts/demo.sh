#!/usr/bin/env bash
# The README's main job: install kg, build the graph of the bundled sample pages
# in the embedded store (./kpu.kg), and ask it a few questions.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install -q -e .
rm -rf ./kpu.kg ./kpu.kg.wal
.venv/bin/kg build examples/pages/*.txt --store ./kpu.kg
.venv/bin/kg stats --store ./kpu.kg
.venv/bin/kg query holders --store ./kpu.kg -p satker="KPU Provinsi Nusa Tenggara Timur"
.venv/bin/kg query post_history --store ./kpu.kg -p role=Ketua -p satker="KPU RI"
