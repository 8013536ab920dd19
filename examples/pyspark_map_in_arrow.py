"""PySpark `mapInArrow`: annotate a JSON Lines corpus with wortlaut, one Arrow batch at a time.

    python examples/pyspark_map_in_arrow.py [INPUT.jsonl] [OUTPUT_DIR]

Needs `pip install wortlaut pyspark` and Java 17+. Runs in local mode on 2 cores; on a
cluster, drop `.master(...)`, submit with spark-submit and use shared paths (s3a://, hdfs://).
OUTPUT_DIR gets part files of JSON lines: for each record, the line `wortlaut process` writes
for its `id` and `text` (docs/output.md). Records must have `id` and `text` fields.

No Python object is made per document or token: Spark hands over Arrow batches and
`wortlaut.annotate_arrow` returns one (`id`, `json`), with the GIL released while it runs.
Set WORTLAUT_GAZETTEER to a TSV list (readable on every executor) to add entities; each
Python worker reads it once and keeps it for all later batches.
"""

import os
import sys

from pyspark.sql import SparkSession

import wortlaut

GAZETTEER = os.environ.get("WORTLAUT_GAZETTEER")


def annotate_batches(batches):
    for batch in batches:
        yield wortlaut.annotate_arrow(batch, gazetteer=GAZETTEER)


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else "corpus/wikinews.jsonl"
    dst = sys.argv[2] if len(sys.argv) > 2 else "target/engines/pyspark_map_in_arrow"
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # executors use this Python
    spark = SparkSession.builder.master("local[2]").appName("wortlaut").getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    docs = spark.read.json(src).select("id", "text")
    annotated = docs.mapInArrow(annotate_batches, "id string, json string")
    annotated.select("json").write.mode("overwrite").text(dst)
    spark.stop()


if __name__ == "__main__":
    main()
