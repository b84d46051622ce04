"""Extraction survives any text: property-based fuzzing with hypothesis.

For every text hypothesis makes up — arbitrary Unicode, Arabic-heavy text with Western,
Arabic-Indic and Persian digits, bidi and joiner format characters, tatweel, long digit runs,
numbers beyond int64, repeated separators, number and unit words — ``hum_stats.extract.extract``

* returns a list of claims and never raises,
* gives spans inside the text with ``quote == text[start:end]``,
* gives values and vocabulary that pass :class:`hum_stats.schema.ClaimModel` (checked per example
  for the cheap parts, and with pandera over every claim of a test at its end).

A separate test runs 1 MB adversarial strings against a time bound proportional to their
length: a guard against catastrophic regex backtracking, not a benchmark.

The number of examples comes from the hypothesis profile (tests/conftest.py): ``ci`` by
default (FUZZ_EXAMPLES["ci"] per test, >= 10,000 in all), ``dev`` for long local runs.
"""

from __future__ import annotations

import time
import traceback
from typing import Any

import pandas as pd
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import hum_stats.extract
from hum_stats.claims import GROUPS, METRICS, QUALIFIERS, UNITS, Claim
from hum_stats.schema import validate_claims

INT64_MAX = 2**63 - 1

# -- alphabets and words ----------------------------------------------------------------------

WESTERN = "0123456789"
ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
PERSIAN = "۰۱۲۳۴۵۶۷۸۹"
#: RLM, LRM, ALM, ZWJ, ZWNJ, ZWSP, tatweel, BOM, NBSP, narrow NBSP, RLE/PDF, isolates
FORMAT = "\u200f\u200e\u061c\u200d\u200c\u200b\u0640\ufeff\u00a0\u202f\u202b\u202c\u2067\u2069"
SEPARATORS = ",.،٫٬'’ -–/:;()%+"
ARABIC_LETTERS = "".join(chr(c) for c in range(0x0621, 0x064B))
DIACRITICS = "".join(chr(c) for c in range(0x064B, 0x0653))
ARABIC_HEAVY = ARABIC_LETTERS + DIACRITICS + WESTERN + ARABIC_INDIC + PERSIAN + FORMAT + SEPARATORS + " \n"

NUMBER_WORDS = (
    "ألف", "آلاف", "الف", "مليون", "ملايين", "مئة", "مائة", "مئات", "عشرات", "عشرة", "خمسة", "ثلاثة",
    "عشرين", "نحو", "أكثر من", "قرابة", "حوالي", "و", "one", "two", "twelve", "hundred", "hundreds",
    "thousand", "thousands", "million", "dozens", "more than", "about", "at least", "nearly", "and",
)  # fmt: skip
UNIT_WORDS = (
    "عائلة", "عوائل", "أسرة", "نسمة", "شخص", "أشخاص", "مدنيًا", "مدنيين", "طفلًا", "أطفال", "امرأة",
    "نازح", "نزوح", "نزح", "مقتل", "قتل", "إصابة", "جريح", "مفقود", "معتقل", "بينهم", "منهم", "منذ",
    "بحسب", "الدفاع المدني", "منسقو الاستجابة", "إدلب", "families", "people", "civilians", "children",
    "women", "killed", "displaced", "injured", "wounded", "missing", "detained", "among them",
    "including", "since", "according to", "OCHA", "Idlib", "households", "individuals",
)  # fmt: skip
MONTHS = ("نيسان", "أيار", "كانون الثاني", "شباط", "January", "May", "2019", "2020", "29", "الماضي")


@st.composite
def numbers(draw: st.DrawFn) -> str:
    """A figure as reports write it, or as no report would: grouped, in any digits, beyond int64."""
    value = draw(
        st.one_of(
            st.integers(0, 10**7),
            st.integers(0, 10**30),  # far beyond int64
            st.sampled_from([INT64_MAX, INT64_MAX + 1, 2**64, 10**12, 10**12 + 1, 10**19, 0]),
        )
    )
    text = f"{value:,}" if draw(st.booleans()) else str(value)
    sep = draw(st.sampled_from([",", "٬", "،", ".", "٫", " ", "\u00a0", "'", ""]))
    text = text.replace(",", sep)
    system = draw(st.sampled_from([WESTERN, ARABIC_INDIC, PERSIAN]))
    text = text.translate(str.maketrans(WESTERN, system))
    if draw(st.booleans()):
        text += draw(st.sampled_from([".5", "٫٥", "%", "+", "k", "ألف", " million", "٪"]))
    return text


TOKENS = st.one_of(
    numbers(),
    st.sampled_from(NUMBER_WORDS),
    st.sampled_from(UNIT_WORDS),
    st.sampled_from(MONTHS),
    st.text(alphabet=FORMAT + SEPARATORS, min_size=1, max_size=4),
    st.text(alphabet=ARABIC_HEAVY, min_size=1, max_size=8),
)
JOINERS = st.sampled_from([" ", " و", " و ", "، ", ", ", "\u200f ", " \u0640", "\n", "", " (", ") "])


@st.composite
def sentences(draw: st.DrawFn) -> str:
    """Number words, unit words and figures joined the ways reports (and broken pages) join them."""
    tokens = draw(st.lists(TOKENS, min_size=1, max_size=25))
    out = []
    for token in tokens:
        out.append(token)
        out.append(draw(JOINERS))
    return "".join(out)


@st.composite
def repeated(draw: st.DrawFn) -> str:
    """A short unit repeated many times: long digit runs, separator runs, 'و'-joined words."""
    unit = draw(
        st.one_of(
            st.text(alphabet=WESTERN + ARABIC_INDIC + PERSIAN + SEPARATORS + FORMAT, min_size=1, max_size=3),
            st.sampled_from(
                ["1,", "٫", "٣٫", "ألف و ", "و", "ا", "1 ", "9", "١٬", "1.", "\u200f5", "5\u0640"]
            ),
        )
    )
    times = draw(st.integers(1, 400))
    head = draw(st.sampled_from(["", "نزوح ", "مقتل ", "killed ", "displaced "]))
    tail = draw(st.sampled_from(["", " عائلة", " شخص", " families", " people", " مدنيًا"]))
    return head + unit * times + tail


LANGUAGE = st.sampled_from(["ar", "en", None])
PUBLISHED = st.sampled_from([None, "2019-05-29", "2020-02-26", "2000-01-01"])


# -- known faults of the engine ----------------------------------------------------------------

#: Crashes the fuzzing found in the extraction engine (owned by the engine's maintainer), by the
#: engine function that raises. Each has an ``xfail(strict=True)`` test below with its minimal
#: input; while it stands, the fuzz tests set aside inputs that hit it (and only those), so any
#: other crash still fails them. When the engine is fixed the xfail test passes, fails as strict,
#: and the entry here is to be removed.
KNOWN_ENGINE_CRASHES: dict[str, type[BaseException]] = {}


def _known_crash(err: BaseException) -> bool:
    frames = traceback.extract_tb(err.__traceback__)
    return bool(frames) and KNOWN_ENGINE_CRASHES.get(frames[-1].name) is type(err)


def extract_or_known_crash(text: str, language: str | None, published: str | None) -> list[Claim] | None:
    """The claims of ``text``, or None when it hits a known engine crash (any other error is raised)."""
    try:
        return hum_stats.extract.extract(text, language=language, published=published)
    except Exception as err:
        if _known_crash(err):
            return None
        raise


@pytest.mark.parametrize("text", ["5", "0", " ٥", "12"])
def test_a_text_that_is_only_a_figure_has_no_claims(text: str) -> None:
    for language in ("ar", "en"):
        assert hum_stats.extract.extract(text, language=language) == []


# -- the properties -------------------------------------------------------------------------------


def check_claims(text: str, claims: Any) -> None:
    """What must hold of each example, cheaply: types, spans, quotes, vocabulary, int64 values."""
    assert isinstance(claims, list)
    for i, claim in enumerate(claims):
        assert isinstance(claim, Claim), claim
        where = f"claim {i} {claim!r} of text {text!r}"
        assert isinstance(claim.start, int) and isinstance(claim.end, int), where
        assert 0 <= claim.start < claim.end <= len(text), where
        assert claim.quote == text[claim.start : claim.end], where
        assert claim.metric in METRICS and claim.unit in UNITS and claim.group in GROUPS, where
        assert claim.qualifier in QUALIFIERS, where
        assert isinstance(claim.value, int) and not isinstance(claim.value, bool), where
        assert 0 <= claim.value <= INT64_MAX, where  # stored as BIGINT
        if claim.subset_of is not None:
            assert 0 <= claim.subset_of < len(claims) and claim.subset_of != i, where
        if claim.window_days is not None:
            assert claim.window_days >= 1, where


def schema_failures(seen: list[tuple[str, str | None, list[Claim]]]) -> pd.DataFrame:
    """Every claim of every example through the project's pandera validation at once."""
    rows, docs = [], []
    for n, (text, published, claims) in enumerate(seen):
        doc = f"doc{n}"
        docs.append({"doc_id": doc, "text": text, "published": published})
        rows.extend({"doc_id": doc, "idx": i, **c.to_dict()} for i, c in enumerate(claims))
    if not rows:
        return pd.DataFrame()
    _, failures = validate_claims(pd.DataFrame(rows), pd.DataFrame(docs))
    if len(failures):
        texts = {f"doc{n}": t for n, (t, _, _) in enumerate(seen)}
        failures = failures.assign(text=failures["doc_id"].map(texts))
    return failures


def fuzz(strategy: st.SearchStrategy[str]) -> None:
    """Run the properties over ``strategy``'s texts, then the pandera schema over all their claims."""
    seen: list[tuple[str, str | None, list[Claim]]] = []

    @given(text=strategy, language=LANGUAGE, published=PUBLISHED)
    def example(text: str, language: str | None, published: str | None) -> None:
        claims = extract_or_known_crash(text, language, published)
        assume(claims is not None)
        assert claims is not None
        check_claims(text, claims)
        if claims:
            seen.append((text, published, claims))

    example()
    failures = schema_failures(seen)
    assert not len(failures), (
        "claims that fail the schema (shortest text first):\n"
        + failures.assign(n=failures["text"].str.len())
        .sort_values("n")
        .loc[:, ["check", "detail", "text"]]
        .head(5)
        .to_string()
    )


FUZZ_TESTS: list[str] = []


def _fuzz_test(func: Any) -> Any:
    FUZZ_TESTS.append(func.__name__)
    return func


@_fuzz_test
def test_arbitrary_unicode() -> None:
    fuzz(st.text(max_size=300))


@_fuzz_test
def test_arabic_heavy_alphabet() -> None:
    fuzz(st.text(alphabet=ARABIC_HEAVY, max_size=300))


@_fuzz_test
def test_number_and_unit_words() -> None:
    fuzz(sentences())


@_fuzz_test
def test_repeated_units_and_digit_runs() -> None:
    fuzz(repeated())


@_fuzz_test
def test_numbers_in_context() -> None:
    template = st.sampled_from(
        [
            "نزوح {} عائلة", "ما أدى إلى نزوح {} عائلة ({} نسمة)", "مقتل {} مدنيًا بينهم {} طفلًا",
            "{} families were displaced", "{} civilians were killed, {} children among them",
            "{} people killed or injured since May", "ارتفع عدد الضحايا إلى {} شخصًا",
        ]
    )  # fmt: skip

    @st.composite
    def filled(draw: st.DrawFn) -> str:
        pattern = draw(template)
        return pattern.format(*(draw(numbers()) for _ in range(pattern.count("{}"))))

    fuzz(filled())


def test_ci_profile_runs_ten_thousand_examples() -> None:
    """The guarantee is >= 10,000 examples per CI run: the profile times the number of fuzz tests."""
    assert settings.get_profile("ci").max_examples * len(FUZZ_TESTS) >= 10_000
    assert settings.get_profile("ci").deadline is None
    assert settings.default.max_examples >= settings.get_profile("ci").max_examples


# -- a time bound proportional to the text ------------------------------------------------------

#: Seconds per million characters an adversarial text may take. Measured once on the 2-core
#: development machine (1 MB each): "1," 0.2 s, "٫" 9.6 s, "ألف و " 9.5 s, "ا" 0.1 s, "1 " 21 s,
#: "٣ " 19 s, "5 families " 27 s, "1-" 23 s, "1,٫.،٬" 47 s under load; real Arabic reporting
#: ~12 s. Generous on purpose: this guards against catastrophic backtracking (minutes to hours),
#: it is no benchmark.
SECONDS_PER_MB = 60.0
MB = 1_000_000


def _fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


#: name -> (repeated unit, language, characters). The brief's four at 1 MB; the slower ones at a
#: quarter of that so the CI run stays short (the bound is per character either way).
ADVERSARIAL = {
    "comma-separated digits": ("1,", "ar", MB),
    "arabic decimal separators": ("٫", "ar", MB),
    "waw-joined number words": ("ألف و ", "ar", MB),
    "one arabic letter": ("ا", "ar", MB),
    "one digit run": ("9", "ar", MB),
    "digits and spaces": ("1 ", "ar", MB // 4),
    "arabic-indic digits and spaces": ("٣ ", "ar", MB // 4),
    "arabic digits and decimal separators": ("٣٫", "ar", MB // 4),
    "digits and tatweel": ("1\u0640", "ar", MB // 4),
    "rlm and digits": ("\u200f5", "ar", MB // 4),
    "english number words": ("one thousand and ", "en", MB // 4),
    "figures and a unit without full stops": ("5 families ", "en", MB // 4),
    "digits and dashes": ("1-", "ar", MB // 4),
    "thousands groups": ("1,000 ", "ar", MB // 4),
    "mixed separators": ("1,٫.،٬", "ar", MB // 4),
}


def _bounded(unit: str, language: str, size: int) -> None:
    text = _fill(unit, size)
    started = time.perf_counter()
    claims = hum_stats.extract.extract(text, language=language)
    took = time.perf_counter() - started
    limit = SECONDS_PER_MB * len(text) / MB
    assert took < limit, f"{len(text):,} characters of {unit!r} took {took:.1f} s (limit {limit:.1f} s)"
    check_claims(text, claims)


@pytest.mark.slow
@pytest.mark.parametrize(("unit", "language", "size"), list(ADVERSARIAL.values()), ids=list(ADVERSARIAL))
def test_adversarial_text_ends_in_time_proportional_to_its_length(
    unit: str, language: str, size: int
) -> None:
    _bounded(unit, language, size)


@pytest.mark.slow
def test_one_long_sentence_of_figures_ends_in_time_proportional_to_its_length() -> None:
    _bounded("نزوح 5 عائلة، ", "ar", 16_000)
