"""Peak memory of ingesting generated documents, at growing sizes: flat when ingest streams.

Each size runs in a new process: documents are generated one at a time
(benchmarks/corpus.py), handed to ``Database.ingest_documents`` (batches of ``BATCH_SIZE``
documents, one transaction each) into a DuckDB file, and the process's peak resident set
(``resource.getrusage(RUSAGE_SELF).ru_maxrss``) is read at the end. The baseline is the peak at
the smallest size; each line also gives the floor (the peak once the libraries are loaded and
the database is open, before any document).

The series checks that ingest runs at the end (``refresh_findings``) are left out
(``checks=False``): they build one pandas frame of every stored claim and do not stream.
Target: the peak grows by less than 1.5x from the smallest to the largest size (flat).

    python benchmarks/bench_memory.py --sizes 2000,10000,40000
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import corpus, report

TARGET = 1.5

CHILD = """
import json, resource, sys, time
sys.path.insert(0, {here!r})
import corpus
import hum_stats
from hum_stats.readers.document import Document
n, path = int(sys.argv[1]), sys.argv[2]
with hum_stats.open(path) as db:
    import pandas, pandera, hum_stats.extract.engine  # noqa: F401  (the floor: libraries loaded)
    floor = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    docs = (Document(id=d["id"], text=d["text"], language=d["language"], published=d["published"],
                     publisher=d["publisher"], url=d["url"]) for d in corpus.documents(n))
    start = time.perf_counter()
    rep = db.ingest_documents(docs, checks=False)
    seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({{"documents": n, "claims": rep.claims, "floor_mb": floor / 1024, "peak_mb": peak / 1024,
                  "seconds": seconds}}))
"""


def measure(n: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        code = CHILD.format(here=str(Path(__file__).resolve().parent))
        out = subprocess.run(
            [sys.executable, "-c", code, str(n), str(Path(tmp) / "m.duckdb")],
            check=True, capture_output=True, text=True,
        ).stdout  # fmt: skip
    return json.loads(out.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="2000,10000,40000", help="document counts, comma-separated")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    assert corpus  # the child imports it from this folder
    rows = [measure(int(n)) for n in args.sizes.split(",")]
    growth = rows[-1]["peak_mb"] / rows[0]["peak_mb"]
    report(
        "ingest_memory",
        {
            "figure": f"peak {rows[-1]['peak_mb']:.0f} MB ingesting {rows[-1]['documents']:,} documents",
            "baseline": f"peak {rows[0]['peak_mb']:.0f} MB ingesting {rows[0]['documents']:,} documents",
            "ratio": round(growth, 2),
            "target": f"<= {TARGET} (flat)",
            "met": growth <= TARGET,
            "sizes": [
                f"{r['documents']:,} docs, {r['claims']:,} claims: peak {r['peak_mb']:.0f} MB "
                f"(libraries loaded: {r['floor_mb']:.0f} MB), {r['documents'] / r['seconds']:.0f} docs/s"
                for r in rows
            ],
        },
        args.json,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
