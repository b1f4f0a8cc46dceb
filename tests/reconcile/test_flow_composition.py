"""01_claim_keys.sql: goods a flow is "mostly" made of do not make the flow theirs.

"Ruritania sold $8 billion of goods to the US in 2024, most of it shirts and shoes" gives
the whole flow and then what it is made of: the figure is the country's exports, not its
clothing exports, so the product the extractor read stays a guess (`product_guess`) and the
claim meets the same flow another article gives with no goods (h291, dev28 N1).
"""

from tests.reconcile.stage import register_keys, run


def _amounts(con, *claims):
    con.execute("INSERT INTO articles (id, source, published) VALUES "
                "('a', 'Wire', DATE '2025-09-01')")
    for i, (product, quote, sentence) in enumerate(claims):
        con.execute("INSERT INTO claims BY NAME SELECT ? AS claim_id, 'a' AS article, "
                    "'amount' AS kind, 'exports' AS metric, 8e9 AS value, 'USD' AS unit, "
                    "'XX' AS imposer, 'US' AS target, ? AS product, ? AS quote, "
                    "? AS sentence", [f"c{i}", product, quote, sentence])
    register_keys(con)
    return {r["claim_id"]: (r["product"], r["product_guess"])
            for r in run(con, "01_claim_keys.sql")}


def test_goods_a_flow_is_mostly_made_of_are_a_guess(con):
    got = _amounts(
        con,
        ("textiles", "sold $8 billion",
         "Ruritania sold $8 billion of goods to the US in 2024, most of it shirts and "
         "shoes, about a third of its sales abroad."),
        ("textiles", "$8 billion",
         "Its shipments south came to $8 billion, mostly clothing."),
        ("electronics", "sold $8 billion",
         "The islands sold $8 billion of goods there last year, led by electronics and "
         "fruit."),
        ("agriculture", "$8 billion",
         "Exports to America reached $8 billion, mainly farm goods."))
    assert got == {"c0": (None, "textiles"), "c1": (None, "textiles"),
                   "c2": (None, "electronics"), "c3": (None, "agriculture")}


def test_goods_the_figure_is_of_stay_its_own(con):
    """Guards: the goods right after the figure ("of shirts"), before it, or alone in the
    sentence still bind it."""
    got = _amounts(
        con,
        ("textiles", "$8 billion",
         "Ruritania sold $8 billion of apparel to the US, mostly from its northern mills."),
        ("textiles", "clothing exports of $8 billion",
         "It counts clothing exports of $8 billion, largely to the US."),
        ("textiles", "$8 billion", "Clothing shipments to the US reached $8 billion."))
    assert got == {"c0": ("textiles", None), "c1": ("textiles", None),
                   "c2": ("textiles", None)}
