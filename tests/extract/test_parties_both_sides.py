"""Both sides' levies in one sentence (tracker/extract/parties.py, article_passes.py):
a country's own levy is that of the figure right after it; a date said of both sides is
keyed to the first side; a country after "from" or a US speaker is no levier; a
country whose own government plans a levy imposes it; "The extension ..." told again is
the partner's of the sentence before."""

from __future__ import annotations

from tracker.extract import parties
from tracker.extract.engine import extract_text

KEEPS = ("The accord keeps the US tariff on Peruvian textiles at 18% and Peru's duty on "
         "American wheat at 6% through March 3.")


def _rates(text: str, published: str) -> list[tuple[object, str | None, str | None]]:
    return [(c.value, c.imposer, c.target) for c in extract_text(text, published)
            if c.metric in ("tariff_rate", "effective_date")]


def test_an_own_levy_does_not_reach_across_another_rate() -> None:
    got = _rates(KEEPS, "2025-01-10")
    assert (18.0, "US", "PE") in got and (6.0, "PE", "US") in got


def test_a_date_held_by_one_verb_for_both_sides_is_the_first_sides() -> None:
    assert ("2025-03-03", "US", "PE") in _rates(KEEPS, "2025-01-10")


def test_both_before_a_date_gives_it_to_the_first_side() -> None:
    text = ("Washington will trim its levy on Chilean wine from 40% to 15% and Chile will "
            "lower its duty on US pork from 30% to 5%, both from July 1.")
    assert ("2025-07-01", "US", "CL") in _rates(text, "2025-06-01")


def test_a_date_after_the_other_sides_own_verb_stays_its_own() -> None:
    text = ("Washington raised its levy on Chilean wine to 40% and Chile hit back with a 30% "
            "duty on US pork from Thursday.")
    assert ("2025-06-05", "CL", "US") in _rates(text, "2025-06-02")


def test_date_of_both_sides_reads_both_and_a_shared_verb() -> None:
    s = "Rates fall to 5% and 8%, both from May 1."
    assert parties.date_of_both_sides(s, s.index("5%") + 2, s.index("8%"), s.index("May"))
    s = "A keeps 5% on B and C's duty at 8% until May 1."
    assert parties.date_of_both_sides(s, s.index("5%") + 2, s.index("8%"), s.index("May"))
    s = "A cut to 5% and C raised its duty to 8% on May 1."
    assert not parties.date_of_both_sides(s, s.index("5%") + 2, s.index("8%"), s.index("May"))


def test_goods_from_a_country_are_not_its_levy() -> None:
    text = "The tariff on small parcels from Peru was cut to 12 per cent from 20 per cent."
    assert (12.0, "US", "PE") in _rates(text, "2025-06-01")


def test_a_us_speaker_is_no_origin_of_goods() -> None:
    text = ("Trump set a 30% tariff on Peru. A White House aide said goods traded under the "
            "pact keep their exemption, and fertiliser would stay at 10%.")
    got = _rates(text, "2025-06-01")
    assert (10.0, "US", "PE") in got


def test_a_countrys_own_government_planning_a_levy_imposes_it() -> None:
    text = ("Chile's government has asked lawmakers to approve duties of up to 35 per cent on "
            "steel from China.")
    assert (35.0, "CL", "CN") in _rates(text, "2025-09-10")
    text = "Peru wants leverage: its congress is weighing tariffs of 20 per cent on Chinese cars."
    assert [r[1] for r in _rates(text, "2025-09-10")] == ["PE"]


def test_a_us_levy_weighed_by_a_parliament_stays_the_uss() -> None:
    text = "Peru's parliament is weighing the 20% US tariff on its copper."
    assert _rates(text, "2025-04-12") == [(20.0, "US", "PE")]
    text = "China's commerce ministry criticised the 145% tariff on Chinese goods."
    assert _rates(text, "2025-04-12") == [(145.0, "US", "CN")]


def test_the_extension_told_again_is_the_partners_of_the_sentence_before() -> None:
    text = ("Washington agreed to give Peru a few more weeks, as the 60-day extension nears "
            "its end. The extension was due to lapse on March 3.")
    assert ("2025-03-03", "US", "PE") in _rates(text, "2025-02-25")
    text = "The White House paused the higher rates for 90 days. The suspension runs until July 9."
    assert ("2025-07-09", "US", None) in _rates(text, "2025-04-10")
