"""The HTML view in a real headless Chromium, and the Neo4j Browser style sheet."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from kg.schema import load as load_schema
from kg.viz import html_view, subgraph, write_html
from kg.viz.style import COLOURS, caption_property, grass
from test_analytics import small_graph

ROOT = Path(__file__).resolve().parents[1]
CHROME_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--enable-logging=stderr", "--v=0", "--virtual-time-budget=30000"]  # a loaded machine draws late


def _data(html: str) -> dict:
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    return json.loads(m.group(1))


@pytest.fixture(scope="module")
def chromium():
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if not exe:
        pytest.skip("chromium is not installed (scripts/test.sh installs the Debian package)")
    return exe


def run_chromium(exe, tmp_path: Path, url: str, *args: str) -> tuple[str, list[str]]:
    """(stdout, console lines) of one headless run; console lines are what the
    page printed or threw (Chromium logs them as CONSOLE)."""
    proc = subprocess.run([exe, *CHROME_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *args, url],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    console = [line for line in proc.stderr.splitlines() if ":CONSOLE" in line]
    return proc.stdout, console


def test_html_is_self_contained_and_coloured_by_label():
    html = html_view(small_graph())
    assert not re.search(r'<(script|link|img)[^>]+(src|href)=', html), "the view must load nothing"
    assert "vis-network" in html and "sourceMappingURL" not in html
    data = _data(html)
    assert {n["id"] for n in data["nodes"]} >= {"Satker:kpu-a", "Event:e1", "Topic:pemilih"}
    for label, style in data["styles"].items():
        assert (style["fill"], style["border"], style["text"]) == COLOURS[label]
    a = next(n for n in data["nodes"] if n["id"] == "Satker:kpu-a")
    assert a["caption"] == "KPU Kabupaten A"
    assert {s["sentence"] for s in a["sources"]} == {"KPU A hadir di e1.", "KPU A hadir di e2.",
                                                     "KPU A hadir di e3."}


def test_article_text_cannot_break_out_of_the_data_block():
    g = small_graph()
    g.nodes[("Satker", "kpu-a")].props["name"] = "</script><script>alert(1)</script>"
    html = html_view(g)
    assert html.count("</script>") == html_view(small_graph()).count("</script>")
    assert _data(html)["nodes"]


def test_focus_and_hops():
    g = small_graph()
    one, focus = subgraph(g, "KPU A", hops=1)
    assert focus == [("Satker", "kpu-a")]
    assert set(one) == {("Satker", "kpu-a"), ("Event", "e1"), ("Event", "e2"), ("Event", "e3")}
    two, _ = subgraph(g, "KPU A", hops=2)
    assert {("Satker", "kpu-b"), ("Satker", "kpu-c"), ("Person", "budi"), ("Topic", "logistik")} <= set(two)
    assert ("Satker", "kpu-e") not in two
    capped, _ = subgraph(g, "KPU A", hops=5, max_nodes=3)
    assert capped[0] == ("Satker", "kpu-a") and len(capped) == 3


@pytest.mark.browser
def test_view_loads_without_errors_and_draws_the_nodes(chromium, tmp_path):
    import numpy as np
    from PIL import Image
    page = write_html(small_graph(), tmp_path / "graph.html")
    dom, console = run_chromium(chromium, tmp_path, page.as_uri(), "--dump-dom")
    assert console == []
    assert not re.search(r"<html[^>]*data-errors", dom), "the page threw"
    n_nodes = len(_data(page.read_text())["nodes"])
    assert re.search(r'<body data-drawn="(\d+)"', dom).group(1) == str(n_nodes)
    shot = tmp_path / "shot.png"
    _, console = run_chromium(chromium, tmp_path, page.as_uri(), f"--screenshot={shot}",
                              "--window-size=1200,800")
    assert console == []
    pixels = np.asarray(Image.open(shot).convert("RGB"), dtype=int)[:, :800]  # the canvas, not the panel
    assert pixels.reshape(-1, 3).std(axis=0).max() > 10, "the canvas is blank"
    # the satker dots are drawn in the satker colour
    fill = np.array([int(COLOURS["Satker"][0][i:i + 2], 16) for i in (1, 3, 5)])
    near = int((np.abs(pixels - fill).max(axis=2) < 12).sum())
    assert near > 5 * 200, f"only {near} satker-coloured pixels"


@pytest.mark.browser
def test_selected_node_shows_its_sentences(chromium, tmp_path):
    page = write_html(small_graph(), tmp_path / "graph.html")
    dom, console = run_chromium(chromium, tmp_path, page.as_uri() + "#Satker:kpu-d", "--dump-dom")
    assert console == []
    details = dom[dom.index('id="details"'):dom.index('id="kg-data"')]
    assert "KPU D hadir di e4." in details and "KPU Kabupaten D" in details
    assert "KPU A hadir" not in details


def test_browser_grass_is_generated_from_the_schema():
    schema = load_schema()
    text = (ROOT / "schema" / "browser.grass").read_text()
    assert text == grass(), "schema/browser.grass is stale: python -m kg.viz > schema/browser.grass"
    for label in schema.labels:
        assert label in COLOURS, f"no colour for {label}"
        block = re.search(r"node\.%s \{(.*?)\n\}" % label, text, re.S).group(1)
        assert f"caption: '{{{caption_property(label)}}}'" in block
        assert caption_property(label) in schema.labels[label].properties
    for rel in schema.rels:
        assert f"relationship.{rel} {{" in text
    fills = [c[0] for c in COLOURS.values()]
    assert len(set(fills)) == len(fills), "two labels share a colour"


def test_browser_snippets_are_current_and_their_examples_bind(tmp_path):
    from kg.queries import catalogue
    from kg.store import open_store
    from kg.store.sample import sample_graph
    from kg.viz.browser import example, markdown
    assert (ROOT / "docs" / "browser.md").read_text() == markdown(), \
        "docs/browser.md is stale: python -m kg.viz.browser > docs/browser.md"
    with open_store(str(tmp_path / "s.kg")) as store:
        store.load(sample_graph())
        answered = 0
        for name, q in catalogue().items():
            assert f"## {name}\n" in markdown()
            rows = store.query(name, {p.name: example(p) for p in q.params})  # a bad example raises
            answered += bool(rows)
    # the examples are real names: most snippets find something in the sample graph
    assert answered >= len(catalogue()) // 2
