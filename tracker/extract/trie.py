"""Word lists as prefix-trie regexes.

Python's regex engine tries the alternatives of ``a|b|c`` one after the other at every
position, so a list of hundreds of names is slow to scan for. Sharing prefixes
(``c(?:a(?:r|rs)?|hips?)``) makes the same list several times faster. Where one item is
a prefix of another the longer is tried first, as in a longest-first alternation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def trie_pattern(items: Iterable[str], space: str | None = None) -> str:
    """A regex matching any of `items` literally (longest first where they nest).

    `space`: the regex a space in an item stands for (None: a literal space), e.g.
    ``r"\\s+"`` so that "South Korea" also matches across a line break.
    """
    trie: dict = {}
    for item in items:
        node = trie
        for ch in item:
            unit = space if space is not None and ch == " " else re.escape(ch)
            node = node.setdefault(unit, {})
        node[""] = {}
    return _build(trie) if trie else r"(?!x)x"


def _build(node: dict) -> str:
    alts = [unit + _build(child) for unit, child in sorted(node.items()) if unit]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if "" in node:  # an item ends here: the longer items first, then this one
        return f"(?:{body})?"
    return body
