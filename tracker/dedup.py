"""Recognise the same story printed twice: a scrape, a wire reprint, a shorter excerpt.

Each article gets a MinHash signature (NUM_PERM integers) of the word 5-gram shingles
of its cleaned text, and the size of that shingle set. Two articles are one story when
the estimated *containment* of the smaller shingle set in the larger reaches THRESHOLD:
containment, not Jaccard, because an outlet that prints only the opening paragraphs of
a wire story shares most of its text with the full story but little of the full
story's text with itself (docs/dedup.md has the measurements behind the numbers).

Candidates come from locality-sensitive banding (BANDS bands of ROWS signature values;
articles sharing any band's bucket are candidates), kept in DuckDB (sql/article_bands.sql)
so that a new article costs a few index lookups however large the store grows; only
the candidates' signatures are compared.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import struct
from collections.abc import Iterable, Sequence
from importlib import resources
from typing import Any, NamedTuple

import duckdb
import numpy as np
import pandas as pd

NUM_PERM = 128
BANDS, ROWS = 64, 2  # BANDS * ROWS == NUM_PERM; P(candidate) = 1 - (1 - J**ROWS)**BANDS
SHINGLE = 5
THRESHOLD = 0.4  # estimated containment of the smaller article in the larger: one story
_PRIME = np.uint64((1 << 61) - 1)
_rng = np.random.default_rng(20250402)
_A = _rng.integers(1, (1 << 61) - 1, NUM_PERM, dtype=np.uint64)
_B = _rng.integers(0, (1 << 61) - 1, NUM_PERM, dtype=np.uint64)
_WORD = re.compile(r"\w+")
_BACKFILL_CHUNK = 500


class Fingerprint(NamedTuple):
    """What dedup keeps of an article's text: its signature and its shingle count."""

    signature: list[int]
    n_shingles: int


class Candidate(NamedTuple):
    """An earlier article that may be the same story (n_shingles None: unknown).

    `date_rank` (date_rank(); None: unknown) and `duplicate_of` are a stored article's, for
    choosing which copy of a story stands for it (ingest._plan).
    """

    id: str
    signature: Sequence[int] | None
    n_shingles: int | None = None
    date_rank: int | None = None
    duplicate_of: str | None = None


def date_rank(published: dt.date | None, date_method: str | None) -> int:
    """How well a copy of a story is dated: 2 known (given, date line, page metadata),
    1 inferred from its text, 0 none. The best-dated copy is the story's representative:
    an undated original's claims never take part in comparisons."""
    if published is None:
        return 0
    return 1 if date_method == "inferred" else 2


def shingles(text: str) -> set[int]:
    """Hashed word 5-grams of the lower-cased text."""
    words = _WORD.findall(text.lower())
    if not words:
        return set()
    if len(words) < SHINGLE:
        words = words + [""] * (SHINGLE - len(words))
    out = set()
    for i in range(len(words) - SHINGLE + 1):
        h = hashlib.blake2b(" ".join(words[i:i + SHINGLE]).encode(), digest_size=8).digest()
        out.add(int.from_bytes(h, "little") >> 3)  # 61 bits, below the prime
    return out


def fingerprint(text: str) -> Fingerprint:
    """MinHash signature (NUM_PERM values) and shingle count of the text."""
    sh = np.fromiter(shingles(text), dtype=np.uint64)
    if sh.size == 0:
        return Fingerprint([0] * NUM_PERM, 0)
    with np.errstate(over="ignore"):
        hashed = (np.outer(sh, _A) + _B) % _PRIME
    return Fingerprint([int(v) for v in hashed.min(axis=0)], int(sh.size))


def signature(text: str) -> list[int]:
    """MinHash signature (NUM_PERM values) of the text's shingles."""
    return fingerprint(text).signature


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity of two signatures."""
    if not a or not b:
        return 0.0
    return float(np.mean(np.asarray(a, dtype=np.uint64) == np.asarray(b, dtype=np.uint64)))


def containment_from(jaccard: float, n_a: int, n_b: int) -> float:
    """|A∩B| / min(|A|, |B|) from the Jaccard similarity and the two set sizes.

    |A∩B| = J·(|A|+|B|)/(1+J); capped at 1, since estimates can overshoot.
    """
    if jaccard <= 0 or min(n_a, n_b) <= 0:
        return 0.0
    return min(1.0, jaccard * (n_a + n_b) / (min(n_a, n_b) * (1 + jaccard)))


def containment(a: Sequence[int], n_a: int, b: Sequence[int], n_b: int) -> float:
    """Estimated share of the smaller article's shingles that the larger one has too."""
    return containment_from(similarity(a, b), n_a, n_b)


def _usable(sig: Sequence[int] | None) -> bool:
    return sig is not None and len(sig) == NUM_PERM


def find_original(sig: Sequence[int], candidates: Sequence[Candidate | tuple],
                  threshold: float = THRESHOLD, n_shingles: int | None = None) -> str | None:
    """The first candidate (in the order given: earliest stored first) of the same story.

    The score is the estimated containment where both shingle counts are known, else the
    estimated Jaccard similarity, which never exceeds the containment (a safe lower bound).
    Candidates are Candidate or (id, signature) pairs; wrong-sized signatures are ignored.
    """
    usable = [Candidate(*c) for c in candidates if _usable(c[1])]
    if not usable or not _usable(sig):
        return None
    mat = np.asarray([c.signature for c in usable], dtype=np.uint64)
    sims = (mat == np.asarray(sig, dtype=np.uint64)).mean(axis=1)
    for cand, jac in zip(usable, sims, strict=True):
        score = (containment_from(float(jac), n_shingles, cand.n_shingles)
                 if n_shingles is not None and cand.n_shingles is not None else float(jac))
        if score >= threshold:
            return cand.id
    return None


def candidate_probability(jaccard: float, n_bands: int = BANDS, rows: int = ROWS) -> float:
    """Chance that two articles of this Jaccard similarity share a bucket: the S-curve."""
    return 1.0 - (1.0 - jaccard ** rows) ** n_bands


def bands(sig: Sequence[int]) -> list[tuple[int, int]]:
    """(band, bucket) of each of the BANDS bands of a signature; none for an empty text.

    The bucket hashes the band number with its ROWS values, so equal buckets mean the same
    band with the same values (up to a 2**-64 chance).
    """
    if not _usable(sig) or not any(sig):
        return []
    out = []
    for band in range(BANDS):
        vals = sig[band * ROWS:(band + 1) * ROWS]
        key = struct.pack(f"<H{ROWS}Q", band, *vals)
        out.append((band, int.from_bytes(hashlib.blake2b(key, digest_size=8).digest(), "little")))
    return out


class Rows:
    """Fingerprints of articles as the rows of one matrix, with what choosing a copy needs.

    Comparing a new article with its candidates is then one vectorized step over row
    numbers, however many candidates a boilerplate paragraph gives it: building a Python
    list per candidate signature cost ~10 us each, and a paragraph shared by a tenth of a
    large store gives thousands of candidates per article.
    """

    def __init__(self, capacity: int = 64) -> None:
        self.ids: list[str] = []
        self.row_of: dict[str, int] = {}
        self._mat = np.zeros((max(1, capacity), NUM_PERM), dtype=np.uint64)
        self._counts = np.full(max(1, capacity), -1, dtype=np.int64)  # -1: unknown
        self._usable = np.zeros(max(1, capacity), dtype=bool)
        self.date_rank: list[int | None] = []
        self.duplicate_of: list[str | None] = []

    def __len__(self) -> int:
        return len(self.ids)

    def append(self, article: str, sig: Sequence[int] | np.ndarray | None,
               n_shingles: int | None, rank: int | None = None,
               duplicate_of: str | None = None) -> int:
        """Add a row (a signature of another size is kept but never matches); its number."""
        n = len(self.ids)
        if n == len(self._mat):
            grow = max(64, n)
            self._mat = np.concatenate([self._mat, np.zeros((grow, NUM_PERM), np.uint64)])
            self._counts = np.concatenate([self._counts, np.full(grow, -1, np.int64)])
            self._usable = np.concatenate([self._usable, np.zeros(grow, bool)])
        if _usable(sig):
            self._mat[n] = np.asarray(sig, dtype=np.uint64)
            self._usable[n] = True
        self._counts[n] = -1 if n_shingles is None else n_shingles
        self.ids.append(article)
        self.row_of[article] = n
        self.date_rank.append(rank)
        self.duplicate_of.append(duplicate_of)
        return n

    def signature(self, row: int) -> list[int] | None:
        return [int(v) for v in self._mat[row]] if self._usable[row] else None

    def count(self, row: int) -> int | None:
        c = int(self._counts[row])
        return None if c < 0 else c

    def first(self, sig: Sequence[int], rows: np.ndarray | None,
              n_shingles: int | None = None, threshold: float = THRESHOLD) -> str | None:
        """find_original over these rows, in the order given: the same score, vectorized."""
        if rows is None or not len(rows) or not _usable(sig):
            return None
        rows = rows[self._usable[rows]]
        if not len(rows):
            return None
        jac = (self._mat[rows] == np.asarray(sig, dtype=np.uint64)).mean(axis=1)
        score = jac
        if n_shingles is not None:
            counts = self._counts[rows]
            known = counts >= 0
            if known.any():
                nb = counts.astype(np.float64)
                low = np.minimum(float(n_shingles), nb)
                with np.errstate(divide="ignore", invalid="ignore"):
                    cont = np.minimum(1.0, jac * (n_shingles + nb) / (low * (1 + jac)))
                cont = np.where((jac <= 0) | (low <= 0), 0.0, cont)
                score = np.where(known, cont, jac)
        hit = np.flatnonzero(score >= threshold)
        return self.ids[int(rows[hit[0]])] if hit.size else None


class BatchIndex:
    """Band buckets of the articles of one batch, not yet stored: in-batch duplicates."""

    def __init__(self) -> None:
        self._by_bucket: dict[int, list[int]] = {}
        self._entries: dict[str, Fingerprint] = {}
        self.rows = Rows()

    def add(self, article: str, fp: Fingerprint,
            buckets: Sequence[tuple[int, int]] | None = None) -> None:
        """Index an article (`buckets`: bands(fp.signature), when the caller has them)."""
        self._entries[article] = fp
        row = self.rows.append(article, fp.signature, fp.n_shingles)
        for _, bucket in bands(fp.signature) if buckets is None else buckets:
            self._by_bucket.setdefault(bucket, []).append(row)

    def candidate_rows(self, sig: Sequence[int],
                       buckets: Sequence[tuple[int, int]] | None = None) -> np.ndarray:
        """Row numbers of the batch articles sharing a bucket with sig, in the order added."""
        hits = [self._by_bucket[b] for _, b in (bands(sig) if buckets is None else buckets)
                if b in self._by_bucket]
        if not hits:
            return np.zeros(0, dtype=np.int64)
        return np.unique(np.concatenate([np.asarray(h, dtype=np.int64) for h in hits]))

    def candidates(self, sig: Sequence[int]) -> list[Candidate]:
        """Batch articles sharing a bucket with sig, in the order they were added."""
        return [Candidate(self.rows.ids[r], self.rows.signature(r), self.rows.count(r))
                for r in self.candidate_rows(sig).tolist()]

    def entries(self) -> list[tuple[str, Fingerprint]]:
        return list(self._entries.items())


def _ddl() -> str:
    return (resources.files("tracker") / "sql" / "article_bands.sql").read_text(encoding="utf-8")


def candidates(con: duckdb.DuckDBPyConnection, sig: Sequence[int]) -> list[Candidate]:
    """Stored articles sharing a band bucket with sig, earliest stored first.

    Lookups by key (the buckets, then the few articles found), no join: a join would
    scan the articles table, whose size is what this must not depend on.
    """
    keys = [bucket for _, bucket in bands(sig)]
    if not keys:
        return []
    # the buckets are our own integers, written into the SQL: bound as 64 parameters
    # they cost more than the lookup itself
    ids = sorted({r[0] for r in con.execute(
        f"SELECT article FROM article_bands WHERE bucket IN ({', '.join(map(str, keys))})"
    ).fetchall()})
    if not ids:
        return []
    marks = ", ".join(f"${i + 1}::VARCHAR" for i in range(len(ids)))
    rows = con.execute("SELECT id, signature, ingested_at, published, date_method, duplicate_of "
                       f"FROM articles WHERE id IN ({marks})", ids).fetchall()
    counts = dict(con.execute(
        f"SELECT article, n_shingles FROM article_shingles WHERE article IN ({marks})",
        ids).fetchall())
    rows.sort(key=lambda r: (r[2] is None, r[2] or dt.datetime.min, r[0]))
    return [Candidate(i, list(s) if s is not None else None, counts.get(i),
                      date_rank(pub, how), dup)
            for i, s, _, pub, how, dup in rows]


def _arrow_table(rel: duckdb.DuckDBPyRelation) -> Any:
    """The relation's rows as one Arrow table, read to the end (DuckDB 1 and 2 name it
    differently; a reader left open would keep the connection busy)."""
    for name in ("to_arrow_table", "fetch_arrow_table", "arrow"):
        fn = getattr(rel, name, None)
        if fn is not None:
            got = fn()
            return got.read_all() if hasattr(got, "read_all") else got
    raise RuntimeError("duckdb cannot return Arrow tables")  # pragma: no cover


def stored_rows(con: duckdb.DuckDBPyConnection, sigs: dict[int, Sequence[int]]
                ) -> tuple[Rows, dict[int, np.ndarray]]:
    """candidates() of many signatures at once: the stored candidates as Rows, earliest
    stored first, and for each key of `sigs` the row numbers of its candidates (in order).

    One join of the batch's buckets with the band index and one read of the candidates,
    instead of three queries per article: per-query overhead was most of a batch's lookups.
    """
    recs = [(k, bucket) for k, sig in sigs.items() for _, bucket in bands(sig)]
    if not recs:
        return Rows(1), {k: np.zeros(0, dtype=np.int64) for k in sigs}
    con.register("_dedup_query", pd.DataFrame({
        "k": np.asarray([r[0] for r in recs], dtype=np.int64),
        "bucket": np.asarray([r[1] for r in recs], dtype=np.uint64)}))
    try:
        ids = sorted(r[0] for r in con.execute(
            "SELECT DISTINCT b.article FROM _dedup_query q "
            "JOIN article_bands b ON b.bucket = q.bucket").fetchall())
        rows = _read_rows(con, ids)
        if not ids:
            return rows, {k: np.zeros(0, dtype=np.int64) for k in sigs}
        # (input, row) pairs grow with the batch times its candidates: kept in NumPy
        con.register("_dedup_rows", pd.DataFrame({
            "id": pd.Series(rows.ids, dtype="object"),
            "row": np.arange(len(rows), dtype=np.int64)}))
        try:
            got = con.execute(
                "SELECT DISTINCT q.k, r.row FROM _dedup_query q "
                "JOIN article_bands b ON b.bucket = q.bucket "
                "JOIN _dedup_rows r ON r.id = b.article ORDER BY q.k, r.row").fetchnumpy()
        finally:
            con.unregister("_dedup_rows")
    finally:
        con.unregister("_dedup_query")
    keys = np.asarray(got["k"], dtype=np.int64)
    found = np.asarray(got["row"], dtype=np.int64)
    near = {k: np.zeros(0, dtype=np.int64) for k in sigs}
    if keys.size:
        uniq, first = np.unique(keys, return_index=True)
        for k, part in zip(uniq.tolist(), np.split(found, first[1:]), strict=True):
            near[k] = part
    return rows, near


def _read_rows(con: duckdb.DuckDBPyConnection, ids: list[str]) -> Rows:
    """The stored articles `ids` as Rows, earliest stored first (then by id)."""
    rows = Rows(len(ids))
    if not ids:
        return rows
    con.register("_dedup_ids", pd.DataFrame({"id": pd.Series(ids, dtype="object")}))
    try:
        got = _arrow_table(con.sql(
            "SELECT id, ingested_at, published, date_method, duplicate_of, signature "
            "FROM articles WHERE id IN (SELECT id FROM _dedup_ids)"))
        counts = dict(con.execute(
            "SELECT article, n_shingles FROM article_shingles "
            "WHERE article IN (SELECT id FROM _dedup_ids)").fetchall())
    finally:
        con.unregister("_dedup_ids")
    meta = list(zip(*(got.column(c).to_pylist() for c in (
        "id", "ingested_at", "published", "date_method", "duplicate_of")), strict=True))
    sig_col = got.column("signature").combine_chunks()
    offsets = sig_col.offsets.to_numpy()
    values = sig_col.flatten().to_numpy(zero_copy_only=False).astype(np.uint64, copy=False)
    order = sorted(range(len(meta)), key=lambda j: (
        meta[j][1] is None, meta[j][1] or dt.datetime.min, meta[j][0]))
    for j in order:
        i, _, pub, how, dup = meta[j]
        lo, hi = int(offsets[j]), int(offsets[j + 1])
        sig = values[lo:hi] if sig_col[j].is_valid else None
        rows.append(i, sig, counts.get(i), date_rank(pub, how), dup)
    return rows


def _bands_frame(entries: Iterable[tuple[str, Fingerprint]]) -> pd.DataFrame:
    recs = [(b, k, a) for a, fp in entries for b, k in bands(fp.signature)]
    return pd.DataFrame({
        "band": np.asarray([r[0] for r in recs], dtype=np.int16),
        "bucket": np.asarray([r[1] for r in recs], dtype=np.uint64),
        "article": pd.Series([r[2] for r in recs], dtype="object"),
    })


def write_index(con: duckdb.DuckDBPyConnection, entries: Sequence[tuple[str, Fingerprint]],
                replace_ids: Sequence[str] = ()) -> None:
    """Index articles (id, fingerprint), dropping the old rows of replaced ones.

    Runs inside the caller's transaction (store.write_batch), so the index changes
    together with the articles it describes.
    """
    con.execute(_ddl())
    if replace_ids:
        gone = list(replace_ids)
        con.execute("DELETE FROM article_bands WHERE article IN (SELECT unnest($1))", [gone])
        con.execute("DELETE FROM article_shingles WHERE article IN (SELECT unnest($1))", [gone])
    if not entries:
        return
    counts = pd.DataFrame({
        "article": pd.Series([a for a, _ in entries], dtype="object"),
        "n_shingles": np.asarray([fp.n_shingles for _, fp in entries], dtype=np.int32),
    })
    con.register("_dedup_bands", _bands_frame(entries))
    con.register("_dedup_counts", counts)
    try:
        con.execute("INSERT INTO article_bands SELECT band, bucket, article FROM _dedup_bands")
        con.execute("INSERT INTO article_shingles SELECT article, n_shingles FROM _dedup_counts")
    finally:
        con.unregister("_dedup_bands")
        con.unregister("_dedup_counts")


def index_ready(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the band index exists and holds every stored article (read-only check)."""
    have = {r[0] for r in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' "
        "AND table_name IN ('article_bands', 'article_shingles')").fetchall()}
    if have != {"article_bands", "article_shingles"}:
        return False
    missing = con.execute("SELECT count(*) FROM articles "
                          "ANTI JOIN article_shingles s ON s.article = articles.id").fetchall()
    return not missing or missing[0][0] == 0


def ensure_index(con: duckdb.DuckDBPyConnection) -> int:
    """Create the index tables and index every stored article not yet in them.

    For a database written before the index existed (or by a writer that skipped it):
    fingerprints are recomputed from the stored cleaned text, and a stored signature of
    another size (an older NUM_PERM) is replaced. Returns how many articles were indexed.
    Call it outside a transaction: each chunk of articles is committed on its own.
    """
    con.execute(_ddl())
    todo = [r[0] for r in con.execute(
        "SELECT id FROM articles ANTI JOIN article_shingles s ON s.article = articles.id "
        "ORDER BY id").fetchall()]
    for start in range(0, len(todo), _BACKFILL_CHUNK):
        chunk = todo[start:start + _BACKFILL_CHUNK]
        rows = con.execute("SELECT id, clean_text, signature FROM articles "
                           "WHERE id IN (SELECT unnest($1))", [chunk]).fetchall()
        entries = [(i, fingerprint(text or "")) for i, text, _ in rows]
        stale = [(i, fp.signature) for (i, fp), (_, _, s) in zip(entries, rows, strict=True)
                 if s is None or list(s) != fp.signature]
        con.execute("BEGIN TRANSACTION")
        try:
            if stale:
                con.register("_dedup_stale", pd.DataFrame(
                    {"id": [i for i, _ in stale], "signature": [s for _, s in stale]}))
                con.execute("UPDATE articles SET signature = u.signature::UBIGINT[] "
                            "FROM _dedup_stale u WHERE articles.id = u.id")
                con.unregister("_dedup_stale")
            write_index(con, entries)
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
    return len(todo)
