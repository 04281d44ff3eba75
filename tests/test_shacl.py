"""SHACL: the shapes come from graph.toml, the export conforms, broken data does not."""
from __future__ import annotations

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, XSD

from kg.export import rdf, shacl
from kg.export.rdf import DEFAULT_BASE, export, to_rdflib
from test_rdf import sample_graph


def test_shapes_cover_every_label_of_the_schema():
    from kg import schema
    g = shacl.shapes()
    targets = set(g.objects(None, shacl.SH.targetClass))
    m = rdf.load_mapping()
    assert {m.classes[lab] for lab in schema.load().labels if lab in m.classes} <= targets
    assert {rdf.KG.Assertion, rdf.ORG.Membership, rdf.OA.TextPositionSelector} <= targets


def test_the_export_conforms(tmp_path):
    for fmt in ("turtle", "trig"):
        path = tmp_path / f"x{rdf.FORMATS[fmt][0]}"
        export(sample_graph(), path, fmt)
        report = shacl.validate(path)
        assert report.conforms, report.violations[:5]
        assert report.violations == [] and report.triples > 200


def test_violations_are_reported_with_focus_and_path():
    g = to_rdflib(sample_graph())
    event = URIRef(DEFAULT_BASE + "event/2024-03-05-rakor-pemutakhiran-data")
    g.add((event, rdf.SDO.startDate, Literal("2024-03-07", datatype=XSD.date)))  # a second start date
    g.add((event, rdf.SDO.eventAttendanceMode, Literal("daring")))  # a code left as a string
    fact = next(g.subjects(RDF.type, rdf.KG.Assertion))
    g.add((fact, rdf.KG.confidence, Literal(1.5, datatype=XSD.double)))
    pos = next(g.subjects(RDF.type, rdf.OA.TextPositionSelector))
    g.remove((pos, rdf.OA.start, None))
    report = shacl.validate(g)
    assert not report.conforms
    seen = {(v["path"], v["focus"].rsplit("/", 1)[-1].split("#")[0]) for v in report.violations}
    assert ("schema:startDate", "2024-03-05-rakor-pemutakhiran-data") in seen
    assert ("schema:eventAttendanceMode", "2024-03-05-rakor-pemutakhiran-data") in seen
    assert any(v["path"] == "kg:confidence" and "1.5" in v["value"] for v in report.violations)
    assert any(v["path"] == "oa:start" for v in report.violations)
    # each addition is also a second value (maxCount): 2 + 2 + 1 + the missing oa:start
    assert len(report.violations) == 6


def _seed_graph(pages):
    from kg.extract.pipeline import extract
    from kg.resolve import resolve
    from kg.sources import read_articles
    result = read_articles([str(p) for p in pages])
    return resolve(result.articles, list(extract(result.articles)))


def test_the_seed_export_loads_and_conforms(pages, tmp_path):
    import pyoxigraph
    graph = _seed_graph(pages)
    path = tmp_path / "seeds.trig"
    stats = export(graph, path)
    assert stats.facts > 100 and not stats.skipped
    store = pyoxigraph.Store()
    store.load(path=str(path), format=pyoxigraph.RdfFormat.TRIG)
    assert len(store) > stats.facts
    report = shacl.validate(path)
    assert report.conforms, report.violations[:5]
