"""h163's throughput changes leave every answer as it was (docs/benchmarks.md, h163's
section): the lexicons intersect a text's words with their anchor words once (the test
that rules a text out also gives the places to try), the extra status cues to try are
named by one intersection with their first words, and the date patterns' anchored tries
are made through map."""

from __future__ import annotations

import random

import pytest

from tracker.extract import context as ctx
from tracker.extract import dates, status_rules
from tracker.extract import status as status_mod
from tracker.extract.sentences import Sentence

#: sentences written for these tests: countries, goods, measures and status words, phrases
#: of several words, non-ASCII letters (some that fold to ASCII under IGNORECASE), dates
TEXTS = [
    "Canada said on Monday it will impose a 25% duty on US steel and aluminum from Aug. 1.",
    "The European Union agreed to cut its levy on American cars to 10%, officials said.",
    "Mexico’s 30% tariff on pork, announced in March, was suspended for 90 days.",
    "Tokyo intends to lift duties on rice; the reciprocal rate now totals 15 percent.",
    "Beijing has faced a 145% charge since April, and the pause ends on 12 August 2025.",
    "Naïve café owners in Zürich paid 5% more — the Swiss levy kicked in last week.",
    "İstanbul traders expect the ſteel quota to be lifted; Kelvin K \u212a units aside.",
    "No figure here, only words about trade and the deal the two sides committed to.",
    "The US and UK struck a deal: British autos pay 10% within a quota of 100,000 cars.",
    "South Korea and Japan will result in lower fentanyl tariffs, the White House said.",
]

#: date-heavy sentences written for the date tests: full, year-less, relative, numeric
DATE_TEXTS = TEXTS + [
    "The first duty took effect on 5 March 2025 and a second one on Tuesday, April 8.",
    "Talks resume next Monday; the truce lapses two weeks later, on 2025-09-14.",
    "By 7/1/2025 the levy doubles, three months after Liberation Day and 10 days ago.",
    "From mid-June until Christmas 2025 the rate stays at 20%, then falls in January.",
]


def _old_anchored_starts(where: ctx.Anchors, vocab: ctx.Vocabulary) -> list[int]:
    """anchored_starts as it was before h163 (one code path for every case)."""
    common = where.words & vocab.words
    return sorted({p - k for w in common for p in vocab.starts(w) for k in where.offsets[w]
                   if p >= k})


def _phrase_lists() -> list[list[str]]:
    rng = random.Random(163)
    words = ["steel", "duty", "the", "cars", "on", "rate", "us", "levy", "10%", "trade",
             "deal", "said", "to", "of", "and", "café", "pay"]
    return [[" ".join(rng.choice(words) for _ in range(rng.randint(1, 3)))
             for _ in range(rng.randint(1, 6))] for _ in range(60)]


@pytest.mark.parametrize("text", TEXTS)
def test_starts_of_as_anchored_starts(text: str) -> None:
    """starts_of, given the anchor words a text holds, lists the places the one-path
    computation lists, for phrase lists with one and with several anchors and offsets."""
    vocab = ctx.Vocabulary(text.lower())
    tried = 0
    for phrases in _phrase_lists():
        where = ctx.anchors(phrases)
        assert where is not None
        common = where.words & vocab.words
        if common:
            tried += 1
            assert ctx.starts_of(where, common, vocab) == _old_anchored_starts(where, vocab)
        assert ctx.anchored_starts(where, vocab) == _old_anchored_starts(where, vocab)
    assert tried


@pytest.mark.parametrize("text", TEXTS)
def test_lexicons_find_what_a_scan_finds(text: str) -> None:
    """The countries, goods, measures and statuses found with a text's Vocabulary (the
    anchor words intersected once) are those a scan of the whole text finds."""
    vocab = ctx.Vocabulary(text)
    for finder in (ctx.countries(), ctx.products(), ctx.measures(), ctx.statuses()):
        assert finder.find(text, vocab) == finder.find(text)


def test_extra_cue_index_covers_every_pattern() -> None:
    """Every extra status cue pattern is named by each of its first words, and by no
    other word."""
    index = status_rules.extra_cue_index()
    assert index is not None
    words, by_word = index
    firsts = status_rules.extra_cue_firsts()
    for i, f in enumerate(firsts):
        assert f is not None
        assert f <= words
        assert all(i in by_word[w] for w in f)
    assert all(w in firsts[i] for w, ix in by_word.items() for i in ix)  # type: ignore[operator]


@pytest.mark.parametrize("text", TEXTS + [t.upper() for t in TEXTS])
def test_extra_cues_to_try_as_one_test_each(text: str) -> None:
    """The patterns _extra_cues_to_try names are, in order, those that passed
    Sentence.may_hold_word one by one before h163 (ASCII and non-ASCII sentences)."""
    sent = Sentence(0, text)
    want = [(c, f) for c, f in zip(status_rules.extra_cues(), status_rules.extra_cue_firsts(),
                                   strict=True) if f is None or sent.may_hold_word(f)]
    assert status_mod._extra_cues_to_try(sent) == want


def _old_candidates(text: str) -> list[tuple[int, int, int, str]]:
    """_candidates' anchored tries as they were before h163: one match call a place."""
    hits = dates._gate(text)
    out: list[tuple[int, int, int, str]] = []
    for p in dates._patterns_for(dates._grammar(), frozenset(hits)):
        if p.near is None:
            out += [(m.start(), m.end(), p.order, m.group()) for m in p.regex.finditer(text)
                    if m.end() > m.start()]
            continue
        places = sorted({x for c in p.near if c in hits
                         for x in dates._starts(text, hits, c, p.before)})
        for x in places:
            m = p.regex.match(text, x)
            if m is not None and m.end() > x:
                out.append((x, m.end(), p.order, m.group()))
    return out


@pytest.mark.parametrize("text", DATE_TEXTS)
def test_date_candidates_as_one_try_a_place(text: str) -> None:
    """Every candidate of the date patterns (place, end, pattern, text), as trying each
    place with its own match call found them; the texts give some."""
    hits = dates._gate(text)
    pats = dates._patterns_for(dates._grammar(), frozenset(hits))
    got = dates._candidates(text, hits, pats, True, {}, {})
    assert sorted((x, e, o, m.group()) for x, e, o, _p, m in got) \
        == sorted(_old_candidates(text))


def test_date_candidates_found() -> None:
    """The texts above give the date patterns something to find (the test above compares
    real candidates, not empty lists)."""
    total = 0
    for text in DATE_TEXTS:
        hits = dates._gate(text)
        total += len(dates._candidates(text, hits, dates._patterns_for(
            dates._grammar(), frozenset(hits)), True, {}, {}))
    assert total >= 12
