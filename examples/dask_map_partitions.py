"""Dask DataFrame `map_partitions`: annotate a JSON Lines corpus with wortlaut.

    python examples/dask_map_partitions.py [INPUT.jsonl] [OUTPUT_DIR]

Needs `pip install wortlaut "dask[dataframe]" pyarrow`. Reads the corpus in blocks of about
BLOCK bytes (one partition each) and annotates every partition with the threaded scheduler:
wortlaut releases the GIL, so threads run in parallel. For a cluster, create a
`dask.distributed.Client` first; models (and a WORTLAUT_GAZETTEER list) load once per worker
process. Each partition becomes (`id`, `json`: the line `wortlaut process` writes for the
record's `id` and `text`); OUTPUT_DIR gets one file of JSON lines per partition.
"""

import os
import sys

import dask
import dask.dataframe as dd
import pandas as pd
import pyarrow as pa

import wortlaut

BLOCK = 1 << 18
GAZETTEER = os.environ.get("WORTLAUT_GAZETTEER")


def annotate_partition(part):
    texts = pa.array(part["text"])
    ids = pa.array(part["id"].astype(str))
    return wortlaut.annotate_arrow(texts, ids=ids, gazetteer=GAZETTEER).to_pandas()


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else "corpus/wikinews.jsonl"
    dst = sys.argv[2] if len(sys.argv) > 2 else "target/engines/dask_map_partitions"
    # dtype=False / convert_dates=False: ids and texts stay strings as written.
    docs = dd.read_json(src, lines=True, blocksize=BLOCK, dtype=False, convert_dates=False)
    meta = pd.DataFrame({"id": pd.Series(dtype=object), "json": pd.Series(dtype=object)})
    annotated = docs[["id", "text"]].map_partitions(annotate_partition, meta=meta)
    os.makedirs(dst, exist_ok=True)
    with dask.config.set(scheduler="threads", num_workers=2):
        annotated["json"].to_bag().to_textfiles(os.path.join(dst, "part-*.jsonl"))


if __name__ == "__main__":
    main()
