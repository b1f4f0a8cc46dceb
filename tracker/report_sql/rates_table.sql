-- The cells of the rates table (tracker rates without --explain), made by DuckDB so that
-- no Python object per column of each row is built: the fact's label, the value as a number
-- (or a date) and its unit, the conflict flag, the status as shown, the date it holds since
-- as ISO text, and who says so ('source +N'). The placeholder is report_sql/rates.sql (with
-- reconcile's current-values query inside); ordered by the caller (report.RATES_ORDER).
-- $product_raw/$product_abbr and $measure_raw/$measure_abbr: report_text's abbreviations.
-- Each cell is what report_text.rates_table makes of the same row (tests/report compare).
SELECT concat_ws(' ',
         coalesce(nullif(cur.imposer, ''), '?') || '→' || coalesce(nullif(cur.target, ''), '?'),
         nullif(coalesce($product_abbr[list_position($product_raw, cur.product)],
                         cur.product), ''),
         nullif(coalesce($measure_abbr[list_position($measure_raw, cur.measure)],
                         cur.measure), '')) AS label,
       cur.value, cur.date_value, cur.unit, coalesce(cur.conflict, false) AS conflict,
       CASE WHEN cur.status = 'in_effect' THEN 'in effect' ELSE coalesce(cur.status, '') END
         AS status,
       coalesce(CAST(cur.since AS VARCHAR), '') AS since,
       CASE WHEN coalesce(cur.sources, 0) > 1
            THEN coalesce(nullif(cur.source, ''), nullif(cur.article, ''), '') || ' +'
                 || CAST(cur.sources - 1 AS VARCHAR)
            ELSE coalesce(nullif(cur.source, ''), nullif(cur.article, ''), '') END AS lead
FROM (
/*RATES*/
) AS cur
