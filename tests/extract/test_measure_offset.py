"""A share US assemblers claim back against the Section 232 levy on parts (an "offset",
a "credit": tracker/extract/measure.py `levy_offset`, parties.py `flow_parties`)."""

from __future__ import annotations

from tracker.extract.engine import extract_text


def _share(text: str, value: float):
    return next(c for c in extract_text(text, "2025-06-01")
                if c.metric == "share" and c.value == value)


def test_an_offset_share_is_the_us_levys_on_every_origin() -> None:
    """Not the article's partner's share of anything: what the US gives back of its own
    levy on parts from every origin, under the sector's (Section 232) levy."""
    got = _share("Under the new order, firms that build trucks in Ohio may claim an offset "
                 "worth 4.25% of each truck's list price against the duties on imported "
                 "parts, and 3% in the second year.", 4.25)
    assert (got.imposer, got.target, got.measure) == ("US", "*", "section_232")


def test_a_credit_with_a_partner_named_before_is_still_the_us_levys() -> None:
    got = _share("Mexico's truck builders in Texas can get a credit worth 4.25% of a truck's "
                 "value against parts tariffs.", 4.25)
    assert (got.imposer, got.target, got.measure) == ("US", "*", "section_232")


def test_a_share_claimed_back() -> None:
    got = _share("Truck builders in Texas can claim back 4.25 per cent of each truck's "
                 "sticker price on imported parts.", 4.25)
    assert (got.imposer, got.measure) == ("US", "section_232")


def test_a_credit_on_goods_of_no_sector_levy_is_no_offset() -> None:
    """The offset word alone is not enough: the sentence names no Section 232 goods."""
    got = _share("Peru grants its exporters a credit worth 4% of their coffee sales.", 4.0)
    assert (got.imposer, got.measure) == ("PE", None)
