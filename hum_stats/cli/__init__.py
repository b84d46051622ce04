"""The ``hum-stats`` command line: thin commands over the library, one module each.

Heavy libraries (pandas, duckdb, matplotlib) are imported inside the commands so that
``hum-stats --help`` starts fast.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

import typer

from hum_stats.cli.chart import chart
from hum_stats.cli.check import check
from hum_stats.cli.claims import claims_app
from hum_stats.cli.export import export
from hum_stats.cli.extract import extract
from hum_stats.cli.ingest import ingest
from hum_stats.cli.observations import observations
from hum_stats.cli.reextract import reextract
from hum_stats.cli.review import review_app
from hum_stats.cli.run import run
from hum_stats.cli.status import status

app = typer.Typer(
    name="hum-stats",
    help="Figures about displaced, killed and injured people: from Arabic and English reports "
    "to validated claims, weekly running totals, charts and CSV.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)

#: Every command, in the order ``--help`` lists them (a Typer is a command with subcommands).
COMMANDS: dict[str, Callable[..., Any] | typer.Typer] = {
    "run": run,
    "extract": extract,
    "ingest": ingest,
    "reextract": reextract,
    "claims": claims_app,
    "observations": observations,
    "check": check,
    "review": review_app,
    "chart": chart,
    "export": export,
    "status": status,
}
for _name, _command in COMMANDS.items():
    if isinstance(_command, typer.Typer):
        app.add_typer(_command, name=_name)
    else:
        app.command(_name)(cast(Callable[..., Any], _command))


@app.callback()
def options(
    lock_timeout: float | None = typer.Option(
        None,
        "--lock-timeout",
        min=0,
        help="Seconds to wait while another process uses the database (default: "
        "$HUM_STATS_LOCK_TIMEOUT or 10), then fail naming it.",
    ),
) -> None:
    """Figures about displaced, killed and injured people: from Arabic and English reports to
    validated claims, weekly running totals, charts and CSV."""
    from hum_stats.store import connect

    connect.CLI_LOCK_TIMEOUT = lock_timeout


def main() -> None:
    """Entry point of the ``hum-stats`` console script."""
    app()
