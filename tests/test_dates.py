"""Periods resolved against the publication date, read through ``extract`` (issues 3 and 4).

A year-less date is the latest such date on or before publication; "الماضي"/"last" is the
previous occurrence; "الجاري/الحالي"/"this" the current one; a month alone starts on its
first day. A figure for a short window before publication ("خلال الـ24 ساعة الماضية", "over
the past week") keeps ``since`` null and says how long the window is in ``window_days``.
"""

from __future__ import annotations

import pytest
from claim_cases import C, case, check

DISP, KILL, INJ, RET = "displaced", "killed", "injured", "returned"
FAM, IND = "families", "individuals"

# Tables are laid out by hand, one case a few lines: the formatter would hide them.
# fmt: off
ARABIC = [
    case("وقُتل 5 أشخاص في الهزة الجديدة يوم 20 شباط.", C(KILL, IND, "all", 5, since=None, until="2023-02-20"),
         published="2023-02-22", id="yawm-event-day-is-until"),
    case("ونزح 900 شخص منذ فجر الاثنين السادس من شباط.", C(DISP, IND, "all", 900, since="2023-02-06"),
         published="2023-02-10", id="weekday-then-full-date"),
    case("وقُتل 70 مدنياً منذ السادس من الشهر الماضي.", C(KILL, IND, "civilians", 70, since="2023-02-06"),
         published="2023-03-08", id="day-of-last-month"),
    # منذ + day + Levantine month (+ الماضي), the seed's own phrase
    case("ونزوح 1250 عائلة منذ 29 من نيسان الماضي.", C(DISP, FAM, "all", 1250, since="2019-04-29", until=None),
         published="2019-05-29", id="levantine-month-madi"),
    case("ونزح 3400 شخص منذ 2 ايار.", C(DISP, IND, "all", 3400, since="2019-05-02"),
         published="2019-05-29", id="ayyar-without-hamza"),
    case("ونزوح 5100 عائلة منذ 15 كانون ثاني.", C(DISP, FAM, "all", 5100, since="2020-01-15"),
         published="2020-02-10", id="kanun-thani-without-article"),
    case("ونزوح 7800 عائلة منذ 1 أيار/مايو 2019.", C(DISP, FAM, "all", 7800, since="2019-05-01"),
         published="2019-06-20", id="levantine-egyptian-pair"),
    case("ونزح 900 ألف شخص منذ 1 ديسمبر الماضي.", C(DISP, IND, "all", 900_000, since="2019-12-01"),
         published="2020-02-10", id="egyptian-month-madi"),
    case("ونزح 586 ألف شخص منذ الأول من ديسمبر/كانون الأول.", C(DISP, IND, "all", 586_000, since="2019-12-01"),
         published="2020-02-10", id="ordinal-day-word-egyptian-levantine"),
    case("ونزوح 17761 عائلة منذ تشرين الثاني الماضي.", C(DISP, FAM, "all", 17761, since="2019-11-01"),
         published="2020-01-20", id="month-only-madi"),
    case("ونزوح 2140 عائلة منذ شهر تشرين الثاني 2019.", C(DISP, FAM, "all", 2140, since="2019-11-01"),
         published="2020-01-20", id="month-with-year"),
    case("ومقتل 61 مدنياً منذ 16 كانون الأول.", C(KILL, IND, "civilians", 61, since="2019-12-16"),
         published="2020-01-10", id="yearless-date-falls-in-previous-year"),
    case("ونزوح 4200 عائلة منذ 5 شباط الجاري.", C(DISP, FAM, "all", 4200, since="2020-02-05"),
         published="2020-02-10", id="jari"),
    case("ونزوح 9600 عائلة منذ مطلع الشهر الجاري.", C(DISP, FAM, "all", 9600, since="2020-02-01"),
         published="2020-02-10", id="matla-al-shahr-al-jari"),
    case("ومقتل 140 مدنياً منذ بداية العام الحالي.", C(KILL, IND, "civilians", 140, since="2020-01-01"),
         published="2020-02-10", id="bidayat-al-am-al-hali"),
    case("ونزح 520 ألف شخص منذ مطلع كانون الأول.", C(DISP, IND, "all", 520_000, since="2019-12-01"),
         published="2020-01-20", id="matla-month"),
    case("ومقتل 260 مدنياً منذ مطلع 2024 في المحافظة.", C(KILL, IND, "civilians", 260, since="2024-01-01"),
         published="2024-06-10", id="matla-year-number"),
    case("ونزوح 3100 عائلة منذ يوم الثلاثاء 4 شباط.", C(DISP, FAM, "all", 3100, since="2020-02-04"),
         published="2020-02-10", id="with-weekday"),
    case("ونزحت 900 عائلة خلال 24 ساعة الماضية، ما رفع عدد النازحين إلى 52 ألف شخص، أي بمعدل (9.500) عائلة، "
         "في الفترة الممتدة بين تشرين الثاني 2019 و20 شباط 2020.",
         C(DISP, FAM, "all", 900, since=None, window_days=1),
         C(DISP, IND, "all", 52000, since="2019-11-01", until="2020-02-20", window_days=None),
         C(DISP, FAM, "all", 9500, since="2019-11-01", until="2020-02-20"),
         published="2020-02-21", id="restated-total-shares-the-period-after-it"),
    case("وثّق المكتب 41 عملية اغتيال خلال شهر شباط/فبراير الماضي، أسفرت عن مقتل 29 شخصاً.",
         C(KILL, IND, "all", 29, since="2023-02-01", until="2023-02-28"),
         published="2023-03-05", id="month-just-before-the-figure"),
    case("في كانون الثاني الماضي افتُتح المخيم الجديد شمال المدينة على أرض زراعية واسعة، واليوم يقيم فيه أكثر من "
         "ثلاثة آلاف نازح قدموا من ريف حلب بعد أن نزح 500 شخص منذ يومين.",
         C(DISP, IND, "all", 3000, qualifier="more_than", since=None, until=None),
         C(DISP, IND, "all", 500, since=None, until=None), published="2023-03-05",
         id="month-far-before-the-figure-dates-something-else"),
    case("ونزح 500 شخص منذ يومين من القرى الحدودية.", C(DISP, IND, "all", 500, since=None, window_days=2),
         published="2023-03-05", id="mundhu-yawmayn"),
    case("ونزحت 800 عائلة خلال يومين.", C(DISP, FAM, "all", 800, since=None, window_days=2),
         published="2023-03-05", id="khilal-yawmayn"),
    case("وقُتل 20 مدنياً منذ أسبوعين في القصف المتواصل.", C(KILL, IND, "civilians", 20, since=None, window_days=14),
         published="2023-03-05", id="mundhu-usbuayn"),
    case("ونزوح 1611 عائلة خلال الـ24 ساعة الماضية.",
         C(DISP, FAM, "all", 1611, since=None, window_days=1), published="2020-02-27", id="24-hours"),
    case("ونزحت 2300 عائلة خلال اليومين الماضيين.",
         C(DISP, FAM, "all", 2300, since=None, window_days=2), published="2020-02-27", id="two-days-dual"),
    case("ونزوح 8350 عائلة خلال الأسبوع الماضي.",
         C(DISP, FAM, "all", 8350, since=None, window_days=7), published="2020-02-27", id="past-week"),
    case("ونزوح 43 ألف شخص بين 1 تشرين الثاني وحتى 17 كانون الأول.",
         C(DISP, IND, "all", 43000, since="2019-11-01", until="2019-12-17"), published="2019-12-20",
         id="bayn-wa-hatta"),
    case("ونزوح 284 ألف شخص منذ 1 كانون الأول 2019 وحتى 20 شباط 2020.",
         C(DISP, IND, "all", 284_000, since="2019-12-01", until="2020-02-20"), published="2020-02-22",
         id="mundhu-wa-hatta-with-years"),
    case("ونزح 4311 شخصاً بين 10 و17 حزيران.",
         C(DISP, IND, "all", 4311, since="2020-06-10", until="2020-06-17"), published="2020-06-18",
         id="bayn-day-and-day-month"),
    case("ووثّقت الشبكة مقتل 97 مدنياً خلال شهر آذار.",
         C(KILL, IND, "civilians", 97, since="2020-03-01", until="2020-03-31"), published="2020-04-05",
         id="during-month"),
    case("ونزوح 3200 عائلة منذ بداية الشهر الماضي.", C(DISP, FAM, "all", 3200, since="2020-01-01"),
         published="2020-02-10", id="bidayat-al-shahr-al-madi"),
    case("ونزوح 3300 عائلة منذ 26 نيسان (أبريل) الماضي.", C(DISP, FAM, "all", 3300, since="2019-04-26"),
         published="2020-02-10", id="madi-month-in-parens-previous-year"),
    case("ونزح 4500 شخص منذ 9 تشرين الأول/أكتوبر الفائت.", C(DISP, IND, "all", 4500, since="2019-10-09"),
         published="2019-11-20", id="faait-with-pair"),
    case("ونزوح 3400 عائلة منذ بداية الحملة العسكرية.", C(DISP, FAM, "all", 3400, since=None),
         published="2020-02-10", id="bidayat-al-hamla-without-date"),
    case("ونزوح 3500 عائلة منذ مطلع العام.", C(DISP, FAM, "all", 3500, since="2020-01-01"),
         published="2020-02-10", id="matla-al-am"),
    case("ونزوح 55664 عائلة بين 1 تشرين الثاني 2019 و3 كانون الثاني 2020.",
         C(DISP, FAM, "all", 55664, since="2019-11-01", until="2020-01-03"), published="2020-01-03",
         id="bayn-full-dates"),
    case("ومقتل 46 مدنياً في كانون الثاني.", C(KILL, IND, "civilians", 46, since="2020-01-01", until="2020-01-31"),
         published="2020-02-10", id="fi-month"),
    case("ونزوح 3600 عائلة اعتباراً من 1 شباط.", C(DISP, FAM, "all", 3600, since="2020-02-01"),
         published="2020-02-10", id="itibaran-min"),
    case("ونزوح 3700 عائلة حتى تاريخ 8 شباط.", C(DISP, FAM, "all", 3700, since=None, until="2020-02-08"),
         published="2020-02-10", id="hatta-tarikh"),
    case("ونزوح 3800 عائلة خلال 72 ساعة.", C(DISP, FAM, "all", 3800, window_days=3),
         published="2020-02-10", id="72-hours"),
    case("ومقتل 46 مدنياً خلال الأسبوع الأول من شباط.",
         C(KILL, IND, "civilians", 46, since="2020-02-01", until="2020-02-07", window_days=None),
         published="2020-02-10", id="first-week-of-month-is-no-window"),
    case("ونزوح 3900 عائلة منذ الخميس الماضي.", C(DISP, FAM, "all", 3900, since="2020-02-06"),
         published="2020-02-10", id="weekday-madi"),
    case("ونزوح 1250 عائلة منذ 29 نيسان.", C(DISP, FAM, "all", 1250, since=None), published=None,
         id="no-publication-date-leaves-yearless-date-unresolved"),
    case("ونزوح 640 عائلة من ريف حلب.", C(DISP, FAM, "all", 640, since=None, until=None), published="2020-02-10",
         id="no-period"),
]

ENGLISH = [
    case("Six children lost their lives to shelling on 22 October alone.",
         C(KILL, IND, "children", 6, since=None, until="2023-10-22"), published="2023-10-27", id="on-event-day"),
    case("On Tuesday, air strikes killed 12 civilians.", C(KILL, IND, "civilians", 12, until="2020-01-21"),
         published="2020-01-23", id="opening-on-weekday"),
    case("The truce agreed on 5 March held, and 1,200 families returned.", C(RET, FAM, "all", 1200, until=None),
         published="2020-04-01", id="event-day-of-another-clause"),
    case("Some 65,000 families have been displaced since 29 April.",
         C(DISP, FAM, "all", 65000, since="2019-04-29", until=None), published="2019-05-29", id="since-day-month"),
    case("About 520,000 people have fled since the start of December.",
         C(DISP, IND, "all", 520_000, since="2019-12-01"), published="2020-01-20", id="since-the-start-of-month"),
    case("Some 948,000 people have been displaced since 1 December 2019.",
         C(DISP, IND, "all", 948_000, since="2019-12-01"), published="2020-02-20", id="since-full-date"),
    case("Some 948,000 people have been displaced since December 1.",
         C(DISP, IND, "all", 948_000, since="2019-12-01"), published="2020-02-20", id="since-month-day"),
    case("More than 140 civilians have been killed since the beginning of the year.",
         C(KILL, IND, "civilians", 140, since="2020-01-01"), published="2020-02-10", id="since-beginning-of-year"),
    case("Over 1 million people have been displaced since last October.",
         C(DISP, IND, "all", 1_000_000, since="2019-10-01"), published="2020-04-07", id="since-last-month-name"),
    case("Nearly 1,611 families were displaced in the past 24 hours.",
         C(DISP, FAM, "all", 1611, since=None, window_days=1), published="2020-02-27", id="past-24-hours"),
    case("About 68,000 people were displaced over the past week.",
         C(DISP, IND, "all", 68000, since=None, window_days=7), published="2023-10-13", id="over-the-past-week"),
    case("Some 43,000 people fled between 1 and 15 December.",
         C(DISP, IND, "all", 43000, since="2019-12-01", until="2019-12-15"), published="2019-12-20",
         id="between-day-and-day-month"),
    case("As of 23 March, 961,000 people had been displaced.",
         C(DISP, IND, "all", 961_000, until="2020-03-23"), published="2020-03-25", id="as-of"),
    case("Some 950,000 people were displaced from 1 December to 12 February.",
         C(DISP, IND, "all", 950_000, since="2019-12-01", until="2020-02-12"), published="2020-02-14",
         id="from-to-across-new-year"),
    case("Some 12,300 people were newly displaced in January, according to HNAP.",
         C(DISP, IND, "all", 12300, since="2022-01-01", until="2022-01-31", by="HNAP"), published="2022-03-10",
         id="in-month"),
    case("Between December 1 and February 9, 3,200 families fled.",
         C(DISP, FAM, "all", 3200, since="2019-12-01", until="2020-02-09"), published="2020-02-10",
         id="between-month-day-before-figure"),
    case("As of 20 February 2020, 900,000 people had been displaced.",
         C(DISP, IND, "all", 900_000, since=None, until="2020-02-20"), published="2020-02-22", id="as-of-full-date"),
    case("At least 300 civilians have been killed since the offensive began on 26 April.",
         C(KILL, IND, "civilians", 300, since="2019-04-26"), published="2019-06-10", id="since-the-offensive-began-on"),
    case("At least 310 civilians were killed in January.",
         C(KILL, IND, "civilians", 310, since="2020-01-01", until="2020-01-31"), published="2020-02-10", id="in-january"),
    case("Some 3,300 families fled in the last 48 hours.",
         C(DISP, FAM, "all", 3300, window_days=2), published="2020-02-10", id="last-48-hours"),
    case("At least 320 civilians have been killed since Thursday.",
         C(KILL, IND, "civilians", 320, since="2020-02-06"), published="2020-02-10", id="since-weekday"),
    case("At least 330 civilians have been killed this month.",
         C(KILL, IND, "civilians", 330, since="2020-02-01"), published="2020-02-10", id="this-month"),
    case("At least 340 civilians were killed last month.",
         C(KILL, IND, "civilians", 340, since="2020-01-01", until="2020-01-31"), published="2020-02-10",
         id="last-month"),
    case("At least 350 civilians have been killed so far this year.",
         C(KILL, IND, "civilians", 350, since="2020-01-01"), published="2020-02-10", id="so-far-this-year"),
    case("Some 3,400 families fled during the first week of February.",
         C(DISP, FAM, "all", 3400, since="2020-02-01", until="2020-02-07"), published="2020-02-10",
         id="first-week-of-month"),
    case("Some 65,000 families have been displaced since 29 April.",
         C(DISP, FAM, "all", 65000, since=None), published=None, id="no-publication-date"),
]


# fmt: on


@pytest.mark.parametrize("text, published, expected", ARABIC)
def test_arabic_periods(text, published, expected):
    check(text, "ar", published, expected)


@pytest.mark.parametrize("text, published, expected", ENGLISH)
def test_english_periods(text, published, expected):
    check(text, "en", published, expected)
