-- The value each fact's current value replaced: the latest update (as of $d) to it.
-- Inputs: _rp_facts (fact_id, v, ...); $d.
SELECT fact_id, from_value, from_date_value, from_source, from_date, to_source, to_date
FROM (
  SELECT u.*, row_number() OVER (PARTITION BY u.fact_id
                                 ORDER BY u.to_date DESC, u.to_claim DESC) AS rn
  FROM updates u JOIN _rp_facts f ON f.fact_id = u.fact_id
  WHERE (CAST($d AS DATE) IS NULL OR u.to_date <= CAST($d AS DATE))
    AND abs(coalesce(u.to_value, date_diff('day', DATE '1970-01-01', u.to_date_value)) - f.v)
        <= 0.01
)
WHERE rn = 1
