-- _rc_totalled: figures that another source calls combined are the combined rate too; the
-- same amount of an article is one fact.
--
-- A tariff rate some source calls combined ("a combined 145%") is a cumulative rate. The same
-- figure for the same partners within $total_days days, given a reciprocal or baseline
-- measure only by default (no component measure named before it), is that combined rate as
-- well, and so is the other end of its change ("cut from 145% to 30%"): their measure is
-- dropped and they count as combined.
--
-- The same figure of the same article is one fact: an amount stated without a product or
-- measure ("the $150 billion") takes the one product and measure the article gives the same
-- value of the same metric and parties ("$150 billion for shipbuilding"), when it gives one.
WITH totals AS (
  SELECT DISTINCT metric, imposer, target, value, as_of FROM _rc_keyed
  WHERE combined AND NOT is_dup AND metric = 'tariff_rate' AND value IS NOT NULL
    -- "the total went from 25% to 50%": 25% was the whole of it then, not a sum
    AND coalesce(status, '') <> 'previous'
),
same_figure AS (
  SELECT DISTINCT r.claim_id, r.article, r.sentence
  FROM _rc_keyed r JOIN totals t
    ON t.metric = r.metric AND t.value = r.value
   AND t.imposer IS NOT DISTINCT FROM r.imposer AND t.target IS NOT DISTINCT FROM r.target
   AND abs(date_diff('day', t.as_of, r.as_of)) <= $total_days
  WHERE NOT r.combined AND r.measure IN ('reciprocal', 'baseline') AND NOT r.measure_named
),
totalled AS (  -- and the other end of its change, in the same sentence
  SELECT claim_id FROM same_figure
  UNION
  SELECT r.claim_id
  FROM _rc_keyed r JOIN same_figure f ON f.article = r.article AND f.sentence = r.sentence
  WHERE r.metric = 'tariff_rate' AND r.measure IN ('reciprocal', 'baseline')
    AND NOT r.measure_named
),
figures AS (  -- amounts: the product and measure each figure of an article is given
  SELECT DISTINCT article, metric, unit, coalesce(imposer, '') AS i, coalesce(target, '') AS t,
         value, product, measure
  FROM _rc_keyed
  WHERE kind = 'amount' AND NOT is_dup AND value IS NOT NULL
    AND (product IS NOT NULL OR measure IS NOT NULL)
),
same_amount AS (  -- the one more complete key the same figure of the same article has
  SELECT r.claim_id, any_value(f.product) AS product, any_value(f.measure) AS measure
  FROM _rc_keyed r JOIN figures f
    ON f.article = r.article AND f.metric = r.metric AND f.unit = r.unit
   AND f.i = coalesce(r.imposer, '') AND f.t = coalesce(r.target, '') AND f.value = r.value
   AND (r.product IS NULL OR f.product IS NOT DISTINCT FROM r.product)
   AND (r.measure IS NULL OR f.measure IS NOT DISTINCT FROM r.measure)
  WHERE r.kind = 'amount' AND (r.product IS NULL OR r.measure IS NULL)
  GROUP BY r.claim_id
  HAVING count(DISTINCT f.product) <= 1 AND count(DISTINCT f.measure) <= 1
)
SELECT r.* REPLACE (CASE WHEN t.claim_id IS NOT NULL THEN NULL
                         ELSE coalesce(r.measure, a.measure) END AS measure,
                    coalesce(r.product, a.product) AS product,
                    r.combined OR t.claim_id IS NOT NULL AS combined)
FROM _rc_keyed r LEFT JOIN totalled t ON t.claim_id = r.claim_id
LEFT JOIN same_amount a ON a.claim_id = r.claim_id
