"""``hum-stats ingest``: read, extract, validate and store documents."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from hum_stats.store import IngestReport

from hum_stats.cli._common import DEFAULT_DB, DbOption, count_files, error, file_progress, handles_errors

LanguageOption = Annotated[
    str | None,
    typer.Option(help="ar or en for every document, overriding what they declare (default: detected)."),
]
ColumnsOption = Annotated[
    str | None,
    typer.Option(
        help="Field names of CSV and JSON-lines dumps, e.g. text=body,published=date "
        "(fields: id, text, title, url, published, language, publisher)."
    ),
]
MaxSizeOption = Annotated[
    float, typer.Option("--max-size", help="Refuse files larger than this many megabytes.", min=0)
]


@handles_errors
def ingest(
    paths: Annotated[
        list[Path],
        typer.Argument(
            metavar="PATH",
            help="Files or folders (read recursively): saved pages (.html), feeds (.xml, .rss, .atom), "
            "dumps (.csv, .jsonl), texts (.txt, .md with front matter). The content decides the reader.",
        ),
    ],
    db: DbOption = DEFAULT_DB,
    language: LanguageOption = None,
    columns: ColumnsOption = None,
    max_size: MaxSizeOption = 50.0,
) -> None:
    """Ingest documents: extract their claims, validate them and store everything in the database.

    A file that cannot be read is reported on one line and the others are still ingested;
    the command then exits 1. Ingesting the same text again changes nothing: an article saved
    twice or reached by two URLs is stored once, with both URLs. A folder written by
    `hum-stats extract -o` (Parquet claims, e.g. from a Dask cluster) is loaded by DuckDB directly.

    Example:

    \b
        hum-stats ingest sources/documents saved-pages/ feeds/enab.rss --db hum_stats.duckdb
        hum-stats ingest monitor-export.csv --columns text=body,published=date --language ar
        hum-stats ingest out/claims    # claims extracted by `hum-stats extract -o out/claims`
    """
    from hum_stats.readers import make_options
    from hum_stats.store import open as open_db
    from hum_stats.store.bulk import is_parquet_store

    options = make_options(language=language, columns=columns, max_bytes=int(max_size * 1024 * 1024))
    # folders written by `hum-stats extract -o` hold extracted claims: DuckDB loads their Parquet
    stores = [p for p in paths if is_parquet_store(p)]
    files = [p for p in paths if not is_parquet_store(p)]
    failed = False
    with open_db(db) as database:
        for n, store in enumerate(stores, start=1):
            # the series checks run once, after everything is stored
            failed |= _show(database.load_claims_parquet(store, checks=not files and n == len(stores)))
        if files:
            with file_progress("Ingesting", count_files(files)) as progress:
                failed |= _show(database.ingest_paths(files, progress=progress, options=options))
    if failed:
        raise typer.Exit(1)


def _show(report: IngestReport) -> bool:
    """Print an ingest report (notes and failures on stderr); True when something failed."""
    for note in report.notes:
        typer.echo(f"Note: {note}", err=True)
    for message in report.failures:
        error(message)
    typer.echo(str(report))
    return bool(report.failed)
