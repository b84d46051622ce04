"""Readers: files in, :class:`Document` (or :class:`ReadFailure`) out, one small module per format.

>>> sorted(READERS)
['csv', 'feed', 'html', 'jsonl', 'text']

The reader is chosen by what a file holds (front matter, ``<html``, ``<rss``/``<feed``, a JSON
line, a CSV header), the suffix only breaking ties; see :mod:`hum_stats.readers.sniff`. Every
document gets a language: the one it declares, the ``language`` override, or the one its letters
say. A file that cannot be read gives one :class:`ReadFailure` naming it (and the line) and
saying what to do; the other files are still read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from hum_stats.errors import InputError
from hum_stats.readers import csvfile, feeds, html, jsonl, text
from hum_stats.readers._io import MAX_BYTES, read_head, read_size_checked
from hum_stats.readers.document import Document, ReadFailure, ReadOptions, check_language, parse_columns
from hum_stats.readers.language import language_of
from hum_stats.readers.sniff import BY_SUFFIX, sniff

__all__ = [
    "Document",
    "ReadFailure",
    "ReadOptions",
    "read_documents",
    "read_file",
    "list_files",
    "parse_columns",
    "SUFFIXES",
    "MAX_BYTES",
]

Reader = Callable[[Path, ReadOptions], Iterator[Document | ReadFailure]]

#: Format -> reader. Adding a format means adding a module, a line here and its suffixes in ``sniff``.
READERS: dict[str, Reader] = {
    "text": text.read,
    "jsonl": jsonl.read,
    "csv": csvfile.read,
    "html": html.read,
    "feed": feeds.read,
}
#: The suffixes read inside folders (a file named directly is read whatever its suffix).
SUFFIXES: frozenset[str] = frozenset(BY_SUFFIX)


def list_files(paths: Iterable[str | Path]) -> tuple[list[Path], list[ReadFailure]]:
    """The files under ``paths`` (folders recursively, sorted), and a failure per bad path.

    Inside folders only files with a known suffix are read (images and notes are skipped);
    a file named directly is read whatever its suffix, if its content says what it is.
    """
    files: list[Path] = []
    failures: list[ReadFailure] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not found:
                failures.append(
                    ReadFailure(
                        str(path),
                        f"{path}: folder holds no {', '.join(sorted(SUFFIXES))} files; point at the documents folder",
                    )
                )
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            failures.append(ReadFailure(str(path), f"{path}: no such file or folder; check the path"))
    return files, failures


def reader_for(path: Path, options: ReadOptions) -> str:
    """The name of the reader ``path`` needs, from its first bytes; an InputError when unknown."""
    if path.suffix.lower() not in jsonl.SUFFIXES:
        # files read whole are refused before a byte is read; JSON lines stream, line by line
        read_size_checked(path, options.max_bytes)
    data = read_head(path)  # refuses empty and binary files
    head = data[:8192].decode("utf-8", errors="ignore") or data[:8192].decode("cp1256", errors="ignore")
    suffix = path.suffix.lower()
    found = sniff(head, suffix, options.column("text"))
    if found is None:
        raise InputError(
            f"{path}: unknown file type {suffix or '(none)'!r}; give a {', '.join(sorted(SUFFIXES))} file"
        )
    return found


def read_file(path: Path, options: ReadOptions | None = None) -> Iterator[Document | ReadFailure]:
    """The documents of one file, each with a language (declared, the override, or detected)."""
    options = options or ReadOptions()
    try:
        name = reader_for(path, options)
    except InputError as err:
        yield ReadFailure(str(path), str(err))
        return
    for item in READERS[name](path, options):
        if isinstance(item, Document):
            item.language = options.language or item.language or language_of(item.text)
        yield item


def read_documents(
    path: str | Path,
    *,
    language: str | None = None,
    columns: str | dict[str, str] | None = None,
    max_bytes: int = MAX_BYTES,
) -> Iterator[Document | ReadFailure]:
    """Every document under ``path`` (a file or a folder, read recursively), in file order.

    ``language`` (``ar``/``en``) overrides what documents declare or their letters say;
    ``columns`` names the fields of JSON-lines and CSV dumps (``"text=body,published=date"``);
    a file over ``max_bytes`` is refused.
    """
    options = make_options(language=language, columns=columns, max_bytes=max_bytes)
    files, failures = list_files([path])
    yield from failures
    for file in files:
        yield from read_file(file, options)


def make_options(
    language: str | None = None, columns: str | dict[str, str] | None = None, max_bytes: int = MAX_BYTES
) -> ReadOptions:
    """:class:`ReadOptions` from what a user typed; an InputError says what is wrong with it."""
    return ReadOptions(
        language=check_language(language, "--language"),
        columns=parse_columns(columns),
        max_bytes=max_bytes,
    )
