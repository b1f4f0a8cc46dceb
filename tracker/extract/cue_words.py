"""Cue word lists of rules/lexicon.toml turned into regex alternations.

The attribute steps match word lists inside larger patterns ("a country, then an
imposing verb"); the lists are data, the patterns around them stay in Python.
"""

from __future__ import annotations

import re
from functools import cache

from tracker import rules
from tracker.extract import skip


@cache
def words(section: str, key: str) -> tuple[str, ...]:
    """The word list `key` of the rules/lexicon.toml section `section`, in file order."""
    return tuple(rules.load("lexicon")[section][key])


@cache
def alternation(section: str, key: str) -> str:
    """The list as a regex group matching any of its phrases literally, in file order
    ("(?:imposed|imposes|...)"); spaces stand for one space."""
    return "(?:" + "|".join(re.escape(w) for w in words(section, key)) + ")"


_WORD_RE = skip.regex(r"\w+")


@cache
def word_set(section: str, *keys: str) -> frozenset[str] | None:
    """The lists `keys` of a section as a set of lower-cased words, for a cheap check that
    an ASCII text (split into its \\w+ runs) can hold one of them as a whole word; None
    when a phrase is more than one plain word (no such check then)."""
    out = {w.lower() for k in keys for w in words(section, k)}
    if not all(w.isascii() and _WORD_RE.fullmatch(w) for w in out):
        return None
    return frozenset(out)


def may_hold(ascii_words: frozenset[str] | None, text: str, section: str, *keys: str) -> bool:
    """False only when the ASCII `text` holds no word of the lists as a whole word (its
    lower-cased \\w+ runs `ascii_words`, or they are found here): a regex of
    ``\\b(?:word|...)\\b`` with IGNORECASE cannot match then. True otherwise."""
    want = word_set(section, *keys)
    if want is None or not text.isascii():
        return True
    if ascii_words is None:
        ascii_words = frozenset(_WORD_RE.findall(text.lower()))
    return not want.isdisjoint(ascii_words)


@cache
def group(section: str, *keys: str, space: str = " ", end: str = "") -> str:
    r"""The phrases of the lists `keys` of the lexicon section `section` as one regex group,
    longest first so that a longer form wins where a shorter one is its prefix; a space in a
    phrase stands for `space` (r"\s*", " ?", ...) and `end` follows each phrase (r"\b")."""
    forms = dict.fromkeys(w for k in keys for w in words(section, k))
    ordered = sorted(forms, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", space) + end for w in ordered) + ")"


@cache
def levy_nouns(*keys: str, space: str = " ") -> str:
    """The levy nouns of the [levy_nouns] lists `keys` as one regex group, longest word first
    (as "tariffs?" matched the longer form); the one source of these words for every regex
    and SQL stage (rules/lexicon.toml [levy_nouns])."""
    return group("levy_nouns", *keys, space=space)


@cache
def percent_forms(*keys: str, space: str = " ") -> str:
    """The percent forms of the [percent_forms] lists `keys` as one regex group ("%",
    "percent", "per cent", ...): the one source of the forms the patterns around a figure
    look for (rules/lexicon.toml [percent_forms])."""
    return group("percent_forms", *keys, space=space)


@cache
def magnitude_words(*keys: str) -> str:
    """The magnitude words of the [magnitude_words] lists `keys` as one regex group
    ("billion", "bn", ...): the one source of those the patterns around a figure look for
    (rules/lexicon.toml [magnitude_words])."""
    return group("magnitude_words", *keys)


@cache
def goods_nouns(*keys: str) -> str:
    """The nouns of goods in general of the [goods_nouns] lists `keys` as one regex group
    (goods, products, imports, ...): the one source of those words for the patterns
    of parties.py and product.py (rules/lexicon.toml [goods_nouns])."""
    return group("goods_nouns", *keys)
