"""Periods of figures: "منذ 29 من نيسان الماضي" (since), "بين 1 تشرين الثاني وحتى 17 كانون الأول"
(since and until), "in February" (a month), "خلال الـ24 ساعة الماضية" (a window before
publication), "on 22 October" (the day of the event)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from hum_stats.extract.dates import DateExpr, last_day, resolve
from hum_stats.extract.document import Cand, Doc, Sentence
from hum_stats.extract.numbers import NumExpr


@dataclass(slots=True)
class Period:
    pos: int
    since: date | None
    until: date | None
    kind: str  # since | between | until | month | window
    window: int | None = None
    unresolved: bool = False
    clause: tuple[int, int] = (0, 0)  # token range of the clause it stands in

    lead: tuple[int, int] | None = None  # the clause an opening window introduces
    predicate: bool = False  # its clause holds a verb and no figure: the verb of the figure before
    same: bool = False  # "the same period": a period of a sentence before, named again

    def attached_to(self, c: Cand) -> bool:
        """A window ("خلال 24 ساعة الماضية") belongs to the figures of its own clause, and an
        opening one ("In the past 24 hours, 35 civilians were killed") to the next clause."""
        if self.clause[0] <= c.lstart < self.clause[1]:
            return True
        if self.predicate and c.end <= self.clause[0]:
            return True  # "six children, all under 10, were killed by shelling on 22 October"
        return self.lead is not None and self.lead[0] <= c.lstart < self.lead[1]


def find_periods(
    doc: Doc, sent: Sentence, anchor: date | None, previous: Period | None = None
) -> list[Period]:
    """The periods named in a sentence; "the same period" repeats ``previous``, the last dated
    period of the sentences before."""
    lo, hi = sent.start, sent.end
    nums, _, local = doc.scan(sent)
    dates = [replace(d, start=d.start + lo, end=d.end + lo) for d in local]
    day_nums = {
        n.start + lo: NumExpr(n.start + lo, n.end + lo, n.value, n.words)
        for n in nums
        if not n.words and 1 <= n.value <= 31
    }
    out: list[Period] = []
    pub = doc.published

    def res(d: DateExpr) -> date | None:
        return resolve(d, pub, anchor)

    used: set[int] = set()
    for i in range(lo, hi):
        if previous is not None and doc.m(i, "same_period") is not None:
            out.append(replace(previous, pos=i, same=True))  # "سُجلت خلال الشهر ذاته", "over the same period"
            continue
        # windows before publication: "خلال الـ24 ساعة الماضية", "over the past week"
        w = doc.m(i, "window")
        if w is not None:
            a = i
            while a > lo and doc.tokens[a - 1].text not in ("،", ",", ";", "؛"):
                a -= 1
            z = w[0]
            while z < hi and doc.tokens[z].text not in ("،", ",", ";", "؛"):
                z += 1
            lead = None
            if a == lo and z < hi:
                z2 = z + 1
                while z2 < hi and doc.tokens[z2].text not in ("،", ",", ";", "؛"):
                    z2 += 1
                lead = (z + 1, z2)
            out.append(Period(i, None, None, "window", int(w[1].payload), clause=(a, z), lead=lead))
        b = doc.m(i, "between")
        if b is not None:
            j = b[0]
            d1 = next((d for d in dates if d.start in (j, j + 1) and d.start not in used), None)
            day1 = day_nums.get(j) if d1 is None else None
            if d1 is not None or day1 is not None:
                k = d1.end if d1 is not None else day1.end  # type: ignore[union-attr]
                while k < hi and (
                    doc.is_tok(k, "و", "and", "to", "-", "حتى", "إلى", "until")
                    or doc.end_of(k, "until") == k + 1
                ):
                    k += 1
                d2 = next((d for d in dates if d.start in (k, k - 1)), None)
                if d2 is None and k < hi and doc.lex.code == "ar" and doc.tokens[k].text.startswith("و"):
                    d2 = next((d for d in dates if d.start == k), None)
                if d2 is not None:
                    if d1 is None and day1 is not None:
                        d1 = DateExpr(day1.start, day1.end, day1.value, d2.month, d2.year, d2.relative)
                    assert d1 is not None
                    s1, s2 = res(d1), res(d2)
                    if d2.day is None and s2 is not None and d2.month is not None:
                        s2 = last_day(s2.year, s2.month)
                    if s1 is not None and s2 is not None and s1 > s2 and d1.year is None:
                        s1 = s1.replace(year=s1.year - 1)
                    used.update((d1.start, d2.start))
                    out.append(Period(i, s1, s2, "between", unresolved=s1 is None))
                    continue
        s = doc.m(i, "since")
        if s is not None:
            j = s[0]
            starts = doc.m(j, "start_word") is not None or (
                doc.is_tok(j, "the") and doc.m(j + 1, "start_word")
            )
            reach = 16 if starts else 12
            d = next(
                (
                    d
                    for d in dates
                    if j <= d.start <= j + reach
                    and d.start not in used
                    and not any(doc.tokens[k].text in (",", "،") for k in range(j, d.start))
                ),
                None,
            )  # (not "since the start of the war has risen to 152, the agency said on Monday")
            if d is not None and d.whole_year:
                # "منذ عام 2011", "since 2016": a year alone gives no day to start from
                used.add(d.start)
                out.append(Period(i, None, None, "since", unresolved=True))
            elif d is not None and not any(doc.m(k, "since") for k in range(j, d.start)):
                used.add(d.start)
                val = res(d)
                out.append(Period(i, val, None, "since", unresolved=val is None))
            else:
                out.append(Period(i, None, None, "since", unresolved=True))
            continue
        u = doc.m(i, "until")
        if u is not None:
            j = u[0]
            d = next((d for d in dates if d.start in (j, j + 1) and d.start not in used), None)
            if d is not None:
                used.add(d.start)
                val = res(d)
                if val is not None and d.day is None and d.month is not None:
                    val = last_day(val.year, val.month)
                out.append(Period(i, None, val, "until"))
            continue
        inn = doc.m(i, "in")
        if inn is not None:
            j = inn[0]
            if doc.m(j, "month_word") is not None and doc.m(j + 1, "month") is not None:
                j += 1
            if doc.is_tok(j, "the"):
                j += 1
            d = next(
                (
                    d
                    for d in dates
                    if d.start == j
                    and (d.day is None or d.unit_only or d.span_days or d.whole_year)
                    and d.start not in used
                ),
                None,
            )
            if d is not None and not d.vague:
                used.add(d.start)
                out.append(_range_period(i, d, res(d)))
    # the day of the event: "killed on 22 October", "قضوا يوم 20 شباط", "On Tuesday, ..."
    for d in dates:
        if d.start in used or d.unit_only is not None or (d.day is None and d.weekday is None):
            continue
        marker = doc.ends_here(d.start, "on_date", max(lo, d.start - 2))
        if marker is None:
            continue
        val = res(d)
        if val is not None:
            used.add(d.start)
            a, z = _clause(doc, d.start, lo, hi)
            # an opening "On Tuesday, ..." covers the clause after it
            lead = _clause(doc, z + 1, lo, hi) if marker[0] == lo and z < hi else None
            tail = range(a, z)
            predicate = any(doc.m(k, "trigger") for k in tail) and not any(
                doc.tokens[k].kind == "num" and k not in range(d.start, d.end) for k in tail
            )
            out.append(Period(d.start, None, val, "on", clause=(a, z), lead=lead, predicate=predicate))
    # "this month", "so far this year", "last month", "الشهر الماضي" after the figure
    for d in dates:
        if d.start not in used and d.unit_only is not None and d.relative is not None:
            used.add(d.start)
            val = res(d)
            p = _range_period(d.start, d, val)
            if d.relative == "current":
                p.until = None
            out.append(p)
    return out


def last_dated(periods: list[Period], previous: Period | None) -> Period | None:
    """The period "the same period" refers to: the first dated one (a start, a span, a month)
    of the latest sentence that has one; later ones in a sentence are mostly comparisons
    ("85 civilians in March 2020, compared with 132 in February")."""
    dated = [
        p for p in periods if p.kind in ("since", "between", "month") and (p.since or p.until) and not p.same
    ]
    return min(dated, key=lambda p: p.pos) if dated else previous


def _clause(doc: Doc, i: int, lo: int, hi: int) -> tuple[int, int]:
    """The comma-bounded clause around token ``i``."""
    a = i
    while a > lo and doc.tokens[a - 1].text not in ("،", ",", ";", "؛"):
        a -= 1
    z = i
    while z < hi and doc.tokens[z].text not in ("،", ",", ";", "؛"):
        z += 1
    return a, z


def _range_period(pos: int, d: DateExpr, val: date | None) -> Period:
    """The period a month, a year or a week stands for: from its first day to its last."""
    if val is None:
        return Period(pos, None, None, "month", unresolved=True)
    if d.span_days:
        end = val + timedelta(days=d.span_days - 1)
    elif d.unit_only == "year" or d.whole_year:
        end = date(val.year, 12, 31)
    else:
        end = last_day(val.year, val.month)
    return Period(pos, val, end, "month")


def anchor_date(doc: Doc, sentences: list[Sentence]) -> date | None:
    """The latest explicit (year-bearing) date in these sentences, to place year-less ones."""
    best: date | None = None
    for sent in sentences:
        for d in doc.scan(sent)[2]:
            if d.year is not None and d.month is not None:
                v = date(d.year, d.month, 1)
                if best is None or v > best:
                    best = v
    return best


def assign_period(c: Cand, periods: list[Period]) -> None:
    """The period nearest the figure in its sentence; a period that could not be resolved
    ("since the war began") yields to a resolved one a little further away."""

    def distance(p: Period) -> int:
        d = p.pos - c.end if p.pos >= c.end else c.lstart - p.pos
        return d + (10 if p.unresolved and p.kind != "window" else 0)

    best: Period | None = None
    for p in periods:
        if p.kind == "until":
            c.until = c.until or p.until
            continue
        if p.kind in ("window", "on") and not p.attached_to(c):
            continue
        if p.kind == "on":
            c.until = c.until or p.until
            continue
        if p.kind == "month" and p.pos < c.lstart - 12:
            continue  # a month well before the figure dates something else
        if best is None or distance(p) < distance(best):
            best = p
    if best is None:
        return
    if best.kind == "window":
        c.window = best.window
        return
    c.since = best.since
    if best.until is not None:
        c.until = best.until
