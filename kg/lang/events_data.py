"""Language data for events in KPU news: what kinds of event there are and the
words that name them, how a page says an event was online or in person, where
it was held, and how dates are written.

Kept apart from kg.extract.events / kg.extract.dates so a reader can extend the
lists without reading the code. Everything is lower-case; matching folds case.
"""

# Weekday names -> date.weekday() numbers (Monday = 0).
WEEKDAY_NUMBERS = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "jum’at": 4, "jum`at": 4,
    "jumaat": 4, "jum‘at": 4,
    "sabtu": 5, "minggu": 6, "ahad": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}

# Parts of the day written between a weekday and its date: "Jumat sore (6/10)", "Senin pagi, 12 Maret".
DAY_PARTS = ["pagi", "siang", "sore", "petang", "malam", "dini hari", "pagi hari", "siang hari", "sore hari",
             "malam hari", "kemarin", "lalu", "ini"]

# Days said relative to the day the page dates the article ("kemarin", "hari ini"): read only when
# the text writes no date of the event itself.
RELATIVE_DAYS = {"kemarin": -1, "kemarin sore": -1, "kemarin malam": -1, "tadi malam": -1, "semalam": -1,
                 "hari ini": 0, "pagi ini": 0, "siang ini": 0, "sore ini": 0, "malam ini": 0, "tadi pagi": 0,
                 "tadi siang": 0, "besok": 1, "esok hari": 1, "lusa": 2}

# Words joining the two ends of a date range: "20-22", "10 hingga 11", "5 s.d. 7".
RANGE_WORDS = ["-", "–", "—", "s.d.", "s.d", "s/d", "sd", "sampai dengan", "sampai", "hingga", "to"]

# Words just before a date that say it is not the event's date (an earlier
# election, a regulation's date) and words just after it that say the same.
DATE_PAST_BEFORE = ["sejak", "semenjak", "ditetapkan", "diundangkan", "tertanggal", "berlaku",
                    "lahir", "dibentuk"]
DATE_PAST_AFTER = ["lalu", "silam", "yang lalu", "mendatang", "nanti", "yang akan datang"]
# Words a few words before a date that look ahead to it ("Menjelang pemungutan suara Pemilu 14 Februari
# 2024, KPU ... menggelar rakor pada 3 April 2023"): the day of what is prepared, not of the event.
DATE_AHEAD_BEFORE = ["menjelang", "jelang", "menuju", "menyongsong", "dalam rangka persiapan", "mempersiapkan",
                     "menyukseskan", "mensukseskan", "sukseskan"]
# what may stand between those words and the date: the vote named ("pemungutan suara Pilkada Serentak")
DATE_AHEAD_BETWEEN = ["hari", "pemungutan", "penghitungan", "suara", "pencoblosan", "pemilu", "pemilihan", "umum",
                      "pilkada", "pilpres", "pileg", "pilgub", "pilbup", "pilwako", "pilwali", "pilkades",
                      "serentak", "nasional", "lanjutan", "tahun", "h", "pada", "tanggal", "yang", "jatuh",
                      "akan", "digelar", "dilaksanakan"]

# Words a few words before a date that name the voting day ("hingga proses pemungutan suara pada 27 November
# 2024", "hari pencoblosan 14 Februari 2024"): the day of the vote the article looks to, not of its event,
# unless nothing else dates it (a report of the voting day itself). What may stand between: DATE_AHEAD_BETWEEN.
DATE_VOTING_BEFORE = ["pemungutan suara", "pencoblosan", "hari h", "hari pemilihan", "hari pemungutan"]

# Event kinds and the phrases that name them, most specific first inside each
# kind. The first phrase of a name decides its kind (`Rapat Koordinasi
# Sosialisasi ...` is a rakor), so longer phrases win over their prefixes
# ("rapat pleno" over "rapat", "forum group discussion" over "forum").
EVENT_KINDS = {
    "rakor": ["rapat koordinasi", "rakor", "rakorda", "rakornas", "rapat koordinatif"],
    "rapat kerja": ["rapat kerja", "raker", "rakernas", "rakerda"],
    "rapat pleno": ["rapat pleno terbuka", "rapat pleno", "pleno terbuka"],
    "rapat dengar pendapat": ["rapat dengar pendapat", "rdp"],
    "rapat": ["rapat pembahasan", "rapat evaluasi", "rapat persiapan", "rapat internal",
              "rapat", "rapat kerja teknis"],
    "bimtek": ["bimbingan teknis", "bimtek", "bimbingan teknik"],
    "webinar": ["webinar", "web seminar"],
    "seminar": ["seminar nasional", "seminar", "simposium"],
    "workshop": ["workshop", "lokakarya", "loka karya"],
    "fgd": ["focus group discussion", "forum group discussion", "focused group discussion",
            "diskusi kelompok terpumpun", "fgd", "dkt"],
    "knowledge sharing": ["knowledge sharing", "sharing session", "sharing of experience",
                          "berbagi pengetahuan"],
    "diskusi": ["diskusi publik", "diskusi", "forum", "dialog", "talkshow", "talk show",
                "gelar wicara", "ngobrol", "ngopi", "sarasehan", "bincang"],
    "kajian": ["kajian", "bedah buku", "bedah kasus", "telaah"],
    "sosialisasi": ["sosialisasi", "diseminasi"],
    "pendidikan pemilih": ["pendidikan pemilih", "kpu goes to school", "kpu goes to campus",
                           "kelas pemilu", "desa peduli pemilu"],
    "pelatihan": ["pelatihan", "diklat", "pendidikan dan pelatihan", "coaching clinic",
                  "peningkatan kapasitas", "penguatan kapasitas", "training", "kursus"],
    "orientasi": ["orientasi tugas", "orientasi", "pembekalan", "latsar", "pelatihan dasar"],
    "apel": ["apel pagi", "apel siaga", "apel gabungan", "apel kesiapan", "apel"],
    "upacara": ["upacara bendera", "upacara peringatan", "upacara"],
    "audiensi": ["audiensi", "silaturahmi", "silaturahim", "courtesy call"],
    "kunjungan": ["kunjungan kerja", "kunjungan", "kunker", "studi banding", "studi tiru",
                  "supervisi", "monitoring lapangan"],
    "pelantikan": ["pelantikan", "pengambilan sumpah", "pengucapan sumpah", "serah terima jabatan",
                   "sertijab"],
    "launching": ["launching", "soft launching", "grand launching", "peluncuran"],
    "monev": ["monitoring dan evaluasi", "monev", "e-monev", "evaluasi"],
    "monitoring": ["monitoring", "pemantauan", "peninjauan", "inspeksi"],
    "presentasi": ["presentasi", "paparan", "ekspose", "expose"],
    "penandatanganan": ["penandatanganan", "nota kesepahaman", "perjanjian kerja sama", "mou"],
    "simulasi": ["simulasi", "uji coba", "gladi"],
    "konferensi pers": ["konferensi pers", "jumpa pers", "press conference", "media gathering"],
    "debat": ["debat publik", "debat kandidat", "debat"],
    "uji publik": ["uji publik", "konsultasi publik"],
    "sidang": ["sidang pemeriksaan", "sidang kode etik", "sidang ajudikasi", "sidang sengketa", "sidang",
               "persidangan"],
    "penghargaan": ["penganugerahan", "anugerah", "malam penghargaan", "penyerahan penghargaan"],
    "lomba": ["lomba", "kompetisi", "sayembara"],
    "kegiatan keagamaan": ["doa bersama", "halal bihalal", "halalbihalal", "buka puasa bersama",
                           "pengajian", "ibadah bersama", "retret"],
    "olahraga": ["jalan sehat", "senam bersama", "senam", "fun run", "turnamen"],
    "asistensi": ["asistensi", "pendampingan", "konsultasi"],
    # the tests of a recruitment (ad hoc bodies, KPU members, staff): every election cycle holds them
    "tes": ["tes tertulis", "ujian tertulis", "seleksi tertulis", "tes cat", "tes berbasis cat",
            "computer assisted test", "tes wawancara", "seleksi wawancara", "tes kesehatan", "tes psikologi",
            "ujian cat", "tes potensi"],
    "koordinasi": ["koordinasi"],
}

# Kinds a body names mostly as a stage it recounts ("lolos seleksi administrasi, tes tertulis dan wawancara"):
# the body's phrase is the event only when the headline names the same kind.
HEADLINE_KINDS = {"tes"}

# Short forms that a name is expanded from, so `Rakor X` and `Rapat
# Koordinasi X` name one event.
NAME_EXPANSIONS = {
    "rakor": "Rapat Koordinasi",
    "rakorda": "Rapat Koordinasi Daerah",
    "rakornas": "Rapat Koordinasi Nasional",
    "raker": "Rapat Kerja",
    "rakernas": "Rapat Kerja Nasional",
    "bimtek": "Bimbingan Teknis",
    "monev": "Monitoring dan Evaluasi",
    "kunker": "Kunjungan Kerja",
    "diklat": "Pendidikan dan Pelatihan",
    "rdp": "Rapat Dengar Pendapat",
    "sertijab": "Serah Terima Jabatan",
}

# Verbs that introduce the event an article reports, in body text and in
# headlines ("KPU NTT Ikuti Rakor ...", "menggelar Rapat ...").
EVENT_VERBS = [
    "menghadiri", "hadiri", "mengikuti", "ikuti", "ikut", "menggelar", "gelar", "digelar",
    "melaksanakan", "laksanakan", "dilaksanakan", "melakukan", "lakukan", "menyelenggarakan",
    "selenggarakan", "diselenggarakan", "mengadakan", "adakan", "diadakan", "menerima", "terima",
    "mengunjungi", "kunjungi", "membuka", "buka", "dibuka", "memimpin", "pimpin", "menjadi tuan rumah",
    "berpartisipasi dalam", "turut serta dalam", "hadir dalam", "hadir pada", "hadir di",
    "melalui", "dalam kegiatan", "dalam acara", "menyambut", "meluncurkan", "luncurkan",
    "melantik", "lantik", "mengirimkan", "kirim", "mendampingi", "dampingi", "bersama",
]

# Verbs that name the event by their noun when the page writes no event word
# ("KPU Kota X melantik 150 anggota PPK ..." reports a Pelantikan): verb ->
# (noun, event kind).
NOMINAL_VERBS = {
    "melantik": ("Pelantikan", "pelantikan"), "lantik": ("Pelantikan", "pelantikan"),
    "dilantik": ("Pelantikan", "pelantikan"),
    "mengukuhkan": ("Pengukuhan", "pelantikan"), "kukuhkan": ("Pengukuhan", "pelantikan"),
    "menandatangani": ("Penandatanganan", "penandatanganan"),
    "tandatangani": ("Penandatanganan", "penandatanganan"), "teken": ("Penandatanganan", "penandatanganan"),
    "meluncurkan": ("Peluncuran", "launching"), "luncurkan": ("Peluncuran", "launching"),
    "menetapkan": ("Penetapan", None), "tetapkan": ("Penetapan", None),
    # "KPU Kabupaten X mulai mendistribusikan logistik Pemilihan ..." reports a Distribusi Logistik
    "mendistribusikan": ("Distribusi", None), "distribusikan": ("Distribusi", None),
    "menyalurkan": ("Penyaluran", None), "salurkan": ("Penyaluran", None),
    "membekali": ("Pembekalan", None), "bekali": ("Pembekalan", None),
    # "KPPN Mataram Sambangi KPU Kab. X", "KPU Y Kunjungi SMA Negeri 2 Z": a visit to its object
    "mengunjungi": ("Kunjungan ke", "kunjungan"), "kunjungi": ("Kunjungan ke", "kunjungan"),
    "menyambangi": ("Kunjungan ke", "kunjungan"), "sambangi": ("Kunjungan ke", "kunjungan"),
    "mendatangi": ("Kunjungan ke", "kunjungan"), "datangi": ("Kunjungan ke", "kunjungan"),
}
# Words after such a verb that end the event's name.
NOMINAL_STOPS = ["untuk", "di", "pada", "dalam", "yang", "sebagai", "bagi", "dengan", "secara", "tahun",
                 "se", "serta", "bertempat", "kepada", "oleh"]

# Generic heads that stand before an event's own name and are not part of it:
# "kegiatan Knowledge Sharing ..." is named "Knowledge Sharing ...".
NAME_HEADS_DROPPED = ["kegiatan", "acara", "agenda", "rangkaian kegiatan", "rangkaian acara"]

# Lower-case words that may sit inside a name between capitalised words
# ("Rapat Koordinasi Pengawasan dalam Rangka Peningkatan ...").
NAME_CONNECTORS = ["dan", "dalam", "rangka", "bagi", "untuk", "tentang", "atas", "terkait",
                   "serta", "di", "lingkungan", "dengan", "pada", "se", "ke", "of", "the", "and",
                   "for", "&", "/", "-", "–", "oleh", "sebagai", "melalui", "menuju", "antara",
                   "yang", "mengenai", "penggunaan"]
# ... of which these end a name unless a capitalised word follows at once,
# and these always end it (they start the date, the place or a clause).
NAME_STOPS = ["pada", "yang", "secara", "bersama", "kepada", "sekaligus", "melalui", "oleh",
              "guna", "sebagai", "via", "bertempat", "berlangsung", "mulai", "selama", "sejak"]
# Numbering words that continue a name in lower case: "sesi II", "seri kedua".
NAME_NUMBERING = ["sesi", "seri", "tahap", "angkatan", "gelombang", "periode", "jilid", "versi",
                  "batch", "putaran", "ke"]
ORDINALS = ["pertama", "kedua", "ketiga", "keempat", "kelima", "keenam", "ketujuh", "kedelapan",
            "kesembilan", "kesepuluh", "terakhir", "lanjutan"]
# Words that start a quoted or unquoted title given to the event.
TITLE_CUES = ["bertajuk", "bertema", "bertemakan", "dengan tema", "mengusung tema", "mengangkat tema",
              "berjudul", "dengan judul", "bertopik", "dengan topik", "tema"]

# ---------------------------------------------------------------- mode

# Said of the event itself: it was held online.
ONLINE_CUES = ["daring", "secara virtual", "virtual", "secara online", "via online", "online meeting",
               "video conference", "video konferensi", "vicon", "telekonferensi", "webinar",
               "zoom meeting", "via zoom", "melalui zoom", "aplikasi zoom", "zoom", "google meet",
               "microsoft teams", "ms teams", "webex", "massive open online course", "mooc"]
# Said of some participants only: part of the event was online. Regular
# expressions over lower-case text.
PARTLY_ONLINE_PATTERNS = [
    r"diikuti\s+(?:pula\s+|juga\s+)?(?:secara\s+)?(?:daring|virtual|online)\s+oleh",
    r"(?<!secara )melalui\s+(?:daring|virtual|online)\b",
    r"(?:siaran|streaming|disiarkan)\s+(?:langsung\s+)?(?:melalui|via|di)\s+(?:kanal\s+|akun\s+)?youtube",
    r"live\s+streaming",
]
# Said of the event: it was (also) held in person.
OFFLINE_CUES = ["luring", "tatap muka", "secara langsung", "offline", "secara fisik"]
HYBRID_CUES = ["hybrid", "hibrida", "hibrid", "daring dan luring", "luring dan daring",
               "online dan offline", "offline dan online", "daring maupun luring",
               "luring maupun daring"]
# Kinds that are held in person unless the page says otherwise.
IN_PERSON_KINDS = ["apel", "upacara", "audiensi", "kunjungan", "pelantikan", "penandatanganan",
                   "olahraga", "kegiatan keagamaan", "rapat pleno", "debat", "simulasi"]
ONLINE_KINDS = ["webinar"]

# Platforms as written -> canonical name.
PLATFORMS = {
    "zoom meeting": "Zoom", "zoom": "Zoom", "youtube": "YouTube", "google meet": "Google Meet",
    "gmeet": "Google Meet", "microsoft teams": "Microsoft Teams", "ms teams": "Microsoft Teams",
    "webex": "Webex", "instagram live": "Instagram", "live instagram": "Instagram",
    "facebook live": "Facebook",
}

# ---------------------------------------------------------------- venue

# Words a venue name starts with ("di Hotel Morrissey", "di Aula ...").
VENUE_HEADS = ["hotel", "aula", "ruang", "ruangan", "gedung", "kantor", "balai", "halaman",
               "auditorium", "wisma", "graha", "pendopo", "pendapa", "lapangan", "kampus",
               "rumah pintar pemilu", "rpp", "gudang", "convention", "hall", "ballroom", "resort",
               "villa", "taman", "alun-alun", "stadion", "gor", "masjid", "gereja", "sekolah",
               "universitas", "museum", "rumah dinas", "rumah jabatan", "sekretariat", "markas",
               "mako", "pusat", "studio", "kafe", "cafe", "restoran", "rumah makan", "asrama",
               "komplek", "kompleks", "jalan", "jl"]
# Words before a place that say the event was held there ("bertempat di").
VENUE_INTROS = ["bertempat di", "berlokasi di", "berlangsung di", "dilaksanakan di", "digelar di",
                "diselenggarakan di", "diadakan di", "di"]
# Words that, after "di", start something other than a place.
NOT_PLACE_AFTER_DI = ["lingkungan", "tingkat", "tengah", "masa", "era", "setiap", "seluruh", "bidang",
                      "wilayah", "daerah", "sela", "hadapan", "bawah", "atas", "antara", "mana",
                      "sini", "situ", "sana", "akhir", "awal", "dalam", "luar",
                      # a passive verb split and capitalised: "di Hadiri", "di Laksanakan"
                      "hadiri", "laksanakan", "selenggarakan", "gelar", "buka", "ikuti", "pimpin", "sampaikan",
                      "hadirkan", "adakan", "lantik", "tutup", "dampingi", "wakili", "saksikan"]

# ---------------------------------------------------------------- names of one event, compared
# (used by kg.resolve.events to tell whether two reports name one event)

# Any written kind -> the kind it is (`rapat koordinasi` -> `rakor`).
KIND_SYNONYMS = {phrase: kind for kind, phrases in EVENT_KINDS.items() for phrase in phrases
                 if phrase != kind}
# Ordinal words -> numbers: `Seri Kedua` is the second of a series.
ORDINAL_WORDS = {"pertama": 1, "kesatu": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5,
                 "keenam": 6, "ketujuh": 7, "kedelapan": 8, "kesembilan": 9, "kesepuluh": 10}
# Words numbering the parts of a series: `Tahap II` is not `Tahap III`.
STAGE_WORDS = ["tahap", "tahapan", "sesi", "seri", "angkatan", "gelombang", "periode", "jilid",
               "batch", "putaran", "bagian", "episode", "volume", "vol"]
# Words that say nothing about which event a name means.
NAME_STOPWORDS = {
    "dan", "dalam", "rangka", "di", "ke", "dari", "pada", "bagi", "untuk", "tentang", "atas", "serta",
    "yang", "dengan", "oleh", "se", "lingkungan", "kegiatan", "acara", "agenda", "pelaksanaan",
    "penyelenggaraan", "kpu", "komisi", "pemilihan", "umum", "ri", "republik", "indonesia",
    "provinsi", "kabupaten", "kota", "tahun", "the", "of", "and", "in",
}

# ---------------------------------------------------------------- what an event is about

# A sentence saying what the event dealt with ("Rapat ini menindaklanjuti ...",
# "Kajian kali ini mengupas ...", "Sosialisasi ini dilaksanakan sehubungan
# dengan ..."): its subjects weigh like the first sentence's. Regular
# expressions over lower-case text.
PURPOSE_PATTERNS = [
    r"\b(?:ini|tersebut|kali ini)\s+(?:\w+\s+){0,2}?(?:membahas|mengupas|menindaklanjuti|bertujuan|"
    r"berfokus|fokus pada|mengangkat|menyoroti|dilaksanakan sehubungan|diselenggarakan sehubungan|"
    r"digelar sehubungan|dalam rangka|merupakan tindak lanjut|untuk membahas|mengusung|"
    r"menjadi langkah|merupakan (?:bagian dari )?upaya|sebagai upaya|menjadi bagian)",
    r"\b(?:bertujuan|tujuan (?:kegiatan|rapat|acara) ini)\b",
    r"\b(?:dengan tema|bertema|bertajuk|mengusung tema)\b",
]

# Parts of an organization's or a post's name (`Ketua Divisi Sosialisasi,
# Pendidikan Pemilih, Partisipasi Masyarakat dan SDM`, `Biro Pengadaan
# Barang/Jasa`): the subjects in them name a unit, not what the event is
# about. Matched case-sensitively; the capitalised words after the head (and
# `dan`, commas) are the unit's name.
UNIT_HEADS = ["Divisi", "Bagian", "Subbagian", "Sub Bagian", "Subbag", "Biro", "Direktorat", "Direktur",
              "Deputi Bidang", "Deputi", "Kadiv", "Kabag", "Kasubbag", "Kasubag", "Kabiro", "Karo",
              "Kapusdatin", "Pusat", "Inspektur", "Inspektorat Wilayah", "Bidang", "Seksi", "Kasi",
              "Sekretariat", "Dinas", "Kementerian", "Fakultas", "Departemen", "membidangi", "Unit",
              "Satuan Tugas", "Satgas"]
