"""Plain-text articles (.txt): the id is the file name without its extension."""

from __future__ import annotations

import codecs
from pathlib import Path

from tracker.models import Article
from tracker.read import ReadProblem, looks_binary, prepare, read_bytes

#: more than this share of control characters in the decoded text: not a text file
_MAX_CONTROL = 0.05
_ALLOWED_CONTROL = frozenset("\t\n\r\f\v")


def _control_share(text: str) -> float:
    sample = text[:8192]
    if not sample:
        return 0.0
    bad = sum(
        1 for c in sample
        if (ord(c) < 32 and c not in _ALLOWED_CONTROL) or 0x7F <= ord(c) < 0xA0
    )
    return bad / len(sample)


def decode_text(data: bytes) -> str | None:
    """Bytes as text: UTF-8 (BOM dropped), UTF-16 with a BOM, else cp1252/latin-1.

    None when the bytes are not text (NUL bytes, or mostly control characters).
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            return None
        return text if _control_share(text) <= _MAX_CONTROL else None
    if looks_binary(data):
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
    return text if _control_share(text) <= _MAX_CONTROL else None


def read_text(path: Path) -> tuple[list[Article], list[ReadProblem]]:
    """One article from a .txt file; its text is the file content as decoded."""
    data, problem = read_bytes(path)
    if problem is not None or data is None:
        return [], [problem] if problem else []
    text = decode_text(data)
    if text is None:
        return [], [ReadProblem(str(path), None, "binary file, not text")]
    if not text.strip():
        return [], [ReadProblem(str(path), None, "empty file")]
    article = Article(id=path.stem, text=text, path=str(path), fmt="txt")
    return [prepare(article)], []
