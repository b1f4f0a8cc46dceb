"""Which characters a regex match can begin with.

A pattern tried (anchored) at many places, as the date patterns are at the word starts
before each trigger word, fails at most of them. Where the text's character at a place
cannot begin a match, the try is skipped. The set is worked out once per pattern from
Python's own parse of it: each one-character item is compiled alone, with the flags in
force where it stands, and tried on every ASCII character. A place whose character is
not ASCII is always tried.
"""

from __future__ import annotations

import re
from functools import cache

try:  # Python 3.11+
    from re import _compiler
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - older layout
    import sre_compile as _compiler  # type: ignore[no-redef]
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

_ASCII = [chr(i) for i in range(128)]


class _Unknown(Exception):
    """A construct whose first characters are not worked out here: try everywhere."""


def _one_char(node: tuple, flags: int) -> frozenset[str]:
    """The ASCII characters a one-character item (a literal, a set, "any") matches."""
    if node[0] is _c.LITERAL:
        return _literal(node[1], flags)
    return _compiled_alone(node, flags)


@cache
def _literal(code: int, flags: int) -> frozenset[str]:
    return _compiled_alone((_c.LITERAL, code), flags)


def _compiled_alone(node: tuple, flags: int) -> frozenset[str]:
    state = _p.State()
    state.flags = flags
    rx = _compiler.compile(_p.SubPattern(state, [node]), flags)
    return frozenset(ch for ch in _ASCII if rx.match(ch))


def _first(seq: list, flags: int) -> tuple[set[str], bool]:
    """(the characters a match of `seq` can begin with, whether it can match empty)."""
    out: set[str] = set()
    for op, av in seq:
        if op in (_c.LITERAL, _c.NOT_LITERAL, _c.IN, _c.ANY):
            out |= _one_char((op, av), flags)
            return out, False
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero-width: the next item starts the match
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) or op is getattr(_c, "POSSESSIVE_REPEAT", None):
            lo, _hi, sub = av
            chars, empty = _first(sub, flags)
            out |= chars
            if lo > 0 and not empty:
                return out, False
            continue
        if op is _c.SUBPATTERN:
            _group, add, delete, sub = av
            chars, empty = _first(sub, (flags | add) & ~delete)
            out |= chars
            if not empty:
                return out, False
            continue
        if op is getattr(_c, "ATOMIC_GROUP", None):
            chars, empty = _first(av, flags)
            out |= chars
            if not empty:
                return out, False
            continue
        if op is _c.BRANCH:
            any_empty = False
            for alt in av[1]:
                chars, empty = _first(alt, flags)
                out |= chars
                any_empty = any_empty or empty
            if not any_empty:
                return out, False
            continue
        raise _Unknown(op)  # ANY, NOT_LITERAL, back references ...
    return out, True


def first_chars(regex: re.Pattern[str]) -> frozenset[str] | None:
    """The ASCII characters a non-empty match of `regex` can begin with; None when that
    is not worked out (every place must then be tried).

    A place whose character is not ASCII must always be tried.
    """
    if not isinstance(regex.pattern, str):
        return None
    try:
        parsed = _p.parse(regex.pattern, regex.flags)
        chars, _ = _first(list(parsed), regex.flags | parsed.state.flags)
    except (_Unknown, re.error, RecursionError):
        return None
    return frozenset(ch for ch in chars if ch.isascii())


def never_empty(regex: re.Pattern[str]) -> bool:
    """Whether `regex` can never match the empty string anywhere (its shortest match is
    at least one character long), so that first_chars says where every match begins."""
    try:
        return _p.parse(regex.pattern, regex.flags).getwidth()[0] > 0
    except (re.error, RecursionError):
        return False
