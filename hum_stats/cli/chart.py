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
    start: Annotated[
        str | None, typer.Option("--from", help="First week to draw: a date (YYYY-MM-DD) in it.")
    ] = None,
    end: Annotated[
        str | None, typer.Option("--to", help="Last week to draw: a date (YYYY-MM-DD) in it.")
    ] = None,
    gap_weeks: Annotated[
        int | None,
        typer.Option(
            "--gap-weeks",
            min=0,
            help="More weeks than this without a report start a new period (default: 8).",
            show_default=False,
        ),
    ] = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Draw the weekly running totals of families, individuals and casualties: one displacement
    and one casualties chart per reporting period, as PNG and SVG named after the period
    (OUT/2019-11_2020-04-displacement.png). A period ends when no report came for more than
    --gap-weeks weeks; --from/--to draw only the weeks between two dates.

    Example:

    \b
        hum-stats chart --out out/charts --db hum_stats.duckdb
        hum-stats chart --from 2023-02-01 --to 2023-03-31 --out out/charts
    """
    from hum_stats.pipeline import write_charts
    from hum_stats.store import open as open_db

    with open_db(db) as database:
        written = write_charts(database, out, gap_weeks=gap_weeks, start=start, end=end)
    for path in written:
        typer.echo(str(path))
