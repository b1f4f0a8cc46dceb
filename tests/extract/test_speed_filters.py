"""The cheap checks that let the extractor skip work must never skip a match."""

from __future__ import annotations

import re

import pytest

from tracker.extract import cue_words, document, parties, product, quantities, sanity, status
from tracker.extract.document import read_document
from tracker.extract.figures import Figure
from tracker.extract.sentences import SENT_END_RE, Sentence, per_sentence, split_sentences

TEXTS = [
    "Exports to the bloc fell 12% in May.",
    "Officials slashed the levy from the current 25% to nothing.",
    "The duty stays at 10% on steel.",
    "SHIPMENTS PLUNGED A FURTHER 8%.",
    "Imports rose-sharply by 4%.",
    "Der Zoll stieg um 5% auf Stahl, said the ministry.",
    "The rate was cut from 30 percent",
]


def test_may_hold_never_hides_a_change_verb() -> None:
    rx = sanity.change_before_re()
    for text in TEXTS:
        for k in range(len(text) + 1):
            if not cue_words.may_hold(None, text[:k], "change_cues", "rises", "falls"):
                assert rx.search(text[:k]) is None, text[:k]


def test_may_hold_answers_both_ways() -> None:
    assert cue_words.may_hold(None, "Exports fell sharply", "change_cues", "rises", "falls")
    assert not cue_words.may_hold(None, "Exports held steady", "change_cues", "rises", "falls")
    # a non-ASCII text is never ruled out (case folding beyond a-z)
    assert cue_words.may_hold(None, "Exports held steady é", "change_cues", "rises", "falls")


def test_from_last_is_what_change_from_ends_with() -> None:
    full = status.change_from_re()
    for text in TEXTS + ["tariffs were slashed from the existing ", "prices rose from "]:
        for k in range(len(text) + 1):
            if full.search(text[:k]):
                assert status.FROM_LAST_RE.search(text, 0, k), text[:k]


def test_old_value_alone_reads_the_change() -> None:
    s = "Tariffs on cars were slashed from 27.5 percent under the deal."
    fig = Figure(s.index("27.5"), s.index(" under"), 27.5, "percent", "percent")
    assert status.old_value_alone(s, fig)
    s2 = "Tariffs on cars stay at 27.5 percent under the deal."
    fig2 = Figure(s2.index("27.5"), s2.index(" under"), 27.5, "percent", "percent")
    assert not status.old_value_alone(s2, fig2)


def test_per_sentence_computes_once() -> None:
    calls: list[str] = []

    @per_sentence
    def shout(sent: Sentence) -> str:
        calls.append(sent.text)
        return sent.text.upper()

    a, b = Sentence(0, "one"), Sentence(4, "two")
    assert [shout(a), shout(a), shout(b), shout(a)] == ["ONE", "ONE", "TWO", "ONE"]
    assert calls == ["one", "two"]


def test_main_country_read_on_demand() -> None:
    text = "Peru raised duties.\nChile answered.\nChile and the US talked about Chile."
    doc = read_document(text, split_sentences(text), None, False, "Chile strikes back")
    assert doc._countries is None  # nothing asked yet
    assert doc.main_country == "CL"
    assert doc.mentions_us is True
    first = Sentence(0, "Peru raised duties.")
    assert [m.value for m in first.countries] == ["PE"]
    assert re.fullmatch(r"[A-Z]{2}", doc.main_country)


QUANTITY_TEXTS = [
    "In 2025, exports of 12 kinds of goods rose 4.5 per cent to C$30 billion.",
    "The levy rose from 10 to 25% on 3 million cars, worth 5bn euros, in 2024 and 2025.",
    "RS 1.5 lakh crore (US$18 billion) and 7 - billion yen; USD 75 million; 20-30 percent.",
    "Tariffs of 15 and 20 percent, EUR 3,000 and 4 500 kroner, about 60 countries (2019).",
    "Prix : 12 €, 13 000 ₩, ¥500, 5 bn, 14th of 20 rounds, 3 dollars 50 cents.",
    "fifteen percent, a quarter of a billion dollars, 31-point-nine per cent, 99 ft.",
]


def test_numeral_gate_skips_no_quantity(monkeypatch: pytest.MonkeyPatch) -> None:
    """quantities._may_be_quantity only skips numerals that _read would not make a
    quantity or a range of: the scan finds the same with the gate always open."""
    texts = QUANTITY_TEXTS + [t.upper() for t in QUANTITY_TEXTS] + [
        t.replace(" ", "\u00a0") for t in QUANTITY_TEXTS]
    gated = [quantities._scan.__wrapped__(t, None) for t in texts]
    monkeypatch.setattr(quantities, "_may_be_quantity", lambda *a: True)
    assert [quantities._scan.__wrapped__(t, None) for t in texts] == gated
    assert any(gated)


def test_numeral_gate_answers_both_ways() -> None:
    lex = quantities.lexicon()
    s = "In 2025, 12 countries paid 25% on $5 billion."
    for num, want in (("2025", False), ("12", False), ("25", True), ("5", True)):
        m = re.search(rf"(?<!\d){num}(?!\d)", s)
        assert m is not None
        assert quantities._may_be_quantity(s, m.start(), m.end(), lex) is want, num
    t = "about 40 élans"  # a non-ASCII word is never ruled out
    assert quantities._may_be_quantity(t, 6, 8, lex)


def test_sentence_ends_from_their_first_character() -> None:
    """SENT_END_RE (its first character before its lookbehind) finds what the pattern
    with the lookbehind first finds."""
    old = re.compile(r"(?<![.!?])[.!?]++[\"”’)\]]*+(?=\s+[\"“‘(\[]?[A-Z0-9$€£¥₩])")
    texts = ["He left... Then 5 came!! Really?! \"Yes.\" (No.) Done. A", "U.S. Trade. 10%.",
             "?. ! .A . B", "Wait?!? 'Q' [R]. «S»"]
    for t in texts:
        assert [m.span() for m in SENT_END_RE.finditer(t)] == \
            [m.span() for m in old.finditer(t)], t


def test_year_patterns_find_what_their_lookbehind_first_forms_find() -> None:
    """document.YEAR_RE and SINCE_YEAR_RE (lookbehinds moved after the first characters,
    for speed) find what the plain forms find."""
    year = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
    since = re.compile(document.SINCE_YEAR_RE.pattern.replace(r"s(?<!\ws)ince", r"\bsince"))
    texts = ["In 2019, 12019 and 20251 are no years; 1999 and 2020 are (x2021, 2022x).",
             "the lowest since 2004, since mid-2019, sinceMay 2020, ensince 2021",
             "since February 3, 2018 and since early 2017; 20 19 2 0 1 9", "2025"]
    for t in texts:
        assert [m.span(1) for m in document.YEAR_RE.finditer(t)] == \
            [m.span(1) for m in year.finditer(t)], t
        assert [m.span(1) for m in document.SINCE_YEAR_RE.finditer(t)] == \
            [m.span(1) for m in since.finditer(t)], t
    assert [m.group(1) for m in document.SINCE_YEAR_RE.finditer(texts[1])] == \
        ["2004", "2019"]


WORD_GATE_TEXTS = [
    "A 30% tariff would apply from Aug. 1 unless a deal is reached.",
    "Brazil could be hit with 50% IF talks fail.",
    "A 15% tariff will now be imposed on coal, the ministry said.",
    "A 25% tariff imposed by the bloc took effect; goods from Peru pay 10%.",
    "The 10% duty on all imports stays.",
    "Le droit de 10% sera appliqué si l'accord échoue, unless delayed.",
    "The 20% levy was reimposed byway of decree.",
]


def test_word_gates_never_hide_a_match() -> None:
    """Sentence.may_hold_word lets conditional, passive_levy and the goods check skip
    regexes only where they cannot match."""
    for text in WORD_GATE_TEXTS:
        sent = Sentence(0, text)
        for m in re.finditer(r"\d+%", text):
            fig = Figure(m.start(), m.end(), 0.0, "percent", "percent")
            assert status.conditional(text, fig, sent) == status.conditional(text, fig), text
        assert parties.passive_levy(sent) == bool(parties.PASSIVE_LEVY_RE.search(text))
        if product.ANY_GOODS_RE.search(text):
            assert sent.may_hold_word(product.ANY_GOODS_WORDS), text
    assert status.conditional(WORD_GATE_TEXTS[0], Figure(2, 5, 30.0, "percent", "percent"),
                              Sentence(0, WORD_GATE_TEXTS[0]))
    assert not Sentence(0, "The 10% duty stays.").may_hold_word(status.CONDITION_WORDS)
    # non-ASCII text of plain case folding is ruled out as ASCII text is (h83); one with a
    # character IGNORECASE takes for an ASCII letter ("ſ" for s, "ı" for i) never is
    assert not Sentence(0, "Le droit reste à 10%.").may_hold_word(status.CONDITION_WORDS)
    assert Sentence(0, "Le droit reste à 10%, ıf.").may_hold_word(status.CONDITION_WORDS)
