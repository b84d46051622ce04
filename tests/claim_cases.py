"""A small helper for the extraction tables: compare only the fields a case states.

A case is a sentence and the claims it holds, in the order they appear::

    case("نزوح 65452 عائلة", C("displaced", "families", "all", 65452), id="digits")

``C`` names the four fields every claim has (metric, unit, group, value) and, as
keywords, any of ``qualifier``, ``since``, ``until``, ``subset_of``, ``window_days``,
``by`` (the canonical organisation, ``attributed_to``) and ``attributed`` (True: credited
to someone, whoever it is; False: credited to no one). Fields a case does not state are
not compared. A case with no claims says the sentence holds none.

Every claim the engine returns must also point into the original text:
``quote == text[start:end]``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from hum_stats.claims import GROUPS, METRICS, QUALIFIERS, UNITS
from hum_stats.extract import extract

_OPTIONAL = ("qualifier", "since", "until", "subset_of", "window_days", "by", "attributed", "location")


def C(metric: str, unit: str, group: str, value: int, **fields: Any) -> dict[str, Any]:
    """One expected claim."""
    assert metric in METRICS, metric
    assert unit in UNITS, unit
    assert group in GROUPS, group
    unknown = set(fields) - set(_OPTIONAL)
    assert not unknown, f"unknown fields {unknown}"
    if "qualifier" in fields:
        assert fields["qualifier"] in QUALIFIERS, fields["qualifier"]
    return {"metric": metric, "unit": unit, "group": group, "value": value, **fields}


def case(text: str, *claims: dict[str, Any], id: str, published: str | None = None, xfail: str | None = None):
    """A ``pytest.param`` of (text, published, claims); ``xfail`` gives the engine's known fault."""
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, published, list(claims), id=id, marks=marks)


def _actual(claim: Any, key: str) -> Any:
    if key == "by":
        return claim.attributed_to
    if key == "attributed":
        return claim.attributed_to is not None
    return getattr(claim, key)


def describe(claims: list[Any]) -> str:
    return (
        "\n".join(
            f"  [{i}] {c.metric} {c.unit} {c.group} {c.value} q={c.qualifier} since={c.since} until={c.until} "
            f"by={c.attributed_to!r} subset_of={c.subset_of} window={c.window_days} quote={c.quote!r}"
            for i, c in enumerate(claims)
        )
        or "  (none)"
    )


def check(text: str, language: str, published: str | date | None, expected: list[dict[str, Any]]) -> None:
    """Extract ``text`` and compare with ``expected`` claim by claim, stated fields only."""
    got = extract(text, language=language, published=published)
    for c in got:
        assert text[c.start : c.end] == c.quote, f"span {c.start}:{c.end} is not the quote {c.quote!r}"
        assert c.quote, "empty quote"
    report = f"\ntext: {text}\ngot:\n{describe(got)}"
    assert len(got) == len(expected), f"expected {len(expected)} claim(s), got {len(got)}{report}"
    for i, (want, have) in enumerate(zip(expected, got, strict=True)):
        for key, value in want.items():
            assert _actual(have, key) == value, (
                f"claim [{i}] {key}: expected {value!r}, got {_actual(have, key)!r}{report}"
            )
