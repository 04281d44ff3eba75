"""People across articles, rule by rule: each test builds the facts one rule
needs and reads the resolved graph (kg.resolve.resolve)."""
from test_resolve_kit import article, event, fact, holds, person, role

from kg.resolve import entities, resolve

NTT = "KPU Provinsi Nusa Tenggara Timur"


def people(graph):
    return {r["name"]: r for r in entities(graph, ("Person",))}


def test_titles_do_not_split_a_person_and_are_kept():
    a, b = article("Webinar AI"), article("Rakor lain")
    g = resolve([a, b], [
        fact(a, person("Prof. Ir. Wayan Firdaus Mahmudy"), "SPOKE_AT", event(a, "Webinar AI", "webinar", "2025-10-24")),
        fact(b, person("Wayan Firdaus Mahmudy"), "SPOKE_AT", event(b, "Rakor lain", "rakor", "2025-11-01")),
    ])
    ps = people(g)
    assert list(ps) == ["Wayan Firdaus Mahmudy"]
    node = g.nodes[("Person", ps["Wayan Firdaus Mahmudy"]["id"])]
    assert "Prof." in node.props["titles"] and "Prof. Ir. Wayan Firdaus Mahmudy" in node.props["aliases"]
    assert any(m.startswith("same name:") for m in node.props["merges"])


def test_initials_merge_with_the_full_name_when_the_satker_is_shared():
    a, b = article("Apel Pagi"), article("Rapat Bakohumas")
    g = resolve([a, b], [holds(a, "Melanie Sari Willa Hege", "Plt. Sekretaris", NTT),
                         holds(b, "Melanie S.W. Hege", "Kepala Bagian Perencanaan, Data, dan Informasi", NTT)])
    ps = people(g)
    assert list(ps) == ["Melanie Sari Willa Hege"]
    assert "Melanie S.W. Hege" in ps["Melanie Sari Willa Hege"]["aliases"]
    assert any(m.startswith("initials:") and "same organization" in m for m in ps["Melanie Sari Willa Hege"]["merges"])


def test_initials_without_shared_context_stay_apart():
    a, b = article("Satu", site="ntt.kpu.go.id"), article("Dua", site="jakarta.kpu.go.id")
    g = resolve([a, b], [holds(a, "Melanie Sari Willa Hege", "Plt. Sekretaris", NTT),
                         holds(b, "Melanie S.W. Hege", "Dosen", "Universitas Indonesia")])
    assert len(people(g)) == 2


def test_spelling_slip_merges_on_shared_organization():
    a, b, c = article("Webinar AI"), article("FGD e-Counting", site="jakarta.kpu.go.id"), article("Lain")
    g = resolve([a, b, c], [holds(a, "Betty Epsilon Idroos", "Anggota", "KPU RI"),
                            holds(b, "Betty Epsilon Idross", "Anggota", "KPU RI"),
                            holds(c, "Betty Epsilon Idroos", "Ketua Divisi Data dan Informasi", "KPU RI")])
    ps = people(g)
    assert list(ps) == ["Betty Epsilon Idroos"]  # the form most articles print
    assert set(ps["Betty Epsilon Idroos"]["aliases"]) >= {"Betty Epsilon Idroos", "Betty Epsilon Idross"}
    assert any(m.startswith("spelling slip:") for m in ps["Betty Epsilon Idroos"]["merges"])


def test_abbreviated_given_name_merges_on_shared_post():
    a, b = article("Rakor Pengawasan"), article("Lain")
    g = resolve([a, b], [holds(a, "Mochammad Afifuddin", "Ketua", "KPU RI"),
                         holds(b, "Moch. Afifuddin", "Ketua", "KPU RI")])
    assert list(people(g)) == ["Mochammad Afifuddin"]


def test_back_reference_in_one_article():
    a = article("Bakohumas Tahap III")
    g = resolve([a], [holds(a, "Reni Rinjani", "Kepala Bagian Humas dan Informasi Publik", "KPU RI"),
                      fact(a, person("Reni"), "SPOKE_AT", event(a, "Bakohumas", "knowledge sharing", "2025-10-27"))])
    ps = people(g)
    assert list(ps) == ["Reni Rinjani"]
    assert "Reni" in ps["Reni Rinjani"]["aliases"]
    assert any(m.startswith("back-reference: 'Reni'") for m in ps["Reni Rinjani"]["merges"])
    # the SPOKE_AT edge of the bare name now starts at the full person
    spoke = [e for e in g.edges if e.type == "SPOKE_AT"]
    assert [e.src[1] for e in spoke] == [ps["Reni Rinjani"]["id"]]


def test_ambiguous_back_reference_is_left_alone():
    a = article("Dua Reni")
    g = resolve([a], [holds(a, "Reni Rinjani", "Anggota", "KPU RI"), holds(a, "Reni Sulastri", "Anggota", NTT),
                      fact(a, person("Reni"), "SPOKE_AT", event(a, "X", "rakor", "2025-10-27"))])
    assert set(people(g)) == {"Reni Rinjani", "Reni Sulastri", "Reni"}


def test_a_bare_name_does_not_merge_with_a_stranger_in_another_article():
    a, b = article("Satu"), article("Dua")
    g = resolve([a, b], [holds(a, "Viryan", "Anggota", "KPU RI"), holds(b, "Viryan Aziz", "Anggota", "KPU RI"),
                         holds(b, "Viryan Sitompul", "Anggota", NTT)])
    ps = people(g)
    assert set(ps) == {"Viryan Aziz", "Viryan Sitompul"}  # same post in same org joins the bare name
    assert "Viryan" in ps["Viryan Aziz"]["aliases"]


def test_shared_token_is_never_enough():
    a, b = article("Bakohumas Tahap II"), article("Ngopi Asli", site="kota-semarang.kpu.go.id")
    jateng = "KPU Provinsi Jawa Tengah"
    g = resolve([a, b], [holds(a, "Bapak Tri Tujiana", "Sekretaris", jateng), holds(b, "Handi Tri Ujiono", "Ketua", jateng)])
    assert set(people(g)) == {"Tri Tujiana", "Handi Tri Ujiono"}


def test_no_chains_through_initials():
    # M. Samsul may be Muhammad Samsul or Mahmud Samsul, but those two are not one person
    a, b, c = article("A"), article("B"), article("C")
    g = resolve([a, b, c], [holds(a, "M. Samsul Kadir", "Anggota", "KPU RI"),
                            holds(b, "Muhammad Samsul Kadir", "Anggota", "KPU RI"),
                            holds(c, "Mahmud Samsul Kadir", "Anggota", "KPU RI")])
    names = set(people(g))
    assert "Mahmud Samsul Kadir" in names and "Muhammad Samsul Kadir" in names
    assert len(names) == 2
