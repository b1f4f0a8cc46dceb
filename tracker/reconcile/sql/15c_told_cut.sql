-- current_intervals (replaced): the rules' intervals of 15b_current_intervals.sql with the
-- rates told later (14c_told_later.sql) put in. (h194) Before a fact's first report the
-- rules have nothing to say and a told-later row stands alone; (h201) after it, or (h209)
-- where the rules read only undated reports, a told-later row answers instead of the rules:
-- the rules' rows of such a fact are cut at the bounds of every row of the fact and left
-- out where a told-later row holds, as 15_current_values.sql leaves out the rules' row at
-- a date where one holds. A stage of its own, after 15b: the cut reads intervals only (a
-- few rows per fact), never 15b's rows at every breakpoint, which the 128 MB bound of
-- tests/store/test_memory_limit.py leaves no room beside.
WITH told AS (SELECT * FROM told_later),
cut_iv AS (  -- the rules' rows of the facts with told-later rows
  SELECT * FROM current_intervals WHERE fact_id IN (SELECT fact_id FROM told)
),
cuts AS (
  SELECT fact_id, valid_from AS d FROM cut_iv
  UNION SELECT fact_id, valid_from FROM told
  UNION SELECT fact_id, valid_to FROM told
),
seg AS (
  SELECT fact_id, d, lead(d) OVER (PARTITION BY fact_id ORDER BY d) AS d_to FROM cuts
)
SELECT * FROM current_intervals WHERE fact_id NOT IN (SELECT fact_id FROM told)
UNION ALL
SELECT r.* EXCLUDE (valid_from, valid_to), s.d AS valid_from, s.d_to AS valid_to
FROM seg s JOIN cut_iv r
  ON r.fact_id = s.fact_id AND r.valid_from <= s.d
 AND (r.valid_to IS NULL OR r.valid_to > s.d)
WHERE NOT EXISTS (SELECT 1 FROM told t WHERE t.fact_id = s.fact_id
                    AND t.valid_from <= s.d AND t.valid_to > s.d)
UNION ALL
SELECT * FROM told
