"""A trade-remedy (anti-dumping, countervailing) rate is no programme's and keeps its goods
(tracker/extract/measure.py `trade_remedy`, `trade_remedy_goods`)."""

from __future__ import annotations

from tracker.extract.engine import extract_text

TEXT = ("Sawmills in Peru now pay a 10% Section 232 levy on lumber. Commerce set the "
        "anti-dumping rate at 12.5% and the countervailing rate at 6.25%, for a combined "
        "18.75%, against 9.5% before.")


def _rates(text: str) -> dict[float, tuple[str | None, str | None]]:
    return {float(c.value): (c.product, c.measure) for c in extract_text(text, "2025-06-01")
            if c.metric == "tariff_rate"}


def test_a_trade_remedy_list_is_no_programmes_on_its_goods() -> None:
    """Each rate of the anti-dumping sentence, its sum and its old value: no measure (not
    the Section 232 lumber levy nor a prior), on the lumber the sentence before names (not
    every Peruvian good)."""
    got = _rates(TEXT)
    assert got[10.0][1] == "section_232"
    for value in (12.5, 6.25, 18.75, 9.5):
        assert got[value] == ("lumber", None), value


def test_an_all_in_rate_including_trade_remedies_keeps_the_sectors_measure() -> None:
    """An all-in rate told with the trade remedies it includes after it stays the sector's
    (h221-4 read it as no programme's and lost a conflict with another report's all-in
    rate)."""
    got = _rates("Peruvian lumber pays combined duties of about 18 per cent, including "
                 "anti-dumping charges.")
    assert got[18.0] == ("lumber", "section_232")
