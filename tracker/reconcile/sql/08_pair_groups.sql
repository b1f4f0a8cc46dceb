-- _rc_groups: claim pairs grouped per (kind, fact, period, low value, high value) into two
-- sides (a: the low value, b: the high one), each listing all its articles.
--
--   conflict    the values differ beyond the stated precision, no status explains it, and
--               the two articles share no agreeing value on the fact in that period (for
--               dates: on the same milestone, a date within $milestone_days days); two
--               dates more than $milestone_days days apart are different milestones of the
--               measure (its start, a deadline, the end of a pause), not a disagreement.
--               A shared value does not excuse an article at odds with itself (`split`):
--               two values of the fact for one stated start date, one status, no change.
--               A pair placed in time by an inferred date (`guess`) joins a conflict that
--               a pair of known dates makes; alone it makes none, unless it is `steady`
--               (07: both in effect, no change of the fact told around the guess's span).
--   consistent  different-looking values that agree within the stated precision
-- Pairs of values before a change (`tie`, 07) are judged among themselves: an agreeing
-- value both articles give now does not excuse a disagreement about the value before. A
-- group made only of such pairs says so in `basis_note`: both are the value before the same
-- change, or (same step from different values) the same change told on two bases.
-- Each side's quote and first source are its first claim: the earliest seq_key, then
-- article, position in the text and claim_id (a total order, so ties never depend on the
-- order rows arrive in).
WITH date_agree AS (  -- dates: the two articles agree on the same milestone (a date near
                      -- either value); agreeing on another milestone explains nothing
  SELECT p.ca, p.cb, true AS near_agree
  FROM _rc_pairs p
  JOIN _rc_pairs q ON q.fact_id = p.fact_id AND q.part = p.part AND q.art_a = p.art_a
                  AND q.art_b = p.art_b AND q.agree
  WHERE p.dv_a IS NOT NULL AND p.dv_b IS NOT NULL
    AND (abs(q.va - p.va) <= $milestone_days OR abs(q.va - p.vb) <= $milestone_days)
  GROUP BY p.ca, p.cb
),
split AS (  -- an article that states two values of one fact for one stated start date,
              -- with one status and no change between them ("will face 34% from the 10th
              -- ... now subject to 54%"), disagrees with itself; when the other article of
              -- the pair backs only one of them, sharing that value explains nothing: the
              -- other one is a disagreement (the lone value's claim side names it)
  SELECT p.ca, p.cb
  FROM _rc_pairs p
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
kinds AS (
  SELECT *, CASE WHEN agree AND va <> vb THEN 'consistent'
                 WHEN NOT agree AND NOT explained
                      AND (NOT any_agree OR (ca, cb) IN (SELECT ca, cb FROM split))
                      AND NOT (dv_a IS NOT NULL AND dv_b IS NOT NULL
                               AND abs(va - vb) > $milestone_days) THEN 'conflict' END AS kind
  FROM (SELECT p.*, CASE WHEN p.dv_a IS NULL THEN
                           bool_or(p.agree) OVER (PARTITION BY p.fact_id, p.part, p.art_a, p.art_b,
                                                               p.tie IS NULL)
                         ELSE coalesce(n.near_agree, false) END AS any_agree
        FROM _rc_pairs p LEFT JOIN date_agree n ON n.ca = p.ca AND n.cb = p.cb)
),
cp AS (
  SELECT * EXCLUDE (known) FROM (
    SELECT *, bool_or(NOT coalesce(guess, false) OR coalesce(steady, false))
                OVER (PARTITION BY kind, fact_id, part, vlo, vhi) AS known
    FROM (SELECT *, least(va, vb) AS vlo, greatest(va, vb) AS vhi FROM kinds
          WHERE kind IS NOT NULL))
  WHERE kind = 'consistent' OR known
),
sides AS (
  SELECT kind, fact_id, part, vlo, vhi, CASE WHEN va <= vb THEN 'a' ELSE 'b' END AS side,
         ca AS claim_id, art_a AS article, src_a AS source, q_a AS quote, sd_a AS seq_date,
         (sk_a, art_a, qs_a, ca) AS first_key, va AS v, dv_a AS date_value, tol, tie
  FROM cp
  UNION ALL
  SELECT kind, fact_id, part, vlo, vhi, CASE WHEN va <= vb THEN 'b' ELSE 'a' END AS side,
         cb, art_b, src_b, q_b, sd_b, (sk_b, art_b, qs_b, cb), vb, dv_b, tol, tie
  FROM cp
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
         bool_and(tie IS NOT NULL) AS tied, bool_or(tie = 'same_step') AS step
  FROM sides
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
         CASE WHEN sa.tied AND sb.tied AND (sa.step OR sb.step)
                THEN 'the same change told on two bases: both move by the same step from '
                     || 'different values (one may count a duty the other leaves out)'
              WHEN sa.tied AND sb.tied
                THEN 'both give the value before the same change' END AS basis_note
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
