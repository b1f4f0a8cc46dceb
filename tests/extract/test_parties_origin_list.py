"""Origins listed by adjective before one goods noun ("Chinese and Hong Kong parcels"): a
figure for the list is told of its first member, as "goods from China and Hong Kong" is
(tracker/extract/parties.py, levy_target and _with_list_head). Sentences of our own."""

from __future__ import annotations

import pytest

from tracker.extract.engine import extract_text

LEAD = "Cheap mail was squeezed by new US tariffs. "


@pytest.mark.parametrize(("sentence", "target"), [
    ("Peruvian and Hong Kong parcels lost their exemption, when small packages briefly "
     "faced 90 percent.", "PE"),
    ("Chilean and Peruvian parcels briefly faced a tariff of 90 percent.", "CL"),
    ("Parcels from Chile and Peru briefly faced a tariff of 90 percent.", "CL"),
])
def test_a_list_of_origins_is_told_of_its_first(sentence: str, target: str) -> None:
    got = [c.target for c in extract_text(LEAD + sentence, "2025-09-01")
           if c.metric == "tariff_rate" and c.value == 90]
    assert got == [target]


def test_a_country_on_its_own_keeps_the_figure() -> None:
    got = [c.target for c in extract_text(LEAD + "Peruvian parcels briefly faced 90 percent, "
                                          "and Chilean ones 60 percent.", "2025-09-01")
           if c.metric == "tariff_rate" and c.value == 60]
    assert got == ["CL"]


def test_a_figure_after_a_list_of_rival_makers_is_told_of_its_first() -> None:
    """h245-2: a rate told after a list of partners, the last name nearest it by place only
    ("Peruvian and Bolivian rivals pay 10 percent"): the first of the list, as the cued
    branches read "goods from Peru and Bolivia pay 10%" (parties.levy_target)."""
    got = [c.target for c in extract_text(
        "US tariffs hit copper. Peruvian and Bolivian rivals pay 10 percent.", "2025-09-01")
        if c.metric == "tariff_rate" and c.value == 10]
    assert got == ["PE"]
