"""Rates in an article about one sector's levy that are not that sector's: a sentence
listing partners' own rates (tracker/extract/product.py `_country_rates`) and a country's
own levy phrase naming no goods after goods of another phrase (`_own_possessive_phrase`)."""

from __future__ import annotations

from tracker.extract.engine import extract_text

TITLE = "Peru's chipmakers brace for a 100% US tariff on semiconductors"
TEXT = ("Peru's chipmakers said on Wednesday they expect to avoid the 100% US tariff on "
        "semiconductors announced a day earlier. Neighbours fared differently under the same "
        "order: Chile got 15 per cent, Bolivia 20 per cent, while Ecuador and Colombia got 30 "
        "and 25 per cent respectively. The chip threat arrived as Peru's broader US tariff of "
        "18 per cent took effect on Thursday.")


def _products() -> dict[float, str | None]:
    return {c.value: c.product for c in extract_text(TEXT, "2025-08-08", title=TITLE)
            if c.metric == "tariff_rate"}


def test_the_sector_levy_keeps_its_goods() -> None:
    assert _products()[100] == "semiconductors"


def test_a_list_of_partners_rates_is_on_all_their_goods() -> None:
    """Chile's 15%, Bolivia's 20%, and the two rates told "respectively": country rates."""
    got = _products()
    assert [got[v] for v in (15, 20, 30, 25)] == ["all"] * 4


def test_a_countrys_own_levy_phrase_after_other_goods_is_on_all_goods() -> None:
    """"The chip threat arrived as Peru's broader US tariff of 18 per cent took effect":
    the chips are the threat's, not the 18%'s."""
    assert _products()[18] == "all"


def test_a_share_is_no_second_rate() -> None:
    """"shifted 15 per cent of its orders to Chile and Bolivia, which both pay 19 per cent":
    one rate and a share ("15 per cent of"), so no list of partners' different rates; the
    rule leaves the rate as the article's other steps read it."""
    title = "Peru furniture maker lifts tariff bill as US sofa duty bites"
    text = ("Lima-based Casa Andina said the 25% US tariff on upholstered furniture raised its "
            "costs again. It shifted 15 per cent of its orders to Chile and Bolivia, which both "
            "pay 19 per cent.")
    got = {c.value: c.product for c in extract_text(text, "2025-08-08", title=title)
           if c.metric == "tariff_rate"}
    assert got[19] == "furniture"
