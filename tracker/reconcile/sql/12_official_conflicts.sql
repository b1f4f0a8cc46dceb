-- conflicts (kind 'official_mismatch', appended): a news claim contradicts the official
-- table. Side a is the news (its articles and sources), side b the official row (source
-- "official (<tier>)", its action as the quote). The reason names the row (its number in
-- data/reference/us_tariff_actions_2025.csv, counting data lines from 1), its legal
-- authority and its Federal Register citation or CBP notice.
WITH m AS (
  SELECT *, 'official (' || coalesce(tier, '?') || ')' AS official,
         CASE WHEN date_value IS NOT NULL THEN strftime(ref_date, '%Y-%m-%d')
              ELSE ref_text END AS official_text
  FROM _rc_mismatch
)
SELECT 'official_mismatch' AS kind, f.fact_id, f.metric, f.imposer, f.target, f.product,
       f.measure, f.unit, NULL AS period,
       CASE WHEN m.date_value IS NULL THEN m.v END AS value_a,
       CASE WHEN m.date_value IS NULL THEN m.ref_rate END AS value_b,
       m.date_value AS date_value_a,
       CASE WHEN m.date_value IS NOT NULL THEN m.ref_date END AS date_value_b,
       [rc_fmt(m.v, f.unit, m.date_value), m.official_text] AS "values",
       m.articles AS articles_a, []::VARCHAR[] AS articles_b, m.articles AS articles,
       m.sources AS sources_a, [m.official] AS sources_b,
       list_concat(m.sources, [m.official]) AS sources,
       [m.first_date, m.ref_effective] AS dates,
       [m.quote, m.action] AS quotes,
       [{'value': rc_fmt(m.v, f.unit, m.date_value), 'articles': m.articles,
         'sources': m.sources, 'date': m.first_date, 'quote': m.quote},
        {'value': m.official_text, 'articles': []::VARCHAR[], 'sources': [m.official],
         'date': m.ref_effective, 'quote': m.action}] AS sides,
       m.ref_source AS official_source,
       m.first_date, m.last_date,
       CASE WHEN m.date_value IS NOT NULL THEN abs(date_diff('day', m.date_value, m.ref_date))
            ELSE abs(m.v - m.ref_rate) END AS gap,
       NULL AS tolerance,
       m.source1 || ' (' || coalesce(strftime(m.first_date, '%Y-%m-%d'), '?') || ') says '
         || rc_fmt(m.v, f.unit, m.date_value) || ' but the official figure is '
         || m.official_text || ' (official row ' || m.ref_id || ': ' || coalesce(m.action, '')
         || CASE WHEN m.ref_authority IS NOT NULL THEN ', ' || m.ref_authority ELSE '' END
         || CASE WHEN m.ref_citation IS NOT NULL THEN ', ' || m.ref_citation ELSE '' END
         || CASE WHEN m.ref_effective IS NOT NULL
                 THEN ', effective ' || strftime(m.ref_effective, '%Y-%m-%d') ELSE '' END
         || '; ' || coalesce(m.tier, '') || ' source)' AS reason,
       m.claim_ids
FROM m JOIN facts f ON f.fact_id = m.fact_id
