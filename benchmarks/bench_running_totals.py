"""Running totals of the stored claims beside the equivalent hand-written DuckDB window query.

Claims are synthetic but shaped like the store's (``documents`` and ``claims`` tables, built
in DuckDB): ``--series`` series (metric x organisation x baseline), each reported on many days
with a rising total, two claims per document, 5% "in the past 24 hours" increments. Both
sides compute, per series and week: the cumulative total carried through weeks without a
report, the change since the previous report, the weeks since it, the documents.

* figure: ``Database.running_totals(engine="duckdb")`` — the library's SQL path
  (:mod:`hum_stats.store.totals`: decisions applied, observations clustered, points chosen,
  increments attached, every week filled, flags, validated frame);
* baseline: one hand-written DuckDB query (window functions) over the same tables.

The pandas path (``engine="pandas"``, :func:`hum_stats.series.running_totals`) is also timed
at ``--pandas-max`` claims beside the SQL path at the same size: it loops in Python per
observation and per series and cannot run at millions of claims.
Target: within 1.5x of the query, and under a second at 10M claims.

    python benchmarks/bench_running_totals.py --claims 10000000
    python benchmarks/bench_running_totals.py --claims 1000000 --pandas-max 2000 --json
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


BUILD = """
CREATE TABLE bench_series AS
SELECT i AS sid, (5 + hash(i) % 495)::BIGINT AS rate,
       (['displaced', 'killed', 'injured'])[1 + i % 3] AS metric,
       (['OCHA', 'Response Coordinators', 'SOHR', 'SNHR', 'UNICEF'])[1 + (i // 3) % 5] AS org,
       DATE '2019-04-29' + (i // 15)::INTEGER AS since
FROM range({series}) t(i);
INSERT INTO documents (doc_id, text, published, publisher, ingested_at)
SELECT 'd' || lpad(i::VARCHAR, 12, '0'), 'a figure: 1200 people', DATE '2019-05-01' + (hash(i, 'day') % 365)::INTEGER,
       'Enab Baladi', now()::TIMESTAMP
FROM range(({claims} + 1) // 2) t(i);
INSERT INTO claims (claim_id, doc_id, idx, metric, unit, "group", value, qualifier, since, attributed_to,
                    start, "end", quote, window_days, origin, valid, created_at)
SELECT 'c' || lpad(i::VARCHAR, 12, '0'), d.doc_id, i % 2, s.metric, 'individuals', 'all',
       CASE WHEN inc THEN s.rate ELSE s.rate * (d.published - DATE '2019-04-30') END,
       'exact', s.since, s.org, 10, 21, '1200 people', CASE WHEN inc THEN 1 END, 'machine', true, now()::TIMESTAMP
FROM (SELECT i, hash(i, 'series') % {series} AS sid, hash(i, 'inc') % 20 = 0 AS inc FROM range({claims}) t(i)) c
JOIN bench_series s USING (sid)
JOIN documents d ON d.doc_id = 'd' || lpad((c.i // 2)::VARCHAR, 12, '0');
CREATE VIEW frame AS
SELECT c.*, d.published, d.publisher FROM claims c JOIN documents d USING (doc_id) WHERE c.valid;
"""


def build(path: str, claims: int, series: int):
    import hum_stats

    db = hum_stats.open(path)
    for statement in BUILD.format(claims=claims, series=series).split(";"):
        if statement.strip():
            db.con.execute(statement)
    db.con.execute("CHECKPOINT")
    return db


def run_query(con) -> int:
    return len(con.execute(QUERY).fetchall())


def main(argv: list[str] | None = None) -> int:
    import tempfile
    from pathlib import Path

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--claims", type=int, default=10_000_000)
    ap.add_argument("--series", type=int, default=300)
    ap.add_argument("--pandas-max", type=int, default=20_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        small = build(str(Path(tmp) / "small.duckdb"), args.pandas_max, args.series)
        start = time.perf_counter()
        rows_small = len(small.running_totals())
        pandas_s = time.perf_counter() - start
        sql_small = best_seconds(lambda: small.running_totals(engine="duckdb"), args.runs)
        small.close()
        t0 = time.perf_counter()
        db = build(str(Path(tmp) / "big.duckdb"), args.claims, args.series)
        build_s = time.perf_counter() - t0
        rows = len(db.running_totals(engine="duckdb"))  # warm up
        sql_s = best_seconds(lambda: db.running_totals(engine="duckdb"), args.runs)
        query_s = best_seconds(lambda: run_query(db.con), args.runs)
        db.close()
    ratio = sql_s / query_s
    report(
        "running_totals",
        {
            "figure": f"running_totals(engine='duckdb') {sql_s:.3f} s at {args.claims:,} claims ({rows:,} rows)",
            "baseline": f"hand-written window query {query_s:.3f} s",
            "ratio": round(ratio, 2),
            "target": f"<= {TARGET} and < 1 s",
            "met": ratio <= TARGET and sql_s < 1.0,
            "pandas_path": f"running_totals(engine='pandas') {pandas_s:.2f} s at {args.pandas_max:,} claims "
            f"({rows_small:,} rows) vs engine='duckdb' {sql_small:.3f} s at the same size "
            f"({pandas_s / sql_small:.0f}x)",
            "database_built_in": f"{build_s:.1f} s",
        },
        args.json,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
