"""rules/status.toml: every example is its own test item (addressed by section and rank,
e.g. `covered_amount-2`), and the rules' helpers on sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tracker.extract import status_rules
from tracker.extract.measure import covered_amount, own_measures
from tracker.extract.sentences import Sentence

CASES = [pytest.param(section, ex, id=example_id)
         for example_id, section, ex in status_rules.examples()]


@pytest.mark.parametrize("section,ex", CASES)
def test_status_rule_example(section: str, ex: dict[str, Any]) -> None:
    assert status_rules.check_example(section, ex) == []


def test_every_section_has_examples() -> None:
    assert {c.values[0] for c in CASES} == set(status_rules.SECTIONS)
    assert status_rules.check_rules() == (len(CASES), [])


def test_every_section_with_examples_runs_them() -> None:
    """A section of rules/status.toml that carries examples is in SECTIONS, so its examples
    run (two sections' examples, [modal_still] and [levied_list], once ran nowhere)."""
    from tracker import rules

    with_examples = {name for name, section in rules.load("status").items()
                     if isinstance(section, dict) and section.get("examples")}
    assert with_examples <= set(status_rules.SECTIONS)


def test_example_check_can_fail() -> None:
    """A wrong expectation is reported (the checker these items run is not vacuous)."""
    ex = {"text": "Peru says it is raising its duty on imported tyres to 40%.",
          "published": "2025-06-02", "expect": [{"value": 40, "status": "in_effect"}]}
    assert status_rules.check_example("x", ex) != []


def test_an_absent_claim_found_is_reported() -> None:
    """An `absent` entry the text does yield fails the example (the file's examples use
    `absent` as rules/claims.toml's do)."""
    ex = {"text": "Peru says it is raising its duty on imported tyres to 40%.",
          "published": "2025-06-02", "absent": [{"value": 40, "status": "scheduled"}]}
    assert status_rules.check_example("x", ex) != []
    ex["absent"] = [{"value": 40, "status": "in_effect"}]
    assert status_rules.check_example("x", ex) == []


@pytest.mark.parametrize("text,quote,want", [
    ("Lima put a 20% duty on about $4 billion worth of wheat.", "$4 billion", True),
    ("Lima announced $4 billion in counter-tariffs.", "$4 billion", True),
    ("Lima put duties on C$3 billion (US$2.2 billion) worth of pork.", "C$3 billion", True),
    ("Lima exported $4 billion worth of wheat to Chile last year.", "$4 billion", False),
    ("Lima's duties raised $4 billion for the treasury.", "$4 billion", False),
    # a duty-free quota is no levy: what is bought in it is not a levy's goods
    ("Lima will buy $4 billion worth of wheat under a tariff-free quota.", "$4 billion", False),
])
def test_covered_amount(text: str, quote: str, want: bool) -> None:
    start = text.index(quote)
    assert covered_amount(text, start, start + len(quote)) is want


@pytest.mark.parametrize("text,want", [
    ("the fentanyl-related IEEPA tariffs", ["fentanyl"]),
    ("the fentanyl IEEPA tariffs", ["fentanyl"]),
    ("the IEEPA tariffs", ["reciprocal"]),
    ("the fentanyl tariffs and the IEEPA tariffs", ["fentanyl", "reciprocal"]),
])
def test_own_measures_drop_a_shared_authority(text: str, want: list[str]) -> None:
    sent = Sentence(0, text)
    assert [m.value for m in own_measures(text, sent.measures)] == want


@pytest.mark.parametrize("text,want", [
    ("China says it is raising duties", True),
    ("Chile’s cutting its levy", True),
    ("China raised duties", False),
    ("prices are rising", False),
])
def test_announced_change(text: str, want: bool) -> None:
    assert bool(status_rules.announced_change_re().search(text)) is want


@pytest.mark.parametrize("text,word,want", [
    ("goods under the Peru-Chile-Ecuador Agreement are exempt", "Agreement", True),
    ("the Andean Trade Accord still holds", "Accord", True),
    ("the two sides signed an agreement on Monday", "agreement", False),
    ("Peru and Chile reached an Agreement on Monday", "Agreement", False),
])
def test_treaty_name(text: str, word: str, want: bool) -> None:
    from tracker.extract.context import Mention
    from tracker.extract.status import treaty_name

    start = text.index(word)
    assert treaty_name(text, Mention(start, start + len(word), "agreed")) is want


@pytest.mark.parametrize("between,want", [
    (" on Chilean wine and ", True),
    (" on goods from the U.S. and ", True),
    (", ", True),
    (" on wine, which Peru will raise next year to ", False),
    (" on wine. Cheese pays ", False),
])
def test_list_joint(between: str, want: bool) -> None:
    assert bool(status_rules.list_joint_re().fullmatch(between)) is want


def test_removal_words() -> None:
    assert status_rules.removal_re().search("Ecuador will lift its duties on May 1")
    assert not status_rules.removal_re().search("Ecuador will impose duties on May 1")


@pytest.mark.parametrize("after,want", [
    (", which it then raised to 25%", True),
    (" when announcing his plan, and then to 104%", True),
    (" and raised it to 25%", False),
    (", then will rise to 25%", False),
])
def test_superseded_later(after: str, want: bool) -> None:
    from tracker.extract.figures import find_figures
    from tracker.extract.status import _superseded_later

    text = "Peru put a 10% duty on cement" + after + "."
    sent = Sentence(0, text)
    figs = tuple(f for f in find_figures(sent, None) if f.quantity == "percent")
    assert (_superseded_later(text, figs[0], figs) is not None) is want


def test_headline_index_finds_the_title_among_the_first_sentences() -> None:
    from tracker.extract.article_passes import headline_index

    sents = [Sentence(0, "NewsPeru hits Chile with 30% duty"), Sentence(40, "Lima acted.")]
    assert headline_index(sents, "Peru hits Chile with 30% duty") == 0
    sents = [Sentence(0, "On Monday Lima set a 30% duty."), Sentence(30, "Chile objected.")]
    assert headline_index(sents, "Peru hits Chile with 30% duty") is None
    assert headline_index(sents, None) is None
