-- different_basis: pairs of figures that look like one statistic but measure different
-- things. They are neither conflicts nor consistent pairs (they are different facts, so
-- 09/10 never compare them); this table keeps them side by side, each with its basis, so
-- that they are not passed over in silence. One row per (kind, the two facts, period, the
-- two values), each side listing its articles.
--
--   all_in_vs_component: a US tariff rate a text calls combined, total or all-in, and a
--     component rate (reciprocal, baseline, fentanyl, penalty, Section 232) of the same
--     partner and product, from another article published within $window_days days, when
--     the all-in figure is the higher: "a combined 50%" and "the 25% reciprocal rate" differ
--     because one includes the other (`agrees` is NULL: they are not one quantity).
--   mirror: one side's trade deficit and the other side's surplus in the same named
--     period and unit (a US deficit with Korea is Korea's surplus with the US). Both
--     statistics are kept, with `agrees` (within their stated precision): two reporters'
--     figures (US and partner customs data) often differ without either being wrong.
--   two_bases: two articles telling one change of a rate by the same step from values less
--     than a step apart ("from 25% to 12.5%" / "from 27.5% to 15%", 07's `same_step` tie): one
--     counts a duty the other leaves out. Both ends are listed here, on the one fact, and
--     also raised as conflicts (two statistics presented as one), whose reason says so.
WITH base AS (
  SELECT * FROM fact_claims
  WHERE NOT is_dup AND NOT is_prev AND v IS NOT NULL AND fact_id IS NOT NULL
),
total AS (
  SELECT * FROM base
  WHERE metric = 'tariff_rate' AND unit = 'percent' AND imposer = 'US'
    AND coalesce(combined, false) AND target IS NOT NULL
),
part AS (
  SELECT * FROM base
  WHERE metric = 'tariff_rate' AND unit = 'percent' AND imposer = 'US'
    AND NOT coalesce(combined, false) AND NOT coalesce(key_filled, false)
    AND measure IN ('reciprocal', 'baseline', 'fentanyl', 'penalty', 'section_232')
),
pairs AS (
  SELECT 'all_in_vs_component' AS kind, a.fact_id, b.fact_id AS fact_id_b,
         a.metric, a.imposer, a.target, coalesce(a.product, 'all') AS product,
         a.measure, b.measure AS measure_b, a.unit, NULL::VARCHAR AS period,
         a.v AS value_a, b.v AS value_b, 'all-in (combined)' AS basis_a,
         b.measure || ' component' AS basis_b,
         NULL::BOOLEAN AS agrees,  -- not the same quantity: nothing to agree on
         a.article AS article_a, b.article AS article_b, a.source AS source_a,
         b.source AS source_b, a.seq_date AS date_a, b.seq_date AS date_b
  FROM total a JOIN part b
    ON b.target = a.target AND coalesce(b.product, 'all') = coalesce(a.product, 'all')
   AND b.article <> a.article
   AND abs(date_diff('day', a.seq_date, b.seq_date)) <= $window_days
  WHERE a.v > b.v + a.h + b.h + 1e-9  -- a sum below its part is not a difference of basis
  UNION ALL
  SELECT 'mirror', a.fact_id, b.fact_id, a.metric, a.imposer, a.target, a.product,
         a.measure, b.measure, a.unit, a.period, a.v, b.v,
         a.imposer || '''s ' || replace(a.metric, '_', ' ') || ' with ' || a.target,
         b.imposer || '''s ' || replace(b.metric, '_', ' ') || ' with ' || b.target,
         abs(a.v - b.v) <= a.h + b.h + 1e-9,
         a.article, b.article, a.source, b.source, a.seq_date, b.seq_date
  FROM base a JOIN base b
    ON a.metric = 'trade_deficit' AND b.metric = 'trade_surplus'
   AND b.imposer = a.target AND b.target = a.imposer AND b.unit = a.unit
   AND a.period IS NOT NULL AND b.period = a.period
   AND a.product IS NOT DISTINCT FROM b.product
  UNION ALL
  SELECT 'two_bases', a.fact_id, b.fact_id, a.metric, a.imposer, a.target, a.product,
         a.measure, b.measure, a.unit, NULL, least(a.v, b.v), greatest(a.v, b.v),
         'lower basis', 'lower basis + ' || rc_num(abs(a.v - b.v)) || ' points',
         NULL::BOOLEAN,
         CASE WHEN a.v <= b.v THEN a.article ELSE b.article END,
         CASE WHEN a.v <= b.v THEN b.article ELSE a.article END,
         CASE WHEN a.v <= b.v THEN a.source ELSE b.source END,
         CASE WHEN a.v <= b.v THEN b.source ELSE a.source END,
         CASE WHEN a.v <= b.v THEN a.seq_date ELSE b.seq_date END,
         CASE WHEN a.v <= b.v THEN b.seq_date ELSE a.seq_date END
  FROM _rc_pairs p  -- the tied claims include previous values (history, not in `base`)
  JOIN fact_claims a ON a.claim_id = p.ca JOIN fact_claims b ON b.claim_id = p.cb
  WHERE p.tie = 'same_step' AND NOT p.agree
)
SELECT kind, fact_id, fact_id_b, metric, imposer, target, product, measure, measure_b, unit,
       period, value_a, value_b, basis_a, basis_b, agrees,
       [rc_fmt(value_a, unit, NULL), rc_fmt(value_b, unit, NULL)] AS "values",
       array_agg(DISTINCT article_a ORDER BY article_a) AS articles_a,
       array_agg(DISTINCT article_b ORDER BY article_b) AS articles_b,
       array_agg(DISTINCT source_a ORDER BY source_a) AS sources_a,
       array_agg(DISTINCT source_b ORDER BY source_b) AS sources_b,
       least(min(date_a), min(date_b)) AS first_date,
       greatest(max(date_a), max(date_b)) AS last_date,
       rc_fmt(value_a, unit, NULL) || ' (' || basis_a || ') and '
         || rc_fmt(value_b, unit, NULL) || ' (' || basis_b || ') measure different things: '
         || CASE WHEN kind = 'mirror'
                 THEN 'the same trade seen from each side'
                      || CASE WHEN agrees THEN ', and they agree'
                              ELSE ', reported by different statistics' END
                 WHEN kind = 'two_bases'
                 THEN 'the same change told from two bases, one counting a duty the other '
                      || 'leaves out'
                 ELSE 'the all-in figure includes the component' END AS reason
FROM pairs
GROUP BY ALL
ORDER BY kind, metric, imposer, target, product, measure, measure_b, value_a, value_b, fact_id,
         fact_id_b
