"""A rate told as the level another is measured against, whose own phrase names goods of
no kind ("instead of the 30% applied to most Colombian goods"), is on all goods, not on
the goods of the rate before it (tracker/extract/product.py `_own_goods_of_no_kind`).
Sentences of our own."""

from __future__ import annotations

from tracker.extract.engine import extract_text


def _products(text: str) -> dict[object, str | None]:
    return {c.value: c.product for c in extract_text(text, "2025-06-01")
            if c.metric == "tariff_rate"}


def test_the_level_applied_to_goods_of_no_kind() -> None:
    got = _products("A carve-out sets the US duty on Colombian coffee at 10 per cent instead "
                    "of the 30 per cent applied to most Colombian goods.")
    assert (got[10], got[30]) == ("coffee", "all")


def test_a_level_with_no_goods_of_its_own_keeps_the_goods() -> None:
    """"instead of the 30% charged in May": the same goods' earlier level."""
    got = _products("A carve-out sets the US duty on Colombian coffee at 10 per cent instead "
                    "of the 30 per cent charged in May.")
    assert (got[10], got[30]) == ("coffee", "coffee")
