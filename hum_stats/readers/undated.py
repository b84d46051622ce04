"""Does a text hold dates that need the publication date to be read?

"منذ 29 من نيسان الماضي" or "since 26 April" means a day of the year the article was published
in; "last week" and "الأسبوع الماضي" count back from that day. A document without a
publication date leaves such dates unresolved, and the store says so in the review table.
This is a simple check (day and month without a year, or a relative period), not a parser.
"""

from __future__ import annotations

import re
from functools import cache

#: Relative periods, read back from the publication date.
RELATIVE: dict[str, tuple[str, ...]] = {
    "ar": (
        r"(?:ال)?(?:أسبوع|شهر|عام|سنة|يوم|أيام|ساعات|أشهر)\s+(?:ال)?(?:ماضي|ماضية|فائت|فائتة|منصرم|جاري|جارية|حالي)",
        r"(?:^|\s)[وف]?(?:أمس|البارحة)(?:\s|$|[،.])",
    ),
    "en": (
        r"\b(?:yesterday|last (?:week|month|night)|(?:past|last) (?:\d+|few|two|three|seven) (?:hours|days|weeks)|"
        r"past (?:week|month|day)|this (?:week|month)|earlier this (?:week|month|year))\b",
        r"\bon (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
    ),
}
_YEAR_AFTER = re.compile(r"^\W{0,3}(?:\s*(?:من\s+)?(?:عام|العام|سنة)\s*)?[0-9٠-٩]{4}")


@cache
def _patterns() -> list[tuple[re.Pattern[str], bool]]:
    """(pattern, whether a year right after it makes the date complete)."""
    from hum_stats.extract.lang import ar, en

    ar_months = "|".join(sorted(map(re.escape, ar.MONTHS), key=len, reverse=True))
    en_months = "|".join(sorted(map(re.escape, (m for m in en.MONTHS if len(m) > 3)), key=len, reverse=True))
    day = r"[0-9٠-٩]{1,2}"
    month_dates = [
        re.compile(rf"{day}\s+(?:من\s+)?(?:شهر\s+)?[وبل]?(?:{ar_months})(?!\w)"),
        re.compile(rf"(?<!\w)[وبل]?(?:{ar_months})\s+(?:الماضي|الفائت|المنصرم|الجاري|الحالي)"),
        re.compile(rf"\b{day}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{en_months})\b", re.I),
        re.compile(rf"\b(?:{en_months})\s+{day}(?:st|nd|rd|th)?\b(?!,?\s*\d)", re.I),
    ]
    relative = [re.compile(p, re.I) for lang in RELATIVE.values() for p in lang]
    return [(p, True) for p in month_dates] + [(p, False) for p in relative]


def yearless_date(text: str) -> str | None:
    """The first year-less date or relative period in ``text``, as written; None when there is none.

    >>> yearless_date("نزح 500 شخص منذ 29 من نيسان الماضي")
    '29 من نيسان'
    >>> yearless_date("Since 26 April 2019, 300 families fled.") is None
    True
    >>> yearless_date("Shelling last week killed 12 civilians.")
    'last week'
    """
    found: list[tuple[int, str]] = []
    for pattern, year_completes in _patterns():
        for match in pattern.finditer(text):
            if year_completes and _YEAR_AFTER.match(text[match.end() : match.end() + 16]):
                continue
            found.append((match.start(), match.group(0).strip(" ،.")))
            break
    return min(found)[1] if found else None
