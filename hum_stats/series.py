"""From claims to observations, weekly running totals and the checks an analyst reviews.

Pure functions over pandas DataFrames: the store hands in its claims frame (the columns of
``CLAIM_COLUMNS``) and gets frames back; nothing here touches a database.

Vocabulary
----------
observation
    One figure as reported by possibly many documents: claims with the same metric, unit,
    group, organisation, baseline (``since``), window and value, published within
    ``tolerance_days`` of one another (chained: each report within the tolerance of the
    previous one). Every document that carried it is kept (``doc_ids``, ``quotes``).
series
    ``metric x unit x group x organisation x baseline (since)``. Place is **not** part of the
    key: ``location`` is free text as written ("إدلب وريف حماة", "north-west Syria"), so one
    organisation's campaign total would split into as many series as outlets have spellings.
    A figure for a single town under the same organisation and baseline therefore shows up
    as a ``conflict`` for review instead of as a separate line. Locations are kept on each
    observation. A figure credited to nobody (``attributed_to`` null, or a generic word such
    as "the monitor" or "officials": :func:`hum_stats.orgs.is_generic_source`) is credited to
    the outlet that published it (``publisher``), so unattributed figures of different outlets
    never merge.
cumulative and increments
    A claim with ``window_days`` null is a cumulative point of its series at ``until`` (or
    ``published`` when the text gives no end date). A claim with ``window_days`` set ("in the
    past 24 hours") is an increment: it joins the cumulative series of the same metric, unit,
    group and organisation whose baseline is the latest one on or before the window start, or
    else an increments-only series without a baseline. The running value at a date is the
    last cumulative point on or before it plus the increments reported after that point.

Checks are pandera ``DataFrameModel`` checks (``ClaimChecks``, ``PointChecks``,
``IncrementChecks``) run with ``lazy=True``; every failing row becomes a finding in
``check_claims`` and a flag in ``running_totals``. Nothing is dropped.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from hum_stats.claims import CLAIMS_FRAME_COLUMNS
from hum_stats.errors import HumStatsError, SchemaError
from hum_stats.orgs import is_generic_source

#: The claims frame columns (the contract between store and series): see hum_stats.claims.
CLAIM_COLUMNS: tuple[str, ...] = CLAIMS_FRAME_COLUMNS
SERIES_KEY: tuple[str, ...] = ("metric", "unit", "group", "organisation", "since")
RUNNING_TOTALS_COLUMNS: tuple[str, ...] = (
    "series_id",
    "metric",
    "unit",
    "group",
    "organisation",
    "since",
    "week_end",
    "cumulative",
    "new_this_week",
    "weeks_since_last_report",
    "n_sources",
    "flags",
    "doc_ids",
    "latest_report",
)
FINDING_COLUMNS: tuple[str, ...] = ("check", "claim_id", "claim_ids", "series_id", "date", "detail")

#: Flag names, in the order they are written into ``flags``.
FLAGS: tuple[str, ...] = (
    "decrease",
    "conflict",
    "subset_exceeds_parent",
    "individuals_below_families",
    "household_size",
    "increment_mismatch",
)
#: Plausible people per family. Syria's IDP households average about 5-6 people.
HOUSEHOLD_SIZE_RANGE: tuple[float, float] = (2.0, 12.0)
#: Relative slack when comparing an increment with the difference of two totals, when either
#: figure is approximate ("about", "more than"); exact figures must match exactly.
APPROX_TOLERANCE = 0.05
#: How far (days) a cumulative point may sit from a window's ends to be compared with it.
DATE_SLACK_DAYS = 1
_REVIEW_RANK = {"corrected": 3, "manual": 2, "accepted": 1, "machine": 0}
NO_BASELINE = "no-baseline"


class EmptySeriesError(HumStatsError):
    """There is nothing to total or draw (no claims, or none of the metrics asked for)."""


# --------------------------------------------------------------------------- preparation


def _require_columns(claims: pd.DataFrame) -> None:
    missing = [c for c in CLAIM_COLUMNS if c not in claims.columns]
    if missing:
        raise SchemaError(
            f"claims frame lacks column(s) {missing}; pass the frame from db.claims() or build one "
            f"with the columns {list(CLAIM_COLUMNS)}"
        )


def _day(values: pd.Series) -> pd.Series:
    return pd.to_datetime(values, errors="coerce").dt.normalize()


def series_id(metric: str, unit: str, group: str, organisation: str, since: Any) -> str:
    """A readable key for a series, e.g. ``displaced/families/all/Response Coordinators/2019-11-01``."""
    base = NO_BASELINE if since is None or pd.isna(since) else pd.Timestamp(since).strftime("%Y-%m-%d")
    return f"{metric}/{unit}/{group}/{organisation}/{base}"


def _prepare(claims: pd.DataFrame) -> pd.DataFrame:
    """Copy with typed dates, ``organisation``, ``as_of``, ``is_increment`` and ``series_id``."""
    _require_columns(claims)
    df = claims.loc[:, list(CLAIM_COLUMNS)].copy().reset_index(drop=True)
    for col in ("published", "since", "until"):
        df[col] = _day(df[col])
    df["value"] = pd.to_numeric(df["value"]).astype("int64")
    df["window_days"] = pd.to_numeric(df["window_days"]).astype("Int64")
    df["subset_of"] = pd.to_numeric(df["subset_of"]).astype("Int64")
    df["claim_id"] = df["claim_id"].astype(str)
    df["doc_id"] = df["doc_id"].astype(str)
    df["status"] = df["status"].fillna("machine")
    attributed = df["attributed_to"].where(df["attributed_to"].notna() & (df["attributed_to"] != ""))
    # "the monitor", "officials": a generic word names no organisation; credit the outlet instead
    attributed = attributed.where(~attributed.map(lambda a: isinstance(a, str) and is_generic_source(a)))
    df["organisation"] = attributed.fillna(df["publisher"]).fillna("unattributed").astype(str)
    df["as_of"] = df["until"].fillna(df["published"])
    if df["as_of"].isna().any():
        bad = df.loc[df["as_of"].isna(), "claim_id"].tolist()[:5]
        raise SchemaError(
            f"claim(s) {bad} have neither 'until' nor 'published'; give the document a publication date"
        )
    df["is_increment"] = df["window_days"].notna()
    df["since"] = _attach_increments(df)
    df["series_id"] = [series_id(*row) for row in df[list(SERIES_KEY)].itertuples(index=False, name=None)]
    return df


def _attach_increments(df: pd.DataFrame) -> pd.Series:
    """Baseline of each claim: its own for totals; for increments, the cumulative series'."""
    since = df["since"].copy()
    cum = df.loc[~df["is_increment"] & df["since"].notna()]
    baselines: dict[tuple[str, str, str, str], list[pd.Timestamp]] = {}
    for key, grp in cum.groupby(["metric", "unit", "group", "organisation"]):
        baselines[tuple(key)] = sorted(grp["since"].unique())  # type: ignore[index]
    for i in df.index[df["is_increment"]]:
        row = df.loc[i]
        window_start = row["as_of"] - pd.Timedelta(days=int(row["window_days"]))
        candidates = [
            b
            for b in baselines.get((row["metric"], row["unit"], row["group"], row["organisation"]), [])
            if b <= window_start
        ]
        since.loc[i] = max(candidates) if candidates else pd.NaT
    return since


# --------------------------------------------------------------------------- observations


def _best_status(statuses: Iterable[str]) -> str:
    return max(statuses, key=lambda s: _REVIEW_RANK.get(s, 0))


def _mode(values: pd.Series) -> Any:
    counts = values.dropna().value_counts(sort=False)
    return counts.idxmax() if len(counts) else None


def _observations(df: pd.DataFrame, tolerance_days: int) -> pd.DataFrame:
    if tolerance_days < 0:
        raise ValueError(f"tolerance_days must be >= 0, got {tolerance_days}")
    df = df.sort_values(["published", "claim_id"], kind="stable")
    key = ["series_id", "window_days", "value"]
    gap = df.groupby(key, dropna=False)["published"].diff().dt.days
    new_cluster = gap.isna() | (gap > tolerance_days)
    df = df.assign(_cluster=new_cluster.groupby([df[k] for k in key], dropna=False).cumsum())
    rows = []
    for _, g in df.groupby([*key, "_cluster"], dropna=False, sort=False):
        first = g.iloc[0]
        window = first["window_days"]
        ident = f"{first['series_id']}|{window}|{first['value']}|{g['published'].min():%Y-%m-%d}"
        rows.append(
            {
                "observation_id": "o-" + hashlib.sha1(ident.encode()).hexdigest()[:10],
                "series_id": first["series_id"],
                "metric": first["metric"],
                "unit": first["unit"],
                "group": first["group"],
                "organisation": first["organisation"],
                "since": first["since"],
                "until": g["until"].min(),
                "window_days": window,
                "value": int(first["value"]),
                "qualifier": _mode(g["qualifier"]) or "exact",
                "as_of": g["as_of"].min(),
                "first_reported": g["published"].min(),
                "last_reported": g["published"].max(),
                "n_sources": int(g["doc_id"].nunique()),
                "doc_ids": list(dict.fromkeys(g["doc_id"])),
                "claim_ids": list(g["claim_id"]),
                "quotes": list(g["quote"].fillna("")),
                "publishers": list(dict.fromkeys(g["publisher"].dropna())),
                "urls": list(dict.fromkeys(g["url"].dropna())),
                "locations": list(dict.fromkeys(g["location"].dropna())),
                "status": _best_status(g["status"]),
            }
        )
    columns = [
        "observation_id",
        "series_id",
        "metric",
        "unit",
        "group",
        "organisation",
        "since",
        "until",
        "window_days",
        "value",
        "qualifier",
        "as_of",
        "first_reported",
        "last_reported",
        "n_sources",
        "doc_ids",
        "claim_ids",
        "quotes",
        "publishers",
        "urls",
        "locations",
        "status",
    ]
    out = pd.DataFrame(rows, columns=columns)
    out["window_days"] = out["window_days"].astype("Int64")
    for col in ("since", "until", "as_of", "first_reported", "last_reported"):
        out[col] = pd.to_datetime(out[col])
    return out.sort_values(["series_id", "as_of", "value"], kind="stable").reset_index(drop=True)


def observations(claims: pd.DataFrame, tolerance_days: int = 3) -> pd.DataFrame:
    """Collapse claims reporting the same figure into one observation per figure.

    Claims match when metric, unit, group, organisation, baseline, ``window_days`` and value
    are equal and their publication dates lie within ``tolerance_days`` of the previous report.
    Columns: ``observation_id, series_id, metric, unit, group, organisation, since, until,
    window_days, value, qualifier, as_of, first_reported, last_reported, n_sources, doc_ids,
    claim_ids, quotes, publishers, urls, locations, status`` (lists keep every document).
    ``as_of`` is the earliest date the figure was given for; ``status`` is the most reviewed
    status among the claims (corrected > manual > accepted > machine).
    """
    return _observations(_prepare(claims), tolerance_days)


# --------------------------------------------------------------------------- points


def _preferred(group: pd.DataFrame) -> pd.Series:
    """The observation a series uses on a date when several values were reported."""
    ranked = group.assign(
        _review=group["status"].map(_REVIEW_RANK).fillna(0),
    ).sort_values(["_review", "n_sources", "last_reported", "value"], ascending=False, kind="stable")
    return ranked.iloc[0]


def _points(obs: pd.DataFrame) -> pd.DataFrame:
    """One cumulative point per series and date, with the values competing for it."""
    cum = obs.loc[obs["window_days"].isna()]
    rows = []
    for (sid, date), g in cum.groupby(["series_id", "as_of"], sort=True):
        best = _preferred(g)
        rows.append(
            {
                "series_id": sid,
                "date": date,
                "value": int(best["value"]),
                "qualifier": best["qualifier"],
                "values": sorted({int(v) for v in g["value"]}),
                "claim_ids": [c for ids in g["claim_ids"] for c in ids],
                "chosen_claim_ids": list(best["claim_ids"]),
            }
        )
    pts = pd.DataFrame(
        rows, columns=["series_id", "date", "value", "qualifier", "values", "claim_ids", "chosen_claim_ids"]
    )
    pts["date"] = pd.to_datetime(pts["date"])
    pts["n_values"] = pts["values"].map(len).astype("int64")
    pts["previous"] = pts.groupby("series_id")["value"].shift().astype("Float64")
    pts["value"] = pts["value"].astype("int64")
    return pts.reset_index(drop=True)


def _increment_facts(obs: pd.DataFrame, pts: pd.DataFrame) -> pd.DataFrame:
    """Each increment beside the difference of the totals at its window's ends, when both exist."""
    inc = obs.loc[obs["window_days"].notna()]
    slack = pd.Timedelta(days=DATE_SLACK_DAYS)
    rows = []
    for _, o in inc.iterrows():
        sp = pts.loc[pts["series_id"] == o["series_id"]]
        end, start = o["as_of"], o["as_of"] - pd.Timedelta(days=int(o["window_days"]))

        def near(day: pd.Timestamp, sp: pd.DataFrame = sp) -> pd.Series | None:
            hit = sp.loc[(sp["date"] - day).abs() <= slack]
            return None if hit.empty else hit.iloc[(hit["date"] - day).abs().argmin()]

        a, b = near(start), near(end)
        expected = None
        approx = o["qualifier"] != "exact"
        if a is not None and b is not None and a["date"] < b["date"]:
            expected = float(b["value"] - a["value"])
            approx = approx or a["qualifier"] != "exact" or b["qualifier"] != "exact"
        rows.append(
            {
                "series_id": o["series_id"],
                "date": o["as_of"],
                "value": int(o["value"]),
                "window_days": int(o["window_days"]),
                "expected": expected,
                "approx": bool(approx),
                "claim_ids": list(o["claim_ids"]),
            }
        )
    out = pd.DataFrame(
        rows, columns=["series_id", "date", "value", "window_days", "expected", "approx", "claim_ids"]
    )
    out["expected"] = out["expected"].astype("Float64")
    out["value"] = out["value"].astype("int64")
    out["approx"] = out["approx"].astype(bool)
    return out


def _claim_facts(df: pd.DataFrame) -> pd.DataFrame:
    """Per claim: its parent's value, and for individuals the paired families figure."""
    facts = df[["claim_id", "doc_id", "series_id", "as_of", "metric", "unit", "value", "start"]].copy()
    by_id = df.set_index("claim_id")
    parent = df["parent_claim_id"].where(df["parent_claim_id"].notna() & (df["parent_claim_id"] != ""))
    # Fallback: subset_of is the index among the same document's claims, in the order given.
    position = df.groupby("doc_id").cumcount()
    lookup = {(d, int(p)): c for d, p, c in zip(df["doc_id"], position, df["claim_id"], strict=True)}
    for i in df.index[parent.isna() & df["subset_of"].notna()]:
        parent.loc[i] = lookup.get((df.at[i, "doc_id"], int(df.at[i, "subset_of"])))  # type: ignore[arg-type]
    facts["parent_claim_id"] = parent
    facts["parent_value"] = pd.Series(
        [by_id.at[p, "value"] if isinstance(p, str) and p in by_id.index else None for p in parent],
        index=df.index,
        dtype="Float64",
    )
    fam_value: list[float | None] = [None] * len(df)
    fam_claim: list[str | None] = [None] * len(df)
    pair_key = ["doc_id", "metric", "since", "window_days", "organisation"]
    for _, g in df.groupby(pair_key, dropna=False):
        fams = g.loc[g["unit"] == "families"]
        if fams.empty:
            continue
        starts = pd.to_numeric(fams["start"])
        for i in g.index[g["unit"] == "individuals"]:
            j = (starts - float(df.at[i, "start"])).abs().idxmin()  # type: ignore[arg-type]
            fam_value[i] = float(fams.at[j, "value"])  # type: ignore[arg-type]
            fam_claim[i] = str(fams.at[j, "claim_id"])
    facts["families_value"] = pd.Series(fam_value, index=df.index, dtype="Float64")
    facts["families_claim_id"] = fam_claim
    facts["household_size"] = (facts["value"] / facts["families_value"]).astype("Float64")
    return facts


# --------------------------------------------------------------------------- pandera checks


class ClaimChecks(pa.DataFrameModel):
    """Checks on single claims: subsets, families against individuals, household size."""

    claim_id: Series[str]
    value: Series[int] = pa.Field(ge=0)
    parent_value: Series[pd.Float64Dtype] = pa.Field(nullable=True)
    families_value: Series[pd.Float64Dtype] = pa.Field(nullable=True)
    household_size: Series[pd.Float64Dtype] = pa.Field(nullable=True)

    @pa.dataframe_check(name="subset_exceeds_parent", ignore_na=False)
    def _check_subset_exceeds_parent(cls, df: pd.DataFrame) -> pd.Series:
        return (df["parent_value"].isna() | (df["value"] <= df["parent_value"])).fillna(True).astype(bool)

    @pa.dataframe_check(name="individuals_below_families", ignore_na=False)
    def _check_individuals_below_families(cls, df: pd.DataFrame) -> pd.Series:
        ok = df["families_value"].isna() | (df["value"] >= df["families_value"])
        return ok.fillna(True).astype(bool)

    @pa.dataframe_check(name="household_size", ignore_na=False)
    def _check_household_size(cls, df: pd.DataFrame) -> pd.Series:
        lo, hi = HOUSEHOLD_SIZE_RANGE
        size = df["household_size"]
        # Only judged when individuals >= families (otherwise that check already speaks).
        ok = size.isna() | (size < 1) | ((size >= lo) & (size <= hi))
        return ok.fillna(True).astype(bool)

    class Config:
        strict = False


class PointChecks(pa.DataFrameModel):
    """Checks on the cumulative points of each series: it never falls; one value per date."""

    series_id: Series[str]
    value: Series[int] = pa.Field(ge=0)
    previous: Series[pd.Float64Dtype] = pa.Field(nullable=True)
    n_values: Series[int] = pa.Field(ge=1)

    @pa.dataframe_check(name="decrease", ignore_na=False)
    def _check_decrease(cls, df: pd.DataFrame) -> pd.Series:
        return (df["previous"].isna() | (df["value"] >= df["previous"])).fillna(True).astype(bool)

    @pa.dataframe_check(name="conflict", ignore_na=False)
    def _check_conflict(cls, df: pd.DataFrame) -> pd.Series:
        return df["n_values"] == 1

    class Config:
        strict = False


class IncrementChecks(pa.DataFrameModel):
    """An increment equals the difference of the totals at its window's ends, when both exist."""

    series_id: Series[str]
    value: Series[int] = pa.Field(ge=0)
    expected: Series[pd.Float64Dtype] = pa.Field(nullable=True)
    approx: Series[bool]

    @pa.dataframe_check(name="increment_mismatch", ignore_na=False)
    def _check_increment_mismatch(cls, df: pd.DataFrame) -> pd.Series:
        slack = (df["expected"].abs() * APPROX_TOLERANCE).where(df["approx"], 0.0)
        ok = df["expected"].isna() | ((df["value"] - df["expected"]).abs() <= slack)
        return ok.fillna(True).astype(bool)

    class Config:
        strict = False


def _failures(model: type[pa.DataFrameModel], frame: pd.DataFrame) -> list[tuple[int, str]]:
    """(row index, check name) of every failing row, all at once (``lazy=True``)."""
    if frame.empty:
        return []
    try:
        model.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as exc:
        fc = exc.failure_cases
        fc = fc.loc[fc["index"].notna(), ["index", "check"]].drop_duplicates()
        return [(int(i), str(c)) for i, c in fc.itertuples(index=False, name=None)]
    return []


# --------------------------------------------------------------------------- findings


@dataclass
class _Analysis:
    claims: pd.DataFrame
    observations: pd.DataFrame
    points: pd.DataFrame
    increments: pd.DataFrame
    findings: pd.DataFrame


def _fmt(n: Any) -> str:
    return f"{float(n):,.0f}"


def _claim_detail(check: str, row: pd.Series) -> str:
    if check == "subset_exceeds_parent":
        return (
            f"{_fmt(row['value'])} is more than its parent claim {row['parent_claim_id']} "
            f"({_fmt(row['parent_value'])}); correct one of the two figures or the subset link"
        )
    if check == "individuals_below_families":
        return (
            f"{_fmt(row['value'])} individuals is fewer than {_fmt(row['families_value'])} families "
            f"in the same report; check the units"
        )
    lo, hi = HOUSEHOLD_SIZE_RANGE
    return (
        f"implies {row['household_size']:.1f} people per family "
        f"({_fmt(row['value'])} / {_fmt(row['families_value'])}); expected {lo:g} to {hi:g} "
        f"(Syria IDP households average about 5-6); check both figures"
    )


def _point_detail(check: str, row: pd.Series) -> str:
    if check == "decrease":
        return (
            f"total falls from {_fmt(row['previous'])} to {_fmt(row['value'])} on {row['date']:%Y-%m-%d}; "
            f"a cumulative figure should not fall: correct or reject one of the reports"
        )
    values = ", ".join(_fmt(v) for v in row["values"])
    return (
        f"{row['n_values']} values reported for {row['date']:%Y-%m-%d}: {values}; the series uses "
        f"{_fmt(row['value'])} until one is accepted or corrected"
    )


def _increment_detail(check: str, row: pd.Series) -> str:
    return (
        f"{_fmt(row['value'])} over {row['window_days']} day(s) to {row['date']:%Y-%m-%d}, but the "
        f"totals differ by {_fmt(row['expected'])}; check the window or the totals"
    )


def _analyse(claims: pd.DataFrame, tolerance_days: int = 3) -> _Analysis:
    df = _prepare(claims)
    obs = _observations(df, tolerance_days)
    pts = _points(obs)
    incs = _increment_facts(obs, pts)
    facts = _claim_facts(df)
    rows: list[dict[str, Any]] = []

    def collect(
        model: type[pa.DataFrameModel],
        frame: pd.DataFrame,
        describe: Callable[[str, pd.Series], str],
        ids: Callable[[pd.Series], list[str]],
    ) -> None:
        for i, check in _failures(model, frame):
            row: pd.Series = frame.loc[i]  # type: ignore[assignment]
            claim_ids = ids(row)
            rows.append(
                {
                    "check": check,
                    "claim_id": claim_ids[0],
                    "claim_ids": claim_ids,
                    "series_id": row["series_id"],
                    "date": row["as_of"] if "as_of" in row else row["date"],
                    "detail": describe(check, row),
                }
            )

    def claim_ids(row: pd.Series) -> list[str]:
        others = [row["parent_claim_id"], row["families_claim_id"]]
        return [row["claim_id"], *[o for o in others if isinstance(o, str)]]

    def point_ids(row: pd.Series) -> list[str]:
        if row["n_values"] > 1:
            return list(row["claim_ids"])
        return list(row["chosen_claim_ids"])

    collect(ClaimChecks, facts, _claim_detail, claim_ids)
    collect(PointChecks, pts, _point_detail, point_ids)
    collect(IncrementChecks, incs, _increment_detail, lambda r: list(r["claim_ids"]))
    findings = pd.DataFrame(rows, columns=list(FINDING_COLUMNS))
    findings["date"] = pd.to_datetime(findings["date"])
    order = {name: i for i, name in enumerate(FLAGS)}
    findings = findings.sort_values(
        ["series_id", "date", "check"],
        key=lambda s: s.map(order) if s.name == "check" else s,
        kind="stable",
    ).reset_index(drop=True)
    return _Analysis(df, obs, pts, incs, findings)


def check_claims(claims: pd.DataFrame, tolerance_days: int = 3) -> pd.DataFrame:
    """Every finding of the series checks, one row each, for the store's review table.

    Columns: ``check`` (a name in ``FLAGS``), ``claim_id`` (the claim to review first),
    ``claim_ids`` (every claim involved), ``series_id``, ``date`` (the figure's as-of date) and
    ``detail`` (what is wrong and what to do). An empty frame means nothing to review.
    """
    return _analyse(claims, tolerance_days).findings


# --------------------------------------------------------------------------- running totals


class RunningTotalsModel(pa.DataFrameModel):
    """One row per series and period; flags name the checks that failed in that period."""

    series_id: Series[str]
    metric: Series[str]
    unit: Series[str]
    group: Series[str]
    organisation: Series[str]
    since: Series[pd.Timestamp] = pa.Field(nullable=True)
    week_end: Series[pd.Timestamp]
    cumulative: Series[pd.Int64Dtype] = pa.Field(ge=0)
    new_this_week: Series[pd.Int64Dtype] = pa.Field(nullable=True)
    n_sources: Series[int] = pa.Field(ge=0)
    flags: Series[str]

    @pa.check("flags", name="known_flags")
    def _known_flags(cls, s: pd.Series) -> pd.Series:
        return s.map(lambda f: all(x in FLAGS for x in f.split(",") if x))

    @pa.dataframe_check(name="one_row_per_series_and_week")
    def _unique(cls, df: pd.DataFrame) -> pd.Series:
        return ~df.duplicated(["series_id", "week_end"])

    class Config:
        strict = False


def _period_end(dates: pd.Series, freq: str) -> pd.Series:
    return dates.dt.to_period(freq).dt.end_time.dt.normalize()


def running_totals(claims: pd.DataFrame, freq: str = "W", tolerance_days: int = 3) -> pd.DataFrame:
    """Weekly (``freq``) running totals, one row per series and period, validated.

    Columns: ``series_id, metric, unit, group, organisation, since, week_end, cumulative,
    new_this_week, weeks_since_last_report, n_sources, flags, doc_ids, latest_report``.
    ``week_end`` is the period's last day (Sunday for "W"; month end for "M"). Periods between
    a series' first and last report with no report carry the total forward with ``n_sources``
    0 and a null ``new_this_week`` (the change is unknown, not zero). In a period with a
    report, ``new_this_week`` is the change since the previous report, which may span
    ``weeks_since_last_report`` periods; it is null in a series' first period unless the
    count starts in it (baseline inside the period, or an increments-only series).
    ``flags`` joins the names of the checks (``FLAGS``) failing in that period with ",";
    ``check_claims`` gives the details. Empty claims give an empty, valid frame.
    """
    a = _analyse(claims, tolerance_days)
    obs = a.observations
    if obs.empty:
        return RunningTotalsModel.validate(_empty_totals())
    flags_at: dict[tuple[str, pd.Timestamp], set[str]] = {}
    claim_where = dict(
        zip(a.claims["claim_id"], zip(a.claims["series_id"], a.claims["as_of"], strict=True), strict=True)
    )
    for check, ids in zip(a.findings["check"], a.findings["claim_ids"], strict=True):
        for cid in ids:
            sid, as_of = claim_where[cid]
            week = pd.Timestamp(as_of).to_period(freq).end_time.normalize()
            flags_at.setdefault((sid, week), set()).add(check)

    frames = []
    for sid, so in obs.groupby("series_id", sort=True):
        frames.append(_one_series(str(sid), so, a.points.loc[a.points["series_id"] == sid], freq, flags_at))
    out = pd.concat(frames, ignore_index=True)
    return RunningTotalsModel.validate(out, lazy=True)


def _empty_totals() -> pd.DataFrame:
    out = pd.DataFrame({c: pd.Series(dtype=str) for c in RUNNING_TOTALS_COLUMNS})
    out["doc_ids"] = pd.Series(dtype=object)
    out["since"] = pd.Series(dtype="datetime64[ns]")
    out["week_end"] = pd.Series(dtype="datetime64[ns]")
    out["latest_report"] = pd.Series(dtype="datetime64[ns]")
    out["cumulative"] = pd.Series(dtype="Int64")
    out["new_this_week"] = pd.Series(dtype="Int64")
    out["weeks_since_last_report"] = pd.Series(dtype="Int64")
    out["n_sources"] = pd.Series(dtype="int64")
    out["flags"] = pd.Series(dtype=str)
    return out


def _one_series(
    sid: str,
    so: pd.DataFrame,
    pts: pd.DataFrame,
    freq: str,
    flags_at: dict[tuple[str, pd.Timestamp], set[str]],
) -> pd.DataFrame:
    first = so.iloc[0]
    incs = so.loc[so["window_days"].notna()]
    # Running value at each date with a report: the last total, plus increments after it.
    events = sorted(set(pts["date"]) | set(incs["as_of"]))
    point_at = dict(zip(pts["date"], pts["value"], strict=True))
    inc_at = incs.groupby("as_of")["value"].sum().to_dict()
    running: dict[pd.Timestamp, int] = {}
    value = 0
    for day in events:
        value = int(point_at[day]) if day in point_at else value + int(inc_at.get(day, 0))
        running[day] = value
    run = pd.Series(running, dtype="int64")
    run.index = pd.DatetimeIndex(run.index)
    weeks_of = _period_end(pd.Series(run.index), freq)
    weekly = run.groupby(weeks_of.to_numpy()).last()
    all_weeks = pd.period_range(weekly.index.min(), weekly.index.max(), freq=freq).end_time.normalize()
    cumulative = weekly.reindex(all_weeks).ffill().astype("int64")

    so_week = _period_end(so["as_of"], freq)
    docs_by_week: dict[pd.Timestamp, list[str]] = {}
    latest_by_week: dict[pd.Timestamp, pd.Timestamp] = {}
    for week, docs, last in zip(so_week, so["doc_ids"], so["last_reported"], strict=True):
        docs_by_week.setdefault(week, []).extend(d for d in docs if d not in docs_by_week.get(week, []))
        latest_by_week[week] = max(last, latest_by_week.get(week, last))

    # The change since the previous report, shown in the week of the report; weeks without a
    # report have no known change (null), so a gap of several weeks shows as one step.
    reported = weekly.reindex(all_weeks)
    new = (reported - reported.ffill().shift()).astype("Int64")
    gap_weeks = pd.Series(range(len(all_weeks)), index=all_weeks, dtype="Int64")
    last_report_pos = gap_weeks.where(reported.notna()).ffill().shift()
    weeks_since = (gap_weeks - last_report_pos).where(reported.notna()).astype("Int64")
    first_week = all_weeks[0]
    starts_counting = pts.empty or (
        pd.notna(first["since"])
        and pd.Timestamp(first["since"]).to_period(freq).end_time.normalize() == first_week
    )
    new.iloc[0] = int(cumulative.iloc[0]) if starts_counting else pd.NA  # type: ignore[assignment]
    return pd.DataFrame(
        {
            "series_id": sid,
            "metric": first["metric"],
            "unit": first["unit"],
            "group": first["group"],
            "organisation": first["organisation"],
            "since": first["since"],
            "week_end": all_weeks,
            "cumulative": cumulative.to_numpy(),
            "new_this_week": new.to_numpy(),
            "weeks_since_last_report": weeks_since.to_numpy(),
            "n_sources": [len(docs_by_week.get(w, [])) for w in all_weeks],
            "flags": [",".join(f for f in FLAGS if f in flags_at.get((sid, w), set())) for w in all_weeks],
            "doc_ids": [docs_by_week.get(w, []) for w in all_weeks],
            "latest_report": [latest_by_week.get(w, pd.NaT) for w in all_weeks],
        }
    ).astype(
        {
            "cumulative": "Int64",
            "new_this_week": "Int64",
            "n_sources": "int64",
            "weeks_since_last_report": "Int64",
            "since": "datetime64[ns]",
            "week_end": "datetime64[ns]",
            "latest_report": "datetime64[ns]",
        }
    )
