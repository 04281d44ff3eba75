"""Personal-name data for Indonesian pages: spellings that are one given name.

Lower-case. kg/resolve/names.py treats every spelling in one group (and the
abbreviations listed with it) as the same name token, so `Moch. Afifuddin`,
`Mochamad Afifuddin` and `Mochammad Afifuddin` can be recognised as one person.
"""

VARIANT_GROUPS = {
    "muhammad": ["muhammad", "muhamad", "mohammad", "mohamad", "mochammad", "mochamad",
                 "mochamat", "muhamat", "mohamed", "muhammed", "mokhamad", "mokhammad",
                 "muchammad", "muchamad", "mohammed", "moehammad", "mukhammad", "mukhamad",
                 "moch", "moh", "muh", "mhd", "mohd", "muhd", "mch", "mochd", "md"],
    "abdul": ["abdul", "abdoel", "abd"],
    "achmad": ["achmad", "ahmad", "akhmad", "ahmat", "achmat", "ach", "ahm"],
    "yusuf": ["yusuf", "yusup", "yoesoef", "jusuf"],
    "nur": ["nur", "noor", "nurul"],
    "siti": ["siti", "sitti", "st"],
    "sri": ["sri", "sry"],
}

# Tokens that are abbreviations of a group (printed with or without a dot).
GROUP_ABBREVIATIONS = {"moch", "moh", "muh", "mhd", "mohd", "muhd", "mch", "mochd", "md",
                       "abd", "ach", "ahm", "st"}

# Balinese names open with a gender marker, "I" (men) or "Ni" (women), then a
# birth-order or caste word: "I Made Wirawan", "I Gusti Ngurah Agung", "Ni Luh
# Putu Sri". "I" alone reads as a roman numeral; before one of these words it is
# part of the name.
BALINESE_NAME_WORDS = {
    "made", "putu", "gede", "gde", "wayan", "nyoman", "ketut", "kadek", "komang", "nengah",
    "kade", "gusti", "ngurah", "dewa", "ayu", "luh", "bagus", "agung", "ida", "anak", "desak",
    "cokorda", "kompiang",
}

# Rank words of functional posts ("Penata Kelola Pemilu Ahli Pratama") that are
# also common name words ("Rizky Pratama", "Yoga Pratama Putra"): after a name
# word they continue the name (kg.extract.people._rank_in_name).
RANK_WORDS_IN_NAMES = {"pratama", "utama", "madya"}
