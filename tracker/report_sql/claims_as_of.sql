-- The claims that count as evidence as of $d (NULL: everything stored) for the facts in
-- _rp_facts: no duplicates, no values given as previous, no restatements; with the value
-- as one number v (days since 1970 for dates) and the tolerance h it is stated with
-- (the same rule the reconciler uses to count a fact's `sources`). The date a claim counts
-- from is its publication date, else the effective date the claim itself states.
SELECT t.fact_id, t.article, t.source, t.quote, t.status, t.date, t.quote_start, t.claim_id,
       coalesce(t.as_of, c.effective) AS seq_date,  -- as the reconciler orders evidence
       CASE WHEN t.date_value IS NOT NULL
            THEN CAST(date_diff('day', DATE '1970-01-01', t.date_value) AS DOUBLE)
            ELSE t.value END AS v,
       CASE WHEN t.date_value IS NOT NULL OR t.unit IN ('date', 'day') THEN 0.5
            WHEN c.kind = 'amount' THEN
              CASE WHEN c.hedge IS NOT NULL THEN coalesce(c.precision, 0.01 * abs(t.value))
                   WHEN c.precision IS NOT NULL THEN 0.4999 * c.precision
                   ELSE 0.0025 * abs(t.value) END
            WHEN c.hedge IS NOT NULL THEN coalesce(c.precision, 1.0)
            ELSE 0.005 END AS h
FROM fact_timeline t JOIN claims c USING (claim_id)
WHERE t.role NOT IN ('duplicate', 'previous', 'restated')
  AND t.fact_id IN (SELECT fact_id FROM _rp_facts)
  AND (CAST($d AS DATE) IS NULL OR coalesce(t.as_of, c.effective) IS NULL
       OR coalesce(t.as_of, c.effective) <= CAST($d AS DATE))
