"""``hum-stats ingest``: read, extract, validate and store documents."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

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
    twice or reached by two URLs is stored once, with both URLs.

    Example:

    \b
        hum-stats ingest sources/documents saved-pages/ feeds/enab.rss --db hum_stats.duckdb
        hum-stats ingest monitor-export.csv --columns text=body,published=date --language ar
    """
    from hum_stats.readers import make_options
    from hum_stats.store import open as open_db

    options = make_options(language=language, columns=columns, max_bytes=int(max_size * 1024 * 1024))
    with open_db(db) as database, file_progress("Ingesting", count_files(paths)) as progress:
        report = database.ingest_paths(paths, progress=progress, options=options)
    for note in report.notes:
        typer.echo(f"Note: {note}", err=True)
    for message in report.failures:
        error(message)
    typer.echo(str(report))
    if report.failed:
        raise typer.Exit(1)
