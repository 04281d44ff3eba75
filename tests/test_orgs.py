"""Organization recognition, one pattern family at a time, on sentences written
for these tests (other provinces and regencies than the seeds), plus the
satker clusters of ../shared/eval/entities.json."""
import json

import pytest

from kg.extract.orgs import ancestors, canonical_org, find_orgs


def names(text):
    return [m.name for m in find_orgs(text)]


def one(text):
    found = find_orgs(text)
    assert len(found) == 1, [m.written for m in found]
    return found[0]


# ------------------------------------------------------------ KPU and its kin

@pytest.mark.parametrize("written", [
    "KPU Sulsel", "KPU Provinsi Sulsel", "KPU Prov. Sulawesi Selatan", "KPU Propinsi Sulawesi Selatan",
    "Komisi Pemilihan Umum Provinsi Sulawesi Selatan", "Komisi Pemilihan Umum (KPU) Provinsi Sulawesi Selatan",
    "KPU Sulawesi Selatan", "KPU Provins Sulawesi Selatan",
])
def test_province_kpu_forms(written):
    m = one(f"Rapat itu dihadiri {written} pada Senin.")
    assert m.written == written
    assert (m.name, m.label, m.level, m.region_code) == ("KPU Provinsi Sulawesi Selatan", "Satker", "province", "73")
    assert m.id == "satker:kpu-provinsi-sulawesi-selatan"
    assert (m.parent, m.parent_id) == ("KPU RI", "satker:kpu-ri")
    assert not m.generic


@pytest.mark.parametrize("written", [
    "KPU RI", "KPU Republik Indonesia", "Komisi Pemilihan Umum Republik Indonesia",
    "Komisi Pemilihan Umum (KPU) RI", "KPU Pusat", "Komisi Pemilihan Umum RI",
])
def test_national_kpu_forms(written):
    m = one(f"Surat dari {written} tiba kemarin")
    assert (m.name, m.level, m.parent) == ("KPU RI", "national", None)


@pytest.mark.parametrize("written,name,code", [
    ("KPU Kab. Sikka", "KPU Kabupaten Sikka", "53.07"),
    ("KPU Kabupaten Sikka", "KPU Kabupaten Sikka", "53.07"),
    ("KPU Sikka", "KPU Kabupaten Sikka", "53.07"),
    ("KPU Kota Kupang", "KPU Kota Kupang", "53.71"),
    ("KPU Kupang", "KPU Kota Kupang", "53.71"),  # the capital
    ("KPU Kabupaten Kupang", "KPU Kabupaten Kupang", "53.01"),
    ("KPU Bogor", "KPU Kabupaten Bogor", "32.01"),  # not a capital: the regency
    ("KPU Kota Bogor", "KPU Kota Bogor", "32.71"),
    ("KPU Kabuparen Gunungkidul", "KPU Kabupaten Gunungkidul", "34.03"),
    ("KPU Gunung Kidul", "KPU Kabupaten Gunungkidul", "34.03"),
    ("KPU Jakarta Timur", "KPU Kota Jakarta Timur", "31.75"),
    ("KPU Kutai Kartanegara", "KPU Kabupaten Kutai Kartanegara", "64.02"),
])
def test_regency_and_city_kpu(written, name, code):
    m = one(f"Ketua {written} membuka acara.")
    assert (m.written, m.name, m.region_code) == (written, name, code)
    assert m.level == ("city" if "Kota " in name else "regency")


def test_regency_parent_is_its_province_and_then_kpu_ri():
    m = one("Anggota KPU Kabupaten Sumba Barat Daya hadir.")
    assert m.parent == "KPU Provinsi Nusa Tenggara Timur"
    assert [a.name for a in ancestors(m)] == ["KPU Provinsi Nusa Tenggara Timur", "KPU RI"]


def test_daerah_khusus_jakarta_old_and_new_names():
    for written in ("KPU DKI Jakarta", "KPU Provinsi DKI Jakarta", "KPU Provinsi Daerah Khusus Ibukota Jakarta",
                    "KPU Daerah Khusus Jakarta", "KPU DKI"):
        assert canonical_org(written).name == "KPU Provinsi Daerah Khusus Jakarta", written


def test_aceh_bodies_are_kip():
    assert canonical_org("KIP Aceh").name == "KIP Aceh"
    assert canonical_org("KPU Aceh").name == "KIP Aceh"
    assert canonical_org("KIP Aceh").parent == "KPU RI"
    m = canonical_org("KIP Kota Banda Aceh")
    assert (m.name, m.body, m.parent) == ("KIP Kota Banda Aceh", "KIP", "KIP Aceh")
    assert canonical_org("KPU Kabupaten Aceh Besar").name == "KIP Kabupaten Aceh Besar"
    # KIP outside Aceh is not an election body
    assert names("Laporan diserahkan ke KIP Jawa Barat") == []


def test_bawaslu_hierarchy():
    m = one("Badan Pengawas Pemilihan Umum (Bawaslu) Kabupaten Klaten berkunjung")
    assert (m.name, m.body, m.parent) == ("Bawaslu Kabupaten Klaten", "Bawaslu", "Bawaslu Provinsi Jawa Tengah")
    assert [a.name for a in ancestors(m)] == ["Bawaslu Provinsi Jawa Tengah", "Bawaslu RI"]
    assert canonical_org("Bawaslu").name == "Bawaslu RI"
    assert canonical_org("Bawaslu Kaltim").name == "Bawaslu Provinsi Kalimantan Timur"


def test_dkpp():
    assert names("Putusan Dewan Kehormatan Penyelenggara Pemilu (DKPP) dibacakan") == ["DKPP"]
    assert names("sidang DKPP di Makassar") == ["DKPP"]


def test_bare_kpu_is_left_out_but_canonical_org_knows_it():
    assert names("Pegawai KPU wajib hadir dan Peraturan KPU Nomor 5 berlaku") == []
    assert canonical_org("KPU").name == "KPU RI"
    assert canonical_org("Komisi Pemilihan Umum").name == "KPU RI"
    assert names("PKPU tentang kampanye dan e-KPU") == []


def test_title_words_after_the_region_are_not_eaten():
    m = one("KPU Sumbar Gelar Rapat Pleno Rekapitulasi")
    assert (m.written, m.name) == ("KPU Sumbar", "KPU Provinsi Sumatera Barat")
    m = one("Ketua KPU Provinsi Sulawesi Tengah Risvirenol membuka")
    assert m.written == "KPU Provinsi Sulawesi Tengah"


# ------------------------------------------------------------ units

def test_secretariat_general_and_bureaus():
    assert [(m.name, m.parent) for m in find_orgs("Setjen KPU RI menggelar rapat")] == [
        ("Sekretariat Jenderal KPU", "KPU RI")]
    for written in ("Sekretariat Jenderal KPU", "Sekretariat Jenderal KPU RI",
                    "Sekretariat Jenderal Komisi Pemilihan Umum", "Setjen KPU"):
        assert canonical_org(written).name == "Sekretariat Jenderal KPU", written
    m = one("Kepala Bagian Mutasi pada Biro Sumber Daya Manusia Sekretariat Jenderal KPU hadir")
    assert (m.name, m.parent, m.level) == ("Biro SDM Sekretariat Jenderal KPU", "Sekretariat Jenderal KPU", "unit")
    assert [a.name for a in ancestors(m)] == ["Sekretariat Jenderal KPU", "KPU RI"]
    m = one("paparan Biro Perencanaan dan Organisasi KPU tentang anggaran")
    assert m.name == "Biro Perencanaan dan Organisasi Sekretariat Jenderal KPU"


def test_inspectorate_and_data_centre():
    assert names("auditor Inspektorat Utama KPU RI") == ["Inspektorat Utama KPU"]
    m = one("Inspektur pada Inspektorat Wilayah III KPU")
    assert (m.name, m.parent) == ("Inspektorat Wilayah III KPU", "Inspektorat Utama KPU")
    assert names("tim Pusdatin KPU RI") == ["Pusat Data dan Informasi KPU"]


def test_regional_secretariat():
    m = one("pegawai di lingkungan Sekretariat KPU Provinsi Maluku Utara")
    assert (m.name, m.parent, m.level, m.region_code) == (
        "Sekretariat KPU Provinsi Maluku Utara", "KPU Provinsi Maluku Utara", "unit", "82")
    assert canonical_org("Sekretariat KIP Aceh").name == "Sekretariat KIP Aceh"


# ------------------------------------------------------------ collectives

@pytest.mark.parametrize("written,name", [
    ("KPU kabupaten/kota se-Sulawesi Tenggara", "KPU Kabupaten/Kota se-Sulawesi Tenggara"),
    ("KPU Kabupaten/Kota se - Sultra", "KPU Kabupaten/Kota se-Sulawesi Tenggara"),
    ("KPU Kab/Kota se-Provinsi Sulawesi Tenggara", "KPU Kabupaten/Kota se-Sulawesi Tenggara"),
    ("KPU se-Sultra", "KPU Kabupaten/Kota se-Sulawesi Tenggara"),
    ("KPU Kabupaten/Kota di Sulawesi Tenggara", "KPU Kabupaten/Kota se-Sulawesi Tenggara"),
    ("KPU provinsi se-Indonesia", "KPU Provinsi se-Indonesia"),
    ("KPU Kabupaten/Kota seluruh Indonesia", "KPU Kabupaten/Kota se-Indonesia"),
    ("KPU Provinsi dan Kabupaten/Kota se-Indonesia", "KPU Provinsi dan Kabupaten/Kota se-Indonesia"),
    ("KPU/KIP Kabupaten/Kota", "KPU Kabupaten/Kota"),
])
def test_collectives_are_generic(written, name):
    m = one(f"Rakor diikuti {written} secara daring")
    assert (m.written, m.name, m.generic, m.parent) == (written, name, True, None)
    assert m.label == "Satker"


def test_satuan_kerja_is_generic():
    m = one("pengawasan di setiap satuan kerja KPU, baik pusat maupun daerah")
    assert (m.name, m.generic) == ("Satuan Kerja KPU", True)
    m = one("diikuti seluruh satuan kerja KPU provinsi dan kabupaten/kota")
    assert (m.name, m.generic) == ("KPU Provinsi dan Kabupaten/Kota", True)


# ------------------------------------------------------------ other organizations

@pytest.mark.parametrize("written,name,kind", [
    ("Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah (LKPP)", "Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah", "agency"),
    ("LKPP", "Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah", "agency"),
    ("BPKP", "Badan Pengawasan Keuangan dan Pembangunan", "agency"),
    ("Komisi Pemberantasan Korupsi (KPK)", "Komisi Pemberantasan Korupsi", "agency"),
    ("Ombudsman RI", "Ombudsman Republik Indonesia", "agency"),
    ("ANRI", "Arsip Nasional Republik Indonesia", "agency"),
    ("Lembaga Administrasi Negara RI", "Lembaga Administrasi Negara", "agency"),
    ("Mahkamah Konstitusi (MK)", "Mahkamah Konstitusi", "court"),
    ("Kemendagri", "Kementerian Dalam Negeri", "ministry"),
    ("Kementerian PAN-RB", "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi", "ministry"),
    ("Komdigi", "Kementerian Komunikasi dan Digital", "ministry"),
    ("Polri", "Kepolisian Negara Republik Indonesia", "police"),
    ("Kejaksaan Agung RI", "Kejaksaan Agung", "prosecutor"),
    ("Perludem", "Perkumpulan untuk Pemilu dan Demokrasi", "ngo"),
    ("Partai Gerindra", "Partai Gerakan Indonesia Raya", "party"),
    ("PDI Perjuangan", "Partai Demokrasi Indonesia Perjuangan", "party"),
    ("Kementerian Investasi/BKPM", "Kementerian Investasi/BKPM", "ministry"),
])
def test_lexicon_and_ministries(written, name, kind):
    m = one(f"narasumber dari {written} menjelaskan")
    assert (m.written, m.name, m.kind, m.label) == (written, name, kind, "Organization")
    assert m.id.startswith("org:")


def test_lexicon_tolerates_one_slip_in_a_long_name():
    m = one("bersama International Foundation for Electoral System (IFES) Indonesia")
    assert m.name == "International Foundation for Electoral Systems"
    assert names("dari Bank Indonsia") == []  # two-word names must be exact
    assert names("Komisi Pemberantasan Korupsu") == ["Komisi Pemberantasan Korupsi"]


@pytest.mark.parametrize("written,name,code", [
    ("Pemerintah Provinsi Sulawesi Utara", "Pemerintah Provinsi Sulawesi Utara", "71"),
    ("Pemprov Sulut", "Pemerintah Provinsi Sulawesi Utara", "71"),
    ("Pemkab Sleman", "Pemerintah Kabupaten Sleman", "34.04"),
    ("Pemkot Bitung", "Pemerintah Kota Bitung", "71.72"),
    ("Pemprov DKI Jakarta", "Pemerintah Provinsi Daerah Khusus Jakarta", "31"),
    ("Sekretariat Daerah Provinsi Bali", "Sekretariat Daerah Provinsi Bali", "51"),
    ("DPRD Kabupaten Bantul", "DPRD Kabupaten Bantul", "34.02"),
    ("Dinas Kependudukan dan Pencatatan Sipil Kota Ambon", "Dinas Kependudukan dan Pencatatan Sipil Kota Ambon", "81.71"),
    ("Disdukcapil Kota Ambon", "Dinas Kependudukan dan Pencatatan Sipil Kota Ambon", "81.71"),
    ("Badan Kesatuan Bangsa dan Politik Provinsi Riau", "Badan Kesatuan Bangsa dan Politik Provinsi Riau", "14"),
    ("Komisi Informasi Provinsi Banten", "Komisi Informasi Provinsi Banten", "36"),
    ("KI Banten", "Komisi Informasi Provinsi Banten", "36"),
    ("Polda Sulsel", "Polda Sulawesi Selatan", "73"),
    ("Polres Sikka", "Polres Sikka", "53.07"),
    ("Polrestabes Makassar", "Polrestabes Makassar", "73.71"),
    ("Kejaksaan Negeri Kota Kupang", "Kejaksaan Negeri Kota Kupang", "53.71"),
    ("Kejati NTB", "Kejaksaan Tinggi Nusa Tenggara Barat", "52"),
    ("Pengadilan Negeri Ende", "Pengadilan Negeri Ende", "53.08"),
    ("BPKP Perwakilan Provinsi Papua", "Badan Pengawasan Keuangan dan Pembangunan Perwakilan Provinsi Papua", "91"),
])
def test_regional_organizations(written, name, code):
    m = one(f"bekerja sama dengan {written} dalam kegiatan itu")
    assert (m.written, m.name, m.region_code) == (written, name, code)


def test_government_units_have_their_government_as_parent():
    m = one("Asisten Pemerintahan Setda Kabupaten Sikka hadir")
    assert (m.name, m.parent) == ("Sekretariat Daerah Kabupaten Sikka", "Pemerintah Kabupaten Sikka")
    m = one("arsiparis dari Dinas Arsip dan Perpustakaan Provinsi Jawa Timur")
    assert m.parent == "Pemerintah Provinsi Jawa Timur"


def test_a_kpu_office_is_not_a_regional_office():
    assert names("bertempat di Kantor KPU Provinsi Bali") == ["KPU Provinsi Bali"]


def test_universities_and_faculties():
    m = one("Dosen Fakultas Hukum Universitas Hasanuddin, Andi Rahman, menjelaskan")
    assert (m.name, m.parent, m.kind) == ("Fakultas Hukum Universitas Hasanuddin", "Universitas Hasanuddin", "faculty")
    m = one("peneliti FISIP Unhas")
    assert m.name == "Fakultas Ilmu Sosial dan Ilmu Politik Universitas Hasanuddin"
    m = one("Dekan Fakultas Ilmu Sosial dan Ilmu Politik Universitas Hasanuddin menyampaikan")
    assert m.name == "Fakultas Ilmu Sosial dan Ilmu Politik Universitas Hasanuddin"
    m = one("Departemen Ilmu Pemerintahan FISIP UGM")
    assert m.parent == "Fakultas Ilmu Sosial dan Ilmu Politik Universitas Gadjah Mada"
    # a known university stops before the person's name
    m = one("akademisi Universitas Gadjah Mada Arya Budi berpendapat")
    assert m.written == "Universitas Gadjah Mada"
    # an unknown one ends at its region
    m = one("Rektor Universitas Muhammadiyah Kupang Zainur Wula")
    assert m.name == "Universitas Muhammadiyah Kupang"


def test_party_offices():
    m = one("menerima audiensi Pengurus DPW Partai NasDem Provinsi Sumatera Barat di kantor")
    assert (m.name, m.parent, m.region_code) == (
        "DPW Partai NasDem Provinsi Sumatera Barat", "Partai NasDem", "13")
    m = one("DPC PKB Kabupaten Sikka mendaftar")
    assert m.name == "DPC Partai Kebangkitan Bangsa Kabupaten Sikka"
    assert names("Dewan Pimpinan Pusat Partai Gelora menyerahkan berkas") == [
        "DPP Partai Gelombang Rakyat Indonesia"]


def test_subunits_of_national_agencies():
    m = one("Direktur pada Direktorat Advokasi Pemerintah Daerah LKPP menyampaikan")
    assert (m.name, m.parent) == (
        "Direktorat Advokasi Pemerintah Daerah Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah",
        "Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah")
    assert m.kind == "agency"


def test_military_units():
    assert names("Dandim dari Kodim 1618/TTU hadir") == ["Kodim 1618/TTU"]


def test_several_mentions_in_text_order_with_offsets():
    text = "KPU Jatim bersama Bawaslu Jatim dan Polda Jatim serta KPU se-Jatim."
    found = find_orgs(text)
    assert [m.name for m in found] == ["KPU Provinsi Jawa Timur", "Bawaslu Provinsi Jawa Timur",
                                       "Polda Jawa Timur", "KPU Kabupaten/Kota se-Jawa Timur"]
    for m in found:
        assert text[m.start:m.end] == m.written
    assert found[-1].written == "KPU se-Jatim"


def test_canonical_org_rejects_non_names():
    assert canonical_org("") is None
    assert canonical_org("rapat koordinasi") is None
    assert canonical_org("KPU NTT menggelar rapat") is None


# ------------------------------------------------------------ the eval clusters

def test_entity_clusters_canonicalise_to_one_name(shared):
    clusters = json.loads((shared / "eval" / "entities.json").read_text(encoding="utf-8"))["satkers"]
    assert clusters
    for forms in clusters:
        got = {f: (canonical_org(f).name if canonical_org(f) else None) for f in forms}
        assert None not in got.values(), got
        assert len(set(got.values())) == 1, got
    # and different clusters stay different
    heads = [canonical_org(forms[0]).name for forms in clusters]
    assert len(heads) == len(set(heads))
