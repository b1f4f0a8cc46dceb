"""skip.fast_start must give a pattern the very matches it had (spans and groups, from
any start, with any end): it only lets the regex engine skip to the places where one of
the word list's first letters stands. Checked on every pattern the extractor compiles for
the sample corpus, on hand-made patterns, and on texts made to hit the edge cases
(case forms beyond a-z, apostrophes, words cut by the window)."""

from __future__ import annotations

import re
import string

import pytest
from conftest import sample_sentences

from tracker.extract import skip
from tracker.extract.engine import extract_text

EDGES = [
    "Would not; WOULDN'T; wouldn\u2019t; it\u2019s the old rate, the former one and 'the initial'.",
    "The \u212aelvin sign, the long \u017f, \u0130stanbul and \u0131 in Turkish; caf\u00e9 pact.",
    "xwould not, _would not, 9would not, would-not, would\nnot, would  not.",
    "Securing a pact; secures it; pacts, pacted, impact, compact; SECURING.",
    "the old the old the old",
    "",
    "a",
]

HANDMADE = [
    (r"\b(?:failed\s+to|would\s+not|does\s+not|fails\s+to|wouldn't|will\s+not)\s+\w+", re.I),
    (r"(?<![\w’'])(?:the\s+original|the\s+initial|the\s+former|the\s+old)\b", re.I),
    (r"\b(?P<verb>rose|rise|raised|cut|cuts)(?:\s+by)?\b", re.I),
    (r"\b(?:pact|securing|secures)\b|[,;]", re.I),
    (r"(?<![\w])(?:k(?:elvin)?|s(?:ign)?|i(?:stanbul)?)(?![\w])", re.I),
    (r"(?<![\w])(?:k(?:elvin)?|s(?:ign)?|i(?:stanbul)?)(?![\w])", re.I | re.A),
    (r"\b(?:The|the|THE)\s+old\b", 0),
    (r"\b(?:a|an|the)\b", re.I),
    (r"\b(?:w[a-z]+|s[\w']+)", re.I),
    (r"\brespectively\b", re.I),
    (r"\bSept(?:ember|\.)?\s*11\b", re.I),
    (r"(?<![\w’'])kelvin", re.I),
    (r"\bthe\b", 0),
]


def _texts() -> list[str]:
    return sample_sentences() + EDGES


def _same(old: re.Pattern[str], new: re.Pattern[str], texts: list[str],
          thorough: bool = True) -> None:
    windows = ((0, 0), (1, 0), (7, 0), (0, 5), (7, 5)) if thorough else ((0, 0), (7, 5))
    for text in texts:
        for pos, cut in windows:
            endpos = max(0, len(text) - cut)
            got = [(m.span(), m.groups(), m.groupdict())
                   for m in new.finditer(text, pos, endpos)]
            want = [(m.span(), m.groups(), m.groupdict())
                    for m in old.finditer(text, pos, endpos)]
            assert got == want, (old.pattern, text, pos, endpos)
        for pos in range(0, len(text), 5 if thorough else 50):
            a, b = old.match(text, pos), new.match(text, pos)
            assert (a and a.span()) == (b and b.span()), (old.pattern, text, pos)


def test_case_forms_are_every_character_that_matches() -> None:
    every = "".join(map(chr, (*range(0xD800), *range(0xE000, 0x110000))))
    for flags in (re.I, re.I | re.A, 0):
        near = set(re.findall("[a-zA-Z0-9]", every, flags))  # what matches any of them
        for c in string.ascii_letters + string.digits:
            want = {ch for ch in near if re.fullmatch(re.escape(c), ch, flags)}
            assert set(skip.case_forms(c, flags)) == want, (c, flags)


@pytest.mark.parametrize(("src", "flags"), HANDMADE)
def test_handmade_patterns_keep_their_matches(src: str, flags: int) -> None:
    old = re.compile(src, flags)
    new = skip.fast_start(old)
    assert new.pattern != src  # each is a form fast_start rewrites
    _same(old, new, _texts())


def test_every_extractor_pattern_keeps_its_matches() -> None:
    """Every pattern compiled through skip.regex so far (the extractor's, once it has read
    a few texts) matches as its plain form does."""
    for text in sample_sentences()[:40]:
        extract_text(text, "2025-06-01")
    pairs = skip.rewritten()
    assert len(pairs) > 50
    texts = _texts()
    for (src, flags), new in pairs.items():
        _same(re.compile(src, flags), new, texts, thorough=False)


@pytest.mark.parametrize("src", [
    r"\b(?:\$|us)\b",         # a first character that is no letter
    r"\b(?:s?tariffs)\b",     # a first letter with a quantifier
    r"(?:a|b)\b",             # no lead
    r"\b(?:a|b",              # unbalanced
    r"\b\w+",                 # no group
    r"\b(?:the\s+)?\d",       # a group that may be left out (the lead may not)
    r"\b(?:a|b)*c",
    r"\bthe|a",               # a word, then another alternative at the top
    r"\bs?tariffs",
])
def test_other_shapes_are_left_alone(src: str) -> None:
    assert skip.rewrite(src, re.I) is None


def test_word_spans_are_the_scan() -> None:
    """Sentence.word_spans (tried only at the first words) finds what finditer finds, for
    every status cue list it serves, ASCII or not."""
    from tracker.extract import status_rules
    from tracker.extract.sentences import Sentence

    pairs = [(p, f) for (p, _), f in zip(status_rules.extra_cues(),
                                         status_rules.extra_cue_firsts(), strict=True)]
    pairs.append((status_rules.reported_future_re(), status_rules.reported_future_firsts()))
    pairs.append((status_rules.counterfactual_re(), status_rules.counterfactual_firsts()))
    texts = _texts() + ["It would  take effect; we're going to, WE\u2019RE going to; the  old."]
    for text in texts:
        sent = Sentence(0, text)
        for pattern, firsts in pairs:
            want = [m.span() for m in pattern.finditer(text)]
            assert sent.word_spans(pattern, firsts) == want, (pattern.pattern, text)
