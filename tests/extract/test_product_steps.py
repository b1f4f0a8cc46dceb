"""A later value of a levy told in its sentence as a step put off ("instead of rising to")
or as the move of the levy named back ("before the duty doubles to") is on the goods of the
rate before it (tracker/extract/product.py `STEP_TO_RE`, `RATE_NAMED_MOVED_RE`); goods past a
word that opens another clause are not a levy's (`CLAUSE_BREAK_RE`)."""

from __future__ import annotations

from tracker.extract.engine import extract_text


def test_a_step_put_off_takes_the_goods_of_the_rate_it_stays_at() -> None:
    """"Cabinets will stay at 25 per cent instead of rising to 50 per cent on Jan. 1": the
    50 and its day are the cabinets' ([product_cues] step_instead, step_verbs)."""
    text = ("A proclamation put off the tariff increases due for imported kitchen cabinets and "
            "upholstered furniture. Cabinets will stay at 25 per cent instead of rising to 50 "
            "per cent on Jan. 1, and upholstered sofas stay at 25 per cent instead of 30 per "
            "cent.")
    got = {c.value: c.product for c in extract_text(text, "2025-12-31")
           if c.metric in ("tariff_rate", "effective_date")}
    assert got[50.0] == "kitchen cabinets"
    assert got["2026-01-01"] == "kitchen cabinets"


def test_the_rate_named_back_as_the_subject_of_its_move() -> None:
    """"... before the duty doubles to 20 per cent": the buses' duty just told, on buses."""
    text = ("Imported buses have paid 10 per cent since Nov. 1, and dealers are stocking up "
            "before the duty doubles to 20 per cent on March 1.")
    got = {c.value: c.product for c in extract_text(text, "2026-02-20")
           if c.metric in ("tariff_rate", "effective_date")}
    assert got[20.0] == "buses"


def test_goods_past_a_but_are_another_clauses() -> None:
    """"a 15 per cent ceiling for most Chilean goods but left copper out": the copper past
    "but" ([product_cues] clause_breaks) is no goods of the ceiling, which is on all goods."""
    text = ("Chilean exporters read the tariff deal closely. It set a 15 per cent ceiling for "
            "most Chilean goods but left copper out, pending more talks.")
    got = {c.value: c.product for c in extract_text(text, "2025-11-10")
           if c.metric == "tariff_rate"}
    assert got[15.0] == "all"
