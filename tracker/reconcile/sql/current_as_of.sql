-- The current values as of $as_of read from the stored intervals (15b_current_intervals.sql):
-- each fact's row holding at that date, with the columns and order of stage 15.
-- driver.current_query runs it for a date from 1900-01-01 on, when the table exists.
SELECT fact_id, metric, imposer, target, product, measure, unit, value, date_value, status,
       in_effect, since, sources, last_confirmed, conflict, official_mismatch, article, source,
       quote, CAST($as_of AS DATE) AS as_of, rule
FROM current_intervals
WHERE valid_from <= CAST($as_of AS DATE)
  AND (valid_to IS NULL OR valid_to > CAST($as_of AS DATE))
ORDER BY metric, imposer, target, product, measure, fact_id
