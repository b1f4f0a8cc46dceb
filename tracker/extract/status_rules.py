"""The word lists of rules/status.toml as regexes, and that file's examples as checks.

The status and measure steps (status.py, measure.py, article_passes.py) read these; they
live in one place so that each list is compiled once and each example runs as its own test.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any, NamedTuple

from tracker import rules
from tracker.extract import calendar_words, cue_words, needles, skip

#: the sections of rules/status.toml, in file order
SECTIONS = ("announced_change", "pause_status", "covered_amount", "shared_authority",
            "future_of_present", "list_status", "worked_duty", "treaty_name", "treaty_rules",
            "since_deal", "removal_dates", "chart_rate",
            "other_measure",
            "levied", "deal_outcome", "change_done", "same_rate", "superseded_later",
            "reported_future", "past_plan", "earlier_estimate", "paused_later", "plan_dropped",
            "retaliation_aimed", "changed_later",
            "retroactive", "comparison_cue", "cue_in_name", "pledged_change",
            "running_pause", "deal_in_force", "future_pause", "remains_after",
            "negated_change", "market_access", "applies_until", "result_future",
            "stated_intent", "counterfactual", "announced_levy", "now_present",
            "current_old_value", "breadth_word", "remains_bare", "took_effect",
            "paused_partners", "timetable", "threat_deferred",
            "intent_cue", "past_start", "paused_plan", "pause_cue", "headline_present",
            "agree_cue", "perfect_present", "pledge_cue", "as_of_present",
            "more_cues", "replaced_after", "until_past", "threat_date", "never_applied",
            "present_copula", "removed_rate", "start_passed", "delayed_until",
            "left_unchanged", "goes_on", "own_object", "rather_than", "paused_after",
            "not_deal_term", "as_planned", "kept_paused", "pledge_intent", "range_pair",
            "base_of_addition", "end_date", "pause_over", "deal_future", "deal_order", "offer_of",
            "ended_plan", "current_from", "unmarked_levy", "threat_replaced",
            "change_from_verbs", "agreed_before_only", "pledge_alone", "list_line_due",
            "lead_ahead", "result_level", "pledge_kept", "trailing_start",
            "outside_deal", "pledge_future", "done_from_weekday", "concessive_deal",
            "pay_own_object", "end_not_start", "done_after_date", "next_due_would",
            "not_applied", "now_after", "compared_past", "modal_result", "past_owner",
            "asks_lawmakers", "attributive_in_force", "pluperfect_levy",
            "removed_list", "old_rate_day", "colon_whole", "answered_levy", "normal_rate",
            "opening_day", "pause_stand_in", "compared_in_force", "threshold_gone",
            "modal_still", "levied_list")


def _section(name: str) -> dict[str, Any]:
    return rules.load("status").get(name, {})


def _alternation(words: list[str]) -> str:
    """Phrases longest first, any run of spaces between their words."""
    ordered = sorted({w.lower() for w in words}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in ordered)


@cache
def _words_re(section: str, key: str) -> re.Pattern[str]:
    """Any phrase of one list of rules/status.toml, as whole words."""
    return skip.regex(rf"\b(?:{_alternation(_section(section)[key])})\b", re.IGNORECASE)


@cache
def announced_change_re() -> re.Pattern[str]:
    """"is raising", "’s cutting": a change announced in the progressive."""
    r = _section("announced_change")
    be = _alternation([b for b in r["be"] if b[0].isalpha()])
    clitic = "|".join(re.escape(b) for b in r["be"] if not b[0].isalpha())
    return skip.regex(rf"(?:\b(?:{be})\s+|(?:{clitic})\s+)(?:\w+\s+)?"
                      rf"(?:{_alternation(r['verbs'])})\b", re.IGNORECASE)


@cache
def pause_extended_re() -> re.Pattern[str]:
    """The words that tell a pause extended ("another 90 days", "extended the truce")."""
    return _words_re("pause_status", "extended")


@cache
def pause_put_off_re() -> re.Pattern[str]:
    """The verbs that put a levy off, out of the pause word lists because they also make
    no pause of a status ("was put off for 90 days", "has been held off"; [pause_status]
    put_off)."""
    return _words_re("pause_status", "put_off")


@cache
def agreed_pause_re() -> re.Pattern[str]:
    """An agreeing verb, at most [pause_status] agree_reach words, then "to" and a pausing
    verb ("agreed by phone to hold off"): what was agreed is a pause."""
    r = _section("pause_status")
    return skip.regex(rf"\b(?:{_alternation(r['agree_verbs'])})\b"
                      rf"(?:\s+[\w'’\-]+){{0,{int(r['agree_reach'])}}}?\s+to\s+"
                      rf"(?:{_alternation(r['agree_pauses'])})\b", re.IGNORECASE)


@cache
def covered_before_re() -> re.Pattern[str]:
    """What stands right before an amount that a levy covers: "on about", "valued at"."""
    r = _section("covered_amount")
    return skip.regex(rf"\b(?:{_alternation(r['before'] + r['levy_verbs'])})\s+"
                      rf"(?:(?:{_alternation(r['hedges'])})\s+)?$", re.IGNORECASE)


@cache
def covered_verb_before_re() -> re.Pattern[str]:
    """A verb that tells a levy's reach by itself right before an amount ("taxing about",
    "covered nearly", "applied to"): [covered_amount] levy_verbs and a hedge."""
    r = _section("covered_amount")
    return skip.regex(rf"\b(?:{_alternation(r['levy_verbs'])})\s+"
                      rf"(?:(?:{_alternation(r['hedges'])})\s+)?$", re.IGNORECASE)


@cache
def covered_after_re() -> re.Pattern[str]:
    """What stands right after it: "worth of", "in counter-tariffs" (a converted amount in
    brackets may come first: "C$30 billion ($21 billion) worth of")."""
    after = _alternation(_section("covered_amount")["after"])
    return skip.regex(rf"\s*(?:\([^()]{{0,40}}\)\s*)?(?:{after})\b", re.IGNORECASE)


@cache
def shared_authority_re() -> re.Pattern[str]:
    """The names of a legal authority several measures share."""
    return skip.regex(rf"^(?:{_alternation(_section('shared_authority')['names'])})$",
                      re.IGNORECASE)


@cache
def future_aux_re() -> re.Pattern[str]:
    """A future auxiliary right before an in-force word: "will now be", "shall"."""
    r = _section("future_of_present")
    return skip.regex(rf"\b(?:{_alternation(r['auxiliaries'])})\s+"
                      rf"(?:(?:{_alternation(r['between'])})\s+){{0,2}}$", re.IGNORECASE)


@cache
def joined_future_re() -> re.Pattern[str]:
    """A future auxiliary, then a verb phrase and a joint right before an in-force word:
    "will start on Monday and (apply)" (rules/status.toml [future_of_present] joints)."""
    r = _section("future_of_present")
    return skip.regex(rf"\b(?:{_alternation(r['auxiliaries'])})\s+[^;]{{1,{int(r['reach'])}}}?"
                      rf"\s(?:{_alternation(r['joints'])})\s+$", re.IGNORECASE)


@cache
def future_cues() -> frozenset[str]:
    """The in-force words a future auxiliary turns into scheduled ones."""
    return frozenset(w.lower() for w in _section("future_of_present")["cues"])


@cache
def list_joint_re() -> re.Pattern[str]:
    """The stretch from one rate of a list to the next: "on wine and ", ", ", " tariff on
    cars and a ", " for sofas and to " (the levels of a change told in parallel), " from 2027
    and " (the steps of a phased levy), " reciprocal
    rate plus a " (one word may qualify the levy noun), " emergency tariff today, " (a time
    word of the present closing the first rate's phrase, the next rate right after its
    comma: not "pays 25% now, the 12% level"), ", Chile's " (the next partner's rate of an
    elided list: "Peru still pays 30%, Chile's 19%"), " and Bolivia " (the same partner named
    bare: "Peru now pays 20%, Chile 39% and Bolivia 25%"; [list_status] name_*)."""
    section = _section("list_status")
    joints = _alternation(section["joints"])
    preps = _alternation(section["preps"])
    times = _alternation(section["times"])
    # (the noun may be "baseline": "had paid the 10% baseline and Vietnamese robusta 20%")
    levy = rf"(?:{cue_words.levy_nouns('levy', 'rate')}|baseline)"
    return skip.regex(rf"(?:(?:\s+[\w\-]+)?\s+{levy})?\s+(?:{times})\s*,\s*$|"
                      rf"(?:(?:\s+[\w\-]+)?\s+{levy})?"
                      rf"(?:\s+(?:{preps})\s+[^,;:%$€£¥()]{{0,60}}?)?\s*"
                      rf"(?:{joints})\s+(?:(?:an?|the|up to|about|some|to|by)\s+"
                      rf"|(?-i:[A-Z])[\w.\-]*['’]s\s+|{_bare_partner(section)})?$",
                      re.IGNORECASE)


def _bare_partner(section: dict) -> str:
    """The next partner of an elided list named bare, right before its rate ("Bolivia ",
    "South Korea ", "Chile and Bolivia at "): capitalised words, perhaps joined, perhaps
    followed by a linking word ([list_status] name_words, name_joints, name_links). The
    capital is matched case-sensitively: the list regex itself ignores case."""
    name = r"(?-i:[A-Z])[\w.\-]*"
    words = rf"{name}(?:\s+{name}){{0,{int(section['name_words']) - 1}}}"
    joints = _alternation(section["name_joints"])
    links = _alternation(section["name_links"])
    # the goods an origin adjective names ("Indonesian cinnamon and nutmeg ", "Guatemalan
    # cardamom the "): lowercase words, perhaps joined, then perhaps "the" ([list_status]
    # goods_words)
    goods = rf"(?:\s+(?-i:[a-z])[\w\-]*){{1,{int(section['goods_words'])}}}"
    named_goods = rf"{name}{goods}(?:\s+(?:{joints}){goods})?\s+(?:the\s+)?"
    return rf"(?:{words}(?:\s+(?:{joints})\s+{words})?\s+(?:(?:{links})\s+)?|{named_goods})"


@cache
def worked_duty() -> frozenset[str]:
    """The amount metrics a duty worked out on one item is read under (rules/status.toml
    [worked_duty] metrics); what makes an amount a levy's own value is parties.levy_valued's
    ([imposer_cues] levy_value_verbs, the one list of such verbs)."""
    return frozenset(_section("worked_duty")["metrics"])


@cache
def treaty_before_re() -> re.Pattern[str]:
    """A capitalised name right before a treaty word: "Peru-Chile-Ecuador", "Andean Trade"."""
    return skip.regex(r"[A-Z][\w.]*(?:-[A-Z][\w.]*)+\s+(?:(?:Free\s+)?Trade\s+)?$"
                      r"|\b[A-Z][\w.]+\s+(?:Free\s+)?Trade\s+$")


@cache
def treaty_rules_re() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a verb of qualifying, perhaps "under" or "with", a determiner and at most three words
    at the end of the text before an agreement word: "that meet the North American trade ";
    "'s rules" or "rules" right after it) ([treaty_rules] verbs, after)."""
    r = _section("treaty_rules")
    before = skip.regex(rf"\b(?:{_alternation(r['verbs'])})\s+(?:(?:under|with)\s+)?"
                        r"(?:the|its|their|a)\s+(?:[\w\-]+\s+){0,3}$", re.IGNORECASE)
    after = skip.regex(rf"(?:{_alternation(r['after'])})\b", re.IGNORECASE)
    return before, after


@cache
def since_deal_re() -> re.Pattern[str]:
    """"since the European Union's ", "since the summer ": a time from which, a determiner or
    a name's possessive and at most four words at the end of the text before an agreement
    word ([since_deal] before)."""
    return skip.regex(rf"\b(?:{_alternation(_section('since_deal')['before'])})\s+"
                      r"(?:(?:the|its|their|a|this|that|last)\s+)?(?:[\w.'’\-]+\s+){0,4}$",
                      re.IGNORECASE)


@cache
def treaty_words() -> frozenset[str]:
    return frozenset(_section("treaty_name")["words"])


@cache
def removal_re() -> re.Pattern[str]:
    """Words that lift levies ("lift", "scrap", "roll back")."""
    return _words_re("removal_dates", "words")


@cache
def other_measure_re() -> re.Pattern[str]:
    """Words that name another levy right before a measure's name ("in addition to other")."""
    return skip.regex(rf"\b(?:{_alternation(_section('other_measure')['before'])})\s+"
                      r"(?:[\w\-]+\s+){0,3}$", re.IGNORECASE)


@cache
def levied_re() -> re.Pattern[str]:
    """Levy verbs that tell a rate in force ("had placed", "introduced", "keeping")."""
    return _words_re("levied", "words")


@cache
def levied_aux_re() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A future and a modal auxiliary, each matched right before a levy verb ("will |put",
    "could be |slapped"; rules/status.toml [levied])."""
    r = _section("levied")
    return tuple(skip.regex(rf"\b(?:{_alternation(r[k])})\s+$", re.IGNORECASE)
                 for k in ("future", "modal"))  # type: ignore[return-value]


def levied_reach() -> tuple[int, int]:
    r = _section("levied")
    return int(r["reach_before"]), int(r["reach_after"])


@cache
def deal_changes() -> frozenset[str]:
    """Change words whose figure, after a deal, is the deal's outcome."""
    return frozenset(" ".join(w.lower().split()) for w in _section("deal_outcome")["changes"])


@cache
def change_done_re() -> re.Pattern[str]:
    """A change told as made in the past passive: "were cut", "has been quickly reduced"."""
    r = _section("change_done")
    return skip.regex(rf"\b(?:{_alternation(r['aux'])})\s+(?:\w+ly\s+)?"
                      rf"(?:{_alternation(r['verbs'])})\b", re.IGNORECASE)


@cache
def sequence_re() -> re.Pattern[str]:
    """A word that narrates a step after an earlier one: "soon after", "then"."""
    return _words_re("change_done", "sequence")


@cache
def levied_list_re() -> re.Pattern[str]:
    """A levy noun (or "those") and a participle that tells the levies in place ("Those
    imposed under the emergency law", "three heavy levies in place"; rules/status.toml
    [levied_list])."""
    r = _section("levied_list")
    levy = cue_words.levy_nouns("levy")
    return skip.regex(rf"\b(?:{levy}|{_alternation(r['heads'])})\s+"
                      rf"(?:{_alternation(r['participles'])})\b", re.IGNORECASE)


@cache
def future_between_re() -> re.Pattern[str]:
    """A future auxiliary: after a past passive it tells a change still to come."""
    return _words_re("change_done", "future")


@cache
def same_rate_carried() -> frozenset[str]:
    """Statuses one mention of a rate may take from another."""
    return frozenset(_section("same_rate")["carried"])


@cache
def superseded_later_re() -> re.Pattern[str]:
    """After a rate: a later step to a new rate ("which it then raised to 25%", "and then
    to 104%"), the new rate's digits right after "to"."""
    r = _section("superseded_later")
    return skip.regex(rf"\b(?:{_alternation(r['adverbs'])})\s+"
                      rf"(?:(?:{_alternation(r['changes'])})\s+(?:(?:it|them|that|this)\s+)?)?"
                      r"(?:to|at)\s+(?:an?\s+|the\s+)?(?=\d)", re.IGNORECASE)


@cache
def superseded_by_subject_re() -> re.Pattern[str]:
    """After a rate: "before", a short subject, a change told done and its object, then
    "to" and the new rate's digits ("before the truce cut the rate to 54%"; [superseded_later]
    subject_after, subject_changes, subject_reach, objects)."""
    r = _section("superseded_later")
    return skip.regex(rf"\b(?:{_alternation(r['subject_after'])})\s+"
                      rf"(?:[\w'’\-]+\s+){{1,{int(r['subject_reach'])}}}?"
                      rf"(?:{_alternation(r['subject_changes'])})\s+"
                      rf"(?:{_alternation(r['objects'])}|the\s+(?:[\w\-]+\s+)?"
                      rf"{cue_words.levy_nouns('levy', 'rates', 'charges')})\s+"
                      rf"(?:(?:{_alternation(r['particles'])})\s+)?"
                      r"to\s+(?:an?\s+|the\s+)?(?=\d)", re.IGNORECASE)


@cache
def colon_whole_list_re() -> re.Pattern[str]:
    """The text from a colon to a part of the total before it: list words only, no stop
    but commas, no verb of a clause of its own ([colon_whole] parts_joined: "the 25%
    sectoral duty imposed in April plus the normal")."""
    r = _section("colon_whole")
    stops = "".join(re.escape(c) for c in r["stops"])
    return skip.regex(rf"[^{stops}]*$", re.IGNORECASE)


def colon_whole_reach() -> int:
    """At most how many words stand between a total and the colon of its parts."""
    return int(_section("colon_whole")["reach"])


@cache
def reported_future_re() -> re.Pattern[str]:
    """Scheduled cues of reported speech ("would take effect")."""
    words = _section("reported_future")["scheduled"]
    return skip.regex(rf"\b(?:{_alternation(words)})\b", re.IGNORECASE)


@cache
def reported_future_firsts() -> frozenset[str] | None:
    """first_words of reported_future_re's phrases ("would")."""
    return first_words(_section("reported_future")["scheduled"])


@cache
def past_plan_re() -> re.Pattern[str]:
    """A plan told in the past before a date: "was due to expire on", "were set to start"."""
    r = _section("past_plan")
    return skip.regex(rf"\b(?:{_alternation(r['past'])})\s+(?:\w+\s+)?"
                      rf"(?:{_alternation(r['plans'])})\s+to\b(?:\s+[\w’'\-:.]+){{0,6}}?\s*"
                      r"(?:on|from|by|until|at)?\s*$", re.IGNORECASE)


@cache
def past_plan_for_re() -> re.Pattern[str]:
    """A plan for a day told in the past, right before the date: "first promised for", "was
    first announced for" ([past_plan] past, then for_plans and "for")."""
    r = _section("past_plan")
    return skip.regex(rf"\b(?:{_alternation(r['past'])})\s+(?:first\s+)?"
                      rf"(?:{_alternation(r['for_plans'])})\s+for\s+$", re.IGNORECASE)


@cache
def earlier_estimate_re() -> re.Pattern[str]:
    """"had warned", "had estimated": a firm's tariff bill estimated earlier, told in the
    past perfect, since revised ([earlier_estimate])."""
    r = _section("earlier_estimate")
    return skip.regex(rf"\b(?:{_alternation(r['auxiliary'])})\s+"
                      rf"(?:{_alternation(r['verbs'])})\b", re.IGNORECASE)


@cache
def paused_later_re() -> re.Pattern[str]:
    """A contrast that goes on to pause the levy just named: "..., but he then paused
    them", "though it was later suspended" (matched from the figure's end)."""
    r = _section("paused_later")
    return needles.regex(rf"[^.;:%]{{0,120}}?\b(?:{_alternation(r['contrast'])})\b"
                         rf"(?:\s+[\w’'\-]+){{0,8}}?\s+(?:{_alternation(r['pause'])})"
                         rf"(?:\s+(?:{_alternation(r['objects'])})\b|\s+(?:for|until)\b)",
                         re.IGNORECASE)


@cache
def plan_dropped_re() -> re.Pattern[str]:
    """A contrast that goes on to drop the plan just told: "..., only to abandon those
    plans", "but then shelved it" (rules/status.toml [plan_dropped], matched from the
    figure's end)."""
    r = _section("plan_dropped")
    return needles.regex(rf"[^.;:%]{{0,80}}?\b(?:{_alternation(r['contrast'])})\b"
                         rf"(?:\s+[\w’'\-]+){{0,2}}?\s+(?:{_alternation(r['verbs'])})"
                         rf"\s+(?:{_alternation(r['objects'])})\b", re.IGNORECASE)


@cache
def changed_later_re() -> re.Pattern[str]:
    """A rate as the subject of a change still to come, matched from the figure's end:
    "the 25% car tariff will be reduced to 10%", "the 30% duty is to be removed"."""
    r = _section("changed_later")
    return needles.regex(rf",?(?:\s+[\w’'\-]+){{0,7}}?,?\s+(?:{_alternation(r['aux'])})\s+"
                         rf"(?:{_alternation(r['verbs'])})\b", re.IGNORECASE)


@cache
def retroactive_re() -> re.Pattern[str]:
    """What tells a measure applied back to a date: "retroactively from", "backdated to"."""
    return _words_re("retroactive", "words")


@cache
def comparison_before_re() -> re.Pattern[str]:
    """What makes a plan word a comparison, matched right before it: "more than (planned)"."""
    words = _section("comparison_cue")["before"]
    return skip.regex(rf"\b(?:{_alternation(words)})\s+$", re.IGNORECASE)


@cache
def cue_in_name() -> tuple[re.Pattern[str], frozenset[str] | None]:
    """Fixed noun phrases that hold a status word ("the suggested retail price"), as whole
    words, and their first words (a sentence with none of them holds none): a status word
    inside one names a thing, not a status ([cue_in_name])."""
    names = _section("cue_in_name")["names"]
    return _words_re("cue_in_name", "names"), first_words(names)


@cache
def pledged_change_re() -> re.Pattern[str]:
    """What a pledged change is about: a partner's imports or purchases."""
    return _words_re("pledged_change", "goods")


@cache
def running_pause_re() -> re.Pattern[str]:
    """A length written as the adjective of a pause noun, matched from the figure's end:
    "(90)-day pause", "(60)-day grace period"."""
    r = _section("running_pause")
    return skip.regex(rf"[\s\-]*(?:(?:{_alternation(r['units'])})\s+)?"
                      rf"(?:{_alternation(r['nouns'])})\b", re.IGNORECASE)


@cache
def pause_started_re() -> re.Pattern[str]:
    """Words that tell a pause already running: "during", "given", "last month"."""
    return _words_re("running_pause", "started")


@cache
def deal_in_force_re() -> re.Pattern[str]:
    """What tells a deal in force: "came into force", "took effect" (rules/status.toml)."""
    return _words_re("deal_in_force", "words")


@cache
def future_pause_re() -> re.Pattern[str]:
    """A future auxiliary that ends right before a pause word ("will be | put on hold"),
    matched at the auxiliary's start."""
    return skip.regex(rf"(?:{_alternation(_section('future_pause')['aux'])})\s+(?:put\s+)?$",
                      re.IGNORECASE)


@cache
def remains_after_re() -> re.Pattern[str]:
    """A relative clause after a rate that says it stays: ", which will remain in place",
    matched from the figure's end."""
    verbs = _alternation(_section("remains_after")["verbs"])
    return skip.regex(rf"[^.;,]{{0,60}},\s*(?:which|that)\s+(?:[\w’'\-]+\s+)?(?:{verbs})\b",
                      re.IGNORECASE)


@cache
def negated_change_re() -> re.Pattern[str]:
    """A change verb told as not made, matched before an old value: "does not reduce duties
    on cars from" (the verbs: the [change_cues] of rules/claims.toml)."""
    verbs = _alternation([*cue_words.words("change_cues", "rises"),
                          *cue_words.words("change_cues", "falls")])
    neg = _alternation(_section("negated_change")["negations"])
    return skip.regex(rf"\b(?:{neg})\s+(?:\w+\s+)?(?:{verbs})\b(?:\s+[\w'’.\-]+){{0,6}}?"
                      r"\s+from\s+(?:the\s+)?$", re.IGNORECASE)


@cache
def market_access_re() -> re.Pattern[str]:
    """A market opened to goods: "will open its market to" (rules/status.toml)."""
    return _words_re("market_access", "words")


@cache
def applies_until_re() -> re.Pattern[str]:
    """An old rate still applying until a date, matched from the figure's end: "... rate
    will apply until October 5"."""
    verbs = _alternation(_section("applies_until")["verbs"])
    return skip.regex(rf"[^.;]{{0,40}}?\b(?:will\s+|would\s+|shall\s+)?(?:{verbs})\s+until\b",
                      re.IGNORECASE)


_EXTRA_CUES = (("result_future", "scheduled"), ("stated_intent", "proposed"),
               ("now_present", "in_effect"), ("intent_cue", "proposed"),
               ("past_start", "in_effect"), ("pause_cue", "paused"), ("agree_cue", "agreed"),
               ("perfect_present", "in_effect"), ("pledge_cue", "agreed"),
               *(("more_cues", k) for k in ("proposed", "scheduled", "paused", "agreed",
                                            "in_effect", "previous")),
               ("pluperfect_levy", "previous"))


@cache
def extra_cues() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Cue phrases of rules/status.toml beyond the lexicon's, with their status: "will
    result in" (scheduled, [result_future]), "we're going to" (proposed, [stated_intent]),
    "now total" (in effect, [now_present]), "intends to" (proposed, [intent_cue]),
    "kicked in" (in effect, [past_start]), "suspends" (paused, [pause_cue]), "agrees to"
    (agreed, [agree_cue]), "has faced" (in effect, [perfect_present]), "committed to buy"
    (agreed, [pledge_cue]), and [more_cues] of every status."""
    return tuple((_cue_regex(name, key), key) for name, key in _EXTRA_CUES)


def _cue_regex(name: str, key: str) -> re.Pattern[str]:
    """The phrases of one cue list as whole words; a section's `not_before` words may not
    follow them ([pluperfect_levy]: "had set" a rate, not "had set to begin")."""
    sec = _section(name)
    ahead = rf"(?!\s+(?:{_alternation(sec['not_before'])})\b)" if "not_before" in sec else ""
    return skip.regex(rf"(?<![\w’'])(?:{_alternation(sec[key])})\b{ahead}", re.IGNORECASE)


def first_words(phrases: list[str]) -> frozenset[str] | None:
    """The first word (lower-cased \\w run) of each phrase: a match of the phrases, as
    whole words, starts with one of them as a whole word, so a sentence with none of them
    among its words holds none (Sentence.may_hold_word); None when a phrase does not
    begin with a word character (no such test)."""
    firsts = [re.match(r"\w+", p.lower()) for p in phrases]
    if not firsts or any(m is None or m.start() for m in firsts):
        return None
    return frozenset(m.group() for m in firsts if m is not None)


@cache
def extra_cue_firsts() -> tuple[frozenset[str] | None, ...]:
    """first_words of each extra_cues() pattern, in its order: a sentence with none of
    them is not scanned for that pattern (each starts with a lookbehind, so the regex
    engine tries it at every character)."""
    return tuple(first_words(_section(name)[key]) for name, key in _EXTRA_CUES)


@cache
def extra_cue_index() -> tuple[frozenset[str], dict[str, tuple[int, ...]]] | None:
    """The first words of every extra_cues() pattern, and for each word the patterns (their
    indexes) it begins: a sentence's words then name the patterns to try with one set
    intersection, not one test per pattern. None when a pattern has no first words or
    one is not ASCII (those go through Sentence.may_hold_word one by one)."""
    firsts = extra_cue_firsts()
    if any(f is None or not all(w.isascii() for w in f) for f in firsts):
        return None
    by_word: dict[str, list[int]] = {}
    for i, f in enumerate(firsts):
        for w in f or ():
            by_word.setdefault(w, []).append(i)
    return frozenset(by_word), {w: tuple(ix) for w, ix in by_word.items()}


@cache
def counterfactual_re() -> re.Pattern[str]:
    """The counterfactual: "would have", "could have" (rules/status.toml)."""
    return _words_re("counterfactual", "words")


@cache
def counterfactual_after_reach() -> int:
    """At most how many words a figure stands before the counterfactual it is the subject of
    ([counterfactual] after_reach: "$4 billion of pork that would otherwise have applied")."""
    return int(_section("counterfactual")["after_reach"])


@cache
def counterfactual_pause_reach() -> int:
    """How many sentences before or after a counterfactual's own a pause word may stand and
    still tell the plan put on hold ([counterfactual] pause_reach)."""
    return int(_section("counterfactual")["pause_reach"])


@cache
def counterfactual_firsts() -> frozenset[str] | None:
    """first_words of counterfactual_re's phrases ("would", "could", "might")."""
    return first_words(_section("counterfactual")["words"])


@cache
def announced_levy_re() -> re.Pattern[str]:
    """A levy announced or approved: "announced", "unveiled" (rules/status.toml)."""
    return _words_re("announced_levy", "verbs")


@cache
def announced_reach() -> int:
    """How many words an announcing verb may stand before the figure."""
    return int(_section("announced_levy")["reach"])


@cache
def immediate_re() -> re.Pattern[str]:
    """"immediate", "with immediate effect": a levy in force at once."""
    return _words_re("announced_levy", "immediate")


@cache
def current_old_value_re() -> re.Pattern[str]:
    """The adjective that tells an old value still in force, right before it: "the
    prevailing", "the current" (rules/status.toml [current_old_value])."""
    words = _alternation(_section("current_old_value")["words"])
    return skip.regex(rf"\b(?:{words})\s+(?:rate\s+of\s+)?$", re.IGNORECASE)


@cache
def left_unchanged_re() -> re.Pattern[str]:
    """A negated verb of change right before a rate, at most [left_unchanged] reach words
    between: "does not change the", "won't affect its" (rules/status.toml)."""
    neg = _alternation(_section("negated_change")["negations"])
    r = _section("left_unchanged")
    return skip.regex(rf"\b(?:{neg})\s+(?:\w+\s+)?(?:{_alternation(r['verbs'])})\b"
                      rf"(?:\s+[\w'’\-]+){{0,{int(r['reach'])}}}?\s+$", re.IGNORECASE)


@cache
def goes_on_re() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a verb of going on right before a rate: "will continue to pay", searched before it;
    the same after its noun phrase: "... continues to apply", matched from its end;
    rules/status.toml [goes_on])."""
    r = _section("goes_on")
    reach = int(r["reach"])
    return (skip.regex(rf"\b(?:{_alternation(r['before'])})\s+(?:[\w\-]+\s+){{0,{reach}}}?$",
                       re.IGNORECASE),
            needles.regex(rf"(?:\s+[\w’'\-]+){{0,5}}?\s+(?:{_alternation(r['after'])})\b",
                          re.IGNORECASE))


@cache
def current_after_re() -> re.Pattern[str]:
    """The word that tells an old value still in force, right after it: "(the 25%) they
    currently pay", "(20%) currently" (rules/status.toml [current_old_value] `after`)."""
    r = _section("current_old_value")
    return skip.regex(rf"\s+(?:(?:[a-z’'\-]+\s+){{0,{int(r['after_reach'])}}}?"
                      rf"(?:{_alternation(r['after'])})\b"
                      rf"|(?:{_alternation(r['bare_after'])})(?=\s*[,;:.)]|\s*$))",
                      re.IGNORECASE)


@cache
def breadth_word_re() -> re.Pattern[str]:
    """A word that says a levy covers all goods, not its measure: "across-the-board",
    "blanket" (rules/status.toml [breadth_word]), matched at a measure name's start."""
    return skip.regex(rf"(?:{_alternation(_section('breadth_word')['words'])})\b",
                      re.IGNORECASE)


@cache
def remains_bare_re() -> re.Pattern[str]:
    """A rate's noun phrase then a bare "remains" ("the 10% duty on all goods remains"),
    matched from the figure's end (rules/status.toml [remains_bare])."""
    r = _section("remains_bare")
    return needles.regex(rf"(?:\s+[\w’'\-]+){{0,5}}?\s+(?:{_alternation(r['verbs'])})\b"
                         rf"(?!\s+(?:{_alternation(r['not_after'])})\b)", re.IGNORECASE)


@cache
def earlier_day_re() -> re.Pattern[str]:
    """A time word of the past right before a day ("earlier, on", "earlier in the month, on";
    [took_effect] earlier), matched at the end of the text before it."""
    words = _alternation(_section("took_effect")["earlier"])
    return skip.regex(rf"\b(?:{words}),?\s+(?:on\s+)?$", re.IGNORECASE)


@cache
def took_effect_re() -> re.Pattern[str]:
    """A measure told as having taken effect, then at most [took_effect] reach words
    (matched right before a date): "took effect on", "went into effect last", and the
    simple-past starts and changes of [took_effect] date_words ("began on", "fell to 10% on")."""
    r = _section("took_effect")
    reach = int(r["reach"])
    words = _alternation(r["words"] + r["date_words"])
    return skip.regex(rf"\b(?:{words})\b(?:\s+[\w,.:%’'\-]+){{0,{reach}}}?\s*$",
                      re.IGNORECASE)  # (":" for a clock time: "at 12:01 a.m. on"; "%": "to 10%")


@cache
def told_done_re() -> re.Pattern[str]:
    """([took_effect] told_done) a verb of a step done in the simple past at the end of the
    text before a date ("released on ")."""
    return skip.regex(rf"\b(?:{_alternation(_section('took_effect')['told_done'])})\s+$",
                      re.IGNORECASE)


@cache
def when_done_re() -> re.Pattern[str]:
    """Right after a date: a "when" clause that tells a start done ([took_effect]
    when_leads, when_reach, words): "from May 9, when the new rates took effect"."""
    r = _section("took_effect")
    return skip.regex(rf"\s*,?\s*(?:{_alternation(r['when_leads'])})\s+"
                      rf"(?:[\w'’\-]+\s+){{0,{int(r['when_reach'])}}}?"
                      rf"(?:{_alternation(r['words'])})\b", re.IGNORECASE)


@cache
def clause_done_re() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A change told done in the simple past, not after "to" ([took_effect] clause_done),
    and the words that make its clause speak of what is to come (clause_blocked)."""
    r = _section("took_effect")
    done = skip.regex(rf"(?<!\bto\s)\b(?:{_alternation(r['clause_done'])})\b", re.IGNORECASE)
    blocked = skip.regex(rf"(?:\b|(?<=\w))(?:{_alternation(r['clause_blocked'])})\b",
                         re.IGNORECASE)
    return done, blocked


@cache
def paused_partners_re() -> re.Pattern[str]:
    """A word that pauses levies ("pause", "postponed", "put on hold": [paused_partners])."""
    return _words_re("paused_partners", "words")


@cache
def paused_partners_firsts() -> frozenset[str] | None:
    """first_words of paused_partners_re's phrases."""
    return first_words(_section("paused_partners")["words"])


@cache
def paused_partners_reach() -> tuple[int, int, int]:
    """How many words a levy word may stand after / before a pause word, and a paused
    partner after it."""
    r = _section("paused_partners")
    return int(r["after"]), int(r["before"]), int(r["partners"])


@cache
def pause_part_re() -> re.Pattern[str]:
    """A number of points in a pause's clause ("a further 24 percentage points ... are
    suspended"): the pause holds back that part of a rate, not the measure's other rates."""
    units = _alternation(_section("paused_partners")["part_units"])
    return skip.regex(rf"\b\d+(?:\.\d+)?\s+(?:{units})\b", re.IGNORECASE)


@cache
def pause_except_re() -> re.Pattern[str]:
    """An exception after a pause word: the partners after it are not paused."""
    return _words_re("paused_partners", "except")


@cache
def timetable_re() -> re.Pattern[str]:
    """A span of days that times a levy: "over the course of 30 days", "for 30 days"
    (rules/status.toml [timetable])."""
    r = _section("timetable")
    pause = cue_words.group("pause_nouns", "named_before")
    return skip.regex(rf"\b(?:{_alternation(r['before'])})\s+(?:the\s+)?(?:next\s+)?"
                      rf"(?:\d+|{_alternation(r['numbers'])})[\s\-]+(?:{_alternation(r['units'])})\b"
                      r"(?!-long\b)"  # ("after a month-long reprieve": a length, not a timing)
                      rf"(?!\s+{pause}\b)",  # ("after the 90-day reprieve": the pause's length)
                      re.IGNORECASE)


@cache
def past_threat_re() -> re.Pattern[str]:
    """A threat told in the pluperfect: "had threatened" (rules/status.toml [threat_deferred])."""
    return _words_re("threat_deferred", "threats")


@cache
def deferred_lead_re() -> re.Pattern[str]:
    """A pause or a deadline pushed back, in an article's lead ([threat_deferred])."""
    return _words_re("threat_deferred", "lead")


@cache
def paused_plan_reach() -> int:
    """How many words may stand between a pause word and the plan word it pauses."""
    return int(_section("paused_plan")["reach"])


@cache
def headline_present() -> frozenset[str]:
    """Present start words a headline tells in force (rules/status.toml [headline_present])."""
    return frozenset(" ".join(w.lower().split()) for w in _section("headline_present")["words"])


@cache
def as_of_present_re() -> re.Pattern[str]:
    """"as of March are valued at": a rate told in the present as of a day, matched before
    the figure (rules/status.toml [as_of_present])."""
    r = _section("as_of_present")
    return skip.regex(rf"\bas\s+of(?:\s+[\w.,’'\-]+){{1,{int(r['reach'])}}}?\s+"
                      rf"(?:{_alternation(r['verbs'])})\s+(?:\w+\s+){{0,2}}$", re.IGNORECASE)


@cache
def took_effect_words_re() -> re.Pattern[str]:
    """The words alone of [took_effect] ("took effect", "went into effect")."""
    return _words_re("took_effect", "words")


def took_effect_lead() -> int:
    """How many first sentences of an article are its lead for [took_effect]."""
    return int(_section("took_effect")["lead"])


@cache
def replaced_after_re() -> re.Pattern[str]:
    """After a rate: at most [replaced_after] reach words, then "was replaced", "gave way to"
    (matched from the figure's end)."""
    r = _section("replaced_after")
    return needles.regex(rf"(?:\s+[\w’'\-]+){{0,{int(r['reach'])}}}?\s+"
                         rf"(?:{_alternation(r['words'])})\b", re.IGNORECASE)


@cache
def list_line_due() -> tuple[re.Pattern[str], re.Pattern[str], int]:
    """A line that opens with a bullet; a start word and the day after it (groups: month,
    day, year); how many sentences before the line are read (rules/status.toml
    [list_line_due])."""
    from tracker.extract import calendar_words

    r = _section("list_line_due")
    bullets = "|".join(re.escape(b) for b in r["bullets"])
    months = "|".join(calendar_words.month_names())
    return (re.compile(rf"^\s*(?:{bullets})\s"),
            skip.regex(rf"\b(?:{_alternation(r['starts'])})\s+(?:on\s+)?({months})\s+"
                       rf"(\d{{1,2}})\b(?:,?\s+(\d{{4}}))?", re.IGNORECASE),
            int(r["reach"]))


@cache
def result_level_re() -> re.Pattern[str]:
    """A participle clause ending right before the level it brings a levy to: ", doubling
    the duty on most goods to " (rules/status.toml [result_level])."""
    r = _section("result_level")
    return skip.regex(rf",\s*(?:{_alternation(r['participles'])})\b[^,;:]{{0,80}}?\bto\s+"
                      rf"(?:(?:{_alternation(r['before_level'])})\s+)?$", re.IGNORECASE)


@cache
def step_level_re() -> re.Pattern[str]:
    """An intransitive participle and "to" ending right before a later level of a plan
    ("rising to "; rules/status.toml [result_level] step_participles)."""
    r = _section("result_level")
    return skip.regex(rf"\b(?:{_alternation(r['step_participles'])})\s+to\s+$", re.IGNORECASE)


def step_reach() -> int:
    """At most how many words stand between a plan's rate and its later step's participle."""
    return int(_section("result_level")["step_reach"])


@cache
def pledge_kept() -> frozenset[str]:
    """Metrics of pledges an in-force word does not put in force in an article about a deal
    (rules/status.toml [pledge_kept])."""
    return frozenset(_section("pledge_kept")["metrics"])


class LeadAhead(NamedTuple):
    """rules/status.toml [lead_ahead]: start words ending right before a day; words of a
    state already holding; sentences read before the figure's; the lead's length; rates a
    sentence needs to be a list."""

    starts: re.Pattern[str]
    holding: re.Pattern[str]
    reach: int
    lead: int
    rates: int
    #: for a rate of no in-force measure, how many days ahead the lead's start may be
    near_days: int


@cache
def lead_ahead() -> LeadAhead:
    """The rules of a start still ahead told by an article's lead (rules/status.toml
    [lead_ahead])."""
    r = _section("lead_ahead")
    return LeadAhead(skip.regex(rf"\b(?:{_alternation(r['starts'])})\s+(?:on\s+)?"
                                r"(?:[\w.:]+\s+){0,3}?$", re.IGNORECASE),
                     _words_re("lead_ahead", "holding"), int(r["reach"]), int(r["lead"]),
                     int(r["list_rates"]), int(r["near_days"]))


@cache
def until_month_re() -> re.Pattern[str]:
    """"until May", "till March 3": a holding told up to a month (rules/status.toml
    [until_past]); group 1 is the month's name."""
    from tracker.extract import calendar_words

    months = "|".join(calendar_words.month_names())
    return skip.regex(rf"\b(?:{_alternation(_section('until_past')['words'])})\s+({months})\b",
                      re.IGNORECASE)


@cache
def until_relative_re() -> re.Pattern[str]:
    """"until" and a time just past ("until now", "till yesterday"; rules/status.toml
    [until_past] relative)."""
    sec = _section("until_past")
    return skip.regex(rf"\b(?:(?:{_alternation(sec['words'])})\s+"
                      rf"(?:{_alternation(sec['relative'])})"
                      rf"|{_alternation(sec['before_that'])})\b", re.IGNORECASE)


@cache
def before_day_re() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """([until_past] before_day, before_day_verbs) "before" at the end of the text before a
    day ("Before June 4", "prior to"), and a past verb between that day and a rate ("the
    duty was")."""
    sec = _section("until_past")
    return (skip.regex(rf"\b(?:{_alternation(sec['before_day'])})\s+(?:on\s+)?$",
                       re.IGNORECASE),
            _words_re("until_past", "before_day_verbs"))


@cache
def span_closed_re() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """([until_past] closed_verbs, closed_ends, closed_openers) a verb of a state in the simple
    past at most `closed_reach` words before the end of the text ("paid the "); the end of a
    span at most `closed_reach` words after a figure, matched at its end (" baseline until
    August", group `end` the word after the end word); a span's opener at a sentence's start
    ("Between ")."""
    sec = _section("until_past")
    reach = int(sec["closed_reach"])
    verb = skip.regex(rf"\b(?:{_alternation(sec['closed_verbs'])})\s+(?:[\w\-]+\s+)"
                      rf"{{0,{reach}}}$", re.IGNORECASE)
    end = skip.regex(rf"(?:\s+[\w\-]+){{0,{reach}}}?\s+(?:{_alternation(sec['closed_ends'])})"
                     rf"\s+(?P<end>[A-Za-z]+)", re.IGNORECASE)
    opener = skip.regex(rf"[\s\-•*]*(?:{_alternation(sec['closed_openers'])})\s",
                        re.IGNORECASE)
    return verb, end, opener


@cache
def until_relative_reach() -> int:
    """Words at most between "until now" and the rate it speaks of."""
    return int(_section("until_past")["reach"])


@cache
def present_copula_re() -> re.Pattern[str]:
    """A present copula right before a figure ("is 30%", "stands at about 15%"; rules/status.toml
    [present_copula])."""
    r = _section("present_copula")
    return skip.regex(rf"\b(?:{_alternation(r['copulas'])})\s+"
                      rf"(?:(?:{_alternation(r['hedges'])})\s+)?$", re.IGNORECASE)


@cache
def removed_rate_re() -> re.Pattern[str]:
    """A removal verb ("axe", "scrapped", "do away with", "stopped charging"; rules/status.toml
    [removed_rate] verbs and stopped)."""
    r = _section("removed_rate")
    return skip.regex(rf"\b(?:{_alternation(r['verbs'] + r['stopped'])})\b", re.IGNORECASE)


@cache
def removal_names_levy() -> frozenset[str]:
    """The removal verbs that name the levy themselves ("stopped charging": [removed_rate]
    stopped), told done."""
    return frozenset(" ".join(w.lower().split()) for w in _section("removed_rate")["stopped"])


@cache
def removal_negated_re() -> re.Pattern[str]:
    """A negation right before a removal verb ("refused to scrap", "will not lift")."""
    words = _alternation(_section("removed_rate")["negations"])
    return skip.regex(rf"(?:\b(?:{words})\b|n[’']t\b)\s+(?:\w+\s+){{0,2}}$", re.IGNORECASE)


@cache
def removed_past() -> frozenset[str]:
    """The removal verbs told done ([removed_rate] past and stopped)."""
    return frozenset(w.lower() for w in _section("removed_rate")["past"]) | removal_names_levy()


def removed_rate_reach() -> int:
    """At most how many words a removal verb stands before the rate it takes away."""
    return int(_section("removed_rate")["reach"])


@cache
def removed_subject_re() -> re.Pattern[str]:
    """From a figure's end: the rest of its noun phrase (as `paused_subject_re` reads it,
    [kept_paused] subject_breaks and subject_reach), then a removal told done whose subject
    it is: an auxiliary of [kept_paused] subject_aux and a participle of [removed_rate]
    subject_gone ("on farm goods are lifted", "which is gone since May"), or a verb of
    [removed_rate] subject_ended ("..., ended at midnight"); not a raise or a move to a
    level ("was lifted from 34% to 84%", "ended up at 30%": [removed_rate] subject_not)."""
    r, k = _section("removed_rate"), _section("kept_paused")
    word = rf"(?!(?:{_alternation(k['subject_breaks'])})\b)[\w’'\-.$]+"
    done = (rf"(?:(?:{_alternation(k['subject_aux'])})\s+(?:{_alternation(r['subject_gone'])})"
            rf"|{_alternation(r['subject_ended'])})")
    # (a list of goods may close with "and" and one word set off by a comma: "on soybeans,
    # pork and beef, ended")
    return needles.regex(rf"(?:,?\s+{word}){{0,{int(k['subject_reach'])}}}?"
                         rf"(?:\s+(?:and|or)\s+[\w\-]+,|,)?\s+{done}\b"
                         rf"(?!\s+(?:{_alternation(r['subject_not'])})\b|\s+from\s+\d)",
                         re.IGNORECASE)


@cache
def start_passed_re() -> re.Pattern[str]:
    """The words right before a rate's own start day ("effective", "from", "as of";
    rules/status.toml [start_passed])."""
    return skip.regex(rf"\b(?:{_alternation(_section('start_passed')['starts'])})\s+$",
                      re.IGNORECASE)


def start_passed_reach() -> int:
    """At most how many words after the rate its start day stands."""
    return int(_section("start_passed")["reach"])


@cache
def delayed_until_re() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a delay word, the word that brings in the day it delays to: "until", "to";
    rules/status.toml [delayed_until])."""
    r = _section("delayed_until")
    return (_words_re("delayed_until", "verbs"),
            skip.regex(rf"\b(?:{_alternation(r['until'])})\s+$", re.IGNORECASE))


def examples() -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(example id, section, example) of every section, numbered from 1 per section."""
    for name in SECTIONS:
        for n, ex in enumerate(_section(name).get("examples", []), 1):
            yield f"{name}-{n}", name, ex


def check_example(label: str, ex: dict[str, Any]) -> list[str]:
    """What is wrong with one example (empty: it passes): every `expect` entry must be
    among the claims of its text, read with its `title` as the headline where it has one,
    and no claim may match an `absent` entry (as rules/claims.toml's examples check it;
    before session 25 the `absent` entries of this file were read by nothing)."""
    from tracker.extract.engine import extract_text
    from tracker.extract.examples import matches

    claims = extract_text(ex["text"], ex.get("published"), title=ex.get("title"))
    got = [(c.value, c.metric, c.imposer, c.target, c.measure, c.status) for c in claims]
    failures = []
    for want in ex.get("expect", []):
        if not any(matches(c, want) for c in claims):
            failures.append(f"{label}: {ex['text']!r} expected {want}, got {got}")
    for unwanted in ex.get("absent", []):
        if any(matches(c, unwanted) for c in claims):
            failures.append(f"{label}: {ex['text']!r} expected no claim like {unwanted}, "
                            f"got {got}")
    return failures


def check_rules() -> tuple[int, list[str]]:
    """Run every example of rules/status.toml through the whole extractor."""
    failures: list[str] = []
    n = 0
    for label, _section_name, ex in examples():
        n += 1
        failures += check_example(label, ex)
    return n, failures


@cache
def rather_than_re() -> re.Pattern[str]:
    """"rather than the", "instead of", ", not" right before a figure (at most [rather_than]
    reach words between): the alternative the sentence sets aside."""
    r = _section("rather_than")
    reach = int(r["reach"])
    before, after_comma = _alternation(r["before"]), _alternation(r["after_comma"])
    return skip.regex(rf"(?:\b(?:{before})|,\s*(?:{after_comma}))"
                      rf"\s+(?:[\w’'\-]+\s+){{0,{reach}}}$", re.IGNORECASE)


@cache
def rather_others_re() -> re.Pattern[str]:
    """Other partners named right after a set-aside rate ("the 50% applied to most other
    countries"; [rather_than] others), matched from the figure's end."""
    r = _section("rather_than")
    return skip.regex(rf"(?:\s+[\w’'\-]+){{0,{int(r['others_reach'])}}}?\s+"
                      rf"(?:{_alternation(r['others'])})\b", re.IGNORECASE)


@cache
def rather_threat_re() -> re.Pattern[str]:
    """The threat words that keep a set-aside rate a threat ([rather_than] threat)."""
    return _words_re("rather_than", "threat")


@cache
def paused_after_re() -> re.Pattern[str]:
    """", which it suspended", " that was put on hold" after a figure and at most four words
    of its noun phrase ("$4 billion of goods, which it suspended"; [paused_after])."""
    r = _section("paused_after")
    return needles.regex(rf"(?:\s+[\w’'\-]+){{0,4}}?\s*,?\s*(?:{_alternation(r['relative'])})\s+"
                         rf"(?:[\w’'\-]+\s+)"
                         rf"{{0,{int(r['reach'])}}}?(?:{_alternation(r['pause'])})\b",
                         re.IGNORECASE)


@cache
def paused_appositive_re() -> re.Pattern[str]:
    """", rates that are now suspended": a comma, a levy noun in the plural standing for the
    rates before it, a relative pronoun and a pause word at most [paused_after] reach words
    on; searched after a figure."""
    r = _section("paused_after")
    levy = cue_words.levy_nouns("levy", "rates")
    return skip.regex(rf",\s*(?:these\s+|those\s+|both\s+)?(?=\w+s\b){levy}\s+"
                      rf"(?:{_alternation(r['relative'])})\s+(?:[\w’'\-]+\s+)"
                      rf"{{0,{int(r['reach'])}}}?(?:{_alternation(r['pause'])})\b", re.IGNORECASE)


def paused_appositive_reach() -> int:
    """How many words a rate may stand before the plural noun that pauses it
    ([paused_after] appositive_reach)."""
    return int(_section("paused_after")["appositive_reach"])


@cache
def not_applied_re() -> re.Pattern[str]:
    """", which has not been applied", "has still not been charged" at most [not_applied]
    reach words after a figure (the match starts right after it; rules/status.toml
    [not_applied])."""
    r = _section("not_applied")
    inside = _alternation(r["inside"])
    words = "|".join(rf"{w.split()[0]}(?:\s+(?:{inside}))?\s+" + r"\s+".join(w.split()[1:])
                     for w in sorted({w.lower() for w in r["words"]}, key=len, reverse=True))
    return needles.regex(rf"(?:\s+[\w’'.\-]+){{0,{int(r['reach'])}}}?\s*,?\s*"
                         rf"(?:(?:{_alternation(r['relative'])})\s+)?(?:{words})\b",
                         re.IGNORECASE)


@cache
def now_after_re() -> re.Pattern[str]:
    """"now" right after a figure, closing its clause ("against 27.5% now."; rules/status.toml
    [now_after])."""
    words = _alternation(_section("now_after")["words"])
    return skip.regex(rf"\s+(?:{words})\s*(?:[.,;:)!?]|$)", re.IGNORECASE)


@cache
def before_after_re() -> re.Pattern[str]:
    """A time word of the past right after a figure, closing its clause ("against 30%
    before,"; rules/status.toml [now_after] past_words)."""
    words = _alternation(_section("now_after")["past_words"])
    return skip.regex(rf"\s+(?:{words})\s*(?:[.,;:)!?]|$)", re.IGNORECASE)


@cache
def compared_past_re() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """([compared_past]) a comparison word at the end of the text before a figure
    ("compared with the", "against"), and a time of the past right after a figure ("on
    Sunday", "in April", "last month"; the named groups `weekday` and `month`)."""
    r = _section("compared_past")
    lead = skip.regex(rf"\b(?:{_alternation(r['leads'])})\s+(?:(?:the|a|an)\s+)?$",
                      re.IGNORECASE)
    days = "|".join(calendar_words.weekday_names())
    months = "|".join(calendar_words.month_names())
    time = skip.regex(rf"\s+(?:on\s+(?P<weekday>{days})|in\s+(?P<month>{months})"
                      rf"|(?:{_alternation(r['past_times'])}))\b", re.IGNORECASE)
    return lead, time


@cache
def chart_rate_re() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """([chart_rate]) a chart of a month right after a figure ("on the April chart", "in its
    April 2 chart"), and a chart of a month and "at" (perhaps a verb and a party between) at
    the end of the text before one ("topped the April chart at ", "the April chart put Laos
    at "); the month is the named group `month`."""
    r = _section("chart_rate")
    months = "|".join(calendar_words.month_names())
    chart = rf"(?P<month>{months})(?:\s+\d{{1,2}})?\s+(?:{_alternation(r['nouns'])})\b"
    after = skip.regex(rf"\s+(?:on|in)\s+(?:the|its|[\w’']+’s|[\w’']+'s)\s+{chart}",
                       re.IGNORECASE)
    before = skip.regex(rf"\b{chart}(?:\s+(?:{_alternation(r['verbs'])})"
                        rf"(?:\s+[\w’'\-]+){{1,{int(r['reach'])}}})?\s+at\s+(?:(?:a|an|the)\s+)?$",
                        re.IGNORECASE)
    return after, before


@cache
def modal_result_re() -> re.Pattern[str]:
    """([modal_result]) a modal, a verb that brings a level, at most `reach` words and "to"
    at the end of the text before a figure ("would take the stack on most goods to "; the
    old level perhaps told before "to", the group `old`: "would lift the rate on cars from 35%
    to "; not "up to": "would lift the tariffs of up to 15%" takes a levy away)."""
    r = _section("modal_result")
    return skip.regex(rf"\b(?:{_alternation(r['modals'])})\s+(?:{_alternation(r['verbs'])})"
                      rf"(?:\s+[\w'’\-]+){{0,{int(r['reach'])}}}?(?<!\bup)"
                      rf"(?P<old>\s+from\s+[\d.,]+\s*"
                      rf"(?:{cue_words.percent_forms('rate', 'pct')}))?"
                      r"\s+to\s+$", re.IGNORECASE)


@cache
def past_owner_re() -> re.Pattern[str]:
    """([past_owner]) the end of the text before a figure: an owner of the past ("former",
    "last year's"), a month's possessive ("April's": the named group `month`) or the first
    level of a history told in the simple past ("started the year at", "began at":
    `first_level`, at most `first_level_reach` words before "at")."""
    r = _section("past_owner")
    months = "|".join(calendar_words.month_names())
    possessive = "|".join(re.escape(p) for p in r["possessive"])
    reach = int(r["first_level_reach"])
    first = rf"\b(?:{_alternation(r['first_level'])})\s+(?:[\w'’\-]+\s+){{0,{reach}}}?at"
    return skip.regex(rf"(?:\b(?:{_alternation(r['owners'])})|\b(?P<month>{months})"
                      rf"(?:{possessive})|{first})\s+$", re.IGNORECASE)


@cache
def compared_past_joint_re() -> re.Pattern[str]:
    """What may stand between two compared rates of one list: a comma or a conjunction
    ([compared_past] joints), matched from the end of the first one's time."""
    return skip.regex(rf",?\s+(?:{_alternation(_section('compared_past')['joints'])})\s+$",
                      re.IGNORECASE)


@cache
def past_span_re() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A span of the past right after a figure ("for most of the summer") and the words that
    keep the figure present when they stand before it ([now_after] span_leads, span_nouns,
    span_blocked)."""
    r = _section("now_after")
    span = skip.regex(rf"\s+(?:{_alternation(r['span_leads'])})\s+"
                      rf"(?:{_alternation(r['span_nouns'])})\b", re.IGNORECASE)
    return span, _words_re("now_after", "span_blocked")


@cache
def past_state_re() -> re.Pattern[str]:
    """A verb of a state of the past right before a figure, at most [now_after]
    past_state_reach words between ("paid a combined ", "were handed a chart rate of "),
    matched at the end of the text before it."""
    r = _section("now_after")
    return skip.regex(rf"\b(?:{_alternation(r['past_states'])})\s+"
                      rf"(?:[\w\-]+\s+){{0,{int(r['past_state_reach'])}}}$", re.IGNORECASE)


@cache
def bare_past_state_re() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A verb of a state in the bare simple past right before a figure, at most [now_after]
    state_reach words between ("which paid 10 per cent", "carried 20 per cent"; matched at
    the end of the text before it), and the words that keep such a figure from the past
    ([now_after] bare_past_states, bare_blocked)."""
    r = _section("now_after")
    verb = skip.regex(rf"\b(?:{_alternation(r['bare_past_states'])})\s+"
                      rf"(?:[\w\-]+\s+){{0,{int(r['state_reach'])}}}$", re.IGNORECASE)
    return verb, _words_re("now_after", "bare_blocked")


#: an auxiliary right before a verb: "have paid", "had carried", "was paid", "to pay"
AUX_BEFORE_RE = skip.regex(r"\b(?:have|has|had|having|be|been|being|is|are|was|were|to|do|"
                           r"does|did|will|would|could|may|might|must|shall|should)\s+$",
                           re.IGNORECASE)


@cache
def state_span_re() -> re.Pattern[str]:
    """A span of the past that a state verb's clause may tell, before the verb or after the
    rate ("for four months", "through the summer"; [now_after] state_span_counts,
    state_span_units, state_season_leads, span_nouns)."""
    r = _section("now_after")
    return skip.regex(rf"\b(?:for\s+(?:\d+|{_alternation(r['state_span_counts'])})\s+"
                      rf"(?:{_alternation(r['state_span_units'])})"
                      rf"|(?:{_alternation(r['state_season_leads'])})\s+(?:(?:early|late)\s+)?"
                      rf"(?:{_alternation(r['span_nouns'])}))\b", re.IGNORECASE)


@cache
def state_time_opening_re() -> re.Pattern[str]:
    """A month opening a sentence after a lead of [now_after] state_time_leads ("In April ",
    the named group `month`), matched at the sentence's start; the month capitalised."""
    leads = _alternation(_section("now_after")["state_time_leads"])
    months = "|".join(m.capitalize() for m in calendar_words.month_names())
    return skip.regex(rf"\s*(?i:{leads})\s+(?P<month>{months})\b,?\s+")


@cache
def answered_levy_re() -> re.Pattern[str]:
    """"answer to the ", "in response to Lima's ": a side's answer and at most
    [answered_levy] reach words, none a threat word, matched at the end of the text before
    the rate it answers."""
    r = _section("answered_levy")
    threat = _alternation(r["threat"])
    return skip.regex(rf"\b(?:{_alternation(r['phrases'])})(?:\s+(?!(?:{threat})\b)"
                      rf"[\w’'\-]+){{0,{int(r['reach'])}}}?\s+$", re.IGNORECASE)


@cache
def normal_rate_re() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The normal duty named right before a rate ("the normal ", matched at the end of the
    text before it) or right after it (" most-favoured-nation", matched from its end;
    rules/status.toml [normal_rate])."""
    r = _section("normal_rate")
    return (skip.regex(rf"\b(?:{_alternation(r['before'])})\s+$", re.IGNORECASE),
            skip.regex(rf"\s+(?:{_alternation(r['after'])})\b", re.IGNORECASE))


@cache
def asks_lawmakers_re() -> re.Pattern[str]:
    """A request to a legislature: "asked Congress to", "asks lawmakers to" (rules/status.toml
    [asks_lawmakers])."""
    r = _section("asks_lawmakers")
    return skip.regex(rf"\b(?:{_alternation(r['verbs'])})\s+(?:{_alternation(r['bodies'])})"
                      rf"\s+to\b", re.IGNORECASE)


@cache
def removed_list_re() -> re.Pattern[str]:
    """A removal verb and a levy noun at most [removed_list] reach words after it ("has lifted
    the farm duties"; rules/status.toml [removed_list])."""
    r = _section("removed_list")
    levy = cue_words.levy_nouns("levy")
    return skip.regex(rf"\b(?:{_alternation(r['verbs'])})(?:\s+[\w’'\-]+){{0,{int(r['reach'])}}}?"
                      rf"\s+{levy}\b", re.IGNORECASE)


@cache
def old_rate_day_re() -> re.Pattern[str]:
    """A relative clause right after a rate that reaches a day: a pronoun of [old_rate_day],
    then at most `reach` words with no stop, matched from the rate's end to the day's start
    ("that took effect on", "which has applied since"); or a start word of `start_words`
    after at most `start_reach` words (" since ", " charged since ": the group `start`)."""
    r = _section("old_rate_day")
    return skip.regex(rf"\s+(?:{_alternation(r['pronouns'])})\b(?:\s+[\w’'\-]+)"
                      rf"{{0,{int(r['reach'])}}}?\s+$"
                      rf"|(?P<start>(?:\s+[\w’'\-]+){{0,{int(r['start_reach'])}}}?"
                      rf"\s+(?:{_alternation(r['start_words'])})\s+)$", re.IGNORECASE)


@cache
def not_deal_term_re() -> re.Pattern[str]:
    """"now" or a determiner right before a change word ([not_deal_term]): the change told
    done now, or the word a noun; matched at the end of the text before the word."""
    r = _section("not_deal_term")
    return skip.regex(rf"\b(?:{_alternation(r['now'] + r['determiners'])})\s+$", re.IGNORECASE)


@cache
def not_deal_now() -> frozenset[str]:
    """The words that, first in a status cue ("now pay"), tell a change done now."""
    return frozenset(w.lower() for w in _section("not_deal_term")["now"])


@cache
def threat_replaced_before_re() -> re.Pattern[str]:
    """"instead of the", "heading off the" right before a figure (at most [threat_replaced]
    reach words between): the figure is what a deal set aside or headed off."""
    r = _section("threat_replaced")
    return skip.regex(rf"\b(?:{_alternation(r['before'])})\s+(?:[\w’'\-]+\s+)"
                      rf"{{0,{int(r['reach'])}}}$", re.IGNORECASE)


@cache
def averting_re() -> re.Pattern[str]:
    """An averting verb right before a figure ([threat_replaced] averting, at most reach words
    between): what it heads off was only threatened or due, whatever word follows."""
    r = _section("threat_replaced")
    return skip.regex(rf"\b(?:{_alternation(r['averting'])})\s+(?:[\w’'\-]+\s+)"
                      rf"{{0,{int(r['reach'])}}}$", re.IGNORECASE)


@cache
def threat_word_re() -> re.Pattern[str]:
    """The threat words of [threat_replaced]: "threatened", "threat"."""
    return _words_re("threat_replaced", "threat")


@cache
def threat_dropped_re() -> re.Pattern[str]:
    """"will not be imposed", "was withdrawn" ([threat_replaced] dropped): a threat given up."""
    return _words_re("threat_replaced", "dropped")


@cache
def threat_dropped_before_re() -> re.Pattern[str]:
    """"will not add the", "won't impose its" ([threat_replaced] dropped_before), right
    before a rate: a threat given up."""
    r = _section("threat_replaced")
    return skip.regex(rf"\b(?:{_alternation(r['dropped_before'])})\s+(?:the|its|a|an|that)?\s*"
                      r"(?:[\w\-]+\s+){0,2}$", re.IGNORECASE)


@cache
def threat_deferred_re() -> re.Pattern[str]:
    """"90 more days", "an extension" ([threat_replaced] deferred): a threat put off."""
    return _words_re("threat_replaced", "deferred")


@cache
def change_from_verbs() -> tuple[str, ...]:
    """Forms of a levy's change verb that, before "from" and a figure, make it the old value
    ([change_from_verbs]; added to the lexicon's change verbs for this reading only)."""
    return tuple(_section("change_from_verbs")["verbs"])


@cache
def never_applied_re() -> re.Pattern[str]:
    """Right after a date, a phrase of [never_applied] after telling it never came, with no
    figure and no sentence end between: "Oct. 1, a levy never collected"."""
    phrases = _alternation(_section("never_applied")["after"])
    return skip.regex(rf"[^\d%.;!?]{{0,40}}?\b(?:{phrases})\b", re.IGNORECASE)


@cache
def threat_past_re() -> re.Pattern[str]:
    """"had", "was" right before a threat word ([threat_date] past): a threat told as past."""
    return skip.regex(rf"\b(?:{_alternation(_section('threat_date')['past'])})\s+$",
                      re.IGNORECASE)


@cache
def as_planned_re() -> re.Pattern[str]:
    """"as" (or "as originally") right before a plan word ([as_planned] before), matched at
    the end of the text before the word: "took effect as planned" tells no plan."""
    return skip.regex(rf"\b(?:{_alternation(_section('as_planned')['before'])})\s+$",
                      re.IGNORECASE)


@cache
def as_planned_words() -> frozenset[str]:
    """The plan words that "as" before them turns into a comparison ([as_planned] words)."""
    return frozenset(w.lower() for w in _section("as_planned")["words"])


@cache
def modal_still_re() -> re.Pattern[str]:
    """A modal right before an in-force word ([modal_still] modals), matched at the end of
    the text before the word: "may still phase in" floats a plan, it tells nothing held."""
    return skip.regex(rf"\b(?:{_alternation(_section('modal_still')['modals'])})\s+$",
                      re.IGNORECASE)


@cache
def modal_still_words() -> frozenset[str]:
    """The in-force words a modal right before them takes over ([modal_still] words)."""
    return frozenset(w.lower() for w in _section("modal_still")["words"])


@cache
def kept_paused_re() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """([kept_paused]) a keeping verb at the end of the text before a figure ("keeps the"),
    and, from the figure's end, at most `reach` words of its noun phrase then a pause word
    ("April rate suspended"), or a pause word told as lasting ("announced in April and
    suspended since")."""
    r = _section("kept_paused")
    reach = int(r["reach"])
    before = skip.regex(rf"\b(?:{_alternation(r['keep'])})\s+(?:[\w’'\-]+\s+){{0,2}}$",
                        re.IGNORECASE)
    after = skip.regex(rf"(?:\s+[\w’'\-]+){{0,{reach}}}?\s+(?:{_alternation(r['pause'])})\b",
                       re.IGNORECASE)
    return before, after


@cache
def paused_subject_re() -> re.Pattern[str]:
    """From a figure's end: the rest of its noun phrase (a relative or a bracketed clause
    between commas allowed, no conjunction or semicolon), then an auxiliary and a pause
    participle whose subject it is ("that Lima floated for May 1 was put off"; [kept_paused]
    subject_*)."""
    r = _section("kept_paused")
    breaks = _alternation(r["subject_breaks"])
    word = rf"(?!(?:{breaks})\b)[\w’'\-.$]+"
    return needles.regex(rf"(?:,?\s+{word}){{0,{int(r['subject_reach'])}}}?,?\s+"
                         rf"(?:{_alternation(r['subject_aux'])})\s+"
                         rf"(?:{_alternation(r['subject_pause'])})\b", re.IGNORECASE)


@cache
def paused_since_re() -> re.Pattern[str]:
    """From a figure's end, in its clause: a pause told as still lasting ("and suspended
    since", "still on hold"; [kept_paused] lasting)."""
    r = _section("kept_paused")
    return needles.regex(rf"[^,;:.]{{0,60}}?\b(?:{_alternation(r['lasting'])})\b", re.IGNORECASE)


@cache
def done_from_weekday_re() -> re.Pattern[str]:
    """A change told done, then no future word, up to "from" right before a bare weekday
    ([done_from_weekday]): the weekday is the nearest one, not the next."""
    r = _section("done_from_weekday")
    future = _alternation(r["future"])
    return skip.regex(rf"\b(?:{_alternation(r['done'])})\b(?:(?!\b(?:{future})\b)[^.;:!?])*?"
                      r"\bfrom\s+(?:on\s+)?$", re.IGNORECASE)


@cache
def concessive_deal_re() -> re.Pattern[str]:
    """A concessive right before a deal word ([concessive_deal]): "whatever the", "despite
    the"; the deal is named only to be set aside."""
    r = _section("concessive_deal")
    return skip.regex(rf"\b(?:{_alternation(r['before'])})\s+(?:the|a|an|any|its|their)?\s*"
                      r"(?:[\w\-]+\s+){0,2}$", re.IGNORECASE)


@cache
def end_after_re() -> re.Pattern[str]:
    """Right after a schedule word, a verb of ending ([end_not_start]): "due to lapse"."""
    return skip.regex(rf"\s+(?:{_alternation(_section('end_not_start')['ends'])})\b",
                      re.IGNORECASE)


@cache
def done_after_date_re() -> re.Pattern[str]:
    """Right after a date that opens its clause, its subject and a change told done
    ([done_after_date]): "On Nov. 10, Lima lifted ...", "From Nov. 10 Lima stopped ..." (the
    comma is optional: a date is a clause's opener with or without it)."""
    r = _section("done_after_date")
    return skip.regex(rf"\s*,?\s*(?:[\w'’\-]+\s+){{1,{int(r['reach'])}}}?"
                      rf"(?:{_alternation(r['done'])})\b", re.IGNORECASE)


@cache
def pledge_future() -> frozenset[str]:
    """The pledge metrics a future word leaves agreed in an article about a deal
    ([pledge_future]): a promise of the deal, not a step already ordered."""
    return frozenset(_section("pledge_future")["metrics"])


@cache
def pledge_intent() -> frozenset[str]:
    """Intent words that, before an investment or purchase in an article about a deal, tell
    a term of the deal ([pledge_intent])."""
    return frozenset(" ".join(w.lower().split()) for w in _section("pledge_intent")["words"])


@cache
def range_before_re() -> re.Pattern[str]:
    """"ranging from", "which range from" at the end of the text before a from/to pair's
    first value ([range_pair]): a range, not a change."""
    return skip.regex(rf"\b(?:{_alternation(_section('range_pair')['before'])})\s+"
                      r"(?:the\s+)?$", re.IGNORECASE)


@cache
def base_of_addition_re() -> re.Pattern[str]:
    """"on top of the", "added to the" at the end of the text before a figure
    ([base_of_addition]): the figure is what something else is added to."""
    return skip.regex(rf"\b(?:{_alternation(_section('base_of_addition')['before'])})\s+"
                      r"(?:the\s+|its\s+|their\s+|an?\s+)?(?:[\w’'\-]+\s+)?$", re.IGNORECASE)


@cache
def stacked_base_re() -> re.Pattern[str]:
    """"on top of the", "stacked on the" at the end of the text before a figure
    ([base_of_addition] stacked): the figure is the base a new levy is stacked on."""
    return skip.regex(rf"\b(?:{_alternation(_section('base_of_addition')['stacked'])})\s+"
                      r"(?:the\s+|its\s+|their\s+|an?\s+)?(?:[\w’'\-]+\s+)?$", re.IGNORECASE)


@cache
def end_date_re() -> re.Pattern[str]:
    """"until", "through" at the end of the text before a date ([end_date]): the day a state
    ends, not a start."""
    return skip.regex(rf"\b(?:{_alternation(_section('end_date')['before'])})\s+"
                      r"(?:(?:the|on|at|midnight|[\d:.]+\s*(?:a\.m\.|p\.m\.|am|pm)?)\s+){0,3}$",
                      re.IGNORECASE)


@cache
def trailing_start_re() -> re.Pattern[str]:
    """A start word of the levies of a list ("start", "take effect"; [trailing_start])."""
    return _words_re("trailing_start", "starts")


@cache
def weak_present_re() -> re.Pattern[str]:
    """The cue quoted in the evidence of a status read from a bare present alone ("...:
    'faces'"; [trailing_start] weak_present)."""
    words = "|".join(re.escape(w) for w in _section("trailing_start")["weak_present"])
    return re.compile(rf": '(?:{words})'", re.IGNORECASE)


def trailing_start_reach() -> int:
    """At most how many sentences before such a start a rate it dates stands."""
    return int(_section("trailing_start")["reach"])


@cache
def outside_deal_re() -> re.Pattern[str]:
    """"non-" right before an agreement word ("non-pact goods"; [outside_deal])."""
    words = "|".join(re.escape(w) for w in _section("outside_deal")["before"])
    return skip.regex(rf"\b(?:{words})$", re.IGNORECASE)


@cache
def pause_ended_re() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An end told done right before a pause's length ("ending the ", matched at the end of
    the text before it) and an `over` word after its noun ("-day truce has expired", matched
    from its end; [pause_over] ending, over, after_reach)."""
    r = _section("pause_over")
    before = skip.regex(rf"\b(?:{_alternation(r['ending'])})\s+(?:the\s+|a\s+|its\s+|their\s+)?$",
                        re.IGNORECASE)
    after = skip.regex(rf"(?:[\s\-]+[\w\-]+){{1,{int(r['after_reach'])}}}?\s+"
                       rf"(?:{_alternation(r['over'])})\b", re.IGNORECASE)
    return before, after


@cache
def pause_over_re() -> re.Pattern[str]:
    """Words that tell a pause over or its object a start date ([pause_over])."""
    r = _section("pause_over")
    return skip.regex(rf"\b(?:{_alternation(r['over'] + r['date_objects'])})\b",
                      re.IGNORECASE)


@cache
def order_word_re() -> re.Pattern[str]:
    """A legal instrument named in a sentence ([deal_future] orders): "under the order"."""
    return _words_re("deal_future", "orders")


@cache
def deal_order_re() -> re.Pattern[str]:
    """A legal instrument carrying a deal out ([deal_order] instruments): "an executive
    order", "the decree", "the Federal Register"."""
    return _words_re("deal_order", "instruments")


@cache
def not_instrument_re() -> re.Pattern[str]:
    """A phrase whose "order" is no instrument ([deal_order] not_instruments: "in order to")."""
    return _words_re("deal_order", "not_instruments")


@cache
def order_denied_re() -> re.Pattern[str]:
    """A denial between an instrument and a rate ([deal_order] denied): "does not", "nor"."""
    return _words_re("deal_order", "denied")


@cache
def order_awaited_re() -> re.Pattern[str]:
    """A word telling an instrument still awaited, at most `awaited_reach` words before the
    end of the text ([deal_order] awaited): "no ", "whether a formal "."""
    r = _section("deal_order")
    return skip.regex(rf"\b(?:{_alternation(r['awaited'])})\s+(?:[\w’'\-]+\s+)"
                      rf"{{0,{int(r['awaited_reach'])}}}$", re.IGNORECASE)


@cache
def future_told_re() -> re.Pattern[str]:
    """A future or reported-future auxiliary, at most `reach` words before the end of the
    text ([deal_future]): "will pay a ", "would face a "."""
    r = _section("deal_future")
    return skip.regex(rf"\b({_alternation(r['auxiliaries'])})\s+(?:[\w’'\-]+\s+)"
                      rf"{{0,{int(r['reach'])}}}$", re.IGNORECASE)


@cache
def offer_of_re() -> re.Pattern[str]:
    """"promise of another", "threat of a new" at the end of the text before a figure
    ([offer_of])."""
    r = _section("offer_of")
    between = _alternation(r["between"])
    return skip.regex(rf"\b(?:{_alternation(r['nouns'])})\s+of\s+(?:(?:{between})\s+){{0,3}}$",
                      re.IGNORECASE)


@cache
def ended_plan_re() -> re.Pattern[str]:
    """A plan told in the past whose verb is an end ("was due to expire on", "first set to
    end on"; [ended_plan]), matched at the end of the text before a date."""
    r = _section("ended_plan")
    past = _alternation(_section("past_plan")["past"])
    plans = _alternation(_section("past_plan")["plans"])
    return skip.regex(rf"\b(?:{past})\s+(?:\w+\s+)?(?:{plans})\s+to\s+"
                      rf"(?:{_alternation(r['ends'])})\b(?:\s+[\w’'\-:.]+){{0,6}}?\s*"
                      r"(?:on|by|at)?\s*$", re.IGNORECASE)


@cache
def from_before_re() -> re.Pattern[str]:
    """"up from the", "from" right before a figure ([current_from])."""
    return skip.regex(rf"\b(?:{_alternation(_section('current_from')['before'])})\s+"
                      r"(?:the\s+)?$", re.IGNORECASE)


@cache
def unmarked_levy() -> tuple[frozenset[str], str, re.Pattern[str], re.Pattern[str]]:
    """(the levy metrics whose rate, left with no status by every other step, takes a
    default; that default; the words of a sentence that tell something to come, which
    keep the rate without one; a past copula at the end of the text before a rate)
    (rules/status.toml [unmarked_levy])."""
    r = _section("unmarked_levy")
    past = skip.regex(rf"\b(?:{_alternation(r['past_copula'])})\s+"
                      rf"(?:[\w\-]+\s+){{0,{int(r['past_reach'])}}}$", re.IGNORECASE)
    return frozenset(r["metrics"]), str(r["status"]), _words_re("unmarked_levy", "not_with"), past


@cache
def unmarked_stacked_re() -> re.Pattern[str]:
    """A stacking word of [unmarked_levy] `not_with` right before a rate, at most
    `stacked_reach` words between ("an extra 25% penalty", "Chile's extra 40 per cent"): the
    group `word` is the stacking word; the match ends where the rate's figure begins
    (rules/status.toml [unmarked_levy] stacked, stacked_reach)."""
    r = _section("unmarked_levy")
    return skip.regex(rf"\b(?P<word>{_alternation(r['stacked'])})\s+"
                      rf"(?:[\w'’\-]+\s+){{0,{int(r['stacked_reach'])}}}?(?=\d)",
                      re.IGNORECASE)


@cache
def unmarked_unit_charge() -> tuple[frozenset[str], re.Pattern[str]]:
    """(the amount metrics a flat charge on each parcel is read under; the words of such a
    charge, "per item", "a parcel") (rules/status.toml [unmarked_levy] amount_metrics,
    per_unit)."""
    return (frozenset(_section("unmarked_levy")["amount_metrics"]),
            _words_re("unmarked_levy", "per_unit"))


@cache
def unmarked_option_re() -> re.Pattern[str]:
    """A permission modal that offers a charge as one of two ways to pay: "may", at most a
    comma-closed aside, a choice verb ("may, for six months, choose", "can pay"), a phrase of
    the alternative later in the sentence ("instead of") (rules/status.toml [unmarked_levy]
    option_modals, option_verbs, option_alternatives); the group `modal` is the modal."""
    r = _section("unmarked_levy")
    return skip.regex(rf"\b(?P<modal>{_alternation(r['option_modals'])})(?:\s*,[^,.;]{{1,40}},)?"
                      rf"\s+(?:{_alternation(r['option_verbs'])})\b"
                      rf"(?=.*\b(?:{_alternation(r['option_alternatives'])})\b)",
                      re.IGNORECASE | re.DOTALL)


@cache
def unmarked_option_alternatives() -> frozenset[str]:
    """The phrases that name an option's other way to pay ("instead of"; rules/status.toml
    [unmarked_levy] option_alternatives)."""
    return frozenset(" ".join(w.lower().split())
                     for w in _section("unmarked_levy")["option_alternatives"])


@cache
def unmarked_told_from() -> frozenset[str]:
    """The change cues after a rate that tell it as the level now, its old value named
    after it ("Chile: 20%, down from 32%") (rules/status.toml [unmarked_levy] told_from)."""
    return frozenset(" ".join(w.lower().split()) for w in _section("unmarked_levy")["told_from"])


@cache
def agreed_before_only() -> frozenset[str]:
    """Agreement words that speak of a figure only when they stand before it
    (rules/status.toml [agreed_before_only])."""
    return frozenset(" ".join(w.lower().split()) for w in _section("agreed_before_only")["words"])


@cache
def attributive_words() -> frozenset[str]:
    """In-force adjectives that qualify the noun after them ([attributive_in_force] words)."""
    return frozenset(w.lower() for w in _section("attributive_in_force")["words"])


def attributive_reach() -> int:
    """How many words at most stand between an in-force adjective and the figure it cues
    ([attributive_in_force] reach)."""
    return int(_section("attributive_in_force")["reach"])


@cache
def held_now_before_re() -> re.Pattern[str]:
    """A present-time adjective right before a figure, at the end of the text before it:
    "today's", "the present" ([attributive_in_force] right_before)."""
    words = _section("attributive_in_force")["right_before"]
    return skip.regex(rf"\b(?:{_alternation(words)})\s+$", re.IGNORECASE)


@cache
def pause_stand_in_re() -> re.Pattern[str]:
    """([pause_stand_in]) a phrase of what a pause left in place at most `reach` words
    before a figure ("in favour of a ", "leaving a flat "), matched at the end of the text
    before it."""
    r = _section("pause_stand_in")
    return skip.regex(rf"\b(?:{_alternation(r['before'])})\s+(?:[\w’'\-]+\s+)"
                      rf"{{0,{int(r['reach'])}}}$", re.IGNORECASE)


@cache
def contrast_join_re() -> re.Pattern[str]:
    """A join that sets one clause against another: "while", "whereas"
    ([compared_in_force] joins)."""
    return _words_re("compared_in_force", "joins")


@cache
def comparative_before_re() -> re.Pattern[str]:
    """A comparative right before a figure, at the end of the text before it: "the lower ",
    "a higher " ([compared_in_force] before)."""
    words = _section("compared_in_force")["before"]
    return skip.regex(rf"\b(?:{_alternation(words)})\s+$", re.IGNORECASE)


@cache
def threshold_re() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """([threshold_gone]) a phrase ending right before an amount ("worth under", "less than")
    and one opening right after it ("or less", "threshold", "de minimis"): the amount is the
    value under which goods entered free of duty."""
    r = _section("threshold_gone")
    before = skip.regex(rf"\b(?:{_alternation(r['before'])})\s+$", re.IGNORECASE)
    after = skip.regex(rf"\s*(?:{_alternation(r['after'])})\b", re.IGNORECASE)
    return before, after


@cache
def threshold_gone_re() -> re.Pattern[str]:
    """A word telling a duty-free threshold gone ("ended", "no longer", "until then";
    [threshold_gone] gone)."""
    return _words_re("threshold_gone", "gone")
