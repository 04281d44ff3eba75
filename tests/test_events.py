"""The main event of an article: name, kind, date, mode, place, with clues."""
import json
from datetime import date

import pytest

from kg.extract.events import extract_event
from kg.extract.sentences import split
from kg.model import Article


def event(title, body, **kw):
    art = Article.make(title, body, "test.txt", **kw)
    ev = extract_event(art, split(body))
    if ev is not None:
        for part, clue in ev.evidence.items():  # every clue points at its text
            src = art.title if clue.field == "title" else art.body
            assert src[clue.start:clue.end] == clue.text, part
            if clue.sentence is not None:
                assert clue.sentence.start <= clue.start and clue.end <= clue.sentence.end, part
    return ev


def test_name_date_and_venue_from_the_first_sentence():
    ev = event("KPU Sikka Ikuti Rakor Persiapan Pilkada",
               "Maumere, sikkakab.kpu.go.id - KPU Kabupaten Sikka mengikuti Rapat Koordinasi Persiapan "
               "Pemilihan Serentak 2024 pada Selasa (5/3) di Aula Hotel Sylvia, Maumere. Rakor dibuka Ketua KPU.",
               place="Maumere")
    assert ev.name == "Rapat Koordinasi Persiapan Pemilihan Serentak 2024"
    assert ev.kind == "rakor"
    assert ev.date == date(2024, 3, 5)
    assert (ev.venue, ev.city, ev.mode) == ("Aula Hotel Sylvia", "Maumere", "luring")
    assert ev.evidence["date"].text == "Selasa (5/3)"


def test_quoted_title_after_bertajuk_names_the_event():
    ev = event("KPU Kota Bandung Gelar Webinar Pemilih Cerdas 2024",
               "KPU Kota Bandung menggelar webinar bertajuk “Pemilih Cerdas di Era Digital” pada Sabtu (9/11) "
               "melalui Zoom Meeting. Webinar diikuti 300 peserta.")
    assert ev.name == "Webinar Pemilih Cerdas di Era Digital"
    assert "Pemilih Cerdas di Era Digital" in ev.aliases
    assert (ev.kind, ev.mode, ev.platform) == ("webinar", "daring", "Zoom")
    assert ev.date == date(2024, 11, 9)


def test_unquoted_title_after_kegiatan_bertajuk():
    ev = event("KPU Dorong Literasi Digital",
               "KPU Provinsi Bali mendorong literasi digital, Kamis (7/11). Hal ini disampaikan dalam kegiatan "
               "daring bertajuk Literasi Digital untuk Penyelenggara Pemilu yang diikuti KPU se-Bali pada 2024.")
    assert ev.name == "Literasi Digital untuk Penyelenggara Pemilu"
    assert ev.mode == "daring"


def test_headline_names_the_event_when_the_body_does_not():
    ev = event("KPU Sulsel Ikuti Bimtek Pengelolaan JDIH Tahun 2023, Perkuat Layanan Hukum",
               "Jajaran KPU Provinsi Sulawesi Selatan hadir secara virtual, Senin (12/6). Materi disampaikan "
               "narasumber dari Kementerian Hukum.")
    assert ev.name == "Bimbingan Teknis Pengelolaan JDIH Tahun 2023"  # Bimtek expanded
    assert ev.evidence["name"].field == "title"
    assert (ev.kind, ev.mode, ev.date) == ("bimtek", "daring", date(2023, 6, 12))


def test_headline_without_a_verb():
    ev = event("KPU Lampung Launching Aplikasi Sidalih Versi Baru",
               "KPU Provinsi Lampung melakukan launching aplikasi Sidalih versi terbaru pada Selasa, 4 Februari 2025 "
               "di Hotel Novotel Bandar Lampung.")
    assert ev.name == "Launching Aplikasi Sidalih Versi Baru"
    assert (ev.kind, ev.venue, ev.date) == ("launching", "Hotel Novotel Bandar Lampung", date(2025, 2, 4))


def test_headline_that_starts_with_the_event_word():
    ev = event("Apel Siaga Pengawasan, Ketua Ajak Jajaran Jaga Netralitas",
               "KPU Kabupaten Garut melaksanakan apel siaga pada Senin (8/1/2024). Apel diikuti seluruh pegawai.")
    assert ev.kind == "apel"
    assert ev.name.startswith("Apel Siaga")
    assert ev.mode == "luring"  # an apel is held in person
    assert ev.date == date(2024, 1, 8)


def test_name_stops_before_a_regulations_long_title():
    ev = event("Sosialisasi PKPU Kampanye",
               "KPU Kota Ambon menggelar Sosialisasi Peraturan KPU Nomor 15 Tahun 2023 tentang Kampanye Pemilihan "
               "Umum kepada partai politik pada Rabu (15/11/2023).")
    assert ev.name == "Sosialisasi Peraturan KPU Nomor 15 Tahun 2023"
    assert ev.kind == "sosialisasi"


def test_name_keeps_series_numbering_and_lingkungan():
    ev = event("Raker",
               "KPU RI menyelenggarakan Rapat Kerja Teknis Penyusunan Anggaran di Lingkungan KPU sesi II "
               "pada 3 Juli 2023 di Hotel Grand Mercure, Jakarta.")
    assert ev.name == "Rapat Kerja Teknis Penyusunan Anggaran di Lingkungan KPU sesi II"
    assert (ev.venue, ev.city) == ("Hotel Grand Mercure", "Jakarta")


@pytest.mark.parametrize("body, mode", [
    ("KPU Provinsi Riau menggelar Rapat Koordinasi Logistik pada Kamis (2/5/2024) yang diikuti secara daring "
     "oleh KPU kabupaten/kota dan dihadiri secara langsung oleh anggota KPU provinsi.", "hybrid"),
    ("KPU Kota Medan menggelar Diskusi Publik Evaluasi Pemilu di Kantor KPU Kota Medan pada Rabu (8/5/2024). "
     "Seorang narasumber hadir melalui daring.", "hybrid"),
    ("KPU Jawa Barat menggelar Bimtek Sidalih secara hybrid pada Senin (6/5/2024).", "hybrid"),
    ("KPU Kabupaten Badung mengikuti Webinar Kehumasan pada Selasa (7/5/2024) dari Ruang Rapat KPU Kabupaten "
     "Badung.", "daring"),
    ("KPU Kabupaten Tapanuli Utara menerima audiensi Pengurus Partai Buruh pada Jumat (3/5/2024).", "luring"),
    ("KPU Provinsi Aceh menggelar Rapat Pleno pada Kamis (2/5/2024) di Banda Aceh.", "luring"),
    ("KPU Provinsi Papua menggelar Rapat Pembahasan Anggaran pada Kamis (2/5/2024).", None),
])
def test_mode(body, mode):
    ev = event("Berita", body)
    assert ev.mode == mode
    if mode:
        assert "mode" in ev.evidence


def test_following_an_online_event_from_ones_office_is_not_a_venue():
    ev = event("KPU Badung Ikuti Webinar",
               "KPU Kabupaten Badung mengikuti Webinar Keterbukaan Informasi secara daring dari Ruang Rapat KPU "
               "Kabupaten Badung, Selasa (7/5/2024).")
    assert ev.venue is None and ev.mode == "daring"


def test_a_past_date_is_not_the_events_date():
    ev = event("Rapat Evaluasi",
               "Menindaklanjuti pemungutan suara 14 Februari 2024 lalu, KPU Kota Palu menggelar Rapat Evaluasi "
               "Penyelenggaraan Pemilu pada Kamis (2/5).")
    assert ev.date == date(2024, 5, 2)


def test_range_gives_the_end_date():
    ev = event("Bimtek PPK",
               "KPU Kabupaten Banjar melaksanakan Bimbingan Teknis PPK pada 12-14 Juni 2023 di Hotel Aston, "
               "Banjarmasin.")
    assert (ev.date, ev.end_date) == (date(2023, 6, 12), date(2023, 6, 14))
    assert ev.props()["end_date"] == "2023-06-14"


def test_article_date_is_the_reference_for_year():
    art_date = "2019-04-30"
    ev = event("Rapat Pleno Rekapitulasi",
               "KPU Kota Kendari menggelar Rapat Pleno Terbuka Rekapitulasi pada Sabtu (27/4) di Aula KPU.",
               date=art_date)
    assert ev.date == date(2019, 4, 27)


def test_a_named_event_in_the_body_beats_the_headline():
    ev = event("KPU Surabaya Ikuti Upacara HUT Korpri",
               "Dalam rangka memperingati Hari Ulang Tahun Korpri ke-54, KPU Kota Surabaya mengikuti Upacara "
               "Bendera di halaman Balai Kota Surabaya, Senin (1/12/2025). Upacara dipimpin Wali Kota.")
    assert ev.name == "Upacara Bendera"
    assert ev.venue == "Halaman Balai Kota Surabaya"
    assert "Upacara HUT Korpri" in ev.aliases


def test_a_room_named_after_meetings_is_not_an_event():
    ev = event("KPU Kota Depok Gelar Rapat Internal",
               "KPU Kota Depok menggelar rapat internal membahas evaluasi kinerja pada Senin (1/12/2025) di ruang "
               "rapat KPU Kota Depok.")
    assert ev.name == "Rapat Internal"
    assert ev.venue == "Ruang Rapat KPU Kota Depok"


def test_short_form_in_brackets_is_dropped_from_the_name():
    ev = event("Komisi II DPR Kunjungi KPU Bone",
               "KPU Kabupaten Bone menerima kunjungan kerja (kunker) Komisi II DPR RI pada Selasa, 25 November "
               "2025. Kunjungan membahas kesiapan logistik.")
    assert ev.name == "Kunjungan Kerja Komisi II DPR RI"
    assert (ev.kind, ev.mode, ev.date) == ("kunjungan", "luring", date(2025, 11, 25))


def test_venue_before_the_event():
    ev = event("KPU Jambi Gelar FGD Evaluasi Pilkada",
               "Bertempat di Hotel Santika, KPU Provinsi Jambi menggelar FGD Evaluasi Pilkada 2024 pada Kamis "
               "(27/11). FGD menghadirkan akademisi.", date="2025-11-28")
    assert (ev.name, ev.kind) == ("FGD Evaluasi Pilkada 2024", "fgd")
    assert ev.venue == "Hotel Santika" and ev.mode == "luring"
    assert ev.date == date(2025, 11, 27)


def test_no_event_gives_none():
    assert event("Opini: Demokrasi dan Kita",
                 "Demokrasi membutuhkan warga yang peduli. Setiap suara menentukan arah bangsa.") is None


# ---------------------------------------------------------------- the seeds

def test_seed_event_dates_and_modes(shared):
    from kg.sources import read_file

    gold = {}
    for f in sorted((shared / "eval" / "gold").glob("*.json")):
        for a in json.loads(f.read_text())["articles"]:
            gold[a["title"]] = a["event"]
    dated = right = modes = moded = 0
    for page in sorted((shared / "seeds").glob("*.txt")):
        articles, _ = read_file(page)
        for art in articles:
            g = gold.get(art.title)
            if g is None:
                continue
            ev = extract_event(art, split(art.body))
            assert ev is not None, art.title
            if g.get("date"):
                dated += 1
                right += ev.date is not None and ev.date.isoformat() == g["date"]
            moded += 1
            modes += ev.mode == g.get("mode")
    assert dated >= 20
    assert right / dated >= 0.95
    assert modes / moded >= 0.85
