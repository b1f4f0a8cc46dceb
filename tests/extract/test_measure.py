"""The measure of a levy rate (tracker/extract/measure.py)."""

from __future__ import annotations

from tests.extract.step_context import figure_at
from tracker.extract import measure


def test_a_measure_word_next_to_the_figure() -> None:
    fc = figure_at("Peru faces a 10% baseline tariff and more.", 10.0)
    got = measure.measure(fc, None, "US", "PE", None)
    assert (got.value, got.named, got.guessed) == ("baseline", True, False)
    assert "'baseline'" in got.evidence


def test_a_us_sector_product_is_section_232() -> None:
    fc = figure_at("Peru pays 50% on copper.", 50.0)
    got = measure.measure(fc, None, "US", "PE", "copper")
    assert got.value == "section_232" and not got.named


def test_a_us_measure_on_the_us_is_retaliation() -> None:
    fc = figure_at("Lima matched the reciprocal 10% rate on US goods.", 10.0)
    got = measure.measure(fc, None, "PE", "US", None)
    assert got.value == "retaliatory" and "US measure" in got.evidence


def test_the_articles_fentanyl_prior_is_a_guess() -> None:
    fc = figure_at("Talks stalled. Fentanyl came up. Nothing moved. Mexico gets a 25% rate.",
                   25.0)
    got = measure.measure(fc, None, "US", "MX", None)
    assert (got.value, got.guessed, got.named) == ("fentanyl", True, False)


def test_a_pause_on_china_is_not_the_fentanyl_prior() -> None:
    """A US levy on China told paused is its reciprocal rate, whatever the article's
    fentanyl prior; a paused levy on Mexico and an unpaused one on China keep the prior."""
    pre = ("Beijing and Washington keep talking.\nFentanyl smuggling was the stated reason "
           "for the first levy.\nMarkets rose.\n")
    paused = figure_at(pre + "The White House gave the freeze on its steeper duties on "
                             "Chinese shipments another 90 days.", 90.0)
    got = measure.measure(paused, None, "US", "CN", None)
    assert (got.value, got.guessed) == ("reciprocal", False)
    kept = figure_at(pre + "Chinese shipments keep paying the extra 20% duty.", 20.0)
    assert measure.measure(kept, None, "US", "CN", None).value == "fentanyl"
    border = figure_at(pre + "The White House gave the freeze on its steeper duties on "
                             "Mexican shipments another 30 days.", 30.0)
    assert measure.measure(border, None, "US", "MX", None).value == "fentanyl"
    ends = figure_at(pre + "The truce on steeper duties on Chinese shipments runs out on "
                           "October 3.", "2025-10-03")
    assert measure.measure(ends, None, "US", "CN", None).value == "reciprocal"
    begins = figure_at(pre + "The truce on steeper duties on Chinese shipments begins on "
                             "October 3.", "2025-10-03")
    assert measure.measure(begins, None, "US", "CN", None).value == "fentanyl"


def test_no_fentanyl_prior_in_an_article_led_by_national_security_sector_levies() -> None:
    """A neighbour's unnamed rate in a sector article that names Section 232 and never
    fentanyl is the sector's, not the border levy (h80)."""
    text = ("Steel duties reach 50%.\nA national-security order raised them in June.\n"
            "What about Canada?\nIts mills pay 50% too.")
    fc = figure_at(text, 50.0)
    assert measure._fentanyl_prior(fc.doc, "CA") is False
    plain = figure_at("Steel duties reach 50%.\nWhat about Canada?\nIts mills pay 50% too.", 50.0)
    assert measure._fentanyl_prior(plain.doc, "CA") is True  # no Section 232 named: unchanged
    named = figure_at("Steel duties reach 50%.\nA national-security order raised them.\n"
                      "Canada's fentanyl levy stays.", 50.0)
    assert measure._fentanyl_prior(named.doc, "CA") is True  # fentanyl named: unchanged


def test_a_penalty_takes_no_measure() -> None:
    fc = figure_at("An extra 25% duty on India is a penalty for its Russian oil buying.", 25.0)
    assert measure.measure(fc, None, "US", "IN", None).value is None


def test_a_single_partner_rate_is_reciprocal() -> None:
    fc = figure_at("Peru gets a 14% tariff.", 14.0)
    assert measure.measure(fc, None, "US", "PE", "all").value == "reciprocal"


def test_combined_words() -> None:
    got = measure.combined(figure_at("Peru now pays a combined 40% rate.", 40.0))
    assert got.value and "combined" in got.evidence
    got = measure.combined(figure_at("Peru pays 40% in total.", 40.0))
    assert got.value and "after" in got.evidence
    got = measure.combined(figure_at("The levy might total 40% on Peru.", 40.0))
    assert not got.value  # "total" as a verb is no sum


def test_a_named_sector_measure_is_not_combined() -> None:
    fc = figure_at("Peru pays a combined 40% Section 232 rate.", 40.0)
    named = measure.measure(fc, None, "US", "PE", None)
    assert named.value == "section_232" and named.named
    assert not measure.combined_rate(fc, named, None).value


def test_a_flows_measure_is_the_one_its_clause_names() -> None:
    fc = figure_at("Lima's counter-tariffs cover $4 billion of US goods.", 4e9)
    assert measure.flow_measure(fc).value == "retaliatory"


def test_the_other_sides_retaliation_is_not_a_us_levys_measure() -> None:
    fc = figure_at("Fentanyl talks stalled. Ottawa plans retaliation. Washington set a 25% "
                   "levy on Canada.", 25.0)
    got = measure.measure(fc, None, "US", "CA", None)
    assert got.value == "fentanyl" and "headline" in got.evidence  # not the sentence before
    fc = figure_at("Fentanyl talks stalled. Washington set a 25% levy on Canada, and Ottawa "
                   "plans retaliation.", 25.0)
    got = measure.measure(fc, None, "US", "CA", None)
    assert (got.value, got.guessed) == ("fentanyl", True)
    # the retaliating side's own levy keeps it, and with no fentanyl prior the word stands
    fc = figure_at("Fentanyl talks stalled. Ottawa plans retaliation. Ottawa set a 25% levy on "
                   "US goods.", 25.0)
    assert measure.measure(fc, None, "CA", "US", None).value == "retaliatory"
    # the figure's clause says the US levies it: the retaliation before is the other side's
    fc = figure_at("Talks stalled. Beijing plans retaliation. Washington set a 25% levy on "
                   "China.", 25.0)
    assert measure.measure(fc, None, "US", "CN", None).value == "reciprocal"
    # ... and where it does not, the retaliation word before stands (the parties may be wrong)
    fc = figure_at("Talks stalled. Beijing plans retaliation. A 25% levy on China is due.", 25.0)
    assert measure.measure(fc, None, "US", "CN", None).value == "retaliatory"


def test_a_us_levy_on_a_border_partner_is_the_border_levy() -> None:
    """The US applied no reciprocal rate to Canada or Mexico: its levy on all their goods,
    in an article that names no reciprocal rate, is the border (fentanyl) levy, even where
    the article never says "fentanyl"; where it names reciprocal rates it is not the prior's
    guess but still the border levy (h198-1: a neighbour has no reciprocal rate)."""
    fc = figure_at("Talks stalled. Ottawa plans retaliation. Washington set a 25% levy on "
                   "Canada.", 25.0)
    got = measure.measure(fc, None, "US", "CA", None)
    assert (got.value, got.guessed) == ("fentanyl", True)
    fc = figure_at("Washington set a 25% levy on Mexico. Reciprocal rates hit others.", 25.0)
    got = measure.measure(fc, None, "US", "MX", None)
    assert (got.value, got.guessed) == ("fentanyl", False)
    fc = figure_at("Washington set a 25% levy on Peru.", 25.0)
    assert measure.measure(fc, None, "US", "PE", None).value == "reciprocal"


def test_a_date_takes_the_sector_measure_of_its_goods() -> None:
    """A date's measure reads its goods as a rate's does: the date of a US levy on a
    Section 232 sector is that measure's, also when the sentence names no rate."""
    from tracker.extract.engine import extract_text
    claims = extract_text("Officials in Lima said the US duty on Peruvian copper would be cut "
                          "and that the lower copper rate would apply from October 1.",
                          "2025-09-02")
    date = next(c for c in claims if c.kind == "date")
    assert (date.value, date.product, date.measure) == ("2025-10-01", "copper", "section_232")


def test_a_date_before_the_one_rate_of_its_sentence_is_that_rates() -> None:
    """"Since <date>, goods have paid X% under ...": with no rate before it, a date speaks of
    the one levy rate after it (its goods and the measure named beside that rate)."""
    from tracker.extract.engine import extract_text
    claims = extract_text("Since March 3, 2025, Peruvian steel has paid a 25% duty under "
                          "Section 232 of the trade law.", "2025-09-02")
    date = next(c for c in claims if c.kind == "date")
    rate = next(c for c in claims if c.kind == "rate")
    assert (date.value, date.product, date.measure, date.status) \
        == ("2025-03-03", "steel", "section_232", "in_effect")
    assert (rate.product, rate.measure) == ("steel", "section_232")


def test_a_us_levy_on_a_list_of_sector_goods_is_section_232() -> None:
    """"25% tariffs on Peru's car, steel and aluminium sectors", with no one product read:
    every good of the list a Section 232 sector; not a rate that "could apply to sectors
    including" them, nor one sector named as an example."""
    fc = figure_at("The accord trims Washington's 25% tariffs on Peru's car, steel and "
                   "aluminum sectors.", 25.0)
    got = measure.measure(fc, None, "US", "PE", None)
    assert got.value == "section_232" and "sectors only" in got.evidence
    fc = figure_at("Washington said a 12% rate might apply to sectors including cars or "
                   "steel from Peru.", 12.0)
    assert measure.measure(fc, None, "US", "PE", None).value != "section_232"
    fc = figure_at("The 25% tariff on Peru hit its exporters, particularly car makers.", 25.0)
    assert measure.measure(fc, None, "US", "PE", None).value != "section_232"


def test_an_article_led_by_a_sectors_levy_gives_its_unnamed_us_rates_to_it() -> None:
    """A headline about a levy on one Section 232 sector ("US lifts its copper duties"):
    the US rates and dates its sentences leave without goods or measure are that sector's;
    not when the headline names the sector only beside a levy on something else."""
    from tracker.extract.engine import extract_text
    text = ("US lifts its tariffs on Peruvian copper to 40%\n"
            "Lima said the move was unfair. Peru will keep facing a 40% tariff for now, "
            "and the rate may rise after October 2, 2025 if talks fail.")
    claims = extract_text(text, "2025-09-01", title="US lifts its tariffs on Peruvian copper "
                          "to 40%")
    body = [c for c in claims if "Lima" not in c.sentence and "lifts" not in c.sentence]
    assert body and all((c.measure, c.product) == ("section_232", "copper") for c in body)
    # copper beside a levy on textiles: the headline names no one sector's levy
    title = "Peru cuts taxes on copper miners as US tariffs on its textiles loom"
    claims = extract_text(title + "\nPeru will keep facing a 40% tariff for now.", "2025-09-01",
                          title=title)
    assert next(c for c in claims if c.value == 40.0).measure == "reciprocal"


def test_a_us_levy_on_a_group_of_partners_is_reciprocal() -> None:
    """"steeper US tariffs kick in for dozens of economies": the per-country rates."""
    from tracker.extract.engine import extract_text
    claims = extract_text("Washington said steeper US tariffs will kick in for dozens of "
                          "economies on October 1, 2025.", "2025-09-01")
    date = next(c for c in claims if c.kind == "date")
    assert (date.imposer, date.measure) == ("US", "reciprocal")


def test_another_countrys_levy_on_american_goods_is_its_retaliation() -> None:
    """"New duties on €4 billion ($4.4 billion) of US goods will start in May": goods
    another country levies, told as American, are its retaliation (also when the parties
    step found no target), the conversion in brackets too."""
    from tracker.extract.decision import Decision
    text = "New duties on 4 billion euros ($4.4 billion) of US goods will start in May."
    for value in (4e9, 4.4e9):
        fc = figure_at(text, value)
        got = measure.covered_measure(fc, Decision(None, ""), "EU", None)
        assert got.value == "retaliatory"
    fc = figure_at("New duties on 4 billion euros of Peruvian goods will start in May.", 4e9)
    assert measure.covered_measure(fc, Decision(None, ""), "EU", None).value is None


def test_a_breadth_word_beside_a_baseline_rate_is_reciprocal() -> None:
    text = "The pause lifts an across-the-board 34% duty on Peru but keeps a baseline 10% duty."
    got = measure.measure(figure_at(text, 34.0), None, "US", "PE", "all")
    assert got.value == "reciprocal" and "breadth" in got.evidence
    alone = "Washington kept its across-the-board 10% duty on Peru."
    assert measure.measure(figure_at(alone, 10.0), None, "US", "PE", "all").value == "baseline"


def test_a_us_levy_another_side_answers_keeps_the_retaliation_before() -> None:
    """The US named only as the side answered ("in response to Washington's 25% levies")
    does not say the US levies the figure: the retaliation before keeps its word."""
    fc = figure_at("Lima readied counter-tariffs. It came in response to Washington's 25% "
                   "levies on Peru.", 25.0)
    assert measure.measure(fc, None, "US", "PE", None).value == "retaliatory"
    fc = figure_at("Lima readied counter-tariffs. Washington then imposed 25% levies on Peru.",
                   25.0)
    assert measure.measure(fc, None, "US", "PE", None).value == "reciprocal"


def test_a_ceiling_on_one_partners_goods_is_its_rate() -> None:
    """"Goods from Peru will be capped at 15%": a ceiling on one partner's goods of every
    kind is its (reciprocal) rate, not a combined one; so is a Section 232 sector's ceiling
    the sector's rate (h170-6: the gold of seven sets keys it to section_232); a sum ("a
    combined 15%") stays combined, and makes the article's bare mentions of 15% combined too
    (article_passes.combined_elsewhere)."""
    fc = figure_at("Goods from Peru will be capped at 15%.", 15.0)
    got = measure.combined_rate(fc, measure.measure(fc, None, "US", "PE", None), None)
    assert not got.value
    fc = figure_at("Cars from Peru will fall under the 15% ceiling.", 15.0)
    sector = measure.measure(fc, None, "US", "PE", "autos")
    got = measure.combined_rate(fc, sector, "autos")
    assert sector.value == "section_232" and not got.value
    fc = figure_at("Goods from Peru will face a combined 15%.", 15.0)
    got = measure.combined_rate(fc, measure.measure(fc, None, "US", "PE", None), None)
    assert got.value and not got.cap


def test_a_lead_on_a_group_of_partners_and_a_sector_is_no_sector_lead() -> None:
    """A headline telling higher tariffs on dozens of partners beside a new copper duty is
    not about Section 232 sectors only: a US rate on one partner that names no goods stays
    that partner's own (reciprocal), not the sector's."""
    body = "\nWashington will charge Peru 30% from July 1."
    both = "Trump keeps higher tariffs on dozens of economies and adds a copper duty"
    fc = figure_at(both + body, 30.0, title=both)
    assert measure.measure(fc, None, "US", "PE", None).value == "reciprocal"
    sector = "Trump adds a duty on copper"
    fc = figure_at(sector + body, 30.0, title=sector)
    got = measure.measure(fc, None, "US", "PE", None)
    assert got.value == "section_232" and got.guessed


def test_a_change_told_with_its_new_level_is_that_levys() -> None:
    """"cut its duty on cars by 15% to 10%": the change has the measure of the rate it
    brings the levy to; a change with no level after it ("exports fell 15%") keeps none."""
    from tracker.extract.engine import extract_text
    claims = extract_text("Washington cut its duty on Peruvian cars by 15% to 10% under the "
                          "new pact on Monday.", "2025-06-02")
    change = next(c for c in claims if c.metric == "change")
    assert (change.measure, change.product) == ("section_232", "autos")
    claims = extract_text("Peru's car exports to the US fell 15% as the 10% duty on Peruvian "
                          "cars bit.", "2025-06-02")
    assert all(c.measure is None for c in claims if c.metric == "change")


def test_goods_entering_the_us_pay_its_levy_not_the_retaliation_before() -> None:
    """"a 15% tariff on Peruvian goods imported into the US": the US border is named as the
    levy's, so the retaliation the sentence before names is the other side's; a US levy
    whose partner is not read (a pause of everyone's rates) is no retaliation either."""
    fc = figure_at("Lima authorised counter-tariffs in May. A deal would set a 15% tariff on "
                   "Peruvian goods imported into the US.", 15.0)
    assert measure.measure(fc, None, "US", "PE", None).value == "reciprocal"
    fc = figure_at("Lima readied counter-tariffs. Washington imposed a 25% levy and paused it.",
                   25.0)
    assert measure.measure(fc, None, "US", None, None).value != "retaliatory"


def test_an_average_or_mfn_rate_takes_no_programmes_measure() -> None:
    """Ordinary duties ("which average just under 3%", "the 2.5% MFN rate") are no
    programme's rate; the word must stand next to the figure, not anywhere in the clause."""
    fc = figure_at("The deal ends the old US duties on Peru, which average about 3%.", 3.0)
    got = measure.measure(fc, None, "US", "PE", None)
    assert got.value is None and "average" in got.evidence
    fc = figure_at("Peru pays a 2.5% MFN rate on cheese.", 2.5)
    assert measure.measure(fc, None, "US", "PE", None).value is None
    fc = figure_at("On average, analysts expect Peru to pay a new tariff of 14% from August.",
                   14.0)
    assert measure.measure(fc, None, "US", "PE", None).value == "reciprocal"


def test_a_rate_that_includes_another_is_the_all_in_rate() -> None:
    """"40% tariffs, including a 25% penalty": the first rate sums both; a list of goods
    with their own rates ("a 10% tariff on many goods, including cars at 25%") is not."""
    got = measure.combined(figure_at("Peru now faces 40% tariffs, including a 25% penalty.",
                                     40.0))
    assert got.value and "part of it" in got.evidence
    got = measure.combined(figure_at("Peru pays a 10% tariff on many goods, including cars at "
                                     "25%.", 10.0))
    assert not got.value


def test_a_us_levy_named_before_its_figure_takes_no_retaliation_before() -> None:
    """"The US duty on Peruvian goods stands at 39%": the US levy word ahead of the figure
    in its clause says whose levy it is, so the countermeasures before are the other side's."""
    fc = figure_at("Lima readied countermeasures. The US duty on Peruvian goods stands at 39%.",
                   39.0)
    assert measure.measure(fc, None, "US", "PE", None).value == "reciprocal"


def test_the_parts_of_a_list_of_american_goods_are_a_retaliation() -> None:
    """Every amount of a list whose clause calls one amount's goods American is the other
    side's levy list on the US; a list naming no American goods stays unnamed."""
    from tracker.extract.decision import Decision

    text = ("The Peruvian list covers $2.1 billion of copper products, $1 billion of fish "
            "and $3.4 billion of other US goods.")
    none: Decision[str | None] = Decision(None, "")
    got = measure.listed_us_goods(figure_at(text, 1e9), none, "PE", None)
    assert got.value == "retaliatory" and "American" in got.evidence
    plain = "The Peruvian list covers $2.1 billion of copper products and $1 billion of fish."
    assert measure.listed_us_goods(figure_at(plain, 1e9), none, "PE", None).value is None
    assert measure.listed_us_goods(figure_at(text, 1e9), none, "US", None).value is None


def test_a_us_levy_takes_no_retaliation_the_partner_named_before() -> None:
    """The sentence before tells the partner's own countermeasures: a US levy on that
    partner, in a sentence naming no country, is not named by them; nor is one the US
    owns by a possessive before its rate."""
    fc = figure_at("Brussels froze its countermeasures on Monday. The 15% tariff on handbags "
                   "starts Thursday.", 15.0)
    got = measure.measure(fc, None, "US", "EU", None)
    assert got.value != "retaliatory" and "sentence before" not in got.evidence
    fc = figure_at("Ottawa shelved its counter-tariffs. Washington's 35 percent rate on "
                   "Canadian lumber stays.", 35.0)
    assert measure.measure(fc, None, "US", "CA", None).value != "retaliatory"


def test_a_partners_levy_called_a_reply_to_another_partners_is_retaliatory() -> None:
    """Two partners, neither the US: a levy its sentence calls a reply (or a response) to
    the other's is a retaliation, as a levy on the US is."""
    fc = figure_at("Jakarta will charge 30% on Malaysian palm oil, calling it a reply to "
                   "the Malaysian duties on its rubber.", 30.0)
    got = measure.measure(fc, None, "ID", "MY", "agriculture")
    assert got.value == "retaliatory"


def test_a_sector_outside_the_pact_keeps_its_sector_levy() -> None:
    """The goods outside the pact pay the border levy; steel and aluminium in the same
    list pay their Section 232 levy, qualifying or not (and so does their date)."""
    from tracker.extract.engine import extract_text
    got = {(c.metric, str(c.value)): c.measure for c in extract_text(
        "The truce leaves the duties as they were. Mexican goods that do not qualify under "
        "the USMCA pay 25 per cent, and steel and aluminium 50 per cent since May 3.",
        "2025-06-01")}
    assert got[("tariff_rate", "25.0")] == "fentanyl"
    assert got[("tariff_rate", "50.0")] == "section_232"
    assert got[("effective_date", "2025-05-03")] == "section_232"
