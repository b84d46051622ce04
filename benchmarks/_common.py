"""What the benchmark scripts share: timing, the corpus generator, printing a figure beside its baseline."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402  (benchmarks/corpus.py, beside this file)

__all__ = ["corpus", "best_seconds", "report"]


def best_seconds(work: Callable[[], object], runs: int = 3) -> float:
    """The fastest of ``runs`` timings of ``work()`` (the least disturbed by a noisy machine)."""
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def report(name: str, figures: dict[str, Any], as_json: bool) -> None:
    """Print one benchmark's figures: a readable line, or one JSON object for run_all.py."""
    if as_json:
        print(json.dumps({"benchmark": name, **figures}))
        return
    met = "met" if figures.get("met") else "NOT MET"
    print(
        f"{name}: {figures['figure']} vs baseline {figures['baseline']} -> ratio {figures['ratio']} "
        f"(target {figures['target']}: {met})"
    )
    for key, value in figures.items():
        if key not in {"figure", "baseline", "ratio", "target", "met"}:
            print(f"  {key}: {value}")
