"""needles.gated must give a pattern the very matches it had: it only skips the regex
where none of the words every match needs stands between `pos` and `endpos`. Checked on
hand-made patterns, on texts made for the edge cases (case forms beyond a-z, lower-casing
that changes a text's length, windows that cut a needed word), and on every pattern the
extractor gates once it has read the sample corpus."""

from __future__ import annotations

import gc
import re

import pytest
from conftest import sample_sentences

from tracker.extract import needles
from tracker.extract.engine import extract_text

EDGES = [
    "The duties have not been applied yet; they were suspended since May.",
    "THE DUTIES HAVE NOT BEEN APPLIED; Suspended Since May.",
    "The duties ha\u017fn't been app\u0131ied; the \u212aelvin rule was \u017fuspended.",
    "\u0130stanbul said the levy was suspended, rather than raised.",
    "It was raised instead of cut, on top of the 10% levy, including wine.",
    "suspend ed; suspende d; app lied",
    "",
    "a",
]

HANDMADE = [
    (r"(?:\s+[\w’'.\-]+){0,12}?\s*,?\s*(?:have|has)\s+not\s+been\s+(?:applied|imposed)", re.I),
    (r"[^,;:.]{0,60}?\b(?:have\s+been\s+suspended|were\s+suspended)\s+since\b", re.I),
    (r"(?<!\bto\s)\b(?:were\s+lifted|was\s+raised|raised|lifted)\b", re.I),
    (r"\b(?:rather\s+than|instead\s+of)\s+\w+ing\b", re.I),
    (r"(?:\s*[\w\-]+){0,3}?\s*,?\s*(?:on\s+top\s+of|including)\s+", re.I),
    (r"\b(?:Suspended|Applied)\b", 0),
    (r"(?i:kelvin)\s+rule", 0),
    (r"(?<=\w)(?:suspended|susPENDED)", re.I),
]


def _same(old: re.Pattern[str], new: re.Pattern[str], text: str) -> None:
    for pos in range(0, len(text) + 2, 3):
        for endpos in (len(text), max(0, len(text) - 4), pos + 12):
            want = [(m.span(), m.groups()) for m in old.finditer(text, pos, endpos)]
            got = [(m.span(), m.groups()) for m in new.finditer(text, pos, endpos)]
            assert got == want, (old.pattern, text, pos, endpos)
            for method in ("search", "match", "fullmatch"):
                a = getattr(old, method)(text, pos, endpos)
                b = getattr(new, method)(text, pos, endpos)
                assert (a and a.span()) == (b and b.span()), (old.pattern, method, text, pos)
            assert new.findall(text, pos, endpos) == old.findall(text, pos, endpos)


@pytest.mark.parametrize(("src", "flags"), HANDMADE)
def test_handmade_patterns_keep_their_matches(src: str, flags: int) -> None:
    old = re.compile(src, flags)
    new = needles.gated(old)
    assert isinstance(new, needles.Gated), src  # each is a form worth a gate
    for text in EDGES + sample_sentences()[:20]:
        _same(old, new, text)


def test_needles_are_what_every_match_holds() -> None:
    def of(src: str, flags: int = re.I) -> frozenset[str] | None:
        return needles.needles(re.compile(src, flags))

    assert of(r"(?:\s+\w+){0,12}?\s*(?:have\s+not|has\s+been)") == {"not", "been"}
    assert of(r"\b(?:Goods|exports)\b") == {"goods", "exports"}
    assert of(r"(?:the\s+)?rate") == {"rate"}
    assert of(r"(?:tariffs?|duty)") == {"tariff", "duty"}  # "tariffs" holds "tariff"
    assert of(r"(?:a|the)?\s*x") == {"x"}
    assert of(r"(?<=levy)\s+\d") is None  # a lookbehind may read before pos
    assert of(r"(?=levy)\w+") is None
    assert of(r"(?:levy|\w+)") is None  # an alternative that needs no word
    assert of(r"\S+") is None


def test_cheap_shapes_are_left_alone() -> None:
    """A search the engine skips ahead in (a literal or a class first) and an anchored
    match that fails at its first characters run as they are."""
    for src in (r",\s*(?:bringing|lowering)", r"(?-i:[Ww])(?<!\w.)ould\s+not"):
        assert not isinstance(needles.gated(re.compile(src, re.I)), needles.Gated), src
    # a search that cannot skip ahead is gated, its anchored tries (failing early) are not
    for src in (r"\b(?:the\s+)?(?:early|mid)\s+March", r"\s+(?:\w+\s+)?(?:agreed|won)\b"):
        got = needles.gated(re.compile(src, re.I))
        assert isinstance(got, needles.Gated), src
        assert got.match.__self__ is got._rx and got.search.__self__ is got, src
    assert needles.gated(re.compile(r"\b(?:a|an)\b", re.I)).pattern == r"\b(?:a|an)\b"


def test_every_gated_extractor_pattern_keeps_its_matches() -> None:
    """Every pattern the extractor has gated (after reading the sample sentences) matches
    as its plain form does on the sample sentences and the edge texts."""
    texts = sample_sentences()
    for text in texts[:40]:
        extract_text(text, "2025-06-01")
    gated = [g for g in gc.get_objects() if isinstance(g, needles.Gated)]
    assert len(gated) > 50
    for g in gated:
        old = re.compile(g.pattern, g.flags)
        for text in EDGES + texts[::7]:
            want = [m.span() for m in old.finditer(text)]
            assert [m.span() for m in g.finditer(text)] == want, (g.pattern, text)
            for pos in range(0, len(text), 40):
                a, b = old.match(text, pos), g.match(text, pos)
                assert (a and a.span()) == (b and b.span()), (g.pattern, text, pos)
