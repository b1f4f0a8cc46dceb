-- _rc_fill: which complete fact a claim missing its product or measure belongs to.
--
-- For the levy metrics, claims whose product or measure is NULL join the single complete
-- fact that matches all their other key fields (imposer and target NULL-safe) when exactly
-- one exists, no article states claims of both (an article saying "the 25% reciprocal rate"
-- and "a total of 50%" tells them apart), and the claim is not called combined or a penalty
-- ("an additional 25%, a penalty for buying Russian oil"). Amounts never do this: "$350
-- billion" with no sector is not the shipbuilding pledge. One row per partial key group.
WITH complete AS (  -- claims with every key field: they define the complete facts
  SELECT DISTINCT metric, unit, coalesce(imposer, '') AS i, coalesce(target, '') AS t,
         product, measure, article
  FROM _rc_totalled
  WHERE NOT is_dup AND product IS NOT NULL AND measure IS NOT NULL
    AND list_contains($levy_metrics, metric)
),
partial AS (  -- claims missing product or measure, per (group, article)
  SELECT DISTINCT metric, unit, coalesce(imposer, '') AS i, coalesce(target, '') AS t,
         coalesce(product, '') AS p, coalesce(measure, '') AS m, article,
         combined OR penalty AS combined
  FROM _rc_totalled
  WHERE NOT is_dup AND (product IS NULL OR measure IS NULL)
    AND list_contains($levy_metrics, metric)
),
cand AS (  -- candidate complete facts per partial group; overlap: an article states both
  SELECT g.metric, g.unit, g.i, g.t, g.p, g.m, k.product, k.measure,
         bool_or(g.article = k.article OR g.combined) AS overlap
  FROM partial g JOIN complete k
    ON k.metric = g.metric AND k.unit = g.unit AND k.i = g.i AND k.t = g.t
   AND (g.p = '' OR k.product = g.p) AND (g.m = '' OR k.measure = g.m)
  GROUP BY ALL
)
SELECT metric, unit, i, t, p, m, any_value(product) AS product, any_value(measure) AS measure
FROM cand
GROUP BY metric, unit, i, t, p, m
HAVING count(*) = 1 AND NOT bool_or(overlap)
