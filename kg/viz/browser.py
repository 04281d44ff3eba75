"""The catalogue offered to a Neo4j Browser user: one snippet per query, with a
`:param` line holding an example value, ready to paste (docs/browser.md).

    python -m kg.viz.browser > docs/browser.md

Generated from kg/queries, so a query added there shows up here; a test
checks docs/browser.md is current.
"""
from __future__ import annotations

import json
import re

from kg.queries import catalogue, name_key

# example values for parameters whose doc gives none (KPU names found on many sites)
EXAMPLES = {"satker": "KPU Provinsi NTT", "person": "Reni Rinjani", "topic": "Bakohumas",
            "name": "KPU Provinsi NTT", "q": "Kupang", "role": "Ketua",
            "event": "Knowledge Sharing Bakohumas Tahap III"}


def example(param) -> object:
    """The value shown in a snippet: the doc's `e.g. "..."`, else EXAMPLES, else the default."""
    m = re.search(r'e\.g\. "([^"]+)"', param.doc)
    if m:
        value = m.group(1)
    elif param.name in EXAMPLES:
        value = EXAMPLES[param.name]
    elif param.default is not None:
        value = param.default
    else:
        value = ""
    if param.type in ("int", "float"):
        try:
            return int(value) if param.type == "int" else float(value)
        except ValueError:
            return 0
    if param.type == "name":  # a Name index key, as kg query sends it
        return name_key(value)
    return value


def param_line(q) -> str | None:
    """`:param {...}` in the map form every Browser 4.x/5.x accepts."""
    if not q.params:
        return None
    body = ", ".join(f"`{p.name}`: {json.dumps(example(p), ensure_ascii=False)}"
                     if p.name in ("from", "to") else f"{p.name}: {json.dumps(example(p), ensure_ascii=False)}"
                     for p in q.params)
    return f":param {{{body}}};"


def body(q) -> str:
    """The query for Neo4j without its `// @param` header lines."""
    return "\n".join(line for line in q.text.splitlines() if not line.startswith("// @param")).strip()


def markdown() -> str:
    lines = ["# The catalogue in Neo4j Browser", "",
             "Generated from `kg/queries/*.cypher` by `python -m kg.viz.browser > docs/browser.md`.", "",
             "Load the style first: open the Browser's style panel (`:style`) and drop",
             "`schema/browser.grass` on it, so labels have their colours and names as captions.",
             "Then paste a snippet into the editor (multi-statement, Browser's default): the",
             "`:param` line sets the parameters (change the values), the query uses them.",
             "Names (satker, person, event, topic, role, q) are looked up in the `Name` index,",
             "whose keys are lower case with single spaces: write them so in `:param`",
             "(`kg query` lower-cases them for you).",
             "The same query runs from the shell as `kg query NAME -p key=value`.", ""]
    for name, q in sorted(catalogue().items()):
        lines += [f"## {name}", "", q.doc, ""]
        if q.params:
            lines += [f"- `{p.name}`{f' (default `{p.default}`)' if p.default is not None else ''}: {p.doc}"
                      for p in q.params]
            lines.append("")
        lines.append("```cypher")
        pl = param_line(q)
        if pl:
            lines.append(pl)
        lines += [body(q), "```", ""]
    return "\n".join(lines)


if __name__ == "__main__":
    print(markdown(), end="")
