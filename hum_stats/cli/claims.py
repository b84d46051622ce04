"""``hum-stats claims``: list the stored claims, filtered, as a table, CSV or JSON."""

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
    OrgOption,
    SinceOption,
    UnitOption,
    UntilOption,
    handles_errors,
)

TABLE_COLUMNS = [
    "published",
    "metric",
    "unit",
    "group",
    "value",
    "qualifier",
    "since",
    "attributed_to",
    "quote",
]


class ClaimsFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


@handles_errors
def claims(
    metric: MetricOption = None,
    unit: UnitOption = None,
    group: GroupOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    organisation: OrgOption = None,
    format: Annotated[
        ClaimsFormat, typer.Option("--format", "-f", help="table, csv or json.")
    ] = ClaimsFormat.table,
    db: DbOption = DEFAULT_DB,
) -> None:
    """List the validated claims in the database (rejected ones left out, corrected ones corrected).

    --since/--until bound the date the report was published.

    Example:

    \b
        hum-stats claims --metric displaced --unit families --since 2019-12-01 --format csv
    """
    from hum_stats.export import EXPORT_COLUMNS, for_output
    from hum_stats.store import open as open_db

    with open_db(db) as database:
        frame = database.claims(
            metric=metric, unit=unit, group=group, since=since, until=until, organisation=organisation
        )
    if format is ClaimsFormat.csv:
        for_output(frame.loc[:, list(EXPORT_COLUMNS)]).to_csv(sys.stdout, index=False)
    elif format is ClaimsFormat.json:
        typer.echo(for_output(frame).to_json(orient="records", force_ascii=False))
    elif len(frame):
        typer.echo(for_output(frame.loc[:, TABLE_COLUMNS]).to_string(index=False))
    else:
        typer.echo(
            "no claims match; ingest documents first (hum-stats ingest PATH) or loosen the filters", err=True
        )
