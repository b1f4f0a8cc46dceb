"""A US import total whose sentence names partners only after it, as its sources ("mainly
from ...", "a third of it from ...", "with ... the biggest suppliers") or in a clause joined
after it, is every partner's ("*"), not the first partner named's; a partner told right
after the goods ("from Canada") stays the partner (tracker/extract/parties.py
`_suppliers_glossed`). Sentences of our own."""

from __future__ import annotations

import pytest

from tracker.extract.engine import extract_text


def _targets(text: str) -> dict[object, str | None]:
    return {c.value: c.target for c in extract_text(text, "2025-06-01") if c.kind == "amount"}


@pytest.mark.parametrize("text", [
    "The United States imported about $190 billion of medical devices last year, with Mexico, "
    "Germany and Ireland the biggest suppliers.",
    "The US imported about $190 billion of medical devices last year, mainly from Mexico, "
    "Germany and Ireland.",
    "The United States imported about $190 billion of medical devices last year, roughly a "
    "third of it from Mexico.",
    "The United States imported about $190 billion of medical devices last year, and clinics "
    "already pay the 10 per cent duty on Mexican parts.",
])
def test_a_us_import_total_with_its_sources_after_it_is_everyones(text: str) -> None:
    assert _targets(text)[190_000_000_000] == "*"


def test_a_partner_named_with_the_goods_stays_the_partner() -> None:
    got = _targets("The United States imported about $21 billion of nickel from Canada last "
                   "year.")
    assert got[21_000_000_000] == "CA"


def test_a_partner_after_with_but_no_source_noun_stays() -> None:
    got = _targets("The United States imported about $190 billion of medical devices last "
                   "year, with Mexico the fastest growing.")
    assert got[190_000_000_000] == "MX"
