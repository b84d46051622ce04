"""Stable identifiers: documents by the hash of their text, claims by what and where they are."""

from __future__ import annotations

import hashlib
import unicodedata


def normalise_text(text: str) -> str:
    """NFC, with every run of whitespace collapsed to one space and the ends trimmed.

    >>> normalise_text("  نزوح\\u00a0 65452\\n\\nعائلة ")
    'نزوح 65452 عائلة'
    """
    return " ".join(unicodedata.normalize("NFC", text).split())


def doc_id(text: str) -> str:
    """sha256 (hex) of the normalised text: the same article read twice gets one id."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def claim_id(doc: str, start: int, end: int, metric: str, unit: str, group: str) -> str:
    """A short stable hash of where the claim is and what it counts; decisions refer to it.

    >>> claim_id("d", 0, 5, "killed", "individuals", "all") == claim_id("d", 0, 5, "killed", "individuals", "all")
    True
    """
    key = "\x1f".join(map(str, (doc, start, end, metric, unit, group)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]
