"""Money and percent quantities in generic text ("$55.7 billion", "15 trillion won", "25%").

This is the quantity layer: it finds every amount of money and every percent
written in a text, whatever it is about; deciding which of them are trade
figures is the job of the layer above.

How it works (all regexes are compiled once from rules/quantities.toml and the
number lexicon of rules/numbers.toml):

1. one pass of a numeral regex finds digits ("1,234.5", "10 000", "USD115"),
   number words and hybrids ("fifteen", "31-point-nine") and fractions before
   a magnitude or percent unit ("half a billion");
2. around each numeral, anchored regexes read what is written right after it
   (a magnitude, a currency name, symbol or ISO code, a percent form) and right
   before it (a currency symbol or code, a sign, a hedge word; the text before
   the numeral is reversed so that this too is an anchored match);
3. a few combinations are resolved: ranges ("10-15%", "$10-15 billion"),
   subunits ("3 dollars 50 cents"), "$100 billion US", percent-encoded URLs.

Magnitude x number x currency follows pint's model of units: every currency code is its
own base dimension (there is no FX conversion) and every magnitude a dimensionless
multiplier (`registry()` builds that pint registry). The factor of each (magnitude,
currency) pair is the one pint's conversion gives, worked out without importing pint on
the extraction path (importing pint and defining its units costs about 0.5 s, more than
extracting an article); the test suite checks every factor against pint's conversion.
"""

from __future__ import annotations

import bisect
import math
import operator
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from tracker import rules
from tracker.extract import numbers, skip
from tracker.extract.context import Vocabulary
from tracker.extract.trie import trie_pattern


@dataclass(unsafe_hash=True, slots=True)
class Quantity:
    """A money amount or percent as found: a value object, never changed once made (not
    frozen only because a frozen dataclass is slower to make)."""

    start: int  # text[start:end] is the whole surface, currency and magnitude included
    end: int
    value: float  # money: whole currency units; percent: the number as written
    unit: str  # ISO 4217 code, or "percent", "percentage_point", "basis_point"
    kind: str  # "money" or "percent"
    precision: float  # step of the last stated digit, in the units of value
    hedge: str | None  # normalised hedge word before it ("about", "more than"), else None
    num_start: int  # offsets of the numeral alone
    num_end: int


# --------------------------------------------------------------------------- pint

#: a magnitude word's multiplier (rules/quantities.toml [magnitudes]), as pint reads it
_MULTIPLIERS: dict[str, float] = {}


@lru_cache(maxsize=4096)
def _factor(mags: tuple[str, ...], code: str) -> float:
    """How many `code` units one `mags` (e.g. ("trillion",)) x `code` is.

    This is what pint's conversion of ``1 trillion * KRW`` to ``KRW`` gives in the
    registry() below (each currency a base dimension of its own, each magnitude a
    dimensionless multiplier): the product of the multipliers, in order. It is worked
    out here because importing pint and defining ~200 units costs ~0.4 s, more than
    extracting a whole article; tests/extract/test_quantities.py checks every magnitude,
    pair and triple against pint.
    """
    lexicon()  # fills _MULTIPLIERS
    f = 1.0
    for m in mags:
        f *= _MULTIPLIERS[m]
    return f


@cache
def registry() -> Any:
    """The pint unit registry of the quantity layer: empty (no SI units, no prefixes), one
    base dimension per currency code, magnitudes as dimensionless multipliers."""
    import pint

    ureg = pint.UnitRegistry(None)
    lexicon()  # fills _MULTIPLIERS
    for name, mult in _MULTIPLIERS.items():
        ureg.define(f"{name} = {mult!r}")
    listed = {c["code"] for c in rules.load("quantities").get("currency", [])}
    for code in sorted(_iso_codes() | listed):
        ureg.define(f"{code} = [currency_{code}]")
    return ureg


# --------------------------------------------------------------------------- lexicon

_LETTER_AFTER = r"(?![^\W\d_])"  # not followed by a letter
_SPACE = r"[ \t\u00a0\u202f]"


def _norm(s: str) -> str:
    return " ".join(s.split())


def _alt(items: list[str] | set[str], reverse: bool = False) -> str:
    """Alternation of literal strings (a prefix trie), longest first where they nest;
    a space matches any whitespace."""
    return trie_pattern({s[::-1] if reverse else s for s in items}, space=r"\s+")


def _ci(items: list[str] | set[str], reverse: bool = False) -> str:
    return f"(?i:{_alt(items, reverse)})"


def _starts_letter(s: str) -> bool:
    return s[:1].isalpha()


def _ends_letter(s: str) -> bool:
    return s[-1:].isalpha()


@dataclass
class _Lexicon:
    numeral_re: re.Pattern[str]
    digit_numeral_re: re.Pattern[str]  # numeral_re's branch for numerals in digits
    word_first: frozenset[str]  # a word numeral starts with one of these ...
    word_sets: tuple[frozenset[str], ...]  # ... or holds all the words of one of these
    word_needs: frozenset[str]  # each of word_sets holds one of these
    pct_re: re.Pattern[str]
    mag_re: re.Pattern[str]
    late_mag_re: re.Pattern[str]
    cur_re: re.Pattern[str]
    qual_re: re.Pattern[str]
    left_re: re.Pattern[str]  # on the reversed text before a numeral
    sign_re: re.Pattern[str]  # idem
    hedge_re: re.Pattern[str]  # idem
    not_after_re: re.Pattern[str]  # idem
    range_re: re.Pattern[str]
    cents_re: re.Pattern[str]
    sub_re: re.Pattern[str]
    bare_end_re: re.Pattern[str]
    pct_prefix_re: re.Pattern[str] | None
    clause_end_re: re.Pattern[str]
    #: what pct_re, mag_re, cur_re and range_re can read after a numeral, and left_re
    #: before one, by its edge (see _edges and _may_be_quantity)
    after_edges: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    before_edges: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    # surface -> meaning
    cur_ci: dict[str, str] = field(default_factory=dict)
    cur_cs: dict[str, str] = field(default_factory=dict)
    mcode: dict[str, tuple[str, str]] = field(default_factory=dict)  # "MUSD" -> (mag, "USD")
    generic: dict[str, list[str]] = field(default_factory=dict)  # "$" -> [USD, CAD, ...]
    qualifiers: dict[str, str] = field(default_factory=dict)  # "US" -> "USD"
    mag_alias: dict[str, str] = field(default_factory=dict)
    pct_unit: dict[str, str] = field(default_factory=dict)
    pct_prefix_unit: dict[str, str] = field(default_factory=dict)
    hedges: dict[str, str] = field(default_factory=dict)
    signs: dict[str, int] = field(default_factory=dict)
    fractions: dict[str, float] = field(default_factory=dict)
    scale_words: set[str] = field(default_factory=set)
    codes: set[str] = field(default_factory=set)
    name_not_before: dict[str, re.Pattern[str]] = field(default_factory=dict)
    #: prefix symbols read as money only with a scale word after the numeral ("R12 billion")
    scaled_only: frozenset[str] = frozenset()
    max_digits: int = 0  # numbers.toml [limits]
    max_money: float = 0.0  # [limits]
    max_percent: float = 0.0


def _edges(forms: list[str], last: bool) -> tuple[frozenset[str], frozenset[str]]:
    """(words, characters), lower-cased: the leading (`last`: trailing) run of letters of
    each form that begins (ends) with a letter, and the first (last) character of each
    other form. A form matched case-insensitively puts that run, whole, at its edge:
    what follows the run inside the form is no letter."""
    words: set[str] = set()
    chars: set[str] = set()
    for f in forms:
        f = f.strip()
        if not f:
            continue
        edge = f[-1] if last else f[0]
        if not edge.isalpha():
            chars.add(edge.lower())
            continue
        k = 0
        while k < len(f) and f[-1 - k if last else k].isalpha():
            k += 1
        words.add((f[len(f) - k:] if last else f[:k]).lower())
    return frozenset(words), frozenset(chars)


def _iso_codes() -> set[str]:
    import pycountry

    return {c.alpha_3 for c in pycountry.currencies}


@cache
def lexicon() -> _Lexicon:
    """Compile rules/quantities.toml (and the number words of numbers.toml), once."""
    data = rules.load("quantities")
    nlex = numbers.lexicon()

    # --- magnitudes (pint units) -------------------------------------------------
    _MULTIPLIERS.update({k: float(v) for k, v in data["magnitudes"].items()})
    mag_alias = {k.lower(): v for k, v in data["magnitude_aliases"].items()}
    mag_att = {k.lower(): v for k, v in data.get("magnitude_attached", {}).items()}
    all_mag_alias = {**mag_att, **mag_alias}

    # --- currencies ---------------------------------------------------------------
    iso = _iso_codes()
    ambiguous = set(data.get("iso", {}).get("ambiguous", []))
    cur_ci: dict[str, str] = {}
    cur_cs: dict[str, str] = {}
    names_ci: set[str] = set()
    prefix_names: set[str] = set()
    qualifiers: dict[str, str] = {}
    name_not_before: dict[str, re.Pattern[str]] = {}
    scaled_only: set[str] = set()
    for cur in data.get("currency", []):
        code = cur["code"]
        scaled_only.update(_norm(s) for s in cur.get("scaled_only_cs", []))
        for s in cur.get("symbols", []):
            cur_ci[_norm(s).lower()] = code
        for s in cur.get("symbols_cs", []):
            cur_cs[_norm(s)] = code
        for s in cur.get("names", []):
            names_ci.add(s)
            cur_ci.setdefault(_norm(s).lower(), code)
        for s in cur.get("prefix_names", []):
            prefix_names.add(s)
            cur_ci.setdefault(_norm(s).lower(), code)
        for s in cur.get("qualifiers_cs", []):
            qualifiers[s] = code
        if cur.get("names_not_before"):
            name_not_before[code] = skip.regex(
                rf"\s+(?:{_ci(cur['names_not_before'])}){_LETTER_AFTER}"
            )
    codes = (iso - ambiguous) | {c["code"] for c in data.get("currency", [])}
    for code in codes:
        cur_cs.setdefault(code, code)
    mcode: dict[str, tuple[str, str]] = {}
    for pre, mag in data.get("iso", {}).get("magnitude_prefixes", {}).items():
        for code in codes:
            if pre + code not in iso and len(code) == 3:
                mcode[pre + code] = (mag, code)
    generic = {k: list(v) for k, v in data.get("generic_symbols", {}).items()}

    symbols_ci = [s for c in data.get("currency", []) for s in c.get("symbols", [])]
    symbols_cs = [s for c in data.get("currency", []) for s in c.get("symbols_cs", [])]

    # --- numerals -----------------------------------------------------------------
    units, tens, scales = nlex.units, nlex.tens, nlex.scales
    first = _alt([*units, *tens])
    scale = _alt(list(scales))
    digit_word = _alt([w for w, v in units.items() if v < 10])
    sep = r"[\s-]+"
    point = rf"(?:{sep}point{sep}(?:{digit_word}|\d)(?:{sep}(?:{digit_word}|\d))*)"
    words = (
        rf"(?:{first}|an?(?={sep}(?:{scale})\b))"
        rf"(?:{sep}(?:{scale})(?:{sep}and(?={sep}(?:{first})\b))?|{sep}(?:{first})\b)*"
        rf"{point}?"
    )
    fractions = {k.lower(): float(v) for k, v in nlex.fractions.items()}
    fractions.update({k.lower(): float(v) for k, v in data.get("fractions", {}).items()})
    pct_forms: dict[str, str] = {}
    pct_attached: dict[str, str] = {}
    pct_prefix: dict[str, str] = {}
    for unit, spec in data["percent"].items():
        for f in spec.get("forms", []):
            pct_forms[_norm(f).lower()] = unit
        for f in spec.get("attached", []):
            pct_attached[f.lower()] = unit
        for f in spec.get("prefix", []):
            pct_prefix[_norm(f).lower()] = unit
    pct_words = [f for f in pct_forms if _starts_letter(f)]
    pct_syms = [f for f in pct_forms if not _starts_letter(f)]
    frac_after = rf"(?:{_ci(list(mag_alias))}|{_ci(pct_words)}){_LETTER_AFTER}"
    frac = (
        rf"(?<![\w.,])(?i:{_alt(list(fractions))})"
        rf"(?:{sep}(?:of{sep})?(?:an?|one))?(?={sep}{frac_after})"
    )
    suffix_money = (
        rf"(?:{_ci(names_ci | set(symbols_ci))}|{_alt(symbols_cs + sorted(codes))})"
    )
    # Two branches, so that most positions fail at once: digits, or the start of a word.
    # The digit branch begins with the digit itself and looks behind it only after (a
    # pattern whose first step is a character class lets the regex engine skip ahead to
    # the next digit instead of trying every position): each branch's named group starts
    # after that first digit, which nobody reads (only the match, its span and lastgroup).
    digit_numeral = (
        r"\d(?:"
        rf"(?<![\w.,]\d)(?P<hyb>(?i:\d*{point})(?!\w))"
        rf"|(?<![\d.,]\d)(?P<spc>\d{{0,2}}(?:[ \u00a0\u202f]\d{{3}})+(?![\d.,])"
        rf"(?={_SPACE}?{suffix_money}))"
        rf"|(?<![\d.,]\d)(?P<dig>(?:\d{{0,2}}(?:,\d{{3}})+(?!\d)|\d*)(?:\.\d+)?(?!\d))"
        r")"
    )
    numeral = (
        rf"{digit_numeral}|(?<![\w.,])(?=[^\W\d_])(?:"
        rf"(?P<frac>{frac})"
        rf"|(?P<wrd>(?i:{words})(?!\w))"
        r")"
    )
    # What a text must hold for the word branch to match in it (see _words_can_match):
    # every word of a unit or tens word, of "a"/"an" and a scale word, or of a fraction
    # (split into words as a sentence's Vocabulary is, which is what they are tested on)
    runs = [Vocabulary(x).words for x in [*units, *tens, *fractions]]
    runs += [Vocabulary(sc).words | {a} for a in ("a", "an") for sc in scales]
    word_first = frozenset(w for ws in runs if len(ws) == 1 for w in ws)
    word_sets = {ws for ws in runs if ws.isdisjoint(word_first)}  # the others need a first

    # --- right of the numeral -----------------------------------------------------
    pct_re = (
        rf"(?:{_SPACE}*(?P<sym>{_alt(pct_syms)})"
        rf"|(?:\s+|-)?(?P<word>{_ci(pct_words)}){_LETTER_AFTER}"
        rf"|(?P<att>{_ci(list(pct_attached))}){_LETTER_AFTER})"
    )
    mag_re = (
        rf"(?:(?:\s*-\s*|\s+)?(?P<word>{_ci(list(mag_alias))})"
        rf"|(?P<att>{_ci(list(mag_att))})){_LETTER_AFTER}"
    )
    late_mag_re = rf"\s+(?P<word>{_ci(list(mag_alias))}){_LETTER_AFTER}"
    sym_l = [s for s in symbols_ci if _ends_letter(s)]
    sym_o = [s for s in symbols_ci if not _ends_letter(s)]
    cs_l = [s for s in [*symbols_cs, *sorted(codes), *mcode] if _ends_letter(s)]
    cs_o = [s for s in symbols_cs if not _ends_letter(s)]
    cur_re = (
        rf"(?:(?:\s+|-)?(?P<name>{_ci(names_ci)}){_LETTER_AFTER}"
        rf"|{_SPACE}*(?:(?P<syml>{_ci(sym_l)}){_LETTER_AFTER}|(?P<symo>{_ci(sym_o)}))"
        rf"|{_SPACE}*(?:(?P<csl>{_alt(cs_l)})(?![A-Za-z])|(?P<cso>{_alt(cs_o)})))"
    )
    qual_re = rf"\s+(?P<q>{_alt(list(qualifiers))})(?![\w-])"

    # --- left of the numeral, on reversed text -----------------------------------
    pre_ci = [*symbols_ci, *prefix_names]
    pre_cs = [*symbols_cs, *sorted(codes), *mcode]
    l_ci = [s for s in pre_ci if _starts_letter(s)]
    o_ci = [s for s in pre_ci if not _starts_letter(s)]
    l_cs = [s for s in pre_cs if _starts_letter(s)]
    o_cs = [s for s in pre_cs if not _starts_letter(s)]
    left_re = (
        rf"{_SPACE}?(?:(?P<l>{_ci(l_ci, True)}|{_alt(l_cs, True)}){_LETTER_AFTER}"
        rf"|(?P<o>{_ci(o_ci, True)}|{_alt(o_cs, True)}))"
    )
    signs = {k.lower(): int(v) for k, v in data.get("signs", {}).items()}
    sign_re = (
        rf"(?:(?P<sym>[-\u2212])(?=[\s(\[]|$)"
        rf"|\s+(?P<word>{_ci(list(signs), True)}){_LETTER_AFTER})"
    )
    hedges = {_norm(k).lower(): v for k, v in data.get("hedges", {}).items()}
    hedge_re = rf"\s+(?P<h>{_ci(list(hedges), True)}){_LETTER_AFTER}"
    rng = data.get("ranges", {})
    not_after_re = rf"\s+(?:{_ci(rng.get('not_after', []), True)}){_LETTER_AFTER}"
    conns = rng.get("connectors", [])
    c_sym = [c for c in conns if not _starts_letter(c)]
    c_word = [c for c in conns if _starts_letter(c)]
    range_re = rf"(?:\s*(?:{_alt(c_sym)})\s*|\s+(?:{_ci(c_word)})\s+)"

    # --- subunits ------------------------------------------------------------------
    sub = data.get("subunits", {})
    cents_re = r"(?:\s+and\s+|\s+)"
    sub_re = (
        rf"(?:\s*(?P<name>{_ci(sub.get('names', []))})"
        rf"|(?P<att>{_ci(sub.get('attached', []))})){_LETTER_AFTER}"
    )
    bare_end_re = rf"(?:\s*(?:[.,;:!?)\]]|$)|\s+(?:{_ci(sub.get('bare_followers', []))})\b)"

    pct_prefix_re = (
        skip.regex(rf"(?<!\w)(?P<p>{_ci(list(pct_prefix))})\s+") if pct_prefix else None
    )

    after_forms = [*pct_forms, *pct_attached, *mag_alias, *mag_att, *names_ci, *symbols_ci,
                   *symbols_cs, *codes, *mcode, *conns]
    before_forms = [*pre_ci, *pre_cs]
    return _Lexicon(
        after_edges=_edges(after_forms, last=False),
        before_edges=_edges(before_forms, last=True),
        numeral_re=skip.regex(numeral),
        digit_numeral_re=skip.regex(digit_numeral),
        word_first=word_first,
        word_sets=tuple(word_sets),
        word_needs=frozenset(w for ws in word_sets for w in ws) - {"a", "an"},
        pct_re=skip.regex(pct_re),
        mag_re=skip.regex(mag_re),
        late_mag_re=skip.regex(late_mag_re),
        cur_re=skip.regex(cur_re),
        qual_re=skip.regex(qual_re),
        left_re=skip.regex(left_re),
        sign_re=skip.regex(sign_re),
        hedge_re=skip.regex(hedge_re),
        not_after_re=skip.regex(not_after_re),
        range_re=skip.regex(range_re),
        cents_re=skip.regex(cents_re),
        sub_re=skip.regex(sub_re),
        bare_end_re=skip.regex(bare_end_re),
        pct_prefix_re=pct_prefix_re,
        clause_end_re=skip.regex(r"\s*(?:[.,;:!?)\]]|$)"),
        cur_ci=cur_ci,
        cur_cs=cur_cs,
        mcode=mcode,
        generic=generic,
        qualifiers=qualifiers,
        mag_alias=all_mag_alias,
        pct_unit={**pct_forms, **pct_attached},
        pct_prefix_unit=pct_prefix,
        hedges=hedges,
        signs=signs,
        fractions=fractions,
        scale_words={k for k, v in all_mag_alias.items() if k in scales or v in scales},
        codes=codes,
        name_not_before=name_not_before,
        scaled_only=frozenset(scaled_only),
        max_digits=nlex.max_digits,
        max_money=float(data["limits"]["max_money"]),
        max_percent=float(data["limits"]["max_percent"]),
    )


# --------------------------------------------------------------------------- numerals


@dataclass(slots=True)
class _Num:
    start: int
    end: int
    value: float
    precision: float
    kind: str  # frac, hyb, spc, dig, wrd
    mags: tuple[str, ...] = ()  # a scale word peeled off a word numeral ("five million")
    plain_int: bool = False  # digits only, integer, no separators: a possible year
    full_end: int = -1  # end of the whole numeral match, a peeled scale word included

    def __post_init__(self) -> None:
        if self.full_end < 0:
            self.full_end = self.end


@lru_cache(maxsize=4096)
def _parse_words(s: str) -> tuple[float, float] | None:
    spans = numbers.find_numbers(s)
    if len(spans) == 1 and spans[0].start == 0 and spans[0].end == len(s):
        return spans[0].value, spans[0].precision
    return None


_HEAD_SCALE_RE = skip.regex(r"^(?P<head>.+?)[\s-]+(?P<scale>[a-z]+)$")


def _numeral(m: re.Match[str], lex: _Lexicon) -> _Num | None:
    kind = m.lastgroup or ""
    s = m.group(0)
    start, end = m.span()
    if kind in ("dig", "spc"):
        if len(s) > lex.max_digits and numbers.digit_count(s) > lex.max_digits:
            return None  # a digit run, not a number (its float may be inf)
        t = s.replace(",", "").replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
        decimals = len(t.split(".")[1]) if "." in t else 0
        return _Num(start, end, float(t), 10.0**-decimals, kind,
                    plain_int=kind == "dig" and t.isdigit() and len(t) == len(s))
    if kind == "frac":
        key = _norm(s).lower()
        base = re.sub(r"[\s-]+(?:of[\s-]+)?(?:an?|one)$", "", key)
        value = lex.fractions.get(base)
        if value is None:
            return None
        return _Num(start, end, value, 0.01, kind)
    low = s.lower()
    if kind == "wrd":
        # "five million" -> five x million, so the magnitude goes through pint
        mm = _HEAD_SCALE_RE.match(low)
        if mm and mm.group("scale") in lex.scale_words:
            head = mm.group("head")
            if not any(w in lex.scale_words for w in re.split(r"[\s-]+", head)):
                hv = (1.0, 1.0) if head in ("a", "an") else _parse_words(head)
                if hv is not None:
                    return _Num(start, start + len(mm.group("head")), hv[0], hv[1], kind,
                                (lex.mag_alias[mm.group("scale")],), full_end=end)
    parsed = _parse_words(low)
    if parsed is None:
        return None
    return _Num(start, end, parsed[0], parsed[1], kind)


# --------------------------------------------------------------------------- reading


@dataclass(slots=True)
class _Read:
    num: _Num
    start: int
    end: int
    sign: int = 1
    pre_code: str | None = None
    pre_generic: str | None = None  # "$" when the prefix was a bare generic symbol
    mags: tuple[str, ...] = ()
    suf_code: str | None = None
    suf_generic: str | None = None
    pct: str | None = None
    code: str | None = None  # resolved currency

    @property
    def has_unit(self) -> bool:
        return self.pct is not None or self.code is not None


def _cur_lookup(surface: str, lex: _Lexicon, cs: bool) -> tuple[str | None, str | None, str | None]:
    """(code, generic symbol, magnitude) of a currency surface."""
    n = _norm(surface)
    if cs:
        if n in lex.mcode:
            mag, code = lex.mcode[n]
            return code, None, mag
        return lex.cur_cs.get(n), None, None
    key = n.lower()
    code = lex.cur_ci.get(key)
    if n in lex.generic:
        return lex.generic[n][0], n, None
    return code, None, None


def _left(
    text: str, pos: int, lex: _Lexicon, floor: int
) -> tuple[int, str | None, str | None, str | None]:
    """Currency written right before `pos`: (start, code, generic, magnitude)."""
    lo = max(floor, pos - 24)
    rev = text[lo:pos][::-1]
    m = lex.left_re.match(rev)
    if not m:
        return pos, None, None, None
    g = "l" if m.group("l") is not None else "o"
    tok = m.group(g)[::-1]
    code, gen, mag = _cur_lookup(tok, lex, cs=False)
    if code is None:
        code, gen, mag = _cur_lookup(tok, lex, cs=True)
    if code is None:
        return pos, None, None, None
    return pos - m.end(), code, gen, mag


def _read(text: str, m: re.Match[str], lex: _Lexicon, floor: int) -> _Read | None:
    num = _numeral(m, lex)
    if num is None:
        return None
    r = _Read(num=num, start=num.start, end=num.full_end, mags=num.mags)
    # before: currency prefix
    pstart, pcode, pgen, pmag = _left(text, num.start, lex, floor)
    if pcode is not None:
        r.pre_code, r.pre_generic, r.start = pcode, pgen, pstart
        if pmag:
            r.mags = (*r.mags, pmag)
    elif num.kind == "dig" and num.start > 0 and text[num.start - 1].isalpha():
        return None  # "G7", "H20", "F2025%": glued to a word that is no currency
    # before: sign
    if r.pre_code is None:
        rev = text[max(0, num.start - 12) : num.start][::-1]
        sm = lex.sign_re.match(rev)
        if sm and num.start - sm.end() >= floor:
            word = sm.group("word")
            r.sign = -1 if sm.group("sym") else lex.signs.get(word[::-1].lower(), 1)
            r.start = num.start - sm.end()
    pos = num.full_end
    # after: percent
    pm = lex.pct_re.match(text, pos)
    if pm:
        form = next(g for g in ("sym", "word", "att") if pm.group(g) is not None)
        r.pct = lex.pct_unit[_norm(pm.group(form)).lower()]
        r.end = pm.end()
        if r.pre_code is not None:  # "$25%" is no money
            r.pre_code = r.pre_generic = None
            r.start = num.start
            r.mags = num.mags
        return r
    # after: magnitude
    if not num.mags:
        mm = lex.mag_re.match(text, pos)
        if mm:
            w = mm.group("word") or mm.group("att")
            r.mags = (*r.mags, lex.mag_alias[w.lower()])
            pos = mm.end()
            lm = lex.late_mag_re.match(text, pos)  # "Rs 1.5 lakh crore"
            if lm:
                r.mags = (*r.mags, lex.mag_alias[lm.group("word").lower()])
                pos = lm.end()
    # after: currency
    cm = lex.cur_re.match(text, pos)
    if cm:
        g = cm.lastgroup or ""
        cs = g in ("csl", "cso")
        code, gen, cmag = _cur_lookup(cm.group(g), lex, cs=cs)
        if code is not None:
            if cs and _norm(cm.group(g)) in lex.scaled_only:
                ok = False  # "a 35R tyre": such a symbol is written before its numeral only
            elif g != "name":
                ok = not _is_prefix_of_next(text, cm.end(), lex, r, g)
            else:
                nb = lex.name_not_before.get(code)
                ok = nb is None or not nb.match(text, cm.end())
            if ok:
                r.suf_code, r.suf_generic = code, gen
                if cmag:
                    r.mags = (*r.mags, cmag)
                pos = cm.end()
                if not r.mags and not num.mags:
                    lm = lex.late_mag_re.match(text, pos)  # "75 USD million"
                    if lm:
                        r.mags = (lex.mag_alias[lm.group("word").lower()],)
                        pos = lm.end()
    r.end = pos
    if r.pre_code is not None and not r.mags and r.suf_code is None and lex.scaled_only \
            and _norm(text[r.start:num.start]).strip() in lex.scaled_only:
        return None  # "Formula R1", "grade R3": a letter and a number, no amount
    _resolve_currency(r, lex)
    if r.code is not None:
        qm = lex.qual_re.match(text, r.end)
        if qm:
            qcode = lex.qualifiers[qm.group("q")]
            fam = lex.generic.get(r.pre_generic or "", [])
            if qcode == r.code or (qcode in fam and r.suf_code is None):
                r.code = qcode
                r.end = qm.end()
    return r


_OPT_SPACE = skip.regex(rf"{_SPACE}?")


def _is_prefix_of_next(text: str, pos: int, lex: _Lexicon, r: _Read, group: str) -> bool:
    """A symbol or code followed by a numeral belongs to that numeral, unless the
    numeral carries its own symbol or code ("10 $ 30 $", "10 rmb 20 usd") or is
    the subunit of this amount ("17 USD 25.", "3 UAH 4 kopiykas")."""
    m = _OPT_SPACE.match(text, pos)
    p = m.end() if m else pos
    nm = lex.numeral_re.match(text, p)
    if not nm:
        return False
    if r.num.plain_int and 1000 <= r.num.value <= 2999:
        return True  # "in 2025 $300 billion": a year takes no currency after it
    q = nm.end()
    if (group in ("csl", "syml") and r.pre_code is None and not r.mags
            and r.num.precision >= 1 and nm.lastgroup in ("dig", "wrd")):
        n = _numeral(nm, lex)
        if (n is not None and not n.mags and n.precision >= 1 and 1 <= n.value <= 99
                and lex.bare_end_re.match(text, q)):
            return False
    mm = lex.mag_re.match(text, q)
    if mm:
        q = mm.end()
    if lex.pct_re.match(text, q) or lex.sub_re.match(text, q):
        return False
    cm = lex.cur_re.match(text, q)
    return not (cm and cm.lastgroup != "name")


def _resolve_currency(r: _Read, lex: _Lexicon) -> None:
    if r.pre_code and r.suf_code:
        if r.pre_code == r.suf_code:
            r.code = r.pre_code
        elif r.pre_generic and r.suf_code in lex.generic.get(r.pre_generic, []):
            r.code = r.suf_code  # "$5 billion Canadian dollars"
        elif r.suf_generic and r.pre_code in lex.generic.get(r.suf_generic, []):
            r.code = r.pre_code  # "C$ 5 $"
        else:
            r.code = r.pre_code  # the suffix belongs to something else
            r.end = r.num.full_end
            r.suf_code = None
    else:
        r.code = r.pre_code or r.suf_code


# --------------------------------------------------------------------------- assembly


def _round(value: float, precision: float) -> float:
    if precision >= 1:
        return float(round(value))
    return round(value, max(0, int(round(-math.log10(precision)))) + 1)


def _make(text: str, r: _Read, lex: _Lexicon, hedge_floor: int) -> Quantity:
    num = r.num
    rev = text[max(hedge_floor, r.start - 24) : r.start][::-1]
    hm = lex.hedge_re.match(rev)
    hedge = lex.hedges[_norm(hm.group("h")[::-1]).lower()] if hm else None
    if r.pct is not None:
        f = math.prod(_factor((m,), "USD") for m in num.mags)  # "a million percent"
        return Quantity(r.start, r.end, r.sign * num.value * f, r.pct, "percent",
                        num.precision * f, hedge, num.start, num.end)
    assert r.code is not None
    f = _factor(tuple(r.mags), r.code) if r.mags else 1.0
    prec = num.precision * f
    return Quantity(r.start, r.end, _round(r.sign * num.value * f, prec), r.code, "money",
                    prec, hedge, num.start, num.end)


def _cents(text: str, r: _Read, lex: _Lexicon) -> tuple[float, int] | None:
    """ "3 dollars 50 cents", "$20 and 43c", "15 dollars 50.": (cents value, new end)."""
    if r.pct is not None or r.mags or r.num.precision < 1 or r.num.kind == "frac":
        return None
    sm = lex.cents_re.match(text, r.end)
    if not sm:
        return None
    nm = lex.numeral_re.match(text, sm.end())
    if not nm or nm.lastgroup not in ("dig", "wrd"):
        return None
    n = _numeral(nm, lex)
    if n is None or n.mags or n.precision < 1 or not 1 <= n.value <= 99 or n.end != nm.end():
        return None
    um = lex.sub_re.match(text, n.end)
    if um:
        return n.value / 100, um.end()
    if lex.bare_end_re.match(text, n.end):
        return n.value / 100, n.end
    return None


def _url_spans(text: str) -> list[tuple[int, int]]:
    """Tokens that are URLs or percent-encoded ("q=30%25%2020%"): never quantities."""
    spans: list[tuple[int, int]] = []
    for m in _URLISH.finditer(text):
        if spans and m.start() < spans[-1][1]:
            continue
        a = m.start()
        while a > 0 and not text[a - 1].isspace():
            a -= 1
        b = m.end()
        n = len(text)
        while b < n and not text[b].isspace():
            b += 1
        tok = text[a:b]
        if "://" in tok or tok.lower().startswith("www.") or len(_PCT_ENC.findall(tok)) >= 2:
            if not spans or a >= spans[-1][1]:
                spans.append((a, b))
    return spans


_URLISH = skip.regex(r"://|\bwww\.|%[0-9A-Fa-f]{2}")
_PCT_ENC = skip.regex(r"%[0-9A-Fa-f]{2}")


def _words_can_match(words: frozenset[str], lex: _Lexicon) -> bool:
    """Whether numeral_re's word branch ("fifteen", "a quarter", "a billion") can match
    in a text of these lower-cased words; when not, its digit branch alone finds the same
    numerals, and a scan for it alone costs half as much."""
    if not lex.word_first.isdisjoint(words):
        return True
    if lex.word_needs.isdisjoint(words):
        return False
    return any(ws <= words for ws in lex.word_sets)


_SPACE_CHARS = frozenset(" \t\u00a0\u202f")


def _may_be_quantity(text: str, start: int, end: int, lex: _Lexicon) -> bool:
    """Whether a numeral at [start, end) can be read as a quantity or open a range: a
    unit, currency or range connector may start right after it (past spaces or a hyphen),
    or a currency end right before it (past one space). False skips _read, the costliest
    step of the scan, for years, days and counts ("in 2025, the", "12 countries"). The
    word there must be one a form starts (ends) with; non-ASCII words are never ruled out
    (case folding beyond a-z)."""
    n = len(text)
    j = end
    while j < n and text[j].isspace():
        j += 1
    if j < n:
        c = text[j]
        if c == "-":
            return True
        if c.isalpha():
            k = j + 1
            while k < n and text[k].isalpha():
                k += 1
            word = text[j:k]
            if not word.isascii() or word.lower() in lex.after_edges[0]:
                return True
        elif not c.isascii() or c.lower() in lex.after_edges[1]:
            return True
    i = start - 1
    if i >= 0 and text[i] in _SPACE_CHARS:
        i -= 1
    if i >= 0:
        c = text[i]
        if c.isalpha():
            k = i
            while k > 0 and text[k - 1].isalpha():
                k -= 1
            word = text[k:i + 1]
            if not word.isascii() or word.lower() in lex.before_edges[0]:
                return True
        elif not c.isascii() or c.lower() in lex.before_edges[1]:
            return True
    return False


@lru_cache(maxsize=16)
def _scan(text: str, words: frozenset[str] | None = None) -> tuple[Quantity, ...]:
    lex = lexicon()
    out: list[Quantity] = []
    consumed = 0
    numerals = lex.numeral_re if words is None or _words_can_match(words, lex) \
        else lex.digit_numeral_re
    for m in numerals.finditer(text):
        if m.start() < consumed or not _may_be_quantity(text, m.start(), m.end(), lex):
            continue
        r = _read(text, m, lex, consumed)
        if r is None:
            continue
        # ranges: "10-15%", "$10-15 billion", "6.5 and 8.7 percent"
        if (not r.has_unit or (r.code and not r.mags)) and not r.num.mags:
            rm = lex.range_re.match(text, r.end)
            if rm:
                nm = lex.numeral_re.match(text, rm.end())
                if nm is None:  # "$5 to $10 billion"
                    nm = lex.numeral_re.search(text, rm.end(), rm.end() + 12)
                    if nm is not None and _left(text, nm.start(), lex, rm.end())[0] != rm.end():
                        nm = None
                if nm is not None and _may_start_range(text, r, lex):
                    b = _read(text, nm, lex, r.end)
                    if b is not None and _join_range(r, b):
                        out.append(_make(text, r, lex, consumed))
                        out.append(_make(text, b, lex, r.end))
                        consumed = b.end
                        continue
        if not r.has_unit:
            continue
        if r.code is not None:
            c = _cents(text, r, lex)
            if c is not None:
                q = _make(text, r, lex, consumed)
                value = _round(q.value + math.copysign(c[0], q.value or 1), 0.01)
                q = Quantity(q.start, c[1], value, q.unit, q.kind, 0.01, q.hedge,
                             q.num_start, q.num_end)
                out.append(q)
                consumed = c[1]
                continue
        out.append(_make(text, r, lex, consumed))
        consumed = r.end
    if lex.pct_prefix_re is not None and "per" in text.lower():
        out = _add_prefix_percents(text, out, lex)
    # what _URLISH finds, looked for first by cheaper means: "%" alone is in most sentences
    urls = _url_spans(text) if ("://" in text or "www." in text or _PCT_ENC.search(text)) \
        else []
    if urls:
        out.sort(key=_START)
        ends = [b for _, b in urls]
        kept = []
        for q in out:
            i = bisect.bisect_right(ends, q.start)  # first url ending after q starts
            if i < len(urls) and urls[i][0] < q.end:
                continue
            kept.append(q)
        out = kept
    out.sort(key=_START)
    return tuple(q for q in out if _within_limits(q, lex))


#: the sort key of quantities by start (attrgetter: no Python frame per item)
_START = operator.attrgetter("start")


def _within_limits(q: Quantity, lex: _Lexicon) -> bool:
    """Not junk: "5 trillion trillion won", a year read as a 2025% rate ([limits])."""
    if q.kind == "money":
        return abs(q.value) <= lex.max_money
    return abs(q.value / 100 if q.unit == "basis_point" else q.value) <= lex.max_percent


_IDENT_BEFORE = skip.regex(r"-[^\W\d_]")  # on reversed text: "COVID-19", "F-35"


def _may_start_range(text: str, r: _Read, lex: _Lexicon) -> bool:
    """Not "Section 232 to 25%", "COVID-19 to 25%" or "in 2019 to 25 percent"."""
    if r.num.plain_int and 1000 <= r.num.value <= 2999:
        return False
    rev = text[max(0, r.start - 16) : r.start][::-1]
    return not (lex.not_after_re.match(rev) or _IDENT_BEFORE.match(rev))


def _join_range(a: _Read, b: _Read) -> bool:
    """Let the first numeral of a range take the unit and magnitude of the second."""
    if a.num.value > max(100.0, 10 * b.num.value):
        return False  # "HTS 8703 to 25%": no range
    if b.pct is not None:
        if a.has_unit:
            return False
        a.pct = b.pct
        return True
    if b.code is None and a.code is None:
        return False
    if not b.mags and not b.num.mags:
        if a.code is None and b.code is not None:  # "10 to 15 dollars"
            a.code = b.code
            return True
        return False
    if a.code is not None and b.code is not None and a.code != b.code:
        return False
    code = a.code or b.code
    a.code = b.code = code
    if not a.mags:
        a.mags = b.mags
    return True


def _add_prefix_percents(text: str, out: list[Quantity], lex: _Lexicon) -> list[Quantity]:
    """ "percent of 10" (a Recognizers-Text form), only when the numeral ends the clause
    and the percent word is not already taken by a numeral before it."""
    assert lex.pct_prefix_re is not None
    starts = [q.start for q in out]
    added: list[Quantity] = []
    for pm in lex.pct_prefix_re.finditer(text):
        nm = lex.numeral_re.match(text, pm.end())
        if not nm or not lex.clause_end_re.match(text, nm.end()):
            continue
        i = bisect.bisect_left(starts, nm.end())
        if i and out[i - 1].end > pm.start():
            continue  # overlaps a quantity found before
        before = text[max(0, pm.start() - 40) : pm.start()].rstrip()
        ends = [m.end() for m in lex.numeral_re.finditer(before)]
        if ends and ends[-1] == len(before):
            continue  # "25 percent of 10": the percent word is taken
        n = _numeral(nm, lex)
        if n is None:
            continue
        unit = lex.pct_prefix_unit[_norm(pm.group("p")).lower()]
        added.append(Quantity(pm.start(), n.end, n.value, unit, "percent", n.precision, None,
                              n.start, n.end))
    return out + added if added else out


# --------------------------------------------------------------------------- API


def find_quantities(text: str, words: frozenset[str] | None = None) -> list[Quantity]:
    """Every money amount and percent in `text`, sorted by start, non-overlapping.

    `words`: the \\w+ runs of ``text.lower()``, where lower-casing keeps the text's length
    (context.Vocabulary.words of a text whose .low is set), to find them faster.
    """
    return list(_scan(text, words))


def home_dollar(text: str, main_country: str | None) -> str | None:
    """The currency a bare "$" stands for in an article written from a dollar country
    other than the US ("a counter-tariff of 25 per cent on $60 billion" in a Canadian paper),
    or None for the US dollar (rules/quantities.toml [home_dollar])."""
    home = rules.load("quantities").get("home_dollar", {}).get(main_country or "")
    if not home:
        return None
    low = text.lower()
    if not any(w in low for w in home.get("style", [])):
        return None
    code = home["code"]
    marks = next((c for c in rules.load("quantities").get("currency", [])
                  if c["code"] == code), {})
    written = [s for s in marks.get("symbols", []) + marks.get("symbols_cs", [])
               if len(s) > 1 and any(ch.isalpha() for ch in s)]
    if any(re.search(rf"(?<![^\W\d_]){re.escape(s)}\s*\d", text, re.IGNORECASE)
           for s in written) or any(n.lower() in low for n in marks.get("names", [])) \
            or re.search(rf"\b{code}\b", text):
        return None  # the text marks its home currency: a bare "$" is the US one
    return code


@cache
def home_dollar_styles() -> tuple[str, ...]:
    """Every style word of rules/quantities.toml [home_dollar]: a text with none of them
    (lower-cased) has no home dollar, whatever its country (see home_dollar)."""
    return tuple(w for home in rules.load("quantities").get("home_dollar", {}).values()
                 for w in home.get("style", []))


def plain_percent(numeral: str) -> tuple[float, float] | None:
    """Value and precision of a numeral in plain digits ("6.5") read as a percent (the
    6.5 of "fell 6.5 and 8.7 percent"); None beyond the limits, as for any percent."""
    lex = lexicon()
    if numbers.digit_count(numeral) > lex.max_digits:
        return None
    value = float(numeral)
    if not abs(value) <= lex.max_percent:
        return None
    return value, 10.0 ** -len(numeral.partition(".")[2])


def find_money(text: str) -> list[Quantity]:
    """Amounts of money: value in whole currency units, unit an ISO 4217 code."""
    return [q for q in _scan(text) if q.kind == "money"]


def find_percents(text: str) -> list[Quantity]:
    """Percents, percentage points and basis points: value as written."""
    return [q for q in _scan(text) if q.kind == "percent"]


# --------------------------------------------------------------------------- checks


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _check_example(ex: dict[str, Any], default_unit: str | None, where: str) -> list[str]:
    text = ex["text"]
    got = find_quantities(text)
    fails: list[str] = []
    want = []
    for e in ex.get("expect", []):
        unit = e.get("unit", default_unit)
        want.append((float(e["value"]), unit, e))
    got_keys = {(q.value, q.unit) for q in got}
    missing = [w for w in want if not any(_close(w[0], v) and w[1] == u for v, u in got_keys)]
    extra = [k for k in got_keys if not any(_close(w[0], k[0]) and w[1] == k[1] for w in want)]
    shown = ", ".join(f"{text[q.start:q.end]!r}={q.value:g} {q.unit}" for q in got) or "nothing"
    if missing or extra:
        fails.append(f"quantities {where}: {text!r} -> {shown}; expected "
                     + ", ".join(f"{v:g} {u}" for v, u, _ in want) if want else
                     f"quantities {where}: {text!r} -> {shown}; expected nothing")
        return fails
    for value, unit, e in want:
        cands = [q for q in got if _close(q.value, value) and q.unit == unit]
        if "surface" in e and not any(text[q.start:q.end] == e["surface"] for q in cands):
            fails.append(f"quantities {where}: {text!r}: surface of {value:g} {unit} is "
                         f"{[text[q.start:q.end] for q in cands]}, expected {e['surface']!r}")
        if "hedge" in e and not any(q.hedge == e["hedge"] for q in cands):
            fails.append(f"quantities {where}: {text!r}: hedge of {value:g} {unit} is "
                         f"{[q.hedge for q in cands]}, expected {e['hedge']!r}")
    return fails


def check_rules() -> tuple[int, list[str]]:
    """Validate rules/quantities.toml and run its examples."""
    data = rules.load("quantities")
    failures: list[str] = []
    iso = _iso_codes()
    mags = set(data.get("magnitudes", {}))
    for table in ("magnitude_aliases", "magnitude_attached"):
        for alias, target in data.get(table, {}).items():
            if target not in mags:
                failures.append(f"quantities: [{table}] {alias!r} -> unknown magnitude {target!r}")
    for pre, target in data.get("iso", {}).get("magnitude_prefixes", {}).items():
        if target not in mags:
            failures.append(f"quantities: [iso] magnitude prefix {pre!r} -> unknown {target!r}")
    listed = {c["code"] for c in data.get("currency", [])}
    for cur in data.get("currency", []):
        code = cur["code"]
        if cur.get("iso", True) and code not in iso:
            failures.append(f"quantities: currency {code!r} is not an ISO 4217 code "
                            f"(pycountry); set iso = false if that is intended")
        if not cur.get("examples"):
            failures.append(f"quantities: currency {code} has no examples")
    for sym, fam in data.get("generic_symbols", {}).items():
        for code in fam:
            if code not in listed:
                failures.append(f"quantities: generic symbol {sym!r} names unlisted {code}")
    for code in data.get("iso", {}).get("ambiguous", []):
        if code not in iso:
            failures.append(f"quantities: [iso] ambiguous {code!r} is not an ISO 4217 code")
    groups = {ex.get("group") for ex in data.get("examples", [])}
    for g in ("magnitudes", "iso", "subunits", "percent", "ranges", "hedges", "negatives",
              "limits"):
        if g not in groups:
            failures.append(f"quantities: no [[examples]] with group = {g!r}")
    covered = {e.get("unit") for ex in data.get("examples", []) for e in ex.get("expect", [])}
    for unit in data.get("percent", {}):
        if unit not in covered:
            failures.append(f"quantities: percent unit {unit!r} has no example")
    if failures:
        return 0, failures
    n = 0
    for cur in data.get("currency", []):
        for ex in cur.get("examples", []):
            n += 1
            failures += _check_example(ex, cur["code"], f"[{cur['code']}]")
    for ex in data.get("examples", []):
        n += 1
        failures += _check_example(ex, None, f"[{ex.get('group', '?')}]")
    return n, failures
