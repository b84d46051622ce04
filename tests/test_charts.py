"""Weekly charts: the plotted data, valid PNGs, byte-identical SVGs and clear errors."""

from __future__ import annotations

import pandas as pd
import pytest

from hum_stats.charts import ChartError, casualties_figure, displacement_figure, write_weekly_charts
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
