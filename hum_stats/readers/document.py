"""What a reader yields: a document, or one line saying why a file (or line) could not be read."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from hum_stats.errors import InputError
from hum_stats.readers._io import MAX_BYTES

LANGUAGES: tuple[str, ...] = ("ar", "en")


@dataclass(slots=True)
class Document:
    """A text to extract from, with its provenance.

    ``id`` is the name the source gives it (front-matter ``id``, JSON ``id`` or the file name);
    the store keys documents by a hash of their text instead, so the same article read twice
    is stored once.
    """

    id: str
    text: str
    title: str | None = None
    language: str | None = None
    published: str | None = None
    url: str | None = None
    publisher: str | None = None
    source_path: str | None = None
    reader: str | None = None
    #: How the file's bytes were decoded (``utf-8``, or ``cp1256`` for Windows Arabic pages).
    encoding: str | None = None


#: The document fields a dump (JSON lines, CSV) may give, and the column each is read from by default.
FIELDS: tuple[str, ...] = ("id", "text", "title", "url", "published", "language", "publisher")


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How to read: a language for every document (else detected), the dump columns, the size limit."""

    language: str | None = None
    #: field -> column name in JSON-lines and CSV dumps (``{"text": "body", "published": "date"}``)
    columns: dict[str, str] = field(default_factory=dict)
    max_bytes: int = MAX_BYTES

    def column(self, name: str) -> str:
        return self.columns.get(name, name)


def parse_columns(spec: str | dict[str, str] | None) -> dict[str, str]:
    """``"text=body,published=date"`` (or a dict) as ``{"text": "body", "published": "date"}``.

    >>> parse_columns("text=body, published=date")
    {'text': 'body', 'published': 'date'}
    """
    if not spec:
        return {}
    pairs = spec.items() if isinstance(spec, dict) else (
        part.split("=", 1) if "=" in part else (part, "") for part in spec.split(",") if part.strip()
    )  # fmt: skip
    out: dict[str, str] = {}
    for name, column in pairs:
        name, column = name.strip(), column.strip()
        if name not in FIELDS:
            raise InputError(f"--columns: unknown field {name!r}; use {', '.join(FIELDS)} (e.g. text=body)")
        if not column:
            raise InputError(f"--columns: no column given for {name!r}; write it as {name}=COLUMN")
        out[name] = column
    return out


@dataclass(slots=True)
class ReadFailure:
    """A file or line that could not be read; ``message`` names it and says what to do."""

    source: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        return self.message


def check_published(value: object, where: str) -> str | None:
    """``published`` as an ISO date string, or None; anything else is an InputError naming ``where``."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise InputError(f"{where}: published {value!r} is not a date; write it as YYYY-MM-DD") from None


def lenient_date(value: object, where: str) -> str | None:
    """A date as dumps and feeds write it: ISO date or date-time (``2019-05-29T08:30:00Z``),
    RFC 822 (``Wed, 29 May 2019 08:30:00 +0300``), or ``29/05/2019``; an InputError otherwise.

    >>> lenient_date("Wed, 29 May 2019 08:30:00 +0300", "x"), lenient_date("2019-05-29T08:30:00Z", "x")
    ('2019-05-29', '2019-05-29')
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.date):
        return check_published(value, where)
    raw = str(value).strip()
    try:
        return dt.date.fromisoformat(raw[:10]).isoformat()
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(raw).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    for fmt in ("%d/%m/%Y", "%d.%m.%Y", "%Y/%m/%d", "%d %B %Y", "%B %d, %Y"):
        try:
            return dt.datetime.strptime(raw, fmt).date().isoformat()
        except ValueError:
            continue
    raise InputError(f"{where}: published {value!r} is not a date; write it as YYYY-MM-DD")


def check_language(value: object, where: str) -> str | None:
    """``language`` as ``ar``/``en`` or None (detect it); anything else is an InputError."""
    if value is None or value == "":
        return None
    lang = str(value).strip().lower()
    if lang not in LANGUAGES:
        raise InputError(
            f"{where}: language {value!r} is not supported; use one of {', '.join(LANGUAGES)} or leave it out"
        )
    return lang


def optional_str(value: object, field: str, where: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str | int | float):
        raise InputError(f"{where}: {field} must be text, got {type(value).__name__}")
    text = str(value).strip()
    return text or None


def document_from_record(
    record: Mapping[str, object],
    options: ReadOptions,
    doc_id: str,
    text: str,
    where: str,
    source_path: str | None,
    reader: str,
    encoding: str | None,
) -> Document:
    """The document a structured record holds (a JSON line, a Parquet row): its optional
    fields read through ``options.column`` and checked, each failure naming ``where``."""
    col = options.column
    return Document(
        id=doc_id,
        text=text,
        title=optional_str(record.get(col("title")), "title", where),
        language=check_language(record.get(col("language")), where),
        published=lenient_date(record.get(col("published")), where),
        url=optional_str(record.get(col("url")), "url", where),
        publisher=optional_str(record.get(col("publisher")), "publisher", where),
        source_path=source_path,
        reader=reader,
        encoding=encoding,
    )
