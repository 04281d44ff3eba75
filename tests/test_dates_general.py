"""Date wordings that recur on KPU sites of every region and year (issue 13), on sentences written in the
pages' style, not copied from fixtures."""
from datetime import date

from kg.extract.dates import find_dates


def dates(text, years=()):
    return [d.date for d in find_dates(text, years)]


def test_a_space_typed_by_the_slash_after_a_weekday():
    assert dates("KPU Bangli menggelar rapat kerja, Senin, 9 /10/17 bertempat di aula KPU Bangli.") == [date(2017, 10, 9)]
    assert dates("Rapat digelar Jumat (3/ 11/ 2023) di ruang rapat.") == [date(2023, 11, 3)]


def test_a_spaced_slash_without_a_weekday_is_no_date():
    assert dates("Hasil akhir pertandingan voli 3 / 2 untuk tim KPU.") == []
    assert dates("Perbandingan kursi 12 / 5 / 2019 tidak berubah.") == []


def test_a_weekday_date_of_an_old_page_without_its_year():
    # a page of 2014 naming only the coming Pilkada 2015: Thursday 2 October fits 2014, not 2025
    assert dates("Kamis (2/10), DPR mengesahkan RUU. Pilkada 2015 akan digelar serentak.") == [date(2014, 10, 2)]


def test_a_yearless_date_on_a_listing_page_takes_the_year_its_neighbours_write():
    from kg.extract.events import extract_event
    from kg.extract.sentences import split
    from kg.sources import read_bytes

    page = ("Berita Terkini\n\n"
            "KPU Kabupaten Bolaang Mongondow Gelar Rapat Pleno Penetapan Calon PPK\n\n"
            "Lolak - KPU Kabupaten Bolaang Mongondow menggelar rapat pleno penetapan calon anggota PPK, "
            "Kamis, 12 Oktober 2017, di aula kantor KPU.\n\n"
            "KPU Bolaang Mongondow Gelar Rapat Kerja dengan Camat\n\n"
            "Lolak - KPU Kabupaten Bolaang Mongondow menggelar rapat kerja dengan para camat se-kabupaten, "
            "Selasa (17/10), membahas rekrutmen PPS.\n")
    arts, _ = read_bytes(page.encode(), "page.txt")
    assert len(arts) == 2 and arts[1].page_years == (2017,)
    ev = extract_event(arts[1], split(arts[1].body))
    assert ev.date == date(2017, 10, 17)  # Tuesday 17 October is 2017 (or 2023: the page says which)


def test_a_part_of_the_day_between_the_weekday_and_the_date_keeps_the_weekday():
    # Friday 6 October is 2017, not 2018 (the page speaks of Pilkada 2018)
    assert dates("Tim bakal calon datang ke kantor KPU, Jumat sore (6/10), membawa berkas dukungan. "
                 "Pilkada 2018 kian dekat.") == [date(2017, 10, 6)]
    assert [d.weekday for d in find_dates("Rapat pleno digelar Selasa malam hari, 14 Mei 2019.")] == [1]


def test_tanggal_between_the_weekday_and_a_numeric_date():
    got = find_dates("KPU Kabupaten Buton menggelar rakor pada Rabu tanggal 3/4 di aula. Pemilu 2019.")
    assert [(d.date, d.weekday) for d in got] == [(date(2019, 4, 3), 2)]


def test_days_listed_before_one_month_start_on_the_first():
    got = find_dates("Bimtek berlangsung pada tanggal 21 dan 22 Agustus 2018 di Hotel Lamaya.")
    assert [(d.date, d.end_date) for d in got] == [(date(2018, 8, 21), date(2018, 8, 22))]
    got = find_dates("Sosialisasi digelar 4, 5 dan 6 Juli 2023 di tiga kecamatan.")
    assert [(d.date, d.end_date) for d in got] == [(date(2023, 7, 4), date(2023, 7, 6))]


def test_a_weekday_range_written_with_s_d_dates_its_first_day():
    got = find_dates("Rakor digelar Sabtu s/d Minggu (9 s/d 10 November 2019) di Baubau.")
    assert [(d.date, d.weekday) for d in got] == [(date(2019, 11, 9), 5)]


def test_an_undated_text_takes_the_articles_date_or_a_day_off_it():
    from kg.extract.events import extract_event
    from kg.extract.sentences import split
    from kg.model import Article

    body = "KPU Kabupaten Wakatobi menggelar rapat koordinasi tahapan kemarin di aula kantor KPU."
    ev = extract_event(Article.make("KPU Wakatobi Gelar Rakor Tahapan", body, "t.txt", date="2019-03-12"), split(body))
    assert ev.date == date(2019, 3, 11) and ev.evidence["date"].text == "kemarin"
    body = "KPU Kabupaten Wakatobi menggelar rapat koordinasi tahapan di aula kantor KPU."
    ev = extract_event(Article.make("KPU Wakatobi Gelar Rakor Tahapan", body, "t.txt", date="2019-03-12"), split(body))
    assert ev.date == date(2019, 3, 12)
    ev = extract_event(Article.make("KPU Wakatobi Gelar Rakor Tahapan", body, "t.txt"), split(body))
    assert ev.date is None


def test_a_weekday_without_its_date_counts_from_the_articles_date():
    from kg.extract.events import extract_event
    from kg.extract.sentences import split
    from kg.model import Article

    def on(body, day="2019-03-13"):  # a Wednesday
        return extract_event(Article.make("KPU Wakatobi Gelar Rakor Tahapan", body, "t.txt", date=day), split(body)).date

    assert on("KPU Kabupaten Wakatobi menggelar rapat koordinasi tahapan pada Senin di aula KPU.") == date(2019, 3, 11)
    assert on("KPU Kabupaten Wakatobi menggelar rapat koordinasi tahapan Jumat depan di aula KPU.") == date(2019, 3, 15)
    # lower-case "minggu" is a week, not Sunday
    assert on("Selama dua minggu KPU Kabupaten Wakatobi menggelar rapat koordinasi tahapan.") == date(2019, 3, 13)


def test_a_written_year_its_weekday_does_not_fall_in_gives_way_to_a_page_year_it_does():
    from kg.extract.dates import weekday_year
    # Thursday 7 March was in 2019, not 2018: a page that speaks of 2019 reads 2019
    dm = find_dates("Rabu, KPU Kabupaten Gowa menggelar bimtek pada Kamis, 7 Maret 2018 di aula.")[0]
    assert weekday_year(dm, [2019]).date == date(2019, 3, 7)
    # a range moves with it: Monday 4 to Wednesday 6 November were in 2019, not 2020
    dm = find_dates("Bimtek berlangsung Senin-Rabu (4-6/11/2020) di Makassar.")[0]
    fixed = weekday_year(dm, [2019, 2020])
    assert (fixed.date, fixed.end_date) == (date(2019, 11, 4), date(2019, 11, 6))
    # no page year fits the weekday: the date stands as written (the weekday may be the slip)
    dm = find_dates("Kunjungan kerja diterima Senin (15/3/2022) di kantor KPU.")[0]
    assert weekday_year(dm, [2022]).date == date(2022, 3, 15)
    # a weekday that fits the written year: nothing to mend
    dm = find_dates("Rapat pleno digelar Selasa (15/3/2022).")[0]
    assert weekday_year(dm, [2021, 2023]).date == date(2022, 3, 15)


def test_a_listing_page_mends_a_slipped_year_from_its_other_articles():
    from kg.extract.events import extract_event
    from kg.extract.sentences import split
    from kg.model import Article
    body = ("Kamis, 7 Maret 2018. KPU Kabupaten Gowa menggelar bimbingan teknis kampanye Pemilu 2019 "
            "di aula kantor. Bimtek diikuti perwakilan partai politik.")
    art = Article.make("KPU Gowa Gelar Bimtek Kampanye", body, "page.txt", page_years=(2019,))
    assert extract_event(art, split(body)).date == date(2019, 3, 7)


def test_a_yearless_date_on_a_dated_page_is_the_day_nearest_the_page_date():
    # "29 Desember" on a page of 3 January 2023: the December just past, not the one ahead
    assert [d.date for d in find_dates("Rapat evaluasi digelar pada 29 Desember di aula.", (2023,),
                                       date(2023, 1, 3))] == [date(2022, 12, 29)]
    # a notice of 20 December 2021 for "5 Januari": the January just ahead
    assert [d.date for d in find_dates("Pendaftaran calon PPK dibuka 5 Januari di kantor KPU.", (2021,),
                                       date(2021, 12, 20))] == [date(2022, 1, 5)]
    # the same day and month in the page's own year stays there
    assert [d.date for d in find_dates("Pleno terbuka digelar (14/6) di aula.", (2019,),
                                       date(2019, 6, 15))] == [date(2019, 6, 14)]
