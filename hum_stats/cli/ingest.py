"""``hum-stats ingest``: read, extract, validate and store documents."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from hum_stats.cli._common import DEFAULT_DB, DbOption, count_files, error, file_progress, handles_errors


@handles_errors
def ingest(
    paths: Annotated[
        list[Path],
        typer.Argument(metavar="PATH", help="Files (.txt, .md, .jsonl) or folders, read recursively."),
    ],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Ingest documents: extract their claims, validate them and store everything in the database.

    A file that cannot be read is reported on one line and the others are still ingested;
    the command then exits 1. Ingesting the same text again changes nothing.

    Example:

    \b
        hum-stats ingest sources/documents notes/report.md --db hum_stats.duckdb
    """
    from hum_stats.store import open as open_db

    with open_db(db) as database, file_progress("Ingesting", count_files(paths)) as progress:
        report = database.ingest_paths(paths, progress=progress)
    for message in report.failures:
        error(message)
    typer.echo(str(report))
    if report.failed:
        raise typer.Exit(1)
