"""A partner's own levy told with no country imposing it (tracker/extract/parties.py):
a retaliation named at the figure (`named_retaliation_parties`) and a levy's money in the
partner's own currency (`home_currency_parties`) are the partner's, on the US."""

from __future__ import annotations

from tracker.extract.engine import extract_text
from tracker.models import Claim


def _one(text: str, value: float, published: str = "2025-10-20") -> Claim:
    return next(c for c in extract_text(text, published) if c.value == value)


def test_a_counter_tariff_named_at_the_figure_is_the_partners() -> None:
    text = ("Federal officials cut the number of US-built trucks that two carmakers may bring "
            "into Canada without paying the 25 per cent counter-tariff.")
    got = _one(text, 25.0)
    assert (got.imposer, got.target, got.measure) == ("CA", "US", "retaliatory")


def test_a_retaliation_for_a_named_us_levy_leaves_that_levy_the_uss() -> None:
    """The US levy answered is named ("US tariffs on Canada"): its rate stays a US one."""
    text = ("The surtax was in retaliation for US tariffs on Canada, which since August have "
            "stood at 35 per cent on goods outside the pact.")
    got = _one(text, 35.0)
    assert (got.imposer, got.target) == ("US", "CA")


def test_a_fee_in_the_partners_currency_is_the_partners() -> None:
    text = ("Freight rates eased. The commerce ministry said it would stop charging US-linked "
            "vessels a special fee of 300 yuan per net ton from next month.")
    got = _one(text, 300.0)
    assert (got.imposer, got.target, got.measure) == ("CN", "US", "retaliatory")


def test_a_dollar_fee_stays_the_uss() -> None:
    text = ("Freight rates eased. Ships built in China will pay a fee of $50 per net ton at "
            "every US port from next month.")
    got = _one(text, 50.0)
    assert got.imposer == "US"


def test_a_retaliation_list_in_the_partners_currency_is_the_partners() -> None:
    text = ("Washington doubled its metal tariffs in June. The package merged the two lists: "
            "the EUR 18 billion response to the metals duties and a second list of goods.")
    got = _one(text, 18e9, "2025-07-20")
    assert (got.imposer, got.target) == ("EU", "US")
