"""``hum-stats claims``: list the stored claims, filtered, as a table, CSV or JSON."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
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


claims_app = typer.Typer(
    name="claims",
    invoke_without_command=True,
    no_args_is_help=False,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)


@claims_app.callback()
@handles_errors
def claims(
    ctx: typer.Context,
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
    """List the validated claims in the database (rejected ones left out, corrected ones corrected);
    `hum-stats claims add` records a figure entered by hand.

    --since/--until bound the date the report was published.

    Example:

    \b
        hum-stats claims --metric displaced --unit families --since 2019-12-01 --format csv
        hum-stats claims add --url https://example.org/sitrep --published 2020-02-26 --metric displaced \\
            --unit individuals --value 948000 --organisation OCHA --quote "948,000 people displaced"
    """
    if ctx.invoked_subcommand is not None:
        ctx.obj = {"db": db}
        return
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


@claims_app.command("add")
@handles_errors
def add(
    ctx: typer.Context,
    metric: Annotated[str, typer.Option(help="displaced, returned, killed, injured, missing or detained.")],
    unit: Annotated[str, typer.Option(help="families or individuals.")],
    value: Annotated[int, typer.Option(help="The figure, a whole number.")],
    quote: Annotated[str, typer.Option(help="The words of the source that give the figure.")],
    group: GroupOption = None,
    doc_id: Annotated[
        str | None, typer.Option("--doc-id", help="The stored document the figure is from.")
    ] = None,
    url: Annotated[str | None, typer.Option(help="The page the figure is from (stored or not).")] = None,
    published: Annotated[
        str | None,
        typer.Option(help="When the page was published (YYYY-MM-DD); needed for a page not stored."),
    ] = None,
    publisher: Annotated[
        str | None, typer.Option(help="Who published the page (for a page not stored).")
    ] = None,
    organisation: Annotated[
        str | None, typer.Option(help="The organisation the figure is credited to.")
    ] = None,
    qualifier: Annotated[str, typer.Option(help="exact, approx, more_than, at_least or up_to.")] = "exact",
    since: Annotated[
        str | None, typer.Option(help="Start of the period the figure covers (YYYY-MM-DD).")
    ] = None,
    until: Annotated[
        str | None, typer.Option(help="End of that period, if not the publication date.")
    ] = None,
    location: Annotated[str | None, typer.Option(help="The place the figure is about, as written.")] = None,
    who: Annotated[
        str | None, typer.Option(help="Who enters it (default: the USER environment variable).")
    ] = None,
    why: Annotated[str | None, typer.Option(help="Why it is entered by hand.")] = None,
    db: Annotated[
        Path | None, typer.Option("--db", help="DuckDB file to use (default: hum_stats.duckdb).")
    ] = None,
) -> None:
    """Record a figure entered by hand, with its source (a stored document, or a page by URL).

    The figure is validated like an extracted one and served with status 'manual'.

    Example:

    \b
        hum-stats claims add --url https://example.org/sitrep --published 2020-02-26 --metric displaced \\
            --unit individuals --value 948000 --organisation OCHA --quote "948,000 people displaced"
    """
    import os

    from hum_stats.store import open as open_db

    path = db or (ctx.obj or {}).get("db", DEFAULT_DB)
    with open_db(path) as database:
        claim_id = database.add_claim(
            metric=metric,
            unit=unit,
            group=group or "all",
            value=value,
            quote=quote,
            doc_id=doc_id,
            url=url,
            published=published,
            publisher=publisher,
            organisation=organisation,
            qualifier=qualifier,
            since=since,
            until=until,
            location=location,
            who=who or os.environ.get("USER") or "unknown",
            why=why,
        )
    typer.echo(f"claim {claim_id} added: {value:,} {unit} {metric}")
