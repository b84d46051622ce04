"""The claim record and the vocabulary of ../shared/CLAIMS.md.

A claim is one figure about people in a text, with what it means and where it was found.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

METRICS: tuple[str, ...] = ("displaced", "returned", "killed", "injured", "missing", "detained")
UNITS: tuple[str, ...] = ("families", "individuals")
GROUPS: tuple[str, ...] = (
    "all",
    "civilians",
    "children",
    "women",
    "men",
    "elderly",
    "combatants",
    "aid_workers",
)
QUALIFIERS: tuple[str, ...] = ("exact", "approx", "more_than", "at_least", "up_to")

#: The order of the fields in every JSON line and DataFrame the project hands out.
CLAIM_FIELDS: tuple[str, ...] = (
    "metric",
    "unit",
    "group",
    "value",
    "qualifier",
    "since",
    "until",
    "attributed_to",
    "location",
    "subset_of",
    "start",
    "end",
    "quote",
    "window_days",
)

#: The claims frame the store hands to series, charts, exports and users, in this order: the
#: claim's fields with its document before them, its stored parent after ``subset_of``, and its
#: review status last.
_SUBSET_AT = CLAIM_FIELDS.index("subset_of") + 1
CLAIMS_FRAME_COLUMNS: tuple[str, ...] = (
    ("claim_id", "doc_id", "published", "publisher", "url")
    + CLAIM_FIELDS[:_SUBSET_AT]
    + ("parent_claim_id",)
    + CLAIM_FIELDS[_SUBSET_AT:]
    + ("status",)
)


@dataclass(slots=True)
class Claim:
    """One figure about people, with its meaning and its evidence span.

    ``start``/``end`` are offsets into the *original* text: ``quote == text[start:end]``.
    ``window_days`` is set when the text gives the figure for a short window before
    publication ("in the past 24 hours" -> 1, "over the past week" -> 7): such a figure is
    an increment, not a running total.
    """

    metric: str
    unit: str
    group: str
    value: int
    qualifier: str = "exact"
    since: str | None = None
    until: str | None = None
    attributed_to: str | None = None
    location: str | None = None
    subset_of: int | None = None
    start: int = 0
    end: int = 0
    quote: str = ""
    window_days: int | None = None
    extra: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("extra", None)
        return {k: d[k] for k in CLAIM_FIELDS}
