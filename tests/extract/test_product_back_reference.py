"""The goods of a levy whose sentence opens with it as one already named ("The rate
replaces ...", "The duty was first promised for ..."): tracker/extract/product.py
`carried_product`, its branch for an opening back reference (`_opening_reference_goods`)."""

from __future__ import annotations

from tracker.extract.engine import extract_text

SPLIT = ("Peruvian trucks will pay 15 per cent from Oct. 6 under the new pact. The rate "
         "comes on top of the 25 per cent Section 232 duty and the ordinary 2.5 per cent.")
REPLACES = ("Peruvian trucks will pay 15 per cent from Oct. 6 under the new pact. The rate "
            "replaces the 27.5 per cent duty charged since May.")


def test_the_rate_opening_a_sentence_takes_the_goods_told_before() -> None:
    """The rates the sentence names, though it names a measure, are on the trucks of the
    sentence before, not on all goods."""
    got = {c.value: c.product for c in extract_text(SPLIT, "2025-09-20")
           if c.metric == "tariff_rate"}
    assert got[25] == "trucks"
    assert got[2.5] == "trucks"


def test_the_rate_a_levy_replaces_takes_no_goods_this_way() -> None:
    """"The rate replaces the 27.5%": an old value, not yet read as one, keeps no goods
    here (on the goods and in force it would make the update a conflict)."""
    old = next(c for c in extract_text(REPLACES, "2025-09-20") if c.value == 27.5)
    assert old.product != "trucks"


def test_a_date_of_the_duty_told_before_takes_its_goods() -> None:
    """"The duty was first promised for Oct. 1": the goods of the sentence before's first
    rate, though that sentence names a measure and a second kind of goods."""
    text = ("Imported heavy trucks have paid a 25% tariff since Nov. 1 under Section 232, "
            "and buses a lower 10%. The duty was first promised for Oct. 1 before it was put "
            "back a month.")
    date = next(c for c in extract_text(text, "2025-11-03") if c.value == "2025-10-01")
    assert date.product == "trucks"


def test_a_sentence_naming_its_own_goods_keeps_them() -> None:
    """"The tariff on buses" names its goods: the opening reference gives none."""
    text = ("Peruvian trucks will pay a 15 per cent tariff from Oct. 6. The tariff on buses "
            "stays at 10 per cent.")
    bus = next(c for c in extract_text(text, "2025-09-20") if c.value == 10)
    assert bus.product == "buses"
