"""Which pairs are one story: containment of the smaller article in the larger."""

from __future__ import annotations

import pytest

from tests.dedup.dedup_stories import EXCERPT, REPRINT, RIVAL, WIRE
from tracker import dedup


def _score(a: str, b: str) -> float:
    fa, fb = dedup.fingerprint(a), dedup.fingerprint(b)
    return dedup.containment(fa.signature, fa.n_shingles, fb.signature, fb.n_shingles)


@pytest.mark.parametrize("copy", [REPRINT, EXCERPT], ids=["reprint", "excerpt"])
def test_reprint_and_excerpt_are_the_same_story(copy):
    assert _score(WIRE, copy) >= dedup.THRESHOLD
    fp = dedup.fingerprint(copy)
    wire = dedup.fingerprint(WIRE)
    found = dedup.find_original(fp.signature, [
        dedup.Candidate("rival", dedup.signature(RIVAL), dedup.fingerprint(RIVAL).n_shingles),
        dedup.Candidate("wire", wire.signature, wire.n_shingles),
    ], n_shingles=fp.n_shingles)
    assert found == "wire"


def test_excerpt_is_found_although_its_jaccard_is_low():
    # the opening alone shares under half of the full story's shingles: the Jaccard
    # similarity the scan used to compare (>= 0.6) misses it, containment does not
    wire, excerpt = dedup.fingerprint(WIRE), dedup.fingerprint(EXCERPT)
    assert dedup.similarity(wire.signature, excerpt.signature) < 0.5
    assert _score(WIRE, EXCERPT) > 0.9


def test_same_event_same_figures_different_writing_is_not_a_duplicate():
    for other in (WIRE, REPRINT, EXCERPT):
        assert _score(RIVAL, other) < dedup.THRESHOLD / 4
    rival = dedup.fingerprint(RIVAL)
    wire = dedup.fingerprint(WIRE)
    assert dedup.find_original(rival.signature, [dedup.Candidate("wire", wire.signature,
                                                                 wire.n_shingles)],
                               n_shingles=rival.n_shingles) is None


def test_containment_formula():
    # |A| = 100, |B| = 300, |A∩B| = 90: J = 90 / 310; containment of A in B = 0.9
    assert dedup.containment_from(90 / 310, 100, 300) == pytest.approx(0.9)
    assert dedup.containment_from(90 / 310, 300, 100) == pytest.approx(0.9)
    assert dedup.containment_from(0.9, 100, 200) == 1.0  # estimates can overshoot: capped
    assert dedup.containment_from(0.0, 100, 300) == 0.0
    assert dedup.containment_from(0.5, 0, 300) == 0.0


def test_without_shingle_counts_the_jaccard_estimate_decides():
    # a candidate from a store without counts: Jaccard, a lower bound of containment
    wire, excerpt = dedup.fingerprint(WIRE), dedup.fingerprint(EXCERPT)
    bare = [("wire", wire.signature)]
    counted = [("wire", wire.signature, wire.n_shingles)]
    assert dedup.find_original(excerpt.signature, bare, 0.5) is None
    assert dedup.find_original(excerpt.signature, bare, 0.5, excerpt.n_shingles) is None
    assert dedup.find_original(excerpt.signature, counted, 0.5, excerpt.n_shingles) == "wire"


def test_wrong_sized_signatures_are_ignored():
    sig = dedup.signature(WIRE)
    assert dedup.find_original(sig, [("old", sig[:64]), ("none", None)]) is None
    assert dedup.find_original(sig[:64], [("same", sig)]) is None
