"""DuckDB store: ``hum_stats.store.open(path) -> Database``.

Tables: ``schema_version``, ``documents`` (keyed by the sha256 of the normalised text),
``document_urls``, ``document_sources`` (every file or URL a document was read from), ``claims``,
``review`` and ``decisions``. See :mod:`hum_stats.store.database`.
"""

from __future__ import annotations

from hum_stats.store.database import SERIES_COLUMNS, Database, IngestReport, ReextractReport, open

__all__ = ["Database", "IngestReport", "ReextractReport", "SERIES_COLUMNS", "open"]
