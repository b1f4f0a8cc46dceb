"""Helper of the step tests: one figure of a hand-written text, where it stands.

(A plain module, not a conftest.py: a second conftest module would shadow tests/conftest.py
for the tests that import from it.)
"""

from __future__ import annotations

import datetime as dt

from tracker.extract.document import FigureContext, read_document
from tracker.extract.figures import find_figures
from tracker.extract.sentences import split_sentences


def figure_at(text: str, value: float | str, published: str | None = "2025-07-01",
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

