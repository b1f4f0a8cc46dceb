"""A change's new value against another article's report of the value it changed from,
ordered only by inferred dates (h264, 07_claim_pairs.sql `changed_from`).

Article a, dated only by inference (Aug. 27): "a deal would lift the 40% duty; 20% of it has
applied since Aug. 27": the extractor reads 40% as the value before a change and 20% as the
new value, both dated Aug. 27. Article b, dated by inference a week on, gives 40% in effect
from Aug. 27. Both effective dates place the pair (no publication guess), but only the
inferred dates put b after a's change: before it, the two are the change over time (an
update), so the pair is a guess and makes no conflict alone. With both dates given, b is
known to come after the change and the old value told still disagrees, as before.
"""

from typing import Any

import pytest

from tests.reconcile.stage import D, conflict_values, insert

F = {"fact_id": "f", "metric": "tariff_rate", "imposer": "US", "target": "ZZ",
     "product": "all", "measure": None, "unit": "percent"}


def _rows(con: Any, inferred: bool) -> None:
    """a: 40% before a change, 20% its new value; b: 40% in effect; all from Aug. 27."""
    insert(con, "facts", {**F, "n_claims": 3, "n_sources": 2})
    common = {**F, "date_inferred": inferred, "effective": D("2025-08-27")}
    insert(con, "fact_claims",
           {**common, "claim_id": "a0", "article": "a", "value": 40, "status": "previous",
            "is_prev": True, "in_seq": False, "epoch": None, "change_word": "lift",
            "seq_date": D("2025-08-27"), "quote": "lift the 40% duty"},
           {**common, "claim_id": "a1", "article": "a", "value": 20, "status": "in_effect",
            "is_change": True, "epoch": 1, "change_word": "lift",
            "seq_date": D("2025-08-27"), "quote": "20% of it"},
           {**common, "claim_id": "b1", "article": "b", "value": 40, "status": "in_effect",
            "epoch": 1, "seq_date": D("2025-09-03"), "quote": "40% since Aug. 27"})


@pytest.mark.parametrize(("inferred", "raised"), [(True, False), (False, True)])
def test_a_change_against_its_old_value_told_elsewhere(con: Any, inferred: bool,
                                                       raised: bool) -> None:
    """Inferred dates: the 20% against b's 40% is no conflict; known dates: raised."""
    _rows(con, inferred)
    assert ((20, 40) in conflict_values(con)) is raised
