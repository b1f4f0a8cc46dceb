"""A commodity's shorter name ("beans" after "soybeans") names that commodity once the
article has named it in full (rules/lexicon.toml [commodities]
short_names, tracker/extract/product.py `_full_name`); an article naming no such commodity
reads the word as its sector, and an answer naming goods only by a shorter name takes the
goods its question asks about."""

from __future__ import annotations

from tracker.extract.engine import extract_text


def _rates(text: str) -> dict[float, str | None]:
    return {c.value: c.product for c in extract_text(text, "2025-11-20")
            if c.metric == "tariff_rate"}


def test_beans_in_a_soybean_story_are_soybeans() -> None:
    text = ("China agreed to buy more soybeans from Iowa this winter. Crushers in Dalian pay a "
            "17 per cent tariff on American beans; Argentine beans pay the usual 4 per cent.")
    got = _rates(text)
    assert got[17] == "soybeans"
    assert got[4] == "soybeans"


def test_beans_beside_another_commodity_are_that_commodity() -> None:
    text = ("Peru sold $2.1 billion of coffee to the US last year, a quarter of the green beans "
            "American roasters bought.")
    got = {c.metric: c.product for c in extract_text(text, "2025-11-20")}
    assert got["exports"] == "coffee"


def test_beans_with_no_soybeans_named_are_farm_goods() -> None:
    text = ("Exporters in Santos say their beans have faced a 40 per cent duty at US ports "
            "since May.")
    assert _rates(text)[40] == "agriculture"


def test_an_answer_naming_beans_takes_the_goods_asked_about() -> None:
    text = ("Will coffee get dearer? Probably not. Kenyan beans had paid a 10 per cent rate and "
            "Ugandan ones 21 per cent; both now enter free.")
    got = _rates(text)
    assert got[10] == "coffee"
    assert got[21] == "coffee"
