"""The amount a levy covers, told as goods of no kind right after it, is on all goods
(tracker/extract/product.py `_covered_goods_of_no_kind`; the past "covered" before the
amount: rules/status.toml [covered_amount] `before`)."""

from __future__ import annotations

from tracker.extract.engine import extract_text


def _amounts(text: str) -> dict[object, tuple[str | None, str | None]]:
    return {c.value: (c.metric, c.product) for c in extract_text(text, "2025-06-01")
            if c.kind == "amount"}


def test_a_counter_tariff_on_an_amount_of_goods_of_no_kind() -> None:
    got = _amounts("Lisbon's answer so far is a 25 per cent counter-tariff on €4 billion of "
                   "American goods.")
    assert got[4e9] == ("other_amount", "all")


def test_a_list_that_covered_an_amount() -> None:
    """"covered" in the past tense names the amount a levy covers, as "covers" does."""
    got = _amounts("Portugal's first round of counter-tariffs, in May, covered €4 billion of "
                   "US products.")
    assert got[4e9] == ("other_amount", "all")


def test_goods_of_a_kind_keep_their_sector() -> None:
    got = _amounts("Portugal put 25 per cent counter-tariffs on €4 billion of US farm goods.")
    assert got[4e9][1] == "agriculture"


def test_goods_restricted_by_examples_are_not_all() -> None:
    got = _amounts("Portugal put 25 per cent counter-tariffs on €4 billion of US goods such as "
                   "pork and corn.")
    assert got[4e9][1] != "all"


def test_a_purchase_is_no_levy_amount() -> None:
    """An amount bought, with no levy in its sentence, keeps no product of its own."""
    got = _amounts("Portugal bought €4 billion of American goods last year.")
    assert got[4e9][1] is None
