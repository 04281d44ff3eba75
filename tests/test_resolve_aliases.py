"""The forms a reader types, as node aliases (kg/resolve/aliases.py): gazetteer
short forms of satkers, lexicon forms of organizations, spellings of initials,
short forms of event names, the vocabulary's labels of topics and its hierarchy."""
from test_resolve_kit import article, event, fact, holds, person, satker

from kg.model import Entity
from kg.resolve import resolve
from kg.resolve.aliases import event_forms, organization_forms, person_forms, satker_forms, topic_forms


def test_satker_short_forms_come_from_the_gazetteer():
    ntt = satker_forms("KPU Provinsi Nusa Tenggara Timur", "province", "53", "KPU")
    assert {"KPU NTT", "KPU Provinsi NTT", "KPU Nusa Tenggara Timur", "Komisi Pemilihan Umum Provinsi Nusa Tenggara Timur",
            "Komisi Pemilihan Umum (KPU) Provinsi Nusa Tenggara Timur"} <= set(ntt)
    dki = satker_forms("KPU Provinsi Daerah Khusus Jakarta", "province", "31", "KPU")
    assert {"KPU DKI Jakarta", "KPU Provinsi DKI Jakarta", "KPU Jakarta",
            "KPU Provinsi Daerah Khusus Ibukota Jakarta"} <= set(dki)
    # a bare name only where it means this region: "KPU Semarang" is the city, not the regency
    assert "KPU Semarang" in satker_forms("KPU Kota Semarang", "city", "33.74", "KPU")
    assert "KPU Semarang" not in satker_forms("KPU Kabupaten Semarang", "regency", "33.22", "KPU")
    assert {"KPU Kab. Tapanuli Tengah", "KPU Tapteng"} <= set(
        satker_forms("KPU Kabupaten Tapanuli Tengah", "regency", "12.01", "KPU"))
    assert {"KPU Republik Indonesia", "Komisi Pemilihan Umum Republik Indonesia", "Komisi Pemilihan Umum (KPU) RI"} <= set(
        satker_forms("KPU RI", "national", None, "KPU"))
    assert "Badan Pengawas Pemilihan Umum (Bawaslu) Kota Semarang" in satker_forms(
        "Bawaslu Kota Semarang", "city", "33.74", "Bawaslu")
    assert {"Setjen KPU", "Sekretariat Jenderal KPU RI"} <= set(satker_forms("Sekretariat Jenderal KPU", "unit", None, "KPU"))
    assert "Biro Sumber Daya Manusia Setjen KPU" in satker_forms("Biro SDM Sekretariat Jenderal KPU", "unit", None, "KPU")
    assert satker_forms("KPU Kabupaten/Kota se-Jawa Tengah", "group", "33", "KPU") == []


def test_organizations_get_their_canonical_name_and_abbreviations():
    assert set(organization_forms("BPKP", "Badan Pengawasan Keuangan dan Pembangunan")) == {
        "Badan Pengawasan Keuangan dan Pembangunan", "BPKP", "Badan Pengawasan Keuangan dan Pembangunan (BPKP)"}
    assert "PSI" in organization_forms("Partai Solidaritas Indonesia", None)
    # an abbreviation printed alone, its long name from extraction: both, and the long one with it in brackets
    assert "Universitas Tanjungpura (Untan)" in organization_forms("Untan", "Universitas Tanjungpura", "Untan")


def test_an_office_of_a_region_by_every_name_of_its_region():
    # police of a city printed with its kind word: also without it, where the bare name means that city
    forms = organization_forms("Polrestabes Kota Makassar", None, None, "city", "73.71")
    assert "Polrestabes Makassar" in forms
    assert "Kepolisian Resor Kota Besar Makassar" in forms
    # a regional government: the long head and its short form, which holds the kind word
    forms = organization_forms("Pemerintah Kabupaten Sikka", None, None, "regency", "53.07")
    assert {"Pemkab Sikka", "Pemerintah Kab. Sikka"} <= set(forms)
    assert not any(f.startswith(("Pemkab Kabupaten", "Pemkab Kab.")) for f in forms)
    assert "Pemprov Sulawesi Tengah" in organization_forms("Pemerintah Provinsi Sulawesi Tengah", None, None, "province", "72")
    # a chapter written with its abbreviation in brackets: the abbreviation alone, and the region's short name
    forms = organization_forms("Himpunan Wanita Disabilitas Indonesia Kabupaten Sikka", None,
                               "Himpunan Wanita Disabilitas Indonesia (HWDI) Kabupaten Sikka", "regency", "53.07")
    assert {"HWDI Kabupaten Sikka", "HWDI Sikka"} <= set(forms)
    # a regional office by its abbreviation, and a province by its gazetteer short name
    forms = organization_forms("Dinas Kependudukan dan Pencatatan Sipil Provinsi Sulawesi Tengah", None, None,
                               "province", "72")
    assert {"Disdukcapil Provinsi Sulawesi Tengah", "Disdukcapil Sulteng",
            "Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil) Provinsi Sulawesi Tengah"} <= set(forms)


def test_region_forms_need_the_organizations_own_region():
    # no region code, or a name that does not end with its region: nothing made up
    assert organization_forms("Kodim 1603/Sikka", None, None, None, None) == []
    assert not any("Manggarai" in f for f in organization_forms("Polres Sikka", None, None, "regency", "53.10"))
    # a bare name that means another region is not used ("Bandung" alone is the city, not the regency)
    forms = organization_forms("Polresta Kabupaten Bandung", None, None, "regency", "32.04")
    assert "Polresta Bandung" not in forms


def test_initials_spaced_and_undotted():
    assert person_forms("M.Samsul Kadir") == ["M. Samsul Kadir", "M Samsul Kadir"]
    assert person_forms("Andrew S.N. Kette") == ["Andrew S. N. Kette", "Andrew SN Kette"]
    assert person_forms("Peiter G. Nappoe") == ["Peiter G Nappoe"]
    assert person_forms("Reni Rinjani") == [] and person_forms("Moch. Afifuddin") == []


def test_event_short_forms():
    assert event_forms("Rapat Koordinasi Pengawasan") == ["Rakor Pengawasan"]
    assert set(event_forms("Forum Group Discussion (FGD)")) == {"Forum Group Discussion", "FGD"}
    assert set(event_forms("Peningkatan Kapasitas Sumber Daya Manusia (SDM)")) == {
        "Peningkatan Kapasitas Sumber Daya Manusia", "Peningkatan Kapasitas SDM"}
    assert "Kunjungan Bawaslu Kota Semarang" in event_forms("Kunjungan Badan Pengawas Pemilihan Umum (Bawaslu) Kota Semarang")
    assert "Bimtek Peningkatan Kapasitas Pengelolaan JDIH" in event_forms(
        "Bimbingan Teknis Peningkatan Kapasitas Pengelolaan Jaringan Dokumentasi dan Informasi Hukum (JDIH)")
    assert event_forms("Apel Pagi") == []


def test_topic_labels_from_the_vocabulary():
    assert {"AI", "Artificial Intelligence"} <= set(topic_forms("topic:kecerdasan-buatan"))
    assert topic_forms("topic:no-such-topic") == []


def test_resolved_nodes_carry_the_forms():
    a = article("KPU NTT Ikuti Rakor", date="2025-10-20")
    e = event(a, "Rapat Koordinasi Pengawasan", "rakor", "2025-10-20", aliases=["Rapat Koordinasi Pengawasan KPU RI"])
    t = Entity("Topic", "topic:spip", "Sistem Pengendalian Intern Pemerintah", {"label_en": "Government Internal Control"})
    g = resolve([a], [fact(a, satker("KPU Provinsi Nusa Tenggara Timur"), "ATTENDED", e), fact(a, e, "ABOUT", t),
                      holds(a, "M.Samsul Kadir", "Plt. Sekretaris", "KPU Provinsi Kalimantan Timur"),
                      fact(a, person("M.Samsul Kadir"), "SPOKE_AT", e)])
    aliases = {k: set(n.props.get("aliases") or []) for k, n in g.nodes.items()}
    assert {"KPU NTT", "KPU Provinsi NTT"} <= aliases[("Satker", "satker:kpu-provinsi-nusa-tenggara-timur")]
    assert {"M. Samsul Kadir", "M.Samsul Kadir"} <= aliases[("Person", "person:m-samsul-kadir")]
    ev = next(v for k, v in aliases.items() if k[0] == "Event")
    assert {"Rakor Pengawasan", "Rapat Koordinasi Pengawasan KPU RI", "Rakor Pengawasan KPU RI"} <= ev
    assert "SPIP" in aliases[("Topic", "topic:spip")]
    broader = {(e.src[1], e.dst[1]) for e in g.edges if e.type == "BROADER"}
    assert ("topic:spip", "topic:pengawasan-internal") in broader and ("topic:pengawasan-internal", "topic:tata-kelola") in broader


def test_a_body_without_a_long_name_still_gets_its_regions_names():
    # "Panwas" has no long name of its own (it is Panwaslu's and Panwaslih's too), but its region has several
    assert {"Panwas Sikka", "Panwas Kab. Sikka"} <= set(satker_forms("Panwas Kabupaten Sikka", "regency", "53.07", "Panwas"))
    assert not any(f.startswith("Panitia") for f in satker_forms("Panwas Kabupaten Sikka", "regency", "53.07", "Panwas"))


def test_a_name_printed_with_its_abbreviation_in_brackets_is_both():
    forms = organization_forms("Perkumpulan Pemilih Muda Nusantara", None, "Perkumpulan Pemilih Muda Nusantara (PPMN)")
    assert {"Perkumpulan Pemilih Muda Nusantara", "PPMN"} <= set(forms)
    # the brackets abbreviate the parent named last, not the unit: no form for the unit by the parent's name
    forms = organization_forms("Pusat Studi Pemilu Universitas Nusa Cendana", None,
                               "Pusat Studi Pemilu Universitas Nusa Cendana (Undana)")
    assert "Undana" not in forms
