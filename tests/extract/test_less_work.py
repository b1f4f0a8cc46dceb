"""Work the extractor keeps instead of doing again (h83) must not change a claim.

Each memo is switched off (its callers given the plain function) and the claims of every
sample article, read as given and undated, are compared with those of the engine as it
runs: a memo that answered differently anywhere would show as a changed claim.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from conftest import SAMPLE

from tracker.extract import engine, figures, metric, parties
from tracker.extract.engine import extract_article
from tracker.extract.sentences import Sentence
from tracker.models import Article
from tracker.read import read_paths

REF = dt.date(2025, 7, 1)


def _articles() -> list[Article]:
    """The sample articles as given, then each again without its publication date (the
    reference is then inferred from the text, as in about half of a real feed)."""
    got, problems = read_paths([str(SAMPLE / "articles")])
    assert not problems and got
    return got + [dataclasses.replace(a, id=a.id + "#undated", published=None)
                  for a in got]


def _claims(articles: list[Article]) -> list[dict]:
    return [dataclasses.asdict(c) for a in articles for c in extract_article(a)]


@contextmanager
def _plain(module: object, name: str, plain: Callable) -> Iterator[None]:
    """`module.name` replaced by the plain (unmemoised) function for the block."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(module, name, plain)
        yield


@pytest.fixture(scope="module")
def memoised() -> list[dict]:
    """The claims of the sample as the engine reads them, every memo in use."""
    return _claims(_articles())


def test_figures_of_answers_as_find_figures(memoised: list[dict]) -> None:
    plain = figures.find_figures
    with _plain(engine, "figures_of", plain), _plain(parties, "figures_of", plain), \
            _plain(figures, "figures_of", plain):
        assert _claims(_articles()) == memoised


def test_figures_of_keeps_the_figures_of_a_sentence() -> None:
    sent = Sentence(0, "The 25% tariff on steel, up from 10%, takes effect on Aug. 1.")
    first = figures.figures_of(sent, REF)
    again = figures.figures_of(sent, REF)
    plain = figures.find_figures(Sentence(0, sent.text), REF)

    def seen(figs: list[figures.Figure]) -> list[tuple]:  # (== of a Figure follows partner)
        return [(f.start, f.end, f.value, f.quantity, f.role) for f in figs]

    assert seen(first) == seen(again) == seen(plain)
    assert first is not again  # a new list each time: callers may change theirs
    assert all(a is b for a, b in zip(first, again, strict=True))  # the same figures
    assert [f.role for f in first] == [None, "previous", None]


def test_memo_is_used_by_the_steps() -> None:
    """metric._restated reads the sentence before through the memo (imported at its call)."""
    assert "figures_of" in metric._restated.__code__.co_names
