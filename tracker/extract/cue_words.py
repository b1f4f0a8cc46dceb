"""Cue word lists of rules/lexicon.toml turned into regex alternations.

The attribute steps match word lists inside larger patterns ("a country, then an
imposing verb"); the lists are data, the patterns around them stay in Python.
"""

from __future__ import annotations

import re
from functools import cache

from tracker import rules


@cache
def words(section: str, key: str) -> tuple[str, ...]:
    """The word list `key` of the rules/lexicon.toml section `section`, in file order."""
    return tuple(rules.load("lexicon")[section][key])


@cache
def alternation(section: str, key: str) -> str:
    """The list as a regex group matching any of its phrases literally, in file order
    ("(?:imposed|imposes|...)"); spaces stand for one space."""
    return "(?:" + "|".join(re.escape(w) for w in words(section, key)) + ")"
