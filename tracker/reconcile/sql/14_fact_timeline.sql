-- fact_timeline (a view over the stored tables): every claim of every fact, with its role:
-- duplicate (a copy of an earlier article: counts for nothing), previous, restated,
-- conflict, official_mismatch, update (the new value of an update), else evidence.
-- `left_out` says why a claim takes no part in comparisons (NULL: it does).
-- `date` is what the timeline is ordered by: the effective date the claim states (or its
-- article states for the same measure), else the publication date.
WITH conf AS (SELECT DISTINCT unnest(claim_ids) AS claim_id FROM conflicts
              WHERE kind = 'conflict'),
mism AS (SELECT DISTINCT unnest(claim_ids) AS claim_id FROM conflicts
         WHERE kind = 'official_mismatch'),
upd AS (SELECT DISTINCT to_claim AS claim_id FROM updates)
SELECT fc.fact_id, fc.metric, fc.imposer, fc.target, fc.product, fc.measure, fc.unit,
       fc.date, fc.as_of, fc.effective, fc.period,
       CASE WHEN fc.date_value IS NULL THEN fc.value END AS value, fc.date_value,
       fc.status, fc.article, fc.source, fc.quote,
       CASE WHEN fc.is_dup THEN 'duplicate'
            WHEN fc.is_prev THEN 'previous'
            WHEN fc.is_restated THEN 'restated'
            WHEN conf.claim_id IS NOT NULL THEN 'conflict'
            WHEN mism.claim_id IS NOT NULL THEN 'official_mismatch'
            WHEN upd.claim_id IS NOT NULL THEN 'update'
            ELSE 'evidence' END AS role,
       fc.left_out, fc.claim_id, fc.quote_start
FROM fact_claims fc
LEFT JOIN conf USING (claim_id) LEFT JOIN mism USING (claim_id) LEFT JOIN upd USING (claim_id)
