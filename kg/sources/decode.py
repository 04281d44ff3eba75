"""Bytes of a page -> text, or a reason why the bytes are not a page.

Pages saved from Indonesian sites come as UTF-8, UTF-8 with a BOM, UTF-16
(Windows "Unicode" saves) or Windows-1252 (older CMSs and Excel exports). We try
those in that order, and Latin-1 last only when the result still reads as
text. Anything else is refused rather than read as garbage.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

# Leading bytes of files that are certainly not pages.
_MAGIC = {
    b"%PDF": "a PDF document", b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image", b"PK\x03\x04": "a ZIP archive (or .docx/.xlsx)",
    b"\x1f\x8b": "a gzip archive", b"\xd0\xcf\x11\xe0": "an MS Office document",
    b"\x7fELF": "a program", b"SQLite format 3": "an SQLite database",
}


_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


@dataclass
class Decoded:
    text: str | None  # None when the bytes are not text
    encoding: str | None = None
    problem: str | None = None  # why text is None, or which fallback was used
    fatal: bool = False


def _control_share(text: str) -> float:
    """Share of characters no page contains: C0 controls but tab/newline/CR, and C1."""
    if not text:
        return 0.0
    return len(_CONTROL.findall(text)) / len(text)


def _utf16_without_bom(data: bytes) -> str | None:
    """ASCII-heavy UTF-16 has a NUL in every other byte."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    for zeros, enc in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if zeros.count(0) > 0.6 * len(zeros):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                return None
            return text if _control_share(text) < 0.01 else None
    return None


def decode(data: bytes) -> Decoded:
    if not data.strip():
        return Decoded(None, problem="empty file", fatal=True)
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            return Decoded(None, problem=f"binary file ({what}), not a page", fatal=True)
    if data.startswith(codecs.BOM_UTF8):
        try:
            return Decoded(data.decode("utf-8-sig"), "utf-8-sig")
        except UnicodeDecodeError as exc:
            return Decoded(None, problem=f"not UTF-8 despite its BOM (byte {exc.start})", fatal=True)
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return Decoded(data.decode(enc), enc)
            except UnicodeDecodeError as exc:
                return Decoded(None, problem=f"not {enc.upper()} despite its BOM (byte {exc.start})",
                               fatal=True)
    if b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is not None:
            return Decoded(text, "utf-16", problem="UTF-16 without a byte-order mark; read as UTF-16")
        return Decoded(None, problem="binary file (contains NUL bytes), not a page", fatal=True)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    else:
        if _control_share(text) > 0.05:
            return Decoded(None, problem="binary file (mostly control characters), not a page",
                           fatal=True)
        return Decoded(text, "utf-8")
    for enc in ("cp1252", "latin-1"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _control_share(text) <= 0.01:
            return Decoded(text, enc, problem=f"not UTF-8 (byte {first_bad}); read as {enc}")
    return Decoded(None, problem=f"not UTF-8 (byte {first_bad}) and not text in cp1252 or latin-1",
                   fatal=True)
