"""An item of a numbered list whose figure heads it and whose gloss follows a full stop
("3. $8 billion. Farm aid unveiled this month."): a cue of a left-side rule among the
gloss's first words names what the figure counts, and a hedge before the figure ("About $40
billion.") keeps the item one sentence (tracker/extract/metric.py `_gloss_rule`,
tracker/extract/sentences.py `_figure_alone_re`). Sentences of our own."""

from __future__ import annotations

from tracker.extract.engine import extract_text

LIST = ("The tariff year in numbers\n"
        "1. 15 per cent. The US tariff on most goods from Japan since the summer deal.\n"
        "2. About $40 billion. Customs duties taken in over the summer months.\n"
        "3. $8 billion. Farm aid unveiled this month.\n")


def _metrics(text: str) -> dict[object, str]:
    return {c.value: c.metric for c in extract_text(text, "2025-12-12") if c.kind == "amount"}


def test_a_hedged_heading_reads_its_gloss() -> None:
    assert _metrics(LIST)[40_000_000_000] == "revenue"


def test_a_left_side_cue_opening_the_gloss_names_the_heading() -> None:
    assert _metrics(LIST)[8_000_000_000] == "subsidy"


def test_a_figure_inside_a_sentence_is_no_heading() -> None:
    """"rose to $8 billion. Aid ..." is no list item: its cue is its own sentence's."""
    got = _metrics("Japan's shipments to the US rose to $8 billion last month. Aid for "
                   "carmakers was not discussed.")
    assert got.get(8_000_000_000) != "subsidy"
