-- The current values of the facts the filters keep, with the value as one number v (days
-- since 1970 for dates). The placeholder below is reconcile's current-values query (its
-- stored table when no date is asked); a parameter f_<column> is the value a column must equal (a
-- missing value as ''), NULL for no filter. Ordered by the caller (report.RATES_ORDER).
SELECT cur.fact_id, cur.metric, cur.imposer, cur.target, cur.product, cur.measure,
       cur.unit, cur.value, cur.date_value, cur.status, cur.since, cur.sources,
       cur.last_confirmed, cur.conflict, cur.official_mismatch, cur.article, cur.source,
       cur.quote, cur.rule,
       CASE WHEN cur.date_value IS NOT NULL
            THEN CAST(date_diff('day', DATE '1970-01-01', cur.date_value) AS DOUBLE)
            ELSE cur.value END AS v
FROM (
/*CURRENT_VALUES*/
) AS cur
WHERE (CAST($f_metric AS VARCHAR) IS NULL OR coalesce(cur.metric, '') = $f_metric)
  AND (CAST($f_target AS VARCHAR) IS NULL OR coalesce(cur.target, '') = $f_target)
  AND (CAST($f_product AS VARCHAR) IS NULL OR coalesce(cur.product, '') = $f_product)
  AND (CAST($f_measure AS VARCHAR) IS NULL OR coalesce(cur.measure, '') = $f_measure)
