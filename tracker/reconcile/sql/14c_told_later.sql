-- (h194) Told later: the time before a fact's first report, as that report tells it. A point
-- before the first report has no evidence by then, but a careful reader looking back at d
-- reads the first report as it tells that time: a rate it states in effect since a start of
-- its own, before its publication, held from that start ("India's goods have paid 25% since
-- Aug. 7", written on Sept. 2, read as of Aug. 20). Only the first report day's rates (a
-- later report may tell a later state), only from that start on; of several such starts,
-- each holds until the next (its last claim in the order), the last until the first report.
-- (h201) So too for the time after a later report's start: a report that states a rate in
-- effect since a start of its own after the fact's last report before it (the report day
-- before its own) tells the time from that start to its publication, which no report by
-- then spoke of ("the 15% on cars has applied since Sept. 16", written in November, after
-- a July report of the deal: read as of Oct. 20, the 15% stood); there it answers instead
-- of the rules (15 and 15b leave the rules' answer out where a row of here holds).
-- Rates only (a percent): a flow has its period, a date is its own value.
-- Intervals [valid_from, valid_to) with the current values' columns, made once from the
-- stored evidence order (every report, those published after any date too), as a table of
-- its own that stage 15 (the row holding at D) and stage 15c (its rows, cutting 15b's
-- rules' rows) read: the order driver.as_of_scope makes for one date leaves out the reports
-- after it, which are what tells this time, so both paths read this table, not that order
-- (tests/reconcile/test_evidence_order.py). Not in the rules themselves: read at every 15b
-- point, a told-later step there broke the 128 MB bound (tests/store/test_memory_limit.py);
-- no rule reads the other facts' rows here.
WITH days AS (  -- each report day of a fact and the day of its report before (NULL: none),
               -- and the fact's first report day
  SELECT fact_id, seq_key,
         lag(seq_key) OVER (PARTITION BY fact_id ORDER BY seq_key) AS prev_key,
         min(seq_key) OVER (PARTITION BY fact_id) AS first_key
  FROM (SELECT DISTINCT fact_id, seq_key FROM evidence_order WHERE seq_date IS NOT NULL)
),
tl AS (
  SELECT e.fact_id, e.pos, e.v, e.h, e.effective, e.seq_key, e.article, y.prev_key,
         y.first_key,
         -- (h234-3) the starts before the first report, whichever report tells them, are
         -- one sequence (each holds until the next); the others, their report day's
         CASE WHEN e.effective < y.first_key THEN y.first_key ELSE e.seq_key END AS grp
  FROM evidence_order e JOIN days y ON y.fact_id = e.fact_id AND y.seq_key = e.seq_key
  WHERE e.seq_date IS NOT NULL AND e.status = 'in_effect' AND e.unit = 'percent'
    AND e.effective < e.seq_date AND NOT e.replaced_told
    -- the first report, or a start after the report day before (no report by then told
    -- the time it speaks of); (h234-3) or a later report's start before the fact's first
    -- report: no report by then told that time either ("China's duty went to 84% on
    -- April 10", written in November, where the first report, in May, has the truce's 10%)
    AND (y.prev_key IS NULL OR e.effective > y.prev_key OR e.effective < y.first_key)
    -- (h194) not in a fact with an undated claim: it speaks of every date
    AND NOT EXISTS (
      SELECT 1 FROM evidence_order f WHERE f.fact_id = e.fact_id AND f.seq_date IS NULL)
),
starts AS (  -- one claim per start of a sequence: the last in the order
  SELECT fact_id, grp, effective, max(pos) AS pos
  FROM tl GROUP BY fact_id, grp, effective
),
iv AS (  -- each start holds until the next of its sequence, the last until its report day
         -- (the starts before the first report: until that report)
  SELECT fact_id, grp, pos, effective AS valid_from,
         coalesce(lead(effective) OVER (PARTITION BY fact_id, grp ORDER BY effective), grp)
           AS valid_to
  FROM starts
),
backed AS (  -- the sequence's articles that state the value
  SELECT i.fact_id, i.pos, count(DISTINCT t.article) AS sources
  FROM iv i JOIN evidence_order w ON w.fact_id = i.fact_id AND w.pos = i.pos
  JOIN tl t ON t.fact_id = i.fact_id AND t.grp = i.grp
   AND abs(t.v - w.v) <= t.h + w.h + 1e-9
  GROUP BY ALL
),
later AS (
  SELECT w.fact_id, w.metric, w.imposer, w.target, w.product, w.measure, w.unit, w.value,
         w.date_value, 'in_effect' AS status, true AS in_effect, w.effective AS since,
         b.sources, w.seq_date AS last_confirmed, false AS conflict,
         false AS official_mismatch, w.article, w.source, w.quote,
         'told later: the ' || CASE WHEN t.prev_key IS NULL THEN 'first report'
                                     WHEN w.effective < t.first_key
                                       THEN 'report that dates a time before the first'
                                     ELSE 'first report since that start' END
           || ' (' || coalesce(w.source, w.article) || ', '
           || CAST(w.seq_date AS VARCHAR) || ') states it in effect since '
           || CAST(w.effective AS VARCHAR) || ', before this date' AS rule,
         i.valid_from, i.valid_to
  FROM iv i JOIN evidence_order w ON w.fact_id = i.fact_id AND w.pos = i.pos
  JOIN backed b ON b.fact_id = i.fact_id AND b.pos = i.pos
  JOIN (SELECT DISTINCT fact_id, seq_key, prev_key, first_key FROM tl) t
    ON t.fact_id = w.fact_id AND t.seq_key = w.seq_key
),
-- (h209) The value before a change told later: a dated report that tells a change of the
-- fact to a value since a start of its own on or before its publication (in effect, or
-- scheduled from that start: a cut backdated to it), from a previous value its article
-- gives ("the duty on cars fell to 15% from 27.5%, backdated to Aug. 1", written in
-- September), tells the time before that start too: the previous value stood then (read as
-- of July 31, 27.5%). Only before the fact's first dated report (no report by then spoke
-- of the time) and before the told-later rates above; from the previous value's own start
-- when its article gives one before the change's, else with no start known; of several
-- changes, each previous value holds until its change, the nearest after the date first.
-- Not in a fact whose undated claims state another value than the change's (an undated
-- report of the changed value was written after the change, as far as anyone knows).
first_report AS (  -- the first dated report of each fact, and the told-later rates' start
  SELECT e.fact_id, min(e.seq_key) AS first_key,
         (SELECT min(l.valid_from) FROM later l WHERE l.fact_id = e.fact_id) AS told_from
  FROM evidence_order e WHERE e.seq_date IS NOT NULL GROUP BY e.fact_id
),
chg AS (  -- a previous value and the start of the change from it, in one dated article
  SELECT p.fact_id, p.claim_id, p.article, p.seq_key, p.quote_start, c.effective AS s,
         CASE WHEN p.effective < c.effective THEN p.effective END AS own_from
  FROM fact_claims p JOIN fact_claims c
    ON c.fact_id = p.fact_id AND c.article = p.article AND NOT c.is_prev AND NOT c.is_dup
   AND c.v IS NOT NULL AND c.status IN ('in_effect', 'scheduled')
   AND c.effective <= c.seq_date AND NOT (abs(c.v - p.v) <= c.h + p.h + 1e-9)
  WHERE p.is_prev AND NOT p.is_dup AND p.unit = 'percent' AND p.v IS NOT NULL
    AND p.seq_date IS NOT NULL AND p.metric <> 'effective_date'
    AND NOT EXISTS (  -- no undated claim of the fact states another value than the change's
      SELECT 1 FROM evidence_order u WHERE u.fact_id = p.fact_id AND u.seq_date IS NULL
        AND NOT (abs(u.v - c.v) <= u.h + c.h + 1e-9))
),
chg1 AS (  -- one previous value per change start: its first telling
  SELECT fact_id, s, arg_min(claim_id, (seq_key, article, quote_start, claim_id)) AS claim_id,
         arg_min(own_from, (seq_key, article, quote_start, claim_id)) AS own_from,
         count(DISTINCT article) AS sources
  FROM chg GROUP BY fact_id, s
),
before AS (
  SELECT g.fact_id, g.claim_id, g.sources, g.s, g.own_from,
         coalesce(greatest(g.own_from,
                           lag(g.s) OVER (PARTITION BY g.fact_id ORDER BY g.s)),
                  g.own_from, lag(g.s) OVER (PARTITION BY g.fact_id ORDER BY g.s),
                  DATE '1900-01-01') AS valid_from,
         least(g.s, f.first_key, coalesce(f.told_from, g.s)) AS valid_to
  FROM chg1 g JOIN first_report f ON f.fact_id = g.fact_id
),
-- (h217-2) A lone previous value told later: a fact whose every claim is a previous value (no
-- report states it as it stands: nothing in the evidence order), one a dated report gives
-- with a start of its own before its publication ("has lifted the duties of up to 15% it
-- put on US farm goods on March 10", written Nov. 10): it stood from that start until the
-- first report that tells it, by when the change it is previous to had come (read as of
-- Nov. 1, the 15%). Of several starts, each holds until the next.
lone_prev AS (
  SELECT p.fact_id, p.effective,
         arg_min(p.claim_id, (p.seq_key, p.article, p.quote_start, p.claim_id)) AS claim_id,
         count(DISTINCT p.article) AS sources
  FROM fact_claims p
  WHERE p.is_prev AND NOT p.is_dup AND p.unit = 'percent' AND p.v IS NOT NULL
    AND p.seq_date IS NOT NULL AND p.metric <> 'effective_date'
    AND p.effective < p.seq_date
    AND NOT EXISTS (SELECT 1 FROM evidence_order e WHERE e.fact_id = p.fact_id)
  GROUP BY p.fact_id, p.effective
),
lone_iv AS (
  SELECT l.fact_id, l.claim_id, l.sources, l.effective AS valid_from,
         least(coalesce(lead(l.effective) OVER (PARTITION BY l.fact_id
                                                ORDER BY l.effective),
                        DATE '9999-12-31'),
               (SELECT min(q.seq_key) FROM fact_claims q
                WHERE q.fact_id = l.fact_id AND q.is_prev AND NOT q.is_dup
                  AND q.seq_date IS NOT NULL)) AS valid_to
  FROM lone_prev l
),
-- both kinds of told-later rows, each with what its report tells of it
told AS (
  SELECT claim_id, sources, valid_from AS since, valid_from, valid_to,
         'gives it as the value before a change, in place since '
           || CAST(valid_from AS VARCHAR) || '; no report states another' AS told
  FROM lone_iv
  UNION ALL
  SELECT claim_id, sources, own_from AS since, valid_from, valid_to,
         'tells a change from it on ' || CAST(s AS VARCHAR) || ', after this date' AS told
  FROM before
)
SELECT * FROM later
UNION ALL
SELECT p.fact_id, p.metric, p.imposer, p.target, p.product, p.measure, p.unit, p.value,
       p.date_value, 'in_effect' AS status, true AS in_effect, b.since,
       b.sources, p.seq_date AS last_confirmed, false AS conflict,
       false AS official_mismatch, p.article, p.source, p.quote,
       'told later: a later report (' || coalesce(p.source, p.article) || ', '
         || CAST(p.seq_date AS VARCHAR) || ') ' || b.told AS rule,
       b.valid_from, b.valid_to
FROM told b JOIN fact_claims p ON p.claim_id = b.claim_id
WHERE b.valid_from < b.valid_to
