"""Observations, series checks in review, analysts' decisions and the charts and exports that use them.

The reports under ``tests/fixtures/review/`` are written in one English pattern
("According to ORG, N families were displaced since DATE", "... in the past 7 days") that the
``pattern_extract`` below reads exactly, so these tests pin the store, the checks and the
review workflow, not the extractor (which has its own tests).
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

import hum_stats
import hum_stats.extract
from hum_stats.charts import displacement_figure, write_weekly_charts
from hum_stats.claims import Claim
from hum_stats.cli import app
from hum_stats.errors import InputError
from hum_stats.export import write_claims_csv

FIXTURES = Path(__file__).parent / "fixtures" / "review"

_SENTENCE = re.compile(
    r"[Aa]ccording to (?P<org>\w+), (?P<value>\d+) (?P<noun>families|people|civilians|children) were "
    r"(?P<verb>displaced|killed|injured)(?: since (?P<since>\d{4}-\d{2}-\d{2}))?"
    r"(?: in the past (?P<days>\d+) days)?(?: \[flag (?P<flag>[^\]]+)\])?"
)
_NOUNS = {"families": ("families", "all"), "people": ("individuals", "all"),
          "civilians": ("individuals", "civilians"), "children": ("individuals", "children")}  # fmt: skip


def pattern_extract(text: str, language: str | None = None, published: str | None = None) -> list[Claim]:
    """The claims of the fixture's sentences, with exact spans and the extractor's flags."""
    claims = []
    for m in _SENTENCE.finditer(text):
        unit, group = _NOUNS[m["noun"]]
        claim = Claim(
            m["verb"], unit, group, int(m["value"]), since=m["since"], attributed_to=m["org"],
            window_days=int(m["days"]) if m["days"] else None, start=m.start(), end=m.end(), quote=m[0],
        )  # fmt: skip
        if m["flag"]:
            claim.extra["flags"] = [m["flag"]]
        claims.append(claim)
    return claims


@pytest.fixture
def pattern_extractor(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(hum_stats.extract, "extract", pattern_extract)


@pytest.fixture
def db(tmp_path: Path, pattern_extractor):
    database = hum_stats.open(tmp_path / "review.duckdb")
    database.ingest_paths([FIXTURES])
    yield database
    database.close()


def alpha_families(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.loc[frame["series_id"] == "displaced/families/all/Alpha/2019-12-01"].reset_index(drop=True)


def claim_of(db, value: int, metric: str = "displaced") -> str:
    frame = db.claims(metric=metric)
    return str(frame.loc[frame["value"] == value, "claim_id"].item())


# -- observations ----------------------------------------------------------------------------


def test_a_figure_repeated_by_two_outlets_is_one_observation_with_both_documents(db):
    obs = alpha_families(db.observations())
    first = obs.loc[obs["value"] == 1200].iloc[0]
    assert first["n_sources"] == 2
    assert first["publishers"] == ["Outlet One", "Outlet Two"]
    assert first["urls"] == ["https://one.example/a1", "https://two.example/a1"]
    assert len(first["doc_ids"]) == 2


OBSERVATION_FILTERS = [
    ("metric", {"metric": "killed"}, {"Gamma"}),
    ("organisation-any-case", {"organisation": "beta"}, {"Beta"}),
    ("published-range", {"since": "2020-01-27", "until": "2020-01-27"}, {"Alpha", "Beta"}),
]


@pytest.mark.parametrize(
    ("filters", "organisations"),
    [f[1:] for f in OBSERVATION_FILTERS],
    ids=[f[0] for f in OBSERVATION_FILTERS],
)
def test_observation_filters(db, filters, organisations):
    assert set(db.observations(**filters)["organisation"]) == organisations


# -- checks recorded in review ---------------------------------------------------------------


def findings(db, check: str) -> pd.DataFrame:
    items = db.review_items()
    return items.loc[(items["kind"] == "series") & (items["reason"] == check)].reset_index(drop=True)


def test_a_falling_total_is_in_review_with_the_claim_that_fell(db):
    falls = findings(db, "decrease")
    assert falls["claim_id"].tolist() == [claim_of(db, 2100)]
    assert falls.loc[0, "detail"].startswith("total falls from 2,500 to 2,100 on 2020-01-20")
    assert falls.loc[0, "quote"] == "According to Alpha, 2100 families were displaced since 2019-12-01"


def test_two_values_for_the_same_series_and_day_are_one_conflict_naming_both(db):
    conflict = findings(db, "conflict")
    assert conflict["item_id"].nunique() == 1
    assert sorted(conflict["value"]) == [3000, 3300]
    assert set(conflict["publisher"]) == {"Outlet One", "Outlet Two"}


def test_running_the_checks_again_or_reingesting_adds_no_finding(db, tmp_path):
    before = db.review_items()
    assert db.refresh_findings() == before.loc[before["kind"] == "series", "item_id"].nunique()
    report = db.ingest_paths([FIXTURES])
    after = db.review_items()
    assert report.new == 0
    assert after[["item_id", "claim_id"]].equals(before[["item_id", "claim_id"]])


def test_an_extractor_flag_is_a_review_item_and_the_claim_is_still_served(db):
    items = db.review_items()
    flags = items.loc[items["kind"] == "flag"].reset_index(drop=True)
    assert flags["reason"].tolist() == ["extractor:household_size"]
    assert flags.loc[0, "detail"] == "4000000 families for 21000 people is absurd; read as 4000"
    assert flags.loc[0, "value"] == 4000
    assert 4000 in set(db.claims()["value"])


# -- running totals --------------------------------------------------------------------------


def test_weekly_increments_sum_into_a_running_total(db):
    rt = db.running_totals()
    gamma = rt.loc[rt["organisation"] == "Gamma"].reset_index(drop=True)
    assert gamma["week_end"].dt.strftime("%Y-%m-%d").tolist() == ["2020-01-12", "2020-01-19", "2020-01-26"]
    assert gamma["cumulative"].tolist() == [20, 32, 40]
    assert gamma["new_this_week"].tolist() == [20, 12, 8]


def test_two_organisations_that_disagree_are_two_lines(db):
    fig = displacement_figure(db.running_totals())
    lines = {line.get_gid() for line in fig.axes[0].get_lines() if line.get_gid()}
    assert {
        "line:displaced/families/all/Alpha/2019-12-01",
        "line:displaced/families/all/Beta/2019-12-01",
    } <= lines


# -- decisions -------------------------------------------------------------------------------


def chart_values(db) -> list[float]:
    """The y values of Alpha's line in the displacement chart."""
    fig = displacement_figure(db.running_totals())
    (line,) = [
        ln for ln in fig.axes[0].get_lines() if ln.get_gid() == "line:displaced/families/all/Alpha/2019-12-01"
    ]
    return [float(y) for y in line.get_ydata()]


def exported_values(db, path: Path) -> list[int]:
    write_claims_csv(db.claims(metric="displaced"), path, force=True)
    with path.open(encoding="utf-8") as fh:
        return [int(row["value"]) for row in csv.DictReader(fh)]


def reingest_with_a_new_extractor(db, monkeypatch):
    monkeypatch.setattr(hum_stats.extract, "EXTRACTOR_VERSION", "test-next", raising=False)
    report = db.ingest_paths([FIXTURES])
    assert report.reextracted == len(list(FIXTURES.glob("*.md")))


def test_a_correction_made_in_review_survives_reingest_and_reaches_totals_chart_and_export(
    db, tmp_path, monkeypatch
):
    fell = claim_of(db, 2100)
    result = CliRunner().invoke(
        app,
        ["review", "correct", fell[:8], "--value", "2700", "--why", "typo in the report", "--who", "ana",
         "--db", db.path],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"claim {fell} corrected to 2,700 by ana;")
    db.ingest_paths([FIXTURES])
    reingest_with_a_new_extractor(db, monkeypatch)

    served = db.claims().set_index("claim_id")
    assert (served.loc[fell, "value"], served.loc[fell, "status"]) == (2700, "corrected")
    weekly = alpha_families(db.running_totals())
    week = weekly.loc[weekly["week_end"] == "2020-01-26"].iloc[0]
    assert (week["cumulative"], week["new_this_week"]) == (2700, 200)
    assert 2700.0 in chart_values(db) and 2100.0 not in chart_values(db)
    assert 2700 in exported_values(db, tmp_path / "claims.csv")
    assert findings(db, "decrease").empty  # the correction resolved it
    decision = db.decisions().iloc[-1]
    assert (decision["claim_id"], decision["action"], decision["value"], decision["who"]) == (
        fell, "correct", 2700, "ana"
    )  # fmt: skip


def test_a_rejected_claim_leaves_claims_observations_totals_chart_and_export(db, tmp_path, monkeypatch):
    fell = claim_of(db, 2100)
    db.decide(fell, "reject", who="ana", why="the outlet misread the table")
    reingest_with_a_new_extractor(db, monkeypatch)
    assert fell not in set(db.claims()["claim_id"])
    assert 2100 not in set(alpha_families(db.observations())["value"])
    assert 2100 not in set(alpha_families(db.running_totals())["cumulative"])
    assert 2100.0 not in chart_values(db)
    assert 2100 not in exported_values(db, tmp_path / "claims.csv")


def test_accepting_one_side_of_a_conflict_closes_it_and_the_series_uses_it(db):
    lower = claim_of(db, 3000)
    db.decide(lower, "accept", who="ana", why="Alpha's own bulletin says 3000")
    conflict = findings(db, "conflict")
    assert not conflict["open"].any()
    assert conflict.loc[conflict["claim_id"] == lower, "decision"].item() == "accept"
    week = alpha_families(db.running_totals()).set_index("week_end").loc["2020-02-02"]
    assert week["cumulative"] == 3000
    assert db.review_items(open_only=True).query("reason == 'conflict'").empty


def test_a_figure_entered_by_hand_is_served_with_its_source(db):
    claim_id = db.add_claim(
        metric="displaced", unit="individuals", value=21000, quote="21,000 people displaced",
        url="https://alpha.example/bulletin-5", published="2020-02-03", publisher="Alpha",
        organisation="Alpha", since="2019-12-01", who="ana", why="from Alpha's bulletin",
    )  # fmt: skip
    served = db.claims(metric="displaced", unit="individuals").set_index("claim_id")
    assert (served.loc[claim_id, "value"], served.loc[claim_id, "status"]) == (21000, "manual")
    assert served.loc[claim_id, "url"] == "https://alpha.example/bulletin-5"
    obs = db.observations(metric="displaced", unit="individuals")
    assert obs["claim_ids"].tolist() == [[claim_id]]
    assert obs.loc[0, "status"] == "manual"
    assert db.decisions().iloc[-1]["who"] == "ana"


def test_a_figure_entered_by_hand_from_a_stored_document_keeps_its_span(db):
    doc = db.claims(metric="killed").iloc[0]
    claim_id = db.add_claim(
        metric="injured", unit="individuals", group="civilians", value=20, quote="20 civilians",
        doc_id=doc["doc_id"], organisation="Gamma", who="ana",
    )  # fmt: skip
    row = db.claims(metric="injured").set_index("claim_id").loc[claim_id]
    text = db.documents().set_index("doc_id").loc[doc["doc_id"], "text"]
    assert text[row["start"] : row["end"]] == "20 civilians"


ADD_ERRORS = [
    ("no-source", {}, "give the source of the figure: --doc-id of a stored document or --url of the page"),
    ("unknown-doc", {"doc_id": "abc"},
     "no document with id 'abc'; list them with `hum-stats claims --format csv` (column doc_id), "
     "or give --url for a page not stored"),
    ("undated-page", {"url": "https://new.example/x"},
     "no stored document from https://new.example/x holds the quote; give --published (YYYY-MM-DD) so the "
     "figure can be dated"),
    ("quote-not-in-document", {"url": "https://one.example/a1", "quote": "5 families"},
     "quote '5 families' is not in document {doc}; copy it exactly from the text (`hum-stats claims --format "
     "csv` shows the quotes) or give --url of the page it is from"),
    ("bad-metric", {"metric": "evacuated", "url": "https://one.example/a1"},
     "unknown metric 'evacuated'; use one of displaced, returned, killed, injured, missing, detained"),
]  # fmt: skip


@pytest.mark.parametrize(("given", "message"), [e[1:] for e in ADD_ERRORS], ids=[e[0] for e in ADD_ERRORS])
def test_bad_figures_entered_by_hand_are_refused_with_what_to_do(db, given, message):
    args = {"metric": "displaced", "unit": "families", "value": 10, "quote": "10 families", **given}
    doc = db.claims().set_index("url").loc["https://one.example/a1", "doc_id"]
    doc = doc if isinstance(doc, str) else doc.iloc[0]
    with pytest.raises(InputError) as err:
        db.add_claim(**args)
    assert str(err.value) == message.format(doc=doc)


def test_a_claim_id_prefix_shared_by_two_claims_is_refused(db, monkeypatch):
    from hum_stats.store import database

    monkeypatch.setattr(database, "MIN_ID_PREFIX", 1)
    firsts = db.claims()["claim_id"].str[0].value_counts()
    shared = str(firsts.index[0])
    assert firsts.iloc[0] >= 2  # 15 ids over 16 hex digits share a first character
    with pytest.raises(InputError, match=f"^claim id '{shared}' is the start of several claims"):
        db.resolve_claim_id(shared)


# -- charts ----------------------------------------------------------------------------------


def test_the_same_data_gives_the_same_svg_and_a_decision_changes_it(db, tmp_path):
    first = write_weekly_charts(db.running_totals(), tmp_path / "a", formats=("svg",))
    again = write_weekly_charts(db.running_totals(), tmp_path / "b", formats=("svg",))
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in again]
    db.decide(claim_of(db, 2100), "correct", value=2700, who="ana")
    changed = write_weekly_charts(db.running_totals(), tmp_path / "c", formats=("svg",))
    assert changed[0].read_bytes() != first[0].read_bytes()


# -- command line ----------------------------------------------------------------------------

runner = CliRunner()


def invoke(db, *args: str):
    return runner.invoke(app, [*args, "--db", db.path])


SUBCOMMANDS = [("review", "accept"), ("review", "reject"), ("review", "correct"), ("claims", "add")]


@pytest.mark.parametrize("command", SUBCOMMANDS, ids=[" ".join(c) for c in SUBCOMMANDS])
def test_every_subcommand_has_help_with_an_example(command):
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0
    assert f"hum-stats {' '.join(command)}" in result.stdout.split("Example:", 1)[1]


def test_observations_command_lists_each_figure_once_with_its_sources(db):
    result = invoke(db, "observations", "--organisation", "Alpha", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(result.stdout.splitlines()))
    first = next(r for r in rows if r["value"] == "1200")
    assert (first["n_sources"], first["publishers"]) == ("2", "Outlet One | Outlet Two")
    table = invoke(db, "observations", "--metric", "killed")
    assert table.stdout.splitlines()[0].split() == [
        "as_of", "metric", "unit", "group", "organisation", "since", "value", "n_sources", "publishers"
    ]  # fmt: skip


def test_observations_command_refuses_an_unknown_metric(db):
    result = invoke(db, "observations", "--metric", "evacuated")
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: unknown metric 'evacuated'; use one of displaced, returned, killed, injured, missing, detained\n"
    )


def test_check_command_lists_findings_and_adds_none_when_run_again(db):
    first = invoke(db, "check")
    again = invoke(db, "check")
    assert first.exit_code == again.exit_code == 0
    assert first.stdout == again.stdout
    assert (
        "decrease: displaced/families/all/Alpha/2019-12-01: total falls from 2,500 to 2,100" in first.stdout
    )
    assert first.stdout.splitlines()[-1] == (
        "2 series finding(s) open, 3 review item(s) open in all; see hum-stats review"
    )


def test_check_command_on_a_folder_says_what_to_give(tmp_path):
    result = runner.invoke(app, ["check", "--db", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {tmp_path}: is a folder; give --db the path of a .duckdb file\n"


def test_review_command_shows_each_item_with_quotes_and_documents(db):
    result = invoke(db, "review")
    assert result.exit_code == 0, result.output
    assert "[series · decrease] displaced/families/all/Alpha/2019-12-01" in result.stdout
    fell = claim_of(db, 2100)
    assert (
        f"  {fell[:10]}  2,100 families displaced  "
        "«According to Alpha, 2100 families were displaced since 2019-12-01»  — Outlet Three, 2020-01-20, "
        "a3-falls-2020-01-20.md"
    ) in result.stdout.splitlines()
    flags = invoke(db, "review", "--kind", "flag", "--format", "csv")
    assert [r["reason"] for r in csv.DictReader(flags.stdout.splitlines())] == ["extractor:household_size"]


def test_review_hides_decided_items_unless_asked(db):
    fell = claim_of(db, 2100)
    assert invoke(db, "review", "accept", fell, "--why", "Alpha revised its count down").exit_code == 0
    shown = invoke(db, "review", "--kind", "series").stdout
    everything = invoke(db, "review", "--kind", "series", "--all").stdout
    assert fell[:10] not in shown
    assert "accepted by" in everything and "Alpha revised its count down" in everything


REVIEW_ERRORS = [
    ("unknown-claim", ["review", "accept", "feedfacecafe"], 1,
     "Error: no claim with id 'feedfacecafe'; list them with `hum-stats review`\n"),
    ("reject-without-why", ["review", "reject", "feedfacecafe"], 2, "Missing option '--why'"),
    ("negative-correction", ["review", "correct", "feedfacecafe", "--value", "-5", "--why", "x"], 2,
     "Invalid value for '--value': Input should be greater than or equal to 0"),
    ("add-without-source", ["claims", "add", "--metric", "killed", "--unit", "individuals", "--value", "3",
                            "--quote", "3 people"], 1,
     "Error: give the source of the figure: --doc-id of a stored document or --url of the page\n"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("args", "code", "message"), [e[1:] for e in REVIEW_ERRORS], ids=[e[0] for e in REVIEW_ERRORS]
)
def test_review_and_claims_add_refuse_bad_input(db, args, code, message):
    result = invoke(db, *args)
    assert result.exit_code == code
    if code == 1:
        assert result.stderr == message
    else:
        assert message in result.stderr
    assert db.decisions().empty


def test_claims_add_command_records_the_figure_and_claims_lists_it(db):
    result = invoke(
        db, "claims", "add", "--url", "https://alpha.example/bulletin-5", "--published", "2020-02-03",
        "--metric", "displaced", "--unit", "individuals", "--value", "21000", "--organisation", "Alpha",
        "--since", "2019-12-01", "--quote", "21,000 people displaced", "--who", "ana",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    claim_id = result.stdout.split()[1]
    assert result.stdout == f"claim {claim_id} added: 21,000 individuals displaced\n"
    listed = invoke(db, "claims", "--unit", "individuals", "--metric", "displaced", "--format", "csv")
    (row,) = list(csv.DictReader(listed.stdout.splitlines()))
    assert (row["claim_id"], row["value"], row["status"]) == (claim_id, "21000", "manual")
    again = invoke(
        db, "claims", "add", "--url", "https://alpha.example/bulletin-5", "--metric", "displaced",
        "--unit", "individuals", "--value", "21000", "--quote", "21,000 people displaced",
    )  # fmt: skip
    assert again.exit_code == 1
    assert again.stderr == (
        f"Error: claim {claim_id} already records this figure; change its value with "
        f"`hum-stats review correct {claim_id} --value N --why ...`\n"
    )


# -- what the charts leave out, and say so ----------------------------------------------------


def one_off_toll(
    claim_id: str, value: int, published: str, publisher: str, attributed_to: str | None
) -> dict:
    return {
        "claim_id": claim_id, "doc_id": claim_id, "published": published, "publisher": publisher, "url": None,
        "metric": "killed", "unit": "individuals", "group": "civilians", "value": value, "qualifier": "exact",
        "since": None, "until": None, "attributed_to": attributed_to, "location": None, "subset_of": None,
        "parent_claim_id": None, "start": 0, "end": 2, "quote": str(value), "window_days": None,
        "status": "machine",
    }  # fmt: skip


def test_one_off_tolls_without_a_baseline_are_left_out_of_the_chart_and_the_footer_says_so(db):
    from hum_stats import series
    from hum_stats.charts import casualties_figure

    claims = pd.concat(
        [
            db.claims(),
            pd.DataFrame(
                [
                    one_off_toll("t1", 21, "2020-01-14", "Outlet Four", None),
                    one_off_toll("t2", 9, "2020-01-21", "Outlet Five", "the monitor"),
                ]
            ),
        ],
        ignore_index=True,
    )
    rt = series.running_totals(claims)
    assert {"Outlet Four", "Outlet Five"} <= set(rt["organisation"])  # "the monitor" names no one
    fig = casualties_figure(rt)
    drawn = {ln.get_gid() for ln in fig.axes[0].get_lines() if (ln.get_gid() or "").startswith("line:")}
    assert drawn == {"line:killed/individuals/civilians/Gamma/no-baseline"}
    footer = " ".join(t.get_text() for t in fig.texts)
    assert "Not shown: 2 series with no baseline date that are one-off or fall" in footer
