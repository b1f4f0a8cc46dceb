"""Goods of no kind as the subject that pays a sentence's levy: every levy figure and date
after the paying verb is on all goods, whatever the measure (tracker/extract/product.py
`_any_goods_subject`)."""

from __future__ import annotations

from tracker.extract.engine import extract_text

LEAD = "The US closed its Section 301 case on Peru's labour rules. "


def _products(text: str) -> dict[object, str | None]:
    return {c.value: c.product for c in extract_text(LEAD + text, "2025-11-20")}


def test_goods_of_no_kind_that_pay_a_phased_levy() -> None:
    """Each step of the levy and each of its days is on all of Peru's goods."""
    got = _products("Goods from Peru that do not meet the CAFTA rules will face a Section 301 "
                    "tariff of 5 per cent from Jan. 1, 2026, rising to 20 per cent on Jan. 1, "
                    "2027.")
    assert [got[k] for k in (5, 20, "2026-01-01", "2027-01-01")] == ["all"] * 4


def test_a_countrys_goods_with_an_auxiliary() -> None:
    got = _products("Peruvian goods that miss the pact's rules still pay a Section 301 duty of "
                    "12 per cent.")
    assert got[12] == "all"


def test_goods_of_a_kind_keep_their_own_rate() -> None:
    """"and copper a tariff of 8 per cent": a rate the other steps bind to goods of a kind
    stays theirs, though goods of no kind open the sentence."""
    got = _products("Goods from Peru will face a Section 301 tariff of 5 per cent, and copper "
                    "a tariff of 8 per cent.")
    assert got[8] != "all"

