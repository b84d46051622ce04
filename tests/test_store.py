"""The DuckDB store: idempotent ingest, review of bad claims, decisions, the claims frame contract."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import pytest
from conftest import REPORTS, fake_extract, write_report

import hum_stats
import hum_stats.extract
from hum_stats.claims import Claim
from hum_stats.errors import InputError, StoreError
from hum_stats.readers import Document
from hum_stats.schema import ClaimModel
from hum_stats.store import SERIES_COLUMNS
from hum_stats.store.migrations import MIGRATIONS

N_CLAIMS = sum(len(fake_extract(text)) for *_, text in REPORTS)


def test_ingest_is_idempotent(db, docs_dir, fake_extractor):
    first = db.ingest_paths([docs_dir])
    counts = db.counts()
    second = db.ingest_paths([docs_dir])
    assert (first.new, first.duplicate, first.failed, first.claims) == (len(REPORTS), 0, 0, N_CLAIMS)
    assert (second.new, second.duplicate, second.failed, second.claims) == (0, len(REPORTS), 0, 0)
    assert db.counts() == counts


def test_same_text_reached_by_two_urls_is_one_document_with_both(db, tmp_path, fake_extractor):
    text = "Overnight 40 families were displaced."
    db.ingest_documents([Document("a", text, url="https://a.example/1")])
    report = db.ingest_documents(
        [Document("b", "  Overnight 40 families\n were displaced. ", url="https://b.example/2")]
    )
    assert (report.new, report.duplicate) == (0, 1)
    docs = db.documents()
    assert len(docs) == 1
    assert list(docs.loc[0, "urls"]) == ["https://a.example/1", "https://b.example/2"]


def test_a_bad_claim_lands_in_review_with_its_check(db, monkeypatch):
    text = "30 civilians were killed, 45 children among them."
    monkeypatch.setattr(hum_stats.extract, "extract", fake_extract)
    report = db.ingest_documents([Document("d", text, published="2020-01-06")])
    review = db.review_items()
    assert (report.claims, report.sent_to_review) == (2, 1)
    assert review["reason"].tolist() == ["subset_not_larger_than_parent"]
    assert review.loc[0, "detail"] == "value=45 subset_of=0"
    assert review.loc[0, "quote"] == "45 children among them"
    assert db.claims()["value"].tolist() == [30]  # kept in the database, not served until decided


def test_an_implausible_figure_goes_to_review(db, monkeypatch):
    monkeypatch.setattr(hum_stats.extract, "extract", fake_extract)
    db.ingest_documents([Document("d", "Officials said 90000000 people were displaced.")])
    assert db.review_items()["reason"].tolist() == ["plausible_value"]
    assert db.claims().empty


def test_decisions_change_what_is_served_and_survive_reingest(filled_db, docs_dir):
    db = filled_db
    served = db.claims(metric="killed", group="civilians")
    first, second = served["claim_id"].iloc[0], served["claim_id"].iloc[1]
    db.decide(first, "reject", who="analyst", why="duplicate of the OCHA figure")
    db.decide(second, "correct", value=42, who="analyst", why="typo in the article")
    db.ingest_paths([docs_dir])
    after = db.claims(metric="killed", group="civilians").set_index("claim_id")
    assert first not in after.index
    assert (after.loc[second, "value"], after.loc[second, "status"]) == (42, "corrected")


def test_accepting_a_reviewed_claim_serves_it(db, monkeypatch):
    monkeypatch.setattr(hum_stats.extract, "extract", fake_extract)
    db.ingest_documents([Document("d", "30 civilians were killed, 45 children among them.")])
    claim_id = db.review_items().loc[0, "claim_id"]
    db.decide(claim_id, "correct", value=15, who="analyst")
    served = db.claims().set_index("claim_id")
    assert served.loc[claim_id, "value"] == 15
    assert served.loc[claim_id, "parent_claim_id"] in served.index


DECISION_ERRORS = [
    ("unknown-action", ("x", "approve", None), "unknown action 'approve'; use accept, reject or correct"),
    ("correct-without-value", ("x", "correct", None), "correcting claim x needs the right value (an integer >= 0), got None"),
    ("no-such-claim", ("nope", "accept", None), "no claim with id 'nope'; list them with `hum-stats review`"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("args", "message"), [d[1:] for d in DECISION_ERRORS], ids=[d[0] for d in DECISION_ERRORS]
)
def test_bad_decisions_are_refused(db, args, message):
    with pytest.raises(InputError) as err:
        db.decide(*args)
    assert str(err.value) == message


def test_the_claims_frame_has_the_contract_columns_and_types(filled_db):
    frame = filled_db.claims()
    assert tuple(frame.columns) == SERIES_COLUMNS
    assert len(frame) == N_CLAIMS
    assert frame["value"].dtype == "int64"
    assert str(frame["subset_of"].dtype) == str(frame["window_days"].dtype) == "Int64"
    for col in ("published", "since", "until"):
        assert str(frame[col].dtype).startswith("datetime64")
    assert set(frame["status"]) == {"machine"}
    assert (
        frame["attributed_to"].isna().all() and frame["location"].isna().all()
    )  # missing, never the text "nan"
    assert filled_db.con.execute(
        "SELECT count(*) FROM claims WHERE attributed_to IS NOT NULL"
    ).fetchall() == [(0,)]
    ClaimModel.validate(frame)  # what hum_stats.open(...).claims() hands out is valid


def test_children_point_to_their_parent_claim(filled_db):
    frame = filled_db.claims().set_index("claim_id")
    children = frame[frame["group"] == "children"]
    assert len(children) == 3
    for parent in children["parent_claim_id"]:
        assert frame.loc[parent, "group"] == "civilians"


FILTERS = [
    ("metric", {"metric": "injured"}, lambda f: (f["metric"] == "injured").all()),
    ("unit", {"unit": "families"}, lambda f: (f["unit"] == "families").all()),
    ("group", {"group": "children"}, lambda f: (f["group"] == "children").all()),
    ("since", {"since": "2020-01-20"}, lambda f: (f["published"] >= "2020-01-20").all()),
    ("until", {"until": "2020-01-13"}, lambda f: (f["published"] <= "2020-01-13").all()),
    ("range", {"since": "2020-01-13", "until": "2020-01-27", "unit": "families"}, lambda f: len(f) == 3),
]


@pytest.mark.parametrize(("filters", "holds"), [f[1:] for f in FILTERS], ids=[f[0] for f in FILTERS])
def test_claims_filters(filled_db, filters, holds):
    frame = filled_db.claims(**filters)
    assert len(frame) > 0
    assert holds(frame)


def test_a_filter_value_is_a_parameter_not_sql(filled_db):
    with pytest.raises(InputError, match="unknown metric"):
        filled_db.claims(metric="killed' OR 1=1 --")
    assert filled_db.claims(organisation="x' OR '1'='1").empty


BAD_FILTERS = [
    ("metric", {"metric": "dead"}, "unknown metric 'dead'; use one of displaced, returned, killed, injured, missing, detained"),
    ("unit", {"unit": "households"}, "unknown unit 'households'; use one of families, individuals"),
    ("date", {"since": "last week"}, "--since: published 'last week' is not a date; write it as YYYY-MM-DD"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("filters", "message"), [f[1:] for f in BAD_FILTERS], ids=[f[0] for f in BAD_FILTERS]
)
def test_bad_filters_say_what_to_do(filled_db, filters, message):
    with pytest.raises(InputError) as err:
        filled_db.claims(**filters)
    assert str(err.value) == message


def test_running_totals_come_from_the_claims_frame(filled_db):
    totals = filled_db.running_totals(freq="W")
    families = totals[(totals["metric"] == "displaced") & (totals["unit"] == "families")]
    assert families["cumulative"].max() == 7000


def test_one_document_that_breaks_the_extractor_does_not_stop_the_others(db, monkeypatch):
    def flaky(text, language=None, published=None):
        if "boom" in text:
            raise ValueError("cannot parse")
        return fake_extract(text)

    monkeypatch.setattr(hum_stats.extract, "extract", flaky)
    report = db.ingest_documents([
        Document("bad", "boom", source_path="bad.md"),
        Document("good", "12 families were displaced.", source_path="good.md"),
    ])  # fmt: skip
    assert (report.new, report.failed, report.claims) == (1, 1, 1)
    assert report.failures == [
        "bad.md: extraction failed (ValueError: cannot parse); report this document as a bug"
    ]


def test_a_failed_batch_is_rolled_back_and_nothing_stored_is_damaged(filled_db, tmp_path, monkeypatch):
    before = filled_db.counts()
    broken = staticmethod(lambda claims, valid_rows, version, now: pd.DataFrame({"oops": [1]}))
    monkeypatch.setattr(type(filled_db), "_claims_for_storage", broken)
    write_report(
        tmp_path, "new.md", "2020-03-01", "https://example.org/new", "Later 9100 families were displaced."
    )
    with pytest.raises(StoreError, match="writing a batch failed and was rolled back"):
        filled_db.ingest_paths([tmp_path / "new.md"])
    assert filled_db.counts() == before


def test_migrations_are_numbered_and_recorded_once(tmp_path):
    path = tmp_path / "m.duckdb"
    assert [m[0] for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))
    hum_stats.open(path).close()
    with hum_stats.open(path) as db:
        assert db.schema_version == len(MIGRATIONS)
        assert db.con.execute("SELECT count(*) FROM schema_version").fetchall() == [(len(MIGRATIONS),)]


def test_a_database_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "new.duckdb"
    hum_stats.open(path).close()
    con = duckdb.connect(str(path))
    con.execute("INSERT INTO schema_version VALUES (99, 'future', now()::TIMESTAMP)")
    con.close()
    before = path.read_bytes()
    for read_only in (False, True):
        with pytest.raises(StoreError) as err:
            hum_stats.open(path, read_only=read_only)
        assert str(err.value) == (
            f"{path}: database schema version 99 is newer than this hum_stats knows ({len(MIGRATIONS)}); "
            "it was written by a newer hum_stats: upgrade hum_stats (pip install -U hum_stats) to use it. "
            "Nothing was changed"
        )
    assert path.read_bytes() == before, "a refused database must not be touched"
    assert not list(tmp_path.glob("new.duckdb.bak-*")), "nothing to back up: nothing is migrated"


OPEN_ERRORS = [
    ("folder", "x.duckdb", True, "{p}: is a folder; give --db the path of a .duckdb file"),
    ("missing-folder", "no/x.duckdb", False, "{p}: folder {p.parent} does not exist; create it or choose another --db path"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "is_dir", "message"), [o[1:] for o in OPEN_ERRORS], ids=[o[0] for o in OPEN_ERRORS]
)
def test_open_errors_name_the_path(tmp_path, name, is_dir, message):
    path = tmp_path / name
    if is_dir:
        path.mkdir()
    with pytest.raises(StoreError) as err:
        hum_stats.open(path)
    assert str(err.value) == message.format(p=path)


def test_open_is_the_public_api_and_a_context_manager(tmp_path: Path):
    with hum_stats.open(tmp_path / "api.duckdb") as db:
        assert db.claims().empty
        db.ingest_documents([Document("d", "text", published="2020-01-01")])
        assert db.documents()["published"].iloc[0] == pd.Timestamp("2020-01-01")


def test_claims_written_by_hand_are_validated_before_storage(db, monkeypatch):
    text = "Reports said 50 families were displaced."
    start = text.index("50")
    monkeypatch.setattr(
        hum_stats.extract, "extract",
        lambda t, language=None, published=None: [Claim("displaced", "families", "all", 50, start=start, end=start + 2, quote="5O")],
    )  # fmt: skip
    report = db.ingest_documents([Document("d", text)])
    assert report.sent_to_review == 1
    assert db.review_items()["reason"].tolist() == ["quote_matches_text"]


def test_a_new_extractor_version_reads_stored_documents_again_and_keeps_decisions(
    filled_db, docs_dir, monkeypatch
):
    db = filled_db
    before = db.claims()
    rejected = before["claim_id"].iloc[0]
    db.decide(rejected, "reject", who="analyst")
    monkeypatch.setattr(hum_stats.extract, "EXTRACTOR_VERSION", "test-2")
    monkeypatch.setattr(  # the new version no longer reads injuries
        hum_stats.extract, "extract", lambda t, language=None, published=None: [c for c in fake_extract(t) if c.metric != "injured"]
    )  # fmt: skip
    report = db.ingest_paths([docs_dir])
    after = db.claims()
    assert (report.new, report.duplicate, report.reextracted) == (0, 0, len(REPORTS))
    assert set(after["claim_id"]) == set(before["claim_id"]) - {rejected} - set(
        before.loc[before["metric"] == "injured", "claim_id"]
    )
    assert db.counts()["documents"] == len(REPORTS)
    assert db.ingest_paths([docs_dir]).duplicate == len(REPORTS)  # and then it is stable again


def test_a_database_opens_read_only_for_notebooks(filled_db, tmp_path):
    n = len(filled_db.claims())
    filled_db.close()
    with hum_stats.open(tmp_path / "test.duckdb", read_only=True) as db:
        assert len(db.claims()) == n
