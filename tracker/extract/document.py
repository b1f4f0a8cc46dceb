"""The article as the attribute steps see it: its sentences and what the whole text
says (its main country, the measures it names), for figures whose sentence does not.

Doc holds facts read once from the article; it is never used to pass one step's results
to another (its two dicts only memoise the context texts built for the scope lists).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any, TypeVar

from tracker import rules
from tracker.extract import context as ctx
from tracker.extract import dates as dates_layer
from tracker.extract import skip
from tracker.extract.figures import Figure, NamedDay, figures_of, weekdays_named
from tracker.extract.sentences import Sentence

#: a year (no digit either side); the lookbehind comes after the "19"/"20" so that the
#: regex engine skips ahead to a 1 or 2 instead of trying it at every character
YEAR_RE = skip.regex(r"((?:19|20)(?<!\d..)\d{2})(?!\d)")
#: a year that starts a span reaching up to now ("the lowest since February 2004", "since
#: 2019") is a point of comparison in the past, not the year the text is written in ("since"
#: as a whole word: its \b written as a lookbehind after the "s", for the same reason)
SINCE_YEAR_RE = skip.regex(
    r"s(?<!\ws)ince\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\.?\s+(?:\d{1,2},?\s+)?)?"
    r"((?:19|20)\d{2})(?!\d)")
#: a year told as a bound ("runs until November 10, 2026", "from 2027", "by the end of
#: 2028") marks where a measure starts or ends, often still ahead: not the year the text
#: is written in
BOUND_YEAR_RE = skip.regex(
    r"\b(?:until|till|through|to|from|by|starting|beginning)\s+"
    r"(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?(?:(?:early|late|mid-?)\s*)?"
    r"(?:[A-Z][a-z]+\.?\s+(?:\d{1,2},?\s+)?)?((?:19|20)\d{2})(?!\d)")
#: the words a BOUND_YEAR_RE match begins with, as written (the regex is case-sensitive)
BOUND_WORDS = ("until", "till", "through", "to", "from", "by", "starting", "beginning")


def bound_years(text: str) -> set[int]:
    """Where the years of BOUND_YEAR_RE.finditer(text) start (group 1), found by trying the
    regex only where one of its first words stands: each match begins with one of them,
    so trying those places left to right (skipping the ones inside a match) finds the
    matches finditer finds, while the scan of every "t", "b", "f" ... of an undated
    article's whole text (a fifth of infer_reference) is left out."""
    places: list[int] = []
    find = text.find
    for w in BOUND_WORDS:
        i = find(w)
        while i != -1:
            places.append(i)
            i = find(w, i + 1)
    places.sort()
    # the year (group 1) is a match's last four characters: the regex ends with it
    return {end - 4 for _, end in ctx.spans_at(BOUND_YEAR_RE, places, text)}


#: a whole year a figure was counted over ("$144 billion of goods in 2024"): the year of a
#: statistic, which news quotes a year or more later
COUNTED_YEAR_RE = skip.regex(r"\b(?:in|during|for)\s+((?:19|20)\d{2})(?!\d|,\d)")
AMOUNT_RE = skip.regex(r"[$€£¥]|\b(?:b|m|tr)illion\b|\bbn\b")
FUTURE_RE = skip.regex(r"\b(?:will|would|shall|plans?|expected|next)\b")


@dataclass
class Doc:
    """What the whole article says, for figures whose sentence does not."""

    sentences: list[Sentence]
    reference: dt.date | None
    reference_known: bool
    fentanyl: int  # how often the article names each measure: a prior for unnamed ones
    reciprocal: int
    paused_measures: set[str]
    title_index: int | None
    title: str | None = None
    #: the bare weekdays the article names with a date, and their days (weekdays_named):
    #: figures_at passes them to figures_of for every reader of a sentence's figures
    weekdays: dict[int, NamedDay] = field(default_factory=dict)
    contexts: dict[tuple[int, bool], str] = field(default_factory=dict)
    context_words: dict[tuple[int, bool], frozenset[str]] = field(default_factory=dict)
    _countries: tuple[str | None, bool, bool] | None = field(default=None, repr=False)
    #: what a step reads of the whole article, computed on first use and kept for the
    #: article's other figures (keyed by the step's own name: memo_of)
    memo: dict[str, Any] = field(default_factory=dict, repr=False)

    def figures_at(self, j: int) -> list[Figure]:
        """The figures of sentence j, read with the article's reference date, whether that
        date is known and its named weekdays (figures_of, memoised per sentence): the one
        way every step reads the figures of a sentence, its own or a neighbour's."""
        return figures_of(self.sentences[j], self.reference, self.reference_known,
                          self.weekdays)

    @property
    def main_country(self) -> str | None:
        """The country the article names most (the first sentence and the title count
        three times), the US aside."""
        return self._article_countries()[0]

    @property
    def mentions_us(self) -> bool:
        """Whether any sentence names the US."""
        return self._article_countries()[1]

    @property
    def article_partner(self) -> str | None:
        """main_country when the article is about it: it holds more than half of the
        (weighted) mentions of partners. An article that names several partners about as
        often has none: a levy it tells without a partner is not that country's."""
        main, _, dominant = self._article_countries()
        return main if dominant else None

    def _article_countries(self) -> tuple[str | None, bool, bool]:
        """main_country and mentions_us, read on first use: they need the countries of
        every sentence, and about half of the articles never ask (no figure of theirs
        falls back on the article's country)."""
        if self._countries is None:
            counts: Counter[str] = Counter()
            mentions_us = False
            for i, s in enumerate(self.sentences):
                for m in s.countries:
                    if m.value == "US":
                        mentions_us = True
                    else:
                        counts[m.value] += 3 if i == 0 else 1
            if self.title:
                for m in ctx.find_countries(self.title):
                    if m.value != "US":
                        counts[m.value] += 3
            top = counts.most_common(1)
            self._countries = (top[0][0] if top else None, mentions_us,
                               bool(top) and 2 * top[0][1] > sum(counts.values()))
        return self._countries


@dataclass(frozen=True, eq=False, init=False)
class FigureContext:
    """One figure where it stands: its article, sentence index and sentence-mates.
    Every attribute step takes one of these."""

    doc: Doc
    i: int  # the sentence's index in doc.sentences
    fig: Figure
    figs: tuple[Figure, ...]  # the figures of the sentence, in order (fig among them)
    #: the sentence and its text, set once here: every attribute step reads them, some
    #: many times per figure (~40 reads a claim), and a property cost a call each time
    sent: Sentence = field(init=False, repr=False)
    text: str = field(init=False, repr=False)

    def __init__(self, doc: Doc, i: int, fig: Figure, figs: tuple[Figure, ...]) -> None:
        """The four fields and the sentence read from them, written into the instance's
        dict in one call: still frozen (setting a field raises), while the generated
        `__init__` and `__post_init__` called `object.__setattr__` six times (h261-1)."""
        sent = doc.sentences[i]
        self.__dict__.update(doc=doc, i=i, fig=fig, figs=figs, sent=sent, text=sent.text)


def read_document(clean: str, spans: list[tuple[int, int]], reference: dt.date | None,
                  known: bool, title: str | None) -> Doc:
    """The sentences of the cleaned text and the article-wide facts."""
    sentences = [Sentence(a, clean[a:b]) for a, b in spans]
    paused: set[str] = set()
    paused_re = ctx.status_regex("paused")
    paused_where = ctx.status_anchors("paused")
    for s in sentences:
        if ctx.can_match(paused_where, s.lower_words) and paused_re.search(s.text):
            paused.update(m.value for m in s.measures)
    low = clean.lower()
    return Doc(
        sentences=sentences, reference=reference, reference_known=known,
        fentanyl=low.count("fentanyl"), reciprocal=low.count("reciprocal"),
        paused_measures=paused, title_index=0 if sentences else None, title=title,
        weekdays=weekdays_named(sentences, reference, known),
    )


T = TypeVar("T")


def memo_of(doc: Doc, key: str, compute: Callable[[Doc], T]) -> T:
    """compute(doc), once per article: later figures of the same article read it back."""
    if key not in doc.memo:
        doc.memo[key] = compute(doc)
    return doc.memo[key]


@cache
def default_year() -> int:
    return int(rules.load("claims").get("reference", {}).get("default_year", 2025))


def counted(text: str, at: int) -> bool:
    """Whether the year at `at` is one a stated amount was counted over (its sentence has
    an amount and no future word), not the year the text speaks in."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    end = min((i for i in (text.find(". ", at), text.find("\n", at)) if i >= 0),
              default=len(text))
    sentence = text[start:end]
    return bool(AMOUNT_RE.search(sentence)) and not FUTURE_RE.search(sentence)


def infer_reference(text: str) -> dt.date:
    """A date to resolve year-less dates against when the publication date is unknown.

    The latest full date the text states, else July 1 of the latest year it names,
    else July 1 of the configured default year (rules/claims.toml [reference]); a year
    after the default one named with no full date of its own is left out (_text_year), and
    the text is then read as of its own year's autumn (PLAN_AHEAD_DAY). A year
    after "since" is left out: it dates the start of a comparison, not the text; so are a
    year told as a bound ("until", "from", "by the end of") and a whole year a figure was
    counted over (a year after "in" in a sentence with an amount and no future word).
    """
    past = {m.start(1) for m in SINCE_YEAR_RE.finditer(text)}
    past |= bound_years(text)
    past |= {m.start(1) for m in COUNTED_YEAR_RE.finditer(text) if counted(text, m.start(1))}
    years = [int(m.group(1)) for m in YEAR_RE.finditer(text)
             if 1990 <= int(m.group(1)) <= 2100 and m.start(1) not in past]
    full = [d.value for d in dates_layer.find_dates(text, None)
            if d.kind == "absolute" and not any(d.start <= p < d.end for p in past)]
    latest_year = _text_year(years, {d.year for d in full})
    full = [d for d in full if d.year == latest_year]
    if full:
        return max(full)
    if latest_year < max(years, default=latest_year):
        # the next year named as a plan ahead: a text of its year's last months
        return dt.date(latest_year, *PLAN_AHEAD_DAY)
    return dt.date(latest_year, 7, 1)


#: the day an undated text that names the next year only as a plan ahead ("the 2026 budget
#: package", "up for review in 2026") is read as of: its year's autumn
PLAN_AHEAD_DAY = (10, 1)


def _text_year(years: list[int], dated: set[int]) -> int:
    """The latest year named, else the default year; a year other than the default one
    counts only with a full date of its own. Named alone after it ("up for its joint review
    in 2026", "the Finance Ministry's 2026 budget package") it is a plan ahead; named alone
    before it ("only 20 per cent of its 2024 volume", "what they shipped in 2024", "the
    suspended 2018 measures") it is a year of comparison: neither is the year written in
    (an undated text naming only last year read as of last year put its "Aug. 1" a year
    early)."""
    usual = default_year()
    kept = [y for y in years if y == usual or y in dated]
    return max(kept) if kept else usual


def context_text(doc: Doc, i: int, title: bool = False) -> str:
    """The sentence with the one before it (and the headline, if asked); built once."""
    key = (i, title)
    got = doc.contexts.get(key)
    if got is None:
        prev = doc.sentences[i - 1].text if i > 0 else ""
        head = doc.sentences[0].text if title and i > 1 else ""
        got = doc.contexts[key] = head + " " + prev + " " + doc.sentences[i].text
    return got


def article_has(doc: Doc, name: str) -> bool:
    """Whether any sentence of the article, or its title, holds a word of the [scope] list
    `name`: a rule whose cue speaks of a levy by itself ("cars pay 25%") needs the levy
    named somewhere in an article about it, not always within two sentences."""
    return memo_of(doc, "article_has:" + name, lambda d: any(
        s.has(name) for s in d.sentences) or d.title is not None and ctx.has(name, d.title))


def context_has(doc: Doc, i: int, name: str, title: bool = False) -> bool:
    """Whether context_text(doc, i, title) holds a word of the [scope] list `name`."""
    key = (i, title)
    words = doc.context_words.get(key)
    if words is None:
        words = doc.sentences[i].lower_words
        if i > 0:
            words = words | doc.sentences[i - 1].lower_words
        if title and i > 1:
            words = words | doc.sentences[0].lower_words
        doc.context_words[key] = words
    return ctx.has_in(name, context_text(doc, i, title), words)


def neighbour_country(doc: Doc, i: int, exclude: str | None) -> str | None:
    """The first country of the sentence before, else of the headline (not `exclude`)."""
    for j in (i - 1, doc.title_index):
        if j is None or j < 0 or j == i:
            continue
        for m in doc.sentences[j].countries:
            if m.value != exclude:
                return m.value
    return None
