"""``.txt`` and ``.md`` files: the document's text, after an optional YAML front-matter block.

---
id: enab-2019-05-29
title: Turkey says it is talking to Russia about a ceasefire in Idlib
published: 2019-05-29
publisher: Enab Baladi
url: https://www.enabbaladi.net/archives/302587
language: ar
---
ما أدى إلى نزوح 65452 عائلة ...
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from hum_stats.errors import InputError
from hum_stats.readers._io import decode, read_bytes
from hum_stats.readers.document import (
    Document,
    ReadFailure,
    ReadOptions,
    check_language,
    check_published,
    optional_str,
)

NAME = "text"
SUFFIXES: tuple[str, ...] = (".txt", ".md", ".markdown")
#: The keys a front-matter block may give; others (``note``, ``source_url``...) are kept out of the store.
FRONT_MATTER_KEYS: tuple[str, ...] = ("id", "title", "published", "url", "publisher", "language")


def split_front_matter(text: str, where: str) -> tuple[dict[str, Any], str]:
    """``(metadata, body)``; text without a leading ``---`` line has no metadata."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        return {}, text
    for n, line in enumerate(lines[1:], start=1):
        if line.strip() == "---":
            block = "".join(lines[1:n])
            body = "".join(lines[n + 1 :])
            break
    else:
        raise InputError(
            f"{where}: front matter opened with '---' on line 1 is never closed; add a '---' line after it"
        )
    try:
        meta = yaml.safe_load(block) or {}
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line_no = f":{mark.line + 2}" if mark is not None else ""
        raise InputError(
            f"{where}{line_no}: front matter is not valid YAML ({getattr(err, 'problem', err)}); fix the block between the '---' lines"
        ) from None
    if not isinstance(meta, dict):
        raise InputError(f"{where}: front matter must be 'key: value' lines, got {type(meta).__name__}")
    return meta, body


def read(path: Path, options: ReadOptions | None = None) -> Iterator[Document | ReadFailure]:
    options = options or ReadOptions()
    where = str(path)
    try:
        raw, encoding = decode(read_bytes(path, options.max_bytes), path)
        meta, body = split_front_matter(raw.lstrip("\ufeff"), where)
        body = body.strip("\n")
        if not body.strip():
            raise InputError(f"{where}: no text after the front matter; add the document's text")
        yield Document(
            id=optional_str(meta.get("id"), "id", where) or path.stem,
            text=body,
            title=optional_str(meta.get("title"), "title", where),
            language=check_language(meta.get("language"), where),
            published=check_published(meta.get("published"), where),
            url=optional_str(meta.get("url"), "url", where),
            publisher=optional_str(meta.get("publisher"), "publisher", where),
            source_path=where,
            reader=NAME,
            encoding=encoding,
        )
    except InputError as err:
        yield ReadFailure(where, str(err))
