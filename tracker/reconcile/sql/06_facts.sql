-- facts: one row per fact key, with how many claims and independent articles state it.
SELECT fact_id, metric, imposer, target, product, measure, unit,
       count(*) FILTER (WHERE NOT is_dup) AS n_claims,
       count(DISTINCT article) FILTER (WHERE NOT is_dup) AS n_sources,
       min(seq_date) FILTER (WHERE NOT is_dup) AS first_seen,
       max(seq_date) FILTER (WHERE NOT is_dup) AS last_seen,
       bool_or(comparable) AS comparable, bool_or(is_flow) AS is_flow
FROM fact_claims
GROUP BY ALL
