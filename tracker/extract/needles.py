"""A costly rule pattern not run where none of the words it needs stands after `pos`.

A few patterns of rules/status.toml are tried at every rate's end and open with a window
of a dozen words the regex engine tries lazily, word after word, before the cue it is
about: "(?:\\s+\\w+){0,12}?\\s*(?:has\\s+not\\s+been\\s+applied|...)". Such a `match`
costs 20 to 40 microseconds, and in most sentences none of the cue's words ("applied",
"lifted", "postponed") stands anywhere after the rate, so it cannot succeed. `gated`
wraps such a pattern: before each call it compares `pos` with where the last of those
words starts in the text (found once per text by `str.rfind` over the lower-cased text
and kept for the next figures of the sentence), and answers "no match" without running
the regex when none starts at or after `pos`. Every match holds one of the words, inside
its own span, so the answers are the regex's own.

The needed words come from Python's own parse of the pattern (`needles`, first written
for h207's gate on every rule pattern, which cost a Python frame on ~280,000 calls a
pass; here only the few patterns named where they are built pay that frame). The text is
compared lower-cased, which is sound for case-blind and case-sensitive patterns alike,
except where lower-casing changes a text's length or the text holds a character a
case-blind ASCII letter matches whose lower case is not that letter ("\\u0130",
"\\u0131", "\\u017f"): such a text always runs the regex.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser as _p  # type: ignore[attr-defined]
from typing import Any

from tracker.extract import skip

#: more needles than this make the test cost more than it saves: no gate
MAX_NEEDLES = 16
#: needles shorter than this stand in most sentences: no gate
MIN_LENGTH = 3
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT))
#: characters a case-blind ASCII letter matches whose lower case is not that letter
_NOT_PLAIN = re.compile("[\u0130\u0131\u017f]")
#: texts whose last needle is remembered per gated pattern (a sentence's figures ask in a
#: row; an article's sentences come one after another)
_KEEP = 64

Needles = frozenset[str]

#: text -> its lower-cased form, None where that is not plain (module doc): shared by the
#: gated patterns, which mostly ask of a sentence one after another, each for the first time
_LOWERED: dict[str, str | None] = {}
_MISSING = object()


def _lowered(text: str) -> str | None:
    """The lower-cased text, or None where its positions or letters are not the text's
    (kept in _LOWERED)."""
    low: str | None = text.lower()
    if not text.isascii() and (len(low) != len(text) or _NOT_PLAIN.search(text)):  # type: ignore[arg-type]
        low = None
    if len(_LOWERED) >= _KEEP:
        _LOWERED.clear()
    _LOWERED[text] = low
    return low


def may_hold(text: str, found: Needles) -> bool:
    """Whether `text` may hold one of the needles `found`: False only where its lower-cased
    form is plain (module doc) and holds none of them, so that no pattern every match of
    which holds one of them can match anywhere in it (a test once per sentence for a step
    whose patterns all need such words, in place of one gate a pattern and a figure)."""
    low = _LOWERED.get(text, _MISSING)
    if low is _MISSING:
        low = _lowered(text)
    return low is None or any(n in low for n in found)  # type: ignore[operator]


def needles_of_all(patterns: list[re.Pattern[str]]) -> Needles | None:
    """The needles of every pattern together (one of which each match of any of them
    holds), or None when one of them has none (module doc)."""
    out: set[str] = set()
    for rx in patterns:
        found = rx.needles if isinstance(rx, Gated) else needles(rx)
        if not found:
            return None
        out.update(found)
    return frozenset(out)


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
    for op, av in [*list(items), (None, None)]:
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
    repeat's body when it must occur at least once; None for anything else (lookarounds
    among them: a lookbehind may read before `pos`)."""
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


class Gated:
    """A compiled pattern whose calls are skipped where no needle starts at or after
    `pos` (module doc); every other attribute is the pattern's own."""

    __slots__ = ("_last", "_rx", "flags", "groupindex", "groups", "needles", "pattern")

    def __init__(self, rx: re.Pattern[str], found: Needles) -> None:
        self._rx, self.needles = rx, tuple(sorted(found))
        self.pattern, self.flags = rx.pattern, rx.flags
        self.groups, self.groupindex = rx.groups, rx.groupindex
        #: text -> where the last needle starts in it (sys.maxsize: always run)
        self._last: dict[str, int] = {}

    def last_needle(self, text: str) -> int:
        """Where the last occurrence of any needle starts in the lower-cased text (-1:
        none), sys.maxsize when lower-casing is not plain there; kept per text. (Each
        method below reads the kept value itself first: one Python frame a call.)"""
        got = self._last.get(text)
        if got is None:
            low = _LOWERED.get(text, _MISSING)
            if low is _MISSING:
                low = _lowered(text)
            got = sys.maxsize if low is None else max(map(low.rfind, self.needles))
            if len(self._last) >= _KEEP:
                self._last.clear()
            self._last[text] = got
        return got

    def match(self, string: str, pos: int = 0,
              endpos: int = sys.maxsize) -> re.Match[str] | None:
        last = self._last.get(string)
        if (self.last_needle(string) if last is None else last) < pos:
            return None
        return self._rx.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0,
                  endpos: int = sys.maxsize) -> re.Match[str] | None:
        last = self._last.get(string)
        if (self.last_needle(string) if last is None else last) < pos:
            return None
        return self._rx.fullmatch(string, pos, endpos)

    def search(self, string: str, pos: int = 0,
               endpos: int = sys.maxsize) -> re.Match[str] | None:
        last = self._last.get(string)
        if (self.last_needle(string) if last is None else last) < pos:
            return None
        return self._rx.search(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0,
                 endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        last = self._last.get(string)
        if (self.last_needle(string) if last is None else last) < pos:
            return iter(())
        return self._rx.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        last = self._last.get(string)
        if (self.last_needle(string) if last is None else last) < pos:
            return []
        return self._rx.findall(string, pos, endpos)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._rx, name)

    def __repr__(self) -> str:
        return f"gated({self._rx!r})"

    def __eq__(self, other: object) -> bool:
        return self._rx == (other._rx if isinstance(other, Gated) else other)

    def __hash__(self) -> int:
        return hash(self._rx)


def gated(rx: re.Pattern[str]) -> re.Pattern[str]:
    """`rx` behind a needle gate (Gated) when it has needles of at least MIN_LENGTH
    characters (at most MAX_NEEDLES), else `rx` itself. Meant for the few patterns tried
    at every figure that open with a lazy window: a pattern the engine skips ahead in,
    or one that fails at its first characters, costs less than the gate's Python frame."""
    found = needles(rx)
    if not found or min(map(len, found)) < MIN_LENGTH:
        return rx
    return Gated(rx, found)  # type: ignore[return-value]


def regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """skip.regex behind a needle gate (gated): for the rule patterns tried at every
    figure's end that open with a lazy window of words (status_rules)."""
    return gated(skip.regex(pattern, flags))
