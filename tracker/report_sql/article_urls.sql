-- The URL of every article a conflict names.
SELECT id, url FROM articles
WHERE url IS NOT NULL AND id IN (SELECT unnest(articles) FROM conflicts)
