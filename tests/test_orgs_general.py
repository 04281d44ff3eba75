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
