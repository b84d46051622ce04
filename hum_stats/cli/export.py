"""``hum-stats export``: the claims with their provenance, as CSV."""

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


@handles_errors
def export(
    output: Annotated[Path, typer.Option("--output", "-o", help="CSV file to write.")],
    force: Annotated[bool, typer.Option("--force", help="Overwrite the file if it exists.")] = False,
    metric: MetricOption = None,
    unit: UnitOption = None,
    group: GroupOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    organisation: OrgOption = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Export the claims to CSV, each row with its document, publisher, URL and quote.

    Example:

    \b
        hum-stats export -o out/claims.csv --metric killed --force
    """
    from hum_stats.export import write_claims_csv
    from hum_stats.store import open as open_db

    with open_db(db) as database:
        frame = database.claims(
            metric=metric, unit=unit, group=group, since=since, until=until, organisation=organisation
        )
    path = write_claims_csv(frame, output, force=force)
    typer.echo(f"{len(frame)} claim(s) written to {path}")
