"""Post titles of KPU pages: abbreviations, acting markers, single-holder posts.

Lower-case keys. Extraction prints a post with its abbreviations expanded
(kg/lang/posts.py takes them from here); kg/resolve/roles.py also folds the
titles in SAME_POST, to give one Role node per post however it is printed
(`Kadiv Hukum` = `Ketua Divisi Hukum`, `Komisioner` = `Anggota`).
"""

# Title abbreviations, one token -> its expansion (first token of a post title).
TITLE_ABBREVIATIONS = {
    "kadiv": "Ketua Divisi",
    "kasubag": "Kepala Subbagian",
    "kasubbag": "Kepala Subbagian",
    "kasubbagian": "Kepala Subbagian",
    "kabag": "Kepala Bagian",
    "kabiro": "Kepala Biro",
    "karo": "Kepala Biro",
    "kasubdit": "Kepala Subdirektorat",
    "kadis": "Kepala Dinas",
    "kaban": "Kepala Badan",
    "kasi": "Kepala Seksi",
    "kasie": "Kepala Seksi",
    "sekjen": "Sekretaris Jenderal",
    "wasekjen": "Wakil Sekretaris Jenderal",
    "irtama": "Inspektur Utama",
    "kapusdatin": "Kepala Pusat Data dan Informasi",
    "kapus": "Kepala Pusat",
    "dirjen": "Direktur Jenderal",
    "sekda": "Sekretaris Daerah",
    "kakan": "Kepala Kantor",
    "kakankemenag": "Kepala Kantor",
    "kalaksa": "Kepala Pelaksana",
    "kalak": "Kepala Pelaksana",
}

# Multi-word spellings folded to one title before anything else.
TITLE_PHRASES = {
    "kepala sub bagian": "Kepala Subbagian",
    "kepala sub bag": "Kepala Subbagian",
    "kepala sub-bagian": "Kepala Subbagian",
    "kepala sub direktorat": "Kepala Subdirektorat",
    "kasub bag": "Kepala Subbagian",
    "ketua div": "Ketua Divisi",
}

# Titles that name the same post as another: folded only to decide identity
# (the printed title stays the node's name). The commissioner who leads a
# division is its Ketua Divisi; pages also print "Kepala Divisi" or
# "Koordinator Divisi" for that post; a "Komisioner" is an "Anggota".
SAME_POST = {
    "kepala divisi": "Ketua Divisi",
    "koordinator divisi": "Ketua Divisi",
    "komisioner": "Anggota",
    # the council secretary's short title (kept as printed: its office is placed by the
    # head's own scope, posts.REGION_HEAD_SCOPE)
    "sekwan": "Sekretaris Dewan",
}

# A commissioner is printed "Anggota KPU RI Divisi Hukum" by one page and "Ketua
# Divisi Hukum KPU RI" by another: for one person in one organization the first
# title is a form of the second (post keys, slugged). Kept apart from SAME_POST:
# on its own an "Anggota Divisi" may be a member of the division, not its head.
DIVISION_MEMBER_TITLE = ("anggota-divisi-", "ketua-divisi-")

# Acting markers in front of a title: (printed token, canonical prefix).
ACTING_PREFIXES = {
    "plt": "Plt.",
    "plt.": "Plt.",
    "pelaksana tugas": "Plt.",
    "plh": "Plh.",
    "plh.": "Plh.",
    "pelaksana harian": "Plh.",
    "pj": "Pj.",
    "pj.": "Pj.",
    "pjs": "Pjs.",
    "pjs.": "Pjs.",
    "pejabat sementara": "Pjs.",
    "penjabat": "Pj.",
}

# Division-name abbreviations, folded only to decide that two printed posts are one
# (the node keeps the fullest printed form as its name).
DIVISION_ABBREVIATIONS = {
    "parmas": "partisipasi masyarakat",
    "sdm": "sumber daya manusia",
    "datin": "data dan informasi",
    "sosdiklih": "sosialisasi pendidikan pemilih",
    "sosparmas": "sosialisasi pendidikan pemilih dan partisipasi masyarakat",
    "parhumas": "partisipasi dan hubungan masyarakat",
    "humas": "hubungan masyarakat",
    "kul": "keuangan umum dan logistik",
    "hukwas": "hukum dan pengawasan",
    "renlog": "perencanaan dan logistik",
    "tekpen": "teknis penyelenggaraan",
    "pusdatin": "pusat data dan informasi",
    "rendatin": "perencanaan data dan informasi",
    "tekmas": "teknis dan hubungan masyarakat",
    "tekhupmas": "teknis dan hubungan masyarakat",
}

# Divisions of a KPU commission printed by a short name -> the full name of the
# division (key words, abbreviations expanded), folded only to decide identity:
# the provincial and regency commissions' "Divisi Parmas dan SDM" is their
# "Divisi Sosialisasi, Pendidikan Pemilih, Partisipasi Masyarakat dan SDM".
DIVISION_SHORT_NAMES = {
    "partisipasi masyarakat sumber daya manusia":
        "sosialisasi pendidikan pemilih partisipasi masyarakat sumber daya manusia",
}

# Posts only one person holds at a time (the title without its unit decides: a
# "Kepala Bagian Keuangan" is single, "Anggota" is not).
SINGLE_HOLDER_TITLES = {
    "ketua", "wakil ketua", "sekretaris", "sekretaris jenderal", "wakil sekretaris jenderal",
    "inspektur utama", "inspektur", "inspektur wilayah", "kepala biro", "kepala bagian",
    "kepala subbagian", "kepala pusat", "kepala pusat data dan informasi", "ketua divisi",
    "deputi", "direktur", "direktur jenderal", "kepala subdirektorat", "kepala dinas",
    "kepala seksi", "rektor", "dekan", "kepala", "sekretaris daerah", "gubernur", "bupati",
    "wali kota", "walikota",
}

# Words that start the unit part of a title ("Kepala Bagian | Keuangan ...").
UNIT_WORDS = {"divisi", "bagian", "subbagian", "biro", "pusat", "direktorat", "subdirektorat",
              "bidang", "seksi", "dinas", "departemen", "fakultas", "wilayah"}
