"""Saved web pages (``.html``): the article's main text, title, site name, canonical URL and date.

trafilatura finds the main text and the page's metadata, htmldate the publication date (from
the page's metadata, ``<time>`` elements and the URL, never from dates in the article text).
Both are given the page itself: nothing is ever fetched.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from hum_stats.errors import InputError
from hum_stats.readers._io import decode, read_bytes
from hum_stats.readers.document import Document, ReadFailure, ReadOptions

NAME = "html"
SUFFIXES: tuple[str, ...] = (".html", ".htm", ".xhtml")

#: Less text than this is a menu or a caption, not an article.
MIN_TEXT_CHARS = 40
_OPENED = re.compile(r"<html[\s>]", re.I)
_CLOSED = re.compile(r"</(?:html|body)\s*>", re.I)


def _tree(page: str) -> Any:
    from lxml import html as lxml_html

    parser = lxml_html.HTMLParser(encoding="utf-8")
    return lxml_html.document_fromstring(page.encode("utf-8"), parser=parser)


def publication_date(page: str, url: str | None = None) -> str | None:
    """The page's publication date as YYYY-MM-DD, from its metadata (htmldate, offline)."""
    from htmldate import find_date

    try:
        return find_date(_tree(page), extensive_search=False, original_date=True, url=url)
    except (ValueError, TypeError):
        return None


def parse_page(page: str, where: str) -> dict[str, str | None]:
    """Text, title, site name, canonical URL and date of a saved page; an InputError when it has none."""
    import trafilatura

    if _OPENED.search(page[:4096]) and not _CLOSED.search(page[-4096:]):
        raise InputError(
            f"{where}: the page is cut short (no closing </body> or </html>); save the whole page again"
        )
    result = trafilatura.bare_extraction(
        page, with_metadata=True, include_comments=False, include_tables=True, favor_recall=True
    )
    meta: dict[str, Any] = (
        result if isinstance(result, dict) else result.as_dict() if result is not None else {}
    )
    text = (meta.get("text") or "").strip()
    if len(text) < MIN_TEXT_CHARS:
        raise InputError(
            f"{where}: no article text found in the page; save the article itself, not an index or login page"
        )
    url = meta.get("url") or None
    return {
        "text": text,
        "title": meta.get("title") or None,
        "publisher": meta.get("sitename") or None,
        "url": url,
        "published": publication_date(page, url),
    }


def read(path: Path, options: ReadOptions | None = None) -> Iterator[Document | ReadFailure]:
    options = options or ReadOptions()
    where = str(path)
    try:
        page, encoding = decode(read_bytes(path, options.max_bytes), path)
        found = parse_page(page, where)
    except InputError as err:
        yield ReadFailure(where, str(err))
        return
    yield Document(
        id=found["url"] or path.stem,
        text=found["text"] or "",
        title=found["title"],
        published=found["published"],
        url=found["url"],
        publisher=found["publisher"],
        source_path=where,
        reader=NAME,
        encoding=encoding,
    )
