"""General rules of issue 13 (extraction on sites nobody tuned on), each tried on
sentences written for the test in the patterns real pages use, with regions and
names of no fixture."""
import pytest

from kg.extract.orgs import find_orgs
from kg.extract.people import parse_sentence
from kg.extract.pipeline import extract_article
from kg.sources.text import read_text


def holds(sentence):
    return {(h.person.name, h.post.name, h.org.name if h.org else None)
            for h in parse_sentence(sentence, find_orgs(sentence)).holdings}


def article(body, title="KPU Kabupaten Ngawi Gelar Rapat Koordinasi Tahapan Pemilu",
            dateline="Ngawi, kab-ngawi.kpu.go.id – "):
    arts, _ = read_text(f"Berita Terkini\n\n{title}\n\n{dateline}{body}\n", "t.txt")
    assert len(arts) == 1
    return extract_article(arts[0])


def facts(body, relation, **kw):
    out = set()
    for f in article(body, **kw):
        if f.predicate == relation:
            out.add((f.subject.name, f.object.props.get("org")) if relation == "HOLDS" else f.subject.name)
    return out


# ------------------------------------------------------------ degrees are no persons

@pytest.mark.parametrize("sentence", [
    "Materi disampaikan Joko Susilo, M. A., dosen Universitas PGRI Madiun.",
    "Hadir Ketua PPK Taman, Ani Lestari, S. Sos, M. Pd, bersama anggota.",
    "Narasumber kedua, Hendra Wijaya M.Hum, dosen Universitas Jember, memaparkan riset.",
])
def test_a_degree_is_never_a_person(sentence):
    got = holds(sentence)
    names = {p for p, _, _ in got}
    assert names and not any(n.replace(" ", "").replace(".", "").lower() in {"ma", "mpd", "ssos", "mhum"}
                             for n in names), got
    assert names <= {"Joko Susilo", "Ani Lestari", "Hendra Wijaya"}


def test_initials_before_a_name_are_still_a_name():
    got = holds("Ketua KPU Kabupaten Jombang, M. A. Rahman, membuka acara.")
    assert ("M. A. Rahman", "Ketua", "KPU Kabupaten Jombang") in got
