"""04_claim_flags.sql: completed keys, fact_id, precision half-widths and dates."""

from tests.reconcile.stage import D, insert, run

KR = {"metric": "tariff_rate", "unit": "percent", "imposer": "US", "target": "KR",
      "product": "all"}


def test_filled_claims_share_the_fact_and_flags(con):
    insert(con, "_rc_totalled",
           {"claim_id": "a1", "article": "a", "kind": "rate", "value": 25,
            "measure": "reciprocal", "as_of": D("2025-04-03"), **KR},
           {"claim_id": "b1", "article": "b", "kind": "rate", "value": 25, "hedge": "about",
            "precision": 1.0, "status": "previous", "as_of": D("2025-04-05"), **KR},
           {"claim_id": "c1", "article": "c", "kind": "amount", "metric": "exports",
            "unit": "USD", "value": 56e9, "precision": 1e9, "imposer": "KR", "target": "US",
            "as_of": D("2025-04-05"), "effective": D("2025-01-01")},
           {**KR, "claim_id": "d1", "article": "d", "kind": "date", "metric": "effective_date",
            "unit": "date", "date_value": D("1970-01-11"), "measure": "reciprocal",
            "as_of": None})
    insert(con, "_rc_fill", {"metric": "tariff_rate", "unit": "percent", "i": "US", "t": "KR",
                             "p": "all", "m": "", "product": "all", "measure": "reciprocal"})
    got = {r["claim_id"]: r for r in run(con, "04_claim_flags.sql")}
    a, b, c, d = got["a1"], got["b1"], got["c1"], got["d1"]
    assert b["measure"] == "reciprocal" and b["key_filled"] and not a["key_filled"]
    assert a["fact_id"] == b["fact_id"] != d["fact_id"]
    assert (a["h"], b["h"], c["h"], d["h"]) == (0.005, 1.0, 0.4999e9, 0.5)
    assert (a["is_prev"], b["is_prev"], a["status_rank"], b["status_rank"]) == \
        (False, True, 4, -1)
    assert (c["is_flow"], c["comparable"], a["is_flow"]) == (True, True, False)
    assert (c["seq_date"], c["date"]) == (D("2025-04-05"), D("2025-01-01"))
    assert (d["v"], d["seq_key"]) == (10.0, D("1900-01-01"))


def test_an_amount_told_as_nearly_a_round_figure_reaches_below_it(con):
    """(h169) "Nearly $300 billion" rounds up what it stands for ($295.4 billion): its
    half-width is $nearly_share of the value, not the stated unit; "about" keeps the
    precision, and a plain figure half of it."""
    amount = {"kind": "amount", "metric": "trade_deficit", "unit": "USD", "imposer": "US",
              "target": "KR", "precision": 1e9, "as_of": D("2025-06-02")}
    insert(con, "_rc_totalled",
           {"claim_id": "n", "article": "a", "value": 300e9, "hedge": "nearly", **amount},
           {"claim_id": "m", "article": "b", "value": 300e9, "hedge": "almost", **amount},
           {"claim_id": "a", "article": "c", "value": 300e9, "hedge": "about", **amount},
           {"claim_id": "p", "article": "d", "value": 300e9, **amount})
    got = {r["claim_id"]: r["h"] for r in run(con, "04_claim_flags.sql")}
    assert got == {"n": 7.5e9, "m": 7.5e9, "a": 1e9, "p": 0.4999e9}
    got = {r["claim_id"]: r["h"] for r in run(con, "04_claim_flags.sql", nearly_share=0.001)}
    assert got["n"] == 1e9


def test_the_goods_a_measure_covers_are_compared_other_amounts_not(con):
    """"Counter-tariffs on C$30 billion of goods": the value a measure covers is a stock,
    compared like a pledge; an other amount with no measure ("a $40,000 car") is not."""
    amount = {"kind": "amount", "metric": "other_amount", "unit": "CAD", "imposer": "CA",
              "target": "US", "as_of": D("2025-03-04")}
    insert(con, "_rc_totalled",
           {"claim_id": "m", "article": "a", "value": 30e9, "measure": "retaliatory", **amount},
           {"claim_id": "n", "article": "a", "value": 4e4, **amount})
    got = {r["claim_id"]: r["comparable"] for r in run(con, "04_claim_flags.sql")}
    assert got == {"m": True, "n": False}


def test_a_party_named_only_past_another_rate_is_doubtful(con):
    """"Below the 30% set in spring, but above the 12% granted to Peru": Peru is the 12%'s;
    the 30% the extractor gave Peru is doubtful (a pair with it makes no conflict alone).
    Not across "from ... to" (one change of Peru's), not in a "respectively" list."""
    pe = {"kind": "rate", "metric": "tariff_rate", "unit": "percent", "imposer": "US",
          "target": "PE", "as_of": D("2025-05-02")}
    first = "The new rate is below the 30% set in spring, but above the 12% granted to Peru."
    change = "Washington lifted the duty from 20% to 30% on Peru."
    resp = "The duties are 30%, and 12% on Chile and Peru respectively."
    insert(con, "_rc_totalled",
           {**pe, "claim_id": "a30", "article": "a", "value": 30, "quote": "30% set",
            "sentence": first},
           {**pe, "claim_id": "a12", "article": "a", "value": 12, "quote": "12% granted",
            "sentence": first},
           {**pe, "claim_id": "b20", "article": "b", "value": 20, "quote": "20%",
            "sentence": change},
           {**pe, "claim_id": "c30", "article": "c", "value": 30, "quote": "30%",
            "sentence": resp})
    got = {r["claim_id"]: r["doubtful"] for r in run(con, "04_claim_flags.sql")}
    assert got == {"a30": True, "a12": False, "b20": False, "c30": False}


def test_the_base_another_rate_is_added_to_is_doubtful(con):
    """(h133) "An extra 12% on Peruvian grapes, on top of their usual 4%": the 4% may be the
    ordinary duty, not the levy its key names, when no word of its own names a measure; a
    pair with it makes no conflict alone. A base named by its own measure word stays sure,
    so does a levy already in place that something is added to, and the figure added."""
    pe = {"kind": "rate", "metric": "tariff_rate", "unit": "percent", "imposer": "PE",
          "target": "US", "as_of": D("2025-05-02")}
    plain = "Lima charges an extra 12% on American grapes, on top of their usual 4%."
    named = "Lima charges an extra 12% on American grapes on top of the 5% counter-tariff."
    levied = "Lima adds 12% on American grapes on top of the 6% it already levies."
    insert(con, "_rc_totalled",
           {**pe, "claim_id": "a12", "article": "a", "value": 12, "quote": "12%",
            "sentence": plain},
           {**pe, "claim_id": "a4", "article": "a", "value": 4, "quote": "4%",
            "sentence": plain},
           {**pe, "claim_id": "b5", "article": "b", "value": 5, "quote": "5% counter-tariff",
            "sentence": named, "measure_named": True},
           {**pe, "claim_id": "c6", "article": "c", "value": 6, "quote": "6% it",
            "sentence": levied})
    got = {r["claim_id"]: r["doubtful"] for r in run(con, "04_claim_flags.sql")}
    assert got == {"a12": False, "a4": True, "b5": False, "c6": False}


def test_a_us_rate_its_words_make_the_partners_levy_is_doubtful(con):
    """(h140) "the 40% levy Oslo had imposed": the partner is the one who imposed it, so a
    figure keyed as the US rate on Norway may be Norway's counter-tariff and makes no
    conflict alone. A US levy on Norway told plainly, or one Norway merely faces, stays
    sure."""
    us = {"kind": "rate", "metric": "tariff_rate", "unit": "percent", "imposer": "US",
          "target": "NO", "as_of": D("2025-05-02")}
    theirs = "The new rate replaces the 40% levy Norway had imposed on Monday."
    charge = "Exporters also paid an extra 10% charge that Norway levied in March."
    ours = "Washington set a 30% levy on Norway, which Norway had called unfair."
    faces = "Norway faces a 20% tariff that Washington imposed in April."
    insert(con, "_rc_totalled",
           {**us, "claim_id": "a", "article": "a", "value": 40, "quote": "40% levy",
            "sentence": theirs},
           {**us, "claim_id": "b", "article": "b", "value": 10, "quote": "extra 10%",
            "sentence": charge},
           {**us, "claim_id": "c", "article": "c", "value": 30, "quote": "30% levy",
            "sentence": ours},
           {**us, "claim_id": "d", "article": "d", "value": 20, "quote": "20% tariff",
            "sentence": faces})
    got = {r["claim_id"]: r["doubtful"] for r in run(con, "04_claim_flags.sql")}
    assert got == {"a": True, "b": True, "c": False, "d": False}


def test_the_base_of_a_comparison_is_doubtful(con):
    """(h179) "Nickel bars pay 40% since May, twice the 20 per cent charged before": the
    20% is the base the 40% is measured against, another period's or another party's rate
    read on this key, so it is doubtful (a pair with it makes no conflict alone). "Half
    the" makes a base too; the figure compared, and a rate after "doubled to", stay sure."""
    us = {"kind": "rate", "metric": "tariff_rate", "unit": "percent", "imposer": "US",
          "target": "*", "product": "all", "as_of": D("2025-09-02")}
    twice = "Nickel bars pay 40% since May, twice the 20 per cent charged before."
    half = "Cocoa from the isles pays 15 per cent, half the 30% charged on other origins."
    doubled = "The levy on nickel bars doubled to 40% in May."
    insert(con, "_rc_totalled",
           {**us, "claim_id": "a40", "article": "a", "value": 40, "quote": "40%",
            "sentence": twice},
           {**us, "claim_id": "a20", "article": "a", "value": 20, "quote": "20 per cent",
            "sentence": twice},
           {**us, "claim_id": "b15", "article": "b", "value": 15, "quote": "15 per cent",
            "sentence": half},
           {**us, "claim_id": "b30", "article": "b", "value": 30, "quote": "30%",
            "sentence": half},
           {**us, "claim_id": "c40", "article": "c", "value": 40, "quote": "40%",
            "sentence": doubled})
    got = {r["claim_id"]: r["doubtful"] for r in run(con, "04_claim_flags.sql")}
    assert got == {"a40": False, "a20": True, "b15": False, "b30": True, "c40": False}
