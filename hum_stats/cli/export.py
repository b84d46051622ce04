"""``hum-stats export``: observations, claims or weekly totals as HXL-tagged CSV or Parquet."""

from __future__ import annotations

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
from hum_stats.errors import InputError


@handles_errors
def export(
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write (.csv or .parquet).")],
    claims: Annotated[
        bool, typer.Option("--claims", help="Export the raw claims instead of the observations.")
    ] = False,
    weekly: Annotated[
        bool, typer.Option("--weekly", help="Export the weekly running totals, one row per series and week.")
    ] = False,
    fmt: Annotated[
        str | None,
        typer.Option("--format", help="csv or parquet (default: from the file name, else csv)."),
    ] = None,
    excel: Annotated[
        bool, typer.Option("--excel", help="CSV with a UTF-8 byte order mark, so Excel shows Arabic.")
    ] = False,
    force: Annotated[bool, typer.Option("--force", help="Overwrite the file if it exists.")] = False,
    metric: MetricOption = None,
    unit: UnitOption = None,
    group: GroupOption = None,
    place: Annotated[
        str | None,
        typer.Option(help="Only figures about this governorate, district or town (any spelling of it)."),
    ] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    organisation: OrgOption = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Export observations (default), claims (--claims) or weekly totals (--weekly) for partners.

    CSV files have a header row and an HXL hashtag row; places carry OCHA P-codes; text
    cells that a spreadsheet would run as a formula are neutralised. Columns and tags are
    described in docs/data-dictionary.md.

    Example:

    \b
        hum-stats export -o out/idlib.csv --place Idlib --metric displaced --excel
        hum-stats export -o out/claims.parquet --claims
        hum-stats export -o out/weekly.csv --weekly --force
    """
    from hum_stats.export import Filters
    from hum_stats.export import export as export_table
    from hum_stats.store import open as open_db

    if claims and weekly:
        raise InputError("--claims and --weekly choose different tables; give one of them")
    what = "claims" if claims else "weekly" if weekly else "observations"
    filters = Filters(
        metric=metric,
        unit=unit,
        group=group,
        place=place,
        since=since,
        until=until,
        organisation=organisation,
    )
    with open_db(db) as database:
        result = export_table(database, output, what=what, fmt=fmt, excel=excel, force=force, filters=filters)
    typer.echo(str(result))
