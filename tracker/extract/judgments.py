"""What the extractor judges about a claim's own sentence, recorded on the claim.

Reconciliation needs to know whether a sentence presents its figure as a change ("raised",
"cut from 25% to 15%"), speaks of a pause, calls the figure combined or a penalty, names a
component measure just before it, and which period a trade flow covers ("in the first half",
"last year"). The extractor has the sentence in hand, so it judges these once, here, and
stores them as fields (Claim.change, pause_word, combined, penalty, measure_named, period):
the reconciliation SQL reads columns instead of re-reading sentences.

Pure functions of the claim's text (and its publication date, for relative periods); the
word lists are data: rules/judgments.toml, the [scope] combined_words / penalty_words of
rules/lexicon.toml, and the [months] of rules/dates.toml. Matching is on lower-cased text
with ASCII word boundaries.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from functools import cache, lru_cache
from typing import Any

from tracker import rules
from tracker.extract import skip
from tracker.extract.context import ascii_words
from tracker.models import FLOW_METRICS, Claim

#: characters before the quote that count as "before the figure" (combined, penalty, measure)
LEAD_CHARS = 80


def _rules() -> dict[str, Any]:
    return rules.load("judgments")


def _phrase(p: str) -> str:
    """A lower-case phrase as a regex: its words, any run of spaces between them."""
    return r"\s+".join(re.escape(w) for w in p.lower().split())


def _alternation(phrases: list[str]) -> str:
    return "|".join(_phrase(p) for p in sorted(set(phrases), key=len, reverse=True))


def _whole_words(phrases: list[str]) -> re.Pattern[str]:
    return skip.regex(rf"\b(?:{_alternation(phrases)})\b", re.ASCII)


def _stems(phrases: list[str]) -> re.Pattern[str]:
    return skip.regex(rf"\b(?:{_alternation(phrases)})", re.ASCII)


# --------------------------------------------------------------------------- change


@cache
def _change_re(with_pause: bool) -> re.Pattern[str]:
    r = _rules()["change"]
    stems = r["stems"] + (r["pause_stems"] if with_pause else [])
    parts = [_alternation(stems), rf"(?:{_alternation(r['words'])})\b", *r["patterns"]]
    return skip.regex(r"\b(?:" + "|".join(parts) + ")", re.ASCII)


_WORD_END = skip.regex(r"\w*", re.ASCII)


def change_cue(sentence: str, metric: str | None = None) -> str | None:
    """The first change cue of a sentence, as written (a stem runs to the end of its word:
    "raised", "cut", "from 25% to"), or None. For a pause's length "paused" and "suspended"
    are how the pause is told, not a change."""
    low = sentence.lower()
    m = _change_re(metric != "pause_length").search(low)
    if m is None:
        return None
    end = _WORD_END.match(low, m.end())
    return low[m.start():end.end() if end else m.end()]


@cache
def _adjective_re() -> re.Pattern[str]:
    """The end of the words before a figure when a cue stands as its adjective ("... a
    lower "): rules/judgments.toml [change] adjective_leads and adjective_cues."""
    r = _rules()["change"]
    return skip.regex(rf"\b(?:{_alternation(r.get('adjective_leads', []))})\s+"
                      rf"(?:{_alternation(r.get('adjective_cues', []))})\s+$")


def figure_change(cue: str | None, sentence: str, quote: str) -> str | None:
    """The sentence's change cue as the figure's own: none when the cue is the figure's
    adjective ("potash faces a lower 10% rate" compares it with others; it tells no change),
    unless an earlier use of the word in the sentence tells one ("to lower duties")."""
    if not cue or not quote or cue.lower() not in _rules()["change"].get("adjective_cues", []):
        return cue
    at = sentence.find(quote)
    if at <= 0 or _adjective_re().search(sentence[:at].lower()) is None:
        return cue
    low = sentence.lower()
    return None if low.find(cue) == low.find(f"{cue} {quote.lower()}") else cue


# --------------------------------------------------------------------------- words


@cache
def _pause_re() -> re.Pattern[str]:
    return _stems(_rules()["pause"]["stems"])


@cache
def _pause_firsts() -> tuple[str, ...]:
    """The first word of each pause stem: a match holds one of them, as written (the
    stems are matched literally in lower-cased text), so a sentence with none is not
    scanned (a scan of \b(?:...) tries every character)."""
    return tuple(sorted({p.lower().split()[0] for p in _rules()["pause"]["stems"]}))


def speaks_of_pause(sentence: str) -> bool:
    """The sentence speaks of a pause ("on hold until", "suspended", "extended")."""
    low = sentence.lower()
    return any(w in low for w in _pause_firsts()) and _pause_re().search(low) is not None


@cache
def _scope_re(name: str) -> re.Pattern[str]:
    return _whole_words(rules.load("lexicon")["scope"][name])


@cache
def _measure_named_re() -> re.Pattern[str]:
    return _whole_words(_rules()["measure_named"]["words"])


def lead(sentence: str, quote: str) -> str:
    """The words before the figure (up to LEAD_CHARS characters of its sentence) and the
    figure itself, lower-cased: where "a combined 145%" or "the reciprocal 10%" is said."""
    i = sentence.find(quote) if quote else 0
    before = sentence[max(0, i - LEAD_CHARS):i] if i > 0 else ""
    return (before + " " + quote).lower()


_FIRST_RUN = skip.regex(r"\w+", re.ASCII)


def _ascii_words(text: str) -> frozenset[str] | None:
    """The runs of ASCII word characters of an ASCII text (None for other text): a
    _whole_words match starts with a phrase's first word as one of them."""
    return frozenset(ascii_words(text)) if text.isascii() else None


@cache
def _first_words(name: str) -> frozenset[str] | None:
    """The first word of each phrase of a lead list (combined_words, penalty_words,
    measure_named): followed in the phrase by a non-word character or by the closing \b,
    so it stands whole in any text the list matches. None: a phrase begins otherwise."""
    phrases = (_rules()["measure_named"]["words"] if name == "measure_named"
               else rules.load("lexicon")["scope"][name])
    firsts = [_FIRST_RUN.match(p.lower().strip()) for p in phrases]
    if not firsts or any(m is None for m in firsts):
        return None
    return frozenset(m.group() for m in firsts if m is not None)


def _may_name(name: str, words: frozenset[str] | None) -> bool:
    """False only when a lead text of these words (_ascii_words) cannot match list `name`."""
    firsts = _first_words(name)
    return words is None or firsts is None or not firsts.isdisjoint(words)


def is_combined(lead_text: str) -> bool:
    """Called combined, total, cumulative... (lexicon [scope] combined_words)."""
    return _scope_re("combined_words").search(lead_text) is not None


def is_penalty(lead_text: str) -> bool:
    """Called a penalty, a secondary tariff... (lexicon [scope] penalty_words)."""
    return _scope_re("penalty_words").search(lead_text) is not None


def names_measure(lead_text: str) -> bool:
    """A component measure (reciprocal, baseline...) is named before the figure."""
    return _measure_named_re().search(lead_text) is not None


# --------------------------------------------------------------------------- period


@cache
def _months() -> list[str]:
    """Full month names in calendar order, from rules/dates.toml [months]."""
    table = rules.load("dates")["months"]
    return sorted(table, key=lambda m: table[m])


@cache
def _period_res() -> dict[str, re.Pattern[str]]:
    p = _rules()["period"]
    months = "|".join(_months())
    ordinals = "|".join(p["quarters"])
    return {
        "year": skip.regex(r"\b(20[0-9][0-9])\b", re.ASCII),
        "last_year": skip.regex(r"\blast year\b", re.ASCII),
        "this_year": skip.regex(r"\bthis year\b", re.ASCII),
        "last_month": skip.regex(r"\blast month\b", re.ASCII),
        "month_year": skip.regex(rf"\b({months})\.?,?\s+(20[0-9][0-9])\b", re.ASCII),
        "month": skip.regex(rf"\b(?:{_alternation(p['month_before'])})\s+({months})\b",
                            re.ASCII),
        # a month's own figure, named by the possessive ("July's gap"): its period too
        "month_own": skip.regex(rf"\b({months})(?:{'|'.join(map(re.escape, p['month_after']))})"
                                r"(?![a-z])"),
        "h1": _whole_words(p["first_half"]),
        "h2": _whole_words(p["second_half"]),
        "q": skip.regex(r"\bq([1-4])\b", re.ASCII),
        "quarter": skip.regex(rf"\b({ordinals})[ -]quarter", re.ASCII),
        "ytd": skip.regex(_alternation(p["year_to_date"]), re.ASCII),
    }


def _date(value: str | dt.date | None) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


@lru_cache(maxsize=4096)
def period(sentence: str, as_of: str | dt.date | None, year: int | None = None) -> str | None:
    """The period a flow figure's sentence names ("2024", "2025-H1", "2025-Q2", "2025-03",
    "2025-YTD"), relative words read against the publication date; None if it names none.

    `year`, for an article with no date at all, is the year its text is about
    (tracker.read.date_inference.text_year): "last year", "the first half" or "in July"
    are then read against it, so the figure is compared instead of left out for want of a
    period; "last month" needs the day and stays unread."""
    s = sentence.lower()
    r = _period_res()
    day = _date(as_of)
    y = day.year if day else year
    m = r["year"].search(s)
    year_in = m.group(1) if m else None
    rel_year = None if y is None else (y - 1 if r["last_year"].search(s) else y)
    year_of = year_in or (None if rel_year is None else str(rel_year))
    months = _months()
    if m := r["month_year"].search(s):
        return f"{m.group(2)}-{months.index(m.group(1)) + 1:02d}"
    if r["h1"].search(s):
        return None if year_of is None else f"{year_of}-H1"
    if r["h2"].search(s):
        return None if year_of is None else f"{year_of}-H2"
    q = r["q"].search(s)
    quarter = q.group(1) if q else None
    if quarter is None and (m := r["quarter"].search(s)):
        quarter = str(_rules()["period"]["quarters"].index(m.group(1)) + 1)
    if quarter is not None:
        return None if year_of is None else f"{year_of}-Q{quarter}"
    if r["ytd"].search(s):
        return None if year_of is None else f"{year_of}-YTD"
    m = r["month"].search(s) or r["month_own"].search(s)
    if m and y is not None:
        n = months.index(m.group(1)) + 1
        return f"{y if day is None or n <= day.month else y - 1}-{n:02d}"
    if year_in is not None:
        return year_in
    if y is None:
        return None
    if r["last_year"].search(s):
        return str(y - 1)
    if r["this_year"].search(s):
        return str(y)
    if day is not None and r["last_month"].search(s):
        prev = (day.replace(day=1) - dt.timedelta(days=1))
        return f"{prev.year}-{prev.month:02d}"
    return None


# --------------------------------------------------------------------------- the claim


def annotate(claim: Claim) -> Claim:
    """The claim with what its sentence says recorded as fields (a new Claim)."""
    return dataclasses.replace(claim, **_judged(claim))


def annotate_own(claims: list[Claim]) -> list[Claim]:
    """annotate of each claim, the claims' own fields set (no copy: dataclasses.replace
    costs more than the judgments): for claims nobody else holds yet, as the engine's.
    A claim listed twice is copied, so that the list still holds distinct objects."""
    seen: set[int] = set()
    out = []
    for c in claims:
        if id(c) in seen:
            out.append(annotate(c))
            continue
        seen.add(id(c))
        for name, value in _judged(c).items():
            setattr(c, name, value)
        out.append(c)
    return out


def _judged(claim: Claim) -> dict[str, Any]:
    """The judgment fields of a claim (a pure function of its sentence, quote, metric
    and date; none of them is read here)."""
    text = claim.sentence if claim.sentence is not None else (claim.quote or "")
    before = lead(claim.sentence or "", claim.quote or "")
    metric = (claim.metric or "").strip().lower()
    change, pause_word = _sentence_said(text, metric == "pause_length")
    words = _ascii_words(before)  # (a list none of whose first words is there is not read)
    return {
        "change": figure_change(change, claim.sentence or "", claim.quote or ""),
        "pause_word": pause_word,
        "combined": _may_name("combined_words", words) and is_combined(before),
        "penalty": _may_name("penalty_words", words) and is_penalty(before),
        "measure_named": _may_name("measure_named", words) and names_measure(before),
        "period": period(text, claim.as_of) if metric in FLOW_METRICS else None,
    }


@lru_cache(maxsize=256)
def _sentence_said(sentence: str, pause_length: bool) -> tuple[str | None, bool]:
    """change_cue and speaks_of_pause of a sentence, read once for all its claims."""
    return (change_cue(sentence, "pause_length" if pause_length else None),
            speaks_of_pause(sentence))


# --------------------------------------------------------------------------- examples


def check_rules() -> tuple[int, list[str]]:
    """Run the [[examples]] of rules/judgments.toml."""
    r = _rules()
    n = 0
    failures: list[str] = []

    def expect(section: str, text: str, got: Any, want: Any) -> None:
        nonlocal n
        n += 1
        if got != want:
            failures.append(f"judgments.{section}: {text!r} -> {got!r}, expected {want!r}")

    for ex in r["change"].get("examples", []):
        cue = change_cue(ex["text"], ex.get("metric"))
        if "quote" in ex:  # the cue as that figure's own
            cue = figure_change(cue, ex["text"], ex["quote"])
        expect("change", ex["text"], cue or "", ex["change"])
    for ex in r["pause"].get("examples", []):
        expect("pause", ex["text"], speaks_of_pause(ex["text"]), ex["pause"])
    for ex in r["measure_named"].get("examples", []):
        expect("measure_named", ex["text"], names_measure(lead(ex["text"], ex["quote"])),
               ex["measure_named"])
    for ex in r["period"].get("examples", []):
        expect("period", ex["text"], period(ex["text"], ex.get("as_of"), ex.get("year")) or "",
               ex["period"])
    return n, failures
