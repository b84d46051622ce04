"""Extraction of a partitioned document set, on one process or on a Dask cluster.

Extraction is the expensive step and every document is independent, so a folder of document
files (``.jsonl`` or ``.parquet``, one partition each) is extracted one partition per task.
A task runs the store's own batched ingest into an in-memory database (the same claims, claim
ids, validation and review items as ``hum-stats ingest``) and writes its tables as Parquet
under the output folder (layout: :mod:`hum_stats.store.bulk`); a manifest written at the end
makes the folder loadable with :meth:`hum_stats.store.Database.load_claims_parquet` or
``hum-stats ingest OUT_DIR``. Series checks run once, when the folder is loaded.

    from hum_stats.distributed import extract_to_parquet
    report = extract_to_parquet("docs/", "out/claims", engine="dask")            # LocalCluster
    report = extract_to_parquet("docs/", "out/claims", engine="dask", scheduler="tcp://10.0.0.5:8786")

With a scheduler address the workers must see the input files and the output folder at the same
paths (shared storage); without one a ``LocalCluster`` of worker processes is started. Dask is
the optional extra ``hum_stats[dask]``.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hum_stats.errors import InputError

ENGINES: tuple[str, ...] = ("local", "dask")
#: File suffixes read as partitions of a document set.
PARTITION_SUFFIXES: tuple[str, ...] = (".jsonl", ".ndjson", ".parquet")
#: A partition file may be larger than a single dump (``--max-size`` of ingest); this is its limit.
PARTITION_MAX_BYTES = 4 * 1024**3
#: Memory limit of each worker of a LocalCluster.
WORKER_MEMORY = "2GiB"


@dataclass
class ExtractReport:
    """What a partitioned extraction did."""

    out_dir: str = ""
    engine: str = "local"
    workers: int = 1
    partitions: int = 0
    read: int = 0
    duplicate: int = 0
    claims: int = 0
    seconds: float = 0.0
    failed: int = 0
    failures: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return (
            f"{self.partitions} partition(s), {self.read} document(s) read, {self.claims} claim(s) "
            f"extracted, {self.failed} failed, in {self.seconds:.1f} s on {self.workers} worker(s) "
            f"({self.engine}); load them with `hum-stats ingest {self.out_dir}`"
        )


def partitions(source: str | Path) -> list[Path]:
    """The partition files of ``source``: the file itself, or the folder's .jsonl/.parquet files, sorted."""
    path = Path(source)
    if path.is_file():
        found = [path]
    elif path.is_dir():
        found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in PARTITION_SUFFIXES)
    else:
        raise InputError(
            f"{path}: no such file or folder; give a folder of .jsonl or .parquet document files"
        )
    if not found:
        raise InputError(
            f"{path}: holds no .jsonl or .parquet files; write the documents as one file per partition"
        )
    return found


def _documents(path: Path, language: str | None) -> Any:
    from hum_stats.readers import parquet, read_file
    from hum_stats.readers.document import Document, ReadOptions
    from hum_stats.readers.language import language_of

    options = ReadOptions(language=language, max_bytes=PARTITION_MAX_BYTES)
    if path.suffix.lower() != ".parquet":
        yield from read_file(path, options)
        return
    for item in parquet.read(path, options):
        if isinstance(item, Document):
            item.language = language or item.language or language_of(item.text)
        yield item


def extract_partition(source: str, out_dir: str, name: str, language: str | None = None) -> dict[str, Any]:
    """Extract one partition file into ``out_dir/<table>/<name>.parquet``; its entry in the manifest.

    Runs on a worker. A partition that fails is reported in ``failures`` and writes nothing;
    the other partitions go on.
    """
    from hum_stats.store import open as open_db
    from hum_stats.store.bulk import write_partition

    entry: dict[str, Any] = {"name": name, "source": source, "read": 0, "duplicate": 0, "claims": 0}
    try:
        with open_db(":memory:") as db:
            report = db.ingest_documents(_documents(Path(source), language), checks=False)
            written = write_partition(db, Path(out_dir), name) if report.read else {}
    except Exception as err:  # one bad partition must not stop the others
        entry.update(
            written=False,
            failures=[f"{source}: extraction failed ({type(err).__name__}: {err}); fix or remove the file"],
        )
        return entry
    entry.update(
        read=report.read,
        duplicate=report.duplicate,
        claims=report.claims,
        failures=list(report.failures),
        written=bool(written),
        rows=written,
    )
    return entry


def extract_to_parquet(
    source: str | Path,
    out_dir: str | Path,
    engine: str = "local",
    scheduler: str | None = None,
    workers: int | None = None,
    language: str | None = None,
) -> ExtractReport:
    """Extract every partition of ``source`` and write the store's tables as Parquet under ``out_dir``.

    ``engine`` ``local`` runs the partitions one after another in this process; ``dask`` runs
    them on the Dask cluster at ``scheduler`` (``tcp://host:8786``), or on a ``LocalCluster``
    of ``workers`` processes (default: one per core) when no scheduler is given.
    """
    import hum_stats.extract as extraction
    from hum_stats.store.bulk import write_manifest

    if engine not in ENGINES:
        raise InputError(f"unknown engine {engine!r}; use one of {', '.join(ENGINES)}")
    if scheduler and engine != "dask":
        raise InputError("--scheduler needs --engine dask")
    out = Path(out_dir)
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise InputError(f"{out}: exists and is not an empty folder; choose a new output folder or remove it")
    files = partitions(source)
    out.mkdir(parents=True, exist_ok=True)
    tasks = [(str(p.resolve()), str(out.resolve()), f"part-{i:05d}") for i, p in enumerate(files)]
    report = ExtractReport(out_dir=str(out), engine=engine, partitions=len(tasks))
    start = time.perf_counter()
    if engine == "local":
        results = [extract_partition(*task, language=language) for task in tasks]
    else:
        results, report.workers = _run_dask(tasks, scheduler, workers, language)
    report.seconds = time.perf_counter() - start
    for entry in results:
        report.read += int(entry["read"])
        report.duplicate += int(entry["duplicate"])
        report.claims += int(entry["claims"])
        report.failed += len(entry.get("failures", []))
        report.failures.extend(entry.get("failures", []))
    write_manifest(out, results, str(getattr(extraction, "EXTRACTOR_VERSION", "unknown")))
    return report


def _run_dask(
    tasks: list[tuple[str, str, str]], scheduler: str | None, workers: int | None, language: str | None
) -> tuple[list[dict[str, Any]], int]:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise InputError("--engine dask needs Dask: pip install 'hum_stats[dask]'") from None
    cluster = None
    if scheduler:
        try:
            client = Client(scheduler, timeout="10s")
        except (OSError, TimeoutError) as err:
            raise InputError(
                f"cannot reach the Dask scheduler at {scheduler} ({err}); start one with `dask scheduler` "
                "or leave out --scheduler to run on this machine"
            ) from None
    else:
        cluster = LocalCluster(
            n_workers=workers or os.cpu_count() or 1,
            threads_per_worker=1,  # extraction is pure Python: one process per core
            processes=True,
            memory_limit=WORKER_MEMORY,
            dashboard_address=None,
        )
        client = Client(cluster)
    try:
        n_workers = len(client.nthreads())
        futures = client.map(
            extract_partition,
            [t[0] for t in tasks],
            [t[1] for t in tasks],
            [t[2] for t in tasks],
            language=language,
            pure=False,
        )
        results: list[dict[str, Any]] = client.gather(futures)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return results, n_workers
