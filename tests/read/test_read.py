"""Reading .txt, .html and .jsonl inputs, and every kind of bad input."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest
from conftest import FIXTURES, SHARED

from tracker.errors import TrackerError
from tracker.models import Article
from tracker.read import ReadProblem, iter_paths, read_file, read_paths

SEEDS = SHARED / "seeds"
DEV_FEED = SHARED / "dev" / "articles.jsonl"

BODY = (
    "Exporters of frozen fish said on Monday that the new 12% duty would cut their sales "
    "abroad by a fifth this year.\n"
)


def _check_article(a: Article) -> None:
    assert a.id and a.text and a.path and a.fmt in {"txt", "html", "feed"}
    assert a.clean is not None
    for c, o, n in a.clean.pieces:
        assert a.clean.text[c:c + n] == a.text[o:o + n]


def _one(path: Path) -> tuple[Article | None, list[ReadProblem]]:
    arts, probs = read_file(path)
    assert len(arts) <= 1
    return (arts[0] if arts else None), probs


# ---- plain text ---------------------------------------------------------------------

def test_txt_fixture():
    path = FIXTURES / "dated_article.txt"
    a, probs = _one(path)
    assert probs == [] and a is not None
    _check_article(a)
    assert a.id == "dated_article" and a.fmt == "txt" and a.path == str(path)
    assert a.text == path.read_text(encoding="utf-8")
    assert a.title == "Lumber mills brace for higher border duty"
    assert a.source == "Pacific Ledger"
    assert a.published == dt.date(2025, 3, 14) == a.dateline
    assert a.date_method == "dateline" and a.date_confidence >= 0.9
    # the date line, the share widget and the teasers are not part of the cleaned text
    assert "March 14, 2025" not in a.clean.text
    assert "Share this article" not in a.clean.text
    assert "Harbor Cranes" not in a.clean.text
    assert "from 14% to 27%" in a.clean.text


def test_txt_utf8_bom(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbf" + BODY.encode())
    a, probs = _one(p)
    assert probs == [] and a is not None
    assert a.text == BODY


def test_txt_latin1_and_cp1252(tmp_path):
    p = tmp_path / "latin.txt"
    p.write_bytes("Caf\u00e9 owners said the 5% levy on coffee beans hurts.\n".encode("latin-1"))
    a, probs = _one(p)
    assert probs == [] and a is not None and "Caf\u00e9" in a.text
    q = tmp_path / "smart.txt"
    q.write_bytes(b"\x93We will pay the 10% duty,\x94 the importer said.\n")
    a, probs = _one(q)
    assert probs == [] and a is not None
    assert a.text.startswith("\u201cWe will pay")


def test_txt_utf16_with_bom(tmp_path):
    p = tmp_path / "wide.txt"
    p.write_bytes(BODY.encode("utf-16"))
    a, probs = _one(p)
    assert probs == [] and a is not None and a.text == BODY


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
    bytes(range(1, 32)) * 40,
])
def test_txt_binary(tmp_path, data):
    p = tmp_path / "image.txt"
    p.write_bytes(data)
    a, probs = _one(p)
    assert a is None
    assert [str(x) for x in probs] == [f"{p}: binary file, not text"]


@pytest.mark.parametrize("data", [b"", b"  \n\t\n  \n"])
def test_txt_empty(tmp_path, data):
    p = tmp_path / "empty.txt"
    p.write_bytes(data)
    a, probs = _one(p)
    assert a is None and len(probs) == 1
    assert probs[0].message == "empty file" and probs[0].line is None


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="running as root: file permissions are not enforced")
def test_txt_unreadable(tmp_path):
    p = tmp_path / "secret.txt"
    p.write_text(BODY)
    p.chmod(0)
    try:
        a, probs = _one(p)
    finally:
        p.chmod(0o644)
    assert a is None and len(probs) == 1
    assert probs[0].message.startswith("cannot read file")


def test_txt_read_error_is_a_problem(tmp_path, monkeypatch):
    p = tmp_path / "locked.txt"
    p.write_text(BODY)

    def deny(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", deny)
    a, probs = _one(p)
    assert a is None
    assert [str(x) for x in probs] == [f"{p}: cannot read file (Permission denied)"]


# ---- HTML ---------------------------------------------------------------------------

def test_html_fixture():
    a, probs = _one(FIXTURES / "orchard_duty.html")
    assert probs == [] and a is not None
    _check_article(a)
    assert a.id == "orchard_duty" and a.fmt == "html"
    assert a.title == "Orchard growers welcome lower apple duty"
    assert a.source == "Harbor Wire"
    assert a.url == "https://harborwire.example/trade/2025/07/orchard-duty"
    assert a.published == dt.date(2025, 7, 8)
    assert a.date_method == "html-meta"
    assert "falls from 20% to 10% on September 1" in a.text
    # navigation, sidebar and footer are not main text
    for junk in ("Markets", "Ferry fares rise again", "All rights reserved", "<p>"):
        assert junk not in a.text


def test_html_without_text():
    a, probs = _one(FIXTURES / "no_text.html")
    assert a is None
    assert [p.message for p in probs] == ["no article text found in the page"]


def test_html_empty_and_binary(tmp_path):
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"   \n")
    binary = tmp_path / "binary.htm"
    binary.write_bytes(b"\x00\x01\x02<html>" * 10)
    assert [p.message for p in read_file(empty)[1]] == ["empty file"]
    assert [p.message for p in read_file(binary)[1]] == ["binary file, not text"]


# ---- feeds --------------------------------------------------------------------------

def test_feed_good_and_bad_lines():
    path = FIXTURES / "feed_mixed.jsonl"
    arts, probs = read_file(path)
    assert [a.id for a in arts] == ["f1", "f9"]
    for a in arts:
        _check_article(a)
        assert a.fmt == "feed" and a.path == str(path)
    f1, f9 = arts
    assert (f1.published, f1.date_confidence, f1.date_method) == (dt.date(2025, 7, 8), 1.0, "given")
    assert (f1.source, f1.title, f1.url) == ("Harbor Wire", "Copper levy planned",
                                             "https://example.org/f1")
    # published null: detected from the text's date line
    assert f9.published == dt.date(2025, 6, 23) and f9.date_method == "dateline"
    assert f9.source == "Seaboard Times"
    by_line = {p.line: p.message for p in probs}
    assert sorted(by_line) == [2, 3, 4, 5, 6, 7]
    assert by_line[2].startswith("invalid JSON (")
    assert by_line[3].startswith("not a JSON object")
    assert by_line[4] == 'missing or empty "id"'
    assert by_line[5] == 'article "f5": missing or empty "text"'
    assert by_line[6].startswith('article "f6": bad "published" date')
    assert by_line[7] == 'duplicate id "f1" (first on line 1)'
    assert str(probs[0]).startswith(f"{path}:2: invalid JSON (")
    assert all("\n" not in str(p) for p in probs)


def test_feed_not_utf8_line(tmp_path):
    p = tmp_path / "feed.jsonl"
    good = json.dumps({"id": "a", "text": BODY}).encode()
    p.write_bytes(good + b"\n" + b'{"id": "b", "text": "caf\xe9"}\n')
    arts, probs = read_file(p)
    assert [a.id for a in arts] == ["a"]
    assert probs[0].line == 2 and probs[0].message.startswith("not valid UTF-8")


def test_feed_empty(tmp_path):
    p = tmp_path / "feed.jsonl"
    p.write_text("\n\n")
    assert [x.message for x in read_file(p)[1]] == ["empty file"]


def test_dev_feed():
    if not DEV_FEED.exists():
        pytest.skip("../shared/dev/articles.jsonl not found")
    arts, probs = read_file(DEV_FEED)
    assert probs == []
    raw = [json.loads(line) for line in DEV_FEED.read_text(encoding="utf-8").splitlines()
           if line.strip()]
    assert [a.id for a in arts] == [r["id"] for r in raw]
    assert [a.id for a in arts][:7] == [f"d0{i}" for i in range(1, 8)]
    for a, r in zip(arts, raw, strict=True):
        _check_article(a)
        # a feed's own date is taken as given; a null one is at most inferred from the text
        if r["published"]:
            assert (a.published, a.date_method) == (dt.date.fromisoformat(r["published"]),
                                                    "given")
        else:
            assert a.date_method in (None, "inferred")
            assert (a.published is None) == (a.date_method is None)
        if a.id.startswith("d0"):
            assert a.dateline is None  # no date lines in these seven texts


# ---- paths --------------------------------------------------------------------------

def test_missing_path():
    with pytest.raises(TrackerError, match="^nowhere/at/all.txt: no such file or directory$"):
        iter_paths(["nowhere/at/all.txt"])
    with pytest.raises(TrackerError, match="no such file or directory"):
        read_paths(["nowhere/at/all.txt"])


def test_directory_recursion(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "deep").mkdir()
    (tmp_path / ".hidden").mkdir()
    files = {
        "a.txt": BODY, "b/page.HTML": "<p>x</p>", "b/deep/feed.jsonl": "",
        "b/deep/old.htm": "<p>x</p>", "notes.md": BODY, "data.csv": "a,b",
        ".hidden/c.txt": BODY, "b/.secret.txt": BODY,
    }
    for name, content in files.items():
        (tmp_path / name).write_text(content)
    got = [p.relative_to(tmp_path).as_posix() for p in iter_paths([str(tmp_path)])]
    assert got == ["a.txt", "b/deep/feed.jsonl", "b/deep/old.htm", "b/page.HTML"]


def test_folder_skips_jsonl_that_is_not_a_feed(tmp_path):
    """Gold files beside the articles are not feeds; a feed or a broken file is still read."""
    (tmp_path / "gold.jsonl").write_text(json.dumps({"type": "claim", "value": 25}) + "\n")
    (tmp_path / "feed.jsonl").write_text("\n" + json.dumps({"id": "a", "text": BODY}) + "\n")
    (tmp_path / "broken.jsonl").write_text("{not json\n")
    got = [p.name for p in iter_paths([str(tmp_path)])]
    assert got == ["broken.jsonl", "feed.jsonl"]
    named = iter_paths([str(tmp_path / "gold.jsonl")])  # named explicitly: read, errors shown
    assert [p.name for p in named] == ["gold.jsonl"]
    _articles, problems = read_paths([str(tmp_path / "gold.jsonl")])
    assert problems and "id" in problems[0].message


def test_unsupported_extension_named_explicitly(tmp_path):
    p = tmp_path / "notes.md"
    p.write_text(BODY)
    with pytest.raises(TrackerError, match="unsupported file type"):
        iter_paths([str(p)])
    assert read_file(p)[1][0].message == "unsupported file type"


def test_iter_paths_sorted_without_repeats(tmp_path):
    for name in ("z.txt", "m.jsonl", "a.html"):
        (tmp_path / name).write_text(BODY)
    got = iter_paths([str(tmp_path / "z.txt"), str(tmp_path), str(tmp_path / "a.html")])
    assert [p.name for p in got] == ["a.html", "m.jsonl", "z.txt"]


def test_read_paths_mixed_folder_collects_problems(tmp_path):
    (tmp_path / "good.txt").write_text(BODY)
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "feed.jsonl").write_text('{"id": "x", "text": "ok then"}\nnot json\n')
    arts, probs = read_paths([str(tmp_path)])
    assert sorted(a.id for a in arts) == ["good", "x"]
    assert sorted((Path(p.path).name, p.line) for p in probs) == [("empty.txt", None),
                                                                  ("feed.jsonl", 2)]


def test_overrides(tmp_path):
    txt = tmp_path / "a.txt"
    txt.write_text("Harbor Wire | July 8, 2025\n" + BODY)
    arts, _ = read_paths([str(txt), str(FIXTURES / "feed_mixed.jsonl")],
                         published=dt.date(2025, 1, 2), source="Override Desk")
    assert len(arts) == 3
    for a in arts:
        assert a.published == dt.date(2025, 1, 2)
        assert (a.date_method, a.date_confidence, a.source) == ("override", 1.0, "Override Desk")
    # the date the text itself states is still recorded
    assert {a.id: a.dateline for a in arts}["a"] == dt.date(2025, 7, 8)
    # without overrides the feed's own values stand
    arts, _ = read_paths([str(FIXTURES / "feed_mixed.jsonl")])
    assert arts[0].published == dt.date(2025, 7, 8) and arts[0].source == "Harbor Wire"


# ---- the real seeds -----------------------------------------------------------------

def test_seeds_read():
    if not SEEDS.exists():
        pytest.skip("../shared/seeds not found")
    arts, probs = read_paths([str(SEEDS)])
    assert probs == []
    by_id = {a.id: a for a in arts}
    assert len(by_id) == 5
    for a in arts:
        _check_article(a)
        assert a.fmt == "txt" and a.text == Path(a.path).read_text(encoding="utf-8")
    seed0 = by_id["000_42cc10f6da5f90ee"]
    assert (seed0.published, seed0.source, seed0.date_method) == (
        dt.date(2025, 5, 9), "Korea Herald", "dateline")
    assert "09-05-2025" not in seed0.clean.text
    for name in ("001", "002", "003", "004"):
        a = next(v for k, v in by_id.items() if k.startswith(name))
        assert a.published is None and a.dateline is None, a.id


def test_feed_lone_surrogates_become_replacement_characters(tmp_path):
    """JSON may escape half of a UTF-16 pair ("\\ud800"); text cannot hold it, so printing or
    storing the article would fail. The reader replaces it, one character for one."""
    feed = tmp_path / "odd.jsonl"
    feed.write_text(json.dumps({"id": "x\ud800", "title": "T\udc00", "published": None,
                                "text": "A 25% \ud800levy."}) + "\n", encoding="utf-8")
    (art,), probs = read_file(feed)
    assert probs == []
    assert (art.id, art.title, art.text) == ("x\ufffd", "T\ufffd", "A 25% \ufffdlevy.")
    art.text.encode("utf-8")  # storable and printable
