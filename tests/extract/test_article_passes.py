"""The passes over a sentence's or an article's claims (tracker/extract/article_passes.py),
on hand-made findings: each returns new findings and leaves its input as it was."""

from __future__ import annotations

import copy

from tracker.extract import article_passes as passes
from tracker.extract.article_passes import Found
from tracker.models import Claim


def _rate(value: float, start: int, **kw) -> Found:
    fields = {k: kw.pop(k) for k in list(kw) if k in Claim.__dataclass_fields__}
    claim = Claim(article="a", kind="rate", metric=fields.pop("metric", "tariff_rate"),
                  value=value, unit="percent", imposer=fields.pop("imposer", "US"),
                  target=fields.pop("target", "PE"), **fields)
    return Found(claim=claim, key=(0, start), end=start + 3, role=kw.pop("role", None),
                 partner=kw.pop("partner", None), measure_named=kw.pop("named", False),
                 measure_guessed=kw.pop("guessed", False), **kw)


def _unchanged(step, found, *args):
    before = copy.deepcopy(found)
    out = step(found, *args)
    assert found == before
    return out


def test_the_old_value_takes_the_new_values_fact() -> None:
    old = _rate(25, 10, role="previous", partner=(0, 20), product=None, measure=None)
    new = _rate(15, 20, partner=(0, 10), product="autos", measure="reciprocal", target="JP")
    out = _unchanged(passes.old_value_shares_fact, [old, new])
    assert (out[0].claim.target, out[0].claim.product, out[0].claim.measure) == \
        ("JP", "autos", "reciprocal")
    assert out[1] is new


def test_rates_take_the_sentences_date() -> None:
    rate = _rate(15, 10)
    date = Found(claim=Claim(article="a", kind="date", metric="effective_date",
                             value="2025-08-01", unit="date", status="scheduled"),
                 key=(0, 30), end=36, role=None, partner=None, measure_named=False,
                 measure_guessed=False)
    out = _unchanged(passes.rates_dated, [rate, date])
    assert out[0].claim.effective == "2025-08-01" and out[1].claim.effective is None


def test_a_bare_mention_of_a_combined_rate_is_combined() -> None:
    combined = _rate(45, 10, measure=None, combined_key=("US", "IN", 45.0), target="IN")
    bare = _rate(45, 50, measure="reciprocal", bare=True, target="IN")
    named = _rate(45, 90, measure="reciprocal", bare=False, target="IN")
    out = _unchanged(passes.combined_elsewhere, [combined, bare, named])
    assert [f.claim.measure for f in out] == [None, None, "reciprocal"]


def test_a_guessed_fentanyl_rate_beside_the_stated_one_is_reciprocal() -> None:
    stated = _rate(20, 10, measure="fentanyl", named=True, target="CN")
    guessed = _rate(34, 40, measure="fentanyl", guessed=True, target="CN")
    same = _rate(20, 70, measure="fentanyl", guessed=True, target="CN")
    out = _unchanged(passes.guessed_fentanyl_checked, [stated, guessed, same])
    assert [f.claim.measure for f in out] == ["fentanyl", "reciprocal", "fentanyl"]


def test_a_sector_leads_guess_beside_a_named_sector_rate_stays_that_sectors() -> None:
    """Only the fentanyl prior is checked against the stated rates: "- Lumber: 10% under
    Section 232" does not make a cabinet rate the sector lead gave Section 232 reciprocal."""
    stated = _rate(10, 10, measure="section_232", named=True, target="*")
    guessed = _rate(50, 40, measure="section_232", guessed=True, target="*")
    out = _unchanged(passes.guessed_fentanyl_checked, [stated, guessed])
    assert [f.claim.measure for f in out] == ["section_232", "section_232"]


def test_a_date_takes_its_rates_parties() -> None:
    rate = _rate(25, 10, target="KR", measure="reciprocal", product="all")
    date = Found(claim=Claim(article="a", kind="date", metric="effective_date",
                             value="2025-08-01", unit="date", imposer="US", target="JP"),
                 key=(0, 30), end=36, role=None, partner=None, measure_named=False,
                 measure_guessed=False, rate_of_date=(0, 10))
    out = _unchanged(passes.dates_take_their_rates, [rate, date])
    assert (out[1].claim.target, out[1].claim.measure, out[1].claim.product) == \
        ("KR", "reciprocal", "all")


def test_a_status_quo_beside_a_new_rate_is_previous() -> None:
    old = _rate(27.5, 10, status="in_effect", status_quo=True, product="autos",
                sentence="s1")
    new = _rate(15, 50, status="agreed", product="autos", measure=None, sentence="s2")
    other = _rate(27.5, 90, status="in_effect", status_quo=True, product="steel",
                  sentence="s3")
    out = _unchanged(passes.status_quo_superseded, [old, new, other])
    assert [f.claim.status for f in out] == ["previous", "agreed", "in_effect"]


def test_a_status_quo_looks_for_its_new_rate_within_reach_only() -> None:
    """A page of thousands of rates stays linear: the new rate is looked for among the
    STATUS_QUO_REACH claims on either side, more than any news article holds."""
    reach = passes.STATUS_QUO_REACH
    filler = [_rate(10, 100 + i, status="in_effect", product="steel", sentence=f"f{i}")
              for i in range(reach)]
    old = _rate(27.5, 10, status="in_effect", status_quo=True, product="autos", sentence="s1")
    near = _rate(15, 50, status="agreed", product="autos", sentence="s2")
    out = passes.status_quo_superseded([old, *filler[:-1], near])
    assert out[0].claim.status == "previous"  # reach - 1 claims between: found
    out = passes.status_quo_superseded([old, *filler, near])
    assert out[0].claim.status == "in_effect"  # reach claims between: out of reach


def test_rates_are_due_with_their_dates_only_when_publication_is_known() -> None:
    rate = _rate(39, 10, target="CH")
    date = Found(claim=Claim(article="a", kind="date", metric="effective_date",
                             value="2025-08-07", unit="date", imposer="US", target="CH",
                             status="scheduled"),
                 key=(1, 5), end=15, role=None, partner=None, measure_named=False,
                 measure_guessed=False)
    out = _unchanged(passes.due_with_their_dates, [rate, date], True)
    assert out[0].claim.status == "scheduled"
    assert passes.due_with_their_dates([rate, date], False)[0].claim.status is None


def test_dates_of_rates_stop_at_another_country() -> None:
    from tracker.extract.sentences import Sentence

    s = "Peru faces 25% and Chile's deadline is Aug. 1."
    rate = _rate(25, s.index("25"), target="PE")
    date = Found(claim=Claim(article="a", kind="date", metric="effective_date",
                             value="2025-08-01", unit="date"), key=(0, s.index("Aug")),
                 end=len(s) - 1, role=None, partner=None, measure_named=False,
                 measure_guessed=False)
    out = _unchanged(passes.dates_of_rates, [rate, date], Sentence(0, s))
    assert out[1].rate_of_date is None
    s2 = "Peru faces 25% from Aug. 1."
    rate2 = _rate(25, s2.index("25"), target="PE")
    date2 = Found(claim=date.claim, key=(0, s2.index("Aug")), end=len(s2) - 1, role=None,
                  partner=None, measure_named=False, measure_guessed=False)
    assert passes.dates_of_rates([rate2, date2], Sentence(0, s2))[1].rate_of_date == (0, 11)


def test_a_start_date_followed_by_the_changes_it_brings_is_the_first_change_s() -> None:
    from tracker.extract.sentences import Sentence

    def date_at(s: str, word: str) -> Found:
        return Found(claim=Claim(article="a", kind="date", metric="effective_date",
                                 value="2026-06-01", unit="date"), key=(0, s.index(word)),
                     end=s.index(word) + len(word), role=None, partner=None,
                     measure_named=False, measure_guessed=False)

    s = "The pact took effect Monday, cutting tariffs on Peruvian cars to 10% and beer to 5%."
    cars, beer = _rate(10, s.index("10%"), product="autos"), _rate(5, s.index("5%"))
    out = _unchanged(passes.dates_of_rates, [date_at(s, "Monday"), cars, beer], Sentence(0, s))
    assert out[0].rate_of_date == cars.key
    # two rates after it with no change verb between: no telling which it starts
    s = "The pact took effect Monday. Peruvian cars pay 10% and beer 5%."
    cars, beer = _rate(10, s.index("10%")), _rate(5, s.index("5%"))
    out = passes.dates_of_rates([date_at(s, "Monday"), cars, beer], Sentence(0, s))
    assert out[0].rate_of_date is None


def test_a_date_with_no_rate_beside_it_speaks_of_the_levy_whose_goods_it_covers() -> None:
    """"Its surtaxes on C$12 billion of American aluminium, in force since March 13": with no
    rate in its sentence, the date is that levy's: its parties, goods and measure."""
    from tracker.extract.engine import extract_text

    text = ("Canada hit back in the spring. Its surtaxes on C$12 billion of American "
            "aluminium, in force since March 13, remain, as does its levy on US trucks.")
    date = next(c for c in extract_text(text, "2025-09-02") if c.metric == "effective_date")
    assert (date.imposer, date.target, date.product, date.measure) == (
        "CA", "US", "aluminum", "retaliatory")


def test_a_date_beside_only_old_rates_takes_their_levy() -> None:
    """With no rate in force in its sentence, a date speaks of the old rate's levy
    (article_passes._old_rates): its goods and parties, not none (h257-2)."""
    from tracker.extract.engine import extract_text

    text = ("Chile doubled its duties on Peruvian metals in June. From March 12 the zinc duty "
            "stood at 10 per cent until then.")
    claims = extract_text(text, None)
    rate = next(c for c in claims if c.metric == "tariff_rate")
    date = next(c for c in claims if c.metric == "effective_date")
    assert rate.status == "previous"
    assert (date.imposer, date.target, date.product) == (rate.imposer, rate.target, rate.product)
    assert date.product is not None
