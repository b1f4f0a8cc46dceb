-- Both sides of every disagreement whose dates reach into [$from, $to] (NULL: open).
SELECT * FROM conflicts
WHERE (CAST($from AS DATE) IS NULL OR last_date >= CAST($from AS DATE))
  AND (CAST($to AS DATE) IS NULL OR first_date <= CAST($to AS DATE))
ORDER BY kind, metric, imposer, target, product, measure, first_date
