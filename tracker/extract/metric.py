"""Which figures become claims, and of which metric: the cue rules of rules/claims.toml.

A rate or amount takes the metric of the nearest cue (rules/claims.toml: side, window);
a date is a claim when it dates a measure, a duration when it is a pause's length.
The sentence's figures are bound in order, because a figure with no cue of its own
continues the enumeration before it ("exports fell 3%, imports 5%").
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache

from tracker import rules
from tracker.extract import calendar_words, cue_words, quantities, sales, sanity, skip, status_rules
from tracker.extract import context as ctx
from tracker.extract import dates as dates_layer
from tracker.extract.context import Mention
from tracker.extract.document import Doc, FigureContext, article_has, context_has, memo_of
from tracker.extract.figures import Figure
from tracker.extract.measure import covered_amount
from tracker.extract.sentences import (
    Sentence,
    clause_bounds,
    figure_hedges,
    near,
    per_sentence,
    words_before,
)
from tracker.read.opener import head_sentences, opening_day, wire_opener

#: the metrics that are the rate of a levy: their figures get imposer, target, product,
#: measure and status from the levy steps (tracker/reconcile.py has its own, wider set)
LEVY_RATE_METRICS = frozenset({"tariff_rate", "tax_rate"})


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
    #: where `requires` is looked for: "context" (as above), "sentence" (the figure's own)
    #: or "article" (anywhere in it)
    requires_in: str = "context"
    #: rules whose cue in the same clause wins over this rule's nearer one: "of goods"
    #: values goods whose direction a verb tells ("shipped $9 billion of goods to")
    yields_to: tuple[str, ...] = ()
    #: the cue speaks of trade by itself ("from American buyers"): no trade word needed
    trade_cue: bool = False
    #: the words that must stand, exactly, between the figure and a right-side cue ("of":
    #: "bought $5 billion of Thai goods", not "$5 billion in Thailand's favour"); None: any
    #: within `window`
    gap: tuple[str, ...] | None = None
    #: words one of which must stand right after the cue ("goods": "of Thai goods", not
    #: "of Canadian canola", whose goods the gold sets name freely); None: any
    then: re.Pattern[str] | None = None

    @property
    def levy(self) -> bool:
        """Whether the rule's metric is a levy's rate."""
        return self.metric in LEVY_RATE_METRICS


@cache
def claim_rules() -> tuple[Rule, ...]:
    """The rules of rules/claims.toml, in file order (the order breaks ties)."""
    out = []
    for r in rules.load("claims")["rules"]:
        cues = [c.split(":")[0] for c in r.get("cues", [])]
        smap = {c.split(":")[0].lower(): c.split(":")[1] for c in r.get("cues", []) if ":" in c}
        out.append(Rule(
            id=r["id"], quantity=r["quantity"], metric=r["metric"], side=r["side"],
            window=int(r.get("window", 0)), cues=tuple(cues), regex=ctx.phrase_regex(cues),
            sentence_map=smap, examples=tuple(r.get("examples", [])),
            requires=r.get("requires"), requires_in=r.get("requires_in", "context"),
            yields_to=tuple(r.get("yields_to", ())),
            trade_cue=bool(r.get("trade_cue", False)),
            gap=tuple(r["gap"].lower().split()) if "gap" in r else None,
            then=skip.regex(rf"\s+(?:{'|'.join(map(re.escape, r['then']))})\b", re.IGNORECASE)
            if "then" in r else None,
            anchors=ctx.anchors([c for c in cues if not c.startswith("@")]),
        ))
    return tuple(out)


def rule_by_id(rule_id: str) -> Rule:
    return next(r for r in claim_rules() if r.id == rule_id)


@dataclass(frozen=True, slots=True)
class Reading:
    """The value or unit a binding reads its figure in where that is not what the figure
    layer found ("$60 billion" in a Canadian paper is CAD; an undated text's "Monday" is
    the day its own dateline names), with the words that tell it."""

    value: float | str
    unit: str
    evidence: str


@dataclass(unsafe_hash=True, slots=True)
class Binding:
    """A figure bound to a metric, by a rule, through a cue (None: no cue of its own).
    Never changed once made (`reading_as` makes a copy); not frozen only for speed (as
    Decision)."""

    metric: str
    rule: Rule
    cue: Mention | None
    evidence: str  # why this metric
    #: the figure's value and unit as this binding reads them (None: as found); the
    #: binding step leaves the figure as it was, its caller applies this to copies
    #: (`readings`, figures.read_as)
    reading: Reading | None = None

    @property
    def levy(self) -> bool:
        return self.metric in LEVY_RATE_METRICS

    def reading_as(self, fig: Figure, value: float | str, unit: str, why: str) -> Binding:
        """This binding with fig read as value and unit (itself where that is as found)."""
        if (value, unit) == (fig.value, fig.unit):
            return self
        return dataclasses.replace(self, reading=Reading(value, unit, why))


#: between a change verb and its figure: "rose to", "climbed sharply to about" (a new level)
LEVEL_TO_RE = skip.regex(r"^\s*(?:[\w\-]+,?\s+){0,2}?"  # ("goes up again, to 125%")
                         # a day between: "rise on Jan. 1: to 30%", "rose in May to"
                         r"(?:(?:on|in)\s+(?:[\w.\-]+[,:]?\s+){1,3}?)?to\s+"
                         # a list of levels: "jumped to 145% and 125%, respectively"
                         r"(?:[\d.,]+\s*" + cue_words.percent_forms("rate", space=r"\s+")
                         + r"\s*(?:,\s*|,?\s+and\s+|"
                         r",?\s+or\s+))*"
                         r"(?:about\s+|around\s+|nearly\s+|roughly\s+|some\s+|almost\s+)?$",
                         re.IGNORECASE)
#: between a change verb and its figure: "will drop from 25% (to 10%)" (the old level)
LEVEL_FROM_RE = skip.regex(r"^\s*from\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)
#: after a figure: a difference from something, not a level ("still 5% below last year");
#: so is what buyers "pay 8 to 9 percent more" (a price's rise: "more" or "less" right after
#: the figure or the end of its range, no noun after it: not "10% more goods")
DIFFERENCE_AFTER_RE = skip.regex(r"\s*(?:below|above|short\s+of|behind|ahead\s+of|"
                                 r"(?:higher|lower|more|less)\s+than|"
                                 r"(?:(?:to|-|–)\s*\d[\d.,]*\s*"
                                 + cue_words.percent_forms("rate", space=r"\s*")
                                 + r"\s*)?(?:more|less)\b(?=\s*(?:[,.;:)]|$|at\b|for\b|"
                                 r"in\b|on\b|than\b|per\b|a\b|each\b|every\b|"
                                 r"overall\b)))\b", re.IGNORECASE)
#: between a change cue and a later figure: "from" a level, then a break ("down from 46%,
#: with 40% on ..."): the cue belongs to the level, not to the figure after the break
LEVEL_FROM_THEN_RE = skip.regex(r"^\s*from\s+(?:the\s+|a\s+|an\s+)?\d[\d.,]*\s*"
                                + cue_words.percent_forms("rate", space=r"\s*")
                                + r"\s*[,;]\s*(?:with|while|and|but)\b", re.IGNORECASE)
#: between a comparative and its figure, a levy noun it describes (one word between): "higher
#: country rates from May 2: 30% for Peru" are levels of that levy, not changes
LEVY_AFTER_ADJECTIVE_RE = skip.regex(r"^\s*(?:[\w\-]+\s+)?"
                                     + cue_words.levy_nouns("levy", "rates") + r"\b",
                                     re.IGNORECASE)
#: between a comparative and its figure: "higher than the 15% its rival got" compares
#: with another level, it is no change
LEVEL_THAN_RE = skip.regex(r"^\s*than\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?$",
                           re.IGNORECASE)
TO_RE = skip.regex(r"\bto\b")
AS_OF_RE = skip.regex(r"\bas of\b", re.IGNORECASE)
#: "as of" after a verb of applying: the day a measure starts ("the duty applies as of Oct.
#: 14"), not the day a tally was made ("receipts as of Sept. 23")
APPLIES_AS_OF_RE = skip.regex(r"\b(?:applies|apply|applied|applying|effective|valid)\s+as\s+of\b",
                              re.IGNORECASE)
#: after a date, what makes it the day a measure starts: "..., the tariffs will be cut"
FUTURE_AFTER_RE = skip.regex(r"\b(?:will|shall|take effect|takes effect|kick in|kicks in)\b",
                             re.IGNORECASE)
#: between a fraction word and a rate it divides: "half of the previously announced "
RATIO_OF_RE = skip.regex(r"\s+of\s+(?:the\s+|its\s+|a\s+)?(?:[\w\-]+\s+){0,3}", re.IGNORECASE)
MOVED_TO_RE = skip.regex(r"\s+to\s+(?:about\s+|around\s+)?", re.IGNORECASE)
RATE_ON_RE = skip.regex(cue_words.percent_forms("rate", "pct") + r"\s+(?:on|from)\s*$")
EFFECT_CUE_RE = skip.regex(
    r"\b(?:until|till|through|by|from|starting|beginning|effective|deadline|take effect|"
    r"takes effect|took effect|taking effect|kick in|kicks in|go into effect|goes into effect|"
    r"went into effect|come into force|comes into force|came into force|coming into force|"
    r"enter into force|enters into force|entered into force|expire|expires|due|ahead of|"
    # ("went into force on Thursday", "the new rate starts next Friday"; not "starts to bite")
    r"went into force|goes into force|go into force|going into force|kicked in|"
    r"(?:starts|started|begins|began)(?!\s+to\b))\b"
    # ("in force since Tuesday", "in place since last Tuesday": the day it started)
    r"|\b(?:in\s+force|in\s+effect|in\s+place|applied|been\s+collected)\s+since\b"
    # the minute a measure starts on: "doubled to 50% at 12:01 a.m. Wednesday"
    r"|\b12:01\s*a\.?m\b|\bmidnight\b",
    re.IGNORECASE)
#: right after a date, a start told on "that date" ("agreed on Nov. 14, and applied from that
#: date", "signed on May 8 and in force the same day"): the day of the deal or the signing is
#: the measure's start as well
SAME_DAY_START_RE = skip.regex(
    r",?\s+(?:and\s+)?(?:was\s+|were\s+|is\s+|are\s+)?(?:applied|applies|apply|effective|"
    r"in\s+force|in\s+effect|took\s+effect|taking\s+effect)\s+(?:from\s+|since\s+|as\s+of\s+|"
    r"on\s+)?(?:that|the\s+same)\s+(?:date|day)\b", re.IGNORECASE)
#: a verb of a measure's start or end, before its date: what was said or signed before the
#: verb does not make the date the day it was said
EFFECT_VERB_RE = skip.regex(
    r"\b(?:take|takes|took|taking|go|goes|went|come|comes|came|enter|enters|entered)\s+"
    r"(?:into\s+)?(?:effect|force)\b|\b(?:expire|expires|expired|expiring|kick|kicks|kicked)\b",
    re.IGNORECASE)
#: payers starting to pay a levy, before its rate (bind_date, _paid_from_weekday)
PAYING_START_RE = skip.regex(r"\b" + cue_words.group("scope", "paying_start_verbs", space=r"\s+")
                             + r"\b", re.IGNORECASE)
#: between a relative date and a written one right after it that names the same day again
#: ("takes effect in seven days, on Aug. 6", "starts in 21 days (Aug. 27)")
RESTATED_DAY_GAP_RE = skip.regex(r"\s*(?:,|\(|—|–)\s*(?:on\s+|from\s+)?", re.IGNORECASE)
#: a date opening its sentence whose subject then publishes, signs or announces something:
#: "On Friday 1 August, the ministry published the order": the day of that act, not a
#: measure's date (unless a verb of a start or end follows: "On August 7, the tariffs
#: announced in July took effect")
EVENT_OPENING_BEFORE_RE = skip.regex(r"^\W*(?:on\s+)?(?:\w+day,?\s+)?$", re.IGNORECASE)
EVENT_OPENING_AFTER_RE = skip.regex(
    r"(?:,?\s+\d{4})?,\s+(?:[\w.'’\-]+\s+){0,4}?(?:published|signed|announced|issued|"
    r"unveiled|released|met|said|agreed)\b", re.IGNORECASE)
#: "percentage points" after a share cue: a change in points, not a share
POINTS_AFTER_RE = skip.regex(r"[\s\-]*points?\b", re.IGNORECASE)
@cache
def positional_rules(quantity: str) -> tuple[tuple[int, Rule], ...]:
    """The rules with cues left or right of a `quantity` figure, with their order."""
    return tuple((order, rule) for order, rule in enumerate(claim_rules())
                 if rule.quantity == quantity and rule.side in ("left", "right"))


def nearest_rule(sent: Sentence, fig: Figure, quantity: str,
                 doc: Doc, i: int) -> tuple[Rule, Mention] | None:
    """The cue nearest the figure, in words; of cues as near, the earlier rule's."""
    best: tuple[float, int, Rule, Mention] | None = None
    stronger: dict[str, tuple[float, int, Rule, Mention]] = {}  # best of each rule
    clause_start, clause_end = clause_bounds(sent.text, fig.start, fig.end)
    for order, rule in positional_rules(quantity):
        if best is not None and best[0] == 0 and not best[2].yields_to:
            break  # nothing is nearer, and a later rule does not win a tie
        cues = sent.cues(rule)  # found on first use, then kept for the other figures
        if not cues or rule.requires and not (
                article_has(doc, rule.requires) if rule.requires_in == "article"
                else sent.has(rule.requires) if rule.requires_in == "sentence"
                else _in_context(doc, i, rule.requires)) \
                and not (rule.requires == "levy_words" and levy_told_by_paying(doc)):
            continue
        for m in cues:
            if rule.side == "right" and m.start >= fig.end and m.start <= clause_end:
                d = sent.words_between(fig.end, m.start)
                if rule.metric == "change" and _ranks_level(sent.text, fig, m):
                    continue  # "assigned 17 per cent, lower than most": a level ranked
                if rule.metric == "share" and "," in sent.text[fig.end:m.start]:
                    continue  # "adding up to 30 percent, of which 20 ...": a relative clause
                if rule.gap is not None \
                        and sent.text[fig.end:m.start].lower().split() != list(rule.gap):
                    continue  # "$63 billion in Canada's favour": no goods "of" Canada
                if rule.then is not None and not rule.then.match(sent.text, m.end):
                    continue  # "$5 billion of Canadian canola": not a country's goods as such
            elif rule.side == "left" and m.end <= fig.start and m.start >= clause_start:
                d = sent.words_between(m.end, fig.start)
                gap = sent.text[m.end:fig.start]
                if NEGATED_BOUND_RE.search(gap):
                    d -= 1  # "pay no more than 15%": the negation counts no more than "at most"
                if rule.metric == "change" and (LEVEL_TO_RE.match(gap)
                                                 or LEVEL_FROM_RE.match(gap)
                                                 or LEVEL_THAN_RE.match(gap)
                                                 or LEVEL_FROM_THEN_RE.match(gap)
                                                 or _describes_levy(sent.text, m, gap)
                                                 or _grades_level(sent.text, m, gap)):
                    # "the tariff rose to 125%", "will drop from 25%": levels; "down from
                    # 46%, with 40% on ...": the cue told that level, not the figure after
                    continue
            else:
                continue
            if d > rule.window or rule.metric == "share" and (
                    POINTS_AFTER_RE.match(sent.text, m.end) or fig.kind == "points"):
                continue  # ("cut by 115 percentage points", "24 points of the tariff": no share)
            if rule.levy and rule.side == "left" and DIFFERENCE_AFTER_RE.match(sent.text,
                                                                                fig.end):
                continue  # "shipments are still 5% below last year's": no levy's level
            cand = (d, order, rule, m)
            if best is None or cand[:2] < best[:2]:
                best = cand
            if rule.id not in stronger or cand[:2] < stronger[rule.id][:2]:
                stronger[rule.id] = cand
    if best is not None and best[2].yields_to:
        # (not across a levy: "which sells to the US, put duties on $75 billion of goods")
        over = [stronger[r] for r in best[2].yields_to if r in stronger
                and not ctx.has("levy_words", _between(sent.text, stronger[r][3], fig))]
        if over:
            best = min(over, key=lambda c: c[:2])
    return (best[2], best[3]) if best else None


def _describes_levy(s: str, m: Mention, gap: str) -> bool:
    """Whether the change cue is a comparative right before a levy noun it describes
    ("higher country rates from May 2: 30% for Peru"): it tells that levy's level, so the
    figure after is no change (rules/lexicon.toml [level_adjectives])."""
    return s[m.start:m.end].lower() in cue_words.words("level_adjectives", "words") \
        and LEVY_AFTER_ADJECTIVE_RE.match(gap) is not None


#: the word right before a figure
PRE_WORD_RE = skip.regex(r"(\w+)\s+$")
#: right before a comparative: an article ("pay a lower 10 per cent")
ARTICLE_BEFORE_RE = skip.regex(r"\b(?:a|an|the)\s+$", re.IGNORECASE)


def _grades_level(s: str, m: Mention, gap: str) -> bool:
    """Whether the change cue is a comparative ([level_adjectives]) right before the figure
    with an article before it ("Buses pay a lower 10 per cent", "paid the lower 10 per cent
    fentanyl rate"): it grades the level the figure is among others; a change's size takes
    no article before its comparative ("fell 5 per cent lower")."""
    return s[m.start:m.end].lower() in cue_words.words("level_adjectives", "words") \
        and not gap.strip() and ARTICLE_BEFORE_RE.search(s, 0, m.start) is not None


def _graded_figure(s: str, fig: Figure) -> bool:
    """Whether the word right before the figure is such a graded comparative (`_grades_level`)."""
    m = PRE_WORD_RE.search(s, 0, fig.start)
    return m is not None and _grades_level(s, Mention(m.start(1), m.end(1), ""), "")


def _ranks_level(s: str, fig: Figure, m: Mention) -> bool:
    """Whether a comparative after the figure ([level_adjectives]) is set apart from it by
    punctuation ("In April it was assigned 17 per cent, lower than most neighbours"): it
    ranks the figure as a level among others, while one right after it ("receipts 40 per
    cent higher than in March") tells the figure as the size of a change."""
    return s[m.start:m.end].lower() in cue_words.words("level_adjectives", "words") \
        and any(not ch.isspace() for ch in s[fig.end:m.start])


def _in_context(doc: Doc, i: int, name: str) -> bool:
    """Whether the sentence, the two before it, the opening line or the article's own title
    hold a word of the [scope] list `name` ("Steel is not part of the deal and stays at 50%"
    two sentences after the levy is named; "Cars now pay 15%" under a title about a car
    duty: the whole article is about that levy)."""
    return context_has(doc, i, name, title=True) or i > 1 and context_has(doc, i - 1, name) \
        or doc.title is not None and ctx.has(name, doc.title)


@cache
def _paid_rate_re() -> re.Pattern[str]:
    """A paying verb of [paid_rate_article], at most one word, then a percent figure ("have
    paid 19 per cent", "pays the full 50 per cent"), not before a word of its not_after
    ("paid 7 per cent more", "pay 6 per cent interest")."""
    verbs = cue_words.alternation("paid_rate_article", "verbs")
    not_after = cue_words.alternation("paid_rate_article", "not_after")
    percent = cue_words.percent_forms("rate", space=r"\s*")
    return skip.regex(rf"\b{verbs}\s+(?:[a-z]+\s+)?\d+(?:\.\d+)?\s*{percent}"
                      rf"(?!\s+{not_after}\b)", re.IGNORECASE)


def levy_told_by_paying(doc: Doc) -> bool:
    """Whether an article that names no levy word at all ([scope] levy_words) tells what
    goods or partners pay as a percent ([paid_rate_article]: "Cambodian goods entering the
    United States have paid 19 per cent since Aug. 7", "Vietnam pays 20 per cent"): the
    paying verb names the levy (so does a partner's rate: _partner_rate, "the higher
    country rates that began on Aug. 7"), and the rules that need a levy word in reach
    take such an article as naming one. An article that names a levy keeps the gate as it was: its
    rates are read near the levy word (a "paid" there may be a price or a wage)."""
    return memo_of(doc, "levy_told_by_paying", lambda d: not article_has(d, "levy_words")
                   and any(_partner_rate(s) or any(_goods_paying(s, m)
                                                   for m in _paid_rate_re().finditer(s.text))
                           for s in d.sentences))


@cache
def _partner_rate_re() -> re.Pattern[str]:
    """A rate noun of [paid_rate_article], not before a word of a bank's rate ("rate
    cut"): group 1 the noun."""
    noun = cue_words.alternation("paid_rate_article", "rate_nouns")
    not_after = cue_words.alternation("paid_rate_article", "rate_not_after")
    return skip.regex(rf"\b({noun})\b(?![\s\-]+{not_after}\b)", re.IGNORECASE)


@cache
def _rate_owner_re() -> re.Pattern[str]:
    """Right before a rate noun: a word of [paid_rate_article] rate_owners ("country")."""
    owner = cue_words.alternation("paid_rate_article", "rate_owners")
    return skip.regex(rf"\b{owner}\s+$", re.IGNORECASE)


def _partner_rate(sent: Sentence) -> bool:
    """Whether the sentence names a partner's rate: a rate noun right after a country's
    name or adjective ("the 19 per cent U.S. rate", "the 39 per cent Swiss rate") or after
    "country" ("the higher country rates that began on Aug. 7"): a levy's level, as a
    paid percent is (levy_told_by_paying)."""
    s = sent.text
    for m in _partner_rate_re().finditer(s):
        before = s[max(0, m.start() - 30):m.start()]
        if _rate_owner_re().search(before) or any(
                c.end <= m.start() and not s[c.end:m.start()].strip() for c in sent.countries):
            return True
    return False


def _goods_paying(sent: Sentence, m: re.Match[str]) -> bool:
    """Whether the clause before a paid percent names goods or a partner as what pays
    ("Lao goods ... have paid 40 per cent", "its steel still pays 50 per cent"), and no
    margin, wage or loan word ([scope] not_levy_level_words): "small firms pay 9 per cent
    on new loans" tells no levy."""
    s = sent.text
    lo = clause_bounds(s, m.start(), m.end())[0]
    subject = s[lo:m.start()]
    if ctx.has("not_levy_level_words", subject):
        return False
    return ctx.has("levied_goods_words", subject) or any(
        lo <= c.start < m.start() for c in (*sent.products, *sent.countries))


def _between(s: str, m: Mention, fig: Figure) -> str:
    """The text between a cue and its figure, on whichever side the cue stands."""
    return s[m.end:fig.start] if m.end <= fig.start else s[fig.end:m.start]


def sentence_rule(sent: Sentence, quantity: str) -> tuple[Rule, str] | None:
    """A rule whose cue anywhere in the sentence names the metric ("... investment")."""
    for rule in claim_rules():
        if rule.quantity == quantity and rule.side == "sentence" and rule.sentence_map:
            m = rule.regex.search(sent.text)
            if m:
                return rule, rule.sentence_map.get(m.group(0).lower(), rule.metric)
    return None


def bind_amounts(doc: Doc, i: int, figs: list[Figure]) -> dict[int, Binding]:
    """The rates and amounts of sentence i that are claims, by figure start.

    Bound left to right: a figure takes the metric of its change partner or of the
    figure before it when it has no cue of its own, and a figure whose predecessor was
    out of scope ("from $80 per barrel ... to $60") is out of scope too. In a sentence
    out of scope (a poll, a price) only levy rates are kept.
    """
    sent = doc.sentences[i]
    excluded = sent.has("sentence_exclude")
    bound: dict[int, Binding] = {}
    rejected: set[int] = set()
    for fig in figs:
        if fig.quantity not in ("money", "percent"):
            continue
        got = _covered_goods(sent, fig, _bind_amount(sent, fig, figs, bound, rejected, doc, i),
                             figs, bound)
        if got is None or (excluded and not got.levy):
            continue
        unit, why = _amount_unit(doc, sent, fig, got)
        bound[fig.start] = got.reading_as(fig, fig.value, unit, why)
    return bound


def readings(bound: dict[int, Binding]) -> dict[int, tuple[float | str, str]]:
    """The (value, unit) each binding reads its figure in where not as found, by figure
    start: what figures.read_as applies to the sentence's copies."""
    return {start: (b.reading.value, b.reading.unit)
            for start, b in bound.items() if b.reading is not None}


def _amount_unit(doc: Doc, sent: Sentence, fig: Figure, got: Binding) -> tuple[str, str]:
    """The unit a bound amount is read in, with why: a bare "$" is the article's home
    dollar ("$60 billion" in a Canadian paper), but a deficit run with the home country
    itself is the US's, in US dollars."""
    unit = fig.unit
    if unit == "USD" and sent.text.startswith("$", fig.start):
        unit = _home_dollar(doc) or unit
    if got.metric == "trade_deficit" and unit != "USD" and _deficit_with_home(doc, sent):
        return "USD", "a deficit run with the article's home country is the US's, in USD"
    if unit != fig.unit and _us_counted(sent, got):
        return fig.unit, "a figure the US counts, told with the US first, is in USD"
    return unit, f"a bare '$' in an article whose dollar is {unit}"


#: metrics of figures the US itself counts: its duty takings, its imports (a deficit is
#: read by _deficit_with_home; one with a third country stays the home dollar's: h259-1)
US_COUNTED_METRICS = frozenset({"revenue", "imports"})


def _us_counted(sent: Sentence, got: Binding) -> bool:
    """Whether a bare "$" figure of a home-dollar article is a US statistic: duty takings
    or imports whose sentence names the US first ("The United States imported $412.7
    billion of Canadian goods", "tariffs pour $30 billion a year into the US Treasury").
    The US counts those in its own dollars, whatever "$" means elsewhere in a Canadian
    paper; Ottawa's own figures ("Canada imported $60 billion of US goods") keep the home
    dollar."""
    if got.metric not in US_COUNTED_METRICS:
        return False
    first = min(sent.countries, key=lambda m: m.start, default=None)
    return first is not None and first.value == "US"


#: "a deficit with Canada", "its goods deficit with Canada": the side the deficit is with
WITH_BEFORE_RE = skip.regex(r"\bwith\s+(?:the\s+)?$", re.IGNORECASE)


def _deficit_with_home(doc: Doc, sent: Sentence) -> bool:
    """Whether a deficit in a home-dollar article is run "with" the home country itself
    ("the US ran a $63 billion deficit with Canada"): that balance is the US's, counted in
    US dollars, whatever "$" stands for elsewhere in a Canadian paper."""
    home = doc.main_country
    return home is not None and any(
        m.value == home and WITH_BEFORE_RE.search(sent.text, 0, m.start)
        for m in sent.countries)


def _home_dollar(doc: Doc) -> str | None:
    """The currency of a bare "$" in this article (quantities.home_dollar), read once."""
    return memo_of(doc, "home_dollar", _read_home_dollar)


def _read_home_dollar(doc: Doc) -> str | None:
    """quantities.home_dollar of the article; its main country (which needs the countries
    of every sentence) is read only when the text has a home dollar's style word."""
    low = _doc_text(doc).lower()
    if not any(w in low for w in quantities.home_dollar_styles()):
        return None
    if doc.main_country is None or _named_once(doc, doc.main_country):
        # a Canadian supplier named once in a story from a US city: no Canadian paper
        return None
    return quantities.home_dollar(_doc_text(doc), doc.main_country)


def _named_once(doc: Doc, country: str) -> bool:
    """Whether the article names its main country only once, in its body, not in its
    title or lead: a passing mention, not the country it is written from."""
    if doc.title is not None and any(m.value == country for m in ctx.find_countries(doc.title)):
        return False
    seen = [i for i, s in enumerate(doc.sentences) for m in s.countries if m.value == country]
    return len(seen) == 1 and seen[0] > 0


def _doc_text(doc: Doc) -> str:
    """The article's sentences as one text, joined once."""
    return memo_of(doc, "text", lambda d: "\n".join(s.text for s in d.sentences))


#: flows a cue may take an amount for that, beside a levy, is the value of the goods it hits
_FLOWS_OF_COVERED = frozenset(("imports", "revenue"))


#: between an amount and its conversion: "C$30 billion ($20.7 billion)", "(£16bn; $21.7bn)"
CONVERSION_GAP_RE = skip.regex(r"\s*[(;,/]\s*")


#: between an amount and its conversion into another currency told after a comma or in
#: brackets: ", about ", " (roughly ", "; or ", " a year, about " (the same period's)
CONVERTED_GAP_RE = skip.regex(r"(?:\s+" + cue_words.group("per_year", "after", space=r"\s+")
                              + r")?\s*[(;,/]\s*(?:or\s+)?(?:about\s+|around\s+|roughly\s+|"
                              r"some\s+|nearly\s+|almost\s+|approximately\s+)?",
                              re.IGNORECASE)


def _converted_amount(s: str, fig: Figure, figs: list[Figure]) -> Figure | None:
    """The amount a money figure converts into another currency, right before it ("capped
    at $20 billion a year, about 29 trillion won"), or None: a conversion is the same sum,
    so where that amount is left out it is too, whatever the enumeration before says."""
    prior = [f for f in figs if f.end <= fig.start]
    if not prior or prior[-1].quantity != "money" or prior[-1].unit == fig.unit:
        return None
    return prior[-1] if CONVERTED_GAP_RE.fullmatch(s, prior[-1].end, fig.start) else None


def _cue_after_conversion(sent: Sentence, fig: Figure, figs: list[Figure], doc: Doc,
                          i: int) -> tuple[Rule, Mention] | None:
    """The right-side cue of an amount's conversion told right after it, when the amount
    has no cue of its own ("Japan will back $550 billion, roughly 81 trillion yen, of US
    projects"): the conversion is the same sum, so the cue beyond it is the amount's too."""
    after = [f for f in figs if f.start >= fig.end]
    if not after or after[0].quantity != "money" or after[0].unit == fig.unit \
            or _converted_amount(sent.text, after[0], figs) is not fig:
        return None
    hit = nearest_rule(sent, after[0], "money", doc, i)
    return hit if hit is not None and hit[0].side == "right" else None


def _converts_bound(s: str, fig: Figure, figs: list[Figure], bound: dict[int, Binding]) -> bool:
    """Whether a money figure only converts an amount the sentence already binds, right
    before it ("Korea commits $350 billion, about 511 trillion won at Friday's exchange
    rate"): the same sum, so the words of the rate it was converted at ([scope]
    near_exclude "exchange rate") leave it a claim as they leave the amount one."""
    converted = _converted_amount(s, fig, figs)
    return converted is not None and converted.start in bound


def _covered_goods(sent: Sentence, fig: Figure, got: Binding | None, figs: list[Figure],
                   bound: dict[int, Binding]) -> Binding | None:
    """The goods a levy covers ("25% duties on U.S. goods worth C$30 billion", "$3
    billion in counter-tariffs") are valued, not traded or collected: `other_amount`; so is
    such an amount's conversion in brackets."""
    if got is None or fig.quantity != "money" or got.metric not in _FLOWS_OF_COVERED:
        return got
    prior = [f for f in figs if f.end <= fig.start and f.quantity == "money"]
    if prior and prior[-1].start in bound and bound[prior[-1].start].metric == "other_amount" \
            and CONVERSION_GAP_RE.fullmatch(sent.text, prior[-1].end, fig.start):
        return Binding("other_amount", got.rule, got.cue,
                       "the conversion of an amount of goods a levy covers")
    if not covered_amount(sent.text, fig.start, fig.end) \
            or _compared_with_prior(sent.text, fig, prior, bound, got):
        return got
    return Binding("other_amount", got.rule, got.cue,
                   f"the value of the goods a levy covers ({got.evidence})")


@cache
def _compared_before_re() -> re.Pattern[str]:
    """Right before an amount: a comma, a word of [scope] `comparison_words`, perhaps one
    word of hedge (", against roughly ")."""
    words = cue_words.group("scope", "comparison_words", space=r"\s+")
    return skip.regex(rf",\s*{words}\s+(?:[\w\-]+\s+)?$", re.IGNORECASE)


def _compared_with_prior(s: str, fig: Figure, prior: list[Figure], bound: dict[int, Binding],
                         got: Binding) -> bool:
    """Whether an amount is told as the earlier value of the flow before it in its clause
    ("customs duties of $195 billion in fiscal 2025, against $77 billion in fiscal 2024"):
    the same flow of another period, not goods a levy covers, though "against" is a word
    of rules/status.toml [covered_amount]; a semicolon between ends the comparison."""
    if not prior or prior[-1].start not in bound or bound[prior[-1].start].metric != got.metric:
        return False
    gap = s[prior[-1].end:fig.start]
    return ";" not in gap and _compared_before_re().search(gap) is not None


#: a ceiling or floor told with a negation, right before its figure: "no more than "
NEGATED_BOUND_RE = skip.regex(r"\b(?:no|not)\s+(?:more|less|higher|lower)\s+than\s+$",
                              re.IGNORECASE)


@cache
def _levy_after_re() -> re.Pattern[str]:
    """A levy noun right after a percent: "25% duty", "10 per cent tariffs", "5% surcharge"."""
    levy = cue_words.group("levy_nouns", "levy", "surcharges", "surtaxes", end=r"\b")
    return skip.regex(rf"\s*{levy}", re.IGNORECASE)


def _levy_named_after(s: str, fig: Figure) -> bool:
    """Whether a percent names its own levy right after it ("the 25% duty on British
    metal"): such a rate is a levy's whatever market or price word stands near it ("steel
    stocks were steadier, since the 25% duty ..."), so near_exclude does not drop it."""
    return fig.quantity == "percent" and _levy_after_re().match(s, fig.end) is not None


#: before a small sum, the article of one thing a levy falls on: "a $200 duty on a $15 phone
#: case", "the fee for a $40 toy"
ITEM_BEFORE_RE = skip.regex(r"\b(?:on|for)\s+(?:a|an|each|every)\s+$", re.IGNORECASE)
#: the most one article bought by a shopper costs, in a text's own currency
ITEM_PRICE_MAX = 10_000


@cache
def _levy_or_fee_after_re() -> re.Pattern[str]:
    """A levy or fee noun right after a sum: "a $50 fee", "a $200 duty"."""
    levy = cue_words.group("levy_nouns", "levy", "surcharges", "surtaxes", end=r"\b")
    return skip.regex(rf"\s*(?:[\w\-]+\s+)?(?:{levy}|fees?\b|charges?\b|threshold\b)",
                      re.IGNORECASE)


def _item_price(s: str, fig: Figure) -> bool:
    """Whether a small sum is the price of the one article a levy falls on ("a $200 duty on
    a $15 phone case"): a shopper's price, not a trade figure (a fee told so, "on a $50
    fee", stays)."""
    return fig.quantity == "money" and float(fig.value) < ITEM_PRICE_MAX \
        and ITEM_BEFORE_RE.search(s, max(0, fig.start - 12), fig.start) is not None \
        and _levy_or_fee_after_re().match(s, fig.end) is None


@cache
def _price_unit_after_re() -> re.Pattern[str]:
    """Right after a sum, "a" or "per" and a unit of [scope] price_units: "EUR 8 a bottle"."""
    units = cue_words.alternation("scope", "price_units")
    return skip.regex(rf"\s+(?:a|an|per|each)\s+{units}\b", re.IGNORECASE)


def _unit_price(s: str, fig: Figure) -> bool:
    """Whether a small sum is a price per unit ("a red landing at EUR 8 a bottle carries
    EUR 1.20 of duty", "copper near $4.40 a pound"): a shopper's or a market's price, not a
    trade figure; a levy noun right before it ("a duty of $1 a litre") keeps it a levy's."""
    return fig.quantity == "money" and float(fig.value) < ITEM_PRICE_MAX \
        and _price_unit_after_re().match(s, fig.end) is not None \
        and not ctx.has("levy_words", words_before(s, fig.start, 3))


#: after a sum, a share's unit, perhaps past the top of a range: "$3.10 a share", "$2.10 to
#: $2.30 per share", "$1.05 per diluted share"
PER_SHARE_AFTER_RE = skip.regex(r"(?:\s*(?:to|-|\u2013)\s*\S*\d[\d.,]*)?\s+(?:a|per|each)\s+"
                                r"(?:diluted\s+|basic\s+)?share\b", re.IGNORECASE)


#: right before a figure, the words that make it the old value of the figure before it
OLD_VALUE_BEFORE_RE = skip.regex(r"\b(?:(?:down|up)\s+from|compared\s+with)\s+$",
                                 re.IGNORECASE)


#: before a sum, the words that make it a ratio's whole: "two of every three dollars",
#: "one in every five euros"
EVERY_BEFORE_RE = skip.regex(r"\b(?:out\s+)?(?:of|in)\s+every\s+$", re.IGNORECASE)
#: after a sum, the words that make it a ratio's part: "one dollar in every five"
EVERY_AFTER_RE = skip.regex(r"\s+(?:out\s+)?(?:of|in)\s+every\b", re.IGNORECASE)
#: after a percent, a relative clause that makes it a part of the figure before: "$140
#: million in costs, two-thirds of which it hopes to recover"
OF_WHICH_AFTER_RE = skip.regex(r"\s+of\s+which\b", re.IGNORECASE)


def _ratio_part(s: str, fig: Figure) -> bool:
    """Whether a figure is one term of a ratio rather than an amount or a share of trade:
    the whole of "two of every three dollars", the part of "one dollar in every five", or
    the part of "$140 million in costs, two-thirds of which ..." (the part of a sum already
    read, no claim of its own)."""
    if fig.quantity == "money":
        return EVERY_BEFORE_RE.search(s, max(0, fig.start - 16), fig.start) is not None \
            or EVERY_AFTER_RE.match(s, fig.end) is not None
    return fig.quantity == "percent" and OF_WHICH_AFTER_RE.match(s, fig.end) is not None


def _per_share(s: str, fig: Figure) -> bool:
    """Whether a sum is a firm's figure per share (earnings, a dividend, a price): a
    company's result, never a trade figure, whatever levy its sentence names."""
    return fig.quantity == "money" and PER_SHARE_AFTER_RE.match(s, fig.end) is not None


@cache
def _levy_cost_re() -> re.Pattern[str]:
    """A levy noun as the subject of a cost verb right before an amount: "tariffs cost it",
    "the duties would cost the company about", "new tariffs on wood products would cost
    it", "tariffs would cost" (the goods it falls on, up to four words, may stand between);
    an infinitive after a forecast verb too: "expects tariffs to cost it" is a firm's bill."""
    levy = cue_words.group("levy_nouns", "levy", "surcharges", "surtaxes", end=r"\b")
    return skip.regex(rf"{levy}\s+(?:on\s+(?:[\w\-]+\s+){{1,4}}?)?(?:(?:would|will|to)\s+)?cost\s+"
                      r"(?:(?:it|us|them|the\s+company|the\s+group)\s+)?"
                      r"(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|almost\s+)?$",
                      re.IGNORECASE)


def _levy_cost_before(s: str, fig: Figure) -> bool:
    """Whether an amount is what the levies cost a firm, told by the verb right before it
    ("tariffs would cost it about $140 million"): a tariff bill is in scope, though a cost
    word near an amount ("would cost", "cost it": [scope] near_exclude) drops a guess of
    what something else could cost."""
    return fig.quantity == "money" and _levy_cost_re().search(s, max(0, fig.start - 80),
                                                              fig.start) is not None


def _pledge_valued(doc: Doc, i: int, fig: Figure) -> bool:
    """Whether an amount is the sum of a pledge to buy goods, told by a valuation verb of
    rule money-purchase-value right before it, with the pledge told near ("agreed to buy 2
    million tons of wheat. At today's prices that lot is worth about $600 million"): the
    prices it is worked out at ([scope] near_exclude) do not make it a price."""
    if fig.quantity != "money" or _yearly_pace(doc.sentences[i].text, fig):
        return False
    rule = rule_by_id("money-purchase-value")
    sent = doc.sentences[i]
    lo, _hi = clause_bounds(sent.text, fig.start, fig.end)
    return any(lo <= m.start and m.end <= fig.start
               and sent.words_between(m.end, fig.start) <= rule.window
               for m in sent.cues(rule)) and rule.requires is not None \
        and _in_context(doc, i, rule.requires)


def _yearly_pace(s: str, fig: Figure) -> bool:
    """Whether a sum is told per year (YEARLY_AFTER_RE: "about $375 billion a year"): a pace
    of a pledge worked out by the writer, which rule money-purchase-value leaves to the other
    steps (its conflicts with another outlet's pace fall on a fact with no goods, h235-3)."""
    return bool(YEARLY_AFTER_RE.match(s, fig.end))


@cache
def _item_break_re() -> re.Pattern[str]:
    """A break that opens another item of a clause: a word of [scope] near_exclude_breaks,
    a colon or a semicolon (the last one before a figure is looked for)."""
    words = cue_words.group("scope", "near_exclude_breaks", space=r"\s+")
    return skip.regex(rf"(?:\b{words}\b|[:;])", re.IGNORECASE)


#: between a figure and a break right after it: the break joins two figures of a list
LIST_BREAK_GAP_RE = skip.regex(r"[\s,]*$")


def _cue_after_other_item(sent: Sentence, fig: Figure, figs: list[Figure], doc: Doc,
                          i: int) -> bool:
    """Whether a money figure's near_exclude words all stand before a break that opens its
    own item ("in return for price cuts in Medicaid and about $70 billion of US
    investment", "what markets had priced in: Korea's $350 billion pledge") and the figure's
    own cue stands right after it: the price words are the other item's, the amount is the
    cue's. A figure with no cue after it stays out, and so does the second figure of a list
    the words name both of ("prices of $9,000 and $9,500 ...")."""
    if fig.quantity != "money":
        return False
    s = sent.text
    if ctx.has("near_exclude", near(s, fig.start, fig.end).split(" | ", 1)[1]):
        return False
    breaks = list(_item_break_re().finditer(s, max(0, fig.start - 90), fig.start))
    if not breaks or ctx.has("near_exclude", s[breaks[-1].end():fig.start]):
        return False
    at = breaks[-1].start()
    if any(f.end <= at and f is not fig and LIST_BREAK_GAP_RE.fullmatch(s, f.end, at)
           for f in figs):
        return False
    hit = nearest_rule(sent, fig, "money", doc, i)
    return hit is not None and hit[0].side == "right" and hit[1].start >= fig.end


#: a figure heading its sentence, perhaps after a hedge, then a full stop: an item of a
#: numbered list whose gloss follows ("8. $12 billion. Farm aid announced last week.")
HEADING_GAP_RE = skip.regex(r"\.\s+")

#: at most so many words of the gloss before the cue that names what the heading counts
GLOSS_REACH = 3


def _gloss_rule(sent: Sentence, fig: Figure, doc: Doc, i: int) -> tuple[Rule, Mention] | None:
    """The rule and cue of a heading figure's gloss: the figure opens its sentence (only a
    hedge before it, sentences.figure_hedges) and a full stop follows it, then the gloss
    says what it counts ("$12 billion. Farm aid announced last week.", "Nearly $90 billion.
    Emergency-powers duties collected through Sept. 23"). A cue of a left-side rule among
    the gloss's first words names it, as a right-side cue would (`nearest_rule` reads a
    left-side cue only before its figure); the nearest wins, in an article about trade (a
    list's items are each a line: the trade words of the list are the article's)."""
    s = sent.text
    if not re.fullmatch(rf"(?:(?i:{figure_hedges()})\s+)?", s[:fig.start]):
        return None
    gap = HEADING_GAP_RE.match(s, fig.end)
    if gap is None:
        return None
    best: tuple[int, int, Rule, Mention] | None = None
    for order, rule in positional_rules(fig.quantity):
        if rule.side != "left" or rule.requires:
            continue
        for m in sent.cues(rule):
            if m.start < gap.end():
                continue
            d = sent.words_between(gap.end(), m.start)
            if d <= GLOSS_REACH and (best is None or (d, order) < best[:2]):
                best = (d, order, rule, m)
    if best is None:
        return None
    rule = best[2]
    if not (rule.levy or rule.trade_cue or article_has(doc, "trade_words")):
        return None
    return rule, best[3]


#: the evidence of an amount told as a levy's own value (`_levy_value_told`)
LEVY_VALUE_EVIDENCE = "an amount told as a levy's own value (levy_value_verbs)"


def _levy_value_told(s: str, fig: Figure) -> bool:
    """Whether an amount with no cue of its own is told as a levy's value by the levy noun
    and a value verb right before it in its clause ("the levy adds about $400,000 a month",
    "the duty on that crate comes to $900": [imposer_cues] levy_value_verbs,
    parties.levy_value_before_re): what the levy takes is no flow, whatever trade word its
    sentence holds ("... on its $4 million of monthly US shipments")."""
    from tracker.extract.parties import levy_value_before_re  # (parties reads no metric)

    lo = clause_bounds(s, fig.start, fig.end)[0]
    return levy_value_before_re().search(s[lo:fig.start]) is not None


def _bind_amount(sent: Sentence, fig: Figure, figs: list[Figure], bound: dict[int, Binding],
                 rejected: set[int], doc: Doc, i: int) -> Binding | None:
    """Metric, rule and cue for a money or percent figure, or None when out of scope."""
    s = sent.text
    if fig.kind == "bare":  # "10 per cent ..., down from 20": a levy's old value, else none
        got = bound.get(fig.partner.start) if fig.partner is not None else None
        return got if got is not None and got.levy else None
    if ctx.has("near_exclude", near(s, fig.start, fig.end)) and not _levy_named_after(s, fig) \
            and not _levy_cost_before(s, fig) and not _sold_abroad(sent, fig) \
            and not _pledge_valued(doc, i, fig) and not _value_of_sale(sent, fig, figs) \
            and not _converts_bound(s, fig, figs, bound) \
            and not _cue_after_other_item(sent, fig, figs, doc, i):
        rejected.add(fig.start)
        return None
    if _item_price(s, fig) or _per_share(s, fig) or _ratio_part(s, fig) or _unit_price(s, fig):
        rejected.add(fig.start)
        return None
    if fig.quantity == "percent" and not any(ch.isdigit() for ch in s[fig.start:fig.end]):
        later = [f for f in figs if f.start >= fig.end and f.quantity == "percent"]
        if later and RATIO_OF_RE.fullmatch(s[fig.end:later[0].start]):
            rejected.add(fig.start)  # "half of the 30% tariff": a ratio of two rates
            return None
    prior = [f for f in figs if f.end <= fig.start and f.quantity == fig.quantity]
    if prior and prior[-1].start in rejected and TO_RE.search(s[prior[-1].end:fig.start]):
        rejected.add(fig.start)  # "from $80 per barrel ... to the $60 range"
        return None
    if prior and prior[-1].start in rejected \
            and OLD_VALUE_BEFORE_RE.search(s, prior[-1].end, fig.start):
        rejected.add(fig.start)  # "$3.10 a share, down from $4.00": the same thing's old value
        return None
    moved = bound.get(prior[-1].start) if prior else None
    if moved is not None and moved.evidence == sanity.BY_TO_EVIDENCE \
            and MOVED_TO_RE.fullmatch(s[prior[-1].end:fig.start]):
        # "cut tariffs by 17.5% to 10%": the 10% is the level the levy was moved to
        return Binding("tariff_rate", rule_by_id("pct-tariff-left"), None,
                       "the level a levy was moved to ('by X to Y')")
    if fig.partner is not None and fig.partner.start in bound:
        return bound[fig.partner.start]  # "15%, down from 27.5%": one metric for both
    if _value_of_sale(sent, fig, figs):
        return Binding("exports", rule_by_id("money-flow-left"), None,
                       "the value of a share sold abroad, told right after it")
    hit = nearest_rule(sent, fig, fig.quantity, doc, i)
    if hit is None and fig.quantity == "money":
        hit = _cue_after_conversion(sent, fig, figs, doc, i)
    if hit is not None and hit[0].id == "money-purchase-value" and _yearly_pace(s, fig):
        hit = None  # "That works out at about $375 billion a year": the writer's pace
    prev = [f for f in figs if f.end <= fig.start and f.start in bound
            and f.quantity == fig.quantity]
    if hit is not None:
        rule, cue = hit
        if rule.levy and rule.cues in (("@country",), ("@product",)) and prev \
                and bound[prev[-1].start].metric == "change":
            # "car exports fell 10%, steel 29.4%": the list of changes goes on
            return bound[prev[-1].start]
        if rule.levy:
            said = sanity.told_as_change(sent, fig)
            if said.value and _market_move(doc, i, fig, cue):
                rejected.add(fig.start)  # "Harborline slid another 3%" in a market wrap
                return None
            if said.value and not _graded_figure(s, fig):  # ("pay a lower 10%": a level)
                return Binding("change", rule_by_id("pct-change-left"), None, said.evidence)
        if rule.metric == "trade_deficit" and _fiscal_deficit(sent, cue):
            if not _fiscal_change(s, fig):
                rejected.add(fig.start)  # "The federal deficit was $284 billion": no trade
                return None
            # "the tariffs will cut federal deficits by $4 trillion": the budget's
            return Binding("other_amount", rule_by_id("money-budget"), cue,
                           f"cue {cue.value!r} of a budget's deficit (fiscal_words)")
        if rule.metric == "change" and _market_move(doc, i, fig, cue):
            rejected.add(fig.start)  # "Toyota rose 2.1% and Honda 1.8%": share prices
            return None
        if rule.id in FOREIGN_GOODS_BOUGHT_RULES and not _us_bought(sent, fig):
            # "China bought C$5 billion of Canadian canola": the seller's exports to the
            # buyer, as American goods bought are the US's (money-bought-us-goods)
            return Binding("exports", rule, cue,
                           f"cue {cue.value!r} of rule {rule.id}: a buyer other than the US")
        if rule.levy or rule.trade_cue or context_has(doc, i, "trade_words"):
            return Binding(rule.metric, rule, cue, f"cue {cue.value!r} of rule {rule.id}")
        if _sales_abroad(sent):
            return Binding(rule.metric, rule, cue,
                           f"cue {cue.value!r} of rule {rule.id} in a sale abroad")
    if prev and _yearly_cap_of_split(s, fig, bound[prev[-1].start]):
        rejected.add(fig.start)
        return None
    converted = _converted_amount(s, fig, figs)
    if converted is not None and converted.start in rejected:
        # "$20 billion a year, about 29 trillion won": the conversion of an amount left out
        rejected.add(fig.start)
        return None
    if fig.quantity == "money" and hit is None:
        gloss = _gloss_rule(sent, fig, doc, i)
        if gloss is not None:
            # "$12 billion. Farm aid announced last week.": a list item's heading figure
            # counts what the first words of its gloss name
            return Binding(gloss[0].metric, gloss[0], gloss[1],
                           f"cue {gloss[1].value!r} of rule {gloss[0].id} opening the gloss "
                           "of a heading figure")
    if fig.quantity == "money" and hit is None and _levy_value_told(s, fig):
        # "the levy adds about $400,000 a month on its $4 million of US shipments": the
        # levy's own take, not the flow its sentence names nor the metric of the figure before
        return Binding("other_amount", rule_by_id("money-sentence"), None, LEVY_VALUE_EVIDENCE)
    # an enumeration goes on: "... fell 29.9 percent, peripherals 23.3 percent" (not from a
    # levy's take: "adds $400,000 a month on its $4 million of US shipments" names a flow)
    if prev and bound[prev[-1].start].evidence != LEVY_VALUE_EVIDENCE \
            and not (bound[prev[-1].start].evidence == MOVED_TO_EVIDENCE
                     and clause_bounds(s, fig.start, fig.end)[0] >= prev[-1].end) \
            and not _sold_after_bought(s, prev[-1], fig, bound[prev[-1].start]):
        # (a level a levy moves to goes on only in its clause: "steel drops to 15%, a note
        # said, giving the mills a lift of around 3% each" is no list of levels)
        return bound[prev[-1].start]
    if fig.quantity == "percent" and hit is None and _item_told_by_clause(doc, sent, fig):
        # "2. 20 per cent. What most goods from Peru now pay": a list item's level
        return Binding("tariff_rate", rule_by_id("pct-tariff-left"), None,
                       "a list item's figure, told by the paying clause after it")
    if fig.quantity == "percent" and hit is None and _levy_shape(doc, i, fig):
        # "15% for Japan", "British cars enter at 10%": a levy's level by its shape
        return Binding("tariff_rate", rule_by_id("pct-tariff-left"), None,
                       "a partner's rate, or goods at a rate, in an article about a levy")
    if fig.quantity == "percent" and _level_of_move(sent, fig, doc):
        # "Those rates are due to rise on Jan. 1: to 30%": the new level of a levy
        return Binding("tariff_rate", rule_by_id("pct-tariff-left"), None, MOVED_TO_EVIDENCE)
    if fig.quantity == "money":
        again = _restated(doc, i) or _month_series(doc, i, fig)
        if again is not None:
            return again
        hit2 = sentence_rule(sent, "money")
        if hit2 is not None:
            return Binding(hit2[1], hit2[0], None, f"a {hit2[1]} word in the sentence")
        split = _pledge_split(doc, i, fig)
        if split is not None:
            return split
        if sent.has("trade_words"):
            return Binding("other_amount", rule_by_id("money-sentence"), None,
                           "an amount in a sentence about trade")
    return None


#: right before a deficit cue, what makes it the trade balance whatever the sentence says of
#: the budget: "trade deficit", "goods deficit", "current-account shortfall"
TRADE_BEFORE_CUE_RE = skip.regex(r"\b(?:trade|goods|merchandise|current[\s\-]account|bilateral)"
                                 r"[\s\-]+$", re.IGNORECASE)


#: how many words a sale abroad's figure and destination may stand after its verb
SALE_REACH = 14
#: the rules whose amounts a buyer bought from a named country (the buyer's imports)
FOREIGN_GOODS_BOUGHT_RULES = frozenset({"money-bought-foreign-goods"})


def _us_bought(sent: Sentence, fig: Figure) -> bool:
    """Whether the buyer of a country's goods, the last country named before the figure in
    its clause, is the US (or none is named): the US's purchases are its imports from the
    seller ("the US bought $52 billion of Thai goods"); the gold sets key another buyer's
    as the seller's exports ("China bought C$5 billion of Canadian canola")."""
    lo, _hi = clause_bounds(sent.text, fig.start, fig.end)
    before = [m for m in sent.countries if lo <= m.start and m.end <= fig.start]
    return not before or before[-1].value == "US"


def _sold_after_bought(s: str, prev: Figure, fig: Figure, before: Binding) -> bool:
    """Whether the figure after a purchase of a country's goods is told by a selling verb
    between them ("the US bought $9 billion of Kenyan goods, while selling $2 billion
    there"): the other way's flow, so the purchase's metric does not go on to it."""
    return before.rule.id in FOREIGN_GOODS_BOUGHT_RULES \
        and _sale_verb_re().search(s, prev.end, fig.start) is not None


@cache
def _sale_verb_re() -> re.Pattern[str]:
    """A selling verb of [scope] sale_verbs as a whole word ("sells", "shipped", "sent")."""
    return skip.regex(rf"\b{cue_words.group('scope', 'sale_verbs')}\b", re.IGNORECASE)


@cache
def _destination_before_re() -> re.Pattern[str]:
    """Right before a country, a destination word of [scope] sale_destinations and perhaps
    "the": "to the United States", "in the United States", "to U.S. customers"."""
    dest = cue_words.group("scope", "sale_destinations")
    return skip.regex(rf"\b{dest}\s+(?:the\s+)?$", re.IGNORECASE)


#: how many words the goods a share is "of" may take before their going verb
GOODS_REACH = 8


@cache
def _going_share_re() -> re.Pattern[str]:
    """Right before a destination word, a share of someone's goods and their going verb
    ([scope] going_verbs): "60 per cent of her output goes " (group 1 the share)."""
    going = cue_words.group("scope", "going_verbs", space=r"\s+")
    return skip.regex(r"(\d[\d.,]*\s*" + cue_words.percent_forms("rate", space=r"\s+")
                      + rf")\s+of\s+(?:[^\s,;:]+\s+){{1,{GOODS_REACH}}}?{going}\s+$",
                      re.IGNORECASE)


@per_sentence  # (each figure of the sentence asks)
def _sales_abroad(sent: Sentence) -> tuple[tuple[int, int], ...]:
    """The spans of the sentence that tell a sale abroad by a verb: a selling verb, a figure
    (a digit), then a destination word right before a country, at most SALE_REACH words on
    ("ships about $3 billion of tomatoes a year to the United States", "sells about 45 per
    cent of its wine in the United States"). Such a sentence is about trade though it names
    no trade noun, so a share or amount cue in it binds, and the figure sold is kept from
    near_exclude ("sells about 60 per cent of its output to U.S. customers"); "sent a letter
    to Japan" (no figure) is none. The goods' own verb after the share tells the same sale
    the other way round ("About 60 per cent of her output goes to the United States")."""
    s = sent.text
    spans: list[tuple[int, int]] = []
    for m in sent.countries:
        dest = _destination_before_re().search(s, max(0, m.start - 12), m.start)
        if dest is None:
            continue
        verbs = [v for v in _sale_verb_re().finditer(s, 0, dest.start())
                 if sent.words_between(v.end(), dest.start()) <= SALE_REACH]
        if verbs and any(ch.isdigit() for ch in s[verbs[0].end():dest.start()]):
            spans.append((verbs[0].start(), m.end))
            continue
        # "About 60 per cent of her output goes to the United States": the goods' own verb
        going = _going_share_re().search(s, max(0, dest.start() - 160), dest.start())
        if going is not None:
            spans.append((going.start(1), m.end))
    return tuple(spans + [(b.start, b.end) for b in sales.bought_shares(sent)])


#: between the share of a sale abroad and the value of that share: ", worth about", ", or
#: roughly" (the rest of the clause before it names the goods and where they go)
VALUE_OF_SHARE_RE = skip.regex(r",\s*(?:worth|valued\s+at|or)\s+(?:"
                               + cue_words.group("scope", "share_hedges", space=r"\s+")
                               + r"\s+)?$", re.IGNORECASE)


def _value_of_sale(sent: Sentence, fig: Figure, figs: list[Figure]) -> bool:
    """Whether a money figure is the value of the share of a sale abroad told right before
    it ("sells about 31 per cent of its output to U.S. plants, or roughly $90 million a
    year", "The US takes 28 per cent of the mill's output, worth about $40 million"): the
    goods sold, worth that much, so the country's exports, though no trade noun is near."""
    if fig.quantity != "money":
        return False
    before = [f for f in figs if f.end <= fig.start]
    if not before or before[-1].quantity != "percent" \
            or sales.bought_share_of(sent, before[-1].start, before[-1].end) is None:
        return False
    gap = sent.text[before[-1].end:fig.start]
    return ";" not in gap and bool(VALUE_OF_SHARE_RE.search(gap))


def _sold_abroad(sent: Sentence, fig: Figure) -> bool:
    """Whether a figure is what a sale abroad sells (it stands between the selling verb and
    the destination: "sells about 60 per cent of its output to U.S. customers"): a share of
    trade, which a production or price word near it ([scope] near_exclude) does not drop."""
    return any(a <= fig.start and fig.end <= b for a, b in _sales_abroad(sent))


def _market_move(doc: Doc, i: int, fig: Figure, cue: Mention) -> bool:
    """Whether a change told by a verb before it ("Toyota rose 2.1%") is a share price's
    move: the passage is a stock market report (a [scope] market_words word in the
    sentence, the two before or the headline) and the figure's clause names no trade
    flow before it (no trade_words word: "car exports rose 3%" stays a change). The
    firms of a market report are no countries and no goods, so no other step stops them."""
    sent = doc.sentences[i]
    if cue.end > fig.start or not _in_context(doc, i, "market_words"):
        return False
    lo, _hi = clause_bounds(sent.text, fig.start, fig.end)
    return not ctx.has("trade_words", sent.text[lo:fig.start])


def _fiscal_deficit(sent: Sentence, cue: Mention) -> bool:
    """Whether a deficit cue names a state's budget deficit: the sentence speaks of the
    budget (a word of fiscal_words: "the Congressional Budget Office", "federal deficits")
    and the cue is no trade or goods deficit."""
    return sent.has("fiscal_words") \
        and not TRADE_BEFORE_CUE_RE.search(sent.text, max(0, cue.start - 30), cue.start)


#: right before an amount, "by" and perhaps a hedge word: the size of a change
BY_BEFORE_RE = skip.regex(r"\bby\s+(?:[a-z]+\s+)?$", re.IGNORECASE)


def _fiscal_change(s: str, fig: Figure) -> bool:
    """Whether a budget deficit's amount is the change the levies make to it ("would cut
    federal deficits by $4 trillion"), a claim about the levies, rather than the budget's
    own level ("The federal deficit in October was $284 billion", "the budget shortfall,
    which stood at $1.97 trillion"): a fiscal figure, out of scope."""
    return BY_BEFORE_RE.search(s, max(0, fig.start - 24), fig.start) is not None


def _last_amount_before(doc: Doc, i: int) -> Binding | None:
    """The binding of the last money amount the sentence before sentence i binds (None
    where it binds none): the series a restatement or a month's amount goes on with."""
    figs = doc.figures_at(i - 1)
    before = bind_amounts(doc, i - 1, figs)
    got = [before[f.start] for f in figs if f.quantity == "money" and f.start in before]
    return got[-1] if got else None


def _restated(doc: Doc, i: int) -> Binding | None:
    """An amount of a sentence that only converts the one before ("That is about 510
    trillion won at current rates": rule money-restated) has the metric of that sentence's
    last amount."""
    rule = rule_by_id("money-restated")
    if i == 0 or not rule.regex.search(doc.sentences[i].text):
        return None
    last = _last_amount_before(doc, i)
    if last is None:
        return None
    return Binding(last.metric, rule, None,
                   f"the sentence before's {last.metric} in another currency")


#: how many sentences on either side a pledge's total and its parts may stand apart ("The
#: document splits the $350 billion package in two. Some $200 billion ... the remaining
#: $150 billion"; a fact-check's total, then one list item a part)
SPLIT_REACH = 2
#: the smallest amount a pledge's split is looked for among (a fee or a price is none)
SPLIT_MIN = 1e9


def _pledge_split(doc: Doc, i: int, fig: Figure) -> Binding | None:
    """An amount with no cue of its own that is the total or a part of a split ("the $350
    billion splits into $200 billion of cash and $150 billion for shipyards", "$150
    billion in cash and $200 billion for shipbuilding, for $350 billion overall"), in an
    article that names an investment or a pledge (rule money-pledge-parts), is that
    pledge's: two amounts near it add up to a third. Another amount of a part's sentence is
    left to the other steps (a yearly cap of the payments is none: _yearly_cap_of_split)."""
    rule = rule_by_id("money-pledge-parts")
    if fig.unit != "USD" or float(fig.value) < SPLIT_MIN \
            or not rule.regex.search(_doc_text(doc)):
        return None
    near_amounts = _split_amounts(doc, i)
    own = (i, fig.start)
    for total, parts in _splits(near_amounts):
        if any(_told_as_addition(doc, p) for p in parts):
            continue  # "another $100 billion ..., lifting its total to $600 billion": a raise
        if own == total[:2] or own in [p[:2] for p in parts]:
            return Binding(rule.metric, rule, None,
                           f"a part or the total of a split: {parts[0][2]:g} + "
                           f"{parts[1][2]:g} = {total[2]:g}, in an article naming a pledge")
    return None


#: right after an amount: a yearly figure ("$20 billion a year", "limited to $20 billion in
#: any year"), not "a year ago" (the words: rules/lexicon.toml [per_year], their one owner)
YEARLY_AFTER_RE = skip.regex(r"\s+" + cue_words.group("per_year", "after", "cap", space=r"\s+")
                             + r"\b(?!\s+(?:ago|earlier|before|after|later))", re.IGNORECASE)


def _yearly_cap_of_split(s: str, fig: Figure, before: Binding) -> bool:
    """Whether an amount told per year follows a pledge's parts (rule money-pledge-parts):
    "paid in instalments capped at $20 billion a year" caps the yearly payments, no part
    or level of the pledge, and would be read against the whole sum (as would a conversion
    of it, see _converted_amount)."""
    return before.rule.id == "money-pledge-parts" and fig.quantity == "money" \
        and bool(YEARLY_AFTER_RE.match(s, fig.end))


def _told_as_addition(doc: Doc, part: tuple[int, int, float]) -> bool:
    """Whether a part of a sum is told as an addition to a pledge (a word of [scope]
    pledge_addition_words among the three words before it: "another $100 billion"): the sum
    is then a raised total, its parts an old level and a raise, no split of one pledge."""
    return ctx.has("pledge_addition_words",
                   words_before(doc.sentences[part[0]].text, part[1], 3))


def _split_amounts(doc: Doc, i: int) -> list[tuple[int, int, float]]:
    """The US-dollar amounts of SPLIT_MIN or more in sentence i and the SPLIT_REACH
    sentences either side: (sentence, start, value)."""
    out = []
    for k in range(max(0, i - SPLIT_REACH), min(len(doc.sentences), i + SPLIT_REACH + 1)):
        for f in doc.figures_at(k):
            if f.quantity == "money" and f.unit == "USD" and float(f.value) >= SPLIT_MIN:
                out.append((k, f.start, float(f.value)))
    return out


def _splits(amounts: list[tuple[int, int, float]]
            ) -> list[tuple[tuple[int, int, float], tuple[tuple[int, int, float], ...]]]:
    """Each total among the amounts with two others that add up to it (within 0.5 %, the
    scoring's tolerance of an amount), the parts told after or before it."""
    out = []
    for t in amounts:
        for a_i, a in enumerate(amounts):
            for b in amounts[a_i + 1:]:
                if t in (a, b) or a[2] == b[2] and a[:2] == b[:2]:
                    continue
                if abs(a[2] + b[2] - t[2]) <= 0.005 * t[2]:
                    out.append((t, (a, b)))
    return out


@cache
def _month_subject_re() -> re.Pattern[str]:
    """A clause whose subject is a month, then at most three words before its amount:
    "May rose to ", "and September added ", "August produced " (a capital: "may" is a verb)."""
    months = "|".join(m.capitalize() for m in calendar_words.month_names())
    return re.compile(rf"\s*(?:and\s+|then\s+)?(?:{months})\b(?:\s+[a-z]+){{0,3}}\s+$")


def _month_series(doc: Doc, i: int, fig: Figure) -> Binding | None:
    """An amount told of a month as its subject ("May rose to $22 billion, June to $26
    billion") in the sentence after one whose amounts were bound goes on with that
    sentence's series: the last amount before it gives the metric ("April brought in $16
    billion" of customs revenue). A sentence with no cue and no trade word has no metric
    of its own, and a month is no subject of anything but such a series."""
    sent = doc.sentences[i]
    lo, _hi = clause_bounds(sent.text, fig.start, fig.end)
    if i == 0 or not _month_subject_re().fullmatch(sent.text, lo, fig.start):
        return None
    last = _last_amount_before(doc, i)
    if last is None:
        return None
    return Binding(last.metric, last.rule, None,
                   f"a month's amount going on with the sentence before's {last.metric}")


#: the evidence of a level a levy moves to (`_level_of_move`)
MOVED_TO_EVIDENCE = "the level a levy moves to ('rise to X%')"
#: the subject of a move that makes its new level a levy's: "Those rates are due to rise"
RATES_RE = skip.regex(r"\brates?\b", re.IGNORECASE)


@cache
def _move_verb_re() -> re.Pattern[str]:
    """Verbs of a move that tell no size ([level_moves] words: "climbs", "moves")."""
    return re.compile(r"\b" + cue_words.alternation("level_moves", "words") + r"\b",
                      re.IGNORECASE)


@cache
def _not_subject_re() -> re.Pattern[str]:
    """Words that make the subject of a move no levy ([level_moves] not_subjects)."""
    return re.compile(r"\b" + cue_words.alternation("level_moves", "not_subjects") + r"\b",
                      re.IGNORECASE)


def _level_of_move(sent: Sentence, fig: Figure, doc: Doc | None = None) -> bool:
    """Whether a move verb of its clause (a change cue, or a [level_moves] word that tells
    no size: "climb", "climbs") moves a levy, its rates, or (in an article about a levy)
    goods or a partner to this figure ("Those rates are due to rise on Jan. 1: to 30%",
    "the wardrobe rate is due to climb to 40 per cent", "couches and recliners jump from
    15 to 40 per cent on March 1"; not "Growth rose to 3%", nor "car exports jumped to 30
    per cent of the total")."""
    rule = rule_by_id("pct-change-left")
    s = sent.text
    lo, _hi = clause_bounds(s, fig.start, fig.end)
    spans = [(m.start, m.end) for m in sent.cues(rule)]
    spans += [m.span() for m in _move_verb_re().finditer(s, lo, fig.start)]
    for start, end in spans:
        if not (lo <= start and end <= fig.start
                and sent.words_between(end, fig.start) <= rule.window):
            continue
        if not LEVEL_TO_RE.match(s[end:fig.start]):
            continue
        if ctx.has("levy_words", s[lo:start]) or RATES_RE.search(s, lo, start):
            return True
        if doc is not None and _levied_subject(sent, doc, lo, start):
            return True
    return False


def _levied_subject(sent: Sentence, doc: Doc, lo: int, start: int) -> bool:
    """Whether the words before a move verb name goods or a partner and nothing that makes
    the move another figure's (a flow, a price, a share: [level_moves] not_subjects and
    [scope] not_levy_level_words), in an article about a levy: what such a subject moves
    to is its levy's level ("couches and recliners jump from 15 to 40 per cent")."""
    subject = sent.text[lo:start]
    if not article_has(doc, "levy_words") or _not_subject_re().search(subject) \
            or ctx.has("not_levy_level_words", subject):
        return False
    return any(lo <= m.start < start for m in (*sent.products, *sent.countries))


def bind_date(fc: FigureContext, bound: dict[int, Binding]) -> Binding | None:
    """A date is a claim when it dates a measure: beside a measure word or a levy rate,
    not what was signed or said that day, not history, not the story's dateline."""
    s, fig, doc, figs = fc.text, fc.fig, fc.doc, fc.figs
    sent = fc.sent
    before = words_before(s, fig.start, 7)
    if AS_OF_RE.search(before) and (FUTURE_AFTER_RE.search(s, fig.end, fig.end + 120)
                                    or APPLIES_AS_OF_RE.search(before)
                                    or _future_before_as_of(fc)):
        # "As of August 1, the tariffs will be reduced": from that day on, not a tally's date
        before = AS_OF_RE.sub(" ", before)
    levy_here = any(b.levy for b in bound.values())
    effect = max(EFFECT_VERB_RE.finditer(before), key=lambda m: m.start(), default=None)
    if effect is not None:
        # "The waiver announced Thursday will expire April 2": what was announced
        # is the measure the date ends; only words after its verb can make the date another's
        before = before[effect.end():]
    if SAME_DAY_START_RE.match(s, fig.end):
        before = ""  # "agreed on Nov. 14, and applied from that date": the start as well
    if set_for_day(s, fig):
        before = ""  # "the duty announced for Oct. 1": the announced measure's day, no act's
    back = _back_to_start(fc)
    if back:
        before = ""  # "was published this week and backdates the cut to Nov. 1": the start
    if _day_restated(fc):
        return None  # "in seven days, on Aug. 6": the written day is the claim
    if _backdated_from(fc):
        return None  # "applied from Sept. 25 but backdated to Aug. 1": the start is Aug. 1
    if not (sent.has("measure_words") or levy_here or _levy_start(fc) or _fee_start(fc)
            or _derivative_list_start(fc) or _pause_end(fc) or back) \
            or _tally_by(fc) \
            or ctx.has("date_exclude_before", before) \
            or ctx.has("date_exclude_just_before", words_before(s, fig.start, 2)) \
            or _names_a_document(s, fig) \
            or _court_hearing_day(s, fig):
        return None
    day = fig.value
    if not doc.reference_known and fig.kind in ("weekday", "relative"):
        anchored = _anchored_day(doc, fig)
        if anchored is None:
            return None  # "took effect Monday" in an undated text: which Monday is a guess
        day = anchored
    value = dt.date.fromisoformat(str(day))
    if doc.reference and (doc.reference - value).days > 400:
        return None  # history, not a measure's date
    after = " ".join(s[fig.end:fig.end + 30].split()[:2])
    around = words_before(s, fig.start, 6) + " | " + after
    prior = [f for f in figs if f.end <= fig.start and f.quantity == "percent"]
    prior_bound = bound.get(prior[-1].start) if prior else None
    after_rate = prior_bound is not None and prior_bound.levy \
        and bool(RATE_ON_RE.search(s[: fig.start]))
    # ("a 25% tariff from Monday", not "stocks fell 2.5% on Monday")
    if fig.kind in ("weekday", "relative") and not EFFECT_CUE_RE.search(around) \
            and not after_rate and not _paid_from_weekday(fc, prior, prior_bound):
        return None  # "said Tuesday": the day something was said, not a measure's date
    if not any(ch.isdigit() for ch in s[fig.start:fig.end]) and fig.kind not in (
            "weekday", "relative") and not EFFECT_CUE_RE.search(around) \
            and not _month_named(s[fig.start:fig.end]):
        return None  # "the “Liberation Day” tariffs": a day's name naming a policy
    if EVENT_OPENING_BEFORE_RE.match(s[: fig.start]) and EVENT_OPENING_AFTER_RE.match(
            s, fig.end) and not EFFECT_VERB_RE.search(s, fig.end):
        return None  # "On Friday 1 August, the ministry published the order": that act's day
    if _story_dateline(fc):
        return None  # "MUMBAI, Sept 2 (Reuters) -", "May 5, 2025 — ...": the story's own date
    why = "a levy rate before it" if after_rate else "a measure word or levy rate in the sentence"
    got = Binding("effective_date", rule_by_id("date-effective"), None, why)
    return got.reading_as(fig, day, fig.unit,
                          "the one day of that weekday the undated text writes out")


def _future_before_as_of(fc: FigureContext) -> bool:
    """Whether the clause of a date after "as of" tells an act to come before it ("Canada
    will remove its counter-tariffs on goods that qualify under the pact as of Sept. 1, the
    premier said"): the day the act takes effect, as when the future word follows the day;
    not where the clause holds a tally verb ([scope] tally_words: "will have paid $30
    billion as of June 30" counts a sum up to that day)."""
    s, fig = fc.text, fc.fig
    lo = clause_bounds(s, fig.start, fig.end)[0]
    said = max(AS_OF_RE.finditer(s, lo, fig.start), key=lambda m: m.start(), default=None)
    return said is not None and FUTURE_AFTER_RE.search(s, lo, said.start()) is not None \
        and not ctx.has("tally_words", s[lo:fig.start])


def _paid_from_weekday(fc: FigureContext, prior: list[Figure],
                       prior_bound: Binding | None) -> bool:
    """Whether a weekday follows a levy rate in a clause that tells its payers starting to pay
    it ("Chilean wine began paying a 20% duty at the border on Thursday"): the day the levy
    started, though no start word stands right beside the weekday."""
    if fc.fig.kind != "weekday" or prior_bound is None or not prior_bound.levy:
        return False
    lo = clause_bounds(fc.text, fc.fig.start, fc.fig.end)[0]
    rate = prior[-1].start
    return lo <= rate and PAYING_START_RE.search(fc.text, lo, rate) is not None


@cache
def _set_for_re() -> re.Pattern[str]:
    """A verb of [scope] date_set_for_verbs and "for" right before a date, matched at the end
    of the text before it ("that the White House had announced for ")."""
    verbs = cue_words.group("scope", "date_set_for_verbs")
    return skip.regex(rf"\b{verbs}\s+for\s+$", re.IGNORECASE)


def set_for_day(s: str, fig: Figure) -> bool:
    """Whether a date follows an announcing verb and "for" ("the 100 per cent tariff on
    branded drugs announced for Oct. 1", "avoided the increase announced for August 1"): the
    day the announced measure was set to start, whatever became of it, not the day it was
    announced ("announced on Oct. 1"), which [scope] date_exclude_before keeps out."""
    return _set_for_re().search(s, max(0, fig.start - 40), fig.start) is not None


def _month_named(span: str) -> bool:
    """Whether a date written in words names its month ("since the fourth of March", "the
    seventh of August"): a day of the calendar, not a day's name ("Liberation Day")."""
    return any(w in calendar_words.month_names() for w in span.lower().split())


def _day_restated(fc: FigureContext) -> bool:
    """Whether a relative date ("in seven days", "in three weeks") is followed at once by a
    written day that names it again ("takes effect in seven days, on Aug. 6"): the written
    day is the start the text gives, and the count of days, read from a publication date
    that may be a day off, would only add a second, wrong day."""
    fig = fc.fig
    if fig.kind != "relative":
        return False
    gap = RESTATED_DAY_GAP_RE.match(fc.text, fig.end)
    return gap is not None and any(
        f.quantity == "date" and f.start == gap.end() and f.kind in ("absolute", "yearless")
        for f in fc.figs)


def _story_dateline(fc: FigureContext) -> bool:
    """Whether a date is its story's own dateline, in a form the reader owns
    (tracker/read/opener.py, rules/metadata.toml [opener] `use = "dateline"`): a place in
    capitals before it ("MUMBAI, Sept 2"), or a place and one of the sentence's countries
    ("SURAT, India, Sept. 4 - ..."; a state's or province's short name, "WINDSOR, Ont.,
    Aug. 5", is no country and stays read as h226-4 left it: an undated story's "today" may
    need its day), a dash after a date opening its sentence, or, in the text's first two
    sentences, a feed's date label or a place and the agency, colon or dash after the date.
    """
    fig, sent = fc.fig, fc.sent
    return wire_opener(fc.text, fig.start, fig.end, "dateline", first=fc.i <= 1,
                       countries=lambda: [(m.start, m.end) for m in sent.countries]) is not None


def _court_hearing_day(s: str, fig: Figure) -> bool:
    """Whether a date is the day a court hears a case: a word of [scope] court_hearing_words
    among the six words before it or the four after ("justices on Nov. 5 sounded
    doubtful", "after the Nov. 5 argument", "Nov. 5: Supreme Court hears ..."), never the
    day a measure starts."""
    after = " ".join(s[fig.end:fig.end + 40].replace(":", " ").split()[:4])
    return ctx.has("court_hearing_words", words_before(s, fig.start, 6) + " | " + after)


#: right before a date, the words that make it the day something starts: "applies from",
#: "entered since", "on or after", "from the start of", "the rates start on"
START_BEFORE_RE = skip.regex(r"\b(?:from|since|on\s+or\s+after|starting|beginning|"
                             r"(?:start|starts|begin|begins)\s+on)\s+"
                             r"(?:the\s+start\s+of\s+)?$", re.IGNORECASE)


@cache
def _document_after_re() -> re.Pattern[str]:
    """A document noun right after a date ([scope] date_document_nouns), optionally after
    "executive": "the July 31 order", "a July 9 letter"."""
    nouns = cue_words.alternation("scope", "date_document_nouns")
    return skip.regex(rf"\s+(?:executive\s+)?{nouns}\b", re.IGNORECASE)


@cache
def _document_on_re() -> re.Pattern[str]:
    """A document noun ([scope] date_document_nouns) and "on" or "of" right before a date, at
    most its sender between ("a letter from the White House on Saturday", "a post on Oct.
    30", "the president's letter of July 12")."""
    nouns = cue_words.alternation("scope", "date_document_nouns")
    return skip.regex(rf"\b{nouns}\s+(?:(?:from|by)\s+(?:the\s+)?(?:[\w.'’\-]+\s+){{1,3}}?)?"
                      r"o[nf]\s+$", re.IGNORECASE)


@cache
def _document_cited_re() -> re.Pattern[str]:
    """A bracketed citation of a document by its day: a document noun ([scope]
    date_document_nouns), a comma, the date and the closing bracket ("(widely shared post,
    Sept. 2)", "(White House order, July 31)")."""
    nouns = cue_words.alternation("scope", "date_document_nouns")
    return skip.regex(rf"\([^()]{{0,40}}\b{nouns},\s*$", re.IGNORECASE)


def _names_a_document(s: str, fig: Figure) -> bool:
    """Whether a date names a document by the day it was written ("the April 29
    proclamation", "a July 9 letter", "the Aug. 28 proposal", "a letter from the White
    House on Saturday", "a post on Oct. 30"): the day of the paper, not the day a measure
    starts (which the sentence tells apart, if it tells it)."""
    return _document_after_re().match(s, fig.end) is not None \
        or _document_on_re().search(s, max(0, fig.start - 60), fig.start) is not None \
        or (CLOSE_BRACKET_RE.match(s, fig.end) is not None
            and _document_cited_re().search(s, max(0, fig.start - 60), fig.start) is not None)


#: a closing bracket right after a date (perhaps after its year)
CLOSE_BRACKET_RE = skip.regex(r"(?:,?\s*\d{4})?\s*\)")


#: "by" right before a date: the day a tally was counted up to, after a tally verb
BY_BEFORE_RE = skip.regex(r"\bby\s+$", re.IGNORECASE)


def _tally_by(fc: FigureContext) -> bool:
    """Whether a date after "by" closes a tally of an amount its clause says was paid or
    collected ("importers had paid about $89 billion under the tariffs by Sept. 23"): the
    day the sum was counted to, no measure's date. A future word in the clause makes it a
    deadline ("must be paid by Aug. 1", "will have collected ... by"), which stays."""
    s, fig = fc.text, fc.fig
    if not BY_BEFORE_RE.search(s, max(0, fig.start - 6), fig.start):
        return False
    lo, _hi = clause_bounds(s, fig.start, fig.end)
    clause = s[lo:fig.start]
    return any(f.quantity == "money" and lo <= f.start < fig.start for f in fc.figs) \
        and ctx.has("tally_words", clause) and not ctx.has("tally_future_words", clause)


def _levy_start(fc: FigureContext) -> bool:
    """A written day right after "from" or "since" in a sentence that names no measure but
    a rate or goods entered ("The new rate applies from Aug. 7", "shipments entered from
    Nov. 13"), with a levy named nearby or in the title: the day that levy starts (not
    beside an exchange rate, a price, an index: "the exchange rate has eased since May 2")."""
    s, fig = fc.text, fc.fig
    return fig.kind in ("absolute", "yearless") and fc.sent.has("date_start_words") \
        and not fc.sent.has("near_exclude") \
        and bool(START_BEFORE_RE.search(s, max(0, fig.start - 40), fig.start)) \
        and _in_context(fc.doc, fc.i, "levy_words")


#: a word telling a start reached back to ([retroactive] words), then at most four words and
#: "to" or "from" right before the date: "backdated to", "backdates the cut to", "reaches
#: back to", "applied retroactively to goods entered from"
BACK_TO_GAP_RE = skip.regex(r"\s+(?:[\w'’\-]+\s+){0,4}?(?:to|from)\s+$", re.IGNORECASE)


def _back_to_start(fc: FigureContext) -> bool:
    """A written day a start is told to reach back to, right after the word that says so
    (rules/status.toml [retroactive]: "That correction is backdated to Aug. 7", "the notice
    ... backdates the cut to Nov. 1", "15 per cent all-in, backdated to entries made from
    August 1"), with a levy named in the sentence, the two before or the title: the day the
    levy's new rate counts from, though the sentence may name no levy and tell an act
    ("was published") before it."""
    s, fig = fc.text, fc.fig
    if fig.kind not in ("absolute", "yearless"):
        return False
    lo = max(clause_bounds(s, fig.start, fig.end)[0], fig.start - 80)
    return any(BACK_TO_GAP_RE.fullmatch(s, m.end(), fig.start)
               for m in status_rules.retroactive_re().finditer(s, lo, fig.start)) \
        and _in_context(fc.doc, fc.i, "levy_words")


#: right after a written day, before a [retroactive] word: "Sept. 25| but |backdated to"
BACKDATED_JOIN_RE = skip.regex(r"\s*,?\s*(?:but\s+|and\s+|then\s+)?", re.IGNORECASE)


def _backdated_from(fc: FigureContext) -> bool:
    """A written day right before a [retroactive] word that another written day follows
    ("15 per cent, applied from Sept. 25 but backdated to Aug. 1"): the day the cut was put
    into practice, while the measure counts from the day it reaches back to (h296: read
    once dev14 hu26's rates were, its Sept. 25 made a start the truth does not have)."""
    s, fig = fc.text, fc.fig
    join = BACKDATED_JOIN_RE.match(s, fig.end)
    back = join and status_rules.retroactive_re().match(s, join.end())
    return bool(back) and any(f.quantity == "date" and 0 <= f.start - back.end() <= 30
                              for f in fc.figs)


def _fee_start(fc: FigureContext) -> bool:
    """A written day in a sentence naming a fee ([scope] fee_words) on ships or at ports
    ([scope] fee_subject_words, in the sentence, the two before or the title): the US port
    fees on Chinese-built ships are a trade measure no levy word names ("The US fee had
    started on Oct. 14"), so the day is that charge's, as a levy's would be."""
    return fc.fig.kind in ("absolute", "yearless", "weekday") and fc.sent.has("fee_words") \
        and _in_context(fc.doc, fc.i, "fee_subject_words")


def _derivative_list_start(fc: FigureContext) -> bool:
    """A written day in a sentence naming the list of steel and aluminium derivatives
    ([scope] derivative_list_words: "on Aug. 18 the department added 407 more product codes
    to the derivative list", "The derivative list grew on Aug. 18"), with a levy or the
    metals named in the sentence, the two before or the title ([scope] levy_words,
    derivative_subject_words): the day the listed goods began to pay the metals duty, a
    measure's start though the sentence names no levy and holds no rate."""
    return fc.fig.kind in ("absolute", "yearless") and fc.sent.has("derivative_list_words") \
        and (_in_context(fc.doc, fc.i, "levy_words")
             or _in_context(fc.doc, fc.i, "derivative_subject_words"))


@cache
def _pause_end_re() -> re.Pattern[str]:
    """A noun of [scope] pause_end_nouns, at most three words, a verb of pause_end_verbs and
    perhaps "on", matched at the end of the text before a date ("the window closes on ",
    "That window would have closed on ")."""
    nouns = cue_words.alternation("scope", "pause_end_nouns")
    verbs = cue_words.alternation("scope", "pause_end_verbs")
    return skip.regex(rf"\b{nouns}\s+(?:[\w'’]+\s+){{0,3}}?{verbs}\s+(?:on\s+)?$",
                      re.IGNORECASE)


def _pause_end(fc: FigureContext) -> bool:
    """A written day right after a pause's window and a verb of ending ("Counted from that
    call, the window closes on Wednesday, Oct. 29"), with a levy named in the sentence, the
    two before or the title: the end of a pause, an effective date (SPEC) though the
    sentence names no levy and holds no rate."""
    s, fig = fc.text, fc.fig
    return fig.kind in ("absolute", "yearless") \
        and _pause_end_re().search(s, max(0, fig.start - 60), fig.start) is not None \
        and _in_context(fc.doc, fc.i, "levy_words")


def _written_days(doc: Doc) -> tuple[dt.date, ...]:
    """The days an article writes out with their day of the month ("March 10", "10 April"),
    read once per article."""
    return memo_of(doc, "written_days", lambda d: tuple(sorted(
        {m.value for m in dates_layer.find_dates(_doc_text(d), d.reference)
         if m.kind in ("absolute", "yearless")})))


def _anchored_day(doc: Doc, fig: Figure) -> str | None:
    """In an article with no known date, the day a bare weekday names is the one day of
    that weekday the article writes out ("took effect Monday" beside "March 10"); "today"
    is the latest day it writes out (its inferred date), else the day its wire opener
    names ("ALLENTOWN, Pa., Nov. 1 - ..."); with none, or several days of that weekday,
    nobody can tell."""
    value = dt.date.fromisoformat(str(fig.value))
    if fig.kind == "relative":  # (the days written out are read only when they can answer)
        if value != doc.reference:
            return None
        if value in _written_days(doc):
            return fig.value
        opened = _opening_day(doc)  # "ALLENTOWN, Pa., Nov. 1 - ... from today": that day
        return opened.isoformat() if opened is not None else None
    days = _written_days(doc)
    same = [d for d in days if d.weekday() == value.weekday()]
    return same[0].isoformat() if len(same) == 1 else None


def _opening_day(doc: Doc) -> dt.date | None:
    """The day a wire opener at the start of the text names (tracker/read/opener.py
    `opening_day`, rules/metadata.toml [opener]): an undated text was written that day.
    Read once per article."""
    def find(d: Doc) -> dt.date | None:
        got = opening_day([sent.text for sent in d.sentences[:head_sentences()]], d.reference)
        return None if got is None else got.day
    return memo_of(doc, "opening_day_date", find)


def bind_duration(fc: FigureContext) -> Binding | None:
    """A duration is a claim when a pause word stands next to it ("a 90-day pause")."""
    s, fig = fc.text, fc.fig
    around = _own_words_before(fc) + " " + " ".join(s[fig.end:fig.end + 40].split()[:3])
    if ctx.has("duration_exclude", around):
        return None  # "extending its investigation by six months": no trade measure's length
    if _fees_paused(fc):
        return None  # "the harbour fees ... will be suspended for one year": no levy's pause
    if ctx.has("pause_words", around) or ctx.has("pause_length_words", around):
        return Binding("pause_length", rule_by_id("duration-pause"), None,
                       "a pause word next to it")
    if MORE_TIME_RE.search(s, fig.start, fig.end) and _in_context(fc.doc, fc.i, "levy_words"):
        # "Trump gave Mexico 90 more days of talks": a deadline put off by that long
        return Binding("pause_length", rule_by_id("duration-pause"), None,
                       "more time given, beside a levy")
    return None


#: a duration's noun right after it: "90-day window", "90 days' pause" (the word it owns)
OWN_NOUN_AFTER_RE = skip.regex(r"['’]?\s*[\w\-]+")


def _own_words_before(fc: FigureContext) -> str:
    """The six words before a duration that may tell what it is the length of, none of
    them before another duration of the sentence and the noun that one owns ("opening a
    90-day window for further talks after two days of meetings": the window is the 90
    days', so the two days of meetings are no pause's length)."""
    s, fig = fc.text, fc.fig
    start = 0
    earlier = [f for f in fc.figs if f.quantity == "duration" and f.end <= fig.start]
    if earlier:
        noun = OWN_NOUN_AFTER_RE.match(s, earlier[-1].end)
        start = min(noun.end() if noun is not None else earlier[-1].end, fig.start)
    return words_before(s[start:fig.start], fig.start - start, 6)


def _fees_paused(fc: FigureContext) -> bool:
    """Whether a length stands in a sentence that speaks of fees and of no levy, with no
    rate in it: what is suspended there is a fee (a port's charges on ships), which is no
    tariff, so its length is no pause of one."""
    sent = fc.sent
    return sent.has("paused_fee_words") and not sent.has("levy_words") \
        and not any(f.quantity == "percent" for f in fc.figs)


#: a length added to one already running: "90 more days", "30 extra days"
MORE_TIME_RE = skip.regex(r"\s(?:more|extra|additional|further)\s", re.IGNORECASE)



#: right after a figure: the partner it is set for ("15% for Japan", "19% for the
#: Philippines")
FOR_PARTNER_RE = skip.regex(r"\s+for\s+", re.IGNORECASE)
#: right after a figure: the goods it falls on ("the 50% on steel", "10 per cent on US crude")
ON_GOODS_RE = skip.regex(r"\s+on\s+", re.IGNORECASE)
#: right before a figure: goods held or entered at a level ("enter at 10%", "at 25 per cent")
AT_LEVEL_RE = skip.regex(r"\bat\s+(?:about\s+|around\s+|roughly\s+|some\s+|just\s+)?$",
                         re.IGNORECASE)
#: a possessive before the figure ("Cambodia, Thailand's rival, ... at 19%"): whose level
#: it is, the shape alone cannot tell
OWNER_RE = skip.regex(r"\w['’]s\b")
#: lower-case words that may stand between a preposition and the partner or goods it names
OBJECT_MODIFIER_RE = skip.regex(r"(?:the|all|most|many|some|its|their|our|those|these|"
                                r"imported|incoming|foreign|other|remaining|finished)\b")


#: right after a figure: the question mark of a question asking about it ("the 24 per cent?")
ASKED_LEVEL_RE = skip.regex(r"\s*\?")
#: before such a figure, its whole question: an opener, "the" and nothing else ("And the ",
#: "Q: What about the ")
ASKED_THE_RE = skip.regex(r"^(?:[QA]:\s*)?(?:and|but|so|what\s+about|how\s+about)?\s*the\s+$",
                          re.IGNORECASE)


def _levy_shape(doc: Doc, i: int, fig: Figure) -> bool:
    """Whether a percent with no cue of its own is a levy's level by its shape alone, in an
    article about a levy (the levy named sentences before, the figure's sentence naming
    none): the partner it is set for ("15% for Japan"), or goods or a partner's goods held
    at it ("British cars enter at 10%"; also with an "on" that names no goods after it:
    "traded at zero on both sides"). Shares, margins, growth and chances told in that
    shape stay out (not_levy_level_words)."""
    sent = doc.sentences[i]
    s = sent.text
    if not article_has(doc, "levy_words") or DIFFERENCE_AFTER_RE.match(s, fig.end) \
            or POINTS_AFTER_RE.match(s, fig.end) \
            or ctx.has("not_levy_level_words", near(s, fig.start, fig.end, 5)):
        return False
    lo, hi = clause_bounds(s, fig.start, fig.end)
    if ASKED_LEVEL_RE.match(s, fig.end) and ASKED_THE_RE.search(s, lo, fig.start):
        return True  # "Q: And the 24 per cent?": a level of the levy the interview is about
    m = FOR_PARTNER_RE.match(s, fig.end)
    if m is not None and m.end() < hi:
        return _names_first(sent, m.end(), hi, sent.countries)
    m = ON_GOODS_RE.match(s, fig.end)
    if m is not None and m.end() < hi:
        goods = [w for w in sent.words if m.end() <= w < hi
                 and ctx.has("levied_goods_words", " ".join(s[w:w + 30].split()[:1]))]
        if _names_first(sent, m.end(), hi, [*sent.products, *(
                Mention(w, w + 1, "") for w in goods)]):
            return True
        # "traded at zero on both sides": no goods after "on", but goods held at the level
    if AT_LEVEL_RE.search(s, lo, fig.start) and not OWNER_RE.search(s, lo, fig.start):
        return ctx.has("levied_goods_words", s[lo:fig.start]) or any(
            lo <= mm.start < fig.start for mm in (*sent.products, *sent.countries))
    return _partner_heading(sent, fig)


#: before a figure that opens its sentence: only blanks and list marks ("- 20 per cent.")
ITEM_OPENING_RE = skip.regex(r"^[\s\-•*·]*$")
#: how many words may stand between the opener ("What") and its paying verb
ITEM_CLAUSE_REACH = 6


@cache
def _item_clause_re() -> re.Pattern[str]:
    """Right after a figure standing alone: its full stop, then the next sentence's opener
    and a paying verb within its first words ([item_levy_clause]: ". What most goods from
    Peru now pay")."""
    opener = cue_words.alternation("item_levy_clause", "openers")
    verb = cue_words.alternation("item_levy_clause", "verbs")
    return re.compile(rf"\s*\.\s+{opener}\s+(?:[\w'’\-]+\s+){{0,{ITEM_CLAUSE_REACH}}}?{verb}\b",
                      re.IGNORECASE)


def _item_told_by_clause(doc: Doc, sent: Sentence, fig: Figure) -> bool:
    """Whether a percent standing alone at the head of a list item is a levy's level told
    by the clause after it, with no levy noun ("2. 20 per cent. What most goods from Peru
    now pay, up from 10 per cent"), in an article naming a levy: the splitter reads the
    figure with the sentence that says what it counts (sentences.split_sentences)."""
    s = sent.text
    return bool(ITEM_OPENING_RE.match(s[:fig.start])) and article_has(doc, "levy_words") \
        and _item_clause_re().match(s, fig.end) is not None


#: a list item's head before its figure: "Peru — ", "- Chile and Peru: " (the partners)
HEADING_RE = skip.regex(r"^[\s\-•*·]*(.+?)\s*(?:—|–|:|\s-)\s*$")
#: what may join the partners of a heading besides their names ("Chile and Peru", "the EU")
HEADING_JOIN_RE = skip.regex(r"^(?:[\s,&/]|\band\b|\bthe\b)*$", re.IGNORECASE)


def _partner_heading(sent: Sentence, fig: Figure) -> bool:
    """Whether the figure opens a list item headed by partners alone ("Peru — 10%",
    "Chile and Bolivia: 15 per cent"): the level set for them, in a roundup of a levy's
    rates. Goods or words of any other kind before the dash make no such heading."""
    m = HEADING_RE.match(sent.text, 0, fig.start)
    if m is None:
        return False
    head_start, head_end = m.span(1)
    rest, pos = [], head_start
    for c in sorted(sent.countries, key=lambda c: c.start):
        if c.start < head_start or c.end > head_end:
            continue
        rest.append(sent.text[pos:c.start])
        pos = c.end
    if pos == head_start:
        return False
    rest.append(sent.text[pos:head_end])
    return all(HEADING_JOIN_RE.match(r) for r in rest)


def _names_first(sent: Sentence, start: int, end: int, mentions: list[Mention]) -> bool:
    """Whether one of `mentions` opens one of the first words after `start` (before `end`),
    past determiners and adjectives of origin only ("for the EU", not "for talks with
    Japan")."""
    s = sent.text
    for w in [w for w in sent.words if start <= w < end][:4]:
        if any(mm.start == w for mm in mentions):
            return True
        if not (OBJECT_MODIFIER_RE.match(s, w)
                or any(mm.start <= w < mm.end for mm in sent.countries)):
            return False
    return False
