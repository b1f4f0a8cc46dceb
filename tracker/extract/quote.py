"""The words a claim quotes: its figure, with its cue when they read as one phrase."""

from __future__ import annotations

import re

from tracker.extract import skip
from tracker.extract.context import Mention
from tracker.extract.figures import Figure

#: between a cue and its figure, words that make the two read as separate phrases
QUOTE_BREAK_RE = skip.regex(r"\b(?:and|or|while|but)\b|[,;]", re.IGNORECASE)


def quote_span(fig: Figure, cue: Mention | None, figs: list[Figure] | tuple[Figure, ...],
               text: str = "") -> tuple[int, int]:
    """The figure with its cue ("25 percent duties"); the figure alone when they are apart."""
    if cue is None or any(f is not fig and (min(cue.end, fig.end) <= f.start < max(cue.start,
                                                                                   fig.start)
                                            or min(cue.start, fig.start) <= f.start
                                            < max(cue.end, fig.end))
                          for f in figs):
        return fig.start, fig.end  # another figure between them: the cue is its, not ours
    near = min(abs(fig.start - cue.end), abs(cue.start - fig.end))
    if any(f is not fig and min(abs(f.start - cue.end), abs(cue.start - f.end)) < near
           for f in figs):
        return fig.start, fig.end  # "50% duty, up from 10%": "duty" is the 50%'s
    if QUOTE_BREAK_RE.search(text[min(cue.end, fig.end):max(cue.start, fig.start)]):
        return fig.start, fig.end  # "Mexico and 10% on China": the cue is not the 10%'s words
    a, b = min(fig.start, cue.start), max(fig.end, cue.end)
    if b - a > 120:  # a far cue makes an unreadable quote: keep the figure alone
        return fig.start, fig.end
    return a, b
