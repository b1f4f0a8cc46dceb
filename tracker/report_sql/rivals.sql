-- The values each fact's current value competed with: every value of the conflicts on
-- the fact that are open as of $d (not followed by an update), with how many independent
-- articles state it, who, and whether the official table states it.
-- Inputs: _rp_facts (fact_id, v, ...); $d.
WITH ev AS (/*CLAIMS_AS_OF*/),
openc AS (
  SELECT c.* FROM conflicts c
  WHERE c.kind = 'conflict' AND c.fact_id IN (SELECT fact_id FROM _rp_facts)
    AND (CAST($d AS DATE) IS NULL OR c.last_date <= CAST($d AS DATE))
    AND NOT EXISTS (SELECT 1 FROM updates u WHERE u.fact_id = c.fact_id
                    AND u.to_date > c.last_date
                    AND (CAST($d AS DATE) IS NULL OR u.to_date <= CAST($d AS DATE)))
),
vals AS (
  SELECT DISTINCT fact_id, metric, imposer, target, product, measure,
         unnest([coalesce(value_a, date_diff('day', DATE '1970-01-01', date_value_a)),
                 coalesce(value_b, date_diff('day', DATE '1970-01-01', date_value_b))]) AS rv
  FROM openc
)
SELECT v.fact_id, v.rv, count(DISTINCT e.article) AS n,
       list(DISTINCT coalesce(e.source, e.article) ORDER BY coalesce(e.source, e.article))
         AS sources,
       max(e.seq_date) AS last_date,
       bool_or(EXISTS (SELECT 1 FROM reference r
                       WHERE v.metric = 'tariff_rate' AND r.use_rate
                         AND r.imposer = v.imposer AND r.target = v.target
                         AND r.product = v.product AND r.measure = v.measure
                         AND abs(r.rate_percent - v.rv) <= 0.01)) AS official
FROM vals v JOIN ev e ON e.fact_id = v.fact_id AND abs(e.v - v.rv) <= 1.5 * e.h + 1e-9
GROUP BY v.fact_id, v.rv
ORDER BY v.fact_id, n DESC, v.rv
