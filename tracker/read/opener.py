"""The opening of a wire story before its date: the date is the story's own.

    wire_opener(text, start, end, "dateline", first=True) -> Opener | None
    opening_day(sentences, reference) -> Opener | None   (with its day)

"MUMBAI, Sept. 2 (Harbor Wire) -", "SURAT, India, Sept. 4 - ", "Ottawa, Aug 23:", "date
2025-08-11 Aug. 11 (Wirewatch) --", "May 5, 2025 — The minister said": the date after
such an opener is the day the story was filed, not a measure's day. The extractor asks
this module (tracker/extract/metric.py bind_date: a dateline's date is no claim;
tracker/extract/status.py _opening_day: an undated text was written on its opener's day),
and the reader's inference of an undated text's date reads the same rules
(tracker/read/date_inference.py: what closes a head line's date). One owner for the
patterns: rules/metadata.toml [opener], each form a pattern for the sentence before the
date and one for what follows it, named by the question it answers (`use`).

Pure: a sentence's text and a date's span in, the form it matched with its span out.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from tracker import rules

__all__ = ["Opener", "check_example", "head_sentences", "lead_close_re", "opening_day",
           "wire_opener"]

#: the spans of countries a caller names in a sentence (lexicon mentions), read only when a
#: form needs them
Countries = Callable[[], Iterable[tuple[int, int]]]


@dataclass(frozen=True)
class Opener:
    """A wire opener before a date: the form of rules/metadata.toml [opener] it matched,
    its span (from the sentence's start to the end of what closes the date), the date's
    span, the day where the caller's dates gave it, and why."""

    form: str
    span: tuple[int, int]
    date_span: tuple[int, int]
    evidence: str
    day: dt.date | None = None


@dataclass(frozen=True)
class _Form:
    id: str
    use: str
    first: bool
    before: re.Pattern[str]
    after: re.Pattern[str] | None
    country: re.Pattern[str] | None


def _section() -> dict[str, Any]:
    return rules.load("metadata").get("opener", {})


def _expand(pattern: str, fragments: dict[str, str]) -> str:
    """`{name}` replaced by its fragment (fragments may not nest here)."""
    for name, frag in fragments.items():
        pattern = pattern.replace("{" + name + "}", f"(?:{frag})")
    return pattern


def _fragments(section: dict[str, Any]) -> dict[str, str]:
    """The named fragments, and `{region}`, `{closers}`, `{label}` and `{written_label}`
    built from the settings: a region of at most `region_words` capitalised words, the
    closers longest first, the date lines' publication labels (rules/metadata.toml
    [fragments] label: their one owner) and the other words a page dates its writing with
    (`written_labels`, any case)."""
    words = int(section.get("region_words", 3))
    closers = sorted(section.get("closers", []), key=len, reverse=True)
    labels = sorted(section.get("written_labels", []), key=len, reverse=True)
    return {
        **section.get("fragments", {}),
        "region": rf"[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){{0,{words - 1}}}",
        "closers": "|".join(re.escape(c) for c in closers) or r"(?!)",
        "label": rules.load("metadata").get("fragments", {}).get("label", r"(?!)"),
        "written_label": "(?i:" + ("|".join(re.escape(w) for w in labels) or r"(?!)") + ")",
    }


@cache
def _forms() -> tuple[_Form, ...]:
    section = _section()
    frags = _fragments(section)

    def compiled(pattern: str | None) -> re.Pattern[str] | None:
        return None if pattern is None else re.compile(_expand(pattern, frags))

    out = []
    for f in section.get("forms", []):
        before = compiled(f["before"])
        assert before is not None
        out.append(_Form(f["id"], f["use"], bool(f.get("first", False)), before,
                         compiled(f.get("after")), compiled(f.get("country"))))
    return tuple(out)


@cache
def lead_close_re() -> re.Pattern[str]:
    """What closes a wire date line's date opening a head line ([opener.lead] after):
    "Aug. 11 (Wirewatch) --", "Feb 2: ..." (tracker/read/date_inference.py _stamp)."""
    return re.compile(_section().get("lead", {}).get("after", r"(?!)"))


def _before(form: _Form, text: str, start: int,
            countries: Countries | None) -> str | None:
    """What of the text before the date the form takes (None: the form does not fit):
    the whole run before it, or for a country form its place and the country named right
    after it."""
    if form.country is None:
        m = form.before.fullmatch(text, 0, start)
        return None if m is None else m.group(0)
    place = form.before.match(text, 0, start)
    if place is None or countries is None:
        return None
    for lo, hi in countries():
        if lo == place.end() and form.country.fullmatch(text, hi, start):
            return text[:start]
    return None


def wire_opener(text: str, start: int, end: int, use: str, *, first: bool = True,
                countries: Countries | None = None) -> Opener | None:
    """The wire opener before the date at text[start:end] (a sentence's text), in a form
    of `use` ("dateline": the story's own date; "written": the day the text was written);
    None without one. `first`: the sentence is one of the text's first two (some forms
    open a text only). `countries` gives the spans of the sentence's countries, for the
    forms that name one after the place ("SURAT, India, Sept. 4")."""
    for form in _forms():
        if form.use != use or (form.first and not first):
            continue
        took = _before(form, text, start, countries)
        if took is None:
            continue
        close = end
        if form.after is not None:
            m = form.after.match(text, end)
            if m is None:
                continue
            close = m.end()
        return Opener(form.id, (0, close), (start, end),
                      f"wire opener ({form.id}): {text[:close].strip()!r}")
    return None


def head_sentences() -> int:
    """How many of a text's first sentences opening_day reads ([opener] head_sentences: a
    name line, a deck and a byline line, "... | Updated April 10 | 4 min read")."""
    return int(_section().get("head_sentences", 2))


def opening_day(sentences: Sequence[str], reference: dt.date | None) -> Opener | None:
    """The day a wire opener at the start of a text names, in a "written" form ("SURAT,
    India, Sept. 4 - ", "EXPLAINER | Updated Sept. 3"): the day the text was written.
    `sentences` are the text's first ones (their texts; the first head_sentences() are
    read); the dates are the date layer's, read with `reference` as now; only a written day
    (not a weekday) within [opener] reach of its sentence's start counts."""
    from tracker.extract import dates as dates_layer

    reach = int(_section().get("reach", 80))
    for text in sentences[:head_sentences()]:
        if not text[:1].isupper():
            continue  # a place in capitals opens it: the common case stops here
        for d in dates_layer.find_dates(text[:reach], reference):
            if d.kind not in ("absolute", "yearless"):
                continue
            got = wire_opener(text, d.start, d.end, "written", first=True)
            if got is not None:
                return Opener(got.form, got.span, got.date_span, got.evidence, d.value)
    return None


def check_example(label: str, ex: dict[str, Any]) -> list[str]:
    """What is wrong with one wire opener example of rules/metadata.toml (its `opener`:
    the `date` in its text, the `use` asked, the `form` expected, "" none); empty: none."""
    text, want = ex["text"], ex["opener"]
    start = text.find(want["date"])
    if start < 0:
        return [f"{label}: {want['date']!r} not in its text"]
    got = wire_opener(text, start, start + len(want["date"]), want["use"])
    form = got.form if got else ""
    return [] if form == want["form"] else [f"{label}: form {form!r}, expected {want['form']!r}"]
