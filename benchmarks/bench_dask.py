"""Distributed extraction on a Dask LocalCluster with 1 and 2 worker processes, beside the same
partitions extracted one after another in this process (``engine="local"``).

Documents are generated (benchmarks/corpus.py) into ``--partitions`` JSON-lines files; each run
writes the store's tables as Parquet (:func:`hum_stats.distributed.extract_to_parquet`). The
clusters are started before timing (``--scheduler`` path), so the figures are extraction and
writing only. Target: 2 workers at least 1.6x the single process on this 2-core machine.

    python benchmarks/bench_dask.py --documents 8000 --partitions 8
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from _common import corpus, report

TARGET = 1.6


def main(argv: list[str] | None = None) -> int:
    from distributed import LocalCluster

    from hum_stats.distributed import extract_to_parquet

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--documents", type=int, default=8000)
    ap.add_argument("--partitions", type=int, default=8)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="hum_stats_bench_dask_"))
    try:
        corpus.write(work / "docs", args.documents, "jsonl", args.partitions)
        start = time.perf_counter()
        extract_to_parquet(work / "docs", work / "local")
        local_s = time.perf_counter() - start
        seconds = {}
        for n in (1, 2):
            with LocalCluster(
                n_workers=n, threads_per_worker=1, processes=True, memory_limit="2GiB", dashboard_address=None
            ) as cluster:
                out = extract_to_parquet(
                    work / "docs", work / f"dask{n}", engine="dask", scheduler=cluster.scheduler_address
                )
                seconds[n] = out.seconds
    finally:
        shutil.rmtree(work, ignore_errors=True)
    speedup = local_s / seconds[2]
    report(
        "dask_extraction",
        {
            "figure": f"2 workers {seconds[2]:.1f} s ({args.documents / seconds[2]:.0f} docs/s)",
            "baseline": f"one process {local_s:.1f} s ({args.documents / local_s:.0f} docs/s)",
            "ratio": round(speedup, 2),
            "target": f">= {TARGET} (speed-up)",
            "met": speedup >= TARGET,
            "one_worker": f"1 worker {seconds[1]:.1f} s (speed-up {local_s / seconds[1]:.2f})",
            "documents": args.documents,
            "partitions": args.partitions,
        },
        args.json,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
