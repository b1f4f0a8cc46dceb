"""The product of a figure (tracker/extract/product.py)."""

from __future__ import annotations

import pytest

from tests.extract.step_context import figure_at
from tracker.extract import cue_words, engine, metric, product
from tracker.extract.decision import Decision


def _cue(fc):
    return metric.bind_amounts(fc.doc, fc.i, list(fc.figs))[fc.fig.start].cue


def test_goods_after_the_cue_and_on() -> None:
    fc = figure_at("A 35% tariff on imported lumber starts soon.", 35.0)
    assert _cue(fc).value == "tariff"
    got = product.product(fc, _cue(fc), True)
    assert got.value == "lumber" and "levied on it" in got.evidence
    assert product.product(fc, None, True).value is None  # the goods follow the cue


def test_the_end_of_a_list_after_on() -> None:
    fc = figure_at("Levies of 15% on pumps, valves and other machinery follow.", 15.0)
    assert product.product(fc, None, True).value == "machinery"


def test_the_subject_before_a_relative_clause() -> None:
    fc = figure_at("Chilean trucks, which have paid 10% since May, will pay 15%.", 15.0)
    got = product.product(fc, None, True)
    assert got.value == "trucks" and "relative clause" in got.evidence


def test_goods_bought_with_another_amount_are_not_the_flows() -> None:
    fc = figure_at("Peru will buy $2 billion of soybeans and invest $5 billion.", 5e9)
    got = product.product(fc, None, False)
    assert got.value is None and "another amount" in got.evidence


def test_no_product_in_the_sentence() -> None:
    got = product.product(figure_at("Peru faces a 12% tariff.", 12.0), None, True)
    assert got == Decision(None, "no product in the sentence")


def test_all_goods_default() -> None:
    none = Decision(None, "no product")
    assert product.all_goods_default(none, "reciprocal").value == "all"
    assert product.all_goods_default(none, "section_232") is none
    steel = Decision("steel", "named")
    assert product.all_goods_default(steel, "reciprocal") is steel
    assert product.all_goods_default(none, None, ("reciprocal",)) is none


def test_one_commodity_named_alone_is_its_own_product() -> None:
    fc = figure_at("Lima kept its 9% duty on soybeans, exporters said.", 9.0)
    got = product.product(fc, _cue(fc), True)
    assert got.value == "soybeans" and "commodity" in got.evidence
    # beside other goods of its sector, the sector names them
    fc = figure_at("Lima kept its 9% duty on soybeans and wheat, exporters said.", 9.0)
    assert product.product(fc, _cue(fc), True).value == "agriculture"


def test_a_date_scoped_to_goods_of_no_kind_is_on_all_goods() -> None:
    fc = figure_at("The counter-tariffs will be lifted for most goods from Peru on June 1.",
                   "2025-06-01")
    got = product.product(fc, None, True)
    assert got.value == "all" and "no kind" in got.evidence


def test_a_levy_with_no_goods_in_an_article_about_one_sector() -> None:
    text = ("Washington doubles its tariffs on copper to 50%. Officials in Lima asked for "
            "talks. For now Chile will keep facing a 25% tariff, the ministry said.")
    got = product.product(figure_at(text, 25.0), None, True)
    assert got.value == "copper" and "one sector" in got.evidence
    # after a sentence about goods of no kind, the levy is that one's, not the sector's
    text = ("Washington doubles its tariffs on copper to 50%. It also put a 10% tariff on "
            "goods from all partners. Trump paused their rise to 20% for now.")
    assert product.product(figure_at(text, 20.0), None, True).value is None
    # goods named beside no levy ("drugs like fentanyl") make no sector
    text = ("The drugs pouring in must stop. A pause on 25% tariffs was agreed. "
            "Tariffs were set at 10% for now, officials said.")
    assert product.product(figure_at(text, 10.0), None, True).value is None


def test_a_tax_on_goods_of_no_kind_is_on_all_goods() -> None:
    fc = figure_at("Both sides agreed on a 12% tax on imports of most Peruvian goods.", 12.0)
    got = product.product(fc, None, True)
    assert got.value == "all" and "no kind" in got.evidence
    # a flow is not a levy: its goods stay unnamed
    fc = figure_at("Exports to the US of most Peruvian goods rose 12%.", 12.0)
    assert product.product(fc, None, False).value is None


def test_a_sentence_opening_with_a_levy_on_one_list_of_goods() -> None:
    text = "Tariffs on Chilean automobiles and auto parts, now 30%, will be cut to 12%."
    got = product.product(figure_at(text, 12.0), None, True)
    assert got.value == "autos" and "opens with" in got.evidence


def test_the_sector_named_as_no_levy_s_goods_in_a_sector_article() -> None:
    text = ("Washington doubles its tariffs on copper to 50%. Officials in Lima asked for "
            "talks. Addressing copper miners, Trump said rivals had dodged the 25% tariff.")
    got = product.product(figure_at(text, 25.0), None, True)
    assert got.value == "copper" and "one sector" in got.evidence
    # named beside a levy only in the figure's own sentence: no article sector to lean on
    text = "Trump's sweeping 25% tariff hit exporters, particularly copper miners."
    assert product.product(figure_at(text, 25.0), None, True).value is None


def test_other_goods_named_only_beside_the_sector_are_its_levy_s_details() -> None:
    text = ("Lima condemns US car tariffs. Washington will add a 20% tariff on imported "
            "automobiles. That means 22.5% on sedans and 40% on trucks. Every partner is hit. "
            "It will take effect on May 6 and stay in place.")
    got = product.product(figure_at(text, "2025-05-06"), None, True)
    assert got.value == "autos" and "one sector" in got.evidence
    # other goods named beside a levy in a sentence of their own: several levies, no sector
    text = ("Lima condemns US car tariffs. Washington will add a 20% tariff on imported "
            "automobiles. It also put a 40% tariff on copper. It will take effect on May 6.")
    assert product.product(figure_at(text, "2025-05-06"), None, True).value is None


def test_a_bare_levy_under_a_heading_of_goods() -> None:
    text = "Where things stand. Steel and aluminum. Still 50%, up from 25% in spring."
    got = product.product(figure_at(text, 50.0), None, True)
    assert got.value == "steel" and "headed by" in got.evidence


def test_a_heading_reaches_past_sentences_of_its_section_only() -> None:
    text = ("Copper. It has paid 50% since August. Analysts expect more. Buyers wait. "
            "Stocks fell. Traders now pay 30%.")
    assert product.product(figure_at(text, 50.0), None, True).value == "copper"
    assert product.product(figure_at(text, 30.0), None, True).value is None  # too far down


def test_a_section_on_goods_of_no_kind_ends_the_heading_above() -> None:
    # "All other goods." heads the rest: the metals' heading no longer reaches
    text = ("Copper. It has paid 50% since August. All other goods. The rise to 20% was "
            "put off.")
    assert product.product(figure_at(text, 50.0), None, True).value == "copper"
    assert product.product(figure_at(text, 20.0), None, True).value is None
    # a levy on goods of no kind between them ends the section too
    text = "Copper. Imports outside the pact owe a 25% duty. The rise to 30% was put off."
    assert product.product(figure_at(text, 30.0), None, True).value is None


def test_no_heading_in_a_sentence_with_more_than_goods() -> None:
    text = "Steel and aluminum prices rose. Traders now pay 30%."
    assert product.product(figure_at(text, 30.0), None, True).value is None


def test_the_goods_a_penalty_is_for_buying_are_not_its_goods() -> None:
    fc = figure_at("The extra 25% levy tied to Iranian oil starts next week.", 25.0)
    assert product.product(fc, None, True).value is None


def test_seafood_and_cabinets_are_products_of_their_own() -> None:
    fc = figure_at("Thai shrimp shipments to the US reached $1.2 billion.", 1.2e9)
    assert product.product(fc, None, False).value == "seafood"
    fc = figure_at("Kitchen cabinets and vanities will pay 50% from January.", 50.0)
    assert product.product(fc, None, True).value == "kitchen cabinets"


def test_a_rate_set_against_another_partners_is_on_the_same_goods() -> None:
    fc = figure_at("Mexican trucks pay a 25% tariff, while Canadian rivals secured a lower 10% "
                   "rate.", 10.0)
    got = product.product(fc, None, True)
    assert got.value == "trucks" and "set against" in got.evidence


def test_a_contrast_with_no_other_partner_keeps_its_own_goods() -> None:
    fc = figure_at("Mexico put a 25% tariff on US trucks, while keeping levies of 10% from "
                   "March.", 10.0)
    assert product.product(fc, None, True).value is None


def test_a_sentence_opening_with_its_goods_scopes_each_rate() -> None:
    text = "For Korean trucks, the 15% rate replaces the 30% now charged, with a 5% rate."
    got = product.product(figure_at(text, 5.0), None, True)
    assert got.value == "trucks" and "opens with" in got.evidence


def test_the_earlier_level_of_a_flow_is_of_the_same_goods() -> None:
    fc = figure_at("Copper sales are worth $2 billion a year, down from over $3 billion.", 3e9)
    got = product.product(fc, None, False)
    assert got.value == "copper" and "level it was before" in got.evidence


def test_goods_a_levy_spares_make_no_sector() -> None:
    """'The duty covers most goods other than those under sector levies, like cars and
    steel': cars are spared, so the lead names no sector and Peru's 18% stays on all goods
    (not keyed to autos); goods named past the next rate are named again."""
    text = ("Peruvian exporters weigh the 18% US tariff that began in August. The duty covers "
            "most goods other than those under sector levies, like cars and steel. "
            "Copper sellers hope for relief.")
    got = product.product(figure_at(text, 18.0), None, True)
    assert got.value is None and "one sector" not in got.evidence
    # the same lead with cars levied, not spared: the article is about that sector
    text = ("Peruvian exporters weigh the 18% US tariff that began in August. The duty covers "
            "cars and car parts shipped after that. Copper sellers hope for relief.")
    assert product.product(figure_at(text, 18.0), None, True).value == "autos"
    spans = product.EXCEPTION_RE.findall("All goods pay 10% except cars, which pay 25% on top.")
    assert spans == ["except cars, which pay "]


def test_an_answer_takes_the_goods_of_its_question() -> None:
    """A Q&A answer naming no goods: its levy is on the goods the question names (a
    commodity keeps its own name); a date of the answer, or an answer naming goods of
    another kind first, does not take them."""
    text = ("Will soybeans get dearer? Probably not. Growers in Brazil had paid a 10% tariff "
            "until March 4, and now pay 25%.")
    got = product.product(figure_at(text, 25.0), None, True)
    assert got.value == "soybeans" and "question" in got.evidence
    assert product.product(figure_at(text, "2025-03-04"), None, True).value != "soybeans"
    text = "What about trucks? Steel is another matter. Mills pay a 50% tariff."
    assert product.product(figure_at(text, 50.0), None, True).value != "trucks"


def test_the_earlier_level_of_a_levy_is_on_the_same_goods() -> None:
    fc = figure_at("Korean vehicles paid 15% from Nov. 1, down from 25%.", 25.0)
    got = product.product(fc, None, True)
    assert got.value == "autos" and "down or up from" in got.evidence
    # goods named between the two figures are the earlier level's own
    fc = figure_at("Korean cars pay 15%, and trucks from Korea 25%, down from 30%.", 30.0)
    assert "down or up from" not in product.product(fc, None, True).evidence


def test_a_one_word_aside_does_not_end_the_subject() -> None:
    fc = figure_at("Peruvian steel, however, still carries a 30% duty.", 30.0)
    got = product.product(fc, None, True)
    assert got.value == "steel" and "named just before" in got.evidence


def test_a_pronoun_paying_the_figure_stands_for_the_goods_before_it() -> None:
    fc = figure_at("Chilean salmon faces a new levy, and at present it pays 12% rather than 6%.",
                   12.0)
    got = product.product(fc, None, True)
    assert got.value == "seafood" and "pronoun" in got.evidence
    fc = figure_at("Chilean salmon faces a new levy, and at present it pays 12% rather than 6%.",
                   6.0)
    assert product.product(fc, None, True).value == "seafood"


def test_a_levy_on_a_country_s_exports_is_on_all_goods() -> None:
    fc = figure_at("Lima accepted a 12% tariff on most of its exports, and duties on Peruvian "
                   "cars drop as well.", 12.0)
    got = product.product(fc, _cue(fc), True)
    assert got.value == "all" and "its exports" in got.evidence


def test_a_total_after_or_and_a_part_after_a_possessive_take_the_stacked_goods() -> None:
    s = "Korean trucks would owe a 40% levy on top of yesterday's 10%, or 50% in all."
    for v in (10.0, 50.0):
        got = product.product(figure_at(s, v), None, True)
        assert got.value == "trucks" and "stacked" in got.evidence


def test_the_parts_a_colon_opens_after_a_rate_are_on_its_goods() -> None:
    s = "Korean cars pay 27.5% in all: a 25% Section 232 charge plus a 2.5% MFN duty."
    got = product.product(figure_at(s, 25.0), None, True)
    assert got.value == "autos" and "colon" in got.evidence
    assert product.product(figure_at(s, 2.5), None, True).value == "autos"
    # goods of their own after the colon are the parts' own
    s = "Korean cars pay 27.5%: trucks pay 25% and buses 10%."
    assert "colon" not in product.product(figure_at(s, 25.0), None, True).evidence


def test_a_levy_applied_to_its_goods_with_a_possessive() -> None:
    fc = figure_at("Chile's 30% surcharge now covers its copper and salmon.", 30.0)
    got = product.product(fc, None, True)
    assert got.value == "copper" and "applied to it" in got.evidence


@pytest.mark.parametrize("text", [
    "The 25% duty covers every imported bus, wherever it was built.",
    "A 25% levy now applies to all imported buses.",
    "The 25% charge extends to each foreign bus.",
])
def test_a_levy_applied_to_goods_of_every_origin(text: str) -> None:
    got = product.product(figure_at(text, 25.0), None, True)
    assert got.value == "buses" and "applied to it" in got.evidence


def test_examples_of_goods_of_no_kind_are_not_the_rate_s_goods() -> None:
    fc = figure_at("Peruvian imports left out of the pact, including potash and oil, owe 20% "
                   "from May 1.", 20.0)
    assert product.product(fc, None, True).value is None
    # goods of a kind before their examples stay the rate's
    fc = figure_at("Peru: farm goods, including wheat and corn, have paid 20% since May 1.",
                   20.0)
    assert product.product(fc, None, True).value == "agriculture"


def test_an_amount_restated_or_stepped_is_of_the_same_goods() -> None:
    s = ("From that date China charges its own dock levy on vessels flagged in America: 300 "
         "yuan a net ton, roughly $42, climbing to 900 yuan later.")
    got = {c.value: c.product for c in engine.extract_text(s, "2025-10-01")}
    assert got == {300.0: "shipbuilding", 42.0: "shipbuilding", 900.0: "shipbuilding"}
    s = "Seoul is to purchase $90 billion of American LNG over five years, or $18 billion annually."
    got = {c.value: c.product for c in engine.extract_text(s, "2025-10-01")}
    assert got == {90e9: "energy", 18e9: "energy"}


def test_the_subject_after_an_opening_date_is_the_date_s_goods() -> None:
    for s in ("As of the start of June 3 (Lima time), small parcels from Peru lose their "
              "exemption.",
              "Since 12:01 a.m. on Tuesday, June 3, every parcel, whatever its origin, owes duty."):
        got = product.product(figure_at(s, "2025-06-03"), None, True)
        assert got.value == "parcels" and "opening date" in got.evidence
    got = product.product(figure_at("From June 3, jet engines and airframe parts enter at the "
                                    "MFN rate.", "2025-06-03"), None, True)
    assert got.value == "aircraft"


def test_goods_joining_a_levy_from_a_date() -> None:
    s = "Under the deal, Korean goods pay a 15 per cent tariff, with trucks added from Oct. 5."
    got = product.product(figure_at(s, "2025-10-05"), None, True)
    assert got.value == "trucks" and "joining" in got.evidence
    # the whole article: the date keeps the rate's parties but its own goods
    date = [c for c in engine.extract_text(s, "2025-09-20") if c.kind == "date"]
    assert [(d.target, d.product) for d in date] == [("KR", "trucks")]


def test_a_figure_restating_the_levy_on_the_goods_before_it() -> None:
    fc = figure_at("Chilean lumber still faces two trade-remedy duties, currently around 20% "
                   "together.", 20.0)
    got = product.product(fc, None, True)
    assert got.value == "lumber" and "named just before" in got.evidence
    # a comma that sets the figure apart from no levy noun still ends the clause
    fc = figure_at("Chilean lumber pays duties, while Peru, now about 20% richer, grows.", 20.0)
    assert product.product(fc, None, True).value is None


def test_a_possessive_country_before_the_subject_goods() -> None:
    # "Peru's copper and zinc duty, at 12%, ...": the possessive country does not hide the
    # subject goods, as "The copper and zinc duty, at 12%" names them
    fc = figure_at("Peru's copper and zinc duty, at 12%, worries smelters.", 12.0)
    got = product.product(fc, None, True)
    assert got.value == "copper" and "subject" in got.evidence
    # an adjective opening a maker's clause about its country's rate stays unbound
    fc = figure_at("Chilean winemakers, whose country has faced an 18% rate since May, "
                   "were spared.", 18.0)
    assert product.product(fc, None, True).value is None


def test_a_rate_compared_with_another_is_on_the_same_goods() -> None:
    fc = figure_at("Peruvian trucks pay 12%, half the 24% charged on the rest.", 24.0)
    got = product.product(fc, None, True)
    assert got.value == "trucks" and "compared with" in got.evidence
    fc = figure_at("Chilean cars owe 8%, well below the 20% that others pay.", 20.0)
    assert product.product(fc, None, True).value == "autos"


@pytest.mark.parametrize("word", cue_words.words("comparison_base", "compared_level")
                         + cue_words.words("comparison_base", "level_relations"))
def test_each_comparison_word_of_the_lexicon_joins_two_rates(word: str) -> None:
    """The lexicon owns the words (rules/lexicon.toml [comparison_base]): each one between
    two rates makes the second the level the first is measured against."""
    s = f"Peruvian trucks pay 12%, {word} the 24% charged on the rest."
    prior, fig = s.index("12%"), s.index("24%")
    assert product.COMPARED_LEVEL_RE.fullmatch(s, prior + 3, fig)
    assert not product.COMPARED_LEVEL_RE.fullmatch(s.replace(word, "and"), prior + 3,
                                                   fig + len("and") - len(word))


@pytest.mark.parametrize("word", cue_words.words("comparison_base", "shares"))
def test_a_share_after_a_phrase_of_place_joins_two_rates(word: str) -> None:
    s = f"Tin pays 25% in the United States, {word} the 50% charged on others."
    prior, fig = s.index("25%"), s.index("50%")
    assert product.PHRASE_THEN_COMPARED_RE.fullmatch(s, prior + 3, fig)
    # a multiple there is an earlier level, not a share of one charged now
    s = "Tin pays 50% in the United States, double the 25% charged from March."
    assert not product.PHRASE_THEN_COMPARED_RE.fullmatch(s, s.index("50%") + 3,
                                                         s.index("25%"))


def test_figures_set_off_after_a_levy_s_list_of_goods() -> None:
    text = "New duties on imported sofas and kitchen cabinets, 20% and 40%, start in May."
    first = product.product(figure_at(text, 20.0), None, True)
    second = product.product(figure_at(text, 40.0), None, True)
    assert (first.value, second.value) == ("furniture", "kitchen cabinets")
    assert "after a levy's goods" in first.evidence
    one = product.product(figure_at("Tariffs on lumber and timber, now 10%, may double.",
                                    10.0), None, True)
    assert one.value == "lumber"
    # no levy noun before the list: a list of goods and figures of another kind
    got = product.product(figure_at("Sales of sofas and kitchen cabinets, 20% and 40% of "
                                    "the total, fell.", 20.0), None, True)
    assert got.value is None or "after a levy's goods" not in got.evidence


def test_a_list_is_named_by_its_head_past_a_describing_word() -> None:
    """"sofas, cabinets and bathroom vanities": one describing word before the last item
    keeps it in the list, so the goods are the list's head (furniture), not the last
    item's sector."""
    fc = figure_at("Lately sofas, cabinets and bathroom vanities have paid a 25% tariff.", 25.0)
    got = product.product(fc, _cue(fc), True)
    assert got.value == "furniture" and "sofas" in got.evidence
    assert product.LIST_ITEM_JOIN_RE.fullmatch(" and bathroom ")
    assert not product.LIST_ITEM_JOIN_RE.fullmatch(" and Japanese ")  # a country, not a kind


def test_the_parts_a_bracket_opens_after_a_rate_are_on_its_goods() -> None:
    """"27.5% (the 2.5% normal duty plus the 25% charge)": the bracket breaks the rate before
    it down, so its parts are on that rate's goods when the sentence names the partner."""
    s = ("Under the pact, Chilean trucks will fall from 30% (a 25% surcharge plus the 5% MFN "
         "duty) to 12%.")
    got = product.product(figure_at(s, 25.0), None, True)
    assert got.value == "trucks" and "bracket" in got.evidence
    assert product.product(figure_at(s, 5.0), None, True).value == "trucks"
    # no partner named: the parts are on the one kind of goods the sentence names
    # (_one_kind_named), and their partner is read as for no goods (levy_target_fallback)
    s = "Under the pact, trucks will fall from 30% (a 25% surcharge plus the 5% MFN duty) to 12%."
    assert product.product(figure_at(s, 25.0), None, True).value == "trucks"


def test_a_number_s_thousands_comma_does_not_part_the_goods_from_their_rate() -> None:
    """"trucks within a quota of 50,000 pay 12%": the comma inside the number is no clause's
    end, so the trucks are the goods named just before the rate."""
    s = "Chilean buses pay 6%, and trucks within a quota of 50,000 pay 12%."
    got = product.product(figure_at(s, 12.0), None, True)
    assert got.value == "trucks" and "just before" in got.evidence
    assert product._clause_comma("trucks, which") and not product._clause_comma("of 50,000 pay")


def test_goods_after_the_figure_s_own_levy_noun_when_its_cue_is_another() -> None:
    """"the border duties on Peru and the 15 per cent charges on copper": the figure's cue is
    the earlier levy, but the goods after its own noun ("charges on") are its goods."""
    fc = figure_at("Receipts climbed once the border duties on Peru and the 15 per cent "
                   "charges on copper and zinc took hold.", 15.0)
    assert _cue(fc).value == "duties"
    got = product.product(fc, _cue(fc), True)
    assert got.value == "copper" and "levied on it" in got.evidence


def test_a_part_after_including_is_on_the_total_s_goods_unless_country_wide() -> None:
    """"Chilean cars pay 14%, including the normal 4% duty": the part is the cars'; a part
    named by a country-wide measure ("including the 10% counter-tariff") is on all goods."""
    s = "Chilean cars still pay 14%, including the 10% counter-tariff that stays."
    assert "stacked" not in product.product(figure_at(s, 10.0), None, True).evidence
    s = "Chilean cars still pay 14%, including the normal 4% duty."
    got = product.product(figure_at(s, 4.0), None, True)
    assert got.value == "autos" and "stacked" in got.evidence


def test_goods_after_a_levy_announced_for_them() -> None:
    """"the 40 per cent tariff announced for generic drugs from May": "announced" stands
    between a levy and its goods as "imposed" does (rules/lexicon.toml [levy_verbs])."""
    fc = figure_at("Talks go on over the 40 per cent tariff announced for generic drugs "
                   "from May.", 40.0)
    got = product.product(fc, _cue(fc), True)
    assert got.value == "pharmaceuticals" and "levied on it" in got.evidence


def test_goods_restricted_by_examples_are_goods_of_a_kind() -> None:
    """"applies to semi-finished products such as tubes and rods": examples with no comma
    restrict the goods, which are of a kind (the article's), not all goods; set off by a
    comma, they only illustrate all goods."""
    s = "Lima said the 30% duty applies to semi-finished products such as tubes and rods."
    assert product.product(figure_at(s, 30.0), None, True).value != "all"
    s = "Lima said the 30% duty applies to all products, such as tubes and rods."
    assert product.product(figure_at(s, 30.0), None, True).value == "all"


def test_a_sentence_telling_the_side_of_goods_as_its_topic() -> None:
    """"The copper side tells a different story. Smelters ... have paid 50%": the goods whose
    side the short sentence before tells are the topic of the rate with no goods named."""
    s = "The copper side tells a different story. Smelters in Chile have paid 50% since June."
    got = product.product(figure_at(s, 50.0), None, True)
    assert got.value == "copper" and "sentence before is about" in got.evidence
    s = "The copper side tells us little. Smelters in Chile have paid 50% since June."
    assert product.product(figure_at(s, 50.0), None, True).value != "copper"


def test_a_figure_labelling_a_definition_is_on_its_goods() -> None:
    """"12 per cent: the duty Lima has charged since May on Chilean trucks": a figure opening
    its sentence as a label is on the first goods its definition names, when the
    definition names a levy."""
    s = "12 per cent: the duty Lima has charged since May on Chilean trucks and wine."
    got = product.product(figure_at(s, 12.0), None, True)
    assert got.value == "trucks" and "label" in got.evidence
    s = "12 per cent: the share of Chilean trucks sold abroad."
    assert "label" not in product.product(figure_at(s, 12.0), None, True).evidence


def test_a_rate_set_aside_by_not_is_on_the_same_goods() -> None:
    """"Chilean trucks now pay 12 per cent, not 20 per cent": the level the rate is told
    instead of is the same goods' rate."""
    got = product.product(figure_at("Chilean trucks now pay 12 per cent, not 20 per cent.",
                                    20.0), None, True)
    assert got.value == "trucks" and "compared with" in got.evidence
