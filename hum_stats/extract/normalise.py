"""Normalise text for matching while keeping a map back to the original offsets.

Arabic news text arrives with diacritics and tanween (مدنيًا), tatweel (الـ), several alef
and hamza spellings, Arabic-Indic digits (٦٥٤٥٢), and invisible format characters (RLM,
LRM, ZWJ). Matching is done on a normalised copy; every normalised character remembers the
offset of the original character it came from, so a span found in the copy maps back to
``text[start:end]`` exactly.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

# Characters removed outright: Arabic diacritics (fathatan .. sukun, superscript alef, small
# high marks), tatweel, and Unicode format characters (bidi marks, joiners, BOM).
_DROP = frozenset(
    [chr(c) for c in range(0x064B, 0x0660)]  # harakat, tanween, shadda, sukun, maddah, hamza marks
    + [chr(0x0670), chr(0x0640)]  # superscript alef, tatweel
    + [chr(c) for c in range(0x06D6, 0x06EE)]  # Quranic annotation marks
    + ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\ufeff", "\u061c"]
    + [chr(c) for c in range(0x202A, 0x202F)]  # bidi embeddings and overrides
    + [chr(c) for c in range(0x2066, 0x206A)]  # bidi isolates
    + ["\u00ad"]  # soft hyphen
)

# One-to-one replacements: letters folded to one spelling, digits to ASCII, spaces to " ".
_MAP: dict[str, str] = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ٲ": "ا",
    "ٳ": "ا",
    "ى": "ي",
    "ئ": "ي",
    "ی": "ي",
    "ي": "ي",
    "ؤ": "و",
    "ة": "ه",
    "ک": "ك",
    "\u00a0": " ",
    "\u2007": " ",
    "\u2009": " ",
    "\u202f": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\t": " ",
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2212": "-",
    "\u2018": "'",
    "\u2019": "'",
    "\u02bc": "'",
    "٪": "%",
    "٫": "٫",  # Arabic decimal separator kept as is (it is always a decimal point)
}
for _i in range(10):
    _MAP[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
    _MAP[chr(0x06F0 + _i)] = str(_i)  # Extended (Persian/Urdu) digits


_TABLE: dict[int, str | None] = {ord(k): v for k, v in _MAP.items()}
_TABLE.update({ord(c): None for c in _DROP})
_TABLE.update({ord("\r"): "\n", ord("\x0b"): "\n", ord("\x0c"): "\n"})


@dataclass(frozen=True, slots=True)
class Normalised:
    """A normalised copy of ``original`` with ``offsets[i]`` = original index of ``text[i]``."""

    original: str
    text: str
    offsets: Sequence[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the normalised span ``[start, end)``."""
        if end <= start:
            o = self.offsets[start] if start < len(self.offsets) else len(self.original)
            return o, o
        return self.offsets[start], self.offsets[end - 1] + 1


def normalise(text: str) -> Normalised:
    """Fold ``text`` for matching; lower-cases letters, keeps one char per kept char.

    >>> n = normalise("مدنيًا ٦٥")
    >>> n.text
    'مدنيا 65'
    >>> n.original[slice(*n.span(6, 8))]
    '٦٥'
    """
    table = _TABLE
    # other invisible format characters present in this text are dropped too
    extra = {ord(ch): None for ch in set(text) if unicodedata.category(ch) == "Cf" and ch not in _DROP}
    if extra:
        table = {**_TABLE, **extra}
    folded = text.translate(table)
    lowered = folded.lower()
    if len(lowered) != len(folded):  # a few letters lower-case to two characters: keep them
        lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in folded)
    if len(folded) == len(text):
        offsets: Sequence[int] = range(len(text))
    else:
        dropped = set(_DROP) | {chr(c) for c in extra}
        offsets = [i for i, ch in enumerate(text) if ch not in dropped]
    return Normalised(text, lowered, offsets)


def normalise_key(s: str) -> str:
    """A comparison key for names: normalised, punctuation-free, single-spaced.

    >>> normalise_key("فريق “منسقو الاستجابة”") == normalise_key("فريق منسقو الاستجابة")
    True
    """
    folded = normalise(s).text
    cleaned = "".join(ch if ch.isalnum() else " " for ch in folded)
    return " ".join(cleaned.split())
