"""Loading extracted claims into DuckDB beside DuckDB's own ``COPY ... FROM`` the same Parquet.

The claims are those of generated documents (benchmarks/corpus.py) extracted by the store's own
partition worker (:func:`hum_stats.distributed.extract_partition`: batched ingest into an
in-memory store, written as Parquet); to reach ``--claims`` rows without extracting half a
million documents, the extracted partition is copied with fresh document and claim ids until
it holds that many claims (every column but the ids is real extractor output).

Timed, each into a new DuckDB file on disk, best of ``--runs``:

* figure: ``Database.load_claims_parquet(folder, checks=False)`` — what ``hum-stats ingest
  FOLDER`` does before the series checks: per partition, the documents not yet stored, their
  URLs, sources, claims and review items, in one transaction;
* baseline: a new database with the same schema and ``COPY <table> FROM '<file>.parquet'`` for
  the same five tables and files.

Target: the figure within 2x of the baseline (ratio <= 2).

    python benchmarks/bench_ingest.py --claims 1000000
    python benchmarks/bench_ingest.py --claims 50000 --json
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from _common import corpus, report

TARGET = 2.0
SAMPLE_DOCS = 2000


def build_store(folder: Path, claims: int, partitions: int) -> dict[str, int]:
    """A Parquet store of about ``claims`` claims in ``partitions`` partitions under ``folder``."""
    import duckdb

    from hum_stats.distributed import extract_partition
    from hum_stats.store.bulk import TABLES, write_manifest

    sample = folder / "sample"
    sample.mkdir(parents=True)
    corpus.write_jsonl(sample / "docs.jsonl", SAMPLE_DOCS)
    entry = extract_partition(str(sample / "docs.jsonl"), str(sample), "part-00000")
    per_copy = int(entry["claims"])
    copies = max(1, -(-claims // per_copy))
    store = folder / "store"
    con = duckdb.connect()
    entries = []
    per_part = -(-copies // partitions)
    for p in range(partitions):
        lo, hi = p * per_part, min(copies, (p + 1) * per_part)
        if lo >= hi:
            break
        name = f"part-{p:05d}"
        for table in TABLES:
            (store / table).mkdir(parents=True, exist_ok=True)
            src = f"read_parquet('{sample / table / 'part-00000.parquet'}')"
            fresh = {
                "doc_id": "sha256(doc_id || '#' || k)[:64] AS doc_id",
                "claim_id": "substr(sha256(claim_id || '#' || k), 1, 20) AS claim_id",
                "finding_id": "substr(sha256(finding_id || '#' || k), 1, 16) AS finding_id",
                "claim_ids": "list_transform(claim_ids, lambda c: substr(sha256(c || '#' || k), 1, 20)) AS claim_ids",
                "source": "source || '#' || k AS source",
                "text": "text || ' #' || k AS text",
            }
            cols = [r[0] for r in con.execute(f"DESCRIBE SELECT * FROM {src}").fetchall()]
            select = ", ".join(fresh.get(c, f'"{c}"') for c in cols)
            con.execute(
                f"COPY (SELECT {select} FROM {src}, range({lo}, {hi}) AS t(k)) "
                f"TO '{store / table / (name + '.parquet')}' (FORMAT parquet, COMPRESSION zstd)"
            )
        n_docs = (hi - lo) * int(entry["read"])
        entries.append({"name": name, "source": "generated", "read": n_docs, "duplicate": 0,
                        "claims": (hi - lo) * per_copy, "failures": [], "written": True})  # fmt: skip
    write_manifest(store, entries, "bench")
    rows = {t: con.execute(f"SELECT count(*) FROM read_parquet('{store / t}/*.parquet')").fetchall()[0][0]
            for t in TABLES}  # fmt: skip
    return rows


def time_load(store: Path, work: Path) -> float:
    import hum_stats

    path = work / "load.duckdb"
    path.unlink(missing_ok=True)
    with hum_stats.open(path) as db:
        start = time.perf_counter()
        db.load_claims_parquet(store, checks=False)
        db.con.execute("CHECKPOINT")
        return time.perf_counter() - start


def time_copy(store: Path, work: Path) -> float:
    import hum_stats
    from hum_stats.store.bulk import TABLES

    path = work / "copy.duckdb"
    path.unlink(missing_ok=True)
    with hum_stats.open(path) as db:
        start = time.perf_counter()
        for table in TABLES:
            for file in sorted((store / table).glob("*.parquet")):
                db.con.execute(f"COPY {table} FROM '{file}' (FORMAT parquet)")
        db.con.execute("CHECKPOINT")
        return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--claims", type=int, default=1_000_000)
    ap.add_argument("--partitions", type=int, default=8)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="hum_stats_bench_ingest_"))
    try:
        rows = build_store(work, args.claims, args.partitions)
        store = work / "store"
        load = min(time_load(store, work) for _ in range(args.runs))
        copy = min(time_copy(store, work) for _ in range(args.runs))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    ratio = load / copy
    report(
        "ingest",
        {
            "figure": f"load_claims_parquet {load:.2f} s ({rows['claims'] / load:,.0f} claims/s)",
            "baseline": f"COPY FROM parquet {copy:.2f} s",
            "ratio": round(ratio, 2),
            "target": f"<= {TARGET}",
            "met": ratio <= TARGET,
            "rows": rows,
        },
        args.json,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
