"""Regexes that are not run where a word they need is missing from the text.

Many rule patterns hold words that every match must contain ("been", "suspended",
"instead of") after a part that Python's regex engine has to try at many places: a
window of a dozen words tried lazily before the cue (`(?:\\s+\\w+){0,12}?\\s+has\\s+been`),
or a search that begins with a lookbehind or a case-blind letter, so that the engine
cannot skip ahead. Such a call costs tens of microseconds on a sentence where
`str.find` says in well under one that none of those words stands in the span the
match must lie in. `gated` wraps such a pattern: its `search`, `finditer`, `findall`
(and `match`/`fullmatch` when the pattern begins with a part of varying width) first
look for the pattern's needed words in the lower-cased text between `pos` and `endpos`
and answer "no match" without running the regex when none is there. Every other call,
and every pattern without such words, runs the regex as before: the same matches.

The needed words come from Python's own parse of the pattern: a run of ASCII literals
the match cannot do without, or, for a group of alternatives, one such run from each
alternative (see `needles`). Lookarounds are left out (a lookbehind may read before
`pos`). The text is compared lower-cased, which is sound for case-sensitive and
case-blind patterns alike, except where lower-casing changes a text's length or the text
holds a character that a case-blind ASCII letter matches but whose lower case is not
that letter ("\u0131", "\u017f", "\u0130"): such texts always run the regex.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from typing import Any

try:  # Python 3.11+
    from re import _compiler
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - older layout
    import sre_compile as _compiler  # type: ignore[no-redef]
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

#: more needles than this make the test cost more than it saves: no gate
MAX_NEEDLES = 16
#: needles shorter than this stand in most sentences: no gate
MIN_LENGTH = 3
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT))
#: characters a case-blind ASCII letter matches whose lower case is not that letter
_NOT_PLAIN = re.compile("[\u0130\u0131\u017f]")

Needles = frozenset[str]


def _score(found: Needles | None) -> tuple[int, int]:
    """How selective a set of needles is: its shortest needle's length, then fewer."""
    if not found:
        return (-1, 0)
    return (min(map(len, found)), -len(found))


def _of_sequence(items: Any) -> Needles | None:
    """The needles of a sequence of parsed items: the most selective of its items' own
    (adjacent ASCII literals joined into one run), None when no item needs any."""
    best: Needles | None = None
    run: list[str] = []
    for op, av in list(items) + [(None, None)]:
        if op is _c.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        if run:
            best = max(best, frozenset(["".join(run)]), key=_score)
            run = []
        if op is not None:
            best = max(best, _of_item(op, av), key=_score)
    return best


def _of_item(op: Any, av: Any) -> Needles | None:
    """The needles of one parsed item: a group's, each alternative's together, a
    repeat's body when it must occur at least once; None for anything else."""
    if op is _c.SUBPATTERN:
        return _of_sequence(av[-1])
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _of_sequence(av)
    if op is _c.BRANCH:
        out: set[str] = set()
        for alternative in av[1]:
            got = _of_sequence(alternative)
            if not got:
                return None
            out |= got
            if len(out) > MAX_NEEDLES:
                return None
        return frozenset(out)
    if op in _REPEATS:
        low, _high, body = av
        return _of_sequence(body) if low >= 1 else None
    return None


def needles(pattern: re.Pattern[str]) -> Needles | None:
    """Lower-case ASCII strings one of which every match of `pattern` holds (a needle
    that holds another is left out), or None when they cannot be worked out."""
    if not isinstance(pattern.pattern, str):
        return None
    found = _of_sequence(_p.parse(pattern.pattern, pattern.flags))
    if not found:
        return None
    return frozenset(n for n in found if not any(m != n and m in n for m in found))


def _window_start(pattern: re.Pattern[str]) -> bool:
    """Whether the pattern begins (after "^", lookarounds and white space) with a window:
    a repeat that may take two or more items ("(?:\\s+\\w+){0,12}?", "[^,;]{0,60}?"). An
    anchored `match` of it tries many ends before it fails, so a gate pays there too."""
    return _window_of(_p.parse(pattern.pattern, pattern.flags))


def _window_of(items: Any) -> bool:
    for op, av in items:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue
        if op is _c.SUBPATTERN:
            return _window_of(av[-1])
        if op in _REPEATS and _spaces_only(av[2]):
            continue
        return op in _REPEATS and av[1] >= 2
    return False


def _spaces_only(body: Any) -> bool:
    """A repeat's body that is one class of white space ("\\s*", "[ \\t]+")."""
    return len(body) == 1 and body[0][0] is _c.IN \
        and all(op is _c.CATEGORY and arg is _c.CATEGORY_SPACE
                or op is _c.LITERAL and chr(arg).isspace() for op, arg in body[0][1])


#: text -> its lower-cased form (None when that is not plain: see the module's doc); a
#: sentence is asked about by many patterns in a row, so a few recent texts are kept
_LOWER: dict[str, str | None] = {}
_KEEP = 32
_MISSING = object()


def _lowered(text: str) -> str | None:
    """The lower-cased text where its positions are the text's and a case-blind ASCII
    letter matches only what lowers to it; None otherwise (kept in _LOWER)."""
    low: str | None = text.lower()
    if not text.isascii() and (len(low) != len(text) or _NOT_PLAIN.search(text)):  # type: ignore[arg-type]
        low = None
    if len(_LOWER) >= _KEEP:
        _LOWER.clear()
    _LOWER[text] = low
    return low


def _skips_ahead(rx: re.Pattern[str]) -> bool:
    """Whether Python's regex engine searches for `rx` by a literal prefix or a set of
    first characters (the INFO block of its compiled code): then a search is cheap."""
    code = _compiler._code(_p.parse(rx.pattern, rx.flags), rx.flags)
    return bool(code[0] is _c.INFO and code[2] & (_c.SRE_INFO_PREFIX | _c.SRE_INFO_CHARSET))


class Gated:
    """A compiled pattern whose scans first look for its needed words (module doc);
    every other attribute is the pattern's own."""

    __slots__ = ("_rx", "_probe", "search", "finditer", "findall", "match", "fullmatch",
                 "pattern", "flags", "groups", "groupindex", "needles")

    def __init__(self, rx: re.Pattern[str], found: Needles, scans: bool, anchored: bool) -> None:
        self._rx, self.needles = rx, found
        #: one scan of the lower-cased text for every needle at once
        self._probe = re.compile("|".join(map(re.escape, sorted(found)))).search
        self.pattern, self.flags = rx.pattern, rx.flags
        self.groups, self.groupindex = rx.groups, rx.groupindex
        self.search = self._search if scans else rx.search
        self.finditer = self._finditer if scans else rx.finditer
        self.findall = self._findall if scans else rx.findall
        self.match = self._match if anchored else rx.match
        self.fullmatch = self._fullmatch if anchored else rx.fullmatch

    def _absent(self, string: str, pos: int, endpos: int) -> bool:
        """No needle in string[pos:endpos]: the pattern cannot match there."""
        low = _LOWER.get(string, _MISSING)
        if low is _MISSING:
            low = _lowered(string)
        return low is not None and self._probe(low, pos, endpos) is None  # type: ignore[arg-type]

    def _search(self, string: str, pos: int = 0,
                endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._absent(string, pos, endpos):
            return None
        return self._rx.search(string, pos, endpos)

    def _finditer(self, string: str, pos: int = 0,
                  endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if self._absent(string, pos, endpos):
            return iter(())
        return self._rx.finditer(string, pos, endpos)

    def _findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        if self._absent(string, pos, endpos):
            return []
        return self._rx.findall(string, pos, endpos)

    def _match(self, string: str, pos: int = 0,
               endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._absent(string, pos, endpos):
            return None
        return self._rx.match(string, pos, endpos)

    def _fullmatch(self, string: str, pos: int = 0,
                   endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._absent(string, pos, endpos):
            return None
        return self._rx.fullmatch(string, pos, endpos)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._rx, name)

    def __repr__(self) -> str:
        return f"gated({self._rx!r})"

    def __eq__(self, other: object) -> bool:
        return self._rx == (other._rx if isinstance(other, Gated) else other)

    def __hash__(self) -> int:
        return hash(self._rx)


def gated(rx: re.Pattern[str]) -> re.Pattern[str]:
    """`rx` behind a needle gate where that pays: it has needles (at least MIN_LENGTH
    characters each, at most MAX_NEEDLES), and either the engine cannot skip ahead in a
    search for it or it begins with a window of varying width; else `rx` itself."""
    found = needles(rx)
    if not found or min(map(len, found)) < MIN_LENGTH:
        return rx
    scans = not _skips_ahead(rx)
    anchored = _window_start(rx)
    if not scans and not anchored:
        return rx
    return Gated(rx, found, scans, anchored)  # type: ignore[return-value]
