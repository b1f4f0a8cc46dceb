-- _rc_groups: claim pairs grouped per (kind, fact, period, low value, high value) into two
-- sides (a: the low value, b: the high one), each listing all its articles.
--
--   conflict    the values differ beyond the stated precision, no status explains it, and
--               the two articles share no agreeing value on the fact in that period (for
--               dates: on the same milestone, a date within $milestone_days days); two
--               dates more than $milestone_days days apart are different milestones of the
--               measure (its start, a deadline, the end of a pause), not a disagreement,
--               unless 07 paired them as one past start told twice (`one_start`: the same
--               rate's start, told after it happened, on two days, no move told).
--               A shared value does not excuse an article at odds with itself (`split`):
--               two values of the fact for one stated start date, one status, no change.
--               Nor does a value one article gives in place of a rate the other article
--               adds it to, with their sum, in one sentence (`in_lieu`, h242).
--               A pair placed in time by an inferred date (`guess`) joins a conflict that
--               a pair of known dates makes; alone it makes none, unless it is `steady`
--               (07: both in effect, no change of the fact told around the guess's span),
--               and not `dealt` (h133: one side's value is a pending rate of the same
--               parties told around them, a deal's rate coming in: a change over time).
--               One disagreement told twice on one side (two groups sharing a value, their
--               other values agreeing within the precision stated) is raised once, on the
--               more precise value (`echo`, h242).
--   consistent  different-looking values that agree within the stated precision
-- Pairs of values before a change (`tie`, 07) are judged among themselves: an agreeing
-- value both articles give now does not excuse a disagreement about the value before. A
-- group made only of such pairs says so in `basis_note`: both are the value before the same
-- change, or (same step from different values) the same change told on two bases.
-- Far steady pairs (h88): a rate an article placed only by its inferred date reads in
-- effect, and another article's rate of the fact is in effect over a period that holds the
-- inferred date's whole span (from its own start, or its publication, to the fact's next
-- change): both in effect, the same epoch, neither a change, a previous value, a value
-- before a change or doubtful, and no article tells a change of the fact, nor a start of
-- any rate of it, from $window_days days before the earlier of them to $window_days days
-- after the later span's end. One state, however far apart the articles appeared, so they
-- are paired as `steady` (they may make a conflict) where the publication window of 07 did
-- not pair them.
-- Dates of one milestone (within $milestone_days days), one told scheduled and the other in
-- effect (one article written before the start, one after), are one start told twice:
-- their statuses explain nothing (h88); not when the rates beside them differ (h179: the
-- starts of two rates, one of which never came), nor when the scheduled side's article
-- appeared after the day the other side gives (h186: it was not written before that start).
-- A conflict says which of its sides' articles are placed in time only by a date inferred
-- from their text (`inferred_note`).
-- Each side's quote and first source are its first claim: the earliest seq_key, then
-- article, position in the text and claim_id (a total order, so ties never depend on the
-- order rows arrive in).
WITH fc AS (  -- (h88) rates in effect that a far steady pair may hold
  SELECT f.*, coalesce(f.effective, f.seq_date) AS start_day,
         f.seq_date + CASE WHEN f.date_inferred THEN $inferred_days ELSE 0 END AS seq_hi
  FROM fact_claims f
  WHERE f.in_seq AND NOT f.is_dup AND f.metric IN ('tariff_rate', 'tax_rate')
    AND f.status = 'in_effect' AND f.v IS NOT NULL AND f.date_value IS NULL
    AND NOT (f.is_change OR f.is_prev OR coalesce(f.is_before, false)
             OR coalesce(f.doubtful, false) OR f.is_flow)
    -- (h179) not a bound ("up to 50%"): no value of the rate, no state to hold
    AND list_contains($point_hedges, coalesce(f.hedge, 'about'))
    AND f.seq_date IS NOT NULL
    -- (h255) nor a partner's rate of the months before its own (07's `earlier`: the
    -- extractor's baseline keyed reciprocal by 01): the spring's state, not the one a far
    -- report of the partner's rate holds
    AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.claim_id = f.claim_id
                      AND f.measure = 'reciprocal' AND c.measure = 'baseline')
),
far AS (  -- (h88) far steady pairs: an inferred date's span inside another claim's period
  SELECT a.fact_id, a.part, a.claim_id AS ca, b.claim_id AS cb, a.article AS art_a,
         b.article AS art_b, a.v AS va, b.v AS vb, a.h + b.h AS tol,
         a.source AS src_a, b.source AS src_b, a.quote AS q_a, b.quote AS q_b,
         a.seq_date AS sd_a, b.seq_date AS sd_b, a.seq_key AS sk_a, b.seq_key AS sk_b,
         a.quote_start AS qs_a, b.quote_start AS qs_b,
         NULL::DATE AS dv_a, NULL::DATE AS dv_b,
         abs(a.v - b.v) <= a.h + b.h + 1e-9 AS agree, true AS guess, false AS explained,
         NULL::VARCHAR AS tie, true AS steady
  FROM fc a JOIN fc b ON b.fact_id = a.fact_id AND b.part = a.part AND b.epoch = a.epoch
   AND a.article < b.article
  WHERE (a.date_inferred OR b.date_inferred)
    -- outside 07's publication window (inside it, 07 pairs them)
    AND (date_diff('day', a.seq_hi, b.seq_date) > $window_days
         OR date_diff('day', b.seq_hi, a.seq_date) > $window_days)
    -- each inferred span lies inside the other claim's period: it starts no later
    AND (NOT a.date_inferred OR b.start_day <= a.seq_date)
    AND (NOT b.date_inferred OR a.start_day <= b.seq_date)
    AND NOT EXISTS (  -- no change of the fact, nor a start of a rate of it, around them
      SELECT 1 FROM fact_claims m
      WHERE m.fact_id = a.fact_id AND m.part = a.part AND NOT m.is_dup
        AND ((m.is_change AND m.seq_date IS NOT NULL
              AND m.seq_date >= least(a.start_day, b.start_day) - $window_days
              AND m.seq_date <= greatest(a.seq_hi, b.seq_hi) + $window_days)
             OR (m.effective IS NOT NULL
                 AND m.effective > least(a.start_day, b.start_day)
                 AND m.effective <= greatest(a.seq_hi, b.seq_hi) + $window_days)))
    AND NOT EXISTS (SELECT 1 FROM _rc_pairs p WHERE p.ca = a.claim_id AND p.cb = b.claim_id)
    -- (h172) each the one value of the fact its article gives ("still pay 27.5%: the 2.5%
    -- duty plus the 25% charge" tells a sum and its parts, no single state to hold)
    AND NOT EXISTS (SELECT 1 FROM fact_claims o
                    WHERE o.fact_id = a.fact_id AND o.article IN (a.article, b.article)
                      AND NOT o.is_dup AND o.v IS NOT NULL
                      AND abs(o.v - CASE WHEN o.article = a.article THEN a.v ELSE b.v END)
                          > o.h + CASE WHEN o.article = a.article THEN a.h ELSE b.h END
                            + 1e-9)
),
pairs AS (
  SELECT * FROM _rc_pairs
  UNION ALL BY NAME
  SELECT * FROM far
),
told_around AS (  -- (h88) one milestone's date told scheduled and in effect: one start
  SELECT p.ca, p.cb
  FROM pairs p JOIN fact_claims a ON a.claim_id = p.ca JOIN fact_claims b ON b.claim_id = p.cb
  WHERE p.dv_a IS NOT NULL AND p.dv_b IS NOT NULL AND abs(p.va - p.vb) <= $milestone_days
    AND p.explained AND [a.status, b.status] IN (['scheduled', 'in_effect'],
                                                 ['in_effect', 'scheduled'])
    -- (h179) not the starts of two rates: each date's rate (05 `start_rate`) differs ("the
    -- 25% the letter set to begin on Aug. 1" / "the 15% in force since Thursday"): the
    -- rate announced for the first day never came, the statuses explain the gap
    AND NOT coalesce(abs(a.start_rate - b.start_rate) > 0.01, false)
    -- (h186) and the scheduled side was told before the start the other side tells: a
    -- report published after that day (its inferred span too) that still has the start to
    -- come does not tell it before it happened ("a post shared on Sept. 2" read as a
    -- start that day, against "since Aug. 27"); the statuses explain the gap
    AND NOT coalesce(CASE WHEN a.status = 'scheduled' THEN a.seq_date > b.date_value
                          ELSE b.seq_date > a.date_value END, false)
),
date_agree AS (  -- dates: the two articles agree on the same milestone (a date near
                      -- either value); agreeing on another milestone explains nothing
  SELECT p.ca, p.cb, true AS near_agree
  FROM pairs p
  JOIN pairs q ON q.fact_id = p.fact_id AND q.part = p.part AND q.art_a = p.art_a
                  AND q.art_b = p.art_b AND q.agree
  WHERE p.dv_a IS NOT NULL AND p.dv_b IS NOT NULL
    AND (abs(q.va - p.va) <= $milestone_days OR abs(q.va - p.vb) <= $milestone_days)
  GROUP BY p.ca, p.cb
  UNION
  -- (h159) the same, where the shared date is not itself a pair: both articles state that
  -- day, but one of them as the change it tells ("the cut takes effect on November 10"),
  -- another epoch than its other date of the fact (the next step, two days on), which 07
  -- pairs across epochs; the shared day still says they agree on the milestone
  SELECT p.ca, p.cb, true AS near_agree
  FROM pairs p
  JOIN fact_claims x ON x.fact_id = p.fact_id AND x.part = p.part AND x.article = p.art_a
  JOIN fact_claims y ON y.fact_id = p.fact_id AND y.part = p.part AND y.article = p.art_b
                    AND y.date_value = x.date_value
  WHERE p.dv_a IS NOT NULL AND p.dv_b IS NOT NULL
    AND x.in_seq AND y.in_seq AND NOT x.is_dup AND NOT y.is_dup
    AND x.date_value IS NOT NULL
    AND (abs(x.v - p.va) <= $milestone_days OR abs(x.v - p.vb) <= $milestone_days)
),
split AS (  -- an article that states two values of one fact for one stated start date,
              -- with one status and no change between them ("will face 34% from the 10th
              -- ... now subject to 54%"), disagrees with itself; when the other article of
              -- the pair backs only one of them, sharing that value explains nothing: the
              -- other one is a disagreement (the lone value's claim side names it)
  SELECT p.ca, p.cb
  FROM pairs p
  JOIN fact_claims a ON a.claim_id = p.ca
  JOIN fact_claims b ON b.claim_id = p.cb
  WHERE NOT p.agree AND p.dv_a IS NULL AND p.tie IS NULL
    AND a.effective IS NOT NULL AND a.effective = b.effective
    AND a.status IS NOT NULL AND a.status = b.status
    -- (not a total its text calls combined: a stack beside one of its parts)
    AND NOT (a.is_change OR b.is_change OR a.doubtful OR b.doubtful
             OR coalesce(a.combined, false) OR coalesce(b.combined, false))
    AND (EXISTS (SELECT 1 FROM fact_claims x
                 WHERE x.fact_id = b.fact_id AND x.article = b.article AND x.in_seq
                   AND x.effective = b.effective AND x.status = b.status
                   AND NOT x.is_change AND abs(x.v - a.v) <= x.h + a.h + 1e-9)
         AND NOT EXISTS (SELECT 1 FROM fact_claims y
                         WHERE y.fact_id = a.fact_id AND y.article = a.article AND y.in_seq
                           AND abs(y.v - b.v) <= y.h + b.h + 1e-9)
      OR EXISTS (SELECT 1 FROM fact_claims x
                 WHERE x.fact_id = a.fact_id AND x.article = a.article AND x.in_seq
                   AND x.effective = a.effective AND x.status = a.status
                   AND NOT x.is_change AND abs(x.v - b.v) <= x.h + b.h + 1e-9)
         AND NOT EXISTS (SELECT 1 FROM fact_claims y
                         WHERE y.fact_id = b.fact_id AND y.article = b.article AND y.in_seq
                           AND abs(y.v - a.v) <= y.h + a.h + 1e-9))
),
in_lieu AS (  -- (h242) a rate one article tells in place of another ("face 40% instead of
             -- the 20%": the other rate a previous value of its sentence) and another
             -- article tells on top of that same other rate, with their sum, in one
             -- sentence of the fact ("carry 60% - the 40% on top of the 20%"): the second
             -- article's 40% is a part of its 60%, so sharing it explains nothing; the two
             -- disagree on the whole (40% against 60%), in lieu against on top
  SELECT DISTINCT p.ca, p.cb
  FROM pairs p
  JOIN fact_claims x ON x.claim_id IN (p.ca, p.cb)
  JOIN fact_claims y ON y.claim_id IN (p.ca, p.cb) AND y.claim_id <> x.claim_id
  -- the sum's sentence: the other side's value and the rate it is added to, on the fact
  JOIN fact_claims xy ON xy.article = x.article AND xy.sentence_key = x.sentence_key
   AND xy.fact_id = x.fact_id AND xy.claim_id <> x.claim_id
   AND abs(xy.v - y.v) <= xy.h + y.h + 1e-9
  JOIN fact_claims xz ON xz.article = x.article AND xz.sentence_key = x.sentence_key
   AND xz.fact_id = x.fact_id AND xz.claim_id NOT IN (x.claim_id, xy.claim_id)
   AND xz.v > 0 AND abs(x.v - xy.v - xz.v) <= x.h + xy.h + xz.h + 1e-9
  -- the replacing sentence: that added rate told as the value before
  JOIN fact_claims yz ON yz.article = y.article AND yz.sentence_key = y.sentence_key
   AND yz.is_prev AND yz.metric = y.metric AND yz.unit = y.unit
   AND yz.imposer IS NOT DISTINCT FROM y.imposer AND yz.target IS NOT DISTINCT FROM y.target
   AND abs(yz.v - xz.v) <= yz.h + xz.h + 1e-9
  WHERE NOT p.agree AND p.dv_a IS NULL AND p.tie IS NULL
    AND list_contains($levy_metrics, x.metric) AND x.unit = 'percent'
    AND x.article <> y.article AND x.sentence_key IS NOT NULL
    AND y.sentence_key IS NOT NULL
    -- the sum and its parts all stand now; the replacing side may read as a move (from the
    -- rate it replaces), not as an old value
    AND NOT (x.is_prev OR xy.is_prev OR xz.is_prev OR y.is_prev OR x.is_change
             OR xy.is_change OR xz.is_change)
),
mates AS (  -- (h208) the other side's value stated in a side's own sentence, under the
           -- same measure of the same imposer, on a key the extractor left apart (no
           -- goods, or one partner of an every-partner duty): "Timber owes some
           -- 30% in dumping and subsidy duties on top of a 10% Section 232 charge" states
           -- the 10% the other article gives. The sentence
           -- tells both figures, so its article shares that value: which of the two is the
           -- fact's is the reading's guess, no disagreement of two sources. Not an old
           -- value or a change (a rise "to 35% from 10%" still disputes a stale 10%)
  SELECT DISTINCT p.ca, p.cb
  FROM pairs p
  JOIN fact_claims c ON c.claim_id IN (p.ca, p.cb)
  JOIN claims cc ON cc.claim_id = c.claim_id
  JOIN claims cm ON cm.article = cc.article AND cm.sentence = cc.sentence
   AND cm.claim_id <> cc.claim_id
  JOIN fact_claims m ON m.claim_id = cm.claim_id
  WHERE NOT p.agree AND p.dv_a IS NULL AND p.tie IS NULL
    AND list_contains($levy_metrics, c.metric) AND c.measure IS NOT NULL
    AND m.fact_id <> c.fact_id AND m.metric = c.metric AND m.unit = c.unit
    AND m.imposer IS NOT DISTINCT FROM c.imposer AND m.measure = c.measure
    AND (m.product IS NULL OR m.product = c.product)
    AND (m.target IS NULL OR m.target = c.target OR c.target = '*')
    AND NOT (m.is_dup OR m.is_prev OR m.is_change OR coalesce(m.is_before, false))
    AND abs(m.v - CASE WHEN c.claim_id = p.ca THEN p.vb ELSE p.va END)
        <= m.h + p.tol - c.h + 1e-9
),
sum_req AS (  -- (h233) the claims of pairs on a US component key of all of a partner's
             -- goods, on their report days and, for a pending value (a deal's or a
             -- schedule's), the start it states (what official_sums.sql reads)
  SELECT DISTINCT c.claim_id, c.target, d.day
  FROM pairs p JOIN fact_claims c ON c.claim_id IN (p.ca, p.cb),
       unnest([c.seq_date, CASE WHEN c.status IN ('scheduled', 'agreed') THEN c.effective END])
         AS d(day)
  WHERE NOT p.agree AND p.dv_a IS NULL AND p.tie IS NULL
    AND c.metric = 'tariff_rate' AND c.unit = 'percent' AND c.imposer = 'US'
    AND c.product = 'all' AND c.target IS NOT NULL AND c.target <> '*'
    AND c.measure IN ('reciprocal', 'baseline', 'fentanyl', 'penalty')
    AND d.day IS NOT NULL
),
sums AS (
/*INCLUDE official_sums.sql*/
),
sum_side AS (  -- each such claim: does it state the partner's official all-in sum on one
               -- of its days (at least two own rows) and on none the component's own
               -- value, or the component's own official value on one of its days?
  SELECT c.claim_id,
         bool_or(s.parts >= 2 AND abs(c.v - s.total) <= c.h + 0.005)
           AND NOT bool_or(abs(c.v - coalesce(s.own, -1)) <= c.h + 0.005) AS is_sum,
         bool_or(abs(c.v - coalesce(s.own, -1)) <= c.h + 0.005) AS is_part
  FROM (SELECT *, CASE m.measure WHEN 'reciprocal' THEN coalesce(rec, base)
                                 WHEN 'baseline' THEN base WHEN 'fentanyl' THEN fent
                                 WHEN 'penalty' THEN pen END AS own
        FROM sums JOIN (SELECT claim_id, measure FROM fact_claims) m USING (claim_id)) s
  JOIN fact_claims c ON c.claim_id = s.claim_id
  GROUP BY c.claim_id
),
sum_part AS (  -- (h233) a component's official value on one side and, on the other, the
               -- partner's official all-in sum read on that component's key ("motors
               -- from there now bear 30% at the border", keyed reciprocal, beside another
               -- article's 10% reciprocal rate, when the 10% country rate and a 20% drug
               -- duty stand): the sum is the whole of the partner's duties read on a part
               -- (01c re-keys it as combined only where the sum stood $window_days either
               -- side of its report), so the two figures measure different things, no
               -- disagreement about the component
  SELECT p.ca, p.cb
  FROM pairs p JOIN sum_side a ON a.claim_id = p.ca JOIN sum_side b ON b.claim_id = p.cb
  WHERE (a.is_sum AND b.is_part) OR (b.is_sum AND a.is_part)
),
kinds AS (
  SELECT *, CASE WHEN agree AND va <> vb THEN 'consistent'
                 WHEN NOT agree
                      AND NOT (explained AND (ca, cb) NOT IN (SELECT ca, cb FROM told_around))
                      AND (NOT any_agree OR (ca, cb) IN (SELECT ca, cb FROM split)
                           OR (ca, cb) IN (SELECT ca, cb FROM in_lieu))
                      AND (ca, cb) NOT IN (SELECT ca, cb FROM mates)
                      AND (ca, cb) NOT IN (SELECT ca, cb FROM sum_part)
                      AND (NOT (dv_a IS NOT NULL AND dv_b IS NOT NULL
                                AND abs(va - vb) > $milestone_days)
                           OR coalesce(one_start, false)) THEN 'conflict' END AS kind
  FROM (SELECT p.*, CASE WHEN p.dv_a IS NULL THEN
                           bool_or(p.agree) OVER (PARTITION BY p.fact_id, p.part, p.art_a, p.art_b,
                                                               p.tie IS NULL)
                         ELSE coalesce(n.near_agree, false) END AS any_agree
        FROM pairs p LEFT JOIN date_agree n ON n.ca = p.ca AND n.cb = p.cb)
),
dealt AS (  -- (h133) a steady pair one side of which is a deal's rate coming in: a
           -- pending rate (agreed or scheduled) of the same parties, for the fact's goods or
           -- for all their goods, told from $window_days days before the earlier side to
           -- the later side's latest day, equal to exactly one side's value: the pair may
           -- be the old rate and the new one (a change over time), not one state
  SELECT DISTINCT p.ca, p.cb
  FROM pairs p
  JOIN facts f ON f.fact_id = p.fact_id
  JOIN fact_claims d
    ON d.metric = f.metric AND d.unit = f.unit
   AND d.imposer IS NOT DISTINCT FROM f.imposer AND d.target IS NOT DISTINCT FROM f.target
   AND (d.product IS NOT DISTINCT FROM f.product OR d.product = 'all')
  WHERE coalesce(p.steady, false) AND p.dv_a IS NULL AND p.dv_b IS NULL
    AND d.status IN ('agreed', 'scheduled') AND NOT d.is_dup AND NOT d.is_prev
    AND d.v IS NOT NULL AND d.seq_date IS NOT NULL
    AND d.seq_date >= least(p.sd_a, p.sd_b) - $window_days
    AND d.seq_date <= greatest(p.sd_a, p.sd_b) + $inferred_days
    AND (abs(d.v - p.va) <= d.h + 0.005 + 1e-9) <> (abs(d.v - p.vb) <= d.h + 0.005 + 1e-9)
),
cp AS (
  SELECT * EXCLUDE (known) FROM (
    SELECT *, bool_or(NOT coalesce(guess, false)
                      OR (coalesce(steady, false)
                          AND (ca, cb) NOT IN (SELECT ca, cb FROM dealt)))
                OVER (PARTITION BY kind, fact_id, part, vlo, vhi) AS known
    FROM (SELECT *, least(va, vb) AS vlo, greatest(va, vb) AS vhi FROM kinds
          WHERE kind IS NOT NULL))
  WHERE kind = 'consistent' OR known
),
hv AS (  -- (h242) each conflict group's values, with the widest precision stated for each
  SELECT fact_id, part, vlo, vhi, v, max(h) AS h
  FROM (SELECT c.fact_id, c.part, c.vlo, c.vhi, c.va AS v, f.h
        FROM cp c JOIN fact_claims f ON f.claim_id = c.ca
        WHERE c.kind = 'conflict' AND c.dv_a IS NULL AND c.dv_b IS NULL
        UNION ALL
        SELECT c.fact_id, c.part, c.vlo, c.vhi, c.vb, f.h
        FROM cp c JOIN fact_claims f ON f.claim_id = c.cb
        WHERE c.kind = 'conflict' AND c.dv_a IS NULL AND c.dv_b IS NULL)
  GROUP BY ALL
),
echo AS (  -- (h242) one disagreement told twice on one side: two conflict groups of a fact
           -- and period share one value, and their other values agree within the precision
           -- they state ("nearly $300 billion" beside "$295.4 billion", each against
           -- "$279.4 billion"): the looser of the two (the wider precision; on a tie the
           -- higher value) is the same conflict again, not a second one
  SELECT DISTINCT o2.fact_id, o2.part, o2.vlo, o2.vhi
  FROM hv s1
  JOIN hv o1 ON o1.fact_id = s1.fact_id AND o1.part = s1.part AND o1.vlo = s1.vlo
            AND o1.vhi = s1.vhi AND o1.v <> s1.v
  JOIN hv s2 ON s2.fact_id = s1.fact_id AND s2.part = s1.part AND s2.v = s1.v
            AND (s2.vlo, s2.vhi) <> (s1.vlo, s1.vhi)
  JOIN hv o2 ON o2.fact_id = s2.fact_id AND o2.part = s2.part AND o2.vlo = s2.vlo
            AND o2.vhi = s2.vhi AND o2.v <> s2.v
  WHERE sign(o1.v - s1.v) = sign(o2.v - s2.v)
    AND abs(o1.v - o2.v) <= o1.h + o2.h + 1e-9
    AND (o2.h > o1.h OR (o2.h = o1.h AND o2.v > o1.v))
),
kept AS (
  SELECT * FROM cp
  WHERE NOT (kind = 'conflict' AND (fact_id, part, vlo, vhi) IN (SELECT * FROM echo))
),
sides AS (
  SELECT kind, fact_id, part, vlo, vhi, CASE WHEN va <= vb THEN 'a' ELSE 'b' END AS side,
         ca AS claim_id, art_a AS article, src_a AS source, q_a AS quote, sd_a AS seq_date,
         (sk_a, art_a, qs_a, ca) AS first_key, va AS v, dv_a AS date_value, tol, tie,
         held_until
  FROM kept
  UNION ALL
  SELECT kind, fact_id, part, vlo, vhi, CASE WHEN va <= vb THEN 'b' ELSE 'a' END AS side,
         cb, art_b, src_b, q_b, sd_b, (sk_b, art_b, qs_b, cb), vb, dv_b, tol, tie,
         held_until
  FROM kept
),
agg AS (
  SELECT kind, fact_id, part, vlo, vhi, side, max(tol) AS tol,
         list_sort(list_distinct(array_agg(article))) AS articles,
         list_sort(list_distinct(array_agg(source))) AS sources,
         list_sort(list_distinct(array_agg(claim_id))) AS claim_ids,
         min(seq_date) AS first_date, max(seq_date) AS last_date,
         arg_min(quote, first_key) AS quote, arg_min(v, first_key) AS v,
         arg_min(date_value, first_key) AS date_value,
         arg_min(source, first_key) AS source1,
         bool_and(tie IS NOT NULL) AS tied, bool_or(tie = 'same_step') AS step,
         -- (h95) a previous value held until its change, and until when
         bool_and(tie = 'prev_held') AS held, max(held_until) AS held_until,
         bool_or(fi.is_prev) AS side_prev,
         -- (h88) its articles placed in time only by a date inferred from their text
         list_sort(list_distinct(list(article) FILTER (WHERE fi.date_inferred)))
           AS inferred_articles
  FROM sides LEFT JOIN (SELECT claim_id AS fi_claim, date_inferred, is_prev FROM fact_claims) fi
    ON fi.fi_claim = sides.claim_id
  GROUP BY ALL
),
groups AS (
  SELECT sa.kind, f.fact_id, f.metric, f.imposer, f.target, f.product, f.measure,
         f.unit, nullif(sa.part, '') AS period,
         CASE WHEN sa.date_value IS NULL THEN sa.v END AS value_a,
         CASE WHEN sb.date_value IS NULL THEN sb.v END AS value_b,
         sa.date_value AS date_value_a, sb.date_value AS date_value_b,
         rc_fmt(sa.v, f.unit, sa.date_value) AS text_a,
         rc_fmt(sb.v, f.unit, sb.date_value) AS text_b,
         sa.articles AS articles_a, sb.articles AS articles_b,
         sa.sources AS sources_a, sb.sources AS sources_b,
         sa.first_date AS first_date_a, sb.first_date AS first_date_b,
         sa.quote AS quote_a, sb.quote AS quote_b,
         sa.source1 AS source1_a, sb.source1 AS source1_b,
         least(sa.first_date, sb.first_date) AS first_date,
         greatest(sa.last_date, sb.last_date) AS last_date,
         abs(sb.v - sa.v) AS gap, sa.tol AS tolerance,
         list_concat(sa.claim_ids, sb.claim_ids) AS claim_ids,
         CASE WHEN sa.held AND sb.held
                THEN rc_fmt(CASE WHEN sa.side_prev THEN sa.v ELSE sb.v END, f.unit, NULL)
                     || ' is a previous value (its article gives it as the rate before a'
                     || ' change), so it held until '
                     || strftime(greatest(sa.held_until, sb.held_until), '%Y-%m-%d')
                     || '; the other side was reported in effect before then, with no change'
                     || ' told between them'
              WHEN sa.tied AND sb.tied AND (sa.step OR sb.step)
                THEN 'the same change told on two bases: both move by the same step from '
                     || 'different values (one may count a duty the other leaves out)'
              WHEN sa.tied AND sb.tied
                THEN 'both give the value before the same change' END AS basis_note,
         CASE len(list_concat(sa.inferred_articles, sb.inferred_articles))
              WHEN 0 THEN NULL
              WHEN 1 THEN 'the date of ' || list_concat(sa.inferred_articles,
                                                        sb.inferred_articles)[1]
                          || ' is inferred from its text'
              ELSE 'the dates of ' || array_to_string(list_sort(list_concat(
                       sa.inferred_articles, sb.inferred_articles)), ', ')
                   || ' are inferred from their texts' END AS inferred_note
  FROM agg sa
  JOIN agg sb ON sb.kind = sa.kind AND sb.fact_id = sa.fact_id AND sb.part = sa.part
             AND sb.vlo = sa.vlo AND sb.vhi = sa.vhi AND sb.side = 'b'
  JOIN facts f ON f.fact_id = sa.fact_id
  WHERE sa.side = 'a'
)
-- both sides as the conflicts and consistent objects show them
SELECT *, [text_a, text_b] AS "values", list_concat(articles_a, articles_b) AS articles,
       list_concat(sources_a, sources_b) AS sources, [first_date_a, first_date_b] AS dates,
       [quote_a, quote_b] AS quotes,
       [{'value': text_a, 'articles': articles_a, 'sources': sources_a,
         'date': first_date_a, 'quote': quote_a},
        {'value': text_b, 'articles': articles_b, 'sources': sources_b,
         'date': first_date_b, 'quote': quote_b}] AS sides,
       NULL::VARCHAR AS official_source
FROM groups
