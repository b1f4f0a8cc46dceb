"""A start date whose sentence names no goods, measure or rate is the day of the change its
article tells for that partner (tracker/extract/article_passes.py, dates_of_the_change).
Sentences of our own."""

from __future__ import annotations

from tracker.extract.engine import extract_text

ORDER = ("The president signed an order that puts the trade pact with Peru into force. The "
         "order appeared in the official gazette that day and its terms took effect on June 9, "
         "2025. ")


def _date(text: str) -> tuple[str | None, str | None, str | None]:
    got = [(c.target, c.product, c.measure) for c in extract_text(text, "2025-07-01")
           if c.metric == "effective_date" and c.value == "2025-06-09"]
    assert len(got) == 1, got
    return got[0]


def test_the_terms_take_effect_on_the_day_of_the_one_change_told() -> None:
    text = ORDER + "Under it, the duty on Peruvian cars falls from the 25% rate to 10%."
    assert _date(text) == ("PE", "autos", "section_232")


def test_changes_of_two_kinds_of_goods_leave_the_date_to_all_goods() -> None:
    text = ORDER + ("Under it, the duty on Peruvian cars falls from the 25% rate to 10%. The "
                    "duty on Peruvian steel was cut from the 50% rate to 25%.")
    assert _date(text)[1:] != ("autos", "section_232")
    assert _date(text)[1:] != ("steel", "section_232")


def test_a_date_whose_sentence_names_its_goods_keeps_them() -> None:
    text = ("Duties on Peruvian copper took effect on June 9, 2025. Under the pact, the duty on "
            "Peruvian cars falls from the 25% rate to 10%.")
    assert _date(text)[1] == "copper"


def test_a_normal_duty_part_named_under_no_measure_is_of_the_same_change() -> None:
    """The replaced total's parts ("the 2.5% normal duty plus the 25% Section 232 charge")
    are one change of the cars' rate: the normal duty named under no measure is no second
    kind of change."""
    text = ORDER + ("Under it, Peruvian cars pay 10%, replacing the 27.5% (the 2.5% normal "
                    "duty plus the 25% Section 232 charge).")
    assert _date(text) == ("PE", "autos", "section_232")
