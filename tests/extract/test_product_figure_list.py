"""A rate that goes on a list of figures is on the goods the list's first figure has
(tracker/extract/product.py `_list_mate_goods`), the mirror of goods told after the list."""

from __future__ import annotations

from tracker.extract.engine import extract_text


def _rates(text: str) -> dict[float, str | None]:
    return {c.value: c.product for c in extract_text(text, "2025-11-10")
            if c.metric == "tariff_rate"}


def test_the_second_figure_of_a_list_takes_the_goods_before_it() -> None:
    """"the fish duties of 12 and 18 per cent": both on seafood, not the 18 on all goods."""
    text = ("Peru dropped the fish duties of 12 and 18 per cent that it added in May, the trade "
            "ministry said on Monday.")
    assert _rates(text) == {12.0: "seafood", 18.0: "seafood"}


def test_goods_inside_the_list_are_their_own_figures() -> None:
    """"25% on steel and 10% on copper" is no list of figures: each keeps its own goods."""
    text = ("Chile will impose tariffs of 25% on steel and 10% on copper from June 1, officials "
            "said.")
    assert _rates(text) == {25.0: "steel", 10.0: "copper"}

