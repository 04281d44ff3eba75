"""The read-only door: which user Cypher `kg cypher` and `Store.cypher` refuse
before it reaches an engine.

A read-only open is not enough on Ladybug: it runs CHECKPOINT (which fails
half-way and leaves the file in "checkpoint recovery pending", so every later
read-only open fails until a writer opens it), `COPY (...) TO 'file'` (writes
a file), `LOAD FROM 'file'` (reads any file), and `CALL setting=value`. So the
statement's words are read first, outside string literals, comments and
`backtick` names, and any clause word that writes, loads or administers is
refused, whatever case or spacing it is written in and however many `;`
statements hold it. Parameters never get here: they are values, never text.

A word right after `.`, `:` or `$` is a property, label, type or parameter
name (`n.set`, `:LOAD`), not a clause, and is allowed.
"""
from __future__ import annotations

import re

# clause words that write, read files, change settings or administer (both engines)
REFUSED = frozenset("""
CREATE MERGE SET DELETE DETACH REMOVE DROP ALTER FOREACH
COPY LOAD INSTALL UNINSTALL ATTACH USE EXPORT IMPORT CHECKPOINT
BEGIN COMMIT ROLLBACK GRANT DENY REVOKE TERMINATE
""".split())

# procedures that only read the catalogue; any other CALL (a procedure, a
# CALL { } subquery, a setting) is refused
READ_PROCEDURES = frozenset(
    "show_tables table_info show_connection db.labels db.relationshiptypes db.propertykeys "
    "db.schema.visualization db.schema.nodetypeproperties db.schema.reltypeproperties".split())

_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_PROC = re.compile(r"\s*([A-Za-z_][A-Za-z0-9_.]*)\s*\(")


class Refused(ValueError):
    """Why a statement does not pass the door, in a few words."""


def _code(text: str) -> str:
    """The text with string literals, comments and `names` blanked out (same
    length, so the rest keeps its place). Backslash escapes are read the way
    both engines read them; an unterminated literal or comment is refused, as
    the engine might read it otherwise."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c in "'\"`":
            j = i + 1
            while j < n:
                if text[j] == "\\" and c != "`":
                    j += 2
                    continue
                if text[j] == c:
                    if c == "`" and j + 1 < n and text[j + 1] == "`":  # `` inside a name
                        j += 2
                        continue
                    break
                j += 1
            if j >= n:
                raise Refused("an unterminated " + ("name" if c == "`" else "string"))
            out.append(" " * (j + 1 - i))
            i = j + 1
        elif text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            if j < 0:
                raise Refused("an unterminated comment")
            out.append(" " * (j + 2 - i))
            i = j + 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def check(text: str) -> None:
    """Raise Refused when `text` holds a clause that writes, loads files,
    changes a setting or administers the store."""
    code = _code(text)
    for m in _WORD.finditer(code):
        k = m.start() - 1
        while k >= 0 and code[k].isspace():
            k -= 1
        if k >= 0 and code[k] in ".:$":
            continue
        word = m.group().upper()
        if word in REFUSED:
            raise Refused(f"{word} is a write or admin statement")
        if word == "CALL":
            proc = _PROC.match(code, m.end())
            if not proc or proc.group(1).lower() not in READ_PROCEDURES:
                raise Refused("CALL runs only the catalogue procedures (" + ", ".join(sorted(READ_PROCEDURES)) + ")")
