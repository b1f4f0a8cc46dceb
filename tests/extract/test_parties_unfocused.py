"""A US levy (a rate or a start date) whose partner is guessed from outside its sentence (the
article's most named country; for a sector's levy, the country of the sentence before) is that
partner's only in an article about it (Doc.article_partner); in an article naming several
partners about as often, it is everyone's (tracker/extract/parties.py, unfocused_target).
Sentences of our own."""

from __future__ import annotations

import pytest

from tests.extract.step_context import figure_at
from tracker.extract.document import read_document
from tracker.extract.engine import extract_text
from tracker.extract.sentences import split_sentences


def _doc(text: str, title: str | None = None):  # noqa: ANN202 - a Doc
    return read_document(text, split_sentences(text), None, False, title)


@pytest.mark.parametrize("text,title,partner", [
    ("Chile's mines shut. Chile answered. Peru waited.", None, "CL"),   # 3 + 1 against 1
    ("Chile and Peru met. Prices rose.", None, None),                     # a tie
    ("Peru talked. Chile talked. Peru and Chile talked.", "Chile hits back", "CL"),  # the title
    ("Japan, Korea and Vietnam talked. Britain waited.", None, None),     # 3 + 3 + 3 + 1
    ("Prices rose.", None, None),                                         # no partner at all
])
def test_article_partner_holds_more_than_half_of_the_mentions(
        text: str, title: str | None, partner: str | None) -> None:
    assert _doc(text, title).article_partner == partner


def test_article_partner_is_the_main_country_or_none() -> None:
    doc = _doc("Chile and Peru met. Prices rose.")
    assert doc.main_country == "CL" and doc.article_partner is None


def _target(text: str, value: float) -> str | None:
    got = [c.target for c in extract_text(text, "2025-08-20")
           if c.metric == "tariff_rate" and c.value == value]
    assert len(got) == 1, got
    return got[0]


@pytest.mark.parametrize("text,target", [
    # no partner in its sentence nor the one before: the article's country, if it is about one
    ("Smelters in Chile and Peru shut two lines. Prices rose. The new 50% duty starts soon.", "*"),
    ("Chile's copper mines shut two lines. Prices rose. The new 50% duty starts soon.", "CL"),
    # a sector's levy: the country of the sentence before, if the article is about it
    ("Mexico and Canada are still bargaining, and India has not called back. Korean shipyards "
     "are quiet. The 50% levy on aluminum has applied since June.", "*"),
    ("Korea sealed its pact in July. Korean shipyards are quiet. The 50% levy on aluminum has "
     "applied since June.", "KR"),
    # not a sector: the sentence before names the partner, not a guess from the whole article
    ("Japan and Korea signed deals in July, and Vietnam is still talking. British mills are "
     "idle. The 10% duty began in April.", "GB"),
])
def test_a_guessed_partner_needs_an_article_about_it(text: str, target: str) -> None:
    assert _target(text, 50 if "50%" in text else 10) == target


def test_a_start_date_is_everyones_too() -> None:
    """A start date told with no partner is read like the rate it starts (h165: in
    reconciliation an undated article's threat is no longer placed at such a date)."""
    text = ("Peru and Chile both lost orders. Output dipped. Washington set a 40% duty. "
            "Buyers waited. The duty applies from March 12.")
    got = [(c.metric, c.target) for c in extract_text(text, "2025-03-01")]
    assert got == [("tariff_rate", "*"), ("effective_date", "*")]


def test_a_start_date_in_an_article_about_the_partner_keeps_it() -> None:
    text = ("Peru's miners lost orders. Peru's output dipped. Washington set a 40% duty. "
            "Buyers waited. The duty applies from March 12.")
    got = [(c.metric, c.target) for c in extract_text(text, "2025-03-01")]
    assert got == [("tariff_rate", "PE"), ("effective_date", "PE")]


def test_the_measure_still_reads_the_guessed_partner() -> None:
    """The measure step runs before: a rate on all goods stays reciprocal (a partner's rate
    as the text tells it), not the baseline a rate on every partner would be taken for."""
    text = "Smelters in Chile and Peru shut two lines. Prices rose. The new 50% duty starts soon."
    got = [(c.target, c.measure) for c in extract_text(text, "2025-08-20")
           if c.metric == "tariff_rate"]
    assert got == [("*", "reciprocal")]


def test_the_evidence_says_why() -> None:
    from tracker.extract import parties

    text = "Smelters in Chile and Peru shut two lines. Prices rose. The new 50% duty starts soon."
    fc = figure_at(text, 50)
    guessed = parties.levy_target_fallback(parties.levy_parties(fc, "tariff_rate").target,
                                           "US", None, fc.doc)
    assert guessed.value == "CL" and guessed.evidence == parties.ARTICLE_COUNTRY
    got = parties.unfocused_target(fc, guessed, "US")
    assert got.value == "*" and "several partners" in got.evidence
    assert parties.unfocused_target(fc, guessed, "CN") is guessed  # only US levies
