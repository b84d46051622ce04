"""Reading numbers: digit groups on their own, then whole number expressions through ``extract``.

``digits_value(s, before_multiplier)`` reads one group of ASCII digits and separators (the
engine turns Arabic-Indic digits into ASCII first): a dot or comma between groups of
three is a thousands separator, except that "2.500 مليون" is 2.5 million; otherwise a lone
separator is a decimal point. Anything it cannot read safely is None.
"""

from __future__ import annotations

import pytest
from claim_cases import C, check

from hum_stats.extract.numbers import digits_value

DIGITS = [
    # (text, before a multiplier, value)
    ("65452", False, 65452),
    ("65,452", False, 65452),
    ("17،761", False, 17761),
    ("97٬694", False, 97694),
    ("1.018.529", False, 1018529),
    ("328.418", False, 328418),
    ("178.689", False, 178689),
    ("1,018,529", False, 1018529),
    ("12 500", False, 12500),
    ("6.8", True, 6.8),
    ("1.5", True, 1.5),
    ("2,5", True, 2.5),
    ("1,5", True, 1.5),
    ("3٫5", True, 3.5),
    ("2.500", True, 2.5),
    ("2.500", False, 2500),
    ("7.8", False, 7.8),
    ("0", False, 0),
    ("1.018,529", False, None),  # two kinds of separator in one figure
    ("1,2,3", False, None),  # a list, not a number
    ("1234567890123456", False, None),  # no count of people has 16 digits
]


@pytest.mark.parametrize(
    "text, before_multiplier, value",
    [pytest.param(*row, id=f"{row[0]}{'-mult' if row[1] else ''}") for row in DIGITS],
)
def test_digits_value(text, before_multiplier, value):
    got = digits_value(text, before_multiplier)
    assert got == value
    if value is not None:
        assert type(got) is type(value), f"{got!r} should be {type(value).__name__}"


# Whole expressions, read in a plain frame so that only the number is under test.
AR_VALUES = [
    ("٦٥٤٥٢", 65452),
    ("۶۵۴۵۲", 65452),
    ("65,452", 65452),
    ("٦٥,٤٥٢", 65452),
    ("65،452", 65452),
    ("1.018.529", 1018529),
    ("(2,147)", 2147),
    ("400 ألف", 400_000),
    ("١,٥ مليون", 1_500_000),
    ("6.8 مليون", 6_800_000),
    ("٢,٥ ألف", 2500),
    ("4 آلاف", 4000),
    ("11 ألفاً و137", 11137),
    ("359 ألفا و418", 359418),
    ("مليون و200 ألف", 1_200_000),
    ("4 آلاف و311", 4311),
    ("ألف", 1000),
    ("ألفي", 2000),
    ("ثلاثة آلاف", 3000),
    ("مليون", 1_000_000),
    ("مليوني", 2_000_000),
    ("ربع مليون", 250_000),
    ("نصف مليون", 500_000),
    ("مئة", 100),
    ("مائة", 100),
    ("مئتي", 200),
    ("ثلاثمئة", 300),
    ("ثلاثة", 3),
    ("خمسة وعشرين", 25),
    ("ثلاثة عشر", 13),
    ("ثمانية آلاف ومئة وأربعة وعشرين", 8124),
    ("ثلاثمئة وخمسين ألفاً", 350_000),
]
EN_VALUES = [
    ("65,452", 65452),
    ("65452", 65452),
    ("1.2 million", 1_200_000),
    ("1.5m", 1_500_000),
    ("half a million", 500_000),
    ("a quarter of a million", 250_000),
    ("three", 3),
    ("twenty-five", 25),
    ("two hundred", 200),
    ("(2,147)", 2147),
    ("400,000", 400_000),
    ("400 thousand", 400_000),
    ("two hundred and fifty thousand", 250_000),
    ("a million", 1_000_000),
    ("2 million", 2_000_000),
]


@pytest.mark.parametrize("number, value", [pytest.param(n, v, id=n) for n, v in AR_VALUES])
def test_arabic_values_via_extract(number, value):
    check(
        f"وأدى القصف إلى نزوح {number} عائلة من المنطقة.",
        "ar",
        None,
        [C("displaced", "families", "all", value)],
    )


@pytest.mark.parametrize("number, value", [pytest.param(n, v, id=n) for n, v in EN_VALUES])
def test_english_values_via_extract(number, value):
    check(
        f"The shelling displaced {number} families from the area.",
        "en",
        None,
        [C("displaced", "families", "all", value)],
    )


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("ونزحت آلاف العائلات من المنطقة.", id="ar-aalaf"),
        pytest.param("ونزحت عشرات العائلات من المنطقة.", id="ar-asharat"),
        pytest.param("ونزحت مئات العائلات من المنطقة.", id="ar-miat"),
        pytest.param("ونزح ملايين السوريين منذ بداية الحرب.", id="ar-malayin"),
        pytest.param("ونزحت بضع عائلات من المنطقة.", id="ar-bid"),
    ],
)
def test_arabic_vague_counts_are_no_value(text):
    check(text, "ar", None, [])


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Thousands of families were displaced from the area.", id="en-thousands"),
        pytest.param("Tens of thousands of families were displaced.", id="en-tens-of-thousands"),
        pytest.param("Hundreds of families were displaced from the area.", id="en-hundreds"),
        pytest.param("Dozens of families were displaced from the area.", id="en-dozens"),
        pytest.param("Several families were displaced from the area.", id="en-several"),
    ],
)
def test_english_vague_counts_are_no_value(text):
    check(text, "en", None, [])
