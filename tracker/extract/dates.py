"""Dates and durations in generic text: "Aug. 1", "Wednesday last week", "90-day".

This layer only says where a date or a duration is written and what it is worth; which
dates are the effective dates of trade measures is decided above it.

How it works
------------
* Candidate spans are found by the regex patterns of ``rules/dates.toml`` (vocabulary
  included; each compiled when first needed, once per process).
  Candidates may overlap: the leftmost, then the longest, wins.
* Each candidate's named groups (``month``, ``day``, ``year``, ``weekday``, ``offset`` ...)
  are turned into a date by the small rules below. Only the spans of patterns marked
  ``resolver = "dateparser"`` (odd field orders such as "2020/23/Sep") are handed to
  dateparser, and ``resolve_date`` falls back to it for a span the patterns do not know.
  dateparser never sees a whole text, and its answers are cached.
* Compositions join neighbours: "two weeks after" + a date, "next" + a year-less date,
  "Friday, " + a date, an offset date + " on Friday".
* Speed: one pre-scan (str.find per trigger word) finds months, weekdays, units,
  holidays and date-shaped digits; each pattern is then tried, anchored, only at the word
  starts just before its own triggers ([gate] and `near` in the rule file). About 5 MB/s
  for find_dates and 9 MB/s for find_durations on trade news (2 slow cores).

What dateparser (1.5) gets wrong, and is therefore not asked: "Wednesday last week"
(None), "next Friday" (= "this Friday", the coming one), year-less dates (reference year,
not the nearest), "2025" (today's date in 2025), "3/4" and "24/7" (March 4, July 24),
"10:32 AM" (today), "4th" (April 9 from July 9: read as month 4), "2 weeks" (two weeks
ago), word ordinals ("january first 2000": None). It is right, and used, for odd field
orders ("2020/23/Sep", "23-2020-September"); its first call costs ~0.2 s, later ones ~1 ms.

Rules where dateparser is wrong or silent (measured with dateparser 1.5):
* Year-less dates ("July 8", "Aug. 1", "1 August") take the year that puts them nearest
  the reference date (so within about six months); dateparser takes the reference year,
  or with PREFER_DATES_FROM the next/previous one. ``prefer="future"``/``"past"`` choose
  the first occurrence on/after, or the last on/before, the reference.
* Weeks run Monday to Sunday. "next Friday" is the Friday of next week (dateparser: the
  coming Friday, the same as "this Friday"); "last Friday" the Friday of last week;
  "this Friday" that of this week; "coming/upcoming Friday" the first one after the
  reference; "past Friday" the last one before it. "Wednesday last week" (dateparser:
  nothing) is the Wednesday of the week before the reference's week.
* A bare weekday ("on Thursday", "said Friday") is read by the cue words before it in
  the same sentence (rules/dates.toml [cues]): after a future cue (will, set to, due,
  deadline, by, until, from, effective ...) the next such day on/after the reference;
  otherwise (news convention, "said Thursday") the last one on/before the reference
  (the reference day itself counts, as a story published on Thursday says "said
  Thursday"; setting ``past_weekday_includes_reference``). The cue nearest the weekday wins.
* "in two weeks" = reference + 14 days, "10 days ago" = reference - 10 days (a relative
  date, not a duration); "two weeks later" is neither here, since in news it counts
  from the event just narrated, not from the publication date.
* Numeric dates: "2025-07-09" (ISO) and "7/9/2025" (slash: US month-first) are dates;
  "09-05-2025" (hyphen or dot, both fields <= 12) is ambiguous and returned only with
  ``prefer="mdy"`` or ``"dmy"``; "25-09-2025" has one possible reading and is returned.
  "3/4" and "24/7" are not dates: a year-less numeric date needs a weekday or
  "this/next" before it ("Friday 7/6").
* Not dates: bare years ("in 2025"), decades, "Section 232", ordinals alone ("the 4th"),
  times alone, vague periods ("earlier this month", "last week", "next month").

With ``reference=None`` only dates that need no reference (kind "absolute") are returned.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from itertools import repeat
from typing import Any

from dateutil.relativedelta import relativedelta

from tracker import rules
from tracker.errors import TrackerError
from tracker.extract import numbers, skip
from tracker.extract.firstchars import first_chars, never_empty
from tracker.extract.trie import trie_pattern


@dataclass(frozen=True)
class DateMention:
    """A date written in the text. kind: "absolute" (needs no reference: "Aug. 1, 2025",
    "90 days after July 9, 2025"), "yearless" ("Aug. 1", "Christmas"), "relative"
    ("tomorrow", "in two weeks", "next Easter"), "weekday" ("Friday", "next Friday",
    "Wednesday last week")."""

    start: int
    end: int  # text[start:end] is the surface ("Aug. 1", "Wednesday last week")
    value: dt.date
    kind: str  # "absolute" (has year) | "yearless" | "relative" | "weekday"
    text: str


@dataclass(frozen=True)
class DurationMention:
    """A length of time. ``days`` counts a week as 7 days, a month as 30, a year as 365
    (rules/dates.toml [units])."""

    start: int
    end: int  # "90-day", "30 days", "two weeks", "18 months"
    days: float
    text: str


# ----------------------------------------------------------------------------- grammar
_FRAG_RE = skip.regex(r"@([a-z][a-z0-9_]*)")
#: a sentence's end before a bare weekday's cue window: . ! ? not after an abbreviation
#: ("Mr.", "Jan.", "U.S.") before a capital, or a line break. The break character comes
#: first and the lookbehinds after it (each one character longer, over it), so that the
#: regex engine skips ahead to a . ! ? or line break instead of trying the lookbehinds at
#: every character (the same matches as the lookbehinds first: test_less_work_h101.py)
_SENTENCE_BREAK = skip.regex(
    r"[.!?\n\r](?:(?<=[\n\r])|(?<![A-Z][a-z].)(?<![A-Z][a-z]{2}.)(?<![A-Z][a-z]{3}.)"
    r"(?<!\b[A-Za-z].)['\"’”)]*\s+(?=[A-Z\"“‘'(]))")
_CALENDAR_GROUPS = ("month", "n1", "dp")  # explicit calendar dates (for compositions)


class _Regex:
    """A regex of the grammar, compiled when it is first used.

    Each pattern expands the month, weekday and number fragments, so compiling all of
    them (Python's regex parser is pure Python) was about a third of a one-article
    `tracker extract`; an article needs about half of them (those whose trigger words
    it holds), so only those are compiled. The compiled
    regex's methods are then looked up directly: `match`, `search` ... behave as
    re.Pattern's.
    """

    def __init__(self, name: str, pattern: str) -> None:
        self.name = name
        self.pattern = pattern  # the expanded source

    def compiled(self) -> re.Pattern[str]:
        """The compiled regex (a bad one is a one-line error naming the rule)."""
        rx = self.__dict__.get("_rx")
        if rx is None:
            try:
                rx = skip.regex(self.pattern, re.IGNORECASE)
            except re.error as exc:
                raise TrackerError(f"rules/dates.toml: {self.name}: bad regex: {exc}") from None
            self.__dict__.update(_rx=rx, match=rx.match, search=rx.search,
                                 finditer=rx.finditer, fullmatch=rx.fullmatch)
        return rx

    def __getattr__(self, attr: str) -> Any:  # only until compiled, or for rarer names
        if attr.startswith("__") or attr == "_rx":
            raise AttributeError(attr)
        return getattr(self.compiled(), attr)


@dataclass(frozen=True)
class _Pattern:
    name: str
    regex: _Regex
    order: int
    dateparser: bool
    near: tuple[str, ...] | None  # trigger classes; None = scan the whole text
    #: how far ahead of a trigger a match can begin, when the pattern says (rules key
    #: `before`; 0: it begins with its trigger word), else the class's [gate.windows]
    before: int | None = None

    @cached_property
    def first(self) -> frozenset[str] | None:
        """The ASCII characters a match can begin with (None: not known, try every
        place); _select works them out once the pattern has been tried at
        _FIRST_CHARS_AFTER places."""
        return first_chars(self.regex.compiled())

    @cached_property
    def absolute(self) -> bool:
        """Whether a match can give a date that needs no reference (_ABSOLUTE_GROUPS)."""
        return not _ABSOLUTE_GROUPS.isdisjoint(self.regex.compiled().groupindex)


@dataclass(frozen=True)
class _Grammar:
    patterns: tuple[_Pattern, ...]
    guards: tuple[tuple[_Regex, frozenset[str] | None], ...]  # regex, applies
    non_dates: tuple[_Regex, ...]
    months: dict[str, int]
    weekdays: dict[str, int]
    ordinals: dict[str, int]
    day_words: dict[str, int]
    holidays: dict[str, dict[str, Any]]
    weekday_mod: dict[str, str]
    date_mod: dict[str, str]
    week_rel: dict[str, int]
    month_rel: dict[str, int]
    year_rel: dict[str, int]
    directions: dict[str, int]
    count_words: dict[str, float]
    units: dict[str, tuple[float, float]]  # (months, days); months 0 = a days unit
    durations_fixed: dict[str, float]
    numeric: dict[str, str]
    pivot: int
    past_includes_ref: bool
    compose: dict[str, _Regex]
    compose_near: dict[str, str]  # composition -> trigger class needed just before
    cue_future: _Regex | None
    cue_past: _Regex | None
    cue_adjacent: _Regex | None
    cue_after: _Regex | None
    cue_window: int
    weekday_re: _Regex
    duration_re: _Regex
    unit_part_re: _Regex
    duration_fixed_re: _Regex
    dur_before: tuple[_Regex, ...]
    dur_before_article: tuple[_Regex, ...]
    dur_after: tuple[_Regex, ...]
    dur_after_article: tuple[_Regex, ...]
    gate_re: re.Pattern[str]  # the trigger words, as whole runs of a-z in lower-cased text
    gate_capitalized: frozenset[str]  # words that trigger only when capitalized ("May")
    gate_words: dict[str, frozenset[str]]  # lower-case word -> trigger classes
    gate_windows: dict[str, tuple[int, int]]  # class -> (before, after)
    #: a memo of _patterns_for: the trigger classes of a text -> the patterns to try
    #: (init=False: a grammar made by dataclasses.replace starts with empty memos)
    patterns_for: dict[frozenset[str], tuple[_Pattern, ...]] = field(
        default_factory=dict, compare=False, init=False)
    #: a memo of _guards_of: pattern name -> the guards that apply to it
    guards_for: dict[str, tuple[_Regex, ...]] = field(
        default_factory=dict, compare=False, init=False)
    #: places each pattern (by order; duration_re: -1) was tried at without its
    #: first-character test
    tried: dict[int, int] = field(default_factory=dict, compare=False, init=False)

    @cached_property
    def duration_first(self) -> frozenset[str] | None:
        """The ASCII characters a match of duration_re can begin with (None: try every
        place); worked out once it has been tried at _FIRST_CHARS_AFTER places, as a
        pattern's first is, and only for a regex that never matches empty (a place
        skipped for its character could otherwise hold an empty match)."""
        rx = self.duration_re.compiled()
        return first_chars(rx) if never_empty(rx) else None


_SPACES_RE = skip.regex(r"[\s-]+")
_DAY_RE = skip.regex(r"(\d{1,2})(?:st|nd|rd|th)?")
_AND_A_HALF_RE = skip.regex(r"\s+and\s+a\s+half$", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _norm(s: str) -> str:
    """Lookup key of a vocabulary word: lower case, one space, plain apostrophe (kept:
    the same few words, "may", "next", "days", are looked up again and again)."""
    s = s.lower().replace("’", "'").replace("‘", "'")
    s = _SPACES_RE.sub(" ", s).strip()
    return s.rstrip(".")


def _word_regex(word: str, case_sensitive: set[str], abbrev: bool = False) -> str:
    tokens = re.split(r"[\s-]+", word.strip())
    parts = []
    for tok in tokens:
        p = ""
        for ch in tok:
            if ch in "'’":
                p += "['’]"
            elif ch == ".":
                p += r"\.?"
            else:
                p += re.escape(ch)
        if tok.capitalize() in case_sensitive and len(tokens) == 1:
            p = f"(?-i:{re.escape(tok.capitalize())})"
        parts.append(p)
    body = r"[\s-]+".join(parts)
    return body + (r"(?:\.|(?![a-z]))" if abbrev else r"(?![a-z])")


def _alt(words: dict[str, Any] | list[str], case_sensitive: set[str],
         abbrevs: dict[str, Any] | None = None) -> str:
    """Any of the words, as whole words (abbreviations may take a dot).

    The plain ones (one run of letters and digits, case-insensitive) go into a prefix
    trie, which the regex engine rules out at a place in one or two tests instead of one
    per word; the others (several tokens, apostrophes, dots, case-sensitive) stay
    alternatives of their own, longest first, before the tries. Each alternative ends
    where a run of letters ends, so a plain word and another alternative match at the
    same place only when the other one is the longer (it goes on past the run, as "a
    couple of" past "a") and came first already: what is found does not change
    (tests/test_fast_paths.py compares the two forms).
    """
    def plain(w: str) -> bool:
        return w.isalnum() and w.isascii() and w.capitalize() not in case_sensitive

    items = [(w, False) for w in words] + [(w, True) for w in (abbrevs or {})]
    items.sort(key=lambda x: len(x[0]), reverse=True)
    alts = [_word_regex(w, case_sensitive, a) for w, a in items if not plain(w)]
    whole = [w for w, a in items if plain(w) and not a]
    short = [w for w, a in items if plain(w) and a]
    if whole:
        alts.append(f"(?:{trie_pattern(whole)})(?![a-z])")
    if short:
        alts.append(f"(?:{trie_pattern(short)})(?:\\.|(?![a-z]))")
    return rf"\b(?:{'|'.join(alts)})"


def _compile(name: str, pattern: str, frags: dict[str, str]) -> _Regex:
    """The pattern with its fragments expanded (now: an unknown fragment is an error),
    compiled on first use."""
    return _Regex(name, _expand(pattern, frags, name))


def _expand(template: str, frags: dict[str, str], where: str, depth: int = 0) -> str:
    if depth > 12:
        raise TrackerError(f"rules/dates.toml: {where}: fragments nest too deep")

    def sub(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in frags:
            raise TrackerError(f"rules/dates.toml: {where}: unknown fragment @{name}")
        return _expand(frags[name], frags, where, depth + 1)

    return _FRAG_RE.sub(sub, template)


def _pattern(i: int, p: dict[str, Any], frags: dict[str, str], classes: set[str]) -> _Pattern:
    """One [[patterns]] entry, checked: a wrong `near` or `before` would quietly keep the
    pattern from ever being tried."""
    name = p.get("name", f"pattern {i + 1}")
    near = p.get("near")
    if near is not None:
        if not isinstance(near, list) or not near or any(c not in classes for c in near):
            raise TrackerError(f"rules/dates.toml: {name}: near must list trigger classes "
                               f"({', '.join(sorted(classes))}), not {near!r}")
    before = p.get("before")
    if before is not None and (type(before) is not int or before < 0 or near is None):
        raise TrackerError(f"rules/dates.toml: {name}: before must be a whole number >= 0 "
                           f"(characters ahead of a trigger of `near`), not {before!r}")
    if not isinstance(p.get("regex"), str):
        raise TrackerError(f"rules/dates.toml: {name}: a pattern needs a regex (a string)")
    return _Pattern(name, _compile(name, p["regex"], frags), i, p.get("resolver") == "dateparser",
                    tuple(near) if near is not None else None, before)


@cache
def _grammar() -> _Grammar:
    data = rules.load("dates")
    cs = set(data.get("case_sensitive", []))
    lex = numbers.lexicon()
    months = {**data["months"], **data["month_abbreviations"]}
    weekdays = {**data["weekdays"], **data["weekday_abbreviations"]}
    holidays: dict[str, dict[str, Any]] = {}
    for spec in data["holidays"].values():
        for n in spec["names"]:
            holidays[_norm(n)] = spec
    directions = {**data["directions"]["standalone"], **data["directions"]["anchored"], "in": 1}
    units = {_norm(k): (float(v.get("months", 0)), float(v["days"]))
             for k, v in data["units"].items()}
    n1_9 = {k: v for k, v in lex.units.items() if 1 <= v <= 9}
    n10_19 = {k: v for k, v in lex.units.items() if v >= 10}

    frags: dict[str, str] = {
        "month": _alt(data["months"], cs, data["month_abbreviations"]),
        "weekday": _alt(data["weekdays"], cs, data["weekday_abbreviations"]),
        "weekday_full": _alt(data["weekdays"], cs),
        "ordinal_word": _alt(data["ordinals"], cs),
        "day_word": _alt(data["day_words"], cs),
        "holiday": _alt([n for spec in data["holidays"].values() for n in spec["names"]], cs),
        "weekday_mod": _alt(data["weekday_mod"], cs),
        "date_mod": _alt(data["date_mod"], cs),
        "week_rel": _alt(data["week_rel"], cs),
        "month_rel": _alt(data["month_rel"], cs),
        "year_rel": _alt(data["year_rel"], cs),
        "dir_standalone": _alt(data["directions"]["standalone"], cs),
        "dir_anchored": _alt(data["directions"]["anchored"], cs),
        "unit": _alt(data["units"], cs),
        "count_word": _alt(data["count_words"], cs),
        "duration_fixed": _alt(data["durations_fixed"], cs),
        "number": lex.number_re.pattern,
        "n1_9": _alt(n1_9, cs),
        "n10_19": _alt(n10_19, cs),
        "tens": _alt(lex.tens, cs),
    }
    for k, v in data.get("fragments", {}).items():
        frags[k] = f"(?:{v})"

    gate_cfg = data.get("gate", {})
    gate_words: dict[str, set[str]] = {}

    def trig(cls: str, words: Any, longest: bool = False) -> None:
        for w in words:
            toks = [t for t in re.split(r"[^a-z]+", w.lower()) if t]
            for t in [max(toks, key=len)] if longest else toks:
                gate_words.setdefault(t, set()).add(cls)

    trig("month", months)
    trig("weekday", weekdays)
    trig("unit", [*data["units"], *gate_cfg.get("extra_unit_words", [])])
    trig("unit", data["durations_fixed"], longest=True)
    trig("day_word", data["day_words"], longest=True)
    trig("holiday", [n for spec in data["holidays"].values() for n in spec["names"]],
         longest=True)
    for cls, words in gate_cfg.get("classes", {}).items():
        trig(cls, words)
    gate_re = skip.regex(rf"(?<![a-z])(?:{trie_pattern(gate_words)})(?![a-z])")
    # the classes a pattern can be near: those of the trigger words, and _gate's digits
    classes = {c for cs in gate_words.values() for c in cs} | {"digits"}
    patterns = tuple(_pattern(i, p, frags, classes) for i, p in enumerate(data["patterns"]))
    compose = {k: _compile(f"composition.{k}", v, frags)
               for k, v in data["composition"].items() if isinstance(v, str)}
    cues = data.get("cues", {})

    def alt_re(items: list[str], suffix: str = "") -> _Regex | None:
        if not items:
            return None
        # neighbouring cues that start with \b share it: where a word does not start,
        # the engine then gives up after one test instead of one per cue (same matches)
        alts: list[str] = []
        run: list[str] = []
        for c in [*items, ""]:
            if c.startswith("\\b") and "|" not in c:
                run.append(c[2:])
                continue
            if run:
                alts.append("\\b(?:" + "|".join(f"(?:{r})" for r in run) + ")")
                run = []
            if c:
                alts.append(f"(?:{c})")
        return _compile("cues", "(?:" + "|".join(alts) + ")" + suffix, frags)

    dg = data.get("duration_guards", {})
    return _Grammar(
        patterns=patterns,
        guards=tuple((_compile("guards", g["regex"], frags),
                      frozenset(g["applies"]) if "applies" in g else None)
                     for g in data.get("guards", [])),
        non_dates=tuple(_compile("non_dates", g["regex"], frags)
                        for g in data.get("non_dates", [])),
        months={_norm(k): v for k, v in months.items()},
        weekdays={_norm(k): v for k, v in weekdays.items()},
        ordinals={_norm(k): v for k, v in data["ordinals"].items()},
        day_words={_norm(k): v for k, v in data["day_words"].items()},
        holidays=holidays,
        weekday_mod={_norm(k): v for k, v in data["weekday_mod"].items()},
        date_mod={_norm(k): v for k, v in data["date_mod"].items()},
        week_rel={_norm(k): v for k, v in data["week_rel"].items()},
        month_rel={_norm(k): v for k, v in data["month_rel"].items()},
        year_rel={_norm(k): v for k, v in data["year_rel"].items()},
        directions={_norm(k): v for k, v in directions.items()},
        count_words={_norm(k): float(v) for k, v in data["count_words"].items()},
        units=units,
        durations_fixed={_norm(k): float(v) for k, v in data["durations_fixed"].items()},
        numeric=dict(data["numeric"]),
        pivot=int(data["settings"].get("two_digit_year_pivot", 40)),
        past_includes_ref=bool(data["settings"].get("past_weekday_includes_reference", True)),
        compose=compose,
        compose_near=dict(data["composition"].get("near", {})),
        cue_future=alt_re(cues.get("future", [])),
        cue_past=alt_re(cues.get("past", [])),
        cue_adjacent=alt_re(cues.get("future_adjacent", []), r"\s+(?:on\s+|the\s+)?$"),
        cue_after=alt_re(cues.get("future_after", [])),
        cue_window=int(cues.get("window", 40)),
        weekday_re=_compile("weekday", "@weekday", frags),
        duration_re=_compile("duration", "(?<![\\w-])@duration", frags),
        unit_part_re=_compile("count_unit", r"(?P<count>@count)[\s-]+@unit_filler(?P<unit>@unit)"
                              r"(?P<half>\s+and\s+a\s+half)?", frags),
        duration_fixed_re=_compile("durations_fixed", r"(?<![\w-])@duration_fixed(?![\w-])",
                                   frags),
        dur_before=tuple(_compile("duration_guards", r, frags) for r in dg.get("before", [])),
        dur_before_article=tuple(_compile("duration_guards", r, frags)
                                 for r in dg.get("before_article", [])),
        dur_after=tuple(_compile("duration_guards", r, frags) for r in dg.get("after", [])),
        dur_after_article=tuple(_compile("duration_guards", r, frags)
                                for r in dg.get("after_article", [])),
        gate_re=gate_re,
        gate_capitalized=frozenset(w.lower() for w in cs),
        gate_words={k: frozenset(v) for k, v in gate_words.items()},
        gate_windows={k: (int(v[0]), int(v[1]))
                      for k, v in gate_cfg.get("windows", {}).items()},
    )


# ------------------------------------------------------------------------- options
@dataclass(frozen=True)
class _Opts:
    direction: str  # auto | future | past
    order: str | None  # mdy | dmy | None


@lru_cache(maxsize=64)
def _opts(prefer: str) -> _Opts:
    """``prefer``: "auto", "future" or "past", optionally with "mdy"/"dmy" for ambiguous
    numeric dates ("future,dmy"); "mdy"/"dmy" alone mean "auto" for the rest."""
    direction, order = "auto", None
    for tok in re.split(r"[,+\s]+", (prefer or "auto").lower()):
        if tok in ("auto", "future", "past"):
            direction = tok
        elif tok in ("mdy", "dmy"):
            order = tok
        elif tok:
            raise ValueError(f"prefer: unknown value {tok!r} (auto, future, past, mdy, dmy)")
    return _Opts(direction, order)


def _as_date(d: dt.date | dt.datetime | None) -> dt.date | None:
    if isinstance(d, dt.datetime):
        return d.date()
    return d


# ----------------------------------------------------------------------- calendar
def _easter(year: int) -> dt.date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    return dt.date(year, month, day + 1)


def _date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _pick(cands: list[dt.date], ref: dt.date, mode: str) -> dt.date | None:
    """nearest | future (on/after) | past (on/before) | after | before (strict)."""
    if mode == "future":
        cands = [c for c in cands if c >= ref]
        return min(cands) if cands else None
    if mode == "after":
        cands = [c for c in cands if c > ref]
        return min(cands) if cands else None
    if mode == "past":
        cands = [c for c in cands if c <= ref]
        return max(cands) if cands else None
    if mode == "before":
        cands = [c for c in cands if c < ref]
        return max(cands) if cands else None
    return min(cands, key=lambda c: (abs((c - ref).days), c < ref)) if cands else None


def _mode(opts: _Opts, rel: str | None = None) -> str:
    if rel in ("after", "before", "this_year"):
        return rel
    return {"future": "future", "past": "past"}.get(opts.direction, "nearest")


def _yearless(month: int, day: int, ref: dt.date, mode: str) -> dt.date | None:
    if mode == "this_year":
        return _date(ref.year, month, day)
    # the nearest, next or last date of a day every year has is within a year of ref;
    # February 29 may be four years away
    span = 4 if (month, day) == (2, 29) else 1
    cands = [d for y in range(ref.year - span, ref.year + span + 1) if (d := _date(y, month, day))]
    return _pick(cands, ref, mode)


def _add_months(d: dt.date, k: int) -> tuple[int, int]:
    y, m = divmod(d.year * 12 + d.month - 1 + k, 12)
    return y, m + 1


def _weekday_day(wd: int, day: int, ref: dt.date, mode: str) -> dt.date | None:
    """The date with that day of month falling on that weekday ("Monday 21")."""
    cands = []
    for k in range(-15, 16):
        y, m = _add_months(ref, k)
        d = _date(y, m, day)
        if d and d.weekday() == wd:
            cands.append(d)
    return _pick(cands, ref, "nearest" if mode == "this_year" else mode)


def _week_day(ref: dt.date, wd: int, weeks: int) -> dt.date:
    return ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(days=7 * weeks + wd)


def _holiday_on(h: dict[str, Any], year: int) -> dt.date | None:
    if "year" in h and h["year"] != year:
        return None
    if h.get("rule") == "easter":
        d: dt.date | None = _easter(year)
    elif "weekday" in h:
        wd = _grammar().weekdays[_norm(h["weekday"])]
        nth = int(h["nth"])
        if nth > 0:
            first = dt.date(year, h["month"], 1)
            d = first + dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (nth - 1))
        else:
            y, m = (year + 1, 1) if h["month"] == 12 else (year, h["month"] + 1)
            last = dt.date(y, m, 1) - dt.timedelta(days=1)
            d = last - dt.timedelta(days=(last.weekday() - wd) % 7 + 7 * (-nth - 1))
    else:
        d = _date(year, h["month"], h["day"])
    return d + dt.timedelta(days=int(h.get("offset", 0))) if d else None


# ------------------------------------------------------------------------- fields
def _month(s: str) -> int | None:
    if s.isdigit():
        return int(s)
    return _grammar().months.get(_norm(s))


def _day(s: str) -> int | None:
    g = _grammar()
    s = _norm(s)
    m = _DAY_RE.fullmatch(s)
    if m:
        return int(m.group(1))
    if s in g.ordinals:
        return g.ordinals[s]
    v = numbers.parse_number(s)
    return int(v) if v is not None and v == int(v) else None


def _year_words(s: str) -> int | None:
    toks = [t for t in re.split(r"[\s-]+", s.lower()) if t and t != "and"]
    if "thousand" in toks:
        i = toks.index("thousand")
        head = numbers.parse_number(" ".join(toks[:i]))
        rest = numbers.parse_number(" ".join(toks[i + 1:])) if toks[i + 1:] else 0
        return int(head * 1000 + rest) if head is not None and rest is not None else None
    head = numbers.parse_number(toks[0]) if toks else None
    tail = [t for t in toks[1:] if t not in ("hundred", "oh")]
    rest = numbers.parse_number(" ".join(tail)) if tail else 0
    if head is None or rest is None:
        return None
    return int(head * 100 + rest)


def _year(s: str) -> int | None:
    s = re.sub(r"^(?:of|in)\s+", "", s.strip(), flags=re.IGNORECASE).lstrip("'’")
    if s.isdigit():
        y = int(s)
        if len(s) == 2:
            y += 2000 if y < _grammar().pivot else 1900
        return y
    return _year_words(s)


@lru_cache(maxsize=1024)
def _count(s: str) -> float | None:
    """The number a count stands for ("90", "two", "a couple of", "a ... and a half");
    cached, as the same few counts recur."""
    g = _grammar()
    half = 0.0
    m = _AND_A_HALF_RE.search(s)
    if m:
        s, half = s[: m.start()], 0.5
    key = _norm(s)
    v = g.count_words.get(key)
    if v is None:
        v = numbers.parse_number(s.strip())
    return None if v is None else v + half


@dataclass(frozen=True)
class _Part:
    start: int
    end: int
    months: float  # calendar months (0 for a days unit)
    days: float  # calendar days when months == 0
    length: float  # length in days (durations)
    unit: float  # days in one unit (to order compounds)
    article: bool  # count is "a"/"an"


def _parts(text: str, start: int, end: int) -> list[_Part]:
    g = _grammar()
    out = []
    for m in g.unit_part_re.finditer(text, start, end):
        c = _count(m.group("count"))
        months, days = g.units[_norm(m.group("unit"))]
        if c is None:
            return []
        if m.group("half"):
            c += 0.5
        out.append(_Part(m.start(), m.end(), c * months, 0.0 if months else c * days,
                         c * days, days, _norm(m.group("count")) in ("a", "an")))
    return out


def _runs(parts: list[_Part]) -> list[list[_Part]]:
    """Split "<n> <unit> <n> <unit>" into compounds whose units strictly shrink."""
    runs: list[list[_Part]] = []
    for p in parts:
        if runs:
            prev = runs[-1][-1]
            if p.unit < prev.unit:
                runs[-1].append(p)
                continue
        runs.append([p])
    return runs


def _shift(d: dt.date, months: float, days: float, sign: int) -> dt.date | None:
    """`d` moved by an offset; None past the calendar ("in 999999 years")."""
    if not (abs(months) <= _MAX_MONTHS and abs(days) <= _MAX_DAYS):
        return None  # (also no float inf or nan from a count)
    whole = int(months)
    days += (months - whole) * 30
    try:
        return d + relativedelta(months=sign * whole) + dt.timedelta(days=sign * round(days))
    except (OverflowError, ValueError):  # before year 1 or after 9999
        return None


#: the longest span of the calendar (datetime.date): no offset or duration exceeds it
_MAX_DAYS = (dt.date.max - dt.date.min).days
_MAX_MONTHS = 12 * (dt.date.max.year - dt.date.min.year + 1)


def _offset(text: str, start: int, end: int) -> tuple[float, float] | None:
    parts = _parts(text, start, end)
    if not parts or len(_runs(parts)) != 1:
        return None
    return sum(p.months for p in parts), sum(p.days for p in parts)


# ---------------------------------------------------------------------- dateparser
@lru_cache(maxsize=8192)
def _dateparser(span: str, reference: dt.date | None, direction: str,
                require_year: bool) -> dt.date | None:
    """dateparser on one candidate span (cached on span, reference and direction)."""
    import dateparser

    settings: dict[str, Any] = {
        "PREFER_DAY_OF_MONTH": "first",
        "REQUIRE_PARTS": ["day", "month", "year"] if require_year else ["day", "month"],
        "RETURN_AS_TIMEZONE_AWARE": False,
        "PREFER_DATES_FROM": {"future": "future", "past": "past"}.get(direction,
                                                                      "current_period"),
    }
    if reference is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(reference, dt.time())
    try:
        r = dateparser.parse(span, languages=["en"], settings=settings)
    except (ValueError, OverflowError):  # dateparser raises on some odd inputs
        return None
    return r.date() if r else None


# ------------------------------------------------------------------------ resolving
@dataclass
class _M:
    start: int
    end: int
    value: dt.date | None
    kind: str
    calendar: bool = False  # an explicit calendar date (month name or numbers)
    offset: bool = False  # computed by an offset ("in two weeks")
    phrase: bool = False  # a bare or modified weekday that a date beside it may absorb
    standalone: bool = False  # "in two days": "two days from today" may re-read it


def _cue_direction(text: str, start: int, end: int) -> str:
    g = _grammar()
    if g.cue_after is not None and g.cue_after.match(text[end: end + 40]):
        return "future"
    window = text[max(0, start - g.cue_window): start]
    breaks = list(_SENTENCE_BREAK.finditer(window))
    if breaks:
        window = window[breaks[-1].end():]
    if g.cue_adjacent is not None and g.cue_adjacent.search(window):
        return "future"
    last_f = max((m.end() for m in g.cue_future.finditer(window)), default=-1) \
        if g.cue_future is not None else -1
    last_p = max((m.end() for m in g.cue_past.finditer(window)), default=-1) \
        if g.cue_past is not None else -1
    return "future" if last_f > last_p else "past"


def _bare_weekday(wd: int, ref: dt.date, direction: str) -> dt.date:
    g = _grammar()
    if direction == "future":
        return ref + dt.timedelta(days=(wd - ref.weekday()) % 7)
    back = (ref.weekday() - wd) % 7
    if back == 0 and not g.past_includes_ref:
        back = 7
    return ref - dt.timedelta(days=back)


def _weekday_rel(wd: int, ref: dt.date, rel: str) -> dt.date:
    if rel == "next_week":
        return _week_day(ref, wd, 1)
    if rel == "last_week":
        return _week_day(ref, wd, -1)
    if rel == "this_week":
        return _week_day(ref, wd, 0)
    if rel == "after":
        return ref + dt.timedelta(days=(wd - ref.weekday()) % 7 or 7)
    return ref - dt.timedelta(days=(ref.weekday() - wd) % 7 or 7)  # before


def _resolve(m: re.Match[str], pat: _Pattern, text: str, ref: dt.date | None,
             opts: _Opts) -> _M | None:
    g = _grammar()
    gd = {k: v for k, v in m.groupdict().items() if v is not None}
    s, e = m.start(), m.end()
    if "period" in gd:
        return None
    if pat.dateparser and "dp" in gd:
        v = _dateparser(gd["dp"], None, "auto", True)  # a full date: no reference needed
        return _M(s, e, v, "absolute", calendar=True) if v else None
    if "n1" in gd:
        return _numeric(gd, s, e, ref, opts)
    if "month" in gd and "day" in gd:
        month, day = _month(gd["month"]), _day(gd["day"])
        if month is None or day is None:
            return None
        return _calendar(gd, month, day, s, e, ref, opts)
    if "day" in gd and "month_rel" in gd:
        day = _day(gd["day"])
        if ref is None or day is None:
            return None
        y, mo = _add_months(ref, g.month_rel[_norm(gd["month_rel"])])
        v = _date(y, mo, day)
        return _M(s, e, v, "relative") if v else None
    if "holiday" in gd:
        return _holiday(gd, s, e, ref, opts)
    if "day_word" in gd:
        if ref is None:
            return None
        return _M(s, e, ref + dt.timedelta(days=g.day_words[_norm(gd["day_word"])]),
                  "relative")
    if "offset" in gd:
        off = _offset(text, m.start("offset"), m.end("offset"))
        if ref is None or off is None:
            return None
        sign = g.directions[_norm(gd["dir"])]
        return _M(s, e, _shift(ref, off[0], off[1], sign), "relative", offset=True,
                  standalone=True)
    if "weekday" in gd:
        if ref is None:
            return None
        wd = g.weekdays[_norm(gd["weekday"])]
        if "week_rel" in gd:
            v = _week_day(ref, wd, g.week_rel[_norm(gd["week_rel"])])
        elif "day" in gd:
            day = _day(gd["day"])
            w = _weekday_day(wd, day, ref, _mode(opts)) if day else None
            return _M(s, e, w, "weekday") if w else None
        elif "weekday_mod" in gd:
            v = _weekday_rel(wd, ref, g.weekday_mod[_norm(gd["weekday_mod"])])
        else:
            direction = opts.direction if opts.direction != "auto" else _cue_direction(text, s, e)
            v = _bare_weekday(wd, ref, direction)
        return _M(s, e, v, "weekday", phrase="week_rel" not in gd)
    return None


def _numeric(gd: dict[str, str], s: int, e: int, ref: dt.date | None, opts: _Opts) -> _M | None:
    g = _grammar()
    a, b = int(gd["n1"]), int(gd["n2"])
    readings = {"mdy": (a, b), "dmy": (b, a)}
    valid = {k: v for k, v in readings.items() if 1 <= v[0] <= 12 and 1 <= v[1] <= 31}
    order = opts.order or g.numeric.get(gd["sep"], "ambiguous")
    if order in valid:
        month, day = valid[order]
    elif len(valid) == 1 or (len(valid) == 2 and a == b):
        month, day = next(iter(valid.values()))
    else:
        return None
    return _calendar(gd, month, day, s, e, ref, opts)


def _calendar(gd: dict[str, str], month: int, day: int, s: int, e: int, ref: dt.date | None,
              opts: _Opts) -> _M | None:
    """A month and day, written with a year ("March 4, 2025") or read against the reference
    ("March 4": the nearest such day, or the one after or before it by "next 5/12"): one
    reading for the named and the numeric forms, so the two never resolve apart."""
    if "year" in gd:
        y = _year(gd["year"])
        v = _date(y, month, day) if y else None
        return _M(s, e, v, "absolute", calendar=True) if v else None
    if ref is None:
        return None
    mod = _grammar().date_mod.get(_norm(gd.get("date_mod", "")))
    v = _yearless(month, day, ref, _mode(opts, mod))
    return _M(s, e, v, "yearless", calendar=True) if v else None


def _holiday(gd: dict[str, str], s: int, e: int, ref: dt.date | None, opts: _Opts) -> _M | None:
    g = _grammar()
    h = g.holidays[_norm(gd["holiday"])]
    if "year" in gd or "year" in h:
        y = _year(gd["year"]) if "year" in gd else int(h["year"])
        v = _holiday_on(h, y) if y else None
        return _M(s, e, v, "absolute") if v else None
    if ref is None:
        return None
    if "year_rel" in gd:
        v = _holiday_on(h, ref.year + g.year_rel[_norm(gd["year_rel"])])
        return _M(s, e, v, "relative") if v else None
    rel = g.date_mod.get(_norm(gd["holiday_mod"])) if "holiday_mod" in gd else None
    mode = _mode(opts, rel)
    if mode == "this_year":
        v = _holiday_on(h, ref.year)
    else:
        v = _pick([d for y in range(ref.year - 1, ref.year + 2) if (d := _holiday_on(h, y))],
                  ref, mode)
    return _M(s, e, v, "relative" if rel else "yearless") if v else None


# ------------------------------------------------------------------------- finding
# a slash between digits, two hyphens or dots ("2025-07-09", "09.05.2025"), 8 digits,
# "yyyy mm dd": decimals ("5.9%") and score lines ("3-2") do not trigger
_DIGIT_GATE = skip.regex(r"\d(?:/\d|-\d{1,2}-\d|\.\d{1,2}\.\d|\d{7}|\d{3} \d\d \d)")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


@lru_cache(maxsize=16)
def _gate(text: str) -> dict[str, list[int]]:
    """Positions of trigger words per class (one regex pass over the lower-cased text); cached,
    as find_dates and find_durations usually see the same sentence. Read-only."""
    g = _grammar()
    low = text.lower()
    if len(low) != len(text):  # a few non-ASCII capitals change length when lowered
        low = text.translate(_ASCII_LOWER)
    hits: dict[str, list[int]] = {}
    words = g.gate_words
    caps = g.gate_capitalized
    for m in g.gate_re.finditer(low):  # whole runs of a-z that are trigger words
        i = m.start()
        if i and low[i - 1].isalpha():
            continue  # "élan": a word does not start inside another (non-ASCII) one
        tok = m.group()
        if tok in caps and not text[i].isupper():
            continue  # "may" the verb, "sun", "wed"
        for c in words[tok]:
            hits.setdefault(c, []).append(i)
    digits = list(map(_START, _DIGIT_GATE.finditer(text)))
    if digits:
        hits["digits"] = digits
    return hits


#: a word start, found as the start of a run of word characters not after one (each
#: match takes the whole run, so the engine does not test a boundary at every character
#: inside it, as ``\b\w`` does: about a quarter less time per scan; the same
#: starts, also from a `pos` inside a word, as the lookbehind reads the character before)
_WORD_START = skip.regex(r"(?<!\w)[a-zA-Z0-9_\w]+")
#: a match's start, without a Python frame per match (map over finditer)
_START = re.Match.start


def _starts(text: str, hits: dict[str, list[int]], cls: str,
            before: int | None = None) -> list[int]:
    """Word starts from `before` characters (default: the class's window) ahead of each
    trigger of a class up to it, in order."""
    if before is None:
        before = _grammar().gate_windows.get(cls, (60, 90))[0]
    out: list[int] = []
    last = -1
    finditer = _WORD_START.finditer
    for p in hits.get(cls, ()):  # in order: each range begins past the one before
        lo = max(last + 1, p - before)
        out += map(_START, finditer(text, lo, p + 1))
        last = p
    return out


def _windows(hits: dict[str, list[int]], near: tuple[str, ...],
             size: int) -> list[tuple[int, int]]:
    """Merged, sorted windows of text around the hits of the trigger classes."""
    g = _grammar()
    spans = []
    for c in near:
        before, after = g.gate_windows.get(c, (60, 90))
        spans.extend((max(0, p - before), min(size, p + after)) for p in hits.get(c, ()))
    spans.sort()
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and a <= out[-1][1]:
            if b > out[-1][1]:
                out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


_Cand = tuple[int, int, int, _Pattern, re.Match[str]]
#: places a pattern is tried at before its first characters are worked out (firstchars):
#: that costs up to ~15 ms for the largest patterns, as much as ~30,000 failed tries
#: (~0.3 to 0.5 us each), so one article is quicker without it and a feed with it
_FIRST_CHARS_AFTER = 20_000


def _patterns_for(g: _Grammar, classes: frozenset[str]) -> tuple[_Pattern, ...]:
    """The patterns that can match in a text with triggers of these classes (those with
    no `near` always can), in file order: a sentence has the triggers of two or three
    classes of the eight, so most patterns are not even looked at."""
    got = g.patterns_for.get(classes)
    if got is None:
        got = g.patterns_for[classes] = tuple(
            p for p in g.patterns if p.near is None or not classes.isdisjoint(p.near))
    return got


#: the groups through which a match can give a date that needs no reference (its year,
#: a full date for dateparser, a holiday with its year): without a reference, a match of
#: a pattern with none of them resolves to nothing (_resolve returns None)
_ABSOLUTE_GROUPS = frozenset({"year", "dp", "holiday"})


def _select(text: str, own_windows: bool = True,
            absolute_only: _Opts | None = None) -> list[_Cand]:
    """Every candidate, then the leftmost-longest that do not overlap.

    A pattern with triggers is tried (anchored) at each word start shortly before one of
    its triggers, so overlapping readings all compete: in "the last 3 months and 2 days
    ago" the period wins over "3 months and 2 days ago", and "2 days ago" remains.
    `own_windows`: a pattern's own `before` where it sets one (False: the class windows
    only, to check that the own windows lose nothing).
    `absolute_only` (find_dates without a reference: its options): the patterns that can
    give a date needing no reference are tried first, and if none of their matches
    resolves to one (read with these options, as find_dates reads them),
    nothing is returned without trying the others (their matches would resolve to
    nothing); otherwise the others are tried too and every candidate competes as usual.
    """
    hits = _gate(text)
    if not hits:
        return []
    g = _grammar()
    pats = _patterns_for(g, frozenset(hits))
    # the places of each (classes, before) and of each (classes, before, first
    # characters): most patterns share theirs with others (the month patterns, the
    # unit patterns ...), so each is worked out once per text
    starts: dict[tuple[str, int | None], list[int]] = {}  # made on first use
    places: dict[tuple[Any, ...], Sequence[int]] = {}
    if absolute_only is None:
        cands = _candidates(text, hits, pats, own_windows, starts, places)
    else:
        cands = _candidates(text, hits, [p for p in pats if p.absolute], own_windows,
                            starts, places)
        if not any(_resolve(m, p, text, None, absolute_only) is not None
                   for _, _, _, p, m in cands):
            return []
        cands += _candidates(text, hits, [p for p in pats if not p.absolute], own_windows,
                             starts, places)
    # (start, -length, pattern order) differs for any two candidates: one order whatever
    # order the patterns were tried in
    cands.sort(key=lambda c: (c[0], c[0] - c[1], c[2]))
    chosen: list[_Cand] = []
    last_end = -1
    for c in cands:
        if c[0] >= last_end:
            chosen.append(c)
            last_end = c[1]
    return chosen


def _candidates(text: str, hits: dict[str, list[int]], pats: Sequence[_Pattern],
                own_windows: bool, starts: dict[tuple[str, int | None], list[int]],
                places: dict[tuple[Any, ...], Sequence[int]]) -> list[_Cand]:
    """Every match of the patterns at their places (the memos `starts` and `places` are
    shared by the calls for one text)."""
    cands: list[_Cand] = []
    tried = _grammar().tried
    for p in pats:
        near = p.near
        if near is None:
            cands.extend((m.start(), m.end(), p.order, p, m) for m in p.regex.finditer(text)
                         if m.end() > m.start())
            continue
        before = p.before if own_windows else None
        key: tuple[Any, ...] = (near, before)
        pos = places.get(key)
        if pos is None:
            for c in near:
                if (c, before) not in starts and c in hits:
                    starts[c, before] = _starts(text, hits, c, before)
            pos = places[key] = starts.get((near[0], before), ()) if len(near) == 1 else \
                sorted({x for c in near for x in starts.get((c, before), ())})
        if not pos:
            continue
        n = tried.get(p.order, 0)
        if n < _FIRST_CHARS_AFTER:  # (working the characters out costs more, so far)
            tried[p.order] = n + len(pos)
        elif (first := p.first) is not None:  # only where the character can begin a match
            fkey = (near, before, first)
            got = places.get(fkey)
            if got is None:
                got = places[fkey] = [x for x in pos
                                      if text[x] in first or not text[x].isascii()]
            pos = got
        # most tries fail: map makes them without a Python-level call each, and only the
        # matches (each starting at its place) reach the loop
        for m in filter(None, map(p.regex.match, repeat(text), pos)):
            x, e = m.span()
            if e > x:
                cands.append((x, e, p.order, p, m))
    return cands


def _guards_of(g: _Grammar, pattern: str) -> tuple[_Regex, ...]:
    """The guards that apply to a pattern, in file order (a memo on the grammar)."""
    got = g.guards_for.get(pattern)
    if got is None:
        got = g.guards_for[pattern] = tuple(
            gr for gr, applies in g.guards if applies is None or pattern in applies)
    return got


def _guarded(text: str, s: int, e: int, pattern: str) -> bool:
    lo, hi = max(0, s - 60), min(len(text), e + 60)
    for gr in _guards_of(_grammar(), pattern):
        for m in gr.finditer(text, lo, hi):
            if m.start() < e and m.end() > s:
                return True
    return False


def _near(hits: dict[str, list[int]], cls: str | None, pos: int, span: int = 60) -> bool:
    """Is there a trigger of the class in the `span` characters before `pos`?"""
    if cls is None:
        return True
    h = hits.get(cls)
    if not h:
        return False
    i = bisect.bisect_left(h, pos)
    return i > 0 and h[i - 1] >= pos - span


def _compose(text: str, ms: list[_M], ref: dt.date | None, opts: _Opts) -> list[_M]:
    g = _grammar()
    hits = _gate(text)
    c = g.compose
    cn = g.compose_near

    def can(name: str, pos: int) -> _Regex | None:
        return c.get(name) if _near(hits, cn.get(name), pos) else None

    out: list[_M] = []
    # compositions never reach into an earlier mention, bare weekdays aside; an offset
    # may re-read a standalone one ("in two days from today")
    floor = floor_offset = 0
    for m in ms:
        if m.value is None:
            continue
        before = text[max(floor, m.start - 120): m.start]
        base = m.start - len(before)
        if m.calendar:
            dm = c["date_mod_before"].search(before) if "date_mod_before" in c else None
            if dm and m.kind == "yearless" and ref is not None:
                rel = g.date_mod[_norm(dm.group("date_mod"))]
                v = _yearless(m.value.month, m.value.day, ref, _mode(opts, rel))
                if v:
                    m = _M(base + dm.start(), m.end, v, "relative", calendar=True)
                    before = text[max(floor, m.start - 120): m.start]
                    base = m.start - len(before)
            r = can("weekday_before", m.start)
            wb = r.search(before) if r else None
            if wb:
                v = m.value
                wm = g.weekday_re.search(wb.group("phrase"))
                if m.kind == "yearless" and ref is not None and wm:
                    # "Thursday, April 10": the year in which April 10 is a Thursday
                    wd = g.weekdays[_norm(wm.group(0))]
                    agree = [d for y in range(ref.year - 1, ref.year + 2)
                             if (d := _date(y, v.month, v.day)) and d.weekday() == wd]
                    v = _pick(agree, ref, _mode(opts)) or v
                m = _M(base + wb.start(), m.end, v, m.kind, calendar=True)
                before = text[max(floor, m.start - 120): m.start]
                base = m.start - len(before)
        ob_text = text[max(floor_offset, m.start - 120): m.start]
        r = can("offset_before", m.start)
        ob = r.search(ob_text) if r else None
        if ob:
            base = m.start - len(ob_text)
            off = _offset(text, base + ob.start("offset"), base + ob.end("offset"))
            v = None if off is None else _shift(m.value, off[0], off[1],
                                                g.directions[_norm(ob.group("dir"))])
            if v is not None:
                m = _M(base + ob.start(), m.end, v,
                       "absolute" if m.kind == "absolute" else "relative", offset=True)
                before = text[max(floor, m.start - 120): m.start]
                base = m.start - len(before)
        if m.offset and m.value is not None:
            wa = c["weekday_after"].match(text[m.end: m.end + 60]) \
                if "weekday_after" in c else None
            r = can("weekday_before", m.start)
            wb = r.search(before) if r else None
            if wa:
                wd = g.weekdays[_norm(wa.group("weekday"))]
                m = _M(m.start, m.end + wa.end(), _week_day(m.value, wd, 0), m.kind, offset=True)
            elif wb:
                wm = g.weekday_re.search(wb.group("phrase"))
                if wm:
                    wd = g.weekdays[_norm(wm.group(0))]
                    m = _M(base + wb.start(), m.end, _week_day(m.value, wd, 0), m.kind,
                           offset=True)
        out.append(m)
        if not m.phrase:
            floor = max(floor, m.end)
            if not m.standalone:
                floor_offset = max(floor_offset, m.end)
    # composed spans swallow their neighbours: of overlapping mentions the longest stays
    out.sort(key=lambda x: (x.start, x.start - x.end))
    kept: list[_M] = []
    for m in out:
        if kept and m.start < kept[-1].end:
            if m.end - m.start > kept[-1].end - kept[-1].start:
                kept[-1] = m
            continue
        kept.append(m)
    return kept


def since_before(before: str) -> bool:
    """Whether "since" ends the text before a date (rules/dates.toml [composition]
    `past_before`): the date is one gone by, so a year-less one read ahead of a known
    publication date is last year's ("in force since April 3" in an October story)."""
    r = _grammar().compose.get("past_before")
    return bool(r and r.search(before[-120:]))


def narrated_past(before: str) -> bool:
    """Whether the clause before a date tells a change done ("matched Washington with 34%
    from April 10", "reached on April 10") and nothing to come after it (rules/dates.toml
    [composition] `narrated_past`, `narrated_blocked`): the date is then one gone by."""
    c = _grammar().compose
    done, blocked = c.get("narrated_past"), c.get("narrated_blocked")
    if not (done and blocked):
        return False
    clause = before[-240:].rsplit(";", 1)[-1]
    last_done = max((m.start() for m in done.finditer(clause)), default=None)
    last_blocked = max((m.end() for m in blocked.finditer(clause)), default=None)
    # a change done told after the last word of things to come ("it will stop collecting
    # the duties it placed on US farm goods on March 10"): the date is the done change's
    return last_done is not None and (last_blocked is None or last_done >= last_blocked)


def find_dates(text: str, reference: dt.date | None, prefer: str = "auto") -> list[DateMention]:
    """Every date written in ``text``, left to right.

    ``reference`` is "now" (the publication date) for year-less, relative and weekday
    mentions; without it only absolute dates are returned. ``prefer``: "auto" (year-less
    dates nearest the reference, bare weekdays by cue words), "future" or "past"; add
    "mdy"/"dmy" ("auto,dmy") to read ambiguous numeric dates like "09-05-2025".
    """
    ref = _as_date(reference)
    opts = _opts(prefer)
    ms: list[_M] = []
    for s, e, _, pat, m in _select(text, absolute_only=opts if ref is None else None):
        if _guarded(text, s, e, pat.name):
            continue
        r = _resolve(m, pat, text, ref, opts)
        if r is not None and r.value is not None:
            ms.append(r)
    ms = _compose(text, ms, ref, opts)
    out = []
    for m in ms:
        if m.value is None or (ref is None and m.kind != "absolute"):
            continue
        start, end = m.start, m.end
        while end > start and text[end - 1] in " ,(-":
            end -= 1
        while start < end and text[start] in " ,(-":
            start += 1
        out.append(DateMention(start, end, m.value, m.kind, text[start:end]))
    return out


def resolve_date(span: str, reference: dt.date | None, prefer: str = "auto") -> dt.date | None:
    """The date a span states, or None.

    The patterns decide first (the longest mention found in the span); a span they do not
    know goes to dateparser unless it is a known non-date (rules/dates.toml [[non_dates]]:
    bare years, decades, "Section 232", times, fractions, plain numbers, durations). A
    year-less dateparser answer gets the year nearest the reference; without a reference
    the span must carry a year.
    """
    ref = _as_date(reference)
    opts = _opts(prefer)
    s = span.strip()
    if not s:
        return None
    found = find_dates(s, ref, prefer)
    if found:
        return max(found, key=lambda m: m.end - m.start).value
    if any(nd.fullmatch(s) for nd in _grammar().non_dates):
        return None
    has_year = re.search(r"(?<!\d)[12]\d{3}(?!\d)|['’]\d\d\b", s) is not None
    if ref is None and not has_year:
        return None
    v = _dateparser(s, ref, opts.direction, False)
    if v is None or has_year or ref is None:
        return v
    return _yearless(v.month, v.day, ref, _mode(opts))


# ------------------------------------------------------------------------ durations
def _first_places(g: _Grammar, text: str, places: list[int]) -> list[int]:
    """The places duration_re can match at: each word start in the unit windows, or,
    once the regex's first characters are worked out, only those whose character can
    begin a match (non-ASCII characters always), as _select does for the patterns: most
    word starts there ("the", "by", "deadline") cannot begin a length of time."""
    n = g.tried.get(-1, 0)
    if n < _FIRST_CHARS_AFTER:
        g.tried[-1] = n + len(places)
        return places
    first = g.duration_first
    if first is None:
        return places
    return [x for x in places if text[x] in first or not text[x].isascii()]


def find_durations(text: str) -> list[DurationMention]:
    """Every length of time in ``text``: "90-day", "30 days", "two weeks", "a year and a
    half". days = weeks*7, months*30, years*365; compounds whose units shrink ("2 weeks
    and 2 days") are summed. Not durations: relative dates ("10 days ago", "in 90 days"),
    rates ("$5 billion a year", "twice a year"), ages and bond tenors ("30-year-old",
    "10-year Treasury") -- rules/dates.toml [duration_guards].
    """
    g = _grammar()
    out: list[DurationMention] = []
    hits = _gate(text)
    matches = list(filter(None, map(g.duration_re.match, repeat(text),
                                    _first_places(g, text, _starts(text, hits, "unit")))))
    matches.sort(key=lambda m: (m.start(), -m.end()))
    last_end = -1
    for m in matches:
        if m.start() < last_end:  # "2 weeks and 2 days" also matches at "2 days"
            continue
        last_end = m.end()
        for run in _runs(_parts(text, m.start(), m.end())):
            s, e = run[0].start, run[-1].end
            before = text[max(0, s - 40): s]
            after = text[e: e + 40]
            if any(r.search(before) for r in g.dur_before):
                continue
            if run[0].article and (any(r.search(before) for r in g.dur_before_article)
                                   or any(r.match(after) for r in g.dur_after_article)):
                continue
            if any(r.match(after) for r in g.dur_after):
                continue
            days = sum(p.length for p in run)
            if not days <= _MAX_DAYS:  # "99999999999999999999 days": junk (or inf, nan)
                continue
            out.append(DurationMention(s, e, days, text[s:e]))
    unit_windows = _windows(hits, ("unit",), len(text))
    for m in (x for a, b in unit_windows for x in g.duration_fixed_re.finditer(text, a, b)):
        out.append(DurationMention(m.start(), m.end(), g.durations_fixed[_norm(m.group(0))],
                                   m.group(0)))
    out.sort(key=lambda d: d.start)
    return out


# ---------------------------------------------------------------------------- check
def _all_regexes(g: _Grammar) -> list[_Regex]:
    """Every regex of the grammar (compiled on first use; the rules check compiles all)."""
    out = [p.regex for p in g.patterns] + [r for r, _ in g.guards] + list(g.non_dates)
    out += list(g.compose.values()) + [r for r in (g.cue_future, g.cue_past, g.cue_adjacent,
                                                   g.cue_after) if r is not None]
    out += [g.weekday_re, g.duration_re, g.unit_part_re, g.duration_fixed_re]
    return out + [*g.dur_before, *g.dur_before_article, *g.dur_after, *g.dur_after_article]


def check_rules() -> tuple[int, list[str]]:
    """Compile every regex of rules/dates.toml (a bad one is an error even where no text
    needs it yet) and run its [[examples]]."""
    for rx in _all_regexes(_grammar()):
        rx.compiled()
    failures: list[str] = []
    examples = rules.load("dates").get("examples", [])
    for ex in examples:
        text = ex["text"]
        ref = dt.date.fromisoformat(ex["reference"]) if ex.get("reference") else None
        prefer = ex.get("prefer", "auto")
        try:
            if [c[:3] for c in _select(text)] != [c[:3] for c in _select(text, False)]:
                failures.append(f"dates: {text!r}: a pattern's own `before` misses what "
                                f"its class's window finds")
            if "dates" in ex:
                got = find_dates(text, ref, prefer)
                values = [d.value.isoformat() for d in got]
                if values != ex["dates"]:
                    failures.append(f"dates: {text!r} -> {values}, expected {ex['dates']}")
                if "surface" in ex and [d.text for d in got] != ex["surface"]:
                    failures.append(f"dates: {text!r} surfaces {[d.text for d in got]}, "
                                    f"expected {ex['surface']}")
                if "kinds" in ex and [d.kind for d in got] != ex["kinds"]:
                    failures.append(f"dates: {text!r} kinds {[d.kind for d in got]}, "
                                    f"expected {ex['kinds']}")
            if "resolve" in ex:
                r = resolve_date(text, ref, prefer)
                got_r = r.isoformat() if r else ""
                if got_r != ex["resolve"]:
                    failures.append(f"resolve_date: {text!r} -> {got_r!r}, "
                                    f"expected {ex['resolve']!r}")
            if "durations" in ex:
                days = [d.days for d in find_durations(text)]
                if len(days) != len(ex["durations"]) or any(
                        abs(a - b) > 1e-6 for a, b in zip(days, ex["durations"], strict=False)):
                    failures.append(f"durations: {text!r} -> {days}, "
                                    f"expected {ex['durations']}")
        except TrackerError:
            raise
        except Exception as exc:  # a broken example must not hide the others
            failures.append(f"dates: {text!r} raised {type(exc).__name__}: {exc}")
    return len(examples), failures
