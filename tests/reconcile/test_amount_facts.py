"""Amount facts that survive noise, end to end on made-up articles (ingest, extraction and
reconciliation): a pledge's product read from a list of sectors does not split it, the
same figure rendered twice ("¥6 trillion" / "60 trillion yen") conflicts, a yearly flow
with no period named is compared within the window or as one quoted statement, and
figures that agree within their precision, are months apart, or are the parts of another's
whole, are not raised."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import duckdb

from tracker.ingest import ingest


def _art(ident: str, source: str, published: str | None, *sentences: str) -> dict[str, Any]:
    return {"id": ident, "url": None, "source": source, "published": published,
            "title": None, "text": "\n".join(sentences)}


ARTICLES = [
    _art("p1", "Daily One", "2025-07-25",
         "Tokyo and Washington settled their dispute on Friday.",
         "The pact has Japan raising purchases of American rice by half, investing $400 "
         "billion (¥6 trillion) in major U.S. industries and buying U.S. defense equipment.",
         "Officials in Tokyo welcomed the outcome."),
    _art("p2", "Evening Two", "2025-07-29",
         "Japan's government explained the pact on Tuesday.",
         "The U.S. side released an outline of the agreement on 60 trillion yen of "
         "investment in the U.S. for chips, ships and medicines.",
         "The deal involves a $400 billion investment in U.S. sectors like semiconductors, "
         "energy and shipbuilding."),
    _art("q1", "Wire Three", "2025-05-20",
         "The president attacked the European Union on Tuesday, days before a round of talks "
         "in Brussels that diplomats had hoped would calm the dispute over cars and farm goods.",
         '"Their rules, levies, fines, currency tricks and lawsuits aimed at '
         "our companies have caused a Trade Deficit for the U.S. of more than "
         '$180,000,000 a year, which is not acceptable," he wrote.',
         "European officials declined to comment, and markets in Frankfurt and Paris closed "
         "lower as investors weighed the risk of a wider fight."),
    _art("q2", "Site Four", None,  # undated: the same statement, another rendering
         "A new broadside from the White House at the European Union landed as negotiators "
         "from both sides prepared their next video call.",
         '"Their rules, levies, fines, currency tricks and lawsuits aimed at '
         "our companies have caused a Trade Deficit for the U.S. of more than "
         '$180 billion a year," he wrote.',
         "Analysts said the figure would likely come up again when the trade commissioner "
         "meets his counterpart, and shipping firms warned of delays at several ports."),
    _art("k1", "Harbor Daily", "2025-06-02",
         "Seoul's negotiators flew to Washington on Monday for another round of talks.",
         "South Korea's trade surplus with America stands at $56 billion a year, "
         "the ministry said.",
         "Both sides hope to finish by July."),
    _art("k2", "Metro Ledger", "2025-06-05",
         "Korean officials met American counterparts again on Thursday near the Capitol.",
         "South Korea runs a trade surplus with America of $55.7 billion a year, "
         "according to the officials.",
         "The meeting ended without a statement."),
    _art("k3", "Coast Times", "2025-09-20",  # months later: another year's figure
         "Exporters in Busan reported strong orders for autumn.",
         "South Korea's trade surplus with America is now $70 billion a year, a "
         "think tank estimated.",
         "The won weakened slightly."),
    _art("r1", "North Post", "2025-03-04",  # two rounds of one countermeasure: its parts
         "Ottawa answered the new duties within hours.",
         "Canada announced counter-tariffs on C$30 billion of U.S. goods and on another "
         "C$125 billion of U.S. goods.",
         "Provinces pulled American liquor from shelves."),
    _art("r2", "Lake Herald", "2025-03-06",  # ... and their whole
         "Canadian shoppers are boycotting American brands.",
         "Canada's counter-tariffs target C$155 billion of U.S. goods.",
         "Retailers expect higher prices."),
]


def _db(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    ingest([feed], db=tmp_path / "t.duckdb")
    return duckdb.connect(str(tmp_path / "t.duckdb"), read_only=True)


def test_amount_conflicts_and_what_is_not_raised(tmp_path):
    con = _db(tmp_path)
    got = {(m, u, p, tuple(arts), period) for m, u, p, arts, period in con.execute(
        "SELECT metric, unit, product, articles, period FROM conflicts "
        "WHERE kind = 'conflict'").fetchall()}
    # the yen renderings of one pledge whose sector lists gave each a different product;
    # one quoted yearly deficit, its undated rendering off by a thousand
    assert got == {("investment", "JPY", None, ("p1", "p2"), None),
                   ("trade_deficit", "USD", None, ("q1", "q2"), "annual")}
    consistent = [(m, sorted(a)) for m, a in
                  con.execute("SELECT metric, articles FROM consistent").fetchall()]
    assert consistent == [("trade_surplus", ["k1", "k2"])]  # $56 billion ~ $55.7 billion
    guesses = [g for (g,) in con.execute("SELECT product_guess FROM fact_claims "
                                         "WHERE metric = 'investment'").fetchall()]
    assert len(guesses) == 4 and all(guesses)  # each read a sector, none kept in the key
