"""The status of a figure (tracker/extract/status.py)."""

from __future__ import annotations

from tests.extract.step_context import figure_at
from tracker.extract import status


def test_the_nearest_status_word() -> None:
    got = status.status(figure_at("Trump threatened a 60% levy on Peru.", 60.0),
                        None, "tariff_rate")
    assert got.value == "proposed" and "'threatened'" in got.evidence


def test_the_old_value_of_a_change_is_previous() -> None:
    got = status.status(figure_at("The duty went from 12% to 8%.", 12.0), None, "tariff_rate")
    assert got.value == "previous" and "change" in got.evidence


def test_faces_with_a_later_date_is_scheduled() -> None:
    fc = figure_at("Peru faces a 30% tariff from Sept. 1.", 30.0, published="2025-08-01")
    assert status.status(fc, None, "tariff_rate").value == "scheduled"
    fc = figure_at("Peru faces a 30% tariff from Sept. 1.", 30.0, published="2025-10-01")
    assert status.status(fc, None, "tariff_rate").value == "in_effect"


def test_a_plan_called_off() -> None:
    fc = figure_at("Washington kept Peru at 10% rather than raising it to 20%.", 20.0)
    assert status.status(fc, None, "tariff_rate").value == "proposed"


def test_a_deal_named_in_the_clause_makes_a_levy_agreed() -> None:
    fc = figure_at("Under the new agreement Peru gets a 10% rate.", 10.0)
    got = status.status(fc, None, "tariff_rate")
    assert got.value == "agreed"


def test_a_failed_deal_is_no_agreement_cue() -> None:
    fc = figure_at("Peru failed to reach a deal and faces 20%.", 20.0)
    assert "agreed" not in [m.value for m in status.status_cues(fc.sent)]


def test_an_effective_adjective_is_no_schedule_cue() -> None:
    fc = figure_at("The effective tariff rate on Peru is 12%.", 12.0)
    assert "scheduled" not in [m.value for m in status.status_cues(fc.sent)]
    fc = figure_at("A 12% tariff on Peru, effective Aug. 1.", 12.0)
    assert "scheduled" in [m.value for m in status.status_cues(fc.sent)]


def test_a_sector_rate_without_a_cue_is_in_force() -> None:
    fc = figure_at("Copper from Peru draws 50%.", 50.0)
    got = status.status(fc, "section_232", "tariff_rate")
    assert got.value == "in_effect" and "section_232" in got.evidence
    assert status.status(fc, "section_232", "change").value is None


def test_a_date_after_publication_is_scheduled() -> None:
    fc = figure_at("The duties start Aug. 4.", "2025-08-04", published="2025-07-20")
    assert status.date_status(fc).value == "scheduled"
    fc = figure_at("The duties started Aug. 4.", "2025-08-04", published="2025-08-20")
    assert status.date_status(fc).value == "in_effect"


def test_status_quo() -> None:
    fc = figure_at("Peru's trucks have paid 25% since March.", 25.0)
    assert status.status_quo(fc.text, fc.fig)
    fc = figure_at("Peru's trucks will pay 25% in March.", 25.0)
    assert not status.status_quo(fc.text, fc.fig)


# ----------------------------------------------- sanity: superseded, threatened, conditional
def _status_of(text: str, value: float, published: str = "2025-06-01") -> str | None:
    from tracker.extract.engine import extract_text

    return next(c.status for c in extract_text(text, published) if c.value == value)


def test_a_plan_told_in_the_past_is_previous() -> None:
    assert _status_of("Thailand was to face a 36% tariff before the talks.", 36.0) == "previous"
    assert _status_of("Thai goods had been facing a 36% duty until the pact.", 36.0) \
        == "previous"


def test_a_rate_weighed_is_proposed() -> None:
    assert _status_of("The White House mulled a 40% levy on Thai rubber.", 40.0) == "proposed"


def test_a_rate_on_a_condition_is_proposed_but_reported_speech_is_not() -> None:
    assert _status_of("Thai goods would be hit with a 36% tariff if talks fail.", 36.0) \
        == "proposed"
    assert _status_of("Trump said Thai goods would face a 36% tariff from Aug. 1.", 36.0) \
        == "scheduled"


def test_a_rate_told_held_now_before_a_conditional_stays_in_force() -> None:
    text = ("Peru's bill raises duties on Chilean goods. Chilean trucks, which now pay a 12% "
            "Peruvian tariff, would pay 30% if Lima's congress approves the bill.")
    assert _status_of(text, 12.0, "2025-10-10") == "in_effect"
    assert _status_of(text, 30.0, "2025-10-10") == "proposed"


# ------------------------------------------------- old values alone, threatened dates, pledges
def test_a_change_from_a_figure_to_none_makes_it_previous() -> None:
    assert _status_of("Duties on Thai shrimp were lowered from 18% last week.", 18.0) \
        == "previous"
    # ... not a figure that is the new level
    assert _status_of("Duties on Thai shrimp were lowered to 18% last week.", 18.0) != "previous"


def test_the_date_of_a_threatened_rate_is_proposed() -> None:
    from tracker.extract.engine import extract_text

    got = {c.metric: c.status for c in extract_text(
        "Trump threatened a 60% duty on Thai rubber from Oct. 1.", "2025-07-01")}
    assert got == {"tariff_rate": "proposed", "effective_date": "proposed"}


def test_a_pledge_is_agreed_with_or_without_a_deal_named() -> None:
    deal = "The two sides reached a deal on Friday. Thailand will invest $9 billion in US farms."
    assert _status_of(deal, 9e9) == "agreed"
    # (rules/status.toml [pledge_alone]; a flow still needs the deal named)
    assert _status_of("Thailand will invest $9 billion in US farms.", 9e9) == "agreed"


def test_the_next_sentence_says_when_the_levies_start() -> None:
    text = "Peru got a 20% tariff. The duties are set to kick in next week."
    got = status.status(figure_at(text, 20.0), "fentanyl", "tariff_rate")
    assert got.value == "scheduled" and "next sentence" in got.evidence
    # a next sentence with a rate of its own, or no status word, says nothing of this one
    text = "Peru got a 20% tariff. A 5% duty is set to kick in next week."
    assert status.status(figure_at(text, 20.0), "fentanyl", "tariff_rate").value == "in_effect"
    text = "Peru got a 20% tariff. Officials met on Friday."
    assert status.status(figure_at(text, 20.0), "fentanyl", "tariff_rate").value == "in_effect"


def test_a_threat_on_a_condition_is_proposed_however_far_its_verb() -> None:
    text = ("Lima had threatened to lift duties on a broad list of US goods to 30% unless "
            "talks ended.")
    got = status.status(figure_at(text, 30.0), None, "tariff_rate")
    assert got.value == "proposed" and "condition" in got.evidence
    text = "Lima had threatened to lift duties on a broad list of US goods to 30% last spring."
    assert status.status(figure_at(text, 30.0), None, "tariff_rate").value != "proposed"


def _claim(text: str, value: object, published: str | None = "2025-06-20"):
    from tracker.extract.engine import extract_text
    return next(c for c in extract_text(text, published) if c.value == value)


def test_a_deal_sought_or_only_possible_is_no_deal() -> None:
    """"leave room for a solution negotiated with Peru", "to achieve a negotiated outcome", "the
    potential deal": the rate beside them is not a deal's."""
    got = _claim("Lima wants to achieve a negotiated outcome to avert a 30% duty that Chile "
                 "says it will apply on July 1.", 30.0)
    assert got.status == "scheduled"
    got = _claim("Under the potential deal, a 12% rate could apply to Peruvian wine.", 12.0)
    assert got.status == "proposed"
    got = _claim("Chile will put its 40-day freeze of duties in place to leave room for a "
                 "solution negotiated with Peru.", 40.0)
    assert got.status != "agreed"


def test_a_date_of_a_change_on_a_condition_is_proposed() -> None:
    got = _claim("Peruvian officials warned that duties on Chilean cars may rise after "
                 "September 3, 2025 if Santiago breaks the accord.", "2025-09-03")
    assert got.status == "proposed"
    got = _claim("Duties on Chilean cars will rise on September 3, 2025.", "2025-09-03")
    assert got.status == "scheduled"


def test_a_date_told_as_today_is_in_force() -> None:
    """With no publication date, "today" is still the day the text is written (the text
    anchors it with a full date: an unanchored "today" is no claim, see metric._anchored_day)."""
    from tracker.extract.engine import extract_text
    text = "Peru's 12% levy on Chilean wine, signed on May 2, 2025, kicks in today."
    got = [c for c in extract_text(text, None) if c.kind == "date" and c.quote == "today"]
    assert got and got[0].status == "in_effect"


def test_a_rate_in_apposition_before_its_change_is_in_force() -> None:
    """"Duties on X, currently 27%, will be cut to 15%": the rate in force now."""
    got = _claim("Duties on Chilean trucks, currently set at 27%, will be reduced to 15% "
                 "under the accord.", 27.0)
    assert got.status == "in_effect"


def test_no_deal_sets_the_baseline() -> None:
    """A deal named beside the baseline rate does not make that rate the deal's: the
    baseline everyone pays is in force."""
    got = _claim("Lima's agreement is a model, with officials saying no later accord will "
                 "go below the 10% baseline rate.", 10.0)
    assert (got.measure, got.status) == ("baseline", "in_effect")


def test_an_old_value_told_current_stays_in_effect() -> None:
    from tracker.extract.engine import extract_text

    text = "Lima will cut its duty on wine to 5% from the prevailing 20%."
    got = {c.value: c.status for c in extract_text(text, "2025-07-01")
           if c.metric == "tariff_rate"}
    # the old rate holds until the change takes effect; no deal named: scheduled
    assert got == {20.0: "in_effect", 5.0: "scheduled"}


def test_told_current_needs_its_adjective() -> None:
    text = "down from the current 20% and from 30%"
    assert status.told_current(text, figure_at(text, 20.0).fig)
    assert not status.told_current(text, figure_at(text, 30.0).fig)


def test_a_rate_that_remains_is_in_effect() -> None:
    fc = figure_at("The 10% duty on all goods remains, officials said.", 10.0)
    got = status.status(fc, None, "tariff_rate")
    assert got.value == "in_effect" and "staying" in got.evidence
    fc = figure_at("The 10% duty on all goods remains unclear.", 10.0)
    assert "staying" not in status.status(fc, None, "tariff_rate").evidence


def test_subject_to_with_a_later_start_is_scheduled() -> None:
    fc = figure_at("Peru is subject to a 30% tariff from Sept. 1.", 30.0, published="2025-08-01")
    assert status.status(fc, None, "tariff_rate").value == "scheduled"
    fc = figure_at("Peru is subject to a 30% tariff from Sept. 1.", 30.0, published="2025-10-01")
    assert status.status(fc, None, "tariff_rate").value == "in_effect"


def test_a_partners_pause_needs_a_levy_word_near_the_pause_word() -> None:
    fc = figure_at("Lima agreed to pause its duties on Chile for a month. "
                   "It had planned 25% duties on Chilean goods.", 25.0)
    measures, partners = status._paused_levies(fc.doc)
    assert ("CL", frozenset()) in partners
    fc = figure_at("The talks of last week brought a pause on Chile's export limits. "
                   "Lima weighed 25% duties on Chilean goods.", 25.0)
    assert status._paused_levies(fc.doc) == (frozenset(), frozenset())


def test_a_timetable_is_the_figures_own_only_with_no_figure_between() -> None:
    text = ("Lima announced duties on $1 billion of Chilean fruit, with a further $5 billion "
            "in duties if the dispute lasts for 21 days.")
    first, second = figure_at(text, 1e9), figure_at(text, 5e9)
    hi = len(text)
    assert status._timetable(first.sent, first.fig, first.figs, hi) is None
    assert status._timetable(second.sent, second.fig, second.figs, hi) == "for 21 days"


def test_holding_until_a_month_that_has_passed_is_previous() -> None:
    fc = figure_at("Chile's duty, which stood at 30% until May, is now 10%.", 30.0,
                   published="2025-06-10")
    assert status._until_past(fc)
    fc = figure_at("Chile's duty, which stood at 30% until May, is now 10%.", 30.0,
                   published="2025-04-10")
    assert not status._until_past(fc)


def test_a_date_after_a_threat_word_is_proposed() -> None:
    fc = figure_at("Lima threatened a 35% duty on Chile, effective Aug. 1.", "2025-08-01",
                   published="2025-07-10")
    assert status.date_status(fc).value == "proposed"
    fc = figure_at("Lima set a 35% duty on Chile, effective Aug. 1.", "2025-08-01",
                   published="2025-07-10")
    assert status.date_status(fc).value == "scheduled"


def test_a_levy_taken_away_is_previous() -> None:
    fc = figure_at("In exchange, Peru will scrap its 9% duty on Chilean pears.", 9.0)
    got = status.status(fc, None, "tariff_rate")
    assert got.value == "previous" and "'scrap'" in got.evidence


def test_a_removal_verb_before_to_is_a_raise_not_a_removal() -> None:
    fc = figure_at("Peru lifted the duty on Chilean pears to 9%, which irks growers.", 9.0)
    assert status.status(fc, None, "tariff_rate").value != "previous"


def test_a_negated_removal_leaves_the_levy_alone() -> None:
    fc = figure_at("Peru would not scrap its 9% duty on Chilean pears.", 9.0)
    assert status.status(fc, None, "tariff_rate").value != "previous"


def test_a_deal_rate_whose_start_has_passed_is_in_force() -> None:
    text = "Peru and Chile agreed on a 9% duty on pears, effective May 2."
    fc = figure_at(text, 9.0, published="2025-06-10")
    assert status.status(fc, None, "tariff_rate").value == "in_effect"
    fc = figure_at(text, 9.0, published="2025-04-10")
    assert status.status(fc, None, "tariff_rate").value == "agreed"


def test_a_levy_delayed_to_a_later_day_is_scheduled() -> None:
    text = "The decree delays the planned 9% duty on Chilean pears until Aug. 3."
    fc = figure_at(text, 9.0, published="2025-07-20")
    got = status.status(fc, None, "tariff_rate")
    assert got.value == "scheduled" and "delays" in got.evidence
    fc = figure_at(text, 9.0, published="2025-09-20")
    assert status.status(fc, None, "tariff_rate").value != "scheduled"


def test_an_old_value_told_current_after_it_is_in_force() -> None:
    text = "Lima will cut its duty on pears to 4% from the 9% growers currently pay."
    assert status.status(figure_at(text, 9.0), None, "tariff_rate").value == "in_effect"
    assert status.status(figure_at(text, 4.0), None, "tariff_rate").value == "scheduled"


def test_a_negated_change_leaves_the_levy_in_force() -> None:
    fc = figure_at("The accord does not change the 9% duty on Chilean pears.", 9.0)
    got = status.status(fc, None, "tariff_rate")
    assert got.value == "in_effect" and "negated" in got.evidence


def test_a_levy_told_as_going_on_is_in_force() -> None:
    fc = figure_at("Chile will continue to pay a 9% duty on pears until July 9.", 9.0,
                   published="2025-06-04")
    assert status.status(fc, None, "tariff_rate").value == "in_effect"


def test_a_status_word_with_a_figure_of_its_own_is_not_the_first_figures() -> None:
    text = "Lima will keep its duty on pears at 9% and suspend a further 14% for 90 days."
    assert status.status(figure_at(text, 9.0), None, "tariff_rate").value != "paused"
    assert status.status(figure_at(text, 14.0), None, "tariff_rate").value == "paused"


def test_a_figure_a_government_had_pencilled_in_is_previous() -> None:
    text = "The duty sits above the 31% figure Lima had pencilled in for Chile in April."
    got = status.status(figure_at(text, 31.0, published="2025-08-08"), None, "tariff_rate")
    assert got.value == "previous" and "pencilled" in got.evidence


def test_a_section_301_rate_without_a_cue_is_in_force() -> None:
    """Section 301 duties have stood for years: with no status word they are in force."""
    fc = figure_at("Older Section 301 levies of up to 25% on Peruvian goods are unaffected.",
                   25.0)
    assert status.status(fc, "section_301", "tariff_rate").value == "in_effect"


def test_a_total_that_had_reached_a_level_is_in_force() -> None:
    fc = figure_at("The ministry said the total duty on Peruvian cement had reached 60%.", 60.0)
    got = status.status(fc, None, "tariff_rate")
    assert got.value == "in_effect" and "had reached" in got.evidence


def test_the_parts_in_a_bracket_of_a_rate_that_is_gone_are_gone_too() -> None:
    """"replacing the 27.5% (the 2.5% normal duty plus the 25% charge)": the parts a bracket
    gives of a replaced rate are previous; the parts of a rate in force keep their own."""
    s = "Peruvian cars now pay 10%, replacing the 30% (the 5% normal duty plus a 25% surcharge)."
    for v in (5.0, 25.0):
        got = status.status(figure_at(s, v), None, "tariff_rate")
        assert got.value == "previous" and "bracket" in got.evidence
    s = "Peruvian cars pay 30% (the 5% normal duty plus a 25% surcharge)."
    assert "bracket" not in status.status(figure_at(s, 25.0), None, "tariff_rate").evidence
    # no partner named: the bracket is read as no one partner's total
    s = "Cars now pay 10%, replacing the 30% (the 5% normal duty plus a 25% surcharge)."
    assert "bracket" not in status.status(figure_at(s, 25.0), None, "tariff_rate").evidence


def test_a_rate_with_its_own_start_day_in_a_list_is_not_dated_by_the_next_rates() -> None:
    text = ("Chile's inquiries ended in a 40% duty on copper rods from May 2, wheat in 12% "
            "from June 3 and trucks in 20% from Sept. 1.")
    fc = figure_at(text, 12.0, published="2025-07-10")
    assert status.status(fc, None, "tariff_rate").value != "scheduled"
    fc = figure_at(text, 20.0, published="2025-07-10")
    assert status.status(fc, None, "tariff_rate").value == "scheduled"
    fc = figure_at("Chile raised its duty to 25% on copper and 10% on wheat from Sept. 1.", 25.0,
                   published="2025-07-10")
    assert status.status(fc, None, "tariff_rate").value == "scheduled"
