#!/usr/bin/env python3
"""Compass-point parts of countries and continents for wortlaut's default gazetteer
(data/loc_compass.tsv): `Süditalien`, `Nordfrankreich`, `Nordhessen`, `Zentralasien`.

German writes the part of a country as one word: a compass prefix (Nord, Süd, Ost, West,
Mittel, Zentral) and the country's name in lower case. This makes those words from the
single-word country names of loc.tsv (rows with an `ISO3166:` id), the German and Austrian
states, the curated regions and historical German lands of loc_extra.tsv (`Nordhessen`,
`Ostwestfalen`) and the continents, leaving out
words already listed (loc.tsv, loc_extra.tsv, loc_small.tsv:
`Nordkorea`, `Südafrika`, `Ostdeutschland`). Most never occur; a listed word costs nothing
where it does not. Own code, standard library only.

Usage: compass_places.py DATA_DIR > loc_compass.tsv
"""
import os
import sys

PREFIXES = ["Nord", "Süd", "Ost", "West", "Mittel", "Zentral"]
CONTINENTS = ["Afrika", "Amerika", "Asien", "Europa", "Australien"]


def main():
    data = sys.argv[1]
    known = set()
    countries = set(CONTINENTS)
    for file in ("loc.tsv", "loc_extra.tsv", "loc_small.tsv"):
        with open(os.path.join(data, file), encoding="utf-8") as f:
            for line in f:
                cols = line.rstrip("\n").split("\t")
                known.add(cols[0])
                if file == "loc_extra.tsv" and cols[-1] == "curated:historical-de":
                    countries.add(cols[0])
                if file != "loc.tsv" or len(cols) < 5 or not cols[0].isalpha():
                    continue
                country = cols[3].startswith("ISO3166:") and cols[0] == cols[2]
                if country or cols[4] in ("curated:de-state", "curated:at-state", "curated:region"):
                    countries.add(cols[0])
    print("name\tlabel\tcanonical\tsource")
    rows = set()
    for c in countries:
        for p in PREFIXES:
            name = p + c[0].lower() + c[1:]
            if name not in known:
                rows.add(name)
    for name in sorted(rows):
        print(f"{name}\tLOC\t{name}\tgenerated:compass")


if __name__ == "__main__":
    main()
