-- current_values: the status-aware current value of every fact as of a date D ($as_of;
-- NULL: the latest publication date in the database). Also what reconcile.current(con,
-- as_of=...) runs for a date the stored intervals do not answer (15b), on read-only
-- connections too. The rules are 15_current_rules.sql's (put in at the RULES mark by driver.sql),
-- read here at one point per fact: D.
WITH p AS (
  SELECT coalesce(CAST($as_of AS DATE),
                  (SELECT max(seq_date) FROM fact_claims WHERE NOT is_dup)) AS d
),
current_points AS (  -- every fact that has evidence (14b_evidence_order.sql), at D
  SELECT f.fact_id, p.d FROM (SELECT DISTINCT fact_id FROM evidence_order) f, p
),
told AS (  -- (h194, h201) the rates a report tells since a start no report before spoke of
           -- (14c_told_later.sql: made once from every report, those after D too)
  SELECT * FROM told_later
),
told_d AS (  -- those holding at D: they answer for their facts instead of the rules
  SELECT t.*, p.d FROM told t, p WHERE t.valid_from <= p.d AND t.valid_to > p.d
)
SELECT fact_id, metric, imposer, target, product, measure, unit, value, date_value, status,
       in_effect, since, sources, last_confirmed, conflict, official_mismatch, article,
       source, quote, d AS as_of, rule
FROM (
/*RULES*/
) AS r
WHERE r.fact_id NOT IN (SELECT fact_id FROM told_d)
UNION ALL
SELECT t.fact_id, t.metric, t.imposer, t.target, t.product, t.measure, t.unit, t.value,
       t.date_value, t.status, t.in_effect, t.since, t.sources, t.last_confirmed, t.conflict,
       t.official_mismatch, t.article, t.source, t.quote, t.d AS as_of, t.rule
FROM told_d t
ORDER BY metric, imposer, target, product, measure, fact_id
