"""The pandera models: every failing claim is reported with the name of the check it failed."""

from __future__ import annotations

import pandas as pd
import pytest

from hum_stats.errors import SchemaError
from hum_stats.schema import ClaimModel, DocumentModel, validate_claims, validate_frame

TEXT = "Shelling killed 568 civilians, 162 children among them, and 1000 families fled."
DOCS = pd.DataFrame({"doc_id": ["d1"], "text": [TEXT], "published": ["2019-05-29"]})


def span(quote: str) -> dict[str, object]:
    start = TEXT.index(quote)
    return {"start": start, "end": start + len(quote), "quote": quote}


def good_claims() -> list[dict[str, object]]:
    base = {"doc_id": "d1", "qualifier": "exact", "since": "2019-04-29", "until": None}
    return [
        {**base, "idx": 0, "metric": "killed", "unit": "individuals", "group": "civilians", "value": 568,
         "subset_of": None, **span("568 civilians")},
        {**base, "idx": 1, "metric": "killed", "unit": "individuals", "group": "children", "value": 162,
         "subset_of": 0, **span("162 children")},
        {**base, "idx": 2, "metric": "displaced", "unit": "families", "group": "all", "value": 1000,
         "subset_of": None, **span("1000 families")},
    ]  # fmt: skip


# (id, row changed, change, the check that must fail)
BAD_CLAIMS = [
    ("unknown-metric", 2, {"metric": "fled"}, "metric.isin"),
    ("unknown-unit", 2, {"unit": "households"}, "unit.isin"),
    ("unknown-group", 0, {"group": "people"}, "group.isin"),
    ("unknown-qualifier", 2, {"qualifier": "roughly"}, "qualifier.isin"),
    ("negative-value", 2, {"value": -5}, "value.greater_than_or_equal_to"),
    ("since-after-until", 2, {"since": "2019-05-20", "until": "2019-05-01"}, "since_not_after_until"),
    ("since-after-published", 2, {"since": "2019-06-01"}, "since_not_after_published"),
    ("until-after-published", 2, {"until": "2019-06-30"}, "until_not_after_published"),
    ("since-not-a-date", 2, {"since": "2019-13-45"}, "since_is_date"),
    ("start-not-before-end", 2, {"start": 20, "end": 20, "quote": "x"}, "start_before_end"),
    ("quote-not-text", 2, {"quote": "1000 families fled"}, "quote_matches_text"),
    ("span-past-text", 2, {"end": len(TEXT) + 10}, "span_inside_text"),
    ("subset-larger-than-parent", 1, {"value": 600}, "subset_not_larger_than_parent"),
    ("subset-of-nothing", 1, {"subset_of": 7}, "subset_refers_to_claim"),
    ("subset-of-itself", 1, {"subset_of": 1}, "subset_refers_to_claim"),
]


@pytest.mark.parametrize(
    ("row", "change", "check"), [c[1:] for c in BAD_CLAIMS], ids=[c[0] for c in BAD_CLAIMS]
)
def test_a_bad_claim_is_reported_with_its_check_and_the_rest_pass(row, change, check):
    rows = good_claims()
    rows[row].update(change)
    valid, failures = validate_claims(pd.DataFrame(rows), DOCS)
    assert check in set(failures.loc[failures["row"] == row, "check"])
    assert set(failures["row"]) == {row}
    assert sorted(valid.index) == sorted(set(range(3)) - {row})


def test_good_claims_pass_and_come_back_typed():
    valid, failures = validate_claims(pd.DataFrame(good_claims()), DOCS)
    assert failures.empty
    assert len(valid) == 3
    assert str(valid["since"].dtype).startswith("datetime64")
    assert str(valid["subset_of"].dtype) == "Int64"
    assert "text" not in valid.columns  # the helper columns joined from the documents are dropped


def test_every_failing_row_is_reported_not_only_the_first():
    rows = good_claims()
    rows[0]["metric"] = "fled"
    rows[2]["value"] = -1
    rows[2]["quote"] = "nothing"
    _, failures = validate_claims(pd.DataFrame(rows), DOCS)
    reported = set(zip(failures["row"], failures["check"], strict=True))
    assert {(0, "metric.isin"), (2, "value.greater_than_or_equal_to"), (2, "quote_matches_text")} <= reported
    assert failures.loc[failures["row"] == 0, "doc_id"].tolist() == ["d1"]


def test_failure_detail_names_the_values():
    rows = good_claims()
    rows[1]["value"] = 600
    _, failures = validate_claims(pd.DataFrame(rows), DOCS)
    assert failures.loc[0, "detail"] == "value=600 subset_of=0"


def test_without_the_text_span_checks_are_skipped():
    rows = good_claims()
    rows[2]["quote"] = "not in the text"
    valid, failures = validate_claims(pd.DataFrame(rows), None)
    assert failures.empty and len(valid) == 3


def test_a_frame_without_the_claim_columns_is_an_error():
    with pytest.raises(SchemaError) as err:
        validate_claims(pd.DataFrame({"doc_id": ["d1"], "value": [3]}), DOCS)
    assert str(err.value) == (
        "claims frame lacks column(s) ['metric', 'unit', 'group', 'start', 'end', 'quote']; "
        "build it from Claim.to_dict() plus doc_id"
    )


def test_validate_frame_raises_naming_the_claim_and_check():
    frame = pd.DataFrame(good_claims()).drop(columns=["idx"]).assign(claim_id=["a", "b", "c"])
    frame.loc[2, "group"] = "people"
    with pytest.raises(SchemaError, match=r"claim c: group\.isin"):
        validate_frame(frame)


DOCUMENTS = [
    ("ok", {}, None),
    ("unknown-language", {"language": "fr"}, "isin"),
    ("empty-text", {"text": ""}, "str_length"),
]


@pytest.mark.parametrize(("change", "check"), [d[1:] for d in DOCUMENTS], ids=[d[0] for d in DOCUMENTS])
def test_document_model(change, check):
    row = {"doc_id": "d1", "text": TEXT, "title": None, "language": "en", "published": "2019-05-29",
           "publisher": None, "url": None, "source_path": None, "reader": "text", **change}  # fmt: skip
    frame = pd.DataFrame([row])
    if check is None:
        assert DocumentModel.validate(frame)["published"].iloc[0] == pd.Timestamp("2019-05-29")
    else:
        with pytest.raises(Exception, match=check):
            DocumentModel.validate(frame)


def test_claim_model_lists_the_vocabulary_of_claims_md():
    columns = ClaimModel.to_schema().columns
    assert set(columns["metric"].checks[0].statistics["allowed_values"]) == {
        "displaced", "returned", "killed", "injured", "missing", "detained",
    }  # fmt: skip
