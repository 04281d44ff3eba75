"""Entities as extraction writes them: one per mention, ids from slugged names.

Kept apart from the rules so the pipeline and the participation rules build
them the same way; kg.resolve merges them into one node per real thing.
"""
from __future__ import annotations

import re

from kg.extract import orgs as orgs_mod
from kg.extract.people import Holding, Name
from kg.model import Entity, slug


def person_entity(name: Name) -> Entity:
    return Entity("Person", f"person:{slug(name.name)}", name.name,
                  {"titles": list(name.titles), "written": name.written})


def org_entity(om) -> Entity:
    """Election bodies get their canonical name; other organizations and groups
    keep the name as printed (only spacing mended): their canonical forms are
    ours, the printed one is the paper's."""
    return Entity(om.label, om.id, display_name(om), {"written": om.written, **_org_props(om),
                                                      "ancestors": [_ancestor(a) for a in orgs_mod.ancestors(om)]})


def _org_props(om) -> dict:
    props = {"level": "group" if om.generic else om.level, "region_code": om.region_code,
             "body": om.body, "parent": om.parent, "parent_id": om.parent_id}
    if om.label == "Organization":
        props["kind"] = om.kind
    if display_name(om) != om.name:
        props["canonical"] = om.name
    return {k: v for k, v in props.items() if v is not None}


def _ancestor(om) -> dict:
    """A unit the organization belongs to, as the resolver makes its node."""
    return {"label": om.label, "id": om.id, "name": display_name(om), **_org_props(om)}


def display_name(om) -> str:
    """Election bodies, their ad hoc bodies and groups of them by their canonical name; any other
    organization as printed (spacing and a trailing "(ABBR)" mended): our
    canonical forms of those are guesses, the printed one is the paper's."""
    if om.label != "Organization" or om.kind == "adhoc" or (om.generic and om.kind == "party"):
        return om.name
    name = re.sub(r"^(?:pengurus|jajaran|seluruh|para)\s+", "", om.written, flags=re.I)
    name = re.sub(r"\s*\([^)]{1,20}\)", "", name)
    return re.sub(r"\s+", " ", name).strip() or om.name


def role_entity(h: Holding) -> Entity:
    org = h.org
    return Entity("Role", f"role:{slug(org.name)}/{slug(h.post.name)}", h.post.name,
                  {"org": display_name(org), "org_id": org.id, "org_label": org.label, "written": h.post.written,
                   "acting": h.post.acting, "org_entity": org_entity(org).to_dict()})


def top_satker(om):
    """The commission a sub-unit belongs to (Biro SDM Setjen KPU -> KPU RI): who
    attends when one of its officials attends."""
    seen = 0
    while om is not None and om.level == "unit" and om.parent and seen < 5:
        parent = orgs_mod.canonical_org(om.parent)
        if parent is None:
            break
        om, seen = parent, seen + 1
    return om
