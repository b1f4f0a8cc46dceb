"""Figures: the rates, amounts, dates and durations a sentence states.

The quantity and date layers find the numbers; this step keeps the kinds a claim can
be (a percentage point is no rate), lets no two figures overlap, and marks the old
value of a change ("from 25% to 15%": the 25% is the previous value of the 15%).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from tracker import rules
from tracker.extract import calendar_words, cue_words, numbers, quantities, skip, status_rules
from tracker.extract import context as ctx
from tracker.extract import dates as dates_layer
from tracker.extract.sentences import Sentence, words_before
from tracker.read.date_inference import told_ahead


@dataclass(slots=True)
class Figure:
    """One number the layers found, before it is bound to a metric."""

    start: int
    end: int
    value: float | str
    unit: str
    quantity: str  # percent | money | date | duration
    precision: float | None = None
    #: for dates: absolute | yearless | relative | weekday; 'points' for a levy's
    #: suspended points (_suspended_points)
    kind: str | None = None
    hedge: str | None = None
    role: str | None = None  # previous (the X of "from X to Y")
    partner: Figure | None = None  # the other value of a from/to pair


@dataclass(frozen=True, slots=True)
class NamedDay:
    """The day a bare weekday means in one article, with the article's own words that
    name it ("Friday, Aug. 1")."""

    day: str  # ISO date
    evidence: str


#: weekday index (Monday 0) -> the one day the article writes with that weekday's name
NamedWeekdays = Mapping[int, NamedDay]


DIGIT_RE = skip.regex(r"\d")
#: words that are no calendar name yet may hold or name a figure (with the month and
#: weekday names of rules/dates.toml, see figure_words and date_words)
_NUMBER_WORDS = frozenset((
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred thousand million billion trillion half quarter third fifth tenth dozen"
).split())
_TIME_WORDS = frozenset((
    "today tomorrow tonight yesterday day days week weeks weekend month months year years "
    "fortnight midnight noon christmas easter"
).split())
DURATION_WORDS = frozenset("day days week weeks month months year years fortnight".split())
#: "7/9/2025", "2025-07-09", "7/9" (searched for, never matched: the same strings as
#: ``\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\d{1,2}/\d{1,2}``, with the leading digit first so
#: that the engine skips ahead to digits)
NUMERIC_DATE_RE = skip.regex(r"\d(?:\d{0,3}[/.\-]\d{1,2}[/.\-]\d{1,4}|\d?/\d{1,2})")
#: "115% points", "115 percent-points": a change in points, whatever the unit word says
POINTS_AFTER_RE = skip.regex(r"[\s\-]*points?\b", re.IGNORECASE)
SHARED_UNIT_RE = skip.regex(r"(?<![\w.,])(\d+(?:\.\d+)?)\s+(?:and|or)\s+$")
FRACTION_OF_RE = skip.regex(r"\s+of\b")
FRACTION_OF_NOT_RE = skip.regex(
    r"\s+of\s+(?:(?:the|its|a)\s+[\d$€£¥₩]|[\d$€£¥₩]|what|that|those|this|these)")
FRACTION_ORDINAL_RE = skip.regex(r"\b(?:first|second|latter|other|last|next)\s+$")
FRACTION_HEDGE_RE = skip.regex(r"(?:about|around|roughly|nearly|almost|some|over|more than)\s+$")
FUTURE_CUE_RE = skip.regex(
    r"\b(?:until|till|through|by|from|starting|beginning|effective|deadline|take effect|"
    r"takes effect|kick in|kicks in|go into effect|goes into effect|come into force|due|before|"
    r"will|next|ahead of)\b", re.IGNORECASE)
BARE_WEEKDAY_RE = skip.regex(r"(?:(?:on|this|next|coming)\s+)?[A-Z][a-z]+day", re.IGNORECASE)
PAST_CUE_RE = skip.regex(r"\b(?:supposed to|was to|were to|initially|originally|had been|was due|"
                         r"were due|last)\b", re.IGNORECASE)
#: right after a weekday, a verb in the past ("if the Tuesday deadline had lapsed"): a
#: day gone by, whatever "deadline" says of the future
PAST_AFTER_RE = skip.regex(r"\s+(?:[\w\-]+\s+){0,2}?(?:was|were|had|passed|expired|lapsed)\b",
                           re.IGNORECASE)
OFFSET_DATE_RE = skip.regex(  # "a day before the Aug. 1 deadline", "90 days from Aug. 1"
    r"^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)[\s-]+"
    r"(?:day|days|week|weeks|month|months)\s+(?:before|after|ahead of|prior to|from)\s+"
    r"(?:the\s+)?", re.IGNORECASE)

# the shapes of a change between two figures of the same unit
FROM_BEFORE_RE = skip.regex(
    r"\bfrom\s+(?:the\s+)?(?:current\s+|existing\s+|previous\s+|earlier\s+|original\s+)?"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|an?\s+)?$",
    re.IGNORECASE,
)
TO_BETWEEN_RE = skip.regex(
    r"^\s*,?\s*(?:to|into)\s+(?:about\s+|around\s+|roughly\s+|just\s+|a\s+|an\s+)?$", re.IGNORECASE
)
UP_DOWN_FROM_RE = skip.regex(
    r"^\s*(?:[\w'’\-]+,?\s+){0,8}?,?\s*(?:down|up)\s+from\s+(?:the\s+)?"
    r"(?:about\s+|around\s+|roughly\s+|previous\s+|earlier\s+|prevailing\s+|current\s+)?$",
    re.IGNORECASE)
#: "have paid a 15% tariff in total, replacing the 27.5% charged from April": the second is
#: the rate the first took the place of
REPLACING_RE = skip.regex(
    r"^\s*(?:[\w'’\-]+,?\s+){0,8}?,?\s*(?:replacing|superseding|in\s+place\s+of)\s+"
    r"(?:the\s+|a\s+)?(?:previous\s+|earlier\s+|old\s+|former\s+)?$", re.IGNORECASE)
#: "- Chile: 15 per cent, from 40 per cent": a level, a comma, then the old one it came from
COMMA_FROM_RE = skip.regex(r"^\s*,\s*from\s+(?:the\s+)?(?:about\s+|around\s+|roughly\s+)?$",
                           re.IGNORECASE)
FROM_BETWEEN_RE = skip.regex(
    r"^\s*,?\s*(?:from|down from|up from)\s+(?:the\s+)?"
    r"(?:current\s+|previous\s+|earlier\s+|prevailing\s+|existing\s+)?"
    r"(?:about\s+|around\s+|roughly\s+)?$",
    re.IGNORECASE,
)
TO_AT_OF_BEFORE_RE = skip.regex(r"\b(?:to|at|of)\s+(?:\w+\s+)?$")
#: after a percent, the old value it came from as a bare number, no percent form of its own,
#: ending its clause ("10 per cent from next Monday, down from 20.", "19 per cent, from 49,
#: after talks"): no digit and no clause mark between the two; group 1 the number. (Two
#: partners' old values, "15 per cent each, from 40 and 37", are left: the second is the
#: second partner's, which the parties step does not read.)
BARE_OLD_VALUE_RE = skip.regex(
    r"[^\d.;:()]{0,60}?(?:,\s*(?:(?:down|up)\s+)?from|\s(?:down|up)\s+from)\s+"
    r"(\d{1,3}(?:\.\d+)?)(?=\s*(?:[,;:)]|\.(?!\d)|$))",
    re.IGNORECASE)
CHANGE_TO_RE = skip.regex(r"^(?:\s+[\w'’\-]+){0,6}?\s+to\s+(?:about\s+|around\s+|just\s+)?$")


@cache
def figure_words() -> frozenset[str]:
    """A sentence with no digit and none of these words holds no figure."""
    return _NUMBER_WORDS | _TIME_WORDS | calendar_words.calendar_names() | zero_words()


@cache
def date_words() -> frozenset[str]:
    """A sentence with none of these words (and no numeric date) states no date."""
    return _TIME_WORDS | calendar_words.calendar_names() | {"next", "last", "ago"}


@cache
def change_verb_re() -> re.Pattern[str]:
    """A change verb and what it changes, just before the old value: "cut the 5%"
    (the verbs: rules/lexicon.toml [change_cues] verbs)."""
    verbs = cue_words.alternation("change_cues", "verbs")
    return skip.regex(rf"\b{verbs}\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w'’\-]+\s+){{0,2}}$",
                      re.IGNORECASE)


def find_figures(sent: Sentence, reference: dt.date | None, known: bool = True,
                 weekdays: NamedWeekdays | None = None) -> list[Figure]:
    """The figures of a sentence, in order, none overlapping, changes marked; a bare
    weekday the article names with a date (weekdays, see weekdays_named) read as that day."""
    s = sent.text
    if not DIGIT_RE.search(s) and figure_words().isdisjoint(sent.lower_words):
        return []
    figs: list[Figure] = []
    vocab = sent.vocabulary
    for q in quantities.find_quantities(s, vocab.words if vocab.low is not None else None):
        quantity = "money" if q.kind == "money" else "percent"
        if quantity == "percent" and (q.unit != "percent" or POINTS_AFTER_RE.match(s, q.end)
                                      or _strength_after_re().match(s, q.end)):
            continue  # percentage points and basis points ("115% points") are not rates,
            # nor is a drink's strength ("wine under 14% alcohol")
        figs.append(Figure(q.start, q.end, q.value, q.unit, quantity, q.precision,
                           hedge=q.hedge))
        if quantity == "percent":  # "fell 6.5 and 8.7 percent": the 6.5 shares the unit
            before = s[: q.start]
            m = SHARED_UNIT_RE.search(before) if before[-1:].isspace() and \
                before.rstrip().endswith(("and", "or")) else None
            v = quantities.plain_percent(m.group(1)) if m else None
            if m and v is not None:
                figs.append(Figure(m.start(1), m.end(1), v[0], "percent", "percent", v[1]))
    figs.extend(_bare_old_values(s, figs))
    words = sent.lower_words
    if "points" in words or "point" in words:
        figs.extend(_suspended_points(s, figs))
    if not zero_words().isdisjoint(words):
        if any(f.quantity == "percent" for f in figs) or sent.has("levy_words"):
            figs.extend(_zero_rates(s, figs))
        figs.extend(_zero_paid(s, figs))
    others: list[Figure] = []
    for fr in (numbers.find_fractions(s) if not numbers.fraction_words().isdisjoint(words)
               else ()):
        if FRACTION_OF_RE.match(s, fr.end) and not FRACTION_OF_NOT_RE.match(s, fr.end) \
                and not FRACTION_ORDINAL_RE.search(s[: fr.start]) \
                and not _fraction_of_time_re().match(s, fr.end):
            # "roughly a quarter of the steel"; not "the first half of", "half of the 46%"
            hedge = FRACTION_HEDGE_RE.search(s[: fr.start])
            others.append(Figure(fr.start, fr.end, round(fr.value * 100, 2), "percent",
                                 "percent", 0.01, hedge.group(0).strip() if hedge else None))
    for d in (dates_layer.find_durations(s) if not DURATION_WORDS.isdisjoint(words) else ()):
        others.append(Figure(d.start, d.end, float(d.days), "day", "duration"))
    # a date is a claim only beside a measure word or a rate or amount, and matters to a
    # pause length: elsewhere ("said on Tuesday") reading it is wasted work
    if (figs or others or sent.has("measure_words") or sent.has("date_start_words")
            or sent.has("fee_words") or sent.has("derivative_list_words")
            or sent.has("pause_end_nouns")
            or status_rules.retroactive_re().search(s)) and (
            not date_words().isdisjoint(words) or NUMERIC_DATE_RE.search(s)):
        figs.extend(_date_figures(s, reference, known))
    figs.extend(others)
    figs.sort(key=lambda f: (f.start, -f.end))
    kept: list[Figure] = []
    for f in figs:  # no overlaps: the first, longest wins
        if kept and f.start < kept[-1].end:
            continue
        kept.append(f)
    _mark_changes(s, kept)
    return weekdays_applied(sent, kept, weekdays)


def figures_of(sent: Sentence, reference: dt.date | None, known: bool = True,
               weekdays: NamedWeekdays | None = None) -> list[Figure]:
    """find_figures(sent, reference, known, weekdays), read once per sentence, reference and
    named weekdays: the engine reads each sentence's figures, and the steps of a later
    sentence read them again (a restated amount, rates "respectively" of the sentence
    before, a country granted a figure). The figures are shared (none is changed once
    find_figures returns them); the list is a new one each time."""
    memo = sent._memo
    key = (figures_of, reference, known)
    got = memo.get(key)
    if got is None:
        got = memo[key] = tuple(find_figures(sent, reference, known))
    if weekdays:
        wkey = (figures_of, reference, known, tuple(sorted(weekdays.items())))
        named = memo.get(wkey)
        if named is None:
            named = memo[wkey] = tuple(weekdays_applied(sent, got, weekdays))
        return list(named)
    return list(got)


@cache
def _strength_after_re() -> re.Pattern[str]:
    """Right after a percent, a word of [scope] strength_after ("14% alcohol", "40% ABV"),
    not before a levy noun ("a 25% alcohol tariff" is a rate on drinks)."""
    words = cue_words.alternation("scope", "strength_after")
    levy = cue_words.levy_nouns("levy", space=r"\s+")
    return skip.regex(rf"[\s\-]*{words}\b(?![\s\-]+{levy}\b)", re.IGNORECASE)


@cache
def _fraction_of_time_re() -> re.Pattern[str]:
    """After a fraction in words, "of" a span of time ([scope] fraction_time_spans): "a
    quarter of a century", "half of the year" tell a length of time, no share; a span's
    possessive ("half of the year's imports") is a share of what it names, so not this."""
    spans = cue_words.group("scope", "fraction_time_spans")
    return skip.regex(rf"\s+of\s+(?:a|an|the|one)\s+{spans}\b(?![’'])", re.IGNORECASE)


@cache
def zero_words() -> frozenset[str]:
    """The words of a rate cut to nothing (rules/lexicon.toml [zero_rate])."""
    return frozenset(w.lower() for w in cue_words.words("zero_rate", "words"))


@cache
def _zero_re() -> re.Pattern[str]:
    """ "to zero", "at zero", not "zero-tariff" nor "zero percent" (a numeral already)."""
    return skip.regex(rf"\b(?:to|at)\s+({cue_words.alternation('zero_rate', 'words')})\b"
                      r"(?![\-\s]*(?:%|per|pct|[\-]))", re.IGNORECASE)


def _zero_rates(s: str, figs: list[Figure]) -> list[Figure]:
    """A rate brought "to zero" after a percent in the same sentence ("cut from 25% to
    zero", "tariffs on cars fell from 27.5%, with steel reduced to zero"), or after a levy
    named in its own clause ("cut the reciprocal rate to zero", "lower its duties on US cars
    to zero"): the zero is a rate, 0%. With neither before it, "to zero" is too often
    something else (a deficit, a quota, a count) to be read as a rate."""
    first = min((f.start for f in figs if f.quantity == "percent"), default=len(s))
    return [Figure(m.start(1), m.end(1), 0.0, "percent", "percent", 1.0)
            for m in _zero_re().finditer(s)
            if m.start() > first or _levy_before(s[: m.start()])]


@cache
def _zero_paid_re() -> re.Pattern[str]:
    """The other shapes of a 0% rate (rules/lexicon.toml [zero_rate]): goods that "pay
    zero" (at the end of a clause, or before a levy noun), goods let in "at zero tariff",
    a zero in a list of rates after a percent ("25% for A, and zero for B"), and goods
    let in "at (a) zero" by a verb of entering ("enter at zero", "cross the Atlantic at
    zero"), held or put there ("remain at zero", "put engines and parts at zero"), and a
    levy "of zero" ("a duty of zero from Jan. 1"). Not "zero-tariff" (an adjective), "zero
    interest", nor a bare "zero tariffs" (a goal, a past state: "work towards a quota at a
    zero tariff", "had faced effectively zero tariffs")."""
    zero = cue_words.alternation("zero_rate", "words")
    pay = cue_words.alternation("zero_rate", "pay_verbs")
    levy = cue_words.alternation("zero_rate", "levy_nouns")
    enter = cue_words.alternation("zero_rate", "enter_verbs")
    return skip.regex(
        rf"\b{pay}\s+(?:only\s+|just\s+)?({zero})\b(?=\s*(?:[.;:,)]|$|(?:[a-z]+\s+)?{levy}\b))"
        rf"|\bat\s+({zero})\s+(?:[a-z]+\s+)?{levy}\b(?![\-\s]+for[\-\s]+{zero})"
        rf"|(?:,|\band)\s+({zero})\s+for\b"
        rf"|\b{enter}\s+(?:[^\s,;:]+\s+){{0,6}}?at\s+(?:a\s+)?({zero})\b(?![\-\s]*(?:%|per|pct|[\-]))"
        rf"|\b(?:a|the)\s+{levy}\s+of\s+({zero})\b(?![\-\s]*(?:%|per|pct|[\-]))",
        re.IGNORECASE)


def _zero_paid(s: str, figs: list[Figure]) -> list[Figure]:
    """0% rates of _zero_paid_re's shapes; a list's zero only after a percent, and none
    where a figure already stands (a "to zero" read by _zero_rates)."""
    first = min((f.start for f in figs if f.quantity == "percent"), default=len(s))
    out: list[Figure] = []
    for m in _zero_paid_re().finditer(s):
        g = next(i for i in (1, 2, 3, 4, 5) if m.group(i) is not None)
        if g == 3 and m.start() < first:
            continue
        a, b = m.start(g), m.end(g)
        if any(f.start < b and a < f.end for f in figs):
            continue
        out.append(Figure(a, b, 0.0, "percent", "percent", 1.0))
    return out


@cache
def _points_re() -> tuple[re.Pattern[str], re.Pattern[str], int]:
    """A number of (percentage) points; a word of rules/lexicon.toml [suspended_points];
    how many words either side that word may stand."""
    r = rules.load("lexicon")["suspended_points"]
    return (skip.regex(r"\b(\d{1,3}(?:\.\d+)?)[\s\-]+(?:percentage[\s\-]+)?points?\b",
                       re.IGNORECASE),
            skip.regex(rf"\b{cue_words.alternation('suspended_points', 'words')}\b",
                       re.IGNORECASE),
            int(r["reach"]))


def _suspended_points(s: str, figs: list[Figure]) -> list[Figure]:
    """Points of a levy told suspended ("24 points of the 34% rate set aside", "suspended
    a further 24 percentage points") are the suspended part of the levy: a rate of its
    own, read as a percent. Points with no pause word near them in their clause stay no
    rate (a change "by 15 percentage points", a poll's margin)."""
    points, pause, reach = _points_re()
    out: list[Figure] = []
    for m in points.finditer(s):
        a, b = m.start(1), m.end()
        if any(f.start < b and a < f.end for f in figs):
            continue
        left = " ".join(re.split(r"[;:,]", s[max(0, a - 120):a])[-1].split()[-reach:])
        right = " ".join(re.split(r"[;:,]", s[b:b + 120])[0].split()[:reach])
        if pause.search(left) or pause.search(right):
            out.append(Figure(a, b, float(m.group(1)), "percent", "percent", 1.0,
                              kind="points"))
    return out


def _bare_old_values(s: str, figs: list[Figure]) -> list[Figure]:
    """The old value of a percent told as a bare number after it ("on China 10 per cent
    from next Monday, down from 20"; "Cambodia: 19 per cent, from 49, after talks"): a
    percent too, the previous value of the figure before it (kind "bare": the metric step
    keeps it only as a levy's old value). A number followed by anything but the clause's
    end ("down from 20 items", "from 12 in 2023", "from 40 and 37") is no such value."""
    out: list[Figure] = []
    for a in [f for f in figs if f.quantity == "percent"]:
        m = BARE_OLD_VALUE_RE.match(s, a.end)
        v = quantities.plain_percent(m.group(1)) if m is not None else None
        if m is None or v is None or any(a.end <= f.start < m.end() for f in figs if f is not a):
            continue
        b = Figure(m.start(1), m.end(1), v[0], "percent", "percent", v[1], kind="bare",
                   role="previous", partner=a)
        a.partner = a.partner or b
        out.append(b)
    return out


def _levy_before(before: str) -> bool:
    """Whether the clause right before a "to zero" names a levy (its last eight words, back
    to a clause break): "the tariff on US beef", not "the deficit, which tariffs ..."."""
    clause = re.split(r"[,;:()]|\b(?:while|whereas|but|which|that)\b", before)[-1]
    return ctx.has("levy_words", " ".join(clause.split()[-8:]))


#: how far ahead of a known publication date the nearest reading of a year-less date in a
#: clause telling a change done may lie and stay as read ("raised it on Nov. 20" in a story
#: of Nov. 12 is an odd text, not last November)
NARRATED_LEAD_DAYS = 60


def _since_gone_by(s: str, d: dates_layer.DateMention, reference: dt.date | None,
                   known: bool) -> dt.date:
    """A year-less date after "since", or far ahead in a clause telling a change done ("it
    matched Washington from April 10" in a November story), read ahead of a known
    publication date is the one a year earlier: the nearest reading is next year's. A
    reference guessed from the text stays as read (it may be months early)."""
    if not known or reference is None or d.kind != "yearless" or d.value <= reference:
        return d.value
    before = s[: d.start]
    if not dates_layer.since_before(before) and not (
            (d.value - reference).days > NARRATED_LEAD_DAYS
            and dates_layer.narrated_past(before)):
        return d.value
    try:
        earlier = d.value.replace(year=d.value.year - 1)
    except ValueError:  # February 29
        return d.value
    return earlier if earlier <= reference else d.value


#: days behind a guessed "now" beyond which a year-less date its clause tells as ahead is read
#: a year later (_told_ahead_of_guess): "now" is only a guess, July 1 of the text's year
AHEAD_OF_GUESS_DAYS = 150


def _told_ahead_of_guess(s: str, d: dates_layer.DateMention, value: dt.date,
                         reference: dt.date | None, known: bool) -> dt.date:
    """A year-less date read more than AHEAD_OF_GUESS_DAYS behind a reference guessed from an
    undated text (document.infer_reference: July 1 of its year, or its latest full date),
    whose clause tells it as ahead ("the tariff is scheduled to rise to 50 per cent on Jan.
    1", "climbing to 30% on January 1": a future cue before it, tracker/read/date_inference
    `told_ahead`), is the one a year later: the text was written before it, and a guessed
    "now" half a year off put it in the past. A known publication date keeps the nearest
    reading (the text's cue may be a past plan's)."""
    if known or reference is None or d.kind != "yearless" or value >= reference \
            or (reference - value).days <= AHEAD_OF_GUESS_DAYS \
            or not told_ahead(s, d.start, d.end):
        return value
    try:
        return value.replace(year=value.year + 1)
    except ValueError:  # February 29
        return value


def _date_figures(s: str, reference: dt.date | None, known: bool = True) -> list[Figure]:
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
        value = _since_gone_by(s, d, reference, known)
        value = _told_ahead_of_guess(s, d, value, reference, known)
        around = words_before(s, d.start, 4) + " " + " ".join(s[d.end:d.end + 20].split()[:1])
        if d.kind == "weekday" and reference is not None and value < reference and \
                BARE_WEEKDAY_RE.fullmatch(d.text) and FUTURE_CUE_RE.search(around) and \
                not PAST_CUE_RE.search(words_before(s, d.start, 6)) and \
                not PAST_AFTER_RE.match(s, d.end):
            value = value + dt.timedelta(days=7 * ((reference - value).days // 7 + 1))
        if d.kind == "weekday" and reference is not None and value > reference and \
                BARE_WEEKDAY_RE.fullmatch(d.text) and (value - reference).days > 3 and \
                status_rules.done_from_weekday_re().search(s, max(0, d.start - 160), d.start):
            # "doubled the levy to 20% from Tuesday", said on a Wednesday: a change told
            # done starts on the nearest such day, here the day before (rules/status.toml
            # [done_from_weekday])
            value = value - dt.timedelta(days=7)
        figs.append(Figure(d.start, d.end, value.isoformat(), "date", "date", kind=d.kind))
    return figs


#: how far from the reference a day the article writes with its weekday's name may lie and
#: still be the day a bare weekday of that name means (weekdays_named)
NAMED_WEEKDAY_REACH = 7


@cache
def _weekday_name_re() -> re.Pattern[str]:
    """A weekday's full name, alone or after "on" (a bare weekday), or opening a date."""
    names = "|".join(calendar_words.weekday_names())
    return skip.regex(r"(?:on\s+)?(" + names + r")\b", re.IGNORECASE)


def weekdays_named(sentences: list[Sentence], reference: dt.date | None,
                   known: bool = True) -> dict[int, NamedDay]:
    """A bare weekday ("a 50% duty ... starts Friday", a headline's "from Saturday") means
    the day the article itself writes with that weekday's name and a date ("effective
    Friday, Aug. 1", "since Saturday, Nov. 1"), when exactly one such day lies within a
    week of the reference: the cue words around a bare weekday guess its direction, the
    article's own date tells it. Returns those weekdays and their days (with the words
    naming each); figures_of applies them to the bare weekdays of a sentence."""
    if reference is None:
        return {}
    name_re = _weekday_name_re()
    names = calendar_words.weekday_names()
    named: dict[int, dict[str, str]] = {}
    for sent in sentences:
        for f in figures_of(sent, reference, known):
            m = name_re.match(sent.text, f.start, f.end) if f.quantity == "date" \
                and f.kind != "weekday" else None
            if m is None or m.end() == f.end:
                continue
            day = dt.date.fromisoformat(str(f.value))
            wd = names.index(m.group(1).lower())
            if day.weekday() == wd and abs((day - reference).days) <= NAMED_WEEKDAY_REACH:
                named.setdefault(wd, {}).setdefault(day.isoformat(), sent.text[f.start:f.end])
    return {wd: NamedDay(*next(iter(days.items())))
            for wd, days in named.items() if len(days) == 1}


def weekdays_applied(sent: Sentence, figs: Sequence[Figure],
                     weekdays: NamedWeekdays | None) -> list[Figure]:
    """The figures of a sentence with each bare weekday the article names (weekdays_named)
    read as that day. Where one changes, the sentence's figures are new copies (the
    figures found stay as they were, shared by every reader), the partners of a change
    pointed at the copies."""
    if not weekdays:
        return list(figs)
    name_re = _weekday_name_re()
    names = calendar_words.weekday_names()
    days: dict[int, str] = {}
    for k, f in enumerate(figs):
        m = name_re.fullmatch(sent.text, f.start, f.end) if f.kind == "weekday" else None
        named = weekdays.get(names.index(m.group(1).lower())) if m else None
        if named is not None and named.day != f.value:
            days[k] = named.day
    return read_as(figs, {figs[k].start: (day, figs[k].unit) for k, day in days.items()})


def read_as(figs: Sequence[Figure], readings: Mapping[int, tuple[float | str, str]]
            ) -> list[Figure]:
    """The figures of a sentence with those named by start read as another (value, unit):
    a step that reads a figure otherwise (a bare weekday as the day its article names, a
    bare "$" as the article's home dollar) returns that reading, and its caller applies
    it here. The changed figures are new copies (the figures found stay as they were,
    shared by every reader), every figure of the sentence is a copy where one changes,
    and the partners of a change point at the copies."""
    changes = {start: got for start, got in readings.items()
               if any(f.start == start and (f.value, f.unit) != got for f in figs)}
    if not changes:
        return list(figs)
    out = [dataclasses.replace(f, value=changes[f.start][0], unit=changes[f.start][1])
           if f.start in changes else dataclasses.replace(f) for f in figs]
    new_of = {id(f): g for f, g in zip(figs, out, strict=True)}
    for g in out:
        if g.partner is not None:
            g.partner = new_of.get(id(g.partner), g.partner)
    return out


def _mark_changes(s: str, figs: list[Figure]) -> None:
    """'from 25% to 15%' and 'to 15% from 25%': the old value gets role previous (the
    figures are this step's own, still being made)."""
    for a, b in zip(figs, figs[1:], strict=False):
        if a.unit != b.unit or a.quantity != b.quantity:
            continue
        between = s[a.end:b.start]
        if TO_BETWEEN_RE.match(between) and FROM_BEFORE_RE.search(s[: a.start]):
            a.role = "previous"
            a.partner, b.partner = b, a
        elif FROM_BETWEEN_RE.match(between) and TO_AT_OF_BEFORE_RE.search(s[: a.start]):
            b.role = "previous"
            a.partner, b.partner = b, a
        elif UP_DOWN_FROM_RE.match(between) or REPLACING_RE.match(between) \
                or (a.quantity == "percent" and COMMA_FROM_RE.match(between)):
            b.role = "previous"  # "faces a 50% duty, up from 10%", "..., replacing the 27.5%"
            a.partner, b.partner = b, a
        elif CHANGE_TO_RE.match(between) and change_verb_re().search(s[: a.start]):
            a.role = "previous"  # "cut the 5% consumption tax on cars to 3.5%"
            a.partner, b.partner = b, a
