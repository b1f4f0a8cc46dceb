-- _rc_keyed (again): a US rate on all of a partner's goods that its sentence keys to one
-- component (reciprocal, baseline, fentanyl, penalty) but whose value is the official sum
-- of the partner's components on its date, not that component's own official value, is
-- the partner's all-in rate: it loses the measure and counts as combined.
--
-- News often writes the whole of a partner's additional duties beside the name of one of
-- its parts ("goods from there face 30%, brought in over the drug trade" when the drug duty
-- is 20% and the country rate 10%). Keyed to the part, the figure would stand against that
-- part's value (a wrong current value, or a conflict that is none) and be missing where the
-- partner's all-in figures meet (02_combined_totals.sql, 16_all_in_rates.sql,
-- 17_different_basis.sql). The official table tells the two apart: on the claim's date
-- (its publication; for a pending value, a deal's or a schedule's, also the start date it
-- states) the partner's own rows in force give
-- at least two components, stacked as 16_all_in_rates.sql stacks them (the reciprocal rate,
-- else the baseline, + fentanyl + penalty; the normal duty never counted), and the claim
-- states their sum while the component it was keyed to is in force at another value (on
-- none of its dates that component's own value). A figure in force, or with no status, only
-- where the sum stood $window_days either side of its date (see `near`).
-- Not when the words before it name its component (measure_named: "the drug duty falls
-- from 20%" says which it means), unless its sentence lists the parts before their sum
-- ("a 10% country rate and a 20% drug levy, 30% in all"); not for a product's rate (a
-- Section 232 good stacks otherwise), nor for a threat (proposed: a figure not yet
-- anyone's sum).
WITH cand AS (  -- the claims that may be an all-in figure keyed to a part, and their dates
  SELECT r.claim_id, r.target, r.measure, r.value, d.day
  FROM _rc_keyed r,
       -- the effective date of a pending value only (a deal's or a schedule's start): a
       -- previous value held before it, and an in-effect one's may be when it ends
       unnest([r.as_of, CASE WHEN r.status IN ('scheduled', 'agreed') THEN r.effective END])
         AS d(day)
  WHERE r.metric = 'tariff_rate' AND r.unit = 'percent' AND r.imposer = 'US'
    AND r.target IS NOT NULL AND r.target <> '*' AND r.product = 'all'
    AND r.measure IN ('reciprocal', 'baseline', 'fentanyl', 'penalty')
    AND NOT r.combined AND NOT r.is_dup AND r.value IS NOT NULL
    -- a component named before the figure is the figure's, unless the sentence lists the
    -- parts (another figure of the partner keyed to another component) before their sum
    AND (NOT r.measure_named
         OR EXISTS (SELECT 1 FROM _rc_keyed o
                    WHERE o.article = r.article AND o.sentence = r.sentence
                      AND o.claim_id <> r.claim_id AND o.metric = r.metric
                      AND o.target = r.target AND o.measure <> r.measure
                      AND o.measure IN ('reciprocal', 'baseline', 'fentanyl', 'penalty')
                      AND o.quote_start < r.quote_start))
    AND coalesce(r.status, '') <> 'proposed' AND d.day IS NOT NULL
    -- a figure 02_combined_totals.sql reads as combined (the same figure another source
    -- calls combined within $total_days) is left to it: it takes the other end of its
    -- change ("cut from 145% to 30%") along
    AND NOT (r.measure IN ('reciprocal', 'baseline') AND NOT r.measure_named
             AND EXISTS (SELECT 1 FROM _rc_keyed t
                         WHERE t.combined AND NOT t.is_dup AND t.metric = r.metric
                           AND t.value = r.value AND coalesce(t.status, '') <> 'previous'
                           AND t.imposer IS NOT DISTINCT FROM r.imposer
                           AND t.target IS NOT DISTINCT FROM r.target
                           AND abs(date_diff('day', t.as_of, r.as_of)) <= $total_days))
),
near AS (  -- a figure in force (or with no status) is read only where the sum stood
           -- $window_days either side of its report: by a change of the sum the old and
           -- the new total are reported days apart, often with no change word to tell
           -- them apart, and the pairs (07) would take them for one period
  SELECT DISTINCT c.claim_id, c.target, c.day,
         c.day + INTERVAL (k * $window_days) DAY AS at_day
  FROM cand c JOIN _rc_keyed r ON r.claim_id = c.claim_id
  CROSS JOIN (SELECT unnest([-1, 1]) AS k) u
  WHERE coalesce(r.status, 'in_effect') = 'in_effect'
),
sum_req AS (
  SELECT DISTINCT claim_id, target, day FROM cand
  UNION SELECT claim_id, target, CAST(at_day AS DATE) FROM near
),
summed AS (
/*INCLUDE official_sums.sql*/
),
judged AS (  -- on each date: the claim states the sum, or its own component's value
  SELECT c.claim_id, s.parts >= 2 AND abs(c.value - s.total) <= 0.01 AS is_sum,
         abs(c.value - coalesce(CASE c.measure WHEN 'reciprocal' THEN coalesce(s.rec, s.base)
                                               WHEN 'baseline' THEN s.base
                                               WHEN 'fentanyl' THEN s.fent
                                               WHEN 'penalty' THEN s.pen END, -1)) <= 0.01
           AS is_part
  FROM cand c JOIN summed s ON s.claim_id = c.claim_id AND s.day = c.day
  WHERE NOT EXISTS (SELECT 1 FROM near n JOIN summed o
                      ON o.claim_id = n.claim_id AND o.day = CAST(n.at_day AS DATE)
                    WHERE n.claim_id = c.claim_id AND n.day = c.day
                      AND abs(o.total - s.total) > 0.01)
),
whole AS (  -- the sum on a date, and on no date its own component's value
  SELECT claim_id FROM judged GROUP BY claim_id
  HAVING bool_or(is_sum AND NOT is_part) AND NOT bool_or(is_part)
)
SELECT r.* REPLACE (CASE WHEN w.claim_id IS NOT NULL THEN NULL ELSE r.measure END AS measure,
                    r.combined OR w.claim_id IS NOT NULL AS combined)
FROM _rc_keyed r LEFT JOIN whole w ON w.claim_id = r.claim_id
