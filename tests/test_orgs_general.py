"""Organization and participation rules of issue 13's second round, each tried on
sentences written for the test (other regions, other phrasings than the pages that
showed the gap)."""
import pytest

from kg.extract.orgs import canonical_org, find_orgs
from kg.extract.pipeline import extract_article
from kg.model import Article


def parts(title, body, site=None, **kw):
    fs = extract_article(Article("t1", title, body, "t.txt", site=site, **kw))
    return {(f.subject.name, f.predicate) for f in fs if f.predicate in ("ATTENDED", "ORGANIZED")}


@pytest.mark.parametrize("written, name", [
    ("KPU Kota Tanjung Pinang", "KPU Kota Tanjungpinang"),
    ("KPU Tanjungpinang", "KPU Kota Tanjungpinang"),
    ("Bawaslu Kota Pangkal Pinang", "Bawaslu Kota Pangkalpinang"),
    ("KPU Kota Bau Bau", "KPU Kota Baubau"),
])
def test_a_city_written_apart_or_as_one_word_is_named_as_it_names_itself(written, name):
    assert canonical_org(written).name == name


@pytest.mark.parametrize("place, home", [
    ("Dompu", "KPU Kabupaten Dompu"),
    ("Kotamobagu", "KPU Kota Kotamobagu"),
    ("KPU BANTEN", "KPU Provinsi Banten"),
])
def test_a_page_without_a_site_writes_from_its_datelines_place(place, home):
    # no satker named anywhere: the dateline's place tells whose site reports
    body = (f"{place.upper()} - Ketua Divisi Teknis, Rahmat Hidayat, membuka rapat kerja tahapan pencalonan "
            "bersama panitia di aula kantor, Selasa (3/3/2020).")
    fs = extract_article(Article("t1", "Rapat Kerja Tahapan Pencalonan", body, "t.txt", place=place))
    holds = {f.object.props.get("org") for f in fs if f.predicate == "HOLDS"}
    assert home in holds


def test_a_town_that_is_no_region_names_no_home():
    body = "Tondano - Ketua Divisi Teknis, Rahmat Hidayat, membuka rapat kerja tahapan pencalonan."
    fs = extract_article(Article("t1", "Rapat Kerja Tahapan Pencalonan", body, "t.txt", place="Tondano"))
    assert not [f for f in fs if f.predicate == "HOLDS" and f.object.props.get("org", "").startswith("KPU")]
