"""h101's throughput changes leave every answer as it was: the duration regex tried only
where its first character can stand, FigureContext's sentence read once, word starts
read by map (docs/benchmarks.md, h101's section)."""

from __future__ import annotations

import re

import pytest

from tracker.extract import dates
from tracker.extract.document import FigureContext, read_document
from tracker.extract.figures import find_figures
from tracker.extract.firstchars import never_empty
from tracker.extract.sentences import WORD_RE, Sentence, split_sentences

#: texts written for these tests: lengths of time in words and digits, next to words that
#: cannot begin one, non-ASCII letters at word starts, a hyphen before a number
TEXTS = [
    "The levy was put off for 90 days, then for another two weeks.",
    "Officials gave the partners a year and a half; the truce ran three months.",
    "A 30-day window opens Monday and ends after ½ a year, or Éight weeks later.",
    "Talks lasted -5 days by one count and ٣ weeks by another (a 10-year plan).",
    "No length here: the deadline is firm and the tariff stands at 25%.",
    "Zero days remain; half a day, an hour, a fortnight, a couple of months.",
    "Ítem: 14 días de pausa, then 45 days more, and ſix weeks of talks.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_durations_same_with_first_characters(text: str,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """find_durations finds the same lengths whether duration_re is tried at every word
    start of the unit windows or only where its first characters can stand."""
    g = dates._grammar()
    dates._gate.cache_clear()
    monkeypatch.setitem(g.tried, -1, 0)
    monkeypatch.setattr(dates, "_FIRST_CHARS_AFTER", 10**12)  # every place
    every = [(d.start, d.end, d.days, d.text) for d in dates.find_durations(text)]
    monkeypatch.setattr(dates, "_FIRST_CHARS_AFTER", 0)  # first characters in use
    assert g.duration_first is not None
    filtered = [(d.start, d.end, d.days, d.text) for d in dates.find_durations(text)]
    assert filtered == every


def test_never_empty() -> None:
    """Only a regex that cannot match the empty string has its first characters used."""
    assert never_empty(re.compile(r"\d+ days?"))
    assert never_empty(re.compile(r"(?<!\w)(?:a|an|\d+)\s+weeks?", re.IGNORECASE))
    assert not never_empty(re.compile(r"(?:\d+)?"))
    assert not never_empty(re.compile(r"\b"))
    assert never_empty(dates._grammar().duration_re.compiled())


def test_figure_context_reads_its_sentence() -> None:
    """FigureContext.sent and .text are the sentence at index i and its text."""
    text = "Imports were taxed at 10%. From June 1 the rate rose to 25% on cars."
    doc = read_document(text, split_sentences(text), None, False, None)
    for i, sent in enumerate(doc.sentences):
        figs = tuple(find_figures(sent, None))
        for fig in figs:
            fc = FigureContext(doc, i, fig, figs)
            assert fc.sent is doc.sentences[i]
            assert fc.text == doc.sentences[i].text
    with pytest.raises(AttributeError):
        fc.text = "changed"  # type: ignore[misc]  # (still frozen)


@pytest.mark.parametrize("text", TEXTS)
def test_sentence_words_are_match_starts(text: str) -> None:
    """Sentence.words: the start of every WORD_RE match, in order."""
    assert Sentence(0, text).words == [m.start() for m in WORD_RE.finditer(text)]


#: dates._SENTENCE_BREAK as it was written before h101, its lookbehinds first
_BREAK_BEFORE = re.compile(
    r"(?<![A-Z][a-z])(?<![A-Z][a-z]{2})(?<![A-Z][a-z]{3})(?<!\b[A-Za-z])[.!?]['\"’”)]*\s+"
    r"(?=[A-Z\"“‘'(])|[\n\r]")


def test_sentence_break_same_matches() -> None:
    """The sentence break with its break character first finds what it found with its
    lookbehinds first, on texts made of the characters either form looks at."""
    import random

    rnd = random.Random(14)
    pieces = ["Mr.", "Jan.", "Sept.", "U.S.", "a.", "Ab.", "ok.", " ", "  ", "\n", "\r", "!",
              "?", ".", "”", "’", ")", "(", "\"", "'", "A", "The", "x", "é", "1", "Monday"]
    texts = ["He left. She stayed on Monday.", "Talks end Jan. 5. Then Friday",
             "Mr. Li said so! “Friday”", "line one\nline two\r\nThe end. (Next) Tuesday"]
    texts += ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 25)))
              for _ in range(20000)]
    for text in texts:
        assert [m.span() for m in dates._SENTENCE_BREAK.finditer(text)] == \
            [m.span() for m in _BREAK_BEFORE.finditer(text)], text
        for lo in range(0, len(text), 7):  # (a window of a longer text, as _cue_direction's)
            assert [m.span() for m in dates._SENTENCE_BREAK.finditer(text, lo)] == \
                [m.span() for m in _BREAK_BEFORE.finditer(text, lo)], (text, lo)
