"""Wire openers (tracker.read.opener, rules/metadata.toml [opener]): the one owner of the
pattern the extractor asks about a story's own date. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from tracker.read.metadata import check_rules
from tracker.read.opener import check_example, lead_close_re, opening_day, wire_opener


def _at(text: str, date: str) -> tuple[int, int]:
    start = text.index(date)
    return start, start + len(date)


def test_a_place_in_capitals_before_the_date_is_a_dateline_but_dates_the_text_only_closed():
    text = "MACEIO, Oct. 2 Sugar mills said the new duty had cut their sales."
    got = wire_opener(text, *_at(text, "Oct. 2"), "dateline")
    assert got is not None and got.form == "place"
    assert got.date_span == _at(text, "Oct. 2")
    assert "MACEIO" in got.evidence
    # with no closer after the day, it is not sure enough to date the text
    assert wire_opener(text, *_at(text, "Oct. 2"), "written") is None
    closed = "MACEIO, Oct. 2 (Coastal Wire) - Sugar mills said the new duty had cut sales."
    got = wire_opener(closed, *_at(closed, "Oct. 2"), "written")
    assert got is not None and got.form == "place-region-closer"
    assert closed[got.span[0]:got.span[1]] == "MACEIO, Oct. 2 (Coastal Wire) - "


def test_a_country_after_the_place_counts_only_when_the_caller_names_it():
    text = "MACEIO, Brazil, Oct. 2 Sugar mills said the new duty had cut their sales."
    day = _at(text, "Oct. 2")
    country = _at(text, "Brazil")
    assert wire_opener(text, *day, "dateline") is None
    got = wire_opener(text, *day, "dateline", countries=lambda: [country])
    assert got is not None and got.form == "place-country"
    # a region that is no country the caller knows ("Ont.") stays a measure's date
    ont = "WINDSOR, Ont., Oct. 2 Parts makers said the levy starts today."
    assert wire_opener(ont, *_at(ont, "Oct. 2"), "dateline", countries=lambda: []) is None


def test_forms_of_a_texts_opening_hold_only_in_its_first_sentences():
    text = "Ottawa, Aug 23: Provinces asked for relief from the steel levy."
    day = _at(text, "Aug 23")
    got = wire_opener(text, *day, "dateline", first=True)
    assert got is not None and got.form == "label-place-closer"
    assert wire_opener(text, *day, "dateline", first=False) is None
    label = "date 2025-08-11 Lumber mills expect the duty to bite."
    got = wire_opener(label, *_at(label, "2025-08-11"), "dateline")
    assert got is not None and got.form == "feed-label"


def test_a_dash_after_a_date_opening_its_sentence_is_the_storys_own():
    text = "May 5, 2025 — The minister said the quota would be reviewed."
    got = wire_opener(text, *_at(text, "May 5, 2025"), "dateline", first=False)
    assert got is not None and got.form == "date-dash"
    inside = "The quota ends on May 5, 2025 — a week early — the minister said."
    assert wire_opener(inside, *_at(inside, "May 5, 2025"), "dateline") is None


def test_opening_day_gives_the_day_a_closed_opener_names():
    sentences = ["TACNA, Peru, June 12 - Chilean cement pays a 10 per cent duty from May 2.",
                 "Fishmeal joins the list from July 1."]
    got = opening_day(sentences, dt.date(2025, 7, 1))
    assert got is not None and got.day == dt.date(2025, 6, 12)
    assert got.form == "place-region-closer"
    # a date far into the sentence, or a sentence opened otherwise, is no opener
    assert opening_day(["Chilean cement pays a 10 per cent duty from May 2 - in Peru."],
                       dt.date(2025, 7, 1)) is None


def test_a_labelled_day_in_the_third_head_line_is_the_day_an_undated_text_was_written():
    # (h268-1) a name line, a deck, then a byline line that dates the page
    head = ["Orchard Trade Notes", "What changed for apple growers this week",
            "By Ana Ruiz | Updated Oct. 9 | 3 min read", "Chile's duty applies from Sept. 2."]
    got = opening_day(head, dt.date(2025, 7, 1))
    assert got is not None and got.day == dt.date(2025, 10, 9) and got.form == "label-written"
    # the label word inside a sentence of the head dates no writing
    assert opening_day(["Orchard Trade Notes", "The ministry updated the duty on Oct. 9."],
                       dt.date(2025, 7, 1)) is None


def test_what_closes_a_head_lines_date_and_the_examples_of_the_rule_file():
    assert lead_close_re().match(" (Coastal Wire) --") is not None
    assert lead_close_re().match(", the board said") is None
    count, failures = check_rules()
    assert failures == [] and count >= 13
    wrong = {"text": "MACEIO, Oct. 2 - Sugar mills said the duty cut sales.",
             "opener": {"date": "Oct. 2", "use": "dateline", "form": ""}}
    assert check_example("x", wrong) == ["x: form 'place', expected ''"]
