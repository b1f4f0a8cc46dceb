"""Goods named as the exception of goods of no kind ("Peruvian goods other than trucks")
are not the goods of the sentence's levy, which is on all the others
(tracker/extract/product.py `_not_excepted_from_any_goods`). Sentences of our own."""

from __future__ import annotations

from tracker.extract.engine import extract_text


def _products(text: str) -> dict[object, str | None]:
    return {c.value: c.product for c in extract_text(text, "2025-10-01")
            if c.metric == "tariff_rate"}


def test_the_exception_of_goods_of_no_kind_is_not_the_levy_s_goods() -> None:
    got = _products("Chilean goods other than trucks have paid a 20 per cent US tariff "
                    "since Aug. 7.")
    assert got[20] == "all"


def test_goods_of_a_kind_before_an_exception_keep_it_to_other_steps() -> None:
    """"trucks other than buses": the exception of goods of a kind leaves the trucks."""
    got = _products("Chilean trucks other than buses have paid a 20 per cent US tariff "
                    "since Aug. 7.")
    assert got[20] == "trucks"


def test_goods_told_by_the_kind_they_are_not_are_goods_of_no_kind() -> None:
    got = _products("Goods that are not trucks keep paying the 10 per cent baseline.")
    assert got[10] == "all"
