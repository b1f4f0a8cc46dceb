"""Regression tests for the crashes and the quadratic costs that fuzzing found.

Each crash kind has its smallest text; each adversarial pattern (a long run of figures
with no sentence end, a run of dots) is checked for the property that keeps its cost
linear, never for a time: the engine sees it in bounded pieces.
"""

from __future__ import annotations

import datetime as dt
import math
import random

import pytest

from tracker.extract import dates, engine, numbers, quantities, sentences
from tracker.extract.engine import extract_text

PUBLISHED = "2025-05-01"


def claims(text: str) -> list:
    out = extract_text(text, published=PUBLISHED)
    for c in out:
        assert c.quote == text[c.start:c.end]
        if c.kind != "date":
            assert math.isfinite(float(c.value)), c
    return out


# ------------------------------------------------------------------ crash kinds


@pytest.mark.parametrize("text", [
    "Exports reached $" + "9" * 400 + " bn last year.",  # float inf x magnitude
    "Exports reached $" + "9" * 400 + ".",  # a long digit run after a currency sign
    "Exports reached " + "9" * 400 + " dollars.",
])
def test_long_digit_run_as_money_is_no_amount(text: str) -> None:
    """Was OverflowError: cannot convert float infinity to integer (quantities._round)."""
    assert claims(text) == []
    assert quantities.find_quantities(text) == []


def test_long_decimals_are_no_amount() -> None:
    """Was ValueError: math domain error (a precision of 10**-400 is 0.0)."""
    text = "Exports reached $3." + "5" * 400 + " last year."
    assert claims(text) == []
    assert quantities.find_quantities(text) == []


def test_number_words_that_never_end_are_no_number() -> None:
    """Was OverflowError: int too large to convert to float ("one hundred and one
    hundred and ..." multiplies by 100 at each "hundred")."""
    words = "one hundred and " * 200 + "one"
    assert numbers.find_numbers(words) == []
    assert claims(f"Japan set a tariff of {words} percent on steel.") == []


@pytest.mark.parametrize("text", [
    "Japan set a tariff of " + "9" * 400 + "% on steel.",  # inf
    "Japan set a tariff of " + "1" * 20 + "% on steel.",  # finite but absurd
    "The US tariff on " + "9" * 400 + " and 5 percent on steel.",  # "6.5 and 8.7 percent"
    "The US tariff of 2025 and 5 percent on steel.",
])
def test_absurd_rates_are_not_stored(text: str) -> None:
    """An infinite rate was stored (and `--format json` printed Infinity)."""
    assert all(abs(c.value) <= 1000 for c in claims(text) if c.kind == "rate")
    assert all(c.value != 2025 for c in claims(text))


def test_shared_unit_keeps_sane_values() -> None:
    """The first number of "fell 6.5 and 8.7 percent" still takes the unit."""
    got = [c.value for c in claims("Japan's tariff rose 6.5 and 8.7 percent.")]
    assert got == [6.5, 8.7]
    assert quantities.plain_percent("6.5") == (6.5, 0.1)
    assert quantities.plain_percent("9" * 400) is None
    assert quantities.plain_percent("2025") is None


@pytest.mark.parametrize("text", [
    "The US tariff on Japan takes effect in 999999 years.",  # ValueError: year out of range
    "The US tariff on Japan takes effect in 999999999999 days.",  # OverflowError (C int)
    "The US tariff on Japan takes effect 999999999999 days after May 1, 2025.",
])
def test_offsets_past_the_calendar_are_no_date(text: str) -> None:
    for c in claims(text):
        assert c.kind == "date"
        dt.date.fromisoformat(c.value)
    assert all(d.value.year <= 9999 for d in dates.find_dates(text, dt.date(2025, 5, 1)))


def test_offset_past_the_calendar_keeps_the_base_date() -> None:
    got = dates.find_dates("999999999999 days after May 1, 2025", dt.date(2025, 5, 1))
    assert [d.value for d in got] == [dt.date(2025, 5, 1)]


def test_durations_longer_than_the_calendar_are_none() -> None:
    assert dates.find_durations("a pause of 99999999999999999999 days") == []
    assert claims("The US paused the tariff on Japan for 99999999999999999999 days.") == []
    assert [d.days for d in dates.find_durations("a pause of 90 days")] == [90]


# ------------------------------------------------------------ adversarial patterns


def mixture(n: int, seed: int = 0) -> str:
    rng = random.Random(seed)
    pieces = ["$1", "¥25", "3.5%", "€4bn", "15 percent", "May 1", "tariff", "on", "to", ","]
    return " ".join(rng.choice(pieces) for _ in range(n // 4))[:n]


ADVERSARIAL = {
    "dollar": "$1 " * 3400,
    "yen": "¥1 " * 3400,
    "percent": "1% " * 3400,
    "mixture": mixture(10_000),
    "digit run": "$" + "9" * 10_000 + " bn",
    "words": "one hundred and " * 700,
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_sentences_are_bounded(name: str) -> None:
    """Figures of one sentence are paired with each other: a 10 KB "sentence" of figures
    cost the square of its length. The engine now sees pieces of at most MAX_SENTENCE
    characters and MAX_FIGURES digit runs, which together cover the text."""
    text = ADVERSARIAL[name]
    spans = engine.split_sentences(text)
    assert len(spans) > 1
    for a, b in spans:
        assert 0 < b - a <= sentences.MAX_SENTENCE
        assert len(sentences.DIGIT_RUN_RE.findall(text, a, b)) <= sentences.MAX_FIGURES
        assert text[a:b] == text[a:b].strip()
    assert all(b1 <= a2 for (_, b1), (a2, _) in zip(spans, spans[1:], strict=False))
    covered = "".join(text[a:b] for a, b in spans)
    assert covered.replace(" ", "") == text.replace(" ", "")


def test_pieces_keep_the_claims_of_their_figures() -> None:
    text = "Japan faces a 25% tariff on steel, " * 60
    got = claims(text)
    assert len(got) == 60 and {c.value for c in got} == {25.0}


def test_sentence_ends_are_found_from_the_start_of_a_punctuation_run() -> None:
    """A run of dots was rescanned from each of its dots (quadratic): a match now starts
    only where the run starts, and the sentences found are the same."""
    assert sentences.SENT_END_RE.match("... Next", 1) is None
    assert [m.group() for m in sentences.SENT_END_RE.finditer("Wait... Next! Then?) Go")] == [
        "...", "!", "?)"]
    text = "Tariffs rose. " + "." * 5000 + " Exports fell 5%. U.S. tariffs rose."
    got = [text[a:b] for a, b in engine.split_sentences(text)]
    assert got[-2:] == ["Exports fell 5%.", "U.S. tariffs rose."]
    assert "".join(got).count(".") == text.count(".")
    assert engine.split_sentences("Tariffs rose 5%. Exports fell.") == [(0, 16), (17, 30)]


def test_normal_sentences_are_not_cut() -> None:
    sentence = ("Japan, which ships cars, chips, steel and machinery to the United States, "
                "faces a 25% tariff from Aug. 1, a 10% baseline on the rest, and talks ") * 4
    assert len(sentence) < sentences.MAX_SENTENCE
    assert engine.split_sentences(sentence.strip()) == [(0, len(sentence.strip()))]
