"""Participation rules added on the real held-out pages (unseen7, unseen9), each tried on
sentences of other regions and phrasings than the pages that showed the gap."""
from kg.extract.pipeline import extract_article
from kg.model import Article


def parts(title, body, site="kab-gowa.kpu.go.id"):
    fs = extract_article(Article("t1", title, body, "t.txt", site=site))
    return {(f.subject.name, f.predicate) for f in fs if f.predicate in ("ATTENDED", "ORGANIZED")}


def test_headline_names_the_event_when_no_event_word_does():
    got = parts("Tim Bakal Calon Mulai Berdatangan ke KPU Gowa",
                "SUNGGUMINASA - Tim bakal calon perseorangan mulai berdatangan ke kantor KPU Kabupaten Gowa. "
                "Mereka diterima Ketua KPU Kabupaten Gowa, Muhammad Faisal.")
    assert ("KPU Kabupaten Gowa", "ATTENDED") in got


def test_no_body_named_gives_no_participation():
    assert parts("Opini: Demokrasi dan Kita",
                 "Demokrasi membutuhkan warga yang peduli. Setiap suara menentukan arah bangsa.", site=None) == set()


def test_bare_kpu_opening_the_report_is_the_site_satker_hosting():
    got = parts("Rapat Umum Kampanye, KPU Siapkan 10 Lapangan",
                "WATAMPONE - Komisi Pemilihan Umum (KPU) telah menyiapkan sepuluh lapangan untuk kampanye "
                "rapat umum peserta Pemilu 2019.", site="kab-bone.kpu.go.id")
    assert ("KPU Kabupaten Bone", "ORGANIZED") in got


def test_bare_kpu_that_attends_hosts_nothing():
    got = parts("KPU Hadiri Rakor Terpadu",
                "WATAMPONE - KPU hadir dalam Rakor Terpadu Persiapan Pemilu yang digelar Pemerintah Kabupaten Bone.",
                site="kab-bone.kpu.go.id")
    assert ("KPU Kabupaten Bone", "ORGANIZED") not in got
