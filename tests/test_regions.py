"""The region gazetteer: complete, coded, and read the way news writers name places."""
import csv
import re

import pytest

from kg.lang import regions as R


def test_counts_are_the_2023_set():
    levels = [r.level for r in R.regions()]
    assert levels.count("province") == 38
    assert levels.count("regency") + levels.count("city") == 514


def test_codes_are_unique_and_nest():
    codes = [r.code for r in R.regions()]
    assert len(codes) == len(set(codes))
    for r in R.regions():
        if r.level == "province":
            assert re.fullmatch(r"\d\d", r.code)
        else:
            assert re.fullmatch(r"\d\d\.\d\d", r.code)
            assert r.code.startswith(r.province_code + ".")
            assert r.province.level == "province"


@pytest.mark.parametrize("code,name", [
    ("53", "Nusa Tenggara Timur"), ("33.74", "Semarang"), ("93", "Papua Selatan"),
    ("94", "Papua Tengah"), ("95", "Papua Pegunungan"), ("96", "Papua Barat Daya"),
    ("31", "Daerah Khusus Jakarta"), ("34", "Daerah Istimewa Yogyakarta"),
    ("19", "Kepulauan Bangka Belitung"), ("65", "Kalimantan Utara"),
])
def test_official_names_by_code(code, name):
    assert R.by_code()[code].name == name


@pytest.mark.parametrize("written,code", [
    ("NTT", "53"), ("NTB", "52"), ("Jateng", "33"), ("Jatim", "35"), ("Jabar", "32"),
    ("DKI", "31"), ("DKI Jakarta", "31"), ("Daerah Khusus Ibukota Jakarta", "31"),
    ("Provinsi Daerah Khusus Jakarta", "31"), ("DIY", "34"), ("Kaltim", "64"), ("Kalbar", "61"),
    ("Kalsel", "63"), ("Kalteng", "62"), ("Kaltara", "65"), ("Sulsel", "73"), ("Sulut", "71"),
    ("Sulteng", "72"), ("Sultra", "74"), ("Sulbar", "76"), ("Sumut", "12"), ("Sumbar", "13"),
    ("Sumsel", "16"), ("Babel", "19"), ("Bangka Belitung", "19"), ("Kepri", "21"),
    ("Kep. Riau", "21"), ("Malut", "82"), ("Pabar", "92"), ("Papua Barat", "92"),
    ("Sumatra Barat", "13"), ("Prov. Bali", "51"),
])
def test_province_aliases(written, code):
    assert R.lookup(written).code == code


@pytest.mark.parametrize("written,code", [
    ("Kabupaten Sikka", "53.07"), ("Kab. Sikka", "53.07"), ("Kota Kupang", "53.71"),
    ("Gunung Kidul", "34.03"), ("Gunungkidul", "34.03"), ("Kulonprogo", "34.01"),
    ("Tojo Una-Una", "72.09"), ("Tapteng", "12.01"), ("Kukar", "64.02"), ("Jaksel", "31.74"),
    ("Jakarta Selatan", "31.74"), ("Kota Jakarta Selatan", "31.74"),
    ("Kota Administrasi Jakarta Selatan", "31.74"), ("Kepulauan Seribu", "31.01"),
    ("Palangka Raya", "62.71"), ("Baubau", "74.72"),
])
def test_regency_and_city_forms(written, code):
    assert R.lookup(written).code == code


@pytest.mark.parametrize("written,code", [
    # a province wins over its capital and the regency of the same name
    ("Gorontalo", "75"), ("Jambi", "15"), ("Bengkulu", "17"),
    # a capital city wins over the regency of the same name
    ("Semarang", "33.74"), ("Kupang", "53.71"), ("Jayapura", "91.71"), ("Serang", "36.73"),
    # otherwise the regency wins over the city
    ("Bogor", "32.01"), ("Malang", "35.07"), ("Bekasi", "32.16"), ("Tegal", "33.28"),
    # the stated kind decides
    ("Kota Bogor", "32.71"), ("Kabupaten Semarang", "33.22"), ("Kabupaten Gorontalo", "75.01"),
])
def test_ambiguous_names(written, code):
    assert R.lookup(written).code == code


def test_match_in_running_text_takes_the_longest_name():
    text = "KPU Provinsi Daerah Khusus Jakarta Jakarta menggelar rapat"
    region, end = R.match(text, len("KPU Provinsi "), "province")
    assert region.code == "31"
    assert text[:end].endswith("Daerah Khusus Jakarta")
    text = "KPU Kabupaten Timor Tengah Selatan."
    region, end = R.match(text, len("KPU Kabupaten "), "regency")
    assert (region.code, text[end]) == ("53.02", ".")


def test_match_needs_a_capitalised_name():
    assert R.match("rapat kota bogor", 6) is None
    assert R.match("KPU Kota Bogor", 4)[0].code == "32.71"  # the kind word is part of a name
    assert R.match("Ketua Hasyim", 6) is None


def test_data_file_names_its_source():
    head = R.DATA.read_text(encoding="utf-8").splitlines()[:6]
    assert any("idn-area-data" in line and "4.0.1" in line for line in head)
    assert any("ODbL" in line for line in head)
    rows = list(csv.DictReader(line for line in R.DATA.open(encoding="utf-8") if not line.startswith("#")))
    assert len(rows) == 552
