-- suspensions of a measure between two parties ("the bloc suspends its countermeasures for
-- six months"): a stated length of a pause, from its report (said) to its end (until).
-- Included (driver.sql) by 15_current_rules.sql `held` and 15b `hz` (its breakpoints).
SELECT f.imposer, f.target, f.measure, f.seq_date AS said,
       f.seq_date + CAST(f.value AS INTEGER) AS until
FROM fact_claims f
WHERE NOT f.is_dup AND NOT f.is_prev AND f.metric = 'pause_length' AND f.status = 'paused'
  AND f.unit = 'day' AND f.value > 0 AND f.measure IS NOT NULL AND f.seq_date IS NOT NULL
