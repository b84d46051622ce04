"""What every command shares: the --db option, error handling and the progress bar."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from hum_stats.errors import HumStatsError

F = TypeVar("F", bound=Callable[..., Any])

DEFAULT_DB = Path("hum_stats.duckdb")
#: More files than this get a progress bar.
PROGRESS_THRESHOLD = 5

DbOption = Annotated[Path, typer.Option("--db", help="DuckDB file to use (created if missing).")]
MetricOption = Annotated[
    str | None, typer.Option(help="displaced, returned, killed, injured, missing or detained.")
]
UnitOption = Annotated[str | None, typer.Option(help="families or individuals.")]
GroupOption = Annotated[
    str | None, typer.Option(help="all, civilians, children, women, men, elderly, combatants or aid_workers.")
]
SinceOption = Annotated[
    str | None, typer.Option(help="Only reports published on or after this date (YYYY-MM-DD).")
]
UntilOption = Annotated[
    str | None, typer.Option(help="Only reports published on or before this date (YYYY-MM-DD).")
]
OrgOption = Annotated[
    str | None, typer.Option(help="Only figures credited to this organisation (any of its names).")
]


def error(message: str) -> None:
    """One line on standard error."""
    typer.echo(f"Error: {message}", err=True)


def handles_errors(func: F) -> F:
    """Turn a HumStatsError into one line on stderr and its exit code (1)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except HumStatsError as err:
            error(str(err))
            raise typer.Exit(err.exit_code) from None

    return wrapper  # type: ignore[return-value]


@contextmanager
def file_progress(label: str, total: int) -> Iterator[Callable[[int, int], None] | None]:
    """A rich progress bar on stderr when there are more than a handful of files, else nothing."""
    from rich.console import Console

    console = Console(stderr=True)
    if total <= PROGRESS_THRESHOLD or not console.is_terminal:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(
        TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=console, transient=True,
    ) as bar:  # fmt: skip
        task = bar.add_task(label, total=total)

        def update(done: int, _total: int) -> None:
            bar.update(task, completed=done)

        yield update


def count_files(paths: list[Path]) -> int:
    from hum_stats.readers import list_files

    return len(list_files(paths)[0])
