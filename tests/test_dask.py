"""Distributed extraction on a real Dask LocalCluster (2 worker processes) gives exactly the claims,
claim ids and review items of the single-process run and of ``ingest``.

The documents are the seeded generator's (benchmarks/corpus.py) plus the bundled reports, written
as a partitioned document set: two JSON-lines files and one Parquet file.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

import hum_stats
from hum_stats.cli import app
from hum_stats.distributed import extract_to_parquet
from hum_stats.errors import InputError

distributed = pytest.importorskip("distributed")

REPO = Path(__file__).resolve().parents[1]
N_BUNDLED = len(list((REPO / "sources" / "documents").glob("*.md")))


def _corpus_module():
    spec = importlib.util.spec_from_file_location("hum_stats_corpus", REPO / "benchmarks" / "corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, memory_limit="1GiB", dashboard_address=None
    ) as c:
        yield c


@pytest.fixture(scope="module")
def docs(tmp_path_factory) -> Path:
    """A partitioned document set: generated reports in two .jsonl files and one .parquet file,
    the bundled real reports (and one of them twice, across partitions) in a third .jsonl file."""
    corpus = _corpus_module()
    folder = tmp_path_factory.mktemp("docs")
    corpus.write_jsonl(folder / "a.jsonl", 120, start=0)
    corpus.write_parquet(folder / "b.parquet", 120, start=120)
    corpus.write_jsonl(folder / "c.jsonl", 60, start=200)  # 40 documents also in b.parquet
    with (folder / "d.jsonl").open("w", encoding="utf-8") as fh:
        for path in sorted((REPO / "sources" / "documents").glob("*.md")):
            meta, _, body = path.read_text(encoding="utf-8")[4:].partition("\n---\n")
            fields = dict(line.partition(":")[::2] for line in meta.splitlines())
            record = {"id": path.stem, "text": body, "published": fields.get("published", "").strip() or None}
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return folder


def _stored(path: Path | None = None, docs: Path | None = None) -> dict[str, pd.DataFrame]:
    with hum_stats.open(":memory:") as db:
        if path is not None:
            db.load_claims_parquet(path)
        else:
            db.ingest_paths([docs] if docs else [])
        review = db.review_items().drop(columns=["created_at", "source_path"])
        return {"claims": db.claims(), "review": review, "counts": pd.Series(db.counts())}


def _same(a: dict[str, pd.DataFrame], b: dict[str, pd.DataFrame]) -> None:
    pd.testing.assert_frame_equal(a["claims"], b["claims"])
    pd.testing.assert_frame_equal(a["review"], b["review"])
    pd.testing.assert_series_equal(a["counts"], b["counts"])


def test_dask_cluster_gives_the_claims_of_the_single_process_run(cluster, docs, tmp_path):
    local = extract_to_parquet(docs, tmp_path / "local", engine="local")
    remote = extract_to_parquet(docs, tmp_path / "dask", engine="dask", scheduler=cluster.scheduler_address)
    assert remote.workers == 2 and remote.partitions == 4
    assert (remote.read, remote.claims, remote.failed) == (local.read, local.claims, 0)
    assert local.claims > 400
    on_dask, on_one = _stored(tmp_path / "dask"), _stored(tmp_path / "local")
    _same(on_dask, on_one)
    # and the claims `hum-stats ingest` stores from the .jsonl files through the ordinary path
    jsonl_only = tmp_path / "jsonl"
    jsonl_only.mkdir()
    for name in ("a.jsonl", "c.jsonl", "d.jsonl"):
        (jsonl_only / name).write_bytes((docs / name).read_bytes())
    extract_to_parquet(
        jsonl_only, tmp_path / "jsonl-dask", engine="dask", scheduler=cluster.scheduler_address
    )
    _same(_stored(tmp_path / "jsonl-dask"), _stored(docs=jsonl_only))


def test_loading_twice_stores_nothing_new(docs, tmp_path):
    extract_to_parquet(docs, tmp_path / "out")
    with hum_stats.open(":memory:") as db:
        first = db.load_claims_parquet(tmp_path / "out")
        again = db.load_claims_parquet(tmp_path / "out")
        assert first.read == 300 + N_BUNDLED and (first.new, first.duplicate) == (first.read - 40, 40)
        assert (again.new, again.claims, again.duplicate) == (0, 0, again.read)
        assert db.counts()["claims"] == first.claims


def test_cli_extract_on_dask_then_ingest(cluster, docs, tmp_path):
    runner = CliRunner()
    out, db = tmp_path / "claims", tmp_path / "h.duckdb"
    result = runner.invoke(
        app,
        ["extract", "--engine", "dask", "--scheduler", cluster.scheduler_address, str(docs), "-o", str(out)],
    )
    assert result.exit_code == 0, result.output
    assert "4 partition(s)" in result.output and "on 2 worker(s) (dask)" in result.output
    result = runner.invoke(app, ["ingest", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.output
    read = 300 + N_BUNDLED
    assert result.output.startswith(f"{read} document(s) read: {read - 40} new, 40 already stored, 0 failed;")


@pytest.mark.parametrize(
    ("args", "message", "code"),
    [
        (["--engine", "dask"], "Error: --engine dask and --scheduler need --out FOLDER for the Parquet claims\n", 2),
        (["-o", "{docs}"], "Error: {docs}: exists and is not an empty folder; choose a new output folder or remove it\n", 1),
    ],
    ids=["dask-without-out", "out-not-empty"],
)  # fmt: skip
def test_cli_extract_errors(docs, args, message, code):
    args = [a.format(docs=docs) for a in args]
    result = CliRunner().invoke(app, ["extract", *args, str(docs)])
    assert (result.exit_code, result.output) == (code, message.format(docs=docs))


def test_a_folder_without_manifest_is_refused(tmp_path):
    with hum_stats.open(":memory:") as db, pytest.raises(InputError, match="no _manifest.json"):
        db.load_claims_parquet(tmp_path)
