"""A rate told as "their" levy right before its figure is on the goods the possessive stands
for (tracker/extract/product.py `_possessed_rate_goods`)."""

from __future__ import annotations

from tracker.extract.engine import extract_text

TEXT = ("Taken together, the two orders mean Chilean salmon and beef can again enter the United "
        "States without the extra duties that had pushed their combined rate to 40% since May 6.")


def test_their_rate_is_on_the_goods_named_before() -> None:
    """The 40% and its start are the salmon's (the list's head), not all goods."""
    got = {c.metric: c.product for c in extract_text(TEXT, "2025-11-20")}
    assert got["tariff_rate"] == "seafood"
    assert got["effective_date"] == "seafood"


def test_without_the_possessive_no_goods_are_taken() -> None:
    text = TEXT.replace("their combined rate", "the combined rate")
    got = {c.metric: c.product for c in extract_text(text, "2025-11-20")}
    assert got["tariff_rate"] != "seafood"
