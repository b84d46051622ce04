"""Which reader a file needs, from its first bytes; the suffix only breaks ties.

A feed saved as ``.html``, a page saved as ``.txt`` or a JSON-lines dump saved as ``.txt``
still goes to the right reader.
"""

from __future__ import annotations

import csv
import json
import re

_FEED = re.compile(r"<(?:rss|feed|rdf:rdf)[\s>]", re.I)
_HTML = re.compile(r"<(?:!doctype\s+html|html|head|body|article|main|div|p|meta|title)[\s>/]", re.I)

#: What each suffix promises when the content does not say otherwise.
BY_SUFFIX: dict[str, str] = {
    ".txt": "text", ".md": "text", ".markdown": "text",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".csv": "csv", ".tsv": "csv",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
}  # fmt: skip


def sniff(head: str, suffix: str, text_column: str = "text") -> str | None:
    """The reader for a file that starts with ``head`` (decoded text), or None when unsure.

    >>> sniff("---\\ntitle: x\\n---\\nbody", ".html"), sniff('<?xml version="1.0"?><rss>', ".xml")
    ('text', 'feed')
    >>> sniff("<!DOCTYPE html><html lang=ar>", ".txt"), sniff('{"id": 1, "text": "x"}', ".txt")
    ('html', 'jsonl')
    >>> sniff("url,title,text\\nhttps://a,b,c", ".txt"), sniff("Just words.", ".docx")
    ('csv', None)
    """
    start = head.lstrip("\ufeff \t\r\n")
    first_line = start.split("\n", 1)[0].strip()
    if first_line == "---":
        return "text"
    if start.startswith("<"):
        window = start[:4096]
        if _FEED.search(window):
            return "feed"
        if _HTML.search(window):
            return "html"
        return "feed" if start.startswith("<?xml") else BY_SUFFIX.get(suffix)
    if start.startswith("{"):
        try:
            if isinstance(json.loads(first_line), dict):
                return "jsonl"
        except json.JSONDecodeError:
            pass
        return BY_SUFFIX.get(suffix) or "jsonl"
    if _csv_header(first_line, text_column):
        return "csv"
    return BY_SUFFIX.get(suffix)


def _csv_header(line: str, text_column: str) -> bool:
    """A first line that is a CSV header naming the text column."""
    for delimiter in (",", "\t", ";"):
        if delimiter in line:
            fields = [f.strip().lower() for f in next(csv.reader([line], delimiter=delimiter))]
            if text_column.lower() in fields:
                return True
    return False
