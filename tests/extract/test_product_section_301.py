"""A Section 301 rate or date with no goods named is on all goods, as a country-wide
measure's is (tracker/extract/product.py RATE_ALL_GOODS_MEASURES, attributes.py
ALL_GOODS_DATE_MEASURES): one country's 301 schedule, or the older 301 duties told beside
other levies. Sentences of our own."""

from __future__ import annotations

from tracker.extract.engine import extract_text


def _claims(text: str) -> dict[object, tuple[str | None, str | None]]:
    return {c.value: (c.measure, c.product) for c in extract_text(text, "2025-12-01")}


def test_a_schedule_of_section_301_rates_is_on_all_goods() -> None:
    got = _claims("The Section 301 duty on Honduras starts at 5 per cent in 2027 and rises "
                  "to 20 per cent a year later.")
    assert (got[5], got[20]) == (("section_301", "all"), ("section_301", "all"))


def test_the_date_of_a_section_301_step_is_on_all_goods() -> None:
    got = _claims("The Section 301 duty on Honduras starts at 5 per cent in 2027 and rises "
                  "to 20 per cent from Jan. 1, 2028.")
    assert got["2028-01-01"] == ("section_301", "all")


def test_goods_named_keep_their_kind() -> None:
    got = _claims("Chinese semiconductors still pay Section 301 duties of 25 per cent.")
    assert got[25] == ("section_301", "semiconductors")
