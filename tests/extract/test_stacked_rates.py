"""Goods and measure of stacked and all-in sector rates (tracker/extract/product.py,
measure.py): the parts of one sum, its total and the rate it replaces are one goods' levy;
an all-in sector rate keeps the sector's measure; "at the border" names no measure."""

from __future__ import annotations

from tests.extract.step_context import figure_at
from tracker.extract import context as ctx
from tracker.extract import measure, product

STACK = ("Up to 40,000 Chilean cars a year will face 5 per cent on top of the 2.5 per cent "
         "normal duty, 7.5 per cent in all, rather than 27.5 per cent.")


def test_the_parts_total_and_replaced_rate_take_the_first_rates_goods() -> None:
    for value in (2.5, 7.5, 27.5):
        assert product.product(figure_at(STACK, value), None, True).value == "autos", value


def test_a_plus_before_goods_in_general_is_another_levy() -> None:
    text = "Chilean cars pay 25 per cent, plus 10 per cent on all other goods."
    assert product.product(figure_at(text, 10.0), None, True).value != "autos"


def test_the_ordinary_duty_word_after_a_rate_is_that_rates_only() -> None:
    fc = figure_at(STACK, 7.5)
    lo, hi = 0, len(fc.text)
    assert measure._no_programme(fc, lo, hi) is None
    assert measure._no_programme(figure_at(STACK, 2.5), lo, hi) == "normal duty"


def test_where_a_duty_is_paid_is_no_measure() -> None:
    found = ctx.find_measures("Cars pay 15% at the US border; the border levy stays.")
    assert [m.value for m in found] == ["fentanyl"]
    assert found[0].start > 20  # the second "border", not the place


def test_a_cue_past_a_comma_is_another_items() -> None:
    text = ("The deal also covers trucks, currently taxed at 40 per cent, and future levies "
            "on chips.")
    assert product.product(figure_at(text, 40.0), None, True).value == "trucks"


def test_the_goods_that_pay_a_rate_after_it_are_its_goods() -> None:
    text = "Chile won 12%, down from the 20% that Chilean carmakers have paid since May."
    assert product.product(figure_at(text, 20.0), None, True).value == "autos"


def test_another_measure_between_the_goods_and_the_figure_is_another_levy() -> None:
    text = "Section 232 duties on copper stay, as do Section 301 tariffs of up to 20 per cent."
    assert product.product(figure_at(text, 20.0), None, True).value != "copper"
    same = "Section 232 duties on copper, long in place, reach 50 per cent."
    assert product.product(figure_at(same, 50.0), None, True).value == "copper"
