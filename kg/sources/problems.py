"""What went wrong reading an input, said in one line a user can act on."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Literal

from kg.model import Article

Severity = Literal["error", "warning"]


def one_line(text: str) -> str:
    """`text` with its line breaks and other control characters written as
    escapes (a file may be called "a\\nb"), so a message stays one line."""
    return "".join(repr(c)[1:-1] if unicodedata.category(c) == "Cc" or c in "\u2028\u2029" else c
                   for c in text)


@dataclass(frozen=True)
class Problem:
    file: str
    message: str
    line: int | None = None
    severity: Severity = "error"

    def __str__(self) -> str:
        file = one_line(self.file)
        where = file if self.line is None else f"{file}:{self.line}"
        return f"{where}: {' '.join(self.message.split())}"


@dataclass
class ReadResult:
    """Articles read (one per id, in input order) and the problems met on the way."""

    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    strict: bool = False

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    @property
    def ok(self) -> bool:
        return not self.errors and not (self.strict and self.warnings)
