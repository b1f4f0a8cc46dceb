"""01c_all_in_sums.sql: a partner-wide US rate keyed to one component whose value is the
official sum of the partner's components on its date is the partner's all-in rate."""

from tests.reconcile.stage import D, insert, run

REF = {"imposer": "US", "product": "all", "status": "in_effect", "use_rate": True,
       "use_date": True, "pause": False, "tier": "PRIMARY", "announced_date": D("2025-01-01"),
       "source": "https://example.gov"}
XX = {"metric": "tariff_rate", "imposer": "US", "target": "XX", "product": "all"}


def _ref(ref_id: int, target: str, measure: str, rate: float, start: str,
         end: str | None = None) -> dict:
    return {**REF, "ref_id": ref_id, "target": target, "measure": measure,
            "rate_percent": rate, "effective_date": D(start),
            "end_date": D(end) if end else None}


def _tables(con) -> None:
    """XX: a country rate of 10% and a border duty of 20% until November 10, 10% after;
    YY has only the country rate."""
    insert(con, "reference", _ref(1, "XX", "reciprocal", 10.0, "2025-05-14"),
           _ref(2, "XX", "fentanyl", 20.0, "2025-03-04", "2025-11-10"),
           _ref(3, "XX", "fentanyl", 10.0, "2025-11-10"),
           _ref(4, "YY", "reciprocal", 20.0, "2025-08-07"),
           _ref(5, "*", "baseline", 10.0, "2025-04-05"))


def _got(con) -> dict:
    return {r["claim_id"]: (r["measure"], r["combined"])
            for r in run(con, "01c_all_in_sums.sql")}


def test_the_sum_of_the_parts_keyed_to_one_part_is_the_all_in_rate(con):
    _tables(con)
    insert(con, "_rc_keyed",
           # the whole 30% told beside the drug duty's name
           {"claim_id": "s1", "article": "a", "value": 30, "status": "in_effect",
            "measure": "fentanyl", "as_of": D("2025-09-20"), **XX},
           # the same sum keyed to the country rate, with no status
           {"claim_id": "s2", "article": "b", "value": 30, "measure": "reciprocal",
            "as_of": D("2025-07-01"), **XX},
           # the part's own value stays the part
           {"claim_id": "p1", "article": "c", "value": 20, "status": "in_effect",
            "measure": "fentanyl", "as_of": D("2025-09-20"), **XX},
           # the sum after November 10 (10% + 10%) is the part's value before it: a
           # previous 20% cut on November 10 is the part's, not the later sum
           {"claim_id": "p2", "article": "d", "value": 20, "status": "previous",
            "measure": "fentanyl", "as_of": D("2025-10-30"),
            "effective": D("2025-11-10"), **XX},
           # a scheduled value is read on the day it starts too
           {"claim_id": "s3", "article": "d", "value": 20, "status": "scheduled",
            "measure": "reciprocal", "as_of": D("2025-10-30"),
            "effective": D("2025-11-10"), **XX},
           # in effect with a date it runs until: read on its publication only, where 20%
           # is the part's own value
           {"claim_id": "p3", "article": "e", "value": 20, "status": "in_effect",
            "measure": "fentanyl", "as_of": D("2025-08-12"),
            "effective": D("2025-11-10"), **XX})
    assert _got(con) == {"s1": (None, True), "s2": (None, True), "p1": ("fentanyl", False),
                         "p2": ("fentanyl", False), "s3": (None, True),
                         "p3": ("fentanyl", False)}


def test_a_named_part_is_the_sum_only_after_the_parts_its_sentence_lists(con):
    """'a 10% country rate and a 20% drug levy, 30% in all': the 30% follows the parts;
    'the drug duty stays at 30%' names the one part it means."""
    _tables(con)
    day = {"as_of": D("2025-09-20")}
    listed = "a 10% country rate and a 20% drug levy, 30% in all"
    insert(con, "_rc_keyed",
           {"claim_id": "l1", "article": "a", "value": 10, "measure": "reciprocal",
            "measure_named": True, "sentence": listed, "quote_start": 2, **day, **XX},
           {"claim_id": "l2", "article": "a", "value": 20, "measure": "fentanyl",
            "measure_named": True, "sentence": listed, "quote_start": 27, **day, **XX},
           {"claim_id": "l3", "article": "a", "value": 30, "measure": "reciprocal",
            "measure_named": True, "sentence": listed, "quote_start": 41, **day, **XX},
           {"claim_id": "n1", "article": "b", "value": 30, "measure": "fentanyl",
            "measure_named": True, "sentence": "the drug duty stays at 30%", **day, **XX})
    assert _got(con) == {"l1": ("reciprocal", False), "l2": ("fentanyl", False),
                         "l3": (None, True), "n1": ("fentanyl", False)}


def test_threats_products_and_one_part_partners_are_left_alone(con):
    _tables(con)
    day = {"as_of": D("2025-09-20")}
    insert(con, "_rc_keyed",
           # a threat is nobody's sum
           {"claim_id": "t1", "article": "b", "value": 30, "status": "proposed",
            "measure": "fentanyl", **day, **XX},
           # a product's rate stacks otherwise
           {"claim_id": "g1", "article": "c", "value": 30, "measure": "fentanyl",
            **day, **{**XX, "product": "steel"}},
           # YY's own rows give one part (its rate, the baseline left out): 20 + nothing
           {"claim_id": "y1", "article": "d", "value": 20, "measure": "baseline",
            **day, **{**XX, "target": "YY"}},
           # no date: nothing to read the table at
           {"claim_id": "u1", "article": "e", "value": 30, "measure": "fentanyl", **XX},
           # in force two days after the sum fell from 30% to 20%: the old and the new
           # total are told days apart, so a figure this near a change is not re-keyed
           {"claim_id": "c1", "article": "f", "value": 20, "status": "in_effect",
            "measure": "reciprocal", "as_of": D("2025-11-12"), **XX})
    assert all(v[1] is False and v[0] is not None for v in _got(con).values())



def test_a_figure_another_source_calls_combined_is_left_to_02(con):
    """'cut from 30% to 25%' keyed to the country rate, while another outlet calls 30% the
    combined rate that month: 02_combined_totals.sql makes both ends combined, so 01c
    leaves the pair alone (it would otherwise take the 30% and strand the 25%)."""
    _tables(con)
    cut = "the levy on the partner's goods is cut from 30% to 25%"
    day = {"as_of": D("2025-09-20")}
    insert(con, "_rc_keyed",
           {"claim_id": "c0", "article": "z", "value": 30, "status": "in_effect",
            "combined": True, "as_of": D("2025-09-10"), **XX},
           {"claim_id": "f1", "article": "a", "value": 30, "status": "previous",
            "measure": "reciprocal", "sentence": cut, "change_word": "cut", **day, **XX},
           {"claim_id": "t1", "article": "a", "value": 25, "status": "agreed",
            "measure": "reciprocal", "sentence": cut, "change_word": "cut", **day, **XX})
    got = _got(con)
    assert (got["f1"], got["t1"]) == (("reciprocal", False), ("reciprocal", False))
