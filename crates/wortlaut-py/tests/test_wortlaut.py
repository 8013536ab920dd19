"""Tests of the `wortlaut` wheel: the CLI's output, byte for byte; Arrow; bad input; the cache.

Run with plain pytest or `python -m unittest discover -s crates/wortlaut-py/tests` after
installing the wheel (`cargo xtask py` does both). The comparisons need the `wortlaut` binary
built from the same tree: `$WORTLAUT_BIN`, else `target/release/wortlaut` (under
`$CARGO_TARGET_DIR` when set); they skip with a note when it is absent.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import unittest
from pathlib import Path

import wortlaut

try:
    import pyarrow as pa
except ImportError:  # annotate_arrow's tests skip; annotate needs no pyarrow.
    pa = None

ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT / "corpus" / "wikinews.jsonl"
# Fields the CLI writes itself (docs/output.md); the rest are passed through from the input.
OWN = {"id", "text", "offset_unit", "sentences", "tokens", "entities", "quotes", "repaired"}
GERMAN = [
    "„Wir verhandeln“, sagte Kremlsprecher Dmitri Peskow am Dienstag in Moskau.",
    "Olaf Scholz sagte, er komme morgen nach Berlin.",
    "",
    "Grüße aus Köln 😀 – „Das ist",
]


def cli_binary():
    env = os.environ.get("WORTLAUT_BIN")
    if env:
        return Path(env)
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    return target / "release" / "wortlaut"


def corpus_records():
    with open(CORPUS, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def canonical(obj):
    return json.dumps(obj, sort_keys=True, ensure_ascii=False)


class CliTestCase(unittest.TestCase):
    """Runs `wortlaut process` on JSON Lines; skips when the binary was not built."""

    def setUp(self):
        self.bin = cli_binary()
        if not self.bin.is_file():
            self.skipTest(f"no CLI binary at {self.bin} (cargo build --release, or set WORTLAUT_BIN)")
        self.tmp = Path(tempfile.mkdtemp(prefix="wortlaut-py-test-"))

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def cli_lines(self, records, *flags):
        """The CLI's output lines (bytes, without newline) for `records` (dicts)."""
        path = self.tmp / "in.jsonl"
        with open(path, "w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        return self.cli_lines_of(path, *flags)

    def cli_lines_of(self, path, *flags):
        out = subprocess.run(
            [str(self.bin), "process", "--quiet", *flags, str(path)],
            check=True,
            stdout=subprocess.PIPE,
        ).stdout
        return out.splitlines()


class SameAsCli(CliTestCase):
    def test_corpus_every_option(self):
        records = corpus_records()
        self.assertGreater(len(records), 10)
        texts = [r["text"] for r in records]
        ids = [r["id"] for r in records]
        plain = [{"id": r["id"], "text": r["text"]} for r in records]
        for offsets, tokens in [("char", False), ("byte", False), ("char", True), ("byte", True)]:
            with self.subTest(offsets=offsets, tokens=tokens):
                flags = ["--offsets", offsets] + (["--tokens"] if tokens else [])
                cli = [json.loads(line) for line in self.cli_lines(plain, *flags)]
                ours = wortlaut.annotate(texts, ids=ids, offsets=offsets, tokens=tokens)
                self.assertEqual(len(ours), len(cli))
                for mine, theirs in zip(ours, cli):
                    self.assertEqual(canonical(mine), canonical(theirs), mine["id"])
                self.assertTrue(any(d["quotes"] for d in ours))
                self.assertTrue(any(d["entities"] for d in ours))

    def test_corpus_file_as_given(self):
        # `wortlaut process corpus/wikinews.jsonl` also passes `date`, `source` and `title`
        # through; everything the CLI computes is the same.
        cli = [json.loads(line) for line in self.cli_lines_of(CORPUS)]
        records = corpus_records()
        ours = wortlaut.annotate([r["text"] for r in records], ids=[r["id"] for r in records])
        for mine, theirs in zip(ours, cli):
            computed = {k: v for k, v in theirs.items() if k in OWN}
            self.assertEqual(canonical(mine), canonical(computed), mine["id"])
        self.assertEqual(len(ours), len(cli))

    def test_default_ids_are_positions(self):
        cli = [json.loads(line) for line in self.cli_lines([{"id": str(i), "text": t} for i, t in enumerate(GERMAN)])]
        ours = wortlaut.annotate(GERMAN)
        self.assertEqual([d["id"] for d in ours], ["0", "1", "2", "3"])
        self.assertEqual([canonical(d) for d in ours], [canonical(d) for d in cli])

    def test_integer_ids_stand_for_themselves(self):
        cli = [json.loads(line) for line in self.cli_lines([{"id": 7, "text": GERMAN[1]}])]
        ours = wortlaut.annotate([GERMAN[1]], ids=[7])
        self.assertEqual(ours[0]["id"], "7")
        self.assertEqual(canonical(ours), canonical(cli))

    def test_custom_gazetteer(self):
        tsv = self.tmp / "mine.tsv"
        tsv.write_text(
            "name\tlabel\tcanonical\tid\tattrs\n"
            "Zwiebelkuchenverband\tORG\tDeutscher Zwiebelkuchenverband\tZKV\t\n"
            "Hildegard Quastenberg\tPER\tHildegard Quastenberg\t\tgender=f\n",
            encoding="utf-8",
        )
        text = "„Das bleibt so“, sagte Hildegard Quastenberg vom Zwiebelkuchenverband."
        cli = [json.loads(line) for line in self.cli_lines([{"id": "g", "text": text}], "--gazetteer", str(tsv))]
        before = wortlaut._native._models_built()
        ours = wortlaut.annotate([text], ids=["g"], gazetteer=str(tsv))
        self.assertEqual(canonical(ours), canonical(cli))
        found = {text[e["start"]:e["end"]]: e["canonical"] for e in ours[0]["entities"]}
        self.assertEqual(found.get("Zwiebelkuchenverband"), "Deutscher Zwiebelkuchenverband")
        self.assertEqual(ours[0]["quotes"][0]["speaker"]["resolved"], "Hildegard Quastenberg")
        built = wortlaut._native._models_built()
        # Later calls, with the path in any spelling, reuse the models.
        for g in [str(tsv), tsv, [tsv], str(self.tmp / "." / "mine.tsv")]:
            self.assertEqual(wortlaut.annotate([text], ids=["g"], gazetteer=g), ours)
        self.assertEqual(wortlaut._native._models_built(), built)
        self.assertLessEqual(built - before, 1)
        without = wortlaut.annotate([text], ids=["g"])
        self.assertNotIn("Zwiebelkuchenverband", {text[e["start"]:e["end"]] for e in without[0]["entities"]})


@unittest.skipIf(pa is None, "pyarrow is not installed")
class ArrowSameAsCli(CliTestCase):
    def test_json_column_is_the_cli_line(self):
        records = corpus_records()
        plain = [{"id": r["id"], "text": r["text"]} for r in records]
        batch = pa.RecordBatch.from_pylist(plain)
        for offsets, tokens in [("char", False), ("byte", True)]:
            with self.subTest(offsets=offsets, tokens=tokens):
                flags = ["--offsets", offsets] + (["--tokens"] if tokens else [])
                cli = self.cli_lines(plain, *flags)
                out = wortlaut.annotate_arrow(batch, offsets=offsets, tokens=tokens)
                self.assertIsInstance(out, pa.RecordBatch)
                self.assertEqual(out.schema.names, ["id", "json"])
                self.assertEqual(out.column("id").to_pylist(), [r["id"] for r in records])
                lines = [s.encode("utf-8") for s in out.column("json").to_pylist()]
                self.assertEqual(lines, cli)


@unittest.skipIf(pa is None, "pyarrow is not installed")
class Arrow(unittest.TestCase):
    def expected(self, texts, ids=None):
        return [canonical(d) for d in wortlaut.annotate(texts, ids=ids)]

    def parsed(self, batch):
        return [canonical(json.loads(s)) for s in batch.column("json").to_pylist()]

    def test_string_layouts(self):
        want = self.expected(GERMAN)
        for arr in [
            pa.array(GERMAN, pa.string()),
            pa.array(GERMAN, pa.large_string()),
            pa.chunked_array([GERMAN[:1], GERMAN[1:]]),
            GERMAN,
        ]:
            with self.subTest(type=type(arr).__name__):
                out = wortlaut.annotate_arrow(arr)
                self.assertEqual(self.parsed(out), want)
                self.assertEqual(out.column("id").to_pylist(), ["0", "1", "2", "3"])
        if hasattr(pa, "string_view"):
            out = wortlaut.annotate_arrow(pa.array(GERMAN, pa.string_view()))
            self.assertEqual(self.parsed(out), want)

    def test_slices_keep_their_offset(self):
        arr = pa.array(GERMAN)
        out = wortlaut.annotate_arrow(arr.slice(1, 2), ids=["a", "b"])
        self.assertEqual(self.parsed(out), self.expected(GERMAN[1:3], ids=["a", "b"]))

    def test_batch_ids_and_integer_ids(self):
        batch = pa.RecordBatch.from_pydict({"id": [10, 11, 12, 13], "text": GERMAN})
        out = wortlaut.annotate_arrow(batch)
        self.assertEqual(out.column("id").to_pylist(), ["10", "11", "12", "13"])
        self.assertEqual(self.parsed(out), self.expected(GERMAN, ids=[10, 11, 12, 13]))
        table = pa.table({"text": GERMAN})
        self.assertEqual(self.parsed(wortlaut.annotate_arrow(table)), self.expected(GERMAN))

    def test_empty(self):
        out = wortlaut.annotate_arrow(pa.array([], pa.string()))
        self.assertEqual(out.num_rows, 0)
        self.assertEqual(out.schema.names, ["id", "json"])

    def test_bad_arrow_input(self):
        with self.assertRaisesRegex(ValueError, r"array\[2\] is null"):
            wortlaut.annotate_arrow(pa.array(["a", "b", None]))
        with self.assertRaisesRegex(ValueError, r"ids\[1\] is null"):
            wortlaut.annotate_arrow(pa.array(["a", "b"]), ids=pa.array(["x", None]))
        with self.assertRaisesRegex(ValueError, "no `text` column"):
            wortlaut.annotate_arrow(pa.table({"body": ["a"]}))
        with self.assertRaisesRegex(ValueError, "ids has 1 items"):
            wortlaut.annotate_arrow(pa.array(["a", "b"]), ids=["x"])
        with self.assertRaises(TypeError):
            wortlaut.annotate_arrow(pa.array([1.5, 2.5]))
        # Invalid UTF-8 smuggled into a string array is reported, not annotated.
        bad = pa.Array.from_buffers(
            pa.string(), 2, [None, pa.py_buffer(b"\x00\x00\x00\x00\x01\x00\x00\x00\x03\x00\x00\x00"), pa.py_buffer(b"a\xff\xfe")]
        )
        with self.assertRaisesRegex(ValueError, r"array\[1\] is not valid UTF-8"):
            wortlaut.annotate_arrow(bad)


class BadInput(unittest.TestCase):
    def test_items_are_named_by_index(self):
        cases = [
            (["a", None], TypeError, r"texts\[1\] is None"),
            (["a", "b", 3], TypeError, r"texts\[2\] is int"),
            ([b"bytes"], TypeError, r"texts\[0\] is bytes"),
            (["ok", "x\udc80y"], ValueError, r"texts\[1\] is not valid Unicode"),
            (["\ud800"], ValueError, r"texts\[0\] is not valid Unicode"),
        ]
        for texts, error, message in cases:
            with self.subTest(texts=repr(texts)):
                with self.assertRaisesRegex(error, message):
                    wortlaut.annotate(texts)
        # The process is fine afterwards.
        self.assertEqual(wortlaut.annotate(["Hallo."])[0]["text"], "Hallo.")

    def test_arguments(self):
        with self.assertRaisesRegex(TypeError, "not a single str"):
            wortlaut.annotate("Ein Text")
        with self.assertRaisesRegex(ValueError, "ids has 1 items but texts has 2"):
            wortlaut.annotate(["a", "b"], ids=["x"])
        with self.assertRaisesRegex(TypeError, r"ids\[0\] is None"):
            wortlaut.annotate(["a"], ids=[None])
        with self.assertRaisesRegex(TypeError, r"ids\[0\] is bool"):
            wortlaut.annotate(["a"], ids=[True])
        with self.assertRaisesRegex(ValueError, "offsets must be"):
            wortlaut.annotate(["a"], offsets="token")
        with self.assertRaises(FileNotFoundError):
            wortlaut.annotate(["a"], gazetteer="/nonexistent/list.tsv")
        with self.assertRaisesRegex(TypeError, "gazetteer"):
            wortlaut.annotate(["a"], gazetteer=3)

    def test_malformed_gazetteer_names_the_line(self):
        with tempfile.TemporaryDirectory() as d:
            path = Path(d) / "bad.tsv"
            path.write_text("name\tlabel\tcanonical\nX\tNOPE\tX\n", encoding="utf-8")
            with self.assertRaisesRegex(ValueError, "bad.tsv:2"):
                wortlaut.annotate(["a"], gazetteer=path)


class Behaviour(unittest.TestCase):
    def test_empty_inputs_and_iterables(self):
        self.assertEqual(wortlaut.annotate([]), [])
        gen = wortlaut.annotate(t for t in GERMAN[:2])
        self.assertEqual(gen, wortlaut.annotate(GERMAN[:2]))
        empty = wortlaut.annotate([""])[0]
        self.assertEqual((empty["sentences"], empty["entities"], empty["quotes"]), ([], [], []))

    def test_offsets_slice_python_strings(self):
        text = GERMAN[0]
        doc = wortlaut.annotate([text], tokens=True)[0]
        words = [text[t["start"]:t["end"]] for t in doc["tokens"]]
        self.assertEqual(words[:4], ["„", "Wir", "verhandeln", "“"])
        quote = doc["quotes"][0]
        self.assertEqual(text[quote["start"]:quote["end"]], quote["text"])
        raw = text.encode("utf-8")
        doc = wortlaut.annotate([text], offsets="byte")[0]
        for e in doc["entities"]:
            self.assertEqual(raw[e["start"]:e["end"]].decode("utf-8"), e["text"])

    def test_threads_agree(self):
        texts = [r["text"] for r in corpus_records()][:8]
        want = wortlaut.annotate(texts)
        got = [None] * 4

        def work(k):
            got[k] = wortlaut.annotate(texts)

        threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(got, [want] * 4)


if __name__ == "__main__":
    print(f"python {sys.version.split()[0]}, wortlaut {wortlaut.__version__}")
    unittest.main()
