"""The rule engine: one article in, its claims out (a pure function, no I/O).

Reading order of the work done per article:
1. split the cleaned text into sentences (the title counts as the first one);
2. find the figures in each sentence with the quantity and date layers;
3. bind each figure to a metric with the cue rules of rules/claims.toml
   (nearest cue wins), or drop it as out of scope (rules/lexicon.toml [scope]);
4. settle imposer, target, product, measure and status from the sentence, then
   the previous sentence or headline ("the tariffs"), then the article;
5. map every quote back to exact offsets in the original text.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any, Generic, TypeVar

from tracker import rules
from tracker.extract import context as ctx
from tracker.extract import dates as dates_layer
from tracker.extract import judgments, numbers, quantities
from tracker.extract.context import Mention
from tracker.models import Article, Claim, CleanText

T = TypeVar("T")
LEVY_METRICS = {"tariff_rate", "tax_rate"}
ALL_PARTNER_RE = re.compile(
    r"\b(?:all (?:countries|nations|trading partners|imports|goods|partners|foreign)|"
    r"every (?:country|nation|trading partner)|(?:all|most) (?:u\.?s\.? )?trading partners|"
    r"worldwide|the world|global(?:ly)?|universal|across all|from all)\b",
    re.IGNORECASE,
)
#: a word, number or amount ("U.S.", "25%", "$1.5"); the ASCII ranges are part of \w,
#: listed first so that the regex engine tests most characters from a table
WORD_RE = re.compile(r"[a-zA-Z0-9_\w$€£¥₩%]+(?:[.'’\-][a-zA-Z0-9_\w]+)*\.?")
TARGET_CUE_RE = re.compile(
    r"(?:\b(?:on|against|from|for|to|with|toward|towards|targeting|hitting|into|in)\s+"
    r"(?:the\s+|imports\s+from\s+|goods\s+from\s+|all\s+)?)$",
    re.IGNORECASE,
)
POSSESSIVE_RE = re.compile(r"^(?:'s|’s|')")
SUBJECT_VERB_RE = re.compile(
    r"^\s*(?:has |have |had |will |would |is |was |also |then |on \w+ )*(?:imposed|imposes|"
    r"imposing|impose|slapped|levied|levies|retaliated|raised|hiked|announced|set|placed|put|"
    r"charges|charged|introduced|unveiled|responded)\b",
    re.IGNORECASE,
)
FROM_BEFORE_RE = re.compile(
    r"\bfrom\s+(?:the\s+)?(?:current\s+|existing\s+|previous\s+|earlier\s+|original\s+)?"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|an?\s+)?$",
    re.IGNORECASE,
)
TO_BETWEEN_RE = re.compile(
    r"^\s*,?\s*(?:to|into)\s+(?:about\s+|around\s+|roughly\s+|just\s+|a\s+|an\s+)?$", re.IGNORECASE
)
UP_DOWN_FROM_RE = re.compile(
    r"^\s*(?:[\w'’\-]+,?\s+){0,8}?,?\s*(?:down|up)\s+from\s+(?:the\s+)?"
    r"(?:about\s+|around\s+|roughly\s+|previous\s+|earlier\s+)?$", re.IGNORECASE)
FROM_BETWEEN_RE = re.compile(
    r"^\s*,?\s*(?:from|down from|up from)\s+(?:the\s+)?(?:current\s+|previous\s+|earlier\s+)?"
    r"(?:about\s+|around\s+|roughly\s+)?$",
    re.IGNORECASE,
)
CHANGE_TO_RE = re.compile(r"^(?:\s+[\w'’\-]+){0,6}?\s+to\s+(?:about\s+|around\s+|just\s+)?$")
CHANGE_VERB_RE = re.compile(
    r"\b(?:cut|cuts|lower|lowers|lowered|raise|raises|raised|reduce|reduces|reduced|increase|"
    r"increases|increased|hike|hikes|hiked|slash|slashes|slashed|lift|lifts|lifted|trim|trims|"
    r"trimmed|bring|brings|brought|double|doubles|doubled)\s+(?:the\s+|its\s+|their\s+|a\s+)?"
    r"(?:[\w\-]+\s+){0,2}$", re.IGNORECASE)
PREV_AFTER_RE = re.compile(
    r"^\s*(?:[\w\"“”'’\-]+\s+){0,4}?(?:had\s+(?:\w+\s+)?(?:set|threatened|announced|imposed|"
    r"stood|been|paid|faced|proposed|planned|demanded)|(?:announced|set|threatened|proposed|"
    r"unveiled|floated|listed)\s+(?:in|on|for|last|earlier|back)\b)", re.IGNORECASE)
#: "cars, which have faced a 25% duty since April, will be charged 15%": the relative
#: clause's perfect tense names the old value, the main clause's future the new one
SINCE_BEFORE_RE = re.compile(r"\b(?:have|has)\s+(?:been\s+)?(?:\w+\s+)?(?:paid|faced|been|"
                             r"charged|borne|carried|paying|facing)\s+(?:\w+\s+){0,3}$",
                             re.IGNORECASE)
SINCE_RE = re.compile(r"\s*(?:[\w\-]+\s+){0,2}?since\b", re.IGNORECASE)
SINCE_AFTER_RE = re.compile(r"^\s*(?:[\w\-]+\s+){0,3}?since\s+[\w.]+[^,;]*,\s*(?:[\w\-]+\s+)"
                            r"{0,3}?(?:will|would|is set to|are set to|is to|are to)\b",
                            re.IGNORECASE)
ABBREVIATIONS = {
    "u.s.", "u.k.", "e.u.", "mr.", "mrs.", "ms.", "dr.", "jr.", "sr.", "st.", "co.", "corp.",
    "inc.", "ltd.", "no.", "vs.", "e.g.", "i.e.", "gov.", "sen.", "rep.", "gen.", "jan.", "feb.",
    "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "a.m.",
    "p.m.", "s.", "n.", "approx.", "est.", "dept.", "u.n.", "pct.",
}
# small patterns of the functions below, compiled once (re's own cache costs a lookup per call)
WORD_SPLIT_RE = re.compile(r"[-–(\"“']")
INITIALS_RE = re.compile(r"(?:[a-z]\.){1,3}")
SHARED_UNIT_RE = re.compile(r"(?<![\w.,])(\d+(?:\.\d+)?)\s+(?:and|or)\s+$")
FRACTION_OF_RE = re.compile(r"\s+of\b")
FRACTION_OF_NOT_RE = re.compile(
    r"\s+of\s+(?:(?:the|its|a)\s+[\d$€£¥₩]|[\d$€£¥₩]|what|that|those|this|these)")
FRACTION_ORDINAL_RE = re.compile(r"\b(?:first|second|latter|other|last|next)\s+$")
OWN_PRONOUN_RE = re.compile(r"\b(?:the country's|the nation's|the country’s|its)\b",
                            re.IGNORECASE)
ON_GOODS_RE = re.compile(
    r"\s*(?:(?:are|is|were|was|be|been|being|will|would|now|also|already|still|"
    r"imposed|levied|applied|charged|placed|slapped|due)\s+){0,3}"
    r"(?:on|for|of|against)\s+(?:[\w'’\-]+,?\s+){0,5}", re.IGNORECASE)
NONSPACE_RE = re.compile(r"\S+")
RATE_ON_RE = re.compile(r"(?:%|percent|per cent|pct)\s+(?:on|from)\s*$")
SENT_END_RE = re.compile(r"[.!?]+[\"”’)\]]*(?=\s+[\"“‘(\[]?[A-Z0-9$€£¥₩])")


# --------------------------------------------------------------------------- rules
@dataclass(frozen=True)
class Rule:
    id: str
    quantity: str  # percent | money | date | duration
    metric: str
    side: str  # right | left | sentence
    window: int
    cues: tuple[str, ...]
    regex: re.Pattern[str]
    sentence_map: dict[str, str] = field(default_factory=dict)
    examples: tuple[dict, ...] = ()
    #: where the cues can match: a sentence without any of the anchor words has no cue
    #: (None: a cue has no word character, only a scan of the sentence finds it)
    anchors: ctx.Anchors | None = None
    # a [scope] word list that the sentence, the one before or the headline must hit
    requires: str | None = None


@cache
def claim_rules() -> tuple[Rule, ...]:
    out = []
    for r in rules.load("claims")["rules"]:
        cues = [c.split(":")[0] for c in r.get("cues", [])]
        smap = {c.split(":")[0].lower(): c.split(":")[1] for c in r.get("cues", []) if ":" in c}
        out.append(Rule(
            id=r["id"], quantity=r["quantity"], metric=r["metric"], side=r["side"],
            window=int(r.get("window", 0)), cues=tuple(cues), regex=ctx.phrase_regex(cues),
            sentence_map=smap, examples=tuple(r.get("examples", [])),
            requires=r.get("requires"),
            anchors=ctx.anchors([c for c in cues if not c.startswith("@")]),
        ))
    return tuple(out)


@cache
def default_year() -> int:
    return int(rules.load("claims").get("reference", {}).get("default_year", 2025))


# ----------------------------------------------------------------------- sentences
def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: every line break ends one; so does . ! ? before a capital."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        start = 0
        for m in SENT_END_RE.finditer(line):
            before = line[: m.start() + 1]
            word = before.rsplit(None, 1)[-1].lower() if before.strip() else ""
            word = WORD_SPLIT_RE.split(word)[-1]  # "Korea-U.S." ends in the abbreviation
            if word in ABBREVIATIONS or INITIALS_RE.fullmatch(word):
                continue
            seg = line[start:m.end()]
            if seg.strip():
                lead = len(seg) - len(seg.lstrip())
                spans.append((line_start + start + lead, line_start + m.end()))
            start = m.end()
        seg = line[start:]
        if seg.strip():
            lead = len(seg) - len(seg.lstrip())
            spans.append((line_start + start + lead, line_start + len(line.rstrip())))
    return spans


class _once(Generic[T]):  # noqa: N801 - used as a decorator, like functools.cached_property
    """functools.cached_property without its lock (Python 3.11 takes one on every first
    access, which costs more than most of the values it guards here)."""

    def __init__(self, func: Callable[[Any], T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: object, owner: type | None = None) -> T:
        if obj is None:
            return self  # type: ignore[return-value]
        value = obj.__dict__[self.name] = self.func(obj)
        return value


@dataclass
class Sentence:
    start: int  # in the cleaned text
    text: str

    def __post_init__(self) -> None:
        self._cues: dict[str, list[Mention]] = {}

    def cues(self, rule: Rule) -> list[Mention]:
        """Where a rule's cues stand in this sentence (computed once per rule).

        The cue "@country" stands for any country name, "@product" for any product.
        """
        got = self._cues.get(rule.id)
        if got is None:
            if rule.cues == ("@country",):
                got = list(self.countries)
            elif rule.cues == ("@product",):
                got = self.products
            else:
                got = self._phrases(rule)
                if got and rule.metric in LEVY_METRICS:  # "after the tariff announcement,
                    got = [m for m in got if not ctx.has(  # the dollar slipped 0.8%"
                        "levy_modifier_nouns", " ".join(self.text[m.end:m.end + 30].split()[:1]))]
            self._cues[rule.id] = got
        return got

    def _phrases(self, rule: Rule) -> list[Mention]:
        """A rule's cue phrases (tried only where one of their anchor words stands)."""
        where = rule.anchors  # (ctx.can_match written out: this runs per sentence and rule)
        if where is not None and where.words.isdisjoint(self.lower_words):
            return []
        text = self.text
        return [Mention(a, b, text[a:b])
                for a, b in ctx.match_at_words(rule.regex, rule.anchors, text, self.vocabulary)]

    def has(self, name: str) -> bool:
        """Whether the sentence holds a word of the [scope] list `name`."""
        return ctx.has_in(name, self.text, self.lower_words)

    @_once
    def words(self) -> list[int]:
        """Start offsets of the words (only sentences with figures ever need them)."""
        return [m.start() for m in WORD_RE.finditer(self.text)]

    def words_between(self, a: int, b: int) -> int:
        """Number of words starting in [a, b): the distance between two spans."""
        if b <= a:
            return 0
        return bisect.bisect_left(self.words, b) - bisect.bisect_left(self.words, a)

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

    @_once
    def status_cues(self) -> list[Mention]:
        """The status words that cue a figure's status: not "effective" as an adjective
        ("the average effective tariff rate"), nor a deal that failed ("failed to reach
        a deal", "outside the trade agreement")."""
        s = self.text
        return [m for m in self.statuses
                if not (m.value == "scheduled" and s[m.start:m.end].lower() == "effective"
                        and not EFFECTIVE_WHEN_RE.match(s, m.end))
                and not (m.value == "agreed"
                         and NO_DEAL_RE.search(s[max(0, m.start - 40):m.start]))]


# ------------------------------------------------------------------------- figures
@dataclass(slots=True)
class Figure:
    """One number the layers found, before it is bound to a metric."""

    start: int
    end: int
    value: float | str
    unit: str
    quantity: str  # percent | money | date | duration
    precision: float | None = None
    kind: str | None = None  # for dates: absolute | yearless | relative | weekday
    hedge: str | None = None
    role: str | None = None  # previous (the X of "from X to Y")
    partner: Figure | None = None  # the other value of a from/to pair


def _figures(sent: Sentence, reference: dt.date | None) -> list[Figure]:
    s = sent.text
    if not DIGIT_RE.search(s) and FIGURE_WORDS.isdisjoint(sent.lower_words):
        return []
    figs: list[Figure] = []
    vocab = sent.vocabulary
    for q in quantities.find_quantities(s, vocab.words if vocab.low is not None else None):
        quantity = "money" if q.kind == "money" else "percent"
        if quantity == "percent" and q.unit != "percent":
            continue  # percentage points and basis points are not rates
        figs.append(Figure(q.start, q.end, q.value, q.unit, quantity, q.precision,
                           hedge=q.hedge))
        if quantity == "percent":  # "fell 6.5 and 8.7 percent": the 6.5 shares the unit
            before = s[: q.start]
            m = SHARED_UNIT_RE.search(before) if before[-1:].isspace() and \
                before.rstrip().endswith(("and", "or")) else None
            if m:
                figs.append(Figure(m.start(1), m.end(1), float(m.group(1)), "percent",
                                   "percent", 10.0 ** -len(m.group(1).partition(".")[2])))
    words = sent.lower_words
    others: list[Figure] = []
    for fr in (numbers.find_fractions(s) if not numbers.fraction_words().isdisjoint(words)
               else ()):
        if FRACTION_OF_RE.match(s, fr.end) and not FRACTION_OF_NOT_RE.match(s, fr.end) \
                and not FRACTION_ORDINAL_RE.search(s[: fr.start]):
            # "roughly a quarter of the steel"; not "the first half of", "half of the 46%"
            hedge = re.search(r"(?:about|around|roughly|nearly|almost|some|over|more than)\s+$",
                              s[: fr.start])
            others.append(Figure(fr.start, fr.end, round(fr.value * 100, 2), "percent",
                                 "percent", 0.01, hedge.group(0).strip() if hedge else None))
    for d in (dates_layer.find_durations(s) if not DURATION_WORDS.isdisjoint(words) else ()):
        others.append(Figure(d.start, d.end, float(d.days), "day", "duration"))
    # a date is a claim only beside a measure word or a rate or amount, and matters to a
    # pause length: elsewhere ("said on Tuesday") reading it is wasted work
    if (figs or others or sent.has("measure_words")) and (
            not DATE_WORDS.isdisjoint(words) or NUMERIC_DATE_RE.search(s)):
        figs.extend(_date_figures(s, reference))
    figs.extend(others)
    figs.sort(key=lambda f: (f.start, -f.end))
    kept: list[Figure] = []
    for f in figs:  # no overlaps: the first, longest wins
        if kept and f.start < kept[-1].end:
            continue
        kept.append(f)
    _mark_changes(s, kept)
    return kept


def _date_figures(s: str, reference: dt.date | None) -> list[Figure]:
    figs: list[Figure] = []
    for d in dates_layer.find_dates(s, reference):
        m = OFFSET_DATE_RE.match(d.text)
        if m:  # "a day before the Aug. 1 deadline": the measure's date is the Aug. 1
            inner = dates_layer.find_dates(d.text[m.end():], reference)
            if inner:
                x = inner[0]
                figs.append(Figure(d.start + m.end() + x.start, d.start + m.end() + x.end,
                                   x.value.isoformat(), "date", "date", kind=x.kind))
            continue
        value = d.value
        around = _words_before(s, d.start, 4) + " " + " ".join(s[d.end:d.end + 20].split()[:1])
        if d.kind == "weekday" and reference is not None and value < reference and \
                BARE_WEEKDAY_RE.fullmatch(d.text) and FUTURE_CUE_RE.search(around) and \
                not PAST_CUE_RE.search(_words_before(s, d.start, 6)):
            value = value + dt.timedelta(days=7 * ((reference - value).days // 7 + 1))
        figs.append(Figure(d.start, d.end, value.isoformat(), "date", "date", kind=d.kind))
    return figs


def _mark_changes(s: str, figs: list[Figure]) -> None:
    """'from 25% to 15%' and 'to 15% from 25%': the old value gets role previous."""
    for a, b in zip(figs, figs[1:], strict=False):
        if a.unit != b.unit or a.quantity != b.quantity:
            continue
        between = s[a.end:b.start]
        if TO_BETWEEN_RE.match(between) and FROM_BEFORE_RE.search(s[: a.start]):
            a.role = "previous"
            a.partner, b.partner = b, a
        elif FROM_BETWEEN_RE.match(between) and re.search(
                r"\b(?:to|at|of)\s+(?:\w+\s+)?$", s[: a.start]):
            b.role = "previous"
            a.partner, b.partner = b, a
        elif UP_DOWN_FROM_RE.match(between):  # "faces a 50% duty, up from 10%"
            b.role = "previous"
            a.partner, b.partner = b, a
        elif CHANGE_TO_RE.match(between) and CHANGE_VERB_RE.search(s[: a.start]):
            a.role = "previous"  # "cut the 5% consumption tax on cars to 3.5%"
            a.partner, b.partner = b, a


# ------------------------------------------------------------------------ document
@dataclass
class Doc:
    """What the whole article says, for figures whose sentence does not."""

    sentences: list[Sentence]
    reference: dt.date | None
    reference_known: bool
    main_country: str | None
    mentions_us: bool
    fentanyl: int  # how often the article names each measure: a prior for unnamed ones
    reciprocal: int
    paused_measures: set[str]
    title_index: int | None
    contexts: dict[tuple[int, bool], str] = field(default_factory=dict)
    context_words: dict[tuple[int, bool], frozenset[str]] = field(default_factory=dict)
    #: (imposer, target, value) of rates the article calls combined: its other mentions of
    #: that value without a measure word are the same cumulative rate
    combined: set[tuple[str | None, str | None, float]] = field(default_factory=set)
    #: the figures whose measure a word next to them names, and those whose measure is
    #: only the article's prior (fentanyl for Canada, Mexico, China), as fig_key()s: not
    #: by id(), which a later sentence's figure may reuse once an earlier one is freed
    named: set[tuple[int, int]] = field(default_factory=set)
    guessed: set[tuple[int, int]] = field(default_factory=set)


def fig_key(i: int, fig: Figure) -> tuple[int, int]:
    """A figure's identity within its article: its sentence and start (figures of a
    sentence never overlap)."""
    return i, fig.start


def _doc(clean: str, spans: list[tuple[int, int]], reference: dt.date | None, known: bool,
         title: str | None) -> Doc:
    sentences = [Sentence(a, clean[a:b]) for a, b in spans]
    counts: Counter[str] = Counter()
    mentions_us = False
    for i, s in enumerate(sentences):
        for m in s.countries:
            if m.value == "US":
                mentions_us = True
            else:
                counts[m.value] += 3 if i == 0 else 1
    if title:
        for m in ctx.find_countries(title):
            if m.value != "US":
                counts[m.value] += 3
    paused: set[str] = set()
    paused_re = ctx.status_regex("paused")
    paused_where = ctx.status_anchors("paused")
    for s in sentences:
        if ctx.can_match(paused_where, s.lower_words) and paused_re.search(s.text):
            paused.update(m.value for m in s.measures)
    low = clean.lower()
    return Doc(
        sentences=sentences, reference=reference, reference_known=known,
        main_country=counts.most_common(1)[0][0] if counts else None,
        mentions_us=mentions_us, fentanyl=low.count("fentanyl"),
        reciprocal=low.count("reciprocal"), paused_measures=paused,
        title_index=0 if sentences else None,
    )


def infer_reference(text: str) -> dt.date:
    """A date to resolve year-less dates against when the publication date is unknown.

    The latest full date the text states, else July 1 of the latest year it names,
    else July 1 of the configured default year (rules/claims.toml [reference]).
    """
    years = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d{2})(?!\d)", text)
             if 1990 <= int(y) <= 2100]
    latest_year = max(years) if years else default_year()
    full = [d.value for d in dates_layer.find_dates(text, None) if d.kind == "absolute"]
    full = [d for d in full if d.year == latest_year]
    if full:
        return max(full)
    return dt.date(latest_year, 7, 1)


# ------------------------------------------------------------------------- binding
EFFECT_CUE_RE = re.compile(
    r"\b(?:until|till|through|by|from|starting|beginning|effective|deadline|take effect|"
    r"takes effect|took effect|taking effect|kick in|kicks in|go into effect|goes into effect|"
    r"went into effect|come into force|comes into force|expire|expires|due|ahead of)\b",
    re.IGNORECASE)
FIGURE_WORDS = frozenset((  # a sentence with no digit and none of these holds no figure
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred thousand million billion trillion half quarter third fifth tenth dozen jan feb mar "
    "apr may jun jul aug sep sept oct nov dec january february march april june july august "
    "september october november december mon tue tues wed thu thur thurs fri sat sun monday "
    "tuesday wednesday thursday friday saturday sunday today tomorrow tonight yesterday day days "
    "week weeks weekend month months year years fortnight midnight noon christmas easter"
).split())
DIGIT_RE = re.compile(r"\d")
DATE_WORDS = frozenset((
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july "
    "august september october november december mon tue tues wed thu thur thurs fri sat sun "
    "monday tuesday wednesday thursday friday saturday sunday today tomorrow tonight yesterday "
    "week weeks weekend month months year years fortnight midnight noon christmas easter day days "
    "next last ago"
).split())
DURATION_WORDS = frozenset("day days week weeks month months year years fortnight".split())
#: "7/9/2025", "2025-07-09", "7/9" (searched for, never matched: the same strings as
#: ``\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\d{1,2}/\d{1,2}``, with the leading digit first so
#: that the engine skips ahead to digits)
NUMERIC_DATE_RE = re.compile(r"\d(?:\d{0,3}[/.\-]\d{1,2}[/.\-]\d{1,4}|\d?/\d{1,2})")
WIRE_DATELINE_RE = re.compile(r"^\s*[A-Z][A-Z .'\-]{2,},?\s*$")
FUTURE_CUE_RE = re.compile(
    r"\b(?:until|till|through|by|from|starting|beginning|effective|deadline|take effect|"
    r"takes effect|kick in|kicks in|go into effect|goes into effect|come into force|due|before|"
    r"will|next|ahead of|deadline)\b", re.IGNORECASE)
BARE_WEEKDAY_RE = re.compile(r"(?:(?:on|this|next|coming)\s+)?[A-Z][a-z]+day", re.IGNORECASE)
PAST_CUE_RE = re.compile(r"\b(?:supposed to|was to|were to|initially|originally|had been|was due|"
                         r"were due|last)\b", re.IGNORECASE)
OFFSET_DATE_RE = re.compile(  # "a day before the Aug. 1 deadline", "90 days from Aug. 1"
    r"^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)[\s-]+"
    r"(?:day|days|week|weeks|month|months)\s+(?:before|after|ahead of|prior to|from)\s+"
    r"(?:the\s+)?", re.IGNORECASE)
CLAUSE_BREAK_RE = re.compile(
    r";|,\s+(?:while|whereas|but|although|though|even as|which has|according to|giving|"
    r"leaving|allowing|letting)\b|\s(?:while|whereas)\s|\s--\s",
    re.IGNORECASE)


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


#: between a change verb and its figure: "rose to", "climbed sharply to about" (a new level)
LEVEL_TO_RE = re.compile(r"^\s*(?:[\w\-]+\s+){0,2}?to\s+(?:about\s+|around\s+|nearly\s+|"
                         r"roughly\s+|some\s+|almost\s+)?$", re.IGNORECASE)


def _nearest_rule(sent: Sentence, fig: Figure, quantity: str,
                  doc: Doc, i: int) -> tuple[Rule, Mention] | None:
    """The cue nearest the figure, in words; of cues as near, the earlier rule's."""
    best: tuple[float, int, Rule, Mention] | None = None
    clause_start, clause_end = clause_bounds(sent.text, fig.start, fig.end)
    for order, rule in _positional_rules(quantity):
        if best is not None and best[0] == 0:
            break  # nothing is nearer, and a later rule does not win a tie
        cues = sent.cues(rule)  # found on first use, then kept for the other figures
        if not cues or rule.requires and not _context_has(doc, i, rule.requires, title=True):
            continue
        for m in cues:
            if rule.side == "right" and m.start >= fig.end and m.start <= clause_end:
                d = sent.words_between(fig.end, m.start)
            elif rule.side == "left" and m.end <= fig.start and m.start >= clause_start:
                d = sent.words_between(m.end, fig.start)
                if rule.metric == "change" and LEVEL_TO_RE.match(sent.text[m.end:fig.start]):
                    continue  # "the tariff rose to 125%": a level, not a change
            else:
                continue
            if d > rule.window:
                continue
            cand = (d, order, rule, m)
            if best is None or cand[:2] < best[:2]:
                best = cand
    return (best[2], best[3]) if best else None


@cache
def _positional_rules(quantity: str) -> tuple[tuple[int, Rule], ...]:
    """The rules with cues left or right of a `quantity` figure, with their order."""
    return tuple((order, rule) for order, rule in enumerate(claim_rules())
                 if rule.quantity == quantity and rule.side != "sentence")


def _sentence_rule(sent: Sentence, quantity: str) -> tuple[Rule, str] | None:
    for rule in claim_rules():
        if rule.quantity == quantity and rule.side == "sentence" and rule.sentence_map:
            m = rule.regex.search(sent.text)
            if m:
                return rule, rule.sentence_map.get(m.group(0).lower(), rule.metric)
    return None


def _rule_by_id(rule_id: str) -> Rule:
    return next(r for r in claim_rules() if r.id == rule_id)


def _context_text(doc: Doc, i: int, title: bool = False) -> str:
    """The sentence with the one before it (and the headline, if asked); built once."""
    key = (i, title)
    got = doc.contexts.get(key)
    if got is None:
        prev = doc.sentences[i - 1].text if i > 0 else ""
        head = doc.sentences[0].text if title and i > 1 else ""
        got = doc.contexts[key] = head + " " + prev + " " + doc.sentences[i].text
    return got


def _context_has(doc: Doc, i: int, name: str, title: bool = False) -> bool:
    """Whether _context_text(doc, i, title) holds a word of the [scope] list `name`."""
    key = (i, title)
    words = doc.context_words.get(key)
    if words is None:
        words = doc.sentences[i].lower_words
        if i > 0:
            words = words | doc.sentences[i - 1].lower_words
        if title and i > 1:
            words = words | doc.sentences[0].lower_words
        doc.context_words[key] = words
    return ctx.has_in(name, _context_text(doc, i, title), words)


def _near(text: str, start: int, end: int, words: int = 4) -> str:
    left = " ".join(text[max(0, start - 90):start].split()[-(words + 2):])
    right = " ".join(text[end:end + 60].split()[:words])
    return left + " | " + right


def _words_before(text: str, pos: int, n: int) -> str:
    """The n words before pos, without splitting the whole text."""
    return " ".join(text[max(0, pos - 15 * n):pos].split()[-n:])


# ---------------------------------------------------------------------- attributes
def _countries_excluding(ms: list[Mention], code: str | None) -> list[Mention]:
    return [m for m in ms if m.value != code]


def _target_mentions(s: str, ms: list[Mention]) -> list[Mention]:
    """Countries standing after on/from/with/to ..., or as adjectives of goods."""
    return [m for m in ms if _target_cued(s, m.start, m.end)]


# The tests below look at a country mention's neighbourhood, which does not change from
# one figure of the sentence to the next: each is computed once per mention (cached).
@lru_cache(maxsize=8192)
def _target_cued(s: str, start: int, end: int) -> bool:
    return bool(TARGET_CUE_RE.search(s[max(0, start - 30): start]) or s[end:end + 6] == "-bound"
                or s[start:end].endswith("-bound"))


@lru_cache(maxsize=8192)
def _imposes(s: str, start: int, end: int) -> bool:
    """"Canada imposed ...", not "between Washington and Beijing imposed"."""
    return bool(IMPOSE_VERB_RE.match(s[end:])
                and not BETWEEN_RE.search(s[max(0, start - 60):start]))


@lru_cache(maxsize=8192)
def _own_levy(s: str, start: int, end: int) -> bool:
    """"China's retaliatory tariffs": the country's own levy, not one it faces."""
    rest = s[end:]
    return bool(LEVY_AFTER_RE.match(rest) and not BEARS_RE.match(rest)
                and not TARGET_CUE_RE.search(s[max(0, start - 30): start]))


@lru_cache(maxsize=4096)
def _retaliation(s: str) -> bool:
    """A retaliation word in the sentence, not negated ("would not retaliate")."""
    return any(not ctx.NEGATED_RE.search(s[max(0, m.start() - 20):m.start()])
               for m in RETALIATION_RE.finditer(s))


@lru_cache(maxsize=8192)
def _goods_of(s: str, end: int) -> bool:
    """"Korean cars", "Japan's tariffs", "Brazil faces": the country the goods are from."""
    rest = s[end:]
    return bool(GOODS_AFTER_RE.match(rest) or LEVY_AFTER_RE.match(rest) or BEARS_RE.match(rest))


@lru_cache(maxsize=8192)
def _commented(s: str, start: int) -> bool:
    return bool(COMMENT_RE.search(s[max(0, start - 40):start]))


@lru_cache(maxsize=8192)
def _weakly_cued(s: str, start: int) -> bool:
    return bool(WEAK_TARGET_RE.search(s[max(0, start - 20):start]))


def _possessive_or_subject(s: str, ms: list[Mention]) -> list[Mention]:
    return [m for m in ms if POSSESSIVE_RE.match(s[m.end:]) or SUBJECT_VERB_RE.match(s[m.end:])]


IMPOSE_VERB_RE = re.compile(
    r"^\s*(?:(?:has|have|had|will|would|is|was|also|then|quickly|swiftly|later|itself|plans to|"
    r"began|begins|started|starts|will start|will begin|is set to|has begun|"
    r"said it would|said it will|vowed to|moved to|decided to)\s+)*"
    r"(?:imposed|imposes|impose|imposing|slapped|slaps|levied|levies|levy|levying|retaliated|"
    r"retaliates|charging|collecting|collects|applying|apply|"
    r"hit back|struck back|responded|announced|raised|raises|hiked|increased|lowered|lowers|cut|"
    r"cuts|reduced|set (?:a|an|its|new|higher|tariffs?)|placed|charges|charged|introduced|unveiled|"
    r"doubled|tripled|kept|cap|caps|capped|capping|"
    r"maintained|removed|dropped|scrapped|lifted|suspended|paused|extended|will drop|applied|"
    r"applies|threatened|threatens|countered|matched)\b",
    re.IGNORECASE,
)
LEVY_AFTER_RE = re.compile(
    r"^(?:'s|’s)?\s+(?:[\w\-%.]+\s+){0,3}?(?:tariffs?|duties|duty|levy|levies|counter-tariffs?|"
    r"import taxes|rate|rates)\b", re.IGNORECASE)
GOODS_AFTER_RE = re.compile(
    r"^\s+(?:[\w\-]+\s+){0,2}?(?:goods|products|imports|exports|shipments|items|made|"
    r"-made|cars|autos|vehicles|steel|companies|firms|producers|manufacturers|exporters|"
    r"automakers|origin)\b", re.IGNORECASE)
BEARS_RE = re.compile(  # "Taiwan faces 32%": the subject of face/pay is hit, not hitting
    r"^(?:'s|’s)?,?\s+(?:(?:which|who|that)\s+)?"  # "Taiwan, which faces a 32% tariff"
    r"(?:(?:will|would|now|still|also|already|has|have|had|is|are|was|were)\s+)*"
    r"(?:face|faces|faced|facing|pay|pays|paid|paying|gets|got|get|drew|draws|received|receives|"
    r"hit with|be hit|secured|secures|won|wins|at)\b", re.IGNORECASE)
#: "the truce between Washington and Beijing was extended": a pair, not a subject
BETWEEN_RE = re.compile(r"\bbetween\s+(?:[\w.'’\-]+\s+){0,3}?(?:and\s+)?$", re.IGNORECASE)
RETALIATION_RE = re.compile(r"\b(?:retaliat\w*|counter-?tariffs?|countermeasures?|hit back|"
                            r"struck back|in response|responded)\b", re.IGNORECASE)


def _levy_parties(sent: Sentence, fig: Figure, metric: str, doc: Doc,
                  i: int) -> tuple[str | None, str | None]:
    """Imposer and target of a tariff (or tax) figure.

    The US is the imposer unless the sentence says otherwise: a country as the
    subject of an imposing verb ("Canada imposed", "Beijing hit back with"), or a
    country's own levy in a retaliation ("China's retaliatory tariffs") or on named
    US goods ("Canada's tariffs on American steel").
    """
    s, ms = sent.text, sent.countries
    lo, hi = clause_bounds(s, fig.start, fig.end)
    clause = [m for m in ms if lo <= m.start < hi] or ms
    if metric == "tax_rate":  # a tax is levied at home
        own = clause[0].value if clause else (_from_neighbours(doc, i, None) or doc.main_country)
        tgt = next((m.value for m in _target_mentions(s, clause) if m.value != own), None)
        return own, tgt
    imposer: str | None = None
    before = [m for m in clause if m.end <= fig.start]
    subjects = [m for m in before if _imposes(s, m.start, m.end)]
    if subjects:
        imposer = subjects[-1].value
    own_levy = [m for m in clause if _own_levy(s, m.start, m.end)]
    retaliation = _retaliation(s)
    if imposer is None:
        for m in own_levy:
            named_target = any(t.value != m.value for t in _target_mentions(s, clause)
                               if t.start > m.end)
            if m.value == "US" or retaliation or named_target:
                imposer = m.value
                break
    if imposer is None and retaliation:
        others = [m.value for m in clause if m.value != "US"]
        imposer = others[0] if others else (doc.main_country or None)
    if imposer is None:
        imposer = "US"
    return imposer, _levy_target(sent, fig, imposer, clause, doc, i)


def _from_neighbours(doc: Doc, i: int, exclude: str | None) -> str | None:
    for j in (i - 1, doc.title_index):
        if j is None or j < 0 or j == i:
            continue
        for m in doc.sentences[j].countries:
            if m.value != exclude:
                return m.value
    return None


#: an appended comment on whom the news helps or hurts: ", a relief for German carmakers"
COMMENT_RE = re.compile(r",\s+(?:a|an)\s+(?:\w+\s+){0,2}?(?:relief|blow|boost|win|loss|setback|"
                        r"victory|headache)\s+(?:for|to)\s+(?:the\s+)?$", re.IGNORECASE)

#: prepositions that name a country beside the goods, not the one the levy hits
WEAK_TARGET_RE = re.compile(r"\b(?:with|in|toward|towards)\s+(?:the\s+)?$", re.IGNORECASE)


#: a group of partners that is neither one country nor all of them ("roughly 60 partners",
#: "dozens of countries"): the target stays unset, and no fallback guesses one
PARTNER_GROUP_RE = re.compile(
    r"\b(?:(?:roughly|about|around|some|nearly|almost|more than|over|at least)\s+)?"
    r"(?:\d+|dozens of|a dozen|several|many|a handful of|scores of)\s+"
    r"(?:trading\s+)?(?:partners|countries|nations|economies)\b", re.IGNORECASE)
# ("together with those for dozens of other partners" names others beside the target)
GROUP = ""  # _levy_target's answer for such a group; becomes None after the fallbacks


def _levy_target(sent: Sentence, fig: Figure, imposer: str | None, clause: list[Mention],
                 doc: Doc, i: int) -> str | None:
    s = sent.text
    ms = _countries_excluding(clause, imposer)
    adjacent = [m for m in ms if m.end <= fig.start and sent.words_between(m.end, fig.start) <= 1
                and not re.match(r"\s+(?:and|or)\s", s[m.end:fig.start])]  # "Mexico and 10% on"
    if adjacent:  # "Japan 24%", "Vietnam at 46%"
        return adjacent[-1].value
    named = [m for m in ms if not _commented(s, m.start)]
    goods = [m for m in named if _goods_of(s, m.end)]
    cued = _target_mentions(s, named)
    strong = [m for m in cued if not _weakly_cued(s, m.start)]
    targeted = (strong + goods) or cued  # "Korean cars ... on a par with Japanese rivals": KR
    if targeted:
        return min(targeted, key=lambda m: abs(m.start - fig.start)).value
    before = [m for m in ms if m.end <= fig.start]
    if before:
        return before[-1].value
    if ms:
        return ms[0].value
    others = _countries_excluding(sent.countries, imposer)
    if others:
        return others[0].value
    wide = _partner_groups(s)
    if wide:  # "on nearly every country" vs "for roughly 60 partners": the nearer one
        return min(wide, key=lambda w: min(abs(w[0] - fig.end), abs(fig.start - w[1])))[2]
    if i > 0:
        prev = _countries_excluding(doc.sentences[i - 1].countries, imposer)
        if prev:
            return prev[0].value
    return None


@lru_cache(maxsize=1024)
def _partner_groups(s: str) -> list[tuple[int, int, str]]:
    """(start, end, "*" or GROUP) of the phrases naming every partner or a group of them."""
    return [(m.start(), m.end(), "*") for m in ALL_PARTNER_RE.finditer(s)] + [
        (m.start(), m.end(), GROUP) for m in PARTNER_GROUP_RE.finditer(s)]


def _levy_target_fallback(target: str | None, imposer: str | None, product: str | None,
                          doc: Doc) -> str | None:
    """Past the sentence: a Section 232 product hits everyone; else the article's country."""
    if target is not None:
        return target
    if product and product in ctx.section_232_products():
        return "*"
    if doc.main_country and doc.main_country != imposer:
        return doc.main_country
    return None


def _country_list(s: str, ms: list[Mention]) -> list[Mention]:
    """The last run of countries written as a list ("India, Germany and Malaysia")."""
    run = [ms[-1]]
    for m in reversed(ms[:-1]):
        if re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)", s[m.end:run[0].start]):
            run.insert(0, m)
        else:
            break
    return run


def _flow_parties(sent: Sentence, fig: Figure, metric: str, doc: Doc, i: int,
                  figs: list[Figure] = ()) -> tuple[str | None, str | None]:
    s, ms = sent.text, sent.countries
    if metric in {"revenue", "subsidy", "other_amount"}:  # one party: who collects or pays
        own = ms[0].value if ms else None
        if own is None and i > 0 and doc.sentences[i - 1].countries:
            own = doc.sentences[i - 1].countries[0].value
        return own or doc.main_country or ("US" if doc.mentions_us else None), None
    lo, hi = clause_bounds(s, fig.start, fig.end)
    if metric in {"share", "change"}:
        near = [m for m in ms if lo <= m.start and m.end <= fig.start
                and not TARGET_CUE_RE.search(s[max(0, m.start - 30): m.start])]
        of = OF_POSSESSIVE_RE.match(s[fig.end:])
        owned = [m for m in ms if of and m.start == fig.end + of.end()
                 and POSSESSIVE_RE.match(s[m.end:])]
        if metric == "share" and owned:  # "The US takes 40% of India's shrimp exports"
            owner = owned[0].value
            others = [m.value for m in _target_mentions(s, ms) if m.value != owner] + [
                m.value for m in ms if lo <= m.start < hi and m.value != owner]
            if not others and doc.mentions_us and owner != "US":
                others = ["US"]
            return owner, (others[0] if others else None)
        if near:
            listed = _country_list(s, near)
            same = [f for f in figs if f.quantity == fig.quantity and f.start > listed[-1].end]
            # "India, Germany and Malaysia ... 9.7%, 5.5%": the i-th figure is the i-th country's
            if len(listed) >= 2 and fig in same and same.index(fig) < len(listed):
                owner = listed[same.index(fig)].value
            else:
                poss_near = [m for m in near if POSSESSIVE_RE.match(s[m.end:])]
                owner = (poss_near or near)[-1].value
            tgt = [m.value for m in _target_mentions(s, ms) if m.value != owner]
            tgt = tgt or [m.value for m in near if m.value != owner]
            if metric == "share":  # "Canada supplies a quarter of the steel the US imports"
                tgt = tgt or [m.value for m in ms if fig.end <= m.start < hi
                              and m.value != owner]
            return owner, (tgt[0] if tgt else None)
    if metric in {"investment", "purchase"}:  # pledges: a partner invests in or buys from the US
        foreign = [m.value for m in ms if m.value != "US"]
        if not foreign and i > 0:
            foreign = [m.value for m in doc.sentences[i - 1].countries if m.value != "US"]
        owner = foreign[0] if foreign else doc.main_country
        explicit = [m.value for m in _target_mentions(s, ms) if m.value != owner]
        tgt = explicit[0] if explicit else ("US" if doc.mentions_us and owner != "US" else None)
        return owner, tgt
    targeted_all = _target_mentions(s, ms)
    before = [m for m in ms if lo <= m.start and m.end <= fig.start and m not in targeted_all]
    imposer = None
    if before:
        nearest = before[-1]
        pronoun = OWN_PRONOUN_RE.search(s[nearest.end:fig.start])
        if not pronoun:  # "South Korea ran a $66 billion surplus", "the US deficit with India"
            imposer = nearest.value
    if imposer is None:
        after_poss = [m for m in ms if m.start >= fig.end and POSSESSIVE_RE.match(s[m.end:])
                      and m not in targeted_all]
        imposer = after_poss[0].value if after_poss and not before else None
    targeted = [m for m in targeted_all if m.value != imposer]
    target = targeted[0].value if targeted else None
    owners = [m for m in ms if m not in targeted_all and m.value not in (target, imposer)]
    if target is None and imposer is not None and owners:
        target = owners[0].value
    if imposer is None:
        if re.search(r"\b(?:the country|its|the nation)\b", s, re.IGNORECASE) or i > 0:
            ps = doc.sentences[i - 1] if i > 0 else None
            prev_t = {id(m) for m in _target_mentions(ps.text, ps.countries)} if ps else set()
            prev = [m for m in (ps.countries if ps else [])
                    if m.value != target and id(m) not in prev_t] or [
                m for m in (ps.countries if ps else []) if m.value != target]
            imposer = prev[0].value if prev else None
            if imposer == "US" and doc.main_country not in (None, target):
                imposer = doc.main_country  # the article's country, not a stray "US"
        if imposer is None and metric == "trade_deficit" and target != "US":
            imposer = "US"  # in this news, the deficit is America's
        if imposer is None:
            imposer = doc.main_country if doc.main_country != target else None
    if target is None and metric in {"trade_surplus", "trade_deficit", "investment", "purchase"}:
        others = [m.value for m in ms if m.value != imposer]
        if others:
            target = others[0]
        elif i > 0:
            prev_t = _target_mentions(doc.sentences[i - 1].text, doc.sentences[i - 1].countries)
            target = prev_t[0].value if prev_t else None
        if target is None and imposer != "US" and doc.mentions_us:
            target = "US"
        if target is None and imposer == "US" and doc.main_country:
            target = doc.main_country
    if target == imposer:
        target = None
    return imposer, target


#: "40% of India's ...", "a fifth of the country's ...": the share belongs to that country
OF_POSSESSIVE_RE = re.compile(r"\s+of\s+(?:the\s+)?", re.IGNORECASE)

#: a comma after a product that still describes it ("cars, which have paid 27.5%")
RELATIVE_AFTER_RE = re.compile(r"\s*,\s*(?:which|that|who|already|now|currently|still|"
                               r"hit|facing|subject|taxed)\b", re.IGNORECASE)


#: between an amount and the goods it buys or ships: "$100 billion (worth) of US energy"
MONEY_OF_RE = re.compile(r"\s+(?:worth\s+)?(?:of|in)\s+(?:[\w'’\-]+\s+){0,2}$", re.IGNORECASE)

#: a subject, its relative clause, then the verb of the figure: ", which ..., will be charged "
RELATIVE_SUBJECT_RE = re.compile(r",\s*(?:which|that|who)\b[^,;]*,\s*(?:[\w'’\-]+\s+){0,4}$",
                                 re.IGNORECASE)


#: a rate's scope named after its verb: "applied to autos", "will also apply to chips"
APPLIED_TO_RE = re.compile(r"\b(?:appl(?:y|ies|ied|ying)|extend(?:s|ed|ing)?|cover(?:s|ed|ing)?)"
                           r"\s+(?:to\s+)?(?:(?:the|all|imported|foreign)\s+)?", re.IGNORECASE)


def _list_head(s: str, prods: list[Mention], i: int) -> Mention:
    """The first product of the coordinated list that prods[i] ends ("steel, aluminum and
    copper"): gold and readers name a list by its head."""
    while i > 0 and LIST_JOIN_RE.fullmatch(s[prods[i - 1].end:prods[i].start]):
        i -= 1
    return prods[i]


#: the end of a list before its last item: ", transmissions and other "
LIST_TAIL_RE = re.compile(r",[^,]*\b(?:and|or)\s+(?:[\w'’\-]+\s+)?$", re.IGNORECASE)
LIST_JOIN_RE = re.compile(r"\s*(?:,|,?\s+and|,?\s+or|&|/)\s*", re.IGNORECASE)


def _product(sent: Sentence, fig: Figure, cue: Mention | None, levy: bool,
             figs: list[Figure]) -> str | None:
    s = sent.text
    prods = sent.products
    if not prods:
        return None
    anchors = [fig.end] + ([cue.end] if cue is not None else [])
    for a in anchors:  # "... tariffs on (certain) automobiles", "25% on Canadian energy"
        m = ON_GOODS_RE.match(s[a:])
        if m:
            for p in prods:
                if p.start >= a and p.start <= a + m.end() + 1 and (
                        "," not in s[a:p.start] or LIST_TAIL_RE.search(s[a:p.start])):
                    return p.value  # commas only inside a list: "on engines, ... and auto parts"
    if levy:  # "the 15% rate ... has not yet been applied to autos"
        c_hi = clause_bounds(s, fig.start, fig.end)[1]
        m = APPLIED_TO_RE.search(s, fig.end, c_hi)
        if m and sent.words_between(fig.end, m.start()) <= 12 and not any(
                fig.end <= f.start < m.start() for f in figs if f.quantity == fig.quantity):
            hit = [p for p in prods if m.end() <= p.start <= m.end() + 2]
            if hit:
                return hit[0].value
    if not levy:  # a flow or a pledge: the nearest sector named in the sentence, unless
        own = [p for p in prods if not any(  # another amount buys it ("$750bn of energy")
            f is not fig and f.quantity == "money" and f.end <= p.start
            and MONEY_OF_RE.match(s[f.end:p.start]) for f in figs)]
        if not own:
            return None
        return min(own, key=lambda p: sent.words_between(p.end, fig.start) if p.end <= fig.start
                   else sent.words_between(fig.end, p.start)).value
    rel = RELATIVE_SUBJECT_RE.search(s[:fig.start])
    if rel:  # "Korean cars, which have faced a 25% duty since April, will be charged 15%"
        subject = [p for p in prods if p.end <= rel.start()
                   and sent.words_between(p.end, rel.start()) == 0]
        if subject:
            return subject[-1].value
    before_limit = max((f.end for f in figs if f.end <= fig.start and f is not fig
                        and f.quantity == fig.quantity), default=0)
    on_phrase = re.match(r"\s*(?:on|for|against)\s+(?:[\w'’\-]+\s+){0,4}[\w'’\-]+",
                         s[before_limit:], re.IGNORECASE) if before_limit else None
    if on_phrase:  # "10% on energy products and 25% on ...": energy is the 10%'s
        before_limit += on_phrase.end()
    c_lo = clause_bounds(s, fig.start, fig.end)[0]
    before = [p for p in prods if max(before_limit, c_lo) <= p.start and p.end <= fig.start
              and sent.words_between(p.end, fig.start) <= 8
              and not any(f.quantity == "money" and f.end <= p.start and MONEY_OF_RE.match(
                  s[f.end:p.start]) for f in figs)  # "$100 billion of US energy"
              and ("," not in s[p.end:fig.start] or RELATIVE_AFTER_RE.match(s[p.end:]))]
    if before:
        return _list_head(s, prods, prods.index(before[0])).value
    head = _list_head(s, prods, 0)
    last = max((p for p in prods if p.end <= fig.start), key=lambda p: p.end, default=None)
    if last is not None and s[:head.start].strip(" \"“'").lower() in ("", "the") \
            and _list_head(s, prods, prods.index(last)) is head and before_limit <= head.start \
            and c_lo <= head.start \
            and not any(m.start > last.end and m.end <= fig.start for m in sent.countries):
        return head.value  # "Steel, aluminum and copper ... keep their 50% duties"
    earlier = {p.value for p in prods if p.end <= fig.start and p.start >= max(before_limit, c_lo)
               and re.search(r"(?:^|\b(?:for|on|to|against|covering|including)\s+"
                             r"(?:[\w'’\-]+\s+)?)$", s[:p.start], re.IGNORECASE)}
    if len(earlier) == 1 and len({p.value for p in prods}) == 1:
        return earlier.pop()  # "For pharmaceutical products, ... a tariff of 200%"
    return None


#: a penalty named as a further, separate step ("25% tariff on India, threatens penalty")
SEPARATE_PENALTY_RE = re.compile(r"\b(?:threat\w*|plus|warn\w*|also|and (?:an?|the)|"
                                 r"could|may|might|would)\s+(?:\w+\s+){0,2}?(?:penalt|punish)",
                                 re.IGNORECASE)

#: a measure word right after a figure belongs to it ("the 10 percent baseline"), so it says
#: nothing about the figures of the next sentence
OWNED_BEFORE_RE = re.compile(r"\d(?:[\d.,]*)\s*(?:%|percent|per cent|pct)\s+(?:[\w\-]+\s+)?$",
                             re.IGNORECASE)

#: measures only Washington applies: another country's levy on the US under one of these
#: names ("matching the US reciprocal rate") is its retaliation
US_MEASURES = frozenset({"reciprocal", "fentanyl", "section_232", "section_301", "baseline"})


def _measure(sent: Sentence, fig: Figure, cue: Mention | None, doc: Doc, i: int,
             imposer: str | None, target: str | None, product: str | None,
             figs: list[Figure] = ()) -> str | None:
    m = _measure_named(sent, fig, cue, doc, i, imposer, target, product, figs)
    if m in US_MEASURES and imposer not in (None, "US") and target == "US":
        return "retaliatory"
    return m


def _measure_named(sent: Sentence, fig: Figure, cue: Mention | None, doc: Doc, i: int,
                   imposer: str | None, target: str | None, product: str | None,
                   figs: list[Figure] = ()) -> str | None:
    ms = sent.measures
    lo = fig.start
    hi = max(fig.end, cue.end if cue else fig.end)
    if cue is not None:
        lo = min(lo, cue.start)
    c_lo, c_hi = clause_bounds(sent.text, fig.start, fig.end)
    local = [m for m in ms if c_lo <= m.start < c_hi
             and ((m.end <= lo and sent.words_between(m.end, lo) <= 3)
                  or (m.start >= lo and m.start <= hi + 2))
             and not any(f is not fig and (
                 min(m.end, fig.end) <= f.start < max(m.start, fig.start)
                 or (f.end <= m.start < fig.start and sent.words_between(f.end, m.start) <= 2))
                 for f in figs)]
    if local:
        doc.named.add(fig_key(i, fig))
        return min(local, key=lambda m: min(abs(m.start - fig.start), abs(m.end - fig.start))).value
    if imposer == "US" and product in ctx.section_232_products():
        return "section_232"
    # the figure's own stretch of the clause, between its neighbouring rates
    others = [f for f in figs if f is not fig and f is not fig.partner
              and f.quantity == fig.quantity]
    seg_lo = max([c_lo] + [f.end for f in others if f.end <= fig.start])
    seg_hi = min([c_hi] + [f.start for f in others if f.start >= fig.end])
    seg = sent.text[seg_lo:seg_hi]
    if ctx.has("penalty_words", seg) and not SEPARATE_PENALTY_RE.search(seg):
        return None  # "an additional 25% duty, a penalty for buying Russian oil"

    if imposer == "US" and target == "*" and product in (None, "all") \
            and fig.quantity == "percent":
        return "baseline"  # "a 10% duty on nearly all imports": the universal rate

    def owned(m: Mention) -> bool:  # "the 10 percent baseline": that measure is the 10%'s
        return any(f is not fig and f.quantity in ("percent", "money") and (
            (f.end <= m.start and sent.words_between(f.end, m.start) <= 2)
            or (m.end <= f.start and sent.words_between(m.end, f.start) <= 1)) for f in figs)

    distinct = {m.value for m in ms if m.value != "fta" and not owned(m)}
    if len(distinct) == 1:
        return distinct.pop()
    if not distinct:
        for j in (i - 1, doc.title_index):
            if j is None or j < 0 or j == i:
                continue
            ps = doc.sentences[j].text
            prev = {m.value for m in doc.sentences[j].measures if m.value != "fta"
                    and not OWNED_BEFORE_RE.search(ps[max(0, m.start - 30):m.start])}
            if len(prev) == 1:
                return prev.pop()
    if imposer == "US" and target == "*" and product in (None, "all"):
        return "baseline"
    if imposer == "US" and target in {"CA", "MX", "CN"} and doc.fentanyl >= max(1, doc.reciprocal):
        doc.guessed.add(fig_key(i, fig))  # the article's prior: checked again once all are read
        return "fentanyl"
    if imposer not in (None, "US") and target == "US":
        return "retaliatory"
    if imposer == "US" and target not in (None, "*") and product in (None, "all"):
        return "reciprocal"
    return None


#: an apposition that spells the rate out as a sum: "27.5% ..., the 25% duty plus the levy"
SUM_AFTER_RE = re.compile(r"[^.;]{0,40}?,\s*(?:the\s+|a\s+)?\d[\d.]*\s*(?:%|percent|per cent|pct)"
                          r"[^,;.]{0,60}?\b(?:plus|and the|on top of which)\b", re.IGNORECASE)


#: "vehicles will be covered by the same 15% rate": the general (all-in) rate extended to a
#: sector, not that sector's own Section 232 rate
SAME_RATE_RE = re.compile(r"\bthe same\s+$", re.IGNORECASE)

#: "total" as a verb ("might total 200%", "to total $5 billion"): an amount, not a sum
TOTAL_VERB_RE = re.compile(r"\b(?:might|could|would|will|may|can|to|could\s+eventually)\s+"
                           r"total\b", re.IGNORECASE)


def _combined(sent: Sentence, fig: Figure, figs: list[Figure]) -> bool:
    """Whether the text calls the rate cumulative ("a combined 45%", "the total tariff ...
    from 25% to 50%", "50% in total"): a combined word in the clause, at most 12 words before
    the figure (or its change partner) with no other rate in between, or right after it."""
    s = sent.text
    if not (sent.has("combined_words") or sent.has("combined_after")
            or sum(f.quantity == "percent" for f in figs) > 1):
        return False  # nothing to read here (a sum spelled out needs a second rate)
    anchor = fig.start
    if fig.partner is not None and fig.partner.end <= fig.start:
        anchor = fig.partner.start
    lo, hi = clause_bounds(s, fig.start, fig.end)
    lo = max([lo] + [f.end for f in figs if f.end <= anchor and f is not fig
                     and f is not fig.partner and f.quantity == "percent"])
    words = list(NONSPACE_RE.finditer(s[lo:anchor]))
    if len(words) > 12:
        lo += words[-12].start()
    after = " ".join(s[fig.end:hi].split()[:3])
    before = TOTAL_VERB_RE.sub(" ", s[lo:anchor])  # "a tariff that might total 200%"
    return ctx.has("combined_words", before) \
        or bool(ctx.scope_regex("combined_after").match(after)) \
        or bool(SUM_AFTER_RE.match(s, fig.end, hi))  # "27.5%, the 25% duty plus the levy"


#: a plan called off: "instead of raising it to 30%", "rather than imposing 50%"
AVERTED_RE = re.compile(r"\b(?:instead of|rather than)\s+\w+ing\b[^,;.]*$", re.IGNORECASE)

#: what follows "effective" when it dates a measure: "effective Aug. 1", "effective from
#: Thursday", "effective immediately"
EFFECTIVE_WHEN_RE = re.compile(
    r"\s+(?:from|on|as of|immediately|at|since|midnight|today|tomorrow|next|this|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|\d)",
    re.IGNORECASE)

#: decisions told in the past tense ("raised", "imposed") that may still be due later
CHANGE_DONE_RE = re.compile(r"^(?:raised|cut|lowered|reduced|hiked|doubled|increased|slashed|"
                            r"imposed|levied|set)$", re.IGNORECASE)
#: what introduces the day a measure starts: "effective March 12", "from Aug. 1"
STARTS_ON_RE = re.compile(r"\b(?:effective|from|starting|beginning|as of)\s+(?:on\s+)?$",
                          re.IGNORECASE)

#: present-tense cues that say a rate applies to someone, not that it is in force yet
PRESENT_FACE_RE = re.compile(r"^(?:face|faces|facing|hit|hits|apply|applies|pay|pays|paying)$",
                             re.IGNORECASE)

#: words before an agreement cue that say there is no new deal
NO_DEAL_RE = re.compile(r"\b(?:fail\w*|without|no|not|yet to|outside|absence of|collapse\w*|"
                        r"before|unless|if|existing|free|negotiat\w*|seek\w*|sought|hop\w*|"
                        r"pursu\w*|aim\w*|try|trying|tries|attempt\w*|work\w* toward\w*|"
                        r"to reach|to strike|to secure|to clinch)\b[\w\s'’-]*$", re.IGNORECASE)
# ("to negotiate a deal", "hoping for an agreement": a deal sought is no deal made)


def _status_quo(s: str, fig: Figure) -> bool:
    """'have paid 27.5% since April': the figure is what holds until some change."""
    return bool(SINCE_RE.match(s, fig.end)
                and SINCE_BEFORE_RE.search(s[max(0, fig.start - 50):fig.start]))


def _status(sent: Sentence, fig: Figure, doc: Doc, measure: str | None,
            metric: str, figs: list[Figure] = ()) -> str | None:
    """Nearest status cue in the clause; 'previous' cues only bind the next figure."""
    if fig.role == "previous":
        return "previous"
    if metric in LEVY_METRICS and AVERTED_RE.search(sent.text[max(0, fig.start - 60):fig.start]):
        # "instead of raising it to 30%": called off
        return "paused" if sent.has("pause_words") else "proposed"
    pm = PREV_AFTER_RE.match(sent.text[fig.end:fig.end + 80])
    if pm and not any(fig.end <= f.start < fig.end + pm.end() for f in figs if f is not fig):
        return "previous"  # "the 46% rate Washington had set in April" (not "to 25% from
        # the 24% announced in April": that cue is the 24%'s)
    if _status_quo(sent.text, fig) and SINCE_AFTER_RE.match(sent.text[fig.end:fig.end + 120]) \
            and any(f.start > fig.end and f.quantity == fig.quantity for f in figs):
        return "previous"  # "which have paid 27.5% since April, will fall under the 15%"
    best: tuple[int, str] | None = None
    best_text: str | None = None
    deal = False  # an agreement named anywhere in the clause ("under an agreement announced")
    c_lo, c_hi = clause_bounds(sent.text, fig.start, fig.end)
    for m in sent.status_cues:
        if m.value == "agreed":
            deal = deal or c_lo <= m.start < c_hi
        if m.end <= fig.start:
            d = sent.words_between(m.end, fig.start)
            if m.value == "previous" and (d > 3 or any(
                    m.end <= f.start < fig.start for f in figs if f is not fig)):
                continue
            if d <= 8 and (best is None or d < best[0]):
                best, best_text = (d, m.value), sent.text[m.start:m.end]
        elif m.start >= fig.end and m.value != "previous":
            d = sent.words_between(fig.end, m.start)
            if d <= 6 and (best is None or d + 1 < best[0]):
                best, best_text = (d + 1, m.value), sent.text[m.start:m.end]
    future = [f for f in figs if f.quantity == "date" and str(f.value) > doc.reference.isoformat()
              ] if doc.reference_known and doc.reference is not None else []
    if best and best[1] == "in_effect" and future and metric in LEVY_METRICS and (
            PRESENT_FACE_RE.search(best_text or "") or (
                CHANGE_DONE_RE.search(best_text or "") and any(
                    STARTS_ON_RE.search(sent.text[max(0, f.start - 25):f.start])
                    for f in future))):
        return "scheduled"  # "Brazil faces a 50% tariff from Aug. 1", "raised steel tariffs
        # to 25% ..., effective March 12", said before that day
    if best and not (best[1] == "scheduled" and deal):
        return best[1]
    if metric not in LEVY_METRICS:
        return best[1] if best else None
    if deal:
        return "agreed"  # a rate a deal sets stays agreed until a source says it took effect
    if future:
        return "scheduled"  # "a 26% levy from April 9", said before April 9
    if measure and measure in doc.paused_measures:
        return "paused"
    if measure in {"section_232", "baseline", "fentanyl"}:
        return "in_effect"
    return None


# -------------------------------------------------------------------------- engine
#: between a cue and its figure, words that make the two read as separate phrases
QUOTE_BREAK_RE = re.compile(r"\b(?:and|or|while|but)\b|[,;]", re.IGNORECASE)


def _quote_span(fig: Figure, cue: Mention | None, figs: list[Figure],
                text: str = "") -> tuple[int, int]:
    """The figure with its cue ("25 percent duties"); the figure alone when they are apart."""
    if cue is None or any(f is not fig and (min(cue.end, fig.end) <= f.start < max(cue.start,
                                                                                   fig.start)
                                            or min(cue.start, fig.start) <= f.start
                                            < max(cue.end, fig.end))
                          for f in figs):
        return fig.start, fig.end  # another figure between them: the cue is its, not ours
    near = min(abs(fig.start - cue.end), abs(cue.start - fig.end))
    if any(f is not fig and min(abs(f.start - cue.end), abs(cue.start - f.end)) < near
           for f in figs):
        return fig.start, fig.end  # "50% duty, up from 10%": "duty" is the 50%'s
    if QUOTE_BREAK_RE.search(text[min(cue.end, fig.end):max(cue.start, fig.start)]):
        return fig.start, fig.end  # "Mexico and 10% on China": the cue is not the 10%'s words
    a, b = min(fig.start, cue.start), max(fig.end, cue.end)
    if b - a > 120:  # a far cue makes an unreadable quote: keep the figure alone
        return fig.start, fig.end
    return a, b


def _bind(sent: Sentence, fig: Figure, figs: list[Figure],
          bound: dict[int, tuple[str, Rule, Mention | None]], rejected: set[int],
          doc: Doc, i: int) -> tuple[str, Rule, Mention | None] | None:
    """Metric, rule and cue for a money or percent figure, or None when out of scope."""
    s = sent.text
    near = _near(s, fig.start, fig.end)
    if ctx.has("near_exclude", near):
        rejected.add(id(fig))
        return None
    prior = [f for f in figs if f.end <= fig.start and f.quantity == fig.quantity]
    if prior and id(prior[-1]) in rejected and re.search(r"\bto\b", s[prior[-1].end:fig.start]):
        rejected.add(id(fig))  # "from $80 per barrel ... to the $60 range"
        return None
    if fig.partner is not None and id(fig.partner) in bound:
        return bound[id(fig.partner)]  # "15%, down from 27.5%": one metric for both
    hit = _nearest_rule(sent, fig, fig.quantity, doc, i)
    if hit is not None:
        rule, cue = hit
        if rule.metric in LEVY_METRICS or _context_has(doc, i, "trade_words"):
            return rule.metric, rule, cue
    # an enumeration goes on: "... fell 29.9 percent, peripherals 23.3 percent"
    prev = [f for f in figs if f.end <= fig.start and id(f) in bound
            and f.quantity == fig.quantity]
    if prev:
        return bound[id(prev[-1])]
    if fig.quantity == "money":
        hit2 = _sentence_rule(sent, "money")
        if hit2 is not None:
            return hit2[1], hit2[0], None
        if sent.has("trade_words"):
            return "other_amount", _rule_by_id("money-sentence"), None
    return None


def extract_article(article: Article) -> list[Claim]:
    """All claims of one article (pure: reads only the article and the rule files)."""
    clean = article.clean if article.clean is not None else CleanText.identity(article.text)
    text = clean.text
    known = article.published is not None
    reference = article.published if known else infer_reference(article.text)
    spans = split_sentences(text)
    doc = _doc(text, spans, reference, known, article.title)
    as_of = article.published.isoformat() if article.published else None
    claims: list[Claim] = []
    bare: list[tuple[Claim, bool]] = []  # (claim, its sentence names no measure)
    inherit: list[tuple[Claim, Claim]] = []  # (date, the rate whose date it is)
    named_rates: list[Claim] = []  # rates whose measure the text names next to them
    guessed_rates: list[Claim] = []  # rates whose measure is only the article's prior
    status_quo: list[Claim] = []  # "have paid 27.5% since April": what holds until a change
    for i, sent in enumerate(doc.sentences):
        figs = _figures(sent, reference)
        if not figs:
            continue
        excluded = sent.has("sentence_exclude")
        bound: dict[int, tuple[str, Rule, Mention | None]] = {}
        rejected: set[int] = set()
        sentence_claims: list[tuple[Figure, Claim]] = []
        order = sorted(figs, key=lambda f: f.quantity in ("date", "duration"))
        for fig in order:
            claim = _claim(doc, i, sent, fig, figs, bound, rejected, excluded, as_of)
            if claim is not None:
                sentence_claims.append((fig, claim))
        sentence_claims.sort(key=lambda fc: fc[0].start)
        by_fig = {id(f): c for f, c in sentence_claims}
        status_quo.extend(c for f, c in sentence_claims
                          if c.metric == "tariff_rate" and _status_quo(sent.text, f))
        for f, c in sentence_claims:
            if c.metric == "tariff_rate" and fig_key(i, f) in doc.named:
                named_rates.append(c)
            elif c.metric == "tariff_rate" and fig_key(i, f) in doc.guessed and (
                    f.partner is None or f.role == "previous"):
                guessed_rates.append(c)
        for f, c in sentence_claims:  # the old value of a change speaks of the same fact
            other = by_fig.get(id(f.partner)) if f.partner is not None else None
            if f.role == "previous" and other is not None and other.metric == c.metric:
                c.imposer, c.target, c.product, c.measure = (
                    other.imposer, other.target, other.product, other.measure)
        for f, c in sentence_claims:  # a date speaks of the rate just before it
            if c.metric != "effective_date" or c.status == "previous":
                continue
            prior = [(g, r) for g, r in sentence_claims if r.metric in LEVY_METRICS
                     and r.status != "previous" and g.end <= f.start]
            if not prior:
                continue
            g, r = prior[-1]
            if any(g.end <= m.start < f.start and m.value not in (r.imposer, r.target)
                   for m in sent.countries) or any(
                    g.end <= m.start < f.start and m.value != r.measure for m in sent.measures) \
                    or PARTNER_GROUP_RE.search(sent.text, g.end, f.start):
                continue  # "... 25% on Japan, and Korea's deadline is Aug. 1"
            inherit.append((c, r))
        eff = [c.value for f, c in sentence_claims if c.metric == "effective_date"
               and c.status != "previous"]
        for _fig, c in sentence_claims:
            if c.kind == "rate" and eff:
                c.effective = str(eff[0])
            a, b = c.start, c.end
            c.sentence = sent.text
            start = clean.to_original(sent.start + a)
            end = clean.to_original(sent.start + b - 1) + 1
            c.start, c.end = start, end
            c.quote = article.text[start:end]
            c.article = article.id
            claims.append(c)
            bare.append((c, not sent.measures))
    for c, no_measure_word in bare:  # "45% duty bites" in the headline: the combined 45%
        if no_measure_word and c.metric == "tariff_rate" and c.measure in ("reciprocal",
                                                                          "baseline") \
                and (c.imposer, c.target, float(c.value)) in doc.combined:
            c.measure = None
    for c in guessed_rates:  # "20% fentanyl-related duties ... an extra 34%": the 34% is not
        stated = {float(r.value) for r in named_rates if r.measure == c.measure  # fentanyl
                  and r.status != "previous" and (r.imposer, r.target) == (c.imposer, c.target)}
        if stated and float(c.value) not in stated:
            c.measure = "reciprocal"
    for c, r in inherit:
        c.imposer, c.target, c.product, c.measure = r.imposer, r.target, r.product, r.measure
    for c in status_quo:  # "Japanese autos have paid 27.5% since April" beside the new 15%:
        new = sorted((d for d in claims if d is not c and d.metric == "tariff_rate"  # the old
                      and d.status in ("agreed", "scheduled")  # value of the same fact, as in
                      and (d.imposer, d.target, d.product) == (c.imposer, c.target, c.product)
                      and float(d.value) != float(c.value)),  # "from 27.5% to 15%"
                     key=lambda d: d.sentence != c.sentence)
        if new:
            c.status, c.measure = "previous", new[0].measure
    if known and reference is not None:  # "39 percent ... The new rates take effect next
        due = {(d.imposer, d.target) for d in claims  # Thursday": a rate with no status of its
               if d.metric == "effective_date" and d.status == "scheduled"}  # own is due then
        for c in claims:
            if c.metric == "tariff_rate" and c.status is None and (c.imposer, c.target) in due:
                c.status = "scheduled"
    return [judgments.annotate(c) for c in claims]


def _claim(doc: Doc, i: int, sent: Sentence, fig: Figure, figs: list[Figure],
           bound: dict[int, tuple[str, Rule, Mention | None]], rejected: set[int], excluded: bool,
           as_of: str | None) -> Claim | None:
    s = sent.text
    if fig.quantity in ("money", "percent"):
        got = _bind(sent, fig, figs, bound, rejected, doc, i)
        if got is None:
            return None
        metric, rule, cue = got
        if excluded and metric not in LEVY_METRICS:
            return None
        bound[id(fig)] = (metric, rule, cue)
        kind = "amount" if fig.quantity == "money" else "rate"
        levy = metric in LEVY_METRICS
        combined = False
        product = _product(sent, fig, cue, levy, figs)
        if levy:
            imposer, target = _levy_parties(sent, fig, metric, doc, i)
            local_target = target
            if metric == "tariff_rate":
                target = _levy_target_fallback(target, imposer, product, doc)
            target = target or None  # GROUP: a group of partners, no single target
            local_target = local_target or None
            measure = _measure(sent, fig, cue, doc, i, imposer, target, product, figs) \
                if metric == "tariff_rate" else None
            if metric == "tariff_rate" and (measure in (None, "reciprocal", "baseline")
                                            or fig_key(i, fig) not in doc.named) \
                    and (_combined(sent, fig, figs) or (
                        product in ctx.section_232_products() and fig_key(i, fig) not in doc.named
                        and SAME_RATE_RE.search(s[max(0, fig.start - 20):fig.start]))):
                measure, combined = None, True  # "a combined 45%": the sum of several measures
            if measure == "baseline" and imposer == "US" and (
                    local_target is None or ALL_PARTNER_RE.search(
                        s[fig.end:clause_bounds(s, fig.start, fig.end)[1]])):
                target = "*"  # the baseline "that applies to almost every trading partner"
            if product is None and metric == "tariff_rate" and measure in (
                    None, "reciprocal", "baseline", "fentanyl", "retaliatory"):
                product = "all"
            if measure == "retaliatory" and target is None and imposer not in (None, "US") \
                    and doc.mentions_us:
                target = "US"  # "China's exporters brace as 125% counter-tariff kicks in"
        else:
            imposer, target = _flow_parties(sent, fig, metric, doc, i, figs)
            lo, hi = clause_bounds(s, fig.start, fig.end)
            named = {m.value for m in ctx.find_measures(s[lo:hi]) if m.value != "fta"}
            measure = named.pop() if len(named) == 1 else None  # "counter-tariffs on C$30 billion"
        status = _status(sent, fig, doc, measure, metric, figs)
        a, b = _quote_span(fig, cue, figs, s)
        claim = Claim(
            article="", kind=kind, metric=metric, value=fig.value, unit=fig.unit,
            imposer=imposer, target=target, product=product, measure=measure, status=status,
            as_of=as_of, start=a, end=b, rule_id=rule.id, hedge=fig.hedge,
            precision=fig.precision,
        )
        if combined:
            doc.combined.add((imposer, target, float(fig.value)))
        return claim
    if excluded:
        return None
    before = _words_before(s, fig.start, 7)
    if fig.quantity == "date":
        levy_here = any(v[0] in LEVY_METRICS for v in bound.values())
        if not (sent.has("measure_words") or levy_here) \
                or ctx.has("date_exclude_before", before) \
                or ctx.has("date_exclude_just_before", _words_before(s, fig.start, 2)):
            return None
        value = dt.date.fromisoformat(str(fig.value))
        if doc.reference and (doc.reference - value).days > 400:
            return None  # history, not a measure's date
        after = " ".join(s[fig.end:fig.end + 30].split()[:2])
        around = _words_before(s, fig.start, 6) + " | " + after
        prior = [f for f in figs if f.end <= fig.start and f.quantity == "percent"]
        after_rate = bool(prior) and bound.get(id(prior[-1]), ("",))[0] in LEVY_METRICS \
            and RATE_ON_RE.search(s[: fig.start])
        # ("a 25% tariff from Monday", not "stocks fell 2.5% on Monday")
        if fig.kind in ("weekday", "relative") and not EFFECT_CUE_RE.search(around) \
                and not after_rate:
            return None  # "said Tuesday": the day something was said, not a measure's date
        if WIRE_DATELINE_RE.match(s[: fig.start]):
            return None  # "MUMBAI, Sept 2 (Reuters) -": the story's own dateline
        rule = _rule_by_id("date-effective")
        status = _status(sent, fig, doc, None, "effective_date", figs)
        if status != "previous":
            status = "scheduled" if (not doc.reference_known or doc.reference is None
                                     or value > doc.reference) else "in_effect"
        metric = "effective_date"
    else:
        near = _words_before(s, fig.start, 6) + " " + " ".join(s[fig.end:fig.end + 40].split()[:3])
        if not ctx.has("pause_words", near):
            return None
        rule = _rule_by_id("duration-pause")
        status = None
        metric = "pause_length"
    imposer, target = _levy_parties(sent, fig, "tariff_rate", doc, i)
    target = _levy_target_fallback(target, imposer, None, doc) or None  # GROUP -> None
    measure = _measure(sent, fig, None, doc, i, imposer, target, None, figs)
    c_lo, c_hi = clause_bounds(s, fig.start, fig.end)
    if sent.has("pause_words") and not sent.has("levy_words") \
            and not any(c_lo <= m.start < c_hi and m.value != imposer for m in sent.countries) \
            and not ALL_PARTNER_RE.search(s) \
            and not any(v[0] in LEVY_METRICS for v in bound.values()):
        # "The suspension runs until July 9": everyone's pause, not the article's country's
        # ("The tariffs were supposed to take effect ..." still speaks of that country's)
        target = None
    product = _product(sent, fig, None, True, figs)
    if product is None and measure in ("reciprocal", "baseline", "fentanyl"):
        product = "all"
    return Claim(
        article="", kind=fig.quantity, metric=metric, value=fig.value, unit=fig.unit,
        imposer=imposer, target=target, product=product, measure=measure, status=status,
        as_of=as_of, start=fig.start, end=fig.end, rule_id=rule.id,
    )


def extract_text(text: str, published: dt.date | str | None = None,
                 article_id: str = "text", title: str | None = None) -> list[Claim]:
    """Claims of a bare piece of text (no furniture cleaning): for rule examples and notebooks."""
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    art = Article(id=article_id, text=text, published=published, title=title,
                  clean=CleanText.identity(text))
    return extract_article(art)


def extract(article: Article) -> list[Claim]:
    """Claims of one article (the name the pipeline and worker processes use)."""
    return extract_article(article)


def check_rules() -> tuple[int, list[str]]:
    """Run every claim rule's [[examples]] through the whole extractor."""
    failures: list[str] = []
    n = 0
    for rule in claim_rules():
        for ex in rule.examples:
            n += 1
            claims = extract_text(ex["text"], ex.get("published"))
            if ex.get("none"):
                hit = [c for c in claims if c.rule_id == rule.id]
                if hit:
                    failures.append(f"{rule.id}: {ex['text']!r} should yield no claim, got "
                                    f"{[(c.value, c.metric) for c in hit]}")
                continue
            for want in ex.get("expect", []):
                if not any(_matches(c, want) for c in claims):
                    got = [(c.value, c.unit, c.metric, c.imposer, c.target, c.product,
                            c.measure, c.status) for c in claims]
                    failures.append(f"{rule.id}: {ex['text']!r} expected {want}, got {got}")
    return n, failures


def _matches(c: Claim, want: dict) -> bool:
    for k, v in want.items():
        got = getattr(c, k)
        if v == "":  # TOML has no null: "" expects the field unset
            if got not in (None, ""):
                return False
            continue
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            try:
                if abs(float(got) - float(v)) > max(1e-6, abs(float(v)) * 1e-6):
                    return False
            except (TypeError, ValueError):
                return False
        elif got != v:
            return False
    return True
