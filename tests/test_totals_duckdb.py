"""``Database.running_totals(engine="duckdb")`` gives the frame of the pandas path, on the review
fixtures (conflicts, a falling total, increments, extractor flags, decisions), on the bundled
reports and on generated reports read by the real extractor."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pandas as pd
import pytest
from test_review import FIXTURES, pattern_extract

import hum_stats

REPO = Path(__file__).resolve().parents[1]


def same_totals(db, freq: str = "W", **filters) -> pd.DataFrame:
    expected = db.running_totals(freq=freq, **filters)
    got = db.running_totals(freq=freq, engine="duckdb", **filters)
    pd.testing.assert_frame_equal(got, expected)
    return got


@pytest.fixture
def review_db(tmp_path, monkeypatch):
    monkeypatch.setattr(hum_stats.extract, "extract", pattern_extract)
    with hum_stats.open(tmp_path / "review.duckdb") as db:
        db.ingest_paths([FIXTURES])
        yield db


@pytest.mark.parametrize("freq", ["W", "M"])
def test_review_fixtures(review_db, freq):
    got = same_totals(review_db, freq)
    assert got["flags"].str.len().gt(0).any() and got["new_this_week"].notna().any()


def test_review_fixtures_after_decisions(review_db):
    frame = review_db.claims()
    review_db.decide(frame.claim_id[0], "correct", value=int(frame.value[0]) + 7, why="typo")
    review_db.decide(frame.claim_id[1], "reject", why="a town's toll")
    same_totals(review_db)


def test_bundled_reports(tmp_path):
    with hum_stats.open(tmp_path / "docs.duckdb") as db:
        db.ingest_paths([REPO / "sources" / "documents"])
        same_totals(db)


def test_generated_reports(tmp_path):
    spec = importlib.util.spec_from_file_location("hum_stats_corpus", REPO / "benchmarks" / "corpus.py")
    assert spec is not None and spec.loader is not None
    corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(corpus)
    corpus.write_jsonl(tmp_path / "docs.jsonl", 150)
    with hum_stats.open(tmp_path / "gen.duckdb") as db:
        db.ingest_paths([tmp_path / "docs.jsonl"])
        got = same_totals(db)
        assert len(got) > 100


def test_an_unknown_engine_is_refused(review_db):
    with pytest.raises(hum_stats.HumStatsError, match="unknown engine 'spark'; use pandas or duckdb"):
        review_db.running_totals(engine="spark")
