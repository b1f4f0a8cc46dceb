-- (h194) Told later: the time before a fact's first report, as that report tells it. A point
-- before the first report has no evidence by then, but a careful reader looking back at d
-- reads the first report as it tells that time: a rate it states in effect since a start of
-- its own, before its publication, held from that start ("India's goods have paid 25% since
-- Aug. 7", written on Sept. 2, read as of Aug. 20). Only the first report day's rates (a
-- later report may tell a later state), only from that start on; of several such starts,
-- each holds until the next (its last claim in the order), the last until the first report.
-- Rates only (a percent): a flow has its period, a date is its own value.
-- Intervals [valid_from, valid_to) with the current values' columns, made from the evidence
-- order alone: included (driver.sql) by stage 15 (the row holding at D) and by stage 15b
-- (its rows before the rules' first), so both read one definition. Not in the rules
-- themselves: read at every 15b point, a told-later step there broke the 128 MB bound
-- (tests/store/test_memory_limit.py); no rule reads the other facts' rows here.
WITH tl AS (
  SELECT e.fact_id, e.pos, e.v, e.h, e.effective, e.seq_key, e.article
  FROM evidence_order e JOIN evidence_order f
    ON f.fact_id = e.fact_id AND f.pos = 1 AND f.seq_key = e.seq_key
  WHERE e.seq_date IS NOT NULL AND e.status = 'in_effect' AND e.unit = 'percent'
    AND e.effective < e.seq_date AND NOT e.replaced_told
),
starts AS (  -- one claim per start: the last in the order
  SELECT fact_id, effective, max(pos) AS pos, max(seq_key) AS first_key
  FROM tl GROUP BY fact_id, effective
),
iv AS (
  SELECT fact_id, pos, effective AS valid_from,
         coalesce(lead(effective) OVER (PARTITION BY fact_id ORDER BY effective), first_key)
           AS valid_to
  FROM starts
),
backed AS (  -- the first report day's articles that state the value
  SELECT i.fact_id, i.pos, count(DISTINCT t.article) AS sources
  FROM iv i JOIN evidence_order w ON w.fact_id = i.fact_id AND w.pos = i.pos
  JOIN tl t ON t.fact_id = i.fact_id AND abs(t.v - w.v) <= t.h + w.h + 1e-9
  GROUP BY ALL
)
SELECT w.fact_id, w.metric, w.imposer, w.target, w.product, w.measure, w.unit, w.value,
       w.date_value, 'in_effect' AS status, true AS in_effect, w.effective AS since,
       b.sources, w.seq_date AS last_confirmed, false AS conflict,
       false AS official_mismatch, w.article, w.source, w.quote,
       'told later: the first report (' || coalesce(w.source, w.article) || ', '
         || CAST(w.seq_date AS VARCHAR) || ') states it in effect since '
         || CAST(w.effective AS VARCHAR) || ', before this date' AS rule,
       i.valid_from, i.valid_to
FROM iv i JOIN evidence_order w ON w.fact_id = i.fact_id AND w.pos = i.pos
JOIN backed b ON b.fact_id = i.fact_id AND b.pos = i.pos
