-- Both sides of every disagreement whose dates reach into [$from, $to] (NULL: open).
SELECT metric, imposer, target, product, measure, unit, kind, value_a, date_value_a,
       value_b, date_value_b, articles, sources, dates, quotes, gap, reason, sides
FROM conflicts
WHERE (CAST($from AS DATE) IS NULL OR last_date >= CAST($from AS DATE))
  AND (CAST($to AS DATE) IS NULL OR first_date <= CAST($to AS DATE))
ORDER BY kind, metric, imposer, target, product, measure, first_date
