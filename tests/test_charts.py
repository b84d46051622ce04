"""Weekly charts: the plotted data, valid PNGs, byte-identical SVGs and clear errors."""

from __future__ import annotations

import pandas as pd
import pytest

from hum_stats.charts import (
    ChartError,
    casualties_figure,
    displacement_figure,
    reporting_periods,
    write_period_charts,
    write_weekly_charts,
)
from hum_stats.errors import HumStatsError
from hum_stats.series import running_totals, series_id

try:  # the builders and the fixture reader live with the series tests
    from tests.test_series import RC, RC_FAMILIES, RC_INDIVIDUALS, claim, fixture, frame
except ImportError:  # pytest run without the checkout on sys.path
    from test_series import RC, RC_FAMILIES, RC_INDIVIDUALS, claim, fixture, frame  # type: ignore[no-redef]

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def idlib() -> pd.DataFrame:
    rt = running_totals(fixture("idlib_2019_20", "duplicate"))
    return rt.loc[rt["since"] >= pd.Timestamp("2019-11-01")].reset_index(drop=True)


def lines_by_series(fig) -> dict[str, list[float]]:
    ax = fig.axes[0]
    return {
        ln.get_gid().split(":", 1)[1]: list(ln.get_ydata())
        for ln in ax.get_lines()
        if (ln.get_gid() or "").startswith("line:")
    }


def test_displacement_lines_are_the_reported_totals(idlib):
    lines = lines_by_series(displacement_figure(idlib))
    assert lines[RC_FAMILIES] == [17761, 55664, 178689]
    assert lines[RC_INDIVIDUALS] == [97694, 328418, 359000, 1018529]
    assert lines[series_id("displaced", "individuals", "all", "OCHA", "2019-12-01")] == [948000]


def test_displacement_bars_show_the_increase_since_the_previous_report(idlib):
    fig = displacement_figure(idlib)
    bars = [p for p in fig.axes[1].patches if p.get_gid() == f"bars:{RC_FAMILIES}"]
    assert [round(b.get_height()) for b in bars] == [55664 - 17761, 178689 - 55664]


def test_two_organisations_two_lines():
    rt = running_totals(
        frame(
            claim(55664, "2020-01-03", unit="individuals"),
            claim(90000, "2020-01-17", unit="individuals"),
            claim(60000, "2020-01-03", unit="individuals", attributed_to="OCHA"),
            claim(80000, "2020-01-17", unit="individuals", attributed_to="OCHA"),
        )
    )
    lines = lines_by_series(displacement_figure(rt))
    assert sorted(lines.values()) == [[55664, 90000], [60000, 80000]]
    labels = [t.get_text() for t in displacement_figure(rt).axes[0].get_legend().get_texts()]
    assert any("OCHA" in t for t in labels) and any(RC in t for t in labels)


def test_casualties_children_are_shaded_under_their_total(idlib):
    fig = casualties_figure(idlib)
    civilians = series_id("killed", "individuals", "civilians", RC, "2019-11-01")
    children = series_id("killed", "individuals", "children", RC, "2019-11-01")
    assert lines_by_series(fig)[civilians] == [125, 287]
    shaded = [c for c in fig.axes[0].collections if c.get_gid() == f"children:{children}"]
    assert len(shaded) == 1
    top = shaded[0].get_paths()[0].vertices[:, 1]
    assert top.max() == 90


def test_footer_names_sources_and_latest_report(idlib):
    texts = " ".join(t.get_text() for t in displacement_figure(idlib).texts)
    assert "Sources: OCHA, Response Coordinators." in texts
    assert "Latest report: 27 Feb 2020." in texts


def test_axes_use_thousands_separators(idlib):
    fig = displacement_figure(idlib)
    fig.canvas.draw()
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert "1,000,000" in labels


def test_flagged_weeks_are_ringed_and_explained():
    rt = running_totals(frame(claim(55664, "2020-01-03"), claim(17761, "2020-01-10")))
    fig = displacement_figure(rt)
    rings = [ln for ln in fig.axes[0].get_lines() if ln.get_markerfacecolor() == "none"]
    assert [list(r.get_ydata()) for r in rings] == [[17761]]
    assert "flagged for review (decrease)" in " ".join(t.get_text() for t in fig.texts)


def test_arabic_names_are_drawn_with_a_font_that_has_them(tmp_path):
    rt = running_totals(
        frame(
            claim(
                8,
                "2022-11-06",
                metric="killed",
                unit="individuals",
                group="civilians",
                attributed_to=None,
                publisher="تلفزيون سوريا",
            )
        )
    )
    fig = casualties_figure(rt)
    legend = fig.axes[0].get_legend().get_texts()[0]
    assert "تلفزيون سوريا" in legend.get_text()
    from matplotlib import font_manager

    font = font_manager.FontProperties(family=legend.get_fontfamily())
    path = font_manager.findfont(font, fallback_to_default=False)
    from matplotlib.ft2font import FT2Font

    charmap = FT2Font(path).get_charmap()
    assert all(ord(ch) in charmap for ch in "تلفزيون سوريا" if not ch.isspace())


def test_write_weekly_charts_png_and_svg(idlib, tmp_path):
    paths = write_weekly_charts(idlib, tmp_path)
    assert sorted(p.name for p in paths) == [
        "casualties.png",
        "casualties.svg",
        "displacement.png",
        "displacement.svg",
    ]
    for p in paths:
        data = p.read_bytes()
        if p.suffix == ".png":
            assert data.startswith(PNG_MAGIC)
            assert len(data) > 30_000
        else:
            assert data.lstrip().startswith(b"<?xml") and b"<svg" in data


def test_same_data_same_svg(idlib, tmp_path):
    first = write_weekly_charts(idlib, tmp_path / "a", formats=("svg",))
    second = write_weekly_charts(idlib.copy(), tmp_path / "b", formats=("svg",))
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name


def test_one_missing_kind_is_skipped(tmp_path):
    rt = running_totals(frame(claim(55664, "2020-01-03")))
    assert [p.name for p in write_weekly_charts(rt, tmp_path, formats=("png",))] == ["displacement.png"]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        pytest.param(
            lambda tmp: write_weekly_charts(running_totals(frame()), tmp),
            "no running totals to draw",
            id="empty-totals",
        ),
        pytest.param(
            lambda tmp: casualties_figure(running_totals(frame(claim(5, "2020-01-03")))),
            r"no casualties figures \(killed, injured\) among the running totals \(found: displaced\)",
            id="no-casualties",
        ),
        pytest.param(
            lambda tmp: write_weekly_charts(
                running_totals(frame(claim(5, "2020-01-03"))), tmp, formats=("jpeg",)
            ),
            r"unknown chart format\(s\) \['jpeg'\]; use png, svg or pdf",
            id="bad-format",
        ),
    ],
)
def test_errors_say_what_to_do(call, message, tmp_path):
    with pytest.raises(ChartError, match=message) as err:
        call(tmp_path)
    assert isinstance(err.value, HumStatsError)


# --------------------------------------------------------------------------- reporting periods

EARTHQUAKE = "2023-02-06"


def toll(value: int, published: str, metric: str = "killed", **over: object) -> dict[str, object]:
    """A cumulative casualty figure since the earthquake of 6 February 2023."""
    fields: dict[str, object] = {
        "metric": metric,
        "unit": "individuals",
        "since": EARTHQUAKE,
        "attributed_to": "OCHA",
    }
    return claim(value, published, **{**fields, **over})


@pytest.fixture(scope="module")
def two_campaigns() -> pd.DataFrame:
    """Displacement in winter 2019-20 and casualties of the 2023 earthquake, years apart."""
    return running_totals(
        frame(
            claim(17761, "2019-12-16"),
            claim(55664, "2020-01-03"),
            claim(178689, "2020-02-27"),
            toll(3100, "2023-02-10"),
            toll(4300, "2023-02-13", attributed_to="Data Friendly Space"),
            toll(4500, "2023-02-18"),
            toll(4500, "2023-03-06"),
            toll(7600, "2023-02-13", metric="injured", attributed_to="Data Friendly Space"),
            toll(8700, "2023-03-06", metric="injured"),
        )
    )


@pytest.mark.parametrize(
    ("gap_weeks", "start", "end", "names"),
    [
        pytest.param(8, None, None, ["2019-12_2020-02", "2023-02_2023-03"], id="split-at-the-long-silence"),
        pytest.param(
            6, None, None, ["2019-12_2020-01", "2020-02", "2023-02_2023-03"], id="shorter-gap-more-periods"
        ),
        pytest.param(10**4, None, None, ["2019-12_2023-03"], id="huge-gap-one-period"),
        pytest.param(8, "2023-01-01", None, ["2023-02_2023-03"], id="from"),
        pytest.param(8, None, "2020-01-31", ["2019-12_2020-01"], id="to"),
        pytest.param(8, "2021-01-01", "2022-12-31", [], id="nothing-between"),
    ],
)
def test_reporting_periods(two_campaigns, gap_weeks, start, end, names):
    periods = reporting_periods(two_campaigns, gap_weeks, start, end)
    assert [p.name for p in periods] == names


def test_a_period_knows_its_first_and_latest_report(two_campaigns):
    quake = reporting_periods(two_campaigns)[-1]
    assert (quake.first_report, quake.latest_report) == (
        pd.Timestamp("2023-02-10"),
        pd.Timestamp("2023-03-06"),
    )
    assert quake.label == "10 Feb 2023 \u2013 6 Mar 2023"
    assert set(quake.rows(two_campaigns)["metric"]) == {"killed", "injured"}


def test_period_charts_are_named_after_their_period(two_campaigns, tmp_path):
    paths = write_period_charts(two_campaigns, tmp_path, formats=("png",))
    # the winter has no casualties and the earthquake no displacement figures: those are skipped
    assert [p.name for p in paths] == ["2019-12_2020-02-displacement.png", "2023-02_2023-03-casualties.png"]
    assert all(p.read_bytes().startswith(PNG_MAGIC) for p in paths)


def test_period_chart_title_and_footer(two_campaigns):
    quake = reporting_periods(two_campaigns)[-1]
    fig = casualties_figure(two_campaigns, period=quake)
    texts = " ".join(t.get_text() for t in fig.texts)
    assert "Casualties — running totals, 10 Feb 2023 \u2013 6 Mar 2023" in texts
    assert "Sources: Data Friendly Space, OCHA." in texts
    assert "Latest report: 6 Mar 2023." in texts


def test_a_period_draws_only_its_own_weeks(two_campaigns):
    winter = reporting_periods(two_campaigns)[0]
    lines = lines_by_series(displacement_figure(two_campaigns, period=winter))
    assert lines == {RC_FAMILIES: [17761, 55664, 178689]}
    with pytest.raises(ChartError, match="no casualties figures reported in 16 Dec 2019"):
        casualties_figure(two_campaigns, period=winter)


def test_casualty_series_of_three_weeks_is_a_line_from_its_baseline(two_campaigns):
    quake = reporting_periods(two_campaigns)[-1]
    fig = casualties_figure(two_campaigns, period=quake)
    killed = series_id("killed", "individuals", "all", "OCHA", EARTHQUAKE)
    line = next(ln for ln in fig.axes[0].get_lines() if ln.get_gid() == f"line:{killed}")
    assert list(line.get_ydata()) == [3100, 4500, 4500]  # 13 and 18 Feb share a week: the latest counts
    assert line.get_linestyle() != "None" and len(line.get_xdata()) == 3
    lead = next(ln for ln in fig.axes[0].get_lines() if ln.get_gid() == f"lead:{killed}")
    assert list(lead.get_ydata()) == [0.0, 3100.0]
    assert pd.Timestamp(lead.get_xdata()[0]) == pd.Timestamp(EARTHQUAKE)
    assert "dotted from 0 on the baseline date" in " ".join(t.get_text() for t in fig.texts)


def test_organisations_that_disagree_get_a_line_each(two_campaigns):
    fig = casualties_figure(two_campaigns, period=reporting_periods(two_campaigns)[-1])
    organisations = {gid.split("/")[3] for gid in lines_by_series(fig)}
    assert organisations == {"OCHA", "Data Friendly Space"}


def test_casualties_children_sit_in_their_total_and_other_groups_are_left_out():
    rt = running_totals(
        frame(
            toll(53, "2023-10-13", since="2023-10-05", attributed_to="Local health authorities"),
            toll(
                15,
                "2023-10-13",
                since="2023-10-05",
                attributed_to="Local health authorities",
                group="children",
            ),
            toll(
                11, "2023-10-13", since="2023-10-05", attributed_to="Local health authorities", group="women"
            ),
            toll(70, "2023-10-27", since="2023-10-05", attributed_to="Local health authorities"),
            toll(
                27,
                "2023-10-27",
                since="2023-10-05",
                attributed_to="Local health authorities",
                group="children",
            ),
            toll(
                14, "2023-10-27", since="2023-10-05", attributed_to="Local health authorities", group="women"
            ),
        )
    )
    fig = casualties_figure(rt)
    assert list(lines_by_series(fig).values()) == [[53, 70]]
    shaded = [c for c in fig.axes[0].collections if (c.get_gid() or "").startswith("children:")]
    assert len(shaded) == 1 and shaded[0].get_paths()[0].vertices[:, 1].max() == 27
    assert "Not shown: figures for women among them" in " ".join(t.get_text() for t in fig.texts)


@pytest.mark.parametrize("draw", [displacement_figure, casualties_figure], ids=["displacement", "casualties"])
def test_y_axis_labels_are_inside_the_figure(draw):
    rt = running_totals(
        frame(
            claim(1018529, "2020-02-27", unit="individuals", metric="displaced"),
            toll(4500, "2023-02-18"),
        )
    )
    fig = draw(rt, weeks=None)
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    renderer = FigureCanvasAgg(fig).get_renderer()
    for ax in fig.axes:
        assert ax.yaxis.get_tightbbox(renderer).x0 >= 0, ax.get_ylabel()


def test_same_data_same_period_svg(two_campaigns, tmp_path):
    first = write_period_charts(two_campaigns, tmp_path / "a", formats=("svg",))
    second = write_period_charts(two_campaigns.copy(), tmp_path / "b", formats=("svg",))
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name


def test_period_chart_errors_say_what_to_do(two_campaigns, tmp_path):
    with pytest.raises(ChartError, match=r"no report between 2021-01-01 and 2021-12-31; widen --from/--to"):
        write_period_charts(two_campaigns, tmp_path, start="2021-01-01", end="2021-12-31")
    with pytest.raises(ChartError, match=r"'March' is not a date; give dates as YYYY-MM-DD"):
        reporting_periods(two_campaigns, start="March")
