-- Every value each fact has had (duplicates left out), by the date it speaks about, with
-- the article's URL and publication date; $from / $to bound that date (NULL: open);
-- a parameter f_<column> keeps the facts whose column equals it (a missing value as ''; NULL: all).
SELECT t.*, a.url, a.published
FROM fact_timeline t LEFT JOIN articles a ON a.id = t.article
WHERE t.role <> 'duplicate'
  AND (CAST($from AS DATE) IS NULL OR t.date >= CAST($from AS DATE))
  AND (CAST($to AS DATE) IS NULL OR t.date <= CAST($to AS DATE))
  AND (CAST($f_metric AS VARCHAR) IS NULL OR coalesce(t.metric, '') = $f_metric)
  AND (CAST($f_target AS VARCHAR) IS NULL OR coalesce(t.target, '') = $f_target)
  AND (CAST($f_product AS VARCHAR) IS NULL OR coalesce(t.product, '') = $f_product)
  AND (CAST($f_measure AS VARCHAR) IS NULL OR coalesce(t.measure, '') = $f_measure)
ORDER BY t.metric, t.imposer NULLS LAST, t.target NULLS LAST, t.product NULLS LAST,
         t.measure NULLS LAST, t.date NULLS FIRST, t.role <> 'previous', t.as_of, t.article,
         t.quote_start
