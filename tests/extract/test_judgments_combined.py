"""judgments 'combined': an average tariff over all imports stacks every measure, so it is
a combined figure; filled into the baseline's fact (03_key_fill.sql) it stood against the
10% baseline as a false conflict (dev9's live blog and market wrap, lead-16h)."""

from __future__ import annotations

from tracker.extract import judgments
from tracker.models import Claim


def _combined(sentence: str, quote: str) -> bool:
    claim = Claim(article="a", kind="rate", metric="tariff_rate", value=17.9, unit="percent",
                  quote=quote, sentence=sentence)
    return bool(judgments.annotate(claim).combined)


def test_an_average_effective_rate_is_combined() -> None:
    assert _combined("A think tank puts the average effective US tariff rate at 17.9 per cent.",
                     "17.9 per cent")
    assert _combined("The effective tariff rate stands near 16.8%, one bank says.", "16.8%")


def test_a_rate_effective_from_a_day_is_not() -> None:
    """"effective" alone names a start, not an average."""
    assert not _combined("The new 15% rate, effective Aug. 7, applies to most goods.", "15% rate")
