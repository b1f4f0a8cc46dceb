"""Title, publisher and publication date detected from an article's own text.

The publication date comes only from a DATE LINE: a whole line near the top of the
article that states a date and little else ("Korea Herald09-05-2025",
"Harbor Wire | July 8, 2025", "Updated: Aug. 1, 2025 10:32 AM"). Dates inside
sentences (photo captions, body text) are never taken. Patterns are data, in
rules/metadata.toml.

Numeric dates such as 09-05-2025 can be read day-first or month-first. When only one
reading is a valid date it is used. When both are, each reading is scored against the
year-less dates the body mentions ("until July 8", "the June 3 election"): the reading
closer to them wins, and a reading after which a forward-looking date ("until",
"ahead of", "set to" ...) would already be past is penalised. Without such evidence the
publisher's convention decides: month-first for the US publishers listed in
rules/metadata.toml, day-first for everyone else, with confidence 0.5.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from tracker import rules
from tracker.models import CleanText

_LINE_RE = re.compile(r"[^\n]*\n?")
_ISO_RE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NUMERIC_RE = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")
_NAMED_MD_RE = re.compile(r"([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")
_NAMED_DM_RE = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]+)\.?,?\s+(\d{4})")
_SENTENCE_END_RE = re.compile(r"[.!?]\s")
_FINAL_STOP_RE = re.compile(r"[.;:,]['\"’”)]*$")


@dataclass
class Metadata:
    """What the text says about itself; None where it says nothing."""

    title: str | None = None
    source: str | None = None
    dateline: dt.date | None = None
    date_confidence: float | None = None
    dateline_span: tuple[int, int] | None = None  # the date line's offsets in the text
    dateline_rule: str | None = None


@dataclass(frozen=True)
class _Config:
    datelines: tuple[tuple[str, re.Pattern[str]], ...]
    prefixes: tuple[tuple[str, re.Pattern[str]], ...]
    mention_md: re.Pattern[str]
    mention_dm: re.Pattern[str]
    markers: re.Pattern[str]
    settings: dict[str, Any]
    confidence: dict[str, float]
    us_publishers: frozenset[str]
    not_sources: frozenset[str]


def _expand(pattern: str, fragments: dict[str, str]) -> str:
    for _ in range(10):
        new = pattern
        for name, frag in fragments.items():
            new = new.replace("{" + name + "}", f"(?:{frag})")
        if new == pattern:
            break
        pattern = new
    return pattern


@cache
def _config() -> _Config:
    data = rules.load("metadata")
    frags = data.get("fragments", {})
    settings = data.get("settings", {})
    datelines = tuple(
        (r["id"], re.compile(_expand(r["pattern"], frags)))
        for r in data.get("dateline", [])
    )
    prefixes = tuple(
        (r["id"], re.compile(_expand(r["pattern"], frags)))
        for r in data.get("source_prefix", [])
    )
    month = _expand("{month}", frags)
    markers = sorted(settings.get("forward_markers", []), key=len, reverse=True)
    marker_re = r"\b(?:" + "|".join(re.escape(m) for m in markers) + r")\b" if markers else r"$^"
    return _Config(
        datelines=datelines,
        prefixes=prefixes,
        mention_md=re.compile(
            rf"\b(?P<m>{month})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b"
            r"(?!\s*,?\s*\d{4})(?![-–/:.]\d)"
        ),
        mention_dm=re.compile(
            rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{month})\b\.?"
            r"(?!,?\s*\d{4})"
        ),
        markers=re.compile(marker_re, re.IGNORECASE),
        settings=settings,
        confidence={k: float(v) for k, v in data.get("confidence", {}).items()},
        us_publishers=frozenset(p.lower() for p in settings.get("us_publishers", [])),
        not_sources=frozenset(s.lower() for s in settings.get("not_sources", [])),
    )


@cache
def _month_numbers() -> dict[str, int]:
    """Month number by the first three letters of its name ("sep" for "Sept."), from the
    month names the date layer owns (rules/dates.toml [months])."""
    return {name[:3]: n for name, n in rules.load("dates")["months"].items()}


def _month(name: str) -> int | None:
    return _month_numbers().get(name[:3].lower())


def _make(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


@dataclass(frozen=True)
class _Mention:
    month: int
    day: int
    forward: bool


def _body_mentions(body: str, cfg: _Config) -> list[_Mention]:
    """Year-less month-day dates in the body, and whether each still lies ahead."""
    window = int(cfg.settings.get("marker_window", 40))
    out = []
    for rx in (cfg.mention_md, cfg.mention_dm):
        for m in rx.finditer(body):
            month = _month(m.group("m"))
            day = int(m.group("d"))
            if month is None or not 1 <= day <= 31:
                continue
            before = body[max(0, m.start() - window):m.start()]
            ends = list(_SENTENCE_END_RE.finditer(before))
            if ends:
                before = before[ends[-1].end():]
            out.append(_Mention(month, day, cfg.markers.search(before) is not None))
    return out


def _cost(reading: dt.date, mentions: list[_Mention], cfg: _Config) -> float:
    cap = float(cfg.settings.get("distance_cap_days", 183))
    penalty = float(cfg.settings.get("forward_penalty", 4.0))
    cost = 0.0
    for mention in mentions:
        deltas = []
        for year in (reading.year - 1, reading.year, reading.year + 1):
            when = _make(year, mention.month, mention.day)
            if when is not None:
                deltas.append(abs((when - reading).days))
        if not deltas:
            continue
        cost += min(min(deltas), cap) / 30.0
        same_year = _make(reading.year, mention.month, mention.day)
        if mention.forward and same_year is not None and same_year < reading:
            cost += penalty
    return cost


def _resolve_numeric(
    a: int, b: int, year: int, source: str | None, body: str, cfg: _Config
) -> tuple[dt.date | None, float]:
    conf = cfg.confidence
    day_first = _make(year, b, a)
    month_first = _make(year, a, b)
    if day_first is None or month_first is None or day_first == month_first:
        only = day_first or month_first
        return only, conf.get("one_reading", 0.9)
    mentions = _body_mentions(body, cfg)
    if mentions:
        c_dm = _cost(day_first, mentions, cfg)
        c_md = _cost(month_first, mentions, cfg)
        if abs(c_dm - c_md) > 1e-9:
            margin = abs(c_dm - c_md) / (c_dm + c_md)
            lo, hi = conf.get("evidence_min", 0.6), conf.get("evidence_max", 0.8)
            best = day_first if c_dm < c_md else month_first
            return best, round(lo + (hi - lo) * margin, 3)
    us = source is not None and source.strip().lower() in cfg.us_publishers
    return (month_first if us else day_first), conf.get("fallback", 0.5)


def parse_date_text(
    text: str, source: str | None = None, body: str = ""
) -> tuple[dt.date | None, float]:
    """The date a date line's date part states, and how sure the reading is."""
    cfg = _config()
    named = cfg.confidence.get("named", 0.95)
    text = text.strip()
    m = _ISO_RE.fullmatch(text)
    if m:
        return _make(int(m[1]), int(m[2]), int(m[3])), named
    m = _NUMERIC_RE.fullmatch(text)
    if m:
        return _resolve_numeric(int(m[1]), int(m[2]), int(m[3]), source, body, cfg)
    for rx, mi, di in ((_NAMED_MD_RE, 1, 2), (_NAMED_DM_RE, 2, 1)):
        m = rx.search(text)
        if m and _month(m[mi]) is not None:
            month = _month(m[mi])
            assert month is not None
            return _make(int(m[3]), month, int(m[di])), named
    return _dateparser_fallback(text), named


def _dateparser_fallback(text: str) -> dt.date | None:
    """Forms the fragments may allow that the parsers above do not know."""
    import dateparser  # slow to import: only for rare date-line forms

    parsed = dateparser.parse(text, settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.date() if parsed else None


def _clean_source(raw: str | None, cfg: _Config) -> str | None:
    if not raw:
        return None
    source = raw.strip(" ,|-—–·•")
    if not source or source.lower() in cfg.not_sources or not any(c.isalpha() for c in source):
        return None
    return source


def _lines(text: str) -> list[tuple[int, int, str]]:
    """(start, end, stripped) of each non-blank line."""
    out = []
    for m in _LINE_RE.finditer(text):
        stripped = m.group(0).strip()
        if stripped:
            out.append((m.start(), m.start() + len(m.group(0).rstrip("\r\n")), stripped))
    return out


def _removed_starts(text: str, cleaned: CleanText) -> set[int]:
    starts: set[int] = set()
    for start, end, _rule in cleaned.removed:
        for m in _LINE_RE.finditer(text, start, end):
            if m.group(0):
                starts.add(m.start())
    return starts


def _looks_like_title(line: str, cfg: _Config) -> bool:
    words = len(line.split())
    lo = int(cfg.settings.get("title_min_words", 4))
    hi = int(cfg.settings.get("title_max_words", 25))
    if not lo <= words <= hi or _FINAL_STOP_RE.search(line):
        return False
    first = line[0]
    return first.isupper() or first.isdigit() or first in "\"'“‘$"


def detect(text: str, cleaned: CleanText | None = None, body: str | None = None) -> Metadata:
    """Title, publisher and date line of `text`.

    `cleaned` is `tracker.clean.clean(text)` (computed if not given): lines it removes
    are never a title. `body` is the text the date evidence is read from (default: the
    cleaned text, so other articles' teasers do not count).
    """
    cfg = _config()
    if cleaned is None:
        from tracker.clean import clean

        cleaned = clean(text)
    if body is None:
        body = cleaned.text
    lines = _lines(text)
    head = lines[: int(cfg.settings.get("max_lines", 8))]
    meta = Metadata()

    for start, _end, line in head:
        for rule_id, rx in cfg.datelines:
            m = rx.fullmatch(line)
            if not m:
                continue
            source = _clean_source(m.groupdict().get("source"), cfg)
            when, confidence = parse_date_text(m.group("date"), source, body)
            if when is None:
                continue
            meta.dateline, meta.date_confidence = when, confidence
            meta.source = source
            offset = text.index(line, start)
            meta.dateline_span = (offset, offset + len(line))
            meta.dateline_rule = rule_id
            break
        if meta.dateline is not None:
            break

    if meta.source is None:
        for _start, _end, line in head:
            for _rule_id, rx in cfg.prefixes:
                m = rx.match(line)
                if m:
                    meta.source = _clean_source(m.group("source"), cfg)
                    break
            if meta.source:
                break

    removed = _removed_starts(text, cleaned)
    for start, _end, line in lines:
        if start in removed:
            continue
        if meta.dateline_span and meta.dateline_span[0] <= start < meta.dateline_span[1]:
            continue
        if _looks_like_title(line, cfg):
            meta.title = line
        break
    return meta


def check_rules() -> tuple[int, list[str]]:
    """Run the [[examples]] of rules/metadata.toml (those with an `opener` through the wire
    openers' own check, tracker/read/opener.py)."""
    from tracker.read import opener

    failures: list[str] = []
    examples = rules.load("metadata").get("examples", [])
    for n, ex in enumerate(examples, 1):
        if "opener" in ex:
            failures += opener.check_example(f"metadata: example {n}", ex)
            continue
        meta = detect(ex["text"])
        got = {
            "dateline": meta.dateline.isoformat() if meta.dateline else "",
            "source": meta.source or "",
            "title": meta.title or "",
        }
        for key in ("dateline", "source", "title"):
            if key in ex and ex[key] != got[key]:
                failures.append(f"metadata: example {n}: {key} {got[key]!r}, expected {ex[key]!r}")
        conf = meta.date_confidence
        if "min_confidence" in ex and (conf is None or conf < ex["min_confidence"]):
            failures.append(f"metadata: example {n}: confidence {conf} < {ex['min_confidence']}")
        if "max_confidence" in ex and (conf is None or conf > ex["max_confidence"]):
            failures.append(f"metadata: example {n}: confidence {conf} > {ex['max_confidence']}")
    return len(examples), failures
