"""A publication date for an article that has none: inferred from what its text states.

    infer_date(text) -> InferredDate(date | None, confidence, evidence)

Feeds and scraped pages often give no date, and a text without a DATE LINE
(tracker.read.metadata) says nothing about itself. Its body still dates it: news is
written shortly after the latest thing it reports. In order of trust:

1. a date stamp: a short line near the top that is mostly one full date
   ("Mon, Mar 3, 2025 09:15 AM in Business"), or a wire date line opening a line
   ("Aug. 11 (UPI) --", "Ottawa, Aug 23 (IANS)"), that the date-line rules did not take;
2. the latest PAST date the text states: full dates ("July 31, 2025"), year-less ones
   ("On August 11, Trump signed"), weekday-pinned ones ("on Tuesday, July 22": the year
   in which July 22 is a Tuesday). A date after a future cue ("starting August 1",
   "will take effect on", "until", "within 90 days (Oct. 28)", a step in the present
   tense: "the order takes effect on", "no later than") is an event still ahead, not a
   clue to "now", unless "today" stands right before it ("effective today, Friday,
   Aug. 8") or its clause tells it missed ("failed to reach a deal by the Aug. 1
   deadline": [inference] missed_before); the cue words are those of rules/dates.toml
   [cues] plus rules/metadata.toml [inference]. Weekdays alone ("said Friday") and holidays are
   relative to the very date looked for, and are not used, but for one case (h249): a
   weekday told as no step ahead where the span from the latest past date to the first
   date ahead holds exactly one day of it ("signed on Sept. 4 ... appeared in the
   register on Tuesday ... from Sept. 16": Tuesday Sept. 9), that day. A date named by
   "tomorrow" or "yesterday" right before it ("take effect at 12:01 a.m. tomorrow,
   April 10") gives the day of writing exactly, the day before or after it (h260), ahead
   of every other date.

Only dates ahead bound the date from above, not closely: no date is inferred then (the
day before the earliest was within 3 days of the publication date in 1 of 6 dev and
seed articles, and up to three months off), unless that earliest date is told as a step
overtaken ("the 25% rate that was due to take effect on Aug. 1", "a jump that would have
come in on Aug. 12": rules/metadata.toml [inference] overtaken): the text was written as
it was put off, and its eve is the date (h249). So it is where the text tells dates as
past but the latest is more than a week before that eve (an old reference: "the 50% it had
threatened in a July 9 letter for Aug. 1", "rather than on the Aug. 1 date"; h260).

Year-less dates are resolved around the dates the text states (the latest past full
date, else July 1 of the latest year it names, not counting a year that labels a plan or
budget ("the 2026 budget") or a schedule ("for 2027, 2028 and 2029"), rules/metadata.toml
[inference] year_label_*, nor the year of a date ahead), else the default year of
rules/claims.toml). Confidences (rules/metadata.toml [inference]) stay below a date
line's: the result is a guess, and `date_method = "inferred"` says so.

Pure: text in, a value out; the dates themselves are found by tracker.extract.dates.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from tracker import rules
from tracker.read.opener import lead_close_re

__all__ = ["InferredDate", "infer_date", "text_year", "told_ahead"]

_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_LINE_RE = re.compile(r"[^\n]*\n?")
# a sentence end (not "a.m.", "U.S.", "Gov."), or a line or clause break
_BREAK_RE = re.compile(r"(?<![A-Z][a-z])(?<![A-Z][a-z]{2})(?<!\b[A-Za-z])[.!?]['\"’”)]*\s+"
                       r"(?=[A-Z\"“‘'(])|[\n\r;]")
#: days between the latest past full date and the first full date ahead beyond which the
#: past one is an old reference, not "now" (_starting_point)
STALE_DAYS = 183
#: days before the eve of a first date ahead told as a step overtaken beyond which the latest
#: past date is an old reference ("the 25% threatened in a July 9 letter for Aug. 1"), not
#: the news: the text is dated on that eve instead (h260); within a week it is the news
OLD_PAST_DAYS = 7


@dataclass(frozen=True)
class InferredDate:
    """The inferred date (None: the text states no usable date), how sure, and why."""

    date: dt.date | None
    confidence: float
    evidence: str


@dataclass(frozen=True)
class _Config:
    future: re.Pattern[str]
    past: re.Pattern[str]
    adjacent: re.Pattern[str]
    overtaken: re.Pattern[str]
    missed: re.Pattern[str]
    opening: re.Pattern[str]
    labelled: re.Pattern[str]
    today: re.Pattern[str]
    tomorrow: re.Pattern[str]
    yesterday: re.Pattern[str]
    window: int
    head_lines: int
    stamp_max_words: int
    lead_chars: int
    confidence: dict[str, float]
    default_year: int
    label_after: re.Pattern[str]
    label_before: re.Pattern[str]


def _alt(items: list[str], suffix: str = "") -> re.Pattern[str]:
    body = "|".join(f"(?:{c})" for c in items) or r"(?!)"
    return re.compile(f"(?:{body}){suffix}", re.IGNORECASE)


def _opening(words: list[str]) -> re.Pattern[str]:
    """What may stand before a date that opens its clause: nothing, or one opening word."""
    body = "|".join(f"(?:{w})" for w in words) or r"(?!)"
    return re.compile(rf"^\W*(?:(?:{body})\s+)?$", re.IGNORECASE)


@cache
def _config() -> _Config:
    cues = rules.load("dates").get("cues", {})
    inf = rules.load("metadata").get("inference", {})
    reference = rules.load("claims").get("reference", {})
    return _Config(
        future=_alt([*cues.get("future", []), *inf.get("future", []),
                     *inf.get("replaced_plan", [])]),
        past=_alt(cues.get("past", [])),
        adjacent=_alt([*cues.get("future_adjacent", []), *inf.get("future_adjacent", [])],
                      r"\s+(?:on\s+|the\s+)?$"),
        overtaken=_alt([*inf.get("overtaken", []), *inf.get("replaced_plan", [])]),
        missed=_alt(inf.get("missed_before", [])),
        opening=_opening(inf.get("opening_words", [])),
        labelled=re.compile(inf.get("stamp_label_before", r"(?!)").replace(
            "{label}", rules.load("metadata").get("fragments", {}).get("label", r"(?!)"))),
        today=_alt(inf.get("today_adjacent", []), r"[\s,]*(?:[a-z]+day,?\s*)?$"),
        tomorrow=_alt(inf.get("tomorrow_adjacent", []), r"[\s,]*(?:[a-z]+day,?\s*)?$"),
        yesterday=_alt(inf.get("yesterday_adjacent", []), r"[\s,]*(?:[a-z]+day,?\s*)?$"),
        window=int(inf.get("window", cues.get("window", 40))),
        head_lines=int(inf.get("head_lines", 8)),
        stamp_max_words=int(inf.get("stamp_max_words", 12)),
        lead_chars=int(inf.get("lead_chars", 40)),
        confidence={k: float(v) for k, v in inf.get("confidence", {}).items()},
        default_year=int(reference.get("default_year", 2025)),
        label_after=re.compile(inf.get("year_label_after", r"(?!)"), re.IGNORECASE),
        label_before=re.compile(inf.get("year_label_before", r"(?!)"), re.IGNORECASE),
    )


def _is_label(text: str, m: re.Match[str], cfg: _Config) -> bool:
    """A year naming a plan, budget or forecast ("the 2026 budget", "fiscal 2026"): a period
    it labels, often ahead, not the year the text is about."""
    return (cfg.label_after.match(text, m.end()) is not None
            or cfg.label_before.search(text[max(0, m.start() - 20):m.start()]) is not None)


def _is_future(text: str, start: int, cfg: _Config, end: int | None = None) -> bool:
    """Whether the words just before a date (same clause) say it still lies ahead; for a
    date (`end` given) that opens its clause, after nothing or an opening word ([inference]
    opening_words: "After March 31, 2026, only e-filing will be accepted"), the words
    after it: its verb comes after it (_ahead_after)."""
    window = text[max(0, start - cfg.window):start]
    breaks = list(_BREAK_RE.finditer(window))
    if breaks or start <= cfg.window:
        window = window[breaks[-1].end():] if breaks else window
        if end is not None and cfg.opening.match(window):
            return _ahead_after(text, end, cfg)
    if cfg.today.search(window) or cfg.missed.search(window):
        return False
    if cfg.adjacent.search(window):
        return True
    last_f = max((m.end() for m in cfg.future.finditer(window)), default=-1)
    last_p = max((m.end() for m in cfg.past.finditer(window)), default=-1)
    return last_f > last_p


def told_ahead(text: str, start: int, end: int) -> bool:
    """Whether the words around a date tell it still ahead (`_is_future` with this module's
    cues: "scheduled to rise to 50 per cent on Jan. 1", "from Jan. 1"), for the extractor's
    reading of a year-less date against a guessed "now" (figures._told_ahead_of_guess)."""
    return _is_future(text, start, _config(), end)


def _named_day(text: str, start: int, cfg: _Config) -> int | None:
    """How many days a date lies after the day of writing when "tomorrow" or "yesterday"
    names it right before ([inference] tomorrow_adjacent, yesterday_adjacent): "both take
    effect at 12:01 a.m. tomorrow, April 10" (1: written on April 9), "the surcharge started
    yesterday, Aug. 6" (-1); None when neither does. The text then gives its own day exactly,
    where a date ahead alone bounds nothing and a start read as past is only the latest."""
    window = text[max(0, start - cfg.window):start]
    if cfg.tomorrow.search(window):
        return 1
    if cfg.yesterday.search(window):
        return -1
    return None


def _overtaken(text: str, start: int, cfg: _Config) -> bool:
    """Whether the clause before a date ahead tells it as a step overtaken ([inference]
    overtaken: "the 25% rate that was due to take effect on Aug. 1", "the duty Trump had
    threatened to impose from Aug. 1", "a jump that would have come in on Aug. 12"): a
    text that says so was written as the step was put off, on its eve."""
    window = text[max(0, start - cfg.window):start]
    breaks = list(_BREAK_RE.finditer(window))
    window = window[breaks[-1].end():] if breaks else window
    return cfg.overtaken.search(window) is not None


def _ahead_after(text: str, end: int, cfg: _Config) -> bool:
    """Whether the clause a date opens tells a step ahead: its first cue after the date is
    a future one ("After March 31, 2026, only ... will be accepted"), not a past one ("On
    Aug. 4, the board said it will ...": the date is when it said so)."""
    after = text[end:end + cfg.window]
    stop = _BREAK_RE.search(after)
    if stop:
        after = after[:stop.start()]
    first_f = min((m.start() for m in cfg.future.finditer(after)), default=len(after) + 1)
    first_p = min((m.start() for m in cfg.past.finditer(after)), default=len(after) + 1)
    return first_f < first_p


def _head(text: str, n: int) -> list[str]:
    """The first `n` non-blank lines, stripped."""
    out: list[str] = []
    for m in _LINE_RE.finditer(text):
        line = m.group(0).strip()
        if line:
            out.append(line)
            if len(out) >= n:
                break
        if m.end() >= len(text):
            break
    return out


def _stamp(text: str, cfg: _Config, start: dt.date,
           today: dt.date) -> tuple[dt.date, str] | None:
    """A short head line that is one full date ("Mon, Mar 3, 2025 09:15 AM"), a full date
    after a publication label opening a head line or a part of it ("By Ana Ruiz | The
    Harbour Ledger | Published Aug. 3, 2025": [inference] stamp_label_before), or a wire
    dateline opening a line ("Aug. 11 (UPI) --", "Ottawa, Aug 23 (IANS)", "date
    2025-10-27 MEXICO CITY")."""
    from tracker.extract import dates as dates_layer

    for line in _head(text, cfg.head_lines):
        found = [d for d in dates_layer.find_dates(line, start) if d.value <= today
                 and d.kind in ("absolute", "yearless")]
        full = [d for d in found if d.kind == "absolute"]
        for d in full:
            if cfg.labelled.search(line[:d.start]):
                return d.value, f"labelled date in the head {line[:d.end]!r}"
        if (len(line.split()) <= cfg.stamp_max_words and len(full) == 1
                and len(full[0].text) >= len(line) / 3):
            return full[0].value, f"date stamp {line!r}"
        lead = found[0] if found and found[0].start <= cfg.lead_chars else None
        if lead is not None and line[:lead.start].strip() and cfg.opening.match(line[:lead.start]):
            lead = None  # "After March 31, 2026, only ...": a sentence, not a date line
        if lead is not None and (lead.kind == "absolute" and lead.start <= cfg.lead_chars // 2
                                 or lead_close_re().match(line, lead.end)):
            return lead.value, f"date line opening {line[:lead.end + 8]!r}"
    return None


def _year(mentions: list[Any], text: str, cfg: _Config, today: dt.date) -> int:
    """The year the text is about: that of its latest past full date, else the latest year
    it names outside future clauses (at least the default year), never after today's, and
    a year earlier where that year puts a past date after one ahead (_past_after_ahead)."""
    past_full = [d.value for d in mentions if d.kind == "absolute" and d.value <= today
                 and not _is_future(text, d.start, cfg, d.end)]
    if past_full:
        return max(past_full).year
    # a year written in a date is judged where the date begins ("extended to Nov. 10, 2026")
    ahead = [(d.start, d.end) for d in mentions if _is_future(text, d.start, cfg, d.end)]
    years = [int(m.group(1)) for m in _YEAR_RE.finditer(text)
             if 1990 <= int(m.group(1)) <= today.year and not _is_future(text, m.start(), cfg)
             and not _is_label(text, m, cfg)
             and not any(s <= m.start() < e for s, e in ahead)]
    year = min(max([*years, cfg.default_year]), today.year)
    # a year named alone is as often one ahead ("could raise ... in 2026"): past the default
    # year, it must not put a year-less past date after a date the text tells as ahead
    if year > cfg.default_year and _past_after_ahead(text, cfg, year):
        return year - 1
    return year


def _past_after_ahead(text: str, cfg: _Config, year: int) -> bool:
    """Whether, read around July 1 of `year`, a year-less date the text tells as past falls
    after one it tells as ahead ("comments closed on Nov. 3" after "due on July 1, 2026"):
    a text is written before what it says lies ahead, so that year is one too late. Dates
    with a weekday pin their own year and are not counted; neither are holidays."""
    from tracker.extract import dates as dates_layer

    past: list[dt.date] = []
    ahead: list[dt.date] = []
    for d in dates_layer.find_dates(text, dt.date(year, 7, 1)):
        if d.kind not in ("absolute", "yearless") or not re.search(r"\d", d.text):
            continue
        if _is_future(text, d.start, cfg, d.end):
            ahead.append(d.value)
        elif d.kind == "yearless" and not _pinned(d.text):
            past.append(d.value)
    return bool(past and ahead) and max(past) > min(ahead)


def _starting_point(mentions: list[Any], text: str, cfg: _Config, today: dt.date) -> dt.date:
    """Where year-less dates are resolved from: the latest past full date, else July 1 of
    the year the text is about."""
    past_full = [d.value for d in mentions if d.kind == "absolute" and d.value <= today
                 and not _is_future(text, d.start, cfg, d.end)]
    if past_full:
        start = max(past_full)
        # a text is written shortly before what it says lies ahead: a past date more than
        # STALE_DAYS before the first full date ahead is an old reference (a photo caption,
        # a history), not "now"; year-less dates are read around that date ahead instead
        ahead = [d.value for d in mentions if d.kind == "absolute" and d.value <= today
                 and d.value > start and _is_future(text, d.start, cfg, d.end)]
        if ahead and (min(ahead) - start).days > STALE_DAYS:
            return min(ahead)
        return start
    return dt.date(_year(mentions, text, cfg, today), 7, 1)


def infer_date(text: str, body: str | None = None,
               today: dt.date | None = None) -> InferredDate:
    """The publication date `text` implies; see the module docstring.

    `body` is the text the body dates are read from (default: `text`; the reader passes
    the cleaned text so teasers of other articles do not count); the date stamp is looked
    for in the head of `text`. Dates after `today` are never the answer.
    """
    from tracker.extract import dates as dates_layer

    cfg = _config()
    today = today or dt.date.today()
    conf = cfg.confidence
    body = text if body is None else body
    start = _starting_point(dates_layer.find_dates(body, None), body, cfg, today)
    stamp = _stamp(text, cfg, start, today)
    if stamp is not None:
        return InferredDate(stamp[0], conf.get("stamp", 0.45), stamp[1])
    past: list[tuple[dt.date, str, bool]] = []  # (date, surface, year or weekday written)
    future: list[tuple[dt.date, str]] = []
    overtaken: list[tuple[dt.date, str]] = []  # dates ahead told as a step overtaken
    weekdays: list[tuple[int, str]] = []  # weekdays alone told as no step ahead
    named: list[tuple[dt.date, str]] = []  # the day of writing a date names by "tomorrow"
    for d in dates_layer.find_dates(body, start):
        if d.kind not in ("absolute", "yearless", "weekday") or d.value > today:
            continue
        shift = _named_day(body, d.start, cfg) if re.search(r"\d", d.text) else None
        if shift is not None:
            named.append((d.value - dt.timedelta(shift), d.text))
            continue
        if not re.search(r"\d", d.text):
            # "Friday", "last Monday": relative to the date looked for; holidays
            if d.kind == "weekday" and _WEEKDAY_RE.fullmatch(d.text.strip()) \
                    and not _is_future(body, d.start, cfg, d.end):
                weekdays.append((d.value.weekday(), d.text))
            continue
        if _is_future(body, d.start, cfg, d.end):
            future.append((d.value, d.text))
            if _overtaken(body, d.start, cfg):
                overtaken.append((d.value, d.text))
        else:
            past.append((d.value, d.text, _pinned(d.text) or _has_year(d.text)))
    if named:
        when, surface = max(named)
        return InferredDate(when, conf.get("pinned", 0.4),
                            f"the day of writing a date names as tomorrow or yesterday: "
                            f"{surface!r}")
    if past:
        when, surface, pinned = max(past, key=lambda p: p[0])
        first = min(future, default=None, key=lambda f: f[0])
        if first is not None and (first[0] - when).days > OLD_PAST_DAYS + 1 \
                and any(o[0] == first[0] for o in overtaken):
            return InferredDate(first[0] - dt.timedelta(1), conf.get("latest", 0.3),
                                f"the eve of the first date ahead, told as a step overtaken: "
                                f"{first[1]!r}")
        news = _bracketed_weekday(when, [f[0] for f in future], weekdays)
        if news is not None:
            return InferredDate(news[0], conf.get("latest", 0.3),
                                f"the one {news[1]!r} from the latest past date stated "
                                f"({surface!r}) to the first date ahead")
        return InferredDate(when, conf.get("pinned" if pinned else "latest", 0.3),
                            f"latest past date stated: {surface!r}")
    if future:
        first, surface = min(future, key=lambda f: f[0])
        eve = [o for o in overtaken if o[0] == first]
        if eve:
            return InferredDate(first - dt.timedelta(1), conf.get("latest", 0.3),
                                f"the eve of the first date ahead, told as a step overtaken: "
                                f"{eve[0][1]!r}")
        return InferredDate(None, 0.0, f"only dates ahead ({surface!r} ...): no date inferred")
    return InferredDate(None, 0.0, "no date stated")


def _bracketed_weekday(latest: dt.date, ahead: list[dt.date],
                       weekdays: list[tuple[int, str]]) -> tuple[dt.date, str] | None:
    """The news told by a weekday alone ("the order appeared in the register on Tuesday")
    between the latest past date the text states and the first date it tells as ahead:
    the text was written after the one and before the other, so where that span holds
    exactly one day of the weekday, that day is when the news happened (the latest such
    day of the text's weekdays). None without a date ahead or with a span too long."""
    later = [a for a in ahead if a > latest]
    if not later or not weekdays:
        return None
    first = min(later)
    found: list[tuple[dt.date, str]] = []
    for number, surface in weekdays:
        days = [latest + dt.timedelta(n) for n in range((first - latest).days)
                if (latest + dt.timedelta(n)).weekday() == number]
        if len(days) == 1 and days[0] > latest:
            found.append((days[0], surface))
    return max(found, key=lambda f: f[0]) if found else None


def text_year(text: str, today: dt.date | None = None) -> int:
    """The year a text with no date at all is about: that of its latest past full date,
    else the latest year it names outside future clauses and plan labels (at least the
    default year of rules/claims.toml), never after today's. What an article's flows
    "last year" or "in July" are read against when no date was given or inferred."""
    from tracker.extract import dates as dates_layer

    cfg = _config()
    today = today or dt.date.today()
    return _year(dates_layer.find_dates(text, None), text, cfg, today)


_WEEKDAY_RE = re.compile(r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b",
                         re.IGNORECASE)


def _pinned(surface: str) -> bool:
    """A year-less date written with its weekday ("Tuesday, July 22") fixes its year."""
    return _WEEKDAY_RE.search(surface) is not None


def _has_year(surface: str) -> bool:
    return _YEAR_RE.search(surface) is not None
