"""``hum-stats review``: list what waits for an analyst, and record accept / reject / correct decisions."""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from hum_stats.cli._common import DEFAULT_DB, DbOption, handles_errors

if TYPE_CHECKING:
    import pandas as pd

#: Characters of a claim id shown in the listing; any unique prefix of 6 or more is accepted.
SHOWN_ID = 10

review_app = typer.Typer(
    name="review",
    invoke_without_command=True,
    no_args_is_help=False,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)

ClaimIdArg = Annotated[
    str, typer.Argument(metavar="CLAIM_ID", help="A claim id, or its first 6+ characters.")
]
SubDbOption = Annotated[
    Path | None, typer.Option("--db", help="DuckDB file to use (default: hum_stats.duckdb, or review --db).")
]
WhoOption = Annotated[
    str | None, typer.Option("--who", help="Who decides (default: the USER environment variable).")
]


class ReviewFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


class ReviewKind(StrEnum):
    check = "check"
    flag = "flag"
    series = "series"
    failure = "failure"


#: Failures listed under the review items in the table format (all with --kind failure).
SHOWN_FAILURES = 20


@review_app.callback()
@handles_errors
def review(
    ctx: typer.Context,
    all_items: Annotated[
        bool, typer.Option("--all", help="Also list items already decided, with the decision.")
    ] = False,
    kind: Annotated[
        ReviewKind | None,
        typer.Option(
            help="check (claims held back by a failed check), flag (flagged by the extractor), "
            "series (a falling total, conflicting values, ...) or failure (files, lines or "
            "documents that could not be read or extracted)."
        ),
    ] = None,
    format: Annotated[
        ReviewFormat, typer.Option("--format", "-f", help="table, csv or json.")
    ] = ReviewFormat.table,
    db: DbOption = DEFAULT_DB,
) -> None:
    """List the flagged claims and series findings waiting for an analyst, with their quotes and
    documents; then record a decision on a claim with accept, reject or correct.

    Decisions are kept in their own table, survive re-ingesting, and charts and exports use
    them: a rejected claim is left out, a corrected one counts with its corrected value.

    Example:

    \b
        hum-stats review
        hum-stats review correct 3f2a9c1b0d --value 4200 --why "typo: 42000 in the source"
        hum-stats review reject 8be41d07aa --why "a town's toll, not the campaign total"
        hum-stats review accept 0c9d2e11f4 --why "SNHR confirms the figure"
    """
    if ctx.invoked_subcommand is not None:
        ctx.obj = {"db": db}
        return
    from hum_stats.export import for_output
    from hum_stats.store import open as open_db

    with open_db(db) as database:
        items = database.review_items(open_only=not all_items)
        failures = database.failures()
    if kind is ReviewKind.failure:
        _show_failures(failures, format, limit=None)
        return
    if kind is not None:
        items = items.loc[items["kind"] == kind.value].reset_index(drop=True)
    if format is ReviewFormat.csv:
        for_output(items).to_csv(sys.stdout, index=False)
    elif format is ReviewFormat.json:
        typer.echo(for_output(items).to_json(orient="records", force_ascii=False, date_format="iso"))
    elif not len(items):
        what = "review items" if all_items else "open review items"
        typer.echo(f"no {what}; ingest documents (hum-stats ingest PATH) or run hum-stats check", err=True)
    else:
        typer.echo(render(items))
    if format is ReviewFormat.table and kind is None and len(failures):
        _show_failures(failures, format, limit=SHOWN_FAILURES)


def _show_failures(failures: pd.DataFrame, format: ReviewFormat, limit: int | None) -> None:
    """The recorded failures: as blocks under the review items, or as CSV/JSON rows."""
    from hum_stats.export import for_output

    if format is ReviewFormat.csv:
        for_output(failures).to_csv(sys.stdout, index=False)
        return
    if format is ReviewFormat.json:
        typer.echo(for_output(failures).to_json(orient="records", force_ascii=False, date_format="iso"))
        return
    if not len(failures):
        typer.echo("no failures recorded", err=True)
        return
    lines = [f"[failure] {len(failures)} file(s), line(s) or document(s) could not be read or extracted:"]
    for row in failures.head(limit).itertuples() if limit else failures.itertuples():
        times = f" ({row.times} runs)" if int(str(row.times)) > 1 else ""
        lines.append(f"  {row.stage}: {row.message}{times}")
    if limit and len(failures) > limit:
        lines.append(f"  ... {len(failures) - limit} more: hum-stats review --kind failure")
    typer.echo(("\n" if limit else "") + "\n".join(lines))


def render(items: pd.DataFrame) -> str:
    """Items as readable blocks: the check and what it found, then each claim with its quote."""

    blocks = []
    for _, item in items.groupby("item_id", sort=False, dropna=False):
        head = item.iloc[0]
        title = f"[{head['kind']} · {head['reason']}]"
        if isinstance(head["series_id"], str):
            title += f" {head['series_id']}"
        lines = [title]
        if isinstance(head["detail"], str) and head["detail"]:
            lines.append(f"  {head['detail']}")
        claims: list[dict[Any, Any]] = item.to_dict("records")
        for c in claims:
            figure = "?" if not _present(c["value"]) else f"{int(c['value']):,} {c['unit']} {c['metric']}"
            if isinstance(c["group"], str) and c["group"] != "all":
                figure += f" ({c['group']})"
            where = Path(str(c["source_path"])).name if _present(c["source_path"]) else c["url"]
            source = ", ".join(str(s) for s in (c["publisher"], _date(c["published"]), where) if _present(s))
            lines.append(
                f"  {str(c['claim_id'])[:SHOWN_ID]}  {figure}  \u00ab{c['quote'] or ''}\u00bb  \u2014 {source}"
            )
            lines.append(f"  {'':{SHOWN_ID}}  {_decision(c)}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _present(value: Any) -> bool:
    import pandas as pd

    return value is not None and not (not isinstance(value, str) and bool(pd.isna(value))) and value != ""


def _date(value: Any) -> str | None:
    import pandas as pd

    return None if not _present(value) else f"{pd.Timestamp(value):%Y-%m-%d}"


def _decision(c: dict[Any, Any]) -> str:
    action = c.get("decision")
    if not _present(action):
        return "open: hum-stats review accept|reject|correct ID"
    words = {
        "accept": "accepted",
        "reject": "rejected",
        "correct": f"corrected to {c.get('decided_value') or 0:,.0f}",
    }
    who = c.get("decided_by")
    why = c.get("why")
    text = words.get(str(action), str(action))
    if _present(who):
        text += f" by {who}"
    if _present(why):
        text += f": {why}"
    return text


def _who(who: str | None) -> str:
    return who or os.environ.get("USER") or os.environ.get("USERNAME") or "unknown"


def _decide(
    ctx: typer.Context,
    db: Path | None,
    claim_id: str,
    action: str,
    value: int | None,
    who: str | None,
    why: str | None,
) -> None:
    from hum_stats.store import open as open_db

    db = db or (ctx.obj or {}).get("db", DEFAULT_DB)
    with open_db(db) as database:
        full_id = database.decide(claim_id, action, value=value, who=_who(who), why=why)
        n_open = database.review_items(open_only=True)["item_id"].nunique()
    done = {
        "accept": "accepted",
        "reject": "rejected",
        "correct": f"corrected to {value:,}" if value is not None else "",
    }
    typer.echo(
        f"claim {full_id} {done[action]} by {_who(who)}; charts and exports use the decision. "
        f"{n_open} review item(s) still open."
    )


@review_app.command("accept")
@handles_errors
def accept(
    ctx: typer.Context,
    claim_id: ClaimIdArg,
    why: Annotated[str | None, typer.Option("--why", help="Why the figure stands.")] = None,
    who: WhoOption = None,
    db: SubDbOption = None,
) -> None:
    """Accept a claim as extracted: a held-back claim is then served; a flag is closed.

    Example:

    \b
        hum-stats review accept 0c9d2e11f4 --why "SNHR confirms the figure"
    """
    _decide(ctx, db, claim_id, "accept", None, who, why)


@review_app.command("reject")
@handles_errors
def reject(
    ctx: typer.Context,
    claim_id: ClaimIdArg,
    why: Annotated[str, typer.Option("--why", help="Why the figure is wrong or not a claim.")],
    who: WhoOption = None,
    db: SubDbOption = None,
) -> None:
    """Reject a claim: it is left out of the claims, observations, charts and exports.

    Example:

    \b
        hum-stats review reject 8be41d07aa --why "a town's toll, not the campaign total"
    """
    _decide(ctx, db, claim_id, "reject", None, who, why)


@review_app.command("correct")
@handles_errors
def correct(
    ctx: typer.Context,
    claim_id: ClaimIdArg,
    value: Annotated[int, typer.Option("--value", min=0, help="The right figure.")],
    why: Annotated[str, typer.Option("--why", help="Why, e.g. where the right figure comes from.")],
    who: WhoOption = None,
    db: SubDbOption = None,
) -> None:
    """Correct a claim's figure: the corrected value is used everywhere from now on.

    Example:

    \b
        hum-stats review correct 3f2a9c1b0d --value 4200 --why "typo: 42000 in the source"
    """
    _decide(ctx, db, claim_id, "correct", value, who, why)
