-- _rc_mismatch: news claims that contradict our official table (`reference`, from
-- data/reference/us_tariff_actions_2025.csv), one row per (fact, reference row, value).
--
-- A reference row covers a claim when the claim's publication (or, for rates, effective)
-- date falls between $ref_lead_days days before the row's announcement (deals and letters
-- report a figure before the act) and $ref_slack_days days after the next row for the same
-- (target, product, measure) was announced.
--   - A US tariff rate claim (status in_effect, scheduled, paused or unknown: agreed and
--     proposed deals are not legal acts) whose (target, product, measure) matches covering
--     rows exactly ('*' rows only match '*' claims) and whose value matches none of them.
--   - An effective-date claim, when a covering row for its target exists and no covering
--     row of the same target or of all partners, in the same family of measures
--     (reciprocal and baseline are one family), has an effective or end date within a day.
--     Pause rows only match claims whose sentence speaks of a pause.
-- Only rows with use_rate / use_date are compared: China's rows have neither (news mixes
-- its cumulative rates, and the table stops following China in May).
-- Ties are broken by ref_id (rows of the same start) and by (seq_key, article, position in
-- the text, claim_id) for the quote and first source: the same input gives the same row.
WITH ref AS (
  SELECT *, coalesce(announced_date, effective_date) AS start FROM reference
),
rr AS (  -- rows stating a rate, and the window they cover
  SELECT *, start - $ref_lead_days AS w0,
         coalesce(lead(start) OVER (PARTITION BY imposer, target, product, measure
                                    ORDER BY start, effective_date, ref_id), DATE '9999-01-01')
           + $ref_slack_days AS w1
  FROM ref WHERE use_rate AND rate_percent IS NOT NULL
),
rd AS (  -- rows stating a date, and the window they cover
  SELECT *, start - $ref_lead_days AS w0,
         coalesce(lead(start) OVER (PARTITION BY imposer, target, product, measure
                                    ORDER BY start, effective_date, ref_id), DATE '9999-01-01')
           + $ref_slack_days AS w1
  FROM ref WHERE use_date AND (effective_date IS NOT NULL OR end_date IS NOT NULL)
),
cl AS (
  SELECT * FROM fact_claims
  WHERE NOT is_dup AND NOT is_prev AND imposer = 'US' AND v IS NOT NULL
    AND target IS NOT NULL AND product IS NOT NULL AND measure IS NOT NULL
),
cov AS (  -- claim x covering row: ok when they agree; exact when the row is for its key
  SELECT c.claim_id, c.fact_id, c.v, c.date_value, c.seq_date, r.ref_id, r.start,
         abs(c.v - r.rate_percent) <= c.h + 0.005 AS ok, r.rate_percent AS ref_rate,
         NULL::DATE AS ref_date, true AS exact
  FROM cl c JOIN rr r ON r.imposer = c.imposer AND r.target = c.target
       AND r.product = c.product AND r.measure = c.measure
  WHERE c.metric = 'tariff_rate' AND c.unit = 'percent'
    AND coalesce(c.status, 'in_effect') IN ('in_effect', 'scheduled', 'paused')
    AND (c.as_of BETWEEN r.w0 AND r.w1 OR c.effective BETWEEN r.w0 AND r.w1)
  UNION ALL
  SELECT c.claim_id, c.fact_id, c.v, c.date_value, c.seq_date, r.ref_id, r.start,
         coalesce(abs(date_diff('day', c.date_value, r.effective_date)) <= 1, false)
           OR coalesce(abs(date_diff('day', c.date_value, r.end_date)) <= 1, false) AS ok,
         NULL AS ref_rate, coalesce(r.effective_date, r.end_date) AS ref_date,
         r.target = c.target AND r.measure = c.measure AS exact
  FROM cl c JOIN rd r ON r.imposer = c.imposer AND r.product = c.product
       AND (r.target = c.target OR r.target = '*')
       AND CASE WHEN r.measure IN ('reciprocal', 'baseline') THEN 'ieepa' ELSE r.measure END
         = CASE WHEN c.measure IN ('reciprocal', 'baseline') THEN 'ieepa' ELSE c.measure END
  WHERE c.metric = 'effective_date' AND c.date_value IS NOT NULL
    AND c.seq_date BETWEEN r.w0 AND r.w1 AND (NOT r.pause OR c.pause_word)
),
bad AS (  -- claims matching no covering reference row; the row nearest before them
  SELECT claim_id, any_value(fact_id) AS fact_id,
         coalesce(arg_max(ref_id, (start, ref_id)) FILTER (WHERE exact AND start <= seq_date),
                  arg_min(ref_id, (start, ref_id)) FILTER (WHERE exact AND start IS NOT NULL))
           AS ref_id
  FROM cov GROUP BY claim_id HAVING NOT bool_or(ok) AND bool_or(exact)
)
SELECT b.fact_id, b.ref_id, fc.v, any_value(fc.date_value) AS date_value,
       array_agg(DISTINCT fc.article ORDER BY fc.article) AS articles,
       array_agg(DISTINCT fc.source ORDER BY fc.source) AS sources,
       array_agg(DISTINCT fc.claim_id ORDER BY fc.claim_id) AS claim_ids,
       min(fc.seq_date) AS first_date, max(fc.seq_date) AS last_date,
       arg_min(fc.quote, (fc.seq_key, fc.article, fc.quote_start, fc.claim_id)) AS quote,
       arg_min(fc.source, (fc.seq_key, fc.article, fc.quote_start, fc.claim_id)) AS source1,
       any_value(r.rate_percent) AS ref_rate,
       any_value(CASE WHEN fc.date_value IS NOT NULL
                      THEN coalesce(CASE WHEN abs(date_diff('day', fc.date_value, r.end_date))
                                              < abs(date_diff('day', fc.date_value,
                                                              r.effective_date))
                                         THEN r.end_date END,
                                    r.effective_date, r.end_date) END) AS ref_date,
       any_value(r.effective_date) AS ref_effective, any_value(r.action) AS action,
       any_value(r.tier) AS tier, any_value(r.source) AS ref_source,
       any_value(rc_fmt(r.rate_percent, 'percent', NULL)) AS ref_text
FROM bad b JOIN fact_claims fc USING (claim_id) JOIN reference r ON r.ref_id = b.ref_id
GROUP BY b.fact_id, b.ref_id, fc.v
