"""Page shapes of KPU listing pages that recur across sites and years (issue 13):
dateline forms, page furniture between teasers, credit and caption lines, header
lines. The lines are written for these tests, in the pages' style, with other
names and regions than the held-out sets."""
import pytest

from kg.sources.dateline import parse_dateline
from kg.sources.text import read_text


@pytest.mark.parametrize("body,place,site,office,date", [
    ("Bima,- KPU Kabupaten Bima menetapkan", "Bima", None, None, None),  # comma run into the dash
    ("JAMBI (KPU) – Pada Rabu sore", "Jambi", None, "KPU", None),  # the office in parentheses
    ("KPU JAMBI - Ketua KPU Provinsi Jambi", None, None, "KPU JAMBI", None),  # the office, no place
    ("Praya, KPU Kab.Loteng – Komisioner", "Praya", None, "KPU Kab.Loteng", None),
    ("Kefamenanu, KPU Kab. TTU - Bertempat di", "Kefamenanu", None, "KPU Kab. TTU", None),
    ("Malang,kpu.go.id-Hari kedua pendaftaran", "Malang", "kpu.go.id", None, None),  # no spaces
    ("sulteng.kpu.go.id - Palu, Komisi Pemilihan", "Palu", "sulteng.kpu.go.id", None, None),  # site, then place
    ("sulteng.kpu.go.id - Berikut disampaikan", None, "sulteng.kpu.go.id", None, None),
    ("kab-bangka.kpu.go.id, KPU Kabupaten Bangka", None, "kab-bangka.kpu.go.id", None, None),
    ("PANGKALPINANG, Komisi Pemilihan Umum", "Pangkalpinang", None, None, None),  # capitals, no dash
    ("Pangkalpinang, Dalam rangka", "Pangkalpinang", None, None, None),  # a region's name, no dash
    ("(Ketapang, Kalimantan Barat 3 Agustus 2020) Pukul 09.00", "Ketapang", None, None, "2020-08-03"),
    ("(Ketapang,4 Agustus 2020). Komisi Pemilihan", "Ketapang", None, None, "2020-08-04"),
    ("Palopo – sulsel.kpu.go.id – KPU Kota Palopo", "Palopo", "sulsel.kpu.go.id", None, None),  # place, dash, site
    ("Palopo | kota-palopo.kpu.go.id - Komisioner", "Palopo", "kota-palopo.kpu.go.id", None, None),
    ("Palopo, kota-palopo.kpu.go.id. Komisioner", "Palopo", "kota-palopo.kpu.go.id", None, None),
    ("Pare-Pare, kpu.go.id - KPU Kota Parepare", "Pare-Pare", "kpu.go.id", None, None),  # a hyphenated place
    ("Kota Toli-Toli – KPU Kabupaten Tolitoli", "Kota Toli-Toli", None, None, None),
    ("Pangkajene, Pangkep – KPU Kabupaten Pangkep", "Pangkajene", None, None, None),  # place, region
    ("MASAMBA, LUWU UTARA – Komisi Pemilihan", "Masamba", None, None, None),
    ("Palopo, Humas KPU Palopo – Komisioner", "Palopo", None, "Humas KPU Palopo", None),  # the press desk
    ("Palopo (Humas) – Komisioner", "Palopo", None, "Humas", None),
])
def test_dateline_forms_of_other_sites(body, place, site, office, date):
    dl = parse_dateline(body)
    assert dl is not None
    assert (dl.place, dl.site, dl.office, dl.date) == (place, site, office, date)
    assert body[dl.end:][0].isupper()


@pytest.mark.parametrize("body", [
    "Sementara, Ketua KPU Kabupaten Bima menyampaikan",  # a sentence's first word and a comma
    "Ketua KPU RI, Hasyim Asy'ari, membuka",
    "Anggota KPU Kota Bima, Rudi Hartono, hadir",
    "Selasa, KPU Kabupaten Bima menggelar rapat",
    "Hari ini, Jumat, tanggal 3 Januari 2025, Komisi",
    "KPU Kabupaten Bima melaksanakan rapat pleno",
])
def test_sentence_openings_are_no_datelines(body):
    assert parse_dateline(body) is None


def _read(text):
    arts, _ = read_text(text, "page.txt")
    return arts


def test_a_counter_and_a_read_more_link_between_teasers():
    """The teaser's text, cut short and without a full stop, is the line before
    the read-more link: never a title; the view counter is furniture."""
    arts = _read("Berita\n\n1.204\n\nKPU Kabupaten Nunukan Lantik 240 Anggota PPS\n\n"
                 "Sebanyak 240 anggota PPS se-Kabupaten Nunukan dilantik oleh KPU Kabupaten Nunukan di Gedung\n\n\n"
                 "Selengkapnya\nDilihat 388 kali\n\nKPU Kabupaten Nunukan Gelar Rapat Pleno DPS\n\n"
                 "Selasa (9/7) KPU Kabupaten Nunukan menggelar rapat pleno terbuka penetapan DPS di aula kantor\n")
    assert [a.title for a in arts] == ["KPU Kabupaten Nunukan Lantik 240 Anggota PPS",
                                       "KPU Kabupaten Nunukan Gelar Rapat Pleno DPS"]
    assert "Dilihat" not in arts[0].body and arts[0].body.startswith("Sebanyak 240")


def test_a_hashtag_line_is_no_title():
    arts = _read("KPU Kabupaten Bangka Tengah Sosialisasi Pemilih Pemula di SMA Negeri 1 Koba\n\n"
                 "Halo sobat... #TemanPemilih #KPUMelayani\n"
                 "Koba – KPU Kabupaten Bangka Tengah melaksanakan sosialisasi kepada siswa, Rabu (14/1/2026).\n"
                 "#TemanPemilih kegiatan dipimpin oleh Ketua KPU Kabupaten Bangka Tengah, Andi Wijaya.\n")
    assert [a.title for a in arts] == ["KPU Kabupaten Bangka Tengah Sosialisasi Pemilih Pemula di SMA Negeri 1 Koba"]
    assert arts[0].place == "Koba" and "#TemanPemilih kegiatan" in arts[0].body  # hashtags in a sentence stay


@pytest.mark.parametrize("credit", ["Admin", "rudi", "Oleh: Humas KPU"])
def test_a_poster_line_between_headline_and_body(credit):
    arts = _read(f"KPU Kota Tidore Sosialisasikan Tahapan Pilkada\n\n{credit}\n\n"
                 "TIDORE – KPU Kota Tidore Kepulauan menggelar sosialisasi tahapan Pilkada, Senin (10/2/2020).\n\n"
                 "Kegiatan dibuka oleh Ketua KPU Kota Tidore Kepulauan, Samsul Bahri.\n")
    assert [a.title for a in arts] == ["KPU Kota Tidore Sosialisasikan Tahapan Pilkada"]
    assert arts[0].body.startswith("TIDORE – ") and arts[0].place == "Tidore"


def test_a_headline_with_an_exclamation_under_a_category_name():
    arts = _read("Teknis\n\nAyo! KPU Kabupaten Klaten Siapkan Logistik Pilkada 2024\n\n"
                 "Klaten, kpu.go.id – KPU Kabupaten Klaten menyiapkan logistik Pilkada 2024, Rabu (2/10/2024).\n")
    assert [(a.title, a.section) for a in arts] == [("Ayo! KPU Kabupaten Klaten Siapkan Logistik Pilkada 2024",
                                                     "Teknis")]


def test_a_photo_caption_between_title_and_dateline():
    arts = _read("Sabtu, 15 September 2018\n\nKPU Kabupaten Bima Tetapkan DPT Pemilu 2019\n\n"
                 "Ketua KPU Kabupaten Bima Menyerahkan Berita Acara Kepada Ketua Bawaslu Usai Rapat Pleno\n"
                 "Bima,- KPU Kabupaten Bima menetapkan DPT Pemilu 2019 dalam rapat pleno terbuka.\n\n"
                 "Ketua KPU Kabupaten Bima, Ahmad Fauzi, memimpin rapat tersebut.\n")
    assert [a.title for a in arts] == ["KPU Kabupaten Bima Tetapkan DPT Pemilu 2019"]
    assert (arts[0].place, arts[0].date) == ("Bima", "2018-09-15")
    assert arts[0].body.startswith("Ketua KPU Kabupaten Bima Menyerahkan")  # the caption stays text


def test_a_teaser_title_run_into_its_dateline():
    arts = _read("KPU Kabupaten Sigi Gelar Rakor Pengamanan Pemilu Sigi – KPU Kabupaten Sigi menggelar rapat "
                 "koordinasi pengamanan Pemilu 2024 bersama Polres Sigi, Senin (5/2/2024).\n\n"
                 "KPU Kabupaten Sigi Terima Logistik Surat Suara Palu, kota-palu.kpu.go.id – KPU Kabupaten Sigi "
                 "menerima logistik surat suara Pemilu 2024, Selasa (6/2/2024).\n")
    assert [(a.title, a.place) for a in arts] == [
        ("KPU Kabupaten Sigi Gelar Rakor Pengamanan Pemilu", "Sigi"),  # a region's name is the place
        ("KPU Kabupaten Sigi Terima Logistik Surat Suara", "Palu")]
    assert arts[0].body.startswith("Sigi – KPU")


def test_a_body_paragraph_in_headline_capitals_is_not_split():
    """A month before a comma and a date is no dateline: the paragraph stays whole."""
    arts = _read("KPU Luwu Utara Gelar Rapat Pleno Rekapitulasi DPB Periode Mei\n\n"
                 "Komisi Pemilihan Umum (KPU) Kabupaten Luwu Utara Menggelar Rapat Pleno Rekapitulasi Daftar "
                 "Pemilih Berkelanjutan Periode Mei, Selasa (31/5/2022) Pukul 10.00 WITA di aula kantor.\n")
    assert len(arts) == 1 and arts[0].body.startswith("Komisi Pemilihan Umum") and arts[0].place is None


def test_a_date_without_its_year_over_each_teaser():
    arts = _read("14 Mar\n\nKPU Kabupaten Sarolangun Gelar Bimtek Sirekap\n\n"
                 "Sarolangun – KPU Kabupaten Sarolangun menggelar bimbingan teknis Sirekap bagi PPK.\n\n"
                 "Senin, 2 Maret\n\nKPU Kabupaten Sarolangun Terima Kunjungan Mahasiswa\n\n"
                 "Sarolangun – KPU Kabupaten Sarolangun menerima kunjungan mahasiswa Universitas Jambi.\n")
    assert [a.title for a in arts] == ["KPU Kabupaten Sarolangun Gelar Bimtek Sirekap",
                                       "KPU Kabupaten Sarolangun Terima Kunjungan Mahasiswa"]
    assert "Maret" not in arts[0].body  # the next teaser's date is not text of this one


def test_two_titles_in_a_row_give_one_article_with_a_body():
    """A caption ending with a full stop under the title, then the dateline: one
    article (it used to give an article with an empty body and an IndexError)."""
    arts = _read("KIP Kabupaten Pidie Ikuti Bimtek Laporan Keuangan\n"
                 "Narasumber dari Kanwil Perbendaharaan Provinsi Aceh memaparkan tata cara rekonsiliasi.\n"
                 "Sigli - KIP Kabupaten Pidie mengikuti bimbingan teknis laporan keuangan, Senin (27/10).\n"
                 "Berita Satker\nSelasa, 28 Oktober 2025\nKPU Kota Kupang Gelar Apel Siaga Arsip\n\n"
                 "Materi yang disampaikan meliputi pengamanan arsip")
    assert [a.title for a in arts][:1] == ["KIP Kabupaten Pidie Ikuti Bimtek Laporan Keuangan"]
    assert arts[0].place == "Sigli" and all(a.body for a in arts)


def test_the_date_opening_the_first_sentence_without_a_comma():
    dl = parse_dateline("LOLAK – Kamis (05/03/2020) pagi ini ratusan calon PPS menjalani tes tertulis.")
    assert (dl.place, dl.date) == ("Lolak", "2020-03-05")


def test_a_teaser_without_its_title_is_no_part_of_the_article_before():
    text = ("KPU Kabupaten Maros Gelar Rapat Pleno PDPB Triwulan III\n"
            "Maros, 1 Oktober 2025 – KPU Kabupaten Maros melaksanakan Rapat Pleno PDPB Triwulan III.\n"
            "Ketua KPU Kabupaten Maros, Hasan Basri, memimpin rapat yang dihadiri Bawaslu Kabupaten Maros, "
            "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Maros dan partai politik peserta pemilu.\n"
            "Maros – KPU Kabupaten Maros menggelar Rapat Pleno PDPB Triwulan II, Rabu (2/7/2025).\n")
    arts, problems = read_text(text, "page.txt")
    assert [a.title for a in arts] == ["KPU Kabupaten Maros Gelar Rapat Pleno PDPB Triwulan III"]
    assert "Triwulan II," not in arts[0].body and "Hasan Basri" in arts[0].body
    assert [p.line for p in problems] == [4] and "without a title" in problems[0].message


def test_headlines_a_listing_cuts_short_with_dots_over_teasers_with_arrow_links():
    arts = _read("Berita Terkini\n\n"
                 "KPU Kabupaten Banggai Laut Gelar Rapat Koordinasi Bersama...\n"
                 "Banggai - KPU Kabupaten Banggai Laut menggelar rapat koordinasi bersama Pemkab, Rabu (4/9/2019). ...\n"
                 "Baca Selengkapnya →\n\n"
                 "KPU Banggai Laut Ikuti Bimtek Sistem Informasi Partai Politik Yang…\n"
                 "KPU Kabupaten Banggai Laut mengikuti bimtek Sipol yang digelar KPU Provinsi Sulawesi Tengah ...\n"
                 ">> Read More\n")
    assert [a.title for a in arts] == ["KPU Kabupaten Banggai Laut Gelar Rapat Koordinasi Bersama...",
                                       "KPU Banggai Laut Ikuti Bimtek Sistem Informasi Partai Politik Yang…"]
    assert all("Selengkapnya" not in a.body and "Read More" not in a.body for a in arts)


def test_share_buttons_tag_lines_and_repeated_section_labels_are_no_text():
    arts = _read("Berita\nKPU Kabupaten Morowali Gelar Apel Siaga Pemilu\n"
                 "Bungku - KPU Kabupaten Morowali menggelar apel siaga, Senin (1/4/2019). Apel diikuti pegawai.\n"
                 "Facebook Twitter WhatsApp\nTags: Pemilu 2019, Apel Siaga\n\n"
                 "Berita\nKPU Kabupaten Morowali Distribusikan Logistik\n"
                 "Bungku - KPU Kabupaten Morowali mendistribusikan logistik ke 14 kecamatan, Selasa (9/4/2019).\n")
    assert [a.title for a in arts] == ["KPU Kabupaten Morowali Gelar Apel Siaga Pemilu",
                                       "KPU Kabupaten Morowali Distribusikan Logistik"]
    assert arts[0].body.endswith("Apel diikuti pegawai.")


def test_the_press_desk_signing_between_headline_and_body():
    arts = _read("KPU Kabupaten Poso Gelar Uji Publik Dapil\nHumas KPU Poso\nDilihat: 245 kali\n"
                 "Poso - KPU Kabupaten Poso menggelar uji publik rancangan daerah pemilihan, Rabu (7/3/2018).\n\n"
                 "KPU Kabupaten Poso Rekrut PPS\nAdmin KPU Kab. Poso\n"
                 "KPU Kabupaten Poso membuka pendaftaran calon anggota PPS mulai Kamis (8/3/2018).\n")
    assert [a.title for a in arts] == ["KPU Kabupaten Poso Gelar Uji Publik Dapil", "KPU Kabupaten Poso Rekrut PPS"]
    assert arts[0].place == "Poso" and arts[1].body.startswith("KPU Kabupaten Poso membuka")


@pytest.mark.parametrize("furniture", [
    "2 tahun yang lalu",  # the age of the post, in place of its date
    "12 Maret 2019 Humas KPU Kabupaten Buol",  # the date, then who posted it
    "Admin | Selasa, 12 Maret 2019 | Berita",
    "Selasa, 12 Maret 2019 - 14:05 WITA",
])
def test_post_lines_under_or_over_each_headline_are_no_title_and_no_text(furniture):
    for page in (f"KPU Kabupaten Buol Gelar Rapat Pleno DPTHP\n{furniture}\n"
                 "Buol - KPU Kabupaten Buol menggelar rapat pleno DPTHP, Senin (11/3/2019). Pleno dihadiri Bawaslu.\n\n"
                 f"KPU Kabupaten Buol Lantik PPS\n{furniture}\n"
                 "Buol - KPU Kabupaten Buol melantik anggota PPS, Selasa (12/3/2019).\n",
                 f"{furniture}\nKPU Kabupaten Buol Gelar Rapat Pleno DPTHP\n"
                 "Buol - KPU Kabupaten Buol menggelar rapat pleno DPTHP, Senin (11/3/2019). Pleno dihadiri Bawaslu.\n\n"
                 f"{furniture}\nKPU Kabupaten Buol Lantik PPS\n"
                 "Buol - KPU Kabupaten Buol melantik anggota PPS, Selasa (12/3/2019).\n"):
        arts = _read(page)
        assert [a.title for a in arts] == ["KPU Kabupaten Buol Gelar Rapat Pleno DPTHP", "KPU Kabupaten Buol Lantik PPS"]
        assert all(a.body.startswith("Buol - ") and furniture not in a.body for a in arts)


@pytest.mark.parametrize("headline", [
    "SIPOL, Solusi Verifikasi Partai di Era Digital?",  # a name in capitals and a comma: read as a dateline
    "Menjaga Netralitas ASN. Tugas Siapa",  # a sentence end inside
    "Pemilih Muda dan Masa Depan Demokrasi Kita",
])
def test_an_opinion_columns_headline_over_the_byline_its_text_opens_with(headline):
    arts = _read(f"Opini\n\n{headline}\n\n"
                 "Oleh : Rahmat Hidayat, Anggota KPU Kabupaten Lebak Divisi Teknis Penyelenggaraan "
                 "Perkembangan teknologi informasi menuntut lembaga penyelenggara pemilu untuk terus "
                 "berbenah. Aplikasi yang dikembangkan harus mudah digunakan oleh masyarakat.\n")
    assert [a.title for a in arts] == [headline]
    assert arts[0].body.startswith("Oleh : Rahmat Hidayat")


@pytest.mark.parametrize("credit", ["Admin", "Humas KPU Kabupaten Buol", "Oleh: Tim Teknis"])
def test_who_posted_it_then_the_post_date_between_headline_and_body(credit):
    arts = _read(f"KPU Kabupaten Buol Gelar Rapat Pleno DPTHP\n{credit}\n11 Maret 2019\n"
                 "Buol - KPU Kabupaten Buol menggelar rapat pleno DPTHP, Senin (11/3/2019).\n\n"
                 f"KPU Kabupaten Buol Lantik PPS\n{credit}\nSelasa, 12 Maret 2019\n"
                 "Buol - KPU Kabupaten Buol melantik anggota PPS, Selasa (12/3/2019).\n")
    assert [a.title for a in arts] == ["KPU Kabupaten Buol Gelar Rapat Pleno DPTHP", "KPU Kabupaten Buol Lantik PPS"]
    assert [a.date for a in arts] == ["2019-03-11", "2019-03-12"]
    assert all(a.body.startswith("Buol - ") for a in arts)


@pytest.mark.parametrize("body,place", [
    ("SENGKANG-KPU Kabupaten Wajo melantik anggota PPS", "Sengkang"),  # a town run into the body's first word
    ("BANDA ACEH-Komisi Independen Pemilihan Aceh menggelar", "Banda Aceh"),
    ("MAKASSAR-Sebanyak 40 anggota PPK mengikuti", "Makassar"),  # a region's name, any word after
    ("SIDALIH-Aplikasi ini memudahkan", None),  # an acronym, no place
    ("Toli-Toli adalah kabupaten", None),  # a hyphenated name
])
def test_a_place_in_capitals_run_into_the_text_by_a_bare_hyphen(body, place):
    dl = parse_dateline(body)
    assert (dl.place if dl else None) == place


def test_a_headline_ending_with_a_full_stop_under_a_view_count():
    arts = _read("Berita Terkini\n\n14\n\nPleno DPB triwulan III tahun 2023.\n\n"
                 "#KawanPemilih Kamis, 5 Oktober 2023, bertempat di aula KPU Kabupaten Dompu, "
                 "KPU Kabupaten Dompu melaksanakan rapat pleno rekapitulasi daftar pemilih berkelanjutan.\n\n"
                 "Selengkapnya\n52\n\nRapat Koordinasi Pencocokan Data Pemilih bersama Dukcapil\n\n"
                 "DOMPU,_ KPU Kabupaten Dompu, Selasa (3/10/2023) menggelar rapat koordinasi bersama "
                 "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Dompu.\n")
    assert [a.title for a in arts] == ["Pleno DPB triwulan III tahun 2023.",
                                       "Rapat Koordinasi Pencocokan Data Pemilih bersama Dukcapil"]


def test_a_sentence_under_a_view_count_stays_body():
    arts = _read("KPU Kabupaten Dompu Gelar Rapat Pleno\n\n"
                 "Dompu - KPU Kabupaten Dompu menggelar rapat pleno, Senin (2/10/2023). "
                 "Rapat dihadiri Bawaslu. Pleno ditutup siang hari.\n\n7\n\n"
                 "Rapat berjalan lancar. Semua peserta hadir tepat waktu dan mengikuti acara hingga selesai.\n")
    assert [a.title for a in arts] == ["KPU Kabupaten Dompu Gelar Rapat Pleno"]


@pytest.mark.parametrize("caption", [
    "Sambutan Ahmad Fauzi Anggota KPU Tuban Saat Membuka Kegiatan",
    "Suasana Rapat Pleno Terbuka Di Aula KPU Kabupaten Tuban",
])
def test_a_photo_caption_run_into_the_dateline_under_a_headline_in_capitals(caption):
    arts = _read(f"Berita Terkini\n\nKPU TUBAN, GANDENG KAMPUS UNTUK SOSIALISASI PEMILIH PEMULA\n\n"
                 f"{caption} TUBAN,- Komisi Pemilihan Umum Kabupaten Tuban hari ini menggandeng "
                 "Universitas Ronggolawe untuk sosialisasi pemilih pemula, Rabu (4/11).\n\n"
                 "KPU TUBAN IKUTI RAPAT KOORDINASI NASIONAL\n\n"
                 "TUBAN,- KPU Kabupaten Tuban mengikuti rapat koordinasi nasional secara daring, Kamis (5/11).\n")
    assert [a.title for a in arts] == ["KPU TUBAN, GANDENG KAMPUS UNTUK SOSIALISASI PEMILIH PEMULA",
                                       "KPU TUBAN IKUTI RAPAT KOORDINASI NASIONAL"]
    assert arts[0].body.startswith(caption) and arts[0].place == "Tuban"
