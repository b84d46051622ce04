"""``hum-stats status``: what the database holds and what waits for someone."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from hum_stats.cli._common import DEFAULT_DB, DbOption, handles_errors

#: Label of each count, in the order printed.
LABELS: dict[str, str] = {
    "documents": "documents",
    "claims": "claims stored",
    "claims_served": "claims served",
    "claims_held": "claims held back for review",
    "open_review_items": "open review items",
    "decisions": "decisions",
    "failures": "failures recorded",
}


@handles_errors
def status(
    as_json: Annotated[bool, typer.Option("--json", help="Print the counts as one JSON object.")] = False,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Count the documents, claims (stored, served, held back), open review items, decisions and
    recorded failures (files, lines or documents that could not be read or extracted).

    Nothing is dropped silently: `hum-stats review` lists the held-back claims and open items,
    `hum-stats review --kind failure` the failures.

    Example:

    \b
        hum-stats status --db hum_stats.duckdb
    """
    from hum_stats.store import open as open_db

    with open_db(db) as database:
        counts = database.status()
    if as_json:
        typer.echo(json.dumps(counts))
        return
    width = max(len(label) for label in LABELS.values())
    for key, label in LABELS.items():
        typer.echo(f"{label:<{width}}  {counts[key]:>9,}")
    if counts["failures"] or counts["open_review_items"]:
        typer.echo("see them with: hum-stats review (--kind failure for the failures)", err=True)
