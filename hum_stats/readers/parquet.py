"""``.parquet`` files of documents: one row per document, the fields of a JSON-lines dump.

Columns ``id, text, language, published, url, publisher, title`` (only ``text`` is
required; ``ReadOptions.columns`` maps other names). Read a row group at a time, so a large
file is never held in memory whole. A bad row is reported with its number; the others are
still read. Partitioned document sets for ``hum-stats extract --engine dask`` are folders of
these (or of ``.jsonl`` files).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from hum_stats.errors import InputError
from hum_stats.readers.document import Document, ReadFailure, ReadOptions, document_from_record

NAME = "parquet"
SUFFIXES: tuple[str, ...] = (".parquet",)
#: Rows read at a time.
BATCH_ROWS = 2_000


def _document(row: dict[str, Any], where: str, path: Path, n: int, options: ReadOptions) -> Document:
    col = options.column
    text = row.get(col("text"))
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{where}: {col('text')!r} is missing or empty; give each document its text")
    doc_id = row.get(col("id")) or row.get(col("url")) or f"{path.stem}-{n}"
    return document_from_record(row, options, str(doc_id), text, where, str(path), NAME, None)


def read(path: Path, options: ReadOptions | None = None) -> Iterator[Document | ReadFailure]:
    """The documents of a Parquet file, in row order; the language is left as the file gives it."""
    import pyarrow.parquet as pq

    options = options or ReadOptions()
    try:
        file = pq.ParquetFile(path)
    except Exception as err:  # pyarrow raises several kinds for a file that is not Parquet
        yield ReadFailure(str(path), f"{path}: not a readable Parquet file ({err}); write it again")
        return
    wanted = {options.column(k) for k in ("id", "text", "title", "language", "published", "url", "publisher")}
    columns = [c for c in file.schema_arrow.names if c in wanted]
    if options.column("text") not in columns:
        yield ReadFailure(
            str(path), f"{path}: no {options.column('text')!r} column; name it with --columns text=COLUMN"
        )
        return
    n = 0
    for batch in file.iter_batches(batch_size=BATCH_ROWS, columns=columns):
        for row in batch.to_pylist():
            n += 1
            try:
                yield _document(row, f"{path}:row {n}", path, n, options)
            except InputError as err:
                yield ReadFailure(str(path), str(err), line=n)
