"""The jobs the CLI runs, as library functions: extract documents to JSON lines, and the main run.

Data flows one way: readers -> extract -> schema -> store -> series -> charts/export.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from hum_stats.errors import HumStatsError, InputError
from hum_stats.readers.document import Document, ReadFailure

STDIN = "<stdin>"


def read_stdin(stream: BinaryIO | None = None) -> Iterator[Document | ReadFailure]:
    """Documents from JSON lines on standard input (the form ``hum-stats extract`` reads)."""
    from hum_stats.readers import jsonl

    raw = stream if stream is not None else sys.stdin.buffer
    for n, data in enumerate(raw, start=1):
        try:
            line = data.decode("utf-8-sig" if n == 1 else "utf-8")
        except UnicodeDecodeError:
            yield ReadFailure(
                STDIN, f"{STDIN}:{n}: not valid UTF-8; send the documents as UTF-8 JSON lines", line=n
            )
            continue
        if not line.strip():
            continue
        yield from _renumber(jsonl.read_lines([line], STDIN), n)


def _renumber(items: Iterable[Document | ReadFailure], n: int) -> Iterator[Document | ReadFailure]:
    for item in items:
        if isinstance(item, ReadFailure):
            item.line = n
            item.message = item.message.replace(f"{STDIN}:1:", f"{STDIN}:{n}:", 1)
        yield item


def read_inputs(path: str | Path) -> Iterator[Document | ReadFailure]:
    """Documents from ``path`` (a .txt/.md/.jsonl file or a folder), or from stdin when ``path`` is ``-``."""
    if str(path) == "-":
        yield from read_stdin()
    else:
        from hum_stats.readers import read_documents

        yield from read_documents(path)


def extract_records(items: Iterable[Document | ReadFailure]) -> Iterator[dict[str, Any] | ReadFailure]:
    """One record per claim (``doc_id`` first, then the Claim fields), documents in input order.

    ``subset_of`` is the extractor's index among the claims of the same document, which are
    all yielded, in order. Read failures pass through so the caller can report them.
    """
    import hum_stats.extract as extraction

    for item in items:
        if isinstance(item, ReadFailure):
            yield item
            continue
        claims = extraction.extract(item.text, language=item.language, published=item.published)
        for claim in claims:
            yield {"doc_id": item.id, **claim.to_dict()}


def to_json_line(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False)


@dataclass
class RunReport:
    """What ``hum-stats run`` did; ``failures`` are one-line messages, the run went on past them."""

    ingest: Any = None
    claims: int = 0
    charts: list[Path] = field(default_factory=list)
    csv: Path | None = None
    failures: list[str] = field(default_factory=list)


def run(
    sources: str | Path = "sources/documents",
    db_path: str | Path = "hum_stats.duckdb",
    out_dir: str | Path = "out",
    progress: Callable[[int, int], None] | None = None,
) -> RunReport:
    """The main job: ingest ``sources`` into ``db_path``, write weekly charts under
    ``out_dir/charts`` and the claims CSV as ``out_dir/claims.csv``.

    A file that fails, or a step that fails (no claims to chart), is recorded in
    ``RunReport.failures`` and the remaining steps still run.
    """
    from hum_stats.export import write_claims_csv
    from hum_stats.store import open as open_db

    out = Path(out_dir)
    report = RunReport()
    if not Path(sources).exists():
        raise InputError(f"{sources}: no such folder; give the folder of documents, e.g. sources/documents")
    with open_db(db_path) as db:
        report.ingest = db.ingest_paths([sources], progress=progress)
        report.failures.extend(report.ingest.failures)
        frame = db.claims()
        report.claims = len(frame)
        report.csv = write_claims_csv(frame, out / "claims.csv", force=True)
        try:
            report.charts = write_charts(db, out / "charts")
        except HumStatsError as err:
            report.failures.append(f"charts: {err}")
    return report


def write_charts(
    db: Any,
    out_dir: str | Path,
    freq: str = "W",
    gap_weeks: int | None = None,
    start: Any = None,
    end: Any = None,
) -> list[Path]:
    """Weekly running totals of the stored claims, drawn as PNG and SVG under ``out_dir``: one
    displacement and one casualties chart per reporting period (a new period after more than
    ``gap_weeks`` weeks without a report), from ``start`` to ``end`` when given."""
    from hum_stats.charts import PERIOD_GAP_WEEKS, write_period_charts

    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise InputError(f"{out}: is a file; give --out a folder for the charts")
    totals = db.running_totals(freq=freq)
    out.mkdir(parents=True, exist_ok=True)
    gap = PERIOD_GAP_WEEKS if gap_weeks is None else gap_weeks
    written = write_period_charts(totals, out, ("png", "svg"), gap_weeks=gap, start=start, end=end)
    return [Path(p) for p in (written or [])]
