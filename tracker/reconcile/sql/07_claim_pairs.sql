-- _rc_pairs: pairs of claims of two different articles that speak of the same thing: same
-- fact, same epoch (no change between them; dates: see below), and the same period:
--   - both state effective dates within a day of each other, or
--   - either has none and their publication dates are within $window_days days, or
--   - flows: the same named period; `annual` figures (yearly, no period named) as of two
--     articles within $window_days days, or, when a date is missing, two renderings of one
--     quoted statement (sentences of $statement_words words or more, $statement_share of
--     their words shared).
-- Pairs are only formed inside a fact and such a window (joined on window numbers), so a
-- million claims pair up in seconds.
--   agree      the values agree within the stated precision: |va - vb| <= ha + hb; two dates
--              one day apart agree only when one sentence speaks of a pause ("paused until
--              July 8" is the last day before "takes effect July 9"); two start dates
--              stated to the day agree only on the same day (August 7 is not August 8)
--   explained  both statuses are known and differ (scheduled vs in_effect explains a gap;
--              previous, for an old deadline, does not); not for a flow of a year before
--              both articles' (h169: a count of a period gone by is neither pending nor in
--              force, so "scheduled" there is a misreading, not a state)
-- A claim placed in time by an inferred publication date (date_inferred) takes part with that
-- date and its uncertainty: an inferred date is the latest past date the text states, so
-- the article appeared on it or up to $inferred_days days later. Its publication is the
-- span [seq_date, seq_date + $inferred_days]; two spans within $window_days days of each
-- other are the same period. A pair placed in time that way is marked `guess` (not a pair
-- of two dates of one milestone: see below), and so is a pair with a claim of doubtful
-- attribution (`doubtful`: its own sentence does not name its party): it may be
-- consistent, or join a conflict that two sure claims make, but it cannot make one alone,
-- unless it is `steady` (placed by a guess only, but both values in effect and no change of
-- the fact told by anyone around the guess's whole span: one state, whenever it appeared).
-- Dates of one milestone (within $milestone_days days of each other):
--   - they pair across epochs unless a change that moves this milestone (a change claim of
--     the fact whose date is within $milestone_days of either) was stated between them: a
--     rate's "down from 25%" beside its start date does not move a pause's end; an
--     article's other mention of the date it moves the milestone to ("delays the duties
--     until 7 August ... goods shipped before 7 August") comes after its move (`moved`);
--   - they are placed by the dates themselves, whenever each article appeared: no guess;
--   - a day apart they agree only when exactly one sentence speaks of a pause (the last
--     day before and the first day of the same change); two ends of a pause a day apart
--     ("extended to November 9" / "suspended until November 10") disagree; a date its
--     article also states in a sentence with no pause ("delayed until 7 August ... goods
--     shipped before 7 August") is the day of the change itself (`pause_word` false);
--   - an old deadline an article gives as previous, with no current date of the fact in
--     the same article ("that deadline was meant to lapse on October 30"), still says which
--     day that milestone was: it pairs with another article's date of it, when neither
--     side states a change and no change of the milestone was stated up to then; its
--     status (previous) explains nothing there.
--   - (h112) one start told before it (scheduled) and after it (in effect), a day apart at
--     most, pairs whenever each article appeared (placed by the dates, no guess), unless a
--     move of it was told between; a start told after it whose sentence's change cue is a
--     rate's (a rate claim of the sentence carries the same cue: "the surcharge began on
--     5 May and tripled the duty"), with no previous date in its article and no pause
--     in its sentence, moves no milestone (`rate_cued`).
--   - (h179) one pause's length told twice weeks apart (both in effect, one epoch, more
--     than $window_days but at most $total_days days apart, dates given): one pause, so
--     two lengths of it disagree
--
-- Values before a change (`tie`, rates only): a previous value ("cut from 34% to 10%"), or
-- a rate in effect that its sentence says will change to a pending value (`is_before`: "set
-- at 27.5%, to be cut to 15%"), speaks of the period just before its article's change, so
-- two articles telling the same change are compared on it, whatever their epochs. Two
-- articles tell the same change when their publications (spans, for inferred dates) are
-- within $total_days days and
--   - same_new: they state a new value in common ("from 34% to 10%" / "from 10%, kept at
--     10%"): their previous values describe one period and may disagree;
--   - same_step: they move by the same step from different values ("from 25% to 12.5%" /
--     "from 27.5% to 15%"), neither from the other's new value (that would be two changes in
--     a row), and the two bases differing by less than the step (a duty one counts and the
--     other leaves out, not another measure): the same change told on two bases;
--     both the previous and the new values are paired, and their statuses (agreed, in
--     effect) explain nothing: they are one change's;
--   - lone_prev: one article gives only the old value ("tariffs on cars were slashed from
--     27.5%": no new value of the fact in it), the other a change from its own old value;
--     the two old values differ by less than the other's step, and the lone one is not the
--     other's new value (that would be the next change, told from it): they describe the
--     period before the same change. (h179) The other's new value is not doubtful (the
--     ordinary duty beside a sector rate may be no new value of the fact).
-- Two previous values that a third article joins by a change of its own ("from 20% to 104%")
-- are successive states (one article skipped a step), not a disagreement. The shared change
-- places a tied pair in time, so an inferred date does not make it a guess.
-- A previous value held until its change (`held`, h95, rates only): "cut from 57% to 47%" in an
-- article of day D (or a change effective E) says 57% held until just before the change, so
-- it is compared with another article's rate in effect of the same fact reported in the
-- period just before it: before T (the earliest of D, E and the first other article telling
-- the same new value within $total_days days before D), no more than $window_days days
-- before T (a report months earlier is no evidence of the time just before: an untold change
-- may lie between), no change of the fact told by anyone from that report's day up to T,
-- and no third article reporting another value of it in between (it is the last state known
-- before the change). Not when the previous value's article states the other value itself
-- anywhere (a chain told in one article), when the article gives two previous values of
-- the fact (successive states), when the other article gives two values of it, when the
-- other value is itself a change, a previous value, a value before a pending change, a
-- bound ("up to 25%"), doubtful or one of several parts, when either key was filled in from
-- another claim, when the gap is another measure's rate in effect on the same goods (one
-- side counts a duty the other leaves out), nor across an all-in total and a component
-- (`combined` differs: 17_different_basis.sql lists those); a side placed by an inferred
-- date makes the pair a guess. A chain
-- told across articles ("raised to 20%" / "from 20% to 145%") meets its own change in
-- between, so it is no pair. The pair is a tie (judged among tied pairs; the previous
-- value's status explains nothing) and says until when the value held (`held_until`).
-- A sector's start told for one partner (`sector`): a Section 232 duty hits every partner from
-- one date, so an article's past start of it for one partner ("Korean steel has paid the
-- sector duty since March 12", in effect, no change stated) also speaks of the all-partner
-- (`*`) start. Within $milestone_days days of an all-partner date of that duty it is
-- compared with it as one milestone, whenever each article appeared; their statuses (one
-- written before the start, one after) explain nothing. Such copies pair only with the
-- all-partner fact's own claims, not with each other.
-- Pledges (investment or purchases agreed under a deal): one commitment until a change of
-- it is told, so two articles restating it pair whatever their publication dates, placed by
-- the pledge (no guess, inside the publication window too: an inferred date says nothing
-- about a commitment that has not changed): "$550 billion" in July and "$500 billion" in
-- September differ. (h104) So does the pledge of an article with no date at all (given,
-- inferred or effective: left out of comparisons otherwise) when no article tells that
-- pledge changed (no change or previous value of the fact): it pairs with the dated
-- articles' claims of it (`undated_pledge`).
-- Amounts: a pair is no guess when both articles also state the same figure in another
-- currency, agreeing (`twin`: "$550 billion" in both, beside "¥8 trillion" and "80 trillion
-- yen"): they speak of one pledge, whatever their dates.
-- An amount its own words name as one list of several ("a second round of counter-duties on
-- C$90 billion"; "a first tranche of C$20 billion"), read from the text before it back
-- to the figure before it (`list_part`: "first", "second" ... "remaining", "another",
-- "next", "further" before a wave, tranche, round, list, set or package): two lists are two
-- sums, and the other figure may be another list or the whole, so a pair with it is a guess.
-- Even two "second" lists need not be one: outlets count rounds differently (a metals list
-- as the second set, the held-back wave as the second wave).
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
sector AS (  -- a partner's past start of a sector duty, re-keyed to its all-partner fact
  SELECT f.* REPLACE (g.fact_id AS fact_id), true AS sector
  FROM fact_claims f
  JOIN facts g ON g.metric = f.metric AND g.unit = f.unit AND g.imposer = f.imposer
   AND g.target = '*' AND g.product = f.product AND g.measure = f.measure
  WHERE f.metric = 'effective_date' AND f.measure = 'section_232' AND f.target <> '*'
    AND f.in_seq AND NOT f.is_dup AND NOT f.is_change AND NOT f.is_prev
    AND f.status = 'in_effect' AND f.date_value IS NOT NULL
),
s AS (
  SELECT claim_id, fact_id, article, source, v,
         CASE WHEN claim_id IN (SELECT claim_id FROM conv)
              THEN greatest(h, $converted_share * abs(v)) ELSE h END AS h,
         claim_id IN (SELECT claim_id FROM conv) AS converted,
         kind, metric, imposer, target, product, measure, status, effective, seq_date, seq_key,
         date, epoch, part, is_flow, quote, quote_start, unit, date_value, date_inferred,
         doubtful, pause_word, is_prev, is_change, sector, article_has_prev, start_rate,
         seq_date + CASE WHEN date_inferred THEN $inferred_days ELSE 0 END AS seq_hi,
         coalesce(metric IN ('investment', 'purchase') AND status = 'agreed' AND NOT is_flow
                  AND NOT (is_change OR is_prev) AND effective IS NULL, false) AS pledge,
         CAST(date_diff('day', DATE '1970-01-01', seq_date) // $window_days AS BIGINT) AS wk
  FROM (SELECT *, false AS sector FROM fact_claims UNION ALL BY NAME SELECT * FROM sector) f
  WHERE in_seq
     OR (is_prev AND date_value IS NOT NULL AND NOT is_dup AND comparable AND v IS NOT NULL
         AND seq_date IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM fact_claims o WHERE o.fact_id = f.fact_id
                                                     AND o.article = f.article AND o.in_seq))
),
undated_pledge AS (  -- (h104) a pledge of an article with no date at all (given, inferred or
                    -- effective) in a fact whose pledge no article tells changed: one
                    -- commitment, so it still compares with the dated articles restating it
                    -- (h121: 05 flags them, `undated_pledge`)
  SELECT * FROM fact_claims WHERE undated_pledge
),
undated_state_c AS (
  -- (h172) a rate of an article with no date at all (given, inferred or effective), told
  -- in effect as the one value of the fact in its article (no change, previous value,
  -- value before a change, bound, part, doubtful, combined or penalty figure, nor a key
  -- filled in from another claim, nor a rate its sentence sets beside a pending one):
  -- whenever it appeared, it says the rate was that value.
  -- When no dated article ever gives the fact that value (in any role or status), no
  -- dated article tells the fact changed or will change (a change, a previous value or a
  -- pending status), the dated articles' rates of it in effect agree on one value, and
  -- the official table neither gives the key that value nor has an act of the key take
  -- effect after the first dated report (a later state the undated text may tell), it
  -- disagrees with every dated report of the one state: it pairs with them (`undated`)
  SELECT u.* FROM fact_claims u
  WHERE u.left_out LIKE 'no date:%' AND NOT u.is_dup AND u.v IS NOT NULL
    AND u.metric IN ('tariff_rate', 'tax_rate') AND u.status = 'in_effect' AND u.part = ''
    AND NOT (u.is_change OR u.is_prev OR coalesce(u.is_before, false)
             OR coalesce(u.doubtful, false) OR coalesce(u.combined, false)
             OR coalesce(u.penalty, false) OR coalesce(u.key_filled, false))
    AND list_contains($point_hedges, coalesce(u.hedge, 'about'))
    AND NOT EXISTS (SELECT 1 FROM fact_claims o  -- its article's one value of the fact
                    WHERE o.fact_id = u.fact_id AND o.article = u.article AND NOT o.is_dup
                      AND o.v IS NOT NULL AND abs(o.v - u.v) > o.h + u.h + 1e-9)
    AND NOT EXISTS (SELECT 1 FROM claims cu JOIN claims cp  -- nor told beside a pending
                                                          -- rate ("15% once the order
                                                          -- takes effect, against 27.5%
                                                          -- now": the value before it)
                      ON cp.article = cu.article AND cp.sentence = cu.sentence
                     AND cp.claim_id <> cu.claim_id AND cp.metric = cu.metric
                    WHERE cu.claim_id = u.claim_id
                      AND cp.status IN ('proposed', 'agreed', 'scheduled'))
    AND NOT EXISTS (SELECT 1 FROM fact_claims o  -- no dated report of that value
                    WHERE o.fact_id = u.fact_id AND o.seq_date IS NOT NULL AND NOT o.is_dup
                      AND o.v IS NOT NULL AND abs(o.v - u.v) <= o.h + u.h + 1e-9)
    AND NOT EXISTS (SELECT 1 FROM fact_claims o  -- no change told, none coming
                    WHERE o.fact_id = u.fact_id AND o.seq_date IS NOT NULL AND NOT o.is_dup
                      AND (o.is_change OR o.is_prev OR coalesce(o.is_before, false)
                           OR o.status IN ('proposed', 'agreed', 'scheduled', 'paused')))
    AND NOT EXISTS (SELECT 1 FROM reference r  -- not an official value of the key
                    WHERE r.imposer = u.imposer AND r.target IN (u.target, '*')
                      AND r.product = u.product AND r.measure = u.measure
                      AND abs(r.rate_percent - u.v) <= u.h + 1e-9)
),
undated_state_d AS (  -- the dated rates in effect of those facts, when they agree
  SELECT d.* FROM s d
  WHERE d.fact_id IN (SELECT fact_id FROM undated_state_c)
    AND d.status = 'in_effect' AND d.date_value IS NULL AND NOT d.sector
    AND NOT (d.is_change OR d.is_prev OR coalesce(d.doubtful, false))
    AND d.seq_date IS NOT NULL AND NOT d.date_inferred
    AND d.fact_id NOT IN (SELECT x.fact_id FROM s x
                          WHERE x.status = 'in_effect' AND x.v IS NOT NULL
                            AND x.fact_id IN (SELECT fact_id FROM undated_state_c)
                            AND NOT (x.is_change OR x.is_prev)
                          GROUP BY x.fact_id HAVING max(x.v) - min(x.v) > 2 * max(x.h) + 1e-9)
    AND NOT EXISTS (SELECT 1 FROM reference r  -- no act of the key after the first report
                    WHERE r.imposer = d.imposer AND r.target IN (d.target, '*')
                      AND r.product = d.product AND r.measure = d.measure
                      AND r.effective_date > (SELECT min(y.seq_date) FROM s y
                                              WHERE y.fact_id = d.fact_id
                                                AND y.seq_date IS NOT NULL))
),
undated_state AS (
  SELECT u.claim_id AS cu, d.claim_id AS cd, u.article AS art_u, d.article AS art_d
  FROM undated_state_c u JOIN undated_state_d d ON d.fact_id = u.fact_id
  WHERE d.article <> u.article
),
plain AS (  -- dates an article states in a sentence that speaks of no pause
  SELECT DISTINCT fact_id, article, v FROM s
  WHERE date_value IS NOT NULL AND NOT coalesce(pause_word, false)
),
rate_cued AS (  -- (h112) a start told after it happened whose sentence's change cue is a
               -- rate's ("the surcharge began on 5 May and tripled the duty"; "scrapped
               -- the 30% levy in place since 5 May"): a rate claim of that sentence
               -- carries the same cue, and the article gives no previous value of the
               -- date: it tells when the rate started, it moves no milestone. Not a date
               -- whose sentence speaks of a pause ("a halt from 3 June that keeps only
               -- 10%"): the start of a pause is a milestone of its own
  SELECT DISTINCT d.claim_id
  FROM s d JOIN claims cd ON cd.claim_id = d.claim_id
  JOIN claims r ON r.article = cd.article AND r.sentence = cd.sentence
   AND r.claim_id <> cd.claim_id AND r.metric IN ('tariff_rate', 'tax_rate')
   AND coalesce(r.change, '') <> '' AND r.change = cd.change
  WHERE d.is_change AND d.date_value IS NOT NULL AND d.status = 'in_effect'
    AND NOT coalesce(d.article_has_prev, false) AND NOT d.is_prev
    AND NOT coalesce(d.pause_word, false)
),
moves AS (  -- stated changes of a date fact (a previous value states none, nor a rate's
            -- cue beside a start told after it: `rate_cued`)
  SELECT fact_id, article, seq_key, v FROM s
  WHERE is_change AND date_value IS NOT NULL
    AND claim_id NOT IN (SELECT claim_id FROM rate_cued)
),
move_days AS (  -- the same once per day and date, all a move between two claims reads (a
                -- date every outlet repeats is hundreds of moves of one fact on a few days)
  SELECT DISTINCT fact_id, seq_key, v FROM moves
),
change_days AS (  -- the days a change of a fact was told, once per fact and day: all the
                  -- `steady` check reads (a fact repeated by every outlet has tens of change
                  -- claims a day; joined per claim, every pair of a large fact met every
                  -- change claim of its span: 21 million rows at a tenth of 5,000,000 claims)
  SELECT DISTINCT fact_id, seq_date FROM fact_claims
  WHERE is_change AND in_seq AND seq_date IS NOT NULL
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
one_start AS (
  -- (h126) one past start told twice: two articles telling, after it happened (in effect),
  -- when the same rate of the fact started (05's `start_rate`: the same value beside each),
  -- on days at most $total_days apart (h186: a day or more; the publication window pairs
  -- near days told near each other, this the ones told months apart). A start told after it
  -- happened is history, so a postponement told before it explains nothing; but neither
  -- date may be told as a move of its own (a cue that is the rate's, `rate_cued`, is not),
  -- speak of a pause, or meet a move of the fact's dates told by anyone near them
  SELECT a.claim_id AS ca, b.claim_id AS cb
  FROM s a JOIN s b ON b.fact_id = a.fact_id AND a.article < b.article
  WHERE a.date_value IS NOT NULL AND b.date_value IS NOT NULL
    AND abs(a.start_rate - b.start_rate) < 0.01
    AND a.status = 'in_effect' AND b.status = 'in_effect'
    AND NOT (a.is_prev OR b.is_prev OR a.sector OR b.sector)
    AND NOT (coalesce(a.pause_word, false) OR coalesce(b.pause_word, false))
    -- (h186) days apart, however near: a day off ("since March 5" / "since March 4")
    -- told months apart is the same start, which the publication window does not pair
    AND abs(a.v - b.v) > 0.5 AND abs(a.v - b.v) <= $total_days
    AND (NOT a.is_change OR a.claim_id IN (SELECT claim_id FROM rate_cued))
    AND (NOT b.is_change OR b.claim_id IN (SELECT claim_id FROM rate_cued))
    AND NOT EXISTS (SELECT 1 FROM moves m
                    WHERE m.fact_id = a.fact_id
                      AND (abs(m.v - a.v) <= $total_days OR abs(m.v - b.v) <= $total_days))
    -- (h140) nor when either article also tells the other's day as a date of the fact: it
    -- tells two starts (two parts of one total, each from its own day, or two steps), so
    -- the two days are two milestones, not one start told twice
    AND NOT EXISTS (SELECT 1 FROM s x
                    WHERE x.fact_id = a.fact_id AND x.date_value IS NOT NULL
                      AND ((x.article = a.article AND abs(x.v - b.v) < 0.5)
                           OR (x.article = b.article AND abs(x.v - a.v) < 0.5)))
),
undated_start_p AS (
  -- (h172) one past start told twice, once by an article with no date at all (given,
  -- inferred or effective): its start of a rate told after it happened (in effect, 05's
  -- `start_rate`, no pause, no move of its own) and a dated article's start of the same
  -- rate, more than $milestone_days but at most $total_days days apart, under the same
  -- conditions as `one_start` (no move of the fact's dates told near either day, neither
  -- article telling the other's day): the undated article's day is placed by the rate's
  -- start, whenever it appeared
  SELECT a.claim_id AS ca, u.claim_id AS cu, a.article AS art_a, u.article AS art_u
  FROM s a JOIN fact_claims u ON u.fact_id = a.fact_id AND u.article <> a.article
  WHERE u.left_out LIKE 'no date:%' AND NOT u.is_dup AND u.date_value IS NOT NULL
    AND u.status = 'in_effect' AND NOT (u.is_change OR u.is_prev)
    AND NOT coalesce(u.pause_word, false)
    AND a.date_value IS NOT NULL AND a.status = 'in_effect'
    AND NOT (a.is_prev OR a.sector) AND NOT coalesce(a.pause_word, false)
    AND abs(a.start_rate - u.start_rate) < 0.01
    AND abs(a.v - u.v) > $milestone_days AND abs(a.v - u.v) <= $total_days
    AND (NOT a.is_change OR a.claim_id IN (SELECT claim_id FROM rate_cued))
    AND NOT EXISTS (SELECT 1 FROM moves m
                    WHERE m.fact_id = a.fact_id
                      AND (abs(m.v - a.v) <= $total_days OR abs(m.v - u.v) <= $total_days))
    AND NOT EXISTS (SELECT 1 FROM fact_claims x
                    WHERE x.fact_id = a.fact_id AND x.date_value IS NOT NULL AND NOT x.is_dup
                      AND ((x.article = a.article AND abs(x.v - u.v) < 0.5)
                           OR (x.article = u.article AND abs(x.v - a.v) < 0.5)))
),
undated_start AS (
  SELECT CASE WHEN art_a < art_u THEN ca ELSE cu END AS ca,
         CASE WHEN art_a < art_u THEN cu ELSE ca END AS cb
  FROM undated_start_p
),
standing_c AS (
  -- (h155) one standing rate told twice, months apart: two articles' rates of the fact in
  -- effect, published more than $window_days but at most 2 * $total_days days apart, in
  -- one epoch (no change of the fact told by anyone between them), when the official
  -- table has one row of the key (the partner's own, else all partners') in force over the
  -- whole span and no act of the key announced or taking effect in it: the rate did not
  -- move, so two values of it disagree. Neither may be a change, a previous value, a value
  -- before a pending change, doubtful, a bound, combined, a penalty, one of two values of
  -- its article, filled in from another fact, or dated by an inferred date; and no article
  -- tells a pending (proposed, agreed, scheduled) value of the fact in the span (a deal or
  -- a threat coming in: the old rate and the new one). Here the claims that may take part,
  -- one per fact, epoch, value and day (the first article's), so a fact every outlet
  -- repeats pairs its days and values, not its claims
  SELECT f.fact_id, f.epoch, f.v, f.h, f.seq_date, f.imposer, f.target, f.product,
         f.measure, arg_min(f.claim_id, (f.article, f.claim_id)) AS claim_id,
         min(f.article) AS article
  FROM fact_claims f
  WHERE f.metric = 'tariff_rate' AND f.imposer = 'US' AND f.in_seq AND NOT f.is_dup
    AND f.status = 'in_effect' AND f.effective IS NULL AND f.part = ''
    AND f.seq_date IS NOT NULL AND f.v IS NOT NULL AND NOT f.date_inferred
    AND NOT (f.is_change OR f.is_prev OR coalesce(f.is_before, false)
             OR coalesce(f.doubtful, false) OR coalesce(f.combined, false)
             OR coalesce(f.penalty, false) OR coalesce(f.key_filled, false))
    AND list_contains($point_hedges, coalesce(f.hedge, 'about'))
    AND (f.fact_id, f.article) NOT IN (  -- an article giving two values of the fact
      SELECT fact_id, article FROM fact_claims
      WHERE NOT is_dup AND NOT is_prev AND v IS NOT NULL AND metric = 'tariff_rate'
      GROUP BY ALL HAVING max(v) - min(v) > 2 * max(h) + 1e-9)
    AND EXISTS (SELECT 1 FROM reference r  -- the key is in the official table
                WHERE r.imposer = f.imposer AND r.target IN (f.target, '*')
                  AND r.product = f.product AND r.measure = f.measure AND r.use_rate)
  GROUP BY ALL
),
pending_days AS (  -- the days a pending value of a fact was told, once per fact and day
  SELECT DISTINCT fact_id, seq_date FROM fact_claims
  WHERE in_seq AND NOT is_dup AND seq_date IS NOT NULL
    AND status IN ('proposed', 'agreed', 'scheduled')
),
standing_p AS (
  SELECT a.claim_id AS ca, b.claim_id AS cb, a.fact_id,
         least(a.seq_date, b.seq_date) AS lo, greatest(a.seq_date, b.seq_date) AS hi,
         a.imposer, a.target, a.product, a.measure
  FROM standing_c a JOIN standing_c b ON b.fact_id = a.fact_id AND b.epoch = a.epoch
   AND a.article < b.article
  WHERE abs(a.v - b.v) > a.h + b.h + 1e-9
    AND abs(date_diff('day', a.seq_date, b.seq_date)) > $window_days
    AND abs(date_diff('day', a.seq_date, b.seq_date)) <= 2 * $total_days
),
standing AS (
  SELECT p.ca, p.cb
  FROM standing_p p ASOF LEFT JOIN pending_days m  -- the first pending day from the span on
    ON m.fact_id = p.fact_id AND p.lo - $window_days <= m.seq_date
  WHERE (m.seq_date IS NULL OR m.seq_date > p.hi)
    AND EXISTS (  -- a row of the key in force over the whole span
      SELECT 1 FROM reference r
      WHERE r.imposer = p.imposer AND r.target IN (p.target, '*')
        AND r.product = p.product AND r.measure = p.measure AND r.use_rate
        AND r.status IN ('in_effect', 'superseded')
        AND r.effective_date <= p.lo AND (r.end_date IS NULL OR r.end_date > p.hi)
        AND NOT EXISTS (SELECT 1 FROM reference q  -- the partner's own row comes first
                        WHERE r.target = '*' AND p.target <> '*' AND q.imposer = p.imposer
                          AND q.target = p.target AND q.product = p.product
                          AND q.measure = p.measure))
    AND NOT EXISTS (  -- no act of the key announced or in force from within the span
      SELECT 1 FROM reference r
      WHERE r.imposer = p.imposer AND r.target IN (p.target, '*')
        AND r.product = p.product AND r.measure = p.measure
        AND ((r.announced_date > p.lo - $window_days AND r.announced_date <= p.hi)
             OR (r.effective_date > p.lo AND r.effective_date <= p.hi)))
),
came_s AS (  -- (h186) scheduled rates the official table has coming in on their day (few);
             -- (h193) or a change told in effect as it came in: its article, published
             -- from the day before its start to $window_days days after it, tells the
             -- fact's move to the rate from that day ("Canada's rate rises to 35 per cent
             -- from today"), which the table confirms as for a scheduled one
  SELECT a.claim_id, a.fact_id, a.epoch, a.article, a.v, a.h, a.effective
  FROM s a
  WHERE a.metric IN ('tariff_rate', 'tax_rate') AND a.effective IS NOT NULL
    AND ((a.status = 'scheduled' AND a.seq_date <= a.effective)
         OR (a.status = 'in_effect' AND a.is_change AND NOT a.date_inferred
             AND a.seq_date >= a.effective - 1
             AND a.seq_date <= a.effective + $window_days))
    AND NOT (a.is_prev OR a.sector)
    AND EXISTS (SELECT 1 FROM reference r  -- the scheduled rate came in, and stayed
                WHERE r.imposer = a.imposer AND r.target IN (a.target, '*')
                  AND r.product = a.product AND r.measure = a.measure AND r.use_rate
                  AND r.status IN ('in_effect', 'superseded')
                  AND abs(r.rate_percent - a.v) <= a.h + 1e-9
                  AND abs(date_diff('day', r.effective_date, a.effective)) <= 1
                  AND (r.end_date IS NULL
                       OR r.end_date > a.effective + INTERVAL ($total_days + $inferred_days) DAY))
),
came_in_p AS (
  -- (h186) a scheduled rate and a later report of another value in effect after its day: an
  -- article tells the fact's rate scheduled from day E (told by E), the official table has
  -- that rate of the key taking effect on E (within a day) and in force past the other
  -- report, and another article, published after E and at most $total_days days on, in the
  -- same epoch (no change of the fact told between them), reports another value in effect
  -- with no start of its own: by then the scheduled rate was in force, so their statuses
  -- explain nothing (a report of the old 12% "still" charged weeks after a rise to 18% came in).
  -- The later value may be no change, previous value, value before a pending change,
  -- doubtful, bound, combined, penalty, part of a flow or key filled in from another claim
  SELECT a.claim_id AS cs, b.claim_id AS cl, a.article AS art_s, b.article AS art_l
  FROM came_s a JOIN fact_claims b ON b.fact_id = a.fact_id AND b.epoch = a.epoch
   AND b.article <> a.article
   AND b.seq_date > a.effective AND b.seq_date <= a.effective + $total_days
  WHERE b.in_seq AND NOT b.is_dup
    AND b.status = 'in_effect' AND b.effective IS NULL AND b.date_value IS NULL
    AND abs(a.v - b.v) > a.h + b.h + 1e-9
    AND NOT (b.is_change OR b.is_prev OR coalesce(b.is_before, false)
             OR coalesce(b.doubtful, false) OR coalesce(b.combined, false)
             OR coalesce(b.penalty, false) OR coalesce(b.key_filled, false))
    AND list_contains($point_hedges, coalesce(b.hedge, 'about'))
    AND b.part = ''
),
came_in AS (
  SELECT CASE WHEN art_s < art_l THEN cs ELSE cl END AS ca,
         CASE WHEN art_s < art_l THEN cl ELSE cs END AS cb
  FROM came_in_p
),
pause_pair AS (
  -- (h133) one extension of a pause told twice: two articles telling, as a change (an
  -- extension), how long the fact's pause was extended, both in effect, within one
  -- publication window (spans, for inferred dates): their epochs differ because each
  -- states the change, but one extension does not follow another within days, so they are
  -- two lengths of the same extension.
  -- (h179) one pause's length told twice, weeks apart: two articles' lengths of the fact's
  -- pause, both in effect, in one epoch (no change of the fact told between them), published
  -- more than $window_days but at most $total_days days apart (dates given, not inferred):
  -- a pause does not change its length untold, so two lengths of it disagree ("extended by
  -- 90 days" in one week, "by 60 more days" five weeks on).
  -- Either is placed by the pause (no guess); neither side may be a previous value, and
  -- neither article may state the other's length (successive lengths told in one article)
  SELECT p.ca, p.cb
  FROM (SELECT a.claim_id AS ca, b.claim_id AS cb, a.fact_id, a.article AS art_a,
               b.article AS art_b, a.v AS va, a.h AS ha, b.v AS vb, b.h AS hb
        FROM s a JOIN s b ON b.fact_id = a.fact_id AND a.article < b.article
        WHERE a.metric = 'pause_length' AND b.metric = 'pause_length'
          AND a.status = 'in_effect' AND b.status = 'in_effect'
          AND NOT (a.is_prev OR b.is_prev)
          AND ((b.epoch <> a.epoch AND a.is_change AND b.is_change  -- (h133)
                AND date_diff('day', a.seq_hi, b.seq_date) <= $window_days
                AND date_diff('day', b.seq_hi, a.seq_date) <= $window_days)
               OR (b.epoch = a.epoch AND NOT (a.date_inferred OR b.date_inferred)  -- (h179)
                   AND abs(date_diff('day', a.seq_date, b.seq_date)) > $window_days
                   AND abs(date_diff('day', a.seq_date, b.seq_date)) <= $total_days))) p
  WHERE NOT EXISTS (SELECT 1 FROM s x
                    WHERE x.fact_id = p.fact_id
                      AND ((x.article = p.art_a AND abs(x.v - p.vb) <= x.h + p.hb + 1e-9)
                           OR (x.article = p.art_b AND abs(x.v - p.va) <= x.h + p.ha + 1e-9)))
),
pj AS (
  -- same publication window (when either claim lacks an effective date); the window
  -- numbers reach two windows either side, which covers $inferred_days <= $window_days
  SELECT a.claim_id AS ca, b.claim_id AS cb, true AS by_pub
  FROM (SELECT s.*, s.wk + o AS jk FROM s, (VALUES (-2), (-1), (0), (1), (2)) t(o)
        WHERE NOT s.is_flow) a
  JOIN s b ON b.fact_id = a.fact_id AND b.wk = a.jk
   AND (b.epoch = a.epoch  -- or dates of one milestone (no move between them: below)
        OR (a.date_value IS NOT NULL AND b.date_value IS NOT NULL
            AND abs(a.v - b.v) <= $milestone_days))
  WHERE NOT b.is_flow AND a.article < b.article AND NOT (a.sector AND b.sector)
    AND (a.effective IS NULL OR b.effective IS NULL)
    AND date_diff('day', a.seq_hi, b.seq_date) <= $window_days
    AND date_diff('day', b.seq_hi, a.seq_date) <= $window_days
  UNION ALL
  -- a sector's start told for one partner and the all-partner dates of that milestone, the
  -- pairs the publication window above left out
  SELECT a.claim_id, b.claim_id, false
  FROM s a JOIN s b ON b.fact_id = a.fact_id AND a.sector <> b.sector
   AND abs(a.v - b.v) <= $milestone_days
  WHERE a.article < b.article AND a.date_value IS NOT NULL AND b.date_value IS NOT NULL
    AND NOT ((a.effective IS NULL OR b.effective IS NULL)
             AND date_diff('day', a.seq_hi, b.seq_date) <= $window_days
             AND date_diff('day', b.seq_hi, a.seq_date) <= $window_days)
  UNION ALL
  -- (h112) one start told before it (scheduled) and after it (in effect), a day apart at
  -- most, whenever each article appeared (the pairs the window above left out): the dates
  -- place both, so it is no guess; a move of the milestone told between them still
  -- separates them (`paired`, below)
  SELECT a.claim_id, b.claim_id, false
  FROM s a JOIN s b ON b.fact_id = a.fact_id AND abs(a.v - b.v) <= 1
  WHERE a.article < b.article AND a.date_value IS NOT NULL AND b.date_value IS NOT NULL
    AND NOT (a.sector OR b.sector) AND NOT (a.is_prev OR b.is_prev)
    AND ((a.status = 'scheduled' AND b.status = 'in_effect' AND a.seq_key <= b.seq_key)
         OR (b.status = 'scheduled' AND a.status = 'in_effect' AND b.seq_key <= a.seq_key))
    AND NOT ((a.effective IS NULL OR b.effective IS NULL)
             AND date_diff('day', a.seq_hi, b.seq_date) <= $window_days
             AND date_diff('day', b.seq_hi, a.seq_date) <= $window_days)
  UNION ALL
  -- (h126) one past start told twice: the pairs the publication window above left out
  SELECT o.ca, o.cb, false
  FROM one_start o JOIN s a ON a.claim_id = o.ca AND NOT a.sector
  JOIN s b ON b.claim_id = o.cb AND NOT b.sector
  WHERE NOT ((b.epoch = a.epoch OR abs(a.v - b.v) <= $milestone_days)
             AND (a.effective IS NULL OR b.effective IS NULL)
             AND date_diff('day', a.seq_hi, b.seq_date) <= $window_days
             AND date_diff('day', b.seq_hi, a.seq_date) <= $window_days)
  UNION ALL
  -- (h172) one past start told twice, once by an undated article (`undated_start`)
  SELECT ca, cb, false FROM undated_start
  UNION ALL
  -- (h133, h179) one pause's length told twice: one extension told within days, or one
  -- pause's length told weeks apart (`pause_pair`)
  SELECT ca, cb, false FROM pause_pair
  UNION ALL
  -- (h104) an undated article's pledge and the dated articles' same pledge (no change told)
  SELECT a.claim_id, u.claim_id, false
  FROM s a JOIN undated_pledge u ON u.fact_id = a.fact_id
  WHERE a.pledge AND a.article < u.article
  UNION ALL
  SELECT u.claim_id, a.claim_id, false
  FROM s a JOIN undated_pledge u ON u.fact_id = a.fact_id
  WHERE a.pledge AND u.article < a.article
  UNION ALL
  -- (h172) an undated article's rate against the one state the dated reports give
  SELECT CASE WHEN art_u < art_d THEN cu ELSE cd END,
         CASE WHEN art_u < art_d THEN cd ELSE cu END, false
  FROM undated_state
  UNION ALL
  -- (h155) one standing rate told twice, months apart (`standing`)
  SELECT ca, cb, false FROM standing
  UNION ALL
  -- (h186) a scheduled rate and another value reported in effect after it came in
  -- (`came_in`), the pairs the publication window left out
  SELECT c.ca, c.cb, false
  FROM came_in c JOIN s a ON a.claim_id = c.ca JOIN s b ON b.claim_id = c.cb
  WHERE NOT ((a.effective IS NULL OR b.effective IS NULL)
             AND date_diff('day', a.seq_hi, b.seq_date) <= $window_days
             AND date_diff('day', b.seq_hi, a.seq_date) <= $window_days)
  UNION ALL
  -- pledges (investment or purchases agreed under a deal, no change told): one pledge,
  -- whatever the dates of the articles restating it; the pairs the window above left out
  SELECT a.claim_id, b.claim_id, false
  FROM s a JOIN s b ON b.fact_id = a.fact_id AND b.epoch = a.epoch
  WHERE a.metric IN ('investment', 'purchase') AND a.article < b.article
    AND a.status = 'agreed' AND b.status = 'agreed' AND NOT a.is_flow AND NOT b.is_flow
    AND NOT (a.is_change OR b.is_change OR a.is_prev OR b.is_prev)
    AND a.effective IS NULL AND b.effective IS NULL
    AND NOT (date_diff('day', a.seq_hi, b.seq_date) <= $window_days
             AND date_diff('day', b.seq_hi, a.seq_date) <= $window_days)
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
list_part AS (  -- amounts their own words name as one list, wave or tranche of several
  SELECT claim_id, w AS list_part
  FROM (SELECT s.claim_id,
               regexp_extract(lower(substr(c.sentence, 1, strpos(c.sentence, c.quote) - 1)),
                              '\b(?:first|second|third|fourth|initial|remaining|another|next|further)'
                              || '(?:\s+[a-z''’-]+){0,2}?\s+(?:wave|tranche|round|list|set|package'
                              || '|batch|phase|stage)s?\b[^$€£¥]*$') AS w
        FROM s JOIN claims c ON c.claim_id = s.claim_id
        WHERE s.kind = 'amount' AND coalesce(c.quote, '') <> ''
          AND strpos(coalesce(c.sentence, ''), c.quote) > 0)
  WHERE w <> ''
),
paces AS (  -- (h179, h200, h208) amounts told as a yearly pace right after the figure ("$20
            -- billion a year": 04's `pace`, rules/lexicon.toml [per_year])
  SELECT claim_id FROM fact_claims WHERE coalesce(pace, false)
),
earlier AS (  -- (h255) a partner's rate of the months before its own rate applied: the
              -- extractor's baseline ("paid 10% over the spring", "the pause brought every
              -- rate down to 10%"), keyed on the partner's country-wide fact by 01 (h252:
              -- its key measure reciprocal, its own measure baseline)
  SELECT f.claim_id FROM fact_claims f JOIN claims c ON c.claim_id = f.claim_id
  WHERE f.metric = 'tariff_rate' AND f.measure = 'reciprocal' AND c.measure = 'baseline'
),
-- amounts of an article that states several different values of the fact in that period:
-- parts (tranches, rounds: "C$30 billion now, C$125 billion later"), not the whole; a value
-- a thousandfold smaller beside it (a price or a unit misread) makes no part of it (h186);
-- (h179) nor a yearly pace or cap of it ("capped at $20 billion a year": `paces`)
several AS (
  SELECT DISTINCT x.claim_id
  FROM s x JOIN s y ON y.fact_id = x.fact_id AND y.part = x.part AND y.article = x.article
  WHERE x.kind = 'amount' AND abs(x.v - y.v) > x.h + y.h + 1e-9
    AND y.claim_id NOT IN (SELECT claim_id FROM paces)
    -- (h186) not beside a figure a thousandfold smaller ("three dollars" a price, beside a
    -- $171.8 billion deficit): no tranche of it; the small one is still one of several
    AND 1000 * abs(y.v) >= abs(x.v)
),
-- (h179) bounds: a rate or amount told as a ceiling or a floor ("up to 50%", "at least
-- $10 billion"), no value the fact holds, so it holds no steady state with another report
bounds AS (
  SELECT claim_id FROM fact_claims
  WHERE NOT list_contains($point_hedges, coalesce(hedge, 'about'))
),
-- (h233) floors and ceilings ("well over $40 billion", "up to 50%"), with the side of the
-- bound their values lie on (`dir`: 1 above a floor, -1 below a ceiling)
bound_dirs AS (
  SELECT claim_id, CASE WHEN list_contains($floor_hedges, hedge) THEN 1 ELSE -1 END AS dir
  FROM fact_claims
  WHERE list_contains($floor_hedges, hedge) OR list_contains($ceiling_hedges, hedge)
),
-- (h186) articles that give two values of a fact, neither told as the old one (a plan's
-- phases, "12% from 2027, then 24%", both read in effect; a sum beside its parts): no
-- single state of the fact, so no claim of theirs holds a steady one
two_valued AS (
  SELECT fact_id, article FROM fact_claims
  WHERE NOT is_dup AND NOT is_prev AND v IS NOT NULL
  GROUP BY ALL HAVING max(v) - min(v) > 2 * max(h) + 1e-9
),
-- the same amount stated in another currency by both articles, agreeing: they speak of the
-- same pledge or flow, whatever their dates
twin AS (
  SELECT DISTINCT x.metric, x.imposer, x.target, x.product, x.measure, x.unit,
         x.article AS art_a, y.article AS art_b
  FROM s x JOIN s y ON y.fact_id = x.fact_id AND x.article < y.article
  WHERE x.converted AND y.converted AND abs(x.v - y.v) <= x.h + y.h + 1e-9
),
-- (h264) the old values an article gives of a fact it tells changed (its previous values),
-- once per fact and article: a change's new value against another article's value equal to
-- that old value is the change over time ("would lift the 50% tariff" ... 25% beside it,
-- against another report's 50%), unless known dates put the other report after the change
changed_from AS (
  SELECT fact_id, article, list(v) AS vs, max(h) AS h FROM fact_claims
  WHERE is_prev AND NOT is_dup AND v IS NOT NULL AND date_value IS NULL
  GROUP BY ALL
),
pv AS (  -- previous rates of articles placed in time (or in effect before a pending change)
  SELECT claim_id, fact_id, article, v, h, seq_date,
         seq_date + CASE WHEN date_inferred THEN $inferred_days ELSE 0 END AS seq_hi
  FROM fact_claims
  WHERE (is_prev OR coalesce(is_before, false)) AND NOT is_dup AND v IS NOT NULL
    AND seq_date IS NOT NULL
    AND metric IN ('tariff_rate', 'tax_rate') AND comparable
),
nv AS (  -- the values those articles move to: their other claims stating the change
  SELECT n.claim_id, n.fact_id, n.article, n.v, n.h, n.in_seq,
         coalesce(n.doubtful, false) AS doubtful
  FROM fact_claims n
  WHERE n.is_change AND NOT n.is_prev AND NOT n.is_restated AND NOT n.is_dup
    AND NOT coalesce(n.is_before, false) AND n.v IS NOT NULL
    AND EXISTS (SELECT 1 FROM pv WHERE pv.fact_id = n.fact_id AND pv.article = n.article)
),
lone AS (  -- previous rates of articles that state no new value of the fact ("tariffs on
           -- cars were slashed from 27.5%"): the change is told, with its new value, by others
  SELECT pv.* FROM pv JOIN fact_claims f ON f.claim_id = pv.claim_id
  WHERE f.is_prev
    AND NOT EXISTS (SELECT 1 FROM nv WHERE nv.fact_id = pv.fact_id AND nv.article = pv.article)
),
told_with AS (  -- (h216) a previous value and the new value of the fact its own sentence
                -- moves it to ("to 10% from 20%"): the change that previous value is the
                -- old side of. Another sentence's new value is another change's, or the old
                -- value is another fact's slip ("the fentanyl tariff is 10%, down from 20%.
                -- The total is now 20%" keys "from 20%" to the total too: a step of none).
                -- When its sentence's only move is paused ("the rise from 10% to 34% is
                -- suspended"), the move did not come, and the article's other new values
                -- ("the 10% stays") tell the state after the change
  -- (rows of pv and nv chosen by the join in tied_all; a claim with no sentence known,
  -- sentence_key NULL, is taken as told with every other such claim of its article)
  SELECT p.claim_id AS cp, n.claim_id AS cn
  FROM fact_claims p JOIN fact_claims n ON n.fact_id = p.fact_id AND n.article = p.article
   AND n.is_change AND NOT n.is_prev
  WHERE p.is_prev OR coalesce(p.is_before, false)
  WINDOW w AS (PARTITION BY p.claim_id)
  QUALIFY n.sentence_key IS NOT DISTINCT FROM p.sentence_key
       OR (bool_or(n.sentence_key IS NOT DISTINCT FROM p.sentence_key) OVER w
           AND bool_and(n.sentence_key IS DISTINCT FROM p.sentence_key
                        OR n.status = 'paused') OVER w)
),
proposal_prev AS (  -- (h224) previous values told as a proposal ("15%, instead of the 30%
                   -- threatened for Aug. 1"; "against the 20% announced in April"): a rate
                   -- promised or threatened before a settlement, one of several that may
                   -- precede it (an April rate, a July threat, then a deal), not the state
                   -- just before the change ([previous_value_verbs] proposal)
  -- (the claims' own previous rates, read before any join: a join of the claims' text
  -- with pv did not fit the 128 MB bound of tests/store/test_memory_limit.py)
  SELECT c.claim_id FROM claims c
  WHERE c.status = 'previous' AND c.kind = 'rate' AND coalesce(c.quote, '') <> ''
    AND strpos(coalesce(c.sentence, ''), c.quote) > 0
    AND regexp_matches(lower(substr(c.sentence, strpos(c.sentence, c.quote))),
                       $proposal_after)
),
two_told AS (  -- (h140) two new values one article states for a fact's change ("to 125%,
               -- 145% with the other duty"): the gap between the two bases it tells
  SELECT DISTINCT x.fact_id, x.article, x.v AS lo, y.v AS hi, x.h + y.h AS gh
  FROM nv x JOIN nv y ON y.fact_id = x.fact_id AND y.article = x.article
   AND y.v > x.v + x.h + y.h + 1e-9
),
tied_all AS (  -- previous values of two articles and the change that ties them
  SELECT CASE WHEN l.article < pb.article THEN l.claim_id ELSE pb.claim_id END AS pa,
         CASE WHEN l.article < pb.article THEN pb.claim_id ELSE l.claim_id END AS pb,
         NULL AS na, nb.claim_id AS nb, false AS new_differ, 'lone_prev' AS tie
  FROM lone l
  JOIN pv pb ON pb.fact_id = l.fact_id AND pb.article <> l.article
   AND date_diff('day', l.seq_hi, pb.seq_date) <= $total_days
   AND date_diff('day', pb.seq_hi, l.seq_date) <= $total_days
  JOIN nv nb ON nb.fact_id = pb.fact_id AND nb.article = pb.article
   -- (h179) not a doubtful new value ("the 25% duty plus the normal 2.5%": the ordinary
   -- duty, its party read from farther away), which may be no new value of the fact
   AND NOT nb.doubtful
  WHERE abs(l.v - pb.v) > l.h + pb.h + 1e-9
    AND abs(l.v - pb.v) + l.h + pb.h < abs(nb.v - pb.v)
    AND abs(l.v - nb.v) > l.h + nb.h + 1e-9
  UNION ALL
  SELECT pa.claim_id AS pa, pb.claim_id AS pb, na.claim_id AS na, nb.claim_id AS nb,
         na.in_seq AND nb.in_seq AND abs(na.v - nb.v) > na.h + nb.h + 1e-9 AS new_differ,
         CASE WHEN abs(na.v - nb.v) <= na.h + nb.h + 1e-9 THEN 'same_new'
              WHEN abs((na.v - pa.v) - (nb.v - pb.v)) <= pa.h + pb.h + na.h + nb.h + 1e-9
               AND abs(na.v - pa.v) > pa.h + na.h + 1e-9
               AND abs(pa.v - pb.v) < abs(na.v - pa.v)
               AND abs(pb.v - na.v) > pb.h + na.h + 1e-9
               AND abs(pa.v - nb.v) > pa.h + nb.h + 1e-9 THEN 'same_step' END AS tie
  FROM pv pa
  JOIN pv pb ON pb.fact_id = pa.fact_id AND pa.article < pb.article
   AND date_diff('day', pa.seq_hi, pb.seq_date) <= $total_days
   AND date_diff('day', pb.seq_hi, pa.seq_date) <= $total_days
  JOIN nv na ON na.fact_id = pa.fact_id AND na.article = pa.article
  JOIN nv nb ON nb.fact_id = pb.fact_id AND nb.article = pb.article
  -- (h216) each side's new value is the one its previous value's sentence moves to
  JOIN told_with wa ON wa.cp = pa.claim_id AND wa.cn = na.claim_id
  JOIN told_with wb ON wb.cp = pb.claim_id AND wb.cn = nb.claim_id
),
tied AS (  -- (h140) not two previous values as far apart as two bases one of the two
           -- articles states side by side for the new value: each is the value before the
           -- change on one of those bases (84% before 125%, 104% before 145% = 125% + 20%:
           -- both by the same step),
           -- no disagreement; and not two new values of a same step when either article
           -- states the other's new value itself (it tells both bases)
  SELECT t.* REPLACE (
           t.new_differ AND NOT EXISTS (
             SELECT 1 FROM fact_claims x JOIN fact_claims na ON na.claim_id = t.na
             JOIN fact_claims nb ON nb.claim_id = t.nb
             WHERE x.fact_id = na.fact_id AND x.in_seq AND NOT x.is_prev
               AND ((x.article = na.article AND abs(x.v - nb.v) <= x.h + nb.h + 1e-9)
                    OR (x.article = nb.article AND abs(x.v - na.v) <= x.h + na.h + 1e-9)))
           AS new_differ)
  FROM tied_all t
  -- (h208) not a new value in common when one article's previous value is a rate in effect
  -- that the other article gives as a new value of the change ("dropped to 10% ... and to 20%
  -- from 30%" beside "rose from 10% to 20%"): that article moves from the other's new
  -- state, or tells the change the other way round, so its old value is no second account
  -- of the period before one change. A pending or paused new value is no state to move
  -- from: "from 34% to 10%", agreed, beside "from 10%, 10% kept and the 34% still
  -- suspended" still ties 34% and 10% as two accounts of the rate before the change
  WHERE NOT (t.tie = 'same_new' AND EXISTS (
          SELECT 1 FROM nv x JOIN fact_claims a ON a.claim_id = t.pa
          JOIN fact_claims b ON b.claim_id = t.pb
          JOIN fact_claims xf ON xf.claim_id = x.claim_id
          WHERE x.fact_id = a.fact_id AND xf.status = 'in_effect'
            AND ((x.article = a.article AND abs(x.v - b.v) <= x.h + b.h + 1e-9)
                 OR (x.article = b.article AND abs(x.v - a.v) <= x.h + a.h + 1e-9))))
    -- (h224) two old values of one new value, one of them told as a proposal: two
    -- stages before one settlement (successive, not two accounts of one period)
    AND NOT (t.tie IN ('same_new', 'lone_prev')
             AND EXISTS (SELECT 1 FROM proposal_prev x WHERE x.claim_id IN (t.pa, t.pb)))
    AND NOT EXISTS (SELECT 1 FROM two_told w JOIN fact_claims a ON a.claim_id = t.pa
                    JOIN fact_claims b ON b.claim_id = t.pb
                    WHERE w.fact_id = a.fact_id AND w.article IN (a.article, b.article)
                      AND abs((w.hi - w.lo) - abs(a.v - b.v)) <= w.gh + a.h + b.h + 1e-9
                      -- (each moves to its base by the same step, a change: 10% and 34%
                      -- beside a kept 10% and a paused 34% are no step; nor a step as
                      -- large as the gap: "from 10% to 25%, then 40%" beside "from 25%" is
                      -- a chain told in one article, successive states)
                      AND abs(w.lo - least(a.v, b.v)) > w.gh + a.h + b.h + 1e-9
                      AND abs(w.lo - greatest(a.v, b.v)) > w.gh + a.h + b.h + 1e-9)
),
steps AS (  -- the changes articles state: from a previous value to a new one
  SELECT DISTINCT p.fact_id, p.article, p.v AS v_from, p.h AS h_from, n.v AS v_to, n.h AS h_to
  FROM pv p JOIN nv n ON n.fact_id = p.fact_id AND n.article = p.article
),
step_kinds AS (  -- the steps of a fact by their values, with how many articles state each
                -- and two of them: a tied pair needs one article besides its own two, so
                -- with three or more any will do, and with one or two these are all of them
                -- (every step against every tied pair of a fact grew with the cube of its
                -- claims: 5.3 of 6.9 s of its profile at 3,000 articles)
  SELECT fact_id, v_from, h_from, v_to, h_to, count(DISTINCT article) AS n_art,
         min(article) AS art_1, max(article) AS art_2
  FROM steps GROUP BY ALL
),
tp AS (  -- the tied pairs with their values
  SELECT DISTINCT t.pa, t.pb, a.fact_id, a.v AS v_a, a.h AS h_a, b.v AS v_b, b.h AS h_b,
         a.article AS art_a, b.article AS art_b
  FROM tied t JOIN fact_claims a ON a.claim_id = t.pa
  JOIN fact_claims b ON b.claim_id = t.pb
  WHERE t.tie IS NOT NULL
),
tv AS (  -- the steps between the values of a tied pair, once per pair of values
  SELECT v.fact_id, v.v_a, v.h_a, v.v_b, v.h_b, x.n_art, x.art_1, x.art_2
  FROM (SELECT DISTINCT fact_id, v_a, h_a, v_b, h_b FROM tp) v
  JOIN step_kinds x ON x.fact_id = v.fact_id
  WHERE (abs(x.v_from - v.v_a) <= x.h_from + v.h_a + 1e-9
         AND abs(x.v_to - v.v_b) <= x.h_to + v.h_b + 1e-9)
     OR (abs(x.v_from - v.v_b) <= x.h_from + v.h_b + 1e-9
         AND abs(x.v_to - v.v_a) <= x.h_to + v.h_a + 1e-9)
),
joined AS (  -- two previous values a third article joins by a change (successive states);
             -- the steps joined on the fact first (as a correlated NOT EXISTS, DuckDB lost
             -- that key and compared every step with every tied pair: ~10 s at 8,000 claims)
  SELECT DISTINCT t.pa, t.pb
  FROM tp t JOIN tv x ON x.fact_id = t.fact_id AND x.v_a = t.v_a AND x.v_b = t.v_b
   AND x.h_a IS NOT DISTINCT FROM t.h_a AND x.h_b IS NOT DISTINCT FROM t.h_b
  WHERE (x.n_art > 2 OR x.art_1 NOT IN (t.art_a, t.art_b)
         OR x.art_2 NOT IN (t.art_a, t.art_b))
),
tj AS (  -- one row per tied pair: the previous values, and the new values of a same step;
         -- not two previous values a third article joins by a change (`joined`)
  SELECT pa AS ca, pb AS cb, min(tie) AS tie FROM tied t
  WHERE tie IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM joined j WHERE j.pa = t.pa AND j.pb = t.pb)
  GROUP BY ALL
  UNION ALL
  SELECT DISTINCT na, nb, tie FROM tied WHERE tie = 'same_step' AND new_differ
),
held_p AS (  -- (h95) previous rates of articles stating a change of the fact to a new
               -- value, one previous value per article and fact, and the day T the
               -- period they describe ended (see the header)
  SELECT p.claim_id, p.fact_id, p.article, p.v, p.h, p.combined, p.key_filled,
         least(p.seq_date, n.eff,
               (SELECT min(o.seq_date) FROM fact_claims o
                WHERE o.fact_id = p.fact_id AND o.article <> p.article AND o.is_change
                  AND o.in_seq AND NOT o.is_dup AND o.seq_date IS NOT NULL
                  AND o.seq_date >= p.seq_date - $total_days
                  AND EXISTS (SELECT 1 FROM nv x
                              WHERE x.fact_id = p.fact_id AND x.article = p.article
                                AND abs(x.v - o.v) <= x.h + o.h + 1e-9))) AS t_end
  FROM fact_claims p
  JOIN (SELECT fact_id, article, min(effective) AS eff FROM fact_claims
        WHERE is_change AND NOT is_prev AND NOT is_dup AND v IS NOT NULL
          AND NOT coalesce(is_before, false) AND NOT is_restated
        GROUP BY ALL) n ON n.fact_id = p.fact_id AND n.article = p.article
  WHERE p.is_prev AND NOT p.is_dup AND p.v IS NOT NULL AND p.seq_date IS NOT NULL
    AND p.comparable AND p.metric IN ('tariff_rate', 'tax_rate')
    AND NOT coalesce(p.doubtful, false)
    AND list_contains($point_hedges, coalesce(p.hedge, 'about'))
    AND NOT EXISTS (SELECT 1 FROM fact_claims q  -- one previous value in its article
                    WHERE q.fact_id = p.fact_id AND q.article = p.article AND q.is_prev
                      AND NOT q.is_dup AND abs(q.v - p.v) > q.h + p.h + 1e-9)
),
held_c AS (  -- (h95) other articles' rates in effect that such a period may hold
  SELECT f.claim_id, f.fact_id, f.article, f.v, f.h, f.combined, f.seq_date,
         f.seq_date + CASE WHEN f.date_inferred THEN $inferred_days ELSE 0 END AS seq_hi,
         f.metric, f.imposer, f.target, f.product, f.measure, f.effective, f.key_filled
  FROM fact_claims f
  WHERE f.in_seq AND NOT f.is_dup AND f.status = 'in_effect' AND f.part = ''
    -- (a bound, "up to 25%", is no value of the rate)
    AND list_contains($point_hedges, coalesce(f.hedge, 'about'))
    AND f.metric IN ('tariff_rate', 'tax_rate') AND f.v IS NOT NULL
    AND NOT (f.is_change OR f.is_prev OR coalesce(f.is_before, false)
             OR coalesce(f.doubtful, false))
),
held AS (  -- (h95) a previous value and the value in effect just before its change
  SELECT p.claim_id AS cp, c.claim_id AS cc, p.article AS art_p, c.article AS art_c,
         p.t_end - 1 AS held_until
  FROM held_p p
  JOIN held_c c ON c.fact_id = p.fact_id AND c.article <> p.article
   AND c.seq_hi < p.t_end AND c.seq_date >= p.t_end - $window_days
   AND (c.effective IS NULL OR c.effective < p.t_end)  -- (a start after it: no state then)
   AND coalesce(c.combined, false) = coalesce(p.combined, false)
   -- (a key filled in from another claim is no basis of its own)
   AND NOT coalesce(c.key_filled, false) AND NOT coalesce(p.key_filled, false)
  WHERE NOT EXISTS (SELECT 1 FROM fact_claims a  -- not a value the article states itself
                    WHERE a.fact_id = p.fact_id AND a.article = p.article AND NOT a.is_dup
                      AND a.v IS NOT NULL AND abs(a.v - c.v) <= a.h + c.h + 1e-9)
    AND NOT EXISTS (SELECT 1 FROM change_days m  -- no change told in between
                    WHERE m.fact_id = p.fact_id AND m.seq_date >= c.seq_date
                      AND m.seq_date < p.t_end)
    AND NOT EXISTS (SELECT 1 FROM fact_claims x  -- nor another value reported since (of
                                                 -- any status: c is the last state known)
                    WHERE x.fact_id = p.fact_id AND x.article NOT IN (p.article, c.article)
                      AND x.in_seq AND NOT x.is_dup
                      AND x.seq_date >= c.seq_date AND x.seq_date < p.t_end
                      AND abs(x.v - c.v) > x.h + c.h + 1e-9)
    AND NOT EXISTS (SELECT 1 FROM fact_claims y  -- nor an article giving two values of it
                    WHERE y.fact_id = c.fact_id AND y.article = c.article AND NOT y.is_dup
                      AND y.v IS NOT NULL AND abs(y.v - c.v) > y.h + c.h + 1e-9)
    AND c.claim_id NOT IN (SELECT claim_id FROM several)
    AND NOT EXISTS (  -- nor a gap that another measure's rate in effect on the same goods
                      -- fills (one side counts a duty the other leaves out: two bases)
      SELECT 1 FROM fact_claims o
      WHERE o.metric = c.metric AND o.imposer IS NOT DISTINCT FROM c.imposer
        AND o.target IS NOT DISTINCT FROM c.target
        AND o.product IS NOT DISTINCT FROM c.product
        AND o.measure IS DISTINCT FROM c.measure AND o.fact_id <> c.fact_id
        AND o.in_seq AND NOT o.is_dup AND NOT o.is_prev AND o.status = 'in_effect'
        AND o.seq_date >= c.seq_date - $total_days AND o.seq_date < p.t_end
        AND abs(o.v - abs(p.v - c.v)) <= o.h + p.h + c.h + 1e-9)
),
c AS (  -- the claims pairs are made of: those in comparisons and the tied previous values
  SELECT claim_id, fact_id, article, source, v, h, kind, metric, imposer, target, product,
         measure, unit, status, quote, quote_start, seq_date, seq_key, date_value,
         date_inferred, doubtful, pledge,
         pause_word AND (fact_id, article, v) NOT IN (SELECT fact_id, article, v FROM plain)
           AS pause_word, part, is_prev, is_change, sector,
         (is_change AND claim_id NOT IN (SELECT claim_id FROM rate_cued))
           OR (fact_id, article, v) IN (SELECT fact_id, article, v FROM moves) AS moved
  FROM s
  UNION ALL
  SELECT claim_id, fact_id, article, source, v, h, kind, metric, imposer, target, product,
         measure, unit, status, quote, quote_start, seq_date, seq_key, date_value,
         date_inferred, doubtful, false, pause_word, part, is_prev, is_change, false,
         is_change
  FROM fact_claims
  WHERE claim_id IN (SELECT pa FROM tied UNION SELECT pb FROM tied
                     UNION SELECT cp FROM held)  -- (h95: and held previous values)
    AND claim_id NOT IN (SELECT claim_id FROM s)
  UNION ALL
  -- (h104) undated pledges (placed by the pledge: `pledge`)
  SELECT claim_id, fact_id, article, source, v, h, kind, metric, imposer, target, product,
         measure, unit, status, quote, quote_start, seq_date, seq_key, date_value,
         date_inferred, doubtful, true, pause_word, part, is_prev, is_change, false, false
  FROM undated_pledge
  UNION ALL
  -- (h172) undated rates against the one dated state (`undated_state`)
  SELECT claim_id, fact_id, article, source, v, h, kind, metric, imposer, target, product,
         measure, unit, status, quote, quote_start, seq_date, seq_key, date_value,
         date_inferred, doubtful, false, pause_word, part, is_prev, is_change, false, false
  FROM undated_state_c
  WHERE claim_id IN (SELECT cu FROM undated_state)
  UNION ALL
  -- (h172) undated starts told twice (`undated_start`)
  SELECT claim_id, fact_id, article, source, v, h, kind, metric, imposer, target, product,
         measure, unit, status, quote, quote_start, seq_date, seq_key, date_value,
         date_inferred, doubtful, false, pause_word, part, is_prev, is_change, false, false
  FROM fact_claims
  WHERE claim_id IN (SELECT cu FROM undated_start_p)
    AND claim_id NOT IN (SELECT cu FROM undated_state)
),
pairs AS (
  SELECT ca, cb, by_pub, NULL::VARCHAR AS tie, NULL::DATE AS held_until FROM pj
  UNION ALL
  SELECT ca, cb, false, tie, NULL FROM tj
  WHERE NOT EXISTS (SELECT 1 FROM pj WHERE pj.ca = tj.ca AND pj.cb = tj.cb)
  UNION ALL
  -- (h95) a previous value and the value in effect just before its change (`held`)
  SELECT h.ca, h.cb, false, 'prev_held', max(h.held_until)
  FROM (SELECT CASE WHEN art_p < art_c THEN cp ELSE cc END AS ca,
               CASE WHEN art_p < art_c THEN cc ELSE cp END AS cb, held_until FROM held) h
  WHERE NOT EXISTS (SELECT 1 FROM pj WHERE pj.ca = h.ca AND pj.cb = h.cb)
    AND NOT EXISTS (SELECT 1 FROM tj WHERE tj.ca = h.ca AND tj.cb = h.cb)
  GROUP BY h.ca, h.cb
),
paired AS (  -- every pair with its columns; `steady` still needs a quiet span (below)
SELECT a.fact_id, a.part, a.claim_id AS ca, b.claim_id AS cb, a.article AS art_a,
       b.article AS art_b, a.v AS va, b.v AS vb, a.h + b.h AS tol,
       a.source AS src_a, b.source AS src_b, a.quote AS q_a, b.quote AS q_b,
       a.seq_date AS sd_a, b.seq_date AS sd_b, a.seq_key AS sk_a, b.seq_key AS sk_b,
       a.quote_start AS qs_a, b.quote_start AS qs_b,
       a.date_value AS dv_a, b.date_value AS dv_b,
       abs(a.v - b.v) <= CASE WHEN a.date_value IS NOT NULL AND b.date_value IS NOT NULL
                                   AND coalesce(a.pause_word, false)
                                       = coalesce(b.pause_word, false)
                              THEN 0.5 ELSE a.h + b.h END + 1e-9 AS agree,
       (pj.by_pub AND (a.date_inferred OR b.date_inferred)
        AND NOT (a.pledge AND b.pledge)  -- one pledge, placed by it (whatever the dates)
        AND NOT (a.date_value IS NOT NULL AND b.date_value IS NOT NULL
                 AND abs(a.v - b.v) <= $milestone_days)
        AND NOT EXISTS (SELECT 1 FROM twin t
                        WHERE t.art_a = a.article AND t.art_b = b.article
                          AND t.metric = a.metric AND t.unit <> a.unit
                          AND t.imposer IS NOT DISTINCT FROM a.imposer
                          AND t.target IS NOT DISTINCT FROM a.target
                          AND t.product IS NOT DISTINCT FROM a.product
                          AND t.measure IS NOT DISTINCT FROM a.measure))
         OR a.doubtful OR b.doubtful
         OR a.claim_id IN (SELECT claim_id FROM several)
         OR b.claim_id IN (SELECT claim_id FROM several)
         -- two lists, or a list and what may be the whole (`list_part`)
         OR la.list_part IS NOT NULL OR lb.list_part IS NOT NULL
         -- (h95) a previous value held until its change is placed by both publications
         OR coalesce(pj.tie = 'prev_held' AND (a.date_inferred OR b.date_inferred), false)
         -- (h264) a change's new value against the old value its own article gives, told
         -- by another article within an inferred date's span of it: only that guess puts
         -- the other report after the change (before it, the two are the change over time,
         -- an update)
         OR coalesce(pj.tie IS NULL AND (a.date_inferred OR b.date_inferred)
                     AND abs(a.seq_date - b.seq_date) <= $inferred_days
                     AND ((a.is_change AND len(list_filter(oa.vs, lambda x: abs(x - b.v)
                                                           <= oa.h + b.h + 1e-9)) > 0)
                          OR (b.is_change AND len(list_filter(ob.vs, lambda x: abs(x - a.v)
                                                              <= ob.h + a.h + 1e-9)) > 0)),
                     false)
           AS guess,
       -- statuses of one change told twice (a tie) do not explain a gap between its values
       -- (h169) nor do statuses of a flow over a year both articles write after: a
       -- statistic of a period gone by is a count, neither pending nor in force
       coalesce(a.status IS NOT NULL AND b.status IS NOT NULL AND a.status <> b.status
                AND NOT (a.is_prev OR b.is_prev), false) AND pj.tie IS NULL
         AND NOT (a.sector OR b.sector)
         -- (h186) nor a scheduled rate and a report after it came in (`came_in`)
         AND (pj.ca, pj.cb) NOT IN (SELECT ca, cb FROM came_in)
         AND NOT coalesce(TRY_CAST(substr(a.part, 1, 4) AS INTEGER)
                            < least(year(a.seq_date), year(b.seq_date)), false) AS explained,
       pj.tie, pj.held_until,
       -- (h126) one past start told twice: far dates that still disagree (08)
       (pj.ca, pj.cb) IN (SELECT ca, cb FROM one_start UNION ALL
                          SELECT ca, cb FROM undated_start) AS one_start,
       -- steady (h66): a pair placed by an inferred date that still speaks of one state:
       -- both values (not dates) in effect, neither a change, a previous value, doubtful
       -- or one of several parts (or lists: `list_part`), nor a bound ("up to 50%",
       -- h179: `bounds`), nor of an article giving two values of the fact (h186:
       -- `two_valued`, as 08's far pairs need one value per article), and no change of the fact
       -- stated by any article from
       -- $window_days days before the earlier publication to $window_days days after the
       -- later one's latest possible day (08_pair_groups.sql: such a pair may make a
       -- conflict on its own); here the first part, and the span that must be quiet
       coalesce(pj.by_pub AND (a.date_inferred OR b.date_inferred)
                AND a.date_value IS NULL AND b.date_value IS NULL AND pj.tie IS NULL
                AND a.status = 'in_effect' AND b.status = 'in_effect'
                AND NOT (a.doubtful OR b.doubtful OR a.is_prev OR b.is_prev
                         OR a.is_change OR b.is_change)
                AND a.claim_id NOT IN (SELECT claim_id FROM several)
                AND b.claim_id NOT IN (SELECT claim_id FROM several)
                AND a.claim_id NOT IN (SELECT claim_id FROM bounds)
                AND b.claim_id NOT IN (SELECT claim_id FROM bounds)
                -- (h186) nor a side whose article gives another value of the fact
                AND (a.fact_id, a.article) NOT IN (SELECT fact_id, article FROM two_valued)
                AND (b.fact_id, b.article) NOT IN (SELECT fact_id, article FROM two_valued)
                AND la.list_part IS NULL AND lb.list_part IS NULL, false) AS may_be_steady,
       least(a.seq_date, b.seq_date) - $window_days AS quiet_from,
       greatest(a.seq_date, b.seq_date) + $inferred_days + $window_days AS quiet_to
FROM pairs pj JOIN c a ON a.claim_id = pj.ca
JOIN c b ON b.claim_id = pj.cb AND b.fact_id = a.fact_id  -- (a sector copy: one of its facts)
LEFT JOIN list_part la ON la.claim_id = a.claim_id
LEFT JOIN list_part lb ON lb.claim_id = b.claim_id
LEFT JOIN bound_dirs xa ON xa.claim_id = a.claim_id  -- (h233) a floor or a ceiling
LEFT JOIN bound_dirs xb ON xb.claim_id = b.claim_id
LEFT JOIN changed_from oa ON oa.fact_id = a.fact_id AND oa.article = a.article
LEFT JOIN changed_from ob ON ob.fact_id = b.fact_id AND ob.article = b.article
WHERE (NOT (a.date_value IS NOT NULL AND b.date_value IS NOT NULL  -- not one milestone,
            AND abs(a.v - b.v) <= $milestone_days)                  -- or none moved it:
   OR (NOT ((a.is_prev OR b.is_prev) AND (a.is_change OR b.is_change))
      AND NOT EXISTS (  -- a stated move of this milestone between them (for an old
                        -- deadline given as previous: up to then)
        SELECT 1 FROM move_days m
        WHERE m.fact_id = a.fact_id
          AND (abs(m.v - a.v) <= $milestone_days OR abs(m.v - b.v) <= $milestone_days)
          AND CASE WHEN a.is_prev OR b.is_prev
                   THEN m.seq_key <= greatest(a.seq_key, b.seq_key)
                   ELSE (m.seq_key, 1) > least((a.seq_key, CAST(a.moved AS INTEGER)),
                                               (b.seq_key, CAST(b.moved AS INTEGER)))
                    AND (m.seq_key, 1) <= greatest((a.seq_key, CAST(a.moved AS INTEGER)),
                                                   (b.seq_key, CAST(b.moved AS INTEGER)))
              END)))
  -- (h186, h200, h208) nor a yearly pace ("roughly $250 billion a year": `paces`) and a
  -- figure not told as one: a pace and a total are two quantities, so they neither agree
  -- (an agreeing pace excuses no disagreement about the total) nor disagree
  AND (a.claim_id IN (SELECT claim_id FROM paces)) = (b.claim_id IN (SELECT claim_id FROM paces))
  -- (h255) nor a partner's rate of the months before its own (`earlier`) and a rate of the
  -- partner told with no such months: two periods of one timeline, the spring's 10% before
  -- the country rate (an update), so they neither disagree nor, agreeing, excuse another
  -- disagreement; two rates of those months are compared as before
  AND (a.claim_id IN (SELECT claim_id FROM earlier)) = (b.claim_id IN (SELECT claim_id FROM earlier))
  -- (h233) nor a bound and a plain value it admits ("the levy reaches more than $30
  -- billion of those sales" beside another article's $70 billion of the whole; "up to
  -- 50%" beside 25%): a floor or a ceiling is no value the fact holds, so a value on its
  -- open side neither disagrees with it nor, agreeing, excuses another disagreement; a
  -- value past the bound ("more than $100 billion" against $80 billion) still disagrees,
  -- values within the stated precision still agree, and two bounds are compared as
  -- before ("more than $250,000,000" and "more than $250 billion": one statement quoted
  -- two ways)
  AND NOT coalesce(a.date_value IS NULL AND b.date_value IS NULL
                   AND abs(a.v - b.v) > a.h + b.h + 1e-9
                   AND ((xa.dir IS NULL) <> (xb.dir IS NULL))
                   AND (coalesce(xa.dir, 0) * (b.v - a.v) > 0
                        OR coalesce(xb.dir, 0) * (a.v - b.v) > 0), false)
  -- (h169) nor two dates of the key reported on either side of an official act announced
  -- between the reports that sets the later report's date and not the earlier's: the act
  -- moved the milestone (a letter's August 1, then the order's August 7), an update
  AND NOT coalesce(a.date_value IS NOT NULL AND b.date_value IS NOT NULL
                   AND a.seq_date <> b.seq_date AND EXISTS (
    SELECT 1 FROM reference r
    WHERE r.imposer = a.imposer AND r.target IN (a.target, '*') AND r.product = a.product
      AND r.measure = a.measure AND r.use_date
      AND r.announced_date > least(a.seq_date, b.seq_date)
      AND r.announced_date <= greatest(a.seq_date, b.seq_date)
      AND abs(date_diff('day', r.effective_date, CASE WHEN a.seq_date > b.seq_date
                                                      THEN a.date_value
                                                      ELSE b.date_value END)) <= 1
      AND abs(date_diff('day', r.effective_date, CASE WHEN a.seq_date > b.seq_date
                                                      THEN b.date_value
                                                      ELSE a.date_value END)) > 1), false)
),
spans AS (  -- the spans a steady pair needs quiet, once per fact and span (pairs of a large
            -- fact share a few hundred publication days)
  SELECT DISTINCT fact_id, quiet_from, quiet_to FROM paired WHERE may_be_steady
),
quiet AS (  -- those with no change day in them: the first change day from the span's start
            -- on (an ASOF join: one row per span) is none, or after its end
  SELECT q.fact_id, q.quiet_from, q.quiet_to
  FROM spans q ASOF LEFT JOIN change_days m
    ON m.fact_id = q.fact_id AND q.quiet_from <= m.seq_date
  WHERE m.seq_date IS NULL OR m.seq_date > q.quiet_to
)
SELECT p.* EXCLUDE (may_be_steady, quiet_from, quiet_to),
       p.may_be_steady AND q.fact_id IS NOT NULL AS steady
FROM paired p LEFT JOIN quiet q
  ON p.may_be_steady AND q.fact_id = p.fact_id
 -- (NOT DISTINCT: a span with no date is quiet, as the NOT EXISTS it replaced had it)
 AND q.quiet_from IS NOT DISTINCT FROM p.quiet_from AND q.quiet_to IS NOT DISTINCT FROM p.quiet_to
