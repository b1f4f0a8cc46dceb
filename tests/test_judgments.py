"""tracker/extract/judgments.py: what the extractor records about a claim's sentence."""

import pytest

from tracker.extract import judgments
from tracker.models import Claim


def _claim(sentence, quote, metric="tariff_rate", as_of="2025-06-10"):
    return Claim(article="a", kind="rate", metric=metric, value=1.0, unit="percent",
                 sentence=sentence, quote=quote, as_of=as_of)


def test_annotate_records_the_judgments_and_keeps_the_spec_record():
    c = _claim("Officials raised the combined levy on kettles to 40%, on hold until May.",
               "40%")
    got = judgments.annotate(c)
    assert (got.change, got.pause_word, got.combined, got.penalty, got.period) == \
        ("raised", True, True, False, None)
    assert got.to_spec() == c.to_spec()
    assert c.change is None  # a new claim; the input is not changed


def test_a_flow_gets_its_period():
    got = judgments.annotate(_claim("Kettle exports were $3 billion in the first half.",
                                    "$3 billion", metric="exports", as_of="2025-08-01"))
    assert got.period == "2025-H1"


def test_the_lead_is_the_words_just_before_the_figure():
    s = "The penalty talk came later; " + "x " * 60 + "the duty is 25%."
    assert not judgments.is_penalty(judgments.lead(s, "25%"))  # more than 80 characters away
    assert judgments.is_penalty(judgments.lead("a penalty of 25%", "25%"))
    assert judgments.lead("no such figure", "25%") == " 25%"


@pytest.mark.parametrize(("sentence", "metric", "cue"), [
    ("Washington slashed the duty to 10%.", "tariff_rate", "slashed"),
    ("The deadline was pushed  back to August.", "effective_date", "pushed  back"),
    ("Rates no longer apply.", "tariff_rate", "no longer"),
    ("The tariff went from 25 percent to 15 percent.", "tariff_rate", "from 25 percent to"),
    ("The pause is suspended for 90 days.", "pause_length", None),
    ("Prices eased; the uneasy truce held.", "tariff_rate", "eased"),
])
def test_change_cues(sentence, metric, cue):
    assert judgments.change_cue(sentence, metric) == cue


@pytest.mark.parametrize(("sentence", "as_of", "period"), [
    ("Exports in the second-quarter rose.", "2025-09-01", "2025-Q2"),
    ("Exports in Q3 of 2024 rose.", "2025-09-01", "2024-Q3"),
    ("Exports last month fell.", "2025-03-31", "2025-02"),
    ("Exports this year fell.", "2025-03-31", "2025"),
    ("Exports in the first half.", None, None),  # no date to read "first half" against
    ("Exports in 2023 and March 2024.", None, "2024-03"),
])
def test_periods(sentence, as_of, period):
    assert judgments.period(sentence, as_of) == period
