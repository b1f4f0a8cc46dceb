"""Article feeds (.jsonl): one article per line.

    {"id": ..., "url": ..., "source": ..., "published": "YYYY-MM-DD"|null,
     "title": ..., "text": ...}

A given `published` is known (date_confidence 1.0, date_method "given"); a null one is
detected from the text's date line. A bad line (not UTF-8, invalid JSON, not an object,
missing or empty id or text, a bad date or one after today or before 1900, an id
already used in the feed) is one ReadProblem with its line number; the good lines are
still read.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

from tracker.models import Article
from tracker.read import ReadProblem, looks_binary, prepare, published_problem, read_bytes

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _unicode(value: Any) -> Any:
    """A JSON string with its lone surrogates ("\\ud800", half of a UTF-16 pair: JSON allows
    the escape, Unicode text cannot hold it) replaced by U+FFFD, one character for one so
    that claim offsets stay exact; anything else as it is."""
    if isinstance(value, str) and _LONE_SURROGATE.search(value):
        return _LONE_SURROGATE.sub("\ufffd", value)
    return value


def _str(value: Any) -> str | None:
    if isinstance(value, str):
        return _unicode(value).strip() or None
    return None


def parse_published(value: Any) -> dt.date | None:
    """A feed's `published`: YYYY-MM-DD (an ISO date-time is accepted too); else ValueError."""
    if not isinstance(value, str):
        raise ValueError(value)
    text = value.strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return dt.datetime.fromisoformat(text).date()


def _article(obj: Any, path: Path, seen: dict[str, int], lineno: int) -> Article | str:
    """The line's article, or the message saying what is wrong with it."""
    if not isinstance(obj, dict):
        return f"not a JSON object ({type(obj).__name__})"
    ident = _unicode(obj.get("id"))
    if isinstance(ident, int) and not isinstance(ident, bool):
        ident = str(ident)
    if not isinstance(ident, str) or not ident.strip():
        return 'missing or empty "id"'
    text = _unicode(obj.get("text"))
    if not isinstance(text, str) or not text.strip():
        return f'article "{ident}": missing or empty "text"'
    raw_date = obj.get("published")
    published = None
    if raw_date is not None:
        try:
            published = parse_published(raw_date)
        except ValueError:
            return f'article "{ident}": bad "published" date {raw_date!r} (expected YYYY-MM-DD)'
        why = published_problem(published)
        if why:
            return f'article "{ident}": bad "published" {why}'
    if ident in seen:
        return f'duplicate id "{ident}" (first on line {seen[ident]})'
    seen[ident] = lineno
    return Article(
        id=ident,
        text=text,
        path=str(path),
        fmt="feed",
        source=_str(obj.get("source")),
        url=_str(obj.get("url")),
        title=_str(obj.get("title")),
        published=published,
        date_confidence=1.0 if published else None,
        date_method="given" if published else None,
    )


def read_feed(path: Path) -> tuple[list[Article], list[ReadProblem]]:
    """Every good line's article, and one problem per bad line."""
    data, problem = read_bytes(path)
    if problem is not None or data is None:
        return [], [problem] if problem else []
    if looks_binary(data):
        return [], [ReadProblem(str(path), None, "binary file, not text")]
    if not data.strip():
        return [], [ReadProblem(str(path), None, "empty file")]
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    articles: list[Article] = []
    problems: list[ReadProblem] = []
    seen: dict[str, int] = {}
    for lineno, raw in enumerate(data.split(b"\n"), 1):
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            problems.append(ReadProblem(str(path), lineno, f"not valid UTF-8 ({exc.reason})"))
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            message = f"invalid JSON ({exc.msg} at column {exc.colno})"
            problems.append(ReadProblem(str(path), lineno, message))
            continue
        got = _article(obj, path, seen, lineno)
        if isinstance(got, str):
            problems.append(ReadProblem(str(path), lineno, got))
        else:
            articles.append(prepare(got))
    return articles, problems
