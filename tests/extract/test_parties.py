"""Imposer and target, one figure at a time (tracker/extract/parties.py)."""

from __future__ import annotations

import pytest

from tests.extract.step_context import figure_at
from tracker.extract import parties


def test_subject_of_an_imposing_verb_is_the_imposer() -> None:
    fc = figure_at("Ottawa swiftly slapped a 25% tariff on Chinese steel.", 25.0)
    got = parties.levy_parties(fc, "tariff_rate")
    assert got.values == ("CA", "CN")
    assert "imposing verb" in got.imposer.evidence and "'Ottawa'" in got.imposer.evidence
    assert "'Chinese'" in got.target.evidence


def test_without_another_imposer_the_us_imposes() -> None:
    fc = figure_at("Vietnam faces a 46% tariff.", 46.0)
    got = parties.levy_parties(fc, "tariff_rate")
    assert got.values == ("US", "VN")
    assert got.imposer.evidence.startswith("the US")


def test_a_countrys_own_retaliatory_levy() -> None:
    fc = figure_at("Beijing's retaliatory tariffs of 34% hit American farm goods.", 34.0)
    got = parties.levy_parties(fc, "tariff_rate")
    assert got.values == ("CN", "US")
    assert "own levy" in got.imposer.evidence


def test_a_pair_is_not_a_subject() -> None:
    """"between Washington and Beijing imposed": neither is the subject."""
    fc = figure_at("Trade between Mexico and Canada imposed no 10% duty on them.", 10.0)
    assert not parties.imposes(fc.text, fc.text.index("Canada"), fc.text.index("Canada") + 6)


def test_a_country_right_before_the_figure_is_the_target() -> None:
    fc = figure_at("The tariff list puts Cambodia 49%, the highest.", 49.0)
    got = parties.levy_parties(fc, "tariff_rate")
    assert got.target.value == "KH" and "right before" in got.target.evidence


def test_a_tax_is_levied_at_home() -> None:
    fc = figure_at("India will lower its 18% goods tax on small cars.", 18.0)
    got = parties.levy_parties(fc, "tax_rate")
    assert got.imposer.value == "IN" and "at home" in got.imposer.evidence


def test_target_falls_back_to_every_partner_for_a_sector_product() -> None:
    fc = figure_at("A 50% duty applies to copper.", 50.0)
    sentence = parties.levy_parties(fc, "tariff_rate")
    assert sentence.target.value is None
    got = parties.levy_target_fallback(sentence.target, "US", "copper", fc.doc)
    assert got.value == "*" and "Section 232" in got.evidence


def test_target_falls_back_to_the_articles_country() -> None:
    fc = figure_at("Chile hopes for talks. A 10% rate is the floor.", 10.0)
    got = parties.levy_target_fallback(parties.Decision(None, "none"), "US", None, fc.doc)
    assert got.value == "CL" and got.evidence == "the article's country"


def test_a_group_of_partners_is_no_single_target() -> None:
    fc = figure_at("Higher rates for about 50 countries follow at 20%.", 20.0)
    assert parties.levy_parties(fc, "tariff_rate").target.value == parties.GROUP


def test_the_target_cue_prepositions_come_from_the_lexicon(monkeypatch) -> None:
    text = "duties aimed at imports hitting Peru"
    start = text.index("Peru")
    assert parties.target_cued(text, start, start + 4)
    parties.target_cue_re.cache_clear()
    parties.target_cued.cache_clear()
    try:
        monkeypatch.setattr(parties.cue_words, "words",
                            lambda section, key: ("on",) if key == "before" else ("the",))
        parties.cue_words.alternation.cache_clear()
        assert not parties.target_cued(text, start, start + 4)
    finally:
        monkeypatch.undo()
        parties.cue_words.alternation.cache_clear()
        parties.target_cue_re.cache_clear()
        parties.target_cued.cache_clear()


def test_flow_owner_is_the_country_before_the_figure() -> None:
    fc = figure_at("Peru's exports to China rose to $20 billion.", 20e9)
    got = parties.flow_parties(fc, "exports")
    assert got.values == ("PE", "CN")
    assert "'Peru'" in got.imposer.evidence


def test_a_share_belongs_to_the_country_after_of() -> None:
    fc = figure_at("Canada buys 30% of Chile's copper exports.", 30.0)
    got = parties.flow_parties(fc, "share")
    assert got.values == ("CL", "CA")


def test_pledges_go_to_the_us() -> None:
    fc = figure_at("The US deal is done: Taiwan will invest $100 billion.", 100e9)
    got = parties.flow_parties(fc, "investment")
    assert got.values == ("TW", "US")
    assert got.target.evidence == "pledges go to the US"


def test_a_baseline_rate_of_the_us_hits_every_partner() -> None:
    fc = figure_at("A 10% baseline rate stays on Peru.", 10.0)
    pe = parties.Decision("PE", "x")
    got = parties.baseline_target(fc, pe, None, "US", "baseline")
    assert got.value == "*"
    assert parties.baseline_target(fc, pe, "PE", "US", "baseline") is pe
    assert parties.baseline_target(fc, pe, None, "US", "reciprocal") is pe


# ------------------------------------------ imposer: agents, borders, reports, earlier subjects
def test_the_agent_of_a_passive_levy_imposes_it() -> None:
    fc = figure_at("A 30% levy imposed by Brazil on US ethanol starts soon.", 30.0)
    got = parties.levy_parties(fc, "tariff_rate")
    assert got.values == ("BR", "US") and "agent" in got.imposer.evidence


def test_goods_entering_a_country_pay_its_duty() -> None:
    fc = figure_at("US beef entering Brazil faces an 18% tariff.", 18.0)
    assert parties.levy_parties(fc, "tariff_rate").values == ("BR", "US")


def test_a_reporting_clause_keeps_the_subject() -> None:
    fc = figure_at("Brazil said Tuesday it was lowering its duty on US wheat to 6%.", 6.0)
    assert parties.levy_parties(fc, "tariff_rate").imposer.value == "BR"


def test_a_passive_levy_is_imposed_by_the_country_that_states_it() -> None:
    fc = figure_at("A 9% tariff will be applied to US corn, the ministry of Brazil said.", 9.0)
    assert parties.levy_parties(fc, "tariff_rate").imposer.value == "BR"


def test_a_passive_levy_naming_no_country_takes_the_earlier_subject() -> None:
    text = ("Brazil will impose duties on some US farm goods. Details follow. "
            "Corn will be slapped with a 9% tariff.")
    got = parties.levy_parties(figure_at(text, 9.0), "tariff_rate")
    assert got.values == ("BR", "US") and "before" in got.imposer.evidence


def test_without_an_earlier_subject_the_us_still_imposes() -> None:
    text = "Details follow. Corn will be slapped with a 9% tariff."
    assert parties.levy_parties(figure_at(text, 9.0), "tariff_rate").imposer.value == "US"


# ------------------------------------------------------------------ rounds h31 (issue 12)
def _claim(text: str, value: float, published: str = "2025-07-01", title: str | None = None):
    from tracker.extract.engine import extract_text
    got = [c for c in extract_text(text, published, title=title) if float(c.value) == value]
    assert got, f"no claim {value} in {text!r}"
    return got[0]


def test_a_currency_prefix_is_no_country() -> None:
    """"US$40 billion" names a currency, not the US."""
    from tracker.extract.context import find_countries
    got = find_countries("Peru shipped US$40 billion of ore and U.S.$2 billion of fruit.")
    assert [m.value for m in got] == ["PE"]


def test_the_sentence_before_gives_no_dateline_as_target() -> None:
    text = ("OTTAWA (Wire) - The White House raised its duty on copper to 40 percent. "
            "The higher duty took effect on Monday.")
    fc = figure_at(text, "2025-06-02", "2025-06-05")
    got = parties.levy_parties(fc, "tariff_rate")
    assert got.target.value is None


def test_unnamed_countermeasures_are_the_other_sides() -> None:
    """"No countermeasures ... until": the retaliation of the country that answers the US."""
    text = ("Brazil's trade minister said the cabinet would weigh a list of US goods. "
            "No countermeasures would take effect until May 12.")
    dates = _dates(text)
    assert dates and (dates[0].imposer, dates[0].target) == ("BR", "US")


def test_countermeasures_carried_from_a_us_levy_are_swapped() -> None:
    text = ("Washington imposed a 30% tariff on Swiss watches. "
            "Those countermeasures would start on May 12.")
    dates = _dates(text)
    assert dates and (dates[0].imposer, dates[0].target) == ("CH", "US")


def _dates(text: str) -> list:
    from tracker.extract.engine import extract_text
    return [c for c in extract_text(text, "2025-04-20") if c.kind == "date"]


def test_goods_a_retaliation_covers_are_the_answering_sides() -> None:
    text = ("Norway's trade minister stated that as the United States hit its salmon, "
            "Oslo would answer with countermeasures worth 4 billion dollars.")
    got = _claim(text, 4e9)
    assert (got.imposer, got.target) == ("NO", "US")


def test_the_goods_country_is_the_partner_of_a_levy_on_goods() -> None:
    text = ("Brussels agreed on a package. Duties on 12 billion euros of US goods "
            "will wait for 60 days.")
    got = _claim(text, 12e9)
    assert got.metric == "other_amount" and (got.imposer, got.target) == ("EU", "US")


def test_foreign_countries_are_every_partner() -> None:
    fc = figure_at("Trump said foreign countries had dodged the 20 percent duty.", 20.0)
    got = parties.levy_parties(fc, "tariff_rate")
    assert got.target.value == "*"


def test_most_other_partners_and_everyone_else_are_every_partner() -> None:
    """"most other partners", "everyone else" name every partner but the ones a sentence
    sets apart (h108); a baseline "that applies to most countries" paid by one country's
    goods stays on that country."""
    for text in ("Washington keeps charging Peru and most other partners its 10% baseline "
                 "duty through the summer.",
                 "Trump said everyone else would pay the 20 percent duty."):
        fc = figure_at(text, 10.0 if "10%" in text else 20.0)
        assert parties.partner_groups(fc.text)[0][2] == "*", text
    got = _claim("Washington keeps charging Peru and most other partners its 10% baseline "
                 "duty through the summer.", 10.0)
    assert got.target == "*"
    paid = _claim("Peruvian goods pay the 10% baseline duty that applies to most countries.",
                  10.0)
    assert paid.target == "PE"


def test_a_pause_of_a_levy_on_every_partner_is_everyones() -> None:
    text = ("Peru hopes for a deal. The offer came during this 90-day pause on the "
            "Liberation Day tariffs.")
    got = _claim(text, 90.0)
    assert got.metric == "pause_length" and got.target == "*"


def test_a_pledged_change_goes_to_the_us() -> None:
    text = ("Under the deal with Washington, Vietnam will buy more Boeing jets. "
            "Vietnam will also increase corn imports by 40%.")
    got = _claim(text, 40.0)
    assert got.metric == "change" and got.status == "agreed"
    assert (got.imposer, got.target) == ("VN", "US")


def test_a_country_hit_before_the_figure_is_not_the_retaliator() -> None:
    """"raised the tariff on Peru by 20%, and Lima responded in kind": the 20% is the US's."""
    fc = figure_at("He raised the tariff on Peru by 20% last month, and the country "
                   "responded in kind.", 20.0)
    got = parties.levy_parties(fc, "tariff_rate")
    assert got.values == ("US", "PE")


def test_a_sector_rate_on_one_country_and_all_other_partners_hits_everyone() -> None:
    fc = figure_at("A 40 percent duty imposed by Washington on all copper imports from Chile "
                   "and America's other trading partners began on Friday.", 40.0)
    got = parties.levy_parties(fc, "tariff_rate")
    assert got.target.value == "*"


def test_a_country_rate_on_one_country_and_other_partners_stays_the_countrys() -> None:
    fc = figure_at("Washington lifted its 24% tariff on Peru and other trading partners "
                   "for now.", 24.0)
    got = parties.levy_parties(fc, "tariff_rate")
    assert got.target.value == "PE"


def test_another_countrys_levy_with_no_partner_answers_the_us() -> None:
    text = ("Washington doubled its duties last week. A 12% tariff will be imposed on fish "
            "meal, the ministry in Ottawa said.")
    got = _claim(text, 12.0)
    assert (got.imposer, got.target) == ("CA", "US")
    fc = figure_at(text, 12.0)
    fallback = parties.levy_target_fallback(parties.Decision(None, "none"), "CA", None, fc.doc)
    assert fallback.value == "US" and "answers the US" in fallback.evidence


def test_an_amount_in_counter_tariffs_is_the_answering_sides() -> None:
    text = ("Washington raised its duties on Chilean copper. Santiago announced $9 billion "
            "in counter-tariffs on Tuesday.")
    got = _claim(text, 9e9)
    assert (got.imposer, got.target) == ("CL", "US")


def test_the_goods_country_of_a_covered_amount_is_hit_by_the_us() -> None:
    text = "Duties of up to 25% already apply to $40 billion worth of Peruvian imports."
    got = _claim(text, 4e10)
    assert got.metric == "other_amount" and (got.imposer, got.target) == ("US", "PE")


def test_a_covered_amount_takes_the_partner_of_the_sentence_before() -> None:
    text = ("Chile announced retaliatory duties on U.S. imports on Monday. "
            "The minister said $4 billion worth of these duties would start at once.")
    got = _claim(text, 4e9)
    assert got.metric == "other_amount" and (got.imposer, got.target) == ("CL", "US")


def test_its_in_a_relative_clause_is_the_countrys_own() -> None:
    """"Peru, which ships 9% of its copper to the US, worth $2 billion": Peru ships it."""
    text = ("Chile met its neighbours. Peru, which ships 9% of its copper exports to the "
            "U.S., worth some $2 billion a year, is watching closely.")
    got = _claim(text, 2e9)
    assert (got.imposer, got.target) == ("PE", "US")


def test_a_sector_rate_on_all_imports_hits_everyone() -> None:
    text = ("Britain's exporters noted that the deal spared them from 40 percent tariffs on "
            "all US imports of copper.")
    fc = figure_at(text, 40.0)
    got = parties.levy_parties(fc, "tariff_rate")
    assert got.target.value == "*"


def test_examples_of_a_group_in_the_sentence_before_are_not_the_target() -> None:
    text = ("All trading partners, including Peru, are covered. The duty starts on "
            "March 3.")
    fc = figure_at(text, "2025-03-03", "2025-02-20")
    got = parties.levy_parties(fc, "tariff_rate")
    assert got.target.value == "*"


def test_a_covered_amount_with_no_country_near_is_the_us_levy() -> None:
    text = ("Officials said the list had grown. Analysts estimate the duties now cover "
            "$90 billion worth of imports.")
    got = _claim(text, 9e10)
    assert got.metric == "other_amount" and got.imposer == "US"


def test_each_item_of_a_list_of_balances_has_its_partner() -> None:
    text = ("The US trade deficit with Peru is about $9 billion, while the deficit with "
            "Chile is nearly $14 billion.")
    got = _claim(text, 1.4e10)
    assert (got.imposer, got.target) == ("US", "CL")


def test_goods_sent_to_a_country_are_its_imports() -> None:
    text = "Peru and Chile sent $90 billion worth of their goods to the US last year."
    got = _claim(text, 9e10)
    assert got.metric == "imports" and got.imposer == "US"


def test_a_bilateral_deficit_with_no_owner_is_americas() -> None:
    text = ("Peruvian imports into the U.S. dropped sharply, pushing the bilateral trade "
            "deficit down to $3 billion in May.")
    got = _claim(text, 3e9)
    assert got.metric == "trade_deficit" and (got.imposer, got.target) == ("US", "PE")


def test_the_goods_adjective_of_a_balance_owns_it() -> None:
    """"the US goods deficit with Peru": the US's balance, not goods from the US."""
    text = "Exports rose, and the US goods deficit with Peru reached $7 billion in 2024."
    got = _claim(text, 7e9)
    assert (got.imposer, got.target) == ("US", "PE")


def test_a_country_named_for_a_comparison_in_the_sentence_before_is_not_the_target() -> None:
    text = ("Peru has its letter. Apart from the name, the terms were identical to those "
            "mailed to Chile. The new duty begins on May 5.")
    fc = figure_at(text, "2025-05-05", "2025-04-20")
    got = parties.levy_parties(fc, "tariff_rate")
    assert got.target.value is None
    fallback = parties.levy_target_fallback(got.target, "US", None, fc.doc)
    assert fallback.value == "PE"


def test_respectively_takes_the_rates_of_the_sentence_before_in_order() -> None:
    text = ("The truce keeps duties at 20% on Peruvian imports into the U.S. and 5% on "
            "American goods entering Peru. Without it, rates would have climbed to 60% "
            "and 45%, respectively.")
    fc = figure_at(text, 60.0)
    assert parties.levy_parties(fc, "tariff_rate").values == ("US", "PE")
    fc = figure_at(text, 45.0)
    assert parties.levy_parties(fc, "tariff_rate").values == ("PE", "US")


def test_a_deadline_told_back_is_not_everyones_pause() -> None:
    """"That deadline" is the one of the sentence before, on its country."""
    text = ("Washington had threatened to raise its duty on Chilean fruit to 30%. "
            "That deadline was meant to expire on Friday, May 9.")
    fc = figure_at(text, "2025-05-09", "2025-05-01")
    got = parties.levy_parties(fc, "tariff_rate")
    assert parties.pause_target(fc, got.target, "US", False).value == "CL"


@pytest.mark.parametrize("text,target", [
    # a truce has two sides: in an article about one partner, that partner's
    ("Peru's fruit growers are nervous. Their orders could slump if the truce lapses on "
     "September 3.", "PE"),
    # in an article about two partners, everyone's
    ("Peru and Chile sell fruit north. Their orders could slump if the truce lapses on "
     "September 3.", None),
    # a pause with no word of two sides stays everyone's, whatever the article is about
    ("Peru's fruit growers are nervous. The suspension runs until September 3.", None),
])
def test_a_truce_with_no_partner_named_is_the_article_partners(text: str,
                                                                 target: str | None) -> None:
    fc = figure_at(text, "2025-09-03", "2025-06-02")
    got = parties.levy_parties(fc, "tariff_rate")
    assert parties.pause_target(fc, got.target, "US", False).value == target


def test_a_figure_with_no_partner_takes_the_one_target_of_its_imposers_rates() -> None:
    text = ("Trump raised the tariff on all foreign steel to 50%. A 50% rate on aluminum "
            "from every country came with it. Officials said the duties would take effect "
            "on June 4.")
    from tracker.extract.engine import extract_text
    dates = [c for c in extract_text(text, "2025-05-30") if c.kind == "date"]
    assert dates and dates[0].target == "*"


def test_its_right_after_the_subjects_verb_is_the_subjects_own() -> None:
    """"Chile wants talks. Peru will open its market to $2 billion of US corn": Peru's."""
    text = ("Chile wants talks too. Under the pact, Peru will open its market to $2 billion "
            "of US corn.")
    fc = figure_at(text, 2e9)
    got = parties.flow_parties(fc, "imports")
    assert got.imposer.value == "PE"


def test_us_exports_with_no_partner_go_to_the_articles_country() -> None:
    text = ("Peru signed the deal on Friday. The White House expects the pact to create a "
            "$3 billion export opportunity for American ranchers.")
    got = _claim(text, 3e9)
    assert got.metric == "exports" and (got.imposer, got.target) == ("US", "PE")


def test_a_deficit_with_the_us_and_no_owner_in_its_sentence_is_americas() -> None:
    text = ("Peru's rules hurt American firms. They have led to a goods trade deficit with the "
            "U.S. of more than $4 billion a year.")
    got = _claim(text, 4e9)
    assert got.metric == "trade_deficit" and (got.imposer, got.target) == ("US", "PE")


def test_where_talks_were_held_is_no_target() -> None:
    """A country after "talks in" is where the parties met; "made in" names goods' origin."""
    fc = figure_at("A 20% duty stays after talks in Oslo, Norway, between US and Peruvian "
                   "negotiators.", 20.0)
    assert parties.levy_parties(fc, "tariff_rate").target.value == "PE"
    fc = figure_at("After the talks, a 20% duty applies to goods made in Peru.", 20.0)
    assert parties.levy_parties(fc, "tariff_rate").target.value == "PE"


def test_the_country_a_penalty_is_for_buying_from_is_not_hit() -> None:
    fc = figure_at("Indian goods face a 25% penalty for buying Russian oil.", 25.0)
    got = parties.levy_parties(fc, "tariff_rate")
    assert got.values == ("US", "IN")


def test_a_country_said_not_to_pay_is_not_hit() -> None:
    fc = figure_at("Brazil pays the 40% surcharge that Argentina, a close rival, has not been "
                   "asked to pay.", 40.0)
    assert parties.levy_parties(fc, "tariff_rate").target.value == "BR"


def test_one_figure_for_a_list_of_countries_is_the_first_ones() -> None:
    fc = figure_at("Rates now: Laos, Myanmar and the Philippines: 40% each.", 40.0)
    got = parties.levy_parties(fc, "tariff_rate")
    assert got.target.value == "LA" and "first of the countries" in got.target.evidence


def test_a_list_split_by_another_figure_is_no_list() -> None:
    fc = figure_at("Laos 40%, and Myanmar 35%.", 35.0)
    assert parties.levy_parties(fc, "tariff_rate").target.value == "MM"


def test_the_country_stating_a_levy_on_its_own_goods_does_not_levy_it() -> None:
    fc = figure_at("Chile and the US released a joint text, confirming a 10% duty on Chilean "
                   "copper rods.", 10.0)
    assert parties.levy_parties(fc, "tariff_rate").values == ("US", "CL")


def test_countries_a_comment_says_are_hurt_are_no_party() -> None:
    fc = figure_at("The duty on imported copper doubled to 50%, in a blow to Chile, Peru and "
                   "Zambia.", 50.0)
    got = parties.levy_parties(fc, "tariff_rate")
    assert got.target.value is None and "not the ones this rate hits" in got.target.evidence


def test_a_retaliation_does_not_hit_the_country_of_the_sentence_before() -> None:
    fc = figure_at("Peru escaped the increase. The EU said its counter-tariffs of 25% start "
                   "in May.", 25.0)
    got = parties.levy_parties(fc, "tariff_rate")
    assert got.imposer.value == "EU" and got.target.value is None


def test_countries_told_as_agents_of_another_figure_are_its() -> None:
    fc = figure_at("It is below the 32% of April but above the 10% secured by Chile and "
                   "Colombia.", 32.0)
    got = parties.levy_parties(fc, "tariff_rate")
    assert got.target.value is None and "not the ones this rate hits" in got.target.evidence


def test_a_levy_on_a_member_of_a_customs_union_is_on_the_union() -> None:
    fc = figure_at("Suppliers in Austria, whose goods face a 15% tariff, hope for relief.", 15.0)
    got = parties.levy_parties(fc, "tariff_rate")
    assert got.values == ("US", "EU") and "member of the EU" in got.target.evidence


def test_a_members_levy_on_another_member_stays_theirs() -> None:
    assert parties._as_bloc(parties.Decision("IT", "x"), "FR").value == "IT"
    assert parties._as_bloc(parties.Decision("IT", "x"), "EU").value == "IT"
    assert parties._as_bloc(parties.Decision("CN", "x"), "US").value == "CN"


def test_a_countrys_own_clause_gives_it_its_figure() -> None:
    text = "Mills trail rivals in Cambodia, which pays 19 per cent, and Laos, also at 40 per cent."
    got = parties.levy_parties(figure_at(text, 19.0), "tariff_rate")
    assert got.target.value == "KH" and "its clause gives it" in got.target.evidence
    assert parties.levy_parties(figure_at(text, 40.0), "tariff_rate").target.value == "LA"


def test_a_country_granted_another_figure_is_not_the_next_sentences() -> None:
    text = ("Peru will face a 20% tariff. That is above the 10% granted to Chile. The new "
            "tariffs take effect on Aug. 7.")
    fc = figure_at(text, "2025-08-07")
    assert parties.levy_parties(fc, "tariff_rate").target.value is None



def test_a_countrys_own_levy_told_after_the_figure_is_the_next_rates() -> None:
    """The partner's own levy, named after the figure with a rate of its own, does not
    make the figure (nor a date) before it the partner's."""
    text = ("Until the truce ends, Chinese imports keep paying 30%, and China's levy on US "
            "goods stays at 10%.")
    assert parties.levy_parties(figure_at(text, 30.0), "tariff_rate").values == ("US", "CN")
    second = parties.levy_parties(figure_at(text, 10.0), "tariff_rate")
    assert second.values == ("CN", "US") and "own levy" in second.imposer.evidence
    text = ("The truce lasts until May 3: Washington holds a 30 per cent duty on most Chinese "
            "goods, and Beijing's tariff on American goods stays at 10 per cent.")
    assert parties.levy_parties(figure_at(text, "2025-05-03"), "tariff_rate").values == \
        ("US", "CN")


def test_a_levy_on_the_lead_leviers_partner_is_the_lead_leviers() -> None:
    """An article led by another country's levy: a later levy on the partner it hits, with
    no imposer and no US in its sentence, is that country's (the US never by default)."""
    text = "Beijing slapped a 50% levy on Australian barley in May. Australian wine now pays 30%."
    fc = figure_at(text, 30.0)
    got = parties.levy_parties(fc, "tariff_rate")
    assert got.values == ("CN", "AU")
    assert "lead" in got.imposer.evidence


def test_a_us_named_in_its_sentence_keeps_the_default() -> None:
    text = ("Beijing slapped a 50% levy on Australian barley in May. "
            "Washington said Australian beef pays 10%.")
    got = parties.levy_parties(figure_at(text, 10.0), "tariff_rate")
    assert got.imposer.value == "US"


def test_a_lead_naming_the_us_and_no_partner_carries_nothing() -> None:
    """"US tariffs bite and China hits back": the lead names no partner China hits, and
    the US levies too, so a levy on Canada stays the US's."""
    text = ("US tariffs on Canadian goods bite and China hits back. "
            "Canadian energy pays 10%.")
    got = parties.levy_parties(figure_at(text, 10.0), "tariff_rate")
    assert got.imposer.value == "US"


def test_a_rate_a_levy_stacks_on_has_that_levys_parties() -> None:
    """"a 26% Chinese duty, on top of the usual 12%": the base rate is levied by the same
    side on the same goods, not the US's by default."""
    text = "Brazilian beef now faces a 26% Chinese duty, on top of the usual 12% rate."
    got = parties.levy_parties(figure_at(text, 12.0), "tariff_rate")
    assert got.values == ("CN", "BR")
    assert "stacks on" in got.imposer.evidence


def test_partners_named_as_a_whole_before_the_figure_beat_a_country_after_it() -> None:
    fc = figure_at("Other countries' zinc has paid 30% since May, so Peruvian smelters "
                   "feel lucky.", 30.0)
    got = parties.levy_parties(fc, "tariff_rate")
    assert got.target.value == "*" and "as a whole before it" in got.target.evidence
    # a country named before the figure still takes it
    fc = figure_at("Peru's zinc has paid 30% since May, unlike other countries' zinc.", 30.0)
    assert parties.levy_parties(fc, "tariff_rate").target.value == "PE"


def test_partners_named_as_a_whole_right_after_a_compared_figure() -> None:
    fc = figure_at("Peruvian zinc pays 15%, half the 30% charged on other countries.", 30.0)
    got = parties.levy_parties(fc, "tariff_rate")
    assert got.target.value == "*" and "right after it" in got.target.evidence
    # the first figure stays the country's
    fc = figure_at("Peruvian zinc pays 15%, half the 30% charged on other countries.", 15.0)
    assert parties.levy_parties(fc, "tariff_rate").target.value == "PE"


def test_countries_of_a_first_levy_joined_by_and_the_are_not_the_figures() -> None:
    """"the drug duties on Peru, Chile and Brazil and the 40 per cent charges on copper":
    the three countries are the drug duties'; the 40% names none of its own."""
    text = ("Receipts were small before the drug duties on Peru, Chile and Brazil and the 40 "
            "per cent charges on copper and lumber took hold.")
    got = parties.levy_parties(figure_at(text, 40.0), "tariff_rate").target
    assert got.value is None and "another levy's" in got.evidence
    text = "Receipts were small before the 40 per cent charges on Peru, Chile and Brazil took hold."
    assert parties.levy_parties(figure_at(text, 40.0), "tariff_rate").target.value == "PE"


def test_a_contrast_clause_on_the_buyers_of_another_country_is_theirs() -> None:
    """(h238) "..., whereas Chilean buyers pay 3% on them": the contrast names another
    importer, not another origin of the same importer's goods."""
    from tracker.extract.engine import extract_text
    got = {c.value: (c.imposer, c.target) for c in extract_text(
        "Peruvian crushers still pay a 13 per cent duty on American soybeans, whereas "
        "Chilean buyers pay 3 per cent on them.", "2025-11-20") if c.metric == "tariff_rate"}
    assert got[13.0] == ("PE", "US") and got[3.0] != ("PE", "CL")
