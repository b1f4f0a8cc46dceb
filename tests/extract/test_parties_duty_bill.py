"""A firm's duty bill on a levy has the levy's parties (the US by default), not the goods'
country the sentence before names: an amount told as the levy's take "in those duties", and
the parts and total of a worked bill joined to the levy's own value ("$30,000 of steel duty
plus $36,000 ..., or $66,000 in all"; tracker/extract/parties.py `levy_valued`,
`_bill_goes_on`). Sentences of our own."""

from __future__ import annotations

from tracker.extract.engine import extract_text

WORKED = ("Since August the presses have paid the EU rate of 15 per cent plus the 50 per cent "
          "metals duty. On a $300,000 press with $60,000 of steel, the broker counted $30,000 "
          "of steel duty plus $36,000 on the remaining $240,000, or $66,000 in all.")


def _parties(text: str) -> dict[object, tuple[str | None, str | None]]:
    return {c.value: (c.imposer, c.target) for c in extract_text(text, "2025-10-01")
            if c.kind == "amount"}


def test_parts_and_total_of_a_worked_bill_are_the_levys() -> None:
    got = _parties(WORKED)
    assert got[36_000] == ("US", "EU")
    assert got[66_000] == ("US", "EU")


def test_the_base_of_a_bill_is_no_part_of_it() -> None:
    """"on the remaining $240,000": the value the duty falls on, joined by no "plus" or
    ", or", keeps its own reading."""
    assert _parties(WORKED)[240_000][0] != "US"


def test_a_bill_paid_in_those_duties() -> None:
    got = _parties("Our member in Ohio imports lamps from Thailand. It has paid about $410,000 "
                   "in those duties since April, mostly the 10 per cent baseline on goods from "
                   "Thailand.")
    assert got[410_000][0] == "US"


def test_the_bill_after_the_value_a_levy_falls_on_is_the_levys() -> None:
    """"the duty falls on $90,000 of value, or $22,500": the bill told after the covered
    value has that levy's parties, not the goods' country named first in the sentence."""
    got = _parties("The 25 per cent US duty on heavy trailers applies from Nov. 1. For a "
                   "buyer of a $150,000 trailer built in Mexico, the duty falls on $90,000 of "
                   "value, or $22,500, a dealer said.")
    assert got[22_500][0] == "US"


def test_a_levys_take_on_an_owners_us_shipments_is_the_us_levys() -> None:
    """"on its $3 million of monthly US shipments": the mill's sales to the US, not US
    goods, so the levy's take is the US's on the mill's country, not a counter-levy."""
    got = _parties("The 10 per cent lumber duty took effect on Oct. 14. A mill in Quebec, "
                   "Canada, told us the duty adds about $250,000 a month on its $3 million of "
                   "monthly US shipments.")
    assert got[250_000][0] == "US"
