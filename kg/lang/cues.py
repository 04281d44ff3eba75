"""Cue words that say who took part in an event and how.

Each list is a set of regular-expression fragments (lower-case, matched on
lower-cased text). BEFORE cues stand before the organization or person they
govern ("diselenggarakan oleh KPU RI"), AFTER cues after it ("KPU NTT
menghadiri").
"""

# "<cue> ORG": ORG held the event
# (the passive prefix also written apart: "yang di selenggarakan Provinsi", as "di hadiri" below)
ORGANIZED_BEFORE = [
    r"di ?selenggarakan(?: secara [\w/]+)?(?: oleh)?", r"digelar(?: secara [\w/]+)?(?: oleh)?",
    r"di ?laksanakan(?: secara [\w/]+)?(?: oleh)?", r"di ?adakan(?: secara [\w/]+)?(?: oleh)?",
    r"diinisiasi(?: oleh)?", r"difasilitasi(?: oleh)?", r"diprakarsai(?: oleh)?",
    r"yang (?:di)?gelar(?: secara [\w/]+)? oleh", r"diselenggarakannya(?: oleh)?",
    # ("melantik badan penyelenggara yaitu PPK dan PPS": the ad hoc bodies are who is sworn in, not the host)
    r"(?<!badan )(?<!badan ad hoc )(?<!badan adhoc )penyelenggara(?:nya)?(?: adalah| yaitu)?",
    r"tuan rumah(?: kegiatan)?(?: adalah)?",
    # who invites holds the event: "menghadiri undangan Pemkab X", "atas undangan Bawaslu Y"
    r"(?:atas |memenuhi |menghadiri |mendapat )?undangan(?: dari)?",
    # who swears in holds the swearing-in: "dilantik oleh KPU X"
    r"dilantik(?: secara resmi| langsung)?(?: oleh)?",
    # "terselenggara atas kerja sama KPU X dan PMI Y": the partners hold it together
    r"atas kerja ?sama(?: antara)?",
    # "kegiatan ini merupakan kerja sama antara KPU X dan Universitas Y", "hasil kolaborasi antara A dan B"
    r"(?:merupakan|hasil|wujud|bentuk) (?:kerja ?sama|kolaborasi)(?: antara)?",
]
# "ORG <cue>": ORG held the event
ORGANIZED_AFTER = [
    r"(?:kembali |resmi |telah |akan )?(?:menggelar|menyelenggarakan|melaksanakan|mengadakan|melakukan|"
    r"gelar|adakan|laksanakan|selenggarakan)",
    r"(?:menerima|terima|menyambut) (?:audiensi|kunjungan|kedatangan|silaturahmi|rombongan)",
    r"(?:menjadi )?tuan rumah",
    # verbs that are the event itself: "KPU Kota X melantik ...", "A dan B menandatangani ..."
    r"(?:resmi )?(?:melantik|lantik|mengukuhkan|menandatangani|meneken|teken|tandatangani|meluncurkan|"
    r"luncurkan|menetapkan|tetapkan|mendistribusikan|distribusikan|menyalurkan|salurkan|membekali|bekali)",
    # who invites others to the event holds it: "KPU X mengajak seluruh stakeholder untuk evaluasi ..."
    r"(?:kembali |telah )?(?:mengajak|ajak|mengumpulkan|kumpulkan|menghelat|helat|menggagas|gagas)",
    # who invites holds the event: "SMAN 2 X mengundang KPU Y sebagai narasumber"
    r"(?:kembali |telah )?(?:mengundang|undang)",
    # outreach given by the body: "KPU Sosialisasikan PKPU 10", "Biro X memberikan sosialisasi kepada ..."
    r"(?:kembali |telah )?(?:sosialisasikan|menyosialisasikan|mensosialisasikan|"
    r"(?:memberikan|berikan) (?:sosialisasi|bimtek|bimbingan teknis|pelatihan|pembekalan|penyuluhan))",
    # who brings a partner in holds the event with it: "KPU X menggandeng Dinas Y untuk sosialisasi"
    r"(?:kembali |telah )?(?:menggandeng|gandeng)",
]
# "ORG <cue>": ORG took part
ATTENDED_AFTER = [
    r"(?:turut |ikut |juga |pun |telah |secara \w+ )*(?:menghadiri|mengikuti|hadiri|ikuti|hadir|"
    r"berpartisipasi|ikut serta|turut serta|ambil bagian|terlibat|bergabung)",
    # who speaks or moderates takes part: "Ketua KPU X menjadi narasumber dalam dialog ..."
    r"(?:menjadi|sebagai|bertindak sebagai|hadir sebagai|tampil sebagai|didapuk (?:menjadi|sebagai)) "
    r"(?:narasumber|nara sumber|pemateri|pembicara|panelis|moderator|peserta)",
    r"(?:melakukan |mengadakan )?(?:kunjungan|audiensi|kunker)",
    r"kunjungi|mengunjungi|berkunjung",
    r"(?:me)?nyambangi|sambangi|bertandang|bersilaturahmi|bersilaturahim",
    # who is sworn in takes part: "PPK se-Kabupaten X siap dilantik", "anggota PPS resmi dilantik"
    r"(?:siap |akan |resmi |telah |segera |sudah )?(?:dilantik|diambil sumpah(?:nya)?)",
]
# "<cue> ORG": ORG took part
ATTENDED_BEFORE = [
    r"di ?ikuti(?: [\w/]+){0,2}? oleh", r"di ?hadiri(?: [\w/]+){0,2}? oleh", r"di ?ikuti", r"di ?hadiri",
    r"(?:turut )?hadir(?: pula)?(?: dalam kegiatan \w+)?(?: dari)?", r"peserta(?:nya)?(?: dari| berasal dari)?",
    r"perwakilan(?: dari)?", r"narasumber(?: utama)?(?: dari| berasal dari)?", r"pemateri(?: dari)?",
    r"bersama(?: dengan)?", r"melibatkan", r"mengundang", r"menghadirkan",
    r"(?:menerima |terima )?(?:audiensi|kunjungan)(?: kerja| edukasi| studi(?: banding)?| silaturahmi)?(?: dari)?"
    r"(?: pengurus| jajaran| rombongan| mahasiswa| siswa| pelajar)?",
    r"diwakili(?: oleh)?", r"(?:materi )?disampaikan oleh", r"(?:ditujukan |diberikan )?kepada",
    # whom a training is for: "bimtek ... bagi operator kehumasan KPU kabupaten/kota se-X"
    r"(?:diperuntukkan |ditujukan )?bagi",
    # security and escort at the event: "pengamanan dilakukan oleh personel Polres X",
    # "personel pengamanan dari Polres X", "dikawal oleh Kodim X"
    r"pengamanan(?: [\w ]{1,30}?)? (?:dilakukan |dilaksanakan )?oleh(?: personel| aparat| anggota)?",
    r"personel(?: pengamanan| gabungan)?(?: dari)?", r"dikawal(?: ketat)?(?: oleh)?(?: personel)?",
    r"saksi(?: dari| mandat)?",
    # who is sworn in or trained takes part: "melantik 69 anggota PPK se-Kabupaten X"
    r"melantik(?: \d[\d.]*)?(?: orang)?(?: anggota| ketua)?", r"bekerja\s?sama dengan",
    r"(?:menggandeng|gandeng)",
    # who a meeting is with: "rapat koordinasi dengan Polres X", "pertemuan dengan Pemkab Y"
    r"(?:rapat koordinasi|rakor|rapat|pertemuan|diskusi|dialog|silaturahmi|silaturahim)(?: \w+){0,3}? dengan",
    r"(?:akademisi|praktisi|pakar|ahli|tokoh)(?: \w+){0,2}? dari",
    # the other party of an agreement: "menandatangani nota kesepahaman dengan Universitas X dan Y"
    r"(?:nota kesepahaman|memorandum of understanding|mou|perjanjian kerja ?sama|kesepakatan(?: bersama)?|pks)"
    r"(?: \([^)]{1,12}\))?(?: [\w/]+){0,3}? dengan",
    # who comes along with an official: "diterima Pj Bupati, didampingi Kepala Kesbangpol X"
    r"didampingi(?: oleh)?",
    # the body visited hosts the visit: "Mahasiswa X kunjungi KPU Y", "DPRD Z kunjungan kerja ke KPU W"
    r"(?:me)?(?:ngunjungi|kunjungi|nyambangi|sambangi)|(?:berkunjung|bertandang|kunjungan(?: kerja)?|kunker|"
    r"silaturahmi|silaturahim|audiensi) ke",
]

# "<cue> ORG": ORG's official opened the event ("dibuka secara resmi oleh Ketua KPU Kota X"):
# ORG takes part, and holds the event when no one else is said to.
OPENED_BEFORE = r"dibuka(?: secara resmi| secara langsung| langsung| resmi)?(?: oleh)?"

# "<cue> ORG": ORG is where something is sent or reported, not a participant
# ("hasilnya disampaikan kepada KPU RI", "telah diajukan ke KPU RI", "kami
# laporkan kepada Bawaslu"). Checked before the cues of taking part.
REPORTED_TO_BEFORE = [
    r"(?:di|me|meny|kami |akan )?(?:sampaikan|serahkan|laporkan|ajukan|kirim|kirimkan|usulkan|teruskan|"
    r"tembuskan|sampaikannya|laporkannya|adukan|mintakan|disampaikan|diserahkan|dilaporkan|diajukan|"
    r"dikirim|dikirimkan|diusulkan|diteruskan|ditembuskan|menyampaikan|menyerahkan|melaporkan|"
    r"mengajukan|mengirim|mengirimkan|mengusulkan|meneruskan)(?: [\w/]+){0,4}? (?:kepada|ke)",
    r"(?<!rapat )(?<!rakor )(?:koordinasi|berkoordinasi|dikoordinasikan) (?:lebih lanjut )?(?:dengan|kepada|ke)",
]

# What a person did at the event, by the words before their name (nearest wins).
PERSON_ROLE_BEFORE = [
    ("OPENED", r"dibuka(?: secara resmi| langsung| secara langsung)?(?: oleh)?|membuka"),
    ("LED", r"dipimpin(?: langsung)?(?: oleh)?|memimpin|dimoderatori(?: oleh)?|dipandu(?: oleh)?|moderator(?:nya)?(?: adalah)?"),
    ("SPOKE_AT", r"narasumber(?: utama)?|pemateri|pembicara|menghadirkan|materi disampaikan oleh|"
                 r"sambutan(?: oleh)?|keynote speaker"),
    ("ATTENDED", r"dihadiri(?: oleh)?|diikuti(?: oleh)?|hadir|didampingi(?: oleh)?|bersama|peserta"),
]
# Who spoke: the people named after a speaker word, up to the end of its clause
# ("Sebagai narasumber, hadir Ketua X, A, dan Ketua Y, B"; "narasumber kegiatan
# ini yakni A dan B"), and a person followed by one ("A hadir sebagai narasumber",
# "kata A saat menjadi narasumber", "A bertindak sebagai pemateri"). A speaker
# word with nobody after it may open a list in the next sentence ("... menghadirkan
# sejumlah narasumber. Di antaranya A; B; C").
SPEAKER_WORD = r"(?:narasumber|nara sumber|pemateri|pembicara|panelis|keynote speaker)"
SPEAKER_AFTER_NAME = (
    r"^[\s,]*(?:\([^)]{0,40}\)[\s,]*)?(?:(?:pada|saat|ketika|sewaktu|yang|juga|turut|hadir|bertindak|tampil|"
    r"didapuk|dipercaya|ditunjuk|kembali|langsung|sekaligus|selaku|sebagai|menjadi)\s+)*" + SPEAKER_WORD + r"\b"
)
# Who is named after "<word> dari ORG," as a speaker is: "Akademisi dari Universitas X, Dr. Y, ...".
EXPERT_WORD = r"(?:akademisi|praktisi|pakar|pengamat|peneliti|ahli)"
SPEAKER_LIST_NEXT = r"^(?:di antaranya|diantaranya|antara lain|yakni|yaitu|mereka adalah|masing-masing)\b"

# Words after a person's name (and the degrees or post after it) that say the
# person led what the article reports: "Komisioner X, Nama, melakukan monitoring".
PERSON_LED_AFTER = r"(?:melakukan|memimpin|menggelar|melaksanakan|membuka|meninjau|memantau)"

# Words after a person's name that say they spoke.
PERSON_SPOKE_AFTER = (
    r"(?:menyampaikan|menjelaskan|menegaskan|menekankan|memaparkan|mengatakan|menambahkan|"
    r"mengungkapkan|menyoroti|mengingatkan|mendorong|mengajak|mengimbau|membagikan|menguraikan|"
    r"memperkenalkan|berbagi|menilai|mencontohkan|mengapresiasi|berharap|menuturkan)"
)

# Quote attributions: ujar Reni, kata Dody, tegas Baharudin.
ATTRIBUTION_BEFORE = (
    r"(?:ujar|ujarnya|kata|katanya|tutur|tuturnya|jelas|jelasnya|terang|terangnya|tambah|tambahnya|"
    r"ungkap|ungkapnya|tegas|tegasnya|pungkas|pungkasnya|papar|paparnya|sebut|imbuh|lanjut|"
    r"menurut|tandas|urai|ucap|ajak|ajaknya|harap|harapnya|pinta|sambung|ucapnya)"
)
# Words before a name of who led, opened or spoke, without a post ("dipandu oleh Rina Kartika").
LED_BY_BEFORE = r"(?:dipandu|dipimpin|dimoderatori|dibuka|dibawakan|disampaikan|dipaparkan)(?: langsung| secara resmi)?(?: oleh)?"

# A cue that opens a list of who attended ("Hadir dalam rapat itu Ketua X, saksi
# ..., serta KPU kabupaten/kota se-Bali"): every organization in the list up to
# LIST_END attended, also when people and posts stand between them.
ATTENDED_LIST_OPENERS = [
    r"di ?hadiri(?: pula| juga)?(?: oleh)?", r"di ?ikuti(?: pula| juga)?(?: oleh)?", r"turut hadir", r"tampak hadir",
    r"hadir(?: pula| juga)?", r"peserta(?:nya)?(?: berasal)? dari", r"disaksikan(?: oleh)?",
    # who is sworn in takes part: "anggota yang dilantik, A (PPK Poasia) dan B (PPK Kambu)"
    r"yang dilantik(?: yakni| yaitu| adalah)?",
    # who speaks comes: "materi disampaikan oleh Kakanwil X, Kepala Dinas Y, Bawaslu Z Nama serta ..."
    r"(?:materi )?(?:disampaikan|dipaparkan) oleh", r"(?:para )?narasumber(?:nya)?(?: kegiatan(?: ini)?)?(?: yaitu| yakni| adalah)?",
    r"menghadirkan(?: narasumber| pemateri)?", r"didampingi(?: oleh)?",
    # who is invited to the event takes part: "pihak yang diundang di antaranya yaitu Polres X, Kesbangpol
    # dan Bawaslu", "turut diundang Dinas Y", "mengundang Polres X, Kodim Y dan Bawaslu Z"
    r"(?:turut |juga |yang )?diundang(?: pula| juga)?(?: dalam (?:kegiatan|rapat|acara)(?: \w+)?)?"
    r"(?: (?:di ?antaranya|antara lain))?(?: yaitu| yakni| adalah)?",
    r"mengundang(?: pula| juga)?",
]
# The parties of a meeting or an agreement, in the sentences that report the event (the first
# three): "FGD ... antara KPU, Bawaslu, Pemkot X dan Polres", "penandatanganan MoU antara KPU X
# dan Universitas Y" (not "antara lain", nor a gap: "selisih data antara ...").
MEETING_PARTIES_OPENER = (
    r"(?:fgd|focus group discussion|diskusi|forum|rapat|rakor|koordinasi|konsolidasi|dialog|pertemuan|"
    r"mou|nota kesepahaman|perjanjian kerja ?sama|kesepakatan|penandatanganan)[^.;]{0,80}?\bantara(?! lain)\b")
# What ends such a list: a clause of its own (not the "yang membidangi hukum"
# that says which official of the organization came).
LIST_END = (
    r"\b(?:yang(?! (?:membidangi|menangani|membawahi|bertugas|berasal|mewakili|diwakili|juga)\b)|untuk|guna|agar|supaya|dalam rangka|sehingga|karena|namun|bahwa|dibuka|dipimpin|"
    r"diselenggarakan|digelar|dilaksanakan|menyampaikan|mengatakan|memaparkan|menjelaskan|menegaskan|"
    r"sedangkan|sementara)\b|[;:]"
)

# Where the article moves on to a second event ("Keesokan harinya, KPU X juga
# menggelar jalan sehat ...", "Selanjutnya pada hari Rabu (6/11), ... bimtek",
# "Dilanjutkan dengan kirab maskot yang diikuti pelajar ..."): from there to the
# end of the sentence, who is named takes part in that event, not the main one.
# A session of the same event ("dilanjutkan dengan diskusi / arahan / pemaparan")
# is not a second event.
SECOND_EVENT = (
    r"\b(?:keesokan harinya|esok harinya|sehari (?:kemudian|setelahnya)|pada hari berikutnya|"
    r"(?:selanjutnya|kemudian|sementara itu),? pada (?:hari )?(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)|"
    r"dilanjutkan dengan (?:kegiatan )?(?:kirab|pawai|jalan sehat|senam|gowes|kunjungan|peninjauan|"
    r"monitoring|supervisi|rapat|rakor|bimbingan|bimtek|pelatihan|penanaman|bakti sosial|karnaval))\b"
)

# Where a sentence turns to an event other than the one reported, earlier or later: what
# the event follows up ("sebagai tindak lanjut arahan KPU RI dalam rakor yang digelar KPU RI
# pada ..."), and who will take part in a later one ("MoU itu nantinya akan melibatkan Dinas
# X"). Who is named after it took no part in the event reported.
OTHER_EVENT = (
    r"\b(?:(?:sebagai|merupakan|menjadi|adalah|wujud|bentuk) (?:sebuah |salah satu )?tindak ?lanjut(?: dari| atas)?|"
    r"(?:nantinya |rencananya |ke ?depan(?:nya)? )?akan (?:melibatkan|dihadiri|diikuti|mengundang|menghadirkan|"
    r"menggandeng|bekerja ?sama dengan))\b"
)

# Before the name of a party to a complaint or case ("diadukan oleh Suryadi ...",
# "pengadu, Budi ...", "dilaporkan oleh Rina ...").
PARTY_TO_CASE_BEFORE = (
    r"(?:diadukan|dilaporkan|digugat|dimohonkan|diajukan) oleh|(?:pihak )?(?:pengadu|pelapor|pemohon|teradu|"
    r"terlapor|penggugat|tergugat)(?: atas nama| yakni| yaitu| adalah)?"
)
# After a name and a comma, words that say the name is a person: "Rina Wati, warga Desa X".
CITIZEN_AFTER_NAME = (r"(?:warga|penduduk|seorang warga|pemilih|mahasiswa|pelajar|siswa|siswi|ibu rumah tangga|petani|"
                      r"nelayan|musisi|seniman|penyanyi|pencipta lagu|budayawan|pengusaha|atlet|desainer|"
                      r"tokoh (?:masyarakat|agama|pemuda|adat))")

# Words that make a post a former one, before its title ("mantan Ketua KPU X", "eks Anggota Bawaslu Y").
FORMER_WORDS = ["mantan", "eks", "bekas", "purnatugas", "purna tugas", "purnabakti", "purna bakti"]
