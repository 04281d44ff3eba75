"""Post titles as KPU pages write them: heads, abbreviations, unit words.

A post phrase is a HEAD (`Ketua`, `Kepala Bagian`, `Kasubag`, `Dosen`) followed
by UNIT words naming the division or section (`Hukum dan Pengawasan`,
`Keuangan, Umum, dan Logistik`). Unit words are what tells a division from the
person's name that follows it, so the list is long and meant to grow.
"""
from kg.lang import roles_data

# Abbreviated heads and how a post is printed with them expanded (kadiv ->
# Ketua Divisi, Plt -> Plt.): the abbreviation tables live in roles_data.
HEAD_EXPANSIONS = {
    **roles_data.TITLE_ABBREVIATIONS,
    **roles_data.TITLE_PHRASES,
    **{k.rstrip("."): v for k, v in roles_data.ACTING_PREFIXES.items()},
}

# Heads of posts inside an election body: when the sentence names no
# organization, the post is in the satker the context gives.
INTERNAL_HEADS = [
    "Ketua Divisi", "Kepala Divisi", "Koordinator Divisi", "Kadiv",
    "Kepala Bagian", "Kabag", "Kepala Subbagian", "Kepala Sub Bagian", "Kepala Sub Bag",
    "Kasubag", "Kasubbag", "Kepala Biro", "Kabiro", "Karo", "Kepala Pusat", "Kapusdatin",
    "Wakil Sekretaris Jenderal", "Sekretaris Jenderal", "Sekjen", "Wasekjen",
    "Deputi", "Inspektur Utama", "Inspektur Wilayah", "Inspektur", "Irtama",
    "Wakil Ketua", "Ketua", "Anggota", "Komisioner", "Sekretaris",
    "Pejabat Pembuat Komitmen", "Pejabat Pengadaan", "Bendahara", "Operator",
    "Kepala Seksi", "Kasi", "Staf Ahli", "Tenaga Ahli", "Koordinator",
    "Admin", "Administrator", "Pengelola", "Atasan PPID",
    # the functional posts of the secretariat: "Penata Kelola Pemilu Ahli Utama, Nama"
    "Penata Kelola Pemilu", "Pengelola Pemilu",
    # "Staf Subbagian Teknis, Nama"; "materi disampaikan Divisi Hukum dan Pengawasan, Nama":
    # a division named without its member's title
    "Staf", "Staff", "Divisi",
    # a division's deputy head, printed as one title ("Wakil Ketua Divisi Hukum, Nama")
    "Wakil Ketua Divisi", "Wakil Koordinator Divisi",
]

# Internal heads that pages print in lower case before the post's unit and the
# holder ("didampingi operator JDIH, Nadia ..."; "admin PPID, Yogi ..."): read as a
# post in the satker the context gives when a comma and a name follow.
LOWER_CONTEXT_HEADS = {"operator", "admin", "administrator", "pengelola", "staf", "staff"}

# Abbreviated heads of the commission's units, no word of running text, which pages print
# in lower case before the unit and the holder with or without a comma ("serta kasubag
# Tekmas Rudi, SE.", "kadiv Hukum, Sari ..."): a post in the satker the context gives.
LOWER_ABBREVIATED_HEADS = {"kadiv", "kasubag", "kasubbag", "kasubbagian", "kabag", "kabiro"}

# Members' heads that pages print in lower case right after the holder and a comma
# ("Rudi Hartono, komisioner yang juga ...") or before "lainnya" and the list of the
# other holders ("empat komisioner lainnya masing-masing: A, B"): a post in the satker
# the context gives.
LOWER_MEMBER_HEADS = {"komisioner", "anggota"}

# Heads of posts in the press: the outlet's name follows in capitals
# ("jurnalis Radar Banyumas, Bayu ..."; "penyiar RRI Pekanbaru, Dina ...").
MEDIA_HEADS = ["Jurnalis", "Wartawan", "Penyiar", "Reporter", "Redaktur", "Pemimpin Redaksi", "Pemred"]

# Heads of posts anywhere; these need the organization in the sentence.
EXTERNAL_HEADS = [
    "Direktur Jenderal", "Direktur Utama", "Wakil Direktur", "Direktur", "Kepala Subdirektorat",
    "Kasubdit", "Dosen Pendamping", "Dosen Pembimbing", "Dosen", "Guru Besar", "Rektor", "Wakil Rektor", "Dekan", "Wakil Dekan",
    "Ketua Program Studi", "Kaprodi", "Ketua Departemen", "Sekretaris Departemen",
    "Kepala Departemen", "Peneliti", "Arsiparis", "Pemeriksa", "Analis", "Auditor",
    "Pranata", "Widyaiswara", "Gubernur", "Wakil Gubernur", "Bupati", "Wakil Bupati",
    "Wali Kota", "Walikota", "Wakil Wali Kota", "Wakil Walikota", "Sekretaris Daerah", "Sekda",
    "Asisten", "Kepala Dinas", "Kadis", "Kepala Badan", "Kaban", "Kepala Kantor", "Camat", "Lurah",
    "Kapolda", "Wakapolda", "Kapolres", "Kapolrestabes", "Kapolresta", "Kapolsek",
    "Kajati", "Kajari", "Kepala Kejaksaan Negeri", "Kepala Kejaksaan Tinggi", "Jaksa",
    "Hakim", "Panitera", "Ketua Umum", "Sekretaris Umum", "Wakil Ketua Umum",
    "Bendahara Umum", "Ketua Harian", "Menteri", "Wakil Menteri", "Staf Khusus",
    "Komisioner", "Anggota", "Ketua", "Wakil Ketua", "Sekretaris", "Kepala",
    "Assistant Professor", "Associate Professor", "Profesor", "Praktisi", "Pakar", "Akademisi",
    "Koordinator", "Kepala Biro", "Kepala Bidang", "Kabid", "Kepala Pusat", "Deputi",
    "Wakapolres", "Dandim", "Danrem", "Pangdam", "Danramil", "Kepala Kepolisian Resor",
    "Kepala Kepolisian Daerah", "Komandan Kodim",
    "Pimpinan", "Pengasuh", "Relawan", "Kepala Sekolah", "Guru", "Ketua Komisi", "Wakil Ketua Komisi",
    "Anggota Komisi", "Ketua Fraksi", "Kepala Satuan Tugas", "Kasatgas", "Penyuluh",
    "Pasiops", "Pasi Ops", "Kasdim", "Kasrem", "Kabag Ops", "Kasat Intelkam", "Kasat Reskrim",
    "Dosen Pengampu", "Ketua Sementara", "Wakil Ketua Sementara",
    "Kepala Subbidang", "Kasubid", "Kepala Desa", "Kades", "Keuchik", "Geuchik", "Wali Nagari", *MEDIA_HEADS,
    # regional heads in their short forms: "Sekdako Padang Asnel", "Wakapolresta Padang AKBP ..."
    "Sekdako", "Sekdakab", "Sekdaprov", "Wakapolresta", "Wakapolrestabes", "Wakapolsek", "Kakanwil",
    "Wakil Kepala Sekolah", "Instruktur", "Fasilitator",
    # heads of regional offices in their short forms: "Kakan Kemenag X", "Kalapas X", "Kasatpol PP X"
    "Kakan", "Kakankemenag", "Kalapas", "Karutan", "Kasatpol PP", "Kasat Pol PP", "Kalaksa", "Kalak",
    # a candidate's liaison to the commission: "LO Tim Kampanye Paslon 02, Nama"
    "LO", "Liaison Officer", "Penghubung",
    # the secretary of a regional council's secretariat: "Sekwan Kabupaten X", "Sekretaris Dewan Kota X"
    "Sekwan", "Sekretaris Dewan",
]

# Heads of posts inside an institution outside KPU, which pages print without
# it when the sentence or the one before names it ("Rombongan dipimpin Ketua
# Program Studi Ilmu Pemerintahan, Dr. Nurul ..." after "mahasiswa FISIP ULM";
# "Kepala Dinas X, A, didampingi Kepala Bidang Y, B"): head (lower case) -> the
# kinds of organization it can be held in.
_ACADEMIC = ("university", "faculty")
_OFFICE = ("government", "agency", "ministry")
SUBORDINATE_HEADS = {
    "ketua program studi": _ACADEMIC, "kaprodi": _ACADEMIC, "dosen": _ACADEMIC, "dosen pengampu": _ACADEMIC,
    "dosen pendamping": _ACADEMIC, "dosen pembimbing": _ACADEMIC, "akademisi": _ACADEMIC,
    "dekan": _ACADEMIC, "wakil dekan": _ACADEMIC, "ketua departemen": _ACADEMIC,
    "sekretaris departemen": _ACADEMIC, "kepala departemen": _ACADEMIC, "wakil rektor": _ACADEMIC,
    "kepala bidang": _OFFICE, "kabid": _OFFICE, "kepala seksi": _OFFICE, "kasi": _OFFICE,
    "kepala subbidang": _OFFICE, "kasubid": _OFFICE,
}

# Heads of posts in a school, which pages print without it after naming the school
# ("di SMA Negeri 17 X ... dibuka oleh Wakil Kepala Sekolah Bidang Humas, Abu ..."):
# the school named before in the sentence, the sentence before, or the headline.
SCHOOL_HEADS = {"kepala sekolah", "wakil kepala sekolah", "guru"}

# Heads of a district or village, written before its name ("camat Poasia, La Ode
# ...", "Lurah Sukamaju, Budi ..."): the post is held in the district or village
# (head, lower case -> the word that names it), which no gazetteer lists.
AREA_HEAD_ORGS = {"camat": "Kecamatan", "lurah": "Kelurahan", "kepala desa": "Desa", "kades": "Desa",
                  "keuchik": "Gampong", "geuchik": "Gampong", "wali nagari": "Nagari"}

# Words that name a district or village after any post ("Sekretaris Desa Sumberejo, Tri
# ..."): lower case -> the office's first word.
AREA_WORDS = {"desa": "Desa", "kelurahan": "Kelurahan", "kecamatan": "Kecamatan", "gampong": "Gampong",
              "nagari": "Nagari", "kampung": "Kampung", "distrik": "Distrik"}

# Heads of regional offices that name the office: "Kapolres Aceh Besar" holds the
# post in Polres Aceh Besar, "Bupati Sleman" in Pemerintah Kabupaten Sleman,
# "Dandim 1702/Jayawijaya" in Kodim 1702/Jayawijaya. Head (lower case) -> the
# word that opens the office's name (read by kg.extract.orgs with the region after it).
REGION_HEAD_ORGS = {
    "kapolda": "Polda", "wakapolda": "Polda", "kepala kepolisian daerah": "Polda",
    "kapolres": "Polres", "wakapolres": "Polres", "kepala kepolisian resor": "Polres",
    "kapolresta": "Polresta", "kapolrestabes": "Polrestabes", "kapolsek": "Polsek",
    "kajati": "Kejaksaan Tinggi", "kepala kejaksaan tinggi": "Kejaksaan Tinggi",
    "kajari": "Kejaksaan Negeri", "kepala kejaksaan negeri": "Kejaksaan Negeri",
    "dandim": "Kodim", "komandan kodim": "Kodim", "danrem": "Korem", "pangdam": "Kodam",
    "danramil": "Koramil",
    "gubernur": "Pemprov", "wakil gubernur": "Pemprov",
    "bupati": "Pemkab", "wakil bupati": "Pemkab",
    "wali kota": "Pemkot", "walikota": "Pemkot", "wakil wali kota": "Pemkot", "wakil walikota": "Pemkot",
    "sekretaris daerah": "Setda", "sekda": "Setda",
    "sekdako": "Setda", "sekdakab": "Setda", "sekdaprov": "Setda",
    "wakapolresta": "Polresta", "wakapolrestabes": "Polrestabes", "wakapolsek": "Polsek",
    "danlanud": "Lanud", "danlantamal": "Lantamal", "danlanal": "Lanal",
    "kakankemenag": "Kemenag", "kalapas": "Lapas", "karutan": "Rutan",
    "kasatpol pp": "Satpol PP", "kasat pol pp": "Satpol PP",
    "sekwan": "DPRD", "sekretaris dewan": "DPRD",
    # the head of a region's inspectorate ("Inspektur Kabupaten Kapuas"), only with the
    # region's level word after it (kg.extract.people): alone it is the commission's own post
    "inspektur": "Inspektorat",
}

# Where the region of a head's office comes from when the page names no region
# after the title ("Kapolres dan Dandim hadir" on a regency's page): as in
# orgs_data.CONTEXT_BODIES; heads not listed need a region written after them.
REGION_HEAD_SCOPE = {
    "kapolres": "local", "wakapolres": "local", "kapolresta": "local", "dandim": "local", "kajari": "local",
    "bupati": "local", "wakil bupati": "local", "wali kota": "local", "walikota": "local",
    "wakil wali kota": "local", "wakil walikota": "local", "sekretaris daerah": "same", "sekda": "same",
    "kapolda": "province", "wakapolda": "province", "kajati": "province", "gubernur": "province",
    "wakil gubernur": "province", "wakapolresta": "local",
    # "Sekwan" is only ever the council's; "Sekretaris Dewan" without a region may be any
    # council's (Dewan Pers, Dewan Pendidikan): it needs its region written
    "sekwan": "same",
}

# Prefixes that mark an acting post.
ACTING = ["Plt.", "Plt", "Plh.", "Plh", "Pj.", "Pj", "Pjs.", "Pjs", "Pelaksana Tugas", "Pelaksana Harian", "Penjabat",
          "Pejabat Sementara"]

# Heads that take no division words after them (the division would be a name).
BARE_HEADS = {"anggota", "ketua", "sekretaris", "komisioner", "wakil ketua", "bupati",
              "gubernur", "wali kota", "walikota", "rektor", "menteri"}

# Words that open a list of a post's holders after the post ("Komisioner KPU X,
# diantaranya A, B dan C"), as token sequences, lower case.
LIST_OPENERS = [("diantaranya",), ("di", "antaranya"), ("yaitu",), ("yakni",), ("antara", "lain"),
                ("masing-masing",), ("terdiri", "dari"), ("terdiri", "atas"), ("adalah",), ("ialah",)]

# Words between "lainnya" and a list opener ("anggota KPU X lainnya yang juga turut
# hadir yaitu A, B"), lower case.
LIST_LEAD_WORDS = {"yang", "juga", "turut", "ikut", "hadir", "hadiri", "menghadiri", "mendampingi", "pula"}

# Posts whose holders, listed after them, may each have a division in brackets
# ("Anggota KPU X masing-masing A (Divisi Hukum) dan B (Divisi Teknis)").
DIVISION_MEMBER_HEADS = {"anggota", "komisioner"}

# Teams whose head is written with a bare head ("Ketua Pokja Kampanye", "Anggota
# Tim Seleksi"): after one of these, the unit words are read after all.
TEAMS_AFTER_BARE_HEADS = {"pokja", "tim", "satgas", "gugus", "kelompok", "panitia", "pansel", "sentra"}

# Heads that name the unit they lead: the post is held in that unit.
UNIT_OF_HEAD = {
    "kepala biro": "Biro",
    "inspektur utama": "Inspektorat Utama",
}

# Words that continue a division/section name after a head ("Kepala Bagian
# Keuangan, Umum, dan Logistik"). Case-insensitive.
UNIT_WORDS = set("""
hukum pengawasan teknis penyelenggaraan pemilu pemilihan data informasi keuangan umum
logistik perencanaan program anggaran sdm sumber daya manusia parmas partisipasi masyarakat
hubungan humas hupmas parhumas sosialisasi pendidikan pemilih sosdiklih sosparmas organisasi
pelatihan penelitian pengembangan litbang kinerja kesejahteraan pegawai penegakan disiplin
publik rumah tangga kepegawaian tata usaha protokol dokumentasi arsip kearsipan perpustakaan
pengadaan barang jasa milik negara bmn advokasi pemerintah pusat daerah bidang divisi bagian
subbagian sub bag biro direktorat deputi dukungan administrasi fasilitasi kampanye pencalonan
pemungutan penghitungan suara rekapitulasi kelembagaan pembinaan peran serta pencegahan
politik ilmu pemerintahan komputer departemen wilayah utama madya muda pratama ahli pertama
penyelia terampil tindak pidana khusus teknologi sistem monitoring evaluasi sengketa regulasi
legal drafting jdih antar lembaga internal eksternal pengelolaan sarana prasarana keamanan
perlengkapan verifikasi pendaftaran pemutakhiran akuntansi pelaporan perbendaharaan layanan
pelayanan komunikasi media it ti pengolahan statistik partai kerja sama luar negeri
persidangan pelaksanaan pemantauan penindakan pelanggaran penanganan perselisihan hasil
kajian analisis strategi kebijakan strategis informatika jaringan infrastruktur aplikasi
fakultas program studi prodi sosial ilmu-ilmu ekonomi bisnis teknik kedokteran keagamaan
pemilu-pemilihan dan & pada perundang-undangan peraturan perundangan pengkajian
penganggaran pemetaan inspektorat investigasi audit pemeriksaan kepatuhan reformasi birokrasi
internasional nasional provinsi kabupaten kota pembangunan ekonomi politik hubungan-masyarakat
kompetensi mutasi promosi karier aset kesekretariatan ketatausahaan persandian pertahanan
ketertiban kesatuan bangsa gratifikasi integritas kepatuhan risiko manajemen talenta
ops operasi operasional intelkam reskrim ppid pemanfaatan inovasi pendaftaran penduduk
pencatatan sipil kependudukan kehumasan
subbag subbid subbidang seksi
paslon pemenangan rendatin kerjasama tekmas tekhupmas
penyelenggara pokja kelompok kerja tim seleksi gugus tugas sidalih sipol silon sirekap siakba sidapil situng sitap sikadeka
""".split())

ROMAN = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"}

# Capitalised words that are never (part of) a person's name.
NOT_NAMES = set("""
semua periode akademisi
kpu kip bawaslu dkpp ri dprd pemilu pemilihan pilkada sirekap sidalih sipol silon situng
siakba sidapil jdih zoom youtube senin selasa rabu kamis jumat sabtu minggu januari februari
maret april mei juni juli agustus september oktober november desember dalam acara kegiatan
hadir turut sementara menurut ia sebagai melalui selain dengan pada untuk dari oleh bagi
kami kita mereka para seluruh setiap jajaran rakor bimtek webinar fgd apel audiensi rapat
selamat tahun nomor hal provinsi kabupaten kota se indonesia republik jakarta acara tim
sekretariat jenderal komisi pemilihan umum badan pengawas dinas universitas fakultas
lembaga kementerian pemerintah partai direktorat biro bagian subbagian divisi narasumber
moderator peserta pimpinan staf pegawai pns asn pppk tps pps ppk kpps ppdp kabag kasubag
kasubbag kabiro kasubdit kapus kapusdatin kadis irtama sekjen wasekjen
kadiv plt plh pj wbk wbbm zi spip wtp opini perpres pkpu uu undang-undang peraturan surat
keputusan the of and for in on at to by with knowledge sharing forum group discussion
diskusi sosialisasi bimbingan teknis pelatihan orientasi launching kajian seri sesi tahap
program media center ruang aula hotel gedung kantor balai halaman kepala ketua anggota
sekretaris wakil dosen rektor dekan bupati gubernur menteri direktur inspektur deputi
di dua tiga empat lima hal kemudian selanjutnya adapun namun selain setelah sebelum saat ketika
keduanya mereka ketiganya assistant associate professor profesor
usai bahkan sedangkan sehingga karena agar yakni yaitu antara lain berbagai beberapa
rombongan uji guru panwas panwaslu panwaslih panwascam forkopimda kesbangpol bakesbangpol
dukcapil disdukcapil diskominfo bkad bappeda bappenas sasana gerakan relawan
kodim korem polres polresta polda unsur
selaku sekaligus merangkap pokja satgas paslon
bersama beserta serta didampingi diwakili mewakili dihadiri menghadiri hadiri juga pula tersebut
ujar ujarnya kata katanya tutur tuturnya ungkap ungkapnya jelasnya tegasnya imbuhnya tambahnya pungkasnya
mengatakan menyampaikan menjelaskan mengungkapkan menambahkan menegaskan memaparkan menyatakan
mengajak meminta membuka menutup memberikan menerima mengikuti berharap bahwa dijelaskan disampaikan
beliau dia perlu pengumuman lanjutan serentak kakanwil sekdako sekdakab sekdaprov wakapolresta pjs
pejabat parpol perwakilan bakal calon rendatin pasangan kedua desa kelurahan kecamatan kampung distrik nagari gampong
dewan kas panitia panwasalu pihaknya subbag secara maupun atau bacakan membacakan
urut
jl jln jalan gang gg dapil
beri berikan gelar gelarkan ikuti hadiri sampaikan lakukan laksanakan terima serahkan dukung ajak
pastikan siapkan tegaskan jelaskan lantik kunjungi sambut tinjau materi
""".split())
# (headline verbs, "Rudi Kadiv Teknis, Beri Materi ...", "KPU X Gelar Rakor"; streets and
# constituencies, "Jl. Subarkah No. 1", "Dapil Jatim IV", are places;
# the lines before: quote verbs and speech verbs that pages capitalise, "Ujar Lanny ..." or
# Every Word Capitalised bodies, "... Sawati Mengatakan Bahwa ...", and pronouns and common
# words that open a sentence: none is a word of a person's name)

# Words that end place and institution names ("Sumba Timur", "Kapuas Hulu", "Universitas Indonesia
# Timur") and begin no one's name: a name read from one of them is the rest of the place's name.
PLACE_NAME_TAILS = {"timur", "barat", "utara", "selatan", "tengah", "tenggara", "hulu", "hilir", "ilir", "ulu",
                    "kanan", "kiri"}
