"""PySpark `mapPartitions` (RDD API): annotate a JSON Lines corpus with wortlaut, as dicts.

    python examples/pyspark_map_partitions.py [INPUT.jsonl] [OUTPUT_DIR]

Needs `pip install wortlaut pyspark` and Java 17+. Runs in local mode on 2 cores; on a
cluster, drop `.master(...)` and use shared paths. Each partition is annotated in batches of
BATCH records by `wortlaut.annotate`, which returns per record the dict of the JSON line
`wortlaut process` writes for its `id` and `text`; work on the dicts in Python here (filter,
pick quotes, ...). OUTPUT_DIR gets part files of JSON lines. `mapInArrow`
(pyspark_map_in_arrow.py) is faster when you only store the annotations.
Set WORTLAUT_GAZETTEER to a TSV list to add entities (read once per Python worker).
"""

import json
import os
import sys

from pyspark.sql import SparkSession

import wortlaut

BATCH = 256
GAZETTEER = os.environ.get("WORTLAUT_GAZETTEER")


def annotate_rows(rows):
    docs = wortlaut.annotate([r.text for r in rows], ids=[r.id for r in rows], gazetteer=GAZETTEER)
    return (json.dumps(d, ensure_ascii=False, separators=(",", ":")) for d in docs)


def annotate_partition(rows):
    batch = []
    for row in rows:
        batch.append(row)
        if len(batch) == BATCH:
            yield from annotate_rows(batch)
            batch = []
    if batch:
        yield from annotate_rows(batch)


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else "corpus/wikinews.jsonl"
    dst = sys.argv[2] if len(sys.argv) > 2 else "target/engines/pyspark_map_partitions"
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # executors use this Python
    spark = SparkSession.builder.master("local[2]").appName("wortlaut").getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    docs = spark.read.json(src).select("id", "text")
    docs.rdd.mapPartitions(annotate_partition).saveAsTextFile(dst)
    spark.stop()


if __name__ == "__main__":
    main()
