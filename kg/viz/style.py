"""How each label looks, in one place: the HTML view and Neo4j Browser's style
sheet (schema/browser.grass) both read it, so a node looks the same in both.

A label not listed here (one added to schema/graph.toml later) still gets a
colour from FALLBACK and a caption from its properties; tests/test_viz.py checks
every schema label is listed, so a new label is noticed.

    python -m kg.viz > schema/browser.grass
"""
from __future__ import annotations

from kg.schema import load as load_schema

# label -> (fill, border, text on the fill); Neo4j Browser's own palette, so the
# view looks familiar to a Browser user.
COLOURS = {
    "Article": ("#A5ABB6", "#9AA1AC", "#FFFFFF"),
    "Person": ("#F79767", "#F36924", "#FFFFFF"),
    "Role": ("#C990C0", "#B261A5", "#FFFFFF"),
    "Satker": ("#4C8EDA", "#2870C2", "#FFFFFF"),
    "Organization": ("#57C7E3", "#23B3D7", "#2A2C34"),
    "Event": ("#F16667", "#EB2728", "#FFFFFF"),
    "Topic": ("#8DCC93", "#5DB665", "#2A2C34"),
    "Place": ("#ECB5C9", "#DA7298", "#2A2C34"),
    "Region": ("#FFC454", "#D7A013", "#2A2C34"),
    "Name": ("#E6E6E6", "#C8C8C8", "#2A2C34"),  # the look-up index: pale, out of the way
    "Form": ("#F2F2F2", "#D6D6D6", "#2A2C34"),  # the stores' written-form index: pale too
}
FALLBACK = [("#D9C8AE", "#C0A378", "#2A2C34"), ("#6DCE9E", "#3FB87C", "#2A2C34"),
            ("#DA7194", "#CC3C6C", "#FFFFFF")]

# node size in the Browser (px): the things an analyst starts from are larger
DIAMETERS = {"Satker": 65, "Event": 55, "Person": 50, "Organization": 55, "Topic": 45}


def colour(label: str) -> tuple[str, str, str]:
    if label in COLOURS:
        return COLOURS[label]
    return FALLBACK[sum(map(ord, label)) % len(FALLBACK)]


def caption_property(label: str) -> str:
    """The property a node is captioned with: `name`, else `title`, else its key."""
    lab = load_schema().labels.get(label)
    if lab is None:
        return "name"
    for p in ("name", "title"):
        if p in lab.properties:
            return p
    return lab.key


def grass() -> str:
    """Neo4j Browser's style sheet for every label and relationship type in the schema."""
    schema = load_schema()
    out = ["/* Neo4j Browser style for the kg graph. Generated from schema/graph.toml by",
           "   `python -m kg.viz > schema/browser.grass`; load it with `:style` (drop the file",
           "   on the style panel) or `:style <url>`. */",
           "node {", "  diameter: 50px;", "  color: #A5ABB6;", "  border-color: #9AA1AC;",
           "  border-width: 2px;", "  text-color-internal: #FFFFFF;", "  font-size: 10px;", "}",
           "relationship {", "  color: #A5ABB6;", "  shaft-width: 1px;", "  font-size: 8px;",
           "  padding: 3px;", "  text-color-external: #000000;", "  text-color-internal: #FFFFFF;",
           "  caption: '<type>';", "}"]
    for label in schema.labels:
        fill, border, text = colour(label)
        out += [f"node.{label} {{", f"  color: {fill};", f"  border-color: {border};",
                f"  text-color-internal: {text};", f"  diameter: {DIAMETERS.get(label, 45)}px;",
                f"  caption: '{{{caption_property(label)}}}';", "}"]
    for rel in schema.rels:
        out += [f"relationship.{rel} {{", "  caption: '<type>';", "}"]
    return "\n".join(out) + "\n"
