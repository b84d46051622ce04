"""Running totals computed by DuckDB over the stored claims: the frame of
:func:`hum_stats.series.running_totals`, without loading the claims into pandas.

The steps are those of :mod:`hum_stats.series`, as window functions:

1. served claims (decisions applied), each credited to its organisation (the outlet when the
   figure names none or a generic source), dated ``as_of`` (``until``, else ``published``);
   increments ("in the past 24 hours") take the latest baseline of their series on or before
   their window's start;
2. observations: the same figure of the same series reported within ``tolerance_days`` of the
   previous report (chained) is one observation;
3. points: one cumulative value per series and day, the most reviewed and most reported;
4. the running value at each report: the last point plus the increments after it;
5. per period: the last running value, carried through periods without a report; the change
   since the previous report; periods since it; documents; latest report.

``flags`` come from the series findings the store keeps in the review table
(:meth:`Database.refresh_findings` runs the checks at every ingest and decision), so they are
those of :func:`hum_stats.series.check_claims` over every served claim.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from hum_stats.errors import InputError, SchemaError

if TYPE_CHECKING:
    import pandas as pd

    from hum_stats.store.database import Database

#: Periods DuckDB computes: pandas' weekly periods ending on Sunday, and months.
PERIOD_END = {
    "W": "(date_trunc('week', {d}) + INTERVAL 6 DAY)::DATE",
    "M": "last_day({d})::DATE",
    "ME": "last_day({d})::DATE",
}
PERIOD_STEP = {"W": "INTERVAL 7 DAY", "M": "INTERVAL 1 MONTH", "ME": "INTERVAL 1 MONTH"}

_TOTALS_SQL = """
WITH served AS ({served}),
named AS (
    SELECT s.*,
           coalesce(CASE WHEN s.attributed_to <> '' AND g.name IS NULL THEN s.attributed_to END,
                    s.publisher, 'unattributed') AS organisation,
           coalesce(s.until, s.published) AS as_of,
           s.window_days IS NOT NULL AS is_increment
    FROM served s LEFT JOIN totals_generic g ON g.name = s.attributed_to
),
baselines AS (
    SELECT DISTINCT metric, unit, "group", organisation, since AS baseline
    FROM named WHERE NOT is_increment AND since IS NOT NULL
),
increment_since AS (
    SELECT n.claim_id, max(b.baseline) AS since
    FROM named n JOIN baselines b USING (metric, unit, "group", organisation)
    WHERE n.is_increment AND b.baseline <= n.as_of - n.window_days::INTEGER
    GROUP BY n.claim_id
),
keyed AS (
    SELECT n.* REPLACE (CASE WHEN n.is_increment THEN i.since ELSE n.since END AS since),
           hash(n.metric, n.unit, n."group", n.organisation,
                CASE WHEN n.is_increment THEN i.since ELSE n.since END) AS skey
    FROM named n LEFT JOIN increment_since i USING (claim_id)
),
gaps AS (
    SELECT *,
           CASE WHEN lag(published) OVER w IS NULL OR published IS NULL
                     OR date_diff('day', lag(published) OVER w, published) > {tolerance}
                THEN 1 ELSE 0 END AS new_cluster
    FROM keyed
    WINDOW w AS (PARTITION BY skey, window_days, value ORDER BY published NULLS LAST, claim_id)
),
clustered AS (
    SELECT *,
           sum(new_cluster) OVER (PARTITION BY skey, window_days, value
                                  ORDER BY published NULLS LAST, claim_id
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cluster
    FROM gaps
),
obs AS (
    SELECT skey, window_days, value, cluster,
           any_value(metric) AS metric, any_value(unit) AS unit, any_value("group") AS "group",
           any_value(organisation) AS organisation, any_value(since) AS since,
           min(as_of) AS as_of, max(published) AS last_reported,
           count(DISTINCT doc_id) AS n_sources,
           max(CASE status WHEN 'corrected' THEN 3 WHEN 'manual' THEN 2 WHEN 'accepted' THEN 1 ELSE 0 END)
               AS review,
           min((coalesce(published, DATE '9999-12-31'), claim_id)) AS first_seen
    FROM clustered GROUP BY skey, window_days, value, cluster
),
points AS (
    SELECT skey, as_of AS day,
           arg_max(value, (review, n_sources, coalesce(last_reported, DATE '0001-01-01'), value)) AS value
    FROM obs WHERE window_days IS NULL GROUP BY skey, as_of
),
increments AS (
    SELECT skey, as_of AS day, sum(value) AS value FROM obs WHERE window_days IS NOT NULL
    GROUP BY skey, as_of
),
events AS (
    SELECT skey, day, p.value AS point, coalesce(i.value, 0) AS increment
    FROM points p FULL OUTER JOIN increments i USING (skey, day)
),
grouped AS (
    SELECT *, count(point) OVER (PARTITION BY skey ORDER BY day
                                 ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS segment
    FROM events
),
running AS (
    SELECT skey, day,
           coalesce(first_value(point) OVER seg, 0)
             + sum(CASE WHEN point IS NULL THEN increment ELSE 0 END) OVER (seg ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
             AS value
    FROM grouped
    WINDOW seg AS (PARTITION BY skey, segment ORDER BY day)
),
weekly AS (
    SELECT skey, {period_day} AS week_end, arg_max(value, day) AS reported
    FROM running GROUP BY ALL
),
spans AS (
    SELECT w.skey, min(w.week_end) AS first_week, max(w.week_end) AS last_week,
           NOT EXISTS (SELECT 1 FROM points p WHERE p.skey = w.skey) AS increments_only
    FROM weekly w GROUP BY w.skey
),
info AS (
    SELECT *, concat_ws('/', metric, unit, "group", organisation,
                        coalesce(strftime(since, '%Y-%m-%d'), 'no-baseline')) AS series_id
    FROM (SELECT skey, any_value(metric) AS metric, any_value(unit) AS unit, any_value("group") AS "group",
                 any_value(organisation) AS organisation, any_value(since) AS since
          FROM obs GROUP BY skey)
),
weeks AS (
    SELECT skey, {period_gen} AS week_end
    FROM (SELECT skey, unnest(generate_series(first_week, last_week, {step})) AS g FROM spans)
),
filled AS (
    SELECT k.skey, k.week_end, w.reported,
           last_value(w.reported IGNORE NULLS) OVER ordered AS cumulative,
           row_number() OVER ordered AS pos
    FROM weeks k LEFT JOIN weekly w USING (skey, week_end)
    WINDOW ordered AS (PARTITION BY k.skey ORDER BY k.week_end
                       ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
),
changes AS (
    SELECT *,
           reported - lag(reported) OVER r AS change,
           pos - lag(pos) OVER r AS since_last
    FROM filled WHERE reported IS NOT NULL
    WINDOW r AS (PARTITION BY skey ORDER BY week_end)
),
obs_order AS (
    SELECT skey, window_days, value, cluster, as_of, last_reported,
           row_number() OVER (PARTITION BY skey ORDER BY as_of, value, first_seen) AS rank
    FROM obs
),
week_docs AS (
    SELECT c.skey, {obs_period} AS week_end, c.doc_id,
           min((o.rank, coalesce(c.published, DATE '9999-12-31'), c.claim_id)) AS first_seen
    FROM clustered c JOIN obs_order o
      ON o.skey = c.skey AND o.value = c.value AND o.cluster = c.cluster
     AND o.window_days IS NOT DISTINCT FROM c.window_days
    GROUP BY ALL
),
docs AS (
    SELECT skey, week_end, list(doc_id ORDER BY first_seen) AS doc_ids, count(*) AS n_sources
    FROM week_docs GROUP BY ALL
),
latest AS (
    SELECT skey, {obs_latest_period} AS week_end, max(last_reported) AS latest_report
    FROM obs_order GROUP BY ALL
),
flag_rows AS (
    SELECT k.skey, {flag_period} AS week_end, f.reason
    FROM (SELECT reason, unnest(claim_ids) AS claim_id FROM review WHERE kind = 'series') f
    JOIN keyed k USING (claim_id)
),
flags AS (
    SELECT skey, week_end, list(DISTINCT reason) AS flags FROM flag_rows GROUP BY ALL
)
SELECT i.series_id, i.metric, i.unit, i."group", i.organisation, i.since, f.week_end,
       f.cumulative,
       CASE WHEN f.pos = 1 THEN
                CASE WHEN s.increments_only OR ({since_period} = s.first_week) THEN f.cumulative END
            ELSE ch.change END AS new_this_week,
       ch.since_last AS weeks_since_last_report,
       coalesce(d.n_sources, 0) AS n_sources,
       coalesce(fl.flags, []) AS flags,
       coalesce(d.doc_ids, []) AS doc_ids,
       l.latest_report
FROM filled f
JOIN spans s USING (skey)
JOIN info i USING (skey)
LEFT JOIN changes ch USING (skey, week_end)
LEFT JOIN docs d USING (skey, week_end)
LEFT JOIN latest l USING (skey, week_end)
LEFT JOIN flags fl USING (skey, week_end)
ORDER BY i.series_id, f.week_end
"""


def running_totals_sql(
    db: Database, served_sql: str, params: list[Any], freq: str = "W", tolerance_days: int = 3
) -> pd.DataFrame:
    """The running totals frame of the claims ``served_sql`` selects (see the module docstring)."""
    import pandas as pd

    from hum_stats.orgs import is_generic_source
    from hum_stats.series import FLAGS, RunningTotalsModel, _empty_totals

    if freq not in PERIOD_END:
        raise InputError(f"freq {freq!r} is not computed by DuckDB; use one of {', '.join(PERIOD_END)}")
    if tolerance_days < 0:
        raise ValueError(f"tolerance_days must be >= 0, got {tolerance_days}")
    con = db.con
    undated = con.execute(
        f"SELECT claim_id FROM ({served_sql}) WHERE until IS NULL AND published IS NULL LIMIT 5", params
    ).fetchall()
    if undated:
        raise SchemaError(
            f"claim(s) {[r[0] for r in undated]} have neither 'until' nor 'published'; "
            "give the document a publication date"
        )
    names = [r[0] for r in con.execute("SELECT DISTINCT attributed_to FROM claims").fetchall() if r[0]]
    generic = pd.DataFrame({"name": [n for n in names if is_generic_source(n)]}, dtype=object)
    end = PERIOD_END[freq]
    sql = _TOTALS_SQL.format(
        served=served_sql,
        tolerance=int(tolerance_days),
        period_day=end.format(d="day"),
        period_gen=end.format(d="g"),
        step=PERIOD_STEP[freq],
        obs_period=end.format(d="o.as_of"),
        obs_latest_period=end.format(d="as_of"),
        flag_period=end.format(d="k.as_of"),
        since_period=end.format(d="i.since"),
    )
    con.register("totals_generic", generic)
    try:
        frame = con.execute(sql, params).fetchdf()
    finally:
        con.unregister("totals_generic")
    if frame.empty:
        return RunningTotalsModel.validate(_empty_totals())
    for col in ("since", "week_end", "latest_report"):
        frame[col] = pd.to_datetime(frame[col]).astype("datetime64[ns]")
    for col in ("cumulative", "new_this_week", "weeks_since_last_report"):
        frame[col] = frame[col].astype("Int64")
    frame["n_sources"] = frame["n_sources"].astype("int64")
    frame["doc_ids"] = frame["doc_ids"].map(list)
    frame["flags"] = frame["flags"].map(lambda found: ",".join(f for f in FLAGS if f in set(found)))
    return RunningTotalsModel.validate(frame, lazy=True)


def served_claims_sql(
    base_sql: str,
    metric: str | None = None,
    unit: str | None = None,
    group: str | None = None,
    since: Any = None,
    until: Any = None,
    organisation: str | None = None,
) -> tuple[str, list[Any]]:
    """``base_sql`` (the store's served claims) with the filters of :meth:`Database.claims`."""
    from hum_stats.store.database import HELD_BACK, claim_filters

    clauses, params = claim_filters(metric, unit, group, since, until, organisation)
    filtered = base_sql + "".join(f"  AND {c}\n" for c in clauses)
    # claims held back when served (a check failing once decisions apply) stay out, as in claims()
    return (
        f"SELECT * FROM ({filtered}) WHERE claim_id NOT IN (SELECT claim_id FROM review "
        "WHERE kind = 'check' AND claim_id IS NOT NULL AND starts_with(detail, ?))",
        [*params, HELD_BACK],
    )
