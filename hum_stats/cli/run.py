"""``hum-stats run``: the main job, from a folder of documents to a database, charts and a CSV."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from hum_stats.cli._common import DEFAULT_DB, DbOption, count_files, error, file_progress, handles_errors


@handles_errors
def run(
    sources: Annotated[Path, typer.Argument(metavar="SOURCES", help="Folder (or file) of documents.")] = Path(
        "sources/documents"
    ),
    out: Annotated[Path, typer.Option("--out", help="Folder for charts/ and claims.csv.")] = Path("out"),
    db: DbOption = DEFAULT_DB,
) -> None:
    """Ingest, extract, validate and store the documents, then write the weekly charts under
    OUT/charts/ and the claims CSV as OUT/claims.csv.

    Files that fail are reported and the rest still run; the command then exits 1.

    Example:

    \b
        hum-stats run sources/documents --db hum_stats.duckdb --out out
    """
    from hum_stats import pipeline

    with file_progress("Ingesting", count_files([sources])) as progress:
        report = pipeline.run(sources, db, out, progress=progress)
    for message in report.failures:
        error(message)
    typer.echo(f"{db}: {report.ingest}")
    typer.echo(f"{report.claims} claim(s) exported to {report.csv}")
    for path in report.charts:
        typer.echo(f"chart: {path}")
    if report.failures:
        raise typer.Exit(1)
