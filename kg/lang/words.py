"""Language data for Indonesian KPU news: abbreviations, titles, cue words.

Kept apart from the logic that uses it, so it can be extended without reading
the code. Everything here is lower-case unless said otherwise.
"""

# Tokens ending in "." that do not end a sentence.
ABBREVIATIONS = [
    "dr", "drs", "dra", "prof", "ir", "h", "hj", "kh", "st", "sh", "mh", "msi", "si",
    "mm", "mpd", "spd", "se", "sip", "sos", "ssos", "mt", "skom", "mkom", "phd", "ma",
    "plt", "plh", "pj", "kab", "prov", "kec", "kel", "jl", "jln", "no", "nomor", "tgl",
    "bpk", "ibu", "sdr", "sdri", "a.md", "amd", "dll", "dsb", "dst", "yth", "kom", "pol",
    "moch", "muh", "moh", "mochd", "mgr", "pdt", "ust", "hlm", "vol", "ir", "lc", "ak", "tgh", "tgkh", "tgk",
    "s.h", "m.si", "m.h", "s.sos", "s.ip", "s.pd", "m.pd", "s.e", "m.m", "s.t", "m.t",
    "s.kom", "m.kom", "s.ag", "m.ag", "s.hi", "m.hi",
    # branches and corps after a military rank: "Letkol Inf. Edi ...", "Kolonel Czi. ...", "(Purn.)"
    "drh", "inf", "kav", "arm", "czi", "cpm", "cba", "chb", "ckm", "caj", "mar", "pnb", "tek", "kes", "purn",
]

# Academic, religious and police/military titles stripped from names (kept as a property).
NAME_TITLES_BEFORE = [
    "prof", "dr", "drs", "dra", "ir", "h", "hj", "kh", "ust", "ustadz", "ustadzah", "pdt",
    "romo", "bapak", "ibu", "pak", "bu", "sdr", "sdri", "saudara", "saudari", "kombes",
    "kombes pol", "pol", "akbp", "akp", "kompol", "ajun", "iptu", "ipda", "aiptu", "aipda", "brigjen",
    "brigjen pol", "irjen", "irjen pol", "mayjen", "kolonel", "letkol", "mayor", "kapten",
    "tuan", "nyonya", "ners", "apt", "drg", "letda", "lettu", "serka", "serma", "peltu", "pelda",
    "drh", "inf", "kav", "arm", "czi", "cpm", "brigadir", "bripka", "briptu", "bripda", "ajun komisaris",
    # religious titles of regions: Sasak/NTB Tuan Guru Haji, Aceh Teungku, pesantren kiai
    "tgh", "tgkh", "tuan guru haji", "tuan guru", "tgk", "teungku", "kiai", "kyai", "ustaz", "ustazah",
    "habib", "buya", "pendeta", "pastor",
    # a military rank and its branch: "Brigjen TNI Bobby ...", "Laksma TNI ...", "Marsma TNI ..."
    "tni", "letjen", "laksma", "laksda", "marsma", "marsda", "letnan", "laksamana", "marsekal",
    # honorifics as pages abbreviate them: "Bpk. Herwyn ...", "Bpk Olly ...", "Sdri. Nur ..."
    "bpk", "bp", "sdra", "drh",
]
NAME_TITLES_AFTER = [
    "s.h", "sh", "m.h", "mh", "m.si", "msi", "s.sos", "s.ip", "sip", "s.pd", "m.pd", "s.e", "se",
    "m.m", "mm", "s.t", "st", "m.t", "mt", "s.kom", "m.kom", "s.ag", "m.ag", "s.hi", "m.hi",
    "s.i.k", "m.hum", "s.pd.i", "m.pd.i", "s.h.i", "m.h.i", "s.ak", "m.ak", "m.ap", "m.kn", "s.farm",
    "ph.d", "phd", "m.a", "ma", "m.sc", "msc", "s.si", "lc", "mba", "m.ap", "s.ap", "s.ikom",
    "m.ikom", "s.psi", "m.psi", "s.ked", "sp", "a.md", "amd", "ak", "ca", "cpa", "s.kep",
    "m.kes", "s.km", "m.pa", "s.pi", "m.sos", "s.stp", "m.ip", "s.fil", "cht", "m.eng",
    # degrees of universities abroad and of applied programmes: "Rina V. Yuniarti, M.Ed"
    "m.ed", "s.ed", "b.ed", "b.a", "m.phil", "m.b.a", "s.tr", "m.tr", "s.st", "m.kp", "s.e.i", "m.e.i",
    "s.sy", "m.sy", "s.th", "m.th", "s.ars", "m.ars", "s.gz", "s.k.m", "m.m.pd", "mpa", "m.pa", "llm", "ll.m",
    # Sarjana Sastra, printed with or without its dot: "Rina Wati, S.S", "Yohanes Bata, SS"
    "s.s", "ss",
]

# Titles of NAME_TITLES_BEFORE that pages also print in lower case before a
# name ("dr. Rina Puspitasari": a physician).
NAME_TITLES_LOWER = ["dr", "drg", "drh", "apt", "ns",
                     # "Komisioner KPU Provinsi X bapak Widi ...": an honorific between a post and its holder
                     "bapak", "bpk", "ibu", "pak", "bu", "saudara", "saudari", "sdr", "sdri"]
