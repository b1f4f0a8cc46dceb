"""Who, on whom, on what, under which measure, with which status: the lexicons.

Everything here is compiled once from rules/lexicon.toml (the country, product and
measure names through tracker/lexicon.py, which adds pycountry's names), so that a new
alias or cue is a data change. The engine asks these matchers for mentions with offsets
and decides by position.
"""

from __future__ import annotations

import operator
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import repeat
from typing import NamedTuple

from tracker import lexicon, rules
from tracker.extract import skip
from tracker.extract.trie import trie_pattern


@dataclass(unsafe_hash=True, slots=True)
class Mention:
    """A phrase found in a text: a value object (hashed by its fields; never changed
    once made). Not frozen: a frozen dataclass's __init__ sets each field through
    object.__setattr__, and mentions are made by the ten thousand."""

    start: int
    end: int
    value: str  # country code, product, measure, status, or the phrase itself


def phrase_regex(phrases: list[str], ignore_case: bool = True) -> re.Pattern[str]:
    """Whole-word match of any phrase, longest first (so 'auto parts' beats 'auto')."""
    words = sorted({p.lower() if ignore_case else p for p in phrases if p})
    if not words:
        return skip.regex(r"(?!x)x")
    flags = re.IGNORECASE if ignore_case else 0
    return skip.regex(rf"(?<![\w])(?:{trie_pattern(words)})(?![\w])", flags)


#: \w+ (the ASCII ranges first let the regex engine test most characters from a table)
_WORD = skip.regex(r"[a-zA-Z0-9_\w]+")
#: every ASCII character that is no ASCII word character -> a space, as a table of bytes: on
#: ASCII text, the words of _WORD.findall are those of the encoded text translated and split
#: (a bytes table is read without the dict look-up str.translate makes for each new character
#: of every text; ~20 % fewer instructions than findall, a quarter fewer than str.translate)
_NOT_WORD_BYTES = bytes(c if chr(c).isalnum() or chr(c) == "_" else 32 for c in range(128)) \
    + bytes(range(128, 256))


def ascii_words(text: str) -> list[str]:
    """The runs of ASCII word characters of an ASCII text (the \\w+ runs), in order; the one
    reader of them for the vocabulary of a sentence and for judgments' leads."""
    return text.encode("ascii").translate(_NOT_WORD_BYTES).decode("ascii").split()


class Vocabulary:
    """The lower-cased words of a text, and where each starts (looked up on demand).

    Built once per sentence and shared by every lexicon: a lexicon none of whose anchor
    words is in `words` cannot match, and one that can is tried only at those words.
    """

    __slots__ = ("low", "words", "_starts")

    def __init__(self, text: str) -> None:
        low = text.lower()
        #: None when lower-casing changes the length (a few non-ASCII letters)
        self.low: str | None = low if len(low) == len(text) else None
        self.words: frozenset[str] = frozenset(
            ascii_words(low) if low.isascii() else _WORD.findall(low))
        self._starts: dict[str, list[int]] = {}

    def starts(self, word: str) -> list[int]:
        """Where `word` (a lower-cased run of word characters) stands as a whole word."""
        got = self._starts.get(word)
        if got is None:
            got = self._starts[word] = []
            low = self.low
            if low is not None and word in self.words:
                i = low.find(word)
                if low.find(word, i + 1) == -1:
                    # its one occurrence (most words of a sentence stand in it once): the
                    # whole word `words` holds, so no boundary to check (h261-2)
                    got.append(i)
                    return got
                n, size = len(word), len(low)
                # c.isalnum() or c == "_": what \w matches in a str pattern
                while i != -1:
                    j = i + n
                    if (i == 0 or not ((c := low[i - 1]).isalnum() or c == "_")) and (
                            j == size or not ((c := low[j]).isalnum() or c == "_")):
                        got.append(i)
                    i = low.find(word, j)  # a match inside this one is no whole word
        return got


class Anchors(NamedTuple):
    """Where a phrase list can match: each phrase's longest word and that word's offset
    in the phrase. A phrase_regex match (phrases are literal, matched character for
    character) puts its anchor word, whole, at that offset from its start."""

    words: frozenset[str]  # the anchor words, lower-cased
    offsets: dict[str, tuple[int, ...]]  # anchor word -> its offsets in its phrases


def anchor(phrase: str) -> tuple[str, int] | None:
    """A phrase's anchor: its longest word (likely the rarest), lower-cased, and that
    word's offset in the phrase; None when the phrase has no word character."""
    words = list(_WORD.finditer(phrase.lower()))
    if not words:
        return None
    w = max(words, key=lambda m: len(m.group()))
    return w.group(), w.start()


def anchors(phrases: list[str]) -> Anchors | None:
    """The Anchors of a phrase list; None when a phrase has no word character (only a
    scan of the whole text finds it)."""
    offsets: dict[str, set[int]] = {}
    for p in phrases:
        a = anchor(p)
        if a is None:
            return None
        offsets.setdefault(a[0], set()).add(a[1])
    return Anchors(frozenset(offsets), {w: tuple(sorted(k)) for w, k in offsets.items()})


def can_match(where: Anchors | None, words: frozenset[str]) -> bool:
    """False when no phrase of `where` can be in a text of these lower-cased words."""
    return where is None or not where.words.isdisjoint(words)


def anchored_starts(where: Anchors, vocab: Vocabulary) -> list[int]:
    """Where, in order, a phrase of `where` can start in the text of `vocab`."""
    common = where.words & vocab.words
    return starts_of(where, common, vocab) if common else []


def starts_of(where: Anchors, common: frozenset[str], vocab: Vocabulary) -> list[int]:
    """anchored_starts, given the anchor words the text holds (`common`, not empty):
    the callers that rule a text out by them first do not intersect the sets twice."""
    offsets = where.offsets
    if len(common) == 1:
        (w,) = common
        ks = offsets[w]
        if len(ks) == 1:
            k = ks[0]  # the usual case: one anchor word at one offset, already in order
            return [p - k for p in vocab.starts(w) if p >= k] if k else vocab.starts(w)
        return sorted({p - k for p in vocab.starts(w) for k in ks if p >= k})
    return sorted({p - k for w in common for p in vocab.starts(w) for k in offsets[w]
                   if p >= k})


def spans_at(regex: re.Pattern[str], starts: list[int], text: str) -> list[tuple[int, int]]:
    """The spans of `regex`'s matches tried at the sorted places `starts`, left to right,
    each place inside an earlier match skipped: those of ``regex.finditer(text)`` when
    every match of it starts at one of these places (match_at_words,
    document.bound_years)."""
    out = []
    last_end = 0
    # every place tried through map (no Python-level call a place; a place inside an
    # earlier match, rare, is tried too and its match left out as before)
    for m in filter(None, map(regex.match, repeat(text), starts)):
        p, end = m.span()
        if p >= last_end:
            last_end = end
            out.append((p, end))
    return out


def match_at_words(regex: re.Pattern[str], where: Anchors | None, text: str,
                   vocab: Vocabulary | None) -> list[tuple[int, int]]:
    """The spans of ``regex.finditer(text)`` for a phrase_regex of the phrases `where`
    anchors, tried only where an anchor word stands (`vocab` is the Vocabulary of `text`).

    Every match starts at one of those places, so trying them left to right (skipping
    the ones inside a match: spans_at) finds the same matches, while a sentence is
    looked at once for every lexicon instead of scanned once per lexicon.
    """
    if where is None or vocab is None or vocab.low is None:
        return [m.span() for m in regex.finditer(text)]
    common = where.words & vocab.words
    if not common:
        return []
    return spans_at(regex, starts_of(where, common, vocab), text)


@dataclass(frozen=True)
class _PhraseMap:
    regex: re.Pattern[str]
    mapping: dict[str, str | None]  # lower-cased surface -> value (None = ignore)
    where: Anchors | None = None  # where the surfaces can match (see anchors)

    def find(self, text: str, vocab: Vocabulary | None = None) -> list[Mention]:
        """Mentions in `text`; give the text's Vocabulary to find them faster."""
        where = self.where  # (none of the anchor words among the text's: nothing to try)
        if where is not None and vocab is not None and vocab.low is not None:
            if where.words.isdisjoint(vocab.words):  # (cheaper than & when, as mostly, none)
                return []
            spans = spans_at(self.regex, starts_of(where, where.words & vocab.words, vocab),
                             text)
        else:
            spans = match_at_words(self.regex, where, text, vocab)
        out = []
        for a, b in spans:
            surface = text[a:b]
            value = self.mapping.get(surface) or self.mapping.get(surface.lower())
            if value:
                out.append(Mention(a, b, value))
        return out


#: the sort key of mentions by start (attrgetter: no Python frame per item)
_BY_START = operator.attrgetter("start")


class _NameIndex:
    """Country names found by dictionary lookup at capitalised positions.

    A regex alternation of ~700 names is slow in Python's engine; looking up the
    names that share the first two letters at each capital letter is not.
    """

    _START = skip.regex(r"(?<![\w.])[A-Z]")

    def __init__(self, mapping: dict[str, str | None]) -> None:
        self.mapping = mapping
        self.buckets: dict[str, list[str]] = {}
        for name in sorted((k for k in mapping if k[:1].isupper()), key=len, reverse=True):
            self.buckets.setdefault(name[:2], []).append(name)
        #: anchor word -> (its offset, name) of the capitalised names it anchors
        self.by_anchor: dict[str, list[tuple[int, str]]] = {}
        for b in self.buckets.values():
            for name in b:
                a = anchor(name)
                if a is not None:
                    self.by_anchor.setdefault(a[0], []).append((a[1], name))
        #: the same, grouped by offset: anchor word -> ((offset, names longest first), ...)
        self.by_offset: dict[str, tuple[tuple[int, tuple[str, ...]], ...]] = {}
        for w, named in self.by_anchor.items():
            grouped: dict[int, list[str]] = {}
            for k, name in named:
                grouped.setdefault(k, []).append(name)
            self.by_offset[w] = tuple((k, tuple(sorted(ns, key=len, reverse=True)))
                                      for k, ns in grouped.items())
        lower = [k for k in mapping if not k[:1].isupper()]
        self.lower = phrase_regex(lower, ignore_case=False) if lower else None
        # with a text's Vocabulary only the capitals where a name's anchor word stands
        # are looked at (the lookup itself stays case-sensitive)
        self.where = anchors([n for b in self.buckets.values() for n in b])
        self.lower_where = anchors(lower) if lower else None

    def find(self, text: str, vocab: Vocabulary | None = None) -> list[Mention]:
        out: list[Mention] = []
        pos = 0
        if vocab is not None and vocab.low is not None and self.where is not None:
            # only the names whose anchor word stands at their anchor's offset from p
            # (names longest first at each place: two names of one length cannot both
            # stand at one place, so the order of equal lengths does not matter)
            at: dict[int, tuple[str, ...]] = {}
            merged = False
            for w in self.where.words & vocab.words:
                grouped = self.by_offset[w]
                for q in vocab.starts(w):
                    for k, names in grouped:
                        if q >= k:
                            got = at.get(q - k)
                            if got is None:
                                at[q - k] = names
                            else:
                                at[q - k] = got + names
                                merged = True
            start = self._START.match
            places = [(p, sorted(at[p], key=len, reverse=True) if merged else at[p])
                      for p in sorted(at) if start(text, p)]
        else:
            places = [(m.start(), self.buckets.get(text[m.start():m.start() + 2], ()))
                      for m in self._START.finditer(text)]
        for p, names in places:
            if p < pos:
                continue
            for name in names:
                end = p + len(name)
                # a name ending in a symbol ("US$" of "US$328 billion") needs no boundary
                if text.startswith(name, p) and (end == len(text) or name.endswith("$") or not (
                        text[end].isalnum() or text[end] == "_")):
                    value = self.mapping[name]
                    if value:
                        out.append(Mention(p, end, value))
                    pos = end
                    break
        lower_where = self.lower_where  # (the lower-case names' anchors: rarely in a text)
        if self.lower is not None and (
                lower_where is None or vocab is None or vocab.low is None
                or not lower_where.words.isdisjoint(vocab.words)):
            n = len(out)
            for a, b in match_at_words(self.lower, lower_where, text, vocab):
                if self.mapping.get(text[a:b]):
                    out.append(Mention(a, b, self.mapping[text[a:b]]))
            if len(out) > n:  # (the names found at capitals are in order already)
                out.sort(key=_BY_START)
        return out


@cache
def countries() -> _NameIndex:
    """Country names, demonyms and metonyms -> ISO alpha-2 (or EU); case-sensitive."""
    mapping = dict(lexicon.country_names())
    # headlines in capitals: "KOREA'S U.S. EXPORTS SLIDE"
    upper = {k.upper(): mapping[k] for k in list(mapping) if k.upper() not in mapping}
    mapping.update(upper)
    return _NameIndex(mapping)


def _grouped(section: dict[str, list[str]], masks: tuple[str, ...] = ()) -> _PhraseMap:
    """The phrase map of a canonical -> forms section; `masks` match too, mapped to None
    (no mention), so that a form inside them is not read."""
    mapping: dict[str, str | None] = {m.lower(): None for m in masks}
    for canon, forms in section.items():
        if not isinstance(forms, list) or canon in ("section_232_products", "section_301_products",
                                                        "examples"):
            continue
        for f in forms:
            if isinstance(f, str):
                mapping[f.lower()] = canon
    return _PhraseMap(phrase_regex(list(mapping)), mapping, anchors(list(mapping)))


@cache
def products() -> _PhraseMap:
    return _grouped(lexicon.product_forms(), tuple(lexicon.product_masks()))


@cache
def section_232_products() -> frozenset[str]:
    return lexicon.section_232_products()


@cache
def section_301_products() -> frozenset[str]:
    return lexicon.section_301_products()


@cache
def measures() -> _PhraseMap:
    return _grouped(lexicon.measure_forms(), tuple(lexicon.measure_masks()))


@cache
def statuses() -> _PhraseMap:
    return _grouped(rules.load("lexicon")["status"])


@cache
def status_regex(status: str) -> re.Pattern[str]:
    """Regex for the cues of one status, for cheap article-wide checks ("paused")."""
    return phrase_regex(rules.load("lexicon")["status"][status])


@cache
def status_anchors(status: str) -> Anchors | None:
    """Anchors of the cues of one status (see anchors)."""
    return anchors(rules.load("lexicon")["status"][status])


@cache
def scope_regex(name: str) -> re.Pattern[str]:
    """Regex for one list of rules/lexicon.toml [scope] (sentence_exclude, trade_words, ...)."""
    return phrase_regex(rules.load("lexicon")["scope"][name])


@cache
def scope_anchors(name: str) -> Anchors | None:
    return anchors(rules.load("lexicon")["scope"][name])


@cache
def scope_regex_lower(name: str) -> re.Pattern[str] | None:
    """scope_regex(name) with its phrases lower-cased and matched case-sensitively; None
    when a phrase is not ASCII. On the lower-cased form of an ASCII text (whose case
    folding is plain a-z) it finds what scope_regex finds in the text, faster: the
    regex engine compares plain characters faster than case-folded ones."""
    phrases = rules.load("lexicon")["scope"][name]
    if not all(p.isascii() for p in phrases):
        return None
    return phrase_regex([p.lower() for p in phrases], ignore_case=False)


@lru_cache(maxsize=8192)
def has(name: str, text: str) -> bool:
    """Whether `text` holds a word of the [scope] list `name` (cached: texts repeat)."""
    if text.isascii() and (lower := scope_regex_lower(name)) is not None:
        return lower.search(text.lower()) is not None
    return scope_regex(name).search(text) is not None


def has_in(name: str, text: str, words: frozenset[str]) -> bool:
    """`has`, answered at once when none of the list's anchor words is among `words`
    (the lower-cased words of `text`)."""
    where = scope_anchors(name)  # (can_match written out: this runs for every Sentence.has)
    return (where is None or not where.words.isdisjoint(words)) and has(name, text)


def find_countries(text: str, vocab: Vocabulary | None = None) -> list[Mention]:
    return countries().find(text, vocab)


def find_products(text: str, vocab: Vocabulary | None = None) -> list[Mention]:
    return products().find(text, vocab)


#: before a trade agreement's name: goods outside it ("non-USMCA goods", "not covered by the
#: FTA") pay the other measures, so the agreement is not their measure
OUTSIDE_RE = skip.regex(r"(?:\bnon-?\s*|\boutside\s+(?:of\s+)?(?:the\s+)?|"
                        r"\bnot\s+(?:covered\s+by|compliant\s+with|under)\s+(?:the\s+)?)$",
                        re.IGNORECASE)


#: right before a word, what denies it ("would not retaliate"), or sets it aside for another
#: course ("keep talking rather than retaliate", "instead of retaliating")
NEGATED_RE = skip.regex(r"\b(?:not|no|never|won't|wouldn't|ruled out|rule out|refrain\w* from|"
                        r"rather than|instead of)\s+(?:to\s+)?$", re.IGNORECASE)


def find_measures(text: str, vocab: Vocabulary | None = None) -> list[Mention]:
    return [m for m in measures().find(text, vocab)
            if not (m.value == "fta" and OUTSIDE_RE.search(text[max(0, m.start - 30):m.start]))
            and not NEGATED_RE.search(text[max(0, m.start - 20):m.start])]


def find_statuses(text: str, vocab: Vocabulary | None = None) -> list[Mention]:
    return statuses().find(text, vocab)


#: the lexicon sections whose examples list what a finder returns: section -> (key, finder)
_FINDERS = {
    "countries": ("codes", find_countries),
    "products": ("products", find_products),
    "measures": ("measures", find_measures),
}


def lexicon_examples() -> list[tuple[str, str, dict]]:
    """(example id, section, example) of every section of rules/lexicon.toml, numbered
    from 1 per section ("countries-2"); the cue sections' are claim examples."""
    from tracker.extract.examples import CUE_SECTIONS

    lex = rules.load("lexicon")
    return [(f"{section}-{n}", section, ex)
            for section in (*_FINDERS, "status", "scope", *CUE_SECTIONS)
            for n, ex in enumerate(lex.get(section, {}).get("examples", []), 1)]


def check_lexicon_example(section: str, ex: dict) -> list[str]:
    """What is wrong with one example of a rules/lexicon.toml section (empty: it passes)."""
    if section in _FINDERS:
        key, finder = _FINDERS[section]
        got = [m.value for m in finder(ex["text"])]
        if got != ex[key]:
            return [f"lexicon.{section}: {ex['text']!r} -> {got}, expected {ex[key]}"]
        return []
    if section == "status":
        got = [m.value for m in find_statuses(ex["text"])]
        if ex["status"] not in got:
            return [f"lexicon.status: {ex['text']!r} -> {got}, expected {ex['status']}"]
        return []
    if section == "scope":
        from tracker.extract.engine import extract_text

        found = extract_text(ex["text"], published=None)
        if bool(found) != ex["in_scope"]:
            return [f"lexicon.scope: {ex['text']!r} -> {len(found)} claims, "
                    f"expected in_scope={ex['in_scope']}"]
        return []
    from tracker.extract.examples import check_example  # [imposer_cues], [target_cues] ...

    return check_example(f"lexicon.{section}", ex)


def check_rules() -> tuple[int, list[str]]:
    """Run the [[examples]] of every section of rules/lexicon.toml."""
    failures: list[str] = []
    cases = lexicon_examples()
    for _id, section, ex in cases:
        failures += check_lexicon_example(section, ex)
    return len(cases), failures
