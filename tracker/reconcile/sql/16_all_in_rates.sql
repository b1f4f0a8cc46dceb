-- all_in_rates: the stacked US tariff on a partner's goods (one row per partner and
-- product), from its components, and a stated all-in figure compared with that sum.
--
-- Components: reciprocal (or, where the partner has none, the baseline), fentanyl, penalty
-- (Brazil's and India's add-ons) and, for a sector, Section 232. Each comes from the current
-- value news states for it (current_values, in effect; `basis` 'news'), else from the
-- official table (`reference`, the row in force on the day; 'official'): the partner's own
-- row before the row for all partners, the product's own before the partner-wide one.
-- Stacking follows the orders' own clauses: a Section 232 good pays the 232 rate instead of
-- the reciprocal and penalty duties (EO 14257 Annex II, the Brazil and India orders' s.3),
-- plus the fentanyl duty, except where the table gives the partner a 0% reciprocal rate
-- because its fentanyl duty stands in place of it (Canada, Mexico: EO 14257 s.3), which
-- a 232 good does not pay either (EO 14289). The normal (MFN) duty is never included: every
-- figure is the additional duty.
--
-- The current sum is read as of the latest evidence. A stated all-in figure (the latest claim
-- the text calls combined, total or all-in for the partner and product) is compared with
-- the official sum on its own date (effective, else publication), when the table follows
-- the partner then (one of its own rows is in force); `agrees` is NULL otherwise.
WITH comp(measure) AS (
  VALUES ('reciprocal'), ('baseline'), ('fentanyl'), ('penalty'), ('section_232')
),
latest AS (
  SELECT coalesce(max(seq_date), (SELECT max(effective_date) FROM reference)) AS d
  FROM fact_claims WHERE NOT is_dup
),
news AS (  -- components as news states them now
  SELECT fact_id, target, product, measure, value FROM current_values
  WHERE metric = 'tariff_rate' AND imposer = 'US' AND unit = 'percent'
    AND status = 'in_effect' AND value IS NOT NULL AND target IS NOT NULL AND target <> '*'
    AND product IS NOT NULL AND measure IN (SELECT measure FROM comp)
),
stated AS (  -- the latest all-in figure stated for a partner and product
  SELECT target, coalesce(product, 'all') AS product,
         arg_max(fact_id, (seq_date, article, claim_id)) AS fact_id,
         arg_max(v, (seq_date, article, claim_id)) AS value,
         arg_max(h, (seq_date, article, claim_id)) AS h,
         arg_max(coalesce(effective, seq_date), (seq_date, article, claim_id)) AS d,
         arg_max(article, (seq_date, article, claim_id)) AS article,
         arg_max(source, (seq_date, article, claim_id)) AS source,
         arg_max(quote, (seq_date, article, claim_id)) AS quote
  FROM fact_claims
  WHERE metric = 'tariff_rate' AND unit = 'percent' AND imposer = 'US'
    AND coalesce(combined, false) AND NOT is_dup AND NOT is_prev AND v IS NOT NULL
    AND target IS NOT NULL AND target <> '*'
    AND coalesce(status, 'in_effect') IN ('in_effect', 'scheduled')
  GROUP BY ALL
),
pairs AS (  -- the partners and products news or the table names
  SELECT target, product FROM news
  UNION SELECT target, product FROM stated
  UNION SELECT target, product FROM reference
  WHERE imposer = 'US' AND target <> '*' AND rate_percent IS NOT NULL
    AND measure IN (SELECT measure FROM comp)
),
req AS (  -- what is summed: every pair now, and each stated figure on its own date
  SELECT p.target, p.product, l.d, 'current' AS what FROM pairs p, latest l
  UNION ALL
  SELECT target, product, d, 'stated' FROM stated WHERE d IS NOT NULL
),
cand AS (  -- every candidate value of every component, by preference (lower first)
  SELECT q.target, q.product, q.what, c.measure, n.value, 'news' AS basis,
         NULL::BIGINT AS ref_id, n.fact_id, CASE WHEN n.product = q.product THEN 1 ELSE 3 END AS pref
  FROM req q CROSS JOIN comp c
  JOIN news n ON n.target = q.target AND n.measure = c.measure
   AND (n.product = q.product OR (n.product = 'all' AND c.measure <> 'section_232'))
  WHERE q.what = 'current'
  UNION ALL
  SELECT q.target, q.product, q.what, c.measure, r.rate_percent, 'official', r.ref_id, NULL,
         CASE WHEN r.product = q.product AND r.target = q.target THEN 2
              WHEN r.product = q.product THEN 4
              WHEN r.target = q.target THEN 5 ELSE 6 END
  FROM req q CROSS JOIN comp c
  JOIN reference r ON r.imposer = 'US' AND r.measure = c.measure
   AND r.target IN (q.target, '*') AND r.rate_percent IS NOT NULL
   AND (r.product = q.product OR (r.product = 'all' AND c.measure <> 'section_232'))
   AND r.status IN ('in_effect', 'superseded')
   AND r.effective_date <= q.d AND (r.end_date IS NULL OR r.end_date > q.d)
),
best AS (  -- the preferred value of each component (ties: the later row, then the value)
  SELECT target, product, what, measure,
         arg_min({'measure': measure, 'value': value, 'basis': basis, 'ref_id': ref_id,
                  'fact_id': fact_id},
                 (pref, -coalesce(ref_id, 0), value, fact_id)) AS c
  FROM cand GROUP BY ALL
),
wide AS (
  SELECT target, product, what,
         any_value(c) FILTER (WHERE measure = 'reciprocal') AS reciprocal,
         any_value(c) FILTER (WHERE measure = 'baseline') AS baseline,
         any_value(c) FILTER (WHERE measure = 'fentanyl') AS fentanyl,
         any_value(c) FILTER (WHERE measure = 'penalty') AS penalty,
         any_value(c) FILTER (WHERE measure = 'section_232') AS s232,
         bool_or(c.basis = 'official' AND c.ref_id IN
                 (SELECT ref_id FROM reference WHERE target <> '*')) AS own_row
  FROM best GROUP BY ALL
),
used AS (  -- the components that apply, by the stacking rules above
  SELECT *,
         CASE WHEN s232 IS NOT NULL
                THEN list_filter([s232, CASE WHEN coalesce(reciprocal.value, -1) <> 0
                                             THEN fentanyl END], lambda x: x IS NOT NULL)
              ELSE list_filter([coalesce(reciprocal, baseline), fentanyl, penalty],
                               lambda x: x IS NOT NULL) END AS parts
  FROM wide
),
summed AS (
  SELECT *, list_sum(list_transform(parts, lambda x: x.value)) AS total,
         CASE WHEN list_bool_and(list_transform(parts, lambda x: x.basis = 'news')) THEN 'news'
              WHEN list_bool_and(list_transform(parts, lambda x: x.basis = 'official'))
                THEN 'official'
              ELSE 'news and official' END AS basis,
         array_to_string(list_transform(parts, lambda x: x.measure || ' ' || rc_num(x.value) || '% ('
           || CASE WHEN x.basis = 'news' THEN 'news'
                   ELSE 'official row ' || x.ref_id END || ')'), ' + ') AS sum_text
  FROM used WHERE len(parts) > 0
)
SELECT s.fact_id, 'tariff_rate' AS metric, 'US' AS imposer, c.target, c.product,
       'all_in' AS measure, 'percent' AS unit, l.d AS as_of,
       c.total AS all_in, c.basis, c.parts AS components,
       c.reciprocal.value AS reciprocal, c.baseline.value AS baseline,
       c.fentanyl.value AS fentanyl, c.penalty.value AS penalty, c.s232.value AS section_232,
       s.value AS stated_value, s.d AS stated_date, s.article AS stated_article,
       s.source AS stated_source, s.quote AS stated_quote,
       o.total AS stated_official, o.parts AS stated_components,
       CASE WHEN s.value IS NOT NULL AND o.own_row
            THEN abs(s.value - o.total) <= s.h + 0.005 END AS agrees,
       'all-in ' || rc_num(c.total) || '% = ' || c.sum_text
         || CASE WHEN s.value IS NULL THEN ''
                 WHEN o.own_row IS NOT TRUE
                   THEN '; ' || s.source || ' states ' || rc_num(s.value)
                        || '% all-in (the official table does not follow this partner then)'
                 ELSE '; ' || s.source || ' states ' || rc_num(s.value) || '% all-in on '
                      || strftime(s.d, '%Y-%m-%d') || ', the official components then sum to '
                      || rc_num(o.total) || '% (' || o.sum_text || ')' END AS reason
FROM summed c CROSS JOIN latest l
LEFT JOIN stated s ON s.target = c.target AND s.product = c.product
LEFT JOIN summed o ON o.target = c.target AND o.product = c.product AND o.what = 'stated'
WHERE c.what = 'current'
ORDER BY c.target, c.product
