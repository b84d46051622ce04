"""The DuckDB store: documents, claims, review and decisions, written in batches.

>>> import hum_stats
>>> with hum_stats.open(":memory:") as db:
...     len(db.claims())
0
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hum_stats.claims import CLAIM_FIELDS, CLAIMS_FRAME_COLUMNS, GROUPS, METRICS, UNITS
from hum_stats.errors import HumStatsError, InputError, StoreError
from hum_stats.readers.document import Document, ReadFailure, ReadOptions, check_published
from hum_stats.store import ids
from hum_stats.store.migrations import MIGRATIONS, migrate

if TYPE_CHECKING:
    import duckdb
    import pandas as pd

#: Documents per write transaction.
BATCH_SIZE = 200
#: A figure above this is sent to review as implausible (more than the whole population of Syria).
PLAUSIBLE_MAX = 25_000_000
#: A claim id may be given by a prefix of at least this many characters.
MIN_ID_PREFIX = 6
#: Figures entered by hand are numbered from here within their document, after the extracted ones
#: (so a ``subset_of`` index of an extracted claim never points at them).
MANUAL_IDX = 1_000_000
#: Claims per document stored at most (the extractor's own limit may let a sentence more through).
MAX_CLAIMS_PER_DOCUMENT = 5000
#: How a review item says its claim was held back when served (a check failed after a decision).
HELD_BACK = "failed when served, after decisions"
#: Review item kinds: a claim held back by a failed check, a claim the extractor flagged (served),
#: a finding of the series checks (about one or more served claims).
REVIEW_KINDS: tuple[str, ...] = ("check", "flag", "series")

#: The claims frame columns (the contract between store and series): see hum_stats.claims.
SERIES_COLUMNS: tuple[str, ...] = CLAIMS_FRAME_COLUMNS

_CLAIMS_SQL = """
WITH latest AS (
    SELECT claim_id, action, value,
           row_number() OVER (PARTITION BY claim_id ORDER BY "at" DESC) AS rn
    FROM decisions
)
SELECT c.claim_id, c.doc_id, d.published, d.publisher, d.url, c.metric, c.unit, c."group",
       CASE WHEN l.action = 'correct' THEN l.value ELSE c.value END AS value,
       c.qualifier, c.since, c.until, c.attributed_to, c.location, c.subset_of,
       p.claim_id AS parent_claim_id, c.start, c."end", c.quote, c.window_days,
       CASE WHEN l.action = 'correct' THEN 'corrected'
            WHEN c.origin = 'manual' THEN 'manual'
            WHEN l.action = 'accept' THEN 'accepted'
            ELSE 'machine' END AS status
FROM claims c
JOIN documents d ON d.doc_id = c.doc_id
LEFT JOIN latest l ON l.claim_id = c.claim_id AND l.rn = 1
LEFT JOIN claims p ON p.doc_id = c.doc_id AND p.idx = c.subset_of
WHERE coalesce(l.action, '') <> 'reject'
  AND (c.valid OR l.action IN ('accept', 'correct'))
"""


@dataclass
class IngestReport:
    """What one ingest did. ``failures`` holds one message per file or document that failed."""

    read: int = 0
    new: int = 0
    duplicate: int = 0
    failed: int = 0
    claims: int = 0
    sent_to_review: int = 0
    reextracted: int = 0
    flagged: int = 0
    findings: int = 0
    undated: int = 0
    failures: list[str] = field(default_factory=list)
    #: What was done that the user should know but is no failure (a file read as cp1256).
    notes: list[str] = field(default_factory=list)

    #: (stage, source, message) of each failure, for the failures table
    failure_records: list[tuple[str, str | None, str]] = field(default_factory=list)

    def add_failure(self, message: str, source: str | None = None, stage: str = "read") -> None:
        self.failed += 1
        self.failures.append(message)
        self.failure_records.append((stage, source, message))

    def __str__(self) -> str:
        again = (
            f" ({self.reextracted} extracted again by a new extractor version)" if self.reextracted else ""
        )
        flagged = f", {self.flagged} flagged by the extractor" if self.flagged else ""
        findings = f"; {self.findings} series finding(s) open in review" if self.findings else ""
        undated = (
            f", {self.undated} undated document(s) with year-less dates in review" if self.undated else ""
        )
        return (
            f"{self.read} document(s) read: {self.new} new, {self.duplicate} already stored{again}, "
            f"{self.failed} failed; {self.claims} claim(s) extracted, {self.sent_to_review} sent to review"
            f"{flagged}{undated}{findings}"
        )


@dataclass
class ReextractReport:
    """What ``reextract`` changed, claim by claim, matched by document and span (start, end)."""

    documents: int = 0
    added: int = 0
    removed: int = 0
    changed: int = 0
    unchanged: int = 0
    decisions_carried: int = 0
    extractor_version: str = ""
    failed: int = 0
    failures: list[str] = field(default_factory=list)
    #: one line per claim added, removed or changed: ``<doc> <start>-<end>: what changed``
    changes: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return (
            f"{self.documents} document(s) extracted again by extractor {self.extractor_version}: "
            f"{self.added} claim(s) added, {self.removed} removed, {self.changed} changed, "
            f"{self.unchanged} unchanged; {self.decisions_carried} decision(s) carried to re-read claims, "
            f"{self.failed} failed"
        )


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def claim_filters(
    metric: str | None = None,
    unit: str | None = None,
    group: str | None = None,
    since: Any = None,
    until: Any = None,
    organisation: str | None = None,
) -> tuple[list[str], list[Any]]:
    """SQL conditions (on ``c`` the claims and ``d`` the documents) and their parameters for
    the filters of :meth:`Database.claims`; an unknown vocabulary value is an InputError."""
    clauses: list[str] = []
    params: list[Any] = []
    for column, value, allowed in (
        ("metric", metric, METRICS),
        ("unit", unit, UNITS),
        ("group", group, GROUPS),
    ):
        if value is None:
            continue
        if value not in allowed:
            raise InputError(f"unknown {column} {value!r}; use one of {', '.join(allowed)}")
        clauses.append(f'c."{column}" = ?')  # column names come from the fixed list above
        params.append(value)
    for op, name, bound in ((">=", "since", since), ("<=", "until", until)):
        if bound is not None:
            clauses.append(f"d.published {op} ?::DATE")
            params.append(check_published(bound, f"--{name}"))
    if organisation is not None:
        from hum_stats.orgs import canonical_name

        clauses.append("lower(c.attributed_to) = lower(?)")
        params.append(canonical_name(organisation) or organisation)
    return clauses, params


class Database:
    """A hum_stats DuckDB file. Use :func:`hum_stats.store.open` to get one."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str) -> None:
        import pandas as pd

        from hum_stats.schema import FAILURE_COLUMNS

        self.con = con
        self.path = path
        #: Claims the last unfiltered :meth:`claims` held back because they failed a check once
        #: decisions were applied (one row per claim and check); ``refresh_findings`` puts them in review.
        self.held_back: pd.DataFrame = pd.DataFrame(columns=list(FAILURE_COLUMNS))

    # -- lifecycle -------------------------------------------------------------------------

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<hum_stats Database {self.path!r}>"

    @property
    def schema_version(self) -> int:
        rows = self.con.execute("SELECT max(version) FROM schema_version").fetchall()
        return int(rows[0][0]) if rows and rows[0][0] is not None else 0

    # -- writing ---------------------------------------------------------------------------

    def ingest_paths(
        self,
        paths: Iterable[str | Path],
        progress: Callable[[int, int], None] | None = None,
        batch_size: int = BATCH_SIZE,
        options: ReadOptions | None = None,
    ) -> IngestReport:
        """Read, extract, validate and store every document under ``paths`` (files or folders).

        A file that cannot be read is reported in ``IngestReport.failures`` and the others go
        on. ``progress(done, total)`` is called after each file. ``options`` (see
        :func:`hum_stats.readers.make_options`) set the language, the dump columns and the size limit.
        """
        from hum_stats.readers import list_files, read_file

        files, bad = list_files(paths)
        report = IngestReport()
        for failure in bad:
            report.add_failure(failure.message, failure.source)

        def documents() -> Iterator[Document | ReadFailure]:
            for n, file in enumerate(files, start=1):
                yield from read_file(file, options)
                if progress is not None:
                    progress(n, len(files))

        return self.ingest_documents(documents(), batch_size=batch_size, report=report)

    def ingest_documents(
        self,
        docs: Iterable[Document | ReadFailure],
        batch_size: int = BATCH_SIZE,
        report: IngestReport | None = None,
        checks: bool = True,
    ) -> IngestReport:
        """Extract, validate and store ``docs``, one transaction per batch of documents.

        A document whose text is already stored is a duplicate: nothing changes except that a
        new URL for it is remembered. Claims that fail a check are stored as not valid and
        listed in the review table with the check's name. ``checks=False`` leaves out the
        series checks at the end (a partition extracted on its own, whose series are partial).
        """
        report = report or IngestReport()
        pending: list[Document] = []
        noted: set[str] = set()
        for item in docs:
            if isinstance(item, ReadFailure):
                where = f"{item.source}:{item.line}" if getattr(item, "line", None) else item.source
                report.add_failure(item.message, where)
                continue
            report.read += 1
            source = item.source_path or item.id
            if item.encoding not in (None, "utf-8", "ascii") and source not in noted:
                noted.add(source)
                report.notes.append(f"{source}: not UTF-8; read as {item.encoding}")
            pending.append(item)
            if len(pending) >= batch_size:
                self._ingest_batch(pending, report)
                pending = []
        if pending:
            self._ingest_batch(pending, report)
        self.record_failures(report)
        if not checks:
            return report
        try:
            report.findings = self.refresh_findings()
        except HumStatsError as err:  # the documents are stored; the checks can be run again
            report.failures.append(f"series checks: {err}; run `hum-stats check` after fixing it")
        return report

    def load_claims_parquet(self, path: str | Path, checks: bool = True) -> IngestReport:
        """Store the documents, claims and review items extracted elsewhere and written as Parquet
        under ``path`` (``hum-stats extract --engine dask -o PATH``; layout in
        :mod:`hum_stats.store.bulk`), one transaction per partition, read by DuckDB directly.

        Documents already stored are skipped (their new URLs and sources are remembered), as
        in :meth:`ingest_documents`; ``checks`` runs the series checks at the end.
        """
        from hum_stats.store.bulk import load_parquet

        report = load_parquet(self, Path(path))
        self.record_failures(report)
        if checks:
            try:
                report.findings = self.refresh_findings()
            except HumStatsError as err:
                report.failures.append(f"series checks: {err}; run `hum-stats check` after fixing it")
        return report

    def _ingest_batch(self, batch: list[Document], report: IngestReport, force: bool = False) -> None:
        """Store one batch; ``force`` extracts stored documents again whatever version read them."""
        import pandas as pd

        import hum_stats.extract as extraction
        from hum_stats.schema import validate_claims

        rows: list[dict[str, Any]] = []
        urls: list[dict[str, Any]] = []
        sources: list[dict[str, Any]] = []
        seen: set[str] = set()
        for doc in batch:
            key = ids.doc_id(doc.text)
            if doc.url:
                urls.append({"doc_id": key, "url": doc.url})
            if not force:
                sources.append(_source_row(key, doc))
            if key in seen:
                report.duplicate += 1
                continue
            seen.add(key)
            try:
                published = check_published(doc.published, doc.source_path or doc.id)
            except InputError as err:
                report.add_failure(str(err), doc.source_path or doc.id)
                continue
            rows.append(
                {
                    "doc_id": key,
                    "text": doc.text,
                    "title": doc.title,
                    "language": doc.language,
                    "published": published,
                    "publisher": doc.publisher,
                    "url": doc.url,
                    "source_path": doc.source_path,
                    "reader": doc.reader,
                    "source_id": doc.id,
                }
            )
        incoming = pd.DataFrame(
            rows,
            columns=[
                "doc_id",
                "text",
                "title",
                "language",
                "published",
                "publisher",
                "url",
                "source_path",
                "reader",
                "source_id",
            ],
        )
        version = str(getattr(extraction, "EXTRACTOR_VERSION", "unknown"))
        known = self._known_doc_ids(incoming["doc_id"])
        stale = sorted(d for d in incoming["doc_id"] if d in known and (force or known[d] != version))
        report.duplicate += int(incoming["doc_id"].isin(known).sum()) - len(stale)
        fresh = incoming[~incoming["doc_id"].isin(known)].reset_index(drop=True)
        # documents stored by another extractor version are extracted again (their decisions stay)
        new_docs = pd.concat([fresh, self._stored_documents(stale)], ignore_index=True) if stale else fresh
        claim_rows: list[dict[str, Any]] = []
        flag_rows: list[dict[str, Any]] = []
        extracted: list[int] = []
        records: list[dict[str, Any]] = [
            {str(k): None if _missing(v) else v for k, v in r.items()} for r in new_docs.to_dict("records")
        ]
        for pos, row in enumerate(records):
            where = row["source_path"] or row["source_id"]
            try:
                claims = extraction.extract(row["text"], language=row["language"], published=row["published"])
            except InputError as err:  # too long, unknown language: the message says what to do
                report.add_failure(f"{where}: {err}", where, stage="limit")
                continue
            except Exception as err:  # one bad document must not stop the run
                report.add_failure(
                    f"{where}: extraction failed ({type(err).__name__}: {err}); report this document as a bug",
                    where,
                    stage="extract",
                )
                continue
            if len(claims) > MAX_CLAIMS_PER_DOCUMENT:
                report.add_failure(
                    f"{where}: {len(claims):,} claims, over the limit of {MAX_CLAIMS_PER_DOCUMENT:,} per "
                    f"document; the first {MAX_CLAIMS_PER_DOCUMENT:,} are stored, split the document into "
                    "articles to keep the rest",
                    where,
                    stage="limit",
                )
                claims = claims[:MAX_CLAIMS_PER_DOCUMENT]
            extracted.append(pos)
            used: set[str] = set()
            for idx, claim in enumerate(claims):
                d = claim.to_dict()
                cid = ids.claim_id(row["doc_id"], d["start"], d["end"], d["metric"], d["unit"], d["group"])
                n = 1
                while cid in used:  # the same span read twice as the same figure: keep both, distinctly
                    cid = ids.claim_id(
                        row["doc_id"], d["start"], d["end"], d["metric"], d["unit"], f"{d['group']}#{n}"
                    )
                    n += 1
                used.add(cid)
                claim_rows.append({"claim_id": cid, "doc_id": row["doc_id"], "idx": idx, **d})
                for flag in claim.extra.get("flags") or ():
                    flag_rows.append(_flag_row(cid, row["doc_id"], str(flag)))
        new_docs = new_docs.iloc[extracted].reset_index(drop=True)
        claims_df = pd.DataFrame(claim_rows, columns=["claim_id", "doc_id", "idx", *CLAIM_FIELDS])

        valid, failures = validate_claims(claims_df, new_docs)
        review = self._review_rows(claims_df, valid, failures)
        valid_rows = set(claims_df.index) - set(review["row"])
        now = _now()
        store = self._claims_for_storage(claims_df, valid_rows, version, now)
        docs_out = new_docs[~new_docs["doc_id"].isin(stale)]
        docs_out = docs_out.assign(
            published=pd.to_datetime(docs_out["published"]).dt.date,
            ingested_at=now,
            extractor_version=version,
        )
        redone = pd.DataFrame({"doc_id": [d for d in new_docs["doc_id"] if d in set(stale)]}, dtype=object)
        urls_df = pd.DataFrame(urls, columns=["doc_id", "url"]).drop_duplicates()
        undated_rows = _undated_rows(docs_out)
        review_out = pd.concat(
            [
                review.drop(columns=["row"]).assign(kind="check"),
                pd.DataFrame(flag_rows, columns=["claim_id", "doc_id", "reason", "detail", "kind"]),
                pd.DataFrame(undated_rows, columns=["claim_id", "doc_id", "reason", "detail", "kind"]),
            ],
            ignore_index=True,
        )
        # one claim per item; a document item (no claim) is named by its document
        singletons: list[Any] = [[c] if isinstance(c, str) else None for c in review_out["claim_id"]]
        review_out = review_out.assign(
            claim_ids=singletons,
            finding_id=[
                _finding_id(k, r, [c if isinstance(c, str) else doc], d)
                for k, r, c, doc, d in zip(
                    review_out["kind"],
                    review_out["reason"],
                    review_out["claim_id"],
                    review_out["doc_id"],
                    review_out["detail"],
                    strict=True,
                )
            ],
            created_at=now,
        )

        sources_df = pd.DataFrame(sources, columns=list(_SOURCE_COLUMNS))
        sources_df = sources_df.drop_duplicates(["doc_id", "source"])
        self._write(docs_out, urls_df, store, review_out, redone, version, sources_df.assign(ingested_at=now))
        report.undated += len(undated_rows)
        report.new += len(docs_out)
        report.reextracted += len(redone)
        report.claims += len(store)
        report.sent_to_review += len(set(review["row"]))
        report.flagged += len({r["claim_id"] for r in flag_rows})
        self.record_failures(report)

    def record_failures(self, report: IngestReport) -> None:
        """Store ``report``'s failures not yet stored in the failures table (one row per stage,
        source and message; a failure met again counts ``times`` and updates ``last_seen``)."""
        import hashlib

        done = getattr(report, "_recorded", 0)
        todo = report.failure_records[done:]
        if not todo:
            return
        now = _now()
        rows = {}
        for stage, source, message in todo:
            fid = hashlib.sha256("\x1f".join((stage, source or "", message)).encode("utf-8")).hexdigest()[:16]
            rows[fid] = [fid, stage, source, message, now, now]
        try:
            self.con.executemany(
                """INSERT INTO failures (failure_id, stage, source, message, first_seen, last_seen, times)
                   VALUES (?, ?, ?, ?, ?, ?, 1)
                   ON CONFLICT (failure_id) DO UPDATE SET last_seen = excluded.last_seen,
                       times = failures.times + 1""",
                list(rows.values()),
            )
        except Exception as err:
            raise StoreError(f"{self.path}: recording {len(rows)} failure(s) failed ({err})") from err
        report._recorded = len(report.failure_records)  # type: ignore[attr-defined]

    def failures(self) -> pd.DataFrame:
        """Every recorded failure, latest first: ``failure_id, stage, source, message, first_seen,
        last_seen, times``. Stages: read (a file or line), extract (the extractor broke), limit
        (too large, too many claims), store."""
        return self.con.execute(
            """SELECT failure_id, stage, source, message, first_seen, last_seen, times
               FROM failures ORDER BY last_seen DESC, source, failure_id"""
        ).fetchdf()

    def status(self) -> dict[str, int]:
        """What the database holds and what waits: documents, claims (served, held back for
        review, rejected), open review items and recorded failures."""

        def one(sql: str) -> int:
            return int(self.con.execute(sql).fetchall()[0][0])

        served = self.claims()
        items = self.review_items(open_only=True)
        return {
            "documents": one("SELECT count(*) FROM documents"),
            "claims": one("SELECT count(*) FROM claims"),
            "claims_served": len(served),
            "claims_held": one("""SELECT count(*) FROM claims c WHERE NOT c.valid AND NOT EXISTS
                                  (SELECT 1 FROM decisions d WHERE d.claim_id = c.claim_id)""")
            + len(self.held_back["claim_id"].unique()),
            "open_review_items": int(items["item_id"].nunique()),
            "decisions": one("SELECT count(*) FROM decisions"),
            "failures": one("SELECT count(*) FROM failures"),
        }

    def reextract(
        self, progress: Callable[[int, int], None] | None = None, batch_size: int = BATCH_SIZE
    ) -> ReextractReport:
        """Run the current extractor over every stored document (not figures entered by hand).

        Machine claims are replaced; analysts' decisions stay. A claim is the same claim when
        its document and span (start, end) are the same: when the new extractor reads that span
        with another metric, unit or group (so another claim id), its decisions are copied to
        the new claim. Returns what changed: claims added, removed, changed, unchanged.
        """
        import hum_stats.extract as extraction

        before = self._machine_claims()
        doc_ids = [
            r[0]
            for r in self.con.execute(
                "SELECT doc_id FROM documents WHERE reader IS DISTINCT FROM 'manual' ORDER BY doc_id"
            ).fetchall()
        ]
        ingest = IngestReport()
        for done, chunk in enumerate(_chunks(doc_ids, batch_size), start=1):
            stored = self._stored_documents(chunk)
            docs = [
                Document(id=str(r["source_id"] or r["doc_id"]), text=str(r["text"]))
                for r in stored.to_dict("records")
            ]
            self._ingest_batch(docs, ingest, force=True)
            if progress is not None:
                progress(min(done * batch_size, len(doc_ids)), len(doc_ids))
        after = self._machine_claims()
        report = ReextractReport(
            documents=ingest.reextracted,
            extractor_version=str(getattr(extraction, "EXTRACTOR_VERSION", "unknown")),
            failed=ingest.failed,
            failures=list(ingest.failures),
        )
        self._compare(before, after, report)
        report.decisions_carried = self._carry_decisions(before, after)
        try:
            self.refresh_findings()
        except HumStatsError as err:
            report.failures.append(f"series checks: {err}; run `hum-stats check` after fixing it")
        return report

    def _machine_claims(self) -> pd.DataFrame:
        return self.con.execute("""SELECT claim_id, doc_id, start, "end", metric, unit, "group", value
                                   FROM claims WHERE origin = 'machine'
                                   ORDER BY doc_id, start, "end", claim_id""").fetchdf()

    @staticmethod
    def _compare(before: pd.DataFrame, after: pd.DataFrame, report: ReextractReport) -> None:
        """Count and describe the claims added, removed and changed, span by span."""

        def by_span(frame: pd.DataFrame) -> dict[tuple[str, int, int], list[tuple[Any, ...]]]:
            spans: dict[tuple[str, int, int], list[tuple[Any, ...]]] = {}
            for r in frame.to_dict("records"):
                key = (str(r["doc_id"]), int(r["start"]), int(r["end"]))
                spans.setdefault(key, []).append((r["metric"], r["unit"], r["group"], int(r["value"])))
            return {k: sorted(v) for k, v in spans.items()}

        old, new = by_span(before), by_span(after)
        for key in sorted(old.keys() | new.keys()):
            where = f"{key[0][:12]} {key[1]}-{key[2]}"
            was, now = old.get(key, []), new.get(key, [])
            if was == now:
                report.unchanged += len(now)
            elif not was:
                report.added += len(now)
                report.changes.extend(f"{where}: added {' '.join(map(str, c))}" for c in now)
            elif not now:
                report.removed += len(was)
                report.changes.extend(f"{where}: removed {' '.join(map(str, c))}" for c in was)
            else:
                report.changed += max(len(was), len(now))
                report.changes.append(
                    f"{where}: {'; '.join(' '.join(map(str, c)) for c in was)} -> "
                    f"{'; '.join(' '.join(map(str, c)) for c in now)}"
                )

    def _carry_decisions(self, before: pd.DataFrame, after: pd.DataFrame) -> int:
        """Copy the decisions of claims that are gone to the new claim read from the same span."""
        kept = set(after["claim_id"])
        decided = {r[0] for r in self.con.execute("SELECT DISTINCT claim_id FROM decisions").fetchall()}
        successors: dict[tuple[str, int, int], str] = {}
        for r in after.to_dict("records"):
            successors.setdefault((str(r["doc_id"]), int(r["start"]), int(r["end"])), str(r["claim_id"]))
        carried = 0
        for r in before.to_dict("records"):
            old_id = str(r["claim_id"])
            new_id = successors.get((str(r["doc_id"]), int(r["start"]), int(r["end"])))
            if old_id in kept or old_id not in decided or new_id is None or new_id in decided:
                continue
            self.con.execute(
                """INSERT INTO decisions (claim_id, action, value, who, why, "at")
                   SELECT ?, action, value, who, why, "at" FROM decisions WHERE claim_id = ?""",
                [new_id, old_id],
            )
            carried += 1
        return carried

    def _known_doc_ids(self, doc_ids: pd.Series) -> dict[str, str | None]:
        """The stored documents among ``doc_ids``, with the extractor version that read them."""
        import pandas as pd

        if not len(doc_ids):
            return {}
        self.con.register("incoming_ids", pd.DataFrame({"doc_id": doc_ids}))
        try:
            rows = self.con.execute(
                "SELECT d.doc_id, d.extractor_version FROM documents d JOIN incoming_ids i ON d.doc_id = i.doc_id"
            ).fetchall()
        finally:
            self.con.unregister("incoming_ids")
        return {r[0]: r[1] for r in rows}

    def _stored_documents(self, doc_ids: list[str]) -> pd.DataFrame:
        """Stored documents, in the columns of an incoming batch (``published`` as YYYY-MM-DD)."""
        return self.con.execute(
            """SELECT doc_id, text, title, language, strftime(published, '%Y-%m-%d') AS published, publisher, url,
                      source_path, reader, source_id
               FROM documents WHERE list_contains(?, doc_id) ORDER BY doc_id""",
            [doc_ids],
        ).fetchdf()

    @staticmethod
    def _review_rows(claims_df: pd.DataFrame, valid: pd.DataFrame, failures: pd.DataFrame) -> pd.DataFrame:
        """Failed checks plus implausible values: one review row per (claim, reason)."""
        import pandas as pd

        rows = [
            {
                "row": f.row,
                "claim_id": claims_df.at[f.row, "claim_id"],
                "doc_id": f.doc_id,
                "reason": f.check,
                "detail": f.detail,
            }
            for f in failures.itertuples()
        ]
        for row in valid.index[valid["value"] > PLAUSIBLE_MAX] if len(valid) else []:
            rows.append(
                {
                    "row": row,
                    "claim_id": claims_df.at[row, "claim_id"],
                    "doc_id": claims_df.at[row, "doc_id"],
                    "reason": "plausible_value",
                    "detail": f"value={valid.at[row, 'value']!s} is above {PLAUSIBLE_MAX}; check the number and its unit",
                }
            )
        return pd.DataFrame(rows, columns=["row", "claim_id", "doc_id", "reason", "detail"])

    @staticmethod
    def _claims_for_storage(
        claims_df: pd.DataFrame, valid_rows: set[Any], version: str, now: dt.datetime
    ) -> pd.DataFrame:
        """The claims as the table stores them: values that cannot be stored typed become NULL
        (their raw form is in the review detail)."""
        import pandas as pd

        out = claims_df.copy()
        for col in ("since", "until"):
            out[col] = pd.to_datetime(out[col], errors="coerce", format="mixed").dt.date
        for col in ("value", "subset_of", "start", "end", "window_days"):
            out[col] = pd.to_numeric(out[col], errors="coerce").astype("Int64")
        for col in ("metric", "unit", "group", "qualifier", "attributed_to", "location", "quote"):
            out[col] = out[col].astype(object).map(lambda v: None if _missing(v) else str(v))
        out["extractor_version"] = version
        out["origin"] = "machine"
        out["valid"] = [row in valid_rows for row in out.index]
        out["created_at"] = now
        return out

    def _write(
        self,
        docs: pd.DataFrame,
        urls: pd.DataFrame,
        claims: pd.DataFrame,
        review: pd.DataFrame,
        redone: pd.DataFrame,
        version: str,
        sources: pd.DataFrame | None = None,
    ) -> None:
        """One transaction: all of the batch is stored, or none of it.

        ``redone`` lists stored documents extracted again: their machine claims and the review
        items of those claims are replaced; decisions (keyed by stable claim ids) are kept.
        """
        con = self.con
        frames = {
            "batch_documents": docs,
            "batch_urls": urls,
            "batch_claims": claims,
            "batch_review": review,
            "batch_redone": redone,
        }
        if sources is not None:
            frames["batch_sources"] = sources
        for name, frame in frames.items():
            con.register(name, frame)
        try:
            con.execute("BEGIN TRANSACTION")
            try:
                con.execute("""DELETE FROM review WHERE claim_id IN (
                                   SELECT claim_id FROM claims
                                   WHERE origin = 'machine' AND doc_id IN (SELECT doc_id FROM batch_redone))""")
                con.execute("""DELETE FROM claims
                               WHERE origin = 'machine' AND doc_id IN (SELECT doc_id FROM batch_redone)""")
                con.execute(
                    "UPDATE documents SET extractor_version = ? WHERE doc_id IN (SELECT doc_id FROM batch_redone)",
                    [version],
                )
                con.execute("""INSERT INTO documents (doc_id, text, title, language, published, publisher, url,
                                   source_path, reader, source_id, ingested_at, extractor_version)
                               SELECT doc_id, text, title, language, published, publisher, url,
                                   source_path, reader, source_id, ingested_at, extractor_version
                               FROM batch_documents""")
                con.execute("""INSERT INTO document_urls (doc_id, url)
                               SELECT DISTINCT doc_id, url FROM batch_urls
                               ON CONFLICT DO NOTHING""")
                if sources is not None:
                    con.execute("""INSERT INTO document_sources (doc_id, source, reader, encoding, url, source_id,
                                       ingested_at)
                                   SELECT doc_id, source, reader, encoding, url, source_id, ingested_at
                                   FROM batch_sources ON CONFLICT DO NOTHING""")
                con.execute("""INSERT INTO claims (claim_id, doc_id, idx, metric, unit, "group", value, qualifier,
                                   since, until, attributed_to, location, subset_of, start, "end", quote,
                                   window_days, extractor_version, origin, valid, created_at)
                               SELECT claim_id, doc_id, idx, metric, unit, "group", value, qualifier,
                                   since, until, attributed_to, location, subset_of, start, "end", quote,
                                   window_days, extractor_version, origin, valid, created_at FROM batch_claims""")
                con.execute("""INSERT INTO review (claim_id, doc_id, reason, detail, created_at, kind, claim_ids,
                                   finding_id)
                               SELECT claim_id, doc_id, reason, detail, created_at, kind, claim_ids, finding_id
                               FROM batch_review""")
                con.execute("COMMIT")
            except Exception as err:
                con.execute("ROLLBACK")
                raise StoreError(
                    f"{self.path}: writing a batch failed and was rolled back ({err}); nothing was changed"
                ) from err
        finally:
            for name in frames:
                con.unregister(name)

    def decide(
        self,
        claim_id: str,
        action: str,
        value: int | None = None,
        who: str | None = None,
        why: str | None = None,
    ) -> str:
        """Record a reviewer's decision on a claim: ``accept``, ``reject`` or ``correct`` (with ``value``).

        ``claim_id`` may be a unique prefix of the id (as ``hum-stats review`` prints it); the full
        id is returned. Decisions live in their own table, refer to the stable claim id and
        survive re-ingesting and re-extracting; the latest one wins. The series checks are run
        again so the review table reflects the decision.
        """
        if action not in ("accept", "reject", "correct"):
            raise InputError(f"unknown action {action!r}; use accept, reject or correct")
        if action == "correct" and (value is None or value < 0):
            raise InputError(
                f"correcting claim {claim_id} needs the right value (an integer >= 0), got {value!r}"
            )
        full_id = self.resolve_claim_id(claim_id)
        self.con.execute(
            'INSERT INTO decisions (claim_id, action, value, who, why, "at") VALUES (?, ?, ?, ?, ?, ?)',
            [full_id, action, value if action == "correct" else None, who, why, _now()],
        )
        self.refresh_findings()
        return full_id

    def resolve_claim_id(self, claim_id: str) -> str:
        """The stored claim id that ``claim_id`` names exactly or as a unique prefix (>= 6 characters)."""
        rows = self.con.execute("SELECT claim_id FROM claims WHERE claim_id = ?", [claim_id]).fetchall()
        if not rows and len(claim_id) >= MIN_ID_PREFIX:
            rows = self.con.execute(
                "SELECT claim_id FROM claims WHERE starts_with(claim_id, ?) ORDER BY claim_id LIMIT 3",
                [claim_id],
            ).fetchall()
        if not rows:
            raise InputError(f"no claim with id {claim_id!r}; list them with `hum-stats review`")
        if len(rows) > 1:
            raise InputError(
                f"claim id {claim_id!r} is the start of several claims ({', '.join(r[0] for r in rows)}, ...); "
                "give more of the id"
            )
        return str(rows[0][0])

    def add_claim(
        self,
        *,
        metric: str,
        unit: str,
        value: int,
        quote: str,
        group: str = "all",
        doc_id: str | None = None,
        url: str | None = None,
        published: str | dt.date | None = None,
        publisher: str | None = None,
        organisation: str | None = None,
        qualifier: str = "exact",
        since: str | dt.date | None = None,
        until: str | dt.date | None = None,
        location: str | None = None,
        window_days: int | None = None,
        who: str | None = None,
        why: str | None = None,
    ) -> str:
        """Record a figure entered by hand (origin ``manual``) with its source; returns its claim id.

        The source is a stored document (``doc_id``, or a stored document reached by ``url``
        whose text holds ``quote``), or else a page not stored: then ``url`` and ``published``
        are required and the quote becomes the text of a new document for that URL. The claim is
        validated like an extracted one; who entered it and why is recorded as a decision.
        """
        import pandas as pd

        from hum_stats.claims import QUALIFIERS
        from hum_stats.schema import validate_claims

        for name, given, allowed in (
            ("metric", metric, METRICS),
            ("unit", unit, UNITS),
            ("group", group, GROUPS),
            ("qualifier", qualifier, QUALIFIERS),
        ):
            if given not in allowed:
                raise InputError(f"unknown {name} {given!r}; use one of {', '.join(allowed)}")
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise InputError(f"--value must be a whole number of people >= 0, got {value!r}")
        if not quote or not quote.strip():
            raise InputError("--quote is empty; copy the sentence that gives the figure from the source")
        if doc_id is None and url is None:
            raise InputError(
                "give the source of the figure: --doc-id of a stored document or --url of the page"
            )
        day = check_published(published, "--published") if published is not None else None
        doc = self._manual_source(doc_id, url, quote, day, publisher)
        start = doc["text"].find(quote)
        if start < 0:
            raise InputError(
                f"quote {quote!r} is not in document {doc['doc_id']}; copy it exactly from the text "
                "(`hum-stats claims --format csv` shows the quotes) or give --url of the page it is from"
            )
        if day is not None and doc["published"] is not None and str(doc["published"]) != day:
            raise InputError(
                f"document {doc['doc_id']} was published on {doc['published']}, not {day}; leave out "
                "--published, or give --until for the date the figure is as of"
            )
        from hum_stats.orgs import canonical_name

        attributed = (canonical_name(organisation) or organisation) if organisation else None
        fields = {
            "metric": metric,
            "unit": unit,
            "group": group,
            "value": int(value),
            "qualifier": qualifier,
            "since": str(since) if since is not None else None,
            "until": str(until) if until is not None else None,
            "attributed_to": attributed,
            "location": location,
            "subset_of": None,
            "start": start,
            "end": start + len(quote),
            "quote": quote,
            "window_days": window_days,
        }
        cid = ids.claim_id(doc["doc_id"], start, start + len(quote), metric, unit, f"{group}#manual")
        if self.con.execute("SELECT 1 FROM claims WHERE claim_id = ?", [cid]).fetchall():
            raise InputError(
                f"claim {cid} already records this figure; change its value with "
                f"`hum-stats review correct {cid} --value N --why ...`"
            )
        n_manual = self.con.execute(
            "SELECT count(*) FROM claims WHERE doc_id = ? AND origin = 'manual'", [doc["doc_id"]]
        ).fetchall()[0][0]
        claims_df = pd.DataFrame(
            [{"claim_id": cid, "doc_id": doc["doc_id"], "idx": MANUAL_IDX + int(n_manual), **fields}],
            columns=["claim_id", "doc_id", "idx", *CLAIM_FIELDS],
        )
        docs_df = pd.DataFrame(
            [{"doc_id": doc["doc_id"], "text": doc["text"], "published": doc["published"]}]
        )
        _, failures = validate_claims(claims_df, docs_df)
        if len(failures):
            problems = "; ".join(f"{f.check} ({f.detail})" for f in failures.itertuples())
            raise InputError(f"the figure fails the claim checks: {problems}; fix the options and try again")
        now = _now()
        store = self._claims_for_storage(claims_df, set(claims_df.index), "manual", now)
        store["origin"] = "manual"
        store["extractor_version"] = None
        self.con.register("manual_claim", store)
        try:
            self.con.execute("BEGIN TRANSACTION")
            try:
                if doc["new"]:
                    self.con.execute(
                        """INSERT INTO documents (doc_id, text, title, language, published, publisher, url,
                               source_path, reader, source_id, ingested_at, extractor_version)
                           VALUES (?, ?, NULL, NULL, ?::DATE, ?, ?, NULL, 'manual', ?, ?, NULL)""",
                        [doc["doc_id"], doc["text"], doc["published"], publisher, url, url, now],
                    )
                    self.con.execute(
                        "INSERT INTO document_urls (doc_id, url) VALUES (?, ?) ON CONFLICT DO NOTHING",
                        [doc["doc_id"], url],
                    )
                self.con.execute("""INSERT INTO claims (claim_id, doc_id, idx, metric, unit, "group", value,
                                       qualifier, since, until, attributed_to, location, subset_of, start, "end",
                                       quote, window_days, extractor_version, origin, valid, created_at)
                                   SELECT claim_id, doc_id, idx, metric, unit, "group", value, qualifier, since,
                                       until, attributed_to, location, subset_of, start, "end", quote,
                                       window_days, extractor_version, origin, valid, created_at
                                   FROM manual_claim""")
                self.con.execute(
                    'INSERT INTO decisions (claim_id, action, value, who, why, "at") VALUES (?, ?, NULL, ?, ?, ?)',
                    [cid, "accept", who, why or "entered by hand", now],
                )
                self.con.execute("COMMIT")
            except Exception as err:
                self.con.execute("ROLLBACK")
                raise StoreError(
                    f"{self.path}: storing the figure failed ({err}); nothing was changed"
                ) from err
        finally:
            self.con.unregister("manual_claim")
        self.refresh_findings()
        return cid

    def _manual_source(
        self, doc_id: str | None, url: str | None, quote: str, day: str | None, publisher: str | None
    ) -> dict[str, Any]:
        """The document a hand-entered figure comes from: stored, or new for a page not stored."""
        if doc_id is not None:
            rows = self.con.execute(
                "SELECT doc_id, text, strftime(published, '%Y-%m-%d') FROM documents WHERE doc_id = ?",
                [doc_id],
            ).fetchall()
            if not rows:
                raise InputError(
                    f"no document with id {doc_id!r}; list them with `hum-stats claims --format csv` "
                    "(column doc_id), or give --url for a page not stored"
                )
            return {"doc_id": rows[0][0], "text": rows[0][1], "published": rows[0][2], "new": False}
        assert url is not None
        rows = self.con.execute(
            """SELECT DISTINCT d.doc_id, d.text, strftime(d.published, '%Y-%m-%d') FROM documents d
               LEFT JOIN document_urls u ON u.doc_id = d.doc_id
               WHERE d.url = ? OR u.url = ? ORDER BY d.doc_id""",
            [url, url],
        ).fetchall()
        for found in rows:
            if quote in found[1]:
                return {"doc_id": found[0], "text": found[1], "published": found[2], "new": False}
        if rows:  # the page is stored: the quote must come from it
            return {"doc_id": rows[0][0], "text": rows[0][1], "published": rows[0][2], "new": False}
        if day is None:
            raise InputError(
                f"no stored document from {url} holds the quote; give --published (YYYY-MM-DD) "
                "so the figure can be dated"
            )
        return {"doc_id": ids.doc_id(f"{url}\n{quote}"), "text": quote, "published": day, "new": True}

    def refresh_findings(self, tolerance_days: int = 3) -> int:
        """Run :func:`hum_stats.series.check_claims` over the served claims and keep the review
        table in step: new findings are added, findings that no longer hold are removed, and
        a finding already stored is left as it is (running the checks again adds nothing).

        Returns the number of findings still open (no decision on any of their claims).
        """
        import pandas as pd

        from hum_stats import series

        frame = _dated(self.claims_frame_for_series())
        self._record_held_back()
        findings = series.check_claims(frame, tolerance_days=tolerance_days) if len(frame) else None
        doc_of = dict(zip(frame["claim_id"], frame["doc_id"], strict=True)) if len(frame) else {}
        records: list[dict[Any, Any]] = findings.to_dict("records") if findings is not None else []
        rows = [
            {
                "finding_id": _finding_id("series", f["check"], list(f["claim_ids"]), f["detail"]),
                "claim_id": f["claim_id"],
                "doc_id": doc_of.get(f["claim_id"]),
                "reason": f["check"],
                "detail": f["detail"],
                "claim_ids": list(f["claim_ids"]),
                "series_id": f["series_id"],
            }
            for f in records
        ]
        current = pd.DataFrame(
            rows, columns=["finding_id", "claim_id", "doc_id", "reason", "detail", "claim_ids", "series_id"]
        ).drop_duplicates("finding_id")
        current["created_at"] = _now()
        self.con.register("current_findings", current)
        try:
            self.con.execute("BEGIN TRANSACTION")
            try:
                self.con.execute("""DELETE FROM review WHERE kind = 'series'
                                    AND finding_id NOT IN (SELECT finding_id FROM current_findings)""")
                self.con.execute("""INSERT INTO review (claim_id, doc_id, reason, detail, created_at, kind,
                                        claim_ids, finding_id, series_id)
                                    SELECT claim_id, doc_id, reason, detail, created_at, 'series', claim_ids,
                                        finding_id, series_id
                                    FROM current_findings
                                    WHERE finding_id NOT IN (
                                        SELECT finding_id FROM review WHERE kind = 'series')""")
                self.con.execute("COMMIT")
            except Exception as err:
                self.con.execute("ROLLBACK")
                raise StoreError(f"{self.path}: recording the series checks failed ({err})") from err
        finally:
            self.con.unregister("current_findings")
        items = self.review_items(open_only=True)
        return int(items.loc[items["kind"] == "series", "item_id"].nunique())

    def _record_held_back(self) -> None:
        """Put the claims :meth:`claims` held back (a check that fails once decisions are applied,
        e.g. a subset corrected above its parent) in review as ``check`` items; drop such items
        whose check passes again."""
        held = self.held_back
        rows = [
            [
                _finding_id("check", str(f["check"]), [str(f["claim_id"])], HELD_BACK),
                str(f["claim_id"]),
                self._doc_of(str(f["claim_id"])),
                str(f["check"]),
                f"{HELD_BACK}: {f['detail']}; correct or reject this claim or the one it is checked against",
                _now(),
            ]
            for f in held.to_dict("records")
        ]
        keep = [r[0] for r in rows]
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute(
                "DELETE FROM review WHERE kind = 'check' AND starts_with(detail, ?) AND NOT list_contains(?, finding_id)",
                [HELD_BACK, keep],
            )
            for r in rows:
                self.con.execute(
                    """INSERT INTO review (finding_id, claim_id, doc_id, reason, detail, created_at, kind, claim_ids)
                       SELECT ?, ?, ?, ?, ?, ?, 'check', [?]
                       WHERE NOT EXISTS (SELECT 1 FROM review WHERE finding_id = ?)""",
                    [*r, r[1], r[0]],
                )
            self.con.execute("COMMIT")
        except Exception as err:
            self.con.execute("ROLLBACK")
            raise StoreError(f"{self.path}: recording claims held back failed ({err})") from err

    def _doc_of(self, claim_id: str) -> str | None:
        rows = self.con.execute("SELECT doc_id FROM claims WHERE claim_id = ?", [claim_id]).fetchall()
        return str(rows[0][0]) if rows else None

    # -- reading ---------------------------------------------------------------------------

    def claims(
        self,
        metric: str | None = None,
        unit: str | None = None,
        group: str | None = None,
        since: str | dt.date | None = None,
        until: str | dt.date | None = None,
        organisation: str | None = None,
    ) -> pd.DataFrame:
        """The claims served to users, validated with :class:`~hum_stats.schema.ClaimModel`.

        Columns: :data:`SERIES_COLUMNS`. Rejected claims are left out, corrected ones carry the
        corrected value, claims waiting in review are left out until accepted. ``since`` and
        ``until`` bound the publication date of the document (inclusive); ``organisation`` is
        the organisation the figure is credited to (any alias of it).
        """
        from hum_stats.schema import split_served

        clauses, params = claim_filters(metric, unit, group, since, until, organisation)
        sql = (
            _CLAIMS_SQL
            + "".join(f"  AND {c}\n" for c in clauses)
            + "ORDER BY d.published NULLS LAST, c.doc_id, c.idx"
        )
        frame = self.con.execute(sql, params).fetchdf()
        frame = _typed(frame)
        if not len(frame):
            return frame
        valid, held = split_served(frame)
        if not clauses:  # the whole database was checked: remember what is held back
            self.held_back = held
        return valid.loc[:, list(SERIES_COLUMNS)].reset_index(drop=True)

    def claims_frame_for_series(self, **filters: Any) -> pd.DataFrame:
        """The claims frame handed to :mod:`hum_stats.series` and :mod:`hum_stats.charts`."""
        return self.claims(**filters)

    def running_totals(self, freq: str = "W", engine: str = "pandas", **filters: Any) -> pd.DataFrame:
        """Running totals per period (weekly by default) of the stored claims.

        ``engine="duckdb"`` computes the same frame in DuckDB (:mod:`hum_stats.store.totals`),
        for millions of claims; ``freq`` is then "W" or "M", and ``flags`` are the series
        findings stored at the last ingest or decision (checked over every claim, not only the
        filtered ones).
        """
        from hum_stats import series

        if engine == "duckdb":
            from hum_stats.store.totals import running_totals_sql, served_claims_sql

            sql, params = served_claims_sql(_CLAIMS_SQL, **filters)
            return running_totals_sql(self, sql, params, freq=freq)
        if engine != "pandas":
            raise InputError(f"unknown engine {engine!r}; use pandas or duckdb")
        return series.running_totals(self.claims_frame_for_series(**filters), freq=freq)

    def documents(self) -> pd.DataFrame:
        """Every stored document with its provenance (``urls``: every URL it was reached by)."""
        from hum_stats.schema import validate_documents

        frame = self.con.execute("""
            SELECT d.doc_id, d.text, d.title, d.language, d.published, d.publisher, d.url, d.source_path,
                   d.reader, d.source_id, d.ingested_at,
                   coalesce(list(u.url ORDER BY u.url) FILTER (WHERE u.url IS NOT NULL), []) AS urls
            FROM documents d LEFT JOIN document_urls u ON u.doc_id = d.doc_id
            GROUP BY ALL ORDER BY d.published NULLS LAST, d.doc_id""").fetchdf()
        return validate_documents(frame) if len(frame) else frame

    def review_items(self, open_only: bool = False) -> pd.DataFrame:
        """What waits for a person, one row per (item, claim involved), oldest first.

        An item is a claim held back by a failed check (``kind`` ``check``), a plausibility
        flag the extractor set on a claim it serves (``flag``, e.g. a household size it
        corrected), or a finding of the series checks (``series``: ``decrease``, ``conflict``,
        ... about one or more claims). Columns: ``item_id, kind, reason, detail, series_id,
        created_at, claim_id, doc_id, quote, value, metric, unit, group, published, publisher,
        url, source_path, decision, decided_value, decided_by, why, decided_at, open``.
        ``reason`` is the name of the check; ``decision`` is the latest decision on the claim;
        an item is ``open`` while none of its claims has a decision (``open_only`` keeps those).
        """
        frame = self.con.execute("""
            WITH latest AS (
                SELECT claim_id, action, value, who, why, "at",
                       row_number() OVER (PARTITION BY claim_id ORDER BY "at" DESC) AS rn
                FROM decisions
            ),
            items AS (
                SELECT r.*, unnest(coalesce(r.claim_ids, [r.claim_id])) AS member,
                       generate_subscripts(coalesce(r.claim_ids, [r.claim_id]), 1) AS pos
                FROM review r
            )
            SELECT i.finding_id AS item_id, coalesce(i.kind, 'check') AS kind, i.reason, i.detail, i.series_id,
                   i.created_at, coalesce(i.member, i.claim_id) AS claim_id, coalesce(c.doc_id, i.doc_id) AS doc_id,
                   c.quote, c.value, c.metric, c.unit, c."group", d.published, d.publisher, d.url, d.source_path,
                   l.action AS decision, l.value AS decided_value, l.who AS decided_by, l.why,
                   l."at" AS decided_at,
                   bool_and(l.action IS NULL) OVER (PARTITION BY i.finding_id) AS open
            FROM items i
            LEFT JOIN claims c ON c.claim_id = i.member
            LEFT JOIN documents d ON d.doc_id = coalesce(c.doc_id, i.doc_id)
            LEFT JOIN latest l ON l.claim_id = i.member AND l.rn = 1
            ORDER BY i.created_at, CASE coalesce(i.kind, 'check') WHEN 'check' THEN 0 WHEN 'flag' THEN 1 ELSE 2 END,
                     i.series_id NULLS FIRST, i.doc_id, i.finding_id, i.pos, i.reason""").fetchdf()
        if open_only:
            frame = frame.loc[frame["open"].astype(bool)].reset_index(drop=True)
        return frame

    def decisions(self) -> pd.DataFrame:
        """Every decision recorded, oldest first: ``claim_id, action, value, who, why, at``."""
        return self.con.execute(
            'SELECT claim_id, action, value, who, why, "at" FROM decisions ORDER BY "at", claim_id'
        ).fetchdf()

    def observations(
        self,
        metric: str | None = None,
        unit: str | None = None,
        group: str | None = None,
        since: str | dt.date | None = None,
        until: str | dt.date | None = None,
        organisation: str | None = None,
        tolerance_days: int = 3,
    ) -> pd.DataFrame:
        """The served claims collapsed into observations (:func:`hum_stats.series.observations`):
        one row per figure, with every document that carried it (``n_sources``, ``doc_ids``,
        ``publishers``, ``urls``, ``quotes``).

        ``since``/``until`` bound the publication date of the reports; ``organisation`` is
        the organisation a figure is credited to, or the outlet for figures credited to
        nobody (any alias of it, any case).
        """
        from hum_stats import series

        frame = self.claims_frame_for_series(metric=metric, unit=unit, group=group, since=since, until=until)
        obs = series.observations(_dated(frame), tolerance_days=tolerance_days)
        if organisation is not None:
            from hum_stats.orgs import canonical_name

            names = {organisation.casefold(), (canonical_name(organisation) or organisation).casefold()}
            obs = obs.loc[obs["organisation"].str.casefold().isin(names)].reset_index(drop=True)
        return obs

    def counts(self) -> dict[str, int]:
        """Rows per table: a quick look at what the file holds."""
        out = {}
        for table in (
            "documents",
            "document_urls",
            "document_sources",
            "claims",
            "review",
            "decisions",
            "failures",
        ):
            rows = self.con.execute(f"SELECT count(*) FROM {table}").fetchall()  # table names are constants
            out[table] = int(rows[0][0])
        return out


_SOURCE_COLUMNS: tuple[str, ...] = ("doc_id", "source", "reader", "encoding", "url", "source_id")


def _source_row(doc_id: str, doc: Document) -> dict[str, Any]:
    """Where ``doc`` was read from: its file, else its URL, else the id it was handed in with."""
    return {
        "doc_id": doc_id,
        "source": doc.source_path or doc.url or f"id:{doc.id}",
        "reader": doc.reader,
        "encoding": doc.encoding,
        "url": doc.url,
        "source_id": doc.id,
    }


def _undated_rows(docs: pd.DataFrame) -> list[dict[str, Any]]:
    """A review row for each new document without a publication date whose text has dates that need one."""
    from hum_stats.readers.undated import yearless_date

    rows = []
    for doc_id, text, published in zip(docs["doc_id"], docs["text"], docs["published"], strict=True):
        if not _missing(published):
            continue
        phrase = yearless_date(text)
        if phrase is None:
            continue
        rows.append(
            {
                "claim_id": None,
                "doc_id": doc_id,
                "reason": "unknown_publication_date",
                "detail": f"year-less dates or relative periods (first: {phrase!r}) could not be resolved "
                "because the publication date is unknown; give the document its date (front matter "
                "'published:', a published column, or the page's metadata)",
                "kind": "document",
            }
        )
    return rows


def _dated(frame: pd.DataFrame) -> pd.DataFrame:
    """The claims that can be placed in time (a publication date, or an ``until`` date)."""
    if not len(frame):
        return frame
    return frame.loc[frame["published"].notna() | frame["until"].notna()].reset_index(drop=True)


def _finding_id(kind: str, reason: str, claim_ids: list[str], detail: str | None) -> str:
    """A stable id for a review item: the same finding about the same claims is stored once."""
    import hashlib

    key = "\x1f".join((kind, reason, ",".join(sorted(claim_ids)), detail or ""))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def _flag_row(claim_id: str, doc_id: str, flag: str) -> dict[str, Any]:
    """A review row for a plausibility flag the extractor set (``"household_size: ..."``)."""
    name, sep, detail = flag.partition(":")
    reason = name.strip() if sep and name.strip().isidentifier() else "extractor_flag"
    return {
        "claim_id": claim_id,
        "doc_id": doc_id,
        "reason": f"extractor:{reason}",
        "detail": detail.strip() if sep and reason != "extractor_flag" else flag,
        "kind": "flag",
    }


def _missing(value: Any) -> bool:
    """None, NaN, NA or NaT (pandas turns a missing string into NaN)."""
    import pandas as pd

    return value is None or (not isinstance(value, str | list | dict) and bool(pd.isna(value)))


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    """DuckDB's frame with the contract's dtypes: dates as datetime64, nullable ints as Int64."""
    import pandas as pd

    frame = frame.copy()
    for col in ("published", "since", "until"):
        frame[col] = pd.to_datetime(frame[col]).astype("datetime64[ns]")
    for col in ("subset_of", "window_days"):
        frame[col] = frame[col].astype("Int64")
    for col in ("value", "start", "end"):
        frame[col] = frame[col].astype("int64")
    frame["parent_claim_id"] = (
        frame["parent_claim_id"].astype(object).where(frame["parent_claim_id"].notna(), None)
    )
    return frame


def _has_schema_version(con: duckdb.DuckDBPyConnection) -> bool:
    tables = con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_name = 'schema_version'"
    )
    return bool(tables.fetchall())


def open(  # noqa: A001
    path: str | Path = "hum_stats.duckdb", read_only: bool = False, lock_timeout: float | None = None
) -> Database:
    """Open (or create) a hum_stats DuckDB file and bring its schema up to date.

    ``":memory:"`` gives a database that lives as long as the object. While another process
    has the file open, waits up to ``lock_timeout`` seconds (default: ``$HUM_STATS_LOCK_TIMEOUT``
    or 10) and then raises a StoreError naming the file and that process. Before a migration
    the file is copied to ``<file>.bak-v<old version>-<timestamp>``; a file written by a newer
    hum_stats is refused unchanged.
    """
    import duckdb

    from hum_stats.store.connect import backup, connect

    name = str(path)
    if name != ":memory:":
        p = Path(name)
        if p.is_dir():
            raise StoreError(f"{p}: is a folder; give --db the path of a .duckdb file")
        if not p.parent.exists():
            raise StoreError(f"{p}: folder {p.parent} does not exist; create it or choose another --db path")
    con = connect(name, read_only=read_only, timeout=lock_timeout)
    try:
        rows = (
            con.execute("SELECT max(version) FROM schema_version").fetchall()
            if _has_schema_version(con)
            else [(0,)]
        )
        version, latest = int(rows[0][0] or 0), MIGRATIONS[-1][0]
        if version > latest:
            con.close()
            raise StoreError(
                f"{name}: database schema version {version} is newer than this hum_stats knows ({latest}); "
                "it was written by a newer hum_stats: upgrade hum_stats (pip install -U hum_stats) to use "
                "it. Nothing was changed"
            )
        if read_only:
            if version < latest:
                con.close()
                raise StoreError(
                    f"{name}: database schema is out of date; open it once without read_only to upgrade it"
                )
        else:
            if 0 < version < latest and name != ":memory:":
                con, _ = backup(con, name, version)
            migrate(con)
    except duckdb.Error as err:
        con.close()
        raise StoreError(f"{name}: cannot bring the database schema up to date ({err})") from err
    return Database(con, name)
