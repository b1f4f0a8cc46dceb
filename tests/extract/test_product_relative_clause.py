"""A rate its own relative clause says is paid is on the goods the clause hangs on
(tracker/extract/product.py `_relative_clause_goods`), unless the clause hangs on a country."""

from __future__ import annotations

from tracker.extract.engine import extract_text


def _rates(text: str) -> dict[float, str | None]:
    return {c.value: c.product for c in extract_text(text, "2025-10-20")
            if c.metric == "tariff_rate"}


def test_goods_with_a_phrase_before_their_relative_clause() -> None:
    """"trucks assembled at its Monterrey site, which ... pay the 25%": the trucks'."""
    text = ("Most of the rise comes from trucks assembled at its Monterrey site, which fail "
            "the origin test and pay the 25% levy in full.")
    assert _rates(text)[25.0] == "trucks"


def test_goods_from_a_country_before_the_clause() -> None:
    """"Buses from Peru, which now pay 20%": the buses', the country their origin."""
    text = ("Buses from Peru, which now pay 20% at the border, would pay 40% under the new tariff "
            "bill.")
    assert _rates(text)[20.0] == "buses"


def test_a_clause_that_hangs_on_a_country_takes_no_goods() -> None:
    """"shoes competitive with Peru, which pays a 20% tariff": Peru's own rate, not the shoes'."""
    text = ("The minister said the tariff deal keeps Chilean shoes competitive with Peru, which "
            "pays a 20% tariff.")
    assert _rates(text)[20.0] != "textiles"


def test_a_clause_that_faces_the_rate() -> None:
    """"trucks welded at its Ohio yard, which ... face the 25% levy": "face" pays it as
    "pay" does (rules/lexicon.toml [product_cues] relative_pays)."""
    text = ("Most of the rise comes from trucks welded at its Ohio yard, which miss the content "
            "test and face the 25% levy in full.")
    assert _rates(text)[25.0] == "trucks"


def test_goods_from_a_list_of_countries_before_the_clause() -> None:
    """(h245) "fruit from Chile, Bolivia and Colombia, which paid 10%": the clause hangs on
    the fruit, its origins a list of countries between them and the comma."""
    text = ("The exemption covers bananas from Peru, plus fruit from Chile, Bolivia and "
            "Colombia, which paid a 10 per cent tariff.")
    assert _rates(text)[10.0] == "agriculture"


def test_a_list_of_countries_with_no_origin_word_takes_no_goods() -> None:
    """(h245) "shoes competitive with Chile and Bolivia, which pay 20%": no "from" before
    the list, so the clause hangs on the countries, not on the shoes."""
    text = ("The deal keeps Peruvian shoes competitive with Chile and Bolivia, which pay a "
            "20 per cent tariff.")
    assert _rates(text)[20.0] != "textiles"


def test_a_levy_named_by_its_goods_before_a_clause_of_its_level() -> None:
    """(h245) "the Section 232 car levy for Peru, which stood at 25%": the relative clause
    tells the level of the levy its goods name, the cars'."""
    text = ("The order cuts the Section 232 car levy for Peru, which stood at 25% on top of the "
            "normal duty.")
    assert _rates(text)[25.0] == "autos"
