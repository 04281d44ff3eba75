"""Post-and-name patterns, one family at a time, on sentences of other regions
than the seeds."""
import pytest

from kg.extract.orgs import find_orgs
from kg.extract.people import parse_sentence, tokenize


def holds(sentence):
    return {(h.person.name, h.post.name, h.org.name if h.org else None)
            for h in parse_sentence(sentence, find_orgs(sentence)).holdings}


@pytest.mark.parametrize("sentence, expected", [
    # POST ORG NAME
    ("Kegiatan dibuka oleh Ketua KPU Provinsi Sulawesi Selatan Hasbullah Ahmad.",
     ("Hasbullah Ahmad", "Ketua", "KPU Provinsi Sulawesi Selatan")),
    # POST ORG, NAME
    ("Anggota KPU Kabupaten Sleman, Indah Sri Wulandari, menyampaikan materi.",
     ("Indah Sri Wulandari", "Anggota", "KPU Kabupaten Sleman")),
    # NAME, POST ORG
    ("Hadir pula Yosef Lewar, Sekretaris KPU Kota Kupang, dalam kegiatan itu.",
     ("Yosef Lewar", "Sekretaris", "KPU Kota Kupang")),
    # abbreviations expand
    ("Rapat dipimpin Kadiv Teknis Penyelenggaraan KPU Kabupaten Bantul, Joko Santosa.",
     ("Joko Santosa", "Ketua Divisi Teknis Penyelenggaraan", "KPU Kabupaten Bantul")),
    # acting posts
    ("Sambutan disampaikan Plh. Sekretaris KPU Provinsi Maluku Utara Ahmad Faisal.",
     ("Ahmad Faisal", "Plh. Sekretaris", "KPU Provinsi Maluku Utara")),
])
def test_post_and_name_orders(sentence, expected):
    assert expected in holds(sentence)


def test_name_selaku_post_takes_the_organization_from_the_phrase():
    got = holds("Dalam arahannya, Maria Goreti selaku Ketua Divisi Hukum KPU Kabupaten Sikka menegaskan hal itu.")
    assert ("Maria Goreti", "Ketua Divisi Hukum", "KPU Kabupaten Sikka") in got


def test_name_in_parentheses_post():
    got = {(h.person.name, h.post.name) for h in parse_sentence(
        "Dari KPU Kota Ambon hadir Yohanis Latuheru (Kasubag Teknis) dan Sarah Pattiasina (Kadiv Hukum).",
        []).holdings}
    assert got == {("Yohanis Latuheru", "Kepala Subbagian Teknis"), ("Sarah Pattiasina", "Ketua Divisi Hukum")}


def test_two_posts_one_person():
    s = ("Hadir Kabag Keuangan dan Logistik yang juga menjabat sebagai Pejabat Pembuat Komitmen (PPK) "
         "Rudi Hartono.")
    got = {(h.person.name, h.post.name) for h in parse_sentence(s, []).holdings}
    assert got == {("Rudi Hartono", "Kepala Bagian Keuangan dan Logistik"), ("Rudi Hartono", "Pejabat Pembuat Komitmen")}


def test_a_list_shares_its_post():
    s = "Turut hadir Anggota KPU Provinsi Bengkulu Rusman Sudarsono, Eko Sugianto dan Darmawan Putra."
    got = {h.person.name for h in parse_sentence(s, find_orgs(s)).holdings if h.post.name == "Anggota"}
    assert got == {"Rusman Sudarsono", "Eko Sugianto", "Darmawan Putra"}


def test_a_list_of_names_each_with_its_post_is_not_a_shared_list():
    s = ("Hadir Kepala Bagian Umum, Lidia Manek, Kepala Subbagian Hukum dan SDM, Petrus Bere, serta staf "
         "KPU Kabupaten Belu.")
    got = {(h.person.name, h.post.name) for h in parse_sentence(s, find_orgs(s)).holdings}
    assert got == {("Lidia Manek", "Kepala Bagian Umum"), ("Petrus Bere", "Kepala Subbagian Hukum dan SDM")}


def test_titles_are_stripped_and_kept():
    s = "Materi disampaikan Dr. H. Ahmad Sujai, S.H., M.Si., Dosen Fakultas Hukum Universitas Andalas."
    h = parse_sentence(s, find_orgs(s)).holdings
    assert h and h[0].person.name == "Ahmad Sujai"
    assert {"Dr.", "H."} <= set(h[0].person.titles)


def test_initials_stay_in_the_name():
    s = "Kasubag Keuangan KPU Kota Bitung, Yanti R.M. Lumenta, hadir."
    assert ("Yanti R.M. Lumenta", "Kepala Subbagian Keuangan", "KPU Kota Bitung") in holds(s)


def test_a_missing_space_before_a_post_is_mended():
    toks = [t.text for t in tokenize("Hadir Ketua besertaOperator JDIH")]
    assert toks == ["Hadir", "Ketua", "beserta", "Operator", "JDIH"]


def test_an_abbreviated_post_is_not_a_name():
    """`Moderator adalah Kabiro Teknis Penyelenggaraan, Melgia ...`: Kabiro is the post."""
    import kg
    from kg.model import Article
    body = ("Rapat Koordinasi sesi II digelar KPU RI secara daring pada Kamis (14/10/2021). Sebagai pengantar "
            "kegiatan sekaligus bertindak Moderator adalah Kabiro Teknis Penyelenggaraan, Melgia Carolina Van Harling.")
    art = Article.make("KPU Gelar Rakor Sesi II", body, "t.txt")
    people = {e.name for f in kg.extract_article(art) for e in (f.subject, f.object) if e.label == "Person"}
    assert people == {"Melgia Carolina Van Harling"}
