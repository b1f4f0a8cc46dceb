"""h222's throughput changes leave every answer as it was (docs/benchmarks.md, h222's
section): the word runs of an ASCII text read through a table of bytes, and a figure's
context made only for a figure that can give a claim."""

from __future__ import annotations

import re

import pytest

from tracker.extract import context as ctx
from tracker.extract import engine, judgments
from tracker.extract.engine import extract_text

#: ASCII texts written for these tests: every ASCII character between and inside words
TEXTS = [f"a{chr(c)}b{chr(c)}Cd {chr(c)}_x9{chr(c)}" for c in range(128)] + [
    "Canada's 25% duty on U.S. steel (HS 7208) starts Aug. 1; Ottawa_said so.",
    "", "   ", "--", "a", "tab\tand\nnewline\x0bvertical\x1cseparators",
]


@pytest.mark.parametrize("text", TEXTS)
def test_ascii_words_are_the_word_runs(text: str) -> None:
    """context.ascii_words (any case, lower-cased or not) and judgments._ascii_words give the
    ASCII \\w+ runs, in order for the first."""
    low = text.lower()
    assert ctx.ascii_words(low) == re.findall(r"\w+", low, re.ASCII)
    assert ctx.ascii_words(text) == re.findall(r"\w+", text, re.ASCII)
    assert judgments._ascii_words(text) == frozenset(re.findall(r"\w+", text, re.ASCII))


def test_other_text_is_not_read_as_ascii() -> None:
    assert judgments._ascii_words("café 25%") is None
    assert ctx.Vocabulary("Café_X, l'Été").words == frozenset({"café_x", "l", "été"})


def test_a_figure_that_binds_nothing_gets_no_context(monkeypatch: pytest.MonkeyPatch) -> None:
    """The engine makes a FigureContext for a bound amount or rate and for each date, not
    for a rate that binds to no metric (the carmaker's shares rising 5%); the claims are
    those of the whole sentence as before."""
    made = []
    real = engine.FigureContext

    def counted(*args):  # noqa: ANN002, ANN202 - the dataclass's own arguments
        made.append(args[2])
        return real(*args)

    monkeypatch.setattr(engine, "FigureContext", counted)
    text = ("Shares of the carmaker rose 5% on Monday while the 25% tariff on steel from "
            "Canada took effect.")
    claims = extract_text(text, "2025-03-04")
    assert [(c.value, c.metric) for c in claims] == [(25.0, "tariff_rate")]
    assert sorted((f.quantity, str(f.value)) for f in made) == [
        ("date", "2025-03-03"), ("percent", "25.0")]
