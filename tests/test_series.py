"""Observations, running totals and the series checks, on the Response Coordinators' Idlib figures.

``fixtures/series_claims.csv`` holds claims as the store hands them over. Rows tagged
``idlib_2019_20`` and ``seed_2019`` restate figures published in the dev corpus and the seed
article (document ids and URLs kept); rows tagged ``duplicate`` are a constructed repost of a
real report. The other cases are built here with ``claim()`` from those real figures, changed
one field at a time to make each check fail.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pandera.pandas as pa
import pytest

from hum_stats.errors import SchemaError
from hum_stats.series import (
    CLAIM_COLUMNS,
    FLAGS,
    RunningTotalsModel,
    check_claims,
    observations,
    running_totals,
    series_id,
)

FIXTURE = Path(__file__).parent / "fixtures" / "series_claims.csv"
RC = "Response Coordinators"
RC_FAMILIES = series_id("displaced", "families", "all", RC, "2019-11-01")
RC_INDIVIDUALS = series_id("displaced", "individuals", "all", RC, "2019-11-01")


def fixture(*cases: str) -> pd.DataFrame:
    df = pd.read_csv(FIXTURE, dtype={"claim_id": str, "doc_id": str})
    if cases:
        df = df.loc[df["case"].isin(cases)]
    df = df.drop(columns="case").astype(object)
    return df.where(df.notna(), None).reset_index(drop=True)


_counter = iter(range(10**6))


def claim(value: int, published: str, **over: object) -> dict[str, object]:
    """One claim row: RC displaced families since 1 Nov 2019 unless overridden."""
    n = next(_counter)
    row: dict[str, object] = {
        "claim_id": f"c{n}",
        "doc_id": f"doc{n}",
        "published": published,
        "publisher": "test outlet",
        "url": None,
        "metric": "displaced",
        "unit": "families",
        "group": "all",
        "value": value,
        "qualifier": "exact",
        "since": "2019-11-01",
        "until": None,
        "attributed_to": RC,
        "location": "إدلب",
        "subset_of": None,
        "parent_claim_id": None,
        "start": 0,
        "end": 5,
        "quote": str(value),
        "window_days": None,
        "status": "machine",
    }
    row.update(over)
    return row


def frame(*rows: dict[str, object]) -> pd.DataFrame:
    return pd.DataFrame(list(rows), columns=list(CLAIM_COLUMNS))


def findings_of(df: pd.DataFrame, check: str) -> pd.DataFrame:
    f = check_claims(df)
    return f.loc[f["check"] == check]


# --------------------------------------------------------------------------- observations

OBSERVATION_CASES = [
    pytest.param(
        fixture("idlib_2019_20", "duplicate"), RC_FAMILIES, 55664, 2, id="repost-next-day-collapses"
    ),
    pytest.param(
        frame(claim(55664, "2020-01-03", doc_id="a"), claim(55664, "2020-01-03", doc_id="a")),
        RC_FAMILIES,
        55664,
        1,
        id="headline-and-body-same-doc-one-source",
    ),
    pytest.param(
        frame(claim(55664, "2020-01-03"), claim(55664, "2020-01-06")),
        RC_FAMILIES,
        55664,
        2,
        id="three-days-apart-within-tolerance",
    ),
]


@pytest.mark.parametrize(("claims", "sid", "value", "n_sources"), OBSERVATION_CASES)
def test_same_figure_collapses_into_one_observation(claims, sid, value, n_sources):
    obs = observations(claims)
    hit = obs.loc[(obs["series_id"] == sid) & (obs["value"] == value)]
    assert len(hit) == 1
    row = hit.iloc[0]
    assert row["n_sources"] == n_sources
    assert len(row["claim_ids"]) == len(claims.loc[claims["value"] == value])
    assert len(row["quotes"]) == len(row["claim_ids"])


def test_repost_keeps_every_document_and_quote():
    obs = observations(fixture("idlib_2019_20", "duplicate"))
    row = obs.loc[(obs["series_id"] == RC_INDIVIDUALS) & (obs["value"] == 328418)].iloc[0]
    assert row["doc_ids"] == ["d009", "x-d009-repost"]
    assert row["quotes"] == ["328418 نسمة", "328,418 نسمة"]
    assert row["first_reported"] == pd.Timestamp("2020-01-03")
    assert row["last_reported"] == pd.Timestamp("2020-01-04")


@pytest.mark.parametrize(
    ("second", "n_obs"),
    [
        pytest.param(claim(55664, "2020-01-10"), 2, id="a-week-later-is-a-new-observation"),
        pytest.param(claim(55664, "2020-01-04", attributed_to="OCHA"), 2, id="other-organisation"),
        pytest.param(claim(55664, "2020-01-04", unit="individuals"), 2, id="other-unit"),
        pytest.param(claim(55664, "2020-01-04", since="2020-01-01"), 2, id="other-baseline"),
        pytest.param(claim(55664, "2020-01-04", window_days=7), 2, id="weekly-window-is-not-the-total"),
    ],
)
def test_different_figures_stay_apart(second, n_obs):
    assert len(observations(frame(claim(55664, "2020-01-03"), second))) == n_obs


def test_unattributed_figures_are_credited_to_their_outlet():
    obs = observations(
        frame(
            claim(8, "2022-11-06", attributed_to=None, publisher="تلفزيون سوريا"),
            claim(8, "2022-11-06", attributed_to=None, publisher="Enab Baladi"),
        )
    )
    assert sorted(obs["organisation"]) == ["Enab Baladi", "تلفزيون سوريا"]


# --------------------------------------------------------------------------- running totals


def test_running_totals_of_the_idlib_campaign():
    rt = running_totals(fixture("idlib_2019_20", "duplicate"))
    RunningTotalsModel.validate(rt)
    fam = rt.loc[rt["series_id"] == RC_FAMILIES].set_index("week_end")
    # Reported: 17,761 (16 Dec), 55,664 (3 Jan, two sources), 178,689 (27 Feb); weeks between carried.
    assert fam.loc["2019-12-22", "cumulative"] == 17761
    assert fam.loc["2020-01-05", ["cumulative", "n_sources"]].tolist() == [55664, 2]
    assert fam.loc["2020-01-12", ["cumulative", "n_sources"]].tolist() == [55664, 0]
    assert pd.isna(fam.loc["2020-01-12", "new_this_week"])
    assert fam.loc["2020-03-01", "new_this_week"] == 178689 - 55664
    assert fam.loc["2020-03-01", "weeks_since_last_report"] == 8
    assert all(d.day_of_week == 6 for d in fam.index)  # weeks end on Sunday
    assert list(fam.index) == list(pd.date_range("2019-12-22", "2020-03-01", freq="W-SUN"))
    assert (rt["flags"] == "").all()


INCREMENT_CASES = [
    # "over the past week" figures (weekly statements, as in d002), summed from the series start.
    pytest.param(
        [("2020-06-04", 2980), ("2020-06-11", 3514), ("2020-06-18", 4311)],
        [2980, 6494, 10805],
        id="three-weekly-increments",
    ),
    pytest.param(
        [("2020-06-04", 2980), ("2020-06-25", 4311)], [2980, 2980, 2980, 7291], id="gap-weeks-carry-the-total"
    ),
    pytest.param(
        [("2020-06-02", 1000), ("2020-06-04", 500), ("2020-06-11", 700)],
        [1500, 2200],
        id="two-increments-in-one-week-add-up",
    ),
]


@pytest.mark.parametrize(("reports", "expected"), INCREMENT_CASES)
def test_increment_series_sums_from_its_start(reports, expected):
    rows = [claim(v, d, unit="individuals", since=None, window_days=7) for d, v in reports]
    rt = running_totals(frame(*rows))
    assert rt["series_id"].nunique() == 1
    assert rt["cumulative"].tolist() == expected
    reported = rt.loc[rt["n_sources"] > 0]
    assert reported["new_this_week"].iloc[0] == expected[0]
    assert int(reported["new_this_week"].sum()) == expected[-1]


def test_increment_after_the_last_total_is_added_to_it():
    df = frame(claim(55664, "2020-01-03"), claim(1611, "2020-01-08", since=None, window_days=1))
    rt = running_totals(df).set_index("week_end")
    assert rt["series_id"].unique().tolist() == [RC_FAMILIES]
    assert rt.loc["2020-01-12", "cumulative"] == 55664 + 1611


def test_monthly_periods():
    rt = running_totals(fixture("idlib_2019_20"), freq="M")
    fam = rt.loc[rt["series_id"] == RC_FAMILIES]
    assert fam["week_end"].dt.strftime("%Y-%m-%d").tolist() == ["2019-12-31", "2020-01-31", "2020-02-29"]
    assert fam["cumulative"].tolist() == [17761, 55664, 178689]


def test_empty_claims_give_an_empty_valid_frame():
    rt = running_totals(frame())
    assert rt.empty
    assert {"series_id", "week_end", "cumulative", "new_this_week", "n_sources", "flags"} <= set(rt.columns)


def test_missing_columns_say_what_to_pass():
    with pytest.raises(SchemaError, match=r"lacks column\(s\) \['window_days', 'status'\]"):
        running_totals(frame(claim(1, "2020-01-01")).drop(columns=["window_days", "status"]))


def test_running_totals_model_rejects_unknown_flags():
    rt = running_totals(fixture("idlib_2019_20")).copy()
    rt.loc[0, "flags"] = "looks_odd"
    with pytest.raises(pa.errors.SchemaErrors, match="known_flags"):
        RunningTotalsModel.validate(rt, lazy=True)


# --------------------------------------------------------------------------- checks

CHECK_CASES = [
    pytest.param(
        [claim(55664, "2020-01-03"), claim(17761, "2020-01-10")],
        "decrease",
        RC_FAMILIES,
        "2020-01-12",
        id="falling-total",
    ),
    pytest.param(
        [claim(55664, "2020-01-03", until="2020-01-03"), claim(56664, "2020-01-04", until="2020-01-03")],
        "conflict",
        RC_FAMILIES,
        "2020-01-05",
        id="two-values-same-series-same-date",
    ),
    pytest.param(
        [
            claim(
                287,
                "2020-01-07",
                claim_id="p",
                doc_id="d007",
                metric="killed",
                unit="individuals",
                group="civilians",
            ),
            claim(
                290,
                "2020-01-07",
                claim_id="k",
                doc_id="d007",
                metric="killed",
                unit="individuals",
                group="children",
                parent_claim_id="p",
                subset_of=0,
            ),
        ],
        "subset_exceeds_parent",
        series_id("killed", "individuals", "children", RC, "2019-11-01"),
        "2020-01-12",
        id="children-more-than-civilians",
    ),
    pytest.param(
        [
            claim(17761, "2019-12-17", doc_id="d008", start=10),
            claim(9769, "2019-12-17", doc_id="d008", unit="individuals", start=30),
        ],
        "individuals_below_families",
        RC_INDIVIDUALS,
        "2019-12-22",
        id="individuals-fewer-than-families",
    ),
    pytest.param(
        [
            claim(17761, "2019-12-17", doc_id="d008", start=10),
            claim(976940, "2019-12-17", doc_id="d008", unit="individuals", start=30),
        ],
        "household_size",
        RC_INDIVIDUALS,
        "2019-12-22",
        id="55-people-per-family",
    ),
    pytest.param(
        [
            claim(17761, "2019-12-17", doc_id="d008", start=10),
            claim(19000, "2019-12-17", doc_id="d008", unit="individuals", start=30),
        ],
        "household_size",
        RC_INDIVIDUALS,
        "2019-12-22",
        id="1.1-people-per-family",
    ),
    pytest.param(
        [
            claim(176000, "2020-02-19"),
            claim(178689, "2020-02-26"),
            claim(1611, "2020-02-26", since=None, window_days=7),
        ],
        "increment_mismatch",
        RC_FAMILIES,
        "2020-03-01",
        id="weekly-increment-not-the-difference",
    ),
]


@pytest.mark.parametrize(("rows", "check", "sid", "week_end"), CHECK_CASES)
def test_each_check_is_reported_and_flagged(rows, check, sid, week_end):
    df = frame(*rows)
    found = findings_of(df, check)
    assert len(found) == 1, check_claims(df)
    assert found.iloc[0]["detail"]
    assert set(found.iloc[0]["claim_ids"]) <= set(df["claim_id"])
    rt = running_totals(df)
    assert len(rt) >= 1  # nothing dropped
    row = rt.loc[(rt["series_id"] == sid) & (rt["week_end"] == pd.Timestamp(week_end))]
    assert check in row.iloc[0]["flags"].split(",")
    assert check in FLAGS


PASSING_CASES = [
    pytest.param(fixture(), id="every-real-report-in-the-fixture"),
    pytest.param(
        frame(
            claim(17761, "2019-12-17", doc_id="d008"),
            claim(97694, "2019-12-17", doc_id="d008", unit="individuals"),
        ),
        id="5.5-people-per-family",
    ),
    pytest.param(
        frame(
            claim(176000, "2020-02-19"),
            claim(177611, "2020-02-26"),
            claim(1611, "2020-02-26", since=None, window_days=7),
        ),
        id="weekly-increment-equals-the-difference",
    ),
    pytest.param(
        frame(
            claim(176000, "2020-02-19"),
            claim(177611, "2020-02-26"),
            claim(1650, "2020-02-26", since=None, window_days=7, qualifier="approx"),
        ),
        id="approximate-increment-within-5-percent",
    ),
    pytest.param(frame(claim(55664, "2020-01-03"), claim(55664, "2020-01-10")), id="a-total-that-stays-put"),
]


@pytest.mark.parametrize("claims", PASSING_CASES)
def test_consistent_reports_raise_no_findings(claims):
    assert check_claims(claims).empty


def test_falling_total_detail_names_both_figures():
    detail = findings_of(frame(claim(55664, "2020-01-03"), claim(17761, "2020-01-10")), "decrease")
    assert detail.iloc[0]["detail"].startswith("total falls from 55,664 to 17,761 on 2020-01-10")


def test_conflict_keeps_both_values_and_prefers_the_reviewed_one():
    df = frame(
        claim(55664, "2020-01-03", until="2020-01-03"),
        claim(55664, "2020-01-04", until="2020-01-03"),
        claim(56664, "2020-01-04", until="2020-01-03", status="corrected"),
    )
    obs = observations(df)
    assert sorted(obs["value"]) == [55664, 56664]  # side by side
    found = findings_of(df, "conflict").iloc[0]
    assert "55,664, 56,664" in found["detail"]
    assert len(found["claim_ids"]) == 3
    rt = running_totals(df)
    assert rt["cumulative"].tolist() == [56664]


def test_organisations_that_disagree_are_two_series_not_a_conflict():
    df = frame(claim(55664, "2020-01-03"), claim(60000, "2020-01-03", attributed_to="OCHA"))
    rt = running_totals(df)
    assert sorted(rt["organisation"]) == ["OCHA", RC]
    assert sorted(rt["cumulative"]) == [55664, 60000]
    assert check_claims(df).empty
