"""The cheap checks that let the extractor skip work must never skip a match."""

from __future__ import annotations

import re

from tracker.extract import cue_words, sanity, status
from tracker.extract.document import read_document
from tracker.extract.figures import Figure
from tracker.extract.sentences import Sentence, per_sentence, split_sentences

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
