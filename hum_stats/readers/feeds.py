"""RSS and Atom feeds (``.xml``, ``.rss``, ``.atom``): one document per entry.

feedparser is handed the file's bytes, never a URL, so it fetches nothing. An entry's text is
its content (or summary) as plain text; an entry with only a headline is read as its headline.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from hum_stats.errors import InputError
from hum_stats.readers._io import read_bytes
from hum_stats.readers.document import Document, ReadFailure, ReadOptions, lenient_date

NAME = "feed"
SUFFIXES: tuple[str, ...] = (".xml", ".rss", ".atom")

_BLOCKS = ("p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote")


def fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment, a line per paragraph.

    >>> fragment_text("<p>Shelling killed <b>12</b> civilians.</p><p>More later.</p>")
    'Shelling killed 12 civilians.\\nMore later.'
    """
    from html import unescape

    if "<" not in fragment:
        return unescape(fragment).strip()
    from lxml import html as lxml_html

    root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    for element in root.iter(*_BLOCKS):
        element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return re.sub(r"\n{2,}", "\n", "\n".join(line for line in lines if line)).strip()


def _entry_date(entry: Any, where: str) -> str | None:
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if not raw:
            continue
        try:
            return lenient_date(raw, where)
        except InputError:
            parsed = entry.get(f"{key}_parsed")
            if parsed:
                return dt.date(*parsed[:3]).isoformat()
    return None


def read(path: Path, options: ReadOptions | None = None) -> Iterator[Document | ReadFailure]:
    import feedparser

    options = options or ReadOptions()
    where = str(path)
    try:
        data = read_bytes(path, options.max_bytes)
    except InputError as err:
        yield ReadFailure(where, str(err))
        return
    feed = feedparser.parse(io.BytesIO(data))  # a stream: feedparser reads it and fetches nothing
    if not feed.entries:
        problem = feed.get("bozo_exception")
        reason = (
            f"not an RSS or Atom feed ({str(problem).strip() or type(problem).__name__})"
            if problem
            else "feed has no entries"
        )
        yield ReadFailure(where, f"{where}: {reason}; save the feed's XML again")
        return
    publisher = feed.feed.get("title") or None
    for n, entry in enumerate(feed.entries, start=1):
        here = f"{where}: entry {n}"
        contents = entry.get("content") or []
        body = contents[0].get("value", "") if contents else entry.get("summary", "")
        title = fragment_text(entry.get("title", "")) or None
        text = fragment_text(body) or title
        if not text:
            yield ReadFailure(where, f"{here} has neither text nor a title; the feed gives nothing to read")
            continue
        try:
            published = _entry_date(entry, here)
        except InputError as err:
            yield ReadFailure(where, str(err))
            continue
        url = entry.get("link") or None
        yield Document(
            id=entry.get("id") or url or f"{path.stem}-{n}",
            text=text,
            title=title,
            published=published,
            url=url,
            publisher=publisher,
            source_path=where,
            reader=NAME,
            encoding=feed.get("encoding") or None,
        )
