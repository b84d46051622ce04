"""Readers: files in, :class:`Document` (or :class:`ReadFailure`) out, one small module per format.

>>> from pathlib import Path
>>> sorted(SUFFIXES)
['.jsonl', '.md', '.txt']

A file that cannot be read gives one :class:`ReadFailure` naming it (and the line) and saying
what to do; the other files are still read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from hum_stats.readers import jsonl, text
from hum_stats.readers.document import Document, ReadFailure

__all__ = ["Document", "ReadFailure", "read_documents", "list_files", "SUFFIXES"]

Reader = Callable[[Path], Iterator[Document | ReadFailure]]

#: Suffix -> reader. Adding a format means adding a module and a line here.
READERS: dict[str, Reader] = {
    **{suffix: text.read for suffix in text.SUFFIXES},
    **{suffix: jsonl.read for suffix in jsonl.SUFFIXES},
}
SUFFIXES: frozenset[str] = frozenset(READERS)


def list_files(paths: Iterable[str | Path]) -> tuple[list[Path], list[ReadFailure]]:
    """The readable files under ``paths`` (folders recursively, sorted), and a failure per bad path.

    A file named directly with an unknown suffix is a failure; inside folders such files
    (images, notes) are skipped.
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
            if path.suffix.lower() in SUFFIXES:
                files.append(path)
            else:
                failures.append(
                    ReadFailure(
                        str(path),
                        f"{path}: unknown file type {path.suffix or '(none)'!r}; give a {', '.join(sorted(SUFFIXES))} file",
                    )
                )
        else:
            failures.append(ReadFailure(str(path), f"{path}: no such file or folder; check the path"))
    return files, failures


def read_file(path: Path) -> Iterator[Document | ReadFailure]:
    """The documents of one file (which must have a known suffix)."""
    yield from READERS[path.suffix.lower()](path)


def read_documents(path: str | Path) -> Iterator[Document | ReadFailure]:
    """Every document under ``path`` (a file or a folder, read recursively), in file order."""
    files, failures = list_files([path])
    yield from failures
    for file in files:
        yield from read_file(file)
