"""A folder of claims as Parquet partitions: what `tracker extract --format parquet` writes
and `tracker ingest DIR` loads.

Workers of a cluster each write whole partitions, so no single machine holds the output:

    DIR/claims-00000.parquet          the claims table's rows (store.CLAIM_COLUMNS)
    DIR/articles/articles-00000.parquet  the articles of that partition, as read
    DIR/_tracker_claims.json          marker, written last: the partitions and read problems

Claims sit alone at the top, so DuckDB reads them with `read_parquet('DIR/*.parquet')`.
An article row carries how many claim rows it owns (they follow in article order) and
why its extraction failed, if it did; so ingest gets back each article's own claims and
stores them exactly as extracting them itself would (dedup, checks, replacement included).
A folder without the marker is an unfinished run and is not loaded.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from tracker.errors import TrackerError
from tracker.models import Article, Claim, CleanText
from tracker.read import ReadProblem

MARKER = "_tracker_claims.json"
FORMAT = "tracker-claims"
VERSION = 1

#: article fields kept in a partition (what ingest needs to plan and store the article)
ARTICLE_FIELDS = ["id", "path", "fmt", "source", "url", "title", "published",
                  "date_confidence", "date_method", "dateline", "text", "clean_text"]


def _claim_schema():
    import pyarrow as pa

    s, f, d, b = pa.string(), pa.float64(), pa.date32(), pa.bool_()
    types = {"value": f, "precision": f, "date_value": d, "as_of": d, "effective": d,
             "quote_start": pa.int32(), "quote_end": pa.int32(), "pause_word": b,
             "combined": b, "penalty": b, "measure_named": b}
    from tracker.store import CLAIM_COLUMNS

    return pa.schema([(c, types.get(c, s)) for c in CLAIM_COLUMNS])


def _article_schema():
    import pyarrow as pa

    types = {"published": pa.date32(), "dateline": pa.date32(),
             "date_confidence": pa.float64()}
    return pa.schema([(c, types.get(c, pa.string())) for c in ARTICLE_FIELDS]
                     + [("n_claims", pa.int64()), ("extract_error", pa.string())])


def name(index: int) -> tuple[str, str]:
    """The claims file and the articles file of partition `index`, relative to DIR."""
    return f"claims-{index:05d}.parquet", f"articles/articles-{index:05d}.parquet"


def write_partition(articles: list[Article], out: str, index: int) -> tuple[int, int]:
    """Extract the articles and write partition `index` under `out`; (articles, claims).

    Runs on a worker: it needs only the articles and a folder every worker can write to.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    from tracker.ingest import extract_one
    from tracker.store import claim_record, unstorable

    arts: list[dict[str, Any]] = []
    rows: list[dict[str, Any]] = []
    for art in articles:
        got = extract_one(art)
        why = got if isinstance(got, str) else unstorable(art, got)
        if why is not None:  # as ingest would judge it; a lone surrogate cannot be written
            arts.append({**{k: _writable(getattr(art, k)) for k in ARTICLE_FIELDS},
                         "n_claims": 0, "extract_error": why})
            continue
        mine = _unique([claim_record(c) for c in got])
        arts.append({**{k: getattr(art, k) for k in ARTICLE_FIELDS},
                     "n_claims": len(mine), "extract_error": None})
        rows.extend(mine)
    claims_name, articles_name = name(index)
    root = Path(out)
    (root / "articles").mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.Table.from_pylist(rows, schema=_claim_schema()), root / claims_name)
    pq.write_table(pa.Table.from_pylist(arts, schema=_article_schema()), root / articles_name)
    return len(arts), len(rows)


def _writable(value: Any) -> Any:
    """A string Parquet can hold (lone surrogates replaced); the article it belongs to
    failed already, so only its id and messages matter."""
    if isinstance(value, str):
        return value.encode("utf-8", "replace").decode("utf-8")
    return value


def _unique(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per claim id, the first (as store.claims_frame keeps it)."""
    seen: set[Any] = set()
    out = []
    for r in records:
        if r["claim_id"] not in seen:
            seen.add(r["claim_id"])
            out.append(r)
    return out


def write_marker(out: str | os.PathLike[str], parts: int, counts: list[tuple[int, int]],
                 problems: list[ReadProblem]) -> None:
    """The marker, written once every partition is: it makes DIR a claims folder."""
    info = {
        "format": FORMAT, "version": VERSION, "partitions": [name(i)[0] for i in range(parts)],
        "articles": sum(a for a, _ in counts), "claims": sum(c for _, c in counts),
        "skipped": [{"path": p.path, "line": p.line, "message": p.message} for p in problems],
    }
    (Path(out) / MARKER).write_text(json.dumps(info, indent=1) + "\n", encoding="utf-8")


def check_out(out: Path) -> None:
    """--out must be a new or empty folder: partitions of two runs must not mix."""
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise TrackerError(f"{out}: exists and is not an empty folder; give a new --out folder")


def is_claims_folder(path: str | os.PathLike[str]) -> bool:
    return (Path(path) / MARKER).is_file()


def _claim(r: dict[str, Any]) -> Claim:
    """The Claim a claims-table row was made from (store.claim_record, inverted)."""
    from tracker.store import JUDGMENT_COLUMNS

    def iso(d: Any) -> str | None:
        return None if d is None else d.isoformat()

    is_date = r["kind"] == "date"
    return Claim(
        article=r["article"], kind=r["kind"], metric=r["metric"],
        value=iso(r["date_value"]) if is_date else r["value"], unit=r["unit"],
        imposer=r["imposer"], target=r["target"], product=r["product"],
        measure=r["measure"], status=r["status"], quote=r["quote"], as_of=iso(r["as_of"]),
        start=r["quote_start"], end=r["quote_end"], sentence=r["sentence"],
        rule_id=r["rule_id"], hedge=r["hedge"], precision=r["precision"],
        effective=iso(r["effective"]), **{k: r[k] for k in JUDGMENT_COLUMNS})


def load(path: str | os.PathLike[str]) -> tuple[list[tuple[Article, list[Claim] | str]],
                                                  list[ReadProblem]]:
    """Each article of a claims folder with its claims (or why extraction failed), in the
    order they were read, and the read problems of the run that wrote it."""
    import pyarrow.parquet as pq

    root = Path(path)
    try:
        info = json.loads((root / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise TrackerError(f"{root / MARKER}: cannot be read ({exc})") from None
    if info.get("format") != FORMAT or info.get("version") != VERSION:
        raise TrackerError(f"{root / MARKER}: not a claims folder this tracker reads "
                           f"(format {info.get('format')!r}, version {info.get('version')!r})")
    out: list[tuple[Article, list[Claim] | str]] = []
    for index, _ in enumerate(info["partitions"]):
        claims_name, articles_name = name(index)
        try:
            rows = pq.read_table(root / claims_name).to_pylist()
            arts = pq.read_table(root / articles_name).to_pylist()
        except (OSError, ValueError) as exc:
            raise TrackerError(f"{root}: partition {index} cannot be read ({exc})") from None
        at = 0
        for a in arts:
            art = Article(**{k: a[k] for k in ARTICLE_FIELDS if k != "clean_text"},
                          clean=CleanText.identity(a["clean_text"]))
            if a["extract_error"] is not None:
                out.append((art, a["extract_error"]))
                continue
            out.append((art, [_claim(r) for r in rows[at:at + a["n_claims"]]]))
            at += a["n_claims"]
    problems = [ReadProblem(p["path"], p["line"], p["message"]) for p in info.get("skipped", [])]
    return out, problems


def read_inputs(paths: list[str], published: Any = None, source: str | None = None
                ) -> tuple[list[Article], list[ReadProblem], dict[int, list[Claim] | str]]:
    """Articles and read problems of `paths` as tracker.read.read_paths gives them, where a
    claims folder among them gives its articles as they were read with their claims ready:
    these come back keyed by id() of the article (extraction is not run again for them).

    --published and --source applied when the folder was written; they do not apply to it.
    """
    from tracker.read import read_paths

    if not any(is_claims_folder(p) for p in paths):
        articles, problems = read_paths(paths, published=published, source=source)
        return articles, problems, {}
    articles, problems, ready = [], [], {}
    plain: list[str] = []
    for p in [*paths, None]:
        if p is not None and not is_claims_folder(p):
            plain.append(p)
            continue
        if plain:  # the plain inputs before this folder, in one read as usual
            got, bad = read_paths(plain, published=published, source=source)
            articles += got
            problems += bad
            plain = []
        if p is not None:
            loaded, bad = load(p)
            for art, claims in loaded:
                articles.append(art)
                ready[id(art)] = claims
            problems += bad
    return articles, problems, ready


#: articles per partition by default: a file of a few MB, many files per worker
PARTITION_SIZE = 1000


def extract_to_folder(paths: list[str], out: str | os.PathLike[str], published: Any = None,
                      source: str | None = None, dask: str | None = None,
                      workers: int | None = None, size: int = PARTITION_SIZE
                      ) -> tuple[int, int, list[ReadProblem]]:
    """Read `paths`, extract and write them as a claims folder at `out`: the partitions in
    this process, or by the workers of the Dask cluster at `dask` (`out` must then be a
    folder every worker can write to). (articles, claims, read problems)."""
    from tracker.read import read_paths

    root = Path(out)
    check_out(root)
    articles, problems = read_paths(paths, published=published, source=source)
    parts = [articles[i:i + size] for i in range(0, len(articles), max(1, size))] or [[]]
    root.mkdir(parents=True, exist_ok=True)
    if dask:
        from tracker.cluster import dask_write_partitions

        counts = dask_write_partitions(parts, str(root), dask, workers)
    else:
        counts = [write_partition(part, str(root), i) for i, part in enumerate(parts)]
    write_marker(root, len(parts), counts, problems)
    return sum(a for a, _ in counts), sum(c for _, c in counts), problems
