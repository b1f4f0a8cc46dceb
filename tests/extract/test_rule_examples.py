"""Every example of every rule file is its own test, addressed by an id built from its
rule (or section) and its rank there, e.g.

    pytest "tests/extract/test_rule_examples.py::test_claim_example[pct-tariff-right-3]"

tests/test_rules.py still runs each file's checker as a whole (which also validates the
file's structure); these split the examples so that a failure names the one that broke.
"""

from __future__ import annotations

from typing import Any

import pytest

from tracker import rules
from tracker.extract import context, examples, quantities
from tracker.rules_check import CHECKERS, check_all


def _params(cases: list[tuple[str, Any]]) -> list[Any]:
    return [pytest.param(*case[1:], id=case[0]) for case in cases]


# ---------------------------------------------------------------- rules/claims.toml
CLAIM_CASES = [(example_id, rule_id, ex) for example_id, rule_id, ex in examples.claim_examples()]


@pytest.mark.parametrize("rule_id,ex", _params(CLAIM_CASES))
def test_claim_example(rule_id: str, ex: dict) -> None:
    assert examples.check_example(rule_id, ex, rule_id) == []


def test_claim_example_ids_are_unique_and_cover_every_rule() -> None:
    ids = [c[0] for c in CLAIM_CASES]
    assert len(ids) == len(set(ids))
    from tracker.extract.metric import claim_rules

    assert {c[1] for c in CLAIM_CASES} == {r.id for r in claim_rules()}


def test_claim_example_check_can_fail() -> None:
    """The checker reports a wrong expectation and an unwanted claim."""
    ex = {"text": "Washington has imposed 25 percent duties on automobiles from Japan.",
          "published": "2025-05-09"}
    wrong = examples.check_example("x", {**ex, "expect": [{"value": 26}]})
    assert len(wrong) == 1 and "expected {'value': 26}" in wrong[0]
    assert examples.check_example("x", {**ex, "none": True}, "pct-tariff-right") != []
    assert examples.check_example("x", {**ex, "none": True}, "money-budget") == []


# --------------------------------------------------------------- rules/lexicon.toml
LEXICON_CASES = context.lexicon_examples()


@pytest.mark.parametrize("section,ex", _params(LEXICON_CASES))
def test_lexicon_example(section: str, ex: dict) -> None:
    assert context.check_lexicon_example(section, ex) == []


def test_lexicon_cue_sections_have_examples() -> None:
    sections = {section for _id, section, _ex in LEXICON_CASES}
    assert set(examples.CUE_SECTIONS) <= sections


# ------------------------------------- the other rule files, one example at a time
def _one_example(monkeypatch: pytest.MonkeyPatch, name: str, ex: dict) -> None:
    """rules.load(name) returns the file with `ex` as its only [[examples]] entry, so
    that the file's own checker runs that example alone."""
    real = rules.load
    view = {**real(name), "examples": [ex]}
    monkeypatch.setattr(rules, "load", lambda n: view if n == name else real(n))


def _file_examples(name: str) -> list[tuple[str, dict]]:
    return [(f"{name}-{n}", ex) for n, ex in enumerate(rules.load(name).get("examples", []), 1)]


ONE_AT_A_TIME = [(f"{example_id}", name, ex) for name in ("dates", "numbers", "furniture",
                                                           "metadata")
                 for example_id, ex in _file_examples(name)]


@pytest.mark.parametrize("name,ex", _params(ONE_AT_A_TIME))
def test_rule_file_example(monkeypatch: pytest.MonkeyPatch, name: str, ex: dict) -> None:
    import importlib

    checker = importlib.import_module(CHECKERS[name]).check_rules
    _one_example(monkeypatch, name, ex)
    assert checker() == (1, [])


def _quantity_cases() -> list[tuple[str, dict, str | None, str]]:
    data = rules.load("quantities")
    cases = [(f"quantities-{cur['code']}-{n}", ex, cur["code"], f"[{cur['code']}]")
             for cur in data.get("currency", [])
             for n, ex in enumerate(cur.get("examples", []), 1)]
    cases += [(f"quantities-{ex.get('group', 'other')}-{n}", ex, None,
               f"[{ex.get('group', '?')}]")
              for n, ex in enumerate(data.get("examples", []), 1)]
    return cases


@pytest.mark.parametrize("ex,unit,where", _params(_quantity_cases()))
def test_quantities_example(ex: dict, unit: str | None, where: str) -> None:
    assert quantities._check_example(ex, unit, where) == []


def test_every_example_of_every_file_is_a_test_item() -> None:
    """As many items here as the files' own checkers count examples."""
    counts = {name: n for name, (n, _failures) in check_all().items()}
    assert counts["claims"] == len(CLAIM_CASES)
    assert counts["lexicon"] == len(LEXICON_CASES)
    assert counts["quantities"] == len(_quantity_cases())
    for name in ("dates", "numbers", "furniture", "metadata"):
        assert counts[name] == sum(case[1] == name for case in ONE_AT_A_TIME), name


def test_one_example_view_runs_that_example_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The view the file checkers run on holds the one example: a wrong one fails."""
    from tracker.extract import numbers

    _one_example(monkeypatch, "numbers", {"text": "twenty five", "value": 26})
    n, failures = numbers.check_rules()
    assert n == 1 and len(failures) == 1 and "twenty five" in failures[0]
