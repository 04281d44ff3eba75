"""Event kinds that recur on KPU sites of every region and year (issue 13), on sentences written in the
pages' style, not copied from fixtures."""
from datetime import date

from kg.extract.events import extract_event
from kg.extract.sentences import split
from kg.model import Article


def event(title, body):
    art = Article.make(title, body, "test.txt")
    return extract_event(art, split(body))


def test_a_recruitment_test_named_by_the_headline_is_the_event_and_dates_it():
    ev = event("Ratusan Calon PPK Pilbup Jeneponto Ikuti Tes Tertulis",
               "JENEPONTO – Sebanyak 412 calon anggota PPK Pilbup Jeneponto tahun 2018, Sabtu (18/11/2017) "
               "menjalani tes tertulis di SMA Negeri 1 Jeneponto. Hasilnya diumumkan dua hari kemudian.")
    assert ev is not None and ev.kind == "tes" and ev.date == date(2017, 11, 18)


def test_a_test_the_body_recounts_is_not_the_event_of_a_swearing_in():
    ev = event("KPU Kabupaten Pesisir Barat Lantik 45 Anggota PPK",
               "KPU Kabupaten Pesisir Barat melantik 45 anggota PPK di aula kantor bupati, Senin (6/5/2024). "
               "Ketua KPU menyebut rekrutmen berjalan melalui seleksi administrasi, tes tertulis, dan wawancara.")
    assert ev is None or ev.kind != "tes"


def test_a_statement_dated_in_its_first_sentences_is_the_articles_event():
    ev = event("Soal Jadwal Pilkada 2020, KPU Sultra Tunggu Keputusan Pusat",
               "Kendari - Menyusul penundaan tahapan oleh pemerintah, Selasa (24/3), Komisi Pemilihan Umum "
               "Provinsi Sulawesi Tenggara belum mengubah jadwal. Pilkada 2020 masih menunggu keputusan KPU RI.")
    assert ev is not None and ev.name.startswith("Soal Jadwal Pilkada 2020") and ev.date == date(2020, 3, 24)


def test_a_notice_dating_only_a_later_step_names_no_event():
    ev = event("Pengumuman Hasil Seleksi Administrasi Calon Anggota PPS",
               "Berdasarkan keputusan KPU Kabupaten Konawe, nama-nama calon anggota PPS yang memenuhi syarat "
               "diumumkan. Daftar nama calon dapat dilihat pada lampiran. Calon yang lulus mengikuti tes "
               "tertulis pada Sabtu, 18 Januari 2020 dengan membawa KTP asli.")
    assert ev is None


def test_the_day_of_the_vote_an_event_prepares_is_not_its_date():
    ev = event("KPU Kolaka Gelar Rakor Persiapan Logistik",
               "Kolaka - Menjelang pemungutan suara Pilkada Serentak 27 November 2024, KPU Kabupaten Kolaka "
               "menggelar rapat koordinasi logistik pada 4 November 2024 di aula kantor.")
    assert ev.date == date(2024, 11, 4)
    ev = event("KPU Kolaka Gelar Rakor Persiapan Logistik",  # the words between are no vote's name
               "Kolaka - Jelang Pilkada KPU gelar rapat koordinasi, Senin (4/11/2024), di aula kantor.")
    assert ev.date == date(2024, 11, 4)


def test_the_voting_day_an_article_mentions_in_passing_is_not_its_events_date():
    # the vote looked to, in the first sentence; the event dated further on
    ev = event("KPU Kabupaten Muna Gelar Sosialisasi di SMA Negeri 2 Raha",
               "Raha - KPU Kabupaten Muna menyasar pemilih pemula di sekolah menjelang tahapan pemungutan suara "
               "pada 9 Desember 2020. Siswa diajak datang ke TPS. \"Pemilih muda menentukan,\" kata Ketua KPU "
               "Kabupaten Muna, Kamis (12/11/2020).")
    assert ev.date == date(2020, 11, 12)
    ev = event("KPU Kota Bitung Sosialisasi ke Pemilih Disabilitas",
               "Bitung - KPU Kota Bitung mengingatkan hari pencoblosan 17 April 2019 kepada penyandang "
               "disabilitas dalam sosialisasi Sabtu (30/3/2019) di Aula Kecamatan Maesa.")
    assert ev.date == date(2019, 3, 30)
    # a report of the voting day itself, which nothing else dates, keeps it
    ev = event("Pemungutan Suara di Kabupaten Muna Berjalan Lancar",
               "Raha - Pemungutan suara Pilkada Serentak pada Rabu (9/12/2020) berjalan lancar di 610 TPS "
               "se-Kabupaten Muna, kata Ketua KPU Kabupaten Muna.")
    assert ev is None or ev.date in (None, date(2020, 12, 9))


def test_a_visit_named_only_by_its_verb_in_a_headline_over_a_cut_body():
    ev = event("Kanwil Kemenkumham Sulteng Sambangi KPU Kabupaten Sigi", "Bora - KPU Kabupaten Si")
    assert ev is not None and ev.kind == "kunjungan" and ev.name == "Kunjungan ke KPU Kabupaten Sigi"


def test_a_swearing_in_headline_without_closing_punctuation_names_the_event():
    ev = event("Bupati Donggala Lantik Pejabat Pengelola Informasi", "Banawa - Pemerintah Kabupaten Dongga")
    assert ev is not None and ev.kind == "pelantikan"
