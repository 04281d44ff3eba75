"""Organization and participation rules of issue 13's second round, each tried on
sentences written for the test (other regions, other phrasings than the pages that
showed the gap)."""
import pytest

from kg.extract.orgs import canonical_org, find_orgs
from kg.extract.pipeline import extract_article
from kg.model import Article


def parts(title, body, site=None, **kw):
    fs = extract_article(Article("t1", title, body, "t.txt", site=site, **kw))
    return {(f.subject.name, f.predicate) for f in fs if f.predicate in ("ATTENDED", "ORGANIZED")}


@pytest.mark.parametrize("written, name", [
    ("KPU Kota Tanjung Pinang", "KPU Kota Tanjungpinang"),
    ("KPU Tanjungpinang", "KPU Kota Tanjungpinang"),
    ("Bawaslu Kota Pangkal Pinang", "Bawaslu Kota Pangkalpinang"),
    ("KPU Kota Bau Bau", "KPU Kota Baubau"),
])
def test_a_city_written_apart_or_as_one_word_is_named_as_it_names_itself(written, name):
    assert canonical_org(written).name == name


@pytest.mark.parametrize("place, home", [
    ("Dompu", "KPU Kabupaten Dompu"),
    ("Kotamobagu", "KPU Kota Kotamobagu"),
    ("KPU BANTEN", "KPU Provinsi Banten"),
])
def test_a_page_without_a_site_writes_from_its_datelines_place(place, home):
    # no satker named anywhere: the dateline's place tells whose site reports
    body = (f"{place.upper()} - Ketua Divisi Teknis, Rahmat Hidayat, membuka rapat kerja tahapan pencalonan "
            "bersama panitia di aula kantor, Selasa (3/3/2020).")
    fs = extract_article(Article("t1", "Rapat Kerja Tahapan Pencalonan", body, "t.txt", place=place))
    holds = {f.object.props.get("org") for f in fs if f.predicate == "HOLDS"}
    assert home in holds


def test_a_town_that_is_no_region_names_no_home():
    body = "Tondano - Ketua Divisi Teknis, Rahmat Hidayat, membuka rapat kerja tahapan pencalonan."
    fs = extract_article(Article("t1", "Rapat Kerja Tahapan Pencalonan", body, "t.txt", place="Tondano"))
    assert not [f for f in fs if f.predicate == "HOLDS" and f.object.props.get("org", "").startswith("KPU")]


@pytest.mark.parametrize("written, name", [
    ("Badan Narkotika Nasional (BNN) Provinsi Sulawesi Tenggara", "Badan Narkotika Nasional Provinsi Sulawesi Tenggara"),
    ("BPS Kabupaten Sigi", "Badan Pusat Statistik Kabupaten Sigi"),
    ("BPKP Perwakilan Provinsi Maluku", "Badan Pengawasan Keuangan dan Pembangunan Perwakilan Provinsi Maluku"),
    ("IDI Wilayah Sumatera Barat", "Ikatan Dokter Indonesia Wilayah Sumatera Barat"),
    ("Himpunan Psikologi Indonesia (HIMPSI) Wilayah Jambi", "Himpunan Psikologi Indonesia Wilayah Jambi"),
    ("MUI Kabupaten Sinjai", "Majelis Ulama Indonesia Kabupaten Sinjai"),
    ("Kanwil Kemenkumham Sultra", "Kanwil Kemenkumham Sulawesi Tenggara"),
    ("Kantor Wilayah Kementerian Agama Gorontalo", "Kantor Wilayah Kementerian Agama Gorontalo"),
    ("Kanwil Kemenag Provinsi Bengkulu", "Kanwil Kemenag Provinsi Bengkulu"),
])
def test_regional_offices_and_chapters_are_named_with_their_region(written, name):
    assert [om.name for om in find_orgs(written)] == [name]


@pytest.mark.parametrize("written, name", [
    ("SMAN 4 Kendari", "SMA Negeri 4 Kendari"),
    ("SMKN 1 Sinjai", "SMK Negeri 1 Sinjai"),
    ("SMA Kristen 2 Tomohon", "SMA Kristen 2 Tomohon"),
    ("SMP Muhammadiyah 1 Palopo", "SMP Muhammadiyah 1 Palopo"),
    ("SMA Katolik Santo Andreas", "SMA Katolik Santo Andreas"),
])
def test_schools_are_read_with_who_runs_them_and_one_name(written, name):
    oms = find_orgs(written)
    assert [(om.name, om.kind) for om in oms] == [(name, "school")]


@pytest.mark.parametrize("body", [
    "KPU Kabupaten Sinjai menggelar sosialisasi pemilih pemula di SMAN 1 Sinjai, Kamis (5/2/2026).",
    "KPU Kabupaten Sinjai menyampaikan materi pendidikan pemilih kepada siswa-siswi SMK Negeri 2 Sinjai.",
    "Program KPU Goes to Campus kembali digelar KPU Kabupaten Sinjai ke Universitas Muhammadiyah Sinjai.",
])
def test_a_school_or_campus_the_event_is_held_at_or_for_takes_part(body):
    got = parts("KPU Sinjai Sapa Pemilih Pemula", body, site="kab-sinjai.kpu.go.id")
    assert any(rel == "ATTENDED" and name.startswith(("SMA", "SMK", "Universitas")) for name, rel in got), got


def test_a_persons_school_is_no_participant():
    got = parts("KPU Sinjai Umumkan Pemenang Lomba Maskot",
                "KPU Kabupaten Sinjai mengumumkan pemenang lomba maskot. Juara pertama diraih Nur Hikmah, "
                "mahasiswa Universitas Muhammadiyah Sinjai.", site="kab-sinjai.kpu.go.id")
    assert not any(name.startswith("Universitas") for name, _ in got)


@pytest.mark.parametrize("text, name", [
    ("Rapat itu dihadiri KPU kota bontang dan Bawaslu.", "KPU Kota Bontang"),
    ("KPU sinjai menggelar rapat kerja dengan camat.", "KPU Kabupaten Sinjai"),
    ("Anggota Bawaslu kabupaten gowa turut hadir.", "Bawaslu Kabupaten Gowa"),
])
def test_a_region_written_in_lower_case_after_a_body_is_still_its_region(text, name):
    assert name in [om.name for om in find_orgs(text)]


@pytest.mark.parametrize("text", ["KPU dan Bawaslu menggelar rapat.", "KPU menggelar rapat.",
                                  "Tugu batu di depan kantor KPU batu nisan."])
def test_lower_case_words_after_a_body_are_no_region(text):
    assert not [om for om in find_orgs(text) if om.region_code]


def test_who_brings_a_partner_in_holds_the_event_and_the_partner_takes_part():
    got = parts("KPU Bontang Gandeng Dinas Pendidikan Sosialisasikan Pemilih Pemula",
                "BONTANG - KPU Kota Bontang menggandeng Dinas Pendidikan Kota Bontang untuk menggelar "
                "sosialisasi pemilih pemula di sekolah menengah.", site="kota-bontang.kpu.go.id")
    assert ("KPU Kota Bontang", "ORGANIZED") in got
    assert ("Dinas Pendidikan Kota Bontang", "ATTENDED") in got


def test_a_time_word_with_a_hyphen_between_a_body_and_its_verb():
    got = parts("Bimtek Pemutakhiran Data KPU Sigi",
                "Sigi, kab-sigi.kpu.go.id - KPU Kabupaten Sigi baru-baru ini melaksanakan bimbingan teknis "
                "pemutakhiran data pemilih bagi operator.", site="kab-sigi.kpu.go.id")
    assert ("KPU Kabupaten Sigi", "ORGANIZED") in got


def test_the_parties_of_a_meeting_named_after_antara_take_part():
    got = parts("Rakor Penertiban Alat Peraga Kampanye",
                "BONTANG - KPU Kota Bontang menggelar rapat koordinasi penertiban alat peraga kampanye. "
                "Rapat itu membahas zona pemasangan antara KPU, Bawaslu, Pemkot Bontang dan Kodim 0908.",
                site="kota-bontang.kpu.go.id")
    assert {("Bawaslu Kota Bontang", "ATTENDED"), ("Pemkot Bontang", "ATTENDED"), ("Kodim 0908", "ATTENDED")} <= got


def test_a_gap_between_two_bodies_is_no_meeting():
    got = parts("Rakor Data Pemilih",
                "BONTANG - KPU Kota Bontang menggelar rapat koordinasi data pemilih. "
                "Dibahas selisih data antara KPU dan Dinas Kependudukan dan Pencatatan Sipil Kota Bontang.",
                site="kota-bontang.kpu.go.id")
    assert not any(name.startswith("Dinas") for name, _ in got)


@pytest.mark.parametrize("title, body", [
    ("KPU Sosialisasikan Tahapan Pilkada", "MAMUJU - KPU kembali menyosialisasikan tahapan pilkada kepada warga."),
    ("Sosialisasi Naskah Dinas", "Biro Umum KPU RI memberikan sosialisasi naskah dinas kepada KPU Provinsi Sulawesi Barat."),
])
def test_a_body_that_gives_outreach_holds_it(title, body):
    got = parts(title, body, site="kab-mamuju.kpu.go.id")
    assert any(rel == "ORGANIZED" and name in ("KPU Kabupaten Mamuju", "KPU RI") for name, rel in got), got


def test_the_national_force_beside_its_local_unit_is_that_unit():
    got = parts("Rakor Pengamanan Logistik",
                "SINJAI - KPU Kabupaten Sinjai menggelar rapat koordinasi dengan Polres Sinjai dan Kodim 1424. "
                "Ketua KPU Sinjai, Andi Rahman, menyebut pihak Polri siap melakukan pengamanan gudang logistik.",
                site="kab-sinjai.kpu.go.id")
    assert ("Polres Sinjai", "ATTENDED") in got
    assert not any(name == "Kepolisian Negara Republik Indonesia" for name, _ in got)


def test_the_national_force_alone_still_takes_part():
    got = parts("Apel Siaga Pemilu", "SINJAI - Apel siaga pengamanan pemilu diikuti personel Polri dan TNI.",
                site="kab-sinjai.kpu.go.id")
    assert ("Kepolisian Negara Republik Indonesia", "ATTENDED") in got or ("Polri", "ATTENDED") in got


def test_who_a_meeting_is_with_takes_part_and_a_meeting_is_no_report():
    got = parts("Rakor Pengamanan",
                "SINJAI - KPU Kabupaten Sinjai menggelar rapat koordinasi dengan Polres Sinjai di aula kantor.",
                site="kab-sinjai.kpu.go.id")
    assert ("Polres Sinjai", "ATTENDED") in got


def test_village_governments_as_a_kind_are_no_one_village():
    assert not find_orgs("rapat kerja dengan Pemerintah Desa Kelurahan di Kecamatan Sinjai Utara")
    assert [om.name for om in find_orgs("bersama Pemerintah Desa Bonto Lempangan")] == \
        ["Pemerintah Desa Bonto Lempangan"]


def test_police_and_military_commands_named_by_their_heads_and_sectors():
    got = parts("Pleno Rekapitulasi Tingkat Provinsi",
                "MANADO - KPU Provinsi Sulawesi Utara menggelar rapat pleno rekapitulasi. Rapat dihadiri Gubernur, "
                "Danlantamal VIII, Wakapolresta Manado AKBP Rudi Hartono, dan personel dari Polsek Wenang Selatan.",
                site="sulut.kpu.go.id")
    names = {name for name, rel in got if rel == "ATTENDED"}
    assert {"Lantamal VIII", "Polresta Manado", "Polsek Wenang Selatan"} <= names, names
    assert "Polsek Wenang" not in names


def test_a_sector_in_a_one_word_district_is_named_by_it():
    assert [om.name for om in find_orgs("personel Polsek Tikala berjaga")] == ["Polsek Tikala"]


def test_the_body_whose_official_opened_the_event_holds_it():
    got = parts("Seleksi Tertulis Calon PPK",
                "LUWUK - Ratusan calon PPK menjalani seleksi tertulis. Seleksi dibuka secara resmi oleh "
                "Ketua KPU Kabupaten Banggai: Rahmat Hidayat dan disaksikan Bawaslu Kabupaten Banggai.")
    assert ("KPU Kabupaten Banggai", "ORGANIZED") in got
    assert ("Bawaslu Kabupaten Banggai", "ATTENDED") in got


def test_a_named_organizer_outranks_the_body_that_opened():
    got = parts("Rakor Tahapan",
                "PALU - Rakor tahapan yang digelar oleh KPU Provinsi Sulawesi Tengah dibuka oleh "
                "Kepala Kesbangpol Kota Palu.", site="kota-palu.kpu.go.id")
    assert ("KPU Provinsi Sulawesi Tengah", "ORGANIZED") in got
    assert not any(rel == "ORGANIZED" and "Kesatuan" in name for name, rel in got)


def test_a_list_named_after_its_clause_still_attends():
    got = parts("Rakor Pemeriksaan Kesehatan",
                "JAMBI - KPU Provinsi Jambi menggelar rakor pemeriksaan kesehatan. Rakor dihadiri dua lembaga "
                "yang menangani pemeriksaan calon yaitu BNN Provinsi Jambi dan IDI Wilayah Jambi.",
                site="jambi.kpu.go.id")
    names = {name for name, rel in got if rel == "ATTENDED"}
    assert {"BNN Provinsi Jambi", "IDI Wilayah Jambi"} <= names, names


def test_a_clause_that_names_no_list_still_ends_it():
    got = parts("Rakor Tahapan",
                "JAMBI - KPU Provinsi Jambi menggelar rakor tahapan. Rakor dihadiri Bawaslu Provinsi Jambi "
                "yang menyampaikan hasil pengawasan terhadap Dinas Pendidikan Provinsi Jambi.",
                site="jambi.kpu.go.id")
    assert not any(name.startswith("Dinas") for name, _ in got)


# ---- issue 13, this session's round: offices named by their heads, in any case

def test_offices_written_small_by_their_heads_or_short_names_are_the_regions_own():
    # "pejabat polres dan dandim" on a regency's page: the Polres and the Kodim of that regency
    body = ("Rapat pleno penetapan DPT yang dihadiri oleh pejabat polres dan dandim serta jajaran "
            "bawaslu berlangsung di aula KPU Kabupaten Sumbawa, Senin (9/7/2018).")
    got = parts("KPU Sumbawa Tetapkan DPT", body, site="kab-sumbawa.kpu.go.id")
    assert {("Polres Sumbawa", "ATTENDED"), ("Kodim Sumbawa", "ATTENDED"),
            ("Bawaslu Kabupaten Sumbawa", "ATTENDED")} <= got


def test_a_calon_bupati_written_small_is_no_office():
    body = "KPU Kabupaten Sumbawa menggelar rapat bersama calon bupati dan tim kampanye, Senin (9/7/2018)."
    got = parts("Rapat Tim Kampanye", body, site="kab-sumbawa.kpu.go.id")
    assert not {n for n, _ in got if n.startswith("Pem")}


def test_commands_named_only_by_their_heads_title_attend_as_the_command():
    # a province's page: the Korem and the Lanud have no region of the gazetteer to take
    body = ("Rapat pleno rekapitulasi tingkat provinsi dihadiri oleh Gubernur Maluku, Danrem, "
            "Danlanud, serta Kapolda, Rabu (8/5/2019).")
    got = parts("Rapat Pleno Rekapitulasi Provinsi Maluku", body, site="maluku.kpu.go.id")
    assert {("Korem", "ATTENDED"), ("Lanud", "ATTENDED"), ("Polda Maluku", "ATTENDED")} <= got


@pytest.mark.parametrize("written, name", [
    ("Kodim 1425 Jeneponto", "Kodim 1425/Jeneponto"),
    ("Kodim 0817 Kabupaten Gresik", "Kodim 0817/Kabupaten Gresik"),
    ("Kodim 1509", "Kodim 1509"),
])
def test_a_numbered_command_with_its_place_after_a_space_is_that_place_command(written, name):
    assert [om.name for om in find_orgs(written)] == [name]


# ---- ad hoc bodies: lists in full or in capitals share their scope; bare ones in a list of attendees

@pytest.mark.parametrize("written, names", [
    ("Panitia Pemilihan Kecamatan (PPK) dan Panitia Pemungutan Suara (PPS) se-Kabupaten Pinrang",
     ["PPK se-Kabupaten Pinrang", "PPS se-Kabupaten Pinrang"]),
    ("BIMTEK BERSAMA PPK DAN PPS SE-KABUPATEN PINRANG", ["PPK se-Kabupaten Pinrang", "PPS se-Kabupaten Pinrang"]),
])
def test_ad_hoc_bodies_listed_in_full_or_in_capitals_share_the_last_ones_scope(written, names):
    assert [om.name for om in find_orgs(written) if om.kind == "adhoc"] == names


def test_a_bare_ad_hoc_body_in_a_list_of_attendees_takes_part():
    body = ("Rapat pleno penetapan DPS tingkat kabupaten, Kamis (2/8/2018), dihadiri Bawaslu, PPK, "
            "dan perwakilan partai politik di aula KPU Kabupaten Pinrang.")
    got = parts("KPU Pinrang Tetapkan DPS", body, site="kab-pinrang.kpu.go.id")
    assert ("Panitia Pemilihan Kecamatan", "ATTENDED") in got


def test_a_bare_ad_hoc_body_a_later_plan_names_takes_no_part():
    body = ("KPU Kabupaten Pinrang menggelar rapat evaluasi coklit, Kamis (2/8/2018). Ketua KPU Kabupaten Pinrang, "
            "Rahmat Saleh, menyatakan KPU akan melakukan pencermatan bersama PPS terhadap temuan tersebut.")
    got = parts("KPU Pinrang Evaluasi Coklit", body, site="kab-pinrang.kpu.go.id")
    assert not {n for n, _ in got if "Pemungutan" in n or n.startswith("PPS")}


# ---- the parties as a group: named as written, also as one item of a list of bodies

def test_parties_listed_among_bodies_attend_as_partai_politik():
    body = ("Rapat pleno rekapitulasi DPB semester I, Rabu (4/6/2025), dihadiri oleh jajaran Bawaslu Kota Palopo, "
            "Kodim 1403 Palopo, partai politik, serta instansi terkait lainnya.")
    got = parts("KPU Palopo Gelar Pleno DPB", body, site="kota-palopo.kpu.go.id")
    assert ("Partai Politik", "ATTENDED") in got


@pytest.mark.parametrize("written, name", [
    ("perwakilan parpol se-Kabupaten Maros", "Partai Politik"),
    ("pimpinan Partai Politik tingkat Kota Palopo", "Partai Politik"),
    ("Partai Politik peserta Pemilu 2019", "Partai Politik Peserta Pemilu 2019"),
])
def test_the_parties_are_named_peserta_pemilu_only_when_the_page_says_so(written, name):
    assert [om.name for om in find_orgs(written) if om.kind == "party"] == [name]


def test_verifying_the_parties_names_no_group():
    assert not [om for om in find_orgs("Tahapan verifikasi partai politik dimulai pekan depan.") if om.kind == "party"]


# ---- a regional government or service with its abbreviation between its name and its region

@pytest.mark.parametrize("written, name", [
    ("Dewan Perwakilan Rakyat Daerah (DPRD) Kabupaten Kepulauan Sula", "DPRD Kabupaten Kepulauan Sula"),
    ("Badan Kesatuan Bangsa dan Politik (Kesbangpol) Kota Ternate", "Badan Kesatuan Bangsa dan Politik Kota Ternate"),
    ("Pemerintah Daerah (Pemda) Kabupaten Bone", "Pemerintah Kabupaten Bone"),
    ("Pemerintah Daerah Provinsi Gorontalo", "Pemerintah Provinsi Gorontalo"),
])
def test_an_abbreviation_between_a_regional_body_and_its_region_keeps_them_one(written, name):
    assert [om.name for om in find_orgs(written)] == [name]


def test_a_local_government_without_its_region_is_none():
    assert not find_orgs("Kerja sama dengan Pemerintah Daerah setempat terus ditingkatkan.")


def test_a_known_body_with_its_abbreviation_inside_its_name_is_named_once():
    # "Badan Pengusahaan (BP) Batam" is the agency of the lexicon, not a Badan of the city
    assert [(om.name, om.kind) for om in find_orgs("audiensi ke Badan Pengusahaan (BP) Batam pada Rabu")] == [
        ("Badan Pengusahaan Batam", "agency")]


@pytest.mark.parametrize("written, name", [
    ("Ketua Panitia Pengawas Pemilihan Umum (Panwaslu) Kabupaten Solok, Rahmat", "Panwaslu Kabupaten Solok"),
    ("Panitia Pengawas Pemilihan Kabupaten Pidie", "Panwaslih Kabupaten Pidie"),
])
def test_an_election_body_written_in_full_is_read_by_its_longest_full_name(written, name):
    assert [om.name for om in find_orgs(written)] == [name]


# ---- a province's KPU written with its region half in lower case, or sharing the next body's scope

@pytest.mark.parametrize("written, name", [
    ("Rapat diselenggarakan oleh KPU Provinsi Kalimantan selatan di Banjarmasin", "KPU Provinsi Kalimantan Selatan"),
    ("KPU Nusa tenggara Barat menggelar rapat", "KPU Provinsi Nusa Tenggara Barat"),
])
def test_a_region_partly_in_lower_case_is_read_as_capitalised(written, name):
    assert [om.name for om in find_orgs(written)] == [name]


def test_a_bare_level_in_lower_case_stays_a_level():
    assert [om.name for om in find_orgs("KPU Provinsi akan menindaklanjuti")] == ["KPU Provinsi"]


@pytest.mark.parametrize("written, first", [
    ("bimtek bagi KPU Provinsi dan KPU Kab/Kota se-Provinsi Maluku Utara", "KPU Provinsi Maluku Utara"),
    ("Bawaslu Provinsi dan Bawaslu Kabupaten/Kota se-Jambi", "Bawaslu Provinsi Jambi"),
    ("KPU Provinsi dan KPU Kabupaten/Kota se-Indonesia", "KPU Provinsi se-Indonesia"),
])
def test_a_province_level_shares_the_province_the_next_group_is_scoped_to(written, first):
    assert find_orgs(written)[0].name == first


# ---- a local site's post printed with KPU RI's dateline ("Maros, kpu.go.id -")

def _holds_orgs(body, place):
    fs = extract_article(Article("t1", "KPU Maros Gelar Rakor Pemutakhiran Data", body, "t.txt",
                                 site="kpu.go.id", place=place))
    return {f.object.props.get("org") for f in fs if f.predicate == "HOLDS"}


def test_a_repost_in_kpu_ri_dateline_from_the_satker_it_names_is_that_satkers():
    body = ("Maros, kpu.go.id - KPU Kabupaten Maros menggelar rapat koordinasi pemutakhiran data pemilih, "
            "Senin (2/2/2026). Rapat dipimpin Ketua Divisi Perencanaan dan Data, Andi Rahmat Saleh.")
    assert "KPU Kabupaten Maros" in _holds_orgs(body, "Maros")


def test_kpu_ri_writing_from_jakarta_stays_kpu_ri():
    body = ("Jakarta, kpu.go.id - Rapat koordinasi pemutakhiran data pemilih digelar Senin (2/2/2026). "
            "Rapat dipimpin Ketua Divisi Perencanaan dan Data, Andi Rahmat Saleh.")
    assert _holds_orgs(body, "Jakarta") == {"KPU RI"}


# ---- table entries: older and variant names of regional bodies; a national body's regional office

@pytest.mark.parametrize("written, name", [
    ("Kesbangpolinmas Kabupaten Tabanan", "Badan Kesatuan Bangsa, Politik dan Perlindungan Masyarakat Kabupaten Tabanan"),
    ("Forkopinda Kabupaten Kudus", "Forkopimda Kabupaten Kudus"),
    ("Perwakilan BPKP Sulawesi Tenggara", "Badan Pengawasan Keuangan dan Pembangunan Perwakilan Provinsi Sulawesi Tenggara"),
    ("narasumber dari perwakilan BPKP NTB", "Badan Pengawasan Keuangan dan Pembangunan Perwakilan Provinsi Nusa Tenggara Barat"),
    ("BPS Bantul", "Badan Pusat Statistik Kabupaten Bantul"),
])
def test_variant_names_and_regional_offices_are_read_with_their_region(written, name):
    assert [om.name for om in find_orgs(written)] == [name]


def test_a_bare_forkopinda_is_the_regions_forum():
    body = "Rapat pleno penetapan DPT, Senin (20/8/2018), dihadiri Bawaslu, Forkopinda dan stakeholder terkait."
    got = parts("KPU Kudus Tetapkan DPT", body, site="kab-kudus.kpu.go.id")
    assert ("Forkopimda Kabupaten Kudus", "ATTENDED") in got


@pytest.mark.parametrize("written, name", [
    ("dibuka oleh Kakanwil Kemenkumham yang diwakili Kepala Divisi", "Kanwil Kemenkumham Sulawesi Tengah"),
    ("perwakilan Kantor Wilayah Kementerian Agama hadir", "Kantor Wilayah Kementerian Agama Sulawesi Tengah"),
])
def test_a_ministrys_regional_office_without_its_province_is_the_satkers_provinces(written, name):
    from kg.extract.orgs import bare_bodies
    home = canonical_org("KPU Kabupaten Sigi")
    assert [om.name for om in bare_bodies(written, find_orgs(written), home)] == [name]


def test_a_ministry_itself_stays_national():
    from kg.extract.orgs import bare_bodies
    written = "Kementerian Agama menerbitkan edaran"
    assert bare_bodies(written, find_orgs(written), canonical_org("KPU Kabupaten Sigi")) == []


# ---- a headline in capitals

@pytest.mark.parametrize("written, names", [
    ("RAKOR PENGAMANAN BERSAMA POLRES MAJENE DAN KODIM 1401 MAJENE",
     ["Polres Majene", "Kodim 1401/Majene"]),
    ("SOSIALISASI PEMILIH PEMULA DI SMA NEGERI 2 MAMUJU", ["SMA Negeri 2 Mamuju"]),
    ("AUDIENSI DENGAN PEMERINTAH KABUPATEN MAMASA DAN DPRD KABUPATEN MAMASA",
     ["Pemerintah Kabupaten Mamasa", "DPRD Kabupaten Mamasa"]),
])
def test_a_headline_in_capitals_names_its_bodies_as_running_text_would(written, names):
    assert [om.name for om in find_orgs(written)] == names


@pytest.mark.parametrize("written, name", [
    ("pengamanan oleh personel Polres bulukumba", "Polres Bulukumba"),
    ("audiensi dengan Pemkab kabupaten sinjai", "Pemerintah Kabupaten Sinjai"),
])
def test_a_region_written_small_after_a_body_is_read_as_capitalised(written, name):
    assert [om.name for om in find_orgs(written)] == [name]


def test_a_common_word_after_a_body_is_no_region():
    assert find_orgs("koordinasi dengan Polres setempat") == []


@pytest.mark.parametrize("written, names", [
    ("Perwakilan Kelurahan Malawei menyampaikan apresiasi", ["Kelurahan Malawei"]),
    ("turut hadir pihak Desa Waimoi dan Bawaslu", ["Desa Waimoi"]),
    ("coklit di Kelurahan Malawei dan Kelurahan Remu", []),
])
def test_a_village_named_as_who_came_for_it_is_its_government_and_elsewhere_a_place(written, names):
    assert [om.name for om in find_orgs(written) if om.kind == "government"] == names


# ---- region variants: short forms pages use, and "Kepulauan X" written "X"

@pytest.mark.parametrize("written, name", [
    ("KPU Kabupaten Talaud", "KPU Kabupaten Kepulauan Talaud"),
    ("KPU Mentawai", "KPU Kabupaten Kepulauan Mentawai"),
    ("KPU Bolsel", "KPU Kabupaten Bolaang Mongondow Selatan"),
    ("KPU Konsel", "KPU Kabupaten Konawe Selatan"),
    ("KPU Mamuju Utara", "KPU Kabupaten Pasangkayu"),
    ("KPU Kabupaten Kepulauan Seribu", "KPU Kabupaten Kepulauan Seribu"),
])
def test_regencies_are_read_by_the_short_names_pages_use(written, name):
    assert [om.name for om in find_orgs(written)] == [name]


def test_a_thousand_is_no_region():
    assert [om.name for om in find_orgs("KPU Bagikan Seribu Masker")] == []


@pytest.mark.parametrize("written, name", [
    ("KPU Kabupaten Labuhan Batu", "KPU Kabupaten Labuhanbatu"),
    ("KPU Kota Pematang Siantar", "KPU Kota Pematangsiantar"),
    ("KPU Kabupaten Muaraenim", "KPU Kabupaten Muara Enim"),
    ("KPU Kabupaten Tulang Bawang", "KPU Kabupaten Tulang Bawang"),
    ("KPU Kabupaten Tulangbawang", "KPU Kabupaten Tulang Bawang"),
])
def test_a_name_opened_by_a_place_word_is_read_in_one_word_or_two(written, name):
    assert [om.name for om in find_orgs(written)] == [name]


@pytest.mark.parametrize("written, name", [
    ("Palang Merah Indonesia Kabupaten Wajo", "Palang Merah Indonesia Kabupaten Wajo"),
    ("GP Ansor Kabupaten Bone", "Gerakan Pemuda Ansor Kabupaten Bone"),
    ("KPID Sulawesi Barat", "Komisi Penyiaran Indonesia Daerah Provinsi Sulawesi Barat"),
    ("PMII Cabang Palopo", "Pergerakan Mahasiswa Islam Indonesia Cabang Kota Palopo"),
    ("TP PKK Kabupaten Bone", "Tim Penggerak PKK Kabupaten Bone"),
    ("Bapenda Kabupaten Wajo", "Badan Pendapatan Daerah Kabupaten Wajo"),
    ("RSUD Lamaddukelleng", "RSUD Lamaddukelleng"),
])
def test_partners_with_chapters_in_every_region_are_read_with_their_region(written, name):
    assert [om.name for om in find_orgs(written)] == [name]


def test_migrant_worker_voters_are_no_red_cross():
    assert find_orgs("pendataan pemilih PMI di luar negeri") == []


def test_the_parties_opening_a_clause_after_a_comma_are_no_list_item():
    assert not [om for om in find_orgs("Kalau tidak, parpol dan caleg bisa evaluasi diri.") if om.kind == "party"]


def test_regional_services_named_in_full_without_region_are_the_satkers_regions():
    got = parts("Rapat Pleno Rekapitulasi DPS",
                "KPU Kabupaten Ketapang menggelar rapat pleno rekapitulasi DPS. Rapat dihadiri perwakilan "
                "Dinas Sosial, Dinas Kependudukan dan Catatan Sipil, serta Kepala Badan Penanggulangan "
                "Bencana Daerah.", site="kab-ketapang.kpu.go.id")
    assert {("Dinas Sosial Kabupaten Ketapang", "ATTENDED"),
            ("Dinas Kependudukan dan Pencatatan Sipil Kabupaten Ketapang", "ATTENDED"),
            ("Badan Penanggulangan Bencana Daerah Kabupaten Ketapang", "ATTENDED")} <= got


def test_a_service_name_that_goes_on_or_has_its_own_region_is_not_placed():
    got = parts("Koordinasi Data Pemilih",
                "KPU Provinsi Riau menggelar rapat koordinasi yang dihadiri Dinas Kesehatan Hewan dan "
                "Dinas Sosial Kabupaten Kampar.", site="riau.kpu.go.id")
    assert not any(n.startswith("Dinas Kesehatan") for n, _ in got)
    assert ("Dinas Sosial Kabupaten Kampar", "ATTENDED") in got
    assert not any(n == "Dinas Sosial Provinsi Riau" for n, _ in got)


def test_ad_hoc_bodies_of_a_list_joined_by_dan_are_each_taken_part():
    names = [m.name for m in find_orgs("Bimtek pungut hitung diikuti oleh PPK dan PPS.")]
    assert names == ["Panitia Pemilihan Kecamatan", "Panitia Pemungutan Suara"]


def test_ad_hoc_bodies_scoped_by_a_district_are_named_with_it():
    names = [m.name for m in find_orgs("Bimtek bagi PPS dan KPPS se-Kecamatan Tamalanrea, juga PPS se-Distrik Kurulu.")]
    assert names == ["PPS se-Kecamatan Tamalanrea", "KPPS se-Kecamatan Tamalanrea", "PPS se-Distrik Kurulu"]
