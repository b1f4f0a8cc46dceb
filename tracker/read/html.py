"""HTML pages (.html, .htm): main text and metadata by trafilatura.

The article text is the main text trafilatura extracts (comments excluded, tables
kept); every claim offset points into it. Title, site name (the source), URL and the
page's own publication date (from its meta data and markup only, not guessed from the
body) come from trafilatura's metadata extraction.
"""

from __future__ import annotations

import datetime as dt
import logging
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tracker.models import Article
from tracker.read import ReadProblem, looks_binary, prepare, published_problem, read_bytes

#: confidence of a publication date taken from the page's meta data
HTML_META_CONFIDENCE = 0.9
#: fewer words than this is a menu or a placeholder that trafilatura fell back to
MIN_WORDS = 8

_DATE_PARAMS = {"extensive_search": False, "original_date": True}
_QUIET = ("trafilatura", "htmldate", "courlan", "justext", "readability")


@contextmanager
def _quiet_logs():
    """trafilatura logs discarded pages as warnings; we report a ReadProblem instead."""
    loggers = [logging.getLogger(name) for name in _QUIET]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for lg, level in zip(loggers, levels, strict=True):
            lg.setLevel(level)


def extract(data: bytes) -> Any:
    """trafilatura's Document for the page, or None when it finds no main text."""
    import trafilatura  # slow to import: only when a page is read

    with _quiet_logs():
        return trafilatura.bare_extraction(
            data,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            date_extraction_params=_DATE_PARAMS,
        )


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _str(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def read_html(path: Path) -> tuple[list[Article], list[ReadProblem]]:
    """One article from an HTML page."""
    data, problem = read_bytes(path)
    if problem is not None or data is None:
        return [], [problem] if problem else []
    if not data.strip():
        return [], [ReadProblem(str(path), None, "empty file")]
    if looks_binary(data):
        return [], [ReadProblem(str(path), None, "binary file, not text")]
    try:
        doc = extract(data)
    except Exception as exc:  # a parser failure on one page must not stop a batch
        return [], [ReadProblem(str(path), None, f"cannot parse HTML ({exc.__class__.__name__})")]
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or len(text.split()) < MIN_WORDS:
        return [], [ReadProblem(str(path), None, "no article text found in the page")]
    article = Article(
        id=path.stem,
        text=text,
        path=str(path),
        fmt="html",
        title=_str(doc.title),
        source=_str(doc.sitename),
        url=_str(doc.url),
    )
    published = _date(doc.date)
    if published is not None and published_problem(published) is None:
        article.published = published
        article.date_confidence = HTML_META_CONFIDENCE
        article.date_method = "html-meta"
    return [prepare(article)], []
