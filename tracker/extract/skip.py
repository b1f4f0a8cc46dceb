"""Word-list regexes rewritten so that Python's regex engine can skip ahead.

A search for ``\\b(?:failed\\s+to|would\\s+not|...)`` (or a pattern that begins with a
lookbehind such as ``(?<![\\w’'])``) is tried by Python's regex engine at every character
of the text: it looks for a first character to skip ahead to only when the pattern begins
with a literal or a character class, and not at all when letters are matched ignoring
case. `fast_start` writes such a pattern as the class of its alternatives' first letters
(all their case forms, matched with case), then the boundary looked at from behind, then
each alternative's rest after its own first letter: the same matches, spans and groups,
found about three times faster where most places hold none of the first letters.
"""

from __future__ import annotations

import re
from functools import cache

#: leads this rewrites -> what may not stand before the match's first character
_LEADS: dict[str, str] = {r"\b": r"\w", r"(?<![\w])": r"\w", r"(?<!\w)": r"\w",
                          r"(?<![\w’'])": r"[\w’']"}
_GROUP = re.compile(r"\(\?:|\(\?P<[A-Za-z_]\w*>")
_QUANTIFIER = "?*+{"


#: the characters beyond a-z that Python's IGNORECASE (with Unicode) matches an ASCII letter
#: with (tests/extract/test_skip.py checks this against every code point)
_MORE_FORMS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


@cache
def case_forms(char: str, flags: int) -> str:
    """Every character the literal `char` (an ASCII letter or digit) matches under
    `flags` (with IGNORECASE: "k" also matches the Kelvin sign), in code point order."""
    forms = {char}
    if flags & re.IGNORECASE:
        forms |= {char.lower(), char.upper()}
        if not flags & re.ASCII:
            forms |= set(_MORE_FORMS.get(char.lower(), ""))
    return "".join(sorted(forms))


def _after_class(src: str, i: int) -> int:
    """Index just after the character class that opens at src[i] ("[")."""
    j, n = i + 1, len(src)
    if j < n and src[j] == "^":
        j += 1
    if j < n and src[j] == "]":  # a "]" first is literal
        j += 1
    while j < n and src[j] != "]":
        j += 2 if src[j] == "\\" else 1
    return j + 1


def _closing(src: str, i: int) -> int:
    """Index of the ")" closing the group whose body starts at i; -1 when not found."""
    depth, n = 0, len(src)
    while i < n:
        c = src[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # a class: "|" and ")" inside are literal
            i = _after_class(src, i)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            if depth == 0:
                return i
            depth -= 1
        i += 1
    return -1


def _split_top(body: str) -> list[str]:
    """The top-level alternatives of a group body."""
    alts, start, i, depth, n = [], 0, 0, 0, len(body)
    while i < n:
        c = body[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _after_class(body, i)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            alts.append(body[start:i])
            start = i + 1
        i += 1
    alts.append(body[start:])
    return alts


def rewrite(src: str, flags: int) -> str | None:
    """The skip-ahead form of a pattern source (see the module's doc), or None when the
    pattern is not a lead, then a group of alternatives that each begin with a plain
    letter or digit (or one such word, see _word_after), and a rest."""
    if flags & re.VERBOSE:
        return None
    lead = next((k for k in _LEADS if src.startswith(k)), None)
    if lead is None:
        return None
    group = _GROUP.match(src, len(lead))
    if group is None:
        return _word_after(src, lead, flags)
    end = _closing(src, group.end())
    if end < 0 or src[end + 1:end + 2] in tuple(_QUANTIFIER):
        return None  # ("\\b(?:the\\s+)?": the lead stands whether the group does or not)
    alts = _split_top(src[group.end():end])
    by_first: dict[str, list[str]] = {}
    for alt in alts:
        if len(alt) < 1 or not (alt[0].isascii() and alt[0].isalnum()) \
                or alt[1:2] and alt[1] in _QUANTIFIER:
            return None
        by_first.setdefault(case_forms(alt[0], flags), []).append(alt[1:])
    seen: set[str] = set()
    for forms in by_first:  # forms of two first letters never overlap (else keep order)
        if seen & set(forms):
            return None
        seen |= set(forms)
    chars = re.escape("".join(sorted(seen)))
    first = f"(?-i:[{chars}])" if flags & re.IGNORECASE else f"[{chars}]"
    rests = "|".join(f"(?<=[{re.escape(forms)}])(?:{'|'.join(rest)})"
                     for forms, rest in by_first.items())
    return (f"{group.group()}{first}(?<!{_LEADS[lead]}.)(?:{rests}))"
            f"{src[end + 1:]}")


def _word_after(src: str, lead: str, flags: int) -> str | None:
    """The skip-ahead form of a lead followed by a plain letter or digit ("\\brespectively\\b",
    no group and no "|" at the top: the rest is one alternative), else None."""
    rest = src[len(lead):]
    if not rest or not (rest[0].isascii() and rest[0].isalnum()) \
            or rest[1:2] and rest[1] in _QUANTIFIER or len(_split_top(rest)) > 1:
        return None
    chars = re.escape(case_forms(rest[0], flags))
    first = f"(?-i:[{chars}])" if flags & re.IGNORECASE else f"[{chars}]"
    return f"{first}(?<!{_LEADS[lead]}.){rest[1:]}"


#: (source, flags) -> the skip-ahead pattern of every pattern rewritten so far (for tests)
_REWRITTEN: dict[tuple[str, int], re.Pattern[str]] = {}


def fast_start(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` in its skip-ahead form when it has one (same matches), else itself."""
    new = rewrite(pattern.pattern, pattern.flags)
    if new is None:
        return pattern
    fast = _REWRITTEN[(pattern.pattern, pattern.flags)] = re.compile(new, pattern.flags)
    return fast


def rewritten() -> dict[tuple[str, int], re.Pattern[str]]:
    """Every pattern fast_start has rewritten in this process, by source and flags."""
    return dict(_REWRITTEN)


def regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile, in the skip-ahead form where the pattern has one (fast_start)."""
    return fast_start(re.compile(pattern, flags))
