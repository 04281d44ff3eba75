"""Posts: printed titles normalised to one Role node per post (kg/resolve/roles.py)."""
from test_resolve_kit import article, holds

from kg.resolve import conflicts, resolve, timeline
from kg.resolve.roles import normalise_post


def test_abbreviated_titles_expand():
    assert normalise_post("Kadiv Hukum dan Pengawasan").name == "Ketua Divisi Hukum dan Pengawasan"
    assert normalise_post("Kasubag Keuangan").name == normalise_post("Kasubbag Keuangan").name == "Kepala Subbagian Keuangan"
    assert normalise_post("Kabag Keuangan, Umum, dan Logistik").name == "Kepala Bagian Keuangan, Umum, dan Logistik"
    assert normalise_post("Kabiro Teknis Penyelenggaraan").name == normalise_post("Karo Teknis Penyelenggaraan").name


def test_one_key_for_every_printed_form_of_a_post():
    forms = ["Kadiv Parmas dan SDM", "Kepala Divisi Parmas dan SDM",
             "Ketua Divisi Partisipasi Masyarakat dan Sumber Daya Manusia", "Ketua Divisi Parmas & SDM"]
    assert len({normalise_post(f).key for f in forms}) == 1
    assert normalise_post("Kabag Keuangan, Umum dan Logistik").key == normalise_post("Kepala Bagian Keuangan, Umum, dan Logistik").key
    assert normalise_post("Ketua Divisi Teknis").key != normalise_post("Ketua Divisi Hukum dan Pengawasan").key


def test_acting_posts_are_marked_and_kept_apart():
    for w in ("Plt. Sekretaris", "Plt Sekretaris", "Pelaksana Tugas Sekretaris"):
        p = normalise_post(w)
        assert (p.name, p.acting, p.title) == ("Plt. Sekretaris", "Plt.", "Sekretaris")
    assert normalise_post("Plh. Direktur Pembinaan").acting == "Plh."
    assert normalise_post("Sekretaris").key != normalise_post("Plt. Sekretaris").key


def test_single_holder_posts():
    assert normalise_post("Ketua").single and normalise_post("Sekretaris Jenderal").single
    assert normalise_post("Kepala Bagian Keuangan").single
    assert not normalise_post("Anggota").single and not normalise_post("Anggota Divisi Hukum").single
    assert normalise_post("Komisioner").name == "Anggota"


def test_one_role_node_per_post_in_one_org():
    a, b = article("Rakor"), article("Lain")
    ntt = "KPU Provinsi Nusa Tenggara Timur"
    g = resolve([a, b], [holds(a, "Petrus Kanisius Nahak", "Kadiv Hukum dan Pengawasan", ntt),
                         holds(b, "Petrus Kanisius Nahak", "Ketua Divisi Hukum dan Pengawasan", ntt),
                         holds(b, "Henry Casandra Gultom", "Ketua Divisi Hukum dan Pengawasan", "KPU Kota Semarang")])
    roles = [n for k, n in g.nodes.items() if k[0] == "Role"]
    assert len(roles) == 2  # one post in NTT, one in Semarang
    ntt_role = next(r for r in roles if r.props["org"] == ntt)
    assert ntt_role.props["name"] == "Ketua Divisi Hukum dan Pengawasan" and ntt_role.props["single_holder"]
    assert "Kadiv Hukum dan Pengawasan" in ntt_role.props["aliases"]
    of = {(e.src, e.dst) for e in g.edges if e.type == "OF"}
    assert (ntt_role.key, ("Satker", "satker:kpu-provinsi-nusa-tenggara-timur")) in of
    assert len([e for e in g.edges if e.type == "OF"]) == 2


def test_post_timeline_shows_successive_holders():
    a = article("Digitalisasi Pemilu", site="sumut.kpu.go.id", date="2021-10-07")
    b = article("Rakor Pengawasan", date="2025-10-20")
    c = article("Rakor lain", date="2025-11-03")
    g = resolve([a, b, c], [holds(a, "Ilham Saputra", "Ketua", "KPU RI"),
                            holds(b, "Mochammad Afifuddin", "Ketua", "KPU RI"),
                            holds(c, "Mochammad Afifuddin", "Ketua", "KPU RI")])
    line = timeline(g, "role:kpu-ri/ketua")
    assert line == [{"person": "Ilham Saputra", "first_seen": "2021-10-07", "last_seen": "2021-10-07"},
                    {"person": "Mochammad Afifuddin", "first_seen": "2025-10-20", "last_seen": "2025-11-03"}]
    assert conflicts(g) == []


def test_two_holders_of_a_single_post_on_one_date_are_flagged():
    a, b = article("A", date="2025-10-20"), article("B", date="2025-10-20")
    g = resolve([a, b], [holds(a, "Mochammad Afifuddin", "Ketua", "KPU RI"), holds(b, "Ilham Saputra", "Ketua", "KPU RI"),
                         holds(a, "Iffa Rosita", "Anggota", "KPU RI"), holds(b, "Parsadaan Harahap", "Anggota", "KPU RI")])
    assert conflicts(g) == [{"role": "Ketua", "org": "KPU RI", "date": "2025-10-20",
                             "holders": ["Ilham Saputra", "Mochammad Afifuddin"]}]


def test_a_division_printed_by_its_short_name_is_one_post():
    """Provincial commissions' `Divisi Parmas dan SDM` is their `Divisi Sosialisasi,
    Pendidikan Pemilih, Partisipasi Masyarakat dan SDM` (one commissioner, two pages)."""
    full = "Ketua Divisi Sosialisasi, Pendidikan Pemilih, Partisipasi Masyarakat dan SDM"
    assert len({normalise_post(f).key for f in ("Kepala Divisi Parmas dan SDM", "Kadiv Sosdiklih, Parmas dan SDM",
                                                full)}) == 1
    # a section of the secretariat is no division, and a division without SDM is another one
    assert normalise_post("Kepala Subbagian Parmas dan SDM").key != normalise_post(
        "Kepala Subbagian Sosialisasi, Pendidikan Pemilih, Partisipasi Masyarakat dan SDM").key
    assert normalise_post("Anggota Divisi Sosialisasi, Pendidikan Pemilih, dan Partisipasi Masyarakat").key != \
        normalise_post("Anggota Divisi Parmas dan SDM").key
    a, b = article("Webinar", date="2025-10-24"), article("Rakor", date="2025-10-23")
    ntt = "KPU Provinsi Nusa Tenggara Timur"
    g = resolve([a, b], [holds(a, "Baharudin Hamzah", "Ketua Divisi Parmas dan SDM", ntt),
                         holds(b, "Baharudin Hamzah", full, ntt)])
    roles = [n.props for k, n in g.nodes.items() if k[0] == "Role"]
    assert [r["name"] for r in roles] == [full] and "Ketua Divisi Parmas dan SDM" in roles[0]["aliases"]


def test_anggota_divisi_is_the_ketua_divisi_of_the_same_person():
    """`Iffa Rosita (Anggota KPU RI Divisi Hukum dan Pengawasan)` on one page and
    `Ketua Divisi Hukum dan Pengawasan KPU RI, Iffa Rosita` on another: one post.
    Someone printed only as Anggota Divisi keeps that post."""
    a, b = article("Rakor NTT", date="2025-10-20"), article("Rakor Semarang", date="2025-10-21")
    g = resolve([a, b], [holds(a, "Iffa Rosita", "Anggota Divisi Hukum dan Pengawasan", "KPU RI"),
                         holds(b, "Iffa Rosita", "Ketua Divisi Hukum dan Pengawasan", "KPU RI"),
                         holds(a, "Parsadaan Harahap", "Anggota Divisi SDM", "KPU RI")])
    held = {(e.src[1], e.dst[1], e.props["first_seen"], e.props["last_seen"]) for e in g.edges if e.type == "HOLDS"}
    assert held == {("person:iffa-rosita", "role:kpu-ri/ketua-divisi-hukum-pengawasan", "2025-10-20", "2025-10-21"),
                    ("person:parsadaan-harahap", "role:kpu-ri/anggota-divisi-sumber-daya-manusia",
                     "2025-10-20", "2025-10-20")}
    roles = {k[1]: n.props for k, n in g.nodes.items() if k[0] == "Role"}
    assert "role:kpu-ri/anggota-divisi-hukum-pengawasan" not in roles
    assert "Anggota Divisi Hukum dan Pengawasan" in roles["role:kpu-ri/ketua-divisi-hukum-pengawasan"]["aliases"]
    assert {(e.src[1], e.dst[1]) for e in g.edges if e.type == "OF"} == {
        ("role:kpu-ri/ketua-divisi-hukum-pengawasan", "satker:kpu-ri"),
        ("role:kpu-ri/anggota-divisi-sumber-daya-manusia", "satker:kpu-ri")}
