"""HOLDS on sentence shapes from real pages, on sentences written for these tests
(other regions than the held-out sets): runs of posts and names pair in the run's
order, and a name list after a post keeps every name."""
import pytest

from kg.extract import orgs as orgs_mod
from kg.extract.people import parse_sentence


def holds(sentence: str) -> set[tuple[str, str, str | None]]:
    parse = parse_sentence(sentence, orgs_mod.find_orgs(sentence))
    return {(h.person.name, h.post.name, h.org.name if h.org else None) for h in parse.holdings}


def _pairs(sentence: str) -> set[tuple[str, str]]:
    parse = parse_sentence(sentence, orgs_mod.find_orgs(sentence))
    return {(h.person.name, h.post.name) for h in parse.holdings}


def test_run_opening_with_a_word_read_as_a_name_pairs_posts_with_the_names_after():
    s = ("Hadir Kaban Kesbangpol, Rudi Hartono, Sekretaris Bappeda, Wati Lestari, "
         "Inspektur Kabupaten Jember, Bambang Susilo.")
    got = _pairs(s)
    assert ("Wati Lestari", "Sekretaris") in got
    assert ("Rudi Hartono", "Sekretaris") not in got
    assert ("Bambang Susilo", "Sekretaris") not in got


def test_several_names_after_a_post_inside_a_run_all_hold_it():
    s = ("Rapat dihadiri oleh Anggota Bawaslu Kabupaten Jember, Rina Wati dan Joko Santoso, "
         "Ketua Tim Kampanye Paslon 01, Supriyadi, Koordinator Kampanye Paslon 02, Dedi Kurnia.")
    got = _pairs(s)
    assert {("Rina Wati", "Anggota"), ("Joko Santoso", "Anggota")} <= got
    assert any(n == "Supriyadi" and p.startswith("Ketua Tim Kampanye") for n, p in got)
    assert any(n == "Dedi Kurnia" and p.startswith("Koordinator Kampanye") for n, p in got)


def test_run_of_names_first_still_pairs_each_name_with_the_post_after_it():
    s = "Budi Santoso, Ketua KPU Kota Malang, dan Siti Rahma, Anggota KPU Kota Malang, hadir."
    got = _pairs(s)
    assert ("Budi Santoso", "Ketua") in got and ("Siti Rahma", "Anggota") in got


def test_post_with_an_unread_organization_is_not_given_the_list_organization():
    s = "Hadir Ketua KPU Kabupaten Jember, Ahmad Fauzi, Sekretaris Disdukcapil, Lina Marlina."
    parse = parse_sentence(s, orgs_mod.find_orgs(s))
    lina = [h for h in parse.holdings if h.person.name == "Lina Marlina"]
    assert lina and lina[0].org is None


def test_the_other_holders_listed_after_lainnya_all_hold_the_post():
    s = ("Ketua KPU Sumbar Yanuk didampingi anggota KPU Sumbar lainnya antara lain Ahmad Safri, "
         "Beni Putra, Ira Wati dan Sekretaris KPU Sumbar Irwan Zuhdi.")
    got = _pairs(s)
    assert {("Ahmad Safri", "Anggota"), ("Beni Putra", "Anggota"), ("Ira Wati", "Anggota"),
            ("Irwan Zuhdi", "Sekretaris")} <= got
    s = ("Rakor dipimpin Anggota KPU Kabupaten Jember lainnya yang juga turut hadir yaitu "
         "Agus Salim, dan Mutia.")
    got = _pairs(s)
    assert {("Agus Salim", "Anggota"), ("Mutia", "Anggota")} <= got


def test_a_members_post_and_a_bare_division_of_one_person_are_one_seat():
    s = ("Rapat dibuka oleh Ketua KPU Kabupaten Lumajang, Rudi Hartono dan dipimpin oleh Anggota KPU "
         "Kabupaten Lumajang, Sri Wulandari selaku Divisi Hukum dan Pengawasan.")
    got = _pairs(s)
    assert ("Sri Wulandari", "Anggota Divisi Hukum dan Pengawasan") in got
    assert not any(n == "Sri Wulandari" and p in ("Anggota", "Divisi Hukum dan Pengawasan") for n, p in got)
    assert ("Rudi Hartono", "Ketua") in got


def test_a_division_after_a_bare_kpu_belongs_to_the_members_post():
    s = ("Rakor diikuti Ketua KPU Kabupaten Sumba Timur Yohanes Rihi, Anggota KPU Divisi Teknis "
         "Penyelenggaraan Martha Kahi, Sekretaris, dan operator.")
    assert ("Martha Kahi", "Anggota Divisi Teknis Penyelenggaraan") in _pairs(s)


def test_a_holder_in_brackets_after_a_division_is_not_taken_for_its_abbreviation():
    s = ("Ketua KPU Kabupaten Madiun (Bambang Irawan) beserta Komisioner KPU Kabupaten Madiun Divisi Hukum "
         "(Suprapto), Divisi Teknis (Wahyu Lestari) hadir.")
    got = _pairs(s)
    assert ("Suprapto", "Komisioner Divisi Hukum") in got
    assert ("Wahyu Lestari", "Divisi Teknis") in got
    s = "Materi dari Kadiv Sosialisasi (Sosparmas) Hendra Wijaya."
    assert ("Hendra Wijaya", "Ketua Divisi Sosialisasi") in _pairs(s)


def test_a_divisions_deputy_and_a_staff_post_of_a_subsection_keep_their_whole_titles():
    s = ("KPU Kabupaten Alor dihadiri oleh Wakil Ketua Divisi Teknis, Markus Lau, Sekretaris Yakob Malaka, "
         "dan Staf Subbag Program dan Data, Rina Bessie.")
    got = _pairs(s)
    assert ("Markus Lau", "Wakil Ketua Divisi Teknis") in got
    assert ("Rina Bessie", "Staf Subbag Program dan Data") in got
    assert ("Yakob Malaka", "Sekretaris") in got


def test_names_listed_before_a_post_all_hold_it():
    s = "Hadir Agus Salim, Dodi Irawan dan Rini Astuti, Staf Subbagian Teknis KPU Kabupaten Blitar."
    got = _pairs(s)
    assert {("Agus Salim", "Staf Subbagian Teknis"), ("Dodi Irawan", "Staf Subbagian Teknis"),
            ("Rini Astuti", "Staf Subbagian Teknis")} <= got
    # a name already holding the post before it is not taken into the list
    s = "Ketua KPU Kabupaten Blitar, Hadi Santoso dan Rini Astuti, Sekretaris KPU Kabupaten Blitar, hadir."
    got = _pairs(s)
    assert ("Hadi Santoso", "Ketua") in got and ("Hadi Santoso", "Sekretaris") not in got
    assert ("Rini Astuti", "Sekretaris") in got


def test_one_of_a_posts_holders_holds_it():
    s = "Menurut Yusuf Hamdani, salah satu anggota PPK Kecamatan Ngadirojo, rapat berjalan lancar."
    assert ("Yusuf Hamdani", "Anggota") in _pairs(s)


def test_a_second_post_after_the_name_with_yang_juga():
    s = "Ketua KPU Kabupaten Sumba Barat Daya, Yohanis Malo, yang juga Koordinator Divisi Hukum, hadir."
    got = _pairs(s)
    assert {("Yohanis Malo", "Ketua"), ("Yohanis Malo", "Koordinator Divisi Hukum")} <= got


@pytest.mark.parametrize("sentence, person, org", [
    ("Camat Ngadirojo Sutrisno Hadi membuka kegiatan sosialisasi.", "Sutrisno Hadi", "Kecamatan Ngadirojo"),
    ("Sambutan Camat Kawangkoan Utara Frangky Lasut disampaikan oleh sekretarisnya.", "Frangky Lasut",
     "Kecamatan Kawangkoan Utara"),
    ("Lurah Sidomulyo Hj. Nur Aini turut membuka kegiatan.", "Nur Aini", "Kelurahan Sidomulyo"),
    ("Hadir pula Kepala Desa Tegalrejo Drs. Mulyono.", "Mulyono", "Desa Tegalrejo"),
])
def test_an_areas_head_its_area_and_its_holder_without_a_comma(sentence, person, org):
    got = holds(sentence)
    assert any(n == person and o == org for n, _, o in got), got


def test_a_head_written_without_its_area_leaves_the_name_whole():
    got = holds("Sambutan Camat Sutrisno Hadi disampaikan.")
    assert {n for n, _, _ in got} <= {"Sutrisno Hadi"}


def test_a_ranked_name_before_a_regional_heads_title_holds_it():
    got = holds("Hadir AKBP Sigit Purnomo Kapolres Madiun dan Letkol Inf Agus Riyanto Dandim 0803/Madiun.")
    assert any(n == "Sigit Purnomo" and p == "Kapolres" and o.startswith("Polres") for n, p, o in got)
    assert any(n == "Agus Riyanto" and p == "Dandim" for n, p, _ in got)


@pytest.mark.parametrize("sentence, person, post", [
    ("KPU MADIUN - Siti Nurjanah Anggota KPU Provinsi Jawa Timur menghadiri rapat pleno.", "Siti Nurjanah",
     "Anggota"),
    ("Dalam sambutannya Bambang Irawan Ketua KPU Kabupaten Madiun menyampaikan terima kasih.",
     "Bambang Irawan", "Ketua"),
])
def test_a_name_right_before_its_post_in_running_text(sentence, person, post):
    assert any(n == person and p == post for n, p, _ in holds(sentence))


@pytest.mark.parametrize("sentence", [
    "Penetapan Alokasi Kursi Anggota DPRD Kabupaten Madiun ditetapkan dalam rapat pleno.",
    "Rapat membahas Pergantian Antar Waktu Anggota KPU Kabupaten Madiun yang mengundurkan diri.",
])
def test_a_noun_phrase_before_a_post_holds_nothing(sentence):
    assert not holds(sentence)


def test_a_commissioner_of_a_region_is_in_its_kpu():
    got = holds("Sementara itu komisioner Kota Probolinggo, Aminah Sari menyampaikan materi sosialisasi.")
    assert ("Aminah Sari", "Komisioner", "KPU Kota Probolinggo") in got


@pytest.mark.parametrize("sentence, person, post, org", [
    ("Hal itu disampaikan komisioner KPU Kota Tomohon yang membidangi hukum dan pengawasan, Yanti Sumual, "
     "di kantornya.", "Yanti Sumual", "Komisioner Divisi Hukum dan Pengawasan", "KPU Kota Tomohon"),
    ("Materi disampaikan Anggota KPU Provinsi Banten yang membidangi Divisi Teknis Penyelenggaraan, "
     "Dr. Idrus Salim.", "Idrus Salim", "Anggota Divisi Teknis Penyelenggaraan", "KPU Provinsi Banten"),
])
def test_a_members_division_written_as_a_clause_before_the_holder(sentence, person, post, org):
    assert (person, post, org) in holds(sentence)


def test_a_former_post_is_held_by_no_one_but_its_holder_is_a_person():
    s = "Hadir Ketua KPU Kota Ternate, Rusli Hamid, dan mantan Ketua KPU Kota Ternate, Sinta Dewi Lestari."
    got = _pairs(s)
    assert ("Rusli Hamid", "Ketua") in got
    assert not any(n == "Sinta Dewi Lestari" for n, _ in got)
    assert [n.name for n in parse_sentence(s, orgs_mod.find_orgs(s)).former] == ["Sinta Dewi Lestari"]


def test_a_last_unit_word_in_lower_case_stays_in_the_division():
    s = "Rapat didampingi oleh anggota KPU Kabupaten Tabanan divisi Hukum dan pengawasan I Made Suardana, SH."
    assert ("I Made Suardana", "Anggota divisi Hukum dan pengawasan", "KPU Kabupaten Tabanan") in holds(s)
    # a lower-case unit word that no holder follows is left out
    s = "Ketua Divisi Hukum, Budi Santoso, dan jajaran hadir."
    assert ("Budi Santoso", "Ketua Divisi Hukum", None) in holds(s)


@pytest.mark.parametrize("sentence", [
    "Kapolres Gunungkidul yang diwakili Kabag Ops Kompol Sugeng Riyadi turut hadir.",
    "Kapolres Gunungkidul diwakili oleh Kabag Ops Kompol Sugeng Riyadi turut hadir.",
])
def test_a_deputy_holds_his_post_in_the_office_of_the_one_he_stands_in_for(sentence):
    got = holds(sentence)
    assert any(n == "Sugeng Riyadi" and p == "Kabag Ops" and o and o.startswith("Polres") for n, p, o in got)


@pytest.mark.parametrize("sentence", [
    "Ketua Kpu Kabupaten Magetan Ratna Dewi membuka rapat pleno.",
    "Ketua kpu kabupaten magetan, Ratna Dewi membuka rapat pleno.",
])
def test_the_commissions_letters_in_irregular_case_still_name_it(sentence):
    assert ("Ratna Dewi", "Ketua", "KPU Kabupaten Magetan") in holds(sentence)


def test_a_sites_address_is_no_commission():
    assert not orgs_mod.find_orgs("Sumber berita: kab-magetan.kpu.go.id dan kpu-magetan.")


def test_a_lower_case_bawaslu_still_names_it():
    assert ("Rudi Santoso", "Ketua", "Bawaslu Kabupaten Magetan") in holds(
        "Hadir pula Ketua bawaslu Kabupaten Magetan, Rudi Santoso.")


def test_a_regency_of_islands_written_without_kepulauan():
    from kg.lang import regions
    assert [r.official for r in regions.index()[regions.key("Talaud")]] == ["Kabupaten Kepulauan Talaud"]
    # a short name that another region has stays that region's
    assert [r.official for r in regions.index()[regions.key("Konawe")]] == ["Kabupaten Konawe"]
    assert ("Yohanis Lahabu", "Ketua", "KPU Kabupaten Kepulauan Talaud") in holds(
        "Ketua KPU Talaud, Yohanis Lahabu, membuka rapat.")


@pytest.mark.parametrize("short, official", [
    ("Torut", "Kabupaten Toraja Utara"), ("Bolsel", "Kabupaten Bolaang Mongondow Selatan"),
    ("Malteng", "Kabupaten Maluku Tengah"), ("Gumas", "Kabupaten Gunung Mas"),
    ("KKU", "Kabupaten Kayong Utara"),
])
def test_short_names_of_regencies_are_in_the_region_list(short, official):
    from kg.lang import regions
    assert [r.official for r in regions.index()[regions.key(short)]] == [official]


def test_a_post_in_a_kpu_named_by_its_regencys_short_name():
    got = holds("Ketua KPU Bartim, Yohanes Sanan, membuka rapat pleno.")
    assert ("Yohanes Sanan", "Ketua", "KPU Kabupaten Barito Timur") in got


@pytest.mark.parametrize("sentence, post, org_start", [
    ("Turut hadir Kakan Kemenag Kabupaten Pacitan, Imam Mahmudi.", "Kepala Kantor", "Kantor Kementerian Agama"),
    ("Turut hadir Kalapas Pacitan, Imam Mahmudi.", "Kalapas", "Lapas"),
    ("Turut hadir Kasatpol PP Kabupaten Pacitan, Imam Mahmudi.", "Kasatpol PP", "Satuan Polisi Pamong Praja"),
    ("Turut hadir Kalaksa BPBD Kabupaten Pacitan, Imam Mahmudi.", "Kepala Pelaksana", "Badan Penanggulangan"),
])
def test_short_titles_of_regional_offices(sentence, post, org_start):
    got = holds(sentence)
    assert any(n == "Imam Mahmudi" and p == post and o and o.startswith(org_start) for n, p, o in got), got


def test_a_candidates_liaison_and_a_team_numbered_in_words():
    got = holds("Rapat dihadiri Ketua Tim Kampanye Paslon Nomor Urut 2, Budi Santoso, dan LO Tim Kampanye "
                "Paslon 01, Rahmat Hidayat.")
    assert ("Budi Santoso", "Ketua Tim Kampanye", "Tim Kampanye Paslon Nomor Urut 2") in got
    assert any(n == "Rahmat Hidayat" and p.startswith("LO") for n, p, _ in got)
    assert not any(n == "Urut" for n, _, _ in got)


def test_a_list_of_holders_goes_on_after_a_division_and_serta():
    """", serta Nama, ..." after a division is the next holder, not the division's last word."""
    from kg.extract.pipeline import extract_article
    from kg.model import Article
    body = ("Narasumber yakni Yohanes Bala, anggota KPU Kabupaten Flores Timur Divisi Hukum dan Pengawasan, "
            "serta Maria Ina, Anggota KPU Kabupaten Lembata Divisi Teknis Penyelenggaraan.")
    fs = extract_article(Article("t", "Diskusi Daring Seri 3", body, "t.txt", site="kab-florestimur.kpu.go.id"))
    got = {(f.subject.name, f.object.name, f.object.props.get("org")) for f in fs if f.predicate == "HOLDS"}
    assert ("Yohanes Bala", "Anggota Divisi Hukum dan Pengawasan", "KPU Kabupaten Flores Timur") in got
    assert not any("serta" in post for _, post, _ in got)


def test_a_post_printed_all_in_lower_case_up_to_its_organization():
    s = "Hadir sebagai narasumber Dewi Lestari, ketua divisi teknis penyelenggaraan KPU Kabupaten Sragen."
    assert ("Dewi Lestari", "Ketua Divisi Teknis Penyelenggaraan", "KPU Kabupaten Sragen") in holds(s)
    s = "Menurut kepala bagian keuangan dan umum KPU Provinsi Bali, Made Sudira, anggaran cukup."
    assert ("Made Sudira", "Kepala Bagian Keuangan dan Umum", "KPU Provinsi Bali") in holds(s)
    # lower-case words that no organization closes stay running text
    assert not holds("Ia menjadi ketua umum dan anggota hadir bersama Budi.")


def test_a_byline_name_before_its_post_after_a_colon():
    s = "Oleh: Ahmad Fauzan Anggota KPU Kabupaten Garut, Divisi Hukum dan Pengawasan"
    assert ("Ahmad Fauzan", "Anggota Divisi Hukum dan Pengawasan", "KPU Kabupaten Garut") in holds(s)
    # a label before a title-case phrase is no byline
    assert not holds("Tema : Alokasi Kursi Anggota DPRD Kabupaten Garut")


def test_a_noun_that_opens_the_running_text_after_a_post_is_no_holder():
    s = ("Penulis : Sri Wahyuni Anggota KPU Kota Bima, Divisi Teknis Penyelenggaraan "
         "Keterbukaan informasi menuntut kesiapan semua pihak.")
    got = holds(s)
    assert ("Sri Wahyuni", "Anggota Divisi Teknis Penyelenggaraan", "KPU Kota Bima") in got
    assert not any(n == "Keterbukaan" for n, _, _ in got)


def test_a_council_secretary_holds_the_post_in_the_regions_dprd():
    got = holds("Berkas diterima Sekwan Kabupaten Grobogan Siti Aminah dan Sekretaris Dewan Kota Malang, Budi Raharjo.")
    assert ("Siti Aminah", "Sekwan", "DPRD Kabupaten Grobogan") in got
    assert ("Budi Raharjo", "Sekretaris Dewan", "DPRD Kota Malang") in got
    # another council's secretary is not the DPRD's
    assert not any(o and o.startswith("DPRD") for _, _, o in holds("Hadir Sekretaris Dewan Pers, Agus Sudibyo."))


def test_a_regions_inspector_heads_its_inspectorate_the_commissions_does_not():
    got = holds("Hadir Sekretaris Disdukcapil, Wati Lestari, Inspektur Kabupaten Banyumas, Agus Riyanto.")
    assert ("Agus Riyanto", "Inspektur", "Inspektorat Kabupaten Banyumas") in got
    got = holds("Hadir pula Inspektur Provinsi Sulawesi Tengah Ika Mardiah.")
    assert ("Ika Mardiah", "Inspektur", "Inspektorat Provinsi Sulawesi Tengah") in got
    got = holds("Materi disampaikan Inspektur Wilayah III KPU RI, Dr. Hendra Gunawan.")
    assert ("Hendra Gunawan", "Inspektur Wilayah III", "KPU RI") in got


def test_an_abbreviated_unit_head_in_lower_case_is_a_post_of_the_context():
    got = _pairs("Berkas diserahkan komisioner Rina (Divisi Teknis) serta kasubag Tekmas Yusuf Hidayat, SE. "
                 "kepada Bawaslu.")
    assert ("Yusuf Hidayat", "Kepala Subbagian Tekmas") in got
    got = _pairs("Hadir pula kadiv Hukum, Sari Dewi dan kabag Umum Drs. Budi Prasetyo.")
    assert {("Sari Dewi", "Ketua Divisi Hukum"), ("Budi Prasetyo", "Kepala Bagian Umum")} <= got
    assert not _pairs("Ia sudah lama menjadi kasubag di kantor itu.")


def test_a_profession_stated_of_the_person_is_a_post():
    got = holds("Hadir Yulianti, yang juga berprofesi sebagai dosen di Universitas Mataram, dalam diskusi itu.")
    assert ("Yulianti", "Dosen", "Universitas Mataram") in got
    got = holds("Rudi Hermawan yang berprofesi sebagai dosen Universitas Jember turut hadir.")
    assert ("Rudi Hermawan", "Dosen", "Universitas Jember") in got


def test_a_compass_word_after_an_organization_is_no_holder():
    got = holds("Ia juga berprofesi sebagai dosen di Universitas Indonesia Timur, dan mendukung kegiatan.")
    assert not any(p == "Timur" for p, _, _ in got), got


def test_a_headline_verb_after_the_post_is_no_holder():
    got = _pairs("Sri Handayani Kadiv Teknis, Beri Materi Kepemiluan Kepada Siswa SMAN 2 Wonosari")
    assert ("Sri Handayani", "Ketua Divisi Teknis") in got, got
    assert not any(n.startswith("Beri") for n, _ in got)


def test_the_other_holders_named_straight_after_lainnya_and_a_comma():
    got = _pairs("Hadir anggota KPU Kabupaten Sumba Barat lainnya, Rina Wati dan Yohanes.")
    assert {("Rina Wati", "Anggota"), ("Yohanes", "Anggota")} <= got, got
    got = _pairs("Turut hadir Komisioner KPU Kota Bima lainnya: Agus Salim, Yohana dan Rudi.")
    assert {("Agus Salim", "Komisioner"), ("Yohana", "Komisioner"), ("Rudi", "Komisioner")} <= got, got


def test_a_derived_noun_opening_the_text_after_a_post_is_no_name():
    # a heading or byline run into the text: "Penggunaan", "Perkembangan", "Kebutuhan" open the sentence
    for word in ("Perkembangan", "Pelaksanaan", "Kebutuhan"):
        got = holds(f"Anggota KPU Kabupaten Lebak Divisi Teknis Penyelenggaraan {word} teknologi menuntut "
                    "lembaga penyelenggara pemilu untuk terus berbenah.")
        assert not any(p == word for p, _, _ in got)
    # names in -an are names all the same
    assert ("Rudi Setiawan", "Ketua", "KPU Kabupaten Lebak") in holds("Rapat dibuka Ketua KPU Kabupaten Lebak Rudi Setiawan.")


def test_a_columns_byline_names_its_author_and_post_without_a_comma():
    got = holds("Oleh : Rahmat Hidayat Anggota KPU Kabupaten Lebak, Divisi Teknis Penyelenggaraan "
                "Perkembangan teknologi informasi menuntut lembaga penyelenggara pemilu berbenah.")
    assert any(p == "Rahmat Hidayat" and org == "KPU Kabupaten Lebak" for p, _, org in got)
    assert not any(p == "Perkembangan" for p, _, _ in got)


def test_a_comma_after_the_list_opener_still_gives_every_listed_name_the_post():
    s = ("Pleno dihadiri tiga orang Komisioner KPU Kabupaten Alor masing-masing, Yakobus Lete, "
         "Maria Goreti Bano dan Simon Tefa, hadir juga staf sekretariat.")
    got = _pairs(s)
    assert {("Yakobus Lete", "Komisioner"), ("Maria Goreti Bano", "Komisioner"),
            ("Simon Tefa", "Komisioner")} <= got, got
    s = "Hadir pula anggota KPU Kota Bogor yakni, Rina Wati dan Joko Santoso."
    assert {("Rina Wati", "Anggota"), ("Joko Santoso", "Anggota")} <= _pairs(s)


def test_a_name_and_post_without_comma_after_a_sentence_the_splitter_left_joined():
    s = ("Yusuf Hamdani diajukan Partai Demokrat menggantikan Burhanudin, SH. Rudi Hartono Ketua KPU "
         "Kabupaten Kebumen menyatakan klarifikasi ini wajib dilakukan.")
    assert ("Rudi Hartono", "Ketua", "KPU Kabupaten Kebumen") in holds(s)


def test_a_one_word_name_after_a_quote_attribution_holds_the_post_after_it():
    s = '"Data pemilih harus akurat," pungkas Suyatno Divisi Hukum KPU Kabupaten Kebumen.'
    assert any(p == "Suyatno" and r.startswith("Divisi Hukum") for p, r, _ in holds(s)), holds(s)
    s = '"Semua tahapan berjalan," ujar Marlina Ketua KPU Kota Ternate usai rapat.'
    assert ("Marlina", "Ketua", "KPU Kota Ternate") in holds(s)
    # a title-case phrase with no attribution before it stays no person
    s = "Pergantian Antar Waktu Anggota KPU Kota Ternate dibahas dalam rapat."
    assert not holds(s)


def test_a_list_of_names_each_with_its_post_right_after_it_pairs_each_with_its_own():
    s = ("Sebagai narasumber Joko Santoso Ketua Bawaslu Kabupaten Gowa, Andi Lala Ketua KPU Kabupaten "
         "Gowa, dan Rina Wati Sekretaris KPU Kabupaten Gowa.")
    got = holds(s)
    assert {("Joko Santoso", "Ketua", "Bawaslu Kabupaten Gowa"), ("Andi Lala", "Ketua", "KPU Kabupaten Gowa"),
            ("Rina Wati", "Sekretaris", "KPU Kabupaten Gowa")} <= got, got
    assert ("Andi Lala", "Ketua", "Bawaslu Kabupaten Gowa") not in got
