-- _rc_pairs: pairs of claims of two different articles that speak of the same thing: same
-- fact, same epoch (no change between them), and the same period:
--   - both state effective dates within a day of each other, or
--   - either has none and their publication dates are within $window_days days, or
--   - flows: the same named period; `annual` figures (yearly, no period named) as of two
--     articles within $window_days days, or, when a date is missing, two renderings of one
--     quoted statement (sentences of $statement_words words or more, $statement_share of
--     their words shared).
-- Pairs are only formed inside a fact and such a window (joined on window numbers), so a
-- million claims pair up in seconds.
--   agree      the values agree within the stated precision: |va - vb| <= ha + hb; two dates
--              one day apart agree only when a sentence speaks of a pause ("paused until
--              July 8" is the last day before "takes effect July 9"); two start dates
--              stated to the day agree only on the same day (August 7 is not August 8)
--   explained  both statuses are known and differ (scheduled vs in_effect explains a gap)
-- A claim placed in time by an inferred publication date (date_inferred) takes part with that
-- date and its uncertainty: an inferred date is the latest past date the text states, so
-- the article appeared on it or up to $inferred_days days later. Its publication is the
-- span [seq_date, seq_date + $inferred_days]; two spans within $window_days days of each
-- other are the same period. A pair placed in time that way is marked `guess` (not a pair
-- of two dates within a day of each other: they speak of one milestone whatever the
-- publications), and so is a pair with a claim of doubtful attribution (`doubtful`: its own
-- sentence does not name its party): it may be consistent, or join a conflict that two sure
-- claims make, but it cannot make one alone. Not a pair of amounts whose articles both
-- state the same figure for them in another currency, agreeing (`twin`: "$550 billion" in
-- both, beside "¥8 trillion" and "80 trillion yen"): they speak of one pledge.
-- An amount whose article states several different values of the fact (in that period)
-- is one of its parts (tranches, rounds: "C$30 billion now and C$125 billion later"): a
-- pair with it is a guess too, since the other article's figure may be their whole.
-- An amount its article also states in another currency is a conversion: its half-width is
-- at least $converted_share of its value (the exchange rate it was converted at).
WITH conv AS (  -- amounts its article also states in another currency (same key but unit)
  SELECT DISTINCT f.claim_id
  FROM fact_claims f JOIN fact_claims g
    ON g.article = f.article AND g.metric = f.metric AND g.unit <> f.unit
   AND g.imposer IS NOT DISTINCT FROM f.imposer AND g.target IS NOT DISTINCT FROM f.target
   AND g.product IS NOT DISTINCT FROM f.product AND g.measure IS NOT DISTINCT FROM f.measure
  WHERE f.in_seq AND f.kind = 'amount' AND g.kind = 'amount' AND NOT g.is_dup
),
s AS (
  SELECT claim_id, fact_id, article, source, v,
         CASE WHEN claim_id IN (SELECT claim_id FROM conv)
              THEN greatest(h, $converted_share * abs(v)) ELSE h END AS h,
         claim_id IN (SELECT claim_id FROM conv) AS converted,
         kind, metric, imposer, target, product, measure, status, effective, seq_date, seq_key,
         date, epoch, part, is_flow, quote, quote_start, unit, date_value, date_inferred,
         doubtful, pause_word, seq_date + CASE WHEN date_inferred THEN $inferred_days ELSE 0 END AS seq_hi,
         CAST(date_diff('day', DATE '1970-01-01', seq_date) // $window_days AS BIGINT) AS wk
  FROM fact_claims WHERE in_seq
),
said AS (  -- the words of the sentences of annual flows (period named by no date)
  SELECT c.claim_id, list_distinct(regexp_extract_all(lower(c.sentence), '[a-z]+')) AS w
  FROM claims c JOIN s ON s.claim_id = c.claim_id WHERE s.part = 'annual'
),
same_said AS (  -- one quoted statement: sentences of many words, most of them shared
  SELECT a.claim_id AS ca, b.claim_id AS cb
  FROM said a JOIN said b ON a.claim_id <> b.claim_id
  WHERE len(a.w) >= $statement_words AND len(b.w) >= $statement_words
    AND len(list_intersect(a.w, b.w)) >= $statement_share * len(list_distinct(list_concat(a.w, b.w)))
),
pj AS (
  -- same publication window (when either claim lacks an effective date); the window
  -- numbers reach two windows either side, which covers $inferred_days <= $window_days
  SELECT a.claim_id AS ca, b.claim_id AS cb, true AS by_pub
  FROM (SELECT s.*, s.wk + o AS jk FROM s, (VALUES (-2), (-1), (0), (1), (2)) t(o)
        WHERE NOT s.is_flow) a
  JOIN s b ON b.fact_id = a.fact_id AND b.epoch = a.epoch AND b.wk = a.jk
  WHERE NOT b.is_flow AND a.article < b.article
    AND (a.effective IS NULL OR b.effective IS NULL)
    AND date_diff('day', a.seq_hi, b.seq_date) <= $window_days
    AND date_diff('day', b.seq_hi, a.seq_date) <= $window_days
  UNION ALL
  -- same effective date (within a day)
  SELECT a.claim_id, b.claim_id, false
  FROM (SELECT s.*, s.effective + o AS je FROM s, (VALUES (-1), (0), (1)) t(o)
        WHERE NOT s.is_flow AND s.effective IS NOT NULL) a
  JOIN s b ON b.fact_id = a.fact_id AND b.epoch = a.epoch AND b.effective = a.je
  WHERE NOT b.is_flow AND a.article < b.article
  UNION ALL
  -- flows: the same named period; the annual figure (no period named) as of two articles
  -- within $window_days days, or two renderings of one quoted statement when a date is missing
  SELECT a.claim_id, b.claim_id, a.part = 'annual' AND a.seq_date IS NOT NULL
                                 AND b.seq_date IS NOT NULL
  FROM s a JOIN s b ON b.fact_id = a.fact_id AND b.part = a.part AND b.epoch = a.epoch
  WHERE a.is_flow AND b.is_flow AND a.article < b.article
    AND (a.part <> 'annual'
         OR (date_diff('day', a.seq_hi, b.seq_date) <= $window_days
             AND date_diff('day', b.seq_hi, a.seq_date) <= $window_days)
         OR ((a.seq_date IS NULL OR b.seq_date IS NULL)
             AND (a.claim_id, b.claim_id) IN (SELECT ca, cb FROM same_said)))
),
-- amounts of an article that states several different values of the fact in that period:
-- parts (tranches, rounds: "C$30 billion now, C$125 billion later"), not the whole
several AS (
  SELECT DISTINCT x.claim_id
  FROM s x JOIN s y ON y.fact_id = x.fact_id AND y.part = x.part AND y.article = x.article
  WHERE x.kind = 'amount' AND abs(x.v - y.v) > x.h + y.h + 1e-9
),
-- the same amount stated in another currency by both articles, agreeing: they speak of the
-- same pledge or flow, whatever their dates
twin AS (
  SELECT DISTINCT x.metric, x.imposer, x.target, x.product, x.measure, x.unit,
         x.article AS art_a, y.article AS art_b
  FROM s x JOIN s y ON y.fact_id = x.fact_id AND x.article < y.article
  WHERE x.converted AND y.converted AND abs(x.v - y.v) <= x.h + y.h + 1e-9
)
SELECT a.fact_id, a.part, a.claim_id AS ca, b.claim_id AS cb, a.article AS art_a,
       b.article AS art_b, a.v AS va, b.v AS vb, a.h + b.h AS tol,
       a.source AS src_a, b.source AS src_b, a.quote AS q_a, b.quote AS q_b,
       a.seq_date AS sd_a, b.seq_date AS sd_b, a.seq_key AS sk_a, b.seq_key AS sk_b,
       a.quote_start AS qs_a, b.quote_start AS qs_b,
       a.date_value AS dv_a, b.date_value AS dv_b,
       abs(a.v - b.v) <= CASE WHEN a.date_value IS NOT NULL AND b.date_value IS NOT NULL
                                   AND NOT coalesce(a.pause_word OR b.pause_word, false)
                              THEN 0.5 ELSE a.h + b.h END + 1e-9 AS agree,
       (pj.by_pub AND (a.date_inferred OR b.date_inferred)
        AND NOT (a.date_value IS NOT NULL AND b.date_value IS NOT NULL
                 AND abs(a.v - b.v) <= 1)
        AND NOT EXISTS (SELECT 1 FROM twin t
                        WHERE t.art_a = a.article AND t.art_b = b.article
                          AND t.metric = a.metric AND t.unit <> a.unit
                          AND t.imposer IS NOT DISTINCT FROM a.imposer
                          AND t.target IS NOT DISTINCT FROM a.target
                          AND t.product IS NOT DISTINCT FROM a.product
                          AND t.measure IS NOT DISTINCT FROM a.measure))
         OR a.doubtful OR b.doubtful
         OR a.claim_id IN (SELECT claim_id FROM several)
         OR b.claim_id IN (SELECT claim_id FROM several) AS guess,
       coalesce(a.status IS NOT NULL AND b.status IS NOT NULL AND a.status <> b.status,
                false) AS explained
FROM pj JOIN s a ON a.claim_id = pj.ca JOIN s b ON b.claim_id = pj.cb
