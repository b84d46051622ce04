"""Weekly charts of running totals, as matplotlib Figures for notebooks and as PNG/SVG files.

Input is the frame from :func:`hum_stats.series.running_totals`. Each chart has two stacked
axes: the running totals as lines (one per series, so organisations that disagree get
their own lines) and beneath them the increase reported each week as bars. A footer names
the source organisations and the date of the latest report. Figures flagged by the series
checks are ringed in red for review. A series that counts from a baseline date starts, dotted,
at 0 on that date.

Reports come in bursts (a campaign, an earthquake, an escalation) with long silences between
them: :func:`reporting_periods` splits the running totals where no report came for more than
:data:`PERIOD_GAP_WEEKS` weeks, and :func:`write_period_charts` writes one displacement and one
casualties chart per period, named after it (``2019-11_2020-04-displacement.png``).

matplotlib is imported inside the functions (no pyplot, no global state), so importing
this module stays cheap and notebooks keep their own backend. The same data gives the same
SVG, byte for byte.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from hum_stats.series import RUNNING_TOTALS_COLUMNS, EmptySeriesError

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

#: Fonts tried in order; DejaVu Sans has Arabic glyphs and matplotlib >= 3.11 shapes them.
FONT_FAMILIES: tuple[str, ...] = ("DejaVu Sans", "Noto Sans", "Noto Sans Arabic", "Arial", "Liberation Sans")
#: The rc settings every chart is drawn and saved with (fixed ids keep the SVG reproducible).
RC: dict[str, Any] = {
    "svg.hashsalt": "hum_stats",
    "svg.fonttype": "path",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.titlelocation": "left",
    "axes.titlesize": 13,
    "axes.titleweight": "bold",
    "axes.labelsize": 10,
    "xtick.labelsize": 9,
    "ytick.labelsize": 9,
    "legend.fontsize": 9,
    "legend.frameon": False,
    "axes.grid": True,
    "axes.grid.axis": "y",
    "grid.color": "#dddddd",
    "grid.linewidth": 0.6,
}
#: One colour per (unit, group); organisations are told apart by line style.
COLOURS: dict[tuple[str, str], str] = {
    ("individuals", "all"): "#1f5f99",
    ("individuals", "civilians"): "#1f5f99",
    ("families", "all"): "#d9822b",
    ("families", "civilians"): "#d9822b",
}
METRIC_COLOURS = {"killed": "#b2182b", "injured": "#4d4d4d", "missing": "#7b3294", "detained": "#1b7837"}
LINESTYLES = ("-", "--", ":", "-.")
MARKERS = ("o", "s", "^", "D")
FLAG_COLOUR = "#e41a1c"
#: A series is charted when it counts from a stated baseline (``since``) or was reported in at
#: least this many weeks; one-off figures without a baseline (one incident's toll, credited to
#: the outlet) stay in ``hum-stats observations`` and the exports.
MIN_REPORTS_WITHOUT_BASELINE = 2
#: Weeks shown, up to the latest report: a weekly brief is about the current period.
WINDOW_WEEKS = 26
#: The time axis spans at least this many weeks, so that one or two reports do not fill it.
MIN_SPAN_WEEKS = 8
#: Who the displacement chart counts (groups among them, e.g. children, are left to the tables).
DISPLACEMENT_GROUPS = ("all", "civilians")
#: Who the casualties chart counts: totals as lines, children shaded as part of their total
#: (other groups among them, e.g. women or aid workers, are left to the tables).
CASUALTY_GROUPS = ("all", "civilians", "combatants", "children")
#: More weeks than this without any report start a new reporting period (one chart each).
PERIOD_GAP_WEEKS = 8
#: A series starts, dotted, at 0 on its baseline date when that date is at most this many weeks
#: before its first report (an older baseline would stretch the time axis over months of nothing).
LEAD_IN_WEEKS = 6


class ChartError(EmptySeriesError):
    """A chart was asked for data that has no rows to draw."""


@dataclass(frozen=True)
class Period:
    """A run of reports with no gap longer than :data:`PERIOD_GAP_WEEKS` weeks: from the first
    report date to the latest, and the weeks (``week_end``) of the running totals it covers."""

    first_report: pd.Timestamp
    latest_report: pd.Timestamp
    first_week: pd.Timestamp
    last_week: pd.Timestamp

    @property
    def name(self) -> str:
        """For file names: ``2019-11_2020-04``, or ``2023-10`` within one month."""
        a, b = f"{self.first_report:%Y-%m}", f"{self.latest_report:%Y-%m}"
        return a if a == b else f"{a}_{b}"

    @property
    def label(self) -> str:
        """For titles: ``20 Nov 2019 – 7 Apr 2020``."""
        if self.first_report == self.latest_report:
            return _day(self.first_report)
        return f"{_day(self.first_report)} \u2013 {_day(self.latest_report)}"

    def rows(self, running_totals: pd.DataFrame) -> pd.DataFrame:
        """The rows of ``running_totals`` in this period's weeks."""
        week = running_totals["week_end"]
        return running_totals.loc[(week >= self.first_week) & (week <= self.last_week)]


def _report_dates(rows: pd.DataFrame) -> pd.DataFrame:
    """Weeks with a report and the date of the latest report in each (week_end if unknown)."""
    reported = rows.loc[rows["n_sources"] > 0]
    day = reported["latest_report"] if "latest_report" in reported else reported["week_end"]
    day = pd.to_datetime(day).fillna(reported["week_end"])
    return (
        pd.DataFrame({"week_end": reported["week_end"], "day": day})
        .groupby("week_end", as_index=False)["day"]
        .agg(["min", "max"])
        .sort_values("week_end")
    )


def reporting_periods(
    running_totals: pd.DataFrame,
    gap_weeks: int = PERIOD_GAP_WEEKS,
    start: Any = None,
    end: Any = None,
) -> list[Period]:
    """Split the weeks with a report into periods wherever more than ``gap_weeks`` weeks pass with
    no report at all, oldest first. ``start``/``end`` (dates) keep only the weeks from the one
    holding ``start`` to the one holding ``end``.

    >>> rt = pd.DataFrame({"week_end": pd.to_datetime(["2020-01-05", "2020-01-19", "2023-02-12"]),
    ...                    "n_sources": [1, 1, 1]})
    >>> [p.name for p in reporting_periods(rt)]
    ['2020-01', '2023-02']
    """
    if gap_weeks < 0:
        raise ChartError(f"gap_weeks must be 0 or more weeks, got {gap_weeks}")
    if running_totals is None or len(running_totals) == 0:
        return []
    weeks = _report_dates(running_totals)
    if start is not None:
        weeks = weeks.loc[weeks["week_end"] >= _week_of(start)]
    if end is not None:
        weeks = weeks.loc[weeks["week_end"] <= _week_of(end)]
    periods: list[Period] = []
    run: list[pd.Series] = []
    for _, w in weeks.iterrows():
        if run and w["week_end"] - run[-1]["week_end"] > pd.Timedelta(weeks=gap_weeks):
            periods.append(_period(run))
            run = []
        run.append(w)
    if run:
        periods.append(_period(run))
    return periods


def _week_of(day: Any) -> pd.Timestamp:
    try:
        t = pd.Timestamp(dt.date.fromisoformat(day) if isinstance(day, str) else day)
    except (TypeError, ValueError) as err:
        raise ChartError(f"{day!r} is not a date; give dates as YYYY-MM-DD") from err
    return t.to_period("W").end_time.normalize()


def _period(run: list[pd.Series]) -> Period:
    return Period(
        first_report=pd.Timestamp(run[0]["min"]),
        latest_report=pd.Timestamp(max(w["max"] for w in run)),
        first_week=pd.Timestamp(run[0]["week_end"]),
        last_week=pd.Timestamp(run[-1]["week_end"]),
    )


def _fonts() -> list[str]:
    from matplotlib import font_manager

    available = {f.name for f in font_manager.fontManager.ttflist}
    return [f for f in FONT_FAMILIES if f in available] or ["sans-serif"]


def _rc() -> Any:
    return {**RC, "font.family": _fonts()}


def _thousands(ax: Axes) -> None:
    from matplotlib.ticker import FuncFormatter

    ax.yaxis.set_major_formatter(FuncFormatter(lambda x, _pos: f"{x:,.0f}"))


def _day(ts: Any) -> str:
    t = pd.Timestamp(ts)
    return f"{t.day} {t:%b %Y}"


def _select(rt: pd.DataFrame, metrics: Sequence[str], what: str) -> pd.DataFrame:
    if rt is None or len(rt) == 0:
        raise ChartError(
            f"no running totals to draw the {what} chart: ingest and extract some reports first "
            f"(hum-stats ingest PATH), then check db.running_totals() is not empty"
        )
    # the running totals columns a chart draws from (the documents and dates it reads if present)
    drawn = set(RUNNING_TOTALS_COLUMNS) - {"weeks_since_last_report", "doc_ids", "latest_report"}
    missing = drawn - set(rt.columns)
    if missing:
        raise ChartError(
            f"running totals frame lacks column(s) {sorted(missing)}; pass the frame "
            f"returned by hum_stats.series.running_totals()"
        )
    sel = rt.loc[rt["metric"].isin(metrics)]
    if sel.empty:
        found = sorted(rt["metric"].unique())
        raise ChartError(
            f"no {what} figures ({', '.join(metrics)}) among the running totals "
            f"(found: {', '.join(found) or 'none'}); nothing to draw"
        )
    return sel


def chartable(rows: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    """The series worth a line: a baseline date, or reports in :data:`MIN_REPORTS_WITHOUT_BASELINE`
    weeks or more that never fall (figures without a baseline that fall are separate incidents'
    tolls, not a running total). Returns those rows and the number of series left out."""
    reported = rows.loc[rows["n_sources"] > 0].groupby("series_id")["week_end"].nunique()
    has_baseline = rows.groupby("series_id")["since"].first().notna()
    falls: dict[Any, bool] = {
        sid: any("decrease" in str(x).split(",") for x in flags)
        for sid, flags in rows.groupby("series_id")["flags"]
    }
    keep = [
        sid
        for sid, based in has_baseline.items()
        if based or (int(reported.get(sid, 0)) >= MIN_REPORTS_WITHOUT_BASELINE and not falls[sid])
    ]
    return rows.loc[rows["series_id"].isin(keep)], len(has_baseline) - len(keep)


def _left_out(n: int) -> str:
    if not n:
        return ""
    return (
        f"Not shown: {n} series with no baseline date that are one-off or fall (single incidents' "
        "tolls, not running totals); hum-stats observations lists them."
    )


def recent(rows: pd.DataFrame, weeks: int | None = WINDOW_WEEKS) -> tuple[pd.DataFrame, int]:
    """The series reported in the ``weeks`` weeks up to the latest report, cut to those weeks;
    returns them and the number of series reported only before (all of them when ``weeks`` is None)."""
    if weeks is None or rows.empty:
        return rows, 0
    start = rows.loc[rows["n_sources"] > 0, "week_end"].max() - pd.Timedelta(weeks=weeks)
    inside = rows.loc[rows["week_end"] > start]
    live = inside.loc[inside["n_sources"] > 0, "series_id"].unique()
    return inside.loc[inside["series_id"].isin(live)], rows["series_id"].nunique() - len(live)


def _chartable(
    rows: pd.DataFrame, what: str, weeks: int | None, groups: Sequence[str] | None = None
) -> tuple[pd.DataFrame, str]:
    kept, n = chartable(rows)
    if kept.empty:
        raise ChartError(
            f"the {what} figures are all one-off reports with no baseline date ({n}); nothing to draw as a "
            "running total: list them with hum-stats observations"
        )
    notes = [_left_out(n)] if n else []
    if groups is not None:
        other = sorted(set(kept["group"]) - set(groups))
        kept = kept.loc[kept["group"].isin(groups)]
        if other:
            notes.append(f"Not shown: figures for {', '.join(other)} among them (hum-stats observations).")
    kept, old = recent(kept, weeks)
    if old:
        notes.append(
            f"Shown: the {weeks} weeks to the latest report; {old} series reported only before are not."
        )
    if kept.empty:
        raise ChartError(f"no {what} figures to draw after leaving out one-off reports and other groups")
    return kept, "\n".join(notes)


def _label(s: pd.Series, show_unit: bool = True) -> str:
    head = str(s["unit"]).capitalize() if show_unit else str(s["metric"]).capitalize()
    if s["group"] not in ("all",):
        head += f" ({s['group']})"
    parts = [head]
    parts.append(str(s["organisation"]))
    label = " — ".join(parts)
    if pd.notna(s["since"]):
        label += f"\nsince {_day(s['since'])}"
    return label


def _series_table(rows: pd.DataFrame) -> list[pd.DataFrame]:
    return [g.sort_values("week_end") for _, g in rows.groupby("series_id", sort=True)]


def _org_order(rows: pd.DataFrame) -> list[str]:
    """Organisations, the most reported first (drawn solid), then by name."""
    counts = rows.groupby("organisation")["n_sources"].sum()
    return sorted(counts.index, key=lambda o: (-int(counts[o]), str(o)))


def _style_for(orgs: list[str], org: str, k: int) -> dict[str, Any]:
    i = orgs.index(org) % len(LINESTYLES)
    return {"linestyle": LINESTYLES[i], "marker": MARKERS[(i + k) % len(MARKERS)]}


def _lead_in(g: pd.DataFrame) -> pd.Timestamp | None:
    """The baseline date a series is drawn from (at 0), when it starts in the rows shown (its
    first report is not cut off) and its baseline is at most :data:`LEAD_IN_WEEKS` before it."""
    since = g["since"].iloc[0]
    reported = g.loc[g["n_sources"] > 0]
    if pd.isna(since) or reported.empty:
        return None
    first = reported.iloc[0]
    if "weeks_since_last_report" in g and pd.notna(first["weeks_since_last_report"]):
        return None  # an earlier report of the series is outside the rows drawn
    since = pd.Timestamp(since)
    if since > first["week_end"] or first["week_end"] - since > pd.Timedelta(weeks=LEAD_IN_WEEKS):
        return None
    return since


def _ring_flagged(ax: Axes, g: pd.DataFrame) -> None:
    """Red rings round the weeks the series checks flagged."""
    flagged = g.loc[g["flags"] != ""]
    if not flagged.empty:
        ax.plot(
            flagged["week_end"].to_numpy(),
            flagged["cumulative"].astype(float).to_numpy(),
            linestyle="none",
            marker="o",
            markersize=13,
            markerfacecolor="none",
            markeredgecolor=FLAG_COLOUR,
            markeredgewidth=1.5,
            zorder=5,
        )


def _draw_line(ax: Axes, g: pd.DataFrame, colour: str, label: str, style: dict[str, Any]) -> None:
    reported = g.loc[g["n_sources"] > 0]
    lead = _lead_in(g)
    if lead is not None:  # counted from the baseline: 0 on that date, then the first report
        ax.plot(
            [lead, reported["week_end"].iloc[0]],
            [0.0, float(reported["cumulative"].iloc[0])],
            color=colour,
            linewidth=1.2,
            linestyle=":",
            gid=f"lead:{g['series_id'].iloc[0]}",
        )
    ax.plot(
        reported["week_end"].to_numpy(),
        reported["cumulative"].astype(float).to_numpy(),
        color=colour,
        linewidth=2,
        markersize=5,
        label=label,
        gid=f"line:{g['series_id'].iloc[0]}",
        **style,
    )
    _ring_flagged(ax, g)
    last = reported.iloc[-1]
    ax.annotate(
        f"{int(last['cumulative']):,}",
        (last["week_end"], float(last["cumulative"])),
        xytext=(6, 0),
        textcoords="offset points",
        va="center",
        fontsize=9,
        color=colour,
        fontweight="bold",
    )


def _draw_bars(ax: Axes, groups: list[tuple[pd.DataFrame, str]]) -> None:
    import matplotlib.dates as mdates

    n = max(len(groups), 1)
    width = 6.0 / n
    for k, (g, colour) in enumerate(groups):
        rows = g.loc[g["new_this_week"].notna()]
        if rows.empty:
            continue
        x = mdates.date2num(rows["week_end"].to_numpy()) - 3.0 + width * (k + 0.5)
        y = rows["new_this_week"].astype(float).to_numpy()
        ax.bar(x, y, width=width * 0.9, color=colour, alpha=0.85, gid=f"bars:{g['series_id'].iloc[0]}")
        for xi, yi, span in zip(x, y, rows["weeks_since_last_report"], strict=True):
            if pd.notna(span) and int(span) > 1:
                ax.annotate(
                    f"{int(span)} wks",
                    (xi, max(yi, 0)),
                    xytext=(0, 2),
                    textcoords="offset points",
                    ha="center",
                    va="bottom",
                    fontsize=7,
                    color="#555555",
                )
    ax.axhline(0, color="#888888", linewidth=0.8)


def _footer(fig: Figure, rows: pd.DataFrame, extra: str = "") -> None:
    orgs = ", ".join(sorted(rows["organisation"].unique()))
    latest_col = (
        rows["latest_report"] if "latest_report" in rows else rows.loc[rows["n_sources"] > 0, "week_end"]
    )
    latest = pd.to_datetime(latest_col).max()
    flagged = sorted({f for fl in rows["flags"] for f in str(fl).split(",") if f})
    lines = [f"Sources: {orgs}.   Latest report: {_day(latest)}."]
    leads = any(_lead_in(g) is not None for g in _series_table(rows))
    lines.append(
        "Lines join weeks with a report"
        + ("; dotted from 0 on the baseline date to the first report" if leads else "")
        + "; bars show the increase since the previous report (\u201cN wks\u201d when it spans several weeks)."
    )
    if extra:
        lines.append(extra)
    if flagged:
        lines.append(f"Red rings: figures flagged for review ({', '.join(flagged)}) — see hum-stats review.")
    fig.text(
        0.01, 0.01, "\n".join(lines), ha="left", va="bottom", fontsize=8, color="#444444", linespacing=1.5
    )


def _frame(title: str, subtitle: str) -> tuple[Figure, Axes, Axes]:
    from matplotlib.figure import Figure

    fig = Figure(figsize=(11, 7.2), dpi=100)
    gs = fig.add_gridspec(
        2, 1, height_ratios=(3, 1.25), hspace=0.12, left=0.08, right=0.64, top=0.88, bottom=0.21
    )
    top = fig.add_subplot(gs[0])
    bottom = fig.add_subplot(gs[1], sharex=top)
    fig.text(0.01, 0.965, title, fontsize=15, fontweight="bold", ha="left", va="top")
    fig.text(0.01, 0.925, subtitle, fontsize=10, color="#444444", ha="left", va="top")
    return fig, top, bottom


def _finish_axes(
    fig: Figure, top: Axes, bottom: Axes, ylabel: str, barlabel: str, rows: pd.DataFrame | None = None
) -> None:
    import matplotlib.dates as mdates
    from matplotlib.ticker import MaxNLocator

    for ax in (top, bottom):
        _thousands(ax)
    bottom.yaxis.set_major_locator(MaxNLocator(nbins=4, integer=True))  # no "0, 0, 1, 1" ticks
    if rows is not None and len(rows):
        starts = [d for g in _series_table(rows) if (d := _lead_in(g)) is not None]
        first = min([pd.Timestamp(rows["week_end"].min()), *starts])
        last = pd.Timestamp(rows["week_end"].max())
        if last - first < pd.Timedelta(weeks=MIN_SPAN_WEEKS):  # a few reports: a readable time axis
            middle = first + (last - first) / 2
            half = pd.Timedelta(weeks=MIN_SPAN_WEEKS / 2)
            top.set_xlim(mdates.date2num(middle - half), mdates.date2num(middle + half))
    top.set_ylabel(ylabel)
    top.set_ylim(bottom=0)
    bottom.set_ylabel(barlabel)
    locator = mdates.AutoDateLocator(minticks=4, maxticks=10)
    bottom.xaxis.set_major_locator(locator)
    bottom.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    top.tick_params(labelbottom=False)
    top.legend(loc="upper left", bbox_to_anchor=(1.12, 1.0), borderaxespad=0.0, fontsize=8)
    _fit_left(fig, (top, bottom))


def _fit_left(fig: Figure, axes: Sequence[Axes]) -> None:
    """Widen the left margin until the y tick labels and axis labels ("1,000,000", "Displaced
    (cumulative)") fit inside the figure."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    renderer = FigureCanvasAgg(fig).get_renderer()
    boxes = [ax.yaxis.get_tightbbox(renderer) for ax in axes]
    x0 = min(b.x0 for b in boxes if b is not None)
    margin = 0.012 * fig.bbox.width
    if x0 < margin:
        spec = axes[0].get_subplotspec()
        assert spec is not None
        grid = spec.get_gridspec()
        left = float(grid.left if grid.left is not None else 0.08)  # type: ignore[attr-defined]
        grid.update(left=left + (margin - x0) / fig.bbox.width)  # type: ignore[attr-defined]
        for ax in axes:  # GridSpec.update moves only pyplot's figures
            sub = ax.get_subplotspec()
            assert sub is not None
            ax.set_position(sub.get_position(fig))


def _in_period(rows: pd.DataFrame, period: Period | None, what: str) -> pd.DataFrame:
    if period is None:
        return rows
    inside = period.rows(rows)
    if inside.empty:
        raise ChartError(f"no {what} figures reported in {period.label}; nothing to draw for that period")
    return inside


def _title(what: str, rows: pd.DataFrame, period: Period | None) -> str:
    if period is None:
        periods = reporting_periods(rows, gap_weeks=10**6)
        period = periods[0] if periods else None
    return f"{what} — running totals" + (f", {period.label}" if period is not None else "")


def displacement_figure(
    running_totals: pd.DataFrame, weeks: int | None = WINDOW_WEEKS, period: Period | None = None
) -> Figure:
    """Displaced families and individuals: running totals above, weekly increase beneath.
    ``period`` (from :func:`reporting_periods`) draws only the weeks of that period."""
    import matplotlib

    selected = _in_period(_select(running_totals, ["displaced"], "displacement"), period, "displacement")
    rows, note = _chartable(selected, "displacement", weeks, DISPLACEMENT_GROUPS)
    with matplotlib.rc_context(_rc()):
        fig, top, bottom = _frame(
            _title("Displacement", rows, period),
            "Families and individuals displaced, by reporting organisation and baseline date",
        )
        orgs = _org_order(rows)
        bars = []
        for k, g in enumerate(_series_table(rows)):
            s = g.iloc[0]
            colour = COLOURS.get((s["unit"], s["group"]), "#666666")
            _draw_line(top, g, colour, _label(s), _style_for(orgs, s["organisation"], k))
            bars.append((g, colour))
        _draw_bars(bottom, bars)
        _finish_axes(fig, top, bottom, "Displaced (cumulative)", "Increase", rows)
        _footer(fig, rows, note)
    return fig


def casualties_figure(
    running_totals: pd.DataFrame, weeks: int | None = WINDOW_WEEKS, period: Period | None = None
) -> Figure:
    """Killed and injured: totals as lines, children as a shaded part of their total.
    ``period`` (from :func:`reporting_periods`) draws only the weeks of that period."""
    import matplotlib
    from matplotlib.colors import to_rgba

    selected = _in_period(_select(running_totals, ["killed", "injured"], "casualties"), period, "casualties")
    rows, note = _chartable(selected, "casualties", weeks, CASUALTY_GROUPS)
    with matplotlib.rc_context(_rc()):
        fig, top, bottom = _frame(
            _title("Casualties", rows, period),
            "People killed and injured, by reporting organisation; shaded: children among them",
        )
        orgs = _org_order(rows)
        series = _series_table(rows)
        totals = [g for g in series if g.iloc[0]["group"] != "children"]
        children = {
            (g.iloc[0]["metric"], g.iloc[0]["organisation"], g.iloc[0]["since"]): g
            for g in series
            if g.iloc[0]["group"] == "children"
        }
        bars = []
        drawn_children: set[tuple[Any, Any, Any]] = set()
        for k, g in enumerate(totals):
            s = g.iloc[0]
            colour = METRIC_COLOURS.get(s["metric"], "#666666")
            _draw_line(top, g, colour, _label(s, show_unit=False), _style_for(orgs, s["organisation"], k))
            bars.append((g, colour))
            key = (s["metric"], s["organisation"], s["since"])
            if key in children and key not in drawn_children:
                c = children[key].loc[lambda d: d["n_sources"] > 0]
                lead = _lead_in(children[key])
                x, y = list(c["week_end"]), [float(v) for v in c["cumulative"]]
                parent_first = g.loc[g["n_sources"] > 0, "week_end"].iloc[0]
                if lead is not None and _lead_in(g) == lead and c["week_end"].iloc[0] == parent_first:
                    # from 0 on the baseline, like their total, when first reported with it
                    x, y = [lead, *x], [0.0, *y]
                top.fill_between(
                    pd.to_datetime(pd.Series(x)).to_numpy(),
                    0,
                    y,
                    color=to_rgba(colour, 0.25),
                    linewidth=0,
                    label=f"of whom children — {s['organisation']}",
                    gid=f"children:{children[key]['series_id'].iloc[0]}",
                )
                top.plot(
                    c["week_end"].to_numpy(),
                    c["cumulative"].astype(float).to_numpy(),
                    color=colour,
                    alpha=0.6,
                    linewidth=1,
                    marker="o",
                    markersize=3.5,
                )
                _ring_flagged(top, children[key])
                top.annotate(
                    f"{int(c['cumulative'].iloc[-1]):,} children",
                    (c["week_end"].iloc[-1], float(c["cumulative"].iloc[-1])),
                    xytext=(-6, 0),  # left of the point: the total's label is on the right
                    textcoords="offset points",
                    ha="right",
                    va="center",
                    fontsize=8,
                    color=colour,
                )
                drawn_children.add(key)
        for key, g in children.items():
            if key not in drawn_children:  # children reported without a total to sit in
                s = g.iloc[0]
                _draw_line(
                    top,
                    g,
                    METRIC_COLOURS.get(s["metric"], "#666666"),
                    _label(s, show_unit=False),
                    {"linestyle": ":", "marker": "."},
                )
        _draw_bars(bottom, bars)
        _finish_axes(fig, top, bottom, "People (cumulative)", "Increase", rows)
        _footer(fig, rows, note)
    return fig


CHARTS: dict[str, Callable[..., Figure]] = {
    "displacement": displacement_figure,
    "casualties": casualties_figure,
}


def save_figure(fig: Figure, path: Path) -> Path:
    """Save reproducibly: no date or software stamp, fixed SVG ids."""
    import matplotlib

    fmt = path.suffix.lstrip(".").lower()
    metadata: dict[str, Any] = {"Date": None} if fmt in ("svg", "pdf") else {"Software": None}
    with matplotlib.rc_context(_rc()):
        fig.savefig(path, format=fmt, metadata=metadata, dpi=150 if fmt == "png" else "figure")
    return path


def write_weekly_charts(
    running_totals: pd.DataFrame, out_dir: str | Path, formats: Iterable[str] = ("png", "svg")
) -> list[Path]:
    """Write ``displacement.<fmt>`` and ``casualties.<fmt>`` under ``out_dir``; return the paths.

    A chart whose metrics have no figures is skipped; if neither can be drawn a
    :class:`ChartError` says why.
    """
    formats = tuple(formats)
    bad = [f for f in formats if f not in ("png", "svg", "pdf")]
    if bad:
        raise ChartError(f"unknown chart format(s) {bad}; use png, svg or pdf")
    if running_totals is None or len(running_totals) == 0:
        _select(running_totals, ["displaced"], "weekly")  # raises with the advice
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    reasons: list[str] = []
    for name, draw in CHARTS.items():
        try:
            fig = draw(running_totals)
        except ChartError as exc:
            reasons.append(str(exc))
            continue
        written.extend(save_figure(fig, out / f"{name}.{fmt}") for fmt in formats)
    if not written:
        raise ChartError("; ".join(reasons))
    return written


def write_period_charts(
    running_totals: pd.DataFrame,
    out_dir: str | Path,
    formats: Iterable[str] = ("png", "svg"),
    gap_weeks: int = PERIOD_GAP_WEEKS,
    start: Any = None,
    end: Any = None,
) -> list[Path]:
    """One displacement and one casualties chart per reporting period (:func:`reporting_periods`),
    written as ``<period>-displacement.<fmt>`` and ``<period>-casualties.<fmt>`` under ``out_dir``
    (e.g. ``2019-11_2020-04-casualties.png``); return the paths, oldest period first.

    A chart with nothing to draw in a period (only one-off tolls, say) is skipped; if no chart
    can be drawn at all, or no report falls between ``start`` and ``end``, a
    :class:`ChartError` says why.
    """
    formats = tuple(formats)
    bad = [f for f in formats if f not in ("png", "svg", "pdf")]
    if bad:
        raise ChartError(f"unknown chart format(s) {bad}; use png, svg or pdf")
    if running_totals is None or len(running_totals) == 0:
        _select(running_totals, ["displaced"], "weekly")  # raises with the advice
    periods = reporting_periods(running_totals, gap_weeks, start, end)
    if not periods:
        raise ChartError(
            f"no report between {start or 'the first'} and {end or 'the latest'}; "
            "widen --from/--to or leave them out"
        )
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    reasons: list[str] = []
    for period in periods:
        for name, draw in CHARTS.items():
            try:
                fig = draw(running_totals, period=period)
            except ChartError as exc:
                reasons.append(f"{period.name}: {exc}")
                continue
            written.extend(save_figure(fig, out / f"{period.name}-{name}.{fmt}") for fmt in formats)
    if not written:
        raise ChartError("; ".join(reasons))
    return written
