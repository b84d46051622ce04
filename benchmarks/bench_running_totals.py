"""``hum_stats.series.running_totals`` beside the equivalent hand-written DuckDB window query.

Claims are synthetic but shaped like the store's served claims (``SERIES_COLUMNS``): ``--series``
series (metric x unit x group x organisation x baseline), each reported every few days with a
rising total, each figure carried by one to three documents (so observations collapse
duplicates), a share of "in the past 24 hours" increments. Both sides compute, per series and
week: the cumulative total carried forward through weeks without a report, the change since the
previous report, the weeks since it, and the number of documents.

* figure: ``series.running_totals(frame)`` (pandas; also validates and runs every series check);
* baseline: one DuckDB query (window functions) over the same claims, registered as a table.

Both run at ``--claims`` when it is at most ``--pandas-max`` (default 20,000); above that the
pandas path is not run (it would take hours: it loops in Python per observation and per series)
and the DuckDB query alone is timed at ``--claims`` (target: under a second at 10M).
Target: running_totals within 1.5x of the query, and under a second at 10M claims.

    python benchmarks/bench_running_totals.py --claims 20000
    python benchmarks/bench_running_totals.py --claims 10000000
"""

from __future__ import annotations

import argparse
import sys
import time

from _common import best_seconds, report

TARGET = 1.5

QUERY = """
WITH claims AS (
    SELECT metric, unit, "group", coalesce(attributed_to, publisher) AS organisation, since,
           coalesce(until, published)::DATE AS as_of, value, window_days, doc_id
    FROM frame
),
keyed AS (
    SELECT *, concat_ws('/', metric, unit, "group", organisation, coalesce(strftime(since, '%Y-%m-%d'), 'no-baseline')) AS series_id,
           (date_trunc('week', as_of) + INTERVAL 6 DAY)::DATE AS week_end
    FROM claims
),
points AS (   -- one value per series and day: the most reported (ties: the larger)
    SELECT series_id, as_of, arg_max(value, n) AS value
    FROM (SELECT series_id, as_of, value, count(DISTINCT doc_id) AS n FROM keyed
          WHERE window_days IS NULL GROUP BY ALL)
    GROUP BY ALL
),
weekly AS (
    SELECT series_id, (date_trunc('week', as_of) + INTERVAL 6 DAY)::DATE AS week_end, arg_max(value, as_of) AS reported
    FROM points GROUP BY ALL
),
docs AS (
    SELECT series_id, week_end, count(DISTINCT doc_id) AS n_sources, max(as_of) AS latest_report
    FROM keyed GROUP BY ALL
),
spans AS (
    SELECT series_id, min(week_end) AS first, max(week_end) AS last FROM weekly GROUP BY ALL
),
weeks AS (
    SELECT series_id, unnest(generate_series(first, last, INTERVAL 7 DAY))::DATE AS week_end FROM spans
)
SELECT w.series_id, w.week_end,
       last_value(r.reported IGNORE NULLS) OVER s AS cumulative,
       r.reported - lag(r.reported) OVER (PARTITION BY w.series_id, r.reported IS NULL ORDER BY w.week_end)
           AS new_this_week,
       coalesce(d.n_sources, 0) AS n_sources, d.latest_report
FROM weeks w
LEFT JOIN weekly r USING (series_id, week_end)
LEFT JOIN docs d USING (series_id, week_end)
WINDOW s AS (PARTITION BY w.series_id ORDER BY w.week_end ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
"""


def claims_frame(n: int, series: int, seed: int = 8):
    """``n`` served claims in ``series`` series, as ``db.claims()`` hands them to running_totals."""
    import numpy as np
    import pandas as pd

    rng = np.random.default_rng(seed)
    sid = rng.integers(0, series, n)
    day = rng.integers(0, 365, n)
    # a rising total: the day times the series' daily rate, so reports of one day agree
    rate = rng.integers(5, 500, series)
    increment = rng.random(n) < 0.05
    value = np.where(increment, rate[sid], rate[sid] * (day + 1))
    published = pd.Timestamp("2019-05-01") + pd.to_timedelta(day, unit="D")
    metrics = np.array(["displaced", "killed", "injured"])
    orgs = np.array(["OCHA", "Response Coordinators", "SOHR", "SNHR", "UNICEF"])
    frame = pd.DataFrame(
        {
            "claim_id": [f"c{i:012d}" for i in range(n)],
            "doc_id": [f"d{i // 2:012d}" for i in range(n)],
            "published": published,
            "publisher": "Enab Baladi",
            "url": None,
            "metric": metrics[sid % 3],
            "unit": "individuals",
            "group": "all",
            "value": value.astype("int64"),
            "qualifier": "exact",
            "since": pd.Timestamp("2019-04-29") + pd.to_timedelta(sid // 15, unit="D"),
            "until": pd.NaT,
            "attributed_to": orgs[(sid // 3) % 5],
            "location": None,
            "subset_of": pd.array([pd.NA] * n, dtype="Int64"),
            "parent_claim_id": None,
            "start": 0,
            "end": 10,
            "quote": "",
            "window_days": pd.array(np.where(increment, 1, pd.NA), dtype="Int64"),
            "status": "machine",
        }
    )
    return frame


def run_query(con) -> int:
    return len(con.execute(QUERY).fetchall())


def main(argv: list[str] | None = None) -> int:
    import duckdb

    from hum_stats import series

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--claims", type=int, default=10_000_000)
    ap.add_argument("--series", type=int, default=300)
    ap.add_argument("--pandas-max", type=int, default=20_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    figures: dict[str, object] = {}
    compare = min(args.claims, args.pandas_max)
    frame = claims_frame(compare, args.series)
    con = duckdb.connect()
    con.register("frame", frame)
    con.execute("CREATE TABLE t AS SELECT * FROM frame")
    con.unregister("frame")
    con.execute("ALTER TABLE t RENAME TO frame")
    start = time.perf_counter()
    rows = len(series.running_totals(frame))
    pandas_s = time.perf_counter() - start
    query_s = best_seconds(lambda: run_query(con), args.runs)
    figures.update(
        figure=f"running_totals {pandas_s:.2f} s at {compare:,} claims ({rows:,} rows)",
        baseline=f"DuckDB window query {query_s:.3f} s at {compare:,} claims",
        ratio=round(pandas_s / query_s, 1),
        target=f"<= {TARGET} and < 1 s at 10M claims",
    )
    if args.claims > compare:
        del frame
        big = claims_frame(args.claims, args.series)
        con = duckdb.connect()
        con.register("frame", big)
        con.execute("CREATE TABLE t AS SELECT * FROM frame")
        con.unregister("frame")
        del big
        con.execute("ALTER TABLE t RENAME TO frame")
        big_s = best_seconds(lambda: run_query(con), args.runs)
        figures["query_at_claims"] = f"DuckDB window query {big_s:.3f} s at {args.claims:,} claims"
        figures["running_totals_at_claims"] = (
            f"not run: pandas at {compare:,} took {pandas_s:.1f} s; at {args.claims:,} it would take "
            f"at least {pandas_s * args.claims / compare / 60:.0f} min (linear, optimistic)"
        )
    figures["met"] = pandas_s / query_s <= TARGET
    report("running_totals", figures, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
