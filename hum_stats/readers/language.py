"""The language of a document: what it declares, else what its letters say.

Pages mix scripts: an Arabic article keeps English menus and bylines, an English report quotes
Arabic place names. The share of Arabic letters decides (see
:func:`hum_stats.extract.detect_language`): a fair share of Arabic makes the document Arabic.
"""

from __future__ import annotations

from hum_stats.readers.document import LANGUAGES


def normalise_declared(value: str | None) -> str | None:
    """A declared language tag (``ar-SY``, ``en_GB``, ``AR``) as ``ar``/``en``, or None.

    >>> normalise_declared("ar-SY"), normalise_declared("en_GB"), normalise_declared("fr")
    ('ar', 'en', None)
    """
    if not value:
        return None
    lang = value.strip().lower().replace("_", "-").split("-", 1)[0]
    return lang if lang in LANGUAGES else None


def language_of(text: str, declared: str | None = None) -> str:
    """``declared`` when it is a language hum_stats reads, else the one the text is written in.

    >>> language_of("Menu | Home | نزح أكثر من 400 ألف شخص من ريف إدلب الجنوبي")
    'ar'
    >>> language_of("OCHA said 400,000 people fled southern Idlib (ريف إدلب).")
    'en'
    """
    from hum_stats.extract import detect_language

    return normalise_declared(declared) or detect_language(text)
