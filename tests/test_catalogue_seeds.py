"""Every catalogue query on the seed pages, built by the real pipeline
(`kg.build(examples/pages/*.txt)` into an embedded store), against answers
written out by hand from the articles and ../shared/eval/gold: who held which
post when, which satker attended or organized what, topics and speakers. The
lookups use the forms readers type ("KPU NTT", "KPU DKI Jakarta", "Rakor
Pengawasan", "M. Samsul Kadir").

A case the pipeline gets wrong keeps the right answer and is a strict xfail
naming the defect (none is, at the moment). Rows list the fields that matter; where the query orders its
rows the order is part of the answer, elsewhere the rows are sorted.
"""
from __future__ import annotations

import pytest
from test_sparql import cell as _cell

import kg
from kg import queries
from kg.store import open_store

NTT = "KPU Provinsi Nusa Tenggara Timur"
DKI = "KPU Provinsi Daerah Khusus Jakarta"
JATENG = "KPU Provinsi Jawa Tengah"
SEMARANG = "KPU Kota Semarang"
TAPTENG = "KPU Kabupaten Tapanuli Tengah"
RI = "KPU RI"
SETJEN = "Sekretariat Jenderal KPU"

KS2 = "Knowledge Sharing Tata Kelola Bakohumas Tahap II"
KS3 = "Knowledge Sharing Tata Kelola Bakohumas Tahap III"
APEL = "Apel Pagi"
WEBINAR_AI = "Webinar Integrasi Alur Kerja Menggunakan Kecerdasan Buatan dalam Pemilu"
BUKU = "Rapat Koordinasi Finalisasi Buku Pilkada 2024"
PENGAWASAN = "Rapat Koordinasi Pengawasan dalam Rangka Peningkatan dan Penguatan Kinerja Pengawasan di Lingkungan KPU"
PERPRES = "Rapat Koordinasi Sosialisasi Peraturan Presiden Nomor 46 Tahun 2025"
KUNJUNGAN = "Kunjungan Badan Pengawas Pemilihan Umum (Bawaslu) Kota Semarang"
KAJIAN = "Kajian Rutin Kamis Sesuatu"
KAPASITAS = "Peningkatan Kapasitas Sumber Daya Manusia (SDM)"
NGOPI = "Forum Ngopi Asli"
ZI = "Rapat Pembahasan Pembangunan Zona Integritas (ZI)"
FGD = "Forum Group Discussion (FGD)"
EMONEV = "Presentasi e-Monev Tahun 2025"
AUDIENSI = "Audiensi Pengurus DPW Partai Solidaritas Indonesia Provinsi DKI Jakarta"
PPPK = "Pelaksanaan Orientasi Tugas bagi Pegawai Pemerintah dengan Perjanjian Kerja (PPPK) Formasi 2024 Periode 1"
ARSIP = "Rapat Koordinasi Fasilitasi Tempat Penyimpanan Arsip"
SESI2 = "Rapat Koordinasi sesi II"
NASKAH = "Sosialisasi Tata Naskah Dinas"
JDIH = "Bimbingan Teknis Peningkatan Kapasitas Pengelolaan Jaringan Dokumentasi dan Informasi Hukum (JDIH)"
PNS = "Sosialisasi dalam rangka peningkatkan kesadaran kesanggupan Pegawai Negeri Sipil (PNS)"
DIGITAL = "Webinar Digitalisasi Pemilu Seri kedua"

SOSDIKLIH = "Ketua Divisi Sosialisasi, Pendidikan Pemilih, Partisipasi Masyarakat dan SDM"
KABAG_TEKNIS = "Kepala Bagian Teknis Penyelenggaraan Pemilu, Partisipasi dan Hubungan Masyarakat, Hukum dan SDM"
KADIV_HUKUM = "Ketua Divisi Hukum dan Pengawasan"



def case(name, params, cols, expected, sort=False, xfail=None, where=None):
    """`where`: {column: allowed values}, the rows the case is about."""
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(name, params, cols, expected, sort, where or {}, marks=marks,
                        id=f"{name}:{','.join(f'{k}={v}' for k, v in params.items()) or '-'}")


CASES = [
    # -------------------------------------------------------------- holders
    case("holders", {"satker": "KPU NTT"}, ("satker", "role", "person", "first_seen", "last_seen", "articles"), [
        (NTT, "Anggota", "Baharudin Hamzah", "2025-10-23", "2025-10-27", 2),  # Rakor Buku, Apel
        (NTT, "Anggota", "Elyaser Lomi Rihi", "2025-10-23", "2025-10-23", 1),
        (NTT, "Anggota", "Petrus Kanisius Nahak", "2025-10-27", "2025-10-27", 1),
        (NTT, "Kepala Bagian Keuangan, Umum, dan Logistik", "Carolus F. Dengi", "2025-10-19", "2025-10-19", 1),
        (NTT, "Kepala Bagian Perencanaan, Data, dan Informasi", "Melanie Sari Willa Hege", "2025-08-21", "2025-08-21", 1),
        (NTT, KABAG_TEKNIS, "Andrew S.N. Kette", "2025-10-19", "2025-10-19", 1),
        (NTT, "Kepala Subbagian Data dan Informasi", "Edson Carlos", "2025-10-20", "2025-10-20", 1),
        (NTT, "Kepala Subbagian Keuangan", "Peiter G. Nappoe", "2025-10-20", "2025-10-20", 1),
        (NTT, "Kepala Subbagian Parmas dan SDM", "Bathseba S. Dapatalu", "2025-08-21", "2025-08-21", 1),
        (NTT, "Ketua", "Jemris Fointuna", "2025-10-27", "2025-10-27", 1),
        (NTT, KADIV_HUKUM, "Petrus Kanisius Nahak", "2025-10-20", "2025-10-20", 1),
        # "Kepala Divisi Parmas dan SDM" (webinar, 24/10) is the same post (Rakor Buku, 23/10)
        (NTT, SOSDIKLIH, "Baharudin Hamzah", "2025-10-23", "2025-10-24", 2),
        (NTT, "Ketua Divisi Teknis", "Elyaser Lomi Rihi", "2025-10-24", "2025-10-24", 1),
        (NTT, "Pejabat Pembuat Komitmen", "Andrew S.N. Kette", "2025-10-19", "2025-10-19", 1),
        (NTT, "Pejabat Pengadaan", "Carolus F. Dengi", "2025-10-19", "2025-10-19", 1),
        (NTT, "Plt. Sekretaris", "Melanie Sari Willa Hege", "2025-10-27", "2025-10-27", 1)]),
    case("holders", {"satker": "KPU RI"}, ("role", "person", "first_seen", "last_seen", "articles"), [
        ("Anggota", "Betty Epsilon Idroos", "2025-10-24", "2025-11-12", 2),  # webinar (NTT page), FGD (DKI)
        ("Anggota", "Viryan", "2021-10-07", "2021-10-07", 1),
        ("Anggota Divisi SDM", "Parsadaan Harahap", "2025-10-20", "2025-10-20", 1),
        ("Anggota Divisi SDM Organisasi Pendidikan dan Pelatihan", "Arief Budiman", "2021-10-14", "2021-10-14", 1),
        ("Anggota Divisi Teknis Penyelenggaraan", "Evi Novida Ginting", "2021-10-14", "2021-10-14", 1),
        ("Deputi Bidang Dukungan Teknis", "Eberta Kamiwa", "2025-08-21", "2025-08-21", 1),
        ("Kepala Bagian Humas dan Informasi Publik", "Reni Rinjani", "2025-10-27", "2025-10-27", 1),
        ("Ketua", "Ilham Saputra", "2021-10-07", "2021-10-07", 1),
        ("Ketua", "Mochammad Afifuddin", "2025-10-20", "2025-10-20", 1),
        ("Ketua Divisi Data dan Informasi", "Betty Epsilon Idroos", "2025-10-24", "2025-10-24", 2),  # NTT + Semarang
        # "Anggota KPU RI Divisi Hukum dan Pengawasan" (NTT, 20/10) = "Ketua Divisi ... KPU RI" (Semarang, 21/10)
        (KADIV_HUKUM, "Iffa Rosita", "2025-10-20", "2025-10-21", 2)]),
    case("holders", {"satker": "KPU DKI Jakarta"}, ("satker", "role", "person", "first_seen", "last_seen", "articles"), [
        (DKI, "Anggota", "Astri Megatari", "2025-11-10", "2025-11-10", 1),
        (DKI, "Anggota", "Dody Wijaya", "2025-11-10", "2025-11-10", 2),  # audiensi, rakor arsip
        (DKI, "Anggota", "Fahmi Zikrillah", "2025-11-10", "2025-11-10", 2),
        (DKI, "Anggota", "Nelvia Gustina", "2025-11-10", "2025-11-12", 3),  # + e-Monev
        (DKI, "Ketua", "Wahyu Dinata", "2025-11-10", "2025-11-13", 5),  # every DKI article but the PPPK one
        (DKI, KADIV_HUKUM, "Irwan Supriadi Rambe", "2025-11-13", "2025-11-13", 1),
        (DKI, "Ketua Divisi Teknis Penyelenggaraan Pemilu", "Dody Wijaya", "2025-11-12", "2025-11-12", 1)]),
    case("holders", {"satker": "KPU Jateng"}, ("role", "person", "first_seen"), [
        ("Anggota", "Basmar Perianto Amron", "2025-10-23"),
        ("Anggota Divisi Perencanaan dan Logistik", "Basmar Perianto Amron", "2025-10-21"),
        ("Anggota Divisi SDM, Penelitian, dan Pengembangan", "Mey Nurlela", "2025-10-22"),
        ("Anggota Divisi Sosialisasi, Pendidikan Pemilih, dan Partisipasi Masyarakat", "Akmaliyah", "2025-10-22"),
        ("Anggota Divisi Teknis Penyelenggaraan", "Muhammad Machruz", "2025-10-21"),
        ("Ketua", "Handi Tri Ujiono", "2025-10-21"),
        (KADIV_HUKUM, "Muslim Aisha", "2025-10-23"),
        ("Sekretaris", "Tri Tujiana", "2025-08-21")]),
    case("holders", {"satker": "KPU Tapteng"}, ("satker", "role", "person", "first_seen"), [
        (TAPTENG, "Anggota Divisi Hukum dan Pengawasan", "Feri Yosha Nasution", "2021-10-12"),
        (TAPTENG, "Kepala Subbagian Hukum dan SDM", "Ilseria Zuidar Lubis", "2021-10-12"),
        (TAPTENG, "Ketua", "Azwar Sitompul", "2021-10-14"),
        (TAPTENG, "Operator JDIH", "Nova Rincan Hutauruk", "2021-10-12"),
        (TAPTENG, "Sekretaris", "Mufti Ardian", "2021-10-12")]),
    case("holders", {"satker": "Biro SDM Setjen KPU"}, ("satker", "role", "person", "first_seen"), [
        ("Biro SDM Sekretariat Jenderal KPU", "Kepala Bagian Kinerja dan Kesejahteraan Pegawai", "Riki Arantes", "2025-10-27"),
        ("Biro SDM Sekretariat Jenderal KPU", "Kepala Subbagian Penegakan Disiplin Pegawai", "Udin Syahruldin",
         "2025-10-27")]),
    case("holders", {"satker": "Inspektorat KPU"}, ("satker", "role", "person", "first_seen"), [
        ("Inspektorat Utama KPU", "Inspektur Utama", "Nanang Priyatna", "2025-10-21"),
        ("Inspektorat Utama KPU", "Inspektur Wilayah II", "Bahtiar", "2025-10-20")]),
    case("holders", {"satker": "Badan Pengawasan Keuangan dan Pembangunan"}, ("satker", "role", "person", "first_seen"), [
        ("BPKP", "Direktur Pengawasan Bidang Politik dan Penegakan Hukum", "M. Fahrudin", "2025-10-21")]),
    # -------------------------------------------------------------- person_posts
    case("person_posts", {"person": "Baharudin Hamzah"}, ("person", "role", "org", "first_seen", "last_seen", "articles"), [
        ("Baharudin Hamzah", "Anggota", NTT, "2025-10-23", "2025-10-27", 2),
        ("Baharudin Hamzah", SOSDIKLIH, NTT, "2025-10-23", "2025-10-24", 2)]),
    case("person_posts", {"person": "Iffa Rosita"}, ("role", "org", "first_seen", "last_seen", "articles"), [
        (KADIV_HUKUM, RI, "2025-10-20", "2025-10-21", 2)]),
    case("person_posts", {"person": "M. Samsul Kadir"}, ("person", "role", "org", "first_seen", "articles"), [
        ("M.Samsul Kadir", "Plt. Sekretaris", "KPU Provinsi Kalimantan Timur", "2025-10-27", 1)]),
    case("person_posts", {"person": "Melanie S.W. Hege"}, ("person", "role", "org", "first_seen"), [
        ("Melanie Sari Willa Hege", "Kepala Bagian Perencanaan, Data, dan Informasi", NTT, "2025-08-21"),
        ("Melanie Sari Willa Hege", "Plt. Sekretaris", NTT, "2025-10-27")]),
    case("person_posts", {"person": "Betty Epsilon Idross"}, ("person", "role", "org", "first_seen", "last_seen", "articles"), [
        ("Betty Epsilon Idroos", "Anggota", RI, "2025-10-24", "2025-11-12", 2),
        ("Betty Epsilon Idroos", "Ketua Divisi Data dan Informasi", RI, "2025-10-24", "2025-10-24", 2)]),
    case("person_posts", {"person": "Prof. Ir. Wayan Firdaus Mahmudy"}, ("person", "role", "org", "first_seen"), [
        ("Wayan Firdaus Mahmudy", "Dosen", "Fakultas Ilmu Komputer Universitas Brawijaya", "2025-10-24")]),
    case("person_posts", {"person": "Sumariyandonno"}, ("role", "org", "first_seen"), [
        ("Kepala Pusat Data dan Informasi", "Pusat Data dan Informasi KPU", "2021-10-07")]),
    # -------------------------------------------------------------- post_history
    case("post_history", {"role": "Ketua", "satker": "KPU RI"}, ("role", "org", "person", "first_seen", "last_seen"), [
        ("Ketua", RI, "Ilham Saputra", "2021-10-07", "2021-10-07"),
        ("Ketua", RI, "Mochammad Afifuddin", "2025-10-20", "2025-10-20")]),
    case("post_history", {"role": "role:kpu-ri/ketua"}, ("person", "first_seen"), [
        ("Ilham Saputra", "2021-10-07"), ("Mochammad Afifuddin", "2025-10-20")]),
    case("post_history", {"role": "Ketua"}, ("org", "person", "first_seen", "last_seen", "articles"), [
        (RI, "Ilham Saputra", "2021-10-07", "2021-10-07", 1),
        (TAPTENG, "Azwar Sitompul", "2021-10-14", "2021-10-14", 1),
        (RI, "Mochammad Afifuddin", "2025-10-20", "2025-10-20", 1),
        (JATENG, "Handi Tri Ujiono", "2025-10-21", "2025-10-21", 1),
        (NTT, "Jemris Fointuna", "2025-10-27", "2025-10-27", 1),
        (DKI, "Wahyu Dinata", "2025-11-10", "2025-11-13", 5)]),
    case("post_history", {"role": "Kadiv Hukum dan Pengawasan", "satker": "KPU Provinsi NTT"},
         ("role", "org", "person", "first_seen"), [(KADIV_HUKUM, NTT, "Petrus Kanisius Nahak", "2025-10-20")]),
    case("post_history", {"role": KADIV_HUKUM}, ("org", "person", "first_seen", "last_seen"), [
        (NTT, "Petrus Kanisius Nahak", "2025-10-20", "2025-10-20"),
        (RI, "Iffa Rosita", "2025-10-20", "2025-10-21"),
        ("KPU Kabupaten Blora", "Noorman Pramono", "2025-10-23", "2025-10-23"),
        ("KPU Kabupaten Pesawaran", "Ferli Niti Yudha", "2025-10-23", "2025-10-23"),
        (SEMARANG, "Henry Casandra Gultom", "2025-10-23", "2025-10-23"),
        (JATENG, "Muslim Aisha", "2025-10-23", "2025-10-23"),
        ("KPU Provinsi Lampung", "Hermansyah", "2025-10-23", "2025-10-23"),
        (DKI, "Irwan Supriadi Rambe", "2025-11-13", "2025-11-13")]),
    # -------------------------------------------------------------- satker_events
    case("satker_events", {"satker": "KPU Provinsi NTT"}, ("date", "event", "organized"), [
        ("2025-08-21", KS2, False), ("2025-10-19", PERPRES, False), ("2025-10-20", PENGAWASAN, False),
        ("2025-10-23", BUKU, True), ("2025-10-24", WEBINAR_AI, False), ("2025-10-27", APEL, True),
        ("2025-10-27", KS3, False)]),
    case("satker_events", {"satker": "KPU NTT", "from": "2025-10-20", "to": "2025-10-24"}, ("date", "event"), [
        ("2025-10-20", PENGAWASAN), ("2025-10-23", BUKU), ("2025-10-24", WEBINAR_AI)]),
    case("satker_events", {"satker": "KPU Kota Semarang"}, ("date", "event", "organized"), [
        ("2025-10-20", PENGAWASAN, False),  # attended 21/10; the rakor ran 20-22 October
        ("2025-10-21", NGOPI, False), ("2025-10-22", KAPASITAS, False), ("2025-10-23", KAJIAN, False),
        ("2025-10-23", KUNJUNGAN, True), ("2025-10-24", WEBINAR_AI, False)]),
    case("satker_events", {"satker": "KPU DKI Jakarta"}, ("date", "event", "organized"), [
        ("2025-11-10", AUDIENSI, True), ("2025-11-10", PPPK, True), ("2025-11-10", ARSIP, True),
        ("2025-11-12", FGD, True), ("2025-11-12", EMONEV, False), ("2025-11-13", ZI, True)]),
    case("satker_events", {"satker": "KPU RI", "from": "2025-01-01", "to": "2025-12-31"}, ("date", "event", "organized"), [
        ("2025-08-21", KS2, True), ("2025-10-19", PERPRES, True), ("2025-10-20", PENGAWASAN, True),
        ("2025-10-24", WEBINAR_AI, True),
        ("2025-10-27", APEL, False),  # Riki Arantes and Udin Syahruldin of the secretariat general came
        ("2025-10-27", KS3, True),
        ("2025-11-10", PPPK, False),  # with all PPPK of the secretariat general
        ("2025-11-12", FGD, False)]),  # Betty Epsilon Idross spoke
    case("satker_events", {"satker": "KPU RI", "from": "2021-01-01", "to": "2021-12-31"}, ("date", "event", "organized"), [
        ("2021-10-07", DIGITAL, True), ("2021-10-12", PNS, True), ("2021-10-14", SESI2, True)]),
    case("satker_events", {"satker": "KPU Kabupaten Tapanuli Tengah"}, ("date", "event"), [
        ("2021-10-12", JDIH), ("2021-10-12", PNS), ("2021-10-13", NASKAH), ("2021-10-14", SESI2)]),
    case("satker_events", {"satker": "Komisi Informasi Provinsi Daerah Khusus Jakarta"},
         ("date", "event", "organized", "topics"), [
             ("2025-11-12", EMONEV, True, ("Keterbukaan Informasi Publik", "Monitoring dan Evaluasi"))]),
    # -------------------------------------------------------------- event
    case("event", {"event": KS3}, ("event", "date", "topics", "relation", "who", "kind", "roles"), [
        (KS3, "2025-10-27", ("Bakohumas", "Kehumasan"), "ATTENDED", "KPU Provinsi Kalimantan Timur", "Satker", ()),
        (KS3, "2025-10-27", ("Bakohumas", "Kehumasan"), "ATTENDED", NTT, "Satker", ()),
        (KS3, "2025-10-27", ("Bakohumas", "Kehumasan"), "ATTENDED", RI, "Satker", ()),
        (KS3, "2025-10-27", ("Bakohumas", "Kehumasan"), "OPENED", "Reni Rinjani", "Person",
         ("Kepala Bagian Humas dan Informasi Publik",)),
        (KS3, "2025-10-27", ("Bakohumas", "Kehumasan"), "ORGANIZED", RI, "Satker", ()),
        (KS3, "2025-10-27", ("Bakohumas", "Kehumasan"), "SPOKE_AT", "M.Samsul Kadir", "Person", ("Plt. Sekretaris",))]),
    case("event", {"event": "apel pagi"}, ("relation", "who", "roles"), [
        ("ATTENDED", "Baharudin Hamzah", ("Anggota",)), ("ATTENDED", "Jemris Fointuna", ("Ketua",)),
        ("ATTENDED", NTT, ()), ("ATTENDED", RI, ()), ("ATTENDED", "Melanie Sari Willa Hege", ("Plt. Sekretaris",)),
        ("ATTENDED", "Riki Arantes", ("Kepala Bagian Kinerja dan Kesejahteraan Pegawai",)),
        ("ATTENDED", "Udin Syahruldin", ("Kepala Subbagian Penegakan Disiplin Pegawai",)),
        ("LED", "Petrus Kanisius Nahak", ("Anggota",)), ("ORGANIZED", NTT, ())]),
    case("event", {"event": "Rakor Finalisasi Buku Pilkada 2024"}, ("event", "relation", "who", "roles"), [
        (BUKU, "ATTENDED", "Baharudin Hamzah", ("Anggota", SOSDIKLIH)),
        (BUKU, "ATTENDED", "Elyaser Lomi Rihi", ("Anggota",)),
        (BUKU, "ATTENDED", "KPU Kabupaten/Kota se-Nusa Tenggara Timur", ()),
        (BUKU, "ATTENDED", NTT, ()), (BUKU, "ORGANIZED", NTT, ())], sort=True),
    # two reports of one rakor (NTT: 20-22/10 in Jakarta; Semarang: online, 21/10), organizations only
    case("event", {"event": "Rakor Pengawasan"}, ("event", "date", "relation", "who", "kind"), [
        (PENGAWASAN, "2025-10-20", rel, who, kind) for rel, who, kind in sorted([
            ("ATTENDED", "BPKP", "Organization"), ("ATTENDED", "Direktorat Pemeriksaan IC", "Organization"),
            ("ATTENDED", "Direktorat Pencegahan Kortastipidkor Bareskrim Polri", "Organization"),
            ("ATTENDED", "KPK", "Organization"), ("ATTENDED", "Kejaksaan Agung", "Organization"),
            ("ATTENDED", SEMARANG, "Satker"), ("ATTENDED", NTT, "Satker"),
            ("ATTENDED", "KPU Provinsi se-Indonesia", "Satker"), ("ATTENDED", "KPU Provinsi se-Indonesia", "Satker"),
            ("ATTENDED", "KPU Kabupaten/Kota se-Indonesia", "Satker"),
            ("ATTENDED", RI, "Satker"), ("ATTENDED", RI, "Satker"),
            ("ORGANIZED", RI, "Satker"), ("ORGANIZED", RI, "Satker")])]
         , sort=True, where={"kind": ("Satker", "Organization")}),
    # -------------------------------------------------------------- topic_events
    case("topic_events", {"topic": "Bakohumas"}, ("date", "event", "topics", "organizers"), [
        ("2025-08-21", KS2, ("Bakohumas",), (RI,)), ("2025-10-27", KS3, ("Bakohumas",), (RI,))]),
    case("topic_events", {"topic": "AI"}, ("date", "event", "organizers"), [("2025-10-24", WEBINAR_AI, (RI,))]),
    case("topic_events", {"topic": "SPIP"}, ("date", "event", "organizers"), [("2025-10-20", PENGAWASAN, (RI,))]),
    case("topic_events", {"topic": "Sirekap"}, ("date", "event", "organizers"), [
        ("2021-10-14", SESI2, (RI,)), ("2025-11-12", FGD, (DKI,))]),
    # narrower topics count: Dokumentasi Pemilu is under Kearsipan
    case("topic_events", {"topic": "Kearsipan"}, ("date", "event", "topics", "organizers"), [
        ("2025-10-21", NGOPI, ("Dokumentasi Pemilu", "Kearsipan"), (JATENG,)),
        ("2025-10-23", BUKU, ("Dokumentasi Pemilu", "Penerbitan Buku"), (NTT,)),
        ("2025-11-10", ARSIP, ("Kearsipan",), (DKI,))]),
    case("topic_events", {"topic": "Teknologi dan Sistem Informasi Pemilu"}, ("date", "event", "topics"), [
        ("2021-10-07", DIGITAL, ("Teknologi Informasi", "Transformasi Digital")),
        ("2021-10-14", SESI2, ("Sirekap",)),
        ("2025-10-19", PERPRES, ("Katalog Elektronik",)),
        ("2025-10-24", WEBINAR_AI, ("Kecerdasan Buatan", "Transformasi Digital")),
        # the PSI audiensi is about updating party data (Pemutakhiran Data Partai Politik, under Partai
        # Politik), no longer tagged by the application it is done in (Sipol)
        ("2025-11-12", FGD, ("Sirekap", "Transformasi Digital", "e-Counting"))]),
    # -------------------------------------------------------------- co_attendance
    case("co_attendance", {"satker": "KPU Provinsi NTT", "limit": 2}, ("satker", "events", "first", "last"), [
        (RI, 6, "2025-08-21", "2025-10-27"), (SEMARANG, 2, "2025-10-20", "2025-10-24")]),
    case("co_attendance", {"satker": "KPU NTT"}, ("satker", "events", "first", "last"), [
        (RI, 6, "2025-08-21", "2025-10-27"), (SEMARANG, 2, "2025-10-20", "2025-10-24"),
        ("KPU Kabupaten/Kota se-Indonesia", 1, "2025-10-20", "2025-10-20"),
        ("KPU Kabupaten/Kota se-Nusa Tenggara Timur", 1, "2025-10-23", "2025-10-23"),
        (JATENG, 1, "2025-08-21", "2025-08-21"),
        ("KPU Provinsi Kalimantan Timur", 1, "2025-10-27", "2025-10-27"),
        ("KPU Provinsi dan Kabupaten/Kota", 1, "2025-10-19", "2025-10-19"),
        ("KPU Provinsi se-Indonesia", 1, "2025-10-20", "2025-10-20")]),
    case("co_attendance", {"satker": "KPU Kota Semarang", "limit": 4}, ("satker", "events", "first", "last"), [
        ("KPU Kabupaten/Kota se-Jawa Tengah", 3, "2025-10-21", "2025-10-23"), (JATENG, 3, "2025-10-21", "2025-10-23"),
        (NTT, 2, "2025-10-20", "2025-10-24"), (RI, 2, "2025-10-20", "2025-10-24")]),
    case("co_attendance", {"satker": "KPU DKI Jakarta"}, ("satker", "events", "first", "last"), [
        (RI, 2, "2025-11-10", "2025-11-12"),
        ("Sekretariat KPU Kabupaten/Kota", 1, "2025-11-10", "2025-11-10"),
        ("Sekretariat KPU Provinsi", 1, "2025-11-10", "2025-11-10")]),
    # -------------------------------------------------------------- topic_speakers
    case("topic_speakers", {"topic": "Bakohumas"}, ("speaker", "events", "first", "last", "event_names"), [
        ("M.Samsul Kadir", 1, "2025-10-27", "2025-10-27", (KS3,)), ("Tri Tujiana", 1, "2025-08-21", "2025-08-21", (KS2,))]),
    case("topic_speakers", {"topic": "Kehumasan"}, ("speaker", "events"), [  # Bakohumas is narrower
        ("M.Samsul Kadir", 1), ("Tri Tujiana", 1)]),
    case("topic_speakers", {"topic": "Kecerdasan Buatan"}, ("speaker", "events", "event_names"), [
        ("Wayan Firdaus Mahmudy", 1, (WEBINAR_AI,))]),
    case("topic_speakers", {"topic": "Putusan MK"}, ("speaker", "events", "event_names"), [
        ("Ferli Niti Yudha", 1, (KAJIAN,)), ("Noorman Pramono", 1, (KAJIAN,))]),
    case("topic_speakers", {"topic": "e-Counting"}, ("speaker", "events"), [
        ("Dody Wijaya", 1), ("Ikhsan Darmawan", 1), ("Michael Yard", 1)]),
    # -------------------------------------------------------------- satker_units
    case("satker_units", {"satker": "KPU RI"}, ("satker", "relation", "unit"), [
        (RI, "child", DKI), (RI, "child", JATENG), (RI, "child", "KPU Provinsi Kalimantan Timur"),
        (RI, "child", "KPU Provinsi Lampung"), (RI, "child", NTT), (RI, "child", "KPU Provinsi Sumatera Utara"),
        (RI, "child", SETJEN)], sort=True),
    case("satker_units", {"satker": "Setjen KPU"}, ("satker", "relation", "unit"), [
        (SETJEN, "child", "Biro SDM Sekretariat Jenderal KPU"),
        (SETJEN, "child", "Biro Teknis Penyelenggaraan Sekretariat Jenderal KPU"),
        (SETJEN, "child", "Inspektorat Utama KPU"), (SETJEN, "child", "Pusat Data dan Informasi KPU"),
        (SETJEN, "parent", RI)], sort=True),
    case("satker_units", {"satker": "KPU Sumut"}, ("relation", "unit"), [
        ("child", TAPTENG), ("parent", RI)], sort=True),
    case("satker_units", {"satker": "Bawaslu Kota Semarang"}, ("relation", "unit"), [
        ("parent", "Bawaslu Provinsi Jawa Tengah")]),
    case("satker_units", {"satker": "KPU Jawa Tengah"}, ("relation", "unit"), [
        ("child", "KPU Kabupaten Blora"), ("child", "KPU Kabupaten Kendal"), ("child", SEMARANG), ("parent", RI)],
         sort=True),
    # -------------------------------------------------------------- search
    case("search", {"q": "SEMARANG"}, ("label", "name"), [
        ("Event", KUNJUNGAN), ("Satker", "Bawaslu Kota Semarang"), ("Satker", SEMARANG)]),
    case("search", {"q": "ntt"}, ("label", "name"), [  # by alias: KPU NTT, KPU kabupaten/kota se-NTT
        ("Satker", "KPU Kabupaten/Kota se-Nusa Tenggara Timur"), ("Satker", NTT)]),
    case("search", {"q": "bakohumas"}, ("label", "name"), [("Event", KS2), ("Event", KS3), ("Topic", "Bakohumas")]),
    case("search", {"q": "solidaritas"}, ("label", "name"), [
        ("Event", AUDIENSI), ("Organization", "DPW Partai Solidaritas Indonesia Provinsi DKI Jakarta"),
        ("Organization", "Partai Solidaritas Indonesia")]),
    case("search", {"q": "idross"}, ("label", "id", "name"), [("Person", "person:betty-epsilon-idross",
                                                               "Betty Epsilon Idroos")]),
    case("search", {"q": "solidaritas", "limit": 1}, ("label", "name"), [("Event", AUDIENSI)]),
    # -------------------------------------------------------------- explain
    case("explain", {"name": "Jemris Fointuna"}, ("entity", "subject", "relation", "object", "date"), [
        ("Jemris Fointuna", "Jemris Fointuna", "ATTENDED", APEL, "2025-10-27"),
        ("Jemris Fointuna", "Jemris Fointuna", "HOLDS", "Ketua", "2025-10-27")], sort=True),
    case("explain", {"name": "KPU Kaltim"}, ("entity", "subject", "relation", "object", "date"), [
        ("KPU Provinsi Kalimantan Timur", "KPU Provinsi Kalimantan Timur", "ATTENDED", KS3, "2025-10-27")]),
    case("explain", {"name": "SPIP"}, ("subject", "relation", "object", "date"), [  # a topic: its facts point at it
        (PENGAWASAN, "ABOUT", "Sistem Pengendalian Intern Pemerintah", "2025-10-21")]),
    case("explain", {"name": "SPIP"}, ("entity", "subject", "relation", "object"), [
        ("Sistem Pengendalian Intern Pemerintah", PENGAWASAN, "ABOUT", "Sistem Pengendalian Intern Pemerintah")],
         ),
    case("explain", {"name": "Apel Pagi"}, ("entity", "subject", "relation", "object"), [
        (APEL, APEL, "ABOUT", "Disiplin Pegawai"), (APEL, APEL, "ABOUT", "Peningkatan Kapasitas"),
        (APEL, APEL, "HELD_AT", "Halaman Kantor KPU NTT"),
        (APEL, "Baharudin Hamzah", "ATTENDED", APEL), (APEL, "Jemris Fointuna", "ATTENDED", APEL),
        (APEL, NTT, "ATTENDED", APEL), (APEL, RI, "ATTENDED", APEL),
        (APEL, "Melanie Sari Willa Hege", "ATTENDED", APEL), (APEL, "Riki Arantes", "ATTENDED", APEL),
        (APEL, "Udin Syahruldin", "ATTENDED", APEL), (APEL, "Petrus Kanisius Nahak", "LED", APEL),
        (APEL, NTT, "ORGANIZED", APEL)], sort=True),
    # -------------------------------------------------------------- conflicts
    # no single-holder post has two holders on one date on the seeds (Ketua KPU RI: 2021 Ilham Saputra,
    # 2025 Mochammad Afifuddin)
    case("conflicts", {}, ("role", "org", "date", "holders"), []),
]


@pytest.fixture(scope="module")
def seeds(tmp_path_factory, pages):
    """The five seed pages through the real pipeline into an embedded store."""
    with open_store(str(tmp_path_factory.mktemp("catalogue") / "seeds.kg")) as store:
        rep = kg.build([str(p) for p in pages], store, progress=False)
        assert (rep.articles, rep.problems) == (24, [])
        yield store


@pytest.mark.parametrize("name,params,cols,expected,sort,where", CASES)
def test_query_answers_on_the_seeds(seeds, name, params, cols, expected, sort, where):
    got = [tuple(_cell(r[c]) for c in cols) for r in seeds.query(name, params)
           if all(r[k] in v for k, v in where.items())]
    want = [tuple(_cell(v) for v in row) for row in expected]
    assert (sorted(got) if sort else got) == (sorted(want) if sort else want)


def test_every_catalogue_query_has_a_seed_case():
    assert {p.values[0] for p in CASES} == set(queries.catalogue())


def test_explain_gives_each_fact_its_sentence_and_offsets(seeds):
    rows = seeds.query("explain", {"name": "Jemris Fointuna"})
    assert rows
    for r in rows:
        body = seeds.cypher("MATCH (a:Article) WHERE a.id = $id RETURN a.body AS body", {"id": r["article"]})[0]["body"]
        assert body[r["char_start"]:r["char_end"]] == r["sentence"]
        assert "Ketua KPU Provinsi NTT Jemris Fointuna" in r["sentence"]


# The forms the articles print (and the gazetteer's short forms) find the node,
# through the same match every lookup makes (id, name or alias, any case).
FORMS = {
    NTT: ["KPU NTT", "kpu ntt", "KPU Provinsi NTT", "KPU Provinsi Nusa Tenggara Timur", "KPU Nusa Tenggara Timur",
          "Komisi Pemilihan Umum Provinsi Nusa Tenggara Timur", "Komisi Pemilihan Umum (KPU) Provinsi Nusa Tenggara Timur",
          "satker:kpu-provinsi-nusa-tenggara-timur"],
    RI: ["KPU RI", "KPU Republik Indonesia", "Komisi Pemilihan Umum Republik Indonesia", "Komisi Pemilihan Umum (KPU) RI"],
    DKI: ["KPU DKI Jakarta", "KPU Provinsi DKI Jakarta", "KPU Jakarta", "KPU Provinsi Daerah Khusus Jakarta",
          "Komisi Pemilihan Umum (KPU) Provinsi Daerah Khusus Jakarta", "KPU Provins Daerah Khusus Jakarta"],
    SEMARANG: ["KPU Kota Semarang", "KPU Semarang", "Komisi Pemilihan Umum (KPU) Kota Semarang"],
    JATENG: ["KPU Jateng", "KPU Jawa Tengah", "KPU Provinsi Jawa Tengah", "KPU Provinsi Jateng"],
    "KPU Provinsi Kalimantan Timur": ["KPU Kaltim", "KPU Provinsi Kaltim",
                                      "Komisi Pemilihan Umum Provinsi Kalimantan Timur"],
    TAPTENG: ["KPU Kab. Tapanuli Tengah", "KPU Tapanuli Tengah", "KPU Tapteng"],
    "KPU Provinsi Sumatera Utara": ["KPU Sumut", "KPU Sumatera Utara"],
    "KPU Provinsi Lampung": ["KPU Lampung"],
    "KPU Kabupaten Blora": ["KPU Blora"],
    "KPU Kabupaten Pesawaran": ["KPU Pesawaran"],
    "KPU Kabupaten/Kota se-Nusa Tenggara Timur": ["KPU kabupaten/kota se-NTT"],
    "Bawaslu Kota Semarang": ["Badan Pengawas Pemilihan Umum (Bawaslu) Kota Semarang", "Bawaslu Kota Semarang"],
    "BPKP": ["BPKP", "Badan Pengawasan Keuangan dan Pembangunan"],
    "KPK": ["Komisi Pemberantasan Korupsi"],
    "DPW Partai Solidaritas Indonesia Provinsi DKI Jakarta": ["DPW PSI Provinsi DKI Jakarta"],
    "M.Samsul Kadir": ["M.Samsul Kadir", "M. Samsul Kadir", "M Samsul Kadir"],
    "Wayan Firdaus Mahmudy": ["Wayan Firdaus Mahmudy", "Prof. Ir. Wayan Firdaus Mahmudy"],
    "Baharudin Hamzah": ["Dr. Baharudin Hamzah", "baharudin hamzah"],
    "Melanie Sari Willa Hege": ["Melanie S.W. Hege", "Melanie S. W. Hege"],
    "Andrew S.N. Kette": ["Andrew S. N. Kette", "Andrew SN Kette"],
    "Betty Epsilon Idroos": ["Betty Epsilon Idross"],
    "Tri Tujiana": ["Bapak Tri Tujiana"],
    "Afandi Eka Putra": ["Kombes Pol Afandi Eka Putra"],
    "Peiter G. Nappoe": ["Peiter G Nappoe"],
    PENGAWASAN: ["Rakor Pengawasan", "Rapat Koordinasi Pengawasan", "Rakor Pengawasan KPU RI"],
    BUKU: ["Rakor Finalisasi Buku Pilkada 2024"],
    PERPRES: ["Rakor Sosialisasi Perpres 46/2025 dan Bimtek Katalog Elektronik Versi 6"],
    WEBINAR_AI: ["Integrasi Alur Kerja Menggunakan Kecerdasan Buatan dalam Pemilu",
                 "KPU Integrasi Alur Kerja Menggunakan Kecerdasan Buatan dalam Pemilu"],
    FGD: ["FGD", "Forum Group Discussion"],
    ZI: ["Rapat Pembangunan Zona Integritas", "Rapat Pembahasan Pembangunan Zona Integritas"],
    KAPASITAS: ["Peningkatan Kapasitas Sumber Daya Manusia"],  # "... SDM" is also the topic's label
    KUNJUNGAN: ["Kunjungan Bawaslu Kota Semarang"],
    KAJIAN: ["Kajian Putusan MK Terkait Sengketa Pilkada Pesawaran"],
    AUDIENSI: ["Audiensi DPW Partai Solidaritas Indonesia (PSI) Provinsi DKI Jakarta"],
    JDIH: ["Bimtek Peningkatan Kapasitas Pengelolaan JDIH"],
    DIGITAL: ["Bisakah Digitalisasi Mengefisienkan Pemilu", "Webinar Digitalisasi Pemilu Seri Kedua"],
    "Kecerdasan Buatan": ["AI", "Artificial Intelligence"],
    "Sistem Pengendalian Intern Pemerintah": ["SPIP"],
}


@pytest.mark.parametrize("name,form", [(n, f) for n, forms in FORMS.items() for f in forms])
def test_the_written_forms_find_the_entity(seeds, name, form):
    # explain matches any label; the entity is one end of every fact it lists
    rows = seeds.query("explain", {"name": form})
    assert rows, f"{form!r} finds nothing"
    assert [r for r in rows if name not in (r["subject"], r["object"])] == []


def test_every_organization_form_the_articles_print_is_an_alias(seeds, pages):
    """Facts carry one written form each; the articles print an organization in
    more (`Bagi KPU NTT, ...`): every one is an alias of the node."""
    from kg.extract.orgs import find_orgs
    from kg.extract.sentences import split
    nodes = seeds.graph().nodes
    missing = []
    for art in kg.read_articles([str(p) for p in pages]).articles:
        for text in [art.title, *(s.text for s in split(art.body))]:
            for m in find_orgs(text):
                node, written = nodes.get((m.label, m.id)), " ".join(m.written.split())
                if node and written.lower() not in {a.lower() for a in node.props.get("aliases") or []}:
                    missing.append((m.id, written))
    assert missing == []
