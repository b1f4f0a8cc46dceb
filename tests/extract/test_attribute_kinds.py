"""Kinds of sentences whose figures were keyed to another fact (issue 13 item 3, h97):
each test is a sentence of our own of one kind (tracker/extract/measure.py, parties.py,
product.py)."""

from __future__ import annotations

from tracker.extract.engine import extract_text


def test_a_partners_levy_named_reciprocal_covers_its_retaliation() -> None:
    """Another country's levy on the US called "reciprocal" is its retaliation: so are the
    amounts of goods it covers (measure.covered_measure)."""
    text = ("Trade Minister Jan Olsen said Norway's new 20 per cent reciprocal tariffs will "
            "take effect on Monday and apply to fish feed worth $2.1 billion and other "
            "imported U.S. goods worth $900 million.")
    got = [(c.imposer, c.target, c.measure) for c in extract_text(text, "2025-03-20")
           if c.kind == "amount"]
    assert got == [("NO", "US", "retaliatory"), ("NO", "US", "retaliatory")]


def test_a_us_retaliation_told_by_the_us_keeps_its_name() -> None:
    """The sentence before, whose first country is the US, calls the levy retaliatory: the
    US levy the next sentence imposes keeps that name (measure._us_calls_it_retaliation)."""
    text = ("Washington called the new duties retaliatory, an answer to Oslo's digital tax. "
            "The US imposed a 30% levy on Norwegian goods.")
    got = [(c.imposer, c.target, c.measure) for c in extract_text(text, "2025-06-11")
           if c.metric == "tariff_rate"]
    assert got == [("US", "NO", "retaliatory")]


def test_a_retaliation_told_by_the_partner_is_not_the_us_levys_name() -> None:
    """The partner names its own countermeasures in the sentence before: the US levy of the
    next sentence is not called retaliatory by them."""
    text = ("Oslo said its countermeasures against US goods were ready. "
            "The US imposed a 30% levy on Norwegian goods.")
    got = [c.measure for c in extract_text(text, "2025-06-11") if c.metric == "tariff_rate"]
    assert got != ["retaliatory"]


def test_a_levy_applied_to_described_sector_goods_is_on_them() -> None:
    """"a Section 232 duty of 50% will apply to semi-finished copper wire": the goods after
    the scope verb and its describing words (product.DESCRIBING_WORDS_RE); with no partner
    named, every partner's (parties.SECTOR_LEVY_RE)."""
    text = ("Peru's miners are worried. From Monday, a Section 232 duty of 50% will apply to "
            "semi-finished copper wire.")
    got = [(c.target, c.product, c.measure) for c in extract_text(text, "2025-03-20")
           if c.metric == "tariff_rate"]
    assert got == [("*", "copper", "section_232")]


def test_words_of_a_wider_scope_are_no_description() -> None:
    """"might apply to sectors including cars": cars are an example, not the rate's goods."""
    text = "Negotiators said the 15% rate might apply to sectors including cars or drugs."
    got = [c.product for c in extract_text(text, "2025-07-24") if c.metric == "tariff_rate"]
    assert got != ["autos"]


def test_an_amount_of_a_retaliation_is_aimed_at_the_us() -> None:
    """"a first list of over $2 billion starting Tuesday": an amount of another country's
    retaliation, no partner named, answers the US (parties.retaliation_amount_target)."""
    text = ("Norway hit back at the 25% US tariffs on Norwegian goods. Its prime minister "
            "announced $9 billion of counter-tariffs, with a first list of over $2 billion "
            "starting Tuesday.")
    got = [(c.value, c.imposer, c.target) for c in extract_text(text, "2025-03-20")
           if c.kind == "amount"]
    assert got == [(9e9, "NO", "US"), (2e9, "NO", "US")]


def test_treaty_names_are_spans_of_their_parties() -> None:
    """The agreement names parties.treaty_spans finds, and those it does not."""
    from tracker.extract.parties import treaty_spans

    s = "Goods under the Chile-United States-Peru Agreement and the US-Peru trade deal are exempt."
    assert [s[a:b] for a, b in treaty_spans(s)] == ["Chile-United States-Peru Agreement",
                                                    "US-Peru trade deal"]
    assert treaty_spans("Peru and Chile signed an agreement.") == ()
