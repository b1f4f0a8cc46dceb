"""Who levies goods from the US, a retaliation told by its own side, and the change of a
trade balance (tracker/extract/parties.py, h59). Sentences written for these tests."""

from __future__ import annotations

from tracker.extract.engine import extract_text


def _parties(text: str, metric: str | None = None) -> list[tuple[object, str | None, str | None]]:
    return [(c.value, c.imposer, c.target) for c in extract_text(text, "2025-05-02")
            if metric is None or c.metric == metric]


def test_a_levy_on_goods_from_the_us_is_the_other_country_s() -> None:
    """The US does not levy its own goods: the country named beside them does."""
    got = _parties("Peruvian officials set a 20% duty on all imports arriving from the US.")
    assert got == [(20.0, "PE", "US")]


def test_a_levy_on_us_goods_in_a_sentence_naming_no_levier_takes_the_one_before() -> None:
    text = ("Peru announced higher duties on American farm goods. From May 5, all goods from "
            "the US will face a 20% tariff.")
    assert sorted(_parties(text), key=str) == [("2025-05-05", "PE", "US"), (20.0, "PE", "US")]


def test_us_imports_are_america_s_own() -> None:
    """'U.S. imports' are the ones arriving in the US: the US levies them."""
    assert _parties("US imports of Peruvian copper face a 20% tariff.") == [(20.0, "US", "PE")]


def test_a_person_named_for_the_us_is_no_goods_of_the_us() -> None:
    got = _parties("President Trump is exempting goods made in Peru from the 25% tariffs.")
    assert got == [(25.0, "US", "PE")]


def test_a_country_s_own_measures_are_its_levy() -> None:
    """'Peru's retaliatory measures' are Peru's, also with another country hit before the
    date."""
    got = _parties("Peru’s retaliatory measures on wine from Chile will end on July 1.")
    assert got == [("2025-07-01", "PE", "CL")]


def test_a_change_of_a_deficit_is_owned_as_the_deficit() -> None:
    """The goods' country before the figure does not own the change of the balance."""
    text = ("Peruvian shipments to the United States slowed, bringing the trade deficit down "
            "to $2 billion, a 40% drop on the year.")
    assert _parties(text, "change") == [(40.0, "US", "PE")]
    assert _parties(text, "trade_deficit") == [(2e9, "US", "PE")]


def test_a_flow_between_the_balance_and_the_change_keeps_the_change_the_flow_s() -> None:
    text = "Peru's trade surplus grew as its exports to Chile rose 12% in May."
    assert _parties(text, "change") == [(12.0, "PE", "CL")]


def test_a_levy_against_the_us_is_another_side_s_but_a_complaint_is_not_a_levy() -> None:
    assert _parties("Peru will put 15% duties against the US in place next month.") == \
        [(15.0, "PE", "US")]
    got = _parties("Canada filed a complaint against the US over its 25% tariff on steel.")
    assert [(v, imp) for v, imp, _ in got] == [(25.0, "US")]
