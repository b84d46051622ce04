"""Numbered migrations of the DuckDB schema, applied in order; ``schema_version`` records each one.

Never edit a migration that has shipped: append a new one.
"""

from __future__ import annotations

from typing import Any

#: (version, description, statements). Versions are 1, 2, 3, ... in order.
MIGRATIONS: list[tuple[int, str, tuple[str, ...]]] = [
    (
        1,
        "documents, their URLs, claims, review and decisions",
        (
            """CREATE TABLE documents (
                doc_id VARCHAR PRIMARY KEY,      -- sha256 of the NFC, whitespace-collapsed text
                text VARCHAR NOT NULL,
                title VARCHAR,
                language VARCHAR,
                published DATE,
                publisher VARCHAR,
                url VARCHAR,
                source_path VARCHAR,
                reader VARCHAR,
                source_id VARCHAR,               -- the id the source gave it (front matter, JSON)
                ingested_at TIMESTAMP NOT NULL
            )""",
            """CREATE TABLE document_urls (
                doc_id VARCHAR NOT NULL,
                url VARCHAR NOT NULL,
                PRIMARY KEY (doc_id, url)
            )""",
            """CREATE TABLE claims (
                claim_id VARCHAR PRIMARY KEY,    -- hash of doc_id, start, end, metric, unit, group
                doc_id VARCHAR NOT NULL,
                idx INTEGER NOT NULL,            -- order within the document; subset_of points here
                metric VARCHAR,
                unit VARCHAR,
                "group" VARCHAR,
                value BIGINT,
                qualifier VARCHAR,
                since DATE,
                until DATE,
                attributed_to VARCHAR,
                location VARCHAR,
                subset_of INTEGER,
                start INTEGER,
                "end" INTEGER,
                quote VARCHAR,
                window_days INTEGER,
                extractor_version VARCHAR,
                origin VARCHAR NOT NULL CHECK (origin IN ('machine', 'manual')),
                valid BOOLEAN NOT NULL,          -- false: failed a check, waiting in review
                created_at TIMESTAMP NOT NULL
            )""",
            """CREATE TABLE review (
                claim_id VARCHAR,
                doc_id VARCHAR,
                reason VARCHAR NOT NULL,         -- the name of the failed check
                detail VARCHAR,
                created_at TIMESTAMP NOT NULL
            )""",
            """CREATE TABLE decisions (
                claim_id VARCHAR NOT NULL,
                action VARCHAR NOT NULL CHECK (action IN ('accept', 'reject', 'correct')),
                value BIGINT,
                who VARCHAR,
                why VARCHAR,
                "at" TIMESTAMP NOT NULL
            )""",
        ),
    ),
    (
        2,
        "documents remember the extractor version that read them, so a new version reads them again",
        ("ALTER TABLE documents ADD COLUMN extractor_version VARCHAR",),
    ),
    (
        3,
        "review items of three kinds (held claims, extractor flags, series findings), each with its claims",
        (
            # 'check': a claim failed a check and is held back; 'flag': the extractor flagged a claim it
            # serves; 'series': a series check (decrease, conflict, ...) found something about claims
            "ALTER TABLE review ADD COLUMN kind VARCHAR DEFAULT 'check'",
            "ALTER TABLE review ADD COLUMN claim_ids VARCHAR[]",
            "ALTER TABLE review ADD COLUMN series_id VARCHAR",
            # stable hash of (kind, reason, claim ids): the same finding is stored once
            "ALTER TABLE review ADD COLUMN finding_id VARCHAR",
            "UPDATE review SET kind = 'check', claim_ids = [claim_id] WHERE claim_id IS NOT NULL",
            """UPDATE review SET finding_id = substr(sha256(concat_ws(chr(31), kind, reason,
                   coalesce(claim_id, doc_id), coalesce(detail, ''))), 1, 16)""",
        ),
    ),
    (
        4,
        "where each document came from: every file or URL it was read from, by which reader, when",
        (
            """CREATE TABLE document_sources (
                doc_id VARCHAR NOT NULL,
                source VARCHAR NOT NULL,         -- the file (or URL) it was read from
                reader VARCHAR,                  -- text, jsonl, csv, html or feed
                encoding VARCHAR,                -- utf-8, or cp1256 for Windows Arabic files
                url VARCHAR,
                source_id VARCHAR,               -- the id the source gave it (front matter, feed entry, row)
                ingested_at TIMESTAMP NOT NULL,
                PRIMARY KEY (doc_id, source)
            )""",
            """INSERT INTO document_sources (doc_id, source, reader, encoding, url, source_id, ingested_at)
               SELECT doc_id, coalesce(source_path, url, 'id:' || source_id), reader, NULL, url, source_id,
                      ingested_at
               FROM documents WHERE coalesce(source_path, url, source_id) IS NOT NULL""",
        ),
    ),
    (
        5,
        "failures: every file, line or document that could not be read, extracted or stored, with why",
        (
            """CREATE TABLE failures (
                failure_id VARCHAR PRIMARY KEY,  -- hash of stage, source and message: stored once
                stage VARCHAR NOT NULL,          -- read, extract, limit or store
                source VARCHAR,                  -- the file (and line) or document it is about
                message VARCHAR NOT NULL,        -- what went wrong and what to do, as printed
                first_seen TIMESTAMP NOT NULL,
                last_seen TIMESTAMP NOT NULL,
                times INTEGER NOT NULL           -- how many runs met it
            )""",
        ),
    ),
]


def current_version(con: Any) -> int:
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description VARCHAR, applied_at TIMESTAMP)"
    )
    rows = con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchall()
    return int(rows[0][0])


def migrate(con: Any) -> int:
    """Apply the migrations the database lacks, each in its own transaction; returns the version."""
    from hum_stats.errors import StoreError

    version = current_version(con)
    latest = MIGRATIONS[-1][0]
    if version > latest:
        raise StoreError(
            f"database schema version {version} is newer than this hum_stats knows ({latest}); it was "
            "written by a newer hum_stats: upgrade hum_stats (pip install -U hum_stats) to use it. "
            "Nothing was changed"
        )
    for number, description, statements in MIGRATIONS:
        if number <= version:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            for sql in statements:
                con.execute(sql)
            con.execute(
                "INSERT INTO schema_version VALUES (?, ?, current_timestamp::TIMESTAMP)",
                [number, description],
            )
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        version = number
    return version
