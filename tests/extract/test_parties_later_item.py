"""A country that a later rate of a list names in its own phrase, after its levy noun or
"goods from" ("the 40% combined rate on Brazilian goods", "the 35% duties on goods from
Canada"), is that rate's, not an earlier item's (tracker/extract/parties.py
`_other_items_country`, LATER_ITEM_RATE_COUNTRY_RE). Sentences of our own."""

from __future__ import annotations

from tracker.extract.engine import extract_text


def _targets(text: str) -> dict[object, str | None]:
    return {c.value: c.target for c in extract_text(text, "2025-06-01")
            if c.metric == "tariff_rate"}


def test_the_first_item_keeps_no_later_items_country() -> None:
    got = _targets("The court's order reaches the 10% baseline tariff on goods from most "
                   "partners, the 40% combined rate on Brazilian goods and the 35% duties on "
                   "goods from Canada.")
    assert (got[10], got[40], got[35]) == ("*", "BR", "CA")


def test_an_earlier_rate_on_the_partner_keeps_its_country() -> None:
    """"The 39% rate on Swiss goods ...; until then, shipments pay 10%": the old rate the
    same partner pays, not another item's country."""
    got = _targets("The 39 per cent rate on Swiss goods starts in October; until then, "
                   "shipments still pay the 10 per cent baseline.")
    assert (got[39], got[10]) == ("CH", "CH")
