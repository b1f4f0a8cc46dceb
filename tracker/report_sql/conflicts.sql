-- Both sides of every disagreement whose dates reach into [$from, $to] (NULL: open);
-- a parameter f_<column> keeps the conflicts whose column equals it (a missing value as '';
-- NULL: all). Filtered here, not in Python: at 5,000,000 claims fetching every conflict to
-- keep one partner's took 43 s and 5 GB. The order is total (the fact, then the sides), so a
-- filtered report lists its conflicts in the order the unfiltered one does.
SELECT metric, imposer, target, product, measure, unit, kind, value_a, date_value_a,
       value_b, date_value_b, articles, sources, dates, quotes, gap, reason, sides
FROM conflicts
WHERE (CAST($from AS DATE) IS NULL OR last_date >= CAST($from AS DATE))
  AND (CAST($to AS DATE) IS NULL OR first_date <= CAST($to AS DATE))
  AND (CAST($f_kind AS VARCHAR) IS NULL OR coalesce(kind, '') = $f_kind)
  AND (CAST($f_metric AS VARCHAR) IS NULL OR coalesce(metric, '') = $f_metric)
  AND (CAST($f_target AS VARCHAR) IS NULL OR coalesce(target, '') = $f_target)
  AND (CAST($f_product AS VARCHAR) IS NULL OR coalesce(product, '') = $f_product)
  AND (CAST($f_measure AS VARCHAR) IS NULL OR coalesce(measure, '') = $f_measure)
ORDER BY kind, metric, imposer, target, product, measure, first_date, fact_id, period,
         last_date, value_a, value_b, date_value_a, date_value_b, articles, claim_ids
