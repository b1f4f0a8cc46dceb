-- The URL of every article in $ids (the articles the conflicts shown name).
SELECT id, url FROM articles
WHERE url IS NOT NULL AND id IN (SELECT unnest(CAST($ids AS VARCHAR[])))
