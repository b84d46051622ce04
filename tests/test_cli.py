"""Every command through typer's CliRunner: one good run and one bad input each, exact message and exit code."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from conftest import REPORTS, fake_extract
from typer.testing import CliRunner

from hum_stats.claims import CLAIM_FIELDS
from hum_stats.cli import COMMANDS, app

runner = CliRunner()


def invoke(*args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input)


@pytest.mark.parametrize("name", list(COMMANDS), ids=list(COMMANDS))
def test_every_command_has_help_with_an_example(name):
    result = invoke(name, "--help")
    assert result.exit_code == 0
    assert "Example:" in result.stdout
    assert f"hum-stats {name}" in result.stdout.split("Example:", 1)[1]


def test_top_level_help_lists_every_command():
    result = invoke("--help")
    assert result.exit_code == 0
    for name in COMMANDS:
        assert f"  {name} " in result.stdout


# -- extract ---------------------------------------------------------------------------------

DOC1 = {
    "id": "h1",
    "text": "30 civilians were killed, 12 children among them.",
    "language": "en",
    "published": "2020-01-06",
}
DOC2 = {"id": "h2", "text": "Overnight 40 families were displaced."}


def test_extract_prints_one_json_claim_per_line_doc_id_first(fake_extractor):
    lines = "\n".join(json.dumps(d) for d in (DOC1, DOC2)) + "\n"
    result = invoke("extract", "--format", "jsonl", "-", input=lines)
    assert result.exit_code == 0, result.stderr
    printed = [json.loads(line) for line in result.stdout.splitlines()]
    assert [list(c) for c in printed] == [["doc_id", *CLAIM_FIELDS]] * 3
    expected = [{"doc_id": d["id"], **c.to_dict()} for d in (DOC1, DOC2) for c in fake_extract(d["text"])]
    assert printed == expected
    assert printed[1]["subset_of"] == 0  # counts among the claims printed for the same doc


def test_extract_reads_a_file_and_prints_a_table(tmp_path, fake_extractor):
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps(DOC2) + "\n", encoding="utf-8")
    result = invoke("extract", "--format", "table", str(path))
    assert result.exit_code == 0
    assert result.stdout.splitlines()[1].split() == [
        "h2",
        "displaced",
        "families",
        "all",
        "40",
        "exact",
        "None",
        "None",
        "None",
        "40",
        "families",
        "were",
        "displaced",
    ]


def test_extract_reports_a_bad_line_and_goes_on(fake_extractor):
    result = invoke("extract", "-", input=json.dumps(DOC2) + "\n{not json}\n")
    assert result.exit_code == 1
    assert (
        result.stderr
        == "Error: <stdin>:2: not valid JSON (Expecting property name enclosed in double quotes at column 2); write one JSON object per line\n"
    )
    assert [json.loads(line)["doc_id"] for line in result.stdout.splitlines()] == ["h2"]


# -- ingest ----------------------------------------------------------------------------------


def test_ingest_stores_and_a_second_run_changes_nothing(tmp_path, docs_dir, fake_extractor):
    db = str(tmp_path / "cli.duckdb")
    first = invoke("ingest", str(docs_dir), "--db", db)
    second = invoke("ingest", str(docs_dir), "--db", db)
    n = sum(len(fake_extract(text)) for *_, text in REPORTS)
    assert (first.exit_code, second.exit_code) == (0, 0)
    assert (
        first.stdout
        == f"{len(REPORTS)} document(s) read: {len(REPORTS)} new, 0 already stored, 0 failed; {n} claim(s) extracted, 0 sent to review\n"
    )
    assert (
        second.stdout
        == f"{len(REPORTS)} document(s) read: 0 new, {len(REPORTS)} already stored, 0 failed; 0 claim(s) extracted, 0 sent to review\n"
    )


def test_ingest_reports_a_bad_file_ingests_the_rest_and_exits_1(tmp_path, docs_dir, fake_extractor):
    bad = docs_dir / "broken.md"
    bad.write_bytes(b"")
    result = invoke("ingest", str(docs_dir), "--db", str(tmp_path / "cli.duckdb"))
    assert result.exit_code == 1
    assert result.stderr == f"Error: {bad}: file is empty; remove it or add the document's text\n"
    assert result.stdout.startswith(
        f"{len(REPORTS)} document(s) read: {len(REPORTS)} new, 0 already stored, 1 failed;"
    )


# -- claims ----------------------------------------------------------------------------------


@pytest.fixture
def cli_db(tmp_path, docs_dir, fake_extractor) -> str:
    db = str(tmp_path / "cli.duckdb")
    assert invoke("ingest", str(docs_dir), "--db", db).exit_code == 0
    return db


def test_claims_as_csv_with_filters(cli_db):
    result = invoke(
        "claims",
        "--metric",
        "displaced",
        "--unit",
        "families",
        "--since",
        "2020-01-13",
        "--format",
        "csv",
        "--db",
        cli_db,
    )
    assert result.exit_code == 0
    rows = list(csv.DictReader(result.stdout.splitlines()))
    assert [int(r["value"]) for r in rows] == [2500, 3900, 5200, 6100, 7000]
    assert {r["url"].rsplit("/", 1)[1] for r in rows} == {"w2", "w3", "w4", "w5", "w6"}


def test_claims_as_json_and_table(cli_db):
    as_json = json.loads(invoke("claims", "--group", "children", "--format", "json", "--db", cli_db).stdout)
    assert [c["value"] for c in as_json] == [12, 15, 22]
    assert as_json[0]["published"] == "2020-01-06"
    table = invoke("claims", "--group", "children", "--db", cli_db).stdout.splitlines()
    assert table[0].split()[:5] == ["published", "metric", "unit", "group", "value"]
    assert len(table) == 4


def test_claims_with_an_unknown_metric_says_which_are_known(cli_db):
    result = invoke("claims", "--metric", "dead", "--db", cli_db)
    assert result.exit_code == 1
    assert (
        result.stderr
        == "Error: unknown metric 'dead'; use one of displaced, returned, killed, injured, missing, detained\n"
    )


# -- chart -----------------------------------------------------------------------------------


def test_chart_writes_a_png_with_data(cli_db, tmp_path):
    out = tmp_path / "charts"
    result = invoke("chart", "--out", str(out), "--db", cli_db)
    assert result.exit_code == 0, result.stderr
    pngs = sorted(out.glob("*.png"))
    assert pngs and [str(p) for p in pngs] == sorted(
        line for line in result.stdout.splitlines() if line.endswith(".png")
    )
    assert pngs[0].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_chart_with_a_folder_as_database_says_so(tmp_path):
    folder = tmp_path / "db"
    folder.mkdir()
    result = invoke("chart", "--db", str(folder))
    assert result.exit_code == 1
    assert result.stderr == f"Error: {folder}: is a folder; give --db the path of a .duckdb file\n"


def test_chart_names_files_after_reporting_periods(cli_db, tmp_path):
    import re

    out = tmp_path / "charts"
    result = invoke("chart", "--out", str(out), "--gap-weeks", "8", "--db", cli_db)
    assert result.exit_code == 0, result.stderr
    names = [p.name for p in out.iterdir()]
    assert names and all(
        re.fullmatch(r"\d{4}-\d{2}(_\d{4}-\d{2})?-(displacement|casualties)\.(png|svg)", n) for n in names
    ), names


@pytest.mark.parametrize(
    ("options", "message"),
    [
        pytest.param(
            ["--from", "1990-01-01", "--to", "1990-12-31"],
            "Error: no report between 1990-01-01 and 1990-12-31; widen --from/--to or leave them out\n",
            id="no-report-between",
        ),
        pytest.param(
            ["--from", "March"], "Error: 'March' is not a date; give dates as YYYY-MM-DD\n", id="not-a-date"
        ),
    ],
)
def test_chart_between_dates_says_what_to_do(cli_db, tmp_path, options, message):
    result = invoke("chart", "--out", str(tmp_path / "charts"), *options, "--db", cli_db)
    assert result.exit_code == 1
    assert result.stderr == message


# -- export ----------------------------------------------------------------------------------


def test_export_writes_claims_with_provenance(cli_db, tmp_path):
    target = tmp_path / "out" / "claims.csv"
    result = invoke("export", "-o", str(target), "--claims", "--metric", "killed", "--db", cli_db)
    assert result.exit_code == 0
    header, tags, *lines = target.read_text(encoding="utf-8").splitlines()
    assert tags.startswith("#meta+id,#date+reported,")  # the HXL hashtag row
    rows = list(csv.DictReader([header, *lines]))
    assert result.stdout == f"{len(rows)} claim(s) written to {target}\n"
    assert {"doc_id", "date_reported", "source", "url", "quote", "organisation"} <= set(rows[0])
    assert all(r["metric"] == "killed" and r["quote"] and r["source"] == "Test Monitor" for r in rows)


def test_export_refuses_to_overwrite_without_force(cli_db, tmp_path):
    target = tmp_path / "claims.csv"
    target.write_text("keep me", encoding="utf-8")
    result = invoke("export", "-o", str(target), "--db", cli_db)
    assert result.exit_code == 1
    assert (
        result.stderr
        == f"Error: {target}: already exists; pass --force to overwrite it or choose another -o path\n"
    )
    assert target.read_text(encoding="utf-8") == "keep me"
    assert invoke("export", "-o", str(target), "--force", "--db", cli_db).exit_code == 0


# -- run -------------------------------------------------------------------------------------


def test_run_builds_database_charts_and_csv(tmp_path, docs_dir, fake_extractor, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = invoke("run", str(docs_dir))
    assert result.exit_code == 0, result.stderr
    assert Path("hum_stats.duckdb").exists()
    assert list(Path("out/charts").glob("*.png"))
    rows = list(csv.DictReader(Path("out/claims.csv").read_text(encoding="utf-8").splitlines()))
    assert len(rows) == sum(len(fake_extract(text)) for *_, text in REPORTS)


def test_run_on_a_missing_folder_says_what_to_give(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = invoke("run", "no-such-folder")
    assert result.exit_code == 1
    assert (
        result.stderr
        == "Error: no-such-folder: no such folder; give the folder of documents, e.g. sources/documents\n"
    )
    assert not Path("hum_stats.duckdb").exists()
