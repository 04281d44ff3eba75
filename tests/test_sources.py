"""Reading pages into articles: the seeds against gold, every input format, bad input."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kg.sources import read_articles, read_bytes, read_file
from kg.sources.dateline import parse_dateline
from kg.sources.dates import is_date_line, parse_date
from kg.sources.decode import decode
from kg.sources.text import looks_like_title

FIXTURES = Path(__file__).parent / "fixtures" / "pages"


def gold_titles(shared: Path) -> dict[str, list[str]]:
    out = {}
    for f in sorted((shared / "eval" / "gold").glob("*.json")):
        data = json.loads(f.read_text(encoding="utf-8"))
        out[data["source"]] = [a["title"] for a in data["articles"]]
    return out


def titles_by_source(articles) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for a in articles:
        out.setdefault(a.source, []).append(a.title)
    return out


# ------------------------------------------------------------------ the seeds

def test_seeds_give_exactly_the_gold_articles(shared):
    result = read_articles([str(shared / "seeds" / "*.txt")])
    assert result.ok, [str(p) for p in result.problems]
    assert result.problems == []
    assert titles_by_source(result.articles) == gold_titles(shared)


def test_seed_bodies_start_where_the_page_has_them(shared):
    for page in sorted((shared / "seeds").glob("*.txt")):
        text = page.read_text(encoding="utf-8")
        articles, _ = read_file(page)
        for a in articles:
            first_paragraph = a.body.split("\n")[0]
            assert text[a.body_offset:a.body_offset + len(first_paragraph)] == first_paragraph
            assert a.title not in a.body.split("\n")  # the title is not repeated as a paragraph
            assert a.section == ("Berita Terkini" if not page.name.startswith("003") else None)


def test_seed_datelines(shared):
    ntt, _ = read_file(shared / "seeds" / "000_bc605d6a2dcc39eb.txt")
    assert [a.place for a in ntt] == ["Kupang"] * 4 + ["Jakarta"] * 2
    assert {a.site for a in ntt} == {"ntt.kpu.go.id"}
    assert all(a.body.startswith(f"{a.place}, ntt.kpu.go.id — ") for a in ntt)
    semarang, _ = read_file(shared / "seeds" / "001_ab53c4c0aa7bc6f9.txt")
    assert {(a.place, a.site) for a in semarang} == {("Semarang", "kota-semarang.kpu.go.id")}
    jakarta, _ = read_file(shared / "seeds" / "002_08f70f615d10753e.txt")
    assert [a.place for a in jakarta] == [None] * 6  # bodies open without a dateline
    tapteng, _ = read_file(shared / "seeds" / "004_12f8eceb6aae2b06.txt")
    assert [(a.place, a.site) for a in tapteng][-1] == ("Jakarta", "kpu.go.id")
    assert [a.place for a in tapteng][:-1] == [None] * 4


def test_one_paragraph_per_line_body(shared):
    (art,), _ = read_file(shared / "seeds" / "003_fc3a7f3fd000fb44.txt")
    paragraphs = art.body.split("\n")
    assert len(paragraphs) == 7
    assert paragraphs[0].startswith("Kupang, ntt.kpu.go.id – ")
    assert paragraphs[2].startswith("“Meski saat ini")
    assert (art.place, art.site) == ("Kupang", "ntt.kpu.go.id")


@pytest.mark.parametrize("relayout", ["no_blank_lines", "blank_between_paragraphs", "crlf",
                                      "extra_blank_lines"])
def test_layout_does_not_decide_titles(shared, tmp_path, relayout):
    """The same pages laid out differently give the same articles (same ids)."""
    for page in sorted((shared / "seeds").glob("*.txt")):
        text = page.read_text(encoding="utf-8")
        lines = text.split("\n")
        if relayout == "no_blank_lines":
            text = "\n".join(ln for ln in lines if ln.strip())
        elif relayout == "blank_between_paragraphs":
            text = "\n\n".join(ln for ln in lines if ln.strip())
        elif relayout == "crlf":
            text = text.replace("\n", "\r\n")
        else:
            text = "\n\n\n".join(lines) + "\n\n"
        copy = tmp_path / page.name
        copy.write_text(text, encoding="utf-8")
        want, _ = read_file(page)
        got, problems = read_file(copy)
        assert problems == []
        assert [(a.id, a.title) for a in got] == [(a.id, a.title) for a in want]


@pytest.mark.parametrize("header,section", [
    ("", None), ("KPU Dalam Berita\n\n", "KPU Dalam Berita"), ("Kabar Satker\n\n", "Kabar Satker"),
    ("Opini:\n", "Opini")])
def test_section_header_variants(shared, tmp_path, header, section):
    page = shared / "seeds" / "000_bc605d6a2dcc39eb.txt"
    body = page.read_text(encoding="utf-8").split("\n", 2)[2]  # without "Berita Terkini"
    copy = tmp_path / page.name
    copy.write_text(header + body, encoding="utf-8")
    want, _ = read_file(page)
    got, problems = read_file(copy)
    assert problems == []
    assert [a.id for a in got] == [a.id for a in want]
    assert {a.section for a in got} == {section}


def test_same_article_twice_is_one(shared, tmp_path):
    page = shared / "seeds" / "003_fc3a7f3fd000fb44.txt"
    text = page.read_text(encoding="utf-8")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Berita\n\n" + text.strip() + "\n\n" + text.strip() + "\n",
                                    encoding="utf-8")
    within, _ = read_file(tmp_path / "b.txt")
    assert len(within) == 2  # read_file keeps what the page has ...
    result = read_articles([tmp_path / "a.txt", tmp_path / "b.txt", page])
    assert len(result.articles) == 1  # ... read_articles keeps one per article
    assert result.articles[0].source == "a.txt"  # where it was first seen


# ------------------------------------------------------------------ text pages

def test_listing_without_blank_lines():
    arts, problems = read_file(FIXTURES / "kpu_dalam_berita.txt")
    assert problems == []
    assert [a.title for a in arts] == [
        "KPU Sleman Gelar Rapat Pleno Rekapitulasi Daftar Pemilih Berkelanjutan Triwulan III",
        "Sosialisasi Pendidikan Pemilih bagi Pemilih Pemula di SMA Negeri 1 Depok",
        "KPU Sleman Terima Kunjungan Studi Banding KPU Kabupaten Kulon Progo",
    ]
    assert {a.section for a in arts} == {"KPU Dalam Berita"}
    assert len(arts[0].body.split("\n")) == 3
    assert arts[1].body.endswith("(ed/foto: humas KPU Sleman)")  # a credit line is body text
    assert "Selengkapnya" not in arts[2].body  # the read-more link is page chrome
    assert [(a.place, a.site) for a in arts] == [
        ("Sleman", "kab-sleman.kpu.go.id"), ("Sleman", "kab-sleman.kpu.go.id"), ("Yogyakarta", None)]


def test_listing_with_date_lines_and_a_subheading():
    arts, problems = read_file(FIXTURES / "berita_satker.txt")
    assert problems == []
    assert [a.title for a in arts] == [
        "KIP Aceh Besar Ikuti Bimtek Penyusunan Laporan Keuangan",
        "KPU Kota Kupang Gelar Apel Siaga Pengamanan Arsip",
        "KPU Kabupaten Belu Sosialisasikan PKPU kepada Tokoh Adat",
    ]
    assert [a.date for a in arts] == ["2025-10-27", "2025-10-28", "2025-10-29"]
    assert "\nMateri yang Disampaikan\n" in arts[0].body  # a subheading, not an article
    assert not any("Senin, 27 Oktober" in a.body for a in arts)  # the date line is not body
    assert not arts[2].body.endswith("»")  # pagination dropped
    assert [a.place for a in arts] == ["Jantho", "Kupang", "Atambua"]


def test_unknown_section_header_by_its_place():
    arts, problems = read_file(FIXTURES / "info_tahapan.txt")
    assert problems == []
    assert [a.title for a in arts] == [
        "Jadwal Pemutakhiran Data Pemilih Berkelanjutan Semester II Tahun 2025",
        "Pengumuman Hasil Seleksi Administrasi Calon Anggota PPK",
    ]
    assert {a.section for a in arts} == {"Info Tahapan"}


def test_a_headline_with_a_final_period_before_a_dateline(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text("KPU Kabupaten Alor Raih Penghargaan Keterbukaan Informasi.\n"
                    "Kalabahi, kab-alor.kpu.go.id – KPU Kabupaten Alor meraih penghargaan.\n"
                    "Penghargaan diserahkan oleh Komisi Informasi.\n", encoding="utf-8")
    (art,), problems = read_file(page)
    assert problems == [] and art.title.endswith("Informasi.") and art.place == "Kalabahi"
    assert art.body.endswith("Komisi Informasi.")


def test_a_headline_with_a_final_period_and_no_dateline(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text("BERITA TERKINI\n\n"
                    "Anggota KPU Kabupaten Mamuju Ikuti Rapat Koordinasi yang Digelar Bawaslu Provinsi.\n\n"
                    "MAMUJU - Bawaslu Provinsi menggelar rapat koordinasi yang mengundang KPU "
                    "kabupaten se-provinsi. Rapat berlangsung dua hari.\n", encoding="utf-8")
    (art,), problems = read_file(page)
    assert problems == [] and art.title.endswith("Provinsi.") and art.place == "Mamuju"
    # a body sentence standing alone on its line is not a headline
    page.write_text("KPU Kota Ternate Gelar Rapat Pleno\n\nTernate - Rapat dibuka ketua.\n\n"
                    "Rapat dihadiri oleh seluruh anggota dan sekretaris.\n\n"
                    "Kegiatan ditutup dengan doa bersama oleh para peserta rapat.\n", encoding="utf-8")
    arts, _ = read_file(page)
    assert [a.title for a in arts] == ["KPU Kota Ternate Gelar Rapat Pleno"]


def test_the_last_line_is_body_however_short(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text("Berita Terkini\n\n"
                    "KPU Kabupaten Sigi Gelar Rapat Pleno Daftar Pemilih\n\n"
                    "Komisi Pemilihan Umum (KPU) Kabupaten Sigi menggelar rapat pleno. Rapat dihadiri PPK.\n\n"
                    "RAPAT KOORDINASI PERSIAPAN PEMILIHAN BUPATI SIGI\n\n"
                    "Pada hari Senin, 3 Juni 2024, bertempat di aula kantor, KPU Kabupaten Sigi mengg\n",
                    encoding="utf-8")
    arts, problems = read_file(page)
    assert problems == []
    assert [a.title for a in arts] == ["KPU Kabupaten Sigi Gelar Rapat Pleno Daftar Pemilih",
                                       "RAPAT KOORDINASI PERSIAPAN PEMILIHAN BUPATI SIGI"]
    assert arts[1].body.startswith("Pada hari Senin")


def test_a_title_printed_without_its_first_letter(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text("KPU Kabupaten Raja Ampat Gelar Bimtek Pantarlih\n\n"
                    "KPU Kabupaten Raja Ampat menggelar bimtek. Bimtek diikuti PPS.\n\n"
                    "etua KPU Provinsi secara resmi melantik anggota KPU Kabupaten Maybrat\n\n"
                    "Ketua KPU Provinsi secara resmi melantik anggota KPU Kabupaten Maybrat di aula. "
                    "Pelantikan dihadiri sekretaris.\n", encoding="utf-8")
    arts, problems = read_file(page)
    assert problems == []
    assert [a.title for a in arts][1] == "etua KPU Provinsi secara resmi melantik anggota KPU Kabupaten Maybrat"
    # a lower-case line whose next paragraph does not repeat it stays body
    page.write_text("KPU Kabupaten Raja Ampat Gelar Bimtek Pantarlih\n\n"
                    "KPU Kabupaten Raja Ampat menggelar bimtek. Bimtek diikuti PPS.\n\n"
                    "dan kegiatan lainnya di kantor KPU Kabupaten\n\n"
                    "Kegiatan berikutnya adalah rapat pleno terbuka bersama seluruh PPK dan PPS.\n",
                    encoding="utf-8")
    arts, _ = read_file(page)
    assert len(arts) == 1


def test_text_before_the_first_title_is_a_warning(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text("diunggah oleh admin humas pada pagi hari\n\n"
                    "KPU Kota Bima Gelar Rapat Pleno\n\n"
                    "Bima - KPU Kota Bima menggelar rapat pleno terbuka.\n", encoding="utf-8")
    result = read_articles([page])
    assert [a.title for a in result.articles] == ["KPU Kota Bima Gelar Rapat Pleno"]
    assert [(p.line, p.severity) for p in result.problems] == [(1, "warning")]
    assert result.ok
    assert not read_articles([page], strict=True).ok


@pytest.mark.parametrize("line,is_title", [
    ("KPU NTT Gelar Rakor Finalisasi Buku Pilkada 2024, Baharudin Tekankan Ketelitian", True),
    ("Sosialisasi dalam rangka peningkatan kesadaran Pegawai Negeri Sipil (PNS)", True),
    ("Sudahkah Anda Terdaftar sebagai Pemilih?", True),
    ('KPU Gelar Sesi II" Sharing of Experience Penggunaan Sirekap"', True),
    ("Dr. Hasyim Asy'ari Buka Rakornas Kehumasan", True),
    ("Rapat dihadiri oleh seluruh anggota.", False),
    ("“Kami siap melayani,” ujarnya.", False),
    ("(humas kpu hil/foto: hil/ed)", False),
    ("KPU Kota Bima menggelar rapat pleno. (humas/ed)", False),
    ("Bimtek Pengelolaan Jaringan Dokumentasi dan Informasi Hukum (JDIH)", True),
    ("1. Pendaftaran pemilih", False),
    ("Baca juga: KPU NTT Gelar Apel", False),
    ("Kupang, ntt.kpu.go.id — KPU NTT menggelar rapat", False),
    ("KPU Gelar Rapat. Anggota Hadir Semua", False),
    ("dan kegiatan lainnya", False),
    ("e-Coklit Dimulai Serentak di Seluruh Kabupaten", True),
])
def test_what_a_title_looks_like(line, is_title):
    assert looks_like_title(line) is is_title


# ------------------------------------------------------------------ datelines and dates

@pytest.mark.parametrize("body,place,site,date", [
    ("Kupang, ntt.kpu.go.id — Komisi", "Kupang", "ntt.kpu.go.id", None),
    ("Semarang, kota-semarang.kpu.go.id - Komisi", "Semarang", "kota-semarang.kpu.go.id", None),
    ("Jakarta, kpu.go.id – Perkembangan", "Jakarta", "kpu.go.id", None),
    ("Kupang - KPU NTT", "Kupang", None, None),
    ("KUPANG, (27/10) - KPU NTT", "Kupang", None, None),
    ("Jakarta, 12 Oktober 2025 — KPU RI", "Jakarta", None, "2025-10-12"),
    ("Labuan Bajo (kab-manggaraibarat.kpu.go.id) – KPU", "Labuan Bajo", "kab-manggaraibarat.kpu.go.id", None),
    ("Mataram, NTB.KPU.GO.ID, Senin (27/10/2025) - KPU", "Mataram", "ntb.kpu.go.id", "2025-10-27"),
    ("TANJUNG PINANG – KPU Kepri", "Tanjung Pinang", None, None),
    ("Luwuk – Selasa (14/03/2023), KPU Banggai", "Luwuk", None, "2023-03-14"),  # date after the dash
    ("Pasangkayu, 11 Maret 2024 KPU Pasangkayu", "Pasangkayu", None, "2024-03-11"),  # no dash
    ("Bolaang Mongondow, Kamis 05 Juni 2025 — KPU", "Bolaang Mongondow", None, "2025-06-05"),
    ("SAMARINDA—KPU Kota Samarinda", "Samarinda", None, None),  # dash without spaces
])
def test_dateline_forms(body, place, site, date):
    dl = parse_dateline(body)
    assert dl is not None
    assert (dl.place, dl.site, dl.date) == (place, site, date)
    assert body[dl.end:].startswith("KPU") or body[dl.end:][0].isupper()


@pytest.mark.parametrize("body", [
    "Komisi Pemilihan Umum (KPU) Provinsi Daerah Khusus Jakarta menggelar rapat.",
    "Sosialisasi Tata Naskah Dinas kepada KPU Kabupaten/Kota se - Sumatera Utara secara virtual",
    "Ketua KPU Kabupaten Tapanuli Tengah, Azwar Sitompul bersama seluruh Anggota",
    "Kondisi geografis, disparitas jaringan di Indonesia - dan lainnya",
    "Selanjutnya, 12 orang calon anggota PPS hadir",
    "Sabtu, 12 Oktober KPU Kota Tidore menggelar rapat",
])
def test_no_dateline(body):
    assert parse_dateline(body) is None


@pytest.mark.parametrize("text,iso", [
    ("Senin, 27 Oktober 2025", "2025-10-27"), ("2025-10-27T10:00:00+07:00", "2025-10-27"),
    ("Selasa, 12/10/21.", "2021-10-12"), ("(13/10/2021)", "2021-10-13"),
    ("27 Okt. 2025 10:15 WIB", "2025-10-27"), ("October 27, 2025", "2025-10-27"),
    ("Senin (27/10)", None), ("31/02/2025", None), ("kemarin", None),
])
def test_dates(text, iso):
    assert parse_date(text) == iso


def test_date_lines_are_only_dates():
    assert is_date_line("Senin, 27 Oktober 2025 | 10:15 WIB")
    assert is_date_line("Diposting pada 27 Oktober 2025 oleh admin")
    assert not is_date_line("KPU NTT Gelar Rapat Pleno 27 Oktober 2025 di Kupang bersama Bawaslu")


# ------------------------------------------------------------------ JSON Lines, JSON

def test_jsonl():
    arts, problems = read_file(FIXTURES / "scraped.jsonl")
    assert problems == []
    assert [a.position for a in arts] == [1, 3, 4]  # line numbers; line 2 is blank
    a, b, c = arts
    assert (a.url, a.date, a.site, a.place) == (
        "https://kota-semarang.kpu.go.id/berita/rakor-evaluasi", "2025-10-20",
        "kota-semarang.kpu.go.id", "Semarang")
    assert (b.site, b.date, b.place) == ("bali.kpu.go.id", "2025-10-21", "Denpasar")  # from `text`
    assert c.body == ("Mangupura, kab-badung.kpu.go.id – KPU Kabupaten Badung menerima kunjungan "
                      "Bawaslu Kabupaten Badung.\nKunjungan membahas pengawasan data pemilih.")


def test_malformed_json_lines_are_named_and_the_rest_is_read():
    arts, problems = read_file(FIXTURES / "bad.jsonl")
    assert [a.position for a in arts] == [1, 5]
    assert [(p.line, p.severity) for p in problems] == [
        (2, "error"), (3, "error"), (4, "error"), (5, "warning")]
    assert str(problems[0]).startswith(f"{FIXTURES / 'bad.jsonl'}:2: malformed JSON: ")
    assert "no body" in problems[1].message
    assert "\n" not in "".join(str(p) for p in problems)


def test_json_list():
    arts, problems = read_file(FIXTURES / "list.json")
    assert problems == []
    assert [(a.position, a.place, a.date) for a in arts] == [
        (1, "Denpasar", "2025-10-23"), (2, "Bangli", None)]


def test_json_that_is_not_a_list(tmp_path):
    (tmp_path / "x.json").write_text('"just a string"', encoding="utf-8")
    (tmp_path / "y.json").write_text('[{"title": "A"', encoding="utf-8")
    _, p1 = read_file(tmp_path / "x.json")
    _, p2 = read_file(tmp_path / "y.json")
    assert "expected a list of article objects" in p1[0].message
    assert "malformed JSON" in p2[0].message


# ------------------------------------------------------------------ HTML

def test_html_article_page():
    (a,), problems = read_file(FIXTURES / "article_wp.html")
    assert problems == []
    assert a.title == "KPU Kota Semarang Gelar Uji Publik Rancangan Dapil"
    assert a.url == "https://kota-semarang.kpu.go.id/2025/10/kpu-kota-semarang-gelar-uji-publik-rancangan-dapil/"
    assert (a.date, a.site, a.place, a.section) == ("2025-10-22", "kota-semarang.kpu.go.id", "Semarang", "Berita")
    paragraphs = a.body.split("\n")
    assert paragraphs[0].startswith("Semarang, kota-semarang.kpu.go.id – Komisi Pemilihan Umum")
    assert "di Hotel Pandanaran Semarang." in paragraphs[0]  # inline tags keep their spacing
    assert paragraphs[-1] == "“Kami ingin rancangan dapil disusun secara terbuka,” ujar Novi."
    for chrome in ("Bagikan", "Facebook", "Terkait", "Tinggalkan", "Suasana uji publik", "wpData",
                   "Beranda", "Kategori", "Berita Terbaru"):
        assert chrome not in a.body


def test_html_listing_page():
    arts, problems = read_file(FIXTURES / "listing_wp.html")
    assert [a.title for a in arts] == [
        "KPU NTT Gelar Rakor Pemutakhiran Data Pemilih Berkelanjutan",
        "KPU Sumba Timur Terima Audiensi Mahasiswa Universitas Kristen Wira Wacana",
    ]
    assert [a.url for a in arts] == [
        "https://ntt.kpu.go.id/2025/10/kpu-ntt-gelar-rakor-pemutakhiran-data-pemilih/",
        "https://ntt.kpu.go.id/2025/10/kpu-sumba-timur-terima-audiensi-mahasiswa/"]
    assert [a.date for a in arts] == ["2025-10-29", "2025-10-28"]
    assert [a.place for a in arts] == ["Kupang", "Waingapu"]
    assert {a.section for a in arts} == {"Berita Terkini"}
    assert not any("Selengkapnya" in a.body or "Berikutnya" in a.body for a in arts)
    # the post with no excerpt is reported, not made into an empty article
    assert [(p.severity, "Galeri Apel Pagi" in p.message) for p in problems] == [("warning", True)]


def test_html_listing_inside_one_article_element():
    html = ("<html><body><article class='page'><h1>Berita</h1>"
            "<div class='post'><h3><a href='https://kab-kupang.kpu.go.id/a'>KPU Kabupaten Kupang Gelar Rakor</a></h3>"
            "<p>Oelamasi - KPU Kabupaten Kupang menggelar rakor.</p></div>"
            "<div class='post'><h3><a href='https://kab-kupang.kpu.go.id/b'>KPU Kabupaten Kupang Ikuti Bimtek</a></h3>"
            "<p>Oelamasi - KPU Kabupaten Kupang mengikuti bimtek.</p></div></article></body></html>")
    arts, problems = read_bytes(html.encode(), "berita.html")
    assert problems == []
    assert [(a.title, a.url, a.place) for a in arts] == [
        ("KPU Kabupaten Kupang Gelar Rakor", "https://kab-kupang.kpu.go.id/a", "Oelamasi"),
        ("KPU Kabupaten Kupang Ikuti Bimtek", "https://kab-kupang.kpu.go.id/b", "Oelamasi")]
    assert {a.site for a in arts} == {"kab-kupang.kpu.go.id"}  # from the URL: no site in the dateline


def test_html_page_with_br_paragraphs():
    (a,), problems = read_file(FIXTURES / "article_br.html")
    assert problems == []
    assert a.title == "Sosialisasi Pemilih Pemula di SMA Negeri 1 Pandan"
    assert (a.date, a.place) == ("2021-10-14", "Pandan")
    assert len(a.body.split("\n")) == 3
    assert "Home" not in a.body and "Copyright" not in a.body


def test_html_page_without_an_article():
    arts, problems = read_file(FIXTURES / "no_article.html")
    assert arts == []
    assert len(problems) == 1 and problems[0].severity == "error"
    assert str(problems[0]).startswith(f"{FIXTURES / 'no_article.html'}: no article found")


# ------------------------------------------------------------------ bad input

PAGE = ("Berita Terkini\n\nKPU Kota Bandung Gelar Rapat “Evaluasi” Tahapan\n\n"
        "Bandung – KPU Kota Bandung menggelar rapat evaluasi tahapan pemilihan di Café Braga.\n")


def test_empty_and_blank_files(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b" \n\r\n\t\n")
    for name in ("empty.txt", "blank.txt"):
        arts, problems = read_file(tmp_path / name)
        assert arts == [] and [str(p) for p in problems] == [f"{tmp_path / name}: empty file"]


def test_header_only_page():
    arts, problems = read_file(FIXTURES / "header_only.txt")
    assert arts == []
    assert problems[0].message == "no article found: only the section header 'Berita Terkini'"


@pytest.mark.parametrize("data,says", [
    (b"Berita\n\x00\x01\x02\x03binary\x00\x00", "binary file (contains NUL bytes)"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (a PNG image)"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "binary file (a PDF document)"),
    (bytes(range(1, 32)) * 20, "binary file (mostly control characters)"),
])
def test_binary_files(tmp_path, data, says):
    f = tmp_path / "page.txt"
    f.write_bytes(data)
    arts, problems = read_file(f)
    assert arts == []
    assert [p.severity for p in problems] == ["error"]
    assert problems[0].message.startswith(says)


@pytest.mark.parametrize("encoding,warned", [
    ("utf-8", None), ("utf-8-sig", None), ("utf-16", None),  # utf-16 writes a BOM
    ("utf-16-le", "UTF-16 without a byte-order mark"), ("cp1252", "read as cp1252"),
])
def test_encodings(tmp_path, encoding, warned):
    f = tmp_path / "page.txt"
    f.write_bytes(PAGE.encode(encoding))
    arts, problems = read_file(f)
    assert [a.title for a in arts] == ["KPU Kota Bandung Gelar Rapat “Evaluasi” Tahapan"]
    assert "Café Braga" in arts[0].body
    assert len(problems) == (1 if warned else 0)
    assert not warned or warned in problems[0].message
    assert all(p.severity == "warning" for p in problems)
    assert arts[0].id == read_bytes(PAGE.encode(), "page.txt")[0][0].id


def test_latin1_only_when_it_still_reads_as_text(tmp_path):
    # 0x81 is no cp1252 character: Latin-1 reads it as a stray control, the rest as text
    f = tmp_path / "page.txt"
    f.write_bytes(PAGE.replace("“", '"').replace("”", '"').replace("–", "-").encode("latin-1").replace(b"\xe9", b"\xe9\x81"))
    arts, problems = read_file(f)
    assert len(arts) == 1 and "Caf\xe9" in arts[0].body
    assert problems[0].message.endswith("read as latin-1") and problems[0].severity == "warning"
    assert decode(b"\x81\x8d\x8f\x90\x9d" * 50).fatal  # bytes that are no text in any of them


def test_one_bad_input_does_not_stop_the_others(tmp_path, shared):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = read_articles([tmp_path / "empty.txt", tmp_path / "missing.txt",
                            str(tmp_path / "*.nothing"), shared / "seeds" / "003_fc3a7f3fd000fb44.txt"])
    assert len(result.articles) == 1
    assert [str(p) for p in result.problems] == [
        f"{tmp_path / 'missing.txt'}: no such file or folder",
        f"{tmp_path / '*.nothing'}: no files match",
        f"{tmp_path / 'empty.txt'}: empty file",
    ]
    assert not result.ok


def test_folders_are_searched_recursively(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / ".cache").mkdir()
    shutil.copy(FIXTURES / "list.json", tmp_path / "a" / "b" / "list.json")
    shutil.copy(FIXTURES / "scraped.jsonl", tmp_path / "a" / "scraped.jsonl")
    shutil.copy(FIXTURES / "kpu_dalam_berita.txt", tmp_path / ".cache" / "hidden.txt")
    (tmp_path / "a" / "notes.csv").write_text("not,a,page\n", encoding="utf-8")
    result = read_articles([tmp_path])
    assert result.ok and result.problems == []
    assert sorted({a.source for a in result.articles}) == ["list.json", "scraped.jsonl"]
    assert len(result.articles) == 5
    empty = tmp_path / "empty"
    empty.mkdir()
    assert "folder holds no" in read_articles([empty]).problems[0].message


def test_content_decides_when_the_name_does_not(tmp_path):
    (tmp_path / "saved.txt").write_bytes((FIXTURES / "article_wp.html").read_bytes())
    (tmp_path / "export.dat").write_bytes((FIXTURES / "scraped.jsonl").read_bytes())
    result = read_articles([tmp_path / "saved.txt", tmp_path / "export.dat"])
    assert result.ok
    assert [a.title for a in result.articles][:2] == [
        "KPU Kota Semarang Gelar Uji Publik Rancangan Dapil",
        "KPU Kota Semarang Ikuti Rakor Evaluasi Pemilihan"]


def test_a_large_jsonl_file_is_read_in_parts_with_the_same_articles_and_problems(tmp_path):
    """iter_file streams a JSON Lines file line by line, `part` articles at a time:
    the same articles (ids, positions) and the same problems as read_file whole."""
    from kg.sources import iter_file, read_file
    lines = []
    for k in range(11):
        lines.append(json.dumps({"title": f"KPU Kota Palu Gelar Rapat {k}", "url": f"https://kota-palu.kpu.go.id/{k}",
                                 "body": f"Palu - KPU Kota Palu menggelar rapat pleno ke-{k}, Senin (7/10/2024)."}))
    lines[3] = '{"title": "no body"}'
    lines[6] = "{not json"
    lines.insert(8, "")
    p = tmp_path / "big.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    whole_arts, whole_probs = read_file(p)
    parts = list(iter_file(p, part=3, stream_bytes=0))
    assert len(parts) > 2
    arts = [(a.id, a.position, a.title, a.body, a.site) for got, _ in parts for a in got]
    assert arts == [(a.id, a.position, a.title, a.body, a.site) for a in whole_arts]
    assert sorted(str(q) for _, probs in parts for q in probs) == sorted(str(q) for q in whole_probs)
    assert len(arts) == 9 and len(whole_probs) == 2
