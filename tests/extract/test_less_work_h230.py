"""h230's throughput changes leave every answer as it was (docs/benchmarks.md, h230's
section): the status step's kept-pause test ruled out once per sentence that holds none of
the pause words it needs, the other figures of a rate's kind looked at only once one of its
cues has matched, and the in-force adjectives of a sentence's status cues told once per
sentence, not once per figure and cue."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from conftest import sample_sentences

from tracker.extract import needles, skip, status, status_rules
from tracker.extract.document import FigureContext, read_document
from tracker.extract.figures import find_figures
from tracker.extract.sentences import Sentence, split_sentences

#: sentences written for these tests: kept pauses, lasting pauses, a paused subject, none
WRITTEN = [
    "The truce keeps the 34% April rate on Peruvian fish suspended until spring.",
    "Chile's 20% duty on copper, announced in April and suspended since, stays off.",
    "The rise to 40% that Lima floated for May 1 was put off, and a 10% levy stays.",
    "Ottawa will leave its 25% counter-tariff and the 10% one on hold for now.",
    "Peru charges 18% on trucks and 12% on vans from March 3, the ministry said.",
    "THE 15% LEVY ON WINE REMAINS SUSPENDED, THE 5% ONE DOES NOT.",
    "The current quotas stay, and Lima will charge 50% on wine from the existing 25%.",
    "Existing duties of 10% and the current 25% rate on steel, the current one, hold.",
    "Ankara's 30% levy on \u0130stanbul-made goods was \u017fuspended, not the 5% one.",
    "Quebec's 12 % tariff on maple goods was lifted; a 6 % levy is still on hold.",
]


def _contexts(text: str) -> list[FigureContext]:
    """Every percent figure of `text`, where it stands."""
    doc = read_document(text, split_sentences(text), dt.date(2025, 7, 1), True, None)
    out = []
    for i, sent in enumerate(doc.sentences):
        figs = tuple(find_figures(sent, doc.reference))
        out.extend(FigureContext(doc, i, f, figs) for f in figs if f.quantity == "percent")
    return out


def _kept_paused_before(fc: FigureContext) -> str | None:
    """status._kept_paused as it was written before h230 (no gate; the other figures of
    the rate's kind listed first)."""
    s, fig = fc.text, fc.fig
    lo, hi = status.clause_bounds(s, fig.start, fig.end)
    others = [f.start for f in fc.figs if f is not fig and f.quantity == fig.quantity]
    before, after = status_rules.kept_paused_re()
    keep = before.search(s, max(lo, fig.start - 40), fig.start)
    if keep:
        m = after.match(s, fig.end, hi)
        if m and not any(fig.end <= x < m.end() for x in others):
            return f"{keep.group(0).strip()} ...{m.group(0)}"
    m = status_rules.paused_since_re().match(s, fig.end, hi)
    if m and not any(fig.end <= x < m.end() for x in others):
        return m.group(0).strip()
    m = status_rules.paused_subject_re().match(s, fig.end)
    if m and not any(fig.end <= x < m.end() for x in others):
        return m.group(0).strip()
    return None


def _qualifies_another_before(sent: Sentence, m: status.Mention, fig: status.Figure) -> bool:
    """status._qualifies_another as it was written before h230."""
    if " ".join(sent.text[m.start:m.end].lower().split()) not in \
            status_rules.attributive_words() or status.LEVY_NOUN_AFTER_RE.match(sent.text, m.end):
        return False
    return m.start >= fig.end or "," in sent.text[m.end:fig.start] \
        or sent.words_between(m.end, fig.start) > status_rules.attributive_reach()


def _all_sentences() -> list[str]:
    return WRITTEN + sample_sentences()


def test_kept_paused_answers_as_before() -> None:
    """_kept_paused gives the answer of its ungated form at every percent figure of the
    written sentences and the sample's, and the written ones hold kept pauses of each kind
    (so the comparison is not only of None with None)."""
    found = []
    for text in _all_sentences():
        for fc in _contexts(text):
            got = status._kept_paused(fc)
            assert got == _kept_paused_before(fc), (text, fc.fig)
            found.append(got)
    assert sum(x is not None for x in found) >= 4


def test_a_sentence_without_pause_words_runs_no_kept_paused_regex(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A sentence holding none of the pause words (needles.may_hold) is answered None
    without a regex of [kept_paused] being tried; one holding them still tries them."""
    tried = []
    real = status_rules.kept_paused_re

    def counted() -> tuple:  # type: ignore[type-arg]
        tried.append(1)
        return real()

    monkeypatch.setattr(status_rules, "kept_paused_re", counted)
    (fc,) = _contexts("Peru charges 18% on Chilean trucks from March 3.")
    assert status._kept_paused(fc) is None
    assert tried == []
    fc = _contexts(WRITTEN[0])[0]
    assert status._kept_paused(fc) is not None
    assert tried == [1]


def test_may_hold() -> None:
    """needles.may_hold: any case of a needle is found; a text whose lower-casing is not
    plain (its length changes, or an odd case form of an ASCII letter) is never ruled out."""
    found = frozenset({"suspended", "hold"})
    assert needles.may_hold("The levy was SUSPENDED.", found)
    assert needles.may_hold("put on Hold", found)
    assert not needles.may_hold("The levy was lifted.", found)
    assert needles.may_hold("The levy was \u017fuspended.", found)  # (long s: no test)
    assert needles.may_hold("\u0130stanbul's levy was lifted.", found)  # (length changes)
    assert not needles.may_hold("Z\u00fcrich's levy was lifted.", found)


def test_needles_of_all() -> None:
    """The needles of several patterns together; None when one of them has none."""
    a = needles.gated(skip.regex(r"(?:\s+\w+){0,4}?\s+(?:suspended|on\s+hold)\b"))
    b = re.compile(r"\bdeferred\b", re.IGNORECASE)
    assert needles.needles_of_all([a, b]) == frozenset({"suspended", "hold", "deferred"})
    assert needles.needles_of_all([a, skip.regex(r"\d+")]) is None


def test_qualifies_another_answers_as_before() -> None:
    """_qualifies_another gives the answer of its per-cue form for every status cue and
    percent figure of the written sentences and the sample's, and says yes at least once."""
    said = []
    for text in _all_sentences():
        for fc in _contexts(text):
            for m in status.status_cues(fc.sent):
                got = status._qualifies_another(fc.sent, m, fc.fig)
                assert got == _qualifies_another_before(fc.sent, m, fc.fig), (text, m)
                said.append(got)
    assert any(said)
