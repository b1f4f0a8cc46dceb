-- evidence_order: the evidence of every fact in the order 15_current_values.sql reads it, the
-- part of that order that does not depend on the date D the current values are read at, so
-- that `tracker rates --as-of D` (and reconcile.current(as_of=D)) need not sort it again.
--
-- Why no date is needed: the evidence as of D is every claim below with seq_date <= D or
-- none, i.e. seq_key <= D (seq_key is seq_date, else 1900-01-01): a prefix of this order,
-- which sorts by seq_key first; and a claim's `pauses_it` reads only claims of the same
-- seq_key, which are in that prefix or out of it together. So `pos` here is the claim's
-- position in the evidence as of any D from 1900-01-01 on (for an earlier D, and on a
-- database reconciled before this table existed, driver.as_of_scope makes it again with
-- $as_of bound: the filter below; the rebuild and incremental updates bind NULL).
--
-- The RULES of these steps stay in 15_current_values.sql's words (its `ev`, `ev2` and `o`
-- steps, moved here unchanged but for the date filter): edit them here.
WITH ev AS (
  SELECT fc.claim_id, fc.fact_id, fc.metric, fc.imposer, fc.target, fc.product, fc.measure,
         fc.unit, fc.value, fc.date_value, fc.v, fc.h, fc.status, fc.status_rank,
         fc.effective, fc.seq_date, fc.seq_key, fc.date, fc.is_change, fc.quote_start,
         fc.article, fc.source, fc.quote
  FROM fact_claims fc
  WHERE NOT fc.is_dup AND NOT fc.is_prev AND NOT fc.is_restated AND fc.v IS NOT NULL
    AND (fc.seq_date IS NULL OR CAST($as_of AS DATE) IS NULL
         OR fc.seq_date <= CAST($as_of AS DATE))
),
ev2 AS (  -- a pause of a rate reported the same day as that rate in effect (or with no
          -- status) comes after it (a pause presupposes the rate): it is the later evidence;
          -- a scheduled rate is not outranked (a pause may be of a threat before its date)
  SELECT ev.*, coalesce(ev.status = 'paused', false) AND EXISTS (
           SELECT 1 FROM ev x WHERE x.fact_id = ev.fact_id AND x.seq_key = ev.seq_key
             AND coalesce(x.status, 'in_effect') = 'in_effect'
             AND abs(x.v - ev.v) <= x.h + ev.h + 1e-9) AS pauses_it
  FROM ev
)
-- one sort: position in the fact's evidence order; of the dates of one fact reported the
-- same day the later is the later state (a deadline moved or the next step: "paused from
-- August 12 until November 10"), whatever their status
SELECT * EXCLUDE (pauses_it), row_number() OVER w AS pos
FROM ev2
WINDOW w AS (PARTITION BY fact_id ORDER BY seq_key, pauses_it,
                                            CASE WHEN metric = 'effective_date' THEN v END
                                              NULLS FIRST,
                                            status_rank, is_change,
                                            date NULLS FIRST, quote_start DESC, claim_id)
