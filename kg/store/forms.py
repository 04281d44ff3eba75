"""The Form index: every form in which the stored articles print a satker or
organization, by the entity's id, whether or not the entity has a node yet.

Why: an article can print `KPU kota batam` before any fact has made that
satker a node; a build aliases only nodes that exist, and a later build passes
stored articles over, so the form would be lost, and the pages split over
builds would give fewer aliases than one build. Kept here, it reaches the node
whenever a build makes it (kg.pipeline.add_written_forms asks `Store.printed`).
The loader adds the batch's forms in the batch's transaction; like the Name
index it is the stores' own (derived): never read from input, never exported.
"""
from __future__ import annotations

from kg.model import Node

LABEL = "Form"


def nodes(forms: dict[tuple[str, str], set[str]]) -> dict[tuple, Node]:
    """Form nodes for a batch's written forms ((label, id) -> forms); the loader
    merges their lists into the stored ones."""
    return {(LABEL, nid): Node(LABEL, nid, {"kind": label, "forms": sorted(written)})
            for (label, nid), written in forms.items() if written}
