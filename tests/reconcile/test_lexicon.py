"""One lexicon (tracker/lexicon.py) for the extractor, the fact keys and the filters."""

import pytest

from tracker import lexicon, reconcile
from tracker.extract import context


@pytest.mark.parametrize("name", ["Korean", "South Korea", "Seoul", "ROK", "KR", "kor",
                                  "republic of korea", " korea "])
def test_every_name_of_korea_reaches_kr(name):
    assert lexicon.country_code(name) == "KR"


@pytest.mark.parametrize(("name", "code"), [
    ("European Union", "EU"), ("Brussels", "EU"), ("U.S.", "US"), ("America", "US"),
    ("all partners", "*"), ("*", "*"), ("England", "GB"), ("Türkiye", "TR"),
    ("Atlantis", "ATLANTIS"),  # unknown: kept, upper-cased
])
def test_country_codes(name, code):
    assert lexicon.country_code(name) == code


@pytest.mark.parametrize("name", ["autos", "cars", "automotive", "Automobiles", "car",
                                  "motor vehicles"])
def test_every_name_of_autos(name):
    assert lexicon.product(name) == "autos"


@pytest.mark.parametrize(("name", "measure"), [
    ("Section 232", "section_232"), ("s232", "section_232"), ("national security",
                                                               "section_232"),
    ("IEEPA", "reciprocal"), ("universal", "baseline"), ("Some New-Thing", "some_new_thing"),
])
def test_measures(name, measure):
    assert lexicon.measure(name) == measure


def test_blank_is_none():
    assert (lexicon.country_code(" "), lexicon.product(None), lexicon.measure("")) == \
        (None, None, None)


def test_canonical_names_are_themselves():
    for canon in lexicon.product_forms():
        assert lexicon.product(canon) == canon
    for canon in lexicon.measure_forms():
        assert lexicon.measure(canon) == canon


def test_the_extractor_reads_the_same_lists():
    """What context finds in text is what the fact key and filters accept."""
    text = "Korean automakers and Seoul face Section 232 duties on cars."
    found = [m.value for m in context.find_countries(text)]
    assert found == ["KR", "KR"]
    assert {lexicon.product(p) for p in ("automakers", "cars")} == \
        {m.value for m in context.find_products(text)} == {"autos"}
    assert [m.value for m in context.find_measures(text)] == ["section_232"]


def test_field_aliases_are_not_looked_for_in_text():
    """"all", "world", "Europe" name partners in a filter, never in an article."""
    assert context.find_countries("The world and all of Europe watched.") == []


def test_reconcile_keeps_its_names():
    assert reconcile.norm_country("Korean") == "KR"
    assert reconcile.norm_product("automotive") == "autos"


def test_a_commodity_keys_its_own_fact_apart_from_its_sector():
    """A rate the extractor puts on one commodity alone ("13% on soybeans") does not answer
    for the whole sector (farm goods): its fact key keeps the commodity (h54)."""
    from tracker import lexicon

    assert lexicon.product("Soybeans") == "soybeans"
    assert lexicon.product("farm goods") == "agriculture"
    assert lexicon.product("wheat") == "agriculture"
