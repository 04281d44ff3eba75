"""Regenerate kg/lang/regions.csv from the npm package `idn-area-data`.

The package follows the latest Kemendagri regulation (38 provinces, 514
regencies/cities, official codes). We take its province and regency CSVs and add
what news writers use but the regulation does not list: short names without
"Kabupaten"/"Kota", abbreviations (NTT, Jateng, Tapteng), former names (DKI
Jakarta) and which city is its province's capital (a bare "KPU Semarang" means the
capital city, see kg/lang/regions.py). Those additions are the tables below.

Usage (needs npm and network; the output is committed, so kg itself never does this):

    python scripts/build_regions.py            # fetch idn-area-data@4.0.1 and write
    python scripts/build_regions.py --from DIR # use an unpacked package/ directory
"""
from __future__ import annotations

import argparse
import csv
import io
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

PACKAGE = "idn-area-data"
VERSION = "4.0.1"
OUT = Path(__file__).resolve().parents[1] / "kg" / "lang" / "regions.csv"

# Province names the source still spells the old way. UU 2/2024 renamed DKI Jakarta.
RENAMES = {"31": "Daerah Khusus Jakarta"}
# Cities the source spells apart that their own laws, governments and KPUs write as one word
# (UU 5/2001 Kota Tanjungpinang, UU 13/2001 Kota Baubau, UU 27/2000 Kota Pangkalpinang); the
# source's spelling stays an alias.
CITY_RENAMES = {"Kota Tanjung Pinang": "Kota Tanjungpinang", "Kota Bau Bau": "Kota Baubau",
                "Kota Pangkal Pinang": "Kota Pangkalpinang"}

# Province abbreviations and other names, by code.
PROVINCE_ALIASES = {
    "11": ["NAD", "Nanggroe Aceh Darussalam"],
    "12": ["Sumut"],
    "13": ["Sumbar"],
    "16": ["Sumsel"],
    "19": ["Babel", "Bangka Belitung", "Kep. Bangka Belitung"],
    "21": ["Kepri", "Kep. Riau"],
    "31": ["DKI Jakarta", "DKI", "Daerah Khusus Ibu Kota Jakarta", "DK Jakarta", "Jakarta"],
    "32": ["Jabar"],
    "33": ["Jateng"],
    "34": ["DIY", "D.I. Yogyakarta", "DI Yogyakarta"],
    "35": ["Jatim"],
    "51": [],
    "52": ["NTB"],
    "53": ["NTT"],
    "61": ["Kalbar"],
    "62": ["Kalteng"],
    "63": ["Kalsel"],
    "64": ["Kaltim"],
    "65": ["Kaltara"],
    "71": ["Sulut"],
    "72": ["Sulteng"],
    "73": ["Sulsel"],
    "74": ["Sultra"],
    "76": ["Sulbar"],
    "82": ["Malut"],
    "92": ["Pabar"],
    "93": ["Papsel"],
    "94": ["Papteng"],
    "95": ["Papeg"],
    "96": ["PBD"],
}

# Regency/city abbreviations in common use, by official name. Only forms that
# name one place; spacing variants (Gunung Kidul/Gunungkidul) need no entry,
# the lookup ignores spaces and hyphens.
REGENCY_ALIASES = {
    "Kabupaten Tapanuli Tengah": ["Tapteng"],
    "Kabupaten Tapanuli Utara": ["Taput"],
    "Kabupaten Tapanuli Selatan": ["Tapsel"],
    "Kabupaten Mandailing Natal": ["Madina"],
    "Kabupaten Serdang Bedagai": ["Sergai"],
    "Kabupaten Humbang Hasundutan": ["Humbahas"],
    "Kabupaten Padang Lawas Utara": ["Paluta"],
    "Kabupaten Padang Lawas": ["Palas"],
    "Kabupaten Labuhanbatu Selatan": ["Labusel"],
    "Kabupaten Labuhanbatu Utara": ["Labura"],
    "Kabupaten Pesisir Selatan": ["Pessel"],
    "Kabupaten Indragiri Hulu": ["Inhu"],
    "Kabupaten Indragiri Hilir": ["Inhil"],
    "Kabupaten Rokan Hulu": ["Rohul"],
    "Kabupaten Rokan Hilir": ["Rohil"],
    "Kabupaten Kuantan Singingi": ["Kuansing"],
    "Kabupaten Tanjung Jabung Barat": ["Tanjabbar"],
    "Kabupaten Tanjung Jabung Timur": ["Tanjabtim"],
    "Kabupaten Ogan Komering Ulu": ["OKU"],
    "Kabupaten Ogan Komering Ilir": ["OKI"],
    "Kabupaten Ogan Komering Ulu Timur": ["OKU Timur"],
    "Kabupaten Ogan Komering Ulu Selatan": ["OKU Selatan"],
    "Kabupaten Musi Banyuasin": ["Muba"],
    "Kabupaten Musi Rawas Utara": ["Muratara"],
    "Kabupaten Penukal Abab Lematang Ilir": ["PALI"],
    "Kabupaten Lampung Selatan": ["Lamsel"],
    "Kabupaten Lampung Tengah": ["Lamteng"],
    "Kabupaten Lampung Timur": ["Lamtim"],
    "Kabupaten Lampung Utara": ["Lampura"],
    "Kabupaten Lampung Barat": ["Lambar"],
    "Kabupaten Tulang Bawang Barat": ["Tubaba"],
    "Kabupaten Pesisir Barat": ["Pesibar"],
    "Kota Administrasi Jakarta Pusat": ["Jakpus"],
    "Kota Administrasi Jakarta Utara": ["Jakut"],
    "Kota Administrasi Jakarta Barat": ["Jakbar"],
    "Kota Administrasi Jakarta Selatan": ["Jaksel"],
    "Kota Administrasi Jakarta Timur": ["Jaktim"],
    "Kabupaten Bandung Barat": ["KBB"],
    "Kota Tangerang Selatan": ["Tangsel"],
    "Kabupaten Lombok Barat": ["Lobar"],
    "Kabupaten Lombok Tengah": ["Loteng"],
    "Kabupaten Lombok Timur": ["Lotim"],
    "Kabupaten Lombok Utara": ["KLU"],
    "Kabupaten Sumbawa Barat": ["KSB"],
    "Kabupaten Timor Tengah Selatan": ["TTS"],
    "Kabupaten Timor Tengah Utara": ["TTU"],
    "Kabupaten Manggarai Barat": ["Mabar"],
    "Kabupaten Manggarai Timur": ["Matim"],
    "Kabupaten Sumba Barat Daya": ["SBD"],
    "Kabupaten Flores Timur": ["Flotim"],
    "Kabupaten Kotawaringin Barat": ["Kobar"],
    "Kabupaten Kotawaringin Timur": ["Kotim"],
    "Kabupaten Barito Kuala": ["Batola"],
    "Kabupaten Hulu Sungai Selatan": ["HSS"],
    "Kabupaten Hulu Sungai Tengah": ["HST"],
    "Kabupaten Hulu Sungai Utara": ["HSU"],
    "Kabupaten Tanah Bumbu": ["Tanbu"],
    "Kabupaten Kutai Kartanegara": ["Kukar"],
    "Kabupaten Kutai Barat": ["Kubar"],
    "Kabupaten Kutai Timur": ["Kutim"],
    "Kabupaten Penajam Paser Utara": ["PPU"],
    "Kabupaten Mahakam Ulu": ["Mahulu"],
    "Kabupaten Bolaang Mongondow": ["Bolmong"],
    "Kabupaten Minahasa Utara": ["Minut"],
    "Kabupaten Minahasa Selatan": ["Minsel"],
    "Kabupaten Minahasa Tenggara": ["Mitra"],
    "Kabupaten Parigi Moutong": ["Parimo"],
    "Kabupaten Tojo Una Una": ["Touna"],
    "Kabupaten Pangkajene dan Kepulauan": ["Pangkep"],
    "Kabupaten Sidenreng Rappang": ["Sidrap"],
    "Kabupaten Luwu Timur": ["Lutim"],
    "Kabupaten Luwu Utara": ["Lutra"],
    "Kabupaten Polewali Mandar": ["Polman"],
    "Kabupaten Halmahera Utara": ["Halut"],
    "Kabupaten Halmahera Selatan": ["Halsel"],
    "Kabupaten Halmahera Barat": ["Halbar"],
    "Kabupaten Halmahera Tengah": ["Halteng"],
    "Kabupaten Halmahera Timur": ["Haltim"],
    "Kabupaten Seram Bagian Barat": ["SBB"],
    "Kabupaten Seram Bagian Timur": ["SBT"],
    "Kabupaten Maluku Barat Daya": ["MBD"],
    "Kabupaten Pegunungan Bintang": ["Pegubin"],
    "Kabupaten Pegunungan Arfak": ["Pegaf"],
    "Kabupaten Sorong Selatan": ["Sorsel"],
    # short forms KPU pages of Sulawesi, Maluku, Kalimantan and Nusa Tenggara use in names ("KPU Torut")
    "Kabupaten Toraja Utara": ["Torut"],
    "Kabupaten Tana Toraja": ["Tator"],
    "Kabupaten Bolaang Mongondow Selatan": ["Bolsel"],
    "Kabupaten Bolaang Mongondow Timur": ["Boltim"],
    "Kabupaten Bolaang Mongondow Utara": ["Bolmut"],
    "Kabupaten Kepulauan Siau Tagulandang Biaro": ["Sitaro"],
    "Kabupaten Konawe Selatan": ["Konsel"],
    "Kabupaten Konawe Utara": ["Konut"],
    "Kabupaten Konawe Kepulauan": ["Konkep"],
    "Kabupaten Kolaka Utara": ["Kolut"],
    "Kabupaten Kolaka Timur": ["Koltim"],
    "Kabupaten Buton Selatan": ["Busel"],
    "Kabupaten Buton Tengah": ["Buteng"],
    "Kabupaten Buton Utara": ["Butur"],
    "Kabupaten Muna Barat": ["Mubar"],
    "Kabupaten Banggai Kepulauan": ["Bangkep"],
    "Kabupaten Morowali Utara": ["Morut"],
    "Kabupaten Mamuju Tengah": ["Mateng"],
    "Kabupaten Pasangkayu": ["Mamuju Utara", "Matra"],
    "Kabupaten Bone Bolango": ["Bonebol"],
    "Kabupaten Gorontalo Utara": ["Gorut"],
    "Kabupaten Maluku Tengah": ["Malteng"],
    "Kabupaten Maluku Tenggara": ["Malra"],
    "Kabupaten Buru Selatan": ["Bursel"],
    "Kabupaten Barito Selatan": ["Barsel"],
    "Kabupaten Barito Timur": ["Bartim"],
    "Kabupaten Barito Utara": ["Barut"],
    "Kabupaten Murung Raya": ["Mura"],
    "Kabupaten Gunung Mas": ["Gumas"],
    "Kabupaten Pulang Pisau": ["Pulpis"],
    "Kabupaten Tanah Laut": ["Tala"],
    "Kabupaten Kubu Raya": ["KKR"],
    "Kabupaten Kayong Utara": ["KKU"],
    "Kabupaten Nias Selatan": ["Nisel"],
    "Kabupaten Sumba Timur": ["Sumtim"],
    "Kota Bau Bau": ["Bau Bau"],
    "Kota Palangkaraya": ["Palangka Raya"],
    "Kota Tanjung Pinang": ["Tanjung Pinang"],
    "Kota Pangkal Pinang": ["Pangkal Pinang"],
    # appended: short names KPU pages use (a short name that is also a common word or
    # another place, Benteng, Tuba, Tala, Babar, Balut, KTT, is left out)
    "Kabupaten Kepulauan Tanimbar": ["KKT"],
    "Kabupaten Aceh Besar": ["Abes"],
    "Kabupaten Aceh Tenggara": ["Agara"],
    "Kabupaten Aceh Barat Daya": ["Abdya"],
    "Kabupaten Gayo Lues": ["Galus"],
    "Kabupaten Solok Selatan": ["Solsel"],
    "Kabupaten Pasaman Barat": ["Pasbar"],
    "Kabupaten Bangka Tengah": ["Bateng"],
    "Kabupaten Bangka Selatan": ["Basel"],
    "Kabupaten Belitung Timur": ["Beltim"],
    "Kabupaten Sabu Raijua": ["Sarai"],
    "Kabupaten Kepulauan Sula": ["Kepsul"],
    "Kabupaten Pulau Taliabu": ["Taliabu"],
    "Kabupaten Pulau Morotai": ["Morotai"],
    "Kabupaten Manokwari Selatan": ["Mansel"],
    "Kabupaten Rote Ndao": ["Rote"],
    "Kabupaten Biak Numfor": ["Biak"],
    "Kabupaten Teluk Bintuni": ["Bintuni"],
    "Kabupaten Teluk Wondama": ["Wondama"],
}

# "Kepulauan X" regencies whose X alone is a common word ("Seribu": a thousand).
NOT_SHORT = {"Seribu"}

# Provincial capitals that are cities (Kota), by province code: the city a bare
# shared name means ("KPU Semarang" = KPU Kota Semarang, not Kabupaten Semarang).
CAPITALS = {
    "11": "Banda Aceh", "12": "Medan", "13": "Padang", "14": "Pekanbaru", "15": "Jambi",
    "16": "Palembang", "17": "Bengkulu", "18": "Bandar Lampung", "19": "Pangkalpinang",
    "21": "Tanjungpinang", "32": "Bandung", "33": "Semarang", "34": "Yogyakarta",
    "35": "Surabaya", "36": "Serang", "51": "Denpasar", "52": "Mataram", "53": "Kupang",
    "61": "Pontianak", "62": "Palangkaraya", "63": "Banjarbaru", "64": "Samarinda",
    "71": "Manado", "72": "Palu", "73": "Makassar", "74": "Kendari", "75": "Gorontalo",
    "81": "Ambon", "91": "Jayapura", "96": "Sorong",
}

HEADER = f"""\
# Indonesia's provinces, regencies and cities with their Kemendagri codes.
# Source: npm package {PACKAGE} {VERSION} (https://github.com/fityannugroho/idn-area-data),
# data/provinces.csv and data/regencies.csv; data licence ODbL 1.0, package MIT.
# Added by scripts/build_regions.py: short names, aliases (abbreviations, former names,
# separated by '|'), capital flags, and the rename of 31 to Daerah Khusus Jakarta (UU 2/2024).
# Regenerate with: python scripts/build_regions.py
"""


def fetch(tmp: Path) -> Path:
    """`npm pack` the pinned version into tmp and unpack it; returns package/."""
    subprocess.run(["npm", "pack", f"{PACKAGE}@{VERSION}", "--silent"], cwd=tmp, check=True,
                   stdout=subprocess.DEVNULL)
    tgz = next(tmp.glob(f"{PACKAGE}-*.tgz"))
    with tarfile.open(tgz) as tar:
        tar.extractall(tmp, filter="data")
    return tmp / "package"


def short_name(official: str) -> tuple[str, str]:
    """("Kota Administrasi Jakarta Pusat") -> ("city", "Jakarta Pusat")."""
    for prefix, level in (("Kabupaten Administrasi ", "regency"), ("Kota Administrasi ", "city"),
                          ("Kabupaten ", "regency"), ("Kota ", "city")):
        if official.startswith(prefix):
            return level, official[len(prefix):]
    raise ValueError(f"regency name without Kabupaten/Kota: {official!r}")


# Place words that open compound names (Tanjung, Pematang, Muara ...).
PLACE_WORDS = ["Tanjung", "Pematang", "Padang", "Bukit", "Lubuk", "Sawah", "Banjar", "Muara", "Muaro", "Pangkal",
               "Tebing", "Batu", "Labuhan", "Tulang", "Gunung", "Pagar", "Kuala", "Teluk", "Bandar"]


def _spellings(name: str) -> list[str]:
    """ "Labuhanbatu Utara" -> ["Labuhan Batu Utara"]; "Muara Enim" -> ["Muaraenim"]."""
    first, _, rest = name.partition(" ")
    out = []
    for p in PLACE_WORDS:
        if first == p and rest:
            second, _, more = rest.partition(" ")
            out.append(" ".join(filter(None, [p + second.lower(), more])))
        elif first.startswith(p) and len(first) > len(p) + 2 and first[len(p)].islower():
            out.append(" ".join(filter(None, [p, first[len(p)].upper() + first[len(p) + 1:], rest])))
    return out


def rows(package: Path) -> list[dict]:
    out = []
    with open(package / "data" / "provinces.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            name = RENAMES.get(r["code"], r["name"])
            aliases = list(PROVINCE_ALIASES.get(r["code"], []))
            if name != r["name"] and r["name"] not in aliases:
                aliases.insert(0, r["name"])
            out.append({"code": r["code"], "level": "province", "name": name,
                        "official": f"Provinsi {name}", "province_code": r["code"],
                        "capital": "", "aliases": "|".join(aliases)})
    with open(package / "data" / "regencies.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            source_name = r["name"]
            r["name"] = CITY_RENAMES.get(source_name, source_name)
            level, name = short_name(r["name"])
            capital = "1" if level == "city" and CAPITALS.get(r["province_code"]) == name else ""
            out.append({"code": r["code"], "level": level, "name": name, "official": r["name"],
                        "province_code": r["province_code"], "capital": capital,
                        "aliases": "|".join(REGENCY_ALIASES.get(source_name, []))})
    # "Kabupaten Kepulauan Sangihe" is also written "Sangihe", "Selayar", "Mentawai": the name
    # without "Kepulauan", when no other region is named so
    taken = {n for r in out for n in (r["name"], *filter(None, r["aliases"].split("|")))}
    for r in out:
        rest = r["name"][len("Kepulauan "):] if r["level"] == "regency" and r["name"].startswith("Kepulauan ") else ""
        if rest and rest not in taken and rest not in NOT_SHORT:
            r["aliases"] = "|".join(filter(None, [*r["aliases"].split("|"), rest]))
    # a name opened by a place word is written in one word or two ("Labuhanbatu" / "Labuhan Batu",
    # "Muara Enim" / "Muaraenim"): the other spelling too, when no other region is named so
    for r in out:
        for variant in _spellings(r["name"]):
            if variant not in taken:
                r["aliases"] = "|".join(filter(None, [*r["aliases"].split("|"), variant]))
                taken.add(variant)
    officials = {r["official"] for r in out} | set(CITY_RENAMES)
    unknown = sorted(set(REGENCY_ALIASES) - officials)
    if unknown:
        raise SystemExit(f"build_regions: aliases for unknown regencies: {unknown}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--from", dest="src", type=Path, help="an unpacked package/ directory")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        package = args.src or fetch(Path(tmp))
        data = rows(package)
    buf = io.StringIO()
    buf.write(HEADER)
    w = csv.DictWriter(buf, fieldnames=list(data[0]), lineterminator="\n")
    w.writeheader()
    w.writerows(data)
    args.out.write_text(buf.getvalue(), encoding="utf-8")
    n = {lvl: sum(r["level"] == lvl for r in data) for lvl in ("province", "regency", "city")}
    print(f"wrote {args.out}: {n['province']} provinces, {n['regency']} regencies, "
          f"{n['city']} cities", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
