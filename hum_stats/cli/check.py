"""``hum-stats check``: run the series checks again and list what is open in review."""

from __future__ import annotations

import typer

from hum_stats.cli._common import DEFAULT_DB, DbOption, handles_errors


@handles_errors
def check(db: DbOption = DEFAULT_DB) -> None:
    """Run the series checks (a total that falls, conflicting values, a subset above its total,
    households of implausible size, increments that disagree with totals) over the stored
    claims and record their findings in the review table. Running it again adds nothing new.

    Ingesting runs the checks too; run this after changing decisions in another way.

    Example:

    \b
        hum-stats check --db hum_stats.duckdb
    """
    from hum_stats.store import open as open_db

    with open_db(db) as database:
        n_open = database.refresh_findings()
        items = database.review_items(open_only=True)
    items = items.drop_duplicates("item_id")
    for row in items.loc[items["kind"] == "series"].itertuples():
        typer.echo(f"{row.reason}: {row.series_id}: {row.detail}")
    typer.echo(
        f"{n_open} series finding(s) open, {len(items)} review item(s) open in all; see hum-stats review"
    )
