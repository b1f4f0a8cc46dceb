"""A country's trade report told on (tracker/extract/parties.py, `_report_owner`): flows
whose sentence names no country, after a sentence that names a country right before its
own flow or balance ("the US trade deficit"), are that country's."""

from __future__ import annotations

from tracker.extract.engine import extract_text

REPORT = ("Canadian lumber mills cut shifts again this week. A government report showed the "
          "US trade deficit shrank in May. The gap narrowed 12% to $70 billion, the statistics "
          "office said. Imports slid 4% to $330 billion while exports rose to $260 billion.")


def test_the_flows_of_a_report_told_on_are_its_countrys() -> None:
    """Not Canada's, though the article opens on Canada: the report is the US's."""
    claims = {c.metric: c for c in extract_text(REPORT, "2025-07-03")}
    for metric in ("imports", "exports", "change"):
        assert (claims[metric].imposer, claims[metric].target) == ("US", None), metric


def test_a_country_named_in_between_ends_the_report() -> None:
    """The nearest sentence that names a country decides: here it names Canada's own
    exports, so the flows after it are Canada's."""
    text = REPORT.replace("The gap narrowed", "Canada's exports to Asia held up. The gap "
                                              "narrowed")
    claims = {c.metric: c for c in extract_text(text, "2025-07-03")}
    assert claims["imports"].imposer == "CA"


def test_a_datelines_city_does_not_own_a_partners_exports() -> None:
    """"OSLO, May 4 - Peruvian exports ... fell 12%": the exports are Peru's, not the city's
    the story was filed from."""
    text = ("OSLO, May 4 - Peruvian exports to the United States fell 12 per cent in April from "
            "a year earlier, customs data showed.")
    change = next(c for c in extract_text(text, "2025-05-04") if c.metric == "change")
    assert (change.imposer, change.target) == ("PE", "US")
