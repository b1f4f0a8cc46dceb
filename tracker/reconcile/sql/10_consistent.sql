-- consistent: different-looking values that agree within the precision the texts state
-- ($56 billion and $55.7 billion; "paused until July 8" and "takes effect July 9"). Same
-- columns as conflicts, without kind.
SELECT fact_id, metric, imposer, target, product, measure, unit, period,
       value_a, value_b, date_value_a, date_value_b, "values", articles_a, articles_b, articles,
       sources_a, sources_b, sources, dates, quotes, sides, official_source,
       first_date, last_date, gap, tolerance,
       CASE WHEN date_value_a IS NOT NULL
              THEN text_a || ' and ' || text_b || ' are one day apart: the last day before '
                   || 'and the first day of the same change'
            ELSE text_a || ' and ' || text_b || ' agree within the precision the texts state'
       END AS reason,
       claim_ids
FROM _rc_groups
WHERE kind = 'consistent'
