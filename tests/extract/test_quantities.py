"""The money-and-percent quantity layer (tracker/extract/quantities.py)."""

from __future__ import annotations

import math
import subprocess
import sys

import pytest

from tracker.extract import quantities
from tracker.extract.quantities import (
    Quantity,
    find_money,
    find_percents,
    find_quantities,
)


def _pairs(qs: list[Quantity]) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in qs]


def _one(text: str) -> Quantity:
    qs = find_quantities(text)
    assert len(qs) == 1, (text, qs)
    return qs[0]


def _same(got: list[tuple[float, str]], want: list[tuple[float, str]]) -> bool:
    if len(got) != len(want):
        return False
    pairs = zip(got, want, strict=True)
    return all(math.isclose(g[0], w[0], rel_tol=1e-9) and g[1] == w[1] for g, w in pairs)


# --------------------------------------------------------------------------- money

MONEY = [
    ("$55.7 billion", 55.7e9, "USD", "$55.7 billion"),
    ("US$1.2 billion", 1.2e9, "USD", "US$1.2 billion"),
    ("topping $100 billion US this year", 100e9, "USD", "$100 billion US"),
    ("an unexpected $27-billion US budget surplus", 27e9, "USD", "$27-billion US"),
    ("350 billion dollars", 350e9, "USD", "350 billion dollars"),
    ("nine-point-four billion U.S. dollars", 9.4e9, "USD",
     "nine-point-four billion U.S. dollars"),
    ("36-point-five billion dollars", 36.5e9, "USD", "36-point-five billion dollars"),
    ("49.6 trillion won", 49.6e12, "KRW", "49.6 trillion won"),
    ("₩15tn", 15e12, "KRW", "₩15tn"),
    ("¥550 billion", 550e9, "JPY", "¥550 billion"),
    ("550 billion yen", 550e9, "JPY", "550 billion yen"),
    ("€600bn", 600e9, "EUR", "€600bn"),
    ("600 billion euros", 600e9, "EUR", "600 billion euros"),
    ("1.2 trillion yuan", 1.2e12, "CNY", "1.2 trillion yuan"),
    ("£3.5 million", 3.5e6, "GBP", "£3.5 million"),
    ("Rs 5,000 crore", 5e10, "INR", "Rs 5,000 crore"),
    ("5 lakh rupees", 5e5, "INR", "5 lakh rupees"),
    ("C$ 16.4 million", 16.4e6, "CAD", "C$ 16.4 million"),
    ("the price ranges between c $ 16.4 million", 16.4e6, "CAD", "c $ 16.4 million"),
    ("with $ 48 billion in assets", 48e9, "USD", "$ 48 billion"),
    ("exports fell from 1987 , to hk $ 10.05 billion .", 10.05e9, "HKD", "hk $ 10.05 billion"),
    ("oil at $80 per barrel", 80, "USD", "$80"),
    ("five million yen", 5e6, "JPY", "five million yen"),
    ("half a billion dollars", 0.5e9, "USD", "half a billion dollars"),
    ("USD 200", 200, "USD", "USD 200"),
    ("115USD", 115, "USD", "115USD"),
    ("30 MUSD", 30e6, "USD", "30 MUSD"),
    ("$10K", 10e3, "USD", "$10K"),
    ("$2.174T", 2.174e12, "USD", "$2.174T"),
    ("10 000 dollars", 10000, "USD", "10 000 dollars"),
    ("125 million australian dollars", 125e6, "AUD", "125 million australian dollars"),
    ("$5 billion Canadian dollars", 5e9, "CAD", "$5 billion Canadian dollars"),
    ("10,000 swiss francs", 10000, "CHF", "10,000 swiss francs"),
    ("3 billion pesos", 3e9, "MXN", "3 billion pesos"),
    ("20 trillion dong", 20e12, "VND", "20 trillion dong"),
    ("420 million finnish markka", 420e6, "FIM", "420 million finnish markka"),
    ("thirteen dollars and forty-five cents", 13.45, "USD",
     "thirteen dollars and forty-five cents"),
]


@pytest.mark.parametrize("text,value,unit,surface", MONEY)
def test_money(text: str, value: float, unit: str, surface: str) -> None:
    q = _one(text)
    assert q.kind == "money"
    assert q.unit == unit
    assert math.isclose(q.value, value, rel_tol=1e-9), q
    assert text[q.start : q.end] == surface


def test_won_with_dollar_gloss_is_two_quantities() -> None:
    text = "15 trillion won ($10.8 billion)"
    qs = find_money(text)
    assert _same(_pairs(qs), [(15e12, "KRW"), (10.8e9, "USD")])
    assert [text[q.start : q.end] for q in qs] == ["15 trillion won", "$10.8 billion"]


def test_precision_and_numeral_offsets() -> None:
    text = "a $55.7 billion surplus"
    q = _one(text)
    assert math.isclose(q.precision, 1e8)
    assert text[q.num_start : q.num_end] == "55.7"
    q = _one("$56 billion")
    assert math.isclose(q.precision, 1e9)
    q = _one("$2.75")
    assert math.isclose(q.precision, 0.01) and q.value == 2.75


def test_values_are_exact_whole_units() -> None:
    # pint's factor x the numeral is rounded to the stated precision
    assert find_money("$55.7 billion")[0].value == 55_700_000_000
    assert find_money("$1.17 billion")[0].value == 1_170_000_000
    assert find_money("US$ 4.7 billion")[0].value == 4_700_000_000


def test_pint_registry_converts_magnitudes() -> None:
    q_ = quantities.registry().Quantity
    q = q_(15, "trillion * KRW").to("KRW")
    assert q.magnitude == 15e12
    assert str(q.units) == "KRW"
    # currencies are separate dimensions: no FX conversion
    with pytest.raises(Exception):  # noqa: B017 - pint's DimensionalityError
        q_(1, "USD").to("KRW")


def test_factors_are_pints_conversions() -> None:
    """_factor multiplies the magnitudes itself (importing pint costs more than an article):
    exactly what pint's conversion gives, for every magnitude, pair and triple."""
    import itertools

    q_ = quantities.registry().Quantity
    mags = sorted(quantities._MULTIPLIERS)
    assert {"million", "billion", "trillion"} <= set(mags)
    combos = [(m,) for m in mags] + list(itertools.product(mags, repeat=2)) \
        + list(itertools.product(mags, repeat=3))
    for code in ("USD", "KRW", "EUR"):
        for combo in combos:
            by_pint = float(q_(1, " * ".join((*combo, code))).to(code).magnitude)
            assert quantities._factor(combo, code) == by_pint, (combo, code)


def test_extraction_leaves_pint_alone() -> None:
    code = ("import sys; from tracker.extract.quantities import find_money; "
            "assert find_money('$5.5 billion and 15 trillion won')[1].value == 15e12; "
            "print('pint' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "False"


def test_symbol_between_two_numbers() -> None:
    assert _same(_pairs(find_money("in 2025 $300 billion")), [(300e9, "USD")])
    assert _same(_pairs(find_money("10 rmb 20 usd")), [(10, "CNY"), (20, "USD")])
    assert _same(_pairs(find_money("rmb 10 usd 20")), [(10, "CNY"), (20, "USD")])
    assert _same(_pairs(find_money("we are giving away 3 USD50 Cards.")), [(50, "USD")])


def test_subunits() -> None:
    assert _same(_pairs(find_money("it only cost 3 dollars 50 cents")), [(3.5, "USD")])
    assert _same(_pairs(find_money("$20 and 43c")), [(20.43, "USD")])
    assert _same(_pairs(find_money("The subscription will increase to 17 USD 25.")),
                 [(17.25, "USD")])
    # a bare number after an amount is not cents when something follows it
    assert _same(_pairs(find_money("He paid $20 43 times")), [(20, "USD")])
    assert _same(_pairs(find_money("50 dollar 40 rmb")), [(50, "USD"), (40, "CNY")])


def test_weight_pounds_are_not_money() -> None:
    text = "a twenty-pound bag of rice for $10, and 1.2 million pounds of pork"
    assert _same(_pairs(find_money(text)), [(10, "USD")])
    assert _same(_pairs(find_money("20 million pounds")), [(20e6, "GBP")])


# --------------------------------------------------------------------------- percents

PERCENTS = [
    ("25%", 25, "percent", "25%"),
    ("25 %", 25, "percent", "25 %"),
    ("25 percent", 25, "percent", "25 percent"),
    ("25 per cent", 25, "percent", "25 per cent"),
    ("25 pct", 25, "percent", "25 pct"),
    ("fifteen%", 15, "percent", "fifteen%"),
    ("twenty-five percent", 25, "percent", "twenty-five percent"),
    ("31-point-nine percent", 31.9, "percent", "31-point-nine percent"),
    ("3.5%", 3.5, "percent", "3.5%"),
    ("a 25-percent tariff", 25, "percent", "25-percent"),
    ("a 25pc levy", 25, "percent", "25pc"),
    ("0.25 percentage points", 0.25, "percentage_point", "0.25 percentage points"),
    ("50 basis points", 50, "basis_point", "50 basis points"),
    ("25bp", 25, "basis_point", "25bp"),
    ("half a percentage point", 0.5, "percentage_point", "half a percentage point"),
    ("exports rose by 5.2 percent", 5.2, "percent", "5.2 percent"),
    ("just need minus five percent", -5, "percent", "minus five percent"),
    ("a change of (-3.5%)", -3.5, "percent", "-3.5%"),
    ("percent of 10", 10, "percent", "percent of 10"),
]


@pytest.mark.parametrize("text,value,unit,surface", PERCENTS)
def test_percents(text: str, value: float, unit: str, surface: str) -> None:
    q = _one(text)
    assert q.kind == "percent"
    assert q.unit == unit
    assert math.isclose(q.value, value, rel_tol=1e-9), q
    assert text[q.start : q.end] == surface


def test_percent_numeral_offsets() -> None:
    text = "a 25% tariff"
    q = _one(text)
    assert text[q.num_start : q.num_end] == "25"
    assert text[q.start : q.end] == "25%"


@pytest.mark.parametrize(
    "text,want",
    [
        ("10-15%", [10, 15]),
        ("10 to 15 percent", [10, 15]),
        ("from 25% to fifteen%", [25, 15]),
        ("fell 4.2 and 7.9 percent, respectively", [4.2, 7.9]),
        ("between 15 and 20 percent", [15, 20]),
    ],
)
def test_percent_ranges(text: str, want: list[float]) -> None:
    assert [q.value for q in find_percents(text)] == want
    assert all(q.unit == "percent" for q in find_percents(text))


def test_money_ranges() -> None:
    assert _same(_pairs(find_money("$10-15 billion")), [(10e9, "USD"), (15e9, "USD")])
    assert _same(_pairs(find_money("$5 to $10 billion")), [(5e9, "USD"), (10e9, "USD")])
    assert _same(_pairs(find_money("10 to 15 billion dollars")), [(10e9, "USD"), (15e9, "USD")])


@pytest.mark.parametrize(
    "text",
    [
        "Section 232 to 25%",
        "in 2019 to 25 percent",
        "COVID-19 to 25%",
        "HTS 8703 to 25%",
    ],
)
def test_no_range_from_statutes_years_and_codes(text: str) -> None:
    assert [q.value for q in find_quantities(text)] == [25]


# --------------------------------------------------------------------------- hedges


@pytest.mark.parametrize(
    "text,hedge",
    [
        ("about $14 million", "about"),
        ("around $80 per barrel", "around"),
        ("roughly 50 percent", "roughly"),
        ("Nearly 38 percent", "nearly"),
        ("almost 5%", "almost"),
        ("some $3 billion", "some"),
        ("approximately £15 million", "approximately"),
        ("more than 40%", "more than"),
        ("over 10%", "over"),
        ("less than 15 %", "less than"),
        ("under 5 percent", "under"),
        ("up to 18%", "up to"),
        ("at least ₩1 trillion", "at least"),
        ("a 25% tariff", None),
    ],
)
def test_hedges(text: str, hedge: str | None) -> None:
    q = _one(text)
    assert q.hedge == hedge
    assert text[q.start] in "$£₩0123456789"  # the hedge is not part of the surface


# --------------------------------------------------------------------------- negatives


@pytest.mark.parametrize(
    "text",
    [
        "Section 232",
        "Trade Expansion Act of 1962",
        "28,500 troops",
        "the G7 summit",
        "4th largest",
        "top 10 list",
        "10,000 National Guard troops",
        "in 2025",
        "a 32B model",
        "Exaone 3.5",
        "55.7 billion",  # a magnitude without currency or percent
        "15 trillion",
        "between 15 and 20 letters",
        "from 1603 to 1868",
        "ALL 5 solutions are wrong.",
        "Chey Tae-won met 3 officials",
        "https://www.test.com/search?q=30%25%2020%",
        "/_next/image?url=https%3A%2F%2Fwimg.heraldcorp.com%2Fnews%2F2025%2F08%2F17%2Fa.jpg",
    ],
)
def test_not_quantities(text: str) -> None:
    assert find_quantities(text) == []


def test_kinds_are_split() -> None:
    text = "exports fell 12.5 percent from $8.4 billion to $7.35 billion"
    assert _same(_pairs(find_percents(text)), [(12.5, "percent")])
    assert _same(_pairs(find_money(text)), [(8.4e9, "USD"), (7.35e9, "USD")])
    assert [q.kind for q in find_quantities(text)] == ["percent", "money", "money"]


def test_sorted_and_non_overlapping() -> None:
    text = (
        "Korea's exports totaled $31.4 billion, down 6.1 percent from $33.4 billion; "
        "15 trillion won ($10.8 billion); 10-15%; $10-15 billion; 3 dollars 50 cents; "
        "10 $ 30 $ and 25% to fifteen% and 1 $ 10 dollars; rmb 10 usd 20 "
    ) * 3
    qs = find_quantities(text)
    assert qs == sorted(qs, key=lambda q: q.start)
    for a, b in zip(qs, qs[1:], strict=False):
        assert a.end <= b.start, (a, b)
    for q in qs:
        assert q.start <= q.num_start < q.num_end <= q.end


def test_rule_examples() -> None:
    n, failures = quantities.check_rules()
    assert n > 50
    assert failures == []


def test_long_text_finds_each_copy() -> None:
    """A ~1 MB text of one paragraph repeated gives that paragraph's quantities once per
    copy, in order (no timing here: benchmarks/ measures speed)."""
    text = (
        "South Korea's exports to the United States fell 14.3 percent from $7.2 billion "
        "to $6.6 billion in April 1 to 20, while the 25% tariff on 28,500 cars and "
        "Section 232 duties of 1962 applied to 15 trillion won ($10.8 billion) of goods. "
    )
    one = [(q.value, q.unit) for q in quantities.find_quantities(text)]
    many = [(q.value, q.unit) for q in quantities._scan.__wrapped__(text * 4000)]
    assert len(one) == 6
    assert many == one * 4000


def test_aliases_come_from_the_toml(tmp_path, monkeypatch) -> None:
    """A currency alias or a percent form is added by editing rules/quantities.toml only."""
    import shutil

    from tracker import rules

    src = rules.rules_dir()
    for f in src.glob("*.toml"):
        shutil.copy(f, tmp_path / f.name)
    toml = tmp_path / "quantities.toml"
    text = toml.read_text(encoding="utf-8")
    text = text.replace('"greenbacks",', '"greenbacks", "bucks",')
    text = text.replace('forms = ["%", ', 'forms = ["%", "pcnt", ')
    toml.write_text(text, encoding="utf-8")

    def reset() -> None:
        rules.load.cache_clear()
        quantities.lexicon.cache_clear()
        quantities._scan.cache_clear()

    sample = "it cost 20 bucks, up 5 pcnt"
    assert find_quantities(sample) == []
    monkeypatch.setenv("TRACKER_RULES", str(tmp_path))
    reset()
    try:
        assert _pairs(find_quantities(sample)) == [(20, "USD"), (5, "percent")]
    finally:
        monkeypatch.undo()  # back to the caller's TRACKER_RULES (or none), not always none
        reset()
    assert find_quantities(sample) == []


def test_a_bare_dollar_in_a_canadian_style_text_is_the_canadian_dollar() -> None:
    """Canadian papers write "$" for their own dollar (and "per cent"); a text that marks
    its home currency ("C$") uses a bare "$" for the US dollar, and a US text keeps USD."""
    from tracker.extract.quantities import home_dollar

    ca = "Ottawa put 25 per cent duties on $30 billion of U.S. goods."
    assert home_dollar(ca, "CA") == "CAD"
    assert home_dollar("Ottawa put 25 per cent duties on C$30 billion ($21 billion).", "CA") is None
    assert home_dollar("Ottawa put 25 percent duties on $30 billion of U.S. goods.", "CA") is None
    assert home_dollar(ca, "US") is None
    assert home_dollar(ca, None) is None
