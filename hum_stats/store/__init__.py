"""DuckDB store: ``hum_stats.store.open(path) -> Database``.

Tables: ``schema_version``, ``documents`` (keyed by the sha256 of the normalised text),
``document_urls``, ``claims``, ``review`` and ``decisions``. See :mod:`hum_stats.store.database`.
"""

from __future__ import annotations

from hum_stats.store.database import SERIES_COLUMNS, Database, IngestReport, open

__all__ = ["Database", "IngestReport", "SERIES_COLUMNS", "open"]
