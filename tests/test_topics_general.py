"""Topics that recur on KPU sites of every region and year (issue 13): the vocabulary's concepts for them,
checked on sentences written in the pages' style (other names, other regions), not copied from fixtures."""
from kg.extract.events import extract_event
from kg.extract.sentences import split
from kg.extract.topics import concept, topics_for
from kg.model import Article


def labels(title, body):
    art = Article.make(title, body, "test.txt")
    sents = split(body)
    return [h.label for h in topics_for(art, extract_event(art, sents), sents)]


def test_new_concepts_sit_under_their_broader_ones():
    assert "topic:spip" in concept("topic:manajemen-risiko").broader
    assert "topic:data-pemilih" in concept("topic:rekapitulasi-daftar-pemilih").broader
    assert "topic:undang-undang" in concept("topic:uu-pilkada").broader
    assert "topic:perencanaan" in concept("topic:rencana-strategis").broader
    assert "topic:partai-politik" in concept("topic:pemutakhiran-data-parpol").broader


def test_risk_management_bimtek_is_risk_management_not_spip():
    got = labels("KPU Kabupaten Alor Ikuti Bimtek Manajemen Risiko",
                 "KPU Kabupaten Alor mengikuti Bimbingan Teknis Manajemen Risiko yang digelar KPU Provinsi NTT "
                 "secara daring, Rabu (12/6/2024). Peserta diminta menyusun register risiko tiap subbagian.")
    assert "Manajemen Risiko" in got and "Sistem Pengendalian Intern Pemerintah" not in got


def test_continuous_voter_list_plenary_is_a_recapitulation():
    got = labels("KPU Kota Tidore Gelar Rapat Pleno Terbuka Rekapitulasi Daftar Pemilih Berkelanjutan Semester I",
                 "KPU Kota Tidore Kepulauan menggelar Rapat Pleno Terbuka Rekapitulasi Daftar Pemilih Berkelanjutan "
                 "Semester I Tahun 2025 di aula kantor, Senin (30/6/2025). Jumlah pemilih tercatat 72.114 orang.")
    assert "Rekapitulasi Daftar Pemilih" in got


def test_the_stage_recapitulation_of_a_dpt_stays_the_dpt():
    got = labels("KPU Kabupaten Wajo Tetapkan DPT Pemilu 2024",
                 "KPU Kabupaten Wajo menetapkan Daftar Pemilih Tetap (DPT) Pemilu 2024 dalam rapat pleno terbuka "
                 "rekapitulasi daftar pemilih tetap, Rabu (21/6/2023).")
    assert "Daftar Pemilih Tetap" in got and "Rekapitulasi Daftar Pemilih" not in got


def test_a_law_named_by_its_election():
    got = labels("DPR Sahkan RUU Pilkada, KPU Siapkan Peraturan Teknis",
                 "Komisi Pemilihan Umum menunggu pengundangan UU Pilkada yang disahkan DPR, Selasa (2/9). "
                 "Setelah itu KPU akan menyusun peraturan teknis.")
    assert "UU Pilkada" in got


def test_strategic_plan_is_not_budget_planning():
    got = labels("KPU Kabupaten Sumba Timur Gelar Internalisasi Renstra 2025-2029",
                 "KPU Kabupaten Sumba Timur menggelar internalisasi Rencana Strategis (Renstra) KPU Tahun 2025-2029 "
                 "bagi seluruh pegawai sekretariat, Kamis (4/9/2025).")
    assert "Rencana Strategis" in got and "Perencanaan Anggaran" not in got


def test_party_data_updating_and_population_office():
    assert "Pemutakhiran Data Partai Politik" in labels(
        "KPU Kabupaten Kendal Gelar Rakor Pemutakhiran Data Parpol Semester II",
        "KPU Kabupaten Kendal menggelar rapat koordinasi pemutakhiran data partai politik berkelanjutan bersama "
        "pengurus partai politik tingkat kabupaten, Jumat (12/12/2025).")
    assert "Administrasi Kependudukan" in labels(
        "KPU Kota Sawahlunto Koordinasi dengan Disdukcapil",
        "KPU Kota Sawahlunto menggelar rapat koordinasi dengan Disdukcapil Kota Sawahlunto membahas data pemilih "
        "pemula dan perekaman KTP elektronik, Selasa (8/3/2016).")


def test_research_done_and_voting_rights():
    assert "Riset Kepemiluan" in labels(
        "KPU Kabupaten Tabanan Lakukan Riset Partisipasi Pemilih",
        "KPU Kabupaten Tabanan melakukan riset tentang rendahnya partisipasi pemilih di tiga kecamatan, "
        "Senin (6/3/2017).")
    assert "Hak Pilih" in labels(
        "KPU Provinsi Maluku Audiensi dengan Komnas HAM",
        "KPU Provinsi Maluku menerima audiensi Komnas HAM Perwakilan Maluku, Rabu (5/2/2025). Audiensi ini "
        "membahas jaminan hak pilih warga binaan lembaga pemasyarakatan.")


def test_a_numbered_regulation_beside_its_kind_is_tagged_once_by_its_kind():
    got = labels("KPU Kabupaten Pinrang Gelar Bimtek Pelaksanaan PKPU Nomor 7 Tahun 2022 bagi PPK",
                 "KPU Kabupaten Pinrang menggelar bimbingan teknis pelaksanaan Peraturan KPU Nomor 7 Tahun 2022 "
                 "bagi PPK se-Kabupaten Pinrang, Sabtu (5/11/2022). Materi Peraturan KPU itu dibahas per pasal.")
    assert "Peraturan KPU" in got and "PKPU 7/2022" not in got


def test_the_commissions_name_is_not_the_election():
    got = labels("KPU Kabupaten Banggai Gelar Internalisasi Rencana Strategis",
                 "KPU Kabupaten Banggai menggelar internalisasi Rencana Strategis Komisi Pemilihan Umum Tahun "
                 "2025-2029 bagi pegawai, Selasa (9/9/2025).")
    assert "Rencana Strategis" in got and not any(g.startswith("Pemilu") for g in got)


def test_a_rule_cited_as_the_basis_is_not_the_subject():
    got = labels("KPU Kabupaten Buton Gelar Rapat Pleno Rekapitulasi Daftar Pemilih Berkelanjutan Triwulan II",
                 "KPU Kabupaten Buton menggelar Rapat Pleno Terbuka Rekapitulasi Daftar Pemilih Berkelanjutan Triwulan II "
                 "Tahun 2025, Rabu (2/7/2025). Kegiatan ini dilaksanakan sesuai Peraturan KPU Nomor 1 Tahun 2025 dan "
                 "berdasarkan amanat Undang-Undang Nomor 7 Tahun 2017.")
    assert not any(g.startswith(("PKPU", "UU ")) or g == "Peraturan KPU" for g in got)
    # the regulation an event is about still is its topic
    assert "Peraturan KPU" in labels("KPU Kabupaten Buton Sosialisasikan Peraturan KPU tentang Kampanye",
                                     "KPU Kabupaten Buton menggelar sosialisasi Peraturan KPU tentang kampanye kepada "
                                     "partai politik, Kamis (3/7/2025).")


def test_the_docs_count_of_concepts_is_the_files():
    import re
    from pathlib import Path

    from kg.extract.topics import vocabulary
    doc = (Path(__file__).parent.parent / "docs" / "events.md").read_text(encoding="utf-8")
    said = re.search(r"a SKOS concept scheme of (\d+)\s+concepts", doc)
    assert said and int(said.group(1)) == len(vocabulary())


def test_a_unit_written_with_its_head_in_lower_case_names_who():
    got = labels("KPU Kabupaten Klungkung Rakor dengan Disdukcapil Membahas Data Pemilih",
                 "KPU Kabupaten Klungkung menggelar rapat koordinasi membahas data pemilih pemula, Senin (6/3/2017). "
                 "Rapat dipimpin anggota KPU Klungkung divisi Keuangan, Umum dan Logistik I Made Wirta.")
    assert "Logistik Pemilu" not in got and "Pemutakhiran Data Pemilih" in got


def test_the_numbered_regulation_takes_no_place_of_the_four():
    got = labels("KPU Kabupaten Sinjai Gelar Bimtek Peraturan KPU Nomor 3 Tahun 2019 dan Sirekap bagi Anggota PPK",
                 "KPU Kabupaten Sinjai menggelar Bimtek Peraturan KPU Nomor 3 Tahun 2019 tentang Pemungutan dan "
                 "Penghitungan Suara serta aplikasi Sirekap bagi anggota PPK pada Jumat (22/2/2019). Peserta diajak "
                 "menyanyikan Mars Pemilu 2019. Ketua KPU menjelaskan tata cara di Tempat Pemungutan Suara (TPS) dan "
                 "isi Peraturan KPU itu.")
    assert "Peraturan KPU" in got and "PKPU 3/2019" not in got


# Round three: activities and themes readers tag by their own name (invented sentences, other regions)

def test_recount_is_not_a_revote():
    got = labels("KPU Kabupaten Sikka Gelar Penghitungan Suara Ulang di Dua TPS",
                 "KPU Kabupaten Sikka melaksanakan penghitungan surat suara ulang (PSSU) di dua TPS Kecamatan Alok "
                 "sesuai putusan Mahkamah Konstitusi, Sabtu (8/6/2024).")
    assert "Penghitungan Suara Ulang" in got and "Pemungutan Suara Ulang" not in got


def test_abstention_is_the_theme_of_an_outreach_talk():
    got = labels("KPU Kota Bitung Ajak Mahasiswa Tolak Golput",
                 "KPU Kota Bitung menggelar sosialisasi pendidikan pemilih bagi mahasiswa Politeknik Negeri Manado, "
                 "Kamis (11/1/2024). Ketua KPU mengajak mahasiswa tidak golput pada hari pemungutan suara.")
    assert "Golput" in got


def test_independence_day_ceremony_is_independence_day():
    got = labels("KPU Kabupaten Rote Ndao Ikuti Upacara HUT RI ke-79",
                 "Seluruh pegawai KPU Kabupaten Rote Ndao mengikuti upacara peringatan HUT Kemerdekaan Republik "
                 "Indonesia ke-79 di lapangan kantor bupati, Sabtu (17/8/2024).")
    assert "HUT Kemerdekaan RI" in got


def test_public_consultation_forum_on_service_standards():
    got = labels("KPU Kabupaten Sumedang Gelar Forum Konsultasi Publik",
                 "KPU Kabupaten Sumedang menggelar Forum Konsultasi Publik penyusunan standar pelayanan informasi "
                 "bersama perwakilan masyarakat dan media, Selasa (14/5/2024).")
    assert "Forum Konsultasi Publik" in got


def test_separation_of_national_and_local_elections():
    got = labels("KPU Provinsi Jambi Diskusikan Pemisahan Pemilu Nasional dan Lokal",
                 "KPU Provinsi Jambi menggelar diskusi bersama akademisi membahas putusan MK tentang pemisahan "
                 "pemilu nasional dan pemilu lokal mulai 2029, Rabu (23/7/2025).")
    assert "Pemisahan Pemilu Nasional dan Lokal" in got


def test_a_podcast_is_a_topic_of_its_own():
    got = labels("Podcast KPU Kabupaten Lumajang Bahas Partisipasi Pemilih Muda",
                 "KPU Kabupaten Lumajang merilis podcast episode kedua yang membahas partisipasi pemilih muda, "
                 "Jumat (7/2/2025).")
    assert "Podcast" in got


def test_democracy_and_digital_literacy():
    assert "Literasi Demokrasi" in labels(
        "KPU Kota Bima Perkuat Literasi Demokrasi Pelajar",
        "KPU Kota Bima memberikan materi literasi demokrasi kepada pelajar SMA Negeri 2 Kota Bima, Senin (3/3/2025).")
    assert "Literasi Digital" in labels(
        "KPU Kabupaten Garut Sosialisasi Literasi Digital bagi Pemilih Pemula",
        "KPU Kabupaten Garut menggelar sosialisasi literasi digital bagi pemilih pemula di SMK Negeri 1 Garut, "
        "Rabu (10/1/2024), agar siswa cerdas bermedia sosial.")


def test_the_information_commission_assessment_is_not_bare_monitoring():
    got = labels("KPU Kabupaten Kolaka Isi SAQ Monev Keterbukaan Informasi Publik",
                 "PPID KPU Kabupaten Kolaka mengisi Self Assessment Questionnaire (SAQ) monev keterbukaan informasi "
                 "publik dari Komisi Informasi Provinsi Sulawesi Tenggara, Kamis (5/9/2024).")
    assert "Monitoring dan Evaluasi Keterbukaan Informasi" in got


def test_inter_agency_relations():
    got = labels("KPU Provinsi Bengkulu Gelar Rakor Kehumasan dan Hubungan Antar Lembaga",
                 "KPU Provinsi Bengkulu menggelar rapat koordinasi kehumasan dan hubungan antar lembaga bersama "
                 "KPU kabupaten/kota, Senin (2/6/2025).")
    assert "Hubungan Antar Lembaga" in got


def test_the_election_season_named_in_the_body_is_the_time_not_the_subject():
    got = labels("KPU Kabupaten Halmahera Barat Gelar Rakor Penataan Arsip",
                 "Dalam rangka persiapan Pemilu dan Pemilihan Serentak Tahun 2024, KPU Kabupaten Halmahera Barat "
                 "menggelar rapat koordinasi penataan arsip bersama Dinas Perpustakaan dan Kearsipan, Senin (6/3/2023).")
    assert "Kearsipan" in got and "Pilkada 2024" not in got and "Pemilu 2024" not in got


def test_the_season_does_not_hide_the_election_the_headline_names():
    got = labels("KPU Kota Pariaman Sosialisasi Tahapan Pemilu 2024 kepada Parpol",
                 "Menjelang Pemilu dan Pemilihan Tahun 2024, KPU Kota Pariaman menyosialisasikan tahapan Pemilu 2024 "
                 "kepada pengurus partai politik, Rabu (8/2/2023).")
    assert "Pemilu 2024" in got and "Pilkada 2024" not in got


def test_police_guarding_the_ballots_is_election_security():
    got = labels("Surat Suara Pemilu Tiba di Gudang KPU Kabupaten Ende",
                 "Polres Ende melakukan pengamanan dan pengawalan surat suara Pemilu 2024 yang tiba di gudang logistik "
                 "KPU Kabupaten Ende, Selasa (2/1/2024). Pengamanan melibatkan 40 personel gabungan.")
    assert "Pengamanan Pemilu" in got


def test_securing_data_is_information_security_not_election_security():
    got = labels("KPU Kota Cimahi Ikuti Bimtek Pengamanan Data Pemilih",
                 "Operator KPU Kota Cimahi mengikuti bimbingan teknis pengamanan data dan keamanan siber aplikasi "
                 "KPU, Kamis (9/11/2023).")
    assert "Keamanan Informasi" in got and "Pengamanan Pemilu" not in got


def test_the_title_of_a_cited_decree_is_not_the_subject():
    got = labels("Pengumuman Hasil Seleksi Calon Anggota PPK Pemilihan Bupati Sigi Tahun 2020",
                 "Berdasarkan Keputusan KPU Kabupaten Sigi Nomor 12/PP.04.2-Kpt/7210/KPU-Kab/II/2020 tentang Tahapan, "
                 "Program dan Jadwal Pemilihan Bupati dan Wakil Bupati Sigi Tahun 2020, KPU Kabupaten Sigi mengumumkan "
                 "hasil seleksi calon anggota Panitia Pemilihan Kecamatan (PPK).")
    assert "Badan Ad Hoc" in got and "Tahapan Pemilu" not in got


def test_a_stage_said_to_come_next_is_not_the_subject():
    got = labels("KPU Kabupaten Nabire Lakukan Coktas di Distrik Wanggar",
                 "KPU Kabupaten Nabire melakukan coklit terbatas di Distrik Wanggar, Selasa (4/11/2025). Kegiatan ini "
                 "bertujuan agar daftar pemilih dapat digunakan pada tahapan pemilu selanjutnya.")
    assert "Coklit Terbatas" in got and "Tahapan Pemilu" not in got


def test_a_suit_the_constitutional_court_hears_is_a_result_dispute():
    got = labels("MK Tolak Gugatan Partai Demokrat atas Hasil Pileg di Kabupaten Bantaeng",
                 "Mahkamah Konstitusi menolak gugatan yang diajukan Partai Demokrat terhadap KPU Kabupaten Bantaeng, "
                 "Kamis (6/6/2024). KPU Kabupaten Bantaeng hadir sebagai termohon.")
    assert "Perselisihan Hasil Pemilihan" in got and "Sengketa Proses Pemilu" not in got


def test_a_suit_before_bawaslu_stays_a_process_dispute():
    got = labels("Bawaslu Kabupaten Bantul Sidangkan Gugatan Bakal Calon",
                 "Bawaslu Kabupaten Bantul menggelar sidang ajudikasi gugatan bakal calon perseorangan terhadap KPU "
                 "Kabupaten Bantul, Senin (12/8/2024).")
    assert "Sengketa Proses Pemilu" in got and "Perselisihan Hasil Pemilihan" not in got


def test_unit_masks_as_the_look_behind_first_alternation():
    """The unit pattern is written first-letter first with its heads as a trie (issue 11):
    it masks the same spans as the alternation it replaces."""
    import re
    from kg.extract.topics import _compiled
    from kg.lang import events_data as L
    heads = "|".join(sorted((f"[{re.escape(h[0].upper())}{re.escape(h[0].lower())}]{re.escape(h[1:])}"
                             for h in L.UNIT_HEADS), key=len, reverse=True))
    old = re.compile(rf"(?<![\w-])(?:{heads})(?:\s+(?:[A-Z][\w/&.-]*|dan|serta|&)|,(?=\s*[A-Z]))+")
    new = _compiled().unit
    for text in ("anggota KPU Kota Tidore divisi Teknis Penyelenggaraan dan Hubungan Masyarakat hadir",
                 "Kepala Bagian Umum, Keuangan dan Logistik Sekretariat KPU Provinsi Gorontalo",
                 "sub-Divisi Hukum", "xDivisi Hukum", "Subbagian Program Data, Subbag Hukum dan SDM",
                 "Direktorat Jenderal Politik dan Pemerintahan Umum", "biro Perencanaan"):
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)], text
