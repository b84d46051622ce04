"""``hum-stats observations``: figures as reported, each once, with every document that carried it."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated

import typer

from hum_stats.cli._common import (
    DEFAULT_DB,
    DbOption,
    GroupOption,
    MetricOption,
    SinceOption,
    UnitOption,
    UntilOption,
    handles_errors,
)

TABLE_COLUMNS = [
    "as_of",
    "metric",
    "unit",
    "group",
    "organisation",
    "since",
    "value",
    "n_sources",
    "publishers",
]
#: Columns holding lists: joined with " | " in the table and the CSV, kept as lists in JSON.
LIST_COLUMNS = ("doc_ids", "claim_ids", "quotes", "publishers", "urls", "locations")


class ObservationsFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


@handles_errors
def observations(
    metric: MetricOption = None,
    unit: UnitOption = None,
    group: GroupOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    organisation: Annotated[
        str | None,
        typer.Option(
            help="Only figures credited to this organisation (or, if credited to nobody, this outlet)."
        ),
    ] = None,
    format: Annotated[
        ObservationsFormat, typer.Option("--format", "-f", help="table, csv or json.")
    ] = ObservationsFormat.table,
    db: DbOption = DEFAULT_DB,
) -> None:
    """List observations: the same figure repeated by several reports is listed once, with the
    number of documents that carried it (n_sources) and those documents.

    --since/--until bound the date the reports were published.

    Example:

    \b
        hum-stats observations --metric displaced --unit individuals --format csv
    """
    from hum_stats.export import for_output
    from hum_stats.store import open as open_db

    with open_db(db) as database:
        frame = database.observations(
            metric=metric, unit=unit, group=group, since=since, until=until, organisation=organisation
        )
    if format is ObservationsFormat.json:
        typer.echo(for_output(frame).to_json(orient="records", force_ascii=False, date_format="iso"))
        return
    flat = frame.copy()
    for col in LIST_COLUMNS:
        flat[col] = flat[col].map(lambda items: " | ".join(str(i) for i in items))
    if format is ObservationsFormat.csv:
        for_output(flat).to_csv(sys.stdout, index=False)
    elif len(flat):
        typer.echo(for_output(flat.loc[:, TABLE_COLUMNS]).to_string(index=False))
    else:
        typer.echo(
            "no observations match; ingest documents first (hum-stats ingest PATH) or loosen the filters",
            err=True,
        )
