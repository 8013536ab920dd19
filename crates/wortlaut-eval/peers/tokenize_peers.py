#!/usr/bin/env python3
"""Run a peer tokenizer on gold documents for `wortlaut-eval tokenize`.

    tokenize_peers.py somajo|spacy DOCS.jsonl OUT.jsonl

DOCS.jsonl has one {"id", "text"} object per document; OUT.jsonl gets one
{"id", "tokens", "sentences"} object per document with char-offset spans, the
format eval_tok.py reads. As in the UD README, each paragraph (blocks separated
by a blank line) is one call. SoMaJo: de_CMC, split_sentences, character_offsets.
spaCy: spacy.blank("de") + the rule-based sentencizer.
"""
import json
import re
import sys


def paragraphs(text):
    pos = 0
    for m in re.finditer(r"\n[ \t]*\n\s*", text):
        yield pos, text[pos:m.start()]
        pos = m.end()
    yield pos, text[pos:]


def run_somajo(docs):
    from somajo import SoMaJo
    tok = SoMaJo("de_CMC", split_camel_case=False, split_sentences=True, character_offsets=True)
    for d in docs:
        toks, sents = [], []
        for off, par in paragraphs(d["text"]):
            if not par.strip():
                continue
            for sent in tok.tokenize_text([par]):
                spans = [(off + t.character_offset[0], off + t.character_offset[1]) for t in sent]
                toks.extend(spans)
                if spans:
                    sents.append((spans[0][0], spans[-1][1]))
        yield {"id": d["id"], "tokens": toks, "sentences": sents}


def run_spacy(docs):
    import spacy
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    for d in docs:
        toks, sents = [], []
        for off, par in paragraphs(d["text"]):
            if not par.strip():
                continue
            doc = nlp(par)
            toks.extend((off + t.idx, off + t.idx + len(t.text)) for t in doc if not t.is_space)
            for s in doc.sents:
                words = [t for t in s if not t.is_space]
                if words:
                    sents.append((off + words[0].idx, off + words[-1].idx + len(words[-1].text)))
        yield {"id": d["id"], "tokens": toks, "sentences": sents}


def main():
    peer, docs_path, out_path = sys.argv[1:4]
    with open(docs_path, encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh if line.strip()]
    run = {"somajo": run_somajo, "spacy": run_spacy}[peer]
    with open(out_path, "w", encoding="utf-8") as fh:
        for obj in run(docs):
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
