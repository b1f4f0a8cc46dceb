"""The verbs product.py decides goods by ("The duty replaces ...", "Chilean timber carries
...") have one owner, rules/lexicon.toml [product_cues]; these tests fail when a module
writes them out again or a word added there misses its regex."""

from __future__ import annotations

import re
from pathlib import Path

from tracker.extract import cue_words, product

TRACKER = Path(__file__).resolve().parents[2] / "tracker"

#: the [product_cues] verbs written out as an alternation
_VERB_COPY = re.compile(r"replaces\|replaced|replaced\|replaces|carries\|carry|owes\|owe|"
                        r"escapes?\|escaped|avoids?\|avoided")


def test_no_module_writes_the_product_cue_verbs_out_again() -> None:
    offenders = [f"{p.relative_to(TRACKER)}:{n}" for p in sorted(TRACKER.rglob("*.py"))
                 for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
                 if _VERB_COPY.search(line)]
    assert offenders == [], "product cue verbs belong in rules/lexicon.toml [product_cues]"


def test_every_listed_verb_is_read_by_its_regex() -> None:
    """Each word of the two lists matches where its pattern looks for it, and an unlisted
    verb does not."""
    for word in cue_words.words("product_cues", "replaces"):
        assert product.REPLACES_RE.search(f"The duty {word} the old rate")
    for word in cue_words.words("product_cues", "carries"):
        assert product.SUBJECT_CARRIES_RE.match(f" still {word} a duty")
    for word in cue_words.words("product_cues", "escapes"):
        assert product.ESCAPES_RE.search(f"Peruvian grapes {word} the duty")
    for word in cue_words.words("product_cues", "country_wide"):
        assert product.COUNTRY_WIDE_RE.search(f"a 10 per cent {word} for Peru")
    assert not product.REPLACES_RE.search("The duty follows the old rate")
    assert not product.SUBJECT_CARRIES_RE.match(" pays a duty")
