-- pauses of a measure for every partner: a pause's end date with no named partner, as its
-- article reports it (said) and runs it (until). Included (driver.sql) by the rules of the
-- current values (15_current_rules.sql `pauses`) and by their breakpoints
-- (15b `pz`, the dates they change at), so both read one definition.
SELECT f.imposer, f.measure, f.seq_date AS said, f.date_value AS until
FROM fact_claims f
WHERE NOT f.is_dup AND NOT f.is_prev AND f.metric = 'effective_date' AND f.pause_word
  AND coalesce(f.target, '') IN ('', '*') AND f.date_value IS NOT NULL
  -- (h90) not a deadline its article holds for a threatened rate of the measure ("the
  -- extension runs to October 29 ... at 25% rather than the 30% threatened"): what it
  -- defers is the threat, and the rate in force runs on
  AND NOT EXISTS (SELECT 1 FROM fact_claims t
                  WHERE t.article = f.article AND NOT t.is_dup AND NOT t.is_prev
                    AND t.metric = 'tariff_rate' AND t.status = 'proposed'
                    AND t.imposer = f.imposer AND t.measure = f.measure)
