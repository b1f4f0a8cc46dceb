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
-- (h225-2) A rate an undated text states in effect, with no start of its own, is evidence no
-- earlier than the start a dated report gives that value in effect (`moved`): the text's
-- inferred date ("Since May 3, car parts have paid ...", placed on May 3) cannot put the
-- value before its start ("steel at 50 per cent" there; "the duty was 25 per cent until June
-- 4, when it doubled" in a dated report): it was written after it. Only while no dated
-- report by the inferred date has that value (then the value may have stood already).
WITH moved AS (
  SELECT c.claim_id, min(x.effective) AS s
  FROM fact_claims c JOIN fact_claims x
    ON x.fact_id = c.fact_id AND NOT x.is_dup AND NOT x.is_prev AND NOT x.date_inferred
   AND x.seq_date IS NOT NULL AND x.status = 'in_effect'
   AND x.effective > c.seq_date AND x.effective <= x.seq_date
   AND abs(x.v - c.v) <= x.h + c.h + 1e-9
  WHERE c.date_inferred AND NOT c.is_dup AND NOT c.is_prev AND c.metric = 'tariff_rate'
    AND c.status = 'in_effect' AND c.effective IS NULL AND c.seq_date IS NOT NULL
    AND NOT EXISTS (
      SELECT 1 FROM fact_claims y
      WHERE y.fact_id = c.fact_id AND NOT y.is_dup AND NOT y.date_inferred
        AND y.seq_date <= c.seq_date AND abs(y.v - c.v) <= y.h + c.h + 1e-9)
  GROUP BY c.claim_id
),
ev AS (
  SELECT fc.claim_id, fc.fact_id, fc.metric, fc.imposer, fc.target, fc.product, fc.measure,
         fc.unit, fc.value, fc.date_value, fc.v, fc.h, fc.status, fc.status_rank,
         fc.effective, coalesce(m.s, fc.seq_date) AS seq_date,
         coalesce(m.s, fc.seq_key) AS seq_key, coalesce(m.s, fc.date) AS date, fc.is_change,
         fc.quote_start, fc.article, fc.source, fc.quote, fc.doubtful
  FROM fact_claims fc LEFT JOIN moved m USING (claim_id)
  WHERE NOT fc.is_dup AND NOT fc.is_prev AND NOT fc.is_restated AND fc.v IS NOT NULL
    AND (fc.seq_date IS NULL OR CAST($as_of AS DATE) IS NULL
         OR coalesce(m.s, fc.seq_date) <= CAST($as_of AS DATE))
),
ev1 AS (  -- (h127) a rate stated with no status that an earlier article gave as the value
          -- the fact changed from ("36% announced in April, now 19%"): told again later,
          -- with no status, it is history ("in April it had set 36% before pausing it"),
          -- not the rate as it stands (15 does not take it over an established claim)
  -- (h187) so is one stated in effect with no change told, when no report since that
  -- article tells a change to it ("lifts the duty to 35% from 25%" on August 1; "goods
  -- outside the pact still pay 25%" in September): a reversal is told as a change
  SELECT ev.*, coalesce((ev.status IS NULL
                         OR (ev.status = 'in_effect' AND NOT ev.is_change))
                        AND ev.metric = 'tariff_rate'
                        AND ev.seq_date IS NOT NULL AND EXISTS (
           SELECT 1 FROM fact_claims p WHERE p.fact_id = ev.fact_id AND p.is_prev
             AND NOT p.is_dup AND p.article <> ev.article AND p.seq_date < ev.seq_date
             AND abs(p.v - ev.v) <= p.h + ev.h + 1e-9
             AND (ev.status IS NULL OR (
               -- the change that article tells is in force by then (not a deal's agreed
               -- value: the old rate applies until that starts) ...
               EXISTS (
                 SELECT 1 FROM fact_claims n WHERE n.fact_id = ev.fact_id
                   AND n.article = p.article AND NOT n.is_prev AND NOT n.is_dup
                   AND NOT (abs(n.v - ev.v) <= n.h + ev.h + 1e-9)
                   AND (n.status = 'in_effect'
                        OR (n.status = 'scheduled' AND n.effective <= ev.seq_date)))
               -- ... and no report since tells a change back to it
               AND NOT EXISTS (
                 SELECT 1 FROM fact_claims q WHERE q.fact_id = ev.fact_id AND q.is_change
                   AND NOT q.is_dup AND NOT q.is_prev AND q.seq_date >= p.seq_date
                   AND q.seq_date <= ev.seq_date
                   AND abs(q.v - ev.v) <= q.h + ev.h + 1e-9)))), false) AS replaced_told
  FROM ev
),
slips AS (  -- (h217-3, h209-4 mended) the claims the official table contradicts (official
            -- mismatches, 12_official_conflicts.sql); not a stack: a figure that two other
            -- figures of its article for the same parties and goods (any measure) add up to
            -- ("a further 25% on top of the 25% reciprocal rate, 50% in all") is the rate
            -- all in, no slip. On all goods only: one day's rates on a category of goods are
            -- its parts (15's spread reads them: "up to"), not slips
  SELECT ev.claim_id
  FROM (SELECT DISTINCT unnest(claim_ids) AS claim_id FROM conflicts
        WHERE kind = 'official_mismatch') m
  JOIN ev1 ev ON ev.claim_id = m.claim_id
  WHERE ev.product = 'all' AND NOT EXISTS (
    SELECT 1 FROM ev1 x JOIN ev1 y
      ON y.article = x.article AND y.metric = x.metric
     AND y.imposer IS NOT DISTINCT FROM x.imposer AND y.target IS NOT DISTINCT FROM x.target
     AND y.product IS NOT DISTINCT FROM x.product AND y.claim_id > x.claim_id
    WHERE x.article = ev.article AND x.metric = ev.metric
      AND x.imposer IS NOT DISTINCT FROM ev.imposer AND x.target IS NOT DISTINCT FROM ev.target
      AND x.product IS NOT DISTINCT FROM ev.product
      AND x.claim_id <> ev.claim_id AND y.claim_id <> ev.claim_id
      AND abs(x.v + y.v - ev.v) <= x.h + y.h + ev.h + 1e-9)
),
ev2 AS (  -- a pause of a rate reported the same day as that rate in effect (or with no
          -- status) comes after it (a pause presupposes the rate): it is the later evidence;
          -- a scheduled rate is not outranked (a pause may be of a threat before its date)
  SELECT ev.*, coalesce(ev.status = 'paused', false) AND EXISTS (
           SELECT 1 FROM ev x WHERE x.fact_id = ev.fact_id AND x.seq_key = ev.seq_key
             AND coalesce(x.status, 'in_effect') = 'in_effect'
             AND abs(x.v - ev.v) <= x.h + ev.h + 1e-9) AS pauses_it,
         ev.claim_id IN (SELECT claim_id FROM slips) AS off_slip
  FROM ev1 ev
),
-- one sort: position in the fact's evidence order; of the dates of one fact reported the
-- same day the later is the later state (a deadline moved or the next step: "paused from
-- August 12 until November 10"), whatever their status; (h159) of the claims of one day a
-- doubtful one (its sentence does not name its party) comes before a sure one, whatever
-- its status: the party was read from farther away, so it gives way to a figure its own
-- sentence ties to the party; (h217-3) of one day's claims at the same status, one the
-- official table contradicts (`off_slip`) comes before one it does not: the figure the
-- table backs is the later evidence ("50%" beside "paid a 25%", both in force from March 4)
ord AS (
  SELECT * EXCLUDE (pauses_it, off_slip), row_number() OVER w AS pos
  FROM ev2
  WINDOW w AS (PARTITION BY fact_id ORDER BY seq_key, pauses_it,
                                              CASE WHEN metric = 'effective_date' THEN v END
                                                NULLS FIRST,
                                              NOT coalesce(doubtful, false),
                                              status_rank, NOT off_slip, is_change,
                                              date NULLS FIRST, quote_start DESC, claim_id)
),
-- (h96, h103) A deal's change agreed but not yet in force leaves the value it changes from
-- in effect (15's `pend`): `agreed_until` is the first date it no longer does, NULL for a
-- claim it never holds for. It depends on the claim and the reports of its day and before
-- alone, so it is made here once, not at every date 15b reads (what kept 15b's memory in
-- bounds). An agreed rate (not a date) from a dated article whose article gives the fact a
-- previous value holds it back until the first of: $window_days days after its report
-- (later, with no start told, a reader no longer says the old value applies and the deal's
-- value stands as agreed); its own start; the date from which a report of its day or before
-- has the same value in effect (dated, stated in effect) or due (scheduled or agreed from
-- a date). Not when the value it changes was itself pending: its article gives that value's
-- start as a date not yet come when it wrote ("down from the 25% threatened from August
-- 1"); or the latest report of that value from another article, of its day or before, has
-- it only announced (threatened, paused, or due from a date, come or not) and not in force:
-- nothing tells the reader it applied, and a deal struck ahead of a deadline replaces the
-- rate announced for it (a 25% paused, then due from August 1; later "the deal lowers it
-- from 25% to 15%": the 15% is agreed). With no other report of it, the deal's own "from"
-- value is taken as what applies.
prev AS (  -- an agreed rate's previous values in its own article. (h159) Not a pledge's
           -- (investment, purchases): a pledge is the agreement itself, so a larger one
           -- agreed ("raises its pledge from $500 billion to $600 billion") is the pledge
           -- from the day it is agreed; no old pledge "applies" until it starts
  SELECT c.claim_id, f.v, f.h
  FROM ord c JOIN fact_claims f
    ON f.fact_id = c.fact_id AND f.article = c.article AND f.is_prev AND NOT f.is_dup
   AND f.v IS NOT NULL AND NOT (abs(f.v - c.v) <= f.h + c.h + 1e-9)
  WHERE c.status = 'agreed' AND c.metric <> 'effective_date' AND c.seq_date IS NOT NULL
    AND c.metric NOT IN ('investment', 'purchase')
),
prev_official AS (  -- (h194, h274-1) those previous values the official table has in force
                    -- for the partner on the deal's report date (its own row, started, not
                    -- ended, not only announced): they applied, however an article told them
  SELECT DISTINCT f.claim_id, f.v
  FROM prev f JOIN ord c ON c.claim_id = f.claim_id
  JOIN reference r
    ON r.imposer = c.imposer AND r.target = c.target AND r.product = c.product
   AND r.measure = c.measure AND NOT coalesce(r.pause, false)
   AND r.status <> 'announced' AND abs(r.rate_percent - f.v) <= 0.01
   AND greatest(r.announced_date, r.effective_date) <= c.seq_date
   AND coalesce(r.end_date > c.seq_date, true)
),
held AS (  -- those whose previous value may still apply (not itself pending)
  SELECT c.claim_id,
         min(CASE WHEN (y.status = 'in_effect' AND y.seq_date IS NOT NULL)
                  THEN coalesce(y.effective, DATE '1900-01-01')
                  WHEN y.status IN ('scheduled', 'agreed') THEN y.effective END) AS due_from
  FROM ord c LEFT JOIN ord y
    ON y.fact_id = c.fact_id AND y.seq_key <= c.seq_key AND abs(y.v - c.v) <= y.h + c.h + 1e-9
  WHERE c.claim_id IN (SELECT claim_id FROM prev)
    AND NOT EXISTS (
      SELECT 1 FROM fact_claims e WHERE e.article = c.article AND NOT e.is_dup AND e.is_prev
        AND e.metric = 'effective_date' AND e.imposer IS NOT DISTINCT FROM c.imposer
        AND e.target IS NOT DISTINCT FROM c.target
        AND e.measure IS NOT DISTINCT FROM c.measure AND e.date_value >= c.seq_date)
    -- (h283-1) nor where its article gives a previous value of the fact a start of its own
    -- after the report, other than the agreed value's own start: that value was only due
    -- ("one point below the 22% set out in a letter last week, due from Sept. 1", told
    -- Aug. 20): a deal struck ahead of that day replaces a rate that never applied
    AND NOT EXISTS (
      SELECT 1 FROM fact_claims p WHERE p.fact_id = c.fact_id AND p.article = c.article
        AND p.is_prev AND NOT p.is_dup AND p.effective > c.seq_date
        AND p.effective IS DISTINCT FROM c.effective
        AND NOT (abs(p.v - c.v) <= p.h + c.h + 1e-9))
    AND NOT EXISTS (
      SELECT 1 FROM prev f WHERE f.claim_id = c.claim_id
        AND (SELECT arg_max(y.status, y.pos) FROM ord y
             WHERE y.fact_id = c.fact_id AND y.seq_key <= c.seq_key
               AND y.article <> c.article AND abs(y.v - f.v) <= y.h + f.h + 1e-9)
            IN ('proposed', 'paused', 'scheduled')
        -- (h194) unless the official table has that value in force for the partner on the
        -- deal's report date (`prev_official`): it applied, however the last report before
        -- told it ("39% from Aug. 7", scheduled, then in November "a deal to cut the 39% to
        -- 15%": the 39% stands until the cut)
        AND NOT EXISTS (SELECT 1 FROM prev_official p
                        WHERE p.claim_id = f.claim_id AND p.v = f.v))
  GROUP BY c.claim_id
),
-- (h274-1) `announced_prev`: an agreed rate whose previous value the official table has
-- for the partner only announced on the deal's report date (due from a start after it) and
-- not in force then: that value was pending however its article tells it ("sparing them
-- the 25% that had been due on Aug. 1", its day read as the rate's start, not as a previous
-- date). The deal replaced a rate never in force: `agreed_until` is NULL (the deal's value
-- stays agreed until it starts; `agreed_start` still makes it in effect from its own start)
announced_prev AS (
  SELECT DISTINCT f.claim_id
  FROM prev f JOIN ord c ON c.claim_id = f.claim_id
  JOIN reference r
    ON r.imposer = c.imposer AND r.target = c.target AND r.product = c.product
   AND r.measure = c.measure AND NOT coalesce(r.pause, false)
   AND abs(r.rate_percent - f.v) <= 0.01
   AND r.announced_date <= c.seq_date AND r.effective_date > c.seq_date
  WHERE NOT EXISTS (SELECT 1 FROM prev_official p WHERE p.claim_id = f.claim_id AND p.v = f.v)
),
-- (h114-3, h121) When an agreed value reads in effect, made here once per claim (15's `due`
-- reads it against d; a correlated subquery there at every 15b point broke the 128 MB bound).
-- `agreed_told_from`, `agreed_told_start`: a report after the agreed value's own dates the
-- start of the same measure for the same parties in force, on or after the deal's report
-- ("the lower duty on cars took effect on September 16"): from the day both that report is
-- out and that start has come, the agreed value is in effect, since that start (a date is
-- keyed apart from the rate, so the fact's own order never holds it)
told AS (
  SELECT c.claim_id, min(greatest(e.seq_date, e.date_value)) AS agreed_told_from,
         arg_min(e.date_value, (greatest(e.seq_date, e.date_value), e.date_value))
           AS agreed_told_start
  FROM ord c JOIN fact_claims e
    ON e.metric = 'effective_date' AND NOT e.is_dup AND NOT e.is_prev
   AND e.status = 'in_effect' AND e.imposer IS NOT DISTINCT FROM c.imposer
   AND e.target IS NOT DISTINCT FROM c.target AND e.product IS NOT DISTINCT FROM c.product
   AND e.measure IS NOT DISTINCT FROM c.measure
   AND e.seq_date > c.seq_date AND e.date_value >= c.seq_date
  WHERE c.status = 'agreed' AND c.metric <> 'effective_date' AND c.seq_date IS NOT NULL
  GROUP BY c.claim_id
),
-- (h127) a change read in effect with no start of its own, while an earlier dated report of
-- another article schedules the same value: the latest such start (15's `pend` holds the
-- change's previous value while that start is after d); (h169) or its own article, earlier
-- in the order ("falls from 20% to 10% from Nov. 10" ... "keeping the 10% levy"); (h243-1)
-- or agrees it from a start its article states for the same measure and parties ("cars
-- will pay 15% from Sept. 16, down from 27.5%", read agreed, the Sept. 16 a start of the
-- car levy; then "the day the duty drops from 27.5% to 15%", read in effect): an agreed
-- value with a start of its own is due from that start, as a scheduled one is (15's
-- `agreed_dated` reads it so); a date its article holds for something else (a threat's
-- deadline) is no start of it
sched AS (
  SELECT c.claim_id, max(x.effective) AS sched_until
  FROM ord c JOIN ord x
    ON x.fact_id = c.fact_id AND x.pos < c.pos
   AND x.seq_date IS NOT NULL
   AND (x.status = 'scheduled'
        OR (x.status = 'agreed' AND EXISTS (
              SELECT 1 FROM fact_claims e
              WHERE e.article = x.article AND e.metric = 'effective_date'
                AND NOT e.is_dup AND NOT e.is_prev
                AND e.status IN ('scheduled', 'in_effect') AND e.date_value = x.effective
                AND e.imposer IS NOT DISTINCT FROM x.imposer
                AND e.target IS NOT DISTINCT FROM x.target
                AND e.product IS NOT DISTINCT FROM x.product
                AND e.measure IS NOT DISTINCT FROM x.measure)))
   AND abs(x.v - c.v) <= x.h + c.h + 1e-9
  WHERE c.status = 'in_effect' AND c.effective IS NULL AND c.is_change
    AND c.metric <> 'effective_date'
  GROUP BY c.claim_id
),
-- (h292-1) `early_until`: a rate read in effect, told as no change, before the start an
-- earlier report of another article schedules the same value from ("cabinets now carry
-- 50%", told Oct. 30, where a report of Oct. 15 had 25% paid and 50% due from Jan. 1): the
-- latest such start after the claim's report. A report that jumps the schedule other
-- sources tell is read ahead of time, not as the start brought forward (that is told as a
-- change or with a date of its own): 15's `o2b` keeps the rate in effect before it until
-- that start
early AS (
  SELECT c.claim_id, max(x.effective) AS early_until
  FROM ord c JOIN ord x
    ON x.fact_id = c.fact_id AND x.pos < c.pos AND x.article <> c.article
   AND x.seq_date IS NOT NULL AND x.status = 'scheduled' AND x.effective > c.seq_date
   AND abs(x.v - c.v) <= x.h + c.h + 1e-9
  WHERE c.status = 'in_effect' AND c.effective IS NULL AND NOT c.is_change
    AND c.metric = 'tariff_rate' AND c.seq_date IS NOT NULL
  GROUP BY c.claim_id
),
-- (h151) `deal_start`: a deal's change agreed with no start in its own sentence, whose
-- article dates one start, due or in force, for the deal between the same two parties
-- (either side's measure: "a truce that begins on May 14 ... China will lower its charge
-- from 125% to 10%"), on or after its report: from that start the change applies (15's
-- `due`; made here once per claim, and a breakpoint of 15b); (h187) so for a change
-- scheduled with no start of its own ("Washington's rate falls to 12% on June 6; Bucharest
-- lowers its own to 8% for the same period": 15's `pend` and status read it due from then)
dealstart AS (
  SELECT c.claim_id,
         CASE WHEN count(DISTINCT e.date_value) = 1 THEN max(e.date_value) END AS deal_start
  FROM ord c JOIN fact_claims e
    ON e.article = c.article AND e.metric = 'effective_date' AND NOT e.is_dup
   AND NOT e.is_prev AND e.status IN ('in_effect', 'scheduled')
   AND e.date_value >= c.seq_date
   AND ((e.imposer = c.imposer AND e.target = c.target)
        OR (e.imposer = c.target AND e.target = c.imposer))
  WHERE c.status IN ('agreed', 'scheduled') AND c.metric <> 'effective_date' AND c.is_change
    AND c.effective IS NULL AND c.seq_date IS NOT NULL
  GROUP BY c.claim_id
),
-- (h159-6, lead-19) a rate scheduled with no start of its own: where the official table
-- has the same rate for its key (this partner's row or every partner's), it stands as
-- the table has it by the as-of date: in force from the row's announcement and start
-- until its end (`official_from`, `official_to`), or paused from the row's end where a
-- pause row of the measure follows it (`official_paused_from`, `official_paused_to`).
-- Made here once per claim (the first such row), read by 15's `due` and a breakpoint of
-- 15b, so the rules at every breakpoint compare dates instead of joining the table
official_in AS (
  SELECT c.claim_id,
         min(greatest(r.announced_date, r.effective_date)) AS official_from,
         arg_min(r.end_date, greatest(r.announced_date, r.effective_date)) AS official_to
  FROM ord c JOIN reference r
    ON r.imposer = c.imposer AND r.product = c.product AND r.measure = c.measure
   AND (r.target = c.target OR r.target = '*') AND NOT coalesce(r.pause, false)
   AND abs(r.rate_percent - c.v) <= 0.01
  WHERE c.status = 'scheduled' AND c.metric = 'tariff_rate' AND c.effective IS NULL
  GROUP BY c.claim_id
),
official_pz AS (
  SELECT c.claim_id,
         min(greatest(r.announced_date, r.end_date, q.announced_date, q.effective_date))
           AS official_paused_from,
         arg_min(q.end_date, greatest(r.announced_date, r.end_date, q.announced_date,
                                      q.effective_date)) AS official_paused_to
  FROM ord c JOIN reference r
    ON r.imposer = c.imposer AND r.product = c.product AND r.measure = c.measure
   AND (r.target = c.target OR r.target = '*') AND NOT coalesce(r.pause, false)
   AND abs(r.rate_percent - c.v) <= 0.01 AND r.end_date IS NOT NULL
  JOIN reference q
    ON q.imposer = r.imposer AND q.product = r.product AND q.measure = r.measure
   AND (q.target = c.target OR q.target = '*') AND coalesce(q.pause, false)
   AND q.effective_date >= r.end_date
  WHERE c.status = 'scheduled' AND c.metric = 'tariff_rate' AND c.effective IS NULL
  GROUP BY c.claim_id
),
-- (h265-2) `agreed_official_from`, `agreed_official_to`: a deal's rate agreed with no start
-- of its own, where the official table has that rate for the partner (its own row, not
-- every partner's; a row that came into force, with a start, not ended by the deal's
-- report): from the row's announcement and start until its end the deal's rate is in force
-- (15's `due`), and the old value its article gives stands no longer (`agreed_until`).
-- `deal_pos`, `deal_from`, `deal_to`: for a rate stated in effect, the latest such agreed
-- claim of its article and day with another value ("the pact sets 19%; while talks ran,
-- goods paid 10%"): the rate paid meanwhile gives way to the deal's from that start (15's
-- `o2b`). Made here once per claim, read at a breakpoint of 15b
official_agreed AS (
  SELECT c.claim_id,
         min(greatest(r.announced_date, r.effective_date)) AS agreed_official_from,
         arg_min(r.end_date, greatest(r.announced_date, r.effective_date))
           AS agreed_official_to
  FROM ord c JOIN reference r
    ON r.imposer = c.imposer AND r.product = c.product AND r.measure = c.measure
   AND r.target = c.target AND NOT coalesce(r.pause, false)
   AND r.status IN ('in_effect', 'superseded') AND r.effective_date IS NOT NULL
   AND abs(r.rate_percent - c.v) <= 0.01 AND coalesce(r.end_date > c.seq_date, true)
  WHERE c.status = 'agreed' AND c.metric = 'tariff_rate' AND c.effective IS NULL
    AND c.seq_date IS NOT NULL
  GROUP BY c.claim_id
),
deal_over AS (
  SELECT t.claim_id, max(x.pos) AS deal_pos,
         arg_max(a.agreed_official_from, x.pos) AS deal_from,
         arg_max(a.agreed_official_to, x.pos) AS deal_to
  FROM ord t JOIN ord x
    ON x.fact_id = t.fact_id AND x.article = t.article AND x.seq_key = t.seq_key
   AND x.claim_id <> t.claim_id AND NOT (abs(x.v - t.v) <= x.h + t.h + 1e-9)
  JOIN official_agreed a ON a.claim_id = x.claim_id
  WHERE t.status = 'in_effect'
  GROUP BY t.claim_id
),
-- (h265-1) `official_start`: a rate scheduled from a start of its own whose key and value
-- the official table starts only later (its first row of that rate that came into force,
-- this partner's or every partner's, starts after the claim's start): the start was put
-- off ("trucks pay 25% from October 1", then the proclamation dates it November 1), so
-- until the table's start the rate is still due, not in force (15's `st`). Made here once
-- per claim, read by 15's `due` and a breakpoint of 15b
official_later AS (
  SELECT c.claim_id, min(r.effective_date) AS official_start
  FROM ord c JOIN reference r
    ON r.imposer = c.imposer AND r.product = c.product AND r.measure = c.measure
   AND (r.target = c.target OR r.target = '*') AND NOT coalesce(r.pause, false)
   AND r.status <> 'announced' AND abs(r.rate_percent - c.v) <= 0.01
  WHERE c.status = 'scheduled' AND c.metric = 'tariff_rate' AND c.effective IS NOT NULL
  GROUP BY c.claim_id
  HAVING min(r.effective_date) > min(c.effective)
),
-- (h173-3, h180) `stood_v`: for a rate on a category of goods (not all goods), the rate the
-- latest earlier day's report had in effect (that day's last in the order), which 15's
-- `spread` keeps over a same-day higher figure of the claim's article (a stacked rate, an
-- exemption told beside the rate that stands); NULL when the claim's article that day tells
-- the fact's change to another value (a change word beside it: "doubled to 50%"). Made here
-- once per claim: an ASOF join inside 15's rules, read at every 15b point, broke the 128 MB
-- bound
stood_days AS (  -- each day's last rate in effect of a category's fact
  SELECT fact_id, seq_key, arg_max(v, pos) AS v
  FROM ord
  WHERE status = 'in_effect' AND seq_date IS NOT NULL AND metric = 'tariff_rate'
    AND product <> 'all'
  GROUP BY fact_id, seq_key
),
stood0 AS (  -- (an ASOF join: the latest earlier day, one row per claim)
  SELECT t.claim_id, t.fact_id, t.article, t.seq_key, y.v AS sv
  FROM ord t ASOF JOIN stood_days y ON y.fact_id = t.fact_id AND y.seq_key < t.seq_key
  WHERE t.metric = 'tariff_rate' AND t.product <> 'all'
),
stood AS (  -- not when the claim's article that day tells a change to another value
  SELECT s.claim_id, s.sv AS stood_v
  FROM stood0 s
  WHERE NOT EXISTS (
    SELECT 1 FROM ord z JOIN fact_claims f ON f.claim_id = z.claim_id
    WHERE z.fact_id = s.fact_id AND z.article = s.article AND z.seq_key = s.seq_key
      AND NOT (abs(z.v - s.sv) <= z.h + 1e-9) AND coalesce(f.change_word, '') <> '')
),
-- (h180) `scale_pos`: for an amount of money, the latest earlier claim of the fact from
-- another article that states it a thousandfold larger or smaller ("$550 million" after
-- "$550 billion": millions for billions), not a threat or a pause: 15 keeps that figure over
-- the slip when this claim is chosen. Made here once per claim (the 128 MB bound)
scaled AS (
  SELECT c.claim_id, max(x.pos) AS scale_pos
  FROM ord c JOIN ord x
    ON x.fact_id = c.fact_id AND x.pos < c.pos AND x.article <> c.article
   AND x.seq_date IS NOT NULL AND coalesce(x.status NOT IN ('proposed', 'paused'), true)
   AND (abs(x.v - 1000 * c.v) <= x.h + 1000 * c.h + 1e-9
        OR abs(1000 * x.v - c.v) <= 1000 * x.h + c.h + 1e-9)
  WHERE c.unit NOT IN ('percent', 'date', 'day') AND c.v > 0
  GROUP BY c.claim_id
),
-- (h256-5) `stacked_total`: a rate on a category of goods that is the sum of another figure
-- its article states the same day on the fact, at the same status, and a duty of another
-- kind (another measure, or none) on the same goods of the same partner in that article
-- ("planks pay 8% under Section 232, on top of older duties of about 30% ... close to 38%
-- all told"): the stacked total, which 15's `spread` takes for no part. Not with the normal
-- duty (its sentence names it: rules/status.toml [normal_rate], bound as
-- $normal_duty_words): "8% over the 2% normal duty, 10% in all" tells a quota's rate as
-- the total with it. Made here once per claim (the 128 MB bound)
stacked AS (
  SELECT DISTINCT x.claim_id, true AS stacked_total
  FROM ord x JOIN ord y
    ON y.fact_id = x.fact_id AND y.article = x.article AND y.seq_key = x.seq_key
   AND y.claim_id <> x.claim_id AND y.v > 0 AND y.status IS NOT DISTINCT FROM x.status
  JOIN fact_claims z
    ON z.article = y.article AND z.metric = y.metric AND z.fact_id <> y.fact_id
   AND z.imposer IS NOT DISTINCT FROM y.imposer AND z.target IS NOT DISTINCT FROM y.target
   AND z.product IS NOT DISTINCT FROM y.product AND z.measure IS DISTINCT FROM y.measure
   AND NOT z.is_dup AND NOT z.is_prev AND z.v > 0
   AND abs(y.v + z.v - x.v) <= x.h + y.h + z.h + 1e-9
  WHERE x.metric = 'tariff_rate' AND x.product <> 'all'
    AND NOT EXISTS (SELECT 1 FROM claims s WHERE s.claim_id = z.claim_id
                      AND regexp_matches(lower(s.sentence), $normal_duty_words))
)
SELECT ord.* EXCLUDE (doubtful),
       CASE WHEN held.claim_id IS NOT NULL
                 AND ord.claim_id NOT IN (SELECT claim_id FROM announced_prev)
            THEN least(ord.seq_date + ($window_days + 1),
                       coalesce(ord.effective, DATE '9999-12-31'),
                       coalesce(held.due_from, DATE '9999-12-31'),
                       coalesce(official_agreed.agreed_official_from, DATE '9999-12-31'))
            END AS agreed_until,
       -- (h114-1, lead-14) `agreed_start`: the other side of 15's `pend` (h105): an agreed
       -- change whose article gives the value it changes from, with a start of its own
       -- ("agreed to cut the levy from 20% to 10%, effective November 10"), is made when
       -- that start comes. Only where `held` keeps that old value (it applied: not itself
       -- pending, nor only announced): a deal replacing a rate never in force stays agreed.
       -- (h274-1) One the official table alone has only announced (`announced_prev`) is
       -- still held here: its article does not tell it pending, so the deal's own start
       -- is read as the day it takes effect (only `agreed_until` is left NULL for it).
       CASE WHEN held.claim_id IS NOT NULL AND ord.is_change THEN ord.effective END
         AS agreed_start,
       told.agreed_told_from, told.agreed_told_start,
       sched.sched_until, early.early_until, dealstart.deal_start,
       official_in.official_from, official_in.official_to,
       official_pz.official_paused_from, official_pz.official_paused_to,
       official_later.official_start, official_agreed.agreed_official_from,
       official_agreed.agreed_official_to, deal_over.deal_pos, deal_over.deal_from,
       deal_over.deal_to, stood.stood_v,
       scaled.scale_pos, coalesce(stacked.stacked_total, false) AS stacked_total
FROM ord LEFT JOIN held USING (claim_id) LEFT JOIN told USING (claim_id)
LEFT JOIN sched USING (claim_id) LEFT JOIN early USING (claim_id)
LEFT JOIN dealstart USING (claim_id)
LEFT JOIN official_in USING (claim_id) LEFT JOIN official_pz USING (claim_id)
LEFT JOIN official_later USING (claim_id) LEFT JOIN official_agreed USING (claim_id)
LEFT JOIN deal_over USING (claim_id)
LEFT JOIN stood USING (claim_id) LEFT JOIN scaled USING (claim_id)
LEFT JOIN stacked USING (claim_id)
