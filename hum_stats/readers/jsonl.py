"""``.jsonl`` files (and standard input): one JSON document per line, the form ``hum-stats extract`` reads.

    {"id": "h001", "text": "...", "language": "ar", "published": "2019-05-29",
     "url": "https://...", "publisher": "Enab Baladi", "title": "..."}

Only ``id`` and ``text`` are required. A bad line is reported with its number; the other
lines are still read.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from hum_stats.errors import InputError
from hum_stats.readers._io import read_text
from hum_stats.readers.document import Document, ReadFailure, check_language, check_published, optional_str

NAME = "jsonl"
SUFFIXES: tuple[str, ...] = (".jsonl",)
KEYS: tuple[str, ...] = ("id", "text", "language", "published", "url", "publisher", "title")


def parse_line(line: str, where: str, source_path: str | None) -> Document:
    """One document from one JSON line; ``where`` is ``file:line`` for messages."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as err:
        raise InputError(
            f"{where}: not valid JSON ({err.msg} at column {err.colno}); write one JSON object per line"
        ) from None
    if not isinstance(obj, dict):
        raise InputError(f"{where}: expected a JSON object with 'id' and 'text', got {type(obj).__name__}")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{where}: 'text' is missing or empty; give each document its text")
    doc_id = obj.get("id")
    if doc_id is None or str(doc_id).strip() == "":
        raise InputError(f"{where}: 'id' is missing; give each document an id")
    return Document(
        id=str(doc_id),
        text=text,
        title=optional_str(obj.get("title"), "title", where),
        language=check_language(obj.get("language"), where),
        published=check_published(obj.get("published"), where),
        url=optional_str(obj.get("url"), "url", where),
        publisher=optional_str(obj.get("publisher"), "publisher", where),
        source_path=source_path,
        reader=NAME,
    )


def read_lines(
    lines: Iterable[str], source: str, source_path: str | None = None
) -> Iterator[Document | ReadFailure]:
    """Documents from JSON lines; ``source`` names them in messages (a path, or ``<stdin>``)."""
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{source}:{n}"
        try:
            yield parse_line(line, where, source_path)
        except InputError as err:
            yield ReadFailure(source, str(err), line=n)


def read(path: Path) -> Iterator[Document | ReadFailure]:
    try:
        text = read_text(path)
    except InputError as err:
        yield ReadFailure(str(path), str(err))
        return
    yield from read_lines(text.splitlines(), str(path), str(path))
