"""Work the engine skips must not change what it finds."""

from __future__ import annotations

import datetime as dt

from tracker.extract import article_passes, engine, figures, metric
from tracker.extract import dates as dates_layer
from tracker.extract.sentences import Sentence

REF = dt.date(2025, 7, 1)


def _date_calls(monkeypatch, text: str) -> tuple[int, list]:
    calls = []
    real = dates_layer.find_dates

    def counting(s, reference, prefer="auto"):
        calls.append(s)
        return real(s, reference, prefer)

    monkeypatch.setattr(dates_layer, "find_dates", counting)
    figs = figures.find_figures(Sentence(0, text), REF)
    return len(calls), figs


def test_dates_not_read_where_no_claim_can_use_them(monkeypatch) -> None:
    n, figs = _date_calls(monkeypatch, "The minister spoke to reporters on Tuesday in Seoul.")
    assert n == 0 and figs == []


def test_dates_read_beside_a_measure_word_a_rate_or_a_duration(monkeypatch) -> None:
    for text in ("The tariffs take effect on Aug. 1.",
                 "Shipments rose 12% in the week to Friday.",
                 "Officials agreed on a 90-day pause starting Monday."):
        n, figs = _date_calls(monkeypatch, text)
        assert n >= 1, text
        assert any(f.quantity == "date" for f in figs), text


def test_skipping_dates_keeps_the_claims() -> None:
    text = ("The minister spoke to reporters on Tuesday in Seoul. The 25% tariff on cars "
            "takes effect on Aug. 1, after a 90-day pause.")
    claims = engine.extract_text(text, REF)
    got = sorted((c.metric, str(c.value)) for c in claims)
    assert got == [("effective_date", "2025-08-01"), ("pause_length", "90.0"),
                   ("tariff_rate", "25.0")]


def test_figures_of_different_sentences_never_share_an_identity(monkeypatch) -> None:
    """CPython reuses a freed object's id, so an article-wide set of figure ids could take
    a later sentence's figure for an earlier one (figures are keyed by sentence and
    offset instead). Make ids collide on purpose in the modules that bind figures and
    pass over claims (a figure's id is its offset in its sentence): the claims must not
    change."""
    # China, not Canada: a neighbour's guessed second rate stays its border levy (h177-4),
    # so only China's makes the pass over claims turn one figure reciprocal
    text = ("China faces a 25% fentanyl tariff from Washington. "
            "China faces a 10% levy on energy and a 25% rate on other goods.")
    want = [(c.value, c.measure) for c in engine.extract_text(text, "2025-03-10")]
    assert want == [(25.0, "fentanyl"), (10.0, "reciprocal"), (25.0, "fentanyl")]
    real_id = id
    for module in (engine, metric, article_passes):
        monkeypatch.setattr(module, "id",
                            lambda o: o.start if isinstance(o, figures.Figure) else real_id(o),
                            raising=False)
    got = [(c.value, c.measure) for c in engine.extract_text(text, "2025-03-10")]
    assert got == want
