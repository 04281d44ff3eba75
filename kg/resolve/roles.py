"""Post titles: one Role node per post in one organization, however printed.

`Kadiv Hukum dan Pengawasan`, `Kepala Divisi Hukum dan Pengawasan` and
`Ketua Divisi Hukum & Pengawasan` are one post; `Plt. Sekretaris` is an acting
post and says so. The key (`Post.key`) decides identity; the name a node shows
is the fullest printed form.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.lang.roles_data import (ACTING_PREFIXES, DIVISION_ABBREVIATIONS, DIVISION_MEMBER_TITLE, DIVISION_SHORT_NAMES,
                                SAME_POST, SINGLE_HOLDER_TITLES, TITLE_ABBREVIATIONS, TITLE_PHRASES, UNIT_WORDS)

_PHRASES = {**TITLE_PHRASES, **{k: v for k, v in SAME_POST.items() if " " in k}}
_ABBREVIATIONS = {**TITLE_ABBREVIATIONS, **{k: v for k, v in SAME_POST.items() if " " not in k}}
from kg.model import slug

_STOP = {"dan", "serta", "&", "pada", "di", "bidang"}


@dataclass(frozen=True)
class Post:
    name: str  # canonical printed form: "Plt. Sekretaris", "Ketua Divisi Hukum dan Pengawasan"
    title: str  # without the unit: "Sekretaris", "Ketua Divisi"
    acting: str  # "", "Plt.", "Plh.", "Pj."
    single: bool
    key: str  # identity: lower-case, abbreviations expanded, punctuation dropped


def _acting(text: str) -> tuple[str, str]:
    low = text.lower()
    for printed in sorted(ACTING_PREFIXES, key=len, reverse=True):
        if low == printed.rstrip(".") or re.match(re.escape(printed) + r"[\s.]", low + " "):
            rest = text[len(printed):].lstrip(" .")
            return ACTING_PREFIXES[printed], rest
    return "", text


def _expand_title(text: str) -> str:
    low = text.lower()
    for phrase in sorted(_PHRASES, key=len, reverse=True):
        if low == phrase or low.startswith(phrase + " "):
            return _PHRASES[phrase] + text[len(phrase):]
    first, _, rest = text.partition(" ")
    exp = _ABBREVIATIONS.get(first.lower().rstrip("."))
    if exp:
        return (exp + " " + rest).strip()
    return text


def _key_words(text: str) -> list[str]:
    words = re.sub(r"[^0-9a-z&]+", " ", text.lower()).split()
    out: list[str] = []
    for w in words:
        out += DIVISION_ABBREVIATIONS.get(w, w).split()
    out = [w for w in out if w not in _STOP]
    if "divisi" in out:  # "Divisi Parmas dan SDM" is the division's short name
        i = out.index("divisi") + 1
        full = DIVISION_SHORT_NAMES.get(" ".join(out[i:]))
        if full:
            out = out[:i] + full.split()
    return out


def normalise_post(written: str) -> Post:
    """`Plt. Kasubag Keuangan` -> Post('Plt. Kepala Subbagian Keuangan', 'Kepala Subbagian', 'Plt.', True, ...)."""
    text = re.sub(r"\s+", " ", (written or "").strip(" ,;"))
    acting, rest = _acting(text)
    rest = _expand_title(rest)
    rest = rest[:1].upper() + rest[1:]
    words = rest.split()
    title_words = words
    for n in (3, 2, 1):  # a known title first ("Kepala Bagian", "Direktur", "Ketua")
        if " ".join(words[:n]).lower().strip(",") in SINGLE_HOLDER_TITLES:
            title_words = words[:n]
            break
    else:  # otherwise up to the word that starts the unit ("Anggota Divisi | Hukum")
        for i, w in enumerate(words[:4]):
            if w.lower().strip(",") in UNIT_WORDS:
                title_words = words[: i + 1]
                break
    title = " ".join(title_words).strip(",")
    name = f"{acting} {rest}".strip() if acting else rest
    single = title.lower() in SINGLE_HOLDER_TITLES
    key = " ".join(([acting.lower().rstrip(".")] if acting else []) + _key_words(rest))
    return Post(name=name, title=title, acting=acting, single=single, key=key)


def role_id(org_id: str | None, post: Post) -> str:
    """`role:<org>/<post>`, from the post's key so every printed form gives the same id."""
    org = (org_id or "").split(":", 1)[-1] or "unknown"
    return f"role:{org}/{slug(post.key)}"


def better_name(*names: str) -> str:
    """The fuller printed form of one post or organization (longer after
    expansion; ties: alphabetical): a total order, so the name does not depend
    on the order the pages come in."""
    return max(names, key=lambda s: (len(s), s))


def division_heads(role_ids: set[str]) -> dict[str, str]:
    """Of the posts one person was printed in, each `Anggota Divisi X` that is a
    form of the same person's `Ketua Divisi X` in the same organization:
    {anggota role id: ketua role id}."""
    member, head = DIVISION_MEMBER_TITLE
    out = {}
    for rid in role_ids:
        org, _, post = rid.partition("/")
        if post.startswith(member):
            same = f"{org}/{head}{post[len(member):]}"
            if same in role_ids:
                out[rid] = same
    return out
