"""The indexed phrase matching must find exactly what a scan of the whole text finds."""

from __future__ import annotations

import re

import pytest
from conftest import sample_sentences

from tracker import rules
from tracker.extract import context as ctx
from tracker.extract import engine

#: texts that stress word starts: hyphens, possessives, capitals, a phrase inside a word,
#: overlapping phrases, and a letter whose lower case is longer ("İ")
TRICKY = [
    "AUTO PARTS and auto-parts; autoparts; the autos' tariff-rate: a tariff rate cut.",
    "Reciprocal tariffs were paused, then un-paused; the non-reciprocal levies stayed.",
    "Counter-tariffs, countertariffs and counter tariffs on U.S. steel and aluminium.",
    "İstanbul's steel exporters face the 25% Section 232 tariff on steel.",
    "tariff",
    "",
]


def _sentences() -> list[str]:
    return TRICKY + sample_sentences()


def _scope_names() -> list[str]:
    return [n for n, v in rules.load("lexicon")["scope"].items()
            if isinstance(v, list) and all(isinstance(x, str) for x in v)]


def _lexicons() -> list[tuple[str, object, ctx.Anchors | None]]:
    out: list[tuple[str, object, ctx.Anchors | None]] = [
        ("products", ctx.products().regex, ctx.products().where),
        ("measures", ctx.measures().regex, ctx.measures().where),
        ("statuses", ctx.statuses().regex, ctx.statuses().where),
    ]
    out += [(f"rule {r.id}", r.regex, r.anchors) for r in engine.claim_rules()
            if r.cues and not r.cues[0].startswith("@")]
    out += [(f"scope {n}", ctx.scope_regex(n), ctx.scope_anchors(n)) for n in _scope_names()]
    return out


def test_sample_sentences_are_many() -> None:
    assert len(_sentences()) > 200  # the comparison below runs over real text


@pytest.mark.parametrize("name,regex,where", _lexicons(), ids=lambda x: x if isinstance(x, str)
                         else "")
def test_indexed_matches_equal_a_full_scan(name: str, regex, where) -> None:
    assert where is not None, f"{name}: every phrase has a word character"
    for text in _sentences():
        vocab = ctx.Vocabulary(text)
        want = [(m.start(), m.end()) for m in regex.finditer(text)]
        got = ctx.match_at_words(regex, where, text, vocab)
        assert got == want, f"{name}: {text!r}"


def test_some_lexicon_matches_are_found() -> None:
    found = sum(len(ctx.find_products(t, ctx.Vocabulary(t))) for t in _sentences())
    assert found > 50  # the equality above is not the trivial one of two empty lists


def test_vocabulary_words_and_starts() -> None:
    v = ctx.Vocabulary("Auto parts, AUTO-parts; autoparts, _auto auto2 auto")
    assert v.words == {"auto", "parts", "autoparts", "_auto", "auto2"}
    assert v.starts("auto") == [0, 12, 47]  # whole words only
    assert v.starts("parts") == [5, 17]
    assert v.starts("steel") == []
    odd = ctx.Vocabulary("İstanbul tariffs")
    assert odd.low is None  # "İ" lower-cases to two characters: offsets would shift
    assert "tariffs" in odd.words


def test_anchors_are_the_longest_words_at_their_offsets() -> None:
    a = ctx.anchors(["Auto parts", "autos", "steel", "to take effect", "set to"])
    assert a.words == {"parts", "autos", "steel", "effect", "set"}
    assert a.offsets["parts"] == (5,) and a.offsets["effect"] == (8,)
    assert ctx.anchors(["steel", "$"]) is None  # only a full scan finds "$"
    # a phrase anchored on a later word is found from that word
    regex = ctx.phrase_regex(["to take effect", "set to"])
    text = "Duties set to take effect soon; the rates took effect; set tomorrow"
    got = ctx.match_at_words(regex, ctx.anchors(["to take effect", "set to"]), text,
                             ctx.Vocabulary(text))
    assert got == [m.span() for m in regex.finditer(text)] == [(7, 13)]


def test_match_at_words_falls_back_to_a_scan() -> None:
    regex = ctx.phrase_regex(["steel", "$ amounts"])
    text = "$ amounts of steel"
    want = [(0, 9), (13, 18)]
    assert ctx.match_at_words(regex, None, text, ctx.Vocabulary(text)) == want
    regex2 = ctx.phrase_regex(["steel"])
    assert ctx.match_at_words(regex2, ctx.anchors(["steel"]), "İ steel",
                              ctx.Vocabulary("İ steel")) == [(2, 7)]


def test_has_on_ascii_text_finds_what_the_case_folding_regex_finds() -> None:
    """has() searches an ASCII text lower-cased, with scope_regex_lower: it must say what
    scope_regex says of the text itself, in any mix of cases."""
    texts = _sentences()
    texts += [t.upper() for t in texts[:150]] + [t.title() for t in texts[:150]]
    hits = 0
    for name in _scope_names():
        regex = ctx.scope_regex(name)
        for text in texts:
            want = regex.search(text) is not None
            assert ctx.has(name, text) == want, (name, text)
            hits += want
    assert hits > 500
    assert ctx.scope_regex_lower("levy_words").flags & re.IGNORECASE == 0
    assert ctx.has("levy_words", "THE TARIFF") and not ctx.has("levy_words", "THE TARIFFED")


def test_has_in_agrees_with_has() -> None:
    names = _scope_names()
    hits = 0
    for text in _sentences():
        sent = engine.Sentence(0, text)
        for n in names:
            want = ctx.has(n, text)
            assert sent.has(n) == want, f"{n}: {text!r}"
            hits += want
    assert hits > 100


def test_countries_found_from_the_vocabulary_equal_a_full_scan() -> None:
    texts = _sentences() + ["KOREA'S U.S. EXPORTS SLIDE as South Korea and the bloc talk",
                            "Koreans, mainland China, U.S.-made cars and the U.K.'s levy"]
    found = 0
    for text in texts:
        want = ctx.find_countries(text)
        assert ctx.find_countries(text, ctx.Vocabulary(text)) == want, text
        found += len(want)
    assert found > 100
