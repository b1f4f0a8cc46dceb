-- _rc_mismatch: news claims that contradict our official table (`reference`, from
-- data/reference/us_tariff_actions_2025.csv), one row per (fact, reference row, value).
--
-- A reference row covers a claim when the claim's publication (or, for rates, effective)
-- date falls between $ref_lead_days days before the row's announcement (deals and letters
-- report a figure before the act) and $ref_slack_days days after the next row for the same
-- (target, product, measure) was announced, or after the row's own end date if that is
-- earlier. A mismatch needs a covering row of exactly the claim's partner, product and
-- measure: a partner, product or measure the table does not list is never a mismatch.
-- Only plain figures are compared: no negative "rate" (a fall, not a level), no rate the
-- text calls combined (an all-in sum, see 16_all_in_rates.sql) or a penalty, and no claim
-- whose product or measure was filled in from another fact (03_key_fill.sql).
--   - A US tariff rate claim (status in_effect, scheduled, paused or unknown: agreed and
--     proposed deals are not legal acts) whose (target, product, measure) matches covering
--     rows exactly ('*' rows only match '*' claims) and whose value matches none of them.
--   - An effective-date claim, when a covering row for its target exists and no covering
--     row of the same target or of all partners, in the same family of measures
--     (reciprocal and baseline are one family), has an effective or end date within a day.
--     Pause rows only match claims whose sentence speaks of a pause.
-- A figure is no mismatch where it agrees with a row that explains it: the row's rate plus
-- the normal duty it states (`normal_duty_percent`: "27.5%" for cars is 25% + 2.5%); the
-- partner's row for the same goods under another measure (Brazil's 40% is its penalty, read
-- under the reciprocal key); an earlier row of the same key (an old rate told as history:
-- Vietnam's April 46% in an autumn article). An effective date is compared only in an article
-- published once the row was announced: a date told before the act is the plan, not a
-- misreport of an act that did not exist yet (the EU's "August 1" before the order said
-- August 7).
-- Only rows with use_rate / use_date are compared: China's rows have neither (news mixes
-- its cumulative rates, and the table stops following China in May).
-- Ties (rows of the same start) go to the row whose date is nearest the claim's, then to
-- an act before an announcement, then by ref_id, and by (seq_key, article, position in
-- the text, claim_id) for the quote and first source: the same input gives the same row.
WITH ref AS (
  SELECT *, coalesce(announced_date, effective_date) AS start FROM reference
),
nxt AS (  -- the next row of the key; a row in force is ended only by another act, not by a
          -- rate announced or agreed that may never apply (letters, deals)
  SELECT *,
         lead(start) OVER (PARTITION BY imposer, target, product, measure
                           ORDER BY start, effective_date, ref_id) AS next_any,
         min(start) OVER (PARTITION BY imposer, target, product, measure,
                                       status IN ('announced', 'agreed')
                          ORDER BY start, effective_date, ref_id
                          ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS next_act
  FROM ref
),
win AS (  -- every row's window: until the next row of its key is announced, or it ends
  SELECT *, start - $ref_lead_days AS w0,
         coalesce(least(CASE WHEN status IN ('announced', 'agreed') THEN next_any
                             ELSE next_act END, end_date),
                  DATE '9999-01-01') + $ref_slack_days AS w1
  FROM nxt
),
rr AS (  -- rows stating a rate, and the window they cover
  SELECT * FROM win WHERE use_rate AND rate_percent IS NOT NULL
),
rd AS (  -- rows stating a date: news about a start is published around it (about an end,
         -- for a pause, until it), not months later when the text is about something else
  SELECT * EXCLUDE (w1),
         least(w1, coalesce(CASE WHEN pause THEN end_date END, effective_date, end_date)
                   + $ref_lead_days) AS w1
  FROM win WHERE use_date AND (effective_date IS NOT NULL OR end_date IS NOT NULL)
),
cl AS (
  SELECT * FROM fact_claims
  WHERE NOT is_dup AND NOT is_prev AND imposer = 'US' AND v IS NOT NULL
    AND NOT coalesce(key_filled, false)  -- a key the text states, not one filled in
    AND target IS NOT NULL AND product IS NOT NULL AND measure IS NOT NULL
),
cov AS (  -- claim x covering row: ok when they agree; exact when the row is for its key
  SELECT c.claim_id, c.fact_id, c.v, c.date_value, c.seq_date, r.ref_id, r.start,
         abs(c.v - r.rate_percent) <= c.h + 0.005
           OR abs(c.v - r.rate_percent - coalesce(r.normal_duty_percent, 0)) <= c.h + 0.005
           AS ok, r.rate_percent AS ref_rate,
         NULL::DATE AS ref_date, true AS exact
  FROM cl c JOIN rr r ON r.imposer = c.imposer AND r.target = c.target
       AND r.product = c.product AND r.measure = c.measure
  WHERE c.metric = 'tariff_rate' AND c.unit = 'percent' AND c.v >= 0
    AND NOT coalesce(c.combined, false) AND NOT coalesce(c.penalty, false)
    AND coalesce(c.status, 'in_effect') IN ('in_effect', 'scheduled', 'paused')
    AND (c.as_of BETWEEN r.w0 AND r.w1 OR c.effective BETWEEN r.w0 AND r.w1)
  UNION ALL  -- another row's rate, which the text most likely gives beside this key: the
             -- rate for all partners ("50%, spares Britain"), the partner's rate for another
             -- product, or another partner's rate that the same article states for it
             -- (a Swiss 39% beside the EU): agreeing with one of these is no mismatch
  SELECT c.claim_id, c.fact_id, c.v, c.date_value, c.seq_date, r.ref_id, r.start,
         true AS ok, r.rate_percent AS ref_rate, NULL::DATE AS ref_date, false AS exact
  FROM cl c JOIN win r ON r.imposer = c.imposer
       AND abs(c.v - r.rate_percent) <= c.h + 0.005
       AND ((r.measure = c.measure
             AND ((r.target = '*' AND c.target <> '*' AND r.product = c.product)
                  OR (r.target = c.target AND r.product <> c.product)
                  OR (r.target NOT IN (c.target, '*') AND r.product = c.product
                      AND EXISTS (SELECT 1 FROM fact_claims o
                                  WHERE o.article = c.article AND o.target = r.target
                                    AND o.metric = 'tariff_rate'
                                    AND abs(o.v - c.v) <= o.h + 0.005))))
            -- the partner's own row for the same goods under another measure
            OR (r.measure <> c.measure AND r.target = c.target AND r.target <> '*'
                AND r.product = c.product))
  WHERE c.metric = 'tariff_rate' AND c.unit = 'percent'
    AND (c.as_of BETWEEN r.w0 AND r.w1 OR c.effective BETWEEN r.w0 AND r.w1)
  UNION ALL  -- an earlier row of the very key: the text tells an old rate as history
  SELECT c.claim_id, c.fact_id, c.v, c.date_value, c.seq_date, r.ref_id, r.start,
         true AS ok, r.rate_percent AS ref_rate, NULL::DATE AS ref_date, false AS exact
  FROM cl c JOIN win r ON r.imposer = c.imposer AND r.target = c.target
       AND r.product = c.product AND r.measure = c.measure
       AND abs(c.v - r.rate_percent) <= c.h + 0.005
  WHERE c.metric = 'tariff_rate' AND c.unit = 'percent' AND r.start <= c.seq_date
  UNION ALL
  SELECT c.claim_id, c.fact_id, c.v, c.date_value, c.seq_date, r.ref_id, r.start,
         coalesce(abs(date_diff('day', c.date_value, r.effective_date)) <= 1, false)
           OR coalesce(abs(date_diff('day', c.date_value, r.end_date)) <= 1, false) AS ok,
         NULL AS ref_rate, coalesce(r.effective_date, r.end_date) AS ref_date,
         r.target = c.target AND r.measure = c.measure
           AND c.seq_date >= coalesce(r.announced_date, r.start) AS exact  -- told once the
                                      -- act existed; before it, a row can confirm, not refute
  FROM cl c JOIN rd r ON r.imposer = c.imposer AND r.product = c.product
       AND (r.target = c.target OR r.target = '*')
       AND CASE WHEN r.measure IN ('reciprocal', 'baseline') THEN 'ieepa' ELSE r.measure END
         = CASE WHEN c.measure IN ('reciprocal', 'baseline') THEN 'ieepa' ELSE c.measure END
  WHERE c.metric = 'effective_date' AND c.date_value IS NOT NULL
    AND c.seq_date BETWEEN r.w0 AND r.w1 AND (NOT r.pause OR c.pause_word)
  UNION ALL  -- the date of another act for this partner or all partners (the April 2
             -- announcement beside the fentanyl duty): a real date, not a contradiction
  SELECT c.claim_id, c.fact_id, c.v, c.date_value, c.seq_date, r.ref_id, r.start,
         true AS ok, NULL AS ref_rate, NULL::DATE AS ref_date, false AS exact
  FROM cl c JOIN rd r ON r.imposer = c.imposer AND r.product = c.product
       AND r.target IN (c.target, '*') AND r.measure <> c.measure
       AND (abs(date_diff('day', c.date_value, r.effective_date)) <= 1
            OR abs(date_diff('day', c.date_value, r.announced_date)) <= 1)
  WHERE c.metric = 'effective_date' AND c.date_value IS NOT NULL
    AND c.seq_date BETWEEN r.w0 AND r.w1 AND (NOT r.pause OR c.pause_word)
),
ranked AS (  -- each covering row's rank as the row a mismatch names: an act before an
             -- announcement, and how far its date is from the claim's
  SELECT v.*, r.status NOT IN ('announced', 'agreed') AS acted,
         abs(date_diff('day', coalesce(v.date_value, c.effective, v.seq_date),
                       coalesce(r.effective_date, r.start))) AS gap
  FROM cov v JOIN win r USING (ref_id) JOIN cl c USING (claim_id)
),
bad AS (  -- claims matching no covering reference row; the row nearest before them
  SELECT claim_id, any_value(fact_id) AS fact_id,
         coalesce(arg_max(ref_id, (start, -gap, acted, ref_id))
                    FILTER (WHERE exact AND start <= seq_date),
                  arg_min(ref_id, (start, gap, NOT acted, ref_id))
                    FILTER (WHERE exact AND start IS NOT NULL))
           AS ref_id
  FROM ranked GROUP BY claim_id HAVING NOT bool_or(ok) AND bool_or(exact)
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
       any_value(r.legal_authority) AS ref_authority, any_value(r.citation) AS ref_citation,
       any_value(rc_fmt(r.rate_percent, 'percent', NULL)) AS ref_text
FROM bad b JOIN fact_claims fc USING (claim_id) JOIN reference r ON r.ref_id = b.ref_id
GROUP BY b.fact_id, b.ref_id, fc.v
