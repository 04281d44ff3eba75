"""The catalogue: named, parameterised Cypher queries, one `.cypher` file each.

A file starts with a header of `//` lines: the first says what the query
answers, `// @param NAME: doc` declares a parameter and
`// @param NAME (int, default 20): doc` one with a type and a default. Type
`name` is a written form looked up in the Name index (kg.store.names): it is
sent as its look-up key, lower-cased here, because Ladybug seeks the key index
only for a plain parameter, not for `toLower($p)` (which scanned 374k keys). A file
`NAME.DIALECT.cypher` beside `NAME.cypher` is that query for one store where
the dialects differ (Ladybug has no `type()`/`labels()` list, for example).
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
_PARAM = re.compile(r"^@param\s+(\w+)(?:\s*\((\w+)(?:,\s*default\s+(.*?))?\))?\s*:\s*(.*)$")


class QueryError(ValueError):
    pass


def _iso_date(text) -> str:
    """A date parameter, checked here: an engine would only fail on it when a row reached it."""
    return _dt.date.fromisoformat(str(text).strip()).isoformat()


def name_key(text: str) -> str:
    """The Name index key of a written form: any case, any spacing."""
    return " ".join(str(text).split()).lower()


@dataclass
class Param:
    name: str
    doc: str
    type: str = "str"  # str | int | float | name | date
    default: str | None = None

    def convert(self, value):
        try:
            return {"int": int, "float": float, "name": name_key, "date": _iso_date}.get(self.type, str)(value)
        except (TypeError, ValueError):
            kind = "an ISO date (YYYY-MM-DD)" if self.type == "date" else self.type
            raise QueryError(f"parameter {self.name} must be {kind}, not {value!r}") from None


@dataclass
class Query:
    name: str
    doc: str
    text: str
    params: list[Param]
    path: Path
    variants: dict[str, str] = field(default_factory=dict)

    def text_for(self, dialect: str) -> str:
        return self.variants.get(dialect, self.text)

    def bind(self, given: dict) -> dict:
        """The parameters to send: given ones converted, defaults filled in;
        a missing or unknown parameter is an error (Ladybug would silently read
        a missing one as null)."""
        known = {p.name: p for p in self.params}
        extra = sorted(set(given) - set(known))
        if extra:
            raise QueryError(f"query {self.name}: unknown parameter {extra[0]} (takes: {', '.join(known) or 'none'})")
        out = {}
        for p in self.params:
            if p.name in given and given[p.name] is not None:
                out[p.name] = p.convert(given[p.name])
            elif p.default is not None:
                out[p.name] = p.convert(p.default)
            else:
                raise QueryError(f"query {self.name}: missing parameter {p.name} ({p.doc}); give it with -p {p.name}=...")
        return out


def parse_header(text: str, comment: str = "//") -> tuple[str, list[Param], dict[str, list[str]]]:
    """A query file's header: what it answers, its `@param` lines, and any
    other `@word` lines (a SPARQL twin's `@list`). The Cypher catalogue and the
    SPARQL twins (`#` comments) share it, so a parameter reads the same in both."""
    doc, params, other = [], [], {}
    for line in text.splitlines():
        if not line.startswith(comment):
            break
        body = line[len(comment):].strip()
        m = _PARAM.match(body)
        if m:
            params.append(Param(m.group(1), m.group(4).strip(), m.group(2) or "str", m.group(3)))
        elif body.startswith("@") and " " in body:
            word, rest = body[1:].split(" ", 1)
            other.setdefault(word, []).extend(c.strip() for c in rest.split(",") if c.strip())
        elif not params:
            doc.append(body)
    return " ".join(d for d in doc if d), params, other


def parse(path: Path) -> Query:
    text = path.read_text(encoding="utf-8")
    doc, params, _ = parse_header(text)
    if not doc:
        raise QueryError(f"{path.name}: the header must start with a line saying what the query answers")
    return Query(path.name.split(".")[0], doc, text, params, path)


@lru_cache(maxsize=None)
def catalogue() -> dict[str, Query]:
    out: dict[str, Query] = {}
    for path in sorted(HERE.glob("*.cypher")):
        parts = path.name.split(".")
        if len(parts) == 2:
            out[parts[0]] = parse(path)
    for path in sorted(HERE.glob("*.*.cypher")):
        name, dialect, _ = path.name.split(".")
        if name not in out:
            raise QueryError(f"{path.name}: a variant without its twin {name}.cypher")
        out[name].variants[dialect] = path.read_text(encoding="utf-8")
    return out


def get(name: str) -> Query:
    cat = catalogue()
    if name not in cat:
        raise QueryError(f"unknown query {name!r} (known: {', '.join(sorted(cat))})")
    return cat[name]
