"""Accuracy must not fall below the floors pinned in tests/score_floors.json.

Each floor is the figure `tracker eval` (or `tracker eval --reconcile`, for the
reconciliation sets: slow, they ingest into a temporary database) gave when it was last
raised, with no slack (only 1e-9 of float noise): a rule change that costs one claim
anywhere fails here and has to be argued for. Raising floors:
`python tests/evaluate/update_floors.py` (docs/evaluation.md).
"""

from __future__ import annotations

import pytest

from tests.evaluate.update_floors import (
    FLOORS,
    SETS,
    ReconcileSet,
    available,
    below,
    figures,
    load_floors,
    raised,
)


@pytest.mark.parametrize("name", [
    pytest.param(n, marks=pytest.mark.slow) if isinstance(s, ReconcileSet) else n
    for n, s in SETS.items()])
def test_scores_stay_at_or_above_their_floors(name: str) -> None:
    floors = load_floors()[name]
    if not available(name):
        if SETS[name].shared:
            pytest.skip(f"{name}: ../shared files not found")
        pytest.fail(f"{name}: the repository's own files are missing")
    got = figures(name)
    assert below(got, floors) == []
    # a figure computed but not pinned would go unguarded: run update_floors.py to pin it
    assert sorted(got) == sorted(floors)


def test_every_set_has_floors() -> None:
    assert sorted(load_floors(FLOORS)) == sorted(SETS)


def test_below_and_raised_compare_with_float_noise_only() -> None:
    floors = {"f1": 0.9, "recall": 0.8}
    assert below({"f1": 0.9 - 1e-12, "recall": 0.8}, floors) == []
    assert below({"f1": 0.9 - 1e-6, "recall": 0.8}, floors) == [
        f"f1: {0.9 - 1e-6!r} < floor 0.9"]
    assert below({"f1": 0.95}, floors) == ["recall: no longer computed (floor 0.8)"]
    # raising keeps every floor not beaten and takes every figure that beats one
    assert raised({"f1": 0.95, "recall": 0.7, "precision": 0.5}, floors) == {
        "f1": 0.95, "recall": 0.8, "precision": 0.5}
