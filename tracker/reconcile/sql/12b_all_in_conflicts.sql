-- conflicts (kind 'conflict', appended): a stated all-in figure that disagrees with the sum
-- of the partner's components, when another article states that sum as the all-in figure
-- in the same period.
--
-- A US rate on all of a partner's goods with no measure (the whole of its additional
-- duties: stated so, or read so by 01c_all_in_sums.sql) is compared with the official sum
-- of the partner's components on its date (official_sums.sql: at least two of the
-- partner's own rows in the stack). Two articles' all-in figures of one period are one
-- statistic: when one states that sum and the other a different figure, the two are a
-- conflict (a figure counting other duties, or a mistake), even when the other figure is
-- the value before a change ("tariffs fall from 57% to 47%", where the components summed
-- to 30% until then) or its article's date is a guess: the table's sum stands over the
-- whole period the guess allows (the sum is the same on the first and last day of the
-- span), and a second article states it. Only figures in effect, with no status, or the
-- value before a change (held until it) count: a deal's, a schedule's or a threat's figure
-- is not yet anyone's sum, and a paused one is not in force. Pairs 09 already raised are
-- not raised again. A figure equal to one of the components, whose own article states the
-- sum of its period too, is a part of that sum, not a second all-in figure: not raised.
-- The conflict's reason gives the sum, row by row.
WITH stated AS (  -- the partner-wide all-in figures with the span of days they may be on
  SELECT claim_id, fact_id, article, source, quote, quote_start, v, h, status, seq_date,
         target,
         -- a value before a change held up to a change told by then: the sum must have
         -- stood over the $window_days before its report too ("down from 30%" told the day
         -- the duty was halved is the sum of before, not a figure off today's)
         CAST(seq_date - INTERVAL (CASE WHEN status = 'previous' THEN $window_days ELSE 0 END)
              DAY AS DATE) AS d0,
         seq_date + INTERVAL (CASE WHEN date_inferred THEN $inferred_days ELSE 0 END) DAY
           AS d1
  FROM fact_claims
  WHERE metric = 'tariff_rate' AND unit = 'percent' AND imposer = 'US'
    AND target IS NOT NULL AND target <> '*' AND product = 'all' AND measure IS NULL
    AND NOT is_dup AND NOT is_restated AND v IS NOT NULL AND seq_date IS NOT NULL
    AND NOT coalesce(doubtful, false)
    AND coalesce(status, 'in_effect') IN ('in_effect', 'previous')
),
sum_req AS (
  SELECT claim_id, target, d0 AS day FROM stated
  UNION SELECT claim_id, target, seq_date FROM stated
  UNION SELECT claim_id, target, CAST(d1 AS DATE) FROM stated
),
sums AS (
/*INCLUDE official_sums.sql*/
),
judged AS (  -- each figure against the sum, the same over its span (its first, report and
             -- last days: the official rows change on few days, so a sum the same on the
             -- ends of a span of a few weeks rarely moved between them)
  SELECT s.*, a.total, a.rec, a.base, a.fent, a.pen,
         abs(s.v - a.total) <= s.h + 0.005 AS is_sum
  FROM stated s
  JOIN sums a ON a.claim_id = s.claim_id AND a.day = s.seq_date
  JOIN sums b ON b.claim_id = s.claim_id AND b.day = s.d0
  JOIN sums c ON c.claim_id = s.claim_id AND c.day = CAST(s.d1 AS DATE)
  WHERE a.parts >= 2 AND b.parts >= 2 AND c.parts >= 2
    AND abs(a.total - b.total) <= 0.005 AND abs(a.total - c.total) <= 0.005
),
own_sum AS (  -- figures equal to one of the official components, whose own article states
             -- the sum of their period too: the article agrees with the sum, and the
             -- figure is a part of it ("the combined rate, a 10% baseline plus a 40%
             -- surcharge", next to "raised to 50%"), not another all-in figure. A figure
             -- above the sum, or no component, is another statistic even beside the sum
             -- ("dropping from 57%" beside "totaling 30% this year"). (h264) The article
             -- states the sum in any of its figures of the fact, whatever their status or
             -- doubt ("a deal that would lift the 50% tariff, of which 25% is the oil
             -- penalty": the 50% read as the value before a change, the 25% its part)
  SELECT DISTINCT o.claim_id
  FROM judged o JOIN fact_claims s
    ON s.fact_id = o.fact_id AND s.article = o.article AND s.claim_id <> o.claim_id
   AND NOT s.is_dup AND abs(s.v - o.total) <= s.h + 0.005 AND NOT o.is_sum
  WHERE abs(o.v - o.rec) <= o.h + 0.005 OR abs(o.v - o.base) <= o.h + 0.005
     OR abs(o.v - o.fent) <= o.h + 0.005 OR abs(o.v - o.pen) <= o.h + 0.005
),
pairs AS (  -- a figure off the sum, and another article's figure stating it, in one period
  SELECT o.fact_id, o.target, s.claim_id AS cs, o.claim_id AS co, s.total
  FROM judged o JOIN judged s
    ON s.fact_id = o.fact_id AND s.article <> o.article AND s.is_sum AND NOT o.is_sum
   AND abs(s.total - o.total) <= 0.005
   AND s.seq_date <= o.d1 + INTERVAL ($window_days) DAY
   AND o.seq_date <= s.d1 + INTERVAL ($window_days) DAY
  WHERE o.claim_id NOT IN (SELECT claim_id FROM own_sum)
),
raised AS (  -- what 09 already raised on the fact
  SELECT fact_id, value_a, value_b FROM conflicts WHERE kind = 'conflict'
),
sides AS (  -- per (fact, the two values): each side's claims
  SELECT p.fact_id, least(s.v, o.v) AS value_a, greatest(s.v, o.v) AS value_b,
         s.v < o.v AS sum_low, any_value(p.total) AS total,
         list(DISTINCT s.claim_id) AS sum_claims, list(DISTINCT o.claim_id) AS off_claims
  FROM pairs p JOIN judged s ON s.claim_id = p.cs JOIN judged o ON o.claim_id = p.co
  GROUP BY ALL
),
side_rows AS (  -- the claims of each side, with which side they are on
  SELECT x.fact_id, x.value_a, x.value_b, x.total, x.sum_low,
         (c.claim_id IN (SELECT unnest(x.sum_claims))) = x.sum_low AS is_a, j.*
  FROM sides x, unnest(list_concat(x.sum_claims, x.off_claims)) AS c(claim_id)
  JOIN judged j ON j.claim_id = c.claim_id
  WHERE NOT EXISTS (SELECT 1 FROM raised r
                    WHERE r.fact_id = x.fact_id AND abs(r.value_a - x.value_a) <= 0.005
                      AND abs(r.value_b - x.value_b) <= 0.005)
),
agg AS (
  SELECT fact_id, value_a, value_b, any_value(total) AS total, any_value(sum_low) AS sum_low,
         list(DISTINCT article ORDER BY article) FILTER (WHERE is_a) AS articles_a,
         list(DISTINCT article ORDER BY article) FILTER (WHERE NOT is_a) AS articles_b,
         list(DISTINCT source ORDER BY source) FILTER (WHERE is_a) AS sources_a,
         list(DISTINCT source ORDER BY source) FILTER (WHERE NOT is_a) AS sources_b,
         min(seq_date) FILTER (WHERE is_a) AS first_a,
         min(seq_date) FILTER (WHERE NOT is_a) AS first_b,
         arg_min(quote, (seq_date, article, quote_start, claim_id)) FILTER (WHERE is_a)
           AS quote_a,
         arg_min(quote, (seq_date, article, quote_start, claim_id)) FILTER (WHERE NOT is_a)
           AS quote_b,
         arg_min(source, (seq_date, article, quote_start, claim_id)) FILTER (WHERE is_a)
           AS source1_a,
         arg_min(source, (seq_date, article, quote_start, claim_id)) FILTER (WHERE NOT is_a)
           AS source1_b,
         any_value(rec) AS rec, any_value(base) AS base, any_value(fent) AS fent,
         any_value(pen) AS pen,
         min(seq_date) AS first_date, max(seq_date) AS last_date,
         list(DISTINCT claim_id ORDER BY claim_id) AS claim_ids
  FROM side_rows GROUP BY fact_id, value_a, value_b
)
SELECT 'conflict' AS kind, f.fact_id, f.metric, f.imposer, f.target, f.product, f.measure,
       f.unit, NULL AS period, g.value_a, g.value_b,
       NULL::DATE AS date_value_a, NULL::DATE AS date_value_b,
       [rc_fmt(g.value_a, f.unit, NULL), rc_fmt(g.value_b, f.unit, NULL)] AS "values",
       g.articles_a, g.articles_b, list_sort(list_distinct(list_concat(g.articles_a,
                                                                       g.articles_b)))
         AS articles,
       g.sources_a, g.sources_b, list_concat(g.sources_a, g.sources_b) AS sources,
       [g.first_a, g.first_b] AS dates, [g.quote_a, g.quote_b] AS quotes,
       [{'value': rc_fmt(g.value_a, f.unit, NULL), 'articles': g.articles_a,
         'sources': g.sources_a, 'date': g.first_a, 'quote': g.quote_a},
        {'value': rc_fmt(g.value_b, f.unit, NULL), 'articles': g.articles_b,
         'sources': g.sources_b, 'date': g.first_b, 'quote': g.quote_b}] AS sides,
       NULL AS official_source, g.first_date, g.last_date,
       g.value_b - g.value_a AS gap, NULL AS tolerance,
       g.source1_a || ' (' || coalesce(strftime(g.first_a, '%Y-%m-%d'), '?') || ') says '
         || rc_num(g.value_a) || '% but ' || g.source1_b || ' ('
         || coalesce(strftime(g.first_b, '%Y-%m-%d'), '?') || ') says '
         || rc_num(g.value_b) || '% for all of the partner''s goods in the same period; the '
         || 'official components then sum to ' || rc_num(g.total) || '% ('
         || array_to_string(list_filter([
              CASE WHEN g.rec IS NOT NULL THEN 'reciprocal ' || rc_num(g.rec) || '%'
                   WHEN g.base IS NOT NULL THEN 'baseline ' || rc_num(g.base) || '%' END,
              CASE WHEN g.fent IS NOT NULL THEN 'fentanyl ' || rc_num(g.fent) || '%' END,
              CASE WHEN g.pen IS NOT NULL THEN 'penalty ' || rc_num(g.pen) || '%' END],
              lambda x: x IS NOT NULL), ' + ')
         || '), as ' || CASE WHEN g.sum_low THEN g.source1_a ELSE g.source1_b END
         || ' states: two all-in figures of one period that differ (one counts other '
         || 'duties, or is wrong)' AS reason,
       g.claim_ids
FROM agg g JOIN facts f ON f.fact_id = g.fact_id
