"""pandera models for documents and claims, and the one function that validates a batch.

Claims are validated before they are stored and when they are handed to a user. A claim that
fails is never dropped: :func:`validate_claims` splits a frame into the rows that pass and a
``failures`` frame with one row per (claim, failed check), which the store keeps in its review
table.

>>> import pandas as pd
>>> docs = pd.DataFrame({"doc_id": ["d1"], "text": ["568 killed"], "published": ["2019-05-29"]})
>>> claims = pd.DataFrame({"doc_id": ["d1"], "idx": [0], "metric": ["killed"], "unit": ["individuals"],
...     "group": ["all"], "value": [568], "qualifier": ["exact"], "start": [0], "end": [10],
...     "quote": ["568 killed"]})
>>> valid, failures = validate_claims(claims, docs)
>>> len(valid), len(failures)
(1, 0)
"""

from __future__ import annotations

import functools
from typing import Any

import pandas as pd
import pandera.pandas as pa
from pandera.errors import SchemaError as PanderaSchemaError
from pandera.errors import SchemaErrors
from pandera.typing import Series

from hum_stats.claims import CLAIM_FIELDS, GROUPS, METRICS, QUALIFIERS, UNITS
from hum_stats.errors import SchemaError

LANGUAGES: tuple[str, ...] = ("ar", "en")
STATUSES: tuple[str, ...] = ("machine", "accepted", "corrected", "manual")

#: Columns a claims frame must have; the other Claim fields default as in :class:`~hum_stats.claims.Claim`.
REQUIRED_CLAIM_COLUMNS: tuple[str, ...] = (
    "doc_id",
    "metric",
    "unit",
    "group",
    "value",
    "start",
    "end",
    "quote",
)
OPTIONAL_CLAIM_COLUMNS: dict[str, Any] = {
    f: ("exact" if f == "qualifier" else None) for f in CLAIM_FIELDS if f not in REQUIRED_CLAIM_COLUMNS
}

#: Columns of the frame with the failures of a validation, one row per (claim, check).
FAILURE_COLUMNS: tuple[str, ...] = ("row", "doc_id", "idx", "claim_id", "check", "column", "detail")


# -- element helpers shared by the dataframe checks -----------------------------------------


def _dates(df: pd.DataFrame, column: str) -> pd.Series:
    if column not in df.columns:
        return pd.Series(pd.NaT, index=df.index, dtype="datetime64[ns]")
    return pd.to_datetime(df[column], errors="coerce")


def _ints(df: pd.DataFrame, column: str) -> pd.Series:
    if column not in df.columns:
        return pd.Series(pd.NA, index=df.index, dtype="Float64")
    return pd.to_numeric(df[column], errors="coerce")


def not_after(df: pd.DataFrame, early: str, late: str) -> pd.Series:
    """True where ``early <= late`` or either is missing."""
    a, b = _dates(df, early), _dates(df, late)
    return (a.isna() | b.isna() | (a <= b)).astype(bool)


def span_ordered(df: pd.DataFrame) -> pd.Series:
    """True where ``start < end`` (missing or non-numeric offsets are left to the dtype checks)."""
    start, end = _ints(df, "start"), _ints(df, "end")
    return (start.isna() | end.isna() | (start < end)).astype(bool)


def _texts(df: pd.DataFrame) -> pd.Series | None:
    return df["text"] if "text" in df.columns else None


def span_inside_text(df: pd.DataFrame) -> pd.Series:
    """True where ``end <= len(text)``, or where the text is not in the frame."""
    texts = _texts(df)
    if texts is None:
        return pd.Series(True, index=df.index)
    end = _ints(df, "end")
    lengths = texts.map(lambda t: len(t) if isinstance(t, str) else None)
    lengths = pd.to_numeric(lengths, errors="coerce")
    return (end.isna() | lengths.isna() | (end <= lengths)).astype(bool)


def quote_matches_text(df: pd.DataFrame) -> pd.Series:
    """True where ``quote == text[start:end]``, or where the text is not in the frame."""
    texts = _texts(df)
    if texts is None:
        return pd.Series(True, index=df.index)
    out = []
    for text, start, end, quote in zip(texts, _ints(df, "start"), _ints(df, "end"), df["quote"], strict=True):
        if not isinstance(text, str) or pd.isna(start) or pd.isna(end):
            out.append(True)
        else:
            out.append(text[int(start) : int(end)] == quote)
    return pd.Series(out, index=df.index, dtype=bool)


def _parent_positions(df: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """For each row, the position (in ``df``) of its parent claim, and whether it could be found.

    The parent is found by ``doc_id`` + ``idx == subset_of`` when the frame carries ``idx`` (a
    batch about to be stored: every parent must be there), otherwise by ``parent_claim_id``
    (a frame read back: a parent filtered out by a query is not an error).
    """
    n = len(df)
    parent = pd.Series([-1] * n, index=df.index, dtype="int64")
    missing = pd.Series([False] * n, index=df.index, dtype=bool)
    subset = _ints(df, "subset_of")
    if "idx" in df.columns:
        where = {
            (d, int(i)): pos
            for pos, (d, i) in enumerate(zip(df["doc_id"], _ints(df, "idx"), strict=True))
            if not pd.isna(i)
        }
        for pos, (doc, s) in enumerate(zip(df["doc_id"], subset, strict=True)):
            if pd.isna(s):
                continue
            p = where.get((doc, int(s)))
            if p is None or p == pos:
                missing.iloc[pos] = True
            else:
                parent.iloc[pos] = p
    elif "parent_claim_id" in df.columns and "claim_id" in df.columns:
        where_id = {c: pos for pos, c in enumerate(df["claim_id"])}
        for pos, pid in enumerate(df["parent_claim_id"]):
            if isinstance(pid, str) and pid in where_id:
                parent.iloc[pos] = where_id[pid]
    return parent, missing


def subset_refers_to_claim(df: pd.DataFrame) -> pd.Series:
    """True unless ``subset_of`` names no other claim of the same document."""
    return ~_parent_positions(df)[1]


def subset_not_larger_than_parent(df: pd.DataFrame) -> pd.Series:
    """True unless the claim's value is larger than its parent's (same unit) value."""
    parent, _ = _parent_positions(df)
    values = _ints(df, "value").to_numpy()
    units = df["unit"].to_numpy() if "unit" in df.columns else [None] * len(df)
    out = []
    for pos, p in enumerate(parent):
        if p < 0 or units[pos] != units[p] or pd.isna(values[pos]) or pd.isna(values[p]):
            out.append(True)
        else:
            out.append(bool(values[pos] <= values[p]))
    return pd.Series(out, index=df.index, dtype=bool)


# -- models ------------------------------------------------------------------------------------


class DocumentModel(pa.DataFrameModel):
    """One row per stored document; ``doc_id`` is the sha256 of its normalised text."""

    doc_id: Series[str] = pa.Field(unique=True, str_length={"min_value": 1})
    text: Series[str] = pa.Field(str_length={"min_value": 1})
    title: Series[str] = pa.Field(nullable=True)
    language: Series[str] = pa.Field(nullable=True, isin=LANGUAGES)
    published: Series[pd.Timestamp] = pa.Field(nullable=True)
    publisher: Series[str] = pa.Field(nullable=True)
    url: Series[str] = pa.Field(nullable=True)
    source_path: Series[str] = pa.Field(nullable=True)
    reader: Series[str] = pa.Field(nullable=True)

    class Config:
        coerce = True
        strict = False


class ClaimModel(pa.DataFrameModel):
    """One row per claim, in the vocabulary of ../shared/CLAIMS.md.

    Optional columns add checks when present: ``published`` (the period must end by then),
    ``text`` (the span must be inside it and ``quote == text[start:end]``), ``idx`` (subsets
    are resolved by position within the document) or ``parent_claim_id``.
    """

    doc_id: Series[str] = pa.Field(str_length={"min_value": 1})
    claim_id: Series[str] | None = pa.Field(unique=True)
    metric: Series[str] = pa.Field(isin=METRICS)
    unit: Series[str] = pa.Field(isin=UNITS)
    group: Series[str] = pa.Field(isin=GROUPS)
    value: Series[int] = pa.Field(ge=0)
    qualifier: Series[str] = pa.Field(isin=QUALIFIERS)
    since: Series[pd.Timestamp] = pa.Field(nullable=True)
    until: Series[pd.Timestamp] = pa.Field(nullable=True)
    published: Series[pd.Timestamp] | None = pa.Field(nullable=True)
    attributed_to: Series[str] = pa.Field(nullable=True)
    location: Series[str] = pa.Field(nullable=True)
    subset_of: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0)
    start: Series[int] = pa.Field(ge=0)
    end: Series[int] = pa.Field(ge=0)
    quote: Series[str] = pa.Field(str_length={"min_value": 1})
    window_days: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=1)
    status: Series[str] | None = pa.Field(isin=STATUSES)

    class Config:
        coerce = True
        strict = False

    @pa.dataframe_check
    @classmethod
    def since_not_after_until(cls, df: pd.DataFrame) -> pd.Series:
        return not_after(df, "since", "until")

    @pa.dataframe_check
    @classmethod
    def since_not_after_published(cls, df: pd.DataFrame) -> pd.Series:
        return not_after(df, "since", "published")

    @pa.dataframe_check
    @classmethod
    def until_not_after_published(cls, df: pd.DataFrame) -> pd.Series:
        return not_after(df, "until", "published")

    @pa.dataframe_check
    @classmethod
    def start_before_end(cls, df: pd.DataFrame) -> pd.Series:
        return span_ordered(df)

    @pa.dataframe_check
    @classmethod
    def span_inside_text(cls, df: pd.DataFrame) -> pd.Series:
        return span_inside_text(df)

    @pa.dataframe_check
    @classmethod
    def quote_matches_text(cls, df: pd.DataFrame) -> pd.Series:
        return quote_matches_text(df)

    @pa.dataframe_check
    @classmethod
    def subset_refers_to_claim(cls, df: pd.DataFrame) -> pd.Series:
        return subset_refers_to_claim(df)

    @pa.dataframe_check
    @classmethod
    def subset_not_larger_than_parent(cls, df: pd.DataFrame) -> pd.Series:
        return subset_not_larger_than_parent(df)


# -- validation --------------------------------------------------------------------------------


def _check_name(check: Any) -> str:
    """``isin(['a', 'b'])`` -> ``isin``; dataframe checks keep their function name."""
    name = str(check)
    return name.split("(", 1)[0] if "(" in name else name


def failures_frame(error: SchemaErrors, df: pd.DataFrame) -> pd.DataFrame:
    """One row per (row of ``df``, failed check) from pandera's ``failure_cases``.

    A failure without a row index (a whole column missing, a check that crashed) is charged to
    every row: nothing passes unseen.
    """
    cases = error.failure_cases
    rows: dict[tuple[Any, str], dict[str, Any]] = {}
    for case in cases.itertuples(index=False):
        column = None if case.schema_context == "DataFrameSchema" else case.column
        check = f"{column}.{_check_name(case.check)}" if column else _check_name(case.check)
        detail = f"{case.check}: {case.failure_case!r}" if column else str(case.check)
        targets = list(df.index) if pd.isna(case.index) else [case.index]
        for row in targets:
            key = (row, check)
            if key in rows:
                if column and rows[key]["column"] is None:
                    rows[key].update(column=column, detail=detail)
                continue
            rows[key] = {"row": row, "check": check, "column": column, "detail": detail}
    out = pd.DataFrame(list(rows.values()), columns=["row", "check", "column", "detail"])
    return _with_ids(out, df)


def _with_ids(failures: pd.DataFrame, df: pd.DataFrame) -> pd.DataFrame:
    for col in ("doc_id", "idx", "claim_id"):
        values: list[Any] = [df.at[r, col] if col in df.columns else None for r in failures["row"]]
        failures[col] = pd.Series(values, index=failures.index, dtype=object)
    for row_i in failures.index:
        column: Any = failures.at[row_i, "column"]
        if column is None or column == "" or (isinstance(column, float) and pd.isna(column)):
            # name the values a dataframe-level check looked at
            r = failures.at[row_i, "row"]
            failures.at[row_i, "detail"] = _dataframe_check_detail(str(failures.at[row_i, "check"]), df, r)
    return (
        failures.loc[:, list(FAILURE_COLUMNS)]
        .sort_values(["row", "check"], kind="stable")
        .reset_index(drop=True)
    )


def _dataframe_check_detail(check: str, df: pd.DataFrame, row: Any) -> str:
    def get(col: str) -> Any:
        return _fmt(df.at[row, col]) if col in df.columns else None

    if check in ("since_not_after_until", "since_not_after_published", "until_not_after_published"):
        text_ = f"since={get('since')} until={get('until')}"
        return text_ + (f" published={get('published')}" if "published" in df.columns else "")
    if check in ("start_before_end", "span_inside_text"):
        text = get("text")
        return f"start={get('start')} end={get('end')} text length={len(text) if isinstance(text, str) else None}"
    if check == "quote_matches_text":
        text, start, end = df.at[row, "text"], get("start"), get("end")
        found = text[int(start) : int(end)] if isinstance(text, str) else None
        return f"quote={get('quote')!r} but text[{start}:{end}]={found!r}"
    if check in ("subset_refers_to_claim", "subset_not_larger_than_parent"):
        return f"value={get('value')} subset_of={get('subset_of')}"
    return check


def _fmt(value: Any) -> Any:
    """Dates as YYYY-MM-DD, whole floats as ints, missing as None: details read like the input."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _date_failures(df: pd.DataFrame) -> list[dict[str, Any]]:
    """ISO dates that cannot be read: pandera would coerce them silently to NaT."""
    out = []
    for col in ("since", "until", "published"):
        if col not in df.columns:
            continue
        raw = df[col]
        parsed = pd.to_datetime(raw, errors="coerce", format="mixed")
        bad = raw.notna() & parsed.isna()
        for row in df.index[bad]:
            out.append(
                {
                    "row": row,
                    "check": f"{col}_is_date",
                    "column": col,
                    "detail": f"{col}={raw[row]!r} is not an ISO date (YYYY-MM-DD)",
                }
            )
    return out


@functools.cache
def _types_only() -> pa.DataFrameSchema:
    """:class:`ClaimModel`'s columns and dtypes, without its checks: coercion only."""
    schema = ClaimModel.to_schema()
    columns = {
        name: pa.Column(col.dtype, nullable=True, required=col.required, coerce=True)
        for name, col in schema.columns.items()
    }
    return pa.DataFrameSchema(columns, coerce=True, strict=False)


def validate_claims(
    claims_df: pd.DataFrame, documents_df: pd.DataFrame | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Validate claims against :class:`ClaimModel`, with the text and date of their documents.

    ``claims_df`` has ``doc_id``, ``idx`` (position within its document) and the Claim fields;
    ``documents_df`` has ``doc_id`` and, when known, ``text`` and ``published``. Returns
    ``(valid, failures)``: ``valid`` holds the claims that passed every check, coerced to the
    model's types, in the input's columns; ``failures`` has one row per (claim, failed check)
    with the columns of :data:`FAILURE_COLUMNS` (``row`` is the claim's index in ``claims_df``).
    Every claim of ``claims_df`` is in exactly one of ``valid`` and ``failures["row"]``.
    """
    missing = [c for c in REQUIRED_CLAIM_COLUMNS if c not in claims_df.columns]
    if missing:
        raise SchemaError(
            f"claims frame lacks column(s) {missing}; build it from Claim.to_dict() plus doc_id"
        )
    df = claims_df.copy()
    for col, default in OPTIONAL_CLAIM_COLUMNS.items():
        if col not in df.columns:
            df[col] = pd.Series([default] * len(df), index=df.index, dtype=object)
    helpers: list[str] = []
    if documents_df is not None and len(df):
        for col in ("text", "published"):
            if col in documents_df.columns and col not in df.columns:
                lookup = documents_df.drop_duplicates("doc_id").set_index("doc_id")[col]
                df[col] = df["doc_id"].map(lookup)
                helpers.append(col)
    rows: list[dict[str, Any]] = _date_failures(df)
    bad_dates = {r["row"] for r in rows}
    checked = df.copy()
    for col in ("since", "until", "published"):
        if col in checked.columns:
            checked[col] = pd.to_datetime(checked[col], errors="coerce", format="mixed")
    try:
        coerced = ClaimModel.validate(checked, lazy=True)
        failures = pd.DataFrame(columns=list(FAILURE_COLUMNS))
    except SchemaErrors as err:
        coerced = None
        failures = failures_frame(err, checked)
    except PanderaSchemaError as err:  # pragma: no cover - lazy=True reports through SchemaErrors
        raise SchemaError(f"claims could not be validated: {err}") from err
    if rows:
        extra = _with_ids(pd.DataFrame(rows, columns=["row", "check", "column", "detail"]), df)
        failures = pd.concat([failures, extra], ignore_index=True) if len(failures) else extra
        failures = failures.sort_values(["row", "check"], kind="stable")
    failed_rows = set(failures["row"]) | bad_dates
    keep = [r for r in df.index if r not in failed_rows]
    # when some rows failed, coerce the others without the checks across rows (their parent may have failed)
    valid = _types_only().validate(checked.loc[keep]) if coerced is None else coerced.loc[keep]
    valid = valid.drop(columns=helpers)
    return valid, failures.reset_index(drop=True)


def validate_documents(documents_df: pd.DataFrame) -> pd.DataFrame:
    """The documents frame coerced to :class:`DocumentModel`; raises SchemaError listing every failure."""
    try:
        return DocumentModel.validate(documents_df, lazy=True)
    except SchemaErrors as err:
        cases = err.failure_cases
        lines = [
            f"row {c.index!s}: {c.column!s} failed {c.check!s} ({c.failure_case!r})"
            for c in cases.itertuples()
        ]
        raise SchemaError("documents failed validation: " + "; ".join(lines[:10])) from err


def split_served(claims_df: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A claims frame read back from the store, split into the claims that pass
    :class:`ClaimModel` and the ones that do not.

    Returns ``(valid, failures)``: ``valid`` coerced to the model, ``failures`` one row per
    (claim, failed check) with the columns of :data:`FAILURE_COLUMNS`. One bad claim (a subset
    corrected above its parent) never keeps the others from being served; a claim whose parent
    is held back is checked again without it.
    """
    failures: list[pd.DataFrame] = []
    frame = claims_df
    for _ in range(len(claims_df) + 1):
        try:
            return ClaimModel.validate(frame, lazy=True), _concat(failures)
        except SchemaErrors as err:
            found = failures_frame(err, frame)
        if not len(found):  # pragma: no cover - a SchemaErrors always names a failure
            break
        failures.append(found)
        frame = frame.drop(index=list(set(found["row"])))
    raise SchemaError("stored claims could not be validated; report this as a bug")  # pragma: no cover


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    if not frames:
        return pd.DataFrame(columns=list(FAILURE_COLUMNS))
    return pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]


def validate_frame(claims_df: pd.DataFrame) -> pd.DataFrame:
    """A claims frame read back from the store, checked with :class:`ClaimModel`.

    Raises :class:`~hum_stats.errors.SchemaError` naming every failed row and check.
    """
    try:
        return ClaimModel.validate(claims_df, lazy=True)
    except SchemaErrors as err:
        failures = failures_frame(err, claims_df)
        lines = [
            f"claim {r['claim_id'] or r['row']}: {r['check']} ({r['detail']})"
            for r in failures.to_dict("records")
        ]
        raise SchemaError(
            f"{len(failures)} stored claim check(s) failed: "
            + "; ".join(lines[:10])
            + "; reject or correct them with a decision"
        ) from err
