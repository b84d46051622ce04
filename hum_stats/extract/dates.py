"""Dates in text and their resolution against the publication date.

Finds ``29 من نيسان الماضي``, ``الأول من تشرين الثاني``, ``6 شباط/ 2023``, ``ديسمبر كانون الأول``,
``March 6``, ``February 9, 2020``, ``the start of December``, ``بداية العام`` — and resolves a
year-less date to the latest such date on or before publication (``الماضي``/``last``: the
previous occurrence). Without a publication date, an explicit date elsewhere in the same
document anchors the year; with neither, the date stays unresolved.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from hum_stats.extract.lexicon import Lexicon, Token
from hum_stats.extract.numbers import NumExpr


@dataclass(slots=True)
class DateExpr:
    start: int  # token indices [start, end)
    end: int
    day: int | None
    month: int | None
    year: int | None
    relative: str | None = None  # "past" | "current"
    vague: bool = False  # "end of April", "نهاية كانون الأول": no day can be given
    unit_only: str | None = None  # "year"/"month" for "بداية العام", "مطلع الشهر"
    weekday: int | None = None  # "منذ الخميس الماضي", "since Thursday" (0 = Monday)
    span_days: int | None = None  # "الأسبوع الأول من شباط": a stretch of days from ``day``
    whole_year: bool = False  # "in 2023", "خلال عام 2023": the year itself


def _first(lex: Lexicon, tokens: list[Token], i: int, category: str) -> tuple[int, object] | None:
    if i >= len(tokens):
        return None
    m = lex.matches_at(tokens, i, category)
    return (m[0][0], m[0][1].payload) if m else None


def _months(lex: Lexicon, tokens: list[Token], i: int) -> tuple[int, int] | None:
    """Month name(s) at ``i``, with paired names ("أيار/مايو", "ديسمبر كانون الأول")."""
    m = _first(lex, tokens, i, "month")
    if m is None:
        return None
    end, month = m[0], int(m[1])  # type: ignore[call-overload]
    if end < len(tokens) and tokens[end].text == "." and len(tokens[end - 1].text) <= 4:
        end += 1  # "Oct. 8": the dot of an abbreviated month
    while end < len(tokens):
        j = end
        if tokens[j].text in ("/", "-", "(", "،", ","):
            j += 1
        m2 = _first(lex, tokens, j, "month")
        if m2 is None or int(m2[1]) != month:  # type: ignore[call-overload]
            break
        end = m2[0]
        if end < len(tokens) and tokens[end].text == ")":
            end += 1
    return end, month


def find_dates(lex: Lexicon, tokens: list[Token], nums: list[NumExpr]) -> list[DateExpr]:
    """Date expressions in a sentence; numbers that are part of one are dates, not counts."""
    by_start = {n.start: n for n in nums}
    out: list[DateExpr] = []
    i, n = 0, len(tokens)
    starts = lex.starts(
        "month",
        "dayord",
        "start_word",
        "end_word",
        "month_word",
        "year_word",
        "rel_past",
        "rel_current",
        "weekday",
        "week_word",
        "week_ordinal",
    )
    while i < n:
        if tokens[i].kind != "num" and not (tokens[i].variants & starts):
            i += 1
            continue
        d = _date_at(lex, tokens, i, by_start)
        if d is not None:
            out.append(d)
            i = d.end
        else:
            i += 1
    return out


def _year_at(
    lex: Lexicon, tokens: list[Token], i: int, by_start: dict[int, NumExpr]
) -> tuple[int, int] | None:
    j = i
    if j < len(tokens) and tokens[j].text in ("/", ",", "،", "-"):
        j += 1
    yw = _first(lex, tokens, j, "year_word")
    if yw is not None:
        j = yw[0]
    num = by_start.get(j)
    if (
        num is not None
        and 1900 <= num.value <= 2100
        and (num.words or (num.end == num.start + 1 and tokens[num.start].text.isdigit()))
    ):
        return (
            num.end,
            num.value,
        )  # ("ألفين وتسعة عشر"; not "1,904 مخيمات": a year has no thousands separator)
    return None


def _day_value(
    lex: Lexicon, tokens: list[Token], i: int, by_start: dict[int, NumExpr]
) -> tuple[int, int] | None:
    num = by_start.get(i)
    if num is not None and not num.words and 1 <= num.value <= 31:
        end = num.end
        if end < len(tokens) and tokens[end].text in ("th", "st", "nd", "rd"):
            end += 1  # "the 6th of"
        return end, num.value
    od = _first(lex, tokens, i, "dayord")
    if od is not None and lex.code == "ar":
        return od[0], int(od[1])  # type: ignore[call-overload]
    return None


def _date_at(lex: Lexicon, tokens: list[Token], i: int, by_start: dict[int, NumExpr]) -> DateExpr | None:
    n = len(tokens)
    vague = False
    start = i
    # "نهاية/end of" before a month: the date is vague
    ew = _first(lex, tokens, i, "end_word")
    if ew is not None:
        j = ew[0]
        if j < n and tokens[j].text in ("of", "the"):
            j += 1
        if j < n and tokens[j].text in ("the",):
            j += 1
        if (
            _months(lex, tokens, j) is not None
            or _first(lex, tokens, j, "month_word")
            or _first(lex, tokens, j, "year_word")
        ):
            vague = True
            i = j
    # "بداية/مطلع/the start of" + month / الشهر / العام
    sw = _first(lex, tokens, i, "start_word") if not vague else None
    if sw is not None:
        j = sw[0]
        while j < n and tokens[j].text in ("of", "the", "this", "من"):
            if tokens[j].text == "this":
                break
            j += 1
        mo = _months(lex, tokens, j)
        if mo is not None:
            d = _finish(lex, tokens, mo[0], by_start, 1, mo[1], start)
            return d
        yr = _year_at(lex, tokens, j, by_start)
        if yr is not None:
            return DateExpr(start, yr[0], 1, 1, yr[1])  # "منذ مطلع 2024", "since the start of 2024"
        for unit, cat in (("month", "month_word"), ("year", "year_word")):
            w = _first(lex, tokens, j, cat)
            if w is None and tokens[j : j + 1] and tokens[j].text == "this":
                w = _first(lex, tokens, j + 1, cat)
                if w is not None:
                    return DateExpr(start, w[0], 1, None, None, "current", unit_only=unit)
            if w is not None:
                end = w[0]
                rel = _relative(lex, tokens, end)
                if rel is not None:
                    end = rel[0]
                    return DateExpr(start, end, 1, None, None, rel[1], unit_only=unit)
                yr = _year_at(lex, tokens, end, by_start) if unit == "year" else None
                if yr is not None:
                    return DateExpr(start, yr[0], 1, 1, yr[1])
                return DateExpr(start, end, 1, None, None, "current", unit_only=unit)
    # "الشهر الماضي", "العام الجاري", "this year", "last month"
    if not vague:
        for unit, cat in (("month", "month_word"), ("year", "year_word")):
            w = _first(lex, tokens, i, cat)
            if w is not None:
                rel = _relative(lex, tokens, w[0])
                if rel is not None:
                    return DateExpr(start, rel[0], 1, None, None, rel[1], unit_only=unit)
            if lex.code == "en":
                rel = _relative(lex, tokens, i)
                w = _first(lex, tokens, rel[0], cat) if rel is not None else None
                if rel is not None and w is not None:
                    return DateExpr(start, w[0], 1, None, None, rel[1], unit_only=unit)
    # weekdays: "الخميس الماضي", "يوم الخميس", "last Thursday", "Thursday"
    wd = _first(lex, tokens, i, "weekday")
    rel_before = _relative(lex, tokens, i) if lex.code == "en" else None
    if wd is None and rel_before is not None:
        wd = _first(lex, tokens, rel_before[0], "weekday")
    if wd is not None:
        after = _date_at(lex, tokens, wd[0], by_start) if wd[0] < n else None
        if after is not None and after.month is not None:
            after.start = start  # "الاثنين السادس من شباط", "Monday 6 February": the date itself
            return after
        rel = _relative(lex, tokens, wd[0])
        end = rel[0] if rel is not None else wd[0]
        relative = rel[1] if rel is not None else (rel_before[1] if rel_before is not None else None)
        return DateExpr(start, end, None, None, None, relative, weekday=int(wd[1]))  # type: ignore[call-overload]
    # weeks of a month: "الأسبوع الأول من شباط", "the first week of February"
    week = _week_of_month(lex, tokens, i, by_start)
    if week is not None:
        return week
    # DAY [من] MONTH ...
    dv = _day_value(lex, tokens, i, by_start)
    if dv is not None:
        j = dv[0]
        if j < n and tokens[j].text in ("من", "of"):
            j += 1
        if j < n and tokens[j].text == "-" and by_start.get(j + 1) is not None:
            # "10-17 حزيران": the first day borrows the month of the second
            return None
        mo = _months(lex, tokens, j)
        if mo is not None:
            return _finish(lex, tokens, mo[0], by_start, dv[1], mo[1], start, vague)
        # "السادس من الشهر الماضي", "the 6th of this month"
        mw = _first(lex, tokens, j, "month_word")
        rel = _relative(lex, tokens, mw[0]) if mw is not None else None
        if lex.code == "en" and mw is None:
            rel = _relative(lex, tokens, j)
            mw = _first(lex, tokens, rel[0], "month_word") if rel is not None else None
            if mw is not None and rel is not None:
                return DateExpr(start, mw[0], dv[1], None, None, rel[1], unit_only="month")
        if mw is not None and rel is not None:
            return DateExpr(start, rel[0], dv[1], None, None, rel[1], unit_only="month")
    # MONTH [DAY[,]] [YEAR]
    mo = _months(lex, tokens, i)
    if mo is not None:
        j = mo[0]
        day = None
        num = by_start.get(j)
        if lex.code == "en" and num is not None and 1 <= num.value <= 31 and not num.words:
            day, j = num.value, num.end
            if j < n and tokens[j].text in ("th", "st", "nd", "rd"):
                j += 1
        return _finish(lex, tokens, j, by_start, day, mo[1], start, vague)
    # a year alone after "in"/"during"/"عام": "in 2023", "خلال عام 2023"
    yr = _year_at(lex, tokens, i, by_start)
    if yr is not None and (i == 0 or _first(lex, tokens, i - 1, "in") or _first(lex, tokens, i, "year_word")):
        return DateExpr(start, yr[0], 1, 1, yr[1], whole_year=True)
    return None


def _week_of_month(
    lex: Lexicon, tokens: list[Token], i: int, by_start: dict[int, NumExpr]
) -> DateExpr | None:
    n = len(tokens)
    j = i
    if lex.code == "en":
        if j < n and tokens[j].text == "the":
            j += 1
        o = _first(lex, tokens, j, "week_ordinal")
        w = _first(lex, tokens, o[0], "week_word") if o is not None else None
        if o is None or w is None:
            return None
        k = w[0]
    else:
        w = _first(lex, tokens, j, "week_word")
        o = _first(lex, tokens, w[0], "week_ordinal") if w is not None else None
        if w is None or o is None:
            return None
        k = o[0]
    if k < n and tokens[k].text in ("of", "من", "in"):
        k += 1
    mo = _months(lex, tokens, k)
    if mo is None:
        return None
    nth = int(o[1])  # type: ignore[call-overload]
    d = _finish(lex, tokens, mo[0], by_start, None, mo[1], i)
    d.day = 1 + 7 * (nth - 1) if nth > 0 else -7
    d.span_days = 7
    return d


def _relative(lex: Lexicon, tokens: list[Token], i: int) -> tuple[int, str] | None:
    rp = _first(lex, tokens, i, "rel_past")
    if rp is not None:
        return rp[0], "past"
    rc = _first(lex, tokens, i, "rel_current")
    if rc is not None:
        return rc[0], "current"
    return None


def _finish(
    lex: Lexicon,
    tokens: list[Token],
    j: int,
    by_start: dict[int, NumExpr],
    day: int | None,
    month: int,
    start: int,
    vague: bool = False,
) -> DateExpr:
    year = None
    yr = _year_at(lex, tokens, j, by_start)
    if yr is not None:
        j, year = yr
    rel = _relative(lex, tokens, j)
    relative = None
    if rel is not None:
        j, relative = rel
    return DateExpr(start, j, day, month, year, relative, vague)


def last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def resolve(d: DateExpr, published: date | None, anchor: date | None) -> date | None:
    """The calendar date of ``d``, or None when it cannot be told.

    A year-less date is the latest such date on or before publication; ``الماضي``/``last``
    is the previous occurrence. Without a publication date, the first occurrence on or
    after ``anchor`` (an explicit date elsewhere in the document) is taken.
    """
    if d.vague:
        return None
    if d.weekday is not None:
        if published is None:
            return None
        back = (published.weekday() - d.weekday) % 7
        if back == 0 and d.relative == "past":
            back = 7
        return published - timedelta(days=back)
    if d.day is not None and d.day < 0 and d.month is not None:
        # "the last week of February": its last seven days
        first = resolve(DateExpr(d.start, d.end, 1, d.month, d.year, d.relative), published, anchor)
        if first is None:
            return None
        return last_day(first.year, first.month) - timedelta(days=6)
    day = d.day or 1
    if d.unit_only is not None:
        ref = published
        if ref is None:
            return None
        if d.unit_only == "year":
            return date(ref.year - (1 if d.relative == "past" else 0), 1, 1)
        y, m = ref.year, ref.month
        if d.relative == "past":
            y, m = (y, m - 1) if m > 1 else (y - 1, 12)
        return _safe(y, m, d.day or 1)
    if d.month is None:
        return None
    if d.year is not None:
        return _safe(d.year, d.month, day)
    if published is not None:
        y = published.year
        if d.relative == "current":
            return _safe(y, d.month, day)
        cand = _safe(y, d.month, day)
        if cand is None:
            return None
        if d.relative == "past" and d.month == published.month and d.day is None:
            return _safe(y - 1, d.month, day)
        if cand > published:
            return _safe(y - 1, d.month, day)
        return cand
    if anchor is not None:
        # the document was published after the explicit date beside this one
        y = anchor.year if d.month >= anchor.month else anchor.year + 1
        return _safe(y, d.month, day)
    return None


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None
