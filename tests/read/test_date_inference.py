"""Publication dates inferred from an article's own text (tracker.read.date_inference),
and how the reader settles them: after a given date and a date line, never over them."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

from tracker import rules
from tracker.models import Article
from tracker.read import prepare, read_file, read_paths, without_inferred_date
from tracker.read.date_inference import infer_date

TODAY = dt.date(2026, 6, 1)


def test_a_short_stamp_line_in_the_head_dates_the_article():
    text = ("Harbour levy rises again\nMon, Mar 10, 2025 9:40 AM in Markets\n\n"
            "Port operators said the fee had doubled since January 5, 2025.")
    got = infer_date(text, today=TODAY)
    assert got.date == dt.date(2025, 3, 10)
    assert "stamp" in got.evidence


def test_a_wire_date_line_opening_the_text_dates_it_with_the_year_the_text_names():
    text = ("Lisbon, Oct 14 (Coastal Wire) -- The ministry said the 2026 cork quota had "
            "been used up in the summer.")
    got = infer_date(text, today=dt.date(2027, 1, 1))
    assert got.date == dt.date(2026, 10, 14)
    assert "date line" in got.evidence
    # a year named in a clause about the future does not date the text
    text = text.replace("said the 2026 cork quota had been used up", "will review the 2026 quota")
    assert infer_date(text, today=dt.date(2027, 1, 1)).date == dt.date(2025, 10, 14)


def test_the_latest_past_date_wins_and_dates_ahead_are_not_clues():
    text = ("The duty on ceramic tiles took effect on March 3, 2025. Importers said on "
            "March 5 that orders had slowed. A second step will apply starting April 15, "
            "and the review runs until 12:01 a.m. on May 30.")
    got = infer_date(text, today=TODAY)
    assert got.date == dt.date(2025, 3, 5)
    assert "March 5" in got.evidence


def test_a_weekday_written_with_the_date_pins_the_year():
    # July 22 is a Wednesday in 2026 (a Tuesday in 2025, the default year)
    text = "Negotiators met on Wednesday, July 22, and settled the quota for frozen fish."
    assert infer_date(text, today=TODAY + dt.timedelta(days=365)).date == dt.date(2026, 7, 22)
    text = "Negotiators met on Tuesday, July 22, and settled the quota for frozen fish."
    assert infer_date(text, today=TODAY).date == dt.date(2025, 7, 22)


def test_a_year_less_date_takes_the_year_the_text_is_about():
    text = ("On August 11, the trade office extended the 2025 truce on bicycle parts. "
            "The earlier 2019 dispute had ended without a deal.")
    assert infer_date(text, today=TODAY).date == dt.date(2025, 8, 11)


def test_only_dates_ahead_or_none_at_all_give_no_date():
    ahead = infer_date("The new levy on olive oil will take effect on September 1.",
                       today=TODAY)
    assert ahead.date is None and "ahead" in ahead.evidence
    none = infer_date("Officials said on Friday that talks would go on.", today=TODAY)
    assert none.date is None and none.confidence == 0.0


def test_dates_after_today_are_never_the_answer():
    text = "The tariff on garden tools was cut on February 2, 2026 and on March 9, 2025."
    assert infer_date(text, today=dt.date(2025, 12, 31)).date == dt.date(2025, 3, 9)


def test_body_dates_come_from_the_body_given():
    text = ("Trade notes\n\nThe port fee on grain rose on June 4, 2025, brokers said.\n"
            "Related: a quota on rice expired on July 2, 2025.")
    body = "The port fee on grain rose on June 4, 2025, brokers said."
    assert infer_date(text, today=TODAY).date == dt.date(2025, 7, 2)
    assert infer_date(text, body=body, today=TODAY).date == dt.date(2025, 6, 4)
    assert infer_date("Related: the quota ended May 2, 2025.", body="No date here.",
                      today=TODAY).date is None


def test_inferred_confidences_stay_below_every_date_line_confidence():
    meta = rules.load("metadata")
    lowest_line = min(float(v) for v in meta["confidence"].values())
    inferred = [float(v) for v in meta["inference"]["confidence"].values()]
    assert inferred and max(inferred) < lowest_line


UNDATED = ("Cork growers brace for new duty\n\nThe export board said on March 5, 2025 that the "
           "duty of 12% had cut shipments. A further 5% will apply from June 1.\n")
DATED = "Cork growers brace for new duty\nHarbor Wire | March 8, 2025\n\n" + UNDATED.split(
    "\n\n", 1)[1]


def test_the_reader_infers_a_date_only_when_none_is_given_or_stated(tmp_path):
    guessed = prepare(Article(id="a", text=UNDATED))
    assert guessed.published == dt.date(2025, 3, 5)
    assert guessed.date_method == "inferred"
    assert 0 < guessed.date_confidence < 0.5
    lined = prepare(Article(id="b", text=DATED))
    assert (lined.published, lined.date_method) == (dt.date(2025, 3, 8), "dateline")
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "c", "published": "2025-03-20", "text": UNDATED}) + "\n"
                    + json.dumps({"id": "d", "published": None, "text": UNDATED}) + "\n",
                    encoding="utf-8")
    arts, problems = read_file(feed)
    assert not problems
    assert [(a.published, a.date_method) for a in arts] == [
        (dt.date(2025, 3, 20), "given"), (dt.date(2025, 3, 5), "inferred")]


def test_a_published_override_beats_an_inferred_date(tmp_path):
    (tmp_path / "cork.txt").write_text(UNDATED, encoding="utf-8")
    arts, _ = read_paths([str(tmp_path)], published=dt.date(2025, 4, 1))
    assert (arts[0].published, arts[0].date_method) == (dt.date(2025, 4, 1), "override")


@pytest.mark.parametrize("method", ["given", "dateline", "html-meta", "override", None])
def test_the_extractor_is_handed_only_known_dates(method):
    art = Article(id="x", text="t", published=dt.date(2025, 1, 2), date_method=method)
    assert without_inferred_date(art) is art


def test_an_inferred_date_is_withheld_from_the_extractor_without_touching_the_article():
    art = prepare(Article(id="a", text=UNDATED))
    before = dataclasses.asdict(art)
    handed = without_inferred_date(art)
    assert (handed.published, handed.date_method, handed.date_confidence) == (None, None, None)
    assert handed.text == art.text and handed.clean == art.clean
    assert dataclasses.asdict(art) == before


def test_the_end_of_a_span_is_not_a_clue_to_now():
    # "between X and Y" closes its span like "until Y": Y may still lie ahead
    text = ("The levy on cut flowers took effect on Monday, May 12, 2025. Shipments that "
            "left port earlier and land between May 12 and June 30, 2025 are exempt.")
    got = infer_date(text, today=TODAY)
    assert got.date == dt.date(2025, 5, 12)
    # the same date stated as past news still counts
    text = "The exemption for cut flowers ended on June 30, 2025, growers said."
    assert infer_date(text, today=TODAY).date == dt.date(2025, 6, 30)


def test_an_old_caption_date_does_not_pull_year_less_dates_back():
    # the caption's 2023 date is the only past full date; the text speaks of a start ahead
    text = ("A barge on the river at dusk on Sept. 3, 2023. (Photo: Staff)\n"
            "The duty on malt took effect Monday. It applies to cargoes arriving from "
            "June 2, 2025, and to those cleared between June 2 and July 15, 2025.")
    got = infer_date(text, today=TODAY)
    assert got.date == dt.date(2025, 6, 2)


def test_a_year_naming_a_budget_is_not_the_year_of_a_date_line():
    # a wire date line with no year, in a piece on next year's budget: the year is the one
    # the text is about (here none other is named: the default year), not the budget's
    text = ("LIMA, Sept. 10 — The government asked Congress to approve higher duties on "
            "imported shoes as part of its 2026 budget package, the minister said.")
    late = dt.date(2026, 12, 1)
    assert infer_date(text, today=late).date == dt.date(2025, 9, 10)
    # a year named as the time of an event still counts
    text = ("LIMA, Sept. 10 — Shoe imports rose sharply in 2026, the minister said, and "
            "duties will follow.")
    assert infer_date(text, today=late).date == dt.date(2026, 9, 10)


def test_a_year_written_in_a_date_ahead_does_not_set_the_year_of_the_text():
    # the truce end "Oct. 30, 2027" lies ahead: its year is not the year the text is about
    text = ("Under the new pact the lower duty on wind turbines was stretched by twelve "
            "months, to Oct. 30, 2027. Lisbon also lifted the cork quota it set on Sept. 8.")
    got = infer_date(text, today=dt.date(2027, 12, 1))
    assert got.date == dt.date(2025, 9, 8)


def test_a_list_of_years_is_a_schedule_not_the_year_of_the_text():
    text = ("The buyers promised 9 million tonnes of barley yearly for 2027, 2028 and 2029. "
            "The customs office confirmed the first cargo cleared on Oct. 20.")
    assert infer_date(text, today=dt.date(2028, 12, 1)).date == dt.date(2025, 10, 20)


def test_a_step_told_in_the_present_tense_is_still_ahead():
    # "takes effect on", "no later than", "expect ... around": dates ahead, not clues to now
    text = ("The ministry said on May 2 that the levy on olive oil doubles. The order takes "
            "effect on May 9.")
    assert infer_date(text, today=TODAY).date == dt.date(2025, 5, 2)
    text = ("Refunds were approved on June 3. Claims must be filed no later than June 20, "
            "and brokers expect the first payments around June 25.")
    assert infer_date(text, today=TODAY).date == dt.date(2025, 6, 3)


def test_a_step_told_with_take_effect_or_a_rise_to_is_still_ahead():
    # (h149) a wrong date is worse than none: these dates lie ahead of the writing
    text = ("Ministers agreed on Monday, May 5 to quotas on olive oil that take effect on "
            "June 9. Duties on feta stand at 10%, rising to 15% on January 1, 2026.")
    assert infer_date(text, today=dt.date(2026, 6, 1)).date == dt.date(2025, 5, 5)
    text = ("The cabinet signed an order on May 5 for a further levy on cork, to take "
            "effect 30 days later, on June 4.")
    assert infer_date(text, today=TODAY).date == dt.date(2025, 5, 5)


def test_a_date_right_after_today_is_the_day_of_writing():
    text = "Two parts of the fishing pact are effective today, Tuesday, March 11, officials said."
    assert infer_date(text, today=TODAY).date == dt.date(2025, 3, 11)
    # the same date after "until" with no "today" lies ahead
    text = "The old quota for frozen fish runs until Tuesday, March 11."
    assert infer_date(text, today=TODAY).date is None


def test_a_year_named_alone_ahead_does_not_put_a_past_date_after_a_date_ahead():
    # (h232) no full past date; the only year named past the default year is a forecast:
    # read in 2026, "closed on Nov. 3" would follow "due on July 1, 2026", which lies ahead
    text = ("Growers filed their comments on the salmon review due on July 1, 2026. "
            "The filing window closed on Nov. 3. Exports could reach $4 billion in 2026.")
    assert infer_date(text, today=TODAY + dt.timedelta(days=365)).date == dt.date(2025, 11, 3)
    # a year named alone with nothing after a date ahead keeps it
    text = "The filing window closed on Nov. 3. Exports reached $4 billion in 2026."
    assert infer_date(text, today=TODAY + dt.timedelta(days=365)).date == dt.date(2026, 11, 3)


def test_a_step_a_modal_tells_is_still_ahead():
    # (h232) "could" and "might" are modals like "would": the date after them lies ahead
    text = ("Olive growers met the ministry on May 6. The suspended 20% duty could return "
            "on June 14 unless the talks go well.")
    assert infer_date(text, today=TODAY).date == dt.date(2025, 5, 6)
    text = text.replace("could return", "might return")
    assert infer_date(text, today=TODAY).date == dt.date(2025, 5, 6)


def test_a_date_opening_its_clause_is_judged_by_the_verb_after_it():
    # (h241) "On March 20" opens its sentence: no cue before it, its verb ("will
    # replace") comes after it and puts it ahead
    text = ("The customs brokers of the harbour met on March 3, 2025 to plan new forms. "
            "On March 20 the new forms will replace the paper ones.")
    assert infer_date(text, today=TODAY).date == dt.date(2025, 3, 3)
    # the first cue after it a past one: the day it was said
    said = text.replace("the new forms will", "the agents said the new forms will")
    assert infer_date(said, today=TODAY).date == dt.date(2025, 3, 20)


def test_a_sentence_opened_by_after_a_date_in_the_head_is_no_date_line():
    # (h241) a head line opening "After <date>," is a sentence about a step ahead, not a
    # wire date line
    text = ("Customs filing guide\n\nAfter March 31, 2026, only electronic filing will be "
            "accepted at the border.\n\nPaper forms were phased out on Sept. 2, 2025.")
    got = infer_date(text, today=TODAY)
    assert got.date == dt.date(2025, 9, 2)
    assert "Sept. 2" in got.evidence


def test_through_as_a_verbs_particle_says_nothing_of_time():
    # (h241) "waving through" is a verb with its particle: the date after it is past
    text = ("The board signed the parcel levy on March 3, 2025. Port staff stopped waving "
            "through untaxed parcels on March 20.")
    got = infer_date(text, today=TODAY)
    assert got.date == dt.date(2025, 3, 20)
    # "through" before a time of day still runs ahead
    ahead = text.replace("Port staff stopped waving through untaxed parcels on March 20.",
                         "The grace period runs through 11:59 p.m. on March 20.")
    assert infer_date(ahead, today=TODAY).date == dt.date(2025, 3, 3)


def test_a_labelled_date_in_a_long_byline_line_dates_the_article():
    # (h241) the byline line is too long for a stamp, but "Published <date>" after a
    # separator is the date the page gives itself; the title's "Sept. 1" is a step ahead
    text = ("Union to halt harbour cranes Sept. 1\n"
            "By Ana Ruiz | The Harbour Ledger of Lisbon | Published Aug. 3, 2025\n"
            "LISBON - Crane crews will stop work over the new port fee, the union said.")
    got = infer_date(text, today=TODAY)
    assert got.date == dt.date(2025, 8, 3)
    assert "Published" in got.evidence
    # a publication label inside a sentence is no stamp: it names another article
    text = ("Correction\nAn article published on Aug. 4, 2025 gave the wrong rate for "
            "frozen fish.\nThe rate changed to 12% on Aug. 9.")
    assert infer_date(text, today=TODAY).date == dt.date(2025, 8, 9)


def test_a_date_after_a_count_of_days_still_to_run_is_ahead():
    # (h241) "in ten days, on March 19": the date is that count ahead of the writing
    text = ("The levy on glass set on March 3, 2025 was cut on March 9. Officials said the "
            "lower rate lapses in ten days, on March 19.")
    got = infer_date(text, today=TODAY)
    assert got.date == dt.date(2025, 3, 9)


def test_the_one_weekday_between_the_latest_past_date_and_the_first_date_ahead():
    # (h249) the news told by a weekday alone, after the latest past date and before the
    # first date ahead: the span holds one Tuesday (March 11, 2025), the day of the news
    text = ("Olive oil duty cut\nImporters said the board voted on March 6, 2025 to lower "
            "the duty on olive oil. The notice "
            "appeared in the register on Tuesday, and the lower duty will apply from "
            "March 17.")
    got = infer_date(text, today=TODAY)
    assert got.date == dt.date(2025, 3, 11)
    assert "Tuesday" in got.evidence
    # a span with two Tuesdays says nothing of which: the latest past date stands
    longer = text.replace("March 17", "March 24")
    assert infer_date(longer, today=TODAY).date == dt.date(2025, 3, 6)


def test_a_first_date_ahead_told_as_a_step_overtaken_dates_the_text_on_its_eve():
    # (h249) the only dates are ahead, the first told as a step put off ("was due to"):
    # a text that says so was written as it was put off, on its eve
    text = ("Cork levy put off\nLisbon and Ottawa agreed to delay the 18 per cent cork levy "
            "that was due to take effect on Sept. 9, 2025. A review will follow by Dec. 1.")
    got = infer_date(text, today=TODAY)
    assert got.date == dt.date(2025, 9, 8)
    assert "overtaken" in got.evidence
    # a step ahead told plainly gives no date
    plain = text.replace("that was due to take effect on", "that will take effect on")
    assert infer_date(plain, today=TODAY).date is None


def test_a_deadline_told_as_missed_has_passed():
    # (h249) "failed to ... by the <date> deadline": the deadline is behind the text
    text = ("Cork duty doubles\nThe cork duty doubled to 30 per cent on Friday after Lisbon "
            "and Ottawa failed to settle the dispute by the Sept. 12, 2025 deadline.")
    got = infer_date(text, today=TODAY)
    assert got.date == dt.date(2025, 9, 12)
    # the same deadline still to meet is ahead: no date
    ahead = text.replace("failed to settle the dispute by", "must settle the dispute by")
    assert infer_date(ahead, today=TODAY).date is None


def test_a_date_named_as_tomorrow_or_yesterday_gives_the_day_of_writing():
    # (h260) "tomorrow, <date>": written the day before, though the date itself lies ahead
    text = ("Cork levy set\nLisbon said its 18 per cent levy on Canadian cork takes effect "
            "at 12:01 a.m. tomorrow, Sept. 10, after talks with Ottawa broke down on Monday.")
    got = infer_date(text, today=TODAY)
    assert got.date == dt.date(2025, 9, 9)
    assert "tomorrow" in got.evidence
    # "yesterday, <date>": written the day after, not on the latest past date itself
    past = ("Cork levy starts\nLisbon's 18 per cent levy on Canadian cork started yesterday, "
            "Sept. 10, three weeks after it was announced on Aug. 20.")
    assert infer_date(past, today=TODAY).date == dt.date(2025, 9, 11)
    # the same start told plainly ahead still gives no date
    plain = text.replace("tomorrow, Sept. 10", "on Sept. 10")
    assert infer_date(plain, today=TODAY).date is None


def test_an_overtaken_step_after_an_old_past_date_dates_the_text_on_its_eve():
    # (h260) "rather than on <date>": a step put off; the letter's day weeks before it is an
    # old reference, and the text was written on the step's eve
    text = ("Cork levy moved\nLisbon's order sets the cork levy at 12 per cent from Sept. 8, "
            "rather than on the Sept. 1 date it named in a letter on July 30.")
    got = infer_date(text, today=TODAY)
    assert got.date == dt.date(2025, 8, 31)
    assert "overtaken" in got.evidence
    # a past date within a week of that eve is the news itself, and stays the date
    recent = text.replace("July 30", "Aug. 28")
    assert infer_date(recent, today=TODAY).date == dt.date(2025, 8, 28)
