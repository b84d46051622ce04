"""What partners and analysts receive: HXL-tagged CSV and Parquet of observations, claims and weekly totals.

Three tables, all in one *long* shape: one row per figure, one value column
(``value``, HXL ``#affected+num``) and the columns that say what it counts (``metric``,
``unit``, ``group``, and ``indicator``, the equivalent wide HXL tag such as
``#affected+idps+hh``). A pivot table (Excel, pandas, the HXL Proxy's count filter) turns
that into any wide layout; the reverse is not true. ``docs/data-dictionary.md`` describes
every column.

``observations``
    One row per figure as reported, however many documents repeated it
    (:func:`hum_stats.series.observations`), with every source, URL and quote.
``claims``
    One row per claim: the raw figures of :meth:`Database.claims`, with provenance.
``weekly``
    One row per series and week of :func:`hum_stats.series.running_totals`, with
    ``#date+start``/``#date+end`` the week's first and last day.

Every row carries its place: the location as written (``#loc+name``), resolved through
:func:`hum_stats.places.resolve_with_reason` to admin-1/admin-2 names and OCHA P-codes; a
town carries its district's code and the note says so; an unresolved location says why.

CSV files have a header row and an HXL hashtag row, numbers as plain digits and dates as
YYYY-MM-DD. Every text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab, CR or LF
(or their full-width forms) is prefixed with a single quote (OWASP CSV injection), in every
CSV export, not only with ``excel=True``: a file sent to a partner is opened in Excel
sooner or later. ``excel=True`` adds a UTF-8 byte order mark so that Excel shows Arabic.
Parquet files keep the raw text (they are not opened by spreadsheets), typed columns, and
each column's HXL tag in the field metadata.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from hum_stats.errors import InputError

if TYPE_CHECKING:
    import pandas as pd

    from hum_stats.places import Place
    from hum_stats.store.database import Database

Kind = Literal["text", "number", "date", "list"]
Table = Literal["observations", "claims", "weekly"]
Format = Literal["csv", "parquet"]
TABLES: tuple[str, ...] = ("observations", "claims", "weekly")
FORMATS: tuple[str, ...] = ("csv", "parquet")
#: Separator of the items of a list column in CSV (sources, URLs, quotes of an observation).
LIST_SEPARATOR = " | "
#: First characters that make a spreadsheet read a cell as a formula (OWASP CSV injection),
#: with the full-width forms some spreadsheets fold to them.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


@dataclass(frozen=True, slots=True)
class Column:
    """One exported column: header name, HXL hashtag, kind and what it means."""

    name: str
    hxl: str
    kind: Kind
    meaning: str


def _c(name: str, hxl: str, kind: Kind, meaning: str) -> Column:
    return Column(name, hxl, kind, meaning)


_PLACE_COLUMNS: tuple[Column, ...] = (
    _c("adm1_name", "#adm1+name", "text", "governorate (admin 1) of the place, OCHA English name"),
    _c("adm1_code", "#adm1+code", "text", "OCHA P-code of the governorate (SY + 2 digits)"),
    _c("adm2_name", "#adm2+name", "text", "district (admin 2) of the place, when the place is a district or a town"),
    _c("adm2_code", "#adm2+code", "text", "OCHA P-code of the district (SY + 4 digits)"),
    _c("location", "#loc+name", "text", "the place as the report writes it"),
    _c("place", "#loc+gazetteer", "text", "the gazetteer's English name of the resolved place (governorate, district or town)"),
    _c("place_code", "#loc+code", "text", "P-code of the resolved place at its level; a town carries its district's code"),
    _c("place_level", "#loc+type", "text", "adm1, adm2, town, or empty when the place did not resolve"),
    _c("place_note", "#loc+note", "text", "how the place was resolved (a town's borrowed code, several places) or why it did not resolve"),
)  # fmt: skip

_FIGURE_COLUMNS: tuple[Column, ...] = (
    _c("metric", "#indicator+metric", "text", "displaced, returned, killed, injured, missing or detained"),
    _c("unit", "#indicator+unit", "text", "families or individuals"),
    _c("group", "#indicator+group", "text", "all, civilians, children, women, men, elderly, combatants or aid_workers"),
    _c("indicator", "#indicator+code", "text", "the same figure as a wide HXL tag, e.g. #affected+idps+hh or #affected+killed+ind+children; pivot on it to get one column per tag"),
)  # fmt: skip

OBSERVATION_COLUMNS: tuple[Column, ...] = (
    _c("observation_id", "#meta+id", "text", "stable id of the observation (the figure, its series and first report date)"),
    _c("date_reported", "#date+reported", "date", "first publication date of a document giving the figure"),
    _c("date_start", "#date+start", "date", "start of the period counted: the baseline ('since 29 April') of a total, the window start of an increment; empty when the report gives none"),
    _c("date_end", "#date+end", "date", "the date the figure is given for: the end date in the text, else the publication date"),
    *_PLACE_COLUMNS,
    *_FIGURE_COLUMNS,
    _c("value", "#affected+num", "number", "the number of people (or families) counted"),
    _c("qualifier", "#indicator+qualifier", "text", "exact, approx, more_than, at_least or up_to"),
    _c("measure", "#indicator+type", "text", "cumulative (a running total since date_start) or increment (new over date_start..date_end)"),
    _c("organisation", "#org+name", "text", "the organisation the figure is credited to; the publisher when the report credits nobody"),
    _c("sources", "#meta+source", "list", "publishers of the documents that gave the figure"),
    _c("urls", "#meta+url", "list", "URLs of those documents"),
    _c("quotes", "#description", "list", "the words of each document the figure was read from"),
    _c("status", "#status", "text", "machine (extracted, not reviewed), accepted, corrected (value set by a reviewer) or manual"),
    _c("n_sources", "#meta+sources+num", "number", "how many documents gave the figure"),
    _c("date_last_reported", "#date+latest", "date", "latest publication date of a document giving the figure"),
    _c("series_id", "#meta+series", "text", "the running-total series: metric/unit/group/organisation/baseline"),
    _c("doc_ids", "#meta+doc", "list", "ids of the documents (hum_stats database)"),
    _c("claim_ids", "#meta+claim", "list", "ids of the claims (hum_stats database; use with `db.decide`)"),
)  # fmt: skip

CLAIM_COLUMNS: tuple[Column, ...] = (
    _c("claim_id", "#meta+id", "text", "stable id of the claim (use with `db.decide`)"),
    _c("date_reported", "#date+reported", "date", "publication date of the document"),
    _c("date_start", "#date+start", "date", "start of the period counted: the baseline of a total, the window start of an increment; empty when the report gives none"),
    _c("date_end", "#date+end", "date", "the date the figure is given for: the end date in the text, else the publication date"),
    *_PLACE_COLUMNS,
    *_FIGURE_COLUMNS,
    _c("value", "#affected+num", "number", "the number of people (or families) counted; a reviewer's correction when status is corrected"),
    _c("qualifier", "#indicator+qualifier", "text", "exact, approx, more_than, at_least or up_to"),
    _c("measure", "#indicator+type", "text", "cumulative (a running total since date_start) or increment (new over date_start..date_end)"),
    _c("organisation", "#org+name", "text", "the organisation the report credits the figure to; empty when it credits nobody"),
    _c("source", "#meta+source", "text", "publisher of the document"),
    _c("url", "#meta+url", "text", "URL of the document"),
    _c("quote", "#description", "text", "the words the figure was read from"),
    _c("status", "#status", "text", "machine (extracted, not reviewed), accepted, corrected (value set by a reviewer) or manual"),
    _c("doc_id", "#meta+doc", "text", "id of the document (hum_stats database)"),
    _c("parent_claim_id", "#meta+parent", "text", "the claim this one is part of (children among civilians)"),
    _c("quote_start", "#meta+char_start+num", "number", "offset of the quote's first character in the document text"),
    _c("quote_end", "#meta+char_end+num", "number", "offset just after the quote's last character"),
)  # fmt: skip

WEEKLY_COLUMNS: tuple[Column, ...] = (
    _c("row_id", "#meta+id", "text", "series_id@week end: one row per series and week"),
    _c("date_reported", "#date+reported", "date", "latest publication date of a report in the week; empty in a week without a report"),
    _c("date_start", "#date+start", "date", "first day of the week (Monday)"),
    _c("date_end", "#date+end", "date", "last day of the week (Sunday): the total is as of this day"),
    _c("counting_since", "#date+baseline", "date", "the date the series counts from ('since 29 April'); empty when reports give none"),
    *_PLACE_COLUMNS,
    *_FIGURE_COLUMNS,
    _c("value", "#affected+num", "number", "the running total at the end of the week"),
    _c("new_this_week", "#affected+new+num", "number", "the increase since the previous report, shown in the week of the report; empty when unknown (no report this week, or the series' first week)"),
    _c("weeks_since_last_report", "#meta+weeks+num", "number", "weeks between this report and the previous one of the series"),
    _c("organisation", "#org+name", "text", "the organisation the series is credited to; the publisher when reports credit nobody"),
    _c("n_sources", "#meta+sources+num", "number", "documents reporting the series in the week; 0 when the total is carried forward"),
    _c("sources", "#meta+source", "list", "publishers of those documents"),
    _c("urls", "#meta+url", "list", "URLs of those documents"),
    _c("note", "#description", "text", "carried forward, or what the series checks flagged in the week"),
    _c("flags", "#meta+flags", "text", "names of the series checks failing in the week (decrease, conflict, ...), comma-separated"),
    _c("series_id", "#meta+series", "text", "the running-total series: metric/unit/group/organisation/baseline"),
    _c("doc_ids", "#meta+doc", "list", "ids of the documents of the week (hum_stats database)"),
)  # fmt: skip

COLUMNS: dict[str, tuple[Column, ...]] = {
    "observations": OBSERVATION_COLUMNS,
    "claims": CLAIM_COLUMNS,
    "weekly": WEEKLY_COLUMNS,
}

#: HXL attributes of the wide tag (``indicator``) for each metric, unit and group.
HXL_METRIC = {"displaced": "idps", "returned": "returnees", "killed": "killed", "injured": "injured",
              "missing": "missing", "detained": "detained"}  # fmt: skip
HXL_UNIT = {"families": "hh", "individuals": "ind"}
HXL_GROUP = {"all": "", "civilians": "civilians", "children": "children", "women": "women", "men": "men",
             "elderly": "elderly", "combatants": "combatants", "aid_workers": "aid_workers"}  # fmt: skip
#: Note of a weekly row: series are not split by place.
ALL_PLACES_NOTE = "all places: running totals are not split by place (give --place to total one place)"

#: Column order of the plain claims CSV of ``hum-stats run`` (``out/claims.csv``).
EXPORT_COLUMNS: tuple[str, ...] = (
    "published", "metric", "unit", "group", "value", "qualifier", "since", "until", "window_days",
    "attributed_to", "location", "publisher", "url", "quote", "start", "end", "status",
    "claim_id", "doc_id", "subset_of", "parent_claim_id",
)  # fmt: skip


# ---------------------------------------------------------------- cells


def neutralise(text: str) -> str:
    """A text cell a spreadsheet will not run as a formula: a single quote before a risky start
    (spaces before it included).

    >>> neutralise('=HYPERLINK("http://x","click")')
    '\\'=HYPERLINK("http://x","click")'
    >>> neutralise("-5 killed"), neutralise("إدلب")
    ("'-5 killed", 'إدلب')
    """
    return "'" + text if text.lstrip(" ").startswith(FORMULA_STARTS) else text


def indicator(metric: str, unit: str, group: str) -> str:
    """The wide HXL tag of a figure.

    >>> indicator("displaced", "families", "all"), indicator("killed", "individuals", "children")
    ('#affected+idps+hh', '#affected+killed+ind+children')
    """
    parts = [
        "#affected",
        HXL_METRIC.get(metric, metric),
        HXL_UNIT.get(unit, unit),
        HXL_GROUP.get(group, group),
    ]
    return "+".join(p for p in parts if p)


def _missing(value: Any) -> bool:
    import pandas as pd

    if value is None:
        return True
    if isinstance(value, list | tuple | dict | str):
        return False
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _csv_cell(value: Any, kind: Kind) -> str:
    """One CSV cell: numbers as digits, dates as YYYY-MM-DD, text neutralised, missing empty."""
    if kind == "list":
        items = [] if value is None else [str(v) for v in value if not _missing(v) and str(v)]
        return neutralise(LIST_SEPARATOR.join(items))
    if _missing(value):
        return ""
    if kind == "number":
        return str(int(value))
    if kind == "date":
        return value.strftime("%Y-%m-%d") if hasattr(value, "strftime") else str(value)[:10]
    return neutralise(str(value))


# ---------------------------------------------------------------- places


@lru_cache(maxsize=4096)
def _resolved(location: str | None) -> tuple[Place | None, str]:
    from hum_stats.places import resolve_with_reason

    return resolve_with_reason(location)


def _place_cells(location: str | None) -> dict[str, Any]:
    place, reason = _resolved(location)
    if place is None:
        return {
            "adm1_name": None, "adm1_code": None, "adm2_name": None, "adm2_code": None,
            "location": location, "place": None, "place_code": None, "place_level": None,
            "place_note": reason,
        }  # fmt: skip
    level = place.admin_level if place.admin_level == "town" else f"adm{place.admin_level}"
    return {
        "adm1_name": place.adm1_name, "adm1_code": place.adm1_pcode,
        "adm2_name": place.adm2_name, "adm2_code": place.adm2_pcode,
        "location": location, "place": place.name, "place_code": place.pcode, "place_level": level,
        "place_note": place.note,
    }  # fmt: skip


def place_filter(place: str | None) -> Callable[[str | None], bool]:
    """A test of whether a location lies in ``place`` (a governorate, district or town name).

    Locations that do not resolve are outside every place.
    """
    if place is None:
        return lambda _location: True
    from hum_stats.places import resolve

    target = resolve(place)
    if target is None:
        raise InputError(
            f"--place {place!r} is not in the gazetteer; give a governorate, district or town "
            "of sources/gazetteer.csv (e.g. Idlib, Ariha, Saraqib)"
        )

    def inside(location: str | None) -> bool:
        found, _ = _resolved(location)
        if found is None:
            return False
        if target.admin_level == 1:
            return found.adm1_pcode == target.pcode
        if target.admin_level == 2:
            return found.adm2_pcode == target.pcode
        return found.admin_level == "town" and found.name == target.name and found.pcode == target.pcode

    return inside


# ---------------------------------------------------------------- tables


@dataclass(frozen=True, slots=True)
class Filters:
    """What to export: the options of ``hum-stats export``. Dates bound the publication date."""

    metric: str | None = None
    unit: str | None = None
    group: str | None = None
    place: str | None = None
    since: str | dt.date | None = None
    until: str | dt.date | None = None
    organisation: str | None = None


def _claims(db: Database, filters: Filters) -> pd.DataFrame:
    frame = db.claims(
        metric=filters.metric,
        unit=filters.unit,
        group=filters.group,
        since=filters.since,
        until=filters.until,
        organisation=filters.organisation,
    )
    inside = place_filter(filters.place)  # also checks the place before any work
    if filters.place is not None and len(frame):
        keep = [inside(None if _missing(loc) else str(loc)) for loc in frame["location"]]
        frame = frame.loc[keep].reset_index(drop=True)
    return frame


def _dated(frame: pd.DataFrame) -> pd.DataFrame:
    """The claims that can be placed in time (a publication or an end date): the others are
    exported as claims but cannot be observations or points of a series."""
    if not len(frame):
        return frame
    return frame.loc[frame["published"].notna() | frame["until"].notna()].reset_index(drop=True)


def _frame(rows: list[dict[str, Any]], columns: Sequence[Column]) -> pd.DataFrame:
    """Rows in column order, with the dtypes of their kinds."""
    import pandas as pd

    out = pd.DataFrame(rows, columns=[c.name for c in columns])
    for col in columns:
        if col.kind == "number":
            out[col.name] = pd.to_numeric(out[col.name]).astype("Int64")
        elif col.kind == "date":
            out[col.name] = pd.to_datetime(out[col.name]).dt.date.astype(object)
            out[col.name] = out[col.name].where(out[col.name].notna(), None)
        elif col.kind == "text":
            out[col.name] = out[col.name].astype(object).where(out[col.name].notna(), None)
    return out


def _date(value: Any) -> dt.date | None:
    import pandas as pd

    if _missing(value):
        return None
    return pd.Timestamp(value).date()


def _period(since: Any, end: Any, window_days: Any) -> tuple[dt.date | None, dt.date | None, str]:
    """(date_start, date_end, measure) of a figure."""
    end_day = _date(end)
    if not _missing(window_days):
        start = _date(since)
        if start is None and end_day is not None:
            start = end_day - dt.timedelta(days=int(window_days))
        return start, end_day, "increment"
    return _date(since), end_day, "cumulative"


def claims_table(db: Database, filters: Filters | None = None) -> pd.DataFrame:
    """The claims, one row each, in the columns of :data:`CLAIM_COLUMNS`."""
    frame = _claims(db, filters or Filters())
    rows = []
    for r in frame.to_dict("records"):
        location = None if _missing(r["location"]) else str(r["location"])
        end = r["published"] if _missing(r["until"]) else r["until"]
        start, end_day, measure = _period(r["since"], end, r["window_days"])
        rows.append(
            {
                "claim_id": r["claim_id"], "date_reported": _date(r["published"]),
                "date_start": start, "date_end": end_day, **_place_cells(location),
                "metric": r["metric"], "unit": r["unit"], "group": r["group"],
                "indicator": indicator(r["metric"], r["unit"], r["group"]),
                "value": r["value"], "qualifier": r["qualifier"], "measure": measure,
                "organisation": r["attributed_to"], "source": r["publisher"], "url": r["url"],
                "quote": r["quote"], "status": r["status"], "doc_id": r["doc_id"],
                "parent_claim_id": r["parent_claim_id"], "quote_start": r["start"], "quote_end": r["end"],
            }
        )  # fmt: skip
    return _frame(rows, CLAIM_COLUMNS)


def _one_location(locations: Iterable[str]) -> str | None:
    """The locations of an observation as one string (resolved together: their common unit)."""
    names = [str(x) for x in locations if not _missing(x) and str(x).strip()]
    return LIST_SEPARATOR.join(names) if names else None


def observations_table(db: Database, filters: Filters | None = None, tolerance_days: int = 3) -> pd.DataFrame:
    """The observations (one row per figure, however many documents gave it), in
    :data:`OBSERVATION_COLUMNS`. Filters select the claims before they are grouped."""
    from hum_stats import series

    frame = _dated(_claims(db, filters or Filters()))
    obs = series.observations(frame, tolerance_days=tolerance_days) if len(frame) else None
    rows = []
    for r in [] if obs is None else obs.to_dict("records"):
        start, end_day, measure = _period(r["since"], r["as_of"], r["window_days"])
        rows.append(
            {
                "observation_id": r["observation_id"], "date_reported": _date(r["first_reported"]),
                "date_start": start, "date_end": end_day, **_place_cells(_one_location(r["locations"])),
                "metric": r["metric"], "unit": r["unit"], "group": r["group"],
                "indicator": indicator(r["metric"], r["unit"], r["group"]),
                "value": r["value"], "qualifier": r["qualifier"], "measure": measure,
                "organisation": r["organisation"], "sources": list(r["publishers"]), "urls": list(r["urls"]),
                "quotes": list(r["quotes"]), "status": r["status"], "n_sources": r["n_sources"],
                "date_last_reported": _date(r["last_reported"]), "series_id": r["series_id"],
                "doc_ids": list(r["doc_ids"]), "claim_ids": list(r["claim_ids"]),
            }
        )  # fmt: skip
    return _frame(rows, OBSERVATION_COLUMNS)


def weekly_table(db: Database, filters: Filters | None = None) -> pd.DataFrame:
    """Weekly running totals, one row per series and week, in :data:`WEEKLY_COLUMNS`.

    Series are not split by place; with ``filters.place`` the totals are those of the claims
    about that place, and every row carries its codes.
    """
    from hum_stats import series

    filters = filters or Filters()
    frame = _dated(_claims(db, filters))
    rows: list[dict[str, Any]] = []
    if not len(frame):
        return _frame(rows, WEEKLY_COLUMNS)
    totals = series.running_totals(frame, freq="W")
    docs = db.documents().set_index("doc_id")
    if filters.place is not None:
        place_cells = _place_cells(filters.place)
    else:
        place_cells = {**_place_cells(None), "place_note": ALL_PLACES_NOTE}
    for r in totals.to_dict("records"):
        week_end = _date(r["week_end"])
        assert week_end is not None
        doc_ids = list(r["doc_ids"])
        sources = list(dict.fromkeys(str(docs.at[d, "publisher"]) for d in doc_ids if d in docs.index
                                     and not _missing(docs.at[d, "publisher"])))  # fmt: skip
        urls = list(dict.fromkeys(str(docs.at[d, "url"]) for d in doc_ids if d in docs.index
                                  and not _missing(docs.at[d, "url"])))  # fmt: skip
        notes = []
        if r["n_sources"] == 0:
            notes.append("no report this week: total carried forward")
        if r["flags"]:
            notes.append(f"flagged for review: {r['flags']} (see `check_claims`)")
        rows.append(
            {
                "row_id": f"{r['series_id']}@{week_end:%Y-%m-%d}", "date_reported": _date(r["latest_report"]),
                "date_start": week_end - dt.timedelta(days=6), "date_end": week_end,
                "counting_since": _date(r["since"]), **place_cells,
                "metric": r["metric"], "unit": r["unit"], "group": r["group"],
                "indicator": indicator(r["metric"], r["unit"], r["group"]),
                "value": r["cumulative"], "new_this_week": r["new_this_week"],
                "weeks_since_last_report": r["weeks_since_last_report"], "organisation": r["organisation"],
                "n_sources": r["n_sources"], "sources": sources, "urls": urls, "note": "; ".join(notes),
                "flags": r["flags"], "series_id": r["series_id"], "doc_ids": doc_ids,
            }
        )  # fmt: skip
    return _frame(rows, WEEKLY_COLUMNS)


def table(db: Database, what: str = "observations", filters: Filters | None = None) -> pd.DataFrame:
    """The table ``what`` (observations, claims or weekly), filtered."""
    if what == "observations":
        return observations_table(db, filters)
    if what == "claims":
        return claims_table(db, filters)
    if what == "weekly":
        return weekly_table(db, filters)
    raise InputError(f"unknown table {what!r}; use one of {', '.join(TABLES)}")


# ---------------------------------------------------------------- writing


def _target(path: str | Path, force: bool) -> Path:
    target = Path(path)
    if target.is_dir():
        raise InputError(f"{target}: is a folder; give -o the path of a file")
    if target.exists() and not force:
        raise InputError(f"{target}: already exists; pass --force to overwrite it or choose another -o path")
    target.parent.mkdir(parents=True, exist_ok=True)
    return target


def _replace_atomically(target: Path, write: Callable[[Path], None]) -> None:
    """Write to a temporary file beside ``target``, then move it into place: never half a file."""
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        write(Path(tmp))
        os.replace(tmp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def write_csv(
    frame: pd.DataFrame,
    columns: Sequence[Column],
    path: str | Path,
    excel: bool = False,
    force: bool = False,
) -> Path:
    """Write ``frame`` as CSV: a header row, an HXL hashtag row, then one line per row.

    Text cells are neutralised (:func:`neutralise`); ``excel`` adds a UTF-8 byte order mark.
    Refuses to replace an existing file unless ``force``.
    """
    target = _target(path, force)
    missing = [c.name for c in columns if c.name not in frame.columns]
    if missing:
        raise InputError(f"the table lacks column(s) {missing}; build it with hum_stats.export.table()")

    def write(tmp: Path) -> None:
        with tmp.open("w", encoding="utf-8-sig" if excel else "utf-8", newline="") as fh:
            out = csv.writer(fh, lineterminator="\r\n")
            out.writerow([c.name for c in columns])
            out.writerow([c.hxl for c in columns])
            values = [frame[c.name].tolist() for c in columns]
            for row in zip(*values, strict=True):
                out.writerow([_csv_cell(v, c.kind) for v, c in zip(row, columns, strict=True)])

    _replace_atomically(target, write)
    return target


def write_parquet(
    frame: pd.DataFrame, columns: Sequence[Column], path: str | Path, force: bool = False
) -> Path:
    """Write ``frame`` as Parquet: typed columns, lists kept as lists, each field's HXL tag and
    meaning in its metadata (``hxl``, ``description``). Text is not neutralised."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    target = _target(path, force)
    kinds = {"text": pa.string(), "number": pa.int64(), "date": pa.date32(), "list": pa.list_(pa.string())}
    fields, arrays = [], []
    for col in columns:
        values = frame[col.name].tolist()
        if col.kind == "list":
            values = [[str(v) for v in (items or [])] for items in values]
        else:
            values = [None if _missing(v) else (int(v) if col.kind == "number" else v) for v in values]
        fields.append(
            pa.field(col.name, kinds[col.kind], metadata={"hxl": col.hxl, "description": col.meaning})
        )
        arrays.append(pa.array(values, type=kinds[col.kind]))
    schema = pa.schema(fields, metadata={"hxl_tags": " ".join(c.hxl for c in columns)})
    data = pa.Table.from_arrays(arrays, schema=schema)
    _replace_atomically(target, lambda tmp: pq.write_table(data, tmp))
    return target


@dataclass(frozen=True, slots=True)
class ExportResult:
    """What :func:`export` wrote."""

    path: Path
    table: str
    rows: int
    format: str

    def __str__(self) -> str:
        noun = {"observations": "observation(s)", "claims": "claim(s)", "weekly": "weekly row(s)"}[self.table]
        return f"{self.rows} {noun} written to {self.path}"


def format_for(path: str | Path, fmt: str | None) -> str:
    """The format asked for, or the one the file name says (``.parquet``), else CSV."""
    if fmt is None:
        return "parquet" if Path(path).suffix.lower() in (".parquet", ".pq") else "csv"
    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}; use csv or parquet")
    return fmt


def export(
    db: Database,
    path: str | Path,
    what: str = "observations",
    fmt: str | None = None,
    excel: bool = False,
    force: bool = False,
    filters: Filters | None = None,
) -> ExportResult:
    """Export ``what`` (observations, claims or weekly) of ``db`` to ``path`` as CSV or Parquet.

    >>> import hum_stats, tempfile, pathlib
    >>> with hum_stats.open(":memory:") as db, tempfile.TemporaryDirectory() as tmp:
    ...     str(export(db, pathlib.Path(tmp) / "obs.csv")).split(" written")[0]
    '0 observation(s)'
    """
    fmt = format_for(path, fmt)
    if excel and fmt != "csv":
        raise InputError("--excel applies to CSV files; drop it, or write CSV with --format csv")
    if what not in TABLES:
        raise InputError(f"unknown table {what!r}; use one of {', '.join(TABLES)}")
    _target(path, force)  # fail before the work when the file exists
    frame = table(db, what, filters)
    columns = COLUMNS[what]
    if fmt == "parquet":
        written = write_parquet(frame, columns, path, force=force)
    else:
        written = write_csv(frame, columns, path, excel=excel, force=force)
    return ExportResult(written, what, len(frame), fmt)


# ---------------------------------------------------------------- the plain claims CSV


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
    """Write the claims frame (from ``Database.claims()``) to ``path`` as plain UTF-8 CSV
    (the ``out/claims.csv`` of ``hum-stats run``); text cells are neutralised as in every export.

    Refuses to replace an existing file unless ``force``; returns the path written.
    """
    target = _target(path, force)
    columns = [c for c in EXPORT_COLUMNS if c in frame.columns]
    out = for_output(frame.loc[:, columns])
    for col in columns:
        out[col] = out[col].map(lambda v: neutralise(v) if isinstance(v, str) else v)
    _replace_atomically(target, lambda tmp: out.to_csv(tmp, index=False, encoding="utf-8"))
    return target
