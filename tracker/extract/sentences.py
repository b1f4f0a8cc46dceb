"""Sentences: where they start and end, and what the lexicons find in each.

A Sentence is read once and remembers what it found (countries, products, measures,
status words, the cues of each claim rule): every figure of the sentence asks the same
questions, so the answers are computed on first use and kept (a memo, not a result
passed between steps).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from tracker import rules
from tracker.extract import calendar_words, cue_words, skip
from tracker.extract import context as ctx
from tracker.extract.context import Mention

if TYPE_CHECKING:
    from tracker.extract.metric import Rule

T = TypeVar("T")

#: a word, number or amount ("U.S.", "25%", "$1.5"); the ASCII ranges are part of \w,
#: listed first so that the regex engine tests most characters from a table
WORD_RE = skip.regex(r"[a-zA-Z0-9_\w$€£¥₩%]+(?:[.'’\-][a-zA-Z0-9_\w]+)*\.?")
#: the mark that opens an answer in a question-and-answer piece ("A: 50% since June.")
ANSWER_RE = skip.regex(r"^\s*((?:A|Answer)\s*:)\s")
#: words with a full stop that does not end a sentence (month abbreviations come from
#: rules/dates.toml, see abbreviations())
_ABBREVIATIONS = {
    "u.s.", "u.k.", "e.u.", "mr.", "mrs.", "ms.", "dr.", "jr.", "sr.", "st.", "co.", "corp.",
    "inc.", "ltd.", "no.", "vs.", "e.g.", "i.e.", "gov.", "sen.", "rep.", "gen.", "a.m.",
    "p.m.", "s.", "n.", "approx.", "est.", "dept.", "u.n.", "pct.",
}
#: a run of . ! ? (not inside a longer run) before a space and a capital; the run's first
#: character comes first (its lookbehind: not after another), so that the regex engine
#: skips ahead to the next . ! ? instead of trying the lookbehind at every character
SENT_END_RE = skip.regex(r"[.!?](?<![.!?][.!?])[.!?]*+[\"”’)\]]*+(?=\s+[\"“‘(\[]?[A-Z0-9$€£¥₩])")
WORD_SPLIT_RE = skip.regex(r"[-–(\"“']")
INITIALS_RE = skip.regex(r"(?:[a-z]\.){1,3}")
CLAUSE_BREAK_RE = skip.regex(
    r";|,\s+(?:while|whereas|but|although|though|even as|which has|according to|giving|"
    r"leaving|allowing|letting)\b|\s(?:while|whereas)\s|\s--\s",
    re.IGNORECASE)


@cache
def abbreviations() -> frozenset[str]:
    """Words whose full stop ends no sentence: titles, initials, month abbreviations."""
    return frozenset(_ABBREVIATIONS | {m + "." for m in calendar_words.month_abbreviations()})


@cache
def _figure_alone_re() -> re.Pattern[str]:
    """A sentence that is one figure and nothing else ("145 per cent.", "Ten per cent.",
    "$195 billion."): the head of a list item or a figure-first line, whose next sentence
    says what it counts ("145 per cent. The peak US charge on Chinese goods.")."""
    num = r"\d[\d,]*(?:\.\d+)?"
    pct = cue_words.percent_forms("rate", space=r"\s?")
    big = cue_words.magnitude_words("large")
    # (h285) perhaps a hedge before it: "Nearly $90 billion." heads its item as "$90 billion."
    hedge = rf"(?:(?i:{figure_hedges()})\s+)?"
    return re.compile(rf"{hedge}(?:(?:{num}|[A-Za-z]+(?:-[A-Za-z]+)?)\s?{pct}\.|"
                      rf"[A-Z]{{0,2}}[$€£¥]\s?{num}(?:\s?{big})?\.)")


@cache
def figure_hedges() -> str:
    """The hedges written before a quantity (rules/quantities.toml [hedges]) as one regex
    group, longest first ("Nearly", "More than", "About")."""
    return "|".join(re.escape(h).replace(r"\ ", r"\s+")
                    for h in sorted(rules.load("quantities")["hedges"], key=len, reverse=True))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: every line break ends one; so does . ! ? before a capital, except
    after a figure standing alone, which is read with the sentence that names it."""
    spans: list[tuple[int, int]] = []
    pos = 0
    abbrev = abbreviations()
    alone = _figure_alone_re()
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        start = 0
        for m in SENT_END_RE.finditer(line):
            before = line[max(0, m.start() - 63) : m.start() + 1]  # (a window: linear)
            word = before.rsplit(None, 1)[-1].lower() if before.strip() else ""
            word = WORD_SPLIT_RE.split(word)[-1]  # "Korea-U.S." ends in the abbreviation
            if word in abbrev or INITIALS_RE.fullmatch(word):
                continue
            seg = line[start:m.end()]
            if alone.fullmatch(seg.strip()):
                continue
            if seg.strip():
                lead = len(seg) - len(seg.lstrip())
                spans.append((line_start + start + lead, line_start + m.end()))
            start = m.end()
        seg = line[start:]
        if seg.strip():
            lead = len(seg) - len(seg.lstrip())
            spans.append((line_start + start + lead, line_start + len(line.rstrip())))
    if any(b - a > MAX_FIGURES * 2 for a, b in spans):  # (a shorter one holds fewer)
        spans = [piece for a, b in spans
                 for piece in (_bounded(text, a, b) if b - a > MAX_FIGURES * 2 else ((a, b),))]
    return spans


#: A sentence is cut into pieces of at most this many characters and digit runs: pairing
#: each figure of a sentence with the others and with its cues costs the square of their
#: number, and a longer "sentence" is a table or junk (the longest of the dev set holds
#: ~650 characters and 12 digit runs).
MAX_SENTENCE = 1000
MAX_FIGURES = 64
DIGIT_RUN_RE = skip.regex(r"\d+")
#: matches (anchored at a span's start) only when the span holds more than MAX_FIGURES
#: digit runs: one scan, without the list of runs that findall builds
MANY_RUNS_RE = skip.regex(rf"\D*+(?:\d++\D++){{{MAX_FIGURES}}}\d")
NONSPACE_RE = skip.regex(r"\S+")


def _bounded(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The span [a, b) cut at spaces into pieces within MAX_SENTENCE and MAX_FIGURES
    (mid-word only where a piece holds no space)."""
    if b - a <= MAX_SENTENCE and MANY_RUNS_RE.match(text, a, b) is None:
        return [(a, b)]  # the usual case, counted in one scan: within both limits
    pieces: list[tuple[int, int]] = []
    while True:
        limit = min(b, a + MAX_SENTENCE)
        for k, m in enumerate(DIGIT_RUN_RE.finditer(text, a, limit)):
            if k == MAX_FIGURES:  # the first digit run too many
                limit = m.start()
                break
        if limit >= b:
            break
        cut = text.rfind(" ", a + 1, limit)
        end = cut if cut > a else limit
        pieces.append((a, a + len(text[a:end].rstrip())))
        nxt = NONSPACE_RE.search(text, end, b)
        if nxt is None:
            return pieces
        a = nxt.start()
    pieces.append((a, b))
    return pieces


@lru_cache(maxsize=4096)
def clause_bounds(s: str, start: int, end: int) -> tuple[int, int]:
    """The clause around a figure: cues beyond ';' or ', while/but ...' belong elsewhere."""
    lo, hi = 0, len(s)
    for a, b in _clause_breaks(s):
        if b <= start:
            lo = b
        elif a >= end:
            hi = a
            break
    return lo, hi


@lru_cache(maxsize=256)
def _clause_breaks(s: str) -> tuple[tuple[int, int], ...]:
    """Where a sentence's clause breaks stand (found once for all its figures)."""
    return tuple(m.span() for m in CLAUSE_BREAK_RE.finditer(s))


def words_before(text: str, pos: int, n: int) -> str:
    """The n words before pos, without splitting the whole text."""
    return " ".join(text[max(0, pos - 15 * n):pos].split()[-n:])


def near(text: str, start: int, end: int, words: int = 4) -> str:
    """A few words either side of a span, joined by " | "."""
    left = " ".join(text[max(0, start - 90):start].split()[-(words + 2):])
    right = " ".join(text[end:end + 60].split()[:words])
    return left + " | " + right


def per_sentence(func: Callable[[Sentence], T]) -> Callable[[Sentence], T]:
    """Memoise `func`, a pure function of a sentence's text (and the rule files), on the
    Sentence: several figures of a sentence, and the sentences after it, ask the same."""

    def once(sent: Sentence) -> T:
        memo = sent._memo
        if func in memo:
            return memo[func]
        got = memo[func] = func(sent)
        return got

    once.__name__, once.__doc__, once.__wrapped__ = (  # type: ignore[attr-defined]
        func.__name__, func.__doc__, func)
    return once


class _once(Generic[T]):  # noqa: N801 - used as a decorator, like functools.cached_property
    """functools.cached_property without its lock (Python 3.11 takes one on every first
    access, which costs more than most of the values it guards here). The value is stored
    by setattr, not written into `obj.__dict__`: writing the dict of an instance makes
    Python 3.11 build one for attributes it kept in a compact layout, through which the
    later reads of the sentence's attributes (`sent.text` ...) then go (h261-5: -0.98 %
    instructions a pass)."""

    def __init__(self, func: Callable[[Any], T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: object, owner: type | None = None) -> T:
        if obj is None:
            return self  # type: ignore[return-value]
        value = self.func(obj)
        setattr(obj, self.name, value)  # (an instance attribute: read before this descriptor)
        return value


#: the characters beyond ASCII that a regex with IGNORECASE matches with an ASCII letter
#: (skip._MORE_FORMS; tests/extract/test_skip.py checks every code point)
_FOLDS_TO_ASCII = frozenset(skip._MORE_FORMS["i"] + skip._MORE_FORMS["k"] + skip._MORE_FORMS["s"])


@lru_cache(maxsize=1024)
def _all_ascii(words: frozenset[str]) -> bool:
    """Whether every word of a gate's list is ASCII (case folding of other letters is
    not plain: "ς" and "σ" are one letter to IGNORECASE)."""
    return all(w.isascii() for w in words)


@lru_cache(maxsize=256)
def _first_anchors(firsts: frozenset[str]) -> ctx.Anchors:
    """Anchors at the first word of a phrase (offset 0), for Sentence.word_spans."""
    return ctx.Anchors(firsts, dict.fromkeys(firsts, (0,)))


@dataclass
class Sentence:
    start: int  # in the cleaned text
    text: str

    def __post_init__(self) -> None:
        self._cues: dict[str, list[Mention]] = {}
        self._has: dict[str, bool] = {}  # see has
        self._memo: dict[Callable[[Sentence], Any], Any] = {}  # see per_sentence

    def cues(self, rule: Rule) -> list[Mention]:
        """Where a rule's cues stand in this sentence (computed once per rule).

        The cue "@country" stands for any country name, "@product" for any product,
        "@answer" for the mark that opens an answer ("A:") in a question-and-answer piece.
        """
        got = self._cues.get(rule.id)
        if got is None:
            if rule.cues == ("@country",):
                got = list(self.countries)
            elif rule.cues == ("@product",):
                got = self.products
            elif rule.cues == ("@answer",):
                m = ANSWER_RE.match(self.text)
                got = [Mention(m.start(1), m.end(1), m.group(1))] if m else []
            else:
                got = self._phrases(rule)
                if got and rule.levy:  # "after the tariff announcement,
                    got = [m for m in got if not ctx.has(  # the dollar slipped 0.8%"
                        "levy_modifier_nouns", " ".join(self.text[m.end:m.end + 30].split()[:1]))]
            self._cues[rule.id] = got
        return got

    def _phrases(self, rule: Rule) -> list[Mention]:
        """A rule's cue phrases (tried only where one of their anchor words stands)."""
        where = rule.anchors
        text = self.text
        if where is None:
            return [Mention(a, b, text[a:b]) for a, b in ctx.match_at_words(
                rule.regex, None, text, self.vocabulary)]
        words = self.lower_words  # (isdisjoint: cheaper than & when, as mostly, none)
        if where.words.isdisjoint(words):
            return []
        vocab = self.vocabulary
        spans = ctx.spans_at(rule.regex, ctx.starts_of(where, where.words & words, vocab),
                             text) \
            if vocab.low is not None else [m.span() for m in rule.regex.finditer(text)]
        return [Mention(a, b, text[a:b]) for a, b in spans]

    def has(self, name: str) -> bool:
        """Whether the sentence holds a word of the [scope] list `name` (kept: the figures
        of a sentence and the steps of each figure ask the same lists again)."""
        got = self._has.get(name)
        if got is None:
            got = self._has[name] = ctx.has_in(name, self.text, self.lower_words)
        return got

    @_once
    def words(self) -> list[int]:
        """Start offsets of the words (only sentences with figures ever need them)."""
        return list(map(re.Match.start, WORD_RE.finditer(self.text)))

    def words_between(self, a: int, b: int) -> int:
        """Number of words starting in [a, b): the distance between two spans."""
        if b <= a:
            return 0
        return bisect.bisect_left(self.words, b) - bisect.bisect_left(self.words, a)

    @_once
    def ascii(self) -> bool:
        return self.text.isascii()

    @_once
    def plain_case(self) -> bool:
        """Whether a regex that ignores case can match an ASCII letter here only with that
        letter's two ASCII forms, and lower-casing keeps the text's length: true of ASCII
        text, and of other text without the four characters that IGNORECASE takes for
        an ASCII letter (skip.case_forms: "İ" "ı" for i, "ſ" for s, the Kelvin sign for
        k). Its lower-cased words then say which ASCII words it holds, as for ASCII
        text: curly quotes, dashes and accented names no longer open every gate."""
        if self.ascii:
            return True
        return self.vocabulary.low is not None and _FOLDS_TO_ASCII.isdisjoint(self.text)

    def may_hold_word(self, words: frozenset[str]) -> bool:
        """False only when this sentence has none of `words` (lower-cased \\w+ runs) as a
        whole word: a regex that needs one of them whole (\\b...\\b, any case) cannot
        match anywhere in it. Text whose case folding is not plain for them is never
        ruled out (plain_case; words beyond ASCII)."""
        return not words.isdisjoint(self.lower_words) or not (
            self.ascii or self.plain_case and _all_ascii(words))

    def word_spans(self, regex: re.Pattern[str],
                   firsts: frozenset[str] | None) -> list[tuple[int, int]]:
        """The spans of ``regex.finditer(self.text)``, for a regex each of whose matches
        begins with one of `firsts` (lower-cased \\w+ runs, status_rules.first_words)
        as a whole word: in a sentence of plain case folding (plain_case; ASCII firsts)
        it is tried only where those words stand (ctx.match_at_words), not at every
        character; None or other text: scanned."""
        if firsts is None or not (self.ascii or self.plain_case and _all_ascii(firsts)):
            return [m.span() for m in regex.finditer(self.text)]
        return ctx.match_at_words(regex, _first_anchors(firsts), self.text, self.vocabulary)

    @_once
    def countries(self) -> list[Mention]:
        return ctx.find_countries(self.text, self.vocabulary)

    @_once
    def vocabulary(self) -> ctx.Vocabulary:
        return ctx.Vocabulary(self.text)

    @_once
    def lower_words(self) -> frozenset[str]:
        return self.vocabulary.words

    @_once
    def products(self) -> list[Mention]:
        return ctx.find_products(self.text, self.vocabulary)

    @_once
    def measures(self) -> list[Mention]:
        return ctx.find_measures(self.text, self.vocabulary)

    @_once
    def statuses(self) -> list[Mention]:
        return ctx.find_statuses(self.text, self.vocabulary)
