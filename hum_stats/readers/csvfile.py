"""``.csv`` (and ``.tsv``) article dumps from scrapers and media monitors: one document per row.

Columns are named ``text``, ``title``, ``url``, ``published``, ``language``, ``publisher`` and
``id`` unless told otherwise (``ReadOptions.columns``, ``--columns text=body,published=date``).
Only the text column is required; a row without text is reported with its line number.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from hum_stats.errors import InputError
from hum_stats.readers._io import decode, read_bytes
from hum_stats.readers.document import (
    Document,
    ReadFailure,
    ReadOptions,
    check_language,
    lenient_date,
    optional_str,
)

NAME = "csv"
SUFFIXES: tuple[str, ...] = (".csv", ".tsv")


def _dialect(header: str, suffix: str) -> str:
    if suffix == ".tsv" or header.count("\t") > max(header.count(","), header.count(";")):
        return "\t"
    return ";" if header.count(";") > header.count(",") else ","


def read(path: Path, options: ReadOptions | None = None) -> Iterator[Document | ReadFailure]:
    options = options or ReadOptions()
    where = str(path)
    try:
        text, encoding = decode(read_bytes(path, options.max_bytes), path)
    except InputError as err:
        yield ReadFailure(where, str(err))
        return
    text = text.lstrip("\ufeff")
    csv.field_size_limit(max(options.max_bytes, csv.field_size_limit()))
    reader = csv.DictReader(
        io.StringIO(text, newline=""), delimiter=_dialect(text.split("\n", 1)[0], path.suffix)
    )
    header = [name.strip() for name in reader.fieldnames or []]
    reader.fieldnames = header
    text_column = options.column("text")
    if text_column not in header:
        yield ReadFailure(
            where,
            f"{where}: no {text_column!r} column (the columns are {', '.join(header) or 'none'}); "
            "name the text column with --columns text=COLUMN",
        )
        return
    for n, row in enumerate(reader, start=1):
        line = reader.line_num
        here = f"{where}:{line}"
        try:
            yield _document(row, options, here, f"{path.stem}-{n}", where, encoding)
        except InputError as err:
            yield ReadFailure(where, str(err), line=line)


def _document(
    row: dict[str, str | None], options: ReadOptions, here: str, default_id: str, where: str, encoding: str
) -> Document:
    def get(name: str) -> str | None:
        return optional_str(row.get(options.column(name)), name, here)

    body = row.get(options.column("text")) or ""
    if not body.strip():
        raise InputError(f"{here}: the {options.column('text')!r} column is empty; give each row its text")
    return Document(
        id=get("id") or get("url") or default_id,
        text=body.strip(),
        title=get("title"),
        language=check_language(row.get(options.column("language")), here),
        published=lenient_date(row.get(options.column("published")), here),
        url=get("url"),
        publisher=get("publisher"),
        source_path=where,
        reader=NAME,
        encoding=encoding,
    )
