-- Who states each fact's current value: one row per (fact, article), the article whose
-- claim gave the current value first (deciding = true), then the latest.
-- Inputs: _rp_facts (fact_id, v: the current value as a number, article, quote); $d.
WITH ev AS (/*CLAIMS_AS_OF*/),
cc AS (  -- the claim that gave the current value
  SELECT f.fact_id, arg_min(ev.claim_id, ev.claim_id) AS claim_id,
         arg_min(ev.v, ev.claim_id) AS v, arg_min(ev.h, ev.claim_id) AS h
  FROM _rp_facts f JOIN ev ON ev.fact_id = f.fact_id AND ev.article = f.article
   AND ev.quote IS NOT DISTINCT FROM f.quote AND abs(ev.v - f.v) <= ev.h + 1e-9
  GROUP BY f.fact_id
),
sup AS (
  SELECT ev.*, ev.claim_id = cc.claim_id AS deciding
  FROM ev JOIN cc ON cc.fact_id = ev.fact_id AND abs(ev.v - cc.v) <= ev.h + cc.h + 1e-9
),
one AS (
  SELECT *, row_number() OVER (PARTITION BY fact_id, article
                               ORDER BY deciding DESC, seq_date DESC NULLS LAST,
                                        quote_start) AS rn
  FROM sup
)
SELECT o.fact_id, o.article, coalesce(o.source, a.source) AS source, a.url, a.published,
       o.date, o.status, o.quote, o.deciding
FROM one o LEFT JOIN articles a ON a.id = o.article
WHERE o.rn = 1
ORDER BY o.fact_id, o.deciding DESC, o.seq_date DESC NULLS LAST, o.article
