-- _rc_keyed (again): a change an article tells twice by the same step, from bases further
-- apart than the step, is a component's change and the all-in total's; the higher telling
-- is the total, so its figures lose the component's measure and count as combined.
--
-- A US rate on a partner's goods keyed to a component (fentanyl, reciprocal, ...) by its
-- sentence is sometimes the whole of the partner's tariffs: "the fentanyl duty is cut from
-- 20% to 10%, so the partner's tariffs fall from 57% to 47%" gives both changes the
-- fentanyl measure, though one rate cannot go 20% -> 10% and 57% -> 47% at once. When one
-- article states two changes of one fact (a previous value and a changed value in one
-- sentence, each), moving by the same step (within their precision) from bases that differ
-- by more than the step (not two steps in a row, nor one change told on two bases that
-- differ by a duty: 07_claim_pairs.sql's `same_step`), the higher is the total including
-- the component: every claim of that article and fact stating one of its two values (but
-- a combined one, already measure-less) takes no measure and is combined. It then meets
-- the other all-in figures (02_combined_totals.sql, 17_different_basis.sql), not the
-- component's.
WITH steps AS (  -- the changes an article states: a previous value and, in its sentence,
                 -- a changed value of the same fact
  SELECT p.article, p.metric, p.unit, p.imposer, p.target, p.product, p.measure,
         p.value AS v_from, n.value AS v_to
  FROM _rc_keyed p
  JOIN _rc_keyed n
    ON n.article = p.article AND n.metric = p.metric AND n.unit = p.unit
   AND n.imposer IS NOT DISTINCT FROM p.imposer AND n.target IS NOT DISTINCT FROM p.target
   AND n.product IS NOT DISTINCT FROM p.product AND n.measure = p.measure
   AND coalesce(n.sentence, '') = coalesce(p.sentence, '') AND coalesce(p.sentence, '') <> ''
  WHERE p.metric = 'tariff_rate' AND p.unit = 'percent' AND p.imposer = 'US'
    AND p.target IS NOT NULL AND p.target <> '*' AND p.measure IS NOT NULL
    AND NOT p.is_dup AND NOT n.is_dup AND NOT p.combined AND NOT n.combined
    AND p.status = 'previous' AND coalesce(n.status, '') <> 'previous'
    AND n.change_word <> '' AND p.value IS NOT NULL AND n.value IS NOT NULL
    AND abs(n.value - p.value) > 0.01
),
totals AS (  -- the higher of two tellings of one step, from bases more than a step apart
  SELECT DISTINCT hi.article, hi.metric, hi.unit, hi.imposer, hi.target, hi.product,
         hi.measure, hi.v_from, hi.v_to
  FROM steps hi JOIN steps lo
    ON lo.article = hi.article AND lo.metric = hi.metric AND lo.unit = hi.unit
   AND lo.imposer = hi.imposer AND lo.target = hi.target
   AND lo.product IS NOT DISTINCT FROM hi.product AND lo.measure = hi.measure
  WHERE abs((hi.v_to - hi.v_from) - (lo.v_to - lo.v_from)) <= 0.01
    AND hi.v_from - lo.v_from > abs(lo.v_to - lo.v_from) + 0.01
    AND hi.v_to - lo.v_to > abs(lo.v_to - lo.v_from) + 0.01
),
whole AS (  -- the article's claims of the fact stating one of the total's values
  SELECT DISTINCT r.claim_id
  FROM _rc_keyed r JOIN totals t
    ON t.article = r.article AND t.metric = r.metric AND t.unit = r.unit
   AND t.imposer = r.imposer AND t.target = r.target
   AND t.product IS NOT DISTINCT FROM r.product AND t.measure = r.measure
  WHERE NOT r.combined AND (abs(r.value - t.v_from) <= 0.01 OR abs(r.value - t.v_to) <= 0.01)
)
SELECT r.* REPLACE (CASE WHEN w.claim_id IS NOT NULL THEN NULL ELSE r.measure END AS measure,
                    r.combined OR w.claim_id IS NOT NULL AS combined)
FROM _rc_keyed r LEFT JOIN whole w ON w.claim_id = r.claim_id
