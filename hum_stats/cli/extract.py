"""``hum-stats extract``: documents in, one JSON claim per line out (see CLAIMS.md)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from hum_stats.cli._common import error, handles_errors


class ExtractFormat(StrEnum):
    jsonl = "jsonl"
    table = "table"


class Engine(StrEnum):
    local = "local"
    dask = "dask"


@handles_errors
def extract(
    path: Annotated[
        str,
        typer.Argument(
            metavar="PATH|-", help="A .txt/.md/.jsonl file or folder, or - for JSON lines on stdin."
        ),
    ] = "-",
    format: Annotated[
        ExtractFormat, typer.Option("--format", "-f", help="jsonl (one claim per line) or table.")
    ] = ExtractFormat.jsonl,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            "-o",
            help="Write the claims as partitioned Parquet under this new folder (load it with "
            "`hum-stats ingest OUT`) instead of printing them; PATH is then a folder of .jsonl/.parquet "
            "files, one partition each.",
        ),
    ] = None,
    engine: Annotated[
        Engine, typer.Option(help="With --out: local (this process) or dask (a Dask cluster).")
    ] = Engine.local,
    scheduler: Annotated[
        str | None,
        typer.Option(
            help="Dask scheduler address (tcp://host:8786); default: a LocalCluster on this machine."
        ),
    ] = None,
    workers: Annotated[
        int | None, typer.Option(help="Worker processes of the LocalCluster (default: one per core).", min=1)
    ] = None,
) -> None:
    """Extract the claims of documents and print them, one JSON object per claim.

    Reads JSON-lines documents ({"id", "text", "language", "published"}) from standard input,
    or a .txt/.md/.jsonl file. Each claim printed has doc_id first, then the claim fields.

    With --out, a partitioned document set (a folder of .jsonl or .parquet files) is extracted
    partition by partition, on this process or on Dask, into Parquet that `hum-stats ingest`
    loads. The Dask workers must see PATH and --out at the same paths (shared storage).

    Example:

    \b
        echo '{"id": "h1", "text": "...", "language": "ar", "published": "2019-05-29"}' | hum-stats extract -
        hum-stats extract --engine dask docs/ -o out/claims && hum-stats ingest out/claims
        hum-stats extract --engine dask --scheduler tcp://10.0.0.5:8786 /shared/docs -o /shared/claims
    """
    if out is not None:
        from hum_stats.distributed import extract_to_parquet

        report = extract_to_parquet(path, out, engine=engine.value, scheduler=scheduler, workers=workers)
        for message in report.failures:
            error(message)
        typer.echo(str(report))
        if report.failed:
            raise typer.Exit(1)
        return
    if engine is not Engine.local or scheduler:
        error("--engine dask and --scheduler need --out FOLDER for the Parquet claims")
        raise typer.Exit(2)
    from hum_stats.pipeline import extract_records, read_inputs, to_json_line
    from hum_stats.readers import ReadFailure

    failed = 0
    rows = []
    for record in extract_records(read_inputs(path)):
        if isinstance(record, ReadFailure):
            error(record.message)
            failed += 1
        elif format is ExtractFormat.jsonl:
            typer.echo(to_json_line(record))
        else:
            rows.append(record)
    if format is ExtractFormat.table and rows:
        import pandas as pd

        columns = [
            "doc_id",
            "metric",
            "unit",
            "group",
            "value",
            "qualifier",
            "since",
            "attributed_to",
            "subset_of",
            "quote",
        ]
        typer.echo(pd.DataFrame(rows).loc[:, columns].to_string(index=False))
    if failed:
        raise typer.Exit(1)
