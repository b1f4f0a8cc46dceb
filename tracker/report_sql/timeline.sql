-- Every value each fact has had (duplicates left out), by the date it speaks about, with
-- the article's URL and publication date; $from / $to bound that date (NULL: open).
SELECT t.*, a.url, a.published
FROM fact_timeline t LEFT JOIN articles a ON a.id = t.article
WHERE t.role <> 'duplicate'
  AND (CAST($from AS DATE) IS NULL OR t.date >= CAST($from AS DATE))
  AND (CAST($to AS DATE) IS NULL OR t.date <= CAST($to AS DATE))
ORDER BY t.metric, t.imposer NULLS LAST, t.target NULLS LAST, t.product NULLS LAST,
         t.measure NULLS LAST, t.date NULLS FIRST, t.role <> 'previous', t.as_of, t.article,
         t.quote_start
