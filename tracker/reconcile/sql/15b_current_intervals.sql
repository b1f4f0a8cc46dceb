-- current_intervals: the current value of every fact as of ANY date, stored as intervals
-- [valid_from, valid_to) (valid_to NULL: open-ended), so that `tracker rates --as-of D` and
-- reconcile.current(as_of=D) read the rows with valid_from <= D < valid_to
-- (current_as_of.sql) instead of evaluating the rules for D (dates from 1900-01-01 on, as
-- the stored evidence order). The rules are 15_current_rules.sql's, the same text 15 runs
-- (put in at the RULES mark by driver.sql), read here at every breakpoint of every fact.
-- Nothing here depends on the latest evidence date: when an ingest moves that date, an
-- incremental update keeps the other groups' intervals.
--
-- The answer as of D changes only at a date where one of its inputs does (every condition
-- on D in the rules is `x <= D` or `x > D` for a date x of the data), so it is constant
-- between two consecutive such dates: its breakpoints. A fact's are the dates of its
-- evidence (publication, effective date, date stated), of its conflicts (last date) and
-- their updates, of the pauses for every partner of its imposer and measure (said, until),
-- of the suspensions of an amount's measure between its parties (said, end), of the
-- official starts of its imposer, product and measure, the first report of a penalty on its
-- partner, and 1900-01-01; a measure-less US rate on all goods reads the other rates of its
-- partner (the rules' comp, tot and sole), so every such fact of one partner takes the
-- breakpoints of all of them. Consecutive breakpoints with the same answer are one interval.
WITH fk AS (  -- each fact's key
  SELECT DISTINCT fact_id, metric, imposer, target, product, measure, unit FROM evidence_order
),
pz AS (  -- the pauses of a measure for every partner (the rules' pauses)
/*INCLUDE pause_claims.sql*/
),
hz AS (  -- the suspensions of a measure between two parties (the rules' held)
/*INCLUDE held_claims.sql*/
),
pen AS (  -- the first evidence a text speaks of a penalty on the partner (penalty_told)
  SELECT x.imposer, x.target, min(x.seq_key) AS first_key
  FROM evidence_order x JOIN fact_claims f ON f.claim_id = x.claim_id
  WHERE f.penalty
  GROUP BY ALL
),
own AS (
  -- (h96, h103: agreed_until, the day a deal's change agreed stops reading as not yet in
  -- force; h114: agreed_told_from, the day a later report's start of it makes it in force;
  -- h151: deal_start, the start its article dates for the deal)
  SELECT fact_id,
         unnest([seq_date, effective, date_value, agreed_until, agreed_told_from,
                 deal_start, official_from, official_to, official_paused_from,
                 official_paused_to, official_start, agreed_official_from,
                 agreed_official_to, deal_from, deal_to]) AS d
  FROM evidence_order
  UNION ALL SELECT fact_id, DATE '1900-01-01' FROM fk
  UNION ALL SELECT fact_id, last_date FROM conflicts WHERE kind = 'conflict'
  UNION ALL SELECT c.fact_id, u.to_date FROM conflicts c JOIN updates u USING (fact_id)
            WHERE c.kind = 'conflict'
  UNION ALL SELECT k.fact_id, unnest([q.said, q.until]) FROM fk k
            JOIN pz q ON q.imposer = k.imposer AND q.measure = k.measure
            WHERE k.metric = 'tariff_rate'
  UNION ALL SELECT k.fact_id, unnest([q.said, q.until]) FROM fk k
            JOIN hz q ON q.imposer = k.imposer AND q.measure = k.measure
             AND coalesce(q.target, k.target) = k.target
            WHERE k.metric = 'other_amount'
  UNION ALL SELECT k.fact_id, r.effective_date FROM fk k
            JOIN reference r ON r.imposer = k.imposer AND r.product = k.product
             AND r.measure = k.measure AND k.metric = 'tariff_rate'
  UNION ALL SELECT k.fact_id, n.first_key FROM fk k
            JOIN pen n ON n.imposer = k.imposer AND n.target = k.target
),
bp0 AS (
  SELECT DISTINCT fact_id, greatest(d, DATE '1900-01-01') AS d FROM own WHERE d IS NOT NULL
),
current_points AS (  -- a measure-less US rate on all goods and the rates it reads share them
  SELECT fact_id, d FROM bp0
  UNION
  SELECT k2.fact_id, b.d
  FROM bp0 b JOIN fk k1 USING (fact_id)
  JOIN fk k2 ON k2.metric = k1.metric AND k2.imposer = k1.imposer AND k2.target = k1.target
   AND k2.product = k1.product AND k2.unit = k1.unit
  WHERE k1.metric = 'tariff_rate' AND k1.imposer = 'US' AND k1.product = 'all'
),
at_d AS (  -- the current value of every fact as of each of its breakpoints
/*RULES*/
),
-- A fact has a row from its first evidence on, at every later breakpoint: each row holds
-- until the fact's next breakpoint; consecutive rows with the same answer are one interval
-- (it starts at a row whose answer differs from the row before; it ends where the next does).
nxt AS (
  SELECT a.*, row(value, date_value, status, in_effect, since, sources, last_confirmed,
                  conflict, official_mismatch, article, source, quote, rule)
         IS DISTINCT FROM lag(row(value, date_value, status, in_effect, since, sources,
                                  last_confirmed, conflict, official_mismatch, article,
                                  source, quote, rule))
           OVER (PARTITION BY fact_id ORDER BY d) AS starts
  FROM at_d a
)
SELECT fact_id, metric, imposer, target, product, measure, unit, value, date_value, status,
       in_effect, since, sources, last_confirmed, conflict, official_mismatch, article,
       source, quote, rule, d AS valid_from,
       lead(d) OVER (PARTITION BY fact_id ORDER BY d) AS valid_to  -- NULL: it holds on
FROM nxt
WHERE starts
-- (the rates told later, 14c_told_later.sql, are put in by 15c_told_cut.sql, which cuts these
-- rows where they hold)
