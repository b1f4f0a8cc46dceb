"""Recognise the same story scraped twice (different furniture, same body).

Articles are compared by MinHash signatures of their cleaned text's word
5-gram shingles: a signature is 64 integers, stored with the article, so a new
article is compared against everything stored without re-reading old texts.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

import numpy as np

NUM_PERM = 64
SHINGLE = 5
THRESHOLD = 0.6  # estimated containment above which two articles are one story
_PRIME = np.uint64((1 << 61) - 1)
_rng = np.random.default_rng(20250402)
_A = _rng.integers(1, (1 << 61) - 1, NUM_PERM, dtype=np.uint64)
_B = _rng.integers(0, (1 << 61) - 1, NUM_PERM, dtype=np.uint64)
_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[int]:
    """Hashed word 5-grams of the lower-cased text."""
    words = _WORD.findall(text.lower())
    if not words:
        return set()
    if len(words) < SHINGLE:
        words = words + [""] * (SHINGLE - len(words))
    out = set()
    for i in range(len(words) - SHINGLE + 1):
        h = hashlib.blake2b(" ".join(words[i:i + SHINGLE]).encode(), digest_size=8).digest()
        out.add(int.from_bytes(h, "little") >> 3)  # 61 bits, below the prime
    return out


def signature(text: str) -> list[int]:
    """MinHash signature (NUM_PERM values) of the text's shingles."""
    sh = np.fromiter(shingles(text), dtype=np.uint64)
    if sh.size == 0:
        return [0] * NUM_PERM
    with np.errstate(over="ignore"):
        hashed = (np.outer(sh, _A) + _B) % _PRIME
    return [int(v) for v in hashed.min(axis=0)]


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity of two signatures."""
    if not a or not b:
        return 0.0
    return float(np.mean(np.asarray(a, dtype=np.uint64) == np.asarray(b, dtype=np.uint64)))


def find_original(sig: Sequence[int], candidates: list[tuple[str, Sequence[int] | None]],
                  threshold: float = THRESHOLD) -> str | None:
    """The first candidate (in the order given: earliest stored first) of the same story."""
    if not candidates:
        return None
    ids = [c for c, s in candidates if s is not None and len(s) == NUM_PERM]
    if not ids:
        return None
    mat = np.asarray([s for _, s in candidates if s is not None and len(s) == NUM_PERM],
                     dtype=np.uint64)
    sims = (mat == np.asarray(sig, dtype=np.uint64)).mean(axis=1)
    hits = np.nonzero(sims >= threshold)[0]
    return ids[int(hits[0])] if hits.size else None
