"""``hum-stats extract``: documents in, one JSON claim per line out (see CLAIMS.md)."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from hum_stats.cli._common import error, handles_errors


class ExtractFormat(StrEnum):
    jsonl = "jsonl"
    table = "table"


@handles_errors
def extract(
    path: Annotated[
        str,
        typer.Argument(
            metavar="PATH|-", help="A .txt/.md/.jsonl file or folder, or - for JSON lines on stdin."
        ),
    ] = "-",
    format: Annotated[
        ExtractFormat, typer.Option("--format", "-f", help="jsonl (one claim per line) or table.")
    ] = ExtractFormat.jsonl,
) -> None:
    """Extract the claims of documents and print them, one JSON object per claim.

    Reads JSON-lines documents ({"id", "text", "language", "published"}) from standard input,
    or a .txt/.md/.jsonl file. Each claim printed has doc_id first, then the claim fields.

    Example:

    \b
        echo '{"id": "h1", "text": "...", "language": "ar", "published": "2019-05-29"}' | hum-stats extract -
    """
    from hum_stats.pipeline import extract_records, read_inputs, to_json_line
    from hum_stats.readers import ReadFailure

    failed = 0
    rows = []
    for record in extract_records(read_inputs(path)):
        if isinstance(record, ReadFailure):
            error(record.message)
            failed += 1
        elif format is ExtractFormat.jsonl:
            typer.echo(to_json_line(record))
        else:
            rows.append(record)
    if format is ExtractFormat.table and rows:
        import pandas as pd

        columns = [
            "doc_id",
            "metric",
            "unit",
            "group",
            "value",
            "qualifier",
            "since",
            "attributed_to",
            "subset_of",
            "quote",
        ]
        typer.echo(pd.DataFrame(rows).loc[:, columns].to_string(index=False))
    if failed:
        raise typer.Exit(1)
