"""The goods of an amount that is no levy's rate (tracker/extract/product.py, `_product`'s
branch for flows and amounts): the nearest goods named, and a levy's list of goods by its
head, as a levy's rate reads it."""

from __future__ import annotations

from tracker.extract.engine import extract_text

COST = ("Milwaukee's press maker said the doubled US duties on steel and aluminium will cost "
        "it about $85 million this year, up from the $50 million it planned in May.")


def test_an_amount_beside_a_levys_list_of_goods_takes_its_head() -> None:
    """"duties on steel and aluminium ... the $50 million": steel, not the nearer aluminium."""
    cost = next(c for c in extract_text(COST, "2025-08-06") if c.value == 50_000_000)
    assert cost.product == "steel"


def test_a_list_of_purchases_is_no_levys_list() -> None:
    """Goods listed with no levy word before them keep the nearest one."""
    text = ("Lima pledged to buy more jets and raise its defence spending with American "
            "makers to $17 billion.")
    pledge = next(c for c in extract_text(text, "2025-08-06") if c.value == 17_000_000_000)
    assert pledge.product == "defense"
