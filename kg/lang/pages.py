"""Words of KPU web pages that are not article text: section headers, page
chrome, credit and caption prefixes, month and weekday names.

Used by kg.sources to tell titles from body paragraphs and to read dates.
Everything is lower-case; matching folds case.
"""

# A listing page may open with one of these; it names the section, it is not an article.
SECTION_HEADERS = [
    "berita", "berita terkini", "berita terbaru", "berita utama", "berita kpu",
    "kpu dalam berita", "berita satker", "berita daerah", "berita kpu daerah",
    "berita kpu provinsi", "berita kpu kabupaten/kota", "kabar kpu", "kabar satker",
    "opini", "artikel", "pengumuman", "siaran pers", "rilis", "rilis media", "press release",
    "kegiatan", "agenda", "info pemilu", "informasi", "publikasi", "liputan", "headline",
    "arsip berita", "terpopuler", "populer", "sorotan", "galeri", "galeri kegiatan",
    "news", "latest news", "seputar kpu", "kpu terkini", "warta kpu", "warta",
]

# Sections of columns: an author's view, which reports no event anyone attended.
OPINION_SECTIONS = ["opini", "kolom", "artikel opini", "opini publik"]
# The byline a column's text opens with ("Oleh : Nama, Anggota KPU ...").
BYLINE_WORDS = ["oleh", "penulis", "ditulis oleh"]

# Read-more links: the line before one is a teaser's text, never a title.
_ARROWS = r"[»>›.…→⟶➔➜➞▶►≫\]\[)(-]*"
READ_MORE_LINES = [
    rf"{_ARROWS}\s*(baca\s+)?selengkapnya\s*{_ARROWS}",
    rf"{_ARROWS}\s*read\s+more\s*{_ARROWS}",
    rf"{_ARROWS}\s*lanjut(kan)?\s+(membaca|baca)\s*{_ARROWS}",
    rf"{_ARROWS}\s*(lihat|baca)\s+(semua|selengkapnya|lainnya|lanjut|lanjutan|berita)\s*{_ARROWS}",
    rf"{_ARROWS}\s*(continue\s+reading|more)\s*{_ARROWS}",
]

# Lines of page furniture (read-more links, pagination, share bars): dropped, never text.
# Regular expressions, matched against the whole stripped line, case folded.
CHROME_LINES = READ_MORE_LINES + [
    r"(bagikan|share)(\s+(ke|on|:).*)?",
    # share buttons printed as words: "Facebook Twitter WhatsApp", "Share: Facebook | X | Email"
    r"((bagikan|share|sebarkan)\s*(ke|on|:)?\s*)?((facebook|twitter|whatsapp|telegram|linkedin|instagram|"
    r"pinterest|tumblr|reddit|line|email|e-mail|print|cetak|tweet|x|copy\s+link|salin\s+tautan)[\s,|/:·•-]*)+",
    # the age of a post: "2 tahun yang lalu", "3 hari lalu", "5 hours ago"
    r"(diposting\s+|posted\s+)?\d+\s+(detik|menit|jam|hari|minggu|pekan|bulan|tahun|seconds?|minutes?|hours?|days?"
    r"|weeks?|months?|years?)\s+(yang\s+)?(lalu|ago)",
    # tag and category lines under an article: "Tags: Pemilu 2019, Sosialisasi", "Kategori : Berita"
    r"(tags?|kategori|categories|category|label|topik)\s*:.*",
    # view and comment counters: "Dilihat 388 kali", "1.204 views", "Hits: 12", "3 Komentar"
    r"(dilihat|dibaca|views?|hits?|pembaca|klik|komentar|comments?)\s*:?\s*[\d.,]+(\s*(kali|x|views?))?",
    r"[\d.,]+\s*(kali\s+|x\s+)?(dilihat|dibaca|views?|hits?|pembaca|komentar|comments?)",
    # a line of hashtags, with at most a greeting before them: "Haloo... #TemanPemilih #KPUMelayani"
    r"([^\s#]+\s+){0,2}(#[\w-]+[\s,.!]*)+",
    # pagination: "« Sebelumnya 1 2 3 … 10 Berikutnya »", "Halaman 2 dari 9"
    r"(?:[\d\s«»‹›<>.…|/-]|sebelumnya|berikutnya|selanjutnya|next|prev(?:ious)?|older|newer"
    r"|posts?|pertama|terakhir|first|last|halaman|page|dari|of)+",
]

# A short line starting like this is a credit, caption or link, not a title.
NOT_TITLE_PREFIXES = [
    "baca juga", "foto:", "foto :", "sumber:", "sumber :", "editor:", "editor :",
    "penulis:", "penulis :", "reporter:", "reporter :", "tags:", "tag:", "kategori:",
    "keterangan foto", "ket. foto", "ket foto", "caption:", "diposting", "dipublikasikan",
    "posted", "oleh:", "oleh :",
]

# The first word of a photo caption, which says what the picture shows: "Sambutan Ketua KPU X
# Dalam Membuka Acara", "Suasana Rapat Pleno ...", "Tampak Anggota KPU ...", "Foto bersama ...".
CAPTION_WORDS = ["sambutan", "suasana", "tampak", "foto", "dokumentasi", "dok.", "ilustrasi", "potret"]

# A line of one or two words between a headline and its body is who posted it ("Admin",
# "iwan"); these words open a longer credit line ("Oleh: Humas KPU", "Posted by admin").
CREDIT_PREFIXES = ["oleh", "penulis", "ditulis oleh", "posted by", "by", "editor", "reporter",
                   "kontributor", "pewarta",
                   # the office's press desk signing the post: "Humas KPU Konsel", "Admin KPU Kab. X"
                   "humas", "tim humas", "hupmas", "admin", "administrator", "redaksi", "webmaster"]

MONTHS = {
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "pebruari": 2, "feb": 2, "peb": 2, "february": 2,
    "maret": 3, "mar": 3, "march": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "aug": 8, "august": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10, "october": 10,
    "november": 11, "nov": 11, "nopember": 11, "nop": 11,
    "desember": 12, "des": 12, "dec": 12, "december": 12,
}

WEEKDAYS = [
    "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "jum’at", "jum`at", "jum‘at", "jumaat", "sabtu",
    "minggu", "ahad",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
]
