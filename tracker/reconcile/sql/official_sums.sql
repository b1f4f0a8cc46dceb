-- official_sums (fragment): the official stacked US rate on all of a partner's goods on a
-- day, as 16_all_in_rates.sql stacks it (the reciprocal rate, else the baseline, + fentanyl
-- + penalty; the normal duty never counted), for each row of `sum_req(claim_id, target,
-- day)` the including query defines. Each component is the row in force that day, the
-- partner's own before the all-partner one, the later row among equals. `parts` counts the
-- partner's own non-zero rows in the stack: with fewer than two, the sum is one component
-- and tells nothing apart. Included (driver.sql) by 01c_all_in_sums.sql and
-- 12b_all_in_conflicts.sql, so both read one definition.
SELECT claim_id, day, rec, base, fent, pen,
       coalesce(rec, base, 0) + coalesce(fent, 0) + coalesce(pen, 0) AS total,
       (CASE WHEN rec IS NOT NULL THEN rec_own AND rec > 0
             ELSE coalesce(base_own AND base > 0, false) END)::INT
         + coalesce(fent_own AND fent > 0, false)::INT
         + coalesce(pen_own AND pen > 0, false)::INT AS parts
FROM (
  SELECT claim_id, day,
         any_value(value) FILTER (WHERE measure = 'reciprocal') AS rec,
         any_value(own) FILTER (WHERE measure = 'reciprocal') AS rec_own,
         any_value(value) FILTER (WHERE measure = 'baseline') AS base,
         any_value(own) FILTER (WHERE measure = 'baseline') AS base_own,
         any_value(value) FILTER (WHERE measure = 'fentanyl') AS fent,
         any_value(own) FILTER (WHERE measure = 'fentanyl') AS fent_own,
         any_value(value) FILTER (WHERE measure = 'penalty') AS pen,
         any_value(own) FILTER (WHERE measure = 'penalty') AS pen_own
  FROM (  -- each component's value that day
    SELECT q.claim_id, q.day, f.measure, bool_or(f.target = q.target) AS own,
           arg_min(f.rate_percent, (f.target <> q.target, -f.ref_id)) AS value
    FROM sum_req q JOIN reference f
      ON f.imposer = 'US' AND f.product = 'all' AND f.target IN (q.target, '*')
     AND f.measure IN ('reciprocal', 'baseline', 'fentanyl', 'penalty')
     AND f.rate_percent IS NOT NULL AND f.status IN ('in_effect', 'superseded')
     AND f.effective_date <= q.day AND (f.end_date IS NULL OR f.end_date > q.day)
    GROUP BY ALL
  ) comp
  GROUP BY claim_id, day
) wide
