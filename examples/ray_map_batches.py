"""Ray Data `map_batches`: annotate a JSON Lines corpus with wortlaut, one Arrow batch at a time.

    python examples/ray_map_batches.py [INPUT.jsonl] [OUTPUT_DIR]

Needs `pip install wortlaut "ray[data]"`. Starts a local Ray on 2 CPUs; on a cluster, call
`ray.init()` without arguments and use shared paths. `batch_format="pyarrow"` hands wortlaut
Arrow tables and gets one back (`id`, `json`: the line `wortlaut process` writes for each
record's `id` and `text`), with no Python object per document or token and the GIL released.
Ray reuses worker processes, so models (and a WORTLAUT_GAZETTEER list) load once per worker.

The lines are gathered here into OUTPUT_DIR/part-00000.jsonl to keep the recipe short; for a
big corpus keep them distributed, e.g. `annotated.write_parquet(OUTPUT_DIR)`.
"""

import os
import sys
from pathlib import Path

import pyarrow as pa
import ray

import wortlaut

GAZETTEER = os.environ.get("WORTLAUT_GAZETTEER")


def annotate_batch(batch):
    # Ray hands over a pyarrow.Table and wants one back.
    return pa.Table.from_batches([wortlaut.annotate_arrow(batch, gazetteer=GAZETTEER)])


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else "corpus/wikinews.jsonl"
    dst = Path(sys.argv[2] if len(sys.argv) > 2 else "target/engines/ray_map_batches")
    ray.init(num_cpus=2, include_dashboard=False)
    docs = ray.data.read_json(os.path.abspath(src)).select_columns(["id", "text"])
    annotated = docs.map_batches(annotate_batch, batch_format="pyarrow", batch_size=64)
    dst.mkdir(parents=True, exist_ok=True)
    with open(dst / "part-00000.jsonl", "w", encoding="utf-8") as out:
        for batch in annotated.iter_batches(batch_format="pyarrow"):
            for line in batch.column("json").to_pylist():
                out.write(line + "\n")
    ray.shutdown()


if __name__ == "__main__":
    main()
