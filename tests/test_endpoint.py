"""The SPARQL endpoint (`kg serve`): a real Oxigraph server on a free port of
127.0.0.1, started and stopped by the tests, queried over HTTP. The catalogue's
SPARQL twins answer there what their Cypher queries answer on the sample pages;
updates are refused; a refresh after a later build duplicates nothing; SIGINT
stops `kg serve`."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.export import endpoint
from kg.export.sparql import SparqlError
from kg.pipeline import build
from kg.store import open_store
from test_sparql import SEED_CASES, _norm

ROOT = Path(__file__).resolve().parents[1]
COUNT_UNION = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
COUNT_NAMED = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def counts(url: str) -> tuple[int, int]:
    """(triples in the union default graph, quads in the named graphs)."""
    return (endpoint.query(url, COUNT_UNION)[0]["n"], endpoint.query(url, COUNT_NAMED)[0]["n"])


def file_counts(path: Path) -> tuple[int, int]:
    """The same two counts on pyoxigraph in memory, loading the same export."""
    st = ox.Store()
    st.bulk_load(path=str(path), format=ox.RdfFormat.TRIG)
    return tuple(int(next(iter(st.query(q, use_default_graph_as_union=u)))["n"].value)
                 for q, u in ((COUNT_UNION, True), (COUNT_NAMED, False)))


@pytest.fixture(scope="module")
def seeds(tmp_path_factory, pages):
    """The sample pages built into a real embedded store, and its endpoint data directory."""
    tmp = tmp_path_factory.mktemp("endpoint")
    with open_store(str(tmp / "seeds.kg")) as store:
        build([str(p) for p in pages], store, progress=False)
    store = open_store(str(tmp / "seeds.kg"), read_only=True)  # `kg serve` opens it too
    loaded = endpoint.load(tmp / "ep", graph=store.graph(), source="seeds")
    yield store, loaded, tmp / "seeds.kg"
    store.close()


@pytest.fixture(scope="module")
def server(seeds):
    _, loaded, _ = seeds
    srv = endpoint.serve(loaded.data, free_port(), cors=True)
    try:
        yield srv
    finally:  # killed even when a test failed
        srv.stop()
    assert srv.process.poll() is not None


def test_load_is_what_the_export_holds(seeds, server):
    _, loaded, _ = seeds
    assert loaded.quads > 10000
    assert counts(server.url) == file_counts(loaded.data / endpoint.EXPORT)
    assert endpoint.info(loaded.data)["quads"] == loaded.quads


@pytest.mark.parametrize("name,params", SEED_CASES, ids=[f"seed-{i}" for i in range(len(SEED_CASES))])
def test_twins_over_http_answer_like_cypher(seeds, server, name, params):
    store, _, _ = seeds
    cypher = store.query(name, params)
    assert cypher, f"{name} {params}: the case must have an answer to compare"
    assert _norm(endpoint.query(server.url, name, params)) == _norm(cypher)


def test_the_topic_vocabulary_is_served(server):
    rows = endpoint.query(server.url, "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a skos:Concept ; skos:inScheme ?s }")
    from rdflib import Graph
    from rdflib.namespace import RDF, SKOS
    from kg.export.rdf import TOPICS_FILE
    vocab = Graph().parse(TOPICS_FILE)
    in_scheme = {c for c in vocab.subjects(RDF.type, SKOS.Concept) if vocab.value(c, SKOS.inScheme) is not None}
    assert in_scheme and rows[0]["n"] >= len(in_scheme)


def _post(url: str, body: bytes, ctype: str) -> tuple[int, str]:
    req = urllib.request.Request(url, data=body, method="POST", headers={"Content-Type": ctype})
    try:
        with NO_PROXY.open(req, timeout=30) as resp:
            return resp.status, resp.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


UPDATES = ["INSERT DATA { <https://example.org/s> <https://example.org/p> <https://example.org/o> }",
           "DROP ALL", "CLEAR DEFAULT",
           "LOAD <http://127.0.0.1:9/none.ttl>"]


@pytest.mark.parametrize("update", UPDATES, ids=["insert", "drop", "clear", "load"])
def test_updates_are_refused(server, update):
    before = counts(server.url)
    as_query = _post(server.url, update.encode(), "application/sparql-query")
    as_form = _post(server.url, urllib.parse.urlencode({"update": update}).encode(),
                    "application/x-www-form-urlencoded")
    as_update = _post(server.base_url + "/update", update.encode(), "application/sparql-update")
    assert as_query[0] == 400 and as_form[0] == 400, (as_query, as_form)
    assert as_update[0] == 403 and "read-only" in as_update[1]
    with pytest.raises(SparqlError, match="HTTP 400"):
        endpoint.query(server.url, update)
    store_put = _post(server.base_url + "/store", b"<https://example.org/s> <https://example.org/p> 1 .",
                      "application/n-triples")
    assert store_put[0] >= 400
    assert counts(server.url) == before


def test_the_query_page_and_protocol_get(server):
    with NO_PROXY.open(server.base_url + "/", timeout=30) as resp:
        assert resp.status == 200 and "html" in resp.headers.get_content_type()
    q = urllib.parse.urlencode({"query": "ASK { ?e a <https://schema.org/Event> }"})
    req = urllib.request.Request(f"{server.url}?{q}", headers={"Accept": "application/sparql-results+json",
                                                              "Origin": "https://yasgui.example"})
    with NO_PROXY.open(req, timeout=30) as resp:
        assert json.loads(resp.read())["boolean"] is True
        assert resp.headers.get("Access-Control-Allow-Origin") in ("*", "https://yasgui.example")  # --cors


def test_the_examples_of_docs_rdf_md_answer_as_shown(server):
    """docs/rdf.md shows three queries with their answers on the sample pages:
    each ```sparql block is sent as it is, its answer must be the ```csv block after it."""
    import re
    text = (ROOT / "docs" / "rdf.md").read_text(encoding="utf-8")
    examples = re.findall(r"```sparql\n(.*?)```\s*?\n(?:[^`]*?\n)?```csv\n(.*?)```", text, re.S)
    assert len(examples) == 3
    for query, shown in examples:
        req = urllib.request.Request(server.url, data=query.encode(), method="POST",
                                     headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"})
        with NO_PROXY.open(req, timeout=30) as resp:
            got = resp.read().decode("utf-8").replace("\r\n", "\n").strip()
        assert got == shown.strip(), f"docs/rdf.md is stale for:\n{query}\nthe answer is now:\n{got}"


def test_refresh_after_a_later_build_duplicates_nothing(tmp_path, pages):
    """Load two pages, then build the rest into the same store and load again:
    the served database is the new export, quad for quad, not the old plus the new."""
    store = open_store(str(tmp_path / "s.kg"))
    try:
        build([str(p) for p in pages[:2]], store, progress=False)
        data = tmp_path / "ep"
        first = endpoint.load(data, graph=store.graph())
        before = file_counts(data / endpoint.EXPORT)
        build([str(p) for p in pages[2:]], store, progress=False)
        second = endpoint.load(data, graph=store.graph())
        after = file_counts(data / endpoint.EXPORT)
        third = endpoint.load(data, graph=store.graph())  # the same graph again
    finally:
        store.close()
    assert after[0] > before[0] and second.quads > first.quads
    assert third.quads == second.quads
    assert not (data / "db.new").exists() and not (data / "db.old").exists()
    with endpoint.serve(data, free_port()) as srv:
        assert counts(srv.url) == after
        assert endpoint.query(srv.url, "ASK { ?p foaf:name 'Betty Epsilon Idroos' }") == [{"result": True}]
        with pytest.raises(endpoint.EndpointError, match="is serving it"):
            endpoint.load(data, graph=None, rdf_file=data / endpoint.EXPORT)
        assert counts(srv.url) == after
    # another graph altogether: not one triple of the pages is left
    from kg.store.sample import sample_graph
    endpoint.load(data, graph=sample_graph())
    with endpoint.serve(data, free_port()) as srv:
        assert counts(srv.url) == file_counts(data / endpoint.EXPORT) != after
        assert endpoint.query(srv.url, "ASK { ?p foaf:name 'Betty Epsilon Idroos' }") == [{"result": False}]


def test_bad_input_is_one_line(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .")
    with pytest.raises(endpoint.EndpointError, match=r"bad.ttl: not loaded: .*line 1"):
        endpoint.load(tmp_path / "ep", rdf_file=bad)
    assert not (tmp_path / "ep" / endpoint.META).exists()
    from kg.store.sample import sample_graph
    good = endpoint.load(tmp_path / "ep", graph=sample_graph())
    with pytest.raises(endpoint.EndpointError, match="bad.ttl: not loaded"):
        endpoint.load(tmp_path / "ep", rdf_file=bad)
    assert endpoint.count(good.data / endpoint.DB) == good.quads == endpoint.info(good.data)["quads"]
    assert (good.data / endpoint.EXPORT).is_file() and not (good.data / "db.new").exists()
    gz = tmp_path / "kpu.ttl.gz"
    gz.write_bytes(b"")
    with pytest.raises(endpoint.EndpointError, match="kpu.ttl.gz: cannot tell the RDF syntax"):
        endpoint.load(tmp_path / "ep", rdf_file=gz)
    other = tmp_path / "mine"
    other.mkdir()
    (other / "notes.txt").write_text("keep me")
    with pytest.raises(endpoint.EndpointError, match="not an endpoint directory"):
        endpoint.load(other, rdf_file=bad)
    assert (other / "notes.txt").read_text() == "keep me"
    with pytest.raises(endpoint.EndpointError, match="no endpoint data"):
        endpoint.serve(tmp_path / "nothing", free_port())
    with pytest.raises(SparqlError, match="cannot reach"):
        endpoint.query(f"http://127.0.0.1:{free_port()}/query", "ASK { ?s ?p ?o }", timeout=5)


def test_busy_port_is_one_line(seeds, tmp_path):
    _, loaded, _ = seeds
    mine = endpoint.load(tmp_path / "ep", rdf_file=loaded.data / endpoint.EXPORT)
    assert mine.quads == loaded.quads and not (mine.data / endpoint.EXPORT).exists()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        with pytest.raises(endpoint.EndpointError, match=f"port {s.getsockname()[1]} on 127.0.0.1 is in use"):
            endpoint.serve(mine.data, s.getsockname()[1])


def _kg(*args: str, **kw) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "kg", *args], cwd=ROOT, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)


def test_kg_serve_answers_and_stops_on_sigint(seeds, tmp_path):
    """The command as a person runs it: load, print the URL, answer, Ctrl-C."""
    store, _, path = seeds
    port = free_port()
    data = tmp_path / "cli"
    proc = _kg("serve", "--store", str(path), "--data", str(data), "--port", str(port))
    import threading
    watchdog = threading.Timer(300, proc.kill)  # a hung kg cannot hang the suite
    watchdog.start()
    try:
        line = proc.stdout.readline()  # kg prints it once the server answers (bounded by serve's timeout)
        assert f"http://127.0.0.1:{port}/query" in line, (line, proc.stderr.read() if proc.poll() is not None else "")
        url = f"http://127.0.0.1:{port}/query"
        res = subprocess.run([sys.executable, "-m", "kg", "sparql", "holders", "-p", "satker=KPU RI",
                              "--endpoint", url, "--format", "json"], cwd=ROOT, capture_output=True,
                             text=True, timeout=120)
        assert res.returncode == 0, res.stderr
        assert _norm(json.loads(res.stdout)) == _norm(store.query("holders", {"satker": "KPU RI"}))
        server_pid = int((data / endpoint.PIDFILE).read_text())
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=30) == 0
        assert "endpoint stopped" in proc.stderr.read()
        assert not (data / endpoint.PIDFILE).exists()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and _alive(server_pid):
            time.sleep(0.1)
        assert not _alive(server_pid), "the Oxigraph server outlived kg serve"
        with pytest.raises(SparqlError, match="cannot reach"):
            endpoint.query(url, "ASK { ?s ?p ?o }", timeout=5)
    finally:
        watchdog.cancel()
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
        _kill_server(data)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except OSError:
        return False
    try:  # a zombie child of nobody here still answers kill(0)
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except OSError:
        return True


def _kill_server(data: Path) -> None:
    """Teardown: whatever a failed test left running on DIR."""
    pidfile = data / endpoint.PIDFILE
    if pidfile.is_file():
        try:
            os.kill(int(pidfile.read_text()), signal.SIGKILL)
        except (OSError, ValueError):
            pass


def test_kg_serve_usage_errors(tmp_path):
    from click.testing import CliRunner

    from kg.cli import main
    runner = CliRunner()
    res = runner.invoke(main, ["serve", "--no-load", "--data", str(tmp_path / "none")])
    assert res.exit_code == 1 and res.stderr.count("\n") == 1 and "no endpoint data" in res.stderr
    res = runner.invoke(main, ["serve", "--load-only", "--rdf", str(tmp_path / "x.ttl"), "--data", str(tmp_path / "d")])
    assert res.exit_code == 1 and "x.ttl: no such file" in res.stderr
    res = runner.invoke(main, ["serve", "--rdf", "a.ttl", "--base", "https://example.org/"])
    assert res.exit_code == 1 and "keeps its own IRIs" in res.stderr
    res = runner.invoke(main, ["serve", "--no-load", "--load-only"])
    assert res.exit_code == 1 and "exclude" in res.stderr
    res = runner.invoke(main, ["sparql", "ASK { ?s ?p ?o }", "--rdf", "a.ttl", "--endpoint", "http://127.0.0.1:1/query"])
    assert res.exit_code == 1 and "exactly one of" in res.stderr
    res = runner.invoke(main, ["serve", "--help"])
    text = res.stdout.split("Options:")[0].rstrip().splitlines()
    assert "Example:" in [ln.strip() for ln in text] and text[-1].strip().startswith("kg serve ")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "| `kg serve " in readme and "--endpoint URL" in readme


def test_docker_compose_runs_the_same_server(tmp_path, seeds):
    """docker cannot run here: the Oxigraph services' commands of docker-compose.yml
    run with the same binary, in their depends_on order, on local paths for the
    volumes. Loading twice (a second, different export) leaves only the second."""
    import yaml
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    services = compose["services"]
    assert "neo4j" in services and {"oxigraph-clear", "oxigraph-load", "oxigraph"} <= set(services)
    assert all(services[s]["image"].startswith("ghcr.io/oxigraph/oxigraph:") for s in services if s.startswith("oxigraph"))
    assert services["oxigraph"]["ports"] == ["127.0.0.1:7878:7878"]
    assert services["oxigraph"]["depends_on"]["oxigraph-load"]["condition"] == "service_completed_successfully"
    assert services["oxigraph-load"]["depends_on"]["oxigraph-clear"]["condition"] == "service_completed_successfully"
    rdf_dir = tmp_path / "rdf"
    rdf_dir.mkdir()
    mounts = {"/data": str(tmp_path / "data"), "/rdf": str(rdf_dir)}

    def local(arg: str) -> str:
        for inside, outside in mounts.items():
            if arg == inside or arg.startswith(inside + "/"):
                return outside + arg[len(inside):]
        return arg

    def run(name: str):
        cmd = [endpoint.oxigraph_binary(), *map(local, services[name]["command"])]
        res = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
        assert res.returncode == 0, (name, res.stderr[-500:])

    from kg.export import rdf
    from kg.store.sample import sample_graph
    store, loaded, _ = seeds
    for graph in (store.graph(), sample_graph()):
        rdf.export(graph, rdf_dir / "kpu.trig")
        run("oxigraph-clear")
        run("oxigraph-load")
    port = free_port()
    cmd = [endpoint.oxigraph_binary(), *(local(a).replace("0.0.0.0:7878", f"127.0.0.1:{port}")
                                         for a in services["oxigraph"]["command"])]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}/query"
        for _ in range(300):  # 30 s at most
            try:
                got = counts(url)
                break
            except SparqlError:
                time.sleep(0.1)
        else:
            pytest.fail("the compose command line did not start a server")
        assert got == file_counts(rdf_dir / "kpu.trig")
        assert endpoint.query(url, "holders", {"satker": "KPU NTT"})  # the twins run there too
        assert _post(f"http://127.0.0.1:{port}/update", b"DROP ALL", "application/sparql-update")[0] == 403
    finally:
        proc.kill()
        proc.wait(10)
