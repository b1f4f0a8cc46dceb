"""The status of a figure: in effect, scheduled, agreed, proposed, paused or previous.

The nearest status word of the [status] lexicon in the figure's clause decides, with
the tense of the sentence ("faces ... from Aug. 1", said before that day: scheduled),
the old value of a change ("from 25% to 15%"), a plan called off ("instead of raising it
to 30%") and, for a levy with no cue, what the article says of its measure.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from functools import cache

from tracker.extract import calendar_words, cue_words, needles, skip, status_rules
from tracker.extract.context import Mention
from tracker.extract.decision import Decision
from tracker.extract.document import FUTURE_RE, Doc, FigureContext, memo_of
from tracker.extract.figures import Figure
from tracker.extract.metric import LEVY_RATE_METRICS, SAME_DAY_START_RE, set_for_day
from tracker.extract.parties import AMOUNT_LIST_JOIN_RE, LIST_COLON_RE, levy_valued
from tracker.extract.sentences import Sentence, clause_bounds, per_sentence
from tracker.read.opener import head_sentences, opening_day

Status = Decision[str | None]

PREV_AFTER_RE = skip.regex(
    r"^\s*(?:[\w\"“”'’\-]+\s+){0,4}?(?:had\s+(?:\w+\s+)?"
    + cue_words.alternation("previous_value_verbs", "had") + "|"
    + cue_words.alternation("previous_value_verbs", "dated")
    + r"\s+(?:in|on|for|last|earlier|back)\b)", re.IGNORECASE)
#: right after a start word, what makes it a start now: "effective immediately"
IMMEDIATE_AFTER_RE = skip.regex(r"\s+(?:immediately|at\s+once|forthwith|today)\b", re.IGNORECASE)
#: the scheduled cues that IMMEDIATE_AFTER_RE turns into a start at once
AT_ONCE_STARTS = frozenset({"effective", "starting"})
#: "cars, which have faced a 25% duty since April, will be charged 15%": the relative
#: clause's perfect tense names the old value, the main clause's future the new one
SINCE_BEFORE_RE = skip.regex(r"\b(?:have|has)\s+(?:been\s+)?(?:\w+\s+)?(?:paid|faced|been|"
                             r"charged|borne|carried|paying|facing)\s+(?:\w+\s+){0,3}$",
                             re.IGNORECASE)
SINCE_RE = skip.regex(r"\s*(?:[\w\-]+\s+){0,2}?since\b", re.IGNORECASE)
SINCE_AFTER_RE = skip.regex(r"^\s*(?:[\w\-]+\s+){0,3}?since\s+[\w.]+[^,;]*,\s*(?:[\w\-]+\s+)"
                            r"{0,3}?(?:will|would|is set to|are set to|is to|are to)\b",
                            re.IGNORECASE)
#: a plan called off: "instead of raising it to 30%", "rather than imposing 50%"
AVERTED_RE = skip.regex(r"\b(?:instead of|rather than)\s+\w+ing\b[^,;.]*$", re.IGNORECASE)
#: decisions told in the past tense ("raised", "imposed") that may still be due later
CHANGE_DONE_RE = skip.regex("^" + cue_words.alternation("change_cues", "done") + "$",
                            re.IGNORECASE)
#: what introduces the day a measure starts: "effective March 12", "from Aug. 1"
STARTS_ON_RE = skip.regex(r"\b(?:effective|from|starting|beginning|as of)\s+(?:on\s+)?$",
                          re.IGNORECASE)
#: present-tense cues that say a rate applies to someone, not that it is in force yet
PRESENT_FACE_RE = skip.regex(r"^(?:face|faces|facing|hit|hits|apply|applies|pay|pays|paying|"
                             r"(?:(?:is|are)\s+)?subject\s+to)$", re.IGNORECASE)
#: words before an agreement cue that say there is no new deal
NO_DEAL_RE = skip.regex(r"\b(?:fail\w*|without|no|not|yet to|outside|absence of|collapse\w*|"
                        r"before|unless|if|existing|free|negotiat\w*|seek\w*|sought|hop\w*|"
                        r"pursu\w*|aim\w*|try|trying|tries|attempt\w*|work\w* toward\w*|"
                        r"to reach|to strike|to secure|to clinch|to achieve|achiev\w*|room for|"
                        r"potential|possible|prospective)\b[\w\s'’-]*$", re.IGNORECASE)
# ("to negotiate a deal", "hoping for an agreement", "leave room for a negotiated
# solution", "the potential deal": a deal sought or only possible is no deal made)
#: a rate that "would" apply only "if" or "unless" something happens: a threat, not a decision
WOULD_BEFORE_RE = skip.regex(r"\b(?:would|could|may|might)\s+(?:[\w\-]+\s+){0,4}$",
                             re.IGNORECASE)
WOULD_AFTER_RE = skip.regex(r"[^.;:]{0,50}?\b(?:would|could)\b", re.IGNORECASE)
#: a modal a few words before a figure ("would be 35%", "could go to 40%"; not "may": a month)
MODAL_NEAR_RE = skip.regex(r"\b(?:would|could|might)\s+(?:[\w\-]+\s+){0,4}$", re.IGNORECASE)
#: a modal right before a verb ("would extend", "could soon extend")
MODAL_BEFORE_RE = skip.regex(r"\b(?:would|could|might)\s+(?:[\w\-]+\s+){0,1}$",
                             re.IGNORECASE)
#: "threatened to raise duties on Peru to 30% unless ...": a threat, however far its verb
THREAT_BEFORE_RE = skip.regex(r"\bthreat(?:en|ens|ened|ening)?\b", re.IGNORECASE)
CONDITION_RE = skip.regex(r"\b(?:if|unless)\b(?!\s+(?:not|any)\b)", re.IGNORECASE)
#: measures that, with no status word, are in force (the others need a word)
#: what a partner promises in a deal: investments and purchases
PLEDGE_METRICS = frozenset({"investment", "purchase"})
#: flows a partner may pledge by opening its market (rules/status.toml [market_access])
MARKET_METRICS = frozenset({"imports", "exports", "purchase"})
#: the bare present "pay" of the [status] in_effect cues: it speaks of the figure it pays
PAY_RE = skip.regex(r"pay", re.IGNORECASE)
#: a schedule cue told with "would" ("would fall back to normal duties"): a hypothesis,
#: not a start
WOULD_CUE_RE = skip.regex(r"would\b", re.IGNORECASE)
#: a rate or amount in a sentence (the next sentence's own figures take its status words)
RATE_RE = skip.regex(r"\d\s*" + cue_words.percent_forms("rate", "pct")
                     + r"|[$€£¥]\s*\d|\b" + cue_words.magnitude_words("large") + r"\b",
                     re.IGNORECASE)
#: a levy noun, the subject a present copula links to a rate
LEVY_NOUN_RE = skip.regex(r"\b" + cue_words.levy_nouns("levy", "rates") + r"\b", re.IGNORECASE)
#: a sentence that speaks of levies
LEVY_RE = skip.regex(r"\b" + cue_words.levy_nouns("levy") + r"\b", re.IGNORECASE)
#: a levy noun at most two words after an adjective: "existing duties", "current steel duties"
LEVY_NOUN_AFTER_RE = skip.regex(r"\s+(?:[\w\-]+\s+){0,2}?" + cue_words.levy_nouns("levy", "rates")
                                + r"\b", re.IGNORECASE)
#: "to" or "by" right before a figure: the level or size of a change, not a levy taken away
LEVEL_BEFORE_RE = skip.regex(r"(?<!\bup\s)\b(?:to|by)\s+(?:about\s+|around\s+|roughly\s+)?$",
                             re.IGNORECASE)  # (not the hedge "up to 15%")
#: at most how many words a status cue after a figure stands before a figure of its own
OWN_OBJECT_REACH = 3
IN_FORCE_MEASURES = {"section_232", "baseline", "fentanyl", "section_301"}
#: the evidence of a status read from the nearest status word
NEAREST = "the nearest status word"
#: the evidence of a present-time adjective right before a rate: it tells the rate it
#: qualifies in force, not the level a change of it brings
HELD_NOW = "a present-time adjective right before it"
#: measures a partner's pause that names no measure leaves alone: a sector's levy and the
#: baseline everyone pays are not a country's own
SECTOR_WIDE = frozenset({"section_232", "baseline"})


@cache
def effective_when_re() -> re.Pattern[str]:
    """What follows "effective" when it dates a measure: "effective Aug. 1", "effective
    from Thursday", "effective immediately" (month and weekday starts: rules/dates.toml)."""
    days = dict.fromkeys(w[:3] for w in calendar_words.weekday_names())
    starts = "|".join((*calendar_words.month_prefixes(), *days))
    return skip.regex(r"\s+(?:from|on|as of|immediately|at|since|midnight|today|tomorrow|next|"
                      rf"this|{starts}|\d)", re.IGNORECASE)


def _extra_cues_to_try(sent: Sentence) -> list[tuple[tuple[re.Pattern[str], str],
                                                     frozenset[str] | None]]:
    """The extra_cues() patterns (with their first words) that can match in the sentence,
    in their order: those with a first word among its words (Sentence.may_hold_word of
    each, answered by one intersection where the sentence's case folding is plain)."""
    cues, firsts = status_rules.extra_cues(), status_rules.extra_cue_firsts()
    index = status_rules.extra_cue_index()
    if index is not None and sent.plain_case:  # (plain_case: true of any ASCII text)
        words, by_word = index
        hit = words & sent.lower_words
        return [(cues[i], firsts[i]) for i in sorted({i for w in hit for i in by_word[w]})]
    return [(c, f) for c, f in zip(cues, firsts, strict=True)
            if f is None or sent.may_hold_word(f)]


@per_sentence
def status_cues(sent: Sentence) -> list[Mention]:
    """The status words that cue a figure's status: not "effective" as an adjective
    ("the average effective tariff rate"), nor a deal that failed ("failed to reach
    a deal", "outside the trade agreement")."""
    s = sent.text
    extra = [Mention(a, b, "scheduled") for a, b in sent.word_spans(
        status_rules.reported_future_re(), status_rules.reported_future_firsts())] \
        if "would" in s else []
    if extra:  # "would take effect": a scheduled cue of reported speech (rules/status.toml)
        covered = [(e.start, e.end) for e in extra]
        cues = sorted([m for m in sent.statuses
                       if not any(a <= m.start < b for a, b in covered)] + extra,
                      key=lambda m: m.start)
    else:
        cues = sent.statuses
    more = [Mention(a, b, value)
            for (pattern, value), firsts in _extra_cues_to_try(sent)  # (a first word held)
            for a, b in sent.word_spans(pattern, firsts)]  # (tried at those words)
    if more:  # "will result in", "we're going to" (rules/status.toml)
        covered = [(e.start, e.end) for e in more]
        cues = sorted([m for m in cues if not any(a <= m.start < b for a, b in covered)]
                      + more, key=lambda m: m.start)
    cues = [_modal_still(s, m) for m in _outside_names(sent, cues)]
    cues = [Mention(m.start, m.end, "in_effect") if m.value == "agreed"
            and status_rules.since_deal_re().search(s, max(0, m.start - 60), m.start) else m
            for m in cues]  # "since the EU's deal ... they enter at 15%" ([since_deal])
    return [m for m in cues
            if not (" ".join(s[m.start:m.end].lower().split()) in status_rules.as_planned_words()
                    and status_rules.as_planned_re().search(s, max(0, m.start - 20), m.start))
            # ("took effect as planned": no plan of its own; rules/status.toml [as_planned])
            and not (m.value == "scheduled" and s[m.start:m.end].lower() == "effective"
                    and not effective_when_re().match(s, m.end))
            and not (m.value == "agreed"
                     and (NO_DEAL_RE.search(s[max(0, m.start - 40):m.start])
                          or treaty_name(s, m)
                          or status_rules.outside_deal_re().search(s, max(0, m.start - 5),
                                                                    m.start)))
            # "$60 billion more than planned": a comparison, no plan (rules/status.toml)
            and not (m.value == "proposed"
                     and status_rules.comparison_before_re().search(s, max(0, m.start - 30),
                                                                    m.start))]


def _outside_names(sent: Sentence, cues: list[Mention]) -> list[Mention]:
    """The cues that are not part of a fixed noun phrase: "3.75% of a car's suggested retail
    price" names a price, no plan (rules/status.toml [cue_in_name]). Only a sentence holding
    a name's first word is searched."""
    names, firsts = status_rules.cue_in_name()
    if not cues or (firsts is not None and not sent.may_hold_word(firsts)):
        return cues
    spans = [m.span() for m in names.finditer(sent.text)]
    return [c for c in cues if not any(a <= c.start and c.end <= b for a, b in spans)]


def _modal_still(s: str, m: Mention) -> Mention:
    """An in-force word right after a modal ("Lima may still phase in a duty", "could still
    impose") keeps a plan open: the cue is the modal's, proposed, not a state held
    (rules/status.toml [modal_still])."""
    if m.value == "in_effect" \
            and " ".join(s[m.start:m.end].lower().split()) in status_rules.modal_still_words() \
            and status_rules.modal_still_re().search(s, max(0, m.start - 12), m.start):
        return Mention(m.start, m.end, "proposed")
    return m


def treaty_name(s: str, m: Mention) -> bool:
    """"the Peru-Chile-Ecuador Agreement": the title of a standing treaty, no new deal
    (rules/status.toml [treaty_name]); "goods that qualify under the trade pact", "the
    pact's rules": a standing pact named by the goods it covers ([treaty_rules])."""
    if s[m.start:m.end] in status_rules.treaty_words() \
            and status_rules.treaty_before_re().search(s[max(0, m.start - 60):m.start]):
        return True
    before, after = status_rules.treaty_rules_re()
    return bool(before.search(s, max(0, m.start - 70), m.start) or after.match(s, m.end))


def status_quo(s: str, fig: Figure) -> bool:
    """'have paid 27.5% since April': the figure is what holds until some change."""
    return bool(SINCE_RE.match(s, fig.end)
                and SINCE_BEFORE_RE.search(s[max(0, fig.start - 50):fig.start]))


@cache
def change_from_re() -> re.Pattern[str]:
    """A change verb, a few words, then "from" right before the figure."""
    verbs = "|".join(re.escape(w) for w in (*cue_words.words("change_cues", "rises"),
                                            *cue_words.words("change_cues", "falls"),
                                            *status_rules.change_from_verbs()))
    # (a day told between, "rose to 50% on June 4, from the 25%")
    return skip.regex(rf"\b(?:{verbs})\b(?:\s+[\w'’.\-]+){{0,6}}?"
                      r"(?:\s+(?:on|in)\s+[\w.]+(?:\s+\d{1,2})?,)?\s+from\s+(?:the\s+)?"
                      r"(?:current\s+|existing\s+)?$", re.IGNORECASE)


#: how change_from_re ends: searched first, as that pattern is slow to search for
FROM_LAST_RE = skip.regex(r"from\s+(?:the\s+)?(?:current\s+|existing\s+)?$", re.IGNORECASE)


def old_value_alone(s: str, fig: Figure) -> bool:
    """"tariffs on cars were slashed from 27.5 percent", "reduce auto levies from 27.5%":
    a change told from a figure to no figure; the figure is what held before."""
    lo, _ = clause_bounds(s, fig.start, fig.end)
    if not FROM_LAST_RE.search(s, lo, fig.start):  # (cheap: what the pattern ends with)
        return False
    return bool(change_from_re().search(s[lo:fig.start]))


def _article_has_deal(doc: Doc) -> bool:
    """Whether any sentence of the article names an agreement (not one that failed)."""
    return any(m.value == "agreed" for sent in doc.sentences for m in status_cues(sent))


#: the words CONDITION_RE needs, whole: a sentence without them holds no condition
CONDITION_WORDS = frozenset(("if", "unless"))


def conditional(s: str, fig: Figure, sent: Sentence | None = None) -> bool:
    """"a 30% tariff would apply from Aug. 1 unless a deal is reached", "Brazil would be
    hit with 50% if talks fail", "threatened to raise it to 30% unless ...": the rate is a
    threat (proposed), not a decision. `sent`: the Sentence of `s`, to answer at once
    when it has no condition word."""
    if sent is not None and not sent.may_hold_word(CONDITION_WORDS):
        return False
    lo, hi = clause_bounds(s, fig.start, fig.end)
    before = WOULD_BEFORE_RE.search(s[lo:fig.start]) or THREAT_BEFORE_RE.search(s, lo, fig.start)
    if not before and status_rules.lead_ahead().holding.search(s, lo, fig.start):
        # "cars, which now pay 20%, would pay 50% if lawmakers approve": the modal after it
        # is the next figure's; this one is told as held now (rules/status.toml [lead_ahead]
        # holding)
        return False
    would = before or WOULD_AFTER_RE.match(s, fig.end, hi)
    return bool(would and CONDITION_RE.search(s, lo))


def told_current(s: str, fig: Figure) -> bool:
    """"down from the prevailing 25%", "from the current 20%", "from the 25% they currently
    pay": an old value told as the one in force now (rules/status.toml [current_old_value])."""
    return bool(status_rules.current_old_value_re().search(s, max(0, fig.start - 30),
                                                           fig.start)
                or status_rules.current_after_re().match(s, fig.end))


def status(fc: FigureContext, measure: str | None, metric: str) -> Status:
    """Nearest status cue in the clause; 'previous' cues only bind the next figure. A change
    whose old value is told in force now has not happened yet: its new value, read in force
    (or with no status), is agreed in an article about a deal, else scheduled."""
    fc = _range_plain(fc)
    whole = (_bracket_whole(fc) or _colon_whole(fc)) if metric in LEVY_RATE_METRICS else None
    if whole is not None:
        told = status(FigureContext(fc.doc, fc.i, whole, fc.figs), measure, metric)
        if told.value == "previous":
            # "replacing the 27.5% (the 2.5% normal duty plus the 25% charge)": the parts of
            # a rate that is gone went with it
            return Decision("previous", f"a part, in a bracket or a colon list, of a rate told "
                                        f"as gone ({told.evidence})")
    got = _status(fc, measure, metric)
    if got.value != "previous" and _threshold_gone(fc):
        # "until then, parcels worth $800 or less entered without duty", "the $800 threshold
        # is history" (rules/status.toml [threshold_gone])
        return Decision("previous", f"a duty-free threshold told as gone ({got.evidence})")
    if got.value == "agreed" and metric in LEVY_RATE_METRICS and fc.fig.role != "previous":
        ordered = _deal_ordered(fc)
        if ordered is not None:
            # "signed a decree on Monday that cuts the duty to 12% from Sept. 1"
            # (rules/status.toml [deal_order])
            return ordered
    fig = fc.fig
    told = _deal_future(fc, got) if metric in LEVY_RATE_METRICS else None
    if told is not None:
        return told
    if got.value == "scheduled" and got.evidence.startswith(NEAREST) \
            and metric in LEVY_RATE_METRICS and not fc.doc.reference_known \
            and not any(f.quantity == "date" for f in fc.figs) and _lead_in_force(fc):
        # no publication date; "Peru's duties took effect on Monday. ... A 15% duty will be
        # imposed on Chilean apples" (rules/status.toml [took_effect] lead)
        return Decision("in_effect", "a future word copied from an announcement, its lead "
                                     "telling the levies taken effect")
    if got.value == "paused" and got.evidence.startswith(NEAREST) \
            and metric in LEVY_RATE_METRICS and fig.role != "previous":
        stand_in = _pause_stand_in(fc)
        if stand_in is not None:
            # "suspended a week later in favour of a 10% baseline" (rules/status.toml
            # [pause_stand_in])
            return stand_in
    if got.value in ("in_effect", None) and metric in LEVY_RATE_METRICS and _until_past(fc):
        # "which stood at 30% until May, is now 10%" (rules/status.toml [until_past])
        return Decision("previous", "told as holding until a month that has passed")
    if got.value in ("in_effect", None) and metric in LEVY_RATE_METRICS \
            and fig.role != "previous" and _span_closed(fc):
        # "the metal paid 10% until March 12, when ...", "Between April and August the fruit
        # paid the 10% baseline" (rules/status.toml [until_past] closed_*)
        return Decision("previous", "a span told in the past and closed by its end")
    if got.value in ("scheduled", None) and metric in LEVY_RATE_METRICS \
            and fig.role != "previous" and status_rules.now_after_re().match(fc.text, fig.end):
        # "against 27.5% now" (rules/status.toml [now_after])
        return Decision("in_effect", "told as the rate now, closing its clause")
    if got.value in ("in_effect", None) and metric in LEVY_RATE_METRICS \
            and status_rules.before_after_re().match(fc.text, fig.end):
        # "against 30% before" (rules/status.toml [now_after] past_words)
        return Decision("previous", "told as the rate before, closing its clause")
    if got.value in (None, "agreed") and metric in LEVY_RATE_METRICS and _normal_rate(fc):
        # "on top of the normal 3%", "the 2.5% most-favoured-nation duty" (rules/status.toml
        # [normal_rate])
        return Decision("in_effect", f"the normal duty, a standing rate ({got.evidence})")
    if got.value == "scheduled" and metric in LEVY_RATE_METRICS and fig.role != "previous" \
            and got.evidence.startswith("a date after publication") \
            and status_rules.stacked_base_re().search(fc.text, max(0, fig.start - 40),
                                                      fig.start):
        # "an extra 40% on top of the 10% reciprocal rate, ..., from Aug. 6": the base of the
        # addition (rules/status.toml [base_of_addition] stacked)
        return Decision("in_effect", "the base a new levy is stacked on, not the new levy")
    if got.value in ("in_effect", "scheduled", None) and metric in LEVY_RATE_METRICS \
            and fig.role != "previous" and _compared_past(fc):
        # "now pay 20%, compared with 30% on Sunday and 145% in April" (rules/status.toml
        # [compared_past])
        return Decision("previous", "compared with, told with a time of the past after it")
    if got.value in ("in_effect", "scheduled", "proposed", None) and metric in LEVY_RATE_METRICS \
            and fig.role != "previous" and _chart_rate(fc):
        # "24 per cent on the April chart", "topped the April chart at 50 per cent"
        # (rules/status.toml [chart_rate])
        return Decision("previous", f"a chart's rate of a past month ({got.evidence})")
    if got.value in ("in_effect", "scheduled", None) and metric in LEVY_RATE_METRICS \
            and fig.role != "previous" and _modal_result(fc):
        # "an extra 100% would take the stack on most goods to 130%" (rules/status.toml
        # [modal_result])
        return Decision("proposed", "the level a change would bring, told with a modal")
    if got.value not in ("previous", "paused") and metric in LEVY_RATE_METRICS \
            and fig.role != "previous" and _past_owner(fc):
        # "close to April's 145% peak", "Chile's former 49% threat", "started the year at
        # 25%" (rules/status.toml [past_owner])
        return Decision("previous", "owned by a time of the past, or told former")
    if got.value in ("in_effect", None) and metric in LEVY_RATE_METRICS \
            and fig.role != "previous" and _past_state(fc):
        # "beans that paid a combined 50% in October now enter free" (rules/status.toml
        # [now_after] past_states)
        return Decision("previous", "a state told in the past, a time of the past after it")
    if got.value in ("in_effect", None) and metric in LEVY_RATE_METRICS \
            and fig.role != "previous" and _past_state_span(fc):
        # "for four months exporters paid only the 10% baseline" (rules/status.toml
        # [now_after] state_span_*)
        return Decision("previous", "a state told in the past over a span of the past")
    if got.value in ("in_effect", None) and metric in LEVY_RATE_METRICS \
            and fig.role != "previous" and _bare_past_state(fc):
        # "Australian beef, which paid 10 per cent, now enters free" (rules/status.toml
        # [now_after] bare_past_states)
        return Decision("previous", "a state told in the bare simple past")
    if got.value in ("in_effect", None) and metric in LEVY_RATE_METRICS and _past_span(fc):
        # "which paid 27.5% for most of the summer, are down to 15%" (rules/status.toml
        # [now_after] span_leads)
        return Decision("previous", "told as paid over a span of the past")
    if got.value in ("in_effect", None) and metric in LEVY_RATE_METRICS and _removed_list(fc):
        # "has lifted the farm duties it imposed in May: 15% on apples" (rules/status.toml
        # [removed_list])
        return Decision("previous", "a list after a lead that tells the levies taken away")
    if got.value is None and metric in LEVY_RATE_METRICS and _levied_list(fc):
        # "Those imposed under the emergency law: the 10% baseline, ... and Peru's extra
        # 40%" (rules/status.toml [levied_list])
        return Decision("in_effect", "a list after a lead that tells the levies in place")
    if got.value in ("in_effect", None) and metric in LEVY_RATE_METRICS and _until_now(fc):
        # "Until now Chilean wine paid 30%" (rules/status.toml [until_past] relative)
        return Decision("previous", "told as holding until a time just past")
    if got.value == "proposed" and metric in LEVY_RATE_METRICS and _threat_deferred(fc):
        # "Lima had threatened 40% unless ...", the lead telling the deadline extended
        return Decision("paused", "a threat told in the pluperfect, its lead telling a pause "
                                  "or a deadline pushed back")
    if got.value not in ("in_effect", None) or metric not in LEVY_RATE_METRICS \
            or fig.role == "previous" or fig.partner is None \
            or fig.partner.role != "previous" or not told_current(fc.sent.text, fig.partner):
        return got
    if MODAL_NEAR_RE.search(fc.sent.text, clause_bounds(fc.sent.text, fig.start, fig.end)[0],
                            fig.start):
        # "light trucks would go to 50% from 20% currently": only floated
        return Decision("proposed", "the new value of a change whose old value is in force, "
                                    "told with a modal")
    if _article_has_deal(fc.doc):
        return Decision("agreed", "the new value of a change whose old value is in force, "
                                  "in an article about a deal")
    return Decision("scheduled", "the new value of a change whose old value is in force")


def _threshold_gone(fc: FigureContext) -> bool:
    """Whether the figure is an amount under which goods entered free of duty ("worth $800 or
    less", "under $800", "the $800 threshold") and its sentence tells that rule gone ("ended",
    "no longer", "until then"): the threshold is the old rule's, whatever present word stands
    nearer it (rules/status.toml [threshold_gone])."""
    fig, s = fc.fig, fc.sent.text
    if fig.quantity != "money":
        return False
    before, after = status_rules.threshold_re()
    if not (after.match(s, fig.end) or before.search(s, max(0, fig.start - 20), fig.start)):
        return False
    return status_rules.threshold_gone_re().search(s) is not None


def _qualifies_another(sent: Sentence, m: Mention, fig: Figure) -> bool:
    """Whether an in-force adjective ("current", "existing") qualifies a noun other than the
    figure and its levy: no levy noun follows it within two words ("the current quotas"), and
    it stands after the figure, or more than [attributive_in_force] reach words or a comma
    before it ("the current quotas, and to charge 50%"). An adjective says what holds of its
    own noun only; "the current 25%" and "current duties of 25%" keep it, and so does "on top
    of existing duties" (a levy in force beside the figure's)."""
    if (m.start, m.end) not in _attributive_spans(sent):
        return False
    return m.start >= fig.end or "," in sent.text[m.end:fig.start] \
        or sent.words_between(m.end, fig.start) > status_rules.attributive_reach()


@per_sentence  # (each figure of the sentence asks of each of its status cues)
def _attributive_spans(sent: Sentence) -> frozenset[tuple[int, int]]:
    """The spans of the sentence's status cues that are in-force adjectives with no levy
    noun within two words after them (_qualifies_another's test of the cue alone)."""
    s, words = sent.text, status_rules.attributive_words()
    return frozenset((m.start, m.end) for m in status_cues(sent)
                     if " ".join(s[m.start:m.end].lower().split()) in words
                     and not LEVY_NOUN_AFTER_RE.match(s, m.end))


def _modal_result(fc: FigureContext) -> bool:
    """Whether the figure is the level a change told with a modal would bring ("would take
    the stack to 130%"); told with its old level ("would lift the rate from 35% to 45%"), only
    in a sentence that holds a condition ("If applied, ..."): an order already signed "would
    lift the total from 25% to 50%" when it takes effect (rules/status.toml [modal_result])."""
    m = status_rules.modal_result_re().search(fc.text, max(0, fc.fig.start - 120),
                                              fc.fig.start)
    return m is not None and (m.group("old") is None or CONDITION_RE.search(fc.text) is not None)


def _bracket_whole(fc: FigureContext) -> Figure | None:
    """The rate of the figure's kind right before an open bracket that holds the figure
    ("27.5% (a 25% add-on plus the 2.5% duty)"): the total the bracket breaks down, in a
    sentence that names the partner (as product.py reads such parts: with no partner named
    they are no one partner's, and "vehicles are to fall from 27.5% (...)" tells a total
    still paid, whatever the change ahead)."""
    s, fig = fc.sent.text, fc.fig
    if not fc.sent.countries:
        return None
    opened = s.rfind("(", 0, fig.start)
    if opened < 0 or ")" in s[opened:fig.start]:
        return None
    wholes = [f for f in fc.figs if f.quantity == fig.quantity and f.end <= opened
              and not s[f.end:opened].strip()]
    return wholes[-1] if wholes else None


def _colon_whole(fc: FigureContext) -> Figure | None:
    """The rate of the figure's kind a colon list breaks down ("had paid 27.5%: the 25%
    sectoral duty plus the normal 2.5%"): the last rate before the colon, at most
    [colon_whole] reach words before it, the figure in the list after it with no other rate
    of its kind before it in the list but the list's own parts, and the sentence naming a
    partner (as `_bracket_whole`)."""
    s, fig = fc.sent.text, fc.fig
    if not fc.sent.countries:
        return None
    colons = [m.start() for m in LIST_COLON_RE.finditer(s, 0, fig.start)]
    colon = colons[-1] if colons else -1
    if colon < 0 or not status_rules.colon_whole_list_re().match(s, colon + 1, fig.start):
        return None
    wholes = [f for f in fc.figs if f.quantity == fig.quantity and f.end <= colon]
    if not wholes or fc.sent.words_between(wholes[-1].end, colon) \
            > status_rules.colon_whole_reach() or wholes[-1].partner is not None:
        # (not the old value of a change: "drops to 30% from 145%: the 20% levy stays" breaks
        # down the new value)
        return None
    return wholes[-1]


def _new_value_to_come(fc: FigureContext) -> bool:
    """Whether the new value of a change, told before its old one, starts on a day after the
    article's date (or the date its text suggests) named between the two ("10 per cent from
    next Monday, down from 20")."""
    new, ref = fc.fig.partner, fc.doc.reference
    if new is None or ref is None or new.start > fc.fig.start:
        return False
    return any(f.quantity == "date" and new.end <= f.start and f.end <= fc.fig.start
               and isinstance(f.value, str) and f.value > ref.isoformat() for f in fc.figs)


def _status(fc: FigureContext, measure: str | None, metric: str) -> Status:
    """Nearest status cue in the clause; 'previous' cues only bind the next figure."""
    sent, fig, figs, doc = fc.sent, fc.fig, fc.figs, fc.doc
    levy = metric in LEVY_RATE_METRICS
    if fig.role == "previous" and levy and told_current(sent.text, fig):
        # "at 10%, down from the prevailing 25%": the change is still to come
        return Decision("in_effect", "the old value of a change, told as in force now")
    if fig.role == "previous":
        lo = clause_bounds(sent.text, fig.start, fig.end)[0]
        negated = status_rules.negated_change_re().search(sent.text, lo, fig.start)
        if negated:
            # "does not reduce duties on cars from 25% to 15%" (rules/status.toml)
            return Decision("in_effect", f"a change told as not made: "
                                         f"{negated.group(0).strip()!r}")
        if levy and _new_value_to_come(fc):
            # "10 per cent from next Monday, down from 20": the old value holds until then
            return Decision("in_effect", "the old value of a change whose start is to come")
        return Decision("previous", "the old value of a change")
    kept_paused = _kept_paused(fc) if levy else None
    if kept_paused:
        # "the truce keeps the 34% rate suspended", "the 20% announced in April and suspended
        # since"; before a promise or threat word: "the threat of 30% has been postponed"
        # (rules/status.toml [kept_paused])
        return Decision("paused", f"kept in a pause: {kept_paused!r}")
    offer = status_rules.offer_of_re().search(sent.text, max(0, fig.start - 50), fig.start) \
        if levy else None
    if offer:
        # "Trump's promise of another 10% tariff" (rules/status.toml [offer_of])
        return Decision("proposed", f"the object of a promise or threat: "
                                    f"{offer.group(0).strip()!r}")
    if levy and fig.role != "previous" \
            and status_rules.from_before_re().search(sent.text, max(0, fig.start - 20),
                                                     fig.start) \
            and status_rules.current_after_re().match(sent.text, fig.end):
        # "up from the 25% now charged" (rules/status.toml [current_from])
        return Decision("in_effect", "an old value told as in force now")
    answered = status_rules.answered_levy_re().search(sent.text, max(0, fig.start - 60),
                                                      fig.start) if levy else None
    if answered:
        # "approved their answer to the 25% US tariffs" (rules/status.toml [answered_levy])
        return Decision("in_effect", f"the levy a side answers: {answered.group(0).strip()!r}")
    gone = _removed_subject(fc) if levy else None
    if gone:
        # "duties of 8 to 12% on fruit are lifted", "which is gone since May 1"
        # (rules/status.toml [removed_rate] subject_*)
        return Decision("previous", f"the subject of a removal told done: {gone!r}")
    if levy:
        kept = status_rules.left_unchanged_re().search(
            sent.text, max(clause_bounds(sent.text, fig.start, fig.end)[0], fig.start - 80),
            fig.start)
        if kept:
            # "the deal does not change the 50% duty on steel" (rules/status.toml
            # [left_unchanged])
            return Decision("in_effect", f"left alone by a negated change: "
                                         f"{kept.group(0).strip()!r}")
    if levy:
        on_before, on_after = status_rules.goes_on_re()
        lo_c = max(clause_bounds(sent.text, fig.start, fig.end)[0], fig.start - 60)
        going = on_before.search(sent.text, lo_c, fig.start) \
            or on_after.match(sent.text, fig.end, clause_bounds(sent.text, fig.start,
                                                                 fig.end)[1])
        if going and not any(fig.end <= f.start < going.end() for f in figs if f is not fig):
            # "will continue to pay 25% until July 9" (rules/status.toml [goes_on])
            return Decision("in_effect", f"told as going on: {going.group(0).strip()!r}")
    replaced = _threat_replaced(fc) if levy else None
    if replaced is not None:
        return replaced
    if levy and AVERTED_RE.search(sent.text[max(0, fig.start - 60):fig.start]):
        # "instead of raising it to 30%": called off
        if sent.has("pause_words"):
            return Decision("paused", "a plan called off, with a pause word")
        if _threat_put_off(fc):
            # "granted 90 more days of talks, rather than lifting it to the 35% it had
            # threatened" (rules/status.toml [threat_replaced] deferred)
            return Decision("paused", "a threat set aside in a sentence that puts it off")
        return Decision("proposed", "a plan called off")
    aside = _set_aside(fc) if levy else None
    if aside is not None:
        return aside
    held = status_rules.paused_after_re().match(sent.text, fig.end)
    if held and not any(fig.end < f.start < held.end() for f in figs):
        # "$4 billion of goods, which it suspended in May" (rules/status.toml [paused_after])
        return Decision("paused", f"a relative clause after it pauses it: "
                                  f"{held.group(0).strip()!r}")
    apposed = _appositive_paused(fc) if levy else None
    if apposed:
        # "18 per cent and Bolivia 12 per cent on May 2, rates that are now suspended"
        # (rules/status.toml [paused_after] appositive_reach)
        return Decision("paused", f"a plural noun after it pauses its list: {apposed!r}")
    never = status_rules.not_applied_re().match(sent.text, fig.end) if levy else None
    if never and not any(fig.end < f.start < never.end() for f in figs
                         if f.quantity == fig.quantity):
        # "the 60% announced for May 1, which has not been applied" (rules/status.toml
        # [not_applied])
        return Decision("proposed", f"a clause after it says it was never put on: "
                                    f"{never.group(0).strip()!r}")
    called_off = _counterfactual(fc)
    if called_off is not None:
        return called_off
    if levy and fig.partner is None and old_value_alone(sent.text, fig):
        return Decision("previous", "the old value of a change whose new value is not a figure")
    if levy and conditional(sent.text, fig, sent):
        return Decision("proposed", "a rate that would apply only on a condition")
    later = _superseded_later(sent.text, fig, figs) if levy else None
    if later:
        # "announced a 10% duty, which it then raised to 20%"
        return Decision("previous", f"its sentence tells a later step: {later!r}")
    if levy:
        dropped = status_rules.plan_dropped_re().match(sent.text, fig.end)
        if dropped and not any(fig.end < f.start < dropped.end() for f in figs
                               if f.quantity == fig.quantity):
            # "announced plans to lift it to 40%, only to abandon those plans"
            return Decision("previous", f"a plan dropped later in its sentence: "
                                        f"{dropped.group(0).strip()!r}")
    if levy:
        swapped = status_rules.replaced_after_re().match(sent.text, fig.end,
                                                         clause_bounds(sent.text, fig.start,
                                                                       fig.end)[1])
        if swapped and not any(fig.end <= f.start < swapped.end() for f in figs
                               if f is not fig):
            # "The 30% duty on wine was replaced by a quota" (rules/status.toml
            # [replaced_after])
            return Decision("previous", f"replaced later: {swapped.group(0).strip()!r}")
    pm = PREV_AFTER_RE.match(sent.text[fig.end:fig.end + 80])
    if pm and not any(fig.end <= f.start < fig.end + pm.end() for f in figs if f is not fig):
        pause = _pause_governs(fc) if levy else None
        if pause:
            # "decided to suspend for 90 days the 24% tariff he had set", "shelving the 30% he
            # had threatened": the pause verb governs the rate, the relative clause only says
            # who set it
            return Decision("paused", f"the object of a pause word: {pause!r}")
        held = status_rules.agreed_pause_re().search(
            sent.text, clause_bounds(sent.text, fig.start, fig.end)[0], fig.start) \
            if levy else None
        if held and not THREAT_BEFORE_RE.search(sent.text, held.end(), fig.start) \
                and not any(held.end() <= f.start < fig.start for f in figs
                            if f.quantity == fig.quantity):
            # "agreed to hold off for 90 days on the 30% tariff it had threatened": what was
            # agreed holds the rate off; the relative clause only says who set it
            # (rules/status.toml [pause_status] agree_verbs)
            return Decision("paused", f"held off by what was agreed: {held.group(0)!r}")
        if levy and _threat_dropped(fc, fig.end + pm.end()):
            # "the 100% Lima threatened in May will not be imposed": a threat given up with
            # nothing in its place stays a threat (rules/status.toml [threat_replaced])
            return Decision("proposed", f"a threat told dropped: {pm.group(0).strip()!r}")
        # "the 46% rate Washington had set in April" (not "to 25% from the 24% announced in
        # April": that cue is the 24%'s)
        return Decision("previous", f"told in the past after it: {pm.group(0).strip()!r}")
    if status_quo(sent.text, fig) and SINCE_AFTER_RE.match(sent.text[fig.end:fig.end + 120]) \
            and any(f.start > fig.end and f.quantity == fig.quantity for f in figs):
        # "which have paid 27.5% since April, will fall under the 15%"
        return Decision("previous", "what was paid since a date, before a new value")
    if levy and (fig.partner is None or fig.partner.start > fig.end):
        c_end = clause_bounds(sent.text, fig.start, fig.end)[1]
        change = status_rules.changed_later_re().match(sent.text, fig.end, c_end)
        if change and not any(fig.end < f.start < change.end() for f in figs):
            # "the 25% car tariff will be reduced to 10%": the rate in force now
            return Decision("in_effect", f"the subject of a change to come: "
                                         f"{change.group(0).strip()!r}")
    if levy:
        later_pause = status_rules.paused_later_re().match(sent.text, fig.end)
        if later_pause and not any(fig.end < f.start < later_pause.end()
                                   for f in figs if f.quantity == fig.quantity):
            # "put on a 20% duty, though he says it will be paused for 90 days"
            return Decision("paused", f"paused later in its sentence: "
                                      f"{later_pause.group(0).strip()!r}")
    if levy:
        stays = status_rules.remains_after_re().match(sent.text, fig.end)
        if stays and not any(fig.end < f.start < stays.end() for f in figs):
            # "a 10% duty on all goods, which will remain in place" (rules/status.toml
            # [remains_after])
            return Decision("in_effect", f"a clause after it says it stays: "
                                         f"{stays.group(0).strip()!r}")
    if levy:
        goes_on = status_rules.remains_bare_re().match(sent.text, fig.end)
        if goes_on and not any(fig.end < f.start < goes_on.end() for f in figs):
            # "the 10% duty on all goods remains" (rules/status.toml [remains_bare])
            return Decision("in_effect", f"its subject of a bare verb of staying: "
                                         f"{goes_on.group(0).strip()!r}")
    result = _result_of(fc) if levy else None
    if result is not None:
        got = _status(FigureContext(doc, fc.i, result, figs), measure, metric)
        if got.value not in (None, "previous") and got.evidence != HELD_NOW:
            # (the level brought is no old value; "taking the present 25% to 75%": the base's
            # own adjective tells nothing of the change)
            # "A second 10% levy came into force on Monday, lifting the charge to 30%"
            # (rules/status.toml [result_level])
            return Decision(got.value, f"the level a change of its sentence brings "
                                       f"({got.evidence})")
    step = _plan_step(fc, measure, metric) if levy else None
    if step is not None:
        return step
    best: tuple[int, str] | None = None
    best_text: str | None = None
    best_start = 0
    deal = False  # an agreement named anywhere in the clause ("under an agreement announced")
    c_lo, c_hi = clause_bounds(sent.text, fig.start, fig.end)
    for m in status_cues(sent):
        if m.value == "agreed" and m.start >= fig.end and " ".join(
                sent.text[m.start:m.end].lower().split()) in status_rules.agreed_before_only():
            # "15% under their July deals", a list of rates in force: the plural speaks of
            # a figure only before it (rules/status.toml [agreed_before_only])
            continue
        if m.value == "agreed" and status_rules.concessive_deal_re().search(
                sent.text, max(0, m.start - 30), m.start):
            # "pay 50% on their foreign content, whatever the pact says": a deal named only to
            # be set aside (rules/status.toml [concessive_deal])
            continue
        if m.value == "agreed":
            deal = deal or c_lo <= m.start < c_hi
        if _qualifies_another(sent, m, fig):
            # "cut ... by 47% compared with the current quotas": the adjective is the quotas'
            # (rules/status.toml [attributive_in_force])
            continue
        if m.end <= fig.start:
            d = sent.words_between(m.end, fig.start)
            if m.value == "previous" and (d > 3 or any(
                    m.end <= f.start < fig.start for f in figs if f is not fig)):
                continue
            if PAY_RE.fullmatch(sent.text, m.start, m.end) and any(
                    m.end <= f.start < fig.start for f in figs
                    if f is not fig and f.quantity == fig.quantity):
                # "wines, which currently pay 25%, ... the 12% of the new schedule": "pay" has
                # its own figure (rules/lexicon.toml [status] in_effect "pay")
                continue
            if d <= 8 and (best is None or d < best[0]):
                best, best_text, best_start = (d, m.value), sent.text[m.start:m.end], m.start
        elif m.start >= fig.end and m.value != "previous":
            if m.value == "scheduled" and status_rules.end_after_re().match(sent.text, m.end):
                # "the suspension of the 34% rate, which was set to expire in May": the
                # day something ends, not the rate's start (rules/status.toml [end_not_start])
                continue
            if any(f.quantity == fig.quantity and f.start >= m.end
                   and sent.words_between(m.end, f.start) <= OWN_OBJECT_REACH for f in figs):
                # "keep its duty at 10% and suspend an additional 24%": the cue has a figure
                # of its own (rules/status.toml [own_object])
                continue
            if fig.partner is not None and fig.partner.role == "previous" \
                    and fig.end <= fig.partner.start < m.start \
                    and not sent.text[fig.partner.end:m.start].strip(" "):
                # "19%, down from 25% threatened in July": a cue right after the old value of
                # the figure's change is that old value's own (not "falls to 15%, from 25%,
                # applied from Nov. 1": after a comma it tells the change)
                continue
            d = sent.words_between(fig.end, m.start)
            if d <= 6 and (best is None or d + 1 < best[0]):
                best, best_text, best_start = (d + 1, _future_pause(sent, m)), \
                    sent.text[m.start:m.end], m.start
    if levy and (best is None or best[1] != "previous"):
        delay = _delayed_until(fc, c_lo, c_hi)
        if delay and THREAT_BEFORE_RE.search(sent.text, max(c_lo, fig.start - 25), fig.start):
            # "agreed to delay a threatened 50% tariff until July 9": still only a threat
            # (rules/status.toml [delayed_until])
            return Decision("proposed", f"a threat whose start is delayed: {delay!r}")
        if delay:
            # "postpones the planned 25% duty until 9 July" (rules/status.toml [delayed_until])
            return Decision("scheduled", f"its start delayed to a later day: {delay!r}")
    if levy and best and best[1] in ("agreed", "scheduled"):
        began = _start_passed(fc, c_hi)
        if began:
            # "agreed on a 15% duty, effective May 1", published after May 1 (rules/status.toml
            # [start_passed])
            return Decision("in_effect", f"{best_text!r}, its own start day passed: {began!r}")
    if best and best[1] == "scheduled" and not future_dated(doc, figs) \
            and " ".join((best_text or "").lower().split()) in status_rules.headline_present() \
            and fc.i in (_headline(doc), doc.title_index if doc.title is not None else -1):
        # "Peru's 40% duty on Chilean wine takes effect" as a headline (rules/status.toml
        # [headline_present])
        return Decision("in_effect", f"a headline's present start: {best_text!r}")
    if best and best[1] == "in_effect" and best_start < fig.start \
            and CHANGE_DONE_RE.match(best_text or ""):
        aux = _aux_before(sent.text, best_start, best_text or "", c_lo)
        if aux and aux[0] == "proposed" and aux[1].lower().startswith("would") \
                and _deal_near(fc):
            # "Under the deal, the duties would also be cut to zero": a deal's term in
            # reported speech, agreed (not floated)
            return Decision("agreed", f"a change told with {aux[1]!r} beside a deal")
        if aux:
            # "will be cut to 10%", "could be halved to 15%" ([levied] future, modal): the
            # change word's status is its auxiliary's (a deal near it still decides below)
            best = (best[0], aux[0])
    if best and best[1] in ("proposed", "scheduled") and best_start < fig.start:
        held = [m for m in status_cues(sent) if m.value == "paused" and m.end <= best_start
                and sent.words_between(m.end, best_start) <= status_rules.paused_plan_reach()]
        # (rules/status.toml [paused_plan])
        if held:
            # "suspended the planned 30% duty", "postponed the scheduled rise to 40%"
            return Decision("paused", f"a pause word before {best_text!r}: "
                                      f"{sent.text[held[-1].start:held[-1].end]!r}")
    if best and best[1] == "in_effect" and levy \
            and " ".join((best_text or "").lower().split()) in status_rules.future_cues() \
            and (status_rules.future_aux_re().search(sent.text, max(0, best_start - 40),
                                                      best_start)
                 or status_rules.joined_future_re().search(sent.text, c_lo, best_start)):
        # "will now be subject to Peru's 54% duty": what is to come
        if status_rules.immediate_re().search(sent.text, max(c_lo, best_start - 40), best_start):
            # "said Canada would immediately apply 25% duties": in force at once
            return Decision("in_effect", f"a future auxiliary and 'immediately' before "
                                         f"{best_text!r}")
        return Decision("scheduled", f"a future auxiliary before {best_text!r}")
    own_hi = _own_date_end(fc, c_hi)
    future = [f for f in figs if f.quantity == "date" and str(f.value) > doc.reference.isoformat()
              and c_lo <= f.start < own_hi
              and not status_rules.end_date_re().search(sent.text, max(0, f.start - 40), f.start)
              ] if doc.reference_known and doc.reference is not None else []
    # (not "keeps the rate at 10% until November 10": the day a state ends; nor a date of
    # another clause; rules/status.toml [end_date])
    if levy and best and best[1] in ("scheduled", "in_effect") \
            and _deal_outcome(fc, best_text or "", best_start):
        # "They reached a deal. Lima will reduce its duty from 30% to 10%."
        return Decision("agreed", f"the new value of a change after a deal ({best_text!r})")
    if best and best[1] == "in_effect" and levy and not future \
            and PRESENT_FACE_RE.search(best_text or "") \
            and sum(f.quantity == fig.quantity for f in figs) >= status_rules.lead_ahead().rates:
        ahead = _lead_ahead(fc, c_lo)
        if ahead:
            # "Each partner's rate applies from May 12. Chile faces 22%, Bolivia 14%."
            # (rules/status.toml [lead_ahead])
            return Decision("scheduled", f"{best_text!r} in a list of rates, the lead telling "
                                         f"a start still ahead: {ahead!r}")
    if best and best[1] == "in_effect" and future and levy and (
            PRESENT_FACE_RE.search(best_text or "") or (
                CHANGE_DONE_RE.search(best_text or "") and any(
                    STARTS_ON_RE.search(sent.text[max(0, f.start - 25):f.start])
                    for f in future))):
        # "Brazil faces a 50% tariff from Aug. 1", "raised steel tariffs to 25% ...,
        # effective March 12", said before that day
        return Decision("scheduled", f"{best_text!r} with a date after publication")
    if best and best[1] == "previous" and levy:
        until = status_rules.applies_until_re().match(sent.text, fig.end, c_hi)
        if until and not any(fig.end < f.start < until.end() for f in figs
                             if f.quantity == fig.quantity):
            # "a previous 10% rate will apply until October 5" (rules/status.toml)
            return Decision("in_effect", f"still applies: {until.group(0).strip()!r}")
    if best and best[1] == "agreed":
        took = status_rules.deal_in_force_re().search(sent.text, best_start, c_hi)
        if took:
            # "The 5% duty agreed with Lima took effect on Monday" (rules/status.toml
            # [deal_in_force])
            return Decision("in_effect", f"agreed ({best_text!r}), then told in force: "
                                         f"{took.group(0)!r}")
    if levy and best and best[1] == "agreed":
        paid = _compared_with_paid(fc)
        if paid:
            # "have paid 20% since May, while rivals secured the lower 10% rate": the
            # comparative measures it against a rate paid now (rules/status.toml
            # [compared_in_force])
            return Decision("in_effect", f"agreed ({best_text!r}), compared with a rate told "
                                         f"paid: {paid!r}")
    if best and best[1] == "scheduled" \
            and (best_text or "").lower() in AT_ONCE_STARTS \
            and IMMEDIATE_AFTER_RE.match(sent.text, best_start + len(best_text or "")):
        # "goes up again, to 125%, effective immediately", "raises the levy to 35%, starting
        # today": in force at once (not "would take effect immediately", told of a plan)
        return Decision("in_effect", f"{best_text!r} at once")
    if not levy and best and best[1] == "proposed" and metric in PLEDGE_METRICS \
            and " ".join((best_text or "").lower().split()) in status_rules.pledge_intent() \
            and _article_has_deal(doc):
        # "Under the deal, the EU also intends to buy $750 billion of energy"
        # (rules/status.toml [pledge_intent])
        return Decision("agreed", f"a pledge told with an intent word ({best_text!r}), in an "
                                  f"article about a deal")
    if not levy and best and best[1] == "in_effect" and metric in status_rules.pledge_kept() \
            and _article_has_deal(doc):
        # "Seoul will buy $100 billion of US gas, some 140 trillion won at today's prices",
        # "$20 billion of cash, paid in over ten years" (rules/status.toml [pledge_kept])
        return Decision("agreed", f"a pledge near an in-force word ({best_text!r}), in an "
                                  f"article about a deal")
    if not levy and best and best[1] == "scheduled" \
            and metric in status_rules.pledge_future() and _article_has_deal(doc):
        # "Peru is to buy $12 billion of wine", "its miners will put $4 billion into", in
        # an article about a deal: a promise of the deal, not a step already ordered
        # (rules/status.toml [pledge_future])
        return Decision("agreed", f"a pledge told in the future ({best_text!r}), in an "
                                  f"article about a deal")
    if best and best[1] == "in_effect" and levy:
        removed = _removed(sent, fig, c_lo)
        said = " ".join(removed.lower().split()) if removed else ""
        if said in status_rules.removed_past() \
                and (best_start >= fig.end or (best_start < fig.start and said.endswith(
                    " " + " ".join((best_text or "").lower().split())))):
            # "removed the duties of up to 15% it imposed in March": the in-force word after
            # the figure tells how the levy came, the removal told done before it that it is
            # gone (not "will scrap duties of 15% imposed on ...": still in force; rules/
            # status.toml [removed_rate] past); "stopped charging the extra 15%": the
            # in-force word is the last of the removal's own words
            return Decision("previous", f"a levy taken away: {removed!r} (then {best_text!r})")
    if best and not (best[1] == "scheduled" and deal):
        return Decision(best[1], f"{NEAREST}: {best_text!r}")
    if not levy:
        pledge = metric in PLEDGE_METRICS or (
            metric == "change" and status_rules.pledged_change_re().search(
                sent.text, c_lo, fig.start) is not None
            and not LEVY_RE.search(sent.text, c_lo, fig.start)) \
            or (metric in MARKET_METRICS
                and status_rules.market_access_re().search(sent.text, c_lo, fig.start)
                is not None)
        # (not "tariffs on imports"; "will open its market to $500 million of beef" is one)
        if best is None and pledge and (metric in PLEDGE_METRICS or _article_has_deal(doc)):
            # "Tokyo will invest $550 billion in US projects", a pledge with or without a deal
            # named (rules/status.toml [pledge_alone]); "... increase rice imports by 75%", in
            # an article about the deal
            return Decision("agreed", "a pledge, in an article about a deal")
        carried = _amount_list_status(fc, measure, metric) if best is None else None
        if carried is not None:
            return carried
        worked = _worked_duty(fc, metric) if best is None else None
        if worked is not None:
            return worked
        return Decision(best[1] if best else None, f"the nearest status word: {best_text!r}"
                        if best else "no status word near it")
    carried = _list_status(fc, measure, metric) if best is None else None
    if carried is not None:
        return carried
    removed = _removed(sent, fig, c_lo) if best is None else None
    if removed:
        # "Chile will axe its duties of 12% on onions" (rules/status.toml [removed_rate])
        return Decision("previous", f"a levy taken away: {removed!r}")
    agreed_pause = status_rules.agreed_pause_re().search(sent.text, c_lo, fig.start) \
        if deal and levy else None
    if agreed_pause and not THREAT_BEFORE_RE.search(sent.text, max(c_lo, fig.start - 25),
                                                    fig.start):
        # "agreed by phone to hold off for 90 days the 30% duty": the rate held off is
        # paused, not a deal's term (rules/status.toml [pause_status] agree_verbs)
        return Decision("paused", f"held off by what was agreed: {agreed_pause.group(0)!r}")
    if deal and measure != "baseline":  # no deal sets the baseline everyone pays
        agreed_at = min(m.start for m in status_cues(sent) if m.value == "agreed"
                        and c_lo <= m.start < c_hi)
        took = status_rules.deal_in_force_re().search(sent.text, agreed_at)
        if took:
            # "The accord took effect on Monday, cutting duties to 5%" (rules/status.toml
            # [deal_in_force])
            return Decision("in_effect", f"a deal told in force: {took.group(0)!r}")
        # a rate a deal sets stays agreed until a source says it took effect
        return Decision("agreed", "an agreement named in its clause")
    if best is None and fig.partner is not None and fig.role != "previous" and not future \
            and measure != "baseline" and _deal_near(fc):
        # "Both sides agreed on a set of steps. He said he would then cut the rate from 30%
        # to 20%" (rules/status.toml [deal_outcome])
        return Decision("agreed", "the new value of a change with no status word, a deal "
                                  "named in its sentence, the one before or the headline")
    said = status_rules.announced_change_re().search(sent.text, c_lo, fig.start)
    if said:
        # "China says it is raising its duties to 40%": announced, still to come
        return Decision("scheduled", f"a change announced in the progressive: {said.group(0)!r}")
    levied = _levied(sent, fig, c_lo, c_hi)
    aux = _levied_aux(sent.text, levied, c_lo) if levied else None
    if aux:
        # "we will put a 30% duty", "a 30% duty could be put on rice" ([levied] future, modal)
        return Decision(aux[0], f"a levy verb after an auxiliary: {aux[1]!r}")
    verb = levied.group(0) if levied else None
    if verb:
        # "had placed a 25% levy", "levies of 10% introduced in March"
        if future:
            return Decision("scheduled", f"levied ({verb!r}) from a date after publication")
        return Decision("in_effect", f"a levy verb that tells it in force: {verb!r}")
    if future:
        return Decision("scheduled", "a date after publication in the sentence")
    if best is None:
        as_of = status_rules.as_of_present_re().search(sent.text, c_lo, fig.start)
        if as_of:
            # "which as of March are valued at 20%" (rules/status.toml [as_of_present])
            return Decision("in_effect", f"told in the present as of a day: "
                                         f"{as_of.group(0).strip()!r}")
        timed = _timetable(sent, fig, figs, c_hi)
        if timed:
            # "would slap duties on $2 billion of fruit over the course of 30 days"
            return Decision("scheduled", f"timed by a span of days: {timed!r}")
    if best is None:
        copula = status_rules.present_copula_re().search(sent.text, max(c_lo, fig.start - 40),
                                                         fig.start)
        if copula and LEVY_NOUN_RE.search(sent.text, c_lo, copula.start()) \
                and not MODAL_NEAR_RE.search(sent.text, c_lo, fig.start):
            # "The duty on Chilean wine is 30%" (rules/status.toml [present_copula])
            return Decision("in_effect", f"a levy linked to it by a present copula: "
                                         f"{copula.group(0).strip()!r}")
    if best is None and _own_modal(fc, c_lo) \
            and not status_rules.counterfactual_re().search(sent.text, c_lo, fig.start):
        # "the minister said the duty on wine would be 35%": a rate in the conditional with no
        # status word and no date of its own is floated, not in force
        return Decision("proposed", "a modal before it, no status word, no date")
    if best is None and status_rules.held_now_before_re().search(
            sent.text, max(c_lo, fig.start - 30), fig.start):
        # "double today's 25%", "the present 25% duty" (rules/status.toml
        # [attributive_in_force] right_before)
        return Decision("in_effect", HELD_NOW)
    if best is None:
        asked = status_rules.asks_lawmakers_re().search(sent.text, 0, fig.start)
        if asked:
            # "asks lawmakers to raise duties ..., with levies of up to 40%" (rules/status.toml
            # [asks_lawmakers])
            return Decision("proposed", f"a request to the legislature before it: "
                                        f"{asked.group(0).strip()!r}")
    said = _announced(sent, fig, c_lo)
    if said:
        # "Lima announced duties of 20% on wine" (rules/status.toml [announced_levy])
        if status_rules.immediate_re().search(sent.text, c_lo, fig.start):
            return Decision("in_effect", f"announced ({said!r}) with immediate effect")
        return Decision("scheduled", f"a levy announced: {said!r}")
    if _next_says_due(doc, fc.i):
        # "Washington will impose a 25% levy on ... . The levies are set to start Monday."
        return Decision("scheduled", "the next sentence says when its levies start")
    paused_measures, paused_partners = _paused_levies(doc)
    if measure and measure in paused_measures:
        return Decision("paused", f"the article pauses the {measure} rates")
    on = [c.value for c in sent.countries if fig.end <= c.start < c_hi]
    if on and all(any(p == c and (measure in named if named else measure not in SECTOR_WIDE)
                      for p, named in paused_partners) for c in on):
        # "agreed to pause the duties on Peru ... the decision to impose 25% duties on
        # Peruvian goods" (rules/status.toml [paused_partners])
        return Decision("paused", f"the article pauses the levies on {', '.join(on)}")
    due = _list_line_due(fc) if levy else None
    if due:
        # "Peru's new levies cover cargo landed from May 9. - Wine: 12%."
        # (rules/status.toml [list_line_due])
        return Decision("scheduled", f"a list line under a start still ahead: {due!r}")
    in_force = measure in IN_FORCE_MEASURES
    # "Each partner's rate applies from May 12. Peru gets a further 18%." (rules/status.toml
    # [lead_ahead]); a rate of no in-force measure ("the country rates start on April 9.
    # ... Taiwan 32%") only from a lead whose start is near, else the article's pass reads it
    # in force
    ahead = None if not levy else _lead_ahead(fc, 0) if in_force else _lead_ahead(
        fc, 0, within=status_rules.lead_ahead().near_days)
    if ahead:
        return Decision("scheduled", f"no status word, the lead telling a start still "
                                     f"ahead: {ahead!r}")
    if in_force:
        return Decision("in_effect", f"{measure} rates are in force")
    return Decision(None, "no status word near it")


def _compared_with_paid(fc: FigureContext) -> str | None:
    """The in-force word of a rate a contrast join sets the figure against, when a
    comparative right before the figure measures it by that rate ("Peruvian growers have
    paid 20% since May, while rivals secured the lower 10% rate"): the two rates are paid
    side by side now, the deal word only tells how the second came. None otherwise."""
    sent, fig = fc.sent, fc.fig
    if not status_rules.comparative_before_re().search(sent.text, max(0, fig.start - 30),
                                                       fig.start):
        return None
    joins = list(status_rules.contrast_join_re().finditer(sent.text, 0, fig.start))
    if not joins:
        return None
    at = joins[-1].start()
    paid = [m for m in status_cues(sent) if m.value == "in_effect" and m.end <= at
            and any(f is not fig and f.quantity == fig.quantity and m.end <= f.start < at
                    for f in fc.figs)]
    return sent.text[paid[-1].start:paid[-1].end] if paid else None


def _plan_step(fc: FigureContext, measure: str | None, metric: str) -> Status | None:
    """A later step of a plan ("proposes a 15% duty in 2027 rising to 30% in 2028"): the
    status of the plan's rate before the participle, when that one is proposed, scheduled
    or agreed (rules/status.toml [result_level] step_participles); None otherwise."""
    s, fig = fc.text, fc.fig
    m = status_rules.step_level_re().search(s, max(0, fig.start - 30), fig.start)
    if m is None:
        return None
    before = [f for f in fc.figs if f.quantity == fig.quantity and f.end <= m.start()]
    if not before or CLAUSE_STOP_RE.search(s, before[-1].end, m.start()) \
            or fc.sent.words_between(before[-1].end, m.start()) > status_rules.step_reach():
        return None
    got = _status(FigureContext(fc.doc, fc.i, before[-1], fc.figs), measure, metric)
    if got.value not in ("proposed", "scheduled", "agreed"):
        return None
    return Decision(got.value, f"a later step of a plan ({got.evidence})")


def _list_line_due(fc: FigureContext) -> str | None:
    """The start a list line's rate is due on: its line opens with a bullet, and the line
    (first) or one of the sentences just before it tells levies starting on a day after
    publication (any day, publication date unknown), none telling levies taken effect; a
    start day of the line's own that has passed decides (rules/status.toml
    [list_line_due])."""
    bullet, start, reach = status_rules.list_line_due()
    doc = fc.doc
    if not bullet.match(fc.text):
        return None
    months = calendar_words.month_names()
    for j in range(fc.i, max(-1, fc.i - reach - 1), -1):
        text = doc.sentences[j].text
        if status_rules.took_effect_words_re().search(text):
            return None
        for m in start.finditer(text):
            if j != fc.i and not LEVY_RE.search(text):
                continue
            if not doc.reference_known or doc.reference is None:
                return m.group(0)
            year = int(m.group(3)) if m.group(3) else doc.reference.year
            try:
                day = dt.date(year, months.index(m.group(1).lower()) + 1, int(m.group(2)))
            except ValueError:
                continue
            if day > doc.reference:
                return m.group(0)
            if j == fc.i:
                return None
    return None


def _result_of(fc: FigureContext) -> Figure | None:
    """The rate whose change brings the figure's level, told in a participle clause after it
    (", lifting the charge to 30%"): the last rate before that clause in the sentence
    (rules/status.toml [result_level]); None when there is none."""
    s, fig = fc.text, fc.fig
    m = status_rules.result_level_re().search(s, max(0, fig.start - 120), fig.start)
    if m is None:
        return None
    before = [f for f in fc.figs if f.quantity == fig.quantity and f.end <= m.start()]
    return before[-1] if before else None


def _lead_ahead(fc: FigureContext, lo: int, within: int | None = None) -> str | None:
    """The start day still ahead that the article's lead tells, when the figure's sentence
    follows it closely and says nothing of its own about time: the figure's sentence has no
    date and, from `lo` to the end of the figure's clause, no word of a state already
    holding ("already", "currently"); one of the `reach` sentences before it, within the
    first `lead` sentences, speaks of levies, tells none taken effect and gives a day after
    the known publication date right after a start word ("applies from May 12")
    (rules/status.toml [lead_ahead]). With `within`, only a day at most that many days ahead
    and not the start of a lifting told just before it (a removal's start is no levy's).
    None otherwise."""
    doc, rule = fc.doc, status_rules.lead_ahead()
    if fc.i == 0 or not doc.reference_known or doc.reference is None \
            or any(f.quantity == "date" for f in fc.figs) \
            or rule.holding.search(fc.text, lo, clause_bounds(fc.text, fc.fig.start,
                                                                fc.fig.end)[1]):
        return None
    for j in range(min(fc.i, rule.lead) - 1, max(-1, fc.i - rule.reach - 1), -1):
        prev = doc.sentences[j]
        if not LEVY_RE.search(prev.text) or status_rules.took_effect_words_re().search(prev.text):
            continue
        for f in doc.figures_at(j):
            if f.quantity == "date" and str(f.value) > doc.reference.isoformat() \
                    and rule.starts.search(prev.text, max(0, f.start - 30), f.start) \
                    and (within is None or (dt.date.fromisoformat(str(f.value))
                                            - doc.reference).days <= within
                         and not status_rules.removal_re().search(
                             prev.text, max(0, f.start - 80), f.start)):
                return prev.text[f.start:f.end]
    return None


#: the levy noun at most two words after a rate a removal verb takes away ("lifted its 40%
#: surcharge on coffee"): a surcharge is a levy there too
REMOVED_LEVY_AFTER_RE = skip.regex(r"\s*(?:[\w\-]+\s+){0,2}?"
                                   + cue_words.levy_nouns("levy", "surcharges") + r"\b",
                                   re.IGNORECASE)


def _removed(sent: Sentence, fig: Figure, lo: int) -> str | None:
    """A removal verb at most [removed_rate] reach words before a levy's rate in its clause,
    not negated, a levy noun between them or right after the rate (or none, the verb naming
    the levy: "stopped charging"); None when there is none."""
    s = sent.text
    if LEVEL_BEFORE_RE.search(s, max(lo, fig.start - 12), fig.start):
        return None  # "lifts the rate to 125%": a raise, the figure its new level
    reach = status_rules.removed_rate_reach()
    for m in status_rules.removed_rate_re().finditer(s, lo, fig.start):
        if sent.words_between(m.end(), fig.start) > reach \
                or status_rules.removal_negated_re().search(s, max(lo, m.start() - 30),
                                                            m.start()):
            continue
        if " ".join(m.group(0).lower().split()) in status_rules.removal_names_levy() \
                or LEVY_NOUN_RE.search(s, m.end(), fig.start) \
                or LEVY_NOUN_RE.match(s, fig.end, min(len(s), fig.end + 40)) \
                or REMOVED_LEVY_AFTER_RE.match(s[fig.end:fig.end + 60]):
            return m.group(0)
    return None


def _start_passed(fc: FigureContext, hi: int) -> str | None:
    """The start day told right after a rate in its clause ("effective Aug. 1") when it is on
    or before the known publication date, with no figure of the rate's kind between them
    (rules/status.toml [start_passed]); None otherwise."""
    doc, fig, s = fc.doc, fc.fig, fc.text
    if not doc.reference_known or doc.reference is None:
        return None
    reach = status_rules.start_passed_reach()
    for f in fc.figs:
        if f.quantity != "date" or not fig.end <= f.start < hi \
                or fc.sent.words_between(fig.end, f.start) > reach:
            continue
        if any(fig.end <= g.start < f.start for g in fc.figs if g.quantity == fig.quantity):
            return None
        m = status_rules.start_passed_re().search(s, max(fig.end, f.start - 25), f.start)
        if m and str(f.value) <= doc.reference.isoformat():
            return s[m.start():f.end]
        return None
    return None


def _delayed_until(fc: FigureContext, lo: int, hi: int) -> str | None:
    """A delay word before the rate in its clause and, after it, the day the start is
    delayed to ("until 9 July"), that day after the publication date or that date unknown
    (rules/status.toml [delayed_until]); None otherwise."""
    doc, fig, s = fc.doc, fc.fig, fc.text
    verb_re, until_re = status_rules.delayed_until_re()
    verbs = list(verb_re.finditer(s, lo, fig.start))
    if not verbs:
        return None
    verb = verbs[-1]
    for f in fc.figs:
        if f.quantity != "date" or not fig.end <= f.start < hi \
                or not until_re.search(s, max(fig.end, f.start - 10), f.start):
            continue
        if doc.reference_known and doc.reference is not None \
                and str(f.value) <= doc.reference.isoformat():
            return None
        return f"{verb.group(0)} ... {s[f.start:f.end]}"
    return None


def _until_past(fc: FigureContext) -> bool:
    """Whether the figure's clause tells it holding until a month before the publication's
    (in its year), with no future word in the clause (rules/status.toml [until_past])."""
    doc = fc.doc
    if not doc.reference_known or doc.reference is None:
        return False
    s = fc.text
    lo, hi = clause_bounds(s, fc.fig.start, fc.fig.end)
    m = status_rules.until_month_re().search(s, lo, hi)
    if m is None or status_rules.future_between_re().search(s, lo, hi):
        return False
    return bool(_month_before_publication(fc, m.group(1)))


def _span_closed(fc: FigureContext) -> bool:
    """Whether the figure is told as paid over a span closed by its end, in the simple past:
    a past verb of a state just before it and "until" just after it ("paid 10% until March
    12"), or the sentence opening with "Between" before that verb, no figure of its kind
    between; no future word in the clause, no perfect, present or change word ("to", "by")
    between the verb and the figure, no end after a known publication date (rules/status.toml
    [until_past] closed_*). The simple past needs no publication date, unlike _until_past."""
    s, fig = fc.text, fc.fig
    lo, hi = clause_bounds(s, fig.start, fig.end)
    verb_re, end_re, opener_re = status_rules.span_closed_re()
    verb = verb_re.search(s, max(lo, fig.start - 50), fig.start)
    if verb is None or status_rules.future_between_re().search(s, lo, hi):
        return False
    _span, blocked = status_rules.past_span_re()
    if blocked.search(s, verb.start(), fig.start) or LEVEL_BEFORE_RE.search(s, verb.start(),
                                                                             fig.start):
        return False
    end = end_re.match(s, fig.end, hi)
    if end is not None:
        return not _end_after_publication(fc, end)
    opener = opener_re.match(s)
    return opener is not None and opener.end() <= verb.start() \
        and not _figure_between(fc, opener.end(), fig.start)


def _end_after_publication(fc: FigureContext, end: re.Match[str]) -> bool:
    """Whether the end of a span ("until March 12", "until August") is a day or month after a
    known publication date (a span still running, not closed)."""
    ref = fc.doc.reference if fc.doc.reference_known else None
    if ref is None:
        return False
    if any(f.quantity == "date" and f.start >= end.start("end") and f.start < end.end() + 1
           and str(f.value) > ref.isoformat() for f in fc.figs):
        return True
    name = end.group("end").lower()
    return name in calendar_words.month_names() and _month_before_publication(fc, name) is False \
        and calendar_words.month_names().index(name) + 1 != ref.month


def _normal_rate(fc: FigureContext) -> bool:
    """Whether the rate is named as the normal duty right before or after it ("the normal
    3%", "2.5% most-favoured-nation duty"; rules/status.toml [normal_rate])."""
    before, after = status_rules.normal_rate_re()
    s, fig = fc.text, fc.fig
    return bool(before.search(s, max(0, fig.start - 25), fig.start) or after.match(s, fig.end))


def _past_span(fc: FigureContext) -> bool:
    """Whether a span of the past follows the figure ("30% for most of the year") and no
    perfect or present word stands between the rate of its kind before it (or its clause's
    start) and it (rules/status.toml [now_after] span_*)."""
    s, fig = fc.text, fc.fig
    span, blocked = status_rules.past_span_re()
    if not span.match(s, fig.end):
        return False
    lo = clause_bounds(s, fig.start, fig.end)[0]
    before = [f.end for f in fc.figs if f.quantity == fig.quantity and lo <= f.end <= fig.start]
    return not blocked.search(s, max([lo, *before]), fig.start)


def _pause_stand_in(fc: FigureContext) -> Status | None:
    """The rate a pause of other rates left in their place, told as history ("suspended a
    week later in favour of a 10% baseline", a month before the publication's named in the
    sentence, no perfect or present word before the rate), a pause word before it: it held
    while the pause ran, it is neither paused nor in force now (previous). None otherwise
    (rules/status.toml [pause_stand_in])."""
    s, fig = fc.text, fc.fig
    told = status_rules.pause_stand_in_re().search(s, max(0, fig.start - 60), fig.start)
    if told is None or _figure_between(fc, told.start(), fig.start) \
            or not any(m.value == "paused" and m.end <= told.start()
                       for m in status_cues(fc.sent)):
        return None
    _span, blocked = status_rules.past_span_re()
    if not _past_month_named(fc) or blocked.search(s, 0, fig.start):
        return None
    phrase = " ".join(told.group(0).split())
    return Decision("previous", f"what a pause told in a past month left in place: {phrase!r}")


def _month_before_publication(fc: FigureContext, name: str) -> bool | None:
    """Whether the month `name` comes before the publication's month (in its year); None
    with no known publication date (each caller says what that means for it)."""
    ref = fc.doc.reference if fc.doc.reference_known else None
    if ref is None:
        return None
    return calendar_words.month_names().index(name.lower()) + 1 < ref.month


def _past_month_in(fc: FigureContext, text: str) -> bool:
    """Whether `text` names a month (capitalised) before the publication's month; False
    with no known publication date."""
    months = calendar_words.month_names()
    return any(w[:1].isupper() and w.lower() in months and _month_before_publication(fc, w)
               for w in re.findall(r"[A-Za-z]+", text))


def _past_month_named(fc: FigureContext) -> bool:
    """Whether the figure's sentence names a month before the publication's."""
    return _past_month_in(fc, fc.text)


def _past_month_after(fc: FigureContext) -> bool:
    """Whether the figure's clause names, after the figure, a month before the
    publication's: the month its change was made ("raised to 35% in August")."""
    _, hi = clause_bounds(fc.sent.text, fc.fig.start, fc.fig.end)
    return _past_month_in(fc, fc.sent.text[fc.fig.end:hi])


def _past_state(fc: FigureContext) -> bool:
    """Whether a verb of a state of the past stands right before the figure and a time of
    the past right after it, or a past month opens the sentence before the verb, no figure
    of its kind between ("In April the kingdom was handed 50%"), no perfect or present word
    between the verb and the figure (rules/status.toml [now_after] past_states,
    state_time_leads; the time after the figure as [compared_past] reads it)."""
    s, fig = fc.text, fc.fig
    m = status_rules.compared_past_re()[1].match(s, fig.end)
    opening = status_rules.state_time_opening_re().match(s) if m is None else None
    if m is not None and not (_past_time(fc, m) or (
            m.group("month") and _month_before_publication(fc, m.group("month")) is None)):
        # (with no publication date, the simple past of the verb tells the month after the
        # rate gone, as it does a month opening the sentence: "listed at 47% in April")
        return False
    if m is None and (opening is None or not _opening_month_past(fc, opening)):
        return False
    lo = clause_bounds(s, fig.start, fig.end)[0]
    verb = status_rules.past_state_re().search(s, max(lo, fig.start - 60), fig.start)
    if verb is None or (opening is not None and (verb.start() < opening.end() or _figure_between(
            fc, opening.end(), verb.start()))):
        return False
    _span, blocked = status_rules.past_span_re()
    return not blocked.search(s, max(lo, verb.start() - 25), fig.start)


def _past_state_span(fc: FigureContext) -> bool:
    """Whether a verb of a state of the past stands right before the figure and its clause
    tells a span of the past ("for four months exporters paid only the 10% baseline",
    "paid the 10% baseline through the summer"): the state held over the span and is over;
    no perfect or present word between the verb and the figure (rules/status.toml
    [now_after] state_span_*, past_states)."""
    s, fig = fc.text, fc.fig
    lo, hi = clause_bounds(s, fig.start, fig.end)
    verb = status_rules.past_state_re().search(s, max(lo, fig.start - 60), fig.start)
    if verb is None or not status_rules.state_span_re().search(s, lo, hi):
        return False
    _span, blocked = status_rules.past_span_re()
    return not blocked.search(s, max(lo, verb.start() - 25), fig.start)


def _bare_past_state(fc: FigureContext) -> bool:
    """Whether a verb of a state in the bare simple past stands right before the figure
    ("Australian beef, which paid 10 per cent, now enters free", "pepper carried 20 per
    cent"): what was paid before. Not with an auxiliary right before the verb ("have paid",
    "was paid"), a time told in the clause (a day or month is `_past_state`'s: "In August
    wine faced 30%" told in August is no past), or a perfect, present, "already" or
    condition word between the clause's start and the figure (rules/status.toml
    [now_after] bare_past_states, bare_blocked, span_blocked)."""
    s, fig = fc.text, fc.fig
    lo, hi = clause_bounds(s, fig.start, fig.end)
    verb_re, kept = status_rules.bare_past_state_re()
    verb = verb_re.search(s, max(lo, fig.start - 60), fig.start)
    if verb is None or status_rules.AUX_BEFORE_RE.search(s, max(lo, verb.start() - 20),
                                                         verb.start()):
        return False
    if any(f.quantity == "date" and lo <= f.start < hi for f in fc.figs) \
            or status_rules.compared_past_re()[1].match(s, fig.end) \
            or status_rules.state_time_opening_re().match(s):
        return False
    _span, blocked = status_rules.past_span_re()
    return not (blocked.search(s, lo, fig.start) or kept.search(s, lo, fig.start))


def _opening_month_past(fc: FigureContext, m: re.Match[str]) -> bool:
    """Whether the month that opens the sentence ("In April the kingdom was handed 50%") is
    before the publication's; with no publication date, the simple past of the state verb
    after it tells it gone ([now_after] state_time_leads)."""
    return _month_before_publication(fc, m.group("month")) is not False


def _compared_past(fc: FigureContext, depth: int = 1) -> bool:
    """Whether the rate is compared with, told with a time of the past right after it
    ("compared with 20% on Sunday and 45% in April"; rules/status.toml [compared_past]): a
    comparison word right before it, or the compared rate of its kind before it and its
    time, then a joint ("and"), right before it."""
    s, fig = fc.text, fc.fig
    lead, time = status_rules.compared_past_re()
    m = time.match(s, fig.end)
    if m is None or not _past_time(fc, m):
        return False
    if lead.search(s, max(0, fig.start - 30), fig.start):
        return True
    before = [f for f in fc.figs if f.quantity == fig.quantity and f.end <= fig.start]
    if depth <= 0 or not before:
        return False
    prev = before[-1]
    told = time.match(s, prev.end)
    return bool(told and status_rules.compared_past_joint_re().fullmatch(s, told.end(),
                                                                         fig.start)
                and _compared_past(FigureContext(fc.doc, fc.i, prev, fc.figs), depth - 1))


def _chart_rate(fc: FigureContext) -> bool:
    """Whether a chart of a month tells the figure, right after it ("24 per cent on the April
    chart") or with "at" right before it ("topped the April chart at 50 per cent"), the month
    before the publication's, or any month with no publication date ([chart_rate]): the
    level a chart announced, overtaken since. A chart is a list of levels announced at once,
    so its month is when they were told, not a start still ahead."""
    after, before = status_rules.chart_rate_re()
    m = after.match(fc.text, fc.fig.end) or before.search(fc.text, max(0, fc.fig.start - 80),
                                                          fc.fig.start)
    return m is not None and _month_before_publication(fc, m.group("month")) is not False


def _past_owner(fc: FigureContext) -> bool:
    """Whether a time of the past owns the figure, "former" stands right before it or it is
    the first level of a history told in the past ("started the year at 25%", "began at 10%
    on Feb. 4 and was doubled": [past_owner]); a month's possessive only when it is before
    the publication's month."""
    m = status_rules.past_owner_re().search(fc.text, max(0, fc.fig.start - 60),
                                             fc.fig.start)
    if m is None:
        return False
    return not m.group("month") or _past_time(fc, m)


def _past_time(fc: FigureContext, m: re.Match[str]) -> bool:
    """Whether the time told right after a rate is past: a weekday read as a date before
    publication, a month before the publication's (a known publication date only), or a
    time of [compared_past] past_times."""
    ref = fc.doc.reference if fc.doc.reference_known else None
    if m.group("month"):
        return bool(_month_before_publication(fc, m.group("month")))
    if m.group("weekday"):
        days = [f for f in fc.figs if f.quantity == "date" and m.start() <= f.start < m.end()]
        return bool(days) and (ref is None or str(days[0].value) < ref.isoformat())
    return True


def _colon_list_lead(fc: FigureContext, lead: re.Pattern[str]) -> bool:
    """Whether the figure stands in a list after a colon whose lead (its sentence up to the
    colon) `lead` matches, with no figure of the figure's kind and no future word in it:
    the lead then tells the state of every item after it."""
    s, fig = fc.text, fc.fig
    colon = s.rfind(":", 0, fig.start)
    if colon < 0:
        return False
    if any(f.start < colon and f.quantity == fig.quantity for f in fc.figs):
        return False
    return bool(lead.search(s, 0, colon)) \
        and not status_rules.future_between_re().search(s, 0, colon)


def _removed_list(fc: FigureContext) -> bool:
    """A list whose lead tells levies taken away (rules/status.toml [removed_list])."""
    return _colon_list_lead(fc, status_rules.removed_list_re())


def _levied_list(fc: FigureContext) -> bool:
    """A list whose lead tells the levies in place ("Those imposed under the emergency law:
    ...", rules/status.toml [levied_list]): each rate of the list with no status of its own
    is in force, as the lead says."""
    return _colon_list_lead(fc, status_rules.levied_list_re())


def _until_now(fc: FigureContext) -> bool:
    """Whether "until now" (a time just past) speaks of the figure: its clause's nearest
    rate after the phrase, with no future word in the clause
    (rules/status.toml [until_past] relative). Unlike a month, it needs no publication date."""
    s, fig = fc.text, fc.fig
    lo, hi = clause_bounds(s, fig.start, fig.end)
    if status_rules.future_between_re().search(s, lo, hi):
        return False
    reach = status_rules.until_relative_reach()
    rates = [f for f in fc.figs if f.quantity == fig.quantity and f is not fig]
    return any(m.end() <= fig.start and fc.sent.words_between(m.end(), fig.start) <= reach
               and not any(m.end() <= f.start < fig.start for f in rates)
               for m in status_rules.until_relative_re().finditer(s, lo, hi)) \
        or _before_past_day(fc, lo, rates)


def _before_past_day(fc: FigureContext, lo: int, rates: list[Figure]) -> bool:
    """Whether a day not after publication, "before" right before it, opens the rate's
    clause and a past verb stands between it and the rate, at most [until_past] reach words
    and no other rate between ("Before June 4 the duty was 25%"; rules/status.toml
    [until_past] before_day)."""
    s, fig = fc.text, fc.fig
    before, verb = status_rules.before_day_re()
    ref = fc.doc.reference if fc.doc.reference_known else None
    for d in fc.figs:
        if d.quantity != "date" or not lo <= d.start < fig.start \
                or (ref is not None and str(d.value) > ref.isoformat()):
            continue
        m = before.search(s, max(lo, d.start - 15), d.start)
        if m and not s[lo:m.start()].strip(" ,\"“”'’") \
                and fc.sent.words_between(d.end, fig.start) <= status_rules.until_relative_reach() \
                and verb.search(s, d.end, fig.start) \
                and not any(d.end <= f.start < fig.start for f in rates):
            return True
    return False


def _lead_in_force(fc: FigureContext) -> bool:
    """Whether a sentence of the article's lead before the figure's (rules/status.toml
    [took_effect] lead) tells levies as taken effect ("Peru's duties took effect on Monday")."""
    doc = fc.doc
    return any(status_rules.took_effect_words_re().search(doc.sentences[j].text)
               and LEVY_RE.search(doc.sentences[j].text)
               for j in range(min(fc.i, status_rules.took_effect_lead())))


def _threat_deferred(fc: FigureContext) -> bool:
    """Whether a pluperfect threat stands before the figure in its clause and the article's
    lead (the headline, else the first sentence) tells a pause or a deadline pushed back
    (rules/status.toml [threat_deferred])."""
    lo = clause_bounds(fc.text, fc.fig.start, fc.fig.end)[0]
    if not status_rules.past_threat_re().search(fc.text, lo, fc.fig.start):
        return False
    doc = fc.doc
    lead = {_headline(doc), 0 if doc.sentences else -1}
    return any(status_rules.deferred_lead_re().search(doc.sentences[j].text)
               for j in lead if 0 <= j < len(doc.sentences) and j != fc.i)


def _own_date_end(fc: FigureContext, hi: int) -> int:
    """Where the dates that can be the figure's own end in its clause: before the next figure
    of its kind when a date stands between the figure and that figure ("copper in 50% from
    Aug. 1, lumber in 10% from Oct. 14 and trucks in 25% from Nov. 1": each rate has its own
    start day, and the later days are the later rates'); else the clause's end (rates that
    share one day after them: "25% on steel and 10% on aluminium from March 12")."""
    fig = fc.fig
    later = [f.start for f in fc.figs if f.quantity == fig.quantity and fig.end <= f.start < hi]
    if not later:
        return hi
    nxt = min(later)
    return nxt if any(f.quantity == "date" and fig.end <= f.start < nxt for f in fc.figs) \
        else hi


def future_dated(doc: Doc, figs: tuple[Figure, ...]) -> bool:
    """Whether a date among `figs` lies after a known publication date, or the publication
    date is unknown and they hold a date (its place in time cannot be told)."""
    dates = [f for f in figs if f.quantity == "date"]
    if not doc.reference_known or doc.reference is None:
        return bool(dates)
    return any(str(f.value) > doc.reference.isoformat() for f in dates)


def _paused_levies(doc: Doc) -> tuple[frozenset[str],
                                      frozenset[tuple[str, frozenset[str]]]]:
    """The measures and the partners whose levies the article pauses: a pause word with a
    levy word or a measure near it in its clause (not "a pause on export limits"); the measures of
    its sentence, the countries after it in its clause, before a comma or an exception
    ("except Peru") and at most [paused_partners] `partners` words after it (
    rules/status.toml), each with the measures its sentence names (a
    partner's pause of one measure leaves its other rates alone)."""
    def find(d: Doc) -> tuple[frozenset[str], frozenset[tuple[str, frozenset[str]]]]:
        measures: set[str] = set()
        partners: set[tuple[str, frozenset[str]]] = set()
        firsts = status_rules.paused_partners_firsts()
        after, before, reach = status_rules.paused_partners_reach()
        for sent in d.sentences:
            s = sent.text
            hits = [(m.start, m.end) for m in sent.statuses if m.value == "paused"]
            if firsts is None or sent.may_hold_word(firsts):
                hits += [m.span() for m in status_rules.paused_partners_re().finditer(s)]
            levies = [m.start() for m in LEVY_RE.finditer(s)] \
                + [m.start for m in sent.measures] if hits else []
            for a, b in hits:
                lo, hi = clause_bounds(s, a, b)
                if status_rules.pause_over_re().search(s, max(lo, a - 30), hi):
                    # "the 90-day pause ... is over", "pushed back the day they started"
                    # (rules/status.toml [pause_over])
                    continue
                if status_rules.pause_part_re().search(s, lo, hi):
                    # "a further 24 points of it are suspended": part of one rate, which
                    # gets its own status; the measure's other rates keep theirs
                    # ([paused_partners] part_units)
                    continue
                if not any(lo <= x < hi and (sent.words_between(b, x) <= after if x >= b
                                             else sent.words_between(x, a) <= before)
                           for x in levies):
                    continue
                measures.update(m.value for m in sent.measures)
                comma = s.find(",", b, hi)
                end = comma if comma >= 0 else hi
                stop = status_rules.pause_except_re().search(s, b, end)
                end = stop.start() if stop else end
                named = frozenset(m.value for m in sent.measures)
                partners.update((c.value, named) for c in sent.countries
                                if b <= c.start < end and sent.words_between(b, c.start) <= reach)
        return frozenset(measures), frozenset(partners)

    return memo_of(doc, "status.paused_levies", find)


def _counterfactual(fc: FigureContext) -> Status | None:
    """"The duties would have phased in from May 7 if ...", "would have risen to 40%": a
    plan that did not come, paused when its sentence, the headline or a sentence at most
    [counterfactual] pause_reach before or after it speaks of a pause, else proposed
    (rules/status.toml [counterfactual]); None when not so told."""
    sent, fig, doc = fc.sent, fc.fig, fc.doc
    lo = clause_bounds(sent.text, fig.start, fig.end)[0]
    firsts = status_rules.counterfactual_firsts()  # (none of its first words: no match)
    if firsts is not None and not sent.may_hold_word(firsts):
        return None
    before = [m for m in status_rules.counterfactual_re().finditer(sent.text, lo, fig.start)
              if not _figure_between(fc, m.end(), fig.start)]
    # (not "the pause, which would otherwise have ended on May 9, now runs until May 9,
    # 2026": the counterfactual is the earlier day's)
    if not before and not _counterfactual_after(fc):
        return None
    if sent.has("pause_words") or (doc.title_index is not None
                                   and doc.sentences[doc.title_index].has("pause_words")):
        return Decision("paused", "a plan told in the counterfactual, with a pause word")
    reach = status_rules.counterfactual_pause_reach()
    if any(doc.sentences[j].has("pause_words")
           for j in range(max(0, fc.i - reach), min(len(doc.sentences), fc.i + reach + 1))):
        # "The EU has suspended its counter-tariffs. ... Duties on some goods could have
        # reached 30%" ([counterfactual] pause_reach)
        return Decision("paused", "a plan told in the counterfactual, a pause word in a "
                                  "sentence near it")
    return Decision("proposed", "a plan told in the counterfactual")


def _figure_between(fc: FigureContext, a: int, b: int) -> bool:
    """Whether another figure of the figure's kind starts in [a, b)."""
    return any(a <= f.start < b for f in fc.figs
               if f is not fc.fig and f.quantity == fc.fig.quantity)


def _counterfactual_after(fc: FigureContext) -> bool:
    """Whether the figure is the subject of a counterfactual relative clause right after it
    ("$4 billion of pork that would otherwise have applied"): the plan that did not come is
    the figure's own, as it is when the counterfactual stands before it (not "the 30% rate
    would have hurt more": a main verb tells what the rate would have done, not that it was
    set aside)."""
    sent, fig = fc.sent, fc.fig
    m = status_rules.counterfactual_re().search(sent.text, fig.end)
    # (the relative clause is a clause of its own: the search runs to the sentence's end,
    # with no stop between)
    return m is not None \
        and RELATIVE_BEFORE_RE.search(sent.text, fig.end, m.start()) is not None \
        and not CLAUSE_STOP_RE.search(sent.text, fig.end, m.start()) \
        and sent.words_between(fig.end, m.start()) <= status_rules.counterfactual_after_reach() \
        and not _figure_between(fc, fig.end, m.start())


#: a stop between a figure and a later clause: not that figure's relative clause
CLAUSE_STOP_RE = skip.regex(r"[,;:()]")
#: a stop inside a sentence that closes a list ("; ", ": ")
STOP_RE = skip.regex(r"[;:]\s")
#: a relative pronoun closing the text before a counterfactual ("..., which would have")
RELATIVE_BEFORE_RE = skip.regex(r"\b(?:that|which)\s+$", re.IGNORECASE)


#: what stands right before the day a thing was said: "said on Wednesday"
SAID_ON_RE = skip.regex(r"\bon\s+$", re.IGNORECASE)


def _deal_future(fc: FigureContext, got: Status) -> Status | None:
    """A rate read scheduled from a future word before it ("will pay a 20% tariff", "would
    face"), with no date but the day it was said ("said on Wednesday that ...": "on" and a
    day before the future word) and no
    legal instrument named in its sentence: agreed when a
    deal is named beside it, proposed when told with "would" and no deal is (rules/status.toml
    [deal_future]); None otherwise."""
    if got.value != "scheduled" or not (got.evidence.startswith(NEAREST)
                                         or got.evidence.startswith("a future auxiliary")):
        return None
    s, fig = fc.text, fc.fig
    lo = clause_bounds(s, fig.start, fig.end)[0]
    aux = status_rules.future_told_re().search(s, max(lo, fig.start - 60), fig.start)
    if aux is None or any(f.quantity == "date" and (f.start > aux.start() or not SAID_ON_RE.search(
            s, max(0, f.start - 12), f.start)) for f in fc.figs) \
            or status_rules.order_word_re().search(s):
        return None
    if _deal_near(fc):
        return Decision("agreed", f"told in the future ({aux.group(1)!r}) beside a deal, with "
                                  f"no date or instrument")
    if aux.group(1).lower() == "would":
        return Decision("proposed", "told with 'would', no deal, date or instrument")
    return None


def _deal_ordered(fc: FigureContext) -> Status | None:
    """A rate read agreed whose sentence names the legal instrument carrying the deal out
    ("signed a decree that cuts the duty to 12% from Sept. 1"), the instrument not told as
    still awaited ("no decree has been published") nor denying the rate ("the decree does not
    lower the duty to 12%"), a start day in the sentence after publication (any day in an
    undated text: future_dated): a step of law, due on its start
    (scheduled), unless a start told right after the rate has passed or its clause tells it
    in force (rules/status.toml [deal_order]); None otherwise."""
    s = fc.text
    named = next((m for m in status_rules.deal_order_re().finditer(s)
                  if not any(n.start() <= m.start() < n.end()
                             for n in status_rules.not_instrument_re().finditer(s))
                  and not status_rules.order_awaited_re().search(s, max(0, m.start() - 40),
                                                                 m.start())), None)
    if named is None or (named.end() <= fc.fig.start and status_rules.order_denied_re().search(
            s, named.end(), fc.fig.start)) or not future_dated(fc.doc, fc.figs):
        # (no start told in the sentence: the deal's term keeps its status; an order's rate
        # with no day read due at once would be taken in force by reconciliation)
        return None
    lo, hi = clause_bounds(s, fc.fig.start, fc.fig.end)
    if _start_passed(fc, hi) or status_rules.deal_in_force_re().search(s, lo, hi):
        return None
    return Decision("scheduled", f"a deal's rate, the instrument carrying it out named in its "
                                 f"sentence: {' '.join(named.group(0).split())!r}")


def _own_modal(fc: FigureContext, lo: int) -> bool:
    """Whether a modal a few words before the figure in its clause is the figure's own: not
    one with another figure of its kind between them, nor one whose verb adds something else
    to the figure ("would be added to the 35%"; rules/status.toml [base_of_addition])."""
    s, fig = fc.text, fc.fig
    last = None
    for m in MODAL_NEAR_RE.finditer(s, lo, fig.start):
        last = m
    if last is None:
        return False
    if status_rules.base_of_addition_re().search(s, max(last.start(), fig.start - 40),
                                                 fig.start):
        return False
    return not any(last.start() <= f.start < fig.start for f in fc.figs
                   if f is not fig and f.quantity == fig.quantity)


def _range_plain(fc: FigureContext) -> FigureContext:
    """The figure's context with a range's from/to pair ("which range from 7.5% to 25%";
    rules/status.toml [range_pair]) told as two plain figures, no change; else as given."""
    fig = fc.fig
    if fig.partner is None:
        return fc
    first = fig if fig.role == "previous" else fig.partner
    if not status_rules.range_before_re().search(fc.text, max(0, first.start - 30), first.start):
        return fc
    pair = (fig, fig.partner)
    figs = tuple(dataclasses.replace(f, role=None, partner=None) if any(f is p for p in pair)
                 else f for f in fc.figs)
    return FigureContext(fc.doc, fc.i, figs[[f.start for f in figs].index(fig.start)], figs)


def _appositive_paused(fc: FigureContext) -> str | None:
    """The words of a plural levy noun in apposition that pause the rates before it
    (", rates that are now suspended"), when the figure stands at most [paused_after]
    appositive_reach words before it with no stop between; None otherwise."""
    s, fig = fc.text, fc.fig
    m = status_rules.paused_appositive_re().search(s, fig.end)
    if m is None or STOP_RE.search(s, fig.end, m.start()) \
            or fc.sent.words_between(fig.end, m.start()) > status_rules.paused_appositive_reach():
        return None
    return m.group(0).lstrip(", ")


def _kept_paused(fc: FigureContext) -> str | None:
    """The words that keep a rate in a pause ("keeps the 34% April rate suspended") or tell
    its pause lasting ("announced in April and suspended since"), with no figure of its kind
    between them and the rate (rules/status.toml [kept_paused]); None otherwise."""
    if not _may_keep_paused(fc.sent):
        return None
    s, fig = fc.text, fc.fig
    lo, hi = clause_bounds(s, fig.start, fig.end)
    before, after = status_rules.kept_paused_re()
    keep = before.search(s, max(lo, fig.start - 40), fig.start)
    if keep:
        m = after.match(s, fig.end, hi)
        if m and not _kind_between(fc, m.end()):
            return f"{keep.group(0).strip()} ...{m.group(0)}"
    m = status_rules.paused_since_re().match(s, fig.end, hi)
    if m and not _kind_between(fc, m.end()):
        return m.group(0).strip()
    m = status_rules.paused_subject_re().match(s, fig.end)
    if m and not _kind_between(fc, m.end()):
        # "the rise to 40% that Lima floated for May 1 was put off": the rate is the
        # subject of the pause
        return m.group(0).strip()
    return None


@cache
def _kept_paused_needles() -> needles.Needles | None:
    """The words one of which every answer of _kept_paused holds: a pause word after a
    keeping verb, a lasting pause, or the pause participle of a rate's subject
    ([kept_paused] pause, lasting, subject_pause); None when they cannot be worked out."""
    _before, after = status_rules.kept_paused_re()
    return needles.needles_of_all([after, status_rules.paused_since_re(),
                                   status_rules.paused_subject_re()])


@per_sentence  # (_kept_paused runs at every levy rate; a sentence without a pause word
def _may_keep_paused(sent: Sentence) -> bool:  # is ruled out once for all of them)
    """Whether the sentence may hold a pause word _kept_paused needs (needles.may_hold)."""
    found = _kept_paused_needles()
    return found is None or needles.may_hold(sent.text, found)


def _kind_between(fc: FigureContext, end: int) -> bool:
    """Whether another figure of the figure's kind starts in [its end, end): looked at only
    once a cue has matched (_kept_paused runs at every levy rate, its cues match rarely)."""
    fig = fc.fig
    return any(fig.end <= f.start < end for f in fc.figs
               if f is not fig and f.quantity == fig.quantity)


def _removed_subject(fc: FigureContext) -> str | None:
    """The removal told done whose subject the rate is ("on farm goods are lifted", ",
    which is gone since May 1"; rules/status.toml [removed_rate] subject_*), with no figure
    of its kind between and no day after publication after it in the sentence (a removal
    still to come leaves the levy in force until then); None otherwise."""
    s, fig = fc.text, fc.fig
    m = status_rules.removed_subject_re().match(s, fig.end)
    if m is None or any(fig.end <= f.start < m.end() for f in fc.figs
                        if f is not fig and f.quantity == fig.quantity):
        return None
    ref = fc.doc.reference if fc.doc.reference_known else None
    if ref is not None and any(f.quantity == "date" and f.start >= m.end()
                               and str(f.value) > ref.isoformat() for f in fc.figs):
        return None  # "are lifted from Aug. 1", told before that day
    return m.group(0).strip(" ,")


#: at most how many words a pause word stands before the rate it governs
PAUSE_OBJECT_REACH = 6
#: what ends the phrase of a pause word ("during the spring pause, and sits above the 31%")
PHRASE_BREAK_RE = skip.regex(r"[,;:(]|\band\b|\bbut\b", re.IGNORECASE)


def _pause_governs(fc: FigureContext) -> str | None:
    """A pause word of the figure's clause at most PAUSE_OBJECT_REACH words before it, with
    no rate or amount of its kind between them, or None. A verb that puts a levy off
    ("put off the 30% it had threatened"; rules/status.toml [pause_status] put_off, no
    status cue as it also means to deter) counts as a pause word here: its object is a
    levy."""
    sent, fig = fc.sent, fc.fig
    lo = clause_bounds(sent.text, fig.start, fig.end)[0]
    put_off = [Mention(*m.span(), "paused")
               for m in status_rules.pause_put_off_re().finditer(sent.text, lo, fig.start)]
    for m in reversed(sorted([*status_cues(sent), *put_off], key=lambda c: c.end)):
        if m.end > fig.start or m.start < lo:
            continue
        if m.value != "paused" or sent.words_between(m.end, fig.start) > PAUSE_OBJECT_REACH \
                or PHRASE_BREAK_RE.search(sent.text, m.end, fig.start) \
                or any(m.end <= f.start < fig.start for f in fc.figs
                       if f.quantity == fig.quantity):
            return None
        return sent.text[m.start:m.end]
    return None


def _future_pause(sent: Sentence, m: Mention) -> str:
    """The value of a status cue after a figure; a future auxiliary right before a pause
    word ("New duties on $2 billion of fruit will be put on hold") tells a pause decided,
    not a start (rules/status.toml [future_pause])."""
    if m.value == "scheduled" and any(
            p.value == "paused" and p.start >= m.end
            and status_rules.future_pause_re().match(sent.text, m.start, p.start)
            for p in sent.statuses):
        return "paused"
    return m.value


def _superseded_later(s: str, fig: Figure, figs: tuple[Figure, ...]) -> str | None:
    """The words after a rate that say its sentence moved it on to a later rate ("which he
    then increased to 20%"; rules/status.toml [superseded_later]), or None."""
    later = [f for f in figs if f.quantity == fig.quantity and f.start > fig.end]
    if not later:
        return None
    m = status_rules.superseded_later_re().search(s, fig.end, later[0].start + 1)
    if m is None or m.end() != later[0].start:
        # "paid 120% before the truce cut the rate to 54%": a subject before the change
        m = status_rules.superseded_by_subject_re().search(s, fig.end, later[0].start + 1)
    if m is None or m.end() != later[0].start:
        # "put Peru at 30%, Chile at 26% and Bolivia at 44%, before the truce pushed every
        # rate down to 10%": the change after a list of rates moves each of them on
        m, later = _superseded_list(s, fig, later)
    if m is None or m.end() != later[0].start \
            or status_rules.future_between_re().search(s, 0, later[0].start):
        # ("will stay at 30% before rising to 40%": both still to come or in force)
        return None
    return m.group(0).strip()


def _superseded_list(s: str, fig: Figure, later: list[Figure]
                     ) -> tuple[re.Match[str] | None, list[Figure]]:
    """A later step after a list of rates ("Peru at 30%, Chile at 26% and Bolivia at 44%,
    before the truce pushed every rate down to 10%"): "before", a subject, a change and its
    object right before a later rate, with only the list's rates between the figure and
    "before" and no stop (as `_superseded_later` reads the one rate right before it); the
    match and the rates from the new one on, or (None, later)."""
    for n, new in enumerate(later[1:], 1):
        m = status_rules.superseded_by_subject_re().search(s, later[n - 1].end, new.start + 1)
        if m is not None and m.end() == new.start:
            if LIST_STOP_RE.search(s, fig.end, m.start()):
                return None, later
            return m, later[n:]
    return None, later


#: what ends a list of rates before a later step: a stop, a colon, a semicolon
LIST_STOP_RE = skip.regex(r"[.;:]\s")


def _timetable(sent: Sentence, fig: Figure, figs: tuple[Figure, ...], hi: int) -> str | None:
    """A span of days after the figure in its clause that times its levy, with no other
    figure between them but a converted amount in brackets (rules/status.toml
    [timetable]), or None."""
    m = status_rules.timetable_re().search(sent.text, fig.end, hi)
    if m is None:
        return None
    s = sent.text
    if any(fig.end <= f.start < m.start() and not s[max(0, f.start - 2):f.start].count("(")
           for f in figs):
        return None
    return m.group(0)


def _levied(sent: Sentence, fig: Figure, lo: int, hi: int) -> re.Match[str] | None:
    """A levy verb of rules/status.toml [levied] near the figure in its clause, or None."""
    before, after = status_rules.levied_reach()
    for m in status_rules.levied_re().finditer(sent.text, lo, hi):
        if m.end() <= fig.start and sent.words_between(m.end(), fig.start) <= before:
            return m
        if m.start() >= fig.end and sent.words_between(fig.end, m.start()) <= after:
            return m
    return None


def _levied_aux(s: str, verb: re.Match[str], lo: int) -> tuple[str, str] | None:
    """(status, words) when an auxiliary stands right before the levy verb in its clause:
    a future one, scheduled; a modal one, proposed (rules/status.toml [levied])."""
    return _aux_before(s, verb.start(), verb.group(0), lo)


def _aux_before(s: str, at: int, word: str, lo: int) -> tuple[str, str] | None:
    """(status, words) when an auxiliary stands right before `word` (at `at`) in its clause:
    a modal one ("could be", "is likely to be"), proposed; a future one ("will be", "is to
    be"), scheduled (rules/status.toml [levied])."""
    future, modal = status_rules.levied_aux_re()
    for value, pattern in (("proposed", modal), ("scheduled", future)):
        m = pattern.search(s, max(lo, at - 30), at)
        if m:
            return value, f"{m.group(0).strip()} {word}"
    return None


def _announced(sent: Sentence, fig: Figure, lo: int) -> str | None:
    """An announcing verb at most [announced_levy] reach words before the figure in its
    clause, or None."""
    reach = status_rules.announced_reach()
    for m in status_rules.announced_levy_re().finditer(sent.text, lo, fig.start):
        if sent.words_between(m.end(), fig.start) <= reach:
            return m.group(0)
    return None


def _deal_outcome(fc: FigureContext, cue: str, cue_start: int) -> bool:
    """Whether a rate is the new value of a change that a deal produced: a change (its
    "from X to Y" pair, or a change word as its status word), a deal reached named in its
    sentence, the one before or the headline (the lead), and no date in its sentence
    (rules/status.toml [deal_outcome]); not when the change is told done now or its word
    is a noun ("now pay 15%", "welcomed the cut"; [not_deal_term])."""
    fig, figs = fc.fig, fc.figs
    first = cue.split()[0].lower() if cue.split() else ""
    if first in status_rules.not_deal_now() or (
            cue_start < fig.start and status_rules.not_deal_term_re().search(
                fc.sent.text, max(0, cue_start - 20), cue_start)):
        # ("the 15% level means a cut": a noun after the figure still tells its change)
        return False
    changed = (fig.partner is not None and fig.role != "previous") \
        or " ".join(cue.lower().split()) in status_rules.deal_changes()
    if not changed or any(f.quantity == "date" for f in figs):
        return False
    if _change_told_done(fc.sent.text, fig.start):
        # "Soon afterwards duties on wine were cut to 10%": the change is narrated as made,
        # in force as printed, not only agreed (rules/status.toml [change_done])
        return False
    if _past_month_after(fc) and not any(m.value == "agreed" for m in status_cues(fc.sent)):
        # "Partners with deals get a ceiling. ... duties the department raised to 35% in
        # August": a change dated to a past month, no deal in its own sentence, is a step
        # made, not a term of the deal named before it (rules/status.toml [deal_outcome])
        return False
    return _deal_near(fc)


def _set_aside(fc: FigureContext) -> Status | None:
    """A rate right after "rather than" or "instead of": proposed when a threat word goes
    with it in its clause, else previous (rules/status.toml [rather_than]); None when not so
    told."""
    s, fig = fc.text, fc.fig
    if not status_rules.rather_than_re().search(s, max(0, fig.start - 60), fig.start):
        return None
    hi = _own_clause_end(fc)
    if status_rules.current_after_re().match(s, fig.end):
        # "instead of the 20% they currently pay": still paid (rules/status.toml
        # [current_from])
        return Decision("in_effect", "set aside but told as in force now")
    others = status_rules.rather_others_re().match(s, fig.end, hi)
    if others:
        # "rather than the 50% applied to most other countries": another side's rate now
        # (rules/status.toml [rather_than] others)
        return Decision("in_effect", f"the rate of others set beside it: "
                                     f"{others.group(0).strip()!r}")
    threat = status_rules.rather_threat_re().search(s, fig.end, hi)
    if threat and _threat_put_off(fc):
        # (rules/status.toml [threat_replaced] deferred)
        return Decision("paused", f"a threat set aside and put off: {threat.group(0)!r}")
    if threat:
        return Decision("proposed", f"a threat set aside: {threat.group(0)!r}")
    return Decision("previous", "the rate set aside for another (rather than)")


def _own_clause_end(fc: FigureContext) -> int:
    """Where the words that speak of the figure end: its clause's end, or the next figure
    of its kind before that (whose words are its own)."""
    fig = fc.fig
    hi = clause_bounds(fc.text, fig.start, fig.end)[1]
    return min([f.start for f in fc.figs if f.start > fig.end and f.quantity == fig.quantity]
               + [hi])


def _threat_replaced(fc: FigureContext) -> Status | None:
    """A threatened rate a deal replaced: right after "instead of", "averting", "heading off",
    a threat word after it in its clause, another rate in its sentence before it (the one
    that replaces it) and a deal named near: previous (rules/status.toml [threat_replaced]);
    None when not so told."""
    s, fig = fc.text, fc.fig
    if not status_rules.threat_replaced_before_re().search(s, max(0, fig.start - 60),
                                                           fig.start):
        return None
    hi = _own_clause_end(fc)
    threat = status_rules.threat_word_re().search(s, fig.end, hi)
    if not threat and not status_rules.averting_re().search(s, max(0, fig.start - 60),
                                                            fig.start):
        return None
    if not any(f.quantity == fig.quantity and f.end <= fig.start for f in fc.figs) \
            or not _deal_near(fc):
        return None
    return Decision("previous", f"a threat a deal replaced: "
                                f"{(threat.group(0) if threat else 'averted')!r}")


def _threat_put_off(fc: FigureContext) -> bool:
    """Whether a threat word follows the figure in its clause and its sentence tells the
    threat put off ("90 more days of talks", "an extension"; [threat_replaced] deferred)."""
    s, fig = fc.text, fc.fig
    hi = clause_bounds(s, fig.start, fig.end)[1]
    return bool(status_rules.threat_word_re().search(s, fig.end, hi)
                and status_rules.threat_deferred_re().search(s))


def _threat_dropped(fc: FigureContext, after: int) -> bool:
    """Whether a threat word follows the figure (within `after`) and its clause tells the
    threat given up ("will not be imposed" after it, "will not add the" before it), with no
    other rate of its kind in the sentence to take its place ([threat_replaced] dropped,
    dropped_before)."""
    s, fig = fc.text, fc.fig
    if not status_rules.threat_word_re().search(s, fig.end, after):
        return False
    lo, hi = clause_bounds(s, fig.start, fig.end)
    if not status_rules.threat_dropped_re().search(s, after, max(hi, after)) \
            and not status_rules.threat_dropped_before_re().search(
                s, max(lo, fig.start - 60), fig.start):
        return False
    return not any(f is not fig and f.quantity == fig.quantity for f in fc.figs)


def _deal_near(fc: FigureContext) -> bool:
    """Whether the figure's sentence, the one before or the headline (the lead) names a
    deal (an agreement cue, not one that failed)."""
    doc = fc.doc
    where = {fc.i, fc.i - 1, doc.title_index if doc.title_index is not None else -1,
             _headline(doc)}
    return any(m.value == "agreed" for j in sorted(where) if 0 <= j < len(doc.sentences)
               for m in status_cues(doc.sentences[j]))


def _headline(doc: Doc) -> int:
    """The sentence that holds the article's title (a page may start with its furniture,
    "Skip to main content", before the headline), else -1."""
    from tracker.extract.article_passes import headline_index  # (it imports this module's peers)

    def find(d: Doc) -> int:
        k = headline_index(d.sentences, d.title)
        return -1 if k is None else k

    return memo_of(doc, "status.headline", find)


def _change_told_done(s: str, start: int) -> bool:
    """Whether a figure's sentence narrates its change as a step made after another: a
    sequence word ("soon after", "then") and, as the nearest change before the figure, a
    past passive ("were cut", "has been reduced") with no future auxiliary after it
    (rules/status.toml [change_done])."""
    last = None
    for m in status_rules.change_done_re().finditer(s, 0, start):
        last = m
    return last is not None and status_rules.sequence_re().search(s, 0, start) is not None \
        and not status_rules.future_between_re().search(s, last.end(), start)


def _amount_list_status(fc: FigureContext, measure: str | None, metric: str
                        ) -> Status | None:
    """"can pay a flat $80, $160 or $200 per item": an amount with no status word of its
    own, joined to the amount before it by a comma, "and" or "or" alone, is one more item
    of that list and has its status; None otherwise."""
    fig = fc.fig
    if fig.quantity != "money":
        return None
    before = [f for f in fc.figs if f.end <= fig.start]
    if not before or before[-1].quantity != "money" \
            or not AMOUNT_LIST_JOIN_RE.fullmatch(fc.text, before[-1].end, fig.start):
        return None
    got = status(FigureContext(fc.doc, fc.i, before[-1], fc.figs), measure, metric)
    if got.value is None:
        return None
    return Decision(got.value, f"the status of the list's amount before it ({got.evidence})")


def _worked_duty(fc: FigureContext, metric: str) -> Status | None:
    """"the duty is $30,000", "$20,000 of steel duty": an amount a levy noun names as what
    the levy comes to on one item (parties.levy_valued) has the status of the levy rate it is
    worked from, the last rate before it in its sentence, else in the sentence before; None
    when it is no such amount or that rate has no status, or an old one (rules/status.toml
    [worked_duty])."""
    fig = fc.fig
    if fig.quantity != "money" or metric not in status_rules.worked_duty() \
            or not levy_valued(fc):
        return None
    rates = [FigureContext(fc.doc, fc.i, f, fc.figs) for f in fc.figs
             if f.quantity == "percent" and f.end <= fig.start]
    if not rates and fc.i > 0:
        figs = fc.doc.figures_at(fc.i - 1)
        rates = [FigureContext(fc.doc, fc.i - 1, f, figs) for f in figs
                 if f.quantity == "percent"]
    if not rates or not LEVY_NOUN_RE.search(rates[-1].text):
        return None
    got = status(rates[-1], None, "tariff_rate")
    if got.value is None or got.value == "previous":
        return None
    return Decision(got.value, f"a duty worked out from the rate before it ({got.evidence})")


def _list_status(fc: FigureContext, measure: str | None, metric: str) -> Status | None:
    """"at their current rates: 30% on wine and 10% on cheese": a rate of a list with no
    status word of its own has the status of the list's rate before it (rules/status.toml
    [list_status]); None when it is not in such a list or that rate has no status."""
    fig, s = fc.fig, fc.text
    before = [f for f in fc.figs if f.quantity == fig.quantity and f.end <= fig.start
              and f is not fig.partner]
    if not before or before[-1].role == "previous":
        return None
    prev = before[-1]
    if not status_rules.list_joint_re().fullmatch(s, prev.end, fig.start):
        return None
    got = status(FigureContext(fc.doc, fc.i, prev, fc.figs), measure, metric)
    if got.value is None or (got.value == "in_effect" and _own_start_ahead(fc)):
        # "25% now, 50% from Jan. 1, 2026": a later step with its own start still ahead
        return None
    return Decision(got.value, f"the status of the list's rate before it ({got.evidence})")


def _own_start_ahead(fc: FigureContext) -> bool:
    """Whether a start word and a day after the known publication date follow the figure
    right after it ("50% from Jan. 1, 2026"; [start_passed] starts): the figure's own start,
    still ahead."""
    ref = fc.doc.reference if fc.doc.reference_known else None
    if ref is None:
        return False
    s, fig = fc.text, fc.fig
    return any(f.quantity == "date" and str(f.value) > ref.isoformat() and fig.end <= f.start
               and (m := status_rules.start_passed_re().search(s, fig.end, f.start)) is not None
               and not s[fig.end:m.start()].strip() for f in fc.figs)


def _next_says_due(doc: Doc, i: int) -> bool:
    """Whether the sentence after a levy with no status word of its own only tells when
    levies start ("The duties are set to start on Friday."): it speaks of levies,
    has no rate or amount of its own, and every status word in it is a scheduled one (not
    "That deadline was meant to expire", nor "Farmers will be happy")."""
    if i + 1 >= len(doc.sentences):
        return False
    nxt = doc.sentences[i + 1]
    cues = status_cues(nxt)
    return bool(cues) and all(m.value == "scheduled" for m in cues) \
        and not any(WOULD_CUE_RE.match(nxt.text, m.start) for m in cues) \
        and bool(LEVY_RE.search(nxt.text)) and not RATE_RE.search(nxt.text)


def pause_status(fc: FigureContext) -> Status:
    """A pause's length: in force when the pause is extended ("agreed to extend the truce
    by another 90 days": the extension is decided), else agreed when its clause names a
    deal, else paused when a pause word tells it (rules/status.toml [pause_status])."""
    sent, fig = fc.sent, fc.fig
    lo, hi = clause_bounds(sent.text, fig.start, fig.end)
    ended_before, ended_after = status_rules.pause_ended_re()
    ended = ended_before.search(sent.text, max(lo, fig.start - 40), fig.start) \
        or ended_after.match(sent.text, fig.end, hi)
    if ended:
        # "ending the 30-day reprieve", "the 30-day truce has expired": an old pause's length
        # (rules/status.toml [pause_over] ending)
        return Decision("previous", f"a pause told ended: {ended.group(0).strip()!r}")
    cues = [m for m in status_cues(sent) if lo <= m.start < hi]
    ext = status_rules.pause_extended_re().search(sent.text, lo, hi)
    if ext and ext.start() >= fig.end and CLAUSE_STOP_RE.search(sent.text, fig.end, ext.start()):
        # "Put off for 90 days in July, then for a few more weeks": the extension after a
        # stop is a later pause's, not this length's
        ext = status_rules.pause_extended_re().search(sent.text, lo, fig.start)
    if ext and (any(m.value == "proposed" for m in cues)
                or MODAL_BEFORE_RE.search(sent.text, lo, ext.start())):
        # "he said he would extend the pause by another 90 days": only floated
        return Decision("proposed", f"a pause extension only floated: {ext.group(0)!r}")
    if ext:
        return Decision("in_effect", f"a pause extended: {ext.group(0)!r}")
    running = status_rules.running_pause_re().match(sent.text, fig.end)
    if running and status_rules.pause_started_re().search(sent.text, lo, hi) \
            and not any(m.value in ("scheduled", "proposed") for m in cues):
        # "during the 90-day pause": the pause itself, a measure that runs
        return Decision("in_effect", f"the pause itself: {running.group(0).strip()!r}")
    agreed_pause = status_rules.agreed_pause_re().search(sent.text, lo, fig.start)
    if agreed_pause:
        # "agreed by phone to hold off for 90 days": what was agreed is the pause itself
        # (rules/status.toml [pause_status] agree_verbs)
        return Decision("paused", f"a pause agreed to: {agreed_pause.group(0)!r}")
    if any(m.value == "agreed" for m in cues):
        return Decision("agreed", "a pause its clause says was agreed")
    if not any(m.value == "proposed" for m in cues) and _deal_near(fc):
        # "24 points will be suspended for an initial 90 days", told after the deal that
        # sets it: a term of the deal (not "plans to suspend for six months": a side's own
        # plan; rules/status.toml [pause_status])
        return Decision("agreed", "a pause in a sentence beside a deal")
    if sent.has("pause_words") or any(m.value == "paused" for m in cues):
        return Decision("paused", "a pause told with a pause word")
    put_off = status_rules.pause_put_off_re().search(sent.text, lo, hi)
    if put_off:
        # "the rise to 40% was put off for 60 days": the length of a levy's pause
        return Decision("paused", f"a levy put off: {put_off.group(0)!r}")
    return Decision(None, "no pause word near it")


def _done_in_clause(fc: FigureContext, lo: int) -> re.Match[str] | None:
    """A change told done in the simple past anywhere before the date in its clause
    ("lifted its counter-tariffs on goods that meet the pact's rules from Sept. 1"), the
    clause telling nothing to come; for a text with no publication date (rules/status.toml
    [took_effect] clause_done)."""
    done, blocked = status_rules.clause_done_re()
    hi = clause_bounds(fc.text, fc.fig.start, fc.fig.end)[1]
    m = done.search(fc.text, lo, fc.fig.start)
    return m if m and not blocked.search(fc.text, lo, hi) else None


def _old_rate_day(fc: FigureContext) -> Status | None:
    """The status of the rate whose relative clause tells the day ("the 25% that took effect
    on March 12"), or whose start follows it ("had stood at 25% since March 12", not the old
    value of a change), when that rate is previous: its day went with it. None when no rate
    stands right before such a clause, or the rate is not previous."""
    s, day = fc.text, fc.fig
    rates = [f for f in fc.figs if f.quantity == "percent" and f.end <= day.start]
    if not rates or any(rates[-1].end <= f.start < day.start for f in fc.figs):
        return None
    rate = rates[-1]
    told = status_rules.old_rate_day_re().fullmatch(s, rate.end, day.start)
    if told is None or not fc.doc.reference_known or fc.doc.reference is None \
            or str(day.value) > fc.doc.reference.isoformat():
        return None  # (a day still ahead is no start of a rate gone: "that was due on")
    if told.group("start") and (rate.role == "previous" or status_rules.from_before_re().search(
            s, max(0, rate.start - 20), rate.start)):
        # (not "will pay 10% in place of the 27.5% charged since April 3, once the quota is
        # set up", "down from the 25% charged since April 3": the old value of a change,
        # perhaps still ahead, keeps its start)
        return None
    got = status(FigureContext(fc.doc, fc.i, rate, fc.figs), None, "tariff_rate")
    return got if got.value == "previous" else None


def _gone_rate_day(fc: FigureContext) -> str | None:
    """The removal told done after the rate whose noun phrase holds the day ("the 10% Lima
    slapped on wine on March 10 is gone"): the words of `_removed_subject` for the nearest
    rate before the day, when they run past it; None otherwise."""
    day = fc.fig
    rates = [f for f in fc.figs if f.quantity == "percent" and f.end <= day.start]
    if not rates:
        return None
    gone = _removed_subject(FigureContext(fc.doc, fc.i, rates[-1], fc.figs))
    m = status_rules.removed_subject_re().match(fc.text, rates[-1].end)
    return gone if gone and m is not None and m.end() > day.end else None


def _opening_day(doc: Doc) -> str | None:
    """The day a wire opener at the start of an undated text names ("SURAT, India, Sept. 4
    - "), as an ISO date: the day it was written (the reader's form, tracker/read/opener.py
    `opening_day`, rules/metadata.toml [opener]); None without one. Read once per article."""
    def find(d: Doc) -> str | None:
        got = opening_day([sent.text for sent in d.sentences[:head_sentences()]],
                          d.reference)
        return None if got is None or got.day is None else got.day.isoformat()
    return memo_of(doc, "opening_day", find)


def _latest_told_passed(doc: Doc) -> str | None:
    """The latest day an undated text tells passed: a date written with its day number
    right after a word of a start taken effect ("took effect on", "since", "began on";
    rules/status.toml [took_effect]) or a step done in the simple past ("released on",
    no auxiliary before it; [took_effect] told_done), as an ISO date; None without one (not
    "today", which an undated text reads as a guessed day). Read once per article. The text
    is written after it, so an earlier date of a measure is passed as well, not still
    ahead."""
    def find(d: Doc) -> str | None:
        told, done = status_rules.took_effect_re(), status_rules.told_done_re()

        def passed(s: str, at: int) -> bool:
            if told.search(s, max(0, at - 60), at):
                return True
            verb = done.search(s, max(0, at - 30), at)
            return verb is not None and not status_rules.AUX_BEFORE_RE.search(
                s, max(0, verb.start() - 20), verb.start())
        days = [str(f.value) for j, sent in enumerate(d.sentences) for f in d.figures_at(j)
                if f.quantity == "date" and any(c.isdigit() for c in sent.text[f.start:f.end])
                and passed(sent.text, f.start)]
        return max(days, default=None)
    return memo_of(doc, "latest_told_passed", find)


#: between a date and a retroactive word right after it: "from Nov. 1, backdated", "from
#: March 3, applied retroactively", "from May 5 and made retroactive"
RETROACTIVE_GAP_RE = skip.regex(r",?\s+(?:and\s+)?(?:(?:applied|made|was|is)\s+)?",
                                re.IGNORECASE)


def _retroactive_after(fc: FigureContext) -> re.Match[str] | None:
    """A retroactive word of rules/status.toml [retroactive] right after a date ("the 15%
    rate applies from Nov. 1, backdated, which ..."): the date has passed when the text is
    written, as when the word stands before it ("backdated to Nov. 1"), even with no
    publication date."""
    gap = RETROACTIVE_GAP_RE.match(fc.text, fc.fig.end)
    return status_rules.retroactive_re().match(fc.text, gap.end()) if gap else None


def _old_value_start(fc: FigureContext) -> Status | None:
    """The status of the start of a change's old value, told right after it ("up from the 84
    per cent that has applied since Thursday", "down from the 25 per cent charged since April
    3") where the change's new start is a day named in the same sentence between the new value
    (where the sentence names it) and the old one:
    the old value held from its day until that new start, so its day is in force while the
    new start is ahead ("125 per cent from Saturday, up from ..."), previous once it has come
    ("applies to cars entered on or after Nov. 1, down from ..."). None without such a new
    start (h246-5: "in place of the 27.5% charged since April 3, once the quota is set up"
    keeps its reading). The forms are rules/status.toml [old_rate_day]'s and [current_from]'s.
    """
    s, day = fc.text, fc.fig
    rates = [f for f in fc.figs if f.quantity == "percent" and f.end <= day.start]
    if not rates or any(rates[-1].end <= f.start < day.start for f in fc.figs):
        return None
    rate = rates[-1]
    if status_rules.old_rate_day_re().fullmatch(s, rate.end, day.start) is None:
        return None
    if rate.role != "previous" and not status_rules.from_before_re().search(
            s, max(0, rate.start - 20), rate.start):
        return None  # (the start of a rate that is no change's old value: [old_rate_day])
    after = rate.partner.end if rate.partner is not None and rate.partner.end <= rate.start \
        else 0
    new_starts = [f for f in fc.figs if f.quantity == "date" and after <= f.start
                  and f.end <= rate.start and isinstance(f.value, str) and f.kind != "relative"]
    if not new_starts:
        return None  # (a day before the new value is no start of it: "agreed on Sunday")
    new = new_starts[-1]
    then = date_status(FigureContext(fc.doc, fc.i, new, fc.figs))
    said = s[new.start:new.end]
    if then.value == "scheduled":
        return Decision("in_effect", f"the start of a change's old value, whose new start "
                                     f"{said!r} is ahead")
    if then.value == "in_effect":
        return Decision("previous", f"the start of a change's old value, whose new start "
                                    f"{said!r} has come")
    return None


def date_status(fc: FigureContext) -> Status:
    """A measure's date: the old one of a change is previous; else scheduled when it lies
    after the publication date (or that is unknown), in effect when on or before it."""
    old_start = _old_value_start(fc)
    if old_start is not None:
        return old_start
    never = status_rules.never_applied_re().match(fc.text, fc.fig.end)
    if never:
        # "the 25% threatened for Aug. 1 never applied": a proposal's day ([never_applied])
        return Decision("proposed", f"a start told as never come: {never.group(0).strip()!r}")
    got = status(fc, None, "effective_date")
    if got.value == "previous" and got.evidence.startswith(NEAREST) \
            and status_rules.took_effect_re().search(
                fc.text, clause_bounds(fc.text, fc.fig.start, fc.fig.end)[0], fc.fig.start) \
            and not (fc.doc.reference_known and fc.doc.reference is not None
                     and dt.date.fromisoformat(str(fc.fig.value)) > fc.doc.reference):
        # "The tariff had taken effect two days earlier, on March 4": the day it started,
        # not an old one (rules/status.toml [took_effect])
        return Decision("in_effect", "a start told as taken effect, a time word before it")
    if got.value == "previous" and not (
            got.evidence.startswith(NEAREST)
            and status_rules.earlier_day_re().search(fc.text, max(0, fc.fig.start - 30),
                                                     fc.fig.start)):
        return got
    # ("reached that level earlier, on May 6": a time word of when it happened, no old value;
    # rules/status.toml [took_effect] earlier)
    old = _old_rate_day(fc)
    if old is not None:
        # "from the 25% that took effect on March 12": the start of a rate that is gone
        # (rules/status.toml [old_rate_day])
        return Decision("previous", f"the day of a rate told as gone ({old.evidence})")
    gone = _gone_rate_day(fc)
    if gone:
        # "The 10% Lima slapped on our wine on March 10 is gone": the day of a rate told gone
        # (rules/status.toml [removed_rate] subject_*)
        return Decision("previous", f"the day of a rate told gone: {gone!r}")
    called_off = _counterfactual(fc)
    if called_off is not None:
        return called_off
    if conditional(fc.text, fc.fig, fc.sent):
        # "levies could go up after July 9 if the partner does not comply"
        return Decision("proposed", "a date of a change that would come only on a condition")
    lo_c = clause_bounds(fc.text, fc.fig.start, fc.fig.end)[0]
    before = [m for m in status_cues(fc.sent) if lo_c <= m.start and m.end <= fc.fig.start
              and m.value != "scheduled"]
    if before and before[-1].value == "proposed":
        # "threatened to raise the duty to 35%, effective July 1": a threat's date (the
        # scheduled words between only tell when the threat would bite; rules/status.toml
        # [threat_date])
        if status_rules.threat_past_re().search(fc.text, max(0, before[-1].start - 15),
                                                before[-1].start):
            # "averting the 30% rate he had threatened from August 1": a threat overtaken
            return Decision("previous", f"a date of a threat told as past: "
                                        f"{fc.text[before[-1].start:before[-1].end]!r}")
        return Decision("proposed", f"a date after a threat word: "
                                    f"{fc.text[before[-1].start:before[-1].end]!r}")
    doc = fc.doc
    if fc.text[fc.fig.start:fc.fig.end].strip().lower() == "today":
        # the day the text is written: as a date on the publication day
        return Decision("in_effect", "a measure's date told as today")
    lo, _hi = clause_bounds(fc.text, fc.fig.start, fc.fig.end)
    ended = status_rules.ended_plan_re().search(fc.text, lo, fc.fig.start)
    if ended:
        # "The extension was due to expire on October 29" (rules/status.toml [ended_plan])
        return Decision("previous", f"an end told as a past plan: {ended.group(0).strip()!r}")
    if set_for_day(fc.text, fc.fig):
        now = doc.reference.isoformat() if doc.reference_known and doc.reference is not None \
            else _opening_day(doc)
        if now is not None and str(fc.fig.value) < now:
            # "the increase Washington announced for Aug. 1 was put off", told in September:
            # a start only announced, its day gone, a plan overtaken as [past_plan]'s are
            return Decision("previous", f"a start told as announced for a day before {now}")
    plan = status_rules.past_plan_re().search(fc.text, lo, fc.fig.start) \
        or status_rules.past_plan_for_re().search(fc.text, max(lo, fc.fig.start - 40),
                                                  fc.fig.start)
    if plan and not (doc.reference_known and doc.reference is not None
                     and dt.date.fromisoformat(str(fc.fig.value)) > doc.reference):
        # "That deadline was meant to expire on Thursday": a plan told in the past, overtaken
        return Decision("previous", f"a plan told in the past: {plan.group(0).strip()!r}")
    back = status_rules.retroactive_re().search(fc.text, max(lo, fc.fig.start - 120),
                                                fc.fig.start) or _retroactive_after(fc)
    if back:
        # "will apply retroactively from Aug. 1": a date already passed
        return Decision("in_effect", f"applied back to it: {back.group(0)!r}")
    if not doc.reference_known or doc.reference is None:
        took = status_rules.took_effect_re().search(fc.text, lo, fc.fig.start) \
            or status_rules.done_after_date_re().match(fc.text, fc.fig.end) \
            or status_rules.when_done_re().match(fc.text, fc.fig.end) \
            or SAME_DAY_START_RE.match(fc.text, fc.fig.end) \
            or _done_in_clause(fc, lo)  # "..., and applied from that date"; "lifted ... from"
        if took:
            # "the duties took effect Monday": the text says the day has come
            # (rules/status.toml [took_effect])
            return Decision("in_effect", f"told as taken effect: {took.group(0).strip()!r}")
        passed = _latest_told_passed(doc)
        if passed is not None and str(fc.fig.value) < passed and got.value != "scheduled" \
                and not FUTURE_RE.search(fc.text, lo, _hi):
            # "... have paid 35% since Aug. 1" elsewhere in an undated text: a day before one
            # it tells passed has passed too (no future word of its own clause: "will",
            # "would", "plans", "expected", "next")
            return Decision("in_effect", f"a measure's date before {passed}, a day the text "
                                         f"tells passed")
        opened = _opening_day(doc)
        if opened is not None and str(fc.fig.value) <= opened:
            # "SURAT, India, Sept. 4 - ... a 25% rate from Aug. 7": written on its opener's
            # day, after this one (rules/metadata.toml [opener])
            return Decision("in_effect", f"a measure's date on or before the text's opening "
                                         f"day, {opened}")
        return Decision("scheduled", "a measure's date, publication date unknown")
    if dt.date.fromisoformat(str(fc.fig.value)) > doc.reference:
        return Decision("scheduled", "a measure's date after publication")
    return Decision("in_effect", "a measure's date on or before publication")
