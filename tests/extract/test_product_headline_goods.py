"""A firm's own figure whose sentence names no goods, in an article whose headline names one
kind of goods: the headline's goods (tracker/extract/product.py `headline_goods`)."""

from __future__ import annotations

from tracker.extract.engine import extract_text

TITLE = "Ohio valve maker reprices its range for the 50% steel tariff"


def _products(text: str, title: str = TITLE) -> dict[float, str | None]:
    return {c.value: c.product for c in extract_text(text, "2025-06-20", title=title)}


def test_a_firms_share_takes_the_headlines_goods() -> None:
    """"About 35 per cent of the company's sales go to Canada": no goods in its sentence;
    the story is about steel."""
    text = "Dana Vell runs Brookside Valve. About 35 per cent of the company's sales go to Canada."
    assert _products(text)[35] == "steel"


def test_a_firms_sales_take_the_headlines_goods() -> None:
    """"valves" are no sector of the lexicon: the mill's sales are the story's goods."""
    text = "The mill sold $14 million of valves to Canadian customers in 2024."
    assert _products(text)[14_000_000] == "steel"


def test_no_headline_goods_leaves_the_figure_without_goods() -> None:
    text = "About 35 per cent of the company's sales go to Canada."
    assert _products(text, "Ohio valve maker reprices its range")[35] is None


def test_goods_of_no_kind_are_not_the_headlines() -> None:
    """"Its exports of goods to Canada fell 12 per cent": goods of every kind."""
    assert _products("Its exports of goods to Canada fell 12 per cent.")[12] is None


def test_a_countrys_trade_balance_is_no_firms_figure() -> None:
    got = _products("The US deficit with Canada was $63 billion last year.")
    assert got[63_000_000_000] is None


def test_a_levys_term_is_the_levys() -> None:
    """"The new tariff-rate quota is 60 per cent of last year's volume": a term of the
    levy, whose goods the levy's own steps read, not the firm's figure."""
    got = _products("The new tariff-rate quota is 60 per cent of last year's volume.")
    assert got[60] is None
