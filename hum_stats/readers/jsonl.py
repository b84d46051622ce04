"""``.jsonl`` files (and standard input): one JSON document per line, the form ``hum-stats extract`` reads.

    {"id": "h001", "text": "...", "language": "ar", "published": "2019-05-29",
     "url": "https://...", "publisher": "Enab Baladi", "title": "..."}

Only ``text`` is required (and ``id`` on standard input; a file's lines are otherwise named
after the file and line). Article dumps name their fields differently: ``ReadOptions.columns``
maps them (``--columns text=body,published=date``). A bad line is reported with its number;
the other lines are still read.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from hum_stats.errors import InputError
from hum_stats.readers._io import read_head, stream_encoding
from hum_stats.readers.document import Document, ReadFailure, ReadOptions, document_from_record

NAME = "jsonl"
SUFFIXES: tuple[str, ...] = (".jsonl", ".ndjson")
KEYS: tuple[str, ...] = ("id", "text", "language", "published", "url", "publisher", "title")


def parse_line(
    line: str,
    where: str,
    source_path: str | None,
    options: ReadOptions | None = None,
    default_id: str | None = None,
    encoding: str | None = None,
) -> Document:
    """One document from one JSON line; ``where`` is ``file:line`` for messages.

    ``published`` may be an ISO date, or a date-time or RFC 822 date as dumps write them.
    """
    options = options or ReadOptions()
    col = options.column
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as err:
        raise InputError(
            f"{where}: not valid JSON ({err.msg} at column {err.colno}); write one JSON object per line"
        ) from None
    if not isinstance(obj, dict):
        raise InputError(f"{where}: expected a JSON object with 'id' and 'text', got {type(obj).__name__}")
    text = obj.get(col("text"))
    if not isinstance(text, str) or not text.strip():
        hint = "" if options.columns else " (or name its field with --columns text=FIELD)"
        raise InputError(f"{where}: {col('text')!r} is missing or empty; give each document its text{hint}")
    doc_id = obj.get(col("id"))
    if doc_id is None or str(doc_id).strip() == "":
        doc_id = obj.get(col("url")) or default_id
    if doc_id is None or str(doc_id).strip() == "":
        raise InputError(f"{where}: 'id' is missing; give each document an id")
    return document_from_record(obj, options, str(doc_id), text, where, source_path, NAME, encoding)


def read_lines(
    lines: Iterable[str],
    source: str,
    source_path: str | None = None,
    options: ReadOptions | None = None,
    encoding: str | None = None,
) -> Iterator[Document | ReadFailure]:
    """Documents from JSON lines; ``source`` names them in messages (a path, or ``<stdin>``).

    Lines of a file without an id are named ``<file stem>-<line>``; on standard input an id is required.
    """
    stem = Path(source_path).stem if source_path else None
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{source}:{n}"
        try:
            yield parse_line(line, where, source_path, options, f"{stem}-{n}" if stem else None, encoding)
        except InputError as err:
            yield ReadFailure(source, str(err), line=n)


def read(path: Path, options: ReadOptions | None = None) -> Iterator[Document | ReadFailure]:
    """The documents of a JSON-lines file, read line by line: a dump of any size streams
    through in bounded memory; the size limit applies to each line (one document)."""
    options = options or ReadOptions()
    try:
        encoding = stream_encoding(read_head(path), path)
    except InputError as err:
        yield ReadFailure(str(path), str(err))
        return
    stem = path.stem
    label = encoding.removesuffix("-sig")
    n = 0
    try:
        with path.open("r", encoding=encoding, newline=None) as fh:
            for n, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                where = f"{path}:{n}"
                if len(line) > options.max_bytes:
                    yield ReadFailure(
                        str(path),
                        f"{where}: document of {len(line):,} characters is over the limit of "
                        f"{options.max_bytes:,}; split it or raise the limit with --max-size",
                        line=n,
                    )
                    continue
                try:
                    yield parse_line(line, where, str(path), options, f"{stem}-{n}", label)
                except InputError as err:
                    yield ReadFailure(str(path), str(err), line=n)
    except UnicodeDecodeError as err:
        yield ReadFailure(
            str(path),
            f"{path}:{n + 1}: not valid {label} ({err.reason}); re-save the file as UTF-8",
            line=n + 1,
        )
    except OSError as err:
        yield ReadFailure(str(path), f"{path}: cannot be read ({err.strerror}); check the path")
