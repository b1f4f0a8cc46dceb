"""Makers' words other sectors share (rules/lexicon.toml [products] `shared_makers`,
tracker/extract/product.py `_shared_makers`, `_headed_section_goods`): "mills" are steel
mills, but the sawmills of an article about lumber, and they do not hide the goods of the
section a heading opens."""

from __future__ import annotations

from tracker.extract.engine import extract_text

LUMBER = ("Lima adds a levy on Chilean timber\n"
          "A 12 per cent levy on Chilean lumber took effect on Monday in Peru. With older "
          "duties, most Chilean mills now pay about 20 per cent at the border.")

HEADED = ("Peru and the US signed a trade deal in May.\n\n"
          "Steel. Officials said Peruvian mills still pay 25 per cent at the US border, half "
          "the 50 per cent charged on most other countries since June 4, but the quota at "
          "zero promised in May has not come.")


def _claim(text: str, value: object) -> object:
    return next(c for c in extract_text(text, "2025-10-01") if c.value == value)


def test_mills_are_steel_makers() -> None:
    """Named alone, a country's mills are its steel makers."""
    claim = _claim("Peruvian mills continue to pay the 40 per cent duty, officials said.", 40)
    assert claim.product == "steel"


def test_mills_in_an_article_about_lumber_are_sawmills() -> None:
    """The headline and lead name lumber as the levy's goods: the mills are its makers,
    and their mention does not make the article one about several sectors."""
    assert _claim(LUMBER, 20).product == "lumber"
    assert _claim(LUMBER, 12).product == "lumber"


def test_mills_do_not_hide_the_heading_of_their_section() -> None:
    """A date bound to no goods, in a sentence naming steel only by its mills, is on the
    steel its section is headed by, as it would be with no goods named."""
    assert _claim(HEADED, "2025-06-04").product == "steel"
