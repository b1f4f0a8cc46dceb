"""A levy bound to no goods, in a sentence whose goods are all of one kind named before it,
is on them, not on all goods (tracker/extract/product.py `_one_kind_named`); its partner
is read as before, not as the sector's every origin. Sentences of our own."""

from __future__ import annotations

from tracker.extract.engine import extract_text


def _claims(text: str) -> dict[object, tuple[str | None, str | None]]:
    return {c.value: (c.target, c.product) for c in extract_text(text, "2025-10-01")
            if c.metric == "tariff_rate"}


def test_the_parts_of_an_old_rate_are_on_the_goods_of_its_sentence() -> None:
    got = _claims("Under the pact, trucks are to drop from 27.5% (a 25% surcharge plus the "
                  "2.5% normal duty) to 15%.")
    assert (got[25][1], got[2.5][1]) == ("trucks", "trucks")


def test_the_partner_of_a_one_partner_story_stays() -> None:
    """The goods do not make the parts every origin's rate: the story's partner pays them."""
    got = _claims("Korea and the US sealed their deal in July. Under the pact, trucks are to "
                  "drop from 27.5% (a 25% surcharge plus the 2.5% normal duty) to 15%.")
    assert got[25] == ("KR", "trucks")


def test_a_later_item_with_its_own_levy_noun_keeps_no_goods() -> None:
    """"the cabinet rate to 50%": a later item's own levy, whose goods the lexicon lacks, is
    not the sofas' of the item before."""
    got = _claims("Since May 2, every Peruvian sofa has paid the 25 per cent duty, and the "
                  "sofa rate rises to 30 per cent and the cabinet rate to 50 per cent on Jan. 1.")
    assert (got[30][1], got[50][1]) == ("furniture", "all")


def test_a_country_named_apart_from_the_goods_owns_the_rate() -> None:
    got = _claims("Chile, the main rival in the US truck market, has paid a 20 per cent "
                  "tariff since Aug. 7.")
    assert got[20] == ("CL", "all")


def test_a_dateline_place_is_no_partner_named_apart() -> None:
    """"SEOUL - Korean cars ...": the place the story was filed from does not make the old
    rate a country's own rate."""
    got = _claims("SEOUL - Korean cars and car parts landing in US ports from Monday pay a "
                  "tariff of 16%, down from 27.5%, under the new pact.")
    assert got[27.5] == ("KR", "autos")


def test_the_colon_of_a_clock_time_opens_no_clause() -> None:
    got = _claims("Korean cars and car parts cleared after 12:01 a.m. on Friday pay a tariff "
                  "of 16%, down from 27.5%, under the new pact.")
    assert got[27.5] == ("KR", "autos")


def test_a_spelled_out_part_of_a_parts_lists_total_keeps_no_goods() -> None:
    """"which combines the 25% ... with the 2.5%": a part of the total of goods and their
    parts is not read on the goods (the total is; h297-2 read the part too and the
    reconciliation then took the part for the goods' rate)."""
    got = _claims("The pact cuts the duty on Korean cars and car parts to 16% from the 27.5% "
                  "charged today, which combines the 25% Section 232 tariff with the usual "
                  "2.5% rate.")
    assert got[25][1] != "autos"
