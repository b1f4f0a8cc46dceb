"""Shortcuts that skip a regex scan when the text cannot hold what it looks for must
find exactly what the scan finds (h65's round; see tests/extract/test_fast_paths.py for
the others). Each is compared with the plain scan on every sentence of the sample corpus
and on texts made to hit the edge cases.
"""

from __future__ import annotations

import random
import re

import pytest
from conftest import leftmost_longest, sample_sentences

from tracker.extract import dates as dates_layer
from tracker.extract import judgments, parties, product, sanity, sentences
from tracker.extract.context import Mention

EDGES = [
    "After contalks in Ottawa, Canada, the 25% duty on goods entering the EU stands.",
    "Talks in Geneva, Switzerland, and a summit in Canada; goods imported into Japan pay 15%.",
    "Cars coming into Mexico and parts arriving in Canada pay 25%; imports into Peru, 10%.",
    "Imports of steel and goods brought in by ship, arriving later, pay 10% into the fund.",
    "Levies of 20% and 30%, respectively, on Peru and Chile; IRRESPECTIVELY of that, 10%.",
    "Exports rose by a further 12% and imports fell by more than 8% as the levy was cut by 5% .",
    "The combined 145% rate, a cumulative 55% and a secondary tariff of 25% on Russian oil.",
    "Its re\u017fpectively odd spelling, the \u212aelvin sign and caf\u00e9 talks in Lima.",
    "shipments dropped 7% ",
    "the rate increased from a record low to roughly the highest level in years by about 3% ",
]


def _texts() -> list[str]:
    return sample_sentences() + EDGES


def test_texts_are_many() -> None:
    assert len(_texts()) > 200


def _select_plain(text: str) -> list[tuple[int, int, int]]:
    """dates._select as written before the places were shared: each pattern's places
    worked out, and filtered by its first characters, for itself."""
    g = dates_layer._grammar()
    hits = dates_layer._gate(text)
    if not hits:
        return []
    cands = []
    for p in g.patterns:
        if p.near is None:
            cands += [(m.start(), m.end(), p.order) for m in p.regex.finditer(text)
                      if m.end() > m.start()]
            continue
        if not set(p.near) & set(hits):
            continue
        starts = {c: dates_layer._starts(text, hits, c, p.before) for c in p.near if c in hits}
        pos = starts.get(p.near[0], []) if len(p.near) == 1 else sorted(
            {x for x_s in starts.values() for x in x_s})
        if p.first is not None:
            pos = [x for x in pos if text[x] in p.first or not text[x].isascii()]
        for x in pos:
            m = p.regex.match(text, x)
            if m is not None and m.end() > x:
                cands.append((x, m.end(), p.order))
    return leftmost_longest(cands)


def test_shared_date_places_select_as_each_pattern_alone() -> None:
    """Both before and after the patterns switch to their first-character test."""
    g = dates_layer._grammar()
    kept = dict(g.tried)
    n = 0
    try:
        for steady in (False, True):
            g.tried.clear()
            if steady:
                g.tried.update({p.order: 10**9 for p in g.patterns})
            for text in _texts():
                got = [(c[0], c[1], c[2]) for c in dates_layer._select(text)]
                assert got == _select_plain(text), text
                n += len(got)
    finally:
        g.tried.clear()
        g.tried.update(kept)
    assert n > 100


def test_many_digit_runs_as_counted_one_by_one() -> None:
    rng = random.Random(7)
    many = 0
    texts = _texts() + ["".join(rng.choice("12 a.,\u0663\n") for _ in range(rng.randint(0, 400)))
                        for _ in range(3000)]
    for text in texts:
        for a, b in ((0, len(text)), (len(text) // 3, len(text))):
            want = len(sentences.DIGIT_RUN_RE.findall(text, a, b)) > sentences.MAX_FIGURES
            assert (sentences.MANY_RUNS_RE.match(text, a, b) is not None) == want
            many += want
    assert many > 50


def _spans(m: re.Match[str] | None) -> tuple | None:
    return None if m is None else (m.span(), m.group("verb"), m.group("obj"))


def test_change_verb_search_from_the_tail_as_the_whole_clause() -> None:
    rx = sanity.change_before_re()
    found = 0
    for text in _texts():
        for p in [m.end() for m in re.finditer(r"\s+", text)]:  # each place before a word
            sub = text[:p]
            want = _spans(rx.search(sub))
            assert _spans(rx.search(sub, sanity._tail_start(sub))) == want, sub
            found += want is not None
    assert found > 5


def _every_place(text: str) -> list[Mention]:
    return [Mention(p, p + 1, "XX") for p in range(len(text) + 1)]


def test_venue_and_border_gates_as_the_plain_search() -> None:
    hits = 0
    for text in _texts():
        sent = sentences.Sentence(0, text)
        for m in _every_place(text):
            venue = bool(parties.VENUE_BEFORE_RE.search(text[max(0, m.start - 80):m.start]))
            entering = bool(parties.ENTERING_BEFORE_RE.search(text[max(0, m.start - 30):m.start]))
            assert parties._venue(sent, m) == venue, (text, m.start)
            assert parties._entering(sent, m) == entering, (text, m.start)
            hits += venue + entering
    assert hits > 5


def test_respectively_gate_never_hides_the_word() -> None:
    hits = 0
    for text in _texts():
        sent = sentences.Sentence(0, text)
        found = parties.RESPECTIVELY_RE.search(text) is not None
        assert product.RESPECTIVELY_RE.search(text) is not None or not found
        if found:
            assert sent.may_hold_word(parties.RESPECTIVELY_WORDS)
            assert sent.may_hold_word(product.RESPECTIVELY_WORDS)
            hits += 1
    assert hits >= 2


@pytest.mark.parametrize("name,plain", [
    ("combined_words", judgments.is_combined),
    ("penalty_words", judgments.is_penalty),
    ("measure_named", judgments.names_measure),
])
def test_lead_list_gates_never_hide_a_match(name: str, plain) -> None:
    hits = 0
    for text in _texts():
        for i in range(len(text) + 1):
            lead = judgments.lead(text, text[i:i + 3])
            if plain(lead):
                assert judgments._may_name(name, judgments._ascii_words(lead)), lead
                hits += 1
    assert hits > 20


@pytest.mark.parametrize("regex,words", [
    (product.APPLIED_TO_RE, product.APPLIED_TO_WORDS),
    (product.GENERIC_GOODS_RE, product.GENERIC_GOODS_WORDS),
    (parties.RESPECTIVELY_RE, parties.RESPECTIVELY_WORDS),
])
def test_a_sentence_without_the_words_holds_no_match(regex: re.Pattern[str], words) -> None:
    """Searched from any place, to any end: a match needs one of the words, whole."""
    hits = 0
    for text in _texts() + ["They apply to all steel; it covered autos.", "Goods and items"]:
        sent = sentences.Sentence(0, text)
        for a in range(0, len(text) + 1, 7):
            found = regex.search(text, a) is not None
            assert sent.may_hold_word(words) or not found, (regex.pattern, text)
            hits += found
    assert hits > 3


def test_pause_words_are_looked_for_as_the_plain_scan() -> None:
    stems = judgments._rules()["pause"]["stems"]
    texts = _texts() + [f"The levy is {w}ed for now." for w in stems] + [
        f"THE {w.upper()} HOLDS" for w in stems]
    said = 0
    for text in texts:
        want = judgments._pause_re().search(text.lower()) is not None
        assert judgments.speaks_of_pause(text) == want, text
        said += want
    assert said > len(stems)
