"""needles.gated must give a pattern the very matches it had: it only skips the regex
where no word every match needs starts at or after `pos`. Checked on hand-made patterns,
on texts made for the edge cases (case forms beyond a-z, lower-casing that changes a
text's length, a needed word cut in two or standing before `pos`), and on the patterns
the extractor gates (status_rules), at every position of the sample sentences."""

from __future__ import annotations

import re

import pytest
from conftest import sample_sentences

from tracker.extract import needles, status_rules

EDGES = [
    "The duties have not been applied yet; they were suspended since May.",
    "THE DUTIES HAVE NOT BEEN APPLIED; Suspended Since May.",
    "The duties ha\u017fn't been app\u0131ied; the \u212aelvin rule was \u017fuspended.",
    "\u0130stanbul said the levy was suspended, rather than raised.",
    "The 30% levy on Kiwi fruit, which has not been collected, was lifted in May.",
    "A 12% duty on nuts, first floated in March, was postponed; the 5% one was not.",
    "suspend ed; suspende d; app lied; lift ed",
    "",
    "a",
]

HANDMADE = [
    (r"(?:\s+[\w’'.\-]+){0,12}?\s*,?\s*(?:have|has)\s+not\s+been\s+(?:applied|imposed)", re.I),
    (r"[^,;:.]{0,60}?\b(?:have\s+been\s+suspended|were\s+suspended)\s+since\b", re.I),
    (r"(?:,?\s+[\w\-]+){0,6}?\s+(?:was|were)\s+(?:lifted|postponed)\b", re.I),
    (r"\b(?:Suspended|Applied)\b", 0),
    (r"(?i:kelvin)\s+rule", 0),
]

GATED = [status_rules.not_applied_re, status_rules.removed_subject_re,
         status_rules.paused_subject_re, status_rules.paused_since_re,
         status_rules.paused_after_re, status_rules.replaced_after_re,
         status_rules.paused_later_re, status_rules.plan_dropped_re,
         status_rules.changed_later_re, status_rules.remains_bare_re,
         lambda: status_rules.goes_on_re()[1]]


def _same(old: re.Pattern[str], new: re.Pattern[str], text: str, step: int = 1) -> None:
    for pos in range(0, len(text) + 2, step):
        for endpos in (len(text), max(0, len(text) - 4), pos + 12):
            for method in ("search", "match", "fullmatch"):
                a = getattr(old, method)(text, pos, endpos)
                b = getattr(new, method)(text, pos, endpos)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (
                    old.pattern, method, text, pos, endpos)
            want = [m.span() for m in old.finditer(text, pos, endpos)]
            assert [m.span() for m in new.finditer(text, pos, endpos)] == want
            assert new.findall(text, pos, endpos) == old.findall(text, pos, endpos)


@pytest.mark.parametrize(("src", "flags"), HANDMADE)
def test_handmade_patterns_keep_their_matches(src: str, flags: int) -> None:
    old = re.compile(src, flags)
    new = needles.gated(old)
    assert isinstance(new, needles.Gated), src
    for text in EDGES + sample_sentences()[:20]:
        _same(old, new, text, step=3)


def test_needles_are_what_every_match_holds() -> None:
    def of(src: str, flags: int = re.I) -> frozenset[str] | None:
        return needles.needles(re.compile(src, flags))

    assert of(r"(?:\s+\w+){0,12}?\s*(?:have\s+not|has\s+been)") == {"not", "been"}
    assert of(r"\b(?:Goods|exports)\b") == {"goods", "exports"}
    assert of(r"(?:tariffs?|duty)") == {"tariff", "duty"}  # "tariffs" holds "tariff"
    assert of(r"(?<=levy)\s+\d") is None  # a lookbehind may read before pos
    assert of(r"(?:levy|\w+)") is None  # an alternative that needs no word
    assert of(r"\S+") is None
    # needles shorter than MIN_LENGTH: the pattern is left as it is
    plain = re.compile(r"\s+(?:is|be)\b", re.I)
    assert needles.gated(plain) is plain


def test_last_needle_is_where_the_last_word_starts() -> None:
    g = needles.gated(re.compile(r"(?:\s+\w+){0,4}?\s+(?:lifted|postponed)", re.I))
    assert isinstance(g, needles.Gated)
    text = "Postponed in May, the 5% rate was LIFTED in June."
    assert g.last_needle(text) == text.index("LIFTED")
    assert g.last_needle("no such words here") == -1
    assert g.last_needle("It was \u017fuspended, then lifted.") > 10**9  # (not plain: run)
    assert g.match(text, text.index("LIFTED") + 1) is None
    assert g.match("the 5% rate was lifted", 6).span() == (6, 22)


@pytest.mark.parametrize("accessor", GATED, ids=range(len(GATED)))
def test_the_gated_rule_patterns_keep_their_matches(accessor) -> None:  # noqa: ANN001
    """Each pattern status_rules gates matches as its plain form does, at every place of
    the sample sentences and the edge texts."""
    new = accessor()
    assert isinstance(new, needles.Gated)
    old = re.compile(new.pattern, new.flags)
    for text in EDGES + sample_sentences():
        for pos in range(len(text) + 1):
            a, b = old.match(text, pos), new.match(text, pos)
            assert (a and a.span()) == (b and b.span()), (new.pattern, text, pos)
