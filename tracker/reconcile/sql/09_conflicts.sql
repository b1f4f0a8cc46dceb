-- conflicts (kind 'conflict'): two sources disagree on a fact in the same period, beyond the
-- stated precision, and no change explains it. Each row is one (fact, period, pair of
-- values) with both sides' articles, sources, first dates and quotes; its reason says
-- which of them are placed in time only by a date inferred from their text (h88). The official
-- cross-check (11_official_conflicts.sql) adds kind 'official_mismatch' rows.
SELECT 'conflict' AS kind, fact_id, metric, imposer, target, product, measure, unit, period,
       value_a, value_b, date_value_a, date_value_b, "values", articles_a, articles_b, articles,
       sources_a, sources_b, sources, dates, quotes, sides, official_source,
       first_date, last_date, gap, tolerance,
       source1_a || ' (' || coalesce(strftime(first_date_a, '%Y-%m-%d'), '?') || ') says '
         || text_a || ' but ' || source1_b || ' ('
         || coalesce(strftime(first_date_b, '%Y-%m-%d'), '?') || ') says ' || text_b
         || coalesce(' for ' || period, ' for the same period') || '; the gap ('
         || CASE WHEN unit = 'percent'
                   THEN rc_num(gap) || CASE WHEN gap = 1 THEN ' percentage point'
                                            ELSE ' percentage points' END
                 WHEN date_value_a IS NOT NULL THEN rc_num(gap) || ' days'
                 ELSE rc_fmt(gap, unit, NULL) END
         || ') is beyond the stated precision'
         || coalesce(': ' || basis_note, ' and no change is reported')
         || coalesce('; ' || inferred_note, '') AS reason,
       claim_ids
FROM _rc_groups
WHERE kind = 'conflict'
