"""Page shapes of KPU listing pages that recur across sites and years (issue 13):
dateline forms, page furniture between teasers, credit and caption lines, header
lines. The lines are written for these tests, in the pages' style, with other
names and regions than the held-out sets."""
import pytest

from kg.sources.dateline import parse_dateline
from kg.sources.text import read_text


@pytest.mark.parametrize("body,place,site,office,date", [
    ("Bima,- KPU Kabupaten Bima menetapkan", "Bima", None, None, None),  # comma run into the dash
    ("JAMBI (KPU) – Pada Rabu sore", "Jambi", None, "KPU", None),  # the office in parentheses
    ("KPU JAMBI - Ketua KPU Provinsi Jambi", None, None, "KPU JAMBI", None),  # the office, no place
    ("Praya, KPU Kab.Loteng – Komisioner", "Praya", None, "KPU Kab.Loteng", None),
    ("Kefamenanu, KPU Kab. TTU - Bertempat di", "Kefamenanu", None, "KPU Kab. TTU", None),
    ("Malang,kpu.go.id-Hari kedua pendaftaran", "Malang", "kpu.go.id", None, None),  # no spaces
    ("sulteng.kpu.go.id - Palu, Komisi Pemilihan", "Palu", "sulteng.kpu.go.id", None, None),  # site, then place
    ("sulteng.kpu.go.id - Berikut disampaikan", None, "sulteng.kpu.go.id", None, None),
    ("kab-bangka.kpu.go.id, KPU Kabupaten Bangka", None, "kab-bangka.kpu.go.id", None, None),
    ("PANGKALPINANG, Komisi Pemilihan Umum", "Pangkalpinang", None, None, None),  # capitals, no dash
    ("Pangkalpinang, Dalam rangka", "Pangkalpinang", None, None, None),  # a region's name, no dash
    ("(Ketapang, Kalimantan Barat 3 Agustus 2020) Pukul 09.00", "Ketapang", None, None, "2020-08-03"),
    ("(Ketapang,4 Agustus 2020). Komisi Pemilihan", "Ketapang", None, None, "2020-08-04"),
])
def test_dateline_forms_of_other_sites(body, place, site, office, date):
    dl = parse_dateline(body)
    assert dl is not None
    assert (dl.place, dl.site, dl.office, dl.date) == (place, site, office, date)
    assert body[dl.end:][0].isupper()


@pytest.mark.parametrize("body", [
    "Sementara, Ketua KPU Kabupaten Bima menyampaikan",  # a sentence's first word and a comma
    "Ketua KPU RI, Hasyim Asy'ari, membuka",
    "Anggota KPU Kota Bima, Rudi Hartono, hadir",
    "Selasa, KPU Kabupaten Bima menggelar rapat",
    "Hari ini, Jumat, tanggal 3 Januari 2025, Komisi",
    "KPU Kabupaten Bima melaksanakan rapat pleno",
])
def test_sentence_openings_are_no_datelines(body):
    assert parse_dateline(body) is None
