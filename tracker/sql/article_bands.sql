-- Near-duplicate index of tracker.dedup (docs/dedup.md): created and back-filled by
-- dedup.ensure_index, written in the same transaction as the articles (store.write_batch).

-- Locality-sensitive banding of each article's MinHash signature: one row per article
-- and band. Two articles are near-duplicate candidates when they share a bucket; the
-- bucket hash covers the band number, so the bucket alone identifies (band, values).
CREATE TABLE IF NOT EXISTS article_bands (
    band SMALLINT,          -- 0 .. dedup.BANDS - 1
    bucket UBIGINT,         -- hash of the band number and its dedup.ROWS signature values
    article VARCHAR         -- articles.id
);

-- A point lookup per band, so that finding candidates does not scan the table.
CREATE INDEX IF NOT EXISTS article_bands_bucket ON article_bands (bucket);

-- Every indexed article (also one too short to have bands), with the size of its shingle
-- set: the containment estimate needs it, and the back-fill finds unindexed articles here.
CREATE TABLE IF NOT EXISTS article_shingles (
    article VARCHAR,        -- articles.id
    n_shingles INTEGER      -- distinct word shingles of the cleaned text
);

CREATE INDEX IF NOT EXISTS article_shingles_article ON article_shingles (article);
