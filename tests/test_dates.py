"""Dates as KPU pages write them, with the year fixed from the weekday and the page."""
from datetime import date

import pytest

from kg.extract.dates import find_dates, fix_year, years_in

REF = date(2025, 12, 1)


def one(text, context=(), ref=REF):
    found = find_dates(text, context, ref)
    assert len(found) == 1, found
    d = found[0]
    assert text[d.start:d.end] == d.written  # offsets point at what was read
    return d


@pytest.mark.parametrize("text, day", [
    ("KPU Kota Medan menggelar rapat pleno pada Rabu (6/3) di aula kantor.", date(2024, 3, 6)),
    ("Kegiatan berlangsung Senin, (4/3) secara daring.", date(2024, 3, 4)),
    ("Bimtek dilaksanakan Jumat (1/3) di Mataram.", date(2024, 3, 1)),
])
def test_weekday_and_page_year_fix_a_date_without_year(text, day):
    d = one(text, [2024])
    assert d.date == day and not d.year_given
    assert d.date.weekday() == d.weekday


def test_weekday_picks_the_year_among_the_pages_years():
    # 14 March is a Thursday in 2024 and a Tuesday in 2023
    assert one("Rakor digelar Kamis (14/3).", [2023, 2024]).date == date(2024, 3, 14)
    assert one("Rakor digelar Selasa (14/3).", [2023, 2024]).date == date(2023, 3, 14)


def test_weekday_that_fits_no_page_year_takes_the_nearest_year_that_fits():
    # a page that only names "tahun 2024" (an award), written in 2025: 21 Aug is a Thursday in 2025
    assert one("Kegiatan digelar pada Kamis (21/8).", [2024]).date == date(2025, 8, 21)


def test_without_weekday_the_latest_page_year_not_after_ref():
    assert one("Rapat (14/3) membahas Pemilu.", [2019, 2024], ref=date(2024, 6, 1)).date == date(2024, 3, 14)
    # a page of 31 December 2023 that names 2024: the March just ahead, not one five years back
    assert one("Rapat (14/3) membahas Pemilu.", [2019, 2024], ref=date(2023, 12, 31)).date == date(2024, 3, 14)
    # a page of 2025 that names only 2024 keeps its yearless days in 2024
    assert one("Apel (7/6) digelar.", [2024], ref=date(2025, 12, 1)).date == date(2024, 6, 7)
    # when it names no year around its date: the day nearest to the date
    assert one("Rapat (20/12) membahas Pemilu.", [2019], ref=date(2024, 1, 3)).date == date(2023, 12, 20)


def test_context_years_default_to_the_text():
    d = find_dates("Pada Senin (10/11), KPU membahas persiapan Pemilu 2029 dan evaluasi 2025.", ref=REF)[0]
    assert d.date == date(2025, 11, 10)  # 2029-11-10 is not a Monday, nor after ref


@pytest.mark.parametrize("text, day, end", [
    ("Sosialisasi digelar Jumat (9/2/2024) di Palu.", date(2024, 2, 9), None),
    ("Kegiatan ditutup (Rabu/7/2/2024).", date(2024, 2, 7), None),
    ("Bimtek JDIH, Senin, 5/2/24. Acara dihadiri anggota.", date(2024, 2, 5), None),
    ("Rapat pleno (20/4/2019) di Ambon.", date(2019, 4, 20), None),
    ("Pelatihan digelar (20-22/10/2025) di Kendari.", date(2025, 10, 20), date(2025, 10, 22)),
])
def test_numeric_dates_with_year_are_day_first(text, day, end):
    d = one(text)
    assert (d.date, d.end_date) == (day, end) and d.year_given


@pytest.mark.parametrize("text, day, end", [
    ("Upacara digelar Sabtu, 17 Agustus 2024 di lapangan.", date(2024, 8, 17), None),
    ("Bimtek berlangsung tanggal 5 s.d. 7 Maret 2024 di Makassar.", date(2024, 3, 5), date(2024, 3, 7)),
    ("Rakor digelar 28 Februari - 2 Maret 2024 di Bogor.", date(2024, 2, 28), date(2024, 3, 2)),
    ("Orientasi berlangsung 30 Desember 2023 hingga 2 Januari 2024.", date(2023, 12, 30), date(2024, 1, 2)),
    ("Raker pada 12-14 Juni 2023 di Banjarmasin.", date(2023, 6, 12), date(2023, 6, 14)),
    ("Monev dilaksanakan 27 Okt 2025.", date(2025, 10, 27), None),
    ("Pelantikan PPK pada 10 hingga 11 Januari 2023.", date(2023, 1, 10), date(2023, 1, 11)),
])
def test_textual_dates_and_ranges(text, day, end):
    d = one(text)
    assert (d.date, d.end_date) == (day, end) and d.textual


def test_weekday_range_gives_the_first_days_weekday():
    d = one("Bimtek berlangsung Senin-Selasa (4-5/11) di Manado.", [2023, 2024])
    assert (d.date, d.end_date) == (date(2024, 11, 4), date(2024, 11, 5))
    d = one("Raker digelar Rabu s.d. Jumat, 6-8 Maret di Bogor.", [2023, 2024])
    assert (d.date, d.end_date) == (date(2024, 3, 6), date(2024, 3, 8))


def test_textual_date_without_year_uses_weekday():
    d = one("Apel siaga digelar Senin, 12 Februari di halaman kantor.", [2023, 2024])
    assert d.date == date(2024, 2, 12)  # a Monday in 2024, a Sunday in 2023


@pytest.mark.parametrize("text", [
    "Perpres 12/2021 tentang pengadaan.",
    "Keputusan Nomor 8/PL.02-Kpt/03/2023 dan Putusan Nomor 20/PHPU.BUP-XXIII/2025.",
    "Perolehan suara 3/4 dari total.",
    "PKPU Nomor 10 Tahun 2023 mengatur pencalonan.",
    "Rasio 12/10 tanpa tanda kurung.",
])
def test_things_that_are_not_dates(text):
    assert find_dates(text, [2024], REF) == []


def test_regulation_years_are_not_page_years():
    assert years_in("Pilkada 2024 menurut UU Nomor 10 Tahun 2016 dan Perpres 46/2025, Tahun 2025") == [2024, 2025]


def test_fix_year_gives_none_for_an_impossible_day():
    assert fix_year(30, 2, None, [2024], REF) is None


def test_dates_come_in_text_order_with_offsets():
    text = "Rapat pada Senin (3/6/2024) lalu dilanjutkan Bimtek 5-6 Juni 2024 dan apel (7/6)."
    found = find_dates(text, [2024], REF)
    assert [d.date for d in found] == [date(2024, 6, 3), date(2024, 6, 5), date(2024, 6, 7)]
    assert all(text[d.start:d.end] == d.written for d in found)
