"""The partner that pays a rate, named right after it ("the 50% paid by European rivals";
tracker/extract/parties.py, levy_target and AGREED_BY_RE). Sentences of our own."""

from __future__ import annotations

import pytest

from tracker.extract.engine import extract_text


@pytest.mark.parametrize(("sentence", "target"), [
    ("Swiss watches now pay a 15% tariff, sparing makers the 39% paid by Indian rivals.", "IN"),
    ("Swiss watches now pay a 15% tariff, sparing makers the 39% faced by Indian rivals.", "IN"),
    ("Swiss watches now pay a 15% tariff, well below the 39% agreed by India.", "IN"),
])
def test_the_partner_that_pays_a_rate_is_its_target(sentence: str, target: str) -> None:
    got = [c.target for c in extract_text(sentence, "2025-11-20")
           if c.metric == "tariff_rate" and c.value == 39]
    assert got == [target]
