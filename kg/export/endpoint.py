"""A SPARQL 1.1 Protocol endpoint for SPARQL users: the store's RDF export in
the Oxigraph server (the binary of the `oxigraph` package), served read-only.

We do not write a server: YASGUI, SPARQLWrapper, R and curl expect the
protocol, content negotiation and a query page, and Oxigraph has them. This
module only prepares its database and runs it. A data directory holds one
endpoint, so that a refresh can replace the database whole:

    DIR/kg-endpoint.json   what was loaded (source, quads, when); also marks DIR as ours
    DIR/kpu.trig           the store's export that was loaded (each article's facts in its named graph)
    DIR/db/                the Oxigraph database
    DIR/server.pid         while a server runs on DIR/db (DIR/oxigraph.log: its output)

A load exports into DIR/new-kpu.trig, bulk-loads a fresh DIR/db.new and only
then swaps it for DIR/db: the old triples leave with the old database, so a
refresh after a later build duplicates nothing and leaves nothing stale, and a
failed load leaves the served data as it was. A load is refused while a server
runs on DIR: RocksDB's read-only reader must not see its files change under it.

The server runs with --union-default-graph, as `kg sparql` queries, so the
catalogue twins see the facts of the article graphs in the default graph.
"""
from __future__ import annotations

import datetime as _dt
import json
import os
import shutil
import socket
import subprocess
import sys
import sysconfig
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.export import rdf, sparql
from kg.export.rdf import DEFAULT_BASE
from kg.export.sparql import SparqlError

DEFAULT_DATA = "./kpu.oxigraph"
DEFAULT_PORT = 7878
HOST = "127.0.0.1"
META, EXPORT, DB, PIDFILE, LOG = "kg-endpoint.json", "kpu.trig", "db", "server.pid", "oxigraph.log"
# every quad, the default graph's and the named graphs' (a load is checked with it)
COUNT_QUADS = "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"


class EndpointError(RuntimeError):
    pass


def oxigraph_binary() -> str:
    """The `oxigraph` command the package installed beside this Python, else on PATH."""
    here = Path(sysconfig.get_path("scripts")) / ("oxigraph.exe" if os.name == "nt" else "oxigraph")
    found = str(here) if here.is_file() else shutil.which("oxigraph")
    if not found:
        raise EndpointError("the Oxigraph server is not installed (pip install oxigraph)")
    return found


def _oxigraph(*args: str, progress: bool = False) -> str:
    """Run an oxigraph command; its stdout. With `progress`, its "N triples loaded"
    lines go on to stderr as they come (a load of millions takes minutes)."""
    proc = subprocess.Popen([oxigraph_binary(), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            stdin=subprocess.DEVNULL, text=True, env=os.environ | {"RUST_BACKTRACE": "0"})
    said = []
    for line in proc.stderr:
        said.append(line)
        if progress and " loaded in " in line:
            print(f"kg serve: {line.strip()}", file=sys.stderr, flush=True)
    out = proc.stdout.read()
    if proc.wait() != 0:
        raise EndpointError(f"oxigraph {args[0]}: {_reason(''.join(said) or out, proc.returncode)}")
    return out


def _reason(text: str, code: int) -> str:
    """The line of oxigraph's output that says what went wrong (it prints tips and backtraces too)."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    for start in ("Error while", "Error:", "called `Result::unwrap()`"):
        for ln in lines:
            if ln.startswith(start):
                return ln.split(" on an `Err` value: ")[-1]
    return lines[-1] if lines else f"exit {code}"


def _running_pid(data: Path) -> int | None:
    """The pid of the server that runs on DIR, if one does (a stale pid file is ignored)."""
    try:
        pid = int((data / PIDFILE).read_text().strip())
        os.kill(pid, 0)
    except (OSError, ValueError):
        return None
    try:  # a pid the system gave to another program since
        if b"oxigraph" not in Path(f"/proc/{pid}/cmdline").read_bytes():
            return None
    except OSError:
        pass  # no /proc here: trust the pid
    return pid


def check(data: str | Path, must_exist: bool = False) -> None:
    """DIR can be loaded (must_exist=False: new, empty or ours and not being served) or served."""
    data = Path(data)
    if (data / META).is_file():
        pid = _running_pid(data)
        if pid is not None and not must_exist:
            raise EndpointError(f"{data}: a server (process {pid}) is serving it; stop it (Ctrl-C) before loading")
        return
    if must_exist:
        raise EndpointError(f"{data}: no endpoint data here; load it first (kg serve --store S --data {data})")
    if data.exists() and (not data.is_dir() or any(data.iterdir())):
        raise EndpointError(f"{data}: not an endpoint directory of kg (no {META}); give a new or empty --data")


@dataclass
class Loaded:
    data: Path
    source: str
    quads: int
    seconds: float
    skipped: list[str] = field(default_factory=list)  # values the export left out

    def info(self) -> dict:
        return {"source": self.source, "quads": self.quads, "seconds": round(self.seconds, 2),
                "loaded": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")}


def load(data: str | Path = DEFAULT_DATA, graph=None, rdf_file: str | Path | None = None,
         base: str = DEFAULT_BASE, source: str = "", progress: bool = False) -> Loaded:
    """(Re)load DIR's database from a kg.model.Graph (exported as TriG) or an RDF file."""
    data = Path(data)
    if (graph is None) == (rdf_file is None):
        raise EndpointError("load takes a graph or an RDF file, not both")
    check(data, must_exist=False)
    data.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    skipped: list[str] = []
    if graph is not None:
        path = data / ("new-" + EXPORT)
        stats = rdf.export(graph, path, "trig", base=base, progress=progress)
        skipped = list(stats.skipped)
        if progress:
            print(f"kg serve: {stats.triples} triples exported to {path}", file=sys.stderr, flush=True)
    else:
        path = Path(rdf_file)
        if not path.is_file():
            raise EndpointError(f"{path}: no such file")
    fmt = sparql.FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise EndpointError(f"{path}: cannot tell the RDF syntax from the suffix (one of {', '.join(sparql.FORMATS)})")
    fresh, db, old = data / (DB + ".new"), data / DB, data / (DB + ".old")
    shutil.rmtree(fresh, ignore_errors=True)  # a load that was stopped halfway
    if progress:
        print(f"kg serve: loading {path} into {db} ...", file=sys.stderr, flush=True)
    try:
        _oxigraph("load", "--location", str(fresh), "--file", str(path), "--format", fmt.media_type,
                  progress=progress)
        quads = count(fresh)
    except EndpointError as exc:
        shutil.rmtree(fresh, ignore_errors=True)
        raise EndpointError(f"{path}: not loaded: {exc}") from None
    if db.exists():
        db.rename(old)
    fresh.rename(db)
    shutil.rmtree(old, ignore_errors=True)
    if graph is not None:
        path.replace(data / EXPORT)
    else:  # the export of an earlier load is not what is served now
        (data / EXPORT).unlink(missing_ok=True)
    loaded = Loaded(data, source or str(rdf_file), quads, time.perf_counter() - started, skipped)
    (data / META).write_text(json.dumps(loaded.info(), indent=2) + "\n", encoding="utf-8")
    return loaded


def count(db: str | Path) -> int:
    """The quads in an Oxigraph database that no server holds open."""
    out = _oxigraph("query", "--location", str(db), "--query", COUNT_QUADS, "--results-format", "tsv")
    return int(out.split()[-1].split("^^")[0].strip('"'))


def info(data: str | Path = DEFAULT_DATA) -> dict:
    """What was last loaded into DIR (kg-endpoint.json)."""
    data = Path(data)
    check(data, must_exist=True)
    return json.loads((data / META).read_text(encoding="utf-8"))


def port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        try:
            s.bind((HOST, port))
        except OSError:
            return False
    return True


@dataclass
class Server:
    """A running Oxigraph server on DIR's database; stop() ends it (a `with` block does)."""
    process: subprocess.Popen
    data: Path
    port: int

    @property
    def base_url(self) -> str:
        return f"http://{HOST}:{self.port}"

    @property
    def url(self) -> str:
        """The SPARQL 1.1 Protocol query endpoint."""
        return f"{self.base_url}/query"

    def stop(self, timeout: float = 10) -> int:
        """SIGTERM (SIGINT may be ignored in a background job), then SIGKILL
        after `timeout` seconds; the exit code."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout)
        pidfile = self.data / PIDFILE
        if pidfile.is_file() and pidfile.read_text().strip() == str(self.process.pid):
            pidfile.unlink()
        return self.process.returncode

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


def serve(data: str | Path = DEFAULT_DATA, port: int = DEFAULT_PORT, cors: bool = False,
          timeout: float = 60) -> Server:
    """Start the read-only server on 127.0.0.1:port and wait until it answers;
    `cors` lets pages of other origins (a YASGUI on the web) query it."""
    data = Path(data)
    check(data, must_exist=True)
    pid = _running_pid(data)
    if pid is not None:
        raise EndpointError(f"{data}: already served by process {pid}")
    if not port_free(port):
        raise EndpointError(f"port {port} on {HOST} is in use; give another with --port")
    log = open(data / LOG, "w", encoding="utf-8")
    try:
        proc = subprocess.Popen([oxigraph_binary(), "serve-read-only", "--location", str(data / DB),
                                 "--bind", f"{HOST}:{port}", "--union-default-graph",
                                 *(["--cors"] if cors else [])],
                                stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                                start_new_session=True)  # Ctrl-C reaches kg, which stops the server
    finally:
        log.close()
    server = Server(proc, data, port)
    (data / PIDFILE).write_text(str(proc.pid), encoding="utf-8")
    try:
        _wait_ready(server, timeout)
    except BaseException:  # an error, or Ctrl-C while it starts: no server is left behind
        server.stop()
        raise
    return server


def _wait_ready(server: Server, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while True:
        if server.process.poll() is not None:
            lines = (server.data / LOG).read_text(encoding="utf-8", errors="replace")
            raise EndpointError(f"the Oxigraph server stopped at start: {_reason(lines, server.process.returncode)}")
        try:
            with _open(server.base_url + "/", timeout=2):
                return
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise EndpointError(f"the Oxigraph server did not answer on {server.base_url} in {timeout:.0f}s")
        time.sleep(0.1)


# ---------------------------------------------------------------- a client

def _open(req, timeout: float):
    """urlopen, past any HTTP proxy of the environment for a server on this machine."""
    url = req.full_url if isinstance(req, urllib.request.Request) else req
    host = urllib.parse.urlsplit(url).hostname or ""
    handlers = [urllib.request.ProxyHandler({})] if host in ("127.0.0.1", "localhost", "::1") else []
    return urllib.request.build_opener(*handlers).open(req, timeout=timeout)


def query(url: str, text_or_name: str, params: dict | None = None, timeout: float = 60) -> list[dict]:
    """SPARQL text, or a catalogue twin by name, sent to an endpoint over HTTP
    (SPARQL 1.1 Protocol, results as JSON); the rows `kg.export.sparql.query` gives."""
    text, twin = sparql.resolve(text_or_name)
    text, limit = sparql.bind(text, params, twin)
    head = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in sparql.prefixes().items())
    req = urllib.request.Request(url, data=(head + text).encode("utf-8"), method="POST", headers={
        "Content-Type": "application/sparql-query; charset=utf-8",
        "Accept": "application/sparql-results+json, application/n-triples;q=0.9"})
    try:
        with _open(req, timeout=timeout) as resp:
            body, ctype = resp.read(), resp.headers.get_content_type()
    except urllib.error.HTTPError as exc:
        reason = exc.read().decode("utf-8", "replace").strip().splitlines()
        raise SparqlError(f"{url}: HTTP {exc.code}: {reason[0] if reason else exc.reason}") from None
    except (urllib.error.URLError, OSError) as exc:
        raise SparqlError(f"{url}: cannot reach the endpoint: {getattr(exc, 'reason', exc)}") from None
    if ctype == "application/n-triples":  # CONSTRUCT, DESCRIBE
        return sparql.rows(ox.parse(body, format=ox.RdfFormat.N_TRIPLES))
    return sparql.rows(ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON), twin, limit)
