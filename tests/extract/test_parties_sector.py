"""A Section 232 sector's levy on its goods from every origin (tracker/extract/parties.py,
levy_target): with no partner named in its sentence it is everyone's (target `*`), even in
an article about one partner. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.extract.step_context import figure_at
from tracker.extract import parties
from tracker.extract.engine import extract_text

LEAD = "Peru's carmakers are bracing for a hard year. "


@pytest.mark.parametrize("sentence", [
    "The 25% duty on all imported cars began on April 3.",
    "The Section 232 tariff on foreign cars has applied since April 3.",
    "Cars imported into the United States have paid a 25% duty since April 3.",
])
def test_a_sectors_start_on_goods_from_everywhere_is_everyones(sentence: str) -> None:
    got = [(c.target, c.product, c.measure) for c in extract_text(LEAD + sentence, "2025-07-01")
           if c.metric == "effective_date"]
    assert got == [("*", "autos", "section_232")]


def test_the_evidence_names_the_words() -> None:
    fc = figure_at(LEAD + "The 25% duty on all imported cars began on April 3.", "2025-04-03")
    got = parties.levy_parties(fc, "tariff_rate")
    assert got.values == ("US", "*")
    assert "every origin" in got.target.evidence and "imported cars" in got.target.evidence


@pytest.mark.parametrize("sentence", [
    "Its cars have paid the 25% duty since April 3.",       # "its": the partner's own goods
    "Peruvian cars have paid the 25% duty since April 3.",  # the partner named
    "The 25% duty on all imported shoes began on April 3.",  # no Section 232 sector
])
def test_a_partners_own_goods_stay_the_partners(sentence: str) -> None:
    got = [c.target for c in extract_text(LEAD + sentence, "2025-07-01")
           if c.metric == "effective_date"]
    assert got == ["PE"]


MEXICO_LEAD = ("Mexican parts makers in Saltillo say US tariffs on Mexico keep biting, unlike "
               "those on rivals in Vietnam. Orders slowed in August. ")


@pytest.mark.parametrize(("sentence", "target"), [
    ("Trucks still pay 25%.", "MX"),                      # what its goods pay now
    ("Trucks stay at 25% for now.", "MX"),
    ("Trucks pay 25% under Section 232.", "*"),           # paid under the sector's measure
    ("The 25% duty on trucks began in the spring.", "*"),  # no paying verb: every origin
])
def test_a_sector_rate_paid_in_an_article_about_one_partner(sentence: str, target: str) -> None:
    got = [c.target for c in extract_text(MEXICO_LEAD + sentence, "2025-09-20")
           if c.metric == "tariff_rate" and c.value == 25]
    assert got == [target]


@pytest.mark.parametrize(("sentence", "target"), [
    # the sector levy a partner's goods are shielded from is everyone's
    ("Swiss-made medicines will enter the US at a zero tariff for two years, shielding them "
     "from the 100% duty on branded drugs announced in September.", "*"),
    ("Swiss-made medicines will enter at a zero tariff, lifting the threat of the 100% duty "
     "on branded drugs.", "*"),
    # not a sector's levy: the partner's own rate it is spared
    ("The deal cut Swiss goods to a 15% tariff, sparing them the 39% rate of August.", "CH"),
])
def test_the_sector_levy_a_partner_is_shielded_from(sentence: str, target: str) -> None:
    value = 100 if "100%" in sentence else 39
    got = [c.target for c in extract_text(sentence, "2025-11-20")
           if c.metric == "tariff_rate" and c.value == value]
    assert got == [target]


@pytest.mark.parametrize(("sentence", "target"), [
    # a levy said never to have been applied to a country does not hit it
    ("Drug makers had feared a 100% tariff on branded medicines set for October, which was "
     "never applied to Switzerland.", "*"),
    ("Drug makers had feared a 100% tariff on branded medicines, not yet applied to the UK.", "*"),
    # applied to it, it does
    ("Swiss drug makers face a 100% tariff on branded medicines, applied to Switzerland in "
     "October.", "CH"),
])
def test_a_levy_never_applied_to_a_country(sentence: str, target: str) -> None:
    got = [c.target for c in extract_text(sentence, "2025-11-20")
           if c.metric == "tariff_rate" and c.value == 100]
    assert got == [target]
