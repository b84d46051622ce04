"""``hum-stats chart``: weekly running totals drawn as PNG (and SVG)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from hum_stats.cli._common import DEFAULT_DB, DbOption, handles_errors


@handles_errors
def chart(
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the chart files.")] = Path(
        "out/charts"
    ),
    db: DbOption = DEFAULT_DB,
) -> None:
    """Draw the weekly running totals of families, individuals and casualties.

    Example:

    \b
        hum-stats chart --out out/charts --db hum_stats.duckdb
    """
    from hum_stats.pipeline import write_charts
    from hum_stats.store import open as open_db

    with open_db(db) as database:
        written = write_charts(database, out)
    for path in written:
        typer.echo(str(path))
