"""Extraction: text in, claims out (see ../shared/CLAIMS.md).

>>> claims = extract("ما أدى إلى نزوح 65452 عائلة (425438 نسمة)", language="ar")
>>> [(c.metric, c.unit, c.value) for c in claims]
[('displaced', 'families', 65452), ('displaced', 'individuals', 425438)]
"""

from __future__ import annotations

import sys
import types
from datetime import date

from hum_stats.claims import Claim
from hum_stats.errors import InputError

EXTRACTOR_VERSION = "1.0.0"
#: Documents longer than this are refused (a claim list for a book is no report).
MAX_TEXT_CHARS = 2_000_000
LANGUAGES = ("ar", "en")


def detect_language(text: str) -> str:
    """'ar' when Arabic letters make up a fair share of the letters, else 'en'.

    >>> detect_language("نزح 100 شخص"), detect_language("100 people fled")
    ('ar', 'en')
    """
    arabic = latin = 0
    for ch in text[:20000]:
        if "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" or "\ufb50" <= ch <= "\ufefc":
            arabic += 1
        elif ch.isascii() and ch.isalpha():
            latin += 1
    return "ar" if arabic >= 0.3 * max(1, arabic + latin) and arabic > 0 else "en"


def parse_published(published: str | date | None) -> date | None:
    if published is None or published == "":
        return None
    if isinstance(published, date):
        return published
    try:
        return date.fromisoformat(str(published)[:10])
    except ValueError as exc:
        raise InputError(f"published date {published!r} is not an ISO date; write it as YYYY-MM-DD") from exc


def extract(text: str, language: str | None = None, published: str | date | None = None) -> list[Claim]:
    """Every numeric claim about people in ``text``.

    ``language`` is 'ar' or 'en' (detected when None); ``published`` (ISO date) resolves
    year-less dates such as "منذ 29 من نيسان الماضي".
    """
    from hum_stats.extract.engine import extract_document

    if not isinstance(text, str):
        raise InputError(f"text must be a string, not {type(text).__name__}")
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(
            f"document of {len(text):,} characters is over the limit of {MAX_TEXT_CHARS:,}; split it into articles"
        )
    lang = (language or "").strip().lower() or detect_language(text)
    if lang not in LANGUAGES:
        raise InputError(
            f"language {language!r} is not supported; use one of {', '.join(LANGUAGES)} or leave it empty"
        )
    return extract_document(text, lang, parse_published(published))


class _CallableModule(types.ModuleType):
    """``hum_stats.extract`` is both this package and the function: once the package is
    imported, ``hum_stats.extract`` names the package, so calling it calls ``extract``."""

    def __call__(
        self, text: str, language: str | None = None, published: str | date | None = None
    ) -> list[Claim]:
        fn = self.__dict__["extract"]
        return fn(text, language=language, published=published)  # type: ignore[no-any-return]


sys.modules[__name__].__class__ = _CallableModule
