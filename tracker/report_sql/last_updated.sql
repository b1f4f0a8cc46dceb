-- When the data last changed: the latest ingest, and the latest publication date.
SELECT max(ingested_at) AS ingested_at, max(published) AS published,
       count(*) FILTER (WHERE duplicate_of IS NULL) AS articles
FROM articles
