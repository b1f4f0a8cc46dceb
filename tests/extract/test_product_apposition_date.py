"""A date told in an apposition right after a sentence's subject ("The fees on Peruvian
vessels, in force since Oct. 14, are suspended") is the start of the levy the subject
names, on its goods (tracker/extract/product.py `_subject_apposition_date`)."""

from __future__ import annotations

from tracker.extract.engine import extract_text

TEXT = ("The US port fees on Peruvian-owned and Peruvian-built vessels, in force since Oct. 14, "
        "are suspended for one year from today under the reciprocal truce.")


def test_the_apposition_date_takes_the_subjects_goods() -> None:
    got = {c.value: c.product for c in extract_text(TEXT, "2025-11-10") if c.kind == "date"}
    assert got["2025-10-14"] == "shipbuilding"


def test_a_date_of_the_main_clause_is_not_the_subjects() -> None:
    """With no apposition the step does not fire ("..., are suspended from Nov. 10")."""
    text = ("Chilean wine, which many importers favour, pays the reciprocal 15% from Nov. 10 "
            "under the new trade terms.")
    got = {c.value: c.product for c in extract_text(text, "2025-11-01") if c.kind == "date"}
    assert got.get("2025-11-10") != "shipbuilding"



def _dates(text: str) -> dict[str, str | None]:
    return {c.value: c.product for c in extract_text(text, "2025-11-10") if c.kind == "date"}


def test_a_levy_verb_before_since_dates_the_subject_too() -> None:
    """"The duties on Chilean copper wire, collected since Aug. 4, now reach steel cable":
    a levy verb ([levy_verbs] paid) before "since" tells the subject's start as "in force"
    does, though other goods follow in the main clause."""
    text = ("The US duties on Chilean copper wire, collected since Aug. 4, now reach steel "
            "cable and aluminium rods as well.")
    assert _dates(text)["2025-08-04"] == "copper"


def test_in_effect_since_dates_the_subject() -> None:
    """"in effect since" ([product_cues] apposition_states) as "in force since"."""
    text = ("The US duties on Chilean copper wire, in effect since Aug. 4, now reach steel "
            "cable and aluminium rods as well.")
    assert _dates(text)["2025-08-04"] == "copper"
