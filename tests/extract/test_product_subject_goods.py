"""The goods of a sentence that opens with a country's goods carrying a levy ("Peruvian
timber also carries duties that ... raised to 30%"): tracker/extract/product.py
`_country_goods_subject`."""

from __future__ import annotations

from tracker.extract.engine import extract_text

CARRIES = ("Peruvian timber also carries countervailing duties that the Commerce Department "
           "raised to about 30% in June, so the all-in charge on a cargo is now about 40%.")


def test_every_rate_of_the_sentence_is_on_the_goods_that_carry_the_levy() -> None:
    """The 30% told in the relative clause and the 40% of the clause after it."""
    got = {c.value: c.product for c in extract_text(CARRIES, "2025-10-15")
           if c.metric == "tariff_rate"}
    assert got == {30: "lumber", 40: "lumber"}


def test_without_the_levy_verb_the_opening_goods_are_not_carried() -> None:
    """"Peruvian timber is cheap": the goods open the sentence but carry no levy there."""
    text = ("Peruvian timber is cheap this year, and the all-in charge on a cargo of "
            "anything is now about 40% after the new tariffs.")
    got = [c.product for c in extract_text(text, "2025-10-15") if c.value == 40]
    assert got and got[0] != "lumber"


def test_a_bulleted_list_of_sectors_opens_its_sentence() -> None:
    """"- Copper, steel and lumber duties ... stay at 25 percent": a list's bullet before the
    goods that open the sentence leaves them its subject."""
    text = ("What the deal leaves alone:\n- Copper, steel and lumber duties under Section 232 "
            "are not part of it and stay at 25 percent.")
    rate = next(c for c in extract_text(text, "2025-05-12") if c.value == 25)
    assert rate.product == "copper"
