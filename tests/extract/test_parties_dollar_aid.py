"""Support told in US dollars, not as a bracketed conversion, whose sentence and the
sentence before name no country is US aid, not the article's country (tracker/extract/
parties.py `_collector_parties`); a partner's support named in its sentence keeps its
owner. Sentences of our own."""

from __future__ import annotations

from tracker.extract.engine import extract_text

TEXT = ("British whisky makers still pay 10 per cent at the US border.\n"
        "The trade body met ministers on Monday.\n"
        "A $9 billion aid package for growers hurt by the trade war was unveiled last week.\n"
        "The Korean won firmed after Seoul raised support for carmakers to 3 trillion won "
        "($2.1 billion).\n")


def _imposers() -> dict[object, str | None]:
    return {c.value: c.imposer for c in extract_text(TEXT, "2025-12-12") if c.kind == "amount"}


def test_dollar_aid_with_no_country_near_is_the_uss() -> None:
    assert _imposers()[9_000_000_000] == "US"


def test_a_partners_support_keeps_its_owner() -> None:
    got = _imposers()
    assert (got[3_000_000_000_000], got[2_100_000_000]) == ("KR", "KR")
