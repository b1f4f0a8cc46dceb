"""Helpers for the step tests: one figure of a hand-written text, where it stands."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from tracker.extract.document import FigureContext, read_document
from tracker.extract.figures import find_figures
from tracker.extract.sentences import split_sentences

FigureAt = Callable[..., FigureContext]


def figure_context(text: str, value: float | str, published: str | None = "2025-07-01",
                   title: str | None = None) -> FigureContext:
    """The FigureContext of the figure of `text` whose value is `value` (the first one)."""
    reference = dt.date.fromisoformat(published) if published else dt.date(2025, 7, 1)
    doc = read_document(text, split_sentences(text), reference, published is not None, title)
    for i, sent in enumerate(doc.sentences):
        figs = find_figures(sent, doc.reference)
        for fig in figs:
            if fig.value == value:
                return FigureContext(doc, i, fig, tuple(figs))
    raise AssertionError(f"no figure {value!r} in {text!r}")


@pytest.fixture
def figure_at() -> FigureAt:
    return figure_context
