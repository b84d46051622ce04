"""The store as partitioned Parquet: written by extraction workers, loaded by DuckDB directly.

A worker extracts one partition of documents into an in-memory store (the same batched
ingest as :meth:`Database.ingest_documents`, so the claims, their ids and validation are the
same) and writes its tables with :func:`write_partition`::

    OUT_DIR/
      _manifest.json                 partitions, counts, failures (written last)
      documents/part-00000.parquet   one file per partition and table
      claims/part-00000.parquet
      review/ document_urls/ document_sources/

:func:`load_parquet` stores such a folder: per partition, one transaction of
``INSERT ... SELECT FROM read_parquet(...)`` for the documents not yet stored and their rows.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hum_stats.errors import InputError, StoreError

if TYPE_CHECKING:
    from hum_stats.store.database import Database, IngestReport

#: The tables a partition writes, in the order they are loaded.
TABLES: tuple[str, ...] = ("documents", "document_urls", "document_sources", "claims", "review")
MANIFEST = "_manifest.json"
FORMAT = "hum_stats-parquet-store/1"


def _sql_path(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def write_partition(db: Database, out_dir: Path, part: str) -> dict[str, int]:
    """Write every table of ``db`` as ``out_dir/<table>/<part>.parquet``; rows written per table."""
    rows = {}
    for table in TABLES:
        folder = out_dir / table
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{part}.parquet"
        order = "doc_id, idx" if table == "claims" else "ALL"
        db.con.execute(
            f"COPY (SELECT * FROM {table} ORDER BY {order}) TO {_sql_path(target)} "  # constants only
            "(FORMAT parquet, COMPRESSION zstd)"
        )
        rows[table] = int(db.con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0])
    return rows


def write_manifest(out_dir: Path, partitions: list[dict[str, Any]], extractor_version: str) -> Path:
    """The manifest that makes ``out_dir`` loadable; written after every partition is."""
    path = out_dir / MANIFEST
    body = {"format": FORMAT, "extractor_version": extractor_version, "partitions": partitions}
    path.write_text(json.dumps(body, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def read_manifest(path: Path) -> dict[str, Any]:
    manifest = path / MANIFEST
    if not manifest.is_file():
        raise InputError(
            f"{path}: no {MANIFEST}; give a folder written by `hum-stats extract --engine dask -o FOLDER` "
            "(an interrupted extraction writes none: run it again)"
        )
    try:
        body = json.loads(manifest.read_text(encoding="utf-8"))
    except json.JSONDecodeError as err:
        raise InputError(f"{manifest}: not valid JSON ({err.msg}); run the extraction again") from None
    if not isinstance(body, dict) or body.get("format") != FORMAT:
        raise InputError(
            f"{manifest}: not a hum_stats Parquet store (format {FORMAT}); run the extraction again"
        )
    return body


def is_parquet_store(path: Path) -> bool:
    """True when ``path`` is a folder written by :func:`write_manifest`."""
    return path.is_dir() and (path / MANIFEST).is_file()


def _count(con: Any, sql: str) -> int:
    return int(con.execute(sql).fetchall()[0][0])


def load_parquet(db: Database, path: Path) -> IngestReport:
    """Store the partitions under ``path``: each in one transaction, documents already stored skipped."""
    from hum_stats.store.database import IngestReport

    manifest = read_manifest(path)
    report = IngestReport()
    con = db.con
    for part in manifest["partitions"]:
        report.read += int(part.get("read", 0))
        report.duplicate += int(part.get("duplicate", 0))
        for message in part.get("failures", []):
            report.add_failure(message, part.get("source"), stage="extract")
        if not part.get("written"):
            continue
        files = {t: path / t / f"{part['name']}.parquet" for t in TABLES}
        lost = [str(f) for f in files.values() if not f.is_file()]
        if lost:
            report.add_failure(f"{lost[0]}: missing; run the extraction of {part['source']} again")
            continue
        src = {t: f"read_parquet({_sql_path(f)})" for t, f in files.items()}
        keep = "WHERE doc_id IN (SELECT doc_id FROM bulk_new)"
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(
                f"""CREATE OR REPLACE TEMP TABLE bulk_new AS
                    SELECT doc_id FROM {src["documents"]} ANTI JOIN documents USING (doc_id)"""
            )
            new = _count(con, "SELECT count(*) FROM bulk_new")
            total = _count(con, f"SELECT count(*) FROM {src['documents']}")
            claims = _count(con, f"SELECT count(*) FROM {src['claims']} {keep}")
            review = con.execute(
                f"""SELECT count(DISTINCT claim_id) FILTER (WHERE kind = 'check'),
                           count(DISTINCT claim_id) FILTER (WHERE kind = 'flag'),
                           count(*) FILTER (WHERE kind = 'document')
                    FROM {src["review"]} {keep}"""
            ).fetchall()[0]
            con.execute(f"INSERT INTO documents BY NAME SELECT * FROM {src['documents']} {keep}")
            for table in ("document_urls", "document_sources"):
                con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM {src[table]} ON CONFLICT DO NOTHING")
            con.execute(f"INSERT INTO claims BY NAME SELECT * FROM {src['claims']} {keep}")
            con.execute(f"INSERT INTO review BY NAME SELECT * FROM {src['review']} {keep}")
            con.execute("DROP TABLE bulk_new")
            con.execute("COMMIT")
        except Exception as err:
            con.execute("ROLLBACK")
            raise StoreError(
                f"{path}: loading partition {part['name']} failed and was rolled back ({err}); "
                "the partitions before it are stored; load the folder again to add the rest"
            ) from err
        report.new += new
        report.duplicate += total - new
        report.claims += claims
        report.sent_to_review += int(review[0])
        report.flagged += int(review[1])
        report.undated += int(review[2])
    return report
