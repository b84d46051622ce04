"""What a reader yields: a document, or one line saying why a file (or line) could not be read."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hum_stats.errors import InputError

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
