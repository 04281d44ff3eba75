"""Facts built by hand in the shape extraction promises (kg/extract contract),
so each resolution rule can be tested alone. Imported by the other
test_resolve_* files."""
from __future__ import annotations

from kg.model import Article, Entity, Evidence, Fact, slug
from kg.resolve.names import strip_titles

ORGS = {
    "KPU RI": ("satker:kpu-ri", "national", None, None),
    "KPU Provinsi Nusa Tenggara Timur": ("satker:kpu-provinsi-nusa-tenggara-timur", "province", "53", "KPU RI"),
    "KPU Provinsi Jawa Tengah": ("satker:kpu-provinsi-jawa-tengah", "province", "33", "KPU RI"),
    "KPU Kota Semarang": ("satker:kpu-kota-semarang", "city", "33.74", "KPU Provinsi Jawa Tengah"),
    "KPU Provinsi Kalimantan Timur": ("satker:kpu-provinsi-kalimantan-timur", "province", "64", "KPU RI"),
}


def article(title: str, site: str = "ntt.kpu.go.id", date: str | None = None, body: str = "") -> Article:
    return Article.make(title, body or title + " body", source="test.txt", site=site, date=date)


def satker(name: str, written: str | None = None) -> Entity:
    sid, level, code, parent = ORGS[name]
    props = {"written": written or name, "level": level, "region_code": code}
    if parent:
        props.update(parent=parent, parent_id=ORGS[parent][0])
    return Entity("Satker", sid, name, props)


def person(written: str) -> Entity:
    name, titles = strip_titles(written)
    return Entity("Person", f"person:{slug(name)}", name, {"titles": titles, "written": written})


def role(post: str, org: str, written: str | None = None) -> Entity:
    oid = ORGS[org][0] if org in ORGS else f"org:{slug(org)}"
    label = "Satker" if org in ORGS else "Organization"
    return Entity("Role", f"role:{slug(org)}/{slug(post)}", post,
                  {"org": org, "org_id": oid, "org_label": label, "written": written or post,
                   "acting": post.startswith(("Plt", "Plh"))})


def event(art: Article, name: str, kind: str, date: str, end_date: str | None = None, **props) -> Entity:
    return Entity("Event", f"event:{art.id}", name, {"kind": kind, "date": date, "end_date": end_date, **props})


def fact(art: Article, subject: Entity, predicate: str, obj: Entity, sentence: str = "") -> Fact:
    text = sentence or f"{subject.name} {predicate} {obj.name}."
    start = max(0, art.body.find(text))
    return Fact(art, subject, predicate, obj, Evidence(text, start, start + len(text), rule="test"))


def holds(art: Article, who: str, post: str, org: str) -> Fact:
    return fact(art, person(who), "HOLDS", role(post, org))


def test_kit_builds_contract_ids():
    art = article("A")
    f = holds(art, "Dr. Baharudin Hamzah", "Anggota", "KPU Provinsi Nusa Tenggara Timur")
    assert f.subject.id == "person:baharudin-hamzah" and f.subject.props["titles"] == ["Dr."]
    assert f.object.id == "role:kpu-provinsi-nusa-tenggara-timur/anggota"
