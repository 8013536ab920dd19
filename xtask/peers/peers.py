#!/usr/bin/env python3
"""Throughput of the Python peers of wortlaut, stage by stage (run by `cargo xtask compare`).

Reads the same documents as wortlaut's probe (JSON Lines with a "text" field) and the same
entity names (one per line), and prints one JSON object per line and measurement:

    {"system": "spacy", "stage": "tokenize", "bytes": ..., "passes": ..., "secs": ...,
     "mb_s": ..., "count": ..., "setup": "blank('de') tokenizer", "version": "3.8.18"}

A peer that is not installed is printed as {"system": ..., "missing": "<reason>"} and skipped,
never faked. Every peer produces offsets, as wortlaut does (byte spans there, char offsets
here). Timing: one untimed warm-up pass over the first documents, then whole passes over all
documents until --min-secs of CPU time has passed (at least one pass); MB/s per CPU second;
single-threaded throughout.
"""

import argparse
import json
import sys
import time

STAGES = ("tokenize", "sentences", "gazetteer", "end_to_end")


def emit(obj):
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def timed(run, docs, min_secs):
    """Warm up on a few documents, then time whole passes by CPU time (as wortlaut's probe
    does: other work on a shared machine then distorts the figure far less); returns
    (passes, cpu secs, wall secs, count)."""
    run(docs[:10])
    passes, count = 0, 0
    start, wall = time.process_time(), time.perf_counter()
    while passes == 0 or time.process_time() - start < min_secs:
        count = run(docs)
        passes += 1
    return passes, time.process_time() - start, time.perf_counter() - wall, count


def paragraphs(text):
    return [p for p in text.split("\n\n") if p.strip()]


# --- the peers: each returns {stage: (setup description, run(docs) -> count)} ----------------


def somajo_peer(names):
    from somajo import SoMaJo
    import importlib.metadata as md

    tok = SoMaJo("de_CMC", split_sentences=False, character_offsets=True)
    sen = SoMaJo("de_CMC", split_sentences=True, character_offsets=True)

    def tokenize(docs):
        return sum(len(s) for d in docs for s in tok.tokenize_text(paragraphs(d)))

    def sentences(docs):
        return sum(1 for d in docs for _ in sen.tokenize_text(paragraphs(d)))

    return md.version("SoMaJo"), {
        "tokenize": ("de_CMC, character offsets", tokenize),
        "sentences": ("de_CMC, split_sentences, character offsets", sentences),
    }


def spacy_peer(names):
    import spacy
    from spacy.matcher import PhraseMatcher

    tok = spacy.blank("de")
    sen = spacy.blank("de")
    sen.add_pipe("sentencizer")
    e2e = spacy.blank("de")
    e2e.add_pipe("sentencizer")
    matcher = PhraseMatcher(e2e.vocab, attr="ORTH")
    for label, group in names.items():
        matcher.add(label, list(e2e.tokenizer.pipe(group)))

    def tokenize(docs):
        return sum(len(tok.make_doc(d)) for d in docs)

    def sentences(docs):
        return sum(sum(1 for _ in sen(d).sents) for d in docs)

    def end_to_end(records):
        out = []
        for i, r in enumerate(records):
            doc = e2e(json.loads(r)["text"])
            ents = [
                (doc[s:e].start_char, doc[s:e].end_char, e2e.vocab.strings[m])
                for m, s, e in matcher(doc)
            ]
            out.append(
                json.dumps(
                    {
                        "index": i,
                        "tokens": [(t.idx, t.idx + len(t)) for t in doc],
                        "sentences": [(s.start_char, s.end_char) for s in doc.sents],
                        "entities": ents,
                    }
                )
            )
        return sum(len(line) + 1 for line in out)

    return spacy.__version__, {
        "tokenize": ("blank('de') tokenizer", tokenize),
        "sentences": ("blank('de') + sentencizer", sentences),
        "end_to_end": (
            "JSON in, blank('de') + sentencizer + PhraseMatcher(ORTH), JSON out",
            end_to_end,
        ),
    }


def syntok_peer(names):
    import importlib.metadata as md

    from syntok import segmenter
    from syntok.tokenizer import Tokenizer

    tok = Tokenizer()

    def tokenize(docs):
        return sum(sum(1 for _ in tok.tokenize(d)) for d in docs)

    def sentences(docs):
        return sum(1 for d in docs for p in segmenter.analyze(d) for _ in p)

    return md.version("syntok"), {
        "tokenize": ("Tokenizer().tokenize", tokenize),
        "sentences": ("segmenter.analyze", sentences),
    }


def blingfire_peer(names):
    import importlib.metadata as md

    import blingfire

    def tokenize(docs):
        return sum(len(blingfire.text_to_words_with_offsets(d)[1]) for d in docs)

    def sentences(docs):
        return sum(len(blingfire.text_to_sentences_and_offsets(d)[1]) for d in docs)

    return md.version("blingfire"), {
        "tokenize": ("text_to_words_with_offsets", tokenize),
        "sentences": ("text_to_sentences_and_offsets", sentences),
    }


def is_word_char(c):
    return c.isalnum() or c == "_"


def pyahocorasick_peer(names):
    import importlib.metadata as md

    import ahocorasick

    auto = ahocorasick.Automaton()
    for label, group in names.items():
        for n in group:
            auto.add_word(n, (len(n), label))
    auto.make_automaton()

    def gazetteer(docs):
        count = 0
        for d in docs:
            for end, (length, _label) in auto.iter_long(d):
                start = end - length + 1
                # Word boundaries, as wortlaut checks them.
                if start > 0 and is_word_char(d[start - 1]):
                    continue
                if end + 1 < len(d) and is_word_char(d[end + 1]):
                    continue
                count += 1
        return count

    return md.version("pyahocorasick"), {
        "gazetteer": ("iter_long (leftmost longest) + word-boundary check", gazetteer),
    }


def flashtext_peer(names):
    import importlib.metadata as md

    from flashtext import KeywordProcessor

    kp = KeywordProcessor(case_sensitive=True)
    # flashtext's word characters are ASCII only; German letters must not end a word.
    kp.set_non_word_boundaries(
        set(kp.non_word_boundaries) | set("äöüÄÖÜßéèáàóòúùíìçñšžčćłńśźżřěůýÉÁÓÚŠŽČ")
    )
    for label, group in names.items():
        for n in group:
            kp.add_keyword(n, label)

    def gazetteer(docs):
        return sum(len(kp.extract_keywords(d, span_info=True)) for d in docs)

    return md.version("flashtext"), {
        "gazetteer": ("KeywordProcessor(case_sensitive), German word chars", gazetteer),
    }


PEERS = {
    "somajo": somajo_peer,
    "spacy": spacy_peer,
    "syntok": syntok_peer,
    "blingfire": blingfire_peer,
    "pyahocorasick": pyahocorasick_peer,
    "flashtext": flashtext_peer,
}


def load_names(path):
    """`name<TAB>label` lines, grouped by label."""
    names = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2 and parts[0]:
                names.setdefault(parts[1], []).append(parts[0])
    return names


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", required=True, help="JSON Lines with a 'text' field")
    ap.add_argument("--names", required=True, help="name<TAB>label per line")
    ap.add_argument("--min-secs", type=float, default=1.0)
    ap.add_argument("--only", default="", help="comma-separated peers (default: all)")
    args = ap.parse_args()

    with open(args.docs, encoding="utf-8") as f:
        docs = [json.loads(line)["text"] for line in f if line.strip()]
    nbytes = sum(len(d.encode("utf-8")) for d in docs)
    records = [json.dumps({"text": d}, ensure_ascii=False) for d in docs]
    names = load_names(args.names)
    only = [p for p in args.only.split(",") if p]

    for system, make in PEERS.items():
        if only and system not in only:
            continue
        try:
            version, stages = make(names)
        except ImportError as e:
            emit({"system": system, "missing": str(e)})
            continue
        for stage in STAGES:
            if stage not in stages:
                continue
            setup, run = stages[stage]
            # End to end starts from the JSON Lines records, as wortlaut's driver does.
            data = records if stage == "end_to_end" else docs
            passes, secs, wall, count = timed(run, data, args.min_secs)
            if count <= 0:
                raise SystemExit(f"{system} found nothing in stage {stage}")
            emit(
                {
                    "system": system,
                    "stage": stage,
                    "bytes": nbytes,
                    "passes": passes,
                    "secs": round(secs, 6),
                    "wall_secs": round(wall, 6),
                    "clock": "cpu",
                    "mb_s": round(nbytes * passes / secs / 1e6, 3),
                    "count": count,
                    "setup": setup,
                    "version": version,
                }
            )


if __name__ == "__main__":
    main()
