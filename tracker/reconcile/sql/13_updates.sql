-- updates: explained changes of a fact's value, from one article's state to a later one's.
--
-- Per fact (and, for flows, period) each article's state is its claims; its headline claim
-- is the one with the best status, then the first in its text.
--   E1  An article giving a previous value p and a new value n states the change p -> n. The
--       same stated change repeated by later articles is one update, running from the last
--       earlier article that held p (else the first stating article) to the last article
--       stating it; none when the article before the first statement already held n.
--   E2  Otherwise, consecutive article states that share no value are an update when the
--       later one is explained: a change cue in its sentence, a different status
--       (scheduled -> agreed, paused -> in_effect), a different effective date, or, for
--       effective dates, a report more than $window_days days later.
-- A change with no explanation is just a newer value: neither update nor conflict.
-- Same-article differences without a previous value are never updates.
-- Every choice among tied claims ends on claim_id, so the same input gives the same rows.
WITH s AS (SELECT * FROM fact_claims WHERE in_seq),
art0 AS (  -- one state per (fact, part, article): its headline claim
  SELECT fact_id, part, article, min(seq_key) AS seq_key, bool_or(article_has_prev) AS stater,
         arg_min(claim_id, (-status_rank, quote_start, claim_id)) AS head
  FROM s GROUP BY ALL
),
cue AS (  -- a change cue of another mention of the headline claim's value in its article
          -- ("125% counter-tariff kicks in" over "... rose to 125%"); a join, not a
          -- correlated subquery (which DuckDB may run as a nested loop)
  SELECT a.fact_id, a.part, a.article, min(o.change_word) AS change_word
  FROM art0 a JOIN s h ON h.claim_id = a.head
  JOIN s o ON o.fact_id = a.fact_id AND o.part = a.part AND o.article = a.article
  WHERE o.change_word <> '' AND o.is_change AND abs(o.v - h.v) <= o.h + h.h + 1e-9
  GROUP BY ALL
),
art AS (  -- the headline claim's change cue, else that of another mention of its value
  SELECT a.*, h.v, h.h, h.date_value, h.status, h.effective, h.seq_date,
         -- (h255) not the cue of a flow's closed count that 05 reads as no change
         coalesce(nullif(CASE WHEN h.is_flow AND NOT h.is_change THEN ''
                              ELSE h.change_word END, ''), cu.change_word, '') AS change_word,
         row_number() OVER w AS apos, lag(a.article) OVER w AS prev_article
  FROM art0 a JOIN s h ON h.claim_id = a.head
  LEFT JOIN cue cu ON cu.fact_id = a.fact_id AND cu.part = a.part AND cu.article = a.article
  WINDOW w AS (PARTITION BY a.fact_id, a.part ORDER BY a.seq_key, a.stater, a.article)
),
overlap AS (  -- does an article share any value with the article before it?
  SELECT b.fact_id, b.part, b.article,
         bool_or(abs(x.v - y.v) <= x.h + y.h + 1e-9) AS shares
  FROM art b
  JOIN s x ON x.fact_id = b.fact_id AND x.part = b.part AND x.article = b.prev_article
  JOIN s y ON y.fact_id = b.fact_id AND y.part = b.part AND y.article = b.article
  GROUP BY ALL
),
e2 AS (
  SELECT b.fact_id, b.part, a.article AS from_article, b.article AS to_article,
         a.head AS from_claim, b.head AS to_claim,
         CASE WHEN b.change_word <> '' THEN 'the text states a change (''' || b.change_word || ''')'
              WHEN a.status IS NOT NULL AND b.status IS NOT NULL AND a.status <> b.status
                THEN 'status changed from ' || a.status || ' to ' || b.status
              WHEN b.date_value IS NULL AND a.effective IS NOT NULL AND b.effective IS NOT NULL
                   AND abs(date_diff('day', a.effective, b.effective)) > 1
                THEN 'new effective date ' || strftime(b.effective, '%Y-%m-%d') || ' (was '
                     || strftime(a.effective, '%Y-%m-%d') || ')'
              WHEN b.date_value IS NOT NULL
                   AND abs(date_diff('day', a.seq_date, b.seq_date)) > $window_days
                THEN 'a later report gives a new date'
         END AS why
  FROM art b
  JOIN art a ON a.fact_id = b.fact_id AND a.part = b.part AND a.article = b.prev_article
  JOIN overlap o ON o.fact_id = b.fact_id AND o.part = b.part AND o.article = b.article
  WHERE NOT o.shares AND NOT b.stater
),
pv AS (  -- the previous value each stating article gives (the last one in its text)
  SELECT st.fact_id, st.part, st.article, arg_max(q.claim_id, (q.quote_start, q.claim_id)) AS pclaim
  FROM fact_claims q
  JOIN (SELECT DISTINCT fact_id, part, article FROM art WHERE stater) st
    ON st.fact_id = q.fact_id AND st.article = q.article
  WHERE q.is_prev AND NOT q.is_dup AND q.v IS NOT NULL
    AND (NOT q.is_flow OR coalesce(q.period, '') = st.part)
  GROUP BY ALL
),
st AS (  -- stated changes p -> n
  SELECT a.*, pc.v AS pv, pc.h AS ph, pc.claim_id AS pclaim
  FROM art a JOIN pv USING (fact_id, part, article) JOIN fact_claims pc ON pc.claim_id = pv.pclaim
  WHERE a.stater AND NOT (abs(a.v - pc.v) <= a.h + pc.h + 1e-9)
),
st2 AS (
  SELECT *, lag(pv) OVER w AS lpv, lag(ph) OVER w AS lph, lag(v) OVER w AS lv,
         lag(h) OVER w AS lh
  FROM st WINDOW w AS (PARTITION BY fact_id, part ORDER BY apos)
),
st3 AS (  -- consecutive statements of the same change form one group
  SELECT *, sum(CASE WHEN lpv IS NOT NULL AND abs(pv - lpv) <= ph + lph + 1e-9
                          AND abs(v - lv) <= h + lh + 1e-9 THEN 0 ELSE 1 END)
              OVER (PARTITION BY fact_id, part ORDER BY apos ROWS UNBOUNDED PRECEDING) AS grp
  FROM st2
),
stg AS (  -- one row per repeated stated change: first (F) and last (L) stating article
  SELECT fact_id, part, grp, min(apos) AS f_apos, arg_max(article, apos) AS l_article,
         arg_max(head, apos) AS l_head, arg_min(pclaim, apos) AS f_pclaim,
         arg_min(article, apos) AS f_article,
         nullif(arg_min(coalesce(prev_article, ''), apos), '') AS f_prev
  FROM st3 GROUP BY ALL
),
holder AS (  -- the last earlier article holding the previous value
  SELECT g.fact_id, g.part, g.grp,
         arg_max(x.claim_id, (a.apos, x.quote_start, x.claim_id)) AS hclaim,
         arg_max(x.article, a.apos) AS harticle
  FROM stg g JOIN fact_claims pc ON pc.claim_id = g.f_pclaim
  JOIN art a ON a.fact_id = g.fact_id AND a.part = g.part AND a.apos < g.f_apos
  JOIN s x ON x.fact_id = a.fact_id AND x.part = a.part AND x.article = a.article
  WHERE abs(x.v - pc.v) <= x.h + pc.h + 1e-9
  GROUP BY ALL
),
already AS (  -- the article before F already held the new value: recorded before
  SELECT g.fact_id, g.part, g.grp
  FROM stg g JOIN s n ON n.claim_id = g.l_head
  JOIN s x ON x.fact_id = g.fact_id AND x.part = g.part AND x.article = g.f_prev
  WHERE abs(x.v - n.v) <= x.h + n.h + 1e-9
  GROUP BY ALL
),
e1 AS (
  SELECT g.fact_id, g.part, coalesce(hd.harticle, g.f_article) AS from_article,
         g.l_article AS to_article, coalesce(hd.hclaim, g.f_pclaim) AS from_claim,
         g.l_head AS to_claim,
         'the text gives the earlier value as previous' AS why
  FROM stg g
  LEFT JOIN holder hd USING (fact_id, part, grp)
  LEFT JOIN already al USING (fact_id, part, grp)
  WHERE al.fact_id IS NULL
),
x AS (
  SELECT e.*, fc.v AS from_v0, fc.date_value AS from_dv, fc.source AS from_source,
         fc.seq_date AS from_date, fc.quote AS from_quote,
         tc.v AS to_v0, tc.date_value AS to_dv, tc.source AS to_source, tc.seq_date AS to_date,
         tc.quote AS to_quote,
         CASE WHEN fc.date_value IS NULL THEN fc.value END AS from_v,
         CASE WHEN tc.date_value IS NULL THEN tc.value END AS to_v
  FROM (SELECT * FROM e1 UNION ALL BY NAME SELECT * FROM e2 WHERE why IS NOT NULL) e
  JOIN fact_claims fc ON fc.claim_id = e.from_claim
  JOIN fact_claims tc ON tc.claim_id = e.to_claim
)
SELECT f.fact_id, f.metric, f.imposer, f.target, f.product, f.measure, f.unit,
       nullif(x.part, '') AS period,
       x.from_v AS from_value, x.to_v AS to_value,
       x.from_dv AS from_date_value, x.to_dv AS to_date_value,
       [rc_fmt(x.from_v0, f.unit, x.from_dv), rc_fmt(x.to_v0, f.unit, x.to_dv)] AS "values",
       x.from_article, x.to_article, x.from_source, x.to_source,
       x.from_date, x.to_date, x.from_quote, x.to_quote,
       [x.from_article, x.to_article] AS articles, [x.from_date, x.to_date] AS dates,
       x.from_article = x.to_article AS same_article,
       rc_fmt(x.from_v0, f.unit, x.from_dv) || ' -> ' || rc_fmt(x.to_v0, f.unit, x.to_dv)
         || ': ' || x.why AS reason,
       x.from_claim, x.to_claim
FROM x JOIN facts f ON f.fact_id = x.fact_id
