"""SPARQL over the RDF export, on pyoxigraph (an embedded SPARQL 1.1 engine).

The data is an exported file, or a store's graph exported on the fly. The
catalogue's SPARQL twins live beside the Cypher ones as kg/queries/NAME.rq with
the same kind of header, in `#` comments:

    # What the query answers (first line).
    # @param satker: doc                       a parameter, bound as a plain literal
    # @param from (date, default 0001-01-01): doc    typed (str | int | float | date)
    # @list topics                             a GROUP_CONCAT column read as a list

A parameter NAME is written `?_NAME` in the text (so it cannot clash with an
answer column of the same name, as `satker` does in `holders`). Its value goes
in as an RDF term serialized by pyoxigraph (quotes and escapes are the
library's), never as raw text; pyoxigraph's own substitution would only bind
projected variables.
SPARQL has no parameter for LIMIT, so a `limit` parameter cuts the rows after
the query has ordered them.
"""
from __future__ import annotations

import datetime as _dt
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.export import rdf
from kg.export.rdf import DEFAULT_BASE, ExportError
from kg.queries import Param, parse_header

QUERIES = Path(__file__).resolve().parents[1] / "queries"
LIST_SEPARATOR = "\u001f"  # what the twins pass to GROUP_CONCAT; no name contains it
FORMATS = {".ttl": ox.RdfFormat.TURTLE, ".n3": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES,
            ".trig": ox.RdfFormat.TRIG, ".nq": ox.RdfFormat.N_QUADS, ".jsonld": ox.RdfFormat.JSON_LD,
            ".json": ox.RdfFormat.JSON_LD, ".rdf": ox.RdfFormat.RDF_XML, ".xml": ox.RdfFormat.RDF_XML}


class SparqlError(ValueError):
    pass


def _term(param: Param, value) -> ox.Literal:
    """A parameter as the typed literal the twin's text is given."""
    try:
        if param.type == "int":
            return ox.Literal(str(int(value)), datatype=ox.NamedNode(str(rdf.XSD.integer)))
        if param.type == "float":
            return ox.Literal(str(float(value)), datatype=ox.NamedNode(str(rdf.XSD.double)))
        if param.type == "date":
            return ox.Literal(_dt.date.fromisoformat(str(value)).isoformat(),
                              datatype=ox.NamedNode(str(rdf.XSD.date)))
    except ValueError:
        raise SparqlError(f"parameter {param.name} must be a {param.type}, not {value!r}") from None
    return ox.Literal(str(value))


@dataclass
class Twin:
    name: str
    doc: str
    text: str
    params: list[Param]
    lists: list[str] = field(default_factory=list)


def parse_query_file(path: Path) -> Twin:
    text = path.read_text(encoding="utf-8")
    doc, params, other = parse_header(text, comment="#")
    if not doc:
        raise SparqlError(f"{path.name}: the header must start with a line saying what the query answers")
    return Twin(path.stem, doc, text, params, other.get("list", []))


def twins() -> dict[str, Twin]:
    return {p.stem: parse_query_file(p) for p in sorted(QUERIES.glob("*.rq"))}


# ---------------------------------------------------------------- data

def load_file(path: str | Path, store: ox.Store | None = None) -> ox.Store:
    """An exported file (any RDF syntax, by its suffix) in a fresh in-memory store."""
    path = Path(path)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise SparqlError(f"{path}: cannot tell the RDF syntax from the suffix (one of {', '.join(FORMATS)})")
    if not path.is_file():
        raise SparqlError(f"{path}: no such file")
    store = store if store is not None else ox.Store()
    try:
        store.bulk_load(path=str(path), format=fmt)
    except (SyntaxError, ValueError, OSError) as exc:
        raise SparqlError(f"{path}: not valid {path.suffix[1:]}: {str(exc).splitlines()[0]}") from None
    return store


def load_graph(graph, base: str = DEFAULT_BASE) -> ox.Store:
    """A kg.model.Graph (e.g. `store.graph()`) exported straight into pyoxigraph."""
    buf = io.StringIO()
    rdf.export(graph, buf, "ntriples", base=base)
    store = ox.Store()
    store.bulk_load(buf.getvalue().encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return store


# ---------------------------------------------------------------- queries

def _value(term):
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dt = term.datatype.value if term.datatype is not None else ""
        if dt.endswith(("#integer", "#long", "#int")):
            return int(term.value)
        if dt.endswith(("#double", "#decimal", "#float")):
            return float(term.value)
        if dt.endswith("#boolean"):
            return term.value == "true"
        return term.value
    return term.value


def prefixes() -> dict[str, str]:
    """The prefixes every query may use undeclared: those of schema/graph.toml, oa: and time:."""
    return dict(rdf.load_mapping().prefixes) | {"oa": str(rdf.OA), "time": str(rdf.TIME)}


def bind(text: str, params: dict | None = None, twin: Twin | None = None) -> tuple[str, int | None]:
    """The query text with its parameters in place, and the row limit a `limit` parameter sets."""
    params = dict(params or {})
    subs = {}
    declared = {p.name: p for p in twin.params} if twin else {}
    if twin:
        extra = sorted(set(params) - set(declared))
        if extra:
            raise SparqlError(f"query {twin.name}: unknown parameter {extra[0]} (takes: {', '.join(declared) or 'none'})")
        for p in twin.params:
            value = params.get(p.name, p.default)
            if value is None:
                raise SparqlError(f"query {twin.name}: missing parameter {p.name} ({p.doc}); give it with -p {p.name}=...")
            params[p.name] = value
    limit = None
    for name, value in params.items():
        if name == "limit" and twin and "limit" in declared:
            limit = int(_term(declared["limit"], value).value)
            continue
        subs[name] = str(_term(declared[name], value) if name in declared else ox.Literal(str(value)))
    if subs:
        text = re.sub(r"\?_(\w+)\b", lambda m: subs.get(m.group(1), m.group(0)), text)
    return text, limit


def rows(result, twin: Twin | None = None, limit: int | None = None) -> list[dict]:
    """Rows of a SELECT (variable -> Python value), [{"result": bool}] for ASK,
    subject/predicate/object rows for CONSTRUCT/DESCRIBE."""
    if isinstance(result, (bool, ox.QueryBoolean)):
        return [{"result": bool(result)}]
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        out = []
        lists = set(twin.lists) if twin else set()
        for sol in result:
            row = {}
            for n in names:
                v = _value(sol[n])
                if n in lists:
                    v = sorted(x for x in (v or "").split(LIST_SEPARATOR) if x)
                row[n] = v
            out.append(row)
            if limit is not None and len(out) >= limit:
                break
        return out
    return [{"subject": t.subject.value, "predicate": t.predicate.value, "object": _value(t.object)} for t in result]


def run(store: ox.Store, text: str, params: dict | None = None, twin: Twin | None = None) -> list[dict]:
    """The rows (see `rows`) of a query with its parameters bound, on a pyoxigraph store."""
    text, limit = bind(text, params, twin)
    try:
        result = store.query(text, use_default_graph_as_union=True, prefixes=prefixes())
    except SyntaxError as exc:
        raise SparqlError(f"SPARQL syntax: {str(exc).splitlines()[0]}") from None
    return rows(result, twin, limit)


def resolve(text_or_name: str) -> tuple[str, Twin | None]:
    """SPARQL text as it is, or a twin's text by its name."""
    cat = twins()
    if text_or_name in cat:
        return cat[text_or_name].text, cat[text_or_name]
    if re.fullmatch(r"\w+", text_or_name.strip()):
        raise SparqlError(f"unknown SPARQL query {text_or_name!r} (known: {', '.join(cat) or 'none'})")
    return text_or_name, None


def query(store: ox.Store, text_or_name: str, params: dict | None = None) -> list[dict]:
    """Run SPARQL text, or a twin by name (`holders`, `satker_events`, ...)."""
    text, twin = resolve(text_or_name)
    return run(store, text, params, twin)
