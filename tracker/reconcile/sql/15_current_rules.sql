-- The RULES of the current values, written once: the status-aware current value of a fact as
-- of a date, for every (fact, date) of the relation `current_points(fact_id, d)` that the
-- query including this text defines (driver.sql puts it in at the file's RULES mark):
-- stage 15 reads every fact at one date D (the latest evidence, or the date asked), stage
-- 15b every fact at each date where one of its inputs changes. A NULL d
-- reads all the evidence with no date reached (what 15 does when nothing is dated). One row
-- per point that has evidence by then: the point's `d`, then the columns of CURRENT_COLUMNS
-- but `as_of`, and `said_on` (the report the value comes from).
--
-- The latest evidence published up to d wins (not a duplicate, previous or restated value;
-- in the same article an in-effect value wins over a pending agreed or scheduled one). A
-- threatened (proposed) rate does not displace an established one (any other status, from
-- a dated article; an amount with no status is none against a proposal after it): it is
-- current only when nothing established stands. Nor does a paused
-- rate displace a different one stated in effect before it (the rise is on hold). A pause of a rate
-- reported the same day as that rate in effect is the later evidence. If
-- that claim is in an open conflict, the disputed value stated by more independent articles
-- wins (a tie goes to the value the official table states, then to the latest). A change
-- scheduled for after d (or for no date stated) that its article states from a previous value
-- ("drops from 20% to 10% on November 10") leaves that previous value in effect until its
-- date; (h96, h103) so does a change agreed but not yet in force by d (told within
-- $window_days days before d, no start of its own by d, no report of its day or before has
-- the value in effect or due by d), unless the value it changes from was itself pending
-- then ("down from the 25% threatened from August 1", or last reported by another article
-- only announced, not in force: 14b_evidence_order.sql's `agreed_until`). Several rates of
-- one article and day on a category of goods: the highest ("up to").
--   status     scheduled with its effective date <= d reads in_effect (h265-1: unless the
--              official table starts that rate only after d: still scheduled); a rate reported
--              before a pause of its measure for every partner reads paused while the
--              pause runs; the goods a measure covers (a countermeasure package) reported
--              before a suspension of that measure between the same parties ("suspended for
--              six months") read paused while it runs; agreed stays agreed until a
--              source says in_effect or its own article (or a dated one reported by d)
--              schedules that value for a date on or before d, or the agreed value's own
--              start date (one its article states as the day the measure takes effect)
--              has come, or (h151) the one start its article dates for the deal between
--              the same two parties, either side's measure; in effect with no start of
--              its own reads scheduled while its article schedules the same value from a
--              date after d; scheduled from a date after d but in effect by d in an earlier
--              day's report (no other value reported between; a start put off, told again
--              after it passed with no change, is no such report) reads in effect, since
--              then; a rate with no status from a dated report and no start after d reads
--              in effect; a pause date for no named partner beside a threatened rate of
--              the measure defers the threat and pauses no rate in force (h90)
--   since      in effect: the official effective date of the same rate (this target, else
--              all partners), else the effective date evidence states, else its first
--              report in the current run; scheduled: the date it is due; else first report
--   sources    independent articles stating the current value
--   conflict   a conflict on the fact, not followed by an update, reaches within
--              $window_days days of the current value's report
--   rule       which of the rules above set the plain "latest report" aside (NULL: none;
--              reports add the evidence and the rivals: tracker rates --explain)
--
-- How a point reads the evidence: each fact's evidence in its order is the stored table
-- evidence_order (14b_evidence_order.sql); the evidence as of d is a prefix of it (every
-- claim with seq_key <= d), its last position `cnt`, found by an ASOF join on seq_key. The
-- windows over that prefix (the latest established claim `top`, the latest in effect before
-- it) are running maxima along the order (`eo`) read at one position; what depends on the
-- chosen claim alone (the window before it: near, vals, backing, lone; a spread) is made
-- once per (fact, claim), not per point; the other steps join the claims with pos <= cnt.
WITH pts AS (  -- the points, numbered; dk: how far the prefix reaches (a NULL d: all of it;
               -- a d before 1900: the whole order driver.as_of_scope made for that date)
  SELECT row_number() OVER () AS pid, fact_id, d,
         CASE WHEN d IS NULL THEN DATE '9999-12-31' ELSE greatest(d, DATE '1900-01-01') END
           AS dk
  FROM current_points
),
eo AS (  -- at every position of a fact's order, the running maxima the rules read
  SELECT fact_id, pos, metric, v, h, status, seq_date, article, deal_pos, deal_from, deal_to,
         early_until,
         -- the latest established claim: any status but proposed, from a dated article,
         -- not an amount with no status (those count only after the latest proposal: lastp)
         max(pos) FILTER (WHERE status IS DISTINCT FROM 'proposed' AND seq_date IS NOT NULL
                            AND NOT replaced_told
                            AND NOT (status IS NULL
                                     AND coalesce(unit NOT IN ('percent', 'date', 'day'),
                                                  true)))
           OVER w AS est_upto,
         max(pos) FILTER (WHERE status IS NULL AND seq_date IS NOT NULL
                            AND coalesce(unit NOT IN ('percent', 'date', 'day'), true))
           OVER w AS amount_upto,
         max(pos) FILTER (WHERE status = 'proposed') OVER w AS lastp,
         max(pos) FILTER (WHERE replaced_told) OVER w AS last_replaced,
         max(pos) FILTER (WHERE status = 'in_effect' AND seq_date IS NOT NULL)
           OVER (PARTITION BY fact_id ORDER BY pos
                 ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS in_effect_before
  FROM evidence_order
  WINDOW w AS (PARTITION BY fact_id ORDER BY pos
               ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
),
keys AS (  -- the last position of each publication date (seq_key) of a fact's order
  SELECT fact_id, seq_key, max(pos) AS pos FROM evidence_order GROUP BY ALL
),
o AS (  -- the evidence as of d: its last position cnt
  SELECT b.pid, b.fact_id, b.d, b.dk, k.pos AS cnt
  FROM pts b ASOF JOIN keys k ON k.fact_id = b.fact_id AND k.seq_key <= b.dk
),
o2 AS (  -- a threatened (proposed) rate is not current while an established value (any
         -- other status, from a dated article) stands: the latest such claim, else the latest.
         -- An amount (a currency unit: the goods a measure covers, a pledge) with no status
         -- is no established value against a proposal after it: it says nothing of whether
         -- its measure stands, so the later proposal (a new, larger countermeasure list) is
         -- the latest evidence
  SELECT o.*, coalesce(greatest(e.est_upto,
                                CASE WHEN e.amount_upto > coalesce(e.lastp, 0)
                                     THEN e.amount_upto END), o.cnt) AS top,
         e.last_replaced
  FROM o JOIN eo e ON e.fact_id = o.fact_id AND e.pos = o.cnt
),
o2b AS (  -- a paused rate does not displace a different rate stated in effect before it (the
          -- rise is on hold, the old rate still applies): that in-effect claim stays current;
          -- (h265-2) a rate its article states in effect beside a deal's rate agreed that day
          -- gives way to the deal's once the official table has the deal's in force (14b's
          -- `deal_pos`: what goods paid while the deal was not yet in force);
          -- (h292-1) nor does a rate read in effect before the start an earlier report
          -- schedules it from (14b's `early_until`: "now 50%" told while 50% is due from
          -- January): the different rate in effect before it stands until that start
  SELECT o2.* REPLACE (CASE WHEN t.status = 'paused' AND x.metric <> 'effective_date'
                                 AND NOT (abs(t.v - x.v) <= t.h + x.h + 1e-9)
                            THEN x.pos
                            WHEN t.early_until > o2.dk
                                 AND NOT (abs(t.v - x.v) <= t.h + x.h + 1e-9)
                            THEN x.pos
                            WHEN t.deal_from <= o2.dk
                                 AND (t.deal_to IS NULL OR t.deal_to > o2.dk)
                            THEN t.deal_pos ELSE o2.top END AS top),
         o2.top AS top0,
         coalesce(NOT (t.status = 'paused' AND x.metric <> 'effective_date'
                       AND NOT (abs(t.v - x.v) <= t.h + x.h + 1e-9))
                  AND NOT coalesce(t.early_until > o2.dk
                                   AND NOT (abs(t.v - x.v) <= t.h + x.h + 1e-9), false)
                  AND t.deal_from <= o2.dk AND (t.deal_to IS NULL OR t.deal_to > o2.dk),
                  false) AS deal_set_aside,
         coalesce(t.early_until > o2.dk AND NOT (abs(t.v - x.v) <= t.h + x.h + 1e-9),
                  false) AS early_set_aside
  FROM o2 JOIN eo t ON t.fact_id = o2.fact_id AND t.pos = o2.top
  LEFT JOIN eo x ON x.fact_id = o2.fact_id AND x.pos = t.in_effect_before
),
tops AS (SELECT DISTINCT fact_id, top FROM o2b),
near AS (  -- established claims reported within $window_days days before the latest one
           -- (all published by then: they depend on that claim alone); (h234-1) not an
           -- amount told as a yearly pace or cap (04's `pace`: "payments limited to $20
           -- billion a year"): a pace and a total are two quantities (07 pairs them apart),
           -- so the pace's articles do not outvote the total as it stands
  SELECT x.fact_id, t.top, x.pos, x.article, x.v, x.h, x.metric, x.status_rank, x.status
  FROM tops t JOIN evidence_order l ON l.fact_id = t.fact_id AND l.pos = t.top
  JOIN evidence_order x ON x.fact_id = t.fact_id
  WHERE x.status IS DISTINCT FROM 'proposed' AND x.seq_date IS NOT NULL
    AND x.metric <> 'effective_date'  -- a deadline moves: the new one is stated once first
    AND x.seq_date BETWEEN l.seq_date - $window_days AND l.seq_date
    AND x.claim_id NOT IN (SELECT claim_id FROM fact_claims WHERE coalesce(pace, false))
    -- (h256-1) nor a value read in effect while a report schedules it from a start after
    -- the latest report (14b's `sched_until`: "sofas 20% now, climbing to 40% in July", the
    -- 40% read in effect): it tells what is to come, so it backs no rate in force against
    -- the latest report's (a scheduled claim still counts: its start is often the next
    -- step's, not its own)
    AND NOT coalesce(x.status = 'in_effect' AND x.sched_until > l.seq_date, false)
),
vals AS (  -- how many articles there state each value (per distinct value, not per claim:
           -- a fact's busy fortnight holds many claims but few values); (h225-3) `put_off`:
           -- a value told paused there and nowhere in effect (a threat put off: "the 30% is
           -- postponed for 90 days; goods keep paying 25%") backs no rate in force, so
           -- `lone` does not set a claim aside for it, however many articles tell it
  SELECT x.fact_id, x.top, x.v, x.h, count(DISTINCT y.article) AS n,
         bool_or(y.status = 'paused')
           AND NOT bool_or(coalesce(y.status, 'in_effect') = 'in_effect') AS put_off
  FROM (SELECT DISTINCT fact_id, top, v, h FROM near) x
  JOIN near y ON y.fact_id = x.fact_id AND y.top = x.top AND abs(x.v - y.v) <= x.h + y.h + 1e-9
  GROUP BY ALL
),
backing AS (
  SELECT x.fact_id, x.pos, x.top, x.status_rank, b.n, b.put_off
  FROM near x JOIN vals b
    ON b.fact_id = x.fact_id AND b.top = x.top AND b.v = x.v AND b.h = x.h
),
lone AS (  -- the latest value only its own article states, while another value has several:
           -- a lone outlier does not become current; the best-backed value stands, as its
           -- most established claim states it (in effect before pending), then the latest
  SELECT fact_id, top, arg_max(pos, (n, status_rank, pos)) FILTER (WHERE NOT put_off) AS pos,
         max(n) FILTER (WHERE NOT put_off) AS n_best
  FROM backing GROUP BY fact_id, top
  HAVING max(n) FILTER (WHERE pos = top) = 1 AND max(n) FILTER (WHERE NOT put_off) >= 2
),
lone_kept AS (  -- (h59) not when the latest report's own article gives the value it replaces
                -- ("raising tariffs from 84% to 125%"): it tells an update, not an outlier
  SELECT lone.* FROM lone
  JOIN evidence_order l ON l.fact_id = lone.fact_id AND l.pos = lone.top
  WHERE NOT EXISTS (SELECT 1 FROM fact_claims p
                    WHERE p.fact_id = lone.fact_id AND p.article = l.article AND p.is_prev)
),
o3a AS (
  SELECT o2b.* EXCLUDE (top0) REPLACE (coalesce(lone.pos, o2b.top) AS top),
         lone.n_best AS outvoted_by,
         o2b.top0 < o2b.cnt AND NOT coalesce(o2b.last_replaced > o2b.top0, false)
           AS threat_set_aside,
         coalesce(o2b.last_replaced > o2b.top0, false) AS replaced_set_aside,
         o2b.top < o2b.top0 AND NOT o2b.deal_set_aside AND NOT o2b.early_set_aside
           AS pause_set_aside
  FROM o2b LEFT JOIN lone_kept lone ON lone.fact_id = o2b.fact_id AND lone.top = o2b.top
),
-- (h54) A rate on a category of goods (not all goods) that the chosen claim's article states
-- with several values the same day at the same status ("10% on pork, 15% on wheat", both
-- farm goods) is a spread over the category's parts: the highest stands for the category,
-- as readers put it ("duties of up to 15% on farm goods"). (Per chosen claim: the claims
-- it reads come before it.)
-- (h173-3, h180) Not over the rate that stood: when one of those values is the rate an
-- earlier day's report had in effect (the latest such report: 14b's `stood_v`, made there
-- once per claim for the 128 MB bound), the article restates it beside other figures (a
-- stacked rate, an exemption), and it stays; unless the article tells the fact's change to
-- another value (a change word beside it: "doubled to 50%" over the 25% told too; 14b
-- leaves `stood_v` NULL then)
-- (h256-1) Nor a part due only from a later start: a rate its article reads in effect while
-- a report schedules the same value from a date after the chosen claim's report (14b's
-- `sched_until`: "sofas: 20%, climbing to 40% on the same date", the 40% read
-- in effect) is no part of the category's rate until that date (`due_from`): before it the
-- parts in force stand (`pos_now`)
spread AS (
  SELECT t.fact_id, t.pos AS top,
         arg_max(x.pos, (coalesce(abs(x.v - t.stood_v) <= x.h + 1e-9, false), x.v, x.pos))
           AS pos,
         coalesce(bool_or(abs(x.v - t.stood_v) <= x.h + 1e-9), false) AS stood_kept,
         arg_max(x.pos, (coalesce(abs(x.v - t.stood_v) <= x.h + 1e-9, false), x.v, x.pos))
           FILTER (WHERE NOT x.later) AS pos_now,
         coalesce(bool_or(abs(x.v - t.stood_v) <= x.h + 1e-9) FILTER (WHERE NOT x.later),
                  false) AS stood_kept_now,
         max(x.sched_until) FILTER (WHERE x.later) AS due_from,
         -- (h256-2) whether the chosen claim is itself a part (not the old value told again,
         -- nor, h256-5, a stacked total)
         bool_or(x.pos = t.pos) AS top_part,
         coalesce(bool_or(x.pos = t.pos) FILTER (WHERE NOT x.later), false) AS top_part_now
  FROM (SELECT DISTINCT fact_id, top FROM o3a) c
  JOIN evidence_order t ON t.fact_id = c.fact_id AND t.pos = c.top
  JOIN (SELECT *, coalesce(status = 'in_effect' AND sched_until > seq_date, false) AS later
        FROM evidence_order) x
    ON x.fact_id = t.fact_id AND x.article = t.article AND x.seq_key = t.seq_key
   AND x.status IS NOT DISTINCT FROM t.status AND x.pos <= t.pos
   -- (h127) parts of one category's package start together: a rate the same article
   -- dates from another start is another step of the fact ("cars now pay 10%, down
   -- from 27.5%" beside the metals' 50% of June), not a part of a spread
   AND x.effective IS NOT DISTINCT FROM t.effective
   -- (h187) not a part of the old value its article gives: a figure that, with one of the
   -- article's previous values of the fact, adds up to another ("15% since Sept. 16, down
   -- from 27.5%, when a 25% levy was added to the old 2.5% duty": the 25% is no part of
   -- the 15% now charged)
   AND NOT EXISTS (
     SELECT 1 FROM fact_claims p1 JOIN fact_claims p2
       ON p2.fact_id = p1.fact_id AND p2.article = p1.article AND p2.is_prev
      AND NOT p2.is_dup AND p2.claim_id <> p1.claim_id
     WHERE p1.fact_id = x.fact_id AND p1.article = x.article AND p1.is_prev
       AND NOT p1.is_dup AND abs(x.v + p2.v - p1.v) <= x.h + p1.h + p2.h + 1e-9)
   -- (h256-2) nor the old value its article tells the fact changed from, told again beside
   -- the new one for the goods the change leaves out ("scooters have paid 12% since August,
   -- down from 30% ... beyond the yearly quota, 30%"): the value told with the change word is
   -- the category's rate now
   AND NOT EXISTS (
     SELECT 1 FROM fact_claims p JOIN evidence_order y
       ON y.fact_id = p.fact_id AND y.article = p.article AND y.seq_key = x.seq_key
      AND y.status IS NOT DISTINCT FROM x.status AND y.pos <= t.pos
      AND NOT (abs(y.v - p.v) <= y.h + p.h + 1e-9)
     JOIN fact_claims yc ON yc.claim_id = y.claim_id AND coalesce(yc.change_word, '') <> ''
     WHERE p.fact_id = x.fact_id AND p.article = x.article AND p.is_prev AND NOT p.is_dup
       AND abs(p.v - x.v) <= p.h + x.h + 1e-9)
   -- (h256-5) nor a stacked total (14b's `stacked_total`: the sum of another figure of
   -- its article's day on the fact and a duty of another kind on the same goods, not the
   -- normal duty): "planks pay 8% under Section 232, on top of older duties of about 30%
   -- ... close to 38% all told" (made there once per claim: the 128 MB bound)
   AND NOT coalesce(x.stacked_total, false)
  WHERE t.metric = 'tariff_rate' AND t.product <> 'all'
  GROUP BY t.fact_id, t.pos
  -- (h256-2) or one part beside a chosen claim that is none (told first, it is the latest)
  HAVING count(DISTINCT x.v) > 1 OR NOT bool_or(x.pos = t.pos)
),
o3s AS (  -- the spread as of d: before `due_from` without the parts still to come
  SELECT o3a.*,
         CASE WHEN o3a.dk < spread.due_from THEN spread.pos_now ELSE spread.pos END AS spos,
         CASE WHEN o3a.dk < spread.due_from THEN spread.stood_kept_now
              ELSE spread.stood_kept END AS skept,
         CASE WHEN o3a.dk < spread.due_from THEN spread.top_part_now
              ELSE spread.top_part END AS tpart,
         coalesce(o3a.dk < spread.due_from AND spread.pos_now <> spread.pos, false)
           AS later_set_aside
  FROM o3a LEFT JOIN spread ON spread.fact_id = o3a.fact_id AND spread.top = o3a.top
),
o3 AS (
  SELECT o3s.* EXCLUDE (spos, skept, tpart) REPLACE (coalesce(spos, top) AS top),
         coalesce(spos <> top AND NOT skept AND tpart, false) AS spread_set_aside,
         coalesce(skept AND spos <> top, false) AS stood_kept,
         coalesce(spos <> top AND NOT skept AND NOT tpart AND NOT later_set_aside, false)
           AS old_part_set_aside
  FROM o3s
),
latest AS (  -- (the claim, for its conflicts)
  SELECT o3.pid, o3.fact_id, o3.d, o3.cnt, w.claim_id
  FROM o3 JOIN evidence_order w ON w.fact_id = o3.fact_id AND w.pos = o3.top
),
openc AS (  -- conflicts not followed by an update (as of d)
  SELECT c.*, b.pid, b.d FROM conflicts c JOIN latest b ON b.fact_id = c.fact_id
  WHERE c.kind = 'conflict' AND (b.d IS NULL OR c.last_date <= b.d)
    AND NOT EXISTS (SELECT 1 FROM updates u WHERE u.fact_id = c.fact_id
                    AND u.to_date > c.last_date AND (b.d IS NULL OR u.to_date <= b.d))
),
rivals AS (  -- the latest claim is disputed: every value of its open conflicts competes
  SELECT l.pid, l.fact_id, l.cnt, l.claim_id AS lclaim, lf.epoch, c.period,
         unnest([coalesce(c.value_a, date_diff('day', DATE '1970-01-01', c.date_value_a)),
                 coalesce(c.value_b, date_diff('day', DATE '1970-01-01', c.date_value_b))])
           AS rv
  FROM latest l JOIN openc c ON c.pid = l.pid AND list_contains(c.claim_ids, l.claim_id)
  LEFT JOIN fact_claims lf ON lf.claim_id = l.claim_id
),
sided AS (  -- (h200) the claims on either side of the latest claim's open conflicts
  SELECT DISTINCT l.pid, unnest(c.claim_ids) AS claim_id
  FROM latest l JOIN openc c ON c.pid = l.pid AND list_contains(c.claim_ids, l.claim_id)
),
votes AS (
  SELECT r.pid, r.rv, count(DISTINCT e.article) AS n, max(e.pos) AS lastpos,
         bool_or(EXISTS (SELECT 1 FROM reference ref  -- the value the official table states
                         WHERE e.metric = 'tariff_rate' AND ref.use_rate
                           AND ref.imposer = e.imposer AND ref.target = e.target
                           AND ref.product = e.product AND ref.measure = e.measure
                           AND abs(ref.rate_percent - r.rv) <= 0.01)) AS official
  FROM (SELECT DISTINCT pid, fact_id, cnt, rv, epoch, period FROM rivals) r
  JOIN evidence_order e ON e.fact_id = r.fact_id AND e.pos <= r.cnt
   AND abs(e.v - r.rv) <= e.h + 0.5 * e.h + 1e-9
   -- (h193) no vote from a report the rules read as history (14b's `replaced_told`), nor
   -- from one told before a change of the fact that the disputed claim comes after (an
   -- earlier epoch: the value the fact held before that change); (h200) but a change
   -- announced before it came in (scheduled, told as a change) reports the value it
   -- brings, and still votes
   AND NOT e.replaced_told
  LEFT JOIN fact_claims ef ON ef.claim_id = e.claim_id
  WHERE coalesce(ef.epoch >= r.epoch OR (e.status = 'scheduled' AND e.is_change), true)
    -- (h273) a flow's count of another period votes in no conflict of this one (June's
    -- $27.2 billion is no vote for July's $27.2 billion: two counts, not one told twice)
    AND (ef.claim_id IS NULL OR coalesce(ef.part, '') = coalesce(r.period, ''))
    -- (h200) an article with a claim on one side of the conflict votes for that side only:
    -- its other figure of the value is another quantity (a yearly pace beside its total)
    AND NOT EXISTS (SELECT 1 FROM sided sd JOIN fact_claims sc ON sc.claim_id = sd.claim_id
                    WHERE sd.pid = r.pid AND sc.article = e.article
                      AND NOT (abs(sc.v - r.rv) <= sc.h + 0.5 * sc.h + 1e-9))
  GROUP BY ALL
),
pick AS (  -- most independent articles wins; a tie goes to the official figure, then the latest
  SELECT pid,
         arg_max(lastpos, n * 1000000000000 + CAST(official AS INTEGER) * 1000000000 + lastpos)
           AS pos
  FROM votes GROUP BY pid
),
-- (h283-2) A lone misreport against the official table: when the claim the rules above chose
-- is one stage 11 holds against the official table (an `official_mismatch`: the table has
-- another rate in force for the partner, its goods and measure then), no other article
-- states its value, and an earlier article of the fact (dated, not a threat, not told as
-- history) states the table's rate, that rate stands ("members have paid 21% since Sept.
-- 1" in a newsletter, while the deal's report and the order both say 22%): one source
-- against another and the table. Not where a disputed conflict already chose (`pick`)
offtab AS (
  SELECT o3.pid, max(x.pos) AS pos
  FROM o3 JOIN evidence_order t ON t.fact_id = o3.fact_id AND t.pos = o3.top
  JOIN conflicts m ON m.kind = 'official_mismatch' AND m.fact_id = t.fact_id
   AND list_contains(m.claim_ids, t.claim_id)
  JOIN evidence_order x ON x.fact_id = t.fact_id AND x.pos <= o3.cnt
   AND x.article <> t.article AND x.seq_date IS NOT NULL AND NOT x.replaced_told
   AND x.status IS DISTINCT FROM 'proposed'
   AND abs(x.v - coalesce(m.value_b, date_diff('day', DATE '1970-01-01', m.date_value_b)))
       <= x.h + 1e-9
  -- (h283-3) an effective date too: a lone start the table contradicts ("since Sept. 8"
  -- where the order and an earlier report say Sept. 1)
  WHERE t.metric IN ('tariff_rate', 'effective_date')
    AND NOT EXISTS (SELECT 1 FROM evidence_order y
                    WHERE y.fact_id = t.fact_id AND y.pos <= o3.cnt
                      AND y.article <> t.article AND abs(y.v - t.v) <= y.h + t.h + 1e-9)
  GROUP BY o3.pid
),
chosen AS (  -- the claim the rules above chose (its position)
  SELECT o3.*, coalesce(pick.pos, offtab.pos, o3.top) AS cpos,
         pick.pos IS NULL AND offtab.pos IS NOT NULL AS table_set_aside
  FROM o3 LEFT JOIN pick USING (pid) LEFT JOIN offtab USING (pid)
),
-- (h173-1) A rounded figure does not displace the sharper one it agrees with: when the
-- chosen claim is stated loosely ("nearly $300 billion") and an earlier claim of the fact,
-- in the same run (no claim between them disagrees with it), states a different value within
-- the chosen one's own margin more sharply ("$295.4 billion"), the reader keeps the sharper
-- figure: the later report adds no news, only less precision. Not for dates (all equally
-- sharp) nor from a threat or a pause. (Per chosen claim: the claims it reads come before it.)
sharp AS (
  SELECT c.fact_id, c.pos, arg_max(x.pos, (-x.h, x.pos)) AS spos
  FROM (SELECT DISTINCT fact_id, cpos FROM chosen) k
  JOIN evidence_order c ON c.fact_id = k.fact_id AND c.pos = k.cpos
  JOIN evidence_order x
    ON x.fact_id = c.fact_id AND x.pos < c.pos AND x.h < c.h AND x.seq_date IS NOT NULL
   AND abs(x.v - c.v) <= c.h + 1e-9 AND NOT (abs(x.v - c.v) <= x.h + 1e-9)
   AND coalesce(x.status NOT IN ('proposed', 'paused'), true)
  WHERE c.unit NOT IN ('date', 'day')
    AND NOT EXISTS (SELECT 1 FROM evidence_order y
                    WHERE y.fact_id = c.fact_id AND y.pos > x.pos AND y.pos < c.pos
                      AND NOT (abs(y.v - c.v) <= y.h + c.h + 1e-9))
  GROUP BY c.fact_id, c.pos
),
-- (h180) A slip of scale does not displace the figure it garbles: when the chosen claim is an
-- amount of money a thousandfold off an earlier claim of the fact from another article ("$550
-- million" where the deal's report said "$550 billion"), the reader keeps the earlier figure
-- (14b's `scale_pos`, made there once per claim for the 128 MB bound).
scaled AS (
  SELECT c.fact_id, c.pos, c.scale_pos
  FROM (SELECT DISTINCT fact_id, cpos FROM chosen) k
  JOIN evidence_order c ON c.fact_id = k.fact_id AND c.pos = k.cpos
  WHERE c.scale_pos IS NOT NULL
),
cur0 AS (  -- (the claim with all its columns)
  SELECT k.pid, k.d, k.dk, k.cnt, k.outvoted_by, k.threat_set_aside,
         k.pause_set_aside, k.deal_set_aside, k.early_set_aside,
         k.spread_set_aside, k.stood_kept, k.replaced_set_aside, k.later_set_aside,
         k.old_part_set_aside, k.table_set_aside,
         sharp.spos IS NOT NULL AS sharper,
         sharp.spos IS NULL AND scaled.scale_pos IS NOT NULL AS scale_slip, w.*
  FROM chosen k LEFT JOIN sharp ON sharp.fact_id = k.fact_id AND sharp.pos = k.cpos
  LEFT JOIN scaled ON scaled.fact_id = k.fact_id AND scaled.pos = k.cpos
  JOIN evidence_order w
    ON w.fact_id = k.fact_id AND w.pos = coalesce(sharp.spos, scaled.scale_pos, k.cpos)
),
pend AS (  -- a change not yet due: its article's previous value for the fact (the last in
           -- the text) stands until then ("drops from 20% to 10% on November 10")
  SELECT c.pid, arg_max(f.claim_id, (f.quote_start, f.claim_id)) AS pclaim
  FROM cur0 c, fact_claims f
  WHERE ((c.metric <> 'effective_date'
          -- no date stated for it: not yet due either (scheduled it stays, below)
          AND (c.effective > c.d OR c.effective IS NULL)
          AND ((c.status = 'scheduled'
                -- (h187) a scheduled change with no start of its own whose article dates
                -- the deal's one start (14b's `deal_start`): due from that start
                AND coalesce(coalesce(c.effective, c.deal_start) > c.d, true))
               -- (h95) a change read in effect whose own start is after d is not due
               -- either: its article's previous value held until then ("cut from 20%
               -- to 10%, effective November 10", reported before that day)
               OR (c.status = 'in_effect' AND c.effective > c.d AND c.is_change)
               -- (h105) so is an agreed change with its own later start ("agreed to cut
               -- from 145% to 30% from May 14"): 01c_all_in_sums.sql moves such all-in
               -- figures from the component, whose own change told beside them had
               -- carried the old value; (h274-1) only where 14b holds that old value
               -- (`agreed_until` set: it applied, not only announced by the official
               -- table): a deal replacing a rate never in force stays agreed until its
               -- start ("spares them the 25% that had been due on Aug. 1")
               OR (c.status = 'agreed' AND c.effective > c.d AND c.is_change
                   AND c.agreed_until IS NOT NULL)
               -- (h127) a change read in effect with no start of its own, while an
               -- earlier dated report schedules the same value from a date after d
               -- ("drops to 10% from 20%" told days before the Monday it starts)
               -- (14b_evidence_order.sql's `sched_until`, made once per claim: a check
               -- here at every 15b point broke the 128 MB bound)
               OR (c.status = 'in_effect' AND c.sched_until > c.d)))
         -- (h96, h103) a change agreed, not yet in force: the value it changes stays until
         -- its `agreed_until` (14b_evidence_order.sql says when and when not)
         OR c.d < c.agreed_until)
    AND f.fact_id = c.fact_id AND f.article = c.article AND f.is_prev AND NOT f.is_dup
    AND f.v IS NOT NULL AND NOT (abs(f.v - c.v) <= f.h + c.h + 1e-9)
  GROUP BY c.pid
),
cur AS (
  SELECT c.* REPLACE (coalesce(f.claim_id, c.claim_id) AS claim_id,
                      CASE WHEN f.claim_id IS NULL THEN c.value ELSE f.value END AS value,
                      CASE WHEN f.claim_id IS NULL THEN c.date_value ELSE f.date_value END
                        AS date_value,
                      coalesce(f.v, c.v) AS v, coalesce(f.h, c.h) AS h,
                      CASE WHEN f.claim_id IS NULL THEN c.status ELSE 'in_effect' END
                        AS status,
                      CASE WHEN f.claim_id IS NULL THEN c.effective END AS effective,
                      coalesce(f.quote_start, c.quote_start) AS quote_start,
                      coalesce(f.quote, c.quote) AS quote),
         f.claim_id IS NOT NULL AS not_yet_due,
         f.claim_id IS NOT NULL AND c.status = 'agreed' AS agreed_not_yet
  FROM cur0 c LEFT JOIN pend USING (pid) LEFT JOIN fact_claims f ON f.claim_id = pend.pclaim
),
brk AS (  -- the current run starts after the last earlier claim that disagrees
  SELECT c.pid, max(o.pos) AS bpos
  FROM cur c JOIN evidence_order o ON o.fact_id = c.fact_id AND o.pos < c.pos
  WHERE NOT (abs(o.v - c.v) <= o.h + c.h + 1e-9)
  GROUP BY c.pid
),
run AS (
  SELECT c.pid, min(o.seq_date) AS run_first,
         min(o.effective) AS run_eff,
         min(o.effective) FILTER (WHERE o.effective <= c.d) AS run_eff_past
  FROM cur c LEFT JOIN brk b USING (pid)
  JOIN evidence_order o ON o.fact_id = c.fact_id AND o.pos <= c.cnt
   AND o.pos > coalesce(b.bpos, 0) AND abs(o.v - c.v) <= o.h + c.h + 1e-9
  GROUP BY c.pid
),
supp AS (
  SELECT c.pid, count(DISTINCT e.article) AS sources, max(e.seq_date) AS last_confirmed
  FROM cur c JOIN evidence_order e ON e.fact_id = c.fact_id AND e.pos <= c.cnt
   AND abs(e.v - c.v) <= e.h + c.h + 1e-9
  GROUP BY c.pid
),
pauses AS (  -- pauses of a measure for every partner (each point keeps those reported by
             -- its d and not over at d)
/*INCLUDE pause_claims.sql*/
),
held AS (  -- suspensions of a measure between two parties: a stated length of a pause (each
           -- point keeps those reported by its d and still running at d)
/*INCLUDE held_claims.sql*/
),
due AS (  -- agreed until it takes effect: its article, or a dated article reported by d,
          -- schedules the same value (or states it in effect) from a date that has come
  SELECT c.*, coalesce(c.status = 'agreed' AND c.metric <> 'effective_date' AND EXISTS (
           SELECT 1 FROM evidence_order x WHERE x.fact_id = c.fact_id AND x.pos <= c.cnt
             AND (x.article = c.article OR x.seq_date IS NOT NULL)
             AND x.status IN ('scheduled', 'in_effect') AND x.effective <= c.d
             AND abs(x.v - c.v) <= x.h + c.h + 1e-9), false) AS agreed_due,
         -- (h68) agreed with a start date of its own that has come: the deal's text dates
         -- the change ("under the pact the duty falls to 10% from March 3"), so from that
         -- day it applies (its article, or a dated one reported by d, gives that date). The
         -- article must state that date as the day the same measure takes effect ("the cut
         -- takes effect today, Monday, March 3"): a date it holds for a threat ("averting
         -- the 25% threatened from August 1") or a deadline ("ahead of Friday's deadline")
         -- is no start of the deal's rate
         coalesce(c.status = 'agreed' AND c.metric <> 'effective_date' AND EXISTS (
           SELECT 1 FROM evidence_order x WHERE x.fact_id = c.fact_id AND x.pos <= c.cnt
             AND (x.article = c.article OR x.seq_date IS NOT NULL)
             AND x.status = 'agreed' AND x.effective <= c.d
             AND abs(x.v - c.v) <= x.h + c.h + 1e-9
             AND EXISTS (
               SELECT 1 FROM fact_claims e WHERE e.article = x.article
                 AND e.metric = 'effective_date' AND NOT e.is_dup AND NOT e.is_prev
                 AND e.product IS NOT DISTINCT FROM x.product
                 AND e.date_value = x.effective
                 AND ((e.imposer IS NOT DISTINCT FROM x.imposer
                       AND e.target IS NOT DISTINCT FROM x.target
                       AND e.measure IS NOT DISTINCT FROM x.measure
                       AND e.status = 'in_effect')
                      -- (h151) a deal's two sides cut from one start ("the US cuts to 30%
                      -- and China to 10%, from May 14"): the start its article dates for
                      -- the other side's measure, due or in force, is this side's too
                      OR (x.is_change AND e.imposer = x.target AND e.target = x.imposer
                          AND e.status IN ('in_effect', 'scheduled'))))), false)
         -- (h151) a deal's change with no start in its own sentence whose article dates
         -- the deal's one start (14b_evidence_order.sql's `deal_start`), come by d
         OR coalesce(c.status = 'agreed' AND c.deal_start <= c.d, false)
           AS agreed_dated,
         -- (h114-1, lead-14) an agreed change from a value that applied, its own start
         -- come (14b_evidence_order.sql's `agreed_start`)
         coalesce(c.status = 'agreed' AND c.agreed_start <= c.d, false) AS agreed_started,
         -- (h114-3, h121) agreed, and a report after it, by d, dates the start of the same
         -- measure for the same parties in force, a start that has come
         -- (14b_evidence_order.sql's `agreed_told_from`: that report out and that start come)
         CASE WHEN c.status = 'agreed' AND c.agreed_told_from <= c.d
              THEN c.agreed_told_start END AS agreed_start_told,  -- (that start: since when)
         -- not yet in effect: read in effect with no start of its own, while its article
         -- schedules the same value from a date after d ("a 15% tariff ... from August 8")
         coalesce(c.status = 'in_effect' AND c.metric <> 'effective_date'
                  AND (c.effective IS NULL OR c.effective <= c.d) AND EXISTS (
           SELECT 1 FROM evidence_order x WHERE x.fact_id = c.fact_id AND x.pos <= c.cnt
             AND x.article = c.article
             AND x.status = 'scheduled' AND x.effective > c.d
             AND abs(x.v - c.v) <= x.h + c.h + 1e-9), false) AS not_yet_started,
         -- the goods a measure covers (a countermeasure package), reported before a
         -- suspension of that measure between the same parties: held while it runs
         coalesce(c.metric = 'other_amount' AND c.measure IS NOT NULL
                  AND coalesce(c.status, 'in_effect') IN ('in_effect', 'scheduled', 'proposed')
                  AND EXISTS (
           SELECT 1 FROM held q WHERE q.imposer = c.imposer AND q.measure = c.measure
             AND coalesce(q.target, c.target) = c.target AND q.said > c.seq_date
             AND (c.d IS NULL OR (q.said <= c.d AND q.until > c.d))), false)
           AS package_held,
         -- (h159-6, lead-19) scheduled with no start of its own: the official table says
         -- where the same rate stands by d (14b_evidence_order.sql's `official_*`): in
         -- force (its row announced, started and not ended), or paused (its row ended and
         -- a pause row of the measure runs)
         coalesce(c.status = 'scheduled' AND c.official_paused_from <= c.d
                  AND (c.official_paused_to IS NULL OR c.official_paused_to > c.d), false)
           AS official_paused,
         coalesce(c.status = 'scheduled' AND c.official_from <= c.d
                  AND (c.official_to IS NULL OR c.official_to > c.d), false)
           AS official_in_force,
         -- (h265-2) agreed with no start of its own, while the official table has the same
         -- rate for the partner in force by d (14b's `agreed_official_*`): in effect
         coalesce(c.status = 'agreed' AND c.agreed_official_from <= c.d
                  AND (c.agreed_official_to IS NULL OR c.agreed_official_to > c.d), false)
           AS agreed_official,
         -- (h265-1) scheduled from a start of its own that has come by d, while the
         -- official table starts the same rate only after d (14b's `official_start`): the
         -- start was put off, the rate is still due ("trucks: 25% from October 1", the
         -- proclamation's November 1)
         coalesce(c.status = 'scheduled' AND c.effective <= c.d AND c.official_start > c.d,
                  false) AS official_later,
         -- (h90) a rate stated with no status ("Swiss goods face 39%"), from a dated report
         -- and with no start after d: the rate a report states as it stands is in effect;
         -- (h217-1) so is a fee charged per unit under a measure ("ships pay 400 yuan a net
         -- ton under the countermeasure", rule money-fee-unit): a levy's price, read as a
         -- rate is. Not the goods a measure covers (a package with no status says nothing
         -- of whether its measure stands: test_current_amounts.py)
         coalesce(c.status IS NULL AND c.seq_date IS NOT NULL
                  AND (c.effective IS NULL OR c.effective <= c.d)
                  AND (c.metric = 'tariff_rate'
                       OR (c.metric = 'other_amount' AND c.measure IS NOT NULL
                           AND EXISTS (SELECT 1 FROM fact_claims u
                                       WHERE u.claim_id = c.claim_id
                                         AND u.rule_id = 'money-fee-unit'))), false)
           AS status_told,
         -- (h54) scheduled from a date after d, but already in effect by d: an earlier day's
         -- report states the same value in effect (or due by d) and no report between them
         -- states another; what is scheduled is not its start ("will scrap its 15% duties
         -- from November 10": the 15% applies until then)
         CASE WHEN c.status = 'scheduled' AND c.metric <> 'effective_date'
                   AND c.effective > c.d THEN (
           SELECT min(coalesce(x.effective, x.seq_date)) FROM evidence_order x
           WHERE x.fact_id = c.fact_id AND x.pos <= c.cnt AND x.seq_date < c.seq_date
             AND abs(x.v - c.v) <= x.h + c.h + 1e-9
             AND ((x.status = 'in_effect' AND (x.effective IS NULL OR x.effective <= c.d))
                  -- (h90) due by d, unless the later report came after that start and
                  -- still schedules the value for later with no change told ("the 25% on
                  -- trucks, first due October 1, now starts November 1"): the start was
                  -- put off, not the value changed ("will be lifted from November 10")
                  OR (x.status = 'scheduled' AND x.effective <= c.d
                      AND (x.effective > c.seq_date OR c.is_change)))
             AND NOT EXISTS (
               SELECT 1 FROM evidence_order y WHERE y.fact_id = c.fact_id
                 AND y.pos <= c.cnt AND y.seq_date > x.seq_date
                 AND y.seq_date < c.seq_date AND NOT (abs(y.v - c.v) <= y.h + c.h + 1e-9)))
         END AS in_effect_from  -- since when, then
  FROM cur c
),
st AS (
  SELECT c.*, c.d AS as_of_date,
         CASE WHEN c.metric = 'tariff_rate' AND c.status IN ('scheduled', 'in_effect')
                   AND coalesce(c.target, '*') <> '*' AND EXISTS (
                     SELECT 1 FROM pauses q WHERE q.imposer = c.imposer
                     AND q.measure = c.measure AND q.said > c.seq_date
                     AND (c.d IS NULL OR (q.said <= c.d AND q.until > c.d)))
                THEN 'paused'  -- reported before a pause of that measure for every partner
              WHEN c.package_held THEN 'paused'
              WHEN c.official_paused THEN 'paused'
              WHEN c.official_in_force THEN 'in_effect'
              WHEN c.official_later THEN 'scheduled'
              WHEN c.agreed_official THEN 'in_effect'
              WHEN c.status = 'scheduled'
                   AND coalesce(c.effective, CASE WHEN c.metric = 'effective_date'
                                                  THEN c.date_value END,
                                c.deal_start) <= c.d
                THEN 'in_effect'
              WHEN c.agreed_due THEN 'in_effect'
              WHEN c.agreed_dated THEN 'in_effect'
              WHEN c.agreed_started THEN 'in_effect'
              WHEN c.agreed_start_told IS NOT NULL THEN 'in_effect'
              WHEN c.in_effect_from IS NOT NULL THEN 'in_effect'
              WHEN c.not_yet_started THEN 'scheduled'
              WHEN c.status_told THEN 'in_effect'
              ELSE c.status END AS cur_status
  FROM due c
),
official AS (  -- the official start of the same rate (this target, else all partners)
  SELECT st.pid,
         coalesce(max(r.effective_date) FILTER (WHERE r.target = st.target),
                  max(r.effective_date)) AS off_date
  FROM st JOIN reference r
    ON r.imposer = st.imposer AND r.product = st.product AND r.measure = st.measure
   AND (r.target = st.target OR r.target = '*') AND st.metric = 'tariff_rate'
   AND abs(r.rate_percent - st.v) <= 0.01 AND r.effective_date <= st.as_of_date
  WHERE st.cur_status = 'in_effect'
  GROUP BY st.pid
),
mism AS (
  SELECT DISTINCT c.fact_id, unnest(c.claim_ids) AS claim_id FROM conflicts c
  WHERE c.kind = 'official_mismatch'
),
pen AS (  -- the first report a text speaks of a penalty on a partner (its seq_key: from
          -- then on a point's evidence holds it)
  SELECT x.imposer, x.target, min(x.seq_key) AS first_key
  FROM evidence_order x JOIN fact_claims f ON f.claim_id = x.claim_id
  WHERE f.penalty
  GROUP BY ALL
),
cv AS (  -- the current value of every fact (the rules above)
SELECT st.pid, st.d, st.fact_id, st.metric, st.imposer, st.target, st.product, st.measure,
       st.unit, CASE WHEN st.date_value IS NULL THEN st.value END AS value, st.date_value,
       st.cur_status AS status, coalesce(st.cur_status = 'in_effect', false) AS in_effect,
       CASE WHEN st.cur_status = 'in_effect'
              THEN coalesce(official.off_date, st.in_effect_from,
                            CASE WHEN st.agreed_started THEN st.agreed_start END,
                            st.agreed_start_told,
                            run.run_eff_past,
                            run.run_first)
            WHEN st.cur_status = 'scheduled' AND st.official_later THEN st.official_start
            WHEN st.cur_status = 'scheduled' THEN coalesce(run.run_eff, run.run_first)
            ELSE run.run_first END AS since,
       coalesce(supp.sources, 0) AS sources, supp.last_confirmed,
       c2.pid IS NOT NULL AS conflict,
       mism.claim_id IS NOT NULL AS official_mismatch,
       st.article, st.source, st.quote,
       st.seq_date AS said_on, coalesce(run.run_first, st.seq_date) AS run_first,
       EXISTS (SELECT 1 FROM brk b WHERE b.pid = st.pid) AS after_change,
       -- a text reported by d speaks of a penalty on the partner
       coalesce(pen.first_key <= st.dk, false) AS penalty_told,
       nullif(concat_ws('; ',
         CASE WHEN st.outvoted_by IS NOT NULL
              THEN 'a lone outlier is not current: the latest report''s value is its own '
                   || 'article''s alone, this one ' || st.outvoted_by || ' articles of the '
                   || 'preceding ' || $window_days || ' days state' END,
         CASE WHEN st.threat_set_aside
              THEN 'a threat reported later does not displace the rate that stands' END,
         CASE WHEN st.replaced_set_aside
              THEN 'a later report tells with no status (or in effect, with no change '
                   || 'told) a value an earlier one gave as '
                   || 'replaced: history, not the rate as it stands' END,
         CASE WHEN st.agreed_due
              THEN 'agreed, and an article schedules it from a date that has come: in effect'
         END,
         CASE WHEN st.agreed_dated AND NOT st.agreed_due
              THEN 'agreed with a start date of its own that has come: in effect' END,
         CASE WHEN st.agreed_started AND NOT st.agreed_dated AND NOT st.agreed_due
              THEN 'an agreed change from a value that applied, its own start come: in '
                   || 'effect' END,
         CASE WHEN st.agreed_start_told IS NOT NULL AND NOT st.agreed_started
                   AND NOT st.agreed_dated AND NOT st.agreed_due
              THEN 'agreed, and a later report dates its start, which has come: in effect'
         END,
         CASE WHEN st.not_yet_started
              THEN 'read in effect, but its article schedules it from a later date: not '
                   || 'yet in effect' END,
         CASE WHEN st.pause_set_aside
              THEN 'a later rate is paused: the rate stated in effect before it stands' END,
         CASE WHEN st.early_set_aside
              THEN 'a later report has in effect a rate an earlier report schedules from a '
                   || 'later date: the rate stated in effect before it stands until then' END,
         CASE WHEN st.package_held
              THEN 'the goods a measure covers, reported before a suspension of that measure '
                   || 'between the same parties that still runs: paused' END,
         CASE WHEN st.not_yet_due AND NOT st.agreed_not_yet
              THEN 'the latest report schedules a change for a later date: the value it '
                   || 'changes from stands until then' END,
         CASE WHEN st.agreed_not_yet
              THEN 'the latest report tells a change agreed but not yet in force: the value '
                   || 'it changes from stands until then' END,
         CASE WHEN st.status_told AND st.cur_status = 'in_effect'
              THEN 'stated with no status by a dated report: the rate (or fee per unit) as '
                   || 'it stands, in effect' END,
         CASE WHEN st.stood_kept
              THEN 'its article states several rates on these goods the same day, one of '
                   || 'them the rate an earlier report had in effect: that rate stands' END,
         CASE WHEN st.sharper
              THEN 'a later report states this value more loosely (within its margin): the '
                   || 'sharper figure stands' END,
         CASE WHEN st.scale_slip
              THEN 'a later report states this amount a thousandfold off (millions for '
                   || 'billions): a slip of scale, this figure stands' END,
         CASE WHEN st.spread_set_aside
              THEN 'its article states several rates on parts of these goods the same day: '
                   || 'the highest stands for them ("up to")' END,
         CASE WHEN st.later_set_aside
              THEN 'its article states several rates on these goods the same day, a higher '
                   || 'one due only from a later start a report schedules: the rates in force '
                   || 'stand until then' END,
         CASE WHEN st.old_part_set_aside
              THEN 'its article states several rates on these goods the same day; the '
                   || 'latest is no part of them (the value they changed from, told again '
                   || 'beside the change, or a total stacked on another duty): the parts '
                   || 'stand' END,
         CASE WHEN st.table_set_aside
              THEN 'the latest report''s value is its own article''s alone and the official '
                   || 'table has another rate in force, which an earlier report states: '
                   || 'that rate stands' END,
         CASE WHEN st.agreed_official
              THEN 'agreed, and the official table has the same rate in force for the '
                   || 'partner by this date: in effect' END,
         CASE WHEN st.deal_set_aside
              THEN 'its article states a rate in effect beside a deal''s rate agreed the '
                   || 'same day: once the official table has the deal''s rate in force, '
                   || 'the rate paid meanwhile gives way' END,
         CASE WHEN st.official_later
              THEN 'scheduled from a date that has come, but the official table starts the '
                   || 'same rate only on ' || CAST(st.official_start AS VARCHAR)
                   || ': not yet in effect' END,
         CASE WHEN st.in_effect_from IS NOT NULL AND st.cur_status = 'in_effect'
              THEN 'scheduled from a later date, but an earlier report has the same value '
                   || 'in effect by this date: in effect' END), '') AS rule
FROM st
LEFT JOIN run USING (pid) LEFT JOIN supp USING (pid)
LEFT JOIN official USING (pid)
LEFT JOIN (SELECT pid, max(last_date) AS last_date FROM openc GROUP BY pid) c2
  ON c2.pid = st.pid
 AND (st.seq_date IS NULL OR c2.last_date >= st.seq_date - $window_days)
LEFT JOIN mism ON mism.fact_id = st.fact_id AND mism.claim_id = st.claim_id
LEFT JOIN pen ON pen.imposer = st.imposer AND pen.target = st.target
),
-- A stated total superseded by its components (a step of its own: it reads the current
-- values of other facts of the same partner at the same date, all of one country group). A
-- measure-less US rate on all of a partner's goods ("tariffs on that country now total
-- 145%") is the stacked rate; when a component in effect (reciprocal, else baseline;
-- fentanyl; penalty) changed (its current value, after another, was first reported) after
-- that total was, the total is out of date: the careful reader adds up the components in
-- effect now ("the reciprocal rate is now 10%", beside the 20% fentanyl duty: 30%). Needs the
-- base rate (reciprocal or baseline) in effect; a component merely first reported after the
-- total (no earlier value of its own) is no change.
comp AS (
  SELECT n.pid, c.measure, c.value, c.run_first, c.since, c.article, c.source, c.quote,
         c.said_on, c.after_change
  FROM cv n JOIN cv c
    ON c.d IS NOT DISTINCT FROM n.d AND c.metric = n.metric AND c.imposer = n.imposer
   AND c.target = n.target AND c.product = n.product AND c.unit = n.unit
   AND c.measure IN ('reciprocal', 'baseline', 'fentanyl', 'penalty')
   AND c.status = 'in_effect' AND c.value IS NOT NULL
  WHERE n.metric = 'tariff_rate' AND n.imposer = 'US' AND n.measure IS NULL
    AND n.product = 'all' AND n.target IS NOT NULL AND n.target <> '*'
    AND n.value IS NOT NULL AND n.said_on IS NOT NULL
    -- the base: the reciprocal rate, else (none in effect) the baseline
    AND (c.measure <> 'baseline' OR NOT EXISTS (
           SELECT 1 FROM cv r WHERE r.d IS NOT DISTINCT FROM n.d AND r.metric = n.metric
             AND r.imposer = n.imposer AND r.target = n.target AND r.product = n.product
             AND r.unit = n.unit AND r.measure = 'reciprocal' AND r.status = 'in_effect'
             AND r.value IS NOT NULL))
),
tot AS (
  SELECT pid, sum(value) AS total, max(since) AS since,
         max(run_first) FILTER (WHERE after_change) AS changed,  -- the last change's report
         max(said_on) AS last_confirmed,
         arg_max(article, (run_first, measure)) AS article,
         arg_max(source, (run_first, measure)) AS source,
         arg_max(quote, (run_first, measure)) AS quote,  -- (one component: ties by measure)
         string_agg(measure || ' ' || printf('%g', value) || '% ('
                     || concat_ws(', ', coalesce(source, article), CAST(said_on AS VARCHAR))
                     || ')', ' + ' ORDER BY measure)
           AS parts
  FROM comp GROUP BY pid
  HAVING bool_or(measure IN ('reciprocal', 'baseline'))
),
-- The other way round (a step of its own, same country group): a measure-less US rate on
-- all of a partner's goods, reported no earlier than the partner's reciprocal rate, while
-- no other duty (fentanyl, penalty) is in effect or spoken of for it, is that partner's
-- one additional rate: it answers for the reciprocal rate too ("a 15% tariff on most of
-- its goods from August 1, down from the 25% announced"), when two or more articles state
-- it. Not when the reciprocal rate is paused (a later measure-less rate is then the
-- baseline that applies), nor for a baseline value, a threat, a partner a text reported
-- by d speaks of a penalty on (the figure may stack it), or a total the components have
-- since changed.
sole AS (
  SELECT r.pid, n.value, n.status, n.in_effect, n.since, n.sources, n.last_confirmed,
         n.article, n.source, n.quote, n.said_on
  FROM cv r JOIN cv n
    ON n.d IS NOT DISTINCT FROM r.d AND n.metric = r.metric AND n.imposer = r.imposer
   AND n.target = r.target AND n.product = r.product AND n.unit = r.unit
   AND n.measure IS NULL
  WHERE r.metric = 'tariff_rate' AND r.imposer = 'US' AND r.measure = 'reciprocal'
    AND r.product = 'all' AND n.value IS NOT NULL AND n.said_on IS NOT NULL
    AND n.said_on >= coalesce(r.said_on, n.said_on)
    -- two or more articles state it: a lone figure does not speak for it; (h90) unless the
    -- reciprocal rate is only a threat, which no standing rate backs: the rate reported
    -- since (a deal's "15% on most EU goods") is what the partner has
    AND (n.sources >= 2 OR r.status = 'proposed')
    AND r.status IS DISTINCT FROM 'paused' AND n.status IS DISTINCT FROM 'proposed'
    AND NOT n.penalty_told  -- a penalty on the partner spoken of: the figure may stack it
    AND NOT (abs(n.value - coalesce(r.value, -1)) <= 0.01)
    AND NOT EXISTS (SELECT 1 FROM tot WHERE tot.pid = n.pid AND tot.changed > n.said_on)
    AND NOT EXISTS (
      SELECT 1 FROM cv c WHERE c.d IS NOT DISTINCT FROM r.d AND c.metric = r.metric
        AND c.imposer = r.imposer AND c.target = r.target AND c.unit = r.unit
        AND c.product = r.product
        AND ((c.measure IN ('fentanyl', 'penalty') AND c.status = 'in_effect')
             OR (c.measure = 'baseline' AND abs(c.value - n.value) <= 0.01)))
),
cv2 AS (
  SELECT cv.* REPLACE (
           coalesce(sole.value, cv.value) AS value,
           CASE WHEN sole.pid IS NULL THEN cv.status ELSE sole.status END AS status,
           coalesce(sole.in_effect, cv.in_effect) AS in_effect,
           CASE WHEN sole.pid IS NULL THEN cv.since ELSE sole.since END AS since,
           coalesce(sole.sources, cv.sources) AS sources,
           CASE WHEN sole.pid IS NULL THEN cv.last_confirmed ELSE sole.last_confirmed END
             AS last_confirmed,
           coalesce(sole.article, cv.article) AS article,
           CASE WHEN sole.pid IS NULL THEN cv.source ELSE sole.source END AS source,
           CASE WHEN sole.pid IS NULL THEN cv.quote ELSE sole.quote END AS quote,
           CASE WHEN sole.pid IS NULL THEN cv.rule
                ELSE concat_ws('; ', 'a rate on all the partner''s goods with no measure '
                               || 'named (' || coalesce(sole.source, sole.article) || ', '
                               || CAST(sole.said_on AS VARCHAR) || '), no other duty in '
                               || 'effect: its one additional rate, reported as late as '
                               || 'this one (' || coalesce(printf('%g', cv.value), '-')
                               || ')', cv.rule) END AS rule)
  FROM cv LEFT JOIN sole USING (pid)
)
SELECT cv.d, cv.fact_id, cv.metric, cv.imposer, cv.target, cv.product, cv.measure, cv.unit,
       CASE WHEN tot.pid IS NULL THEN cv.value ELSE tot.total END AS value,
       cv.date_value,
       CASE WHEN tot.pid IS NULL THEN cv.status ELSE 'in_effect' END AS status,
       cv.in_effect OR tot.pid IS NOT NULL AS in_effect,
       CASE WHEN tot.pid IS NULL THEN cv.since ELSE tot.since END AS since,
       -- no article states the sum itself: its sources are the components' (in `rule`)
       CASE WHEN tot.pid IS NULL THEN cv.sources ELSE 0 END AS sources,
       CASE WHEN tot.pid IS NULL THEN cv.last_confirmed ELSE tot.last_confirmed END
         AS last_confirmed,
       cv.conflict, cv.official_mismatch,
       CASE WHEN tot.pid IS NULL THEN cv.article ELSE tot.article END AS article,
       CASE WHEN tot.pid IS NULL THEN cv.source ELSE tot.source END AS source,
       CASE WHEN tot.pid IS NULL THEN cv.quote ELSE tot.quote END AS quote,
       CASE WHEN tot.pid IS NULL THEN cv.rule
            ELSE concat_ws('; ', 'the stated total (' || printf('%g', cv.value) || '%, '
                           || CAST(cv.said_on AS VARCHAR) || ') predates a change of its '
                           || 'components: their sum in effect now, ' || tot.parts,
                           cv.rule) END AS rule
FROM cv2 AS cv
LEFT JOIN tot ON tot.pid = cv.pid AND tot.changed > cv.said_on
