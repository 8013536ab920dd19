#!/usr/bin/env python3
"""More first names for the `first_name` rule of wortlaut's default gazetteer
(data/first_names_more.tsv): names the main list (data/first_names.tsv, Berlin babies given a
name at least 20 times) misses, used only before a surname (`Wayne Rooney`, `Gerhart Jander`),
never alone.

Sources:
  - data/first_names.tsv itself: Berlin names given 5 to 19 times (CC BY 3.0 DE, LABO Berlin);
  - the 1990 US Census first-name lists `dist.male.first` and `dist.female.first` as shipped in
    PyPI `names` 0.3.0 (package MIT; the data is public domain, a US government work), names
    of at least 0.005 % of the population: English first names of older generations that
    Berlin babies of 2012-2023 do not get (`Wayne`, `Shelly`, `Greg`).

Dropped, as likely words rather than names (the same tests as small_places.py):
  - shorter than 3 characters, or not a plain capitalised word;
  - names that are listed places, organisations or persons (loc/org/per.tsv, the *_extra.tsv
    lists, loc_small.tsv);
  - names more common as a US surname than as a US first name (Census `dist.all.last`, same
    package) and a surname of at least 0.005 % of the population: `Jones`, `Young`,
    `Williams` (Berlin babies' names too) mostly name a family in news;
  - words whose lower-case form occurs in the news corpus (`will`, `art`, `golden`), or that
    stand right after a determiner in it at least twice (`die Rose`, `der Hunter`): common
    words and nouns;
  - words found in the corpus more often at a sentence start than inside (adverbs, verbs).
Own code, standard library only.

Usage: more_first_names.py NAMES_PKG_DIR DATA_DIR CORPUS_JSONL > first_names_more.tsv
"""
import collections
import json
import os
import re
import sys

# Berlin names from this count up (the main list starts at 20).
BERLIN_MIN = 5
# US Census names of at least this share of the population, in percent.
CENSUS_MIN = 0.005
# A name this common as a US surname (in percent), and more common as one, is no first name.
SURNAME_MIN = 0.005

DETERMINERS = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem",
               "einer", "eines", "im", "am", "zum", "zur", "vom", "beim"}


def census(path):
    """(Title-cased name, share in percent) of one Census list."""
    out = []
    with open(path, encoding="ascii") as f:
        for line in f:
            cols = line.split()
            if len(cols) >= 2 and float(cols[1]) >= CENSUS_MIN:
                out.append(cols[0].capitalize())
    return out


def main():
    pkg, data, corpus = sys.argv[1:4]
    known = set()
    for file in ("loc.tsv", "org.tsv", "per.tsv", "per_extra.tsv", "org_extra.tsv",
                 "loc_small.tsv", "loc_extra.tsv"):
        with open(os.path.join(data, file), encoding="utf-8") as f:
            for line in f:
                if not line.startswith("#"):
                    known.add(line.split("\t")[0])
    main_list = set()
    berlin = {}
    with open(os.path.join(data, "first_names.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            name, gender, count = line.rstrip("\n").split("\t")[:3]
            if int(count) >= 20:
                main_list.add(name)
            elif int(count) >= BERLIN_MIN:
                berlin[name] = gender
    words = collections.Counter()
    after_det = collections.Counter()
    initial = collections.Counter()
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            text = json.loads(line)["text"]
            for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
                toks = re.findall(r"\w+", sentence)
                for k, (a, b) in enumerate(zip([""] + toks, toks)):
                    words[b] += 1
                    if k == 0:
                        initial[b] += 1
                    if a.lower() in DETERMINERS:
                        after_det[b] += 1
    surname = {}
    with open(os.path.join(pkg, "dist.all.last"), encoding="ascii") as f:
        for line in f:
            cols = line.split()
            if len(cols) >= 2:
                surname[cols[0].capitalize()] = float(cols[1])
    first_share = collections.Counter()
    for file in ("dist.male.first", "dist.female.first"):
        with open(os.path.join(pkg, file), encoding="ascii") as f:
            for line in f:
                cols = line.split()
                if len(cols) >= 2:
                    first_share[cols[0].capitalize()] += float(cols[1])
    rows = {}
    for name, gender in berlin.items():
        rows[name] = (gender, "berlin")
    genders = collections.defaultdict(set)
    for gender, file in (("m", "dist.male.first"), ("f", "dist.female.first")):
        for name in census(os.path.join(pkg, file)):
            genders[name].add(gender)
    for name, gs in genders.items():
        if name in rows or name in main_list:
            continue
        rows[name] = ("fm" if len(gs) == 2 else next(iter(gs)), "census1990")
    print("name\tgender\tsource")
    for name in sorted(rows):
        gender, source = rows[name]
        if (len(name) < 3 or not re.fullmatch(r"[^\W\d_][^\W\d_'-]*(-[^\W\d_]+)?", name)
                or not name[0].isupper() or name in known or name in main_list):
            continue
        if surname.get(name, 0.0) >= SURNAME_MIN and surname[name] > first_share[name]:
            continue
        if words[name.lower()] > 0 or after_det[name] >= 2:
            continue
        if initial[name] > words[name] - initial[name] and words[name] >= 3:
            continue
        print(f"{name}\t{gender}\t{source}")


if __name__ == "__main__":
    main()
