"""Progress on stderr for long jobs: a count, a rate and an estimate, redrawn
at most a few times a second so it never costs more than the work."""
from __future__ import annotations

import sys
import time


class Progress:
    def __init__(self, what: str, total: int | None = None, enabled: bool = True, every: float = 0.5):
        self.what, self.total, self.enabled, self.every = what, total, enabled, every
        self.n = 0
        self.t0 = self._last = time.monotonic()

    def step(self, k: int = 1) -> None:
        self.n += k
        if self.enabled:
            now = time.monotonic()
            if now - self._last >= self.every:
                self._last = now
                self._draw(now)

    def _draw(self, now: float) -> None:
        rate = self.n / max(now - self.t0, 1e-9)
        if self.total:
            left = max(self.total - self.n, 0) / rate if rate else 0
            msg = f"{self.what}: {self.n}/{self.total} ({100 * self.n / self.total:.0f}%), {rate:,.0f}/s, ~{left:.0f}s left"
        else:
            msg = f"{self.what}: {self.n}, {rate:,.0f}/s"
        sys.stderr.write("\r" + msg + " " * 8)
        sys.stderr.flush()

    def done(self, summary: str = "") -> None:
        if self.enabled:
            secs = time.monotonic() - self.t0
            sys.stderr.write(f"\r{self.what}: {summary or self.n} in {secs:.1f}s" + " " * 20 + "\n")
            sys.stderr.flush()
