"""Work the extractor keeps or skips (h83) must not change a claim.

Each memo is switched off (its callers given the plain function) and the claims of every
sample article, read as given and undated, are compared with those of the engine as it
runs: a memo that answered differently anywhere would show as a changed claim. The word
gates on non-ASCII text are compared with the plain regex scan they stand for.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from conftest import SAMPLE, sample_sentences

from tracker.extract import (
    article_passes,
    document,
    figures,
    metric,
    parties,
    product,
    sentences,
    status,
    status_rules,
)
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
    # every step reads a sentence's figures through Doc.figures_at (document's import)
    with _plain(document, "figures_of", plain), _plain(figures, "figures_of", plain):
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
    """metric._restated and metric._month_series read the sentence before through the memo
    (Doc.figures_at, in their one helper _last_amount_before)."""
    assert "figures_at" in metric._last_amount_before.__code__.co_names
    for step in (metric._restated, metric._month_series):
        assert "_last_amount_before" in step.__code__.co_names


# ------------------------------------------------------------ gates on non-ASCII text
#: non-ASCII sentences: curly quotes and dashes (plain case folding), accented names, and
#: the four characters IGNORECASE takes for an ASCII letter (never ruled out)
NON_ASCII = [
    "The EU’s 30% rate – announced on Friday – would take effect if talks fail.",
    "“We’re going to impose 25%,” he said, unless Peru’s exporters pay respectively less.",
    "Tariffs of 20% and 30%, respectively, were imposed on São Paulo’s goods and products.",
    "Café owners in Zürich said the 15% duty applies to all imported goods, except cheese.",
    "\u0130f talks fail, the 25% duty applies; \u0131f not, 10%.",  # İf, ıf: "if" to IGNORECASE
    "Re\u017fpectively, the \u212aey levy on \u017fteel is 25% while cars pay 10%.",
    "Talks in Bogotá: no deal, so duties of 10% will be levied on goods entering Perú.",
    "Exports to the EU—which would have faced 50%—rose 5% after the pause was extended.",
]


def _gates() -> list[tuple[re.Pattern[str], frozenset[str] | None, bool]]:
    """(regex, the whole words it needs, whether they are its first words) of every list
    the steps gate with Sentence.may_hold_word or read with word_spans (first words)."""
    got: list[tuple[re.Pattern[str], frozenset[str] | None, bool]] = [
        (status.CONDITION_RE, status.CONDITION_WORDS, True),
        (parties.PASSIVE_LEVY_RE, parties.PASSIVE_LEVY_VERBS, False),
        (parties.RESPECTIVELY_RE, parties.RESPECTIVELY_WORDS, True),
        (product.GENERIC_GOODS_RE, product.GENERIC_GOODS_WORDS, True),
        (product.APPLIED_TO_RE, product.APPLIED_TO_WORDS, True),
        (product.EXCEPTION_RE, product.EXCEPTION_WORDS, True),
        (product.ANY_GOODS_RE, product.ANY_GOODS_WORDS, False),
        (status_rules.reported_future_re(), status_rules.reported_future_firsts(), True),
        (status_rules.paused_partners_re(), status_rules.paused_partners_firsts(), True),
        (status_rules.counterfactual_re(), status_rules.counterfactual_firsts(), True),
    ]
    got += [(p, f, True) for (p, _), f in zip(status_rules.extra_cues(),
                                               status_rules.extra_cue_firsts(), strict=True)]
    return got


def test_plain_case_is_false_where_ignorecase_is_not_plain() -> None:
    assert Sentence(0, "A 25% duty.").plain_case
    assert Sentence(0, "The EU’s 30% rate – on São Paulo.").plain_case
    for odd in ("\u0130", "\u0131", "\u017f", "\u212a"):
        assert not Sentence(0, f"The {odd} 25% duty.").plain_case
    assert status.CONDITION_RE.search(NON_ASCII[4])  # (İf is "if" to the regex)
    assert Sentence(0, NON_ASCII[4]).may_hold_word(status.CONDITION_WORDS)


def test_gates_answer_as_the_scan_on_non_ascii_text() -> None:
    """may_hold_word rules a text out only where the regex finds nothing, and
    word_spans finds what finditer finds, on every sentence of the sample and on
    non-ASCII texts made for the case (curly quotes, accents, İ ı ſ K)."""
    texts = [t for t in sample_sentences() if not t.isascii()] + NON_ASCII
    assert len(texts) > 20
    ruled_out = 0
    for regex, words, first in _gates():
        for text in texts:
            sent = Sentence(0, text)
            if words is not None and not sent.may_hold_word(words):
                ruled_out += 1
                assert regex.search(text) is None, (regex.pattern[:60], text)
            if first:
                assert sent.word_spans(regex, words) == [m.span() for m in
                                                         regex.finditer(text)], \
                    (regex.pattern[:60], text)
    assert ruled_out > 100  # (the gates do rule non-ASCII text out)


def test_all_ascii_words() -> None:
    assert sentences._all_ascii(frozenset(("if", "unless")))
    assert not sentences._all_ascii(frozenset(("if", "σε")))


# --------------------------------------------------------------- claims copied quicker
def test_with_copies_as_dataclasses_replace() -> None:
    """article_passes._with makes the Found and Claim that dataclasses.replace makes."""
    claim = extract_article(_articles()[0])[0]
    found = article_passes.Found(claim=claim, key=(0, 4), end=7, role=None, partner=None,
                                 measure_named=True, measure_guessed=False, bare=True)
    got = article_passes._with(found, status="previous", measure=None)
    want = dataclasses.replace(found, claim=dataclasses.replace(claim, status="previous",
                                                                measure=None))
    assert got == want and got.claim == want.claim
    assert got is not found and got.claim is not claim  # new objects, the old unchanged
    assert dataclasses.asdict(got.claim) == {**dataclasses.asdict(claim), "status": "previous",
                                             "measure": None}
    with pytest.raises(AttributeError):
        article_passes._with(found, no_such_field=1)
