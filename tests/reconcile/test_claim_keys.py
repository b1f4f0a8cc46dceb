"""01_claim_keys.sql: claims keyed through the lexicon, with their article's source."""

from tests.reconcile.stage import D, register_keys, rows, run


def _claims(con, *claims):
    con.execute("INSERT INTO articles (id, source, published, duplicate_of) VALUES "
                "('a', 'Wire', DATE '2025-04-03', NULL), ('b', '', DATE '2025-04-04', 'a')")
    for i, c in enumerate(claims):
        c = {"claim_id": f"c{i}", "article": "a", "kind": "rate", "metric": "tariff_rate",
             "value": 25.0, "unit": "percent", **c}
        con.execute(f"INSERT INTO claims BY NAME SELECT {', '.join('? AS ' + k for k in c)}",
                    list(c.values()))
    register_keys(con)


def test_names_meet_through_the_lexicon(con):
    _claims(con, {"imposer": "U.S.", "target": "Korean", "product": "automotive",
                  "measure": "Section 232"},
            {"imposer": "US", "target": "ROK", "product": "cars", "measure": "section_232"},
            {"imposer": "us", "target": "Seoul", "product": "autos", "measure": "232"})
    got = {(r["imposer"], r["target"], r["product"], r["measure"])
           for r in run(con, "01_claim_keys.sql")}
    assert got == {("US", "KR", "autos", "section_232")}


def test_source_duplicate_and_judgments(con):
    _claims(con, {"article": "a", "status": " In_Effect ", "unit": "Percent"},
            {"article": "b", "change": "raised", "pause_word": True, "period": "2024"})
    got = {r["article"]: r for r in run(con, "01_claim_keys.sql")}
    a, b = got["a"], got["b"]
    assert (a["source"], a["is_dup"], a["status"], a["unit"], a["as_of"]) == \
        ("Wire", False, "in_effect", "percent", D("2025-04-03"))
    assert (a["change_word"], a["pause_word"], a["combined"]) == ("", False, False)
    assert (b["source"], b["is_dup"]) == ("b", True)  # no source: the article id
    assert (b["change_word"], b["pause_word"], b["period"]) == ("raised", True, "2024")


def test_a_combined_reciprocal_rate_loses_its_measure(con):
    _claims(con, {"measure": "reciprocal", "combined": True},
            {"measure": "section_232", "combined": True},
            {"measure": "reciprocal", "metric": "exports", "unit": "USD", "combined": True})
    run(con, "01_claim_keys.sql")
    got = rows(con, "SELECT metric, measure FROM _rc_keyed ORDER BY claim_id")
    assert got == [{"metric": "tariff_rate", "measure": None},
                   {"metric": "tariff_rate", "measure": "section_232"},
                   {"metric": "exports", "measure": "reciprocal"}]


def test_a_claim_of_an_article_dated_by_inference_is_marked(con):
    con.execute("INSERT INTO articles (id, source, published, date_method) VALUES "
                "('g', 'Wire', DATE '2025-04-03', 'given'), "
                "('i', 'Blog', DATE '2025-04-05', 'inferred')")
    for cid, art, as_of in (("c1", "g", "2025-04-03"), ("c2", "i", None)):
        con.execute("INSERT INTO claims BY NAME SELECT ? AS claim_id, ? AS article, "
                    "'rate' AS kind, 'tariff_rate' AS metric, 25.0 AS value, "
                    "'percent' AS unit, CAST(? AS DATE) AS as_of", [cid, art, as_of])
    register_keys(con)
    got = {r["claim_id"]: (r["date_inferred"], r["as_of"]) for r in run(con, "01_claim_keys.sql")}
    assert got == {"c1": (False, D("2025-04-03")), "c2": (True, D("2025-04-05"))}


def test_a_party_its_sentence_passes_over_for_another_country_is_doubtful(con):
    """Any name the lexicon knows counts ("Chinese", "Beijing"); the US, the default
    imposer, needs none; a sentence naming no country speaks of its article's country."""
    _claims(con,
            {"imposer": "US", "target": "China", "sentence": "Beijing faces a 30% tariff."},
            {"imposer": "US", "target": "China", "sentence": "Japan faces a 30% tariff."},
            {"imposer": "China", "target": "US",
             "sentence": "Chinese duties on American goods reach 10%, as Japan watches."},
            {"imposer": "Canada", "target": "US",
             "sentence": "Mexico said the US levy is 25 per cent."},
            {"imposer": "US", "target": "China", "sentence": "The rate rose to 30%.",
             "change": "rose"},
            {"imposer": "US", "target": "China", "sentence": None})
    got = {r["claim_id"]: r["doubtful"] for r in run(con, "01_claim_keys.sql")}
    assert got == {"c0": False, "c1": True, "c2": False, "c3": True, "c4": False,
                   "c5": False}


def _amounts(con, *claims):
    con.execute("INSERT INTO articles (id, source, published) VALUES "
                "('a', 'Wire', DATE '2025-07-01')")
    for i, (metric, product, quote, sentence) in enumerate(claims):
        kind = "rate" if metric == "tariff_rate" else "amount"
        con.execute("INSERT INTO claims BY NAME SELECT ? AS claim_id, 'a' AS article, "
                    "? AS kind, ? AS metric, 1e9 AS value, 'USD' AS unit, "
                    "'XX' AS imposer, 'US' AS target, ? AS product, ? AS quote, "
                    "? AS sentence", [f"c{i}", kind, metric, product, quote, sentence])
    register_keys(con)
    return {r["claim_id"]: (r["product"], r["product_guess"])
            for r in run(con, "01_claim_keys.sql")}


def test_an_amount_product_not_bound_to_its_figure_is_a_guess(con):
    """A pledge over a list of sectors, or one whose sentence names other goods, is on no
    one product; goods named right after the figure, in its quote, or alone in the sentence
    are its own."""
    got = _amounts(
        con,
        ("investment", "shipbuilding", "put $9 billion",
         "The partner will put $9 billion into plants for ships, chips and drugs."),
        ("investment", "agriculture", "spend $9 billion",
         "It doubles wheat imports, will spend $9 billion on new plants and buys weapons."),
        ("purchase", "energy", "purchase $9 billion",
         "It will purchase $9 billion of oil and $2 billion of weapons."),
        ("purchase", "defense", "weapons purchases worth $9 billion",
         "Beside wheat, it plans weapons purchases worth $9 billion."),
        ("exports", "steel", "worth $9 billion",
         "Its steel shipments to the market are worth $9 billion."),
        ("tariff_rate", "steel", "25%", "A 25% duty hits steel, chips and drugs."),
        # goods named just before the figure are its own, the next item's are not
        ("other_amount", "steel", "$7 billion",
         "Duties cover steel products worth $7 billion, aluminum products worth $2 billion "
         "and other goods worth $5 billion."),
        # examples of the goods ("including ...") do not make the figure theirs
        ("other_amount", "home appliances", "$9 billion",
         "It taxes $9 billion of US goods, including juice and washing machines."))
    assert got == {"c0": (None, "shipbuilding"), "c1": (None, "agriculture"),
                   "c2": ("energy", None), "c3": ("defense", None), "c4": ("steel", None),
                   "c5": ("steel", None),  # levies are not judged here
                   "c6": ("steel", None), "c7": (None, "home appliances")}


def test_a_yearly_flow_with_no_period_is_the_annual_figure(con):
    con.execute("INSERT INTO articles (id, source, published) VALUES "
                "('a', 'Wire', DATE '2025-07-01')")
    for cid, metric, period, sentence in (
            ("y", "trade_deficit", None, "The gap reaches $90 billion a year, he said."),
            ("n", "trade_deficit", "2024", "Annual imports reached $90 billion in 2024."),
            ("o", "trade_deficit", None, "The gap reached $90 billion."),
            ("p", "investment", None, "It will invest $90 billion a year."),
            ("q", "trade_deficit", None, "The gap is $90 billion, up from a year ago.")):
        con.execute("INSERT INTO claims BY NAME SELECT ? AS claim_id, 'a' AS article, "
                    "'amount' AS kind, ? AS metric, 9e10 AS value, 'USD' AS unit, "
                    "? AS period, ? AS sentence", [cid, metric, period, sentence])
    register_keys(con)
    got = {r["claim_id"]: r["period"] for r in run(con, "01_claim_keys.sql")}
    assert got == {"y": "annual", "n": "2024", "o": None, "p": None, "q": None}


def test_the_change_cue_is_the_extractors(con):
    """The figure's change cue comes from the extractor as it is (a cue that is only the
    figure's adjective, "a lower 8% rate", is dropped there: judgments.figure_change)."""
    _claims(con,
            {"sentence": "Bicycles pay a lower 8 per cent rate than other goods.",
             "quote": "8 per cent rate", "change": None},
            {"sentence": "The ministry will lower the 20% levy to 12%.",
             "quote": "20%", "change": "lower"},
            {"sentence": "Lamps now pay a lowered 8% rate.", "quote": "8% rate",
             "change": "lowered"})
    got = [r["change_word"] for r in sorted(run(con, "01_claim_keys.sql"),
                                            key=lambda r: r["claim_id"])]
    assert got == ["", "lower", "lowered"]


def test_a_trade_balance_has_no_measure_or_product_in_its_key(con):
    """A goods deficit told beside a duty is still the whole balance: no measure, and its
    product only a guess; other flows keep theirs."""
    _claims(con, {"metric": "trade_deficit", "kind": "amount", "unit": "USD", "value": 9e10,
                  "imposer": "US", "target": "China", "measure": "fentanyl",
                  "product": "semiconductors"},
            {"metric": "trade_surplus", "kind": "amount", "unit": "USD", "value": 9e10,
             "imposer": "US", "target": "Brazil", "measure": "reciprocal"},
            {"metric": "exports", "kind": "amount", "unit": "USD", "value": 9e10,
             "imposer": "Brazil", "target": "US", "measure": "reciprocal", "product": "steel",
             "quote": "$90 billion of steel", "sentence": "It sold $90 billion of steel."})
    run(con, "01_claim_keys.sql")
    got = rows(con, "SELECT metric, product, measure, product_guess FROM _rc_keyed "
                    "ORDER BY claim_id")
    assert got == [
        {"metric": "trade_deficit", "product": None, "measure": None,
         "product_guess": "semiconductors"},
        {"metric": "trade_surplus", "product": None, "measure": None, "product_guess": None},
        {"metric": "exports", "product": "steel", "measure": "reciprocal",
         "product_guess": None}]


def test_goods_a_figure_is_of_are_its_own_and_goods_of_a_later_figure_are_not(con):
    """"$2 billion of steel" binds steel whatever goods the rest of the sentence names; a
    product named only in the clause of the next figure ("and autos were 28 per cent")
    is that figure's, not this one's."""
    got = _amounts(
        con,
        ("exports", "steel", "$2 billion",
         "It sold $2 billion of steel to the US, more than its autos and chips together."),
        ("exports", "autos", "came to $9 billion",
         "Its overseas sales came to $9 billion in all, and autos were 28 per cent."),
        ("exports", "autos", "$9 billion",
         "Car exports to the US reached $9 billion, 28 per cent of the total."))
    assert got == {"c0": ("steel", None), "c1": (None, "autos"), "c2": ("autos", None)}


def test_an_export_figure_whose_sentence_does_not_name_its_party_is_doubtful(con):
    """A province, firm or port sells part of its country's trade: an export or import
    figure whose sentence does not name its non-US party is doubtful; a trade balance
    whose sentence names no country still speaks of its article's."""
    flow = {"kind": "amount", "unit": "USD", "value": 2.2e10, "imposer": "Canada",
            "target": "US"}
    _claims(con,
            {**flow, "metric": "exports",
             "sentence": "Saskatchewan shipped $22 billion of potash and crops south in 2024."},
            {**flow, "metric": "exports",
             "sentence": "In 2024 Canadian firms shipped $22 billion of potash and crops south."},
            {**flow, "metric": "trade_deficit", "imposer": "US", "target": "Canada",
             "sentence": "The deficit was $22 billion in 2024."})
    got = {r["claim_id"]: r["doubtful"] for r in run(con, "01_claim_keys.sql")}
    assert got == {"c0": True, "c1": False, "c2": False}


def test_a_partners_unnamed_baseline_rate_keys_on_its_country_wide_timeline(con):
    """(h252) "Zandia paid 10% over the spring, before its own 24% applied": the extractor
    reads the 10% as the baseline from the months it is told of, no measure word next to it;
    it is Zandia's rate of those months, keyed reciprocal beside the 24%. A baseline that a
    word names ("the 10% baseline on Zandia", next to it or in its sentence), one on every
    partner, or one on named goods keeps its measure."""
    _claims(con, {"imposer": "US", "target": "Germany", "product": "all", "value": 10.0,
                  "measure": "baseline"},
            {"imposer": "US", "target": "Germany", "product": "all", "value": 10.0,
             "measure": "baseline", "measure_named": True},
            {"imposer": "US", "target": "*", "product": "all", "value": 10.0,
             "measure": "baseline"},
            {"imposer": "US", "target": "Germany", "product": "cars", "value": 10.0,
             "measure": "baseline"},
            {"imposer": "US", "target": "Germany", "product": "all", "value": 10.0,
             "measure": "baseline", "sentence": "German goods now face a 10% US baseline."})
    run(con, "01_claim_keys.sql")
    got = [r["measure"] for r in rows(con, "SELECT measure FROM _rc_keyed ORDER BY claim_id")]
    assert got == ["reciprocal", "baseline", "baseline", "baseline", "baseline"]
