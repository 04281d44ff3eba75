"""SHACL shapes for the RDF export, generated from schema/graph.toml.

The shapes are derived from the same mapping rdf.py writes with, so a property
added to graph.toml is checked the day it is exported: one node shape per label
(its class, each property's datatype or class, `maxCount 1` for single values,
`uniqueLang` for SKOS preferred labels), each relationship as a property of the
class it starts from (or ends at, for a `^term`), and fixed shapes for the fact
nodes rdf.py builds (assertion, membership, selectors). `validate` runs pyshacl.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rdflib import BNode, Graph as RDFGraph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, RDF, XSD

from kg import schema as kg_schema
from kg.export import rdf
from kg.export.rdf import CONCEPT_VALUED, KG, OA, ORG, PROV, TIME, XSD_TYPE, ExportError, Mapping

SH = Namespace("http://www.w3.org/ns/shacl#")
SHAPES = Namespace("https://w3id.org/kpu-kg/shapes#")


@dataclass
class _Path:
    """What one class may have under one predicate, gathered before writing."""

    datatypes: set = field(default_factory=set)
    classes: set = field(default_factory=set)
    values: set = field(default_factory=set)  # coded enumeration members (sh:in)
    literal: bool = False  # a SKOS label: any literal, one per language
    single: bool = True
    sources: int = 0
    required: bool = False


def _kind(m: Mapping, pm) -> tuple[str, object]:
    last = str(pm.path[-1].iri)
    if last in m.codes:
        return "values", set(m.codes[last].values())
    if last in CONCEPT_VALUED:
        return "classes", {CONCEPT_VALUED[last][1]}
    if pm.lang:
        return "literal", None
    return "datatypes", {XSD_TYPE.get(pm.type, XSD.string)}


def _add(paths: dict, klass, term, kind: str, payload, single: bool, required: bool = False) -> None:
    p = paths.setdefault(klass, {}).setdefault(term, _Path())
    p.sources += 1
    p.single = p.single and single and p.sources == 1
    p.required = p.required or required
    if kind == "literal":
        p.literal = True
    else:
        getattr(p, kind).update(payload)


def _write(g: RDFGraph, klass, term, p: _Path) -> BNode:
    ps = BNode()
    g.add((ps, SH.path, term))
    options = []
    for dt in sorted(p.datatypes):
        options.append((SH.datatype, dt))
    for c in sorted(p.classes):
        options.append((SH["class"], c))
    if p.literal:
        options.append((SH.nodeKind, SH.Literal))
        if term == rdf.SKOS.prefLabel:
            g.add((ps, SH.uniqueLang, Literal(True)))
    if len(options) == 1:
        g.add((ps, *options[0]))
    elif options:
        alts = []
        for pred, obj in options:
            alt = BNode()
            g.add((alt, pred, obj))
            alts.append(alt)
        head = BNode()
        Collection(g, head, alts)
        g.add((ps, SH["or"], head))
    if p.values:
        head = BNode()
        Collection(g, head, sorted(p.values))
        g.add((ps, SH["in"], head))
    if p.single:
        g.add((ps, SH.maxCount, Literal(1)))
    if p.required:
        g.add((ps, SH.minCount, Literal(1)))
    return ps


def shapes(mapping: Mapping | None = None) -> RDFGraph:
    """The shapes graph (Turtle-ready, prefixes bound)."""
    m = mapping or rdf.load_mapping()
    s = kg_schema.load()
    paths: dict = {}
    for lab in s.labels.values():
        klass = m.classes.get(lab.name)
        if klass is None:
            continue
        paths.setdefault(klass, {})
        for name, pm in m.props.get(lab.name, {}).items():
            if len(pm.path) != 1 or pm.path[0].inverse:
                raise ExportError(f"schema/graph.toml: labels.{lab.name}.{name}: node properties take one term")
            kind, payload = _kind(m, pm)
            _add(paths, klass, pm.path[0].iri, kind, payload, pm.type != "STRING[]", required=(name == lab.key))
    for rel in s.rels.values():
        steps = m.rels.get(rel.name)
        if not steps:
            continue
        step = steps[0]
        starts, ends = (rel.to, rel.from_) if step.inverse else (rel.from_, rel.to)
        targets = {m.classes[x] for x in ends if x in m.classes}
        for x in starts:
            if x in m.classes:
                _add(paths, m.classes[x], step.iri, "classes", targets, single=False)
    # the fact nodes rdf.py builds
    assertion = KG.Assertion
    for term in (RDF.subject, RDF.predicate, RDF.object):
        _add(paths, assertion, term, "datatypes", set(), single=True, required=True)
    _add(paths, assertion, PROV.wasGeneratedBy, "classes", {PROV.Activity}, single=True, required=True)
    _add(paths, assertion, KG.evidence, "classes", {OA.SpecificResource}, single=True)
    selector = {OA.start: OA.TextPositionSelector, OA.end: OA.TextPositionSelector, OA.exact: OA.TextQuoteSelector}
    for name, prop in s.provenance.items():
        pm = rdf._prop_map(m, name, prop.type, prop.rdf)
        if pm is None:
            continue
        term = pm.path[-1].iri
        if term == PROV.wasDerivedFrom:
            _add(paths, assertion, term, "datatypes", set(), single=True, required=True)
            continue
        kind, payload = _kind(m, pm)
        _add(paths, selector.get(term, assertion), term, kind, payload, True, required=term in selector)
    holds = s.rels.get("HOLDS")
    if holds is not None:
        members = {m.classes[x] for x in holds.from_ if x in m.classes}
        _add(paths, ORG.Membership, ORG.member, "classes", members, single=True, required=True)
        _add(paths, ORG.Membership, ORG.organization, "classes",
             {m.classes[x] for x in s.rels["OF"].to if x in m.classes} if "OF" in s.rels else set(), True)
        _add(paths, ORG.Membership, ORG.role, "classes", {ORG.Role}, single=True)
        _add(paths, ORG.Membership, ORG.memberDuring, "classes", {TIME.Interval}, single=True)
        _add(paths, TIME.Interval, TIME.hasBeginning, "classes", {TIME.Instant}, single=True)
        _add(paths, TIME.Interval, TIME.hasEnd, "classes", {TIME.Instant}, single=True)
        _add(paths, TIME.Instant, TIME.inXSDDate, "datatypes", {XSD.date}, single=True)
    _add(paths, OA.SpecificResource, OA.hasSource, "datatypes", set(), single=True, required=True)
    _add(paths, OA.SpecificResource, OA.hasSelector, "classes",
         {OA.TextPositionSelector, OA.TextQuoteSelector}, single=False)

    g = RDFGraph()
    rdf._bind(g, m, rdf.DEFAULT_BASE)
    g.bind("sh", str(SH))
    g.bind("shape", str(SHAPES))
    for klass in sorted(paths):
        shape = SHAPES[rdf._local(klass)]
        g.add((shape, RDF.type, SH.NodeShape))
        g.add((shape, SH.targetClass, klass))
        for term, p in sorted(paths[klass].items()):
            ps = _write(g, klass, term, p)
            if term in (RDF.subject, RDF.predicate, RDF.object, PROV.wasDerivedFrom, OA.hasSource):
                g.add((ps, SH.nodeKind, SH.IRI))
            if term == KG.confidence:  # graph.toml: confidence is 0..1
                g.add((ps, SH.minInclusive, Literal(0.0)))
                g.add((ps, SH.maxInclusive, Literal(1.0)))
            if term in (OA.start, OA.end):
                g.add((ps, SH.minInclusive, Literal(0)))
            g.add((shape, SH.property, ps))
    return g


@dataclass
class Report:
    conforms: bool
    violations: list[dict]
    triples: int


def _short(g: RDFGraph, term) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        try:
            short = g.namespace_manager.normalizeUri(term)
            return str(term) if short.startswith("<") else short
        except Exception:  # noqa: BLE001 - any IRI rdflib cannot shorten is shown whole
            return str(term)
    return str(term)


def validate(data, mapping: Mapping | None = None) -> Report:
    """Validate an export (a file name, or an rdflib Graph/Dataset) against the
    generated shapes. Named graphs are validated as one graph: a fact in an
    article's graph points at nodes typed in the default graph."""
    from pyshacl import validate as run

    if isinstance(data, (str, Path)):
        data = rdf.parse(data)
    merged = RDFGraph()
    rdf._bind(merged, mapping or rdf.load_mapping(), rdf.DEFAULT_BASE)
    quads = data.quads((None, None, None, None)) if hasattr(data, "quads") else ((*t, None) for t in data)
    for s, p, o, *_ in quads:
        merged.add((s, p, o))
    conforms, results, _ = run(merged, shacl_graph=shapes(mapping), inference="none", advanced=True)
    violations = []
    for r in results.subjects(RDF.type, SH.ValidationResult):
        violations.append({
            "severity": _short(results, results.value(r, SH.resultSeverity)).replace("sh:", ""),
            "focus": _short(merged, results.value(r, SH.focusNode)),
            "path": _short(merged, results.value(r, SH.resultPath)),
            "value": _short(merged, results.value(r, SH.value)),
            "message": str(results.value(r, SH.resultMessage) or ""),
        })
    violations.sort(key=lambda v: (v["focus"], v["path"], v["message"]))
    return Report(bool(conforms), violations, len(merged))
