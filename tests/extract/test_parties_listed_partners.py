"""A list of partners each right before its own rate ("Peru now pays 15 per cent, Chile 20
per cent and Bolivia 30 per cent"): a rate told after the list is none of theirs
(tracker/extract/parties.py `_listed_partners`). Sentences of our own."""

from __future__ import annotations

from tracker.extract.engine import extract_text


def _targets(text: str) -> dict[object, str | None]:
    return {c.value: c.target for c in extract_text(text, "2025-08-20")
            if c.metric == "tariff_rate"}


def test_the_baseline_after_a_list_of_partners_rates() -> None:
    got = _targets("Since the order, Peru now pays 15 per cent, Chile 20 per cent and Bolivia "
                   "30 per cent, all up from the 10 per cent baseline.")
    assert (got[15], got[20], got[30], got[10]) == ("PE", "CL", "BO", "*")


def test_one_partner_keeps_its_old_rate() -> None:
    got = _targets("Since the order, Peru pays 15 per cent, up from the 10 per cent baseline.")
    assert got[10] == "PE"


def test_rates_told_respectively_keep_their_partners() -> None:
    got = _targets("Under the order Japan got a 15 per cent tariff, while Peru and Chile got "
                   "40 and 19 per cent respectively.")
    assert (got[15], got[40], got[19]) == ("JP", "PE", "CL")
