"""tracker.regex_cache: a regex from the cache is the regex re.compile makes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tracker import regex_cache
from tracker.extract import dates

TEXTS = [
    "The 25% duty takes effect on Aug. 1, 2025, ninety days after the talks ended.",
    "Officials said Wednesday last week that the pause runs for two weeks and 3 days.",
    "On 1/8/2025 the rate rose; by 2025-09-30 it was cut to fifteen per cent.",
]


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TRACKER_CACHE", str(tmp_path))
    regex_cache._stores.clear()
    yield tmp_path
    regex_cache._stores.clear()


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups,
                                                            b.groupindex)
    for text in TEXTS:
        assert [m.span() + (m.groupdict(),) for m in a.finditer(text)] == [
            m.span() + (m.groupdict(),) for m in b.finditer(text)]
        for x in range(len(text)):
            ma, mb = a.match(text, x), b.match(text, x)
            assert (ma and ma.span()) == (mb and mb.span())


def test_the_date_grammar_from_the_cache_is_what_re_compiles(cache_dir: Path) -> None:
    sources = [(r.pattern, re.IGNORECASE) for r in dates._all_regexes(dates._grammar())]
    first = [regex_cache.compile(p, f) for p, f in sources]  # compiled, then stored
    regex_cache._stores[regex_cache.cache_file()].save()
    assert regex_cache.cache_file().is_file()
    regex_cache._stores.clear()  # a new run: read back from the file
    store = regex_cache._store()
    assert len(store.entries) == len(set(sources))
    again = [regex_cache.compile(p, f) for p, f in sources]
    assert not store.added  # every one came from the file
    for a, b, c in zip(first, again, sources, strict=True):
        plain = re.compile(*c)
        _same(a, plain)
        _same(b, plain)


def test_a_bad_regex_is_re_error_and_a_damaged_file_is_ignored(cache_dir: Path) -> None:
    with pytest.raises(re.error):
        regex_cache.compile("(unclosed")
    path = regex_cache.cache_file()
    path.write_bytes(b"not marshal data")
    regex_cache._stores.clear()
    days = r"\b(?P<n>\d+)\s+days?\b"
    _same(regex_cache.compile(days, re.I), re.compile(days, re.I))
    regex_cache._stores[path].save()
    regex_cache._stores.clear()
    assert len(regex_cache._store().entries) == 1


def test_off_means_re_compile(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("TRACKER_CACHE", "off")
    assert regex_cache.cache_file() is None
    assert regex_cache.compile(r"a+b") is re.compile(r"a+b")  # (re's own memo)
