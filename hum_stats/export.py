"""CSV export of the claims, each row carrying its provenance (document, publisher, URL, quote)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from hum_stats.errors import InputError

if TYPE_CHECKING:
    import pandas as pd

#: Column order of the CSV: the figure, then where it comes from.
EXPORT_COLUMNS: tuple[str, ...] = (
    "published", "metric", "unit", "group", "value", "qualifier", "since", "until", "window_days",
    "attributed_to", "location", "publisher", "url", "quote", "start", "end", "status",
    "claim_id", "doc_id", "subset_of", "parent_claim_id",
)  # fmt: skip


def for_output(frame: pd.DataFrame) -> pd.DataFrame:
    """Dates as YYYY-MM-DD strings and missing values as None, ready for CSV or JSON."""
    import pandas as pd

    out = frame.copy()
    for col in out.columns:
        if pd.api.types.is_datetime64_any_dtype(out[col]):
            out[col] = out[col].dt.strftime("%Y-%m-%d")
    out = out.astype(object)
    return out.where(out.notna(), None)


def write_claims_csv(frame: pd.DataFrame, path: str | Path, force: bool = False) -> Path:
    """Write the claims frame (from ``Database.claims()``) to ``path`` as UTF-8 CSV.

    Refuses to replace an existing file unless ``force``; returns the path written.
    """
    target = Path(path)
    if target.is_dir():
        raise InputError(f"{target}: is a folder; give -o the path of a .csv file")
    if target.exists() and not force:
        raise InputError(f"{target}: already exists; pass --force to overwrite it or choose another -o path")
    if not target.parent.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
    columns = [c for c in EXPORT_COLUMNS if c in frame.columns]
    for_output(frame.loc[:, columns]).to_csv(target, index=False, encoding="utf-8")
    return target
