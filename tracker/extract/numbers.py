"""Numerals in digits, words and hybrids ("31-point-nine", "fifteen", "1,234.5").

This is the bottom of the quantity layer: it finds where a number is written and
what it is worth, and how precisely it is stated (so "$55.7 billion" and
"$56 billion" can later be judged consistent). Units and magnitudes are the
job of the layers above.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from tracker import rules
from tracker.extract import skip
from tracker.extract.trie import trie_pattern


@dataclass(frozen=True)
class NumberSpan:
    start: int
    end: int
    value: float
    precision: float  # the step of the last stated digit: 55.7 -> 0.1, 350 -> 1
    words: bool  # written (partly) in words


@dataclass(frozen=True)
class _Lexicon:
    units: dict[str, int]
    tens: dict[str, int]
    scales: dict[str, int]
    fractions: dict[str, float]
    max_digits: int  # a numeral with more digits, or a larger value in words, is none
    number_re: re.Pattern[str]
    fraction_re: re.Pattern[str]


_DIGITS = r"(?>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)"


@cache
def lexicon() -> _Lexicon:
    data = rules.load("numbers")
    units, tens, scales = data["units"], data["tens"], data["scales"]
    fractions = {k.lower(): float(v) for k, v in data.get("fractions", {}).items()}
    # prefix tries, not longest-first alternations: the same matches, found with one or
    # two tests per place instead of one per word
    word = trie_pattern([*units, *tens, *scales])
    first = trie_pattern([*units, *tens])
    digit_word = trie_pattern(units)
    sep = r"(?:[\s-]+(?:and[\s-]+)?)"
    point = rf"(?:[\s-]+point[\s-]+(?:{digit_word}|\d)(?:[\s-]+(?:{digit_word}|\d))*)"
    words = rf"(?:(?:{first})|a(?=[\s-]+(?:{'|'.join(scales)})\b))(?:{sep}(?:{word}))*{point}?"
    hybrid = rf"\d+{point}"
    bare_point = rf"point[\s-]+(?:{digit_word})(?:[\s-]+(?:{digit_word}))*"
    pattern = rf"(?<![\w.,])(?:{hybrid}|{_DIGITS}|{words}|{bare_point})(?![\w])"
    frac = "|".join(re.escape(f) for f in sorted(fractions, key=len, reverse=True))
    return _Lexicon(
        units=units,
        tens=tens,
        scales=scales,
        fractions=fractions,
        max_digits=int(data["limits"]["max_digits"]),
        number_re=skip.regex(pattern, re.IGNORECASE),
        fraction_re=skip.regex(rf"\b(?:{frac})\b", re.IGNORECASE),
    )


def digit_count(s: str) -> int:
    """Digits of a numeral written in digits ("1,234.5" -> 5)."""
    return sum(c.isdigit() for c in s)


def _digits_value(s: str) -> tuple[float, float]:
    s = s.replace(",", "")
    value = float(s)
    decimals = len(s.split(".")[1]) if "." in s else 0
    return value, 10.0 ** -decimals


def parse_number(text: str) -> float | None:
    """Value of a numeral written in digits, words or a hybrid; None if it is not one."""
    spans = find_numbers(text)
    if len(spans) == 1 and spans[0].start == 0 and spans[0].end == len(text.strip()):
        return spans[0].value
    return None


def _parse_words(s: str, lex: _Lexicon) -> tuple[float, float] | None:
    s = s.lower()
    int_part, dec_part = s, ""
    m = re.search(r"(?:^|[\s-]+)point[\s-]+(.*)$", s)
    if m:
        int_part = s[: m.start()]
        dec_part = m.group(1)
    total = 0
    current = 0
    seen = False
    limit = 10**lex.max_digits  # "hundred hundred hundred ...": no number, and no overflow
    for tok in re.split(r"[\s-]+", int_part.strip()):
        if not tok or tok == "and":
            continue
        if total >= limit or current >= limit:
            return None
        if re.fullmatch(r"\d+", tok):
            if len(tok) > lex.max_digits:
                return None
            current += int(tok)
        elif tok == "a":
            current += 1
        elif tok in lex.units:
            current += lex.units[tok]
        elif tok in lex.tens:
            current += lex.tens[tok]
        elif tok == "hundred":
            current = (current or 1) * 100
        elif tok in lex.scales:
            total += (current or 1) * lex.scales[tok]
            current = 0
        else:
            return None
        seen = True
    if total + current >= limit:
        return None
    value = float(total + current)
    precision = 1.0
    if dec_part:
        digits = ""
        for tok in re.split(r"[\s-]+", dec_part.strip()):
            if len(digits) >= lex.max_digits:
                return None
            if re.fullmatch(r"\d", tok):
                digits += tok
            elif tok in lex.units and lex.units[tok] < 10:
                digits += str(lex.units[tok])
            else:
                return None
        value += float("0." + digits)
        precision = 10.0 ** -len(digits)
        seen = True
    return (value, precision) if seen else None


def find_numbers(text: str) -> list[NumberSpan]:
    """Every numeral in `text`, left to right, with its offsets and value."""
    lex = lexicon()
    out: list[NumberSpan] = []
    for m in lex.number_re.finditer(text):
        s = m.group(0)
        if re.fullmatch(_DIGITS, s):
            if len(s) > lex.max_digits and digit_count(s) > lex.max_digits:
                continue  # a digit run (an ID, junk), not a number: its float may be inf
            value, precision = _digits_value(s)
            out.append(NumberSpan(m.start(), m.end(), value, precision, False))
            continue
        # "and" joins parts of one number only after a scale word ("one hundred and five");
        # "fifteen and twenty" is two numbers
        offset = m.start()
        for part in _split_on_and(s, lex):
            parsed = _parse_words(part[1], lex)
            if parsed is not None:
                out.append(NumberSpan(offset + part[0], offset + part[0] + len(part[1]),
                                      parsed[0], parsed[1], True))
    return out


def _split_on_and(s: str, lex: _Lexicon) -> list[tuple[int, str]]:
    parts: list[tuple[int, str]] = []
    start = 0
    for m in re.finditer(r"[\s-]+and[\s-]+", s, re.IGNORECASE):
        # the word before "and" (from a window: the whole part each time costs the square
        # of "one hundred and one hundred and ..."; number words are shorter than it)
        prev = re.split(r"[\s-]+", s[max(start, m.start() - 32):m.start()].strip())[-1].lower()
        if prev not in lex.scales:
            parts.append((start, s[start:m.start()]))
            start = m.end()
    parts.append((start, s[start:]))
    return parts


@cache
def fraction_words() -> frozenset[str]:
    """The last word of every fraction ("half", "thirds"): a text whose lower-cased words
    hold none of them holds no fraction."""
    return frozenset(re.findall(r"\w+", f.lower())[-1] for f in lexicon().fractions)


def find_fractions(text: str) -> list[NumberSpan]:
    """Fractions stated in words ("half", "two-thirds"); value is the fraction of one."""
    lex = lexicon()
    return [
        NumberSpan(m.start(), m.end(), lex.fractions[m.group(0).lower()], 0.01, True)
        for m in lex.fraction_re.finditer(text)
    ]


def check_rules() -> tuple[int, list[str]]:
    """Run the [[examples]] of rules/numbers.toml."""
    failures = []
    examples = rules.load("numbers").get("examples", [])
    for ex in examples:
        got = find_numbers(ex["text"])
        if ex.get("nothing"):
            if got:
                failures.append(f"numbers: {ex['text']!r} -> {got[0].value}, expected nothing")
            continue
        if not got or abs(got[0].value - ex["value"]) > 1e-9:
            failures.append(f"numbers: {ex['text']!r} -> {got[0].value if got else None}, "
                            f"expected {ex['value']}")
    return len(examples), failures
