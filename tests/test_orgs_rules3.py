"""Organizations and participation of the rules round for issue 13 (ATTENDED, ORGANIZED):
general tables and mechanisms, each tried on sentences written for the test, of other
regions and years than the development pages that showed the gap."""
from kg.extract.orgs import find_orgs
from kg.extract.pipeline import extract_article
from kg.model import Article


def parts(title, body, site=None, **kw):
    fs = extract_article(Article("t1", title, body, "t.txt", site=site, **kw))
    # (the canonical name: an organization is shown as written, keyed on its canonical name)
    return {(f.subject.props.get("canonical", f.subject.name), f.predicate) for f in fs
            if f.predicate in ("ATTENDED", "ORGANIZED")}


def names(text):
    return [om.name for om in find_orgs(text)]


def test_regional_services_by_their_short_names_are_the_satkers_regions():
    got = parts("Rakor Penertiban Alat Peraga Kampanye",
                "WATAMPONE - KPU Kabupaten Bone menggelar rapat koordinasi penertiban alat peraga kampanye, "
                "Senin (4/3/2019). Rapat dihadiri Bawaslu, Dishub, DLH, Dinas PUPR dan Satpol PP.",
                site="kab-bone.kpu.go.id")
    assert {("Dinas Perhubungan Kabupaten Bone", "ATTENDED"), ("Dinas Lingkungan Hidup Kabupaten Bone", "ATTENDED"),
            ("Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Bone", "ATTENDED"),
            ("Satuan Polisi Pamong Praja Kabupaten Bone", "ATTENDED")} <= got


def test_regional_services_by_short_name_with_their_region():
    assert names("koordinasi dengan Disperkim Kota Ambon dan Disporapar Kabupaten Sleman") == [
        "Dinas Perumahan dan Kawasan Permukiman Kota Ambon", "Dinas Kepemudaan, Olahraga dan Pariwisata Kabupaten Sleman"]


def test_badan_before_a_short_name_is_part_of_the_name():
    got = parts("KPU Sulsel Isi Seminar Pemilih Pemula",
                "MAKASSAR - Ketua KPU Provinsi Sulawesi Selatan hadir sebagai narasumber dalam seminar yang "
                "diselenggarakan oleh Badan Kesbangpol Sulsel pada Kamis (9/5/2023).", site="sulsel.kpu.go.id")
    assert ("Badan Kesatuan Bangsa dan Politik Provinsi Sulawesi Selatan", "ORGANIZED") in got


def test_a_bare_inspectorate_on_a_regency_page_is_the_regencys_not_the_commissions():
    got = parts("Rakor Uji Publik DPS",
                "KUALA KAPUAS - KPU Kabupaten Kapuas menggelar uji publik DPS yang dihadiri Inspektorat, "
                "Bawaslu dan Disdukcapil.", site="kab-kapuas.kpu.go.id")
    assert ("Inspektorat Kabupaten Kapuas", "ATTENDED") in got
    assert names("Inspektorat Utama KPU RI melakukan audit") == ["Inspektorat Utama KPU"]


def test_foundation_schools_without_a_status_word_are_read_with_number_and_place():
    assert names("siswa SMK PGRI 2 Kudus, SMA Al-Falah Jambi dan SMP Santo Yoseph Denpasar") == [
        "SMK PGRI 2 Kudus", "SMA Al-Falah Jambi", "SMP Santo Yoseph Denpasar"]
    assert names("di SMA Islam Al Azhar 3 Palembang") == ["SMA Islam Al Azhar 3 Palembang"]


def test_a_school_whose_hall_holds_the_event_takes_part():
    got = parts("Sosialisasi Pemilih Pemula",
                "KPU Kabupaten Kudus menggelar sosialisasi pemilih pemula, Rabu (6/9/2023), bertempat di Aula "
                "SMK PGRI 2 Kudus.", site="kab-kudus.kpu.go.id")
    assert ("SMK PGRI 2 Kudus", "ATTENDED") in got


def test_a_school_the_headline_brings_the_event_to_takes_part():
    got = parts("KPU Kota Jambi Gelar Sosialisasi Pilwako di SMAN 4",
                "JAMBI - KPU Kota Jambi menyapa pemilih pemula. Ratusan siswa mengikuti sosialisasi tahapan.",
                site="kota-jambi.kpu.go.id")
    assert any(n.startswith("SMA Negeri 4") and r == "ATTENDED" for n, r in got)


def test_a_campus_body_is_read_with_its_campus():
    assert names("bersama BEM Universitas Jambi dan LPPM UIN Walisongo") == [
        "Badan Eksekutif Mahasiswa Universitas Jambi",
        "Lembaga Penelitian dan Pengabdian kepada Masyarakat Universitas Islam Negeri Walisongo"]


def test_a_campus_body_standing_alone_is_the_campus_the_sentence_names():
    got = parts("KPU Kota Jambi Isi Seminar Demokrasi",
                "JAMBI - Ketua KPU Kota Jambi menjadi narasumber pada seminar kepemiluan di Universitas Jambi "
                "yang diselenggarakan oleh Lembaga Penelitian dan Pengabdian Masyarakat (LPPM), Senin (3/6/2019).",
                site="kota-jambi.kpu.go.id")
    assert ("Lembaga Penelitian dan Pengabdian kepada Masyarakat Universitas Jambi", "ORGANIZED") in got


def test_one_body_word_serves_a_list_of_regencies():
    assert names("Rapat diikuti KPU Kabupaten Ngada, Sikka dan Ende serta Bawaslu NTT.") == [
        "KPU Kabupaten Ngada", "KPU Kabupaten Sikka", "KPU Kabupaten Ende", "Bawaslu Provinsi Nusa Tenggara Timur"]


def test_a_place_after_a_comma_is_no_list():
    assert names("KPU Kabupaten Sleman, Yogyakarta menggelar rapat.") == ["KPU Kabupaten Sleman"]
    # a regency of another province is no member of the list
    assert names("KPU Kota Kupang, Badung dan Gianyar") == ["KPU Kota Kupang"]


def test_a_collective_spelled_out_is_its_members():
    got = parts("KPU NTT Gelar Rakor Pencalonan",
                "KUPANG - KPU Provinsi Nusa Tenggara Timur menggelar rakor pencalonan, Senin (8/1/2018). Rakor "
                "diikuti tiga KPU Kabupaten/Kota yang menyelenggarakan pilkada, yakni Kota Kupang, Kabupaten "
                "Sumba Barat dan Alor.", site="ntt.kpu.go.id")
    assert {("KPU Kota Kupang", "ATTENDED"), ("KPU Kabupaten Sumba Barat", "ATTENDED"),
            ("KPU Kabupaten Alor", "ATTENDED")} <= got
    assert not any("Kabupaten/Kota" in n for n, _ in got)


def test_a_party_office_with_its_abbreviation_between_is_one_office():
    got = parts("KPU Kota Bima Audiensi ke Parpol",
                "BIMA - KPU Kota Bima melakukan audiensi ke Dewan Pimpinan Cabang (DPC) Partai Gerindra Kota Bima, "
                "Rabu (4/1/2023).", site="kota-bima.kpu.go.id")
    assert ("DPC Partai Gerakan Indonesia Raya Kota Bima", "ATTENDED") in got


def test_the_parties_of_2014_to_2024_national_and_acehs_local_ones():
    assert names("dihadiri PKPI, Partai Berkarya, Partai SIRA, PNA dan PAS Aceh") == [
        "Partai Keadilan dan Persatuan Indonesia", "Partai Berkarya", "Partai Suara Independen Rakyat Aceh",
        "Partai Nanggroe Aceh", "Partai Adil Sejahtera Aceh"]


def test_the_bodies_sworn_in_are_not_the_host():
    got = parts("Pelantikan PPK Pilkada 2020",
                "KPU Kabupaten Gowa telah menyelenggarakan pelantikan badan penyelenggara yaitu Panitia Pemilihan "
                "Kecamatan (PPK) se-Kabupaten Gowa pada Senin, 24 Februari 2020.", site="kab-gowa.kpu.go.id")
    assert ("KPU Kabupaten Gowa", "ORGANIZED") in got
    assert not any(n.startswith(("PPK", "Panitia")) and r == "ORGANIZED" for n, r in got)


def test_who_invites_the_commission_holds_the_event():
    got = parts("KPU Bantul Isi Materi Demokrasi di Sekolah",
                "BANTUL | SMA Negeri 1 Bantul mengundang KPU Kabupaten Bantul dalam kegiatan projek penguatan "
                "profil pelajar, Senin (4/11/2024).", site="kab-bantul.kpu.go.id")
    assert {("SMA Negeri 1 Bantul", "ORGANIZED"), ("KPU Kabupaten Bantul", "ATTENDED")} <= got


def test_a_collective_followed_by_its_members_named_in_full_is_those_members():
    assert names("Rapat diikuti KPU kabupaten/kota se-Gorontalo, yaitu KPU Kabupaten Boalemo, KPU Kabupaten "
                 "Pohuwato dan KPU Kota Gorontalo.") == [
        "KPU Kabupaten Boalemo", "KPU Kabupaten Pohuwato", "KPU Kota Gorontalo"]
    # no list after it: the collective stays
    assert names("Rapat diikuti KPU kabupaten/kota se-Gorontalo.") == ["KPU Kabupaten/Kota se-Gorontalo"]


def test_a_community_is_named_by_its_capitalised_words_and_its_region():
    assert names("Turut hadir Komunitas Peduli Demokrasi Sumbar dan Komunitas Difabel Mandiri.") == [
        "Komunitas Peduli Demokrasi Provinsi Sumatera Barat", "Komunitas Difabel Mandiri"]
    assert names("Sosialisasi kepada Komunitas SetiaSetelah itu") == []  # a header run into the next sentence


def test_a_public_broadcaster_named_in_full_with_its_station():
    assert names("Lembaga Penyiaran Publik Radio Republik Indonesia (LPP RRI) Ternate menggelar dialog") == [
        "RRI Ternate"]
    assert names("bersama Televisi Republik Indonesia (TVRI) Aceh") == ["TVRI Aceh"]


def test_the_body_an_attended_event_is_named_for_holds_it():
    got = parts("KPU Kendari Ikuti Rakor",
                "KENDARI - KPU Kota Kendari mengikuti Rakor Persiapan Pemilihan KPU Provinsi Sulawesi Tenggara, "
                "Senin (6/1/2020).", site="kota-kendari.kpu.go.id")
    assert {("KPU Provinsi Sulawesi Tenggara", "ORGANIZED"), ("KPU Kota Kendari", "ATTENDED")} <= got
    assert ("KPU Kota Kendari", "ORGANIZED") not in got


def test_a_bodys_act_that_an_event_deals_with_names_no_host():
    got = parts("KPU Kendari Ikuti Kajian",
                "KENDARI - KPU Kota Kendari mengikuti Kajian Putusan MK tentang ambang batas, Senin (6/1/2020).",
                site="kota-kendari.kpu.go.id")
    assert not any(r == "ORGANIZED" and n.startswith(("MK", "Mahkamah")) for n, r in got)


def test_an_event_that_is_the_work_of_two_bodies_is_held_by_both():
    got = parts("Seminar Demokrasi",
                "MALANG - Seminar demokrasi digelar di Aula Rektorat, Rabu (2/10/2019). Kegiatan ini merupakan "
                "kerja sama antara KPU Kota Malang dan Universitas Brawijaya.", site="kota-malang.kpu.go.id")
    assert {("KPU Kota Malang", "ORGANIZED"), ("Universitas Brawijaya", "ORGANIZED")} <= got


def test_a_police_commands_unit_is_read_with_the_command():
    assert names("pengamanan oleh personel Satbrimob Polda NTB, Satlantas Polres Gowa dan Satbrimobda Kepri") == [
        "Satbrimob Polda Nusa Tenggara Barat", "Satlantas Polres Gowa", "Satbrimobda Kepulauan Riau"]


def test_an_event_named_with_a_verb_word_is_not_the_attendants_own():
    # "Apel Gelar Pasukan": "gelar" names the parade, it is no verb of the KPU that attends it
    got = parts("Apel Gelar Pasukan Operasi Mantap Praja",
                "MAROS - KPU Kabupaten Maros mengikuti Apel Gelar Pasukan Operasi Mantap Praja yang digelar "
                "Polres Maros, Senin (10/9/2018).", site="kab-maros.kpu.go.id")
    assert ("KPU Kabupaten Maros", "ORGANIZED") not in got
    assert ("Polres Maros", "ORGANIZED") in got


def test_a_row_of_bodies_shares_the_attendance_verb_of_its_last():
    got = parts("Pengecekan Gudang Logistik",
                "SUMBAWA BESAR - Kapolres Sumbawa dan Dandim 1607/Sumbawa mengunjungi gudang logistik, Kamis "
                "(7/2/2019).", site="kab-sumbawa.kpu.go.id")
    assert {("Polres Sumbawa", "ATTENDED"), ("Kodim 1607/Sumbawa", "ATTENDED")} <= got


def test_a_national_body_written_with_a_hyphen_before_ri():
    assert names("menerima kunjungan Komisi II DPR-RI, BPK-RI dan Bawaslu-RI") == [
        "Komisi II Dewan Perwakilan Rakyat Republik Indonesia", "Badan Pemeriksa Keuangan", "Bawaslu RI"]
    assert names("KPU-Riau") == []


def test_a_bare_oversight_committee_of_before_2018_is_the_satkers_regions():
    got = parts("Rapat Pleno DPS Pilbup 2015",
                "MUNGKID - KPU Kabupaten Magelang menggelar rapat pleno terbuka DPS, Jumat (4/9/2015). Rapat "
                "dihadiri Panwaslu, Kesbangpol dan perwakilan pasangan calon.", site="kab-magelang.kpu.go.id")
    assert ("Panwaslu Kabupaten Magelang", "ATTENDED") in got


def test_a_village_head_with_the_villages_word_names_the_village_once():
    got = parts("Rapat DPT", "KIP Kabupaten Pidie menggelar rapat yang dihadiri Keuchik Gampong Blang dan Camat "
                "Pidie.", site="kab-pidie.kpu.go.id")
    assert ("Gampong Blang", "ATTENDED") in got


def test_colleges_of_every_kind_are_read():
    assert names("STAI Al-Hikmah Tebing Tinggi, STAIN Sorong dan STKIP PGRI Sumenep") == [
        "STAI Al-Hikmah Tebing Tinggi", "STAIN Sorong", "STKIP PGRI Sumenep"]


def test_a_name_with_its_own_abbreviation_is_one_mention_and_its_list_goes_on():
    got = parts("MoU Pendidikan Pemilih",
                "PURWOKERTO - KPU Kabupaten Banyumas menandatangani nota kesepahaman dengan Universitas Jenderal "
                "Soedirman (Unsoed) dan IAIN Purwokerto, Rabu (6/3/2019).", site="kab-banyumas.kpu.go.id")
    assert {("Universitas Jenderal Soedirman", "ATTENDED"), ("IAIN Purwokerto", "ATTENDED")} <= got


def test_every_school_of_a_list_the_event_is_brought_to_takes_part():
    got = parts("Sosialisasi Pemilih Pemula",
                "GARUT - KPU Kabupaten Garut menggelar sosialisasi pemilih pemula di MAN 1 Garut dan SMK Negeri 2 "
                "Garut, Senin (8/1/2024).", site="kab-garut.kpu.go.id")
    assert {("MAN 1 Garut", "ATTENDED"), ("SMK Negeri 2 Garut", "ATTENDED")} <= got


def test_a_body_cut_off_mid_word_at_the_end_of_a_page():
    assert names("Rakor yang diselenggarakan oleh KPU Provinsi Sulawesi Sel") == ["KPU Provinsi Sulawesi Selatan"]
    assert names("dihadiri KPU Kabupaten Lombok Ti") == ["KPU Kabupaten Lombok Timur"]
    # too short, or the start of several names: no guess
    assert names("oleh KPU Provinsi Kalimantan") == ["KPU Provinsi"]
    assert names("oleh KPU Provinsi Jaw") == ["KPU Provinsi"]
