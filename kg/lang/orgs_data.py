"""Language data for organization names in KPU news: the words that open a name,
abbreviations and their expansions, and a lexicon of institutions that have a
fixed name. kg/extract/orgs.py holds the logic; add names here.

Conventions: `(canonical, kind, [aliases])`. An alias written in capitals only
(LKPP, KPK) is matched case-sensitively as one word; every other alias and the
canonical name are matched word by word, ignoring case and punctuation between
words. `kind` is one of KINDS.
"""

KINDS = ("university", "faculty", "ministry", "agency", "police", "prosecutor", "court",
         "party", "government", "legislature", "military", "media", "ngo", "adhoc", "religious",
         "community", "other", "school")

# ------------------------------------------------------------ election bodies

# How each election body is written in full; the short name is the canonical one.
ELECTION_BODIES = {
    "KPU": ["Komisi Pemilihan Umum"],
    "KIP": ["Komisi Independen Pemilihan"],
    "Bawaslu": ["Badan Pengawas Pemilihan Umum", "Badan Pengawas Pemilu"],
    "Panwaslih": ["Panitia Pengawas Pemilihan"],
    # the regency/city oversight committees before Bawaslu had permanent offices there (until 2018)
    "Panwaslu": ["Panitia Pengawas Pemilihan Umum", "Panitia Pengawas Pemilu"],
    "Panwas": [],
    "DKPP": ["Dewan Kehormatan Penyelenggara Pemilihan Umum", "Dewan Kehormatan Penyelenggara Pemilu"],
}

# Words that make a body the national one: "KPU RI", "KPU Republik Indonesia", "KPU Pusat".
NATIONAL_WORDS = ["RI", "Republik Indonesia", "Pusat"]

# Kind words before a region, with the slips the pages contain.
PROVINCE_WORDS = ["Provinsi", "Propinsi", "Provins", "Prov.", "Prov"]
REGENCY_WORDS = ["Kabupaten", "Kabuparen", "Kabupatan", "Kab.", "Kab"]
CITY_WORDS = ["Kota"]

# Words before a body that make the mention a collective, not one satker.
COLLECTIVE_PREFIXES = ["Satuan Kerja", "Satker"]

# Units of KPU RI's secretariat general, as written -> canonical unit name.
SECRETARIAT_GENERAL = ["Sekretariat Jenderal", "Setjen", "Sekjen"]
INSPECTORATE = "Inspektorat Utama"
DATA_CENTRE = ["Pusat Data dan Informasi", "Pusdatin"]

# Long phrases inside unit names and their short forms; canonical unit names use
# the short form ("Biro SDM", "Biro Keuangan dan BMN").
UNIT_ABBREVIATIONS = {
    "Sumber Daya Manusia": "SDM",
    "Barang Milik Negara": "BMN",
    "Hubungan Masyarakat": "Humas",
    "Teknologi Informasi": "TI",
}

# ------------------------------------------------------------ other organizations

# Heads of regional government names: written word -> (canonical head, level the
# region must have, or None for the level the text states).
GOVERNMENT_HEADS = {
    "Pemerintah": ("Pemerintah", None),
    "Pemda": ("Pemerintah", None),
    "Pemerintah Daerah": ("Pemerintah", None),  # "Pemerintah Daerah (Pemda) Kabupaten Sleman"
    "Pemprov": ("Pemerintah", "province"),
    "Pemkab": ("Pemerintah", "regency"),
    "Pemkot": ("Pemerintah", "city"),
    "Sekretariat Daerah": ("Sekretariat Daerah", None),
    "Setda": ("Sekretariat Daerah", None),
    "DPRD": ("DPRD", None),
    "Dewan Perwakilan Rakyat Daerah": ("DPRD", None),
    "Bappeda": ("Badan Perencanaan Pembangunan Daerah", None),
    "Bapperida": ("Badan Perencanaan Pembangunan, Riset, dan Inovasi Daerah", None),
    "Bakesbangpol": ("Badan Kesatuan Bangsa dan Politik", None),
    "Kesbangpol": ("Badan Kesatuan Bangsa dan Politik", None),
    # (its older name, with civil protection, in many regencies until about 2017)
    "Kesbangpolinmas": ("Badan Kesatuan Bangsa, Politik dan Perlindungan Masyarakat", None),
    "Bapenda": ("Badan Pendapatan Daerah", None),
    "KPID": ("Komisi Penyiaran Indonesia Daerah", "province"),
    "Komisi Penyiaran Indonesia Daerah": ("Komisi Penyiaran Indonesia Daerah", "province"),
    "Kesbangpollinmas": ("Badan Kesatuan Bangsa, Politik dan Perlindungan Masyarakat", None),
    "Bakesbangpolinmas": ("Badan Kesatuan Bangsa, Politik dan Perlindungan Masyarakat", None),
    "BPBD": ("Badan Penanggulangan Bencana Daerah", None),
    "BKD": ("Badan Kepegawaian Daerah", None),
    "BKPSDM": ("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", None),
    "Disdukcapil": ("Dinas Kependudukan dan Pencatatan Sipil", None),
    "Dukcapil": ("Dinas Kependudukan dan Pencatatan Sipil", None),
    "Diskominfo": ("Dinas Komunikasi dan Informatika", None),
    "Dinkominfo": ("Dinas Komunikasi dan Informatika", None),
    "Dinarpus": ("Dinas Kearsipan dan Perpustakaan", None),
    "Dinkes": ("Dinas Kesehatan", None),
    "Dinsos": ("Dinas Sosial", None),
    "Disdik": ("Dinas Pendidikan", None),
    "Dispusip": ("Dinas Perpustakaan dan Kearsipan", None),
    "Satpol PP": ("Satuan Polisi Pamong Praja", None),
    "Inspektorat Daerah": ("Inspektorat Daerah", None),
    # the services every regency, city and province has, by the short names its pages use
    # (Permendagri nomenclature since 2016 and the older names still written)
    "Badan Kesbangpol": ("Badan Kesatuan Bangsa dan Politik", None),
    "Dispendukcapil": ("Dinas Kependudukan dan Pencatatan Sipil", None),
    "Disdukcapil": ("Dinas Kependudukan dan Pencatatan Sipil", None),
    "Dishub": ("Dinas Perhubungan", None),
    "Dinas PU": ("Dinas Pekerjaan Umum", None),
    "DPU": ("Dinas Pekerjaan Umum", None),
    "Dinas PUPR": ("Dinas Pekerjaan Umum dan Penataan Ruang", None),
    "DPUPR": ("Dinas Pekerjaan Umum dan Penataan Ruang", None),
    "Disperkim": ("Dinas Perumahan dan Kawasan Permukiman", None),
    "Dinas Perkim": ("Dinas Perumahan dan Kawasan Permukiman", None),
    "Disporapar": ("Dinas Kepemudaan, Olahraga dan Pariwisata", None),
    "Dispora": ("Dinas Pemuda dan Olahraga", None),
    "Dispar": ("Dinas Pariwisata", None),
    "Disparbud": ("Dinas Pariwisata dan Kebudayaan", None),
    "Disbudpar": ("Dinas Kebudayaan dan Pariwisata", None),
    "Disdikbud": ("Dinas Pendidikan dan Kebudayaan", None),
    "Disnaker": ("Dinas Tenaga Kerja", None),
    "Disnakertrans": ("Dinas Tenaga Kerja dan Transmigrasi", None),
    "DLH": ("Dinas Lingkungan Hidup", None),
    "Disperindag": ("Dinas Perindustrian dan Perdagangan", None),
    "Distan": ("Dinas Pertanian", None),
    "DPMPTSP": ("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", None),
    "DPMD": ("Dinas Pemberdayaan Masyarakat dan Desa", None),
    "DPMPD": ("Dinas Pemberdayaan Masyarakat dan Pemerintahan Desa", None),
    "DP3A": ("Dinas Pemberdayaan Perempuan dan Perlindungan Anak", None),
    "BPKAD": ("Badan Pengelolaan Keuangan dan Aset Daerah", None),
    "BKAD": ("Badan Keuangan dan Aset Daerah", None),
    "Inspektorat": ("Inspektorat", None),
}
# Which canonical head is which kind (the rest are "government").
LEGISLATURE_HEADS = {"DPRD"}

# Words that open a regional office's own name, which then runs up to the region:
# "Dinas Arsip dan Perpustakaan Provinsi Jawa Tengah".
REGIONAL_OFFICE_WORDS = ["Dinas", "Badan", "Kantor", "Biro", "Bagian", "RSUD", "Kanwil"]

# Police and prosecutors with a region: written -> canonical head.
# Units of a police command, named with it: "Satbrimob Polda NTB", "Satlantas Polres Gowa",
# "Ditlantas Polda Jambi"; written -> canonical.
POLICE_UNITS = {
    "Satbrimob": "Satbrimob", "Sat Brimob": "Satbrimob", "Satuan Brimob": "Satbrimob", "Brimob": "Brimob",
    "Satuan Brigade Mobil": "Satbrimob", "Satlantas": "Satlantas", "Sat Lantas": "Satlantas",
    "Ditlantas": "Ditlantas", "Satintelkam": "Satintelkam", "Sat Intelkam": "Satintelkam",
    "Ditintelkam": "Ditintelkam", "Satsamapta": "Satsamapta", "Sat Samapta": "Satsamapta",
    "Satsabhara": "Satsabhara", "Sat Sabhara": "Satsabhara", "Ditsamapta": "Ditsamapta",
    "Ditreskrimum": "Ditreskrimum", "Ditreskrimsus": "Ditreskrimsus", "Satreskrim": "Satreskrim",
    "Sat Reskrim": "Satreskrim", "Bidhumas": "Bidhumas", "Biddokkes": "Biddokkes", "Sathumas": "Sathumas",
}
POLICE_HEADS = {
    "Polda": "Polda", "Kepolisian Daerah": "Polda",
    "Polres": "Polres", "Kepolisian Resor": "Polres", "Kepolisian Resort": "Polres",
    "Polresta": "Polresta", "Kepolisian Resor Kota": "Polresta",
    "Polrestabes": "Polrestabes", "Kepolisian Resor Kota Besar": "Polrestabes",
    "Polsek": "Polsek", "Kepolisian Sektor": "Polsek",
    "Satbrimobda": "Satbrimobda",  # a province's Brimob: "Satbrimobda Kepri"
}
# Units of a district (kecamatan), named by it: "Polsek Bintan Timur" is no Polsek of Bintan.
SECTOR_UNITS = ("Polsek",)
# Offices of national agencies in a region: written -> canonical head ("KPKNL Medan").
VERTICAL_OFFICES = {
    "KPKNL": "KPKNL", "Kantor Pelayanan Kekayaan Negara dan Lelang": "KPKNL",
    "KPPN": "KPPN", "Kantor Pelayanan Perbendaharaan Negara": "KPPN",
    "KPP Pratama": "KPP Pratama", "Kantor Pelayanan Pajak Pratama": "KPP Pratama",
    "Kantor Kementerian Agama": "Kantor Kementerian Agama", "Kemenag": "Kantor Kementerian Agama",
}
PROSECUTOR_HEADS = {
    "Kejaksaan Tinggi": "Kejaksaan Tinggi", "Kejati": "Kejaksaan Tinggi",
    "Kejaksaan Negeri": "Kejaksaan Negeri", "Kejari": "Kejaksaan Negeri",
}
COURT_HEADS = {
    "Pengadilan Negeri": "Pengadilan Negeri",
    "Pengadilan Tinggi Agama": "Pengadilan Tinggi Agama",
    "Pengadilan Tinggi": "Pengadilan Tinggi",
    "Pengadilan Agama": "Pengadilan Agama",
    "Pengadilan Tata Usaha Negara": "Pengadilan Tata Usaha Negara", "PTUN": "Pengadilan Tata Usaha Negara",
    "Pengadilan Tindak Pidana Korupsi": "Pengadilan Tindak Pidana Korupsi",
    "Mahkamah Syar'iyah": "Mahkamah Syar'iyah",
}
INFORMATION_COMMISSION = ["Komisi Informasi", "KI"]
# Public broadcasters whose stations are named by their region: "RRI Pekanbaru".
PUBLIC_BROADCASTERS = {
    "RRI": "Lembaga Penyiaran Publik Radio Republik Indonesia",
    "TVRI": "Lembaga Penyiaran Publik Televisi Republik Indonesia",
}
MILITARY_UNITS = ["Kodam", "Korem", "Kodim", "Koramil", "Lanud", "Lanal", "Lantamal"]

# Party offices: written -> canonical, and the region level each office covers.
PARTY_OFFICES = {
    "DPP": ("DPP", None), "Dewan Pimpinan Pusat": ("DPP", None),
    "DPW": ("DPW", "province"), "Dewan Pimpinan Wilayah": ("DPW", "province"),
    "DPD": ("DPD", None), "Dewan Pimpinan Daerah": ("DPD", None),
    "DPC": ("DPC", None), "Dewan Pimpinan Cabang": ("DPC", None),
}

# Words that open a sub-unit of the organization named right after it:
# "Direktorat Advokasi Pemerintah Pusat LKPP", "Departemen Ilmu Politik FISIP UI".
SUBUNIT_WORDS = ["Direktorat Jenderal", "Direktorat", "Ditjen", "Deputi", "Kedeputian",
                 "Departemen", "Jurusan", "Program Studi", "Prodi", "Pusat Studi",
                 "Pusat Kajian", "Laboratorium", "Badan", "Biro", "Pusat", "Inspektorat",
                 "Sekretariat Jenderal", "Sekretariat Utama", "Kantor Wilayah", "Kanwil",
                 "Perwakilan"]

# Higher education: words that open a name, and faculties' short forms.
UNIVERSITY_WORDS = ["Universitas", "Institut", "Sekolah Tinggi", "Politeknik", "Akademi",
                    "Universitas Islam Negeri", "Institut Agama Islam Negeri", "UIN", "IAIN",
                    "STIE", "STIA", "STISIP", "STIH", "STIKOM",
                    # the other colleges' kinds (Islamic, teacher training, health, law, technology)
                    "STAI", "STAIN", "STAIS", "STIT", "STKIP", "STIKES", "STIKes", "STMIK", "STT", "IAI",
                    "Sekolah Tinggi Agama Islam", "Sekolah Tinggi Agama Islam Negeri",
                    "Universitas Terbuka", "Institut Teknologi", "Politeknik Negeri"]
# A campus's own bodies, read with the campus written after them ("LPPM UIN Walisongo",
# "BEM Universitas Jambi") or, standing alone, with the one the sentence names: written -> canonical.
CAMPUS_UNITS = {
    "Lembaga Penelitian dan Pengabdian kepada Masyarakat": "Lembaga Penelitian dan Pengabdian kepada Masyarakat",
    "Lembaga Penelitian dan Pengabdian Kepada Masyarakat": "Lembaga Penelitian dan Pengabdian kepada Masyarakat",
    "Lembaga Penelitian dan Pengabdian Masyarakat": "Lembaga Penelitian dan Pengabdian kepada Masyarakat",
    "LPPM": "Lembaga Penelitian dan Pengabdian kepada Masyarakat",
    "LP2M": "Lembaga Penelitian dan Pengabdian kepada Masyarakat",
    "Badan Eksekutif Mahasiswa": "Badan Eksekutif Mahasiswa", "BEM": "Badan Eksekutif Mahasiswa",
    "Dewan Eksekutif Mahasiswa": "Dewan Eksekutif Mahasiswa", "DEMA": "Dewan Eksekutif Mahasiswa",
    "Senat Mahasiswa": "Senat Mahasiswa",
    "Dewan Perwakilan Mahasiswa": "Dewan Perwakilan Mahasiswa", "DPM": "Dewan Perwakilan Mahasiswa",
    "Pusat Studi Pemilu": "Pusat Studi Pemilu",
}
FACULTIES = {
    "FISIP": "Fakultas Ilmu Sosial dan Ilmu Politik",
    "Fisipol": "Fakultas Ilmu Sosial dan Ilmu Politik",
    "FEB": "Fakultas Ekonomi dan Bisnis",
    "FE": "Fakultas Ekonomi",
    "FIS": "Fakultas Ilmu Sosial",
    "FISH": "Fakultas Ilmu Sosial dan Hukum",
    "FH": "Fakultas Hukum",
    "FIB": "Fakultas Ilmu Budaya",
    "FIA": "Fakultas Ilmu Administrasi",
    "FKIP": "Fakultas Keguruan dan Ilmu Pendidikan",
    "FKM": "Fakultas Kesehatan Masyarakat",
    "FK": "Fakultas Kedokteran",
    "FT": "Fakultas Teknik",
    "FMIPA": "Fakultas Matematika dan Ilmu Pengetahuan Alam",
    "Filkom": "Fakultas Ilmu Komputer",
    "FILKOM": "Fakultas Ilmu Komputer",
    "Fasilkom": "Fakultas Ilmu Komputer",
}

UNIVERSITIES = [
    ("Universitas Indonesia", "university", ["UI"]),
    ("Universitas Gadjah Mada", "university", ["UGM", "Universitas Gajah Mada"]),
    ("Institut Teknologi Bandung", "university", ["ITB"]),
    ("Institut Pertanian Bogor", "university", ["IPB", "IPB University"]),
    ("Institut Teknologi Sepuluh Nopember", "university", ["ITS"]),
    ("Universitas Airlangga", "university", ["Unair"]),
    ("Universitas Diponegoro", "university", ["Undip"]),
    ("Universitas Brawijaya", "university", ["UB"]),
    ("Universitas Padjadjaran", "university", ["Unpad"]),
    ("Universitas Sebelas Maret", "university", ["UNS"]),
    ("Universitas Negeri Semarang", "university", ["Unnes"]),
    ("Universitas Hasanuddin", "university", ["Unhas"]),
    ("Universitas Sumatera Utara", "university", ["USU"]),
    ("Universitas Andalas", "university", ["Unand"]),
    ("Universitas Sriwijaya", "university", ["Unsri"]),
    ("Universitas Lampung", "university", ["Unila"]),
    ("Universitas Nusa Cendana", "university", ["Undana"]),
    ("Universitas Mataram", "university", ["Unram"]),
    ("Universitas Udayana", "university", ["Unud"]),
    ("Universitas Sam Ratulangi", "university", ["Unsrat"]),
    ("Universitas Tadulako", "university", ["Untad"]),
    ("Universitas Halu Oleo", "university", ["UHO"]),
    ("Universitas Mulawarman", "university", ["Unmul"]),
    ("Universitas Tanjungpura", "university", ["Untan"]),
    ("Universitas Lambung Mangkurat", "university", ["ULM"]),
    ("Universitas Palangka Raya", "university", ["UPR"]),
    ("Universitas Cenderawasih", "university", ["Uncen"]),
    ("Universitas Pattimura", "university", ["Unpatti"]),
    ("Universitas Khairun", "university", ["Unkhair"]),
    ("Universitas Negeri Gorontalo", "university", ["UNG"]),
    ("Universitas Syiah Kuala", "university", ["USK", "Unsyiah"]),
    ("Universitas Negeri Jakarta", "university", ["UNJ"]),
    ("Universitas Negeri Yogyakarta", "university", ["UNY"]),
    ("Universitas Pendidikan Indonesia", "university", ["UPI"]),
    ("Universitas Negeri Makassar", "university", ["UNM"]),
    ("Universitas Negeri Surabaya", "university", ["Unesa"]),
    ("Universitas Negeri Malang", "university", []),
    ("Universitas Jenderal Soedirman", "university", ["Unsoed"]),
    ("Universitas Jember", "university", ["Unej"]),
    ("Universitas Riau", "university", ["Unri"]),
    ("Universitas Jambi", "university", ["Unja"]),
    ("Universitas Bengkulu", "university", ["Unib"]),
    ("Universitas Bangka Belitung", "university", ["UBB"]),
    ("Universitas Sultan Ageng Tirtayasa", "university", ["Untirta"]),
    ("Universitas Islam Indonesia", "university", ["UII"]),
    ("Universitas Muhammadiyah Yogyakarta", "university", ["UMY"]),
    ("Universitas Muhammadiyah Surakarta", "university", ["UMS"]),
    ("Universitas Muhammadiyah Malang", "university", ["UMM"]),
    ("Universitas Terbuka", "university", ["UT"]),
    ("Universitas Paramadina", "university", []),
    ("Universitas Trisakti", "university", []),
    ("Universitas Pertahanan", "university", ["Unhan"]),
    ("Institut Pemerintahan Dalam Negeri", "university", ["IPDN"]),
    ("Universitas Islam Negeri Syarif Hidayatullah Jakarta", "university", ["UIN Jakarta", "UIN Syarif Hidayatullah"]),
    ("Universitas Islam Negeri Sunan Kalijaga", "university", ["UIN Sunan Kalijaga"]),
    ("Universitas Islam Negeri Walisongo", "university", ["UIN Walisongo"]),
]

PARTIES = [
    ("Partai Demokrasi Indonesia Perjuangan", "party", ["PDI Perjuangan", "PDI-P", "PDIP", "PDI-Perjuangan"]),
    ("Partai Golongan Karya", "party", ["Partai Golkar", "Golkar"]),
    ("Partai Gerakan Indonesia Raya", "party", ["Partai Gerindra", "Gerindra"]),
    ("Partai NasDem", "party", ["NasDem", "Nasdem", "Partai Nasional Demokrat"]),
    ("Partai Kebangkitan Bangsa", "party", ["PKB"]),
    ("Partai Keadilan Sejahtera", "party", ["PKS"]),
    ("Partai Amanat Nasional", "party", ["PAN"]),
    ("Partai Demokrat", "party", ["Demokrat"]),
    ("Partai Persatuan Pembangunan", "party", ["PPP"]),
    ("Partai Solidaritas Indonesia", "party", ["PSI"]),
    ("Partai Persatuan Indonesia", "party", ["Partai Perindo", "Perindo"]),
    ("Partai Hati Nurani Rakyat", "party", ["Partai Hanura", "Hanura"]),
    ("Partai Buruh", "party", []),
    ("Partai Gelombang Rakyat Indonesia", "party", ["Partai Gelora", "Partai Gelora Indonesia"]),
    ("Partai Kebangkitan Nusantara", "party", ["PKN"]),
    ("Partai Ummat", "party", []),
    ("Partai Bulan Bintang", "party", []),
    ("Partai Garda Republik Indonesia", "party", ["Partai Garuda"]),
    ("Partai Aceh", "party", []),
    # the other parties of the elections of 2014, 2019 and 2024, national and Aceh's local ones
    ("Partai Keadilan dan Persatuan Indonesia", "party", ["PKPI"]),
    ("Partai Berkarya", "party", []),
    ("Partai Nanggroe Aceh", "party", ["PNA"]),
    ("Partai Nasional Aceh", "party", []),
    ("Partai Damai Aceh", "party", []),
    ("Partai Daerah Aceh", "party", []),
    ("Partai Darul Aceh", "party", []),
    ("Partai Suara Independen Rakyat Aceh", "party", ["Partai SIRA"]),
    ("Partai Adil Sejahtera Aceh", "party", ["PAS Aceh"]),
    ("Partai Generasi Atjeh Beusaboh Thaat dan Taqwa", "party", ["Partai Gabthat", "Gabthat"]),
]

MINISTRIES = [
    ("Kementerian Dalam Negeri", "ministry", ["Kemendagri", "Kemdagri"]),
    ("Kementerian Keuangan", "ministry", ["Kemenkeu"]),
    ("Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi", "ministry",
     ["KemenPAN-RB", "KemenPANRB", "Kemenpan-RB", "KemenPAN RB", "Kemenpan RB", "Kementerian PANRB",
      "Kementerian PAN-RB", "Kementerian PAN RB", "Kemenpanrb"]),
    ("Kementerian Komunikasi dan Informatika", "ministry", ["Kominfo", "Kemenkominfo", "Kemkominfo"]),
    ("Kementerian Komunikasi dan Digital", "ministry", ["Komdigi", "Kemkomdigi", "Kemenkomdigi"]),
    ("Kementerian Hukum dan Hak Asasi Manusia", "ministry", ["Kemenkumham", "Kementerian Hukum dan HAM"]),
    ("Kementerian Hukum", "ministry", ["Kemenkum"]),
    ("Kementerian Agama", "ministry", ["Kemenag"]),
    ("Kementerian Sekretariat Negara", "ministry", ["Kemensetneg", "Setneg"]),
    ("Kementerian Luar Negeri", "ministry", ["Kemenlu", "Kemlu"]),
    ("Kementerian Pertahanan", "ministry", ["Kemhan", "Kemenhan"]),
    ("Kementerian Kesehatan", "ministry", ["Kemenkes"]),
    ("Kementerian Sosial", "ministry", ["Kemensos"]),
    ("Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi", "ministry", ["Kemendikbudristek"]),
    ("Kementerian Pendidikan Dasar dan Menengah", "ministry", ["Kemendikdasmen"]),
    ("Kementerian Pendidikan Tinggi, Sains, dan Teknologi", "ministry", ["Kemendiktisaintek"]),
    ("Kementerian Perencanaan Pembangunan Nasional/Bappenas", "ministry",
     ["Kementerian PPN/Bappenas", "Bappenas", "Badan Perencanaan Pembangunan Nasional"]),
    ("Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan", "ministry",
     ["Kemenko Polhukam", "Kemenkopolhukam", "Kemenko Polkam", "Kementerian Koordinator Bidang Politik dan Keamanan"]),
    ("Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi", "ministry", ["Kemendes PDTT", "Kemendesa"]),
    ("Kementerian Pemuda dan Olahraga", "ministry", ["Kemenpora"]),
    ("Kementerian Pekerjaan Umum dan Perumahan Rakyat", "ministry", ["Kementerian PUPR", "KemenPUPR"]),
    ("Kementerian Pemberdayaan Perempuan dan Perlindungan Anak", "ministry", ["KemenPPPA", "Kementerian PPPA"]),
]

AGENCIES = [
    ("Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah", "agency", ["LKPP"]),
    ("Badan Pengawasan Keuangan dan Pembangunan", "agency", ["BPKP"]),
    ("Komisi Pemberantasan Korupsi", "agency", ["KPK"]),
    ("Badan Pemeriksa Keuangan", "agency", ["BPK"]),
    ("Ombudsman Republik Indonesia", "agency", ["Ombudsman RI", "Ombudsman", "ORI"]),
    ("Lembaga Administrasi Negara", "agency", ["LAN"]),
    ("Badan Kepegawaian Negara", "agency", ["BKN"]),
    ("Arsip Nasional Republik Indonesia", "agency", ["ANRI", "Arsip Nasional"]),
    ("Perpustakaan Nasional Republik Indonesia", "agency", ["Perpusnas", "Perpustakaan Nasional"]),
    ("Badan Siber dan Sandi Negara", "agency", ["BSSN"]),
    ("Badan Pusat Statistik", "agency", ["BPS"]),
    ("Badan Riset dan Inovasi Nasional", "agency", ["BRIN"]),
    ("Badan Intelijen Negara", "agency", ["BIN"]),
    ("Badan Nasional Penanggulangan Terorisme", "agency", ["BNPT"]),
    ("Badan Nasional Penanggulangan Bencana", "agency", ["BNPB"]),
    ("Badan Meteorologi, Klimatologi, dan Geofisika", "agency", ["BMKG"]),
    ("Badan Kesatuan Bangsa dan Politik", "agency", []),
    ("Komisi Aparatur Sipil Negara", "agency", ["KASN"]),
    ("Komisi Nasional Hak Asasi Manusia", "agency", ["Komnas HAM"]),
    ("Badan Narkotika Nasional", "agency", ["BNN"]),
    ("Komisi Penyiaran Indonesia", "agency", ["KPI Pusat", "KPI"]),
    ("Badan Pengawas Obat dan Makanan", "agency", ["BPOM"]),
    ("Badan Search and Rescue Nasional", "agency", ["Basarnas"]),
    ("Komisi Nasional Anti Kekerasan terhadap Perempuan", "agency", ["Komnas Perempuan"]),
    ("Komisi Informasi Pusat", "agency", ["Komisi Informasi Pusat RI"]),
    ("Pusat Pelaporan dan Analisis Transaksi Keuangan", "agency", ["PPATK"]),
    ("Lembaga Perlindungan Saksi dan Korban", "agency", ["LPSK"]),
    ("Otoritas Jasa Keuangan", "agency", ["OJK"]),
    ("Bank Indonesia", "agency", []),
    ("Direktorat Jenderal Kependudukan dan Pencatatan Sipil Kementerian Dalam Negeri", "agency",
     ["Ditjen Dukcapil Kemendagri", "Ditjen Dukcapil", "Dukcapil Kemendagri"]),
    ("Sekretariat Kabinet", "agency", ["Setkab"]),
    ("Direktorat Jenderal Anggaran Kementerian Keuangan", "agency", ["DJA", "Direktorat Jenderal Anggaran", "Ditjen Anggaran"]),
    ("Direktorat Jenderal Perbendaharaan Kementerian Keuangan", "agency",
     ["DJPb", "Direktorat Jenderal Perbendaharaan", "Ditjen Perbendaharaan"]),
    ("Kantor Staf Presiden", "agency", ["KSP"]),
    ("Mahkamah Konstitusi", "court", ["MK", "Mahkamah Konstitusi Republik Indonesia", "Mahkamah Konstitusi RI"]),
    ("Mahkamah Agung", "court", ["Mahkamah Agung Republik Indonesia", "Mahkamah Agung RI"]),
    ("Kejaksaan Agung", "prosecutor", ["Kejagung", "Kejaksaan Agung Republik Indonesia", "Kejaksaan Agung RI"]),
    ("Kejaksaan Republik Indonesia", "prosecutor", ["Kejaksaan RI"]),
    ("Kepolisian Negara Republik Indonesia", "police", ["Polri", "Kepolisian Republik Indonesia"]),
    ("Badan Reserse Kriminal Polri", "police", ["Bareskrim Polri", "Bareskrim"]),
    ("Korps Pemberantasan Tindak Pidana Korupsi Polri", "police",
     ["Kortastipidkor Polri", "Kortas Tipikor Polri", "Kortastipidkor Bareskrim Polri", "Kortastipidkor",
      "Kortas Tipikor"]),
    ("Polda Metro Jaya", "police", ["Kepolisian Daerah Metro Jaya"]),
    ("Tentara Nasional Indonesia", "military", ["TNI"]),
    ("TNI Angkatan Darat", "military", ["TNI AD"]),
    ("TNI Angkatan Laut", "military", ["TNI AL"]),
    ("TNI Angkatan Udara", "military", ["TNI AU"]),
    ("Dewan Perwakilan Rakyat Republik Indonesia", "legislature", ["DPR RI", "DPR", "Dewan Perwakilan Rakyat"]),
    ("Dewan Perwakilan Daerah Republik Indonesia", "legislature", ["DPD RI"]),
    ("Majelis Permusyawaratan Rakyat", "legislature", ["MPR", "MPR RI"]),
    ("Lembaga Penyiaran Publik Radio Republik Indonesia", "media", ["RRI", "Radio Republik Indonesia"]),
    ("Lembaga Penyiaran Publik Televisi Republik Indonesia", "media", ["TVRI", "Televisi Republik Indonesia"]),
    ("Perum LKBN Antara", "media", ["LKBN Antara", "Kantor Berita Antara"]),
    ("Tim Pemeriksa Daerah", "other", ["TPD"]),
    ("Badan Pengusahaan Batam", "agency", ["BP Batam", "Badan Pengusahaan (BP) Batam"]),
    ("International Foundation for Electoral Systems", "ngo", ["IFES"]),
    ("Perkumpulan untuk Pemilu dan Demokrasi", "ngo", ["Perludem"]),
    ("Jaringan Pendidikan Pemilih untuk Rakyat", "ngo", ["JPPR"]),
    ("Komite Independen Pemantau Pemilu", "ngo", ["KIPP"]),
    ("Indonesia Corruption Watch", "ngo", ["ICW"]),
    ("Netgrit", "ngo", ["Network for Democracy and Electoral Integrity"]),
    ("International IDEA", "ngo", ["International Institute for Democracy and Electoral Assistance"]),
    ("United Nations Development Programme", "ngo", ["UNDP"]),
    ("Australian Electoral Commission", "ngo", ["AEC"]),
    ("Kemitraan bagi Pembaruan Tata Pemerintahan", "ngo", ["Partnership for Governance Reform"]),
]

# National institutions with regional offices written "<name> Perwakilan Provinsi X"
# or "<name> Provinsi X": the canonical names here.
HAS_REGIONAL_OFFICES = {"Badan Pengawasan Keuangan dan Pembangunan", "Badan Pemeriksa Keuangan",
                        "Ombudsman Republik Indonesia", "Badan Pusat Statistik",
                        "Badan Kesatuan Bangsa dan Politik", "Badan Nasional Penanggulangan Bencana",
                        "Badan Narkotika Nasional"}
# Of those, the ones whose regional office is named "Perwakilan" in law (BPKP, BPK, Ombudsman);
# the others are "<name> Provinsi X" (BNN Provinsi, BPS Provinsi, Kesbangpol Provinsi).
NAMED_PERWAKILAN = {"Badan Pengawasan Keuangan dan Pembangunan", "Badan Pemeriksa Keuangan",
                    "Ombudsman Republik Indonesia"}

# Collectives that are organizations but not one institution ("829 Badan Publik
# se-Provinsi DKI Jakarta"): opening words.
COLLECTIVE_ORGS = ["Badan Publik", "Perangkat Daerah", "Organisasi Perangkat Daerah", "OPD",
                   "Partai Politik", "Parpol", "badan publik", "perangkat daerah", "organisasi perangkat daerah"]
# The parties as a group, named by who came for them ("perwakilan partai politik",
# "pengurus parpol peserta pemilu"): the words before, and the group's name.
PARTY_GROUP_BEFORE = ["perwakilan", "pengurus", "utusan", "unsur", "para pimpinan", "pimpinan"]

# Ad hoc bodies of an election (formed for one election, below the KPU of a
# regency/city): short name -> how it is written in full. Read as organizations
# when the text gives their area ("PPK se-Kabupaten Sleman", "PPS Desa Sukamaju",
# "PPK Kecamatan Darul Imarah"); a bare "PPK" (also Pejabat Pembuat Komitmen) is not.
ADHOC_BODIES = {
    "PPK": ["Panitia Pemilihan Kecamatan"],
    "PPD": ["Panitia Pemilihan Distrik"],
    "PPS": ["Panitia Pemungutan Suara"],
    "KPPS": ["Kelompok Penyelenggara Pemungutan Suara"],
    "PPDP": ["Petugas Pemutakhiran Data Pemilih"],
    "Pantarlih": ["Petugas Pemutakhiran Data Pemilih"],
    "Panwascam": ["Panitia Pengawas Pemilihan Umum Kecamatan", "Panitia Pengawas Kecamatan"],
    "PKD": ["Pengawas Kelurahan/Desa", "Pengawas Desa/Kelurahan"],
    "PTPS": ["Pengawas Tempat Pemungutan Suara"],
}
# Words naming the area of an ad hoc body before its own name.
ADHOC_AREA_WORDS = ["Kecamatan", "Distrik", "Desa", "Kelurahan", "Gampong", "Nagari", "Kampung",
                    "Negeri", "Nagori", "Lembang", "Pekon", "Tiyuh"]

# Religious, community and civil-society bodies KPU pages name as partners of
# voter education and outreach. They have chapters per region written
# "<name> <region>" ("MUI Kota Ambon", "PPDI Kabupaten Karangasem"): see
# REGIONAL_CHAPTERS.
COMMUNITY = [
    ("Majelis Ulama Indonesia", "religious", ["MUI"]),
    ("Ikatan Dokter Indonesia", "community", ["IDI"]),
    ("Himpunan Psikologi Indonesia", "community", ["HIMPSI", "Himpsi"]),
    ("Nahdlatul Ulama", "religious", ["PBNU", "PWNU", "PCNU"]),
    ("Muhammadiyah", "religious", ["Pimpinan Daerah Muhammadiyah", "PDM"]),
    ("Persekutuan Gereja-gereja di Indonesia", "religious", ["PGI", "Persekutuan Gereja-Gereja di Indonesia"]),
    ("Konferensi Waligereja Indonesia", "religious", ["KWI"]),
    ("Parisada Hindu Dharma Indonesia", "religious", ["PHDI"]),
    ("Perwakilan Umat Buddha Indonesia", "religious", ["Walubi"]),
    ("Majelis Tinggi Agama Khonghucu Indonesia", "religious", ["MATAKIN"]),
    ("Forum Kerukunan Umat Beragama", "religious", ["FKUB"]),
    ("Gereja Protestan Maluku", "religious", ["GPM"]),
    ("Gereja Masehi Injili di Timor", "religious", ["GMIT"]),
    ("Gereja Kristen Injili di Tanah Papua", "religious", ["GKI di Tanah Papua"]),
    ("Dewan Masjid Indonesia", "religious", ["DMI"]),
    ("Persatuan Penyandang Disabilitas Indonesia", "community", ["PPDI"]),
    ("Persatuan Tunanetra Indonesia", "community", ["Pertuni"]),
    ("Gerakan untuk Kesejahteraan Tunarungu Indonesia", "community",
     ["Gerkatin", "Gerakan Kesejahteraan Tunarungu Indonesia"]),
    ("Himpunan Wanita Disabilitas Indonesia", "community", ["HWDI"]),
    ("Komite Nasional Pemuda Indonesia", "community", ["KNPI"]),
    ("Persatuan Wartawan Indonesia", "media", ["PWI"]),
    ("Aliansi Jurnalis Independen", "media", ["AJI"]),
    ("Ikatan Jurnalis Televisi Indonesia", "media", ["IJTI"]),
    ("Majelis Rakyat Papua", "community", ["MRP"]),
    ("Lembaga Masyarakat Adat", "community", ["LMA"]),
    ("Majelis Adat Aceh", "community", ["MAA"]),
    ("Karang Taruna", "community", []),
    ("Gerakan Pramuka", "community", ["Kwarda", "Kwarcab"]),
    ("Forkopimda", "government", ["Forum Koordinasi Pimpinan Daerah", "Forkopinda"]),  # named as pages name it
    ("Masyarakat Antifitnah Indonesia", "ngo", ["Mafindo"]),
    # partners of voter outreach with chapters in every region
    ("Palang Merah Indonesia", "community", []),  # (not "PMI": pages also use it for Pekerja Migran Indonesia)
    ("Gerakan Pemuda Ansor", "religious", ["GP Ansor"]),
    ("Tim Penggerak PKK", "community", ["TP PKK", "TP-PKK", "Tim Penggerak Pemberdayaan dan Kesejahteraan Keluarga"]),
    ("Pergerakan Mahasiswa Islam Indonesia", "community", ["PMII"]),
    ("Gerakan Mahasiswa Nasional Indonesia", "community", ["GMNI"]),
    ("Ikatan Mahasiswa Muhammadiyah", "community", ["IMM"]),
    ("Kesatuan Aksi Mahasiswa Muslim Indonesia", "community", ["KAMMI"]),
    ("Gerakan Mahasiswa Kristen Indonesia", "community", ["GMKI"]),
    ("Perhimpunan Mahasiswa Katolik Republik Indonesia", "community", ["PMKRI"]),
]
REGIONAL_CHAPTERS = {name for name, _, _ in COMMUNITY} | {"Karang Taruna", "Tim Pemeriksa Daerah"}
# The word a chapter's name puts before its region: "IDI Wilayah Kalimantan Barat", "PWI Cabang Bone",
# "Pengurus Daerah X"; kept in the chapter's name.
CHAPTER_WORDS = ["Wilayah", "Cabang", "Daerah", "Perwakilan"]
# Regional offices of a ministry, named "Kanwil <ministry> <province>" with or without "Provinsi".
PROVINCE_OFFICE_WORDS = ["Kanwil", "Kantor Wilayah"]

# Words that open the name of a civil-society body; read as one when the name
# is followed by its abbreviation in brackets: "Sasana Inklusi dan Gerakan
# Advokasi Difabel (SIGAB)", "Perkumpulan untuk Pemilu dan Demokrasi (Perludem)".
CIVIL_SOCIETY_OPENERS = ["Perkumpulan", "Yayasan", "Lembaga", "Forum", "Himpunan", "Ikatan", "Asosiasi",
                         "Komunitas", "Jaringan", "Koalisi", "Aliansi", "Perhimpunan", "Masyarakat",
                         "Sasana", "Gerakan", "Persatuan", "Komite", "Serikat", "Pusat Studi",
                         "Pusat Kajian", "Perhimpunan", "Gabungan", "Solidaritas"]

# Schools, read with their number and place: "SLB Negeri 1 Sleman", "SMA Negeri 3
# Kota Bandung", "SMKN 2 Mataram", "MAN 1 Lombok Timur".
SCHOOL_TYPES = ["SLB", "SMA", "SMK", "SMP", "SD", "MA", "MTs", "MI", "SMAN", "SMKN", "SMPN", "SDN",
                "SLBN", "MAN", "MTsN", "MIN", "Sekolah Luar Biasa", "Sekolah Menengah Atas",
                "Sekolah Menengah Kejuruan", "Madrasah Aliyah", "Madrasah Aliyah Negeri"]
# Region names that are also common words in lower case: "KPU batu" is no region written small.
LOWER_NOT_REGION = {"batu", "buru", "baru", "raya"}
# Short school types that fold "Negeri" in: "SMAN 17 X" is SMA Negeri 17 X.
SCHOOL_SHORT = {"SMAN": "SMA Negeri", "SMKN": "SMK Negeri", "SMPN": "SMP Negeri", "SDN": "SD Negeri",
                "SLBN": "SLB Negeri", "MTsN": "MTs Negeri"}
# What a school's name says of who runs it, between its type and its number or name:
# "SMA Negeri 1 X", "SMK Swasta Bina Karya", "SMA Kristen 1 Tomohon", "SMP Muhammadiyah 2 X".
SCHOOL_STATUS = ["Negeri", "Swasta", "Kristen", "Katolik", "Muhammadiyah", "Islam Terpadu", "Islam", "IT",
                 "Advent", "Nasional"]
# Names of the foundations whose schools carry no status word, as a regex after the type:
# "SMA Al-Irsyad", "MA Al Hikmah 2", "SMK PGRI 1", "SMP Santo Yoseph", "SMA Taman Madya".
SCHOOL_FOUNDATIONS = [r"Al[- ]?[A-Z][a-z']+", r"PGRI", r"Santo[ \t]+[A-Z][a-z]+", r"Santa[ \t]+[A-Z][a-z]+",
                      r"St\.[ \t]*[A-Z][a-z]+", r"Taman[ \t]+(?:Siswa|Madya|Dewasa)", r"Tamansiswa",
                      r"Ma'?arif(?:[ \t]+NU)?", r"NU"]
# Words before a school or campus named for its pupils: "sosialisasi kepada siswa SMA X",
# "diikuti mahasiswa Universitas Y" (the institution takes part through them).
PUPIL_WORDS = ["siswa-siswi", "siswa siswi", "siswa", "siswi", "pelajar", "murid", "santri", "mahasiswa",
               "mahasiswi", "guru", "dosen", "civitas akademika", "sivitas akademika"]
# Words that open the name of a religious or customary body, whose own name is
# the capitalised words after them: "Keuskupan Amboina", "Klasis GPM Pulau Ambon".
NAMED_BODY_WORDS = ["Keuskupan", "Klasis", "Sinode", "Paroki", "Pondok Pesantren", "Ponpes", "Majelis Jemaat",
                    "Dewan Adat", "Lembaga Adat"]

# ------------------------------------------------------------ local units named by their area

# Military commands written with their area but without their number: "Kodim
# Ngawi", "Koramil Paron" (the numbered form, "Kodim 0805/Ngawi", is MILITARY_UNITS').
MILITARY_AREA_UNITS = ["Kodim", "Koramil", "Korem", "Kodam", "Lanud", "Lanal", "Lantamal", "Yonif", "Brimob"]

# Local public services named by their area, with a class before it for
# prisons: "Lapas Kelas IIA Madiun", "Rutan Ngawi", "KUA Kecamatan Paron",
# "Puskesmas Sukorejo". Written -> canonical head.
LOCAL_UNITS = {
    "Lapas": "Lapas", "Lembaga Pemasyarakatan": "Lapas",
    "Rutan": "Rutan", "Rumah Tahanan Negara": "Rutan", "Rumah Tahanan": "Rutan",
    "LPKA": "LPKA", "Lembaga Pembinaan Khusus Anak": "LPKA",
    "KUA": "KUA", "Kantor Urusan Agama": "KUA",
    "Puskesmas": "Puskesmas", "RSUD": "RSUD", "Rumah Sakit Umum Daerah": "RSUD",
    "Kantor Imigrasi": "Kantor Imigrasi", "Kantor Pos": "Kantor Pos",
    "Pemerintah Desa": "Pemerintah Desa", "Pemdes": "Pemerintah Desa",
    "Pemerintah Kecamatan": "Kecamatan", "Kantor Kecamatan": "Kecamatan",
    "Pemerintah Kelurahan": "Kelurahan", "Kantor Kelurahan": "Kelurahan",
    "Kantor Desa": "Pemerintah Desa", "Pemerintah Gampong": "Pemerintah Gampong",
    "Pemerintah Nagari": "Pemerintah Nagari",
}
# Words between a local unit and its area that are not part of the area: "KUA Kecamatan Paron".
LOCAL_UNIT_AREA_WORDS = ["Kecamatan", "Distrik", "Desa", "Kelurahan", "Gampong", "Nagari", "Kampung"]

# Words never the area of a local unit or command (what follows a head's title).
NOT_AREA_WORDS = ["Dan", "Di", "Pada", "Yang", "Untuk", "Se", "Serta", "Beserta", "Bersama", "Selaku",
                  "Sebagai", "Jajaran", "Setempat", "Wilayah", "Daerah", "Tahun", "Kelas"]

# ------------------------------------------------------------ bodies whose region the context gives

# Bodies a page names without their region ("dihadiri Bawaslu dan Kesbangpol",
# "koordinasi dengan Forkopimda"): the region is the article's satker's. Written
# word -> where the region comes from: "same" (the satker's own region, at any
# level), "local" (only a regency or city satker's), "province" (the satker's
# province).
CONTEXT_BODIES = {
    "Bawaslu": "same", "Kesbangpol": "same", "Bakesbangpol": "same", "Forkopimda": "same",
    "Kesbangpolinmas": "same", "Forkopinda": "same",
    "DPRD": "same", "BPBD": "same", "Satpol PP": "same", "Disdukcapil": "same", "Dukcapil": "same",
    "Diskominfo": "same", "Dinkominfo": "same", "Bappeda": "same", "Setda": "same",
    "Badan Kesbangpol": "same", "Dispendukcapil": "same", "Dishub": "same", "Dinas PU": "same",
    "Dinas PUPR": "same", "DPUPR": "same", "Disperkim": "same", "Dinas Perkim": "same", "Disporapar": "same",
    "Dispora": "same", "Dispar": "same", "Disparbud": "same", "Disbudpar": "same", "Disdikbud": "same",
    "Disnaker": "same", "Disnakertrans": "same", "DLH": "same", "Disperindag": "same", "Distan": "same",
    "DPMPTSP": "same", "DPMD": "same", "DPMPD": "same", "DP3A": "same", "BPKAD": "same", "BKAD": "same",
    "Bapenda": "same", "BKD": "same", "BKPSDM": "same", "Dinkes": "same", "Dinsos": "same", "Disdik": "same",
    "Inspektorat": "local", "Panwaslu": "same", "Panwas": "same",
    "Polres": "local", "Polresta": "local", "Kodim": "local", "Kejari": "local", "Kejaksaan Negeri": "local",
    "Pengadilan Negeri": "local", "Pemkab": "local", "Pemkot": "local",
    "Polda": "province", "Kejati": "province", "Kejaksaan Tinggi": "province", "Pemprov": "province",
}
# Words after such a body that make it no single body of the region ("Bawaslu RI",
# "Bawaslu kabupaten/kota", "Bawaslu se-...").
CONTEXT_BODY_NOT_BEFORE = r"\s*(?:RI\b|Republik\b|Pusat\b|[Pp]rovinsi\b|[Kk]abupaten\b|[Kk]ota\b|[Kk]ab\b|se[- ]|seluruh\b|\()"

# Units that are the office of a region's head and stand for its government: the
# Setda beside the Pemerintah whose Bupati or Gubernur it represents is one party.
HEAD_OFFICE_UNITS = ["Sekretariat Daerah", "Setda"]

# Words opening the name of a regional service that exists only in a region:
# written without one ("Kepala Dinas Pendidikan, ..."), it is the article's satker's region's.
CONTEXT_OFFICE_WORDS = ["Dinas"]

# Regional services written by their full name and no region ("perwakilan dari Dinas
# Sosial, Dinas Pendidikan dan Kesbangpol" on a regency's page): the services every
# region has (the full names of GOVERNMENT_HEADS) are the article's satker's region's,
# as their short names are (CONTEXT_BODIES). Older or loose written names -> the name.
SERVICE_NAME_VARIANTS = {
    "Dinas Kependudukan dan Catatan Sipil": "Dinas Kependudukan dan Pencatatan Sipil",
    "Dinas Kependudukan Catatan Sipil": "Dinas Kependudukan dan Pencatatan Sipil",
    "Dinas Kependudukan Pencatatan Sipil": "Dinas Kependudukan dan Pencatatan Sipil",
    "Badan Kesatuan Bangsa dan Politik Dalam Negeri": "Badan Kesatuan Bangsa dan Politik",
}
# Words after such a name that begin the next item of a list, not more of the name
# ("Dinas Sosial dan Kepala Badan ...", "Dinas Pendidikan dan Polres ...").
SERVICE_LIST_NEXT = ["Dinas", "Badan", "Kantor", "Kepala", "Kadis", "Sekretaris", "Inspektorat", "Polres",
                     "Polsek", "Kodim", "Koramil", "Kejari", "Kejaksaan", "Bawaslu", "KPU", "Kesbangpol",
                     "Pemerintah", "Pemkab", "Pemkot", "Perwakilan", "Unsur", "Camat", "Lurah", "Bupati",
                     "Wakil", "Ketua", "Tokoh", "Satpol", "Disdukcapil", "Dukcapil", "Panwaslu", "TNI", "Polri"]
