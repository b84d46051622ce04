"""Extraction: text in, claims out (see ../shared/CLAIMS.md)."""

from __future__ import annotations

from hum_stats.claims import Claim

EXTRACTOR_VERSION = "0.0.0"


def extract(text: str, language: str | None = None, published: str | None = None) -> list[Claim]:
    """Every numeric claim about people in ``text`` (placeholder until the engine lands)."""
    return []
