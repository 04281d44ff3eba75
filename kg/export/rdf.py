"""A kg.model.Graph as RDF on public vocabularies, written as a stream.

The mapping is not written here: classes, properties and relationships take the
`rdf` terms of schema/graph.toml (a term may be a SPARQL path: `^p` reads p
backwards, `p/q` walks through nodes the export mints), our own terms come from
schema/kg.ttl. This module only knows the *shape* every fact takes:

    <person/x> org:holds <role/y> .                    the plain triple, kept plain
    <fact/H> a kg:Assertion, rdf:Statement ;           the fact as an n-ary node
        rdf:subject <person/x> ; rdf:predicate org:holds ; rdf:object <role/y> ;
        prov:wasDerivedFrom <article/A> ; prov:wasGeneratedBy <run/kg-0.1.0> ;
        kg:extractor "..." ; kg:confidence 0.9 ; dcterms:date "..."^^xsd:date ;
        kg:evidence <fact/H#span> .
    <fact/H#span> a oa:SpecificResource ; oa:hasSource <article/A> ;
        oa:hasSelector <fact/H#position>, <fact/H#quote> .
    <fact/H#position> a oa:TextPositionSelector ; oa:start 10 ; oa:end 90 .
    <fact/H#quote> a oa:TextQuoteSelector ; oa:exact "the sentence" .

A HOLDS fact node is also the org:Membership (member, organization, role,
memberDuring) that org:holds cannot carry. IRIs are the base plus the node id
(`person:reni-rinjani` -> `<base>person/reni-rinjani`) and a hash of the edge key
for facts, so two runs or two stores give the same IRIs. No blank nodes: that
keeps exports diffable and `rdflib.compare` fast.

Triples are produced one by one and written as they come (N-Triples, Turtle and
TriG), so an export never holds the graph twice; JSON-LD is built in memory.
"""
from __future__ import annotations

import hashlib
import io
import sys
import time as _time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import IO, Callable, Iterable, Iterator
from urllib.parse import quote, unquote

from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib import Dataset, Graph as RDFGraph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, XSD

import kg
from kg import schema as kg_schema
from kg.model import Edge, Graph, slug

DEFAULT_BASE = "https://w3id.org/kpu-kg/"
ONTOLOGY_FILE, TOPICS_FILE = kg_schema.ONTOLOGY_FILE, kg_schema.TOPICS_FILE

# format name -> (file suffix, media type)
FORMATS = {
    "turtle": (".ttl", "text/turtle"),
    "ntriples": (".nt", "application/n-triples"),
    "trig": (".trig", "application/trig"),
    "jsonld": (".jsonld", "application/ld+json"),
}
SUFFIX_FORMAT = {suffix: name for name, (suffix, _) in FORMATS.items()} | {".json": "jsonld", ".n3": "turtle"}

# Terms the fact shape itself uses (the shape is code, the vocabulary is not ours).
OA = Namespace("http://www.w3.org/ns/oa#")
PROV = Namespace("http://www.w3.org/ns/prov#")
ORG = Namespace("http://www.w3.org/ns/org#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
TIME = Namespace("http://www.w3.org/2006/time#")
SDO = Namespace("https://schema.org/")
KG = Namespace("https://w3id.org/kpu-kg/ontology#")

# Terms used once per fact, looked up once (rdflib namespace attribute access is slow).
R_TYPE, R_STATEMENT, R_SUBJECT, R_PREDICATE, R_OBJECT = RDF.type, RDF.Statement, RDF.subject, RDF.predicate, RDF.object
K_ASSERTION, K_EVIDENCE = KG.Assertion, KG.evidence
P_GENERATED, P_DERIVED = PROV.wasGeneratedBy, PROV.wasDerivedFrom
O_MEMBERSHIP, O_MEMBER, O_ORGANIZATION, O_ROLE = ORG.Membership, ORG.member, ORG.organization, ORG.role
A_SPECIFIC, A_SOURCE, A_SELECTOR = OA.SpecificResource, OA.hasSource, OA.hasSelector
A_POSITION, A_QUOTE = OA.TextPositionSelector, OA.TextQuoteSelector
SELECTOR_OF = {str(OA.start): "#position", str(OA.end): "#position", str(OA.exact): "#quote"}
_TYPE_S = str(RDF.type)
_XSD_STRING = str(XSD.string)

# Classes of the nodes a property path mints on its way (OWL-Time's own ranges).
PATH_NODE_CLASS = {
    str(ORG.memberDuring): TIME.Interval,
    str(TIME.hasBeginning): TIME.Instant,
    str(TIME.hasEnd): TIME.Instant,
}
# A string property whose term ranges over concepts: each distinct value becomes a
# skos:Concept in a scheme of its own (the titles Ketua, Anggota, ... of org:role).
CONCEPT_VALUED = {str(ORG.role): ("title", ORG.Role)}
SKOS_LABELS = {str(SKOS.prefLabel), str(SKOS.altLabel), str(SKOS.hiddenLabel)}
XSD_TYPE = {"DOUBLE": XSD.double, "INT64": XSD.integer, "DATE": XSD.date, "BOOL": XSD.boolean}


class ExportError(ValueError):
    """Bad input for an export: the message names the file and the problem."""


# ---------------------------------------------------------------- the mapping

@dataclass(frozen=True)
class Step:
    iri: URIRef
    inverse: bool = False


@dataclass(frozen=True)
class PropMap:
    name: str
    type: str
    path: tuple[Step, ...]
    lang: str | None  # "id"/"en" for SKOS labels, else None


@dataclass
class Mapping:
    """graph.toml's rdf terms, expanded to IRIs, plus kg.ttl's coded values."""

    prefixes: dict[str, str]
    classes: dict[str, URIRef]
    props: dict[str, dict[str, PropMap]]  # label -> property -> map
    rels: dict[str, tuple[Step, ...]]
    rel_props: dict[str, dict[str, PropMap]]  # rel type -> own and provenance props
    facts: set[str]
    codes: dict[str, dict[str, URIRef]] = field(default_factory=dict)  # term -> code -> member

    def expand(self, curie: str) -> URIRef:
        if curie.startswith(("http://", "https://", "urn:")):
            return URIRef(curie)
        prefix, _, local = curie.partition(":")
        if prefix not in self.prefixes:
            raise ExportError(f"schema/graph.toml: unknown prefix {prefix!r} in rdf term {curie!r}")
        return URIRef(self.prefixes[prefix] + local)

    def path(self, text: str) -> tuple[Step, ...]:
        steps = []
        for part in text.split("/"):
            part = part.strip()
            inverse = part.startswith("^")
            steps.append(Step(self.expand(part.lstrip("^")), inverse))
        return tuple(steps)


def _prop_map(m: Mapping, name: str, type_: str, rdf: str | None) -> PropMap | None:
    if not rdf:
        return None
    path = m.path(rdf)
    lang = None
    if str(path[-1].iri) in SKOS_LABELS and type_ in ("STRING", "STRING[]"):
        lang = "en" if name.endswith("_en") else "id"
    return PropMap(name, type_, path, lang)


@lru_cache(maxsize=None)
def load_mapping(schema_file: str | None = None, ontology_file: str | None = None) -> Mapping:
    s = kg_schema.load(schema_file)
    m = Mapping(dict(s.prefixes), {}, {}, {}, {}, set())
    for lab in s.labels.values():
        if lab.rdf:
            m.classes[lab.name] = m.expand(lab.rdf)
        m.props[lab.name] = {p.name: pm for p in lab.properties.values()
                             if (pm := _prop_map(m, p.name, p.type, p.rdf))}
    for rel in s.rels.values():
        if not rel.rdf:
            continue
        m.rels[rel.name] = m.path(rel.rdf)
        m.rel_props[rel.name] = {p.name: pm for p in rel.properties.values()
                                 if (pm := _prop_map(m, p.name, p.type, p.rdf))}
        if rel.fact:
            m.facts.add(rel.name)
    onto = RDFGraph().parse(ontology_file or ONTOLOGY_FILE, format="turtle")
    for term, _, klass in onto.triples((None, SDO.rangeIncludes, None)):
        members = {str(code): member for member in onto.subjects(RDF.type, klass)
                   for code in onto.objects(member, KG.code)}
        if members:
            m.codes[str(term)] = members
    return m


# ---------------------------------------------------------------- IRIs

def node_iri(base: str, label: str, node_id: str) -> URIRef:
    """`person:reni-rinjani` -> `<base>person/reni-rinjani`; an id without a
    prefix (an article's hash) takes its label's name."""
    prefix, sep, rest = str(node_id).partition(":")
    if not sep or not prefix or not rest:
        prefix, rest = label.lower(), str(node_id)
    return URIRef(f"{base}{quote(prefix, safe='-._~')}/{quote(rest, safe='-._~')}")


def node_id(base: str, iri: str) -> str:
    """The inverse of node_iri: `<base>topic/pemilu` -> `topic:pemilu`."""
    prefix, _, rest = str(iri)[len(base):].partition("/")
    return f"{unquote(prefix)}:{unquote(rest)}"


def fact_iri(base: str, edge: Edge) -> URIRef:
    key = f"{edge.type}|{edge.src[0]}:{edge.src[1]}|{edge.dst[0]}:{edge.dst[1]}|{edge.props.get('article')}"
    return URIRef(f"{base}fact/{hashlib.sha1(key.encode()).hexdigest()[:20]}")


def run_iri(base: str) -> URIRef:
    return URIRef(f"{base}run/kg-{kg.__version__}")


def article_graph_iri(base: str, article: str) -> URIRef:
    return URIRef(f"{base}graph/{node_iri(base, 'Article', article)[len(base):]}")


# ---------------------------------------------------------------- triples

@dataclass
class Stats:
    triples: int = 0
    nodes: int = 0
    edges: int = 0
    facts: int = 0
    skipped: list[str] = field(default_factory=list)  # values that could not be typed
    seconds: float = 0.0


class _Maker:
    """Turns nodes and edges into (s, p, o, graph) tuples; graph is None for the
    default graph or the article's named graph (used by TriG only)."""

    def __init__(self, m: Mapping, base: str, stats: Stats):
        self.m, self.base, self.stats = m, base, stats
        self.concepts: set[URIRef] = set()
        self.schemes: set[URIRef] = set()
        self.role_titles: dict = {}  # Role key -> its title, for the Membership's org:role
        self.title_map = PropMap("title", "STRING", (Step(ORG.role),), None)
        self.run = run_iri(base)
        self.vocab_labels: set = set()  # (concept, lang) that schema/topics.ttl gives a prefLabel
        self.vocab_names: dict = {}  # concept -> every label text schema/topics.ttl gives it

    def literals(self, pm: PropMap, value, where: str) -> list:
        values = value if isinstance(value, (list, tuple, set)) else [value]
        out = []
        for v in values:
            if v is None or v == "":
                continue
            if pm.type in ("STRING", "STRING[]"):
                out.append(Literal(str(v), lang=pm.lang) if pm.lang else Literal(str(v)))
                continue
            dt = XSD_TYPE[pm.type]
            try:
                if pm.type == "DATE":
                    import datetime as _dt
                    v = _dt.date.fromisoformat(str(v)[:10]) if not isinstance(v, _dt.date) else v
                    out.append(Literal(v.isoformat(), datatype=dt))
                elif pm.type == "BOOL":
                    if not isinstance(v, bool):
                        raise ValueError
                    out.append(Literal(v))
                elif pm.type == "INT64":
                    out.append(Literal(int(v), datatype=dt))
                else:
                    out.append(Literal(float(v), datatype=dt))
            except (TypeError, ValueError):
                self.stats.skipped.append(f"{where}.{pm.name}: {v!r} is not a {pm.type}")
        return out

    def value_terms(self, pm: PropMap, value, where: str) -> Iterator:
        """Literals, or IRIs where kg.ttl codes the value or the term ranges over concepts."""
        last = str(pm.path[-1].iri)
        for lit in self.literals(pm, value, where):
            coded = self.m.codes.get(last)
            if coded is not None and str(lit) in coded:
                yield coded[str(lit)], ()
            elif last in CONCEPT_VALUED:
                yield self.concept(last, str(lit))
            else:
                yield lit, ()

    def concept(self, term: str, label: str):
        name, klass = CONCEPT_VALUED[term]
        scheme = URIRef(f"{self.base}scheme/{name}")
        iri = URIRef(f"{self.base}{name}/{slug(label) or quote(label, safe='')}")
        extra = []
        if scheme not in self.schemes:
            self.schemes.add(scheme)
            extra += [(scheme, RDF.type, SKOS.ConceptScheme), (scheme, SKOS.prefLabel, Literal(name, lang="en"))]
        if iri not in self.concepts:
            self.concepts.add(iri)
            extra += [(iri, RDF.type, klass), (iri, RDF.type, SKOS.Concept), (iri, SKOS.inScheme, scheme),
                      (iri, DCTERMS.identifier, Literal(f"{name}:{iri.rsplit('/', 1)[-1]}")),
                      (iri, SKOS.prefLabel, Literal(label, lang="id"))]
        return iri, extra

    def walk(self, subject: URIRef, pm: PropMap, value, where: str) -> Iterator[tuple]:
        for obj, extra in self.value_terms(pm, value, where):
            yield from extra
            s = subject
            for i, step in enumerate(pm.path):
                if i == len(pm.path) - 1:
                    o = obj
                else:  # an intermediate node, named after the subject and the path so far
                    o = URIRef(f"{subject}{'#' if '#' not in subject else '-'}"
                               + "-".join(_local(st.iri) for st in pm.path[: i + 1]))
                    klass = PATH_NODE_CLASS.get(str(step.iri))
                    if klass is not None:
                        yield (o, RDF.type, klass)
                yield (o, step.iri, s) if step.inverse else (s, step.iri, o)
                s = o

    def node(self, node) -> Iterator[tuple]:
        s = node_iri(self.base, node.label, node.id)
        klass = self.m.classes.get(node.label)
        if klass is not None:
            yield (s, RDF.type, klass)
        props = self.m.props.get(node.label, {})
        key = props.get("id")
        if key is not None:
            yield from self.walk(s, key, node.id, f"{node.label}:{node.id}")
        for name, value in node.props.items():
            pm = props.get(name)
            if pm is None or name == "id":
                continue
            if pm.lang and s in self.vocab_names:
                # a label the vocabulary gives already (with its own language tag) is not said
                # again: SKOS keeps a concept's prefLabel and altLabels apart
                said = self.vocab_names[s]
                value = [v for v in (value if isinstance(value, (list, tuple, set)) else [value])
                         if str(v) not in said]
                if not value:
                    continue
            if pm.lang and (s, pm.lang) in self.vocab_labels and pm.path[-1].iri == SKOS.prefLabel:
                # the vocabulary names this concept; the graph's other name is an alternative one
                pm = PropMap(pm.name, pm.type, (Step(SKOS.altLabel),), pm.lang)
            yield from self.walk(s, pm, value, f"{node.label}:{node.id}")

    def edge(self, e: Edge, post_org: dict) -> Iterator[tuple]:
        path = self.m.rels.get(e.type)
        if path is None:
            return
        src = node_iri(self.base, *e.src)
        dst = node_iri(self.base, *e.dst)
        if len(path) != 1:
            raise ExportError(f"schema/graph.toml: relationships.{e.type}: rdf must be one term or ^term")
        step = path[0]
        s, o = (dst, src) if step.inverse else (src, dst)
        yield (s, step.iri, o)
        if e.type not in self.m.facts:
            return
        f = fact_iri(self.base, e)
        article = e.props.get("article")
        yield (f, R_TYPE, K_ASSERTION)
        yield (f, R_TYPE, R_STATEMENT)
        yield (f, R_SUBJECT, s)
        yield (f, R_PREDICATE, step.iri)
        yield (f, R_OBJECT, o)
        yield (f, P_GENERATED, self.run)
        if e.type == "HOLDS":
            yield (f, R_TYPE, O_MEMBERSHIP)
            yield (f, O_MEMBER, src)
            if e.dst in post_org:
                yield (f, O_ORGANIZATION, node_iri(self.base, *post_org[e.dst]))
        where = f"{e.type} {e.src[1]} -> {e.dst[1]}"
        props = self.m.rel_props.get(e.type, {})
        have_span = False
        for name, value in e.props.items():
            pm = props.get(name)
            if pm is None:
                continue
            term = pm.path[-1].iri
            if term == P_DERIVED:
                yield (f, term, node_iri(self.base, "Article", value))
                continue
            frag = SELECTOR_OF.get(str(term)) if len(pm.path) == 1 else None
            target = URIRef(f + frag) if frag else f
            for t in self.walk(target, pm, value, where):
                yield t
                have_span = have_span or frag is not None
        if e.type == "HOLDS":
            for t in self.walk(f, self.title_map, self.role_titles.get(e.dst), where):
                yield t
        if have_span:
            span, pos, quote_ = URIRef(f + "#span"), URIRef(f + "#position"), URIRef(f + "#quote")
            yield (f, K_EVIDENCE, span)
            yield (span, R_TYPE, A_SPECIFIC)
            if article:
                yield (span, A_SOURCE, node_iri(self.base, "Article", article))
            yield (span, A_SELECTOR, pos)
            yield (pos, R_TYPE, A_POSITION)
            yield (span, A_SELECTOR, quote_)
            yield (quote_, R_TYPE, A_QUOTE)


def _local(iri: URIRef) -> str:
    s = str(iri)
    return s.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _rebase(term, base: str):
    if isinstance(term, URIRef) and base != DEFAULT_BASE and str(term).startswith(DEFAULT_BASE):
        return URIRef(base + str(term)[len(DEFAULT_BASE):])
    return term


def quads(graph: Graph, base: str = DEFAULT_BASE, mapping: Mapping | None = None,
          stats: Stats | None = None, vocabulary: bool = True,
          progress: Callable[[int, int], None] | None = None) -> Iterator[tuple]:
    """Every triple of the export as (s, p, o, g): g is the article's named graph
    for a fact's triples, None for the rest. Yields nodes, then edges."""
    m = mapping or load_mapping()
    stats = stats if stats is not None else Stats()
    if not base.endswith(("/", "#")):
        base += "/"
    mk = _Maker(m, base, stats)
    post_org = {e.src: e.dst for e in graph.edges if e.type == "OF"}
    mk.role_titles = {key: n.props.get("title") for key, n in graph.nodes.items()
                      if n.label == "Role" and n.props.get("title")}
    run = run_iri(base)
    agent = URIRef(f"{base}agent/kg-{kg.__version__}")
    for t in ((run, RDF.type, PROV.Activity), (run, PROV.wasAssociatedWith, agent),
              (agent, RDF.type, PROV.SoftwareAgent), (agent, RDFS.label, Literal(f"kg {kg.__version__}"))):
        yield (*t, None)
    if vocabulary and TOPICS_FILE.exists():
        vocab = RDFGraph().parse(TOPICS_FILE, format="turtle")
        for s, p, o in vocab:
            yield (_rebase(s, base), p, _rebase(o, base), None)
            if p == SKOS.prefLabel and isinstance(o, Literal) and o.language:
                mk.vocab_labels.add((_rebase(s, base), o.language))
            if p in (SKOS.prefLabel, SKOS.altLabel) and isinstance(o, Literal):
                mk.vocab_names.setdefault(_rebase(s, base), set()).add(str(o))
        for concept in set(vocab.subjects(R_TYPE, SKOS.Concept)):  # the id its Topic node has
            c = _rebase(concept, base)
            if str(c).startswith(base) and vocab.value(concept, DCTERMS.identifier) is None:
                yield (c, DCTERMS.identifier, Literal(node_id(base, c)), None)
    total = len(graph.nodes) + len(graph.edges)
    done = 0
    for node in graph.nodes.values():
        stats.nodes += 1
        for t in mk.node(node):
            yield (*t, None)
        done += 1
        if progress and done % 50000 == 0:
            progress(done, total)
    for e in graph.edges:
        stats.edges += 1
        g = None
        if e.type in m.facts:
            stats.facts += 1
            if e.props.get("article"):
                g = article_graph_iri(base, e.props["article"])
        for t in mk.edge(e, post_org):
            yield (*t, g)
        done += 1
        if progress and done % 50000 == 0:
            progress(done, total)


def to_rdflib(graph: Graph, base: str = DEFAULT_BASE, named_graphs: bool = False, **kw):
    """The export as an in-memory rdflib Graph (or Dataset with one graph per article)."""
    m = kw.pop("mapping", None) or load_mapping()
    if named_graphs:
        ds = Dataset()
        _bind(ds, m, base)
        for s, p, o, g in quads(graph, base, m, **kw):
            ds.add((s, p, o, g if g is not None else DATASET_DEFAULT_GRAPH_ID))
        return ds
    g = RDFGraph()
    _bind(g, m, base)
    for s, p, o, _ in quads(graph, base, m, **kw):
        g.add((s, p, o))
    return g


def _bind(g, m: Mapping, base: str) -> None:
    for prefix, ns in m.prefixes.items():
        g.bind(prefix, ns, override=True, replace=True)
    g.bind("oa", str(OA))
    g.bind("time", str(TIME))


# ---------------------------------------------------------------- writers

def _esc(text: str) -> str:
    return (text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
            .replace("\r", "\\r").replace("\t", "\\t"))


class _Terms:
    """Term -> text for N-Triples (full IRIs) or Turtle/TriG (prefixed names for
    vocabulary, IRIs relative to @base for our nodes)."""

    def __init__(self, prefixes: dict[str, str] | None = None, base: str | None = None):
        self.prefixes = sorted((prefixes or {}).items(), key=lambda kv: -len(kv[1]))
        self.base = base
        self.cache: dict[str, str] = {}

    def iri(self, iri: str) -> str:
        hit = self.cache.get(iri)
        if hit is not None:
            return hit
        if self.base and iri == _TYPE_S:
            return "a"
        out = None
        for prefix, ns in self.prefixes:
            if iri.startswith(ns):
                local = iri[len(ns):]
                if local and local.replace("_", "a").replace("-", "a").isalnum() and local[0].isalpha():
                    out = f"{prefix}:{local}"
                    break
        if out is None and self.base and iri.startswith(self.base):
            rest = iri[len(self.base):]
            if rest and ":" not in rest.split("/", 1)[0] and not rest.startswith(("/", "#", "?")):
                out = f"<{rest}>"
        out = out or f"<{iri}>"
        if len(self.cache) < 200000 or out[0] != "<":
            self.cache[iri] = out
        return out

    def term(self, t) -> str:
        if type(t) is Literal:
            text = f'"{_esc(str(t))}"'
            if t.language:
                return f"{text}@{t.language}"
            dt = t.datatype
            if dt is not None and str(dt) != _XSD_STRING:
                return f"{text}^^{self.iri(str(dt))}"
            return text
        return self.iri(str(t))


def _header(prefixes: dict[str, str], base: str) -> str:
    lines = [f"@base <{base}> ."] + [f"@prefix {p}: <{ns}> ." for p, ns in sorted(prefixes.items())]
    return "\n".join(lines) + "\n\n"


def write_ntriples(stream: Iterable[tuple], out: IO[str], stats: Stats) -> None:
    terms = _Terms()
    t, buf = terms.term, []
    for s, p, o, _ in stream:
        buf.append(f"{t(s)} {t(p)} {t(o)} .\n")
        if len(buf) >= 10000:
            out.write("".join(buf))
            stats.triples += len(buf)
            buf.clear()
    out.write("".join(buf))
    stats.triples += len(buf)


def write_turtle(stream: Iterable[tuple], out: IO[str], stats: Stats, prefixes: dict[str, str],
                 base: str, trig: bool = False) -> None:
    """Subject blocks as the triples come; TriG wraps each run of one graph in a
    `GRAPH { }` block (a graph name may repeat, the parser merges the blocks)."""
    terms = _Terms(prefixes, base)
    t = terms.term
    out.write(_header(prefixes, base))
    subject = graph = None
    open_graph = False
    buf: list[str] = []
    n = 0
    for s, p, o, g in stream:
        if trig and (g != graph or not open_graph):
            if subject is not None:
                buf.append(" .\n")
                subject = None
            if open_graph:
                buf.append("}\n")
            buf.append("{\n" if g is None else f"GRAPH {t(g)} {{\n")
            graph, open_graph = g, True
        if s == subject:
            buf.append(f" ;\n    {t(p)} {t(o)}")
        else:
            if subject is not None:
                buf.append(" .\n")
            buf.append(f"{t(s)} {t(p)} {t(o)}")
            subject = s
        n += 1
        if len(buf) >= 10000:
            out.write("".join(buf))
            buf.clear()
    if subject is not None:
        buf.append(" .\n")
    if open_graph:
        buf.append("}\n")
    out.write("".join(buf))
    stats.triples += n


def export(graph: Graph, path: str | Path | IO[str], fmt: str | None = None, base: str = DEFAULT_BASE,
           progress: bool | Callable[[int, int], None] = False, vocabulary: bool = True) -> Stats:
    """Write the RDF export of `graph` to `path` (a file name, "-" or a text stream).
    The format defaults from the file's suffix; progress goes to stderr."""
    if isinstance(path, (str, Path)) and str(path) != "-":
        fmt = fmt or SUFFIX_FORMAT.get(Path(path).suffix.lower())
    if fmt not in FORMATS:
        raise ExportError(f"{path}: unknown RDF format {fmt!r} (one of {', '.join(FORMATS)})")
    if not base.endswith(("/", "#")):
        base += "/"
    if not base.startswith(("http://", "https://", "urn:")):
        raise ExportError(f"base IRI {base!r} must start with http://, https:// or urn:")
    m = load_mapping()
    stats = Stats()
    report = progress
    if progress is True:
        def report(done, total):
            print(f"kg export: {done}/{total} nodes and edges", file=sys.stderr, flush=True)
    started = _time.perf_counter()
    stream = quads(graph, base, m, stats, vocabulary, report or None)
    opened = None
    if isinstance(path, (str, Path)):
        if str(path) == "-":
            out = sys.stdout
        else:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            out = opened = open(path, "w", encoding="utf-8", newline="\n")
    else:
        out = path
    prefixes = dict(m.prefixes) | {"oa": str(OA), "time": str(TIME)}
    try:
        if fmt == "ntriples":
            write_ntriples(stream, out, stats)
        elif fmt in ("turtle", "trig"):
            write_turtle(stream, out, stats, prefixes, base, trig=(fmt == "trig"))
        else:
            g = RDFGraph()
            _bind(g, m, base)
            for s, p, o, _ in stream:
                g.add((s, p, o))
            stats.triples = len(g)
            out.write(g.serialize(format="json-ld", context=prefixes, auto_compact=True))
    finally:
        if opened is not None:
            opened.close()
    stats.seconds = _time.perf_counter() - started
    return stats


def parse(path: str | Path, fmt: str | None = None):
    """Read an export back (a Dataset, so TriG's named graphs survive)."""
    fmt = fmt or SUFFIX_FORMAT.get(Path(path).suffix.lower())
    if fmt not in FORMATS:
        raise ExportError(f"{path}: cannot tell the RDF format from the suffix (use {', '.join(SUFFIX_FORMAT)})")
    ds = Dataset()
    try:
        ds.parse(str(path), format={"ntriples": "nt", "jsonld": "json-ld"}.get(fmt, fmt))
    except FileNotFoundError:
        raise ExportError(f"{path}: no such file") from None
    except Exception as exc:  # rdflib raises many kinds; the user needs one line
        raise ExportError(f"{path}: not valid {fmt}: {_parse_reason(exc)}") from None
    return ds


def _parse_reason(exc: Exception) -> str:
    """The line of a parser's error that says what is wrong: rdflib's Turtle and
    TriG errors open with a position line ("at line 5 of <>:", often off) and
    give the reason on the next ("Bad syntax (objectList expected) at ^ in:")."""
    lines = str(exc).splitlines()
    for line in lines:
        if line.startswith("Bad syntax"):
            return line.split(" at ^")[0]
    return lines[0] if lines else type(exc).__name__
