"""Read articles from plain-text, HTML and JSONL feed files (SPEC.md, "Article input").

    articles, problems = read_paths(["news/", "feed.jsonl"])

Every Article returned has `clean` filled (tracker.clean.clean) and the metadata the
input carries or the text states: `title`, `source`, `url`, `published` (with
`date_confidence` and `date_method`: given, override, html-meta, dateline, or inferred
from the dates the body states) and `dateline` (the date the text's own date line
states, whatever `published` ends up as).

A path that does not exist, or a file named explicitly with an unsupported extension,
is the user's mistake: TrackerError. Anything wrong inside a file (binary data, an empty
file, a bad feed line, a page with no text) is a ReadProblem, and the rest is still read.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib
import json
from dataclasses import dataclass
from pathlib import Path

from tracker.clean import clean
from tracker.errors import TrackerError
from tracker.models import Article
from tracker.read.date_inference import infer_date
from tracker.read.metadata import detect

#: file suffix -> (module in tracker.read, reader function)
READERS = {
    ".txt": ("tracker.read.text", "read_text"),
    ".html": ("tracker.read.html", "read_html"),
    ".htm": ("tracker.read.html", "read_html"),
    ".jsonl": ("tracker.read.feed", "read_feed"),
}
SUFFIXES = tuple(READERS)

__all__ = ["ReadProblem", "SUFFIXES", "iter_paths", "prepare", "published_problem", "read_file",
           "read_paths", "without_inferred_date"]

#: the earliest publication date accepted: earlier ones are typos (or not news)
EARLIEST_PUBLISHED = dt.date(1900, 1, 1)


def published_problem(when: dt.date, today: dt.date | None = None) -> str | None:
    """Why `when` cannot be a publication date (after today, before 1900), or None.

    A typo such as 3025 for 2025 would otherwise make its figures the current ones.
    """
    today = today or dt.date.today()
    if when > today:
        return f"date {when.isoformat()} is in the future (after {today.isoformat()})"
    if when < EARLIEST_PUBLISHED:
        return f"date {when.isoformat()} is before {EARLIEST_PUBLISHED.year}"
    return None


@dataclass
class ReadProblem:
    """Something in one input that could not be read; `str()` gives the one-line form."""

    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.message}"


def _supported(path: Path) -> bool:
    return path.suffix.lower() in READERS


def is_article_feed(path: Path) -> bool:
    """Whether a .jsonl file found in a folder is an article feed (SPEC "Article input").

    Folders of articles often hold other JSONL beside them (gold claims, expected
    results): a file whose first JSON record is an object without "text" is not a feed.
    A file whose first line is not JSON is kept, so the feed reader reports it.
    """
    try:
        with path.open("rb") as fh:
            for raw in fh:
                if raw.strip():
                    try:
                        first = json.loads(raw)
                    except ValueError:
                        return True
                    return not isinstance(first, dict) or "text" in first
    except OSError:
        return True  # unreadable: read_file reports it
    return True


def iter_paths(paths: list[str]) -> list[Path]:
    """The article files named by `paths`: files as given, folders searched recursively.

    Inside folders, files with other extensions, hidden files and JSONL files that are
    not article feeds (``is_article_feed``) are skipped; a file named explicitly must be
    .txt/.html/.htm/.jsonl. Sorted, without repeats.
    """
    found: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise TrackerError(f"{raw}: no such file or directory")
        if path.is_dir():
            for child in path.rglob("*"):
                rel = child.relative_to(path).parts
                if any(part.startswith(".") for part in rel):
                    continue
                if child.is_file() and _supported(child) and (
                        child.suffix.lower() != ".jsonl" or is_article_feed(child)):
                    found.add(child)
        elif _supported(path):
            found.add(path)
        else:
            raise TrackerError(
                f"{raw}: unsupported file type (expected {', '.join(SUFFIXES)})"
            )
    return sorted(found)


def read_file(path: Path) -> tuple[list[Article], list[ReadProblem]]:
    """Read one file, dispatching on its extension."""
    path = Path(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        return [], [ReadProblem(str(path), None, "unsupported file type")]
    module, func = reader
    return getattr(importlib.import_module(module), func)(path)


def read_paths(
    paths: list[str], published: dt.date | None = None, source: str | None = None
) -> tuple[list[Article], list[ReadProblem]]:
    """Read every article under `paths`.

    `published`/`source`, when given, override what was detected or given, for every
    article read (for a feed, its own values win only when no override is given); the
    article's `dateline` still records what its text states.
    """
    if published is not None and (why := published_problem(published)):
        raise TrackerError(f"publication date {published.isoformat()}: {why}")
    articles: list[Article] = []
    problems: list[ReadProblem] = []
    for path in iter_paths(paths):
        got, bad = read_file(path)
        articles.extend(got)
        problems.extend(bad)
    for article in articles:
        if published is not None:
            article.published = published
            article.date_confidence = 1.0
            article.date_method = "override"
        if source is not None:
            article.source = source
    return articles, problems


def prepare(article: Article) -> Article:
    """Fill `clean` and the metadata the text states; values already set are kept.

    A date line stating a date that cannot be a publication date (published_problem)
    is kept as `dateline` but not used as `published`. Without a given date or a date
    line, the date the text implies (tracker.read.date_inference) is taken, with
    `date_method` "inferred" and a confidence below a date line's.

    The date line found by metadata detection is left out of the cleaned text (it is
    the article's header, not a claim about trade).
    """
    first = clean(article.text)
    meta = detect(article.text, first)
    if meta.dateline_span is not None:
        start, end = meta.dateline_span
        article.clean = clean(article.text, drop=[(start, end, "dateline")])
    else:
        article.clean = first
    article.dateline = meta.dateline
    if (article.published is None and meta.dateline is not None
            and published_problem(meta.dateline) is None):
        article.published = meta.dateline
        article.date_confidence = meta.date_confidence
        article.date_method = "dateline"
    if article.published is None:
        guess = infer_date(article.text, article.clean.text)
        if guess.date is not None and published_problem(guess.date) is None:
            article.published = guess.date
            article.date_confidence = guess.confidence
            article.date_method = "inferred"
    article.title = article.title or meta.title
    article.source = article.source or meta.source
    return article


def without_inferred_date(article: Article) -> Article:
    """The article as the extractor is handed it: a publication date only when it is known.

    An inferred date is a guess from the very dates the extractor reads; taken as known it
    would decide their status (a date on or before publication is in effect) by itself.
    The extractor then works as for any undated article (claims' `as_of` null), and the
    stored article keeps the inferred date, by which reconciliation places its claims.
    Other articles are returned as they are.
    """
    if article.date_method != "inferred":
        return article
    return dataclasses.replace(article, published=None, date_confidence=None, date_method=None)


def read_bytes(path: Path) -> tuple[bytes | None, ReadProblem | None]:
    """The file's bytes, or the problem reading it (permissions, a vanished file ...)."""
    try:
        return path.read_bytes(), None
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        return None, ReadProblem(str(path), None, f"cannot read file ({reason})")


def looks_binary(data: bytes) -> bool:
    """NUL bytes in the first 8 KB: not a text file (UTF-16 is caught earlier by its BOM)."""
    return b"\x00" in data[:8192]
