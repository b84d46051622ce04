"""``hum-stats reextract``: read the stored documents again with the current extractor."""

from __future__ import annotations

from typing import Annotated

import typer

from hum_stats.cli._common import DEFAULT_DB, DbOption, error, handles_errors


@handles_errors
def reextract(
    db: DbOption = DEFAULT_DB,
    changes: Annotated[
        bool, typer.Option("--changes", help="List each claim added, removed or changed.")
    ] = False,
) -> None:
    """Extract the claims of every stored document again with the current extractor.

    Machine claims are replaced; analysts' decisions are kept (a claim read again from the
    same span of the same document keeps its decisions). Prints the claims added, removed
    and changed; exits 1 when a document could not be extracted.

    Example:

    \b
        hum-stats reextract --db hum_stats.duckdb --changes
    """
    from hum_stats.store import open as open_db

    with open_db(db) as database:
        report = database.reextract()
    if changes:
        for line in report.changes:
            typer.echo(line)
    for message in report.failures:
        error(message)
    typer.echo(str(report))
    if report.failed:
        raise typer.Exit(1)
