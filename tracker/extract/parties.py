"""Who imposes a levy and on whom; who ships, buys or invests, and with whom.

A levy's imposer is the US unless the sentence makes another country the subject of
an imposing verb ("Canada imposed"), names a country's own levy in a retaliation
("China's retaliatory tariffs") or on named goods; its target is the country the
sentence hits (after on/from/against, or as the adjective of goods). The US never levies
its own goods: a levy on "American goods" or "imports from the US" is another side's. A
flow's parties are read by position (the country before the figure owns it); the change of
a trade balance is owned as the balance. The verbs and
prepositions are the [imposer_cues] and [target_cues] of rules/lexicon.toml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from tracker import rules
from tracker.extract import context as ctx
from tracker.extract import cue_words, sales, skip
from tracker.extract.context import Mention
from tracker.extract.decision import Decision
from tracker.extract.document import Doc, FigureContext, memo_of, neighbour_country
from tracker.extract.figures import Figure
from tracker.extract.measure import (
    APPOSITION_END_RE,
    PART_AFTER_RE,
    SUM_AFTER_RE,
    combined_part,
    covered_amount,
    levy_offset,
    quota_re,
)
from tracker.extract.sentences import Sentence, clause_bounds, figure_hedges, per_sentence

Party = Decision[str | None]


@dataclass(unsafe_hash=True, slots=True)
class Parties:
    """Imposer (who levies, exports, invests) and target (on whom, to whom). Never changed
    once made; not frozen only for speed (as Decision)."""

    imposer: Party
    target: Party

    @property
    def values(self) -> tuple[str | None, str | None]:
        return self.imposer.value, self.target.value


# ------------------------------------------------------------------------ cue patterns
@cache
def target_cue_re() -> re.Pattern[str]:
    """A preposition (and "the", "imports from" ...) right before a country it hits."""
    before = cue_words.alternation("target_cues", "before")
    between = "|".join(r"\s+".join(re.escape(w) for w in phrase.split()) + r"\s+"
                       for phrase in cue_words.words("target_cues", "between"))
    return skip.regex(rf"(?:\b{before}\s+(?:{between})?)$", re.IGNORECASE)


@cache
def possessive_re() -> re.Pattern[str]:
    """A possessive right after a country: "Japan's", "Korea’s"."""
    return skip.regex("^" + cue_words.alternation("imposer_cues", "possessive"))


@cache
def impose_verb_re() -> re.Pattern[str]:
    """After a country, an imposing verb (through auxiliaries): "Canada quickly hit back"."""
    aux = cue_words.alternation("imposer_cues", "auxiliaries")
    verbs = cue_words.alternation("imposer_cues", "verbs")
    # "will temporarily reduce", "had on Tuesday threatened": an adverb or a day between
    adverb = r"(?:\w+ly|on\s+[A-Z][a-z]+day|now|again|soon)"
    return skip.regex(rf"^\s*(?:{report_re()})?(?:(?:{aux}|{adverb})\s+)*{verbs}\b",
                      re.IGNORECASE)


@cache
def report_re() -> str:
    """A reporting clause between a country and its verb: "China says it's raising",
    "Beijing said on Friday it was raising", "Trump said he would cut"."""
    return (r"(?:(?:says|said|announced|stated|confirmed|declared)\s+(?:on\s+)?"
            r"(?:[A-Z][a-z]+day\s+)?(?:that\s+)?(?:it|he|she|they)(?:'s|’s)?\s+)")


@cache
def bears_re() -> re.Pattern[str]:
    """After a country, a verb that makes it the one a levy hits: "Taiwan faces 32%",
    "Taiwan, which faces a 32% tariff"."""
    verbs = cue_words.alternation("target_cues", "bearing_verbs")
    aux = cue_words.group("target_cues", "bearing_auxiliaries", "bears_copulas")
    return skip.regex(
        r"^(?:'s|’s)?,?\s+(?:(?:which|who|that)\s+)?"
        rf"(?:{aux}\s+)*"
        rf"{verbs}\b", re.IGNORECASE)


#: after a possessive, a figure with its percent form is one word of the few before a levy
#: noun: "China's extra 24 per cent tariff" as "China's extra 24% tariff" (not after a bare
#: name: "the UK from the 100 per cent tariff" is no levy of the UK's)
_FIGURE_WORD = r"\d[\d.,]*\s*" + cue_words.percent_forms("rate", space=r"\s+")
LEVY_AFTER_RE = skip.regex(
    r"^(?:(?:'s|’s)\s+(?:(?:" + _FIGURE_WORD + r"|[\w\-%.]+)\s+){0,3}?"
    r"|\s+(?:[\w\-%.]+\s+){0,3}?)"
    + cue_words.levy_nouns("levy", "counter_tariffs", "counter_duties", "import_taxes_plural",
                           "rates", "measures",
                           "countermeasures_plural", "counter_measures") + r"\b", re.IGNORECASE)
#: a country that ends a list, then another noun phrase with its levy: "goods from Peru and
#: Chile and the fentanyl-linked levy": the levy is not that country's own
LISTED_BEFORE_LEVY_RE = skip.regex(
    r"^\s+(?:and|or|plus)\s+(?:the|a|an)\s+(?:[\w\-%.]+\s+)?"
    + cue_words.levy_nouns("levy", "counter_tariffs", "counter_duties", "import_taxes_plural",
                           "rates", "measures",
                           "countermeasures_plural", "counter_measures") + r"\b", re.IGNORECASE)
GOODS_AFTER_RE = skip.regex(
    r"^\s+(?:[\w\-]+\s+){0,2}?(?:" + cue_words.goods_nouns("goods", "imports", "shipments", "items",
                                                          "parcels", "suppliers", "models")
    + r"|made|"
    r"-made|cars|autos|vehicles|steel|companies|firms|producers|manufacturers|exporters|"
    r"automakers|origin)\b", re.IGNORECASE)
GOODS_RIGHT_AFTER_RE = skip.regex(r"^\.?\s+(?:"
                                  + cue_words.goods_nouns("goods", "imports", "shipments", "items")
                                  + r"|made|-made)\b", re.IGNORECASE)
#: before a country's levy that another levy answers: "measures against new U.S. tariffs"
ANSWERED_BEFORE_RE = skip.regex(r"\b(?:against|in\s+response\s+to|in\s+retaliation\s+for|"
                                r"to\s+counter)\s+(?:the\s+|its\s+)?(?:[\w\-]+\s+){0,2}?$",
                                re.IGNORECASE)
#: "the truce between Washington and Beijing was extended": a pair, not a subject
BETWEEN_RE = skip.regex(r"\bbetween\s+(?:[\w.'’\-]+\s+){0,3}?(?:and\s+)?$", re.IGNORECASE)
RETALIATION_RE = skip.regex(r"\b(?:retaliat\w*|"
                            + cue_words.levy_nouns("counter_tariffs", "countertariffs",
                                                   "countermeasures") + "|"
                            r"(?:hit|hits|hitting|struck|strikes|striking) back|in response|"
                            r"responded)\b", re.IGNORECASE)
#: an appended comment on whom the news helps or hurts: ", a relief for German carmakers"
COMMENT_RE = skip.regex(r",\s+(?:a|an)\s+(?:\w+\s+){0,2}?(?:relief|blow|boost|win|loss|setback|"
                        r"victory|headache)\s+(?:for|to)\s+(?:the\s+)?$", re.IGNORECASE)
#: ", in a blow to Canada, Mexico and": a comment's list of the countries it hurts
BLOW_TO_RE = skip.regex(r",\s+in\s+(?:a|an)\s+(?:\w+\s+){0,2}?(?:blow|setback|boost|relief)\s+"
                        r"(?:for|to)\s+(?:the\s+)?(?:[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*)?,?\s+"
                        r"(?:and\s+)?)*$")
#: right after the US, the goods it ships (not "imports": "U.S. imports" are America's)
US_GOODS_AFTER_RE = skip.regex(r"^(?:'s|’s)?\s+(?:(?!imports\b|of\b|and\b|is\b|are\b|was\b|were\b|"
                               r"said\b|says\b|say\b|told\b|tells\b|"
                               r"has\b|have\b|had\b|will\b|would\b|\w+ing\b|\w+ed\b)"
                               r"[\w\-]+\s+){0,2}?"
                               r"(?:" + cue_words.goods_nouns("goods", "shipments", "items")
                               + r"|produce|merchandise)\b", re.IGNORECASE)
#: before the US: goods coming from it, or a levy aimed at it ("duties against the US",
#: not "a complaint against the US", which says nothing of whose levy it is)
FROM_US_BEFORE_RE = skip.regex(r"(?:\b"
                               + cue_words.goods_nouns("goods", "imports", "shipments", "items")
                               + r"\s+"
                               r"(?:[\w\-]+\s+){0,4}?from|\b"
                               + cue_words.levy_nouns("levy_plural", "counter_tariffs",
                                                      "countertariffs", "countermeasures_plural",
                                                      "measures") + r"\s+"
                               r"(?:[\w\-]+\s+){0,2}?(?:against|targeting))\s+(?:the\s+)?$",
                               re.IGNORECASE)
#: "a 25% tariff imposed by the U.S.": the agent of a passive levy verb imposes it
AGENT_BEFORE_RE = skip.regex(r"\b" + cue_words.alternation("levy_verbs", "agent")
                             + r"\s+by\s+(?:the\s+)?$", re.IGNORECASE)
#: between a rate and a country: its levy noun, then the country as subject of a relative
#: clause ("the 104% levy Beijing had imposed", "the 20% tariff that Ottawa set")
LEVY_THEN_SUBJECT_RE = skip.regex(r"\s*(?:[\w\-]+\s+){0,2}?"
                                  + cue_words.levy_nouns("levy", "surcharges", "charges",
                                                         "counter_tariffs", "countertariffs")
                                  + r"\s+(?:that\s+|which\s+)?"
                                  r"(?:the\s+)?", re.IGNORECASE)
#: (h262) one rate of a run, its percent form optional ("10", "15 per cent")
_RUN_RATE = r"\d[\d.,]*(?:\s*" + cue_words.percent_forms("rate", space=r"\s+") + r")?"
#: a levy noun and "of" before a run of rates, up to the figure: "the farm duties of 10 and |"
LEVY_OF_BEFORE_RE = skip.regex(cue_words.levy_nouns("levy", "surcharges", "counter_tariffs",
                                                    "countertariffs")
                               + r"\s+of\s+(?:" + _RUN_RATE
                               + r"\s*(?:,\s*|\s+)(?:and\s+|or\s+)?)*$", re.IGNORECASE)
#: after the figure, the rest of the run, then the relative pronoun before the clause's
#: subject: "| and 15 per cent that |China added"
RUN_THEN_SUBJECT_RE = skip.regex(r"(?:\s*(?:,\s*|\s+)(?:and\s+|or\s+)?" + _RUN_RATE + r")*"
                                 r"\s+(?:that|which)\s+(?:the\s+)?", re.IGNORECASE)
#: before a rate told as a noun: "the 10%", "The 25 per cent" (.search up to the figure)
THE_RATE_BEFORE_RE = skip.regex(r"\b(?:the|that)\s+(?:[\w\-]+\s+)?$", re.IGNORECASE)
#: between such a rate and the subject of its relative clause: a space, "that" or "which"
RATE_THEN_SUBJECT_RE = skip.regex(r"\s+(?:that\s+|which\s+)?")


def _levy_of_rates_then_subject(s: str, start: int, end: int, subject: int) -> bool:
    """"The farm duties of 10 and 15 per cent that China added": a levy noun and "of" before
    a run of rates, then a relative clause whose subject levies them (the levy noun before
    the rates, not after them as LEVY_THEN_SUBJECT_RE needs)."""
    return bool(RUN_THEN_SUBJECT_RE.fullmatch(s, end, subject)
                and LEVY_OF_BEFORE_RE.search(s, max(0, start - 80), start))


def _rate_then_subject(s: str, start: int, end: int, subject: int) -> bool:
    """"The 10 per cent China slapped on our beans": a rate told as a noun, then a relative
    clause whose subject levies it (with no levy noun between, as LEVY_THEN_SUBJECT_RE needs)."""
    return bool(RATE_THEN_SUBJECT_RE.fullmatch(s, end, subject)
                and THE_RATE_BEFORE_RE.search(s, max(0, start - 30), start))


#: between a rate and a country's adjective: nothing but a space ("20% Chinese duty")
RATE_TO_ADJECTIVE_RE = skip.regex(r"\s+")
#: a country's adjective, not its name ("Chinese", "Canadian", "Swiss", "Thai")
NATIONALITY_RE = skip.regex(r"[A-Z][a-z]+(?:ese|ian|an|ish|ch|ss|i)")
#: right after a country's adjective, the levy noun it owns ("Chinese duty")
OWNED_LEVY_NOUN_RE = skip.regex(r"\s+(?:retaliatory\s+|counter-?)?"
                                + cue_words.levy_nouns("levy", "surcharges") + r"\b", re.IGNORECASE)
#: "American goods entering China", "imports into Canada": the country at whose border the
#: goods arrive levies the duty
ENTERING_BEFORE_RE = skip.regex(r"\b(?:entering|enter|enters|imported\s+into|imports\s+into|"
                                r"arriving\s+in|coming\s+into|brought\s+into)\s+(?:the\s+)?$",
                                re.IGNORECASE)
#: the words ENTERING_BEFORE_RE needs, whole: one of its verbs alone, or one that it
#: needs with "into" ("imports into"), or "arriving" with "in" (see _may_enter)
ENTERING_WORDS = frozenset(("entering", "enter", "enters"))
INTO_WORDS = frozenset(("imported", "imports", "coming", "brought"))
#: a levy in the passive with no agent: "a 15% tariff will now be imposed on coal"
PASSIVE_LEVY_RE = skip.regex(r"\b(?:will|would|to|is|are|was|were|has|have)\s+(?:\w+\s+)?"
                             r"(?:be|been)\s+" + cue_words.alternation("levy_verbs", "passive")
                             + r"\b"
                             r"(?!\s+by\b)", re.IGNORECASE)
#: the verbs PASSIVE_LEVY_RE needs, whole: a sentence without one has no passive levy
PASSIVE_LEVY_VERBS = frozenset(cue_words.words("levy_verbs", "passive"))
#: the word AGENT_BEFORE_RE needs, whole (never at the start of the text it reads)
AGENT_WORDS = frozenset(("by",))


@per_sentence
def passive_levy(sent: Sentence) -> bool:
    """Whether the sentence tells a levy in the passive with no agent (PASSIVE_LEVY_RE),
    read once per sentence and only where one of its verbs stands."""
    return sent.may_hold_word(PASSIVE_LEVY_VERBS) and PASSIVE_LEVY_RE.search(sent.text) \
        is not None


#: a levy told as one already named: "Those measures", "The countermeasures", "These duties"
BACK_LEVY_RE = skip.regex(r"^\W*(?:no|the|those|these|such)\s+(?:[\w\-]+\s+)?"
                          r"(?:measures|countermeasures|counter-tariffs|duties|levies)\b",
                          re.IGNORECASE)
#: a country as the source of the statement: "..., the ministry in Beijing stated"
SPEAKER_AFTER_RE = skip.regex(r"^(?:'s|’s)?\s+(?:[\w\-]+\s+){0,3}?(?:said|says|stated|states|"
                              r"announced|confirmed|declared|noted)\b", re.IGNORECASE)
#: after an upper-case place opening a sentence: "LONDON (dpa-AFX) -", "TOKYO, July 8 -"
DATELINE_AFTER_RE = skip.regex(r"^\s*(?:,\s*[\w. ]{1,20}?)?\s*(?:\(|[-–—]\s)")
#: a break between two parts of a sentence, each with its own rate
BREAK_RE = skip.regex(r"[,;]\s*(?:with|while|whereas|but)\b|\b(?:while|whereas)\b",
                      re.IGNORECASE)
#: after a country, what exempts it from the levy of its sentence
# "talks held last month in Oslo, Norway", "the summit in Canada": where talks were held,
# not whom a levy hits (a meeting word, then "in" and the place, maybe a city first)
VENUE_BEFORE_RE = skip.regex(
    r"\b(?:talks|negotiations|meetings?|summit|met|meet|progress|held|hosted)"
    r"(?:\s+[\w\-]+){0,3}?\s+in\s+(?:[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*)?,\s+)?$",
    re.IGNORECASE)
_WORD_CHAR_RE = skip.regex(r"\w")
#: the words VENUE_BEFORE_RE begins with, whole (each is followed by a space): a sentence
#: without one is not searched (Sentence.may_hold_word)
VENUE_WORDS = frozenset(("talks", "negotiations", "meeting", "meetings", "summit", "met",
                         "meet", "progress", "held", "hosted"))
EXEMPT_AFTER_RE = skip.regex(
    r"^(?:'s|’s)?,?\s+(?:(?:has|have|had|was|were|is|are|will|would|be|been|being|also|"
    r"received|won|got|secured|obtained|gained|a|an|the|temporary|partial|full|last-minute)\s+)*"
    r"(?:exemption|exempted|exempt|spared|carve-out|excluded|carved\s+out)\b", re.IGNORECASE)
#: before a country's goods, the words that make them a penalty's reason, not its target:
#: "a 25% penalty for buying Russian oil", "the extra duty linked to Iranian crude"
REASON_BEFORE_RE = skip.regex(r"\b(?:linked\s+to|tied\s+to|over|because\s+of|punish\w*\s+"
                              r"(?:\w+\s+)?for|for\s+(?:buying|purchasing|importing|its\s+"
                              r"purchases\s+of|purchases\s+of))\s+(?:the\s+)?$", re.IGNORECASE)
#: after another country's oil, the penalty its buyers pay: "Russian-oil surcharge"
SECONDARY_LEVY_AFTER_RE = skip.regex(r"\s+(?:penalty|penalties|surcharges?)\b", re.IGNORECASE)
#: after a country (and an apposition), a denial that it pays: "China, a far larger
#: buyer, has not been asked to pay", "Mexico does not face it"
NOT_HIT_AFTER_RE = skip.regex(
    r"(?:'s|’s)?(?:,\s+(?:a|an|the|which|who)\b[^,;]{0,50},)?\s+(?:has|have|had|is|are|was|"
    r"were|does|do|did|will|would)\s+not\s+(?:yet\s+)?(?:been\s+(?:asked|made|told)\s+to\s+|"
    r"be\s+(?:asked|made)\s+to\s+)?(?:pay|face|been\s+hit|be\s+hit)\b", re.IGNORECASE)
#: before a country, a levy's application to it denied: "which was never applied to (the) UK"
NOT_APPLIED_TO_RE = skip.regex(r"\b(?:never|not)\s+(?:yet\s+)?(?:been\s+)?(?:applied|extended)"
                               r"\s+to\s+(?:the\s+)?$", re.IGNORECASE)
#: prepositions that name a country beside the goods, not the one the levy hits
WEAK_TARGET_RE = skip.regex(r"\b(?:with|in|toward|towards)\s+(?:the\s+)?$", re.IGNORECASE)
#: the other partners as a whole, hit by a levy ("charged on other countries") or shipping the
#: goods that pay it ("other countries' steel"); not "dozens of other partners"
OTHER_PARTNERS = (r"\b(?:(?:on|to|for|from|against)\s+(?:the\s+|all\s+)?other\s+"
                  r"(?:trading\s+)?(?:partners|countries|nations|economies)\b|"
                  r"\b(?<!of )other\s+(?:trading\s+)?(?:partners|countries|nations|"
                  r"economies)(?:'|’)\s)")
#: a group named as all but the partners told before it: "everyone else", "other countries"
ELSE_GROUP_RE = skip.regex(r"\b(?:else|other)\b", re.IGNORECASE)
ALL_PARTNER_RE = skip.regex(
    r"\b(?:all (?:countries|nations|trading partners|imports|goods|partners|foreign)|"
    r"all (?:u\.?s\.? |american |foreign )imports|"
    r"(?:every|each) (?:country|nation|trading partner)|foreign (?:countries|nations)|"
    # "every other partner now pays at least the 10% baseline": all but those named before
    r"every other (?:trading )?(?:partner|country|nation|economy)|"
    r"(?:all|most) (?:u\.?s\.? )?trading partners|"
    # "Peru and most other partners", "everyone else": every partner but those the
    # sentence sets apart ("the baseline that applies to most countries" describes the
    # measure: a country whose goods pay it stays its target)
    r"(?:all|most) other (?:trading )?(?:partners|countries|nations|economies)|"
    r"every(?:one|body) else(?:'s|’s)?|"
    # "other countries' steel", "charged on other countries": the rest of the world, told
    # apart from the partner the article is about
    + OTHER_PARTNERS + "|"
    # "apply to all of these countries": the partners listed before, taken as a whole
    r"all (?:of )?(?:these|those|the) (?:trading )?(?:partners|countries|nations|economies)|"
    r"worldwide|the world|global(?:ly)?|universal|across all|from all)\b",
    re.IGNORECASE,
)
#: between a figure and the partners named as a whole that pay it: "| charged on |other
#: countries", "| on |all partners", "| paid by |everyone else"
GROUP_AFTER_RE = skip.regex(r"\s+(?:" + cue_words.alternation("levy_verbs", "paid") + r"\s+)?"
                            r"(?:on|by|to|for|from)?\s*", re.IGNORECASE)
#: after a hit country, the rest of the world: "from Canada and all other trading partners"
OTHERS_AFTER_RE = skip.regex(r"^,?\s+(?:and|as well as|plus)\s+(?:all\s+)?(?:(?:the|its|their|"
                             r"[A-Z][\w.]*(?:'s|’s))\s+)?other\s+(?:major\s+)?(?:trading\s+)?"
                             r"(?:partners|countries|nations|economies)\b")
OTHER_PARTNERS_RE = skip.regex(OTHER_PARTNERS, re.IGNORECASE)
#: a group of partners that is neither one country nor all of them ("roughly 60 partners",
#: "dozens of countries"): the target stays unset, and no fallback guesses one
PARTNER_GROUP_RE = skip.regex(
    r"\b(?:(?:roughly|about|around|some|nearly|almost|more than|over|at least)\s+)?"
    r"(?:\d+|dozens of|a dozen|several|many|a handful of|scores of)\s+"
    r"(?:trading\s+)?(?:partners|countries|nations|economies)\b", re.IGNORECASE)
# ("together with those for dozens of other partners" names others beside the target)
GROUP = ""  # levy_target's answer for such a group; becomes None after the fallbacks
AND_OR_RE = skip.regex(r"\s+(?:and|or)\s")
#: what separates the items of a list of rates: ", ", " and ", "; ", " while "
ITEM_SEP_RE = skip.regex(r",\s*(?:and\s+|or\s+|while\s+|whereas\s+|but\s+)?|;\s*|"
                         r"\s(?:and|or|while|whereas|but)\s", re.IGNORECASE)
RESPECTIVELY_RE = skip.regex(r"\brespectively\b", re.IGNORECASE)
#: the whole words each of these regexes needs (Sentence.may_hold_word: a sentence
#: without one is not searched; each begins with \b, tried at every character)
RESPECTIVELY_WORDS = frozenset(("respectively",))
LIST_SEP_RE = skip.regex(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)")
OWN_PRONOUN_RE = skip.regex(r"\b(?:the country's|the nation's|the country’s|its)\b",
                            re.IGNORECASE)
THE_COUNTRY_RE = skip.regex(r"\b(?:the country|its|the nation)\b", re.IGNORECASE)
#: a sentence opening with what the one before named: "That deadline ...", "This pause ..."
BACK_REFERENCE_RE = skip.regex(r"^\W*(?:that|this|these|those)\s+(?:[\w\-]+\s+)?"
                               + cue_words.alternation("pause_nouns", "named_before") + r"\b",
                               re.IGNORECASE)
#: before a country named only for a comparison: "identical to those sent to Peru",
#: "the same rate as the one on Chile"
COMPARED_BEFORE_RE = skip.regex(r"\b(?:identical to|the same (?:\w+\s+)?as|similar to)\s+"
                                r"(?:[\w’']+\s+){0,5}?$", re.IGNORECASE)
#: before a country given as an example of a group: "all partners, including Peru"
EXAMPLE_BEFORE_RE = skip.regex(r"\b(?:including|such as|like|among them|notably)\s+(?:the\s+)?$",
                               re.IGNORECASE)
#: right after a rate, its levy on every partner's goods: "tariffs on all US imports"
ON_ALL_AFTER_RE = skip.regex(r"^\s+(?:[\w\-]+\s+){0,2}?on\s+all\s+(?:(?:u\.?s\.?|american|"
                             r"foreign)\s+)?imports\b", re.IGNORECASE)
#: right before a Section 232 sector's goods, words that make them every partner's: "all
#: imported cars", "foreign steel", "overseas-made trucks" (not "its cars", "Peruvian cars")
ALL_ORIGINS_BEFORE_RE = skip.regex(r"\b(?:all|foreign|imported|overseas|foreign-made|"
                                   r"overseas-made)\s+$", re.IGNORECASE)
#: right after them: "cars imported into the US", "car imports" with "all" before the goods
ALL_IMPORTS_AFTER_RE = skip.regex(r"^\s+(?:imported\s+into|imports\s+into|entering)\s+"
                                  r"(?:the\s+)?(?:U\.?S\.?|United\s+States|America)\b",
                                  re.IGNORECASE)
#: right after a country, its own balance: "US goods deficit", "China's trade surplus"
BALANCE_AFTER_RE = skip.regex(r"^(?:'s|’s)?\s+(?:(?:goods|merchandise|trade|total)\s+)*"
                              r"(?:deficit|surplus|balance)\b", re.IGNORECASE)
#: right after a country, the imports it owns: "U.S. imports of ...", "China's imports"
IMPORTER_AFTER_RE = skip.regex(r"(?:'s|’s)?\s+imports\b", re.IGNORECASE)
#: a relative clause opened right after a country: its "its" is that country's
RELATIVE_AFTER_RE = skip.regex(r"^(?:'s|’s)?,\s+(?:which|that|whose)\b", re.IGNORECASE)
#: "7% of its steel exports": the share is of the country named just before
ITS_BEFORE_RE = skip.regex(r"\s+of\s+(?:its|their)\b", re.IGNORECASE)
SHIPPED_TO_RE = skip.regex(r"\b(?:to|into)\s+(?:the\s+)?$", re.IGNORECASE)
#: "40% of India's ...", "a fifth of the country's ...": the share belongs to that country
OF_POSSESSIVE_RE = skip.regex(r"\s+of\s+(?:the\s+)?", re.IGNORECASE)
#: after a country named as the adjective of a share's goods, its sales abroad: "70% of
#: Mexican exports", "a third of Chilean copper shipments" (the share is of that country's)
OWN_EXPORTS_AFTER_RE = skip.regex(r"^\s+(?:[\w\-]+\s+){0,2}?(?:exports|shipments|sales\s+abroad)\b",
                                  re.IGNORECASE)


#: the evidence of a target read from a country's place in its sentence alone (not cued
#: as hit, not the adjective of goods, not right before the figure): a guess that what
#: the measure says of its partners may overrule
WEAK_LAST_BEFORE = "the last country before it"
WEAK_FIRST_CLAUSE = "the first country of the clause"
WEAK_FIRST_SENTENCE = "the first country of the sentence"


#: the evidence of a target taken from outside its sentence: the sentence before names it /
#: the article names it most. Both guess that the article speaks of one partner
#: (see unfocused_target)
PREV_SENTENCE = "the first country of the sentence before"
ARTICLE_COUNTRY = "the article's country"


def placed_only(target: Party) -> bool:
    """Whether the target was read from a country's place in its sentence alone."""
    return target.evidence.startswith((WEAK_LAST_BEFORE, WEAK_FIRST_CLAUSE, WEAK_FIRST_SENTENCE))


# ------------------------------------------------- tests of one country's neighbourhood
# A country mention's neighbourhood does not change from one figure of the sentence to
# the next: each test is computed once per mention (cached).
@lru_cache(maxsize=8192)
def target_cued(s: str, start: int, end: int) -> bool:
    """"tariffs on Korea", "imports from Japan", "U.S.-bound": a country being hit."""
    return bool(target_cue_re().search(s[max(0, start - 30): start])
                or s[end:end + 6] == "-bound" or s[start:end].endswith("-bound"))


def target_mentions(s: str, ms: list[Mention]) -> list[Mention]:
    """Countries standing after on/from/with/to ..., or as adjectives of goods."""
    return [m for m in ms if target_cued(s, m.start, m.end)]


#: right after a country, a verb's bare form that is also a noun ("increase", "hike"):
#: after a determiner it is the noun of a phrase ("the earlier US increase"), no verb
NOUN_VERB_AFTER_RE = skip.regex(r"\s+(?:increase|hike|raise|levy|cap|curb)\b(?!\s+(?:its|their|the|"
                                + cue_words.levy_nouns("levy_plural") + r")\b)", re.IGNORECASE)
#: before that country, a determiner and at most one lower-case describing word
DETERMINER_BEFORE_RE = skip.regex(r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|"
                                  r"[Hh]er)\s+(?:[a-z][\w\-]*\s+)?$")


@lru_cache(maxsize=8192)
def imposes(s: str, start: int, end: int) -> bool:
    """"Canada imposed ...", not "between Washington and Beijing imposed"."""
    return bool(impose_verb_re().match(s[end:])
                and not BETWEEN_RE.search(s[max(0, start - 60):start])
                and not (NOUN_VERB_AFTER_RE.match(s, end)
                         and DETERMINER_BEFORE_RE.search(s, max(0, start - 40), start)))


@lru_cache(maxsize=8192)
def own_levy(s: str, start: int, end: int) -> bool:
    """"China's retaliatory tariffs": the country's own levy, not one it faces (nor "the
    10% baseline on goods from Peru and the fentanyl-linked levy": a new noun phrase after
    "and" is no possessive)."""
    rest = s[end:]
    return bool(LEVY_AFTER_RE.match(rest) and not bears_re().match(rest)
                and not LISTED_BEFORE_LEVY_RE.match(rest)
                and not target_cue_re().search(s[max(0, start - 30): start])
                and not ANSWERED_BEFORE_RE.search(s[max(0, start - 40): start]))


@lru_cache(maxsize=4096)
def retaliation(s: str) -> bool:
    """A retaliation word in the sentence, not negated ("would not retaliate")."""
    return any(not ctx.NEGATED_RE.search(s[max(0, m.start() - 20):m.start()])
               for m in RETALIATION_RE.finditer(s))


@lru_cache(maxsize=8192)
def goods_of(s: str, end: int) -> bool:
    """"Korean cars", "Japan's tariffs", "Brazil faces": the country the goods are from."""
    rest = s[end:]
    return bool(GOODS_AFTER_RE.match(rest) or LEVY_AFTER_RE.match(rest) or bears_re().match(rest))


@lru_cache(maxsize=8192)
def _commented(s: str, start: int) -> bool:
    return bool(COMMENT_RE.search(s[max(0, start - 40):start]))


@lru_cache(maxsize=8192)
def _weakly_cued(s: str, start: int) -> bool:
    return bool(WEAK_TARGET_RE.search(s[max(0, start - 20):start]))


def _excluding(ms: list[Mention], code: str | None) -> list[Mention]:
    return [m for m in ms if m.value != code]


def _said(s: str, m: Mention) -> str:
    return repr(s[m.start:m.end])


#: right before "the world", a superlative's scope ("one of the highest rates in | the
#: world", "the steepest tariff anywhere in |"): a comparison, not whom a levy hits
SUPERLATIVE_SCOPE_RE = skip.regex(r"\b(?:[a-z]+est|most|least)\s+(?:[\w\-]+\s+){0,3}?"
                                  r"(?:anywhere\s+)?in\s+$", re.IGNORECASE)
#: how far before "the world" SUPERLATIVE_SCOPE_RE looks
SUPERLATIVE_REACH = 50


@lru_cache(maxsize=1024)
def partner_groups(s: str) -> list[tuple[int, int, str]]:
    """(start, end, "*" or GROUP) of the phrases naming every partner or a group of them;
    not "the world" as a superlative's scope ("one of the highest rates in the world")."""
    return [(m.start(), m.end(), "*") for m in ALL_PARTNER_RE.finditer(s)
            if not _superlative_scope(s, m.start())] + [
        (m.start(), m.end(), GROUP) for m in PARTNER_GROUP_RE.finditer(s)]


def _superlative_scope(s: str, start: int) -> bool:
    """Whether a group phrase at `start` ends a superlative's "in" ("the highest in")."""
    return bool(SUPERLATIVE_SCOPE_RE.search(s, max(0, start - SUPERLATIVE_REACH), start))


# ------------------------------------------------------------------------------ levies
#: the imposer of a levy whose sentence tells no one imposing it
US_BY_DEFAULT = "the US, as no other country imposes it here"


def levy_parties(fc: FigureContext, metric: str) -> Parties:
    """Imposer and target of a tariff (or tax) figure, from its sentence (the target may
    be GROUP: a group of partners; see levy_target_fallback for what the article adds).

    The US is the imposer unless the sentence says otherwise: a country as the
    subject of an imposing verb ("Canada imposed", "Beijing hit back with"), or a
    country's own levy in a retaliation ("China's retaliatory tariffs") or on named
    US goods ("Canada's tariffs on American steel").
    """
    s, ms, fig, doc = fc.text, fc.sent.countries, fc.fig, fc.doc
    lo, hi = clause_bounds(s, fig.start, fig.end)
    clause = [m for m in ms if lo <= m.start < hi] or ms
    if metric == "tax_rate":  # a tax is levied at home
        if clause:
            own = Decision(clause[0].value, f"a tax is levied at home: {_said(s, clause[0])}")
        else:
            home = neighbour_country(doc, fc.i, None)
            own = Decision(home or doc.main_country,
                           "a tax is levied at home: the sentence before or the headline"
                           if home else "a tax is levied at home: the article's country")
        tgt = next((m for m in target_mentions(s, clause) if m.value != own.value), None)
        return Parties(own, Decision(tgt.value, f"after a target cue: {_said(s, tgt)}")
                       if tgt else Decision(None, "no country after a target cue"))
    paired = _respectively_before(fc)
    if paired is not None:  # "... 30% on A and 10% on B. Else they would be 50% and 40%,
        return paired       # respectively."
    contrasted = _contrasted_origin(fc, metric)
    if contrasted is not None:
        return contrasted
    imposer: Party | None = None
    by = fc.sent.may_hold_word(AGENT_WORDS)
    agents = [m for m in clause
              if (by and m.start >= fig.end
                  and AGENT_BEFORE_RE.search(s[max(0, m.start - 40):m.start]))
              or _entering(fc.sent, m)]
    agents = [m for m in agents if not any(  # not across another rate of the sentence
        f is not fig and f.quantity == fig.quantity
        and min(m.start, fig.start) < f.start < max(m.start, fig.start) for f in fc.figs)]
    before = [m for m in clause if m.end <= fig.start]
    # "the duty on parcels from China was cut to 54%": a country after a target cue is
    # the origin of the goods, not the verb's subject (but "the council in Beijing has
    # announced" is Beijing's)
    subjects = [m for m in before if imposes(s, m.start, m.end)
                and not (target_cued(s, m.start, m.end) and not _weakly_cued(s, m.start))
                and not _owned_after_own_figure(fc, m, before)]
    if not agents and not subjects:
        # "the 104% levy Beijing had imposed": the subject of a relative clause on the
        # figure's own levy noun levies it
        agents = [m for m in clause if m.start >= fig.end
                  and (LEVY_THEN_SUBJECT_RE.fullmatch(s, fig.end, m.start)
                       or _rate_then_subject(s, fig.start, fig.end, m.start)
                       or _levy_of_rates_then_subject(s, fig.start, fig.end, m.start))
                  and imposes(s, m.start, m.end)]
        # "soybeans face a 20% Chinese duty": another country's adjective between the rate
        # and its levy noun names whose levy it is
        agents = agents or [m for m in clause if m.start >= fig.end and m.value != "US"
                            and RATE_TO_ADJECTIVE_RE.fullmatch(s, fig.end, m.start)
                            and NATIONALITY_RE.fullmatch(s, m.start, m.end)
                            and OWNED_LEVY_NOUN_RE.match(s, m.end)]
    if agents:  # "a 25% tariff imposed by the U.S.", "goods entering China ... 54%"
        after = [m for m in agents if m.start >= fig.end]
        who = after[0] if after else agents[-1]  # "10% on goods entering China" first
        imposer = Decision(who.value, f"the levy's agent or border: {_said(s, who)}")
    elif subjects and (gov := _governing_levy(fc, before, subjects[-1])) is not None:
        # "China would charge 15% on coal, replying to a US duty of 10%": the levy named
        # right before a figure, after the subject's verb, is that country's own
        imposer = Decision(gov.value, f"the country's own levy right before the figure: "
                                      f"{_said(s, gov)}")
    elif subjects:
        imposer = Decision(subjects[-1].value,
                           f"subject of an imposing verb: {_said(s, subjects[-1])}")
    elif (side := _side_opening(fc)) is not None:
        imposer = side
    elif clause and not any(imposes(s, m.start, m.end) for m in ms) \
            and passive_levy(fc.sent):
        hit = {t.value for t in target_mentions(s, clause)
               if t.start >= fig.end and not _weakly_cued(s, t.start)}
        speakers = [m for m in ms if SPEAKER_AFTER_RE.match(s[m.end:])
                    and m.value not in hit]  # "Seoul confirmed a 15% tariff on Korean cars"
        if speakers:  # "a 15% tariff will now be imposed on coal, the ministry in Beijing said"
            imposer = Decision(speakers[0].value, f"the source of a passive levy: "
                                                  f"{_said(s, speakers[0])}")
    elif not ms and (passive_levy(fc.sent) or BACK_LEVY_RE.search(s, 0, fig.start)):
        # "Those measures ... take effect on April 1": the levy of a sentence before
        carried = _earlier_parties(fc)
        answers = RETALIATION_RE.search(s)  # "No countermeasures would ...": still theirs
        if carried is not None:
            return _answering(fc, carried) if answers else carried
        if answers and fc.doc.mentions_us:
            other = _other_side(fc)
            if other is not None:
                return Parties(Decision(other, "a retaliation named alone is the other side's"),
                               Decision("US", "a retaliation answers the US"))
    # "the US rate on Chinese goods at 30% and China's rate on US goods at 10%": a
    # country's own levy speaks of the figures after it up to the next such figure only
    own = [m for m in clause if own_levy(s, m.start, m.end) and not _across_figure(fc, m)
           and not _own_figure_after(fc, m) and not _pays_before(fc, m, clause)]
    if imposer is None:
        imposer = _own_body(fc, clause)
    retaliating = retaliation(s)
    if imposer is None:
        for m in own:
            named_target = any(t.value != m.value for t in target_mentions(s, clause)
                               if t.start > m.end)
            if m.value == "US" or retaliating or (named_target and not _rate_it_faces(s, m.end)):
                imposer = Decision(m.value, f"the country's own levy: {_said(s, m)}")
                break
    # "He raised the tariff on Peru by 20%, and Lima responded in kind": a country the
    # figure's own clause hits before it is not the one retaliating there
    hit_before = [m for m in before if m.value != "US" and target_cued(s, m.start, m.end)
                  and not _weakly_cued(s, m.start)]
    if imposer is None and retaliating and not hit_before:
        others = [m for m in clause if m.value != "US"] or [  # "The EU's executive said
            m for m in ms if m.value != "US" and m.end <= fig.start]  # it will put its ..."
        if others:
            imposer = Decision(others[0].value, f"retaliation by {_said(s, others[0])}")
        elif doc.main_country:
            imposer = Decision(doc.main_country, "retaliation by the article's country")
    if imposer is None and not ms and (planned := _earlier_body(fc)) is not None:
        return planned
    if imposer is None:
        imposer = _levier_of_us_goods(fc, clause)
    if imposer is None:
        imposer = _no_deal_levier(fc)
    if imposer is None and (regime := _regime_owner(fc) or _quota_border(fc)) is not None:
        return Parties(regime, _regime_target(fc, regime.value, clause))
    if imposer is None:
        imposer = Decision("US", US_BY_DEFAULT)
        base = _on_top_of(fc)
        if base is not None:
            return base
        summed = _sum_of_earlier_levy(fc)
        if summed is not None:
            return summed
        target = levy_target(fc, "US", clause)
        lead = _lead_levier(doc)
        if lead is not None and not any(m.value == "US" or (  # "Ottawa's 25% surtax": its own
                m.value == target.value and m.end <= fig.start
                and possessive_re().match(s[m.end:])) for m in ms) \
                and target.value not in (None, GROUP, "*", "US", lead[0]) \
                and any(m.value == target.value for m in ms) \
                and (lead[1] == target.value or (lead[1] is None and not lead[2])):
            # "China slaps 100% on Canadian canola ... Canadian peas pay 25%": in an article
            # led by another country's levy, a levy on the partner it hits (named in the
            # sentence), with no US named and no imposer of its own, is that side's levy
            own = Decision(lead[0], f"the levier of the article's lead: {lead[0]}")
            return Parties(own, _as_bloc(levy_target(fc, lead[0], clause), lead[0]))
        told_on = _told_on(fc)
        if told_on is not None:
            return told_on
        if lead is not None and _countryless_under_lead(fc, lead):
            why = f"no country in its sentence, in an article led by {lead[0]}'s levy on {lead[1]}"
            return Parties(Decision(lead[0], why), Decision(lead[1], why))
        return Parties(imposer, _as_bloc(target, imposer.value))
    return Parties(imposer, _as_bloc(levy_target(fc, imposer.value, clause), imposer.value))


@cache
def contrast_join_re() -> re.Pattern[str]:
    """A contrast between two clauses of one sentence ("..., while Chilean wheat pays 3%";
    rules/lexicon.toml [imposer_cues] contrast_joins)."""
    return skip.regex(r"\b" + cue_words.group("imposer_cues", "contrast_joins", space=r"\s+")
                      + r"\b", re.IGNORECASE)


def _contrasted_origin(fc: FigureContext, metric: str) -> Parties | None:
    """"Peruvian mills pay 13% on American wheat, while Chilean wheat pays the standard 3%":
    a rate in a contrast clause whose goods come from another origin is the levy of the
    same importer as the rate of the clause before, when that rate is a partner's levy on
    the US (the US never levies its own goods, so the contrast is between two origins of
    the partner's imports) and the contrast clause names no one imposing it; its target is
    the other origin. None otherwise."""
    s, fig = fc.text, fc.fig
    joins = list(contrast_join_re().finditer(s, 0, fig.start))
    if not joins:
        return None
    join = joins[-1]
    if any(join.end() <= f.start < fig.start for f in fc.figs if f.quantity == fig.quantity):
        return None
    before = [f for f in fc.figs if f.quantity == fig.quantity and f.end <= join.start()]
    origins = [m for m in fc.sent.countries if join.end() <= m.start < fig.start]
    if not before or not origins or origins[0].value == "US" \
            or any(imposes(s, m.start, m.end) for m in origins) \
            or importer_after_re().match(s, origins[0].end):
        return None
    first = levy_parties(FigureContext(fc.doc, fc.i, before[-1], fc.figs), metric)
    importer = first.imposer.value
    if importer in (None, "US", origins[0].value) or first.target.value != "US":
        return None
    return Parties(Decision(importer, f"the importer of the clause before the contrast "
                                      f"({first.imposer.evidence})"),
                   Decision(origins[0].value, f"the other origin the contrast names: "
                                              f"{_said(s, origins[0])}"))


@cache
def importer_after_re() -> re.Pattern[str]:
    """Right after a country, the firms that buy its imports ("Chilean buyers", "Peru's
    crushers"; rules/lexicon.toml [imposer_cues] importer_nouns): that country imports the
    goods, it is no origin of them."""
    return skip.regex(r"(?:'s|’s)?\s+(?:[\w\-]+\s+)?"
                      + cue_words.group("imposer_cues", "importer_nouns") + r"\b", re.IGNORECASE)


#: right before a rate, the levy of the sentence before told on as its subject: "the total
#: stood at", "the combined duty was", "the rate had been" (.search up to the figure)
TOLD_ON_BEFORE_RE = skip.regex(r"\bthe\s+(?:total|combined\s+(?:rate|duty|tariff|levy)|"
                               r"rate|duty|tariff|levy)\s+(?:[\w\-]+\s+)?(?:stood|was|were|"
                               r"had\s+been|stands|is)\s+(?:at\s+)?$", re.IGNORECASE)


def _told_on(fc: FigureContext) -> Parties | None:
    """"Beijing's duty on US soybeans fell to 13%. Until the weekend the total stood at 23%":
    a rate whose sentence names no country, told as the level of "the total" or "the rate",
    is the level of the levy of the sentence before, when another side levies that one (the
    US would be this rate's imposer by default anyway)."""
    doc, i, fig = fc.doc, fc.i, fc.fig
    if i == 0 or [m for m in fc.sent.countries if not dateline_place(fc.text, m)] \
            or not TOLD_ON_BEFORE_RE.search(fc.text, max(0, fig.start - 60), fig.start):
        return None
    pfigs = doc.figures_at(i - 1)
    rates = [f for f in pfigs if f.quantity == fig.quantity]
    if not rates:
        return None
    got = levy_parties(FigureContext(doc, i - 1, rates[0], tuple(pfigs)), "tariff_rate")
    if got.imposer.value in (None, "US"):
        return None
    why = f"the levy of the sentence before, told on ({got.imposer.evidence})"
    return Parties(Decision(got.imposer.value, why), Decision(got.target.value, why))


def _countryless_under_lead(fc: FigureContext, lead: tuple[str, str | None, bool]) -> bool:
    """"Mexico proposes duties of up to 50% on Chinese cars ... Light vehicles from those
    suppliers, which now pay 20 per cent, would move to the top rate": in an article whose
    headline or first sentence tells another country's levy on a partner and names no US, a
    rate whose sentence names no country and no US measure is that levy's."""
    levier, hit, us_named = lead
    if levier == "US" or hit in (None, "US") or us_named \
            or [m for m in fc.sent.countries if not dateline_place(fc.text, m)] \
            or any(m.value in US_ONLY_MEASURES for m in fc.sent.measures):
        return False
    # the levier told acting ("Mexico proposes"), not only owning a rate ("Canada's rate goes
    # to 35%" is as often the US rate on it)
    texts = [(fc.doc.title, ctx.find_countries(fc.doc.title))] if fc.doc.title else []
    if fc.doc.sentences:
        texts.append((fc.doc.sentences[0].text, fc.doc.sentences[0].countries))
    return any(m.value == levier and imposes(t, m.start, m.end) for t, ms in texts for m in ms)


#: measures that name a US levy, never another country's
US_ONLY_MEASURES = frozenset({"reciprocal", "fentanyl", "section_232", "section_301", "baseline"})


def _owned_after_own_figure(fc: FigureContext, subject: Mention, before: list[Mention]) -> bool:
    """"Washington keeps a 30% levy on Chinese imports, and China's duty on US goods stays at
    30%": the subject's verb has its own figure; another country's own levy named after that
    figure, before this one, owns this one."""
    s, fig = fc.text, fc.fig
    firsts = [f for f in fc.figs if f is not fig and f.quantity == fig.quantity
              and subject.end <= f.start and f.end <= fig.start]
    return bool(firsts) and any(
        o.value != subject.value and firsts[0].end <= o.start and own_levy(s, o.start, o.end)
        for o in before)


#: before a country that opens its sentence as a side: "On | China's side", "For | the Chinese
#: side" (.fullmatch from the sentence's start to the mention)
SIDE_BEFORE_RE = skip.regex(r"\W*(?:on|for|from)\s+(?:the\s+)?", re.IGNORECASE)
#: right after that country: "'s side", " side"
SIDE_AFTER_RE = skip.regex(r"(?:'s|’s)?\s+side\b", re.IGNORECASE)


def _side_opening(fc: FigureContext) -> Party | None:
    """"On Peru's side, its 12% duty on American corn ends": a sentence opened
    by one side tells that side's levies, so with no country told imposing them, the side
    named first imposes them (not the US by default, nor the country "on" reads as hit)."""
    s = fc.text
    for m in fc.sent.countries:
        if m.start >= fc.fig.start:
            return None
        if SIDE_BEFORE_RE.fullmatch(s, 0, m.start) and SIDE_AFTER_RE.match(s, m.end):
            return Decision(m.value, f"the side its sentence opens with: {_said(s, m)}")
    return None


def named_retaliation_parties(fc: FigureContext, parties: Parties, named: str | None,
                              named_here: bool) -> Parties:
    """"... may bring in without paying the 25% counter-tariff": a retaliation named next to
    the figure, in a sentence that tells no one imposing it (the US only by default) and
    does not name a US levy, is the partner's answer to the US, not a US levy on that
    partner (not "in retaliation for US tariffs on Canada, now 35%": the US levy answered)."""
    imposer, target = parties.imposer, parties.target
    if named != "retaliatory" or not named_here or imposer.evidence != US_BY_DEFAULT \
            or target.value in (None, GROUP, "*", "US") \
            or any(m.value == "US" and (LEVY_AFTER_RE.match(fc.text[m.end:])
                                        or imposes(fc.text, m.start, m.end))
                   for m in fc.sent.countries):
        return parties
    why = f"a retaliation named at the figure answers the US ({target.evidence})"
    return Parties(Decision(target.value, why), Decision("US", why))


@cache
def currency_homes() -> dict[str, str]:
    """rules/lexicon.toml [countries.currencies]: the country whose currency each code is."""
    return dict(rules.load("lexicon")["countries"].get("currencies", {}))


def home_currency_parties(fc: FigureContext, parties: Parties) -> Parties:
    """"... and stop charging US-linked ships a fee of 400 yuan per net ton": a levy's own
    money (a charge per unit, a retaliation's list) stated in another country's currency,
    with no country told imposing it (the US only by default, or carried from the sentence
    before), is that country's levy on the US: Washington states its charges in dollars."""
    home = currency_homes().get(fc.fig.unit)
    if home is None or parties.imposer.value != "US" or home == "US" \
            or any(m.value == "US" and (LEVY_AFTER_RE.match(fc.text[m.end:])
                                        or imposes(fc.text, m.start, m.end))
                   for m in fc.sent.countries):
        return parties
    why = f"a levy's money in {fc.fig.unit}, that country's currency"
    return Parties(Decision(home, why), Decision("US", why))


#: the partners a levy is aimed at named by the deal they lack with the levier: "countries
#: without a free-trade agreement with |Canada", "nations with which |Mexico has no trade
#: deal" (the levier's name follows; .search, then a mention at its end)
NO_DEAL_RE = skip.regex(r"\b(?:countries|partners|nations|economies|suppliers)\s+(?:that\s+"
                        r"(?:have|lack)\s+no\s+|without\s+(?:an?\s+)?|with\s+no\s+|lacking\s+"
                        r"(?:an?\s+)?)(?:free[\s\-])?trade\s+(?:agreement|deal|pact|treaty)\s+"
                        r"with\s+(?:the\s+)?$|\b(?:countries|partners|nations|economies|"
                        r"suppliers)\s+with\s+which\s+$", re.IGNORECASE)


def _no_deal_levier(fc: FigureContext) -> Party | None:
    """"Steel from countries without a free-trade agreement with Canada will face a 50%
    surtax": a levy on the partners that lack a deal with a country is that country's (the
    US is told as levying its own; a partner's tariff wall is named by the deals it has)."""
    s, fig = fc.text, fc.fig
    for m in fc.sent.countries:
        if m.value == "US" or not NO_DEAL_RE.search(s, max(0, m.start - 80), m.start):
            continue
        if any(f is not fig and f.quantity == fig.quantity
               and min(m.start, fig.start) < f.start < max(m.start, fig.start) for f in fc.figs):
            continue  # another rate between: that one's
        return Decision(m.value, f"a levy on the partners without a deal with {_said(s, m)}")
    return None


@cache
def own_regime_re() -> re.Pattern[str]:
    """A word of a partner's own trade-defence regime ([imposer_cues] own_regimes)."""
    return skip.regex(rf"\b{cue_words.alternation('imposer_cues', 'own_regimes')}\b",
                      re.IGNORECASE)


@cache
def regime_after_re() -> re.Pattern[str]:
    """After a country, a few words of one clause, then a regime word: "Canada's new steel
    surtax", "India's finance ministry imposed a provisional safeguard" (.match at the
    country's end)."""
    return skip.regex(cue_words.alternation("imposer_cues", "possessive")
                      + r"?\s+(?:[\w\-]+\s+){0,5}?"
                      + cue_words.alternation("imposer_cues", "own_regimes") + r"\b",
                      re.IGNORECASE)


#: how many sentences before the figure's the owner of its regime is looked for
REGIME_REACH = 3


def _regime_owner(fc: FigureContext) -> Party | None:
    """"Canada's tariff-rate quotas took effect ... Anything above that pays a 50% surtax":
    a rate whose sentence names a partner's own trade-defence regime (a safeguard, a surtax,
    an out-of-quota duty: [imposer_cues] own_regimes), with no one told imposing it and no
    US levy named there, is the regime's owner's: the country its own sentence, one of the
    few before or the headline ties to such a regime (its word a few words after the
    country, the country's own body planning it, or a levy on the partners without a deal
    with it), not the US by default; failing those, when the rate's sentence names no
    country ("The Commission's draft safeguard would add 50 points to the 25 per cent
    out-of-quota duty"), the one country the sentence right before names ("Brussels hardens
    its line."), if not the US. A headline's rate ("Commission plans to double out-of-quota
    duty to 50%") looks at the few sentences after it, its lead, instead."""
    sent, s = fc.sent, fc.text
    if not own_regime_re().search(s) or any(
            m.value == "US" and (LEVY_AFTER_RE.match(s[m.end:]) or imposes(s, m.start, m.end))
            for m in sent.countries):
        return None
    texts = [(s, sent.countries)]
    texts += [(fc.doc.sentences[j].text, fc.doc.sentences[j].countries)
              for j in range(fc.i - 1, max(-1, fc.i - 1 - REGIME_REACH), -1)]
    if fc.doc.title:
        texts.append((fc.doc.title, ctx.find_countries(fc.doc.title)))
    if fc.i == 0:  # (h298) a headline's regime is told in the lead after it
        texts += [(fc.doc.sentences[j].text, fc.doc.sentences[j].countries)
                  for j in range(1, min(len(fc.doc.sentences), 1 + REGIME_REACH))]
    for t, ms in texts:
        owner = _ties_to_regime(t, ms)
        if owner is not None:
            return Decision(owner.value, f"the owner of the regime its sentence names: "
                                         f"{_said(t, owner)}")
    if fc.i > 0 and not [m for m in sent.countries if not dateline_place(s, m)]:
        ps = fc.doc.sentences[fc.i - 1]
        named = {m.value for m in ps.countries if not dateline_place(ps.text, m)}
        if len(named) == 1 and "US" not in named:
            return Decision(named.pop(), "the one country of the sentence before a regime's "
                                         "rate whose sentence names none")
    return None


def _quota_border(fc: FigureContext) -> Party | None:
    """"The steel that may enter the EU duty-free would be cut by 47%, and shipments above the
    quotas would pay 50%": a rate whose sentence names an import quota and a country other
    than the US as the border goods enter, with no one told imposing it and no US levy named,
    is that country's: a quota is kept by the country whose border it guards. (levy_parties'
    own border agent misses it when the quota's cut, another figure, stands between the
    two.) The US quota on British cars is told as cars entering the US, so it stays a US
    levy."""
    sent, s = fc.sent, fc.text
    if not quota_re().search(s) or any(
            m.value == "US" and (LEVY_AFTER_RE.match(s[m.end:]) or imposes(s, m.start, m.end))
            for m in sent.countries):
        return None
    border = next((m for m in sent.countries if _entering(sent, m)), None)
    if border is None or border.value == "US":
        return None
    return Decision(border.value, f"the border an import quota guards: {_said(s, border)}")


def _regime_target(fc: FigureContext, owner: str | None, clause: list[Mention]) -> Party:
    """The partner a regime's levy hits: the one its sentence names ("steel melted and poured
    in China"), else every origin ("*"): a safeguard or a surtax above a quota is on all
    foreign goods, never the US by default as another side's levy would be."""
    target = levy_target(fc, owner, clause)
    if target.value not in (None, GROUP, "*") \
            and any(m.value == target.value for m in fc.sent.countries):
        return _as_bloc(target, owner)
    return Decision("*", f"a regime's levy naming no partner hits every origin "
                         f"({target.evidence})")


def _ties_to_regime(t: str, ms: list[Mention]) -> Mention | None:
    """The first country other than the US that the text ties to its own regime: the
    regime's word a few words after it in its clause, the partners without a deal with it
    (whose goods such a regime hits), or its own body planning a levy there (when the text
    names a regime)."""
    names = own_regime_re().search(t) is not None
    for m in ms:
        if m.value == "US" or dateline_place(t, m) or (target_cued(t, m.start, m.end)
                                                  and not NO_DEAL_RE.search(
                                                      t, max(0, m.start - 80), m.start)):
            continue
        if regime_after_re().match(t, m.end) \
                or NO_DEAL_RE.search(t, max(0, m.start - 80), m.start):
            return m
        if names and BODY_FROM_RE.match(t, m.start):
            return m
    return None


def _lead_levier(doc: Doc) -> tuple[str, str | None, bool] | None:
    """The country other than the US that the headline (else the first sentence) makes the
    subject of an imposing verb or the owner ('s) of a levy ("China slaps 100% tariff on
    Canadian canola", "Your questions on China's canola tariffs"), with the first other
    country named after it (the partner it hits, or None), and whether the headline or the
    first sentence names the US (whose levies may be the ones on an unnamed partner)."""
    return memo_of(doc, "lead_levier", _read_lead_levier)


def _read_lead_levier(doc: Doc) -> tuple[str, str | None, bool] | None:
    texts = [(doc.title, ctx.find_countries(doc.title))] if doc.title else []
    if doc.sentences:
        texts.append((doc.sentences[0].text, doc.sentences[0].countries))
    us_named = any(m.value == "US" for _, ms in texts for m in ms)
    for s, ms in texts:
        for m in ms:
            if m.value == "US" or dateline_place(s, m) or target_cued(s, m.start, m.end) \
                    or NOUN_VERB_AFTER_RE.match(s, m.end):  # "China levy doubles": a noun
                continue
            # only a possessive owns the levy: "China tariff hit", "Brazil duties bite"
            # name the goods a levy hits as often as a country's own levy
            if imposes(s, m.start, m.end) or (possessive_re().match(s[m.end:])
                                              and own_levy(s, m.start, m.end)
                                              and not _rate_it_pays(s, m.end)):
                later = [n for n in ms if n.start > m.end and n.value != m.value]
                if _retaliation_owned(s, m.end):
                    # "Canada's counter-duty and the UK lane": a retaliation answers the US
                    # unless it names the partner it hits ("on Canadian canola")
                    later = [n for n in later if target_cued(s, n.start, n.end)]
                    return m.value, later[0].value if later else "US", us_named
                hit = later[0].value if later else None
                return m.value, hit, us_named
    return None


#: a country's retaliation word right after it: "Canada's counter-duty", "Ottawa's new
#: retaliatory tariffs"
OWN_RETALIATION_RE = skip.regex(r"(?:'s|’s)\s+(?:[\w\-]+\s+){0,2}?(?:retaliat\w*|"
                                + cue_words.levy_nouns("counter_tariffs", "countertariffs",
                                                       "counter_duties", "countermeasures")
                                + r")\b",
                                re.IGNORECASE)


#: (h262) a country's possessive, then its "rate" with at most a figure or a word between:
#: "Cambodia's rate", "Peru's 10% rate", "India's country rate"
PAID_RATE_AFTER_RE = skip.regex(r"(?:'s|’s)\s+(?:(?:" + _FIGURE_WORD + r"|[\w\-]+)\s+)?"
                                + cue_words.levy_nouns("rates") + r"\b", re.IGNORECASE)


#: (h298) a country's possessive, then a figure and at most one word before its "rate", with
#: no "on" or "against" right after: "India's 50 per cent rate", "Japan's 15% reciprocal
#: rate" (not "China's 10% rate on US goods")
FACED_RATE_AFTER_RE = skip.regex(r"(?:'s|’s)\s+" + _FIGURE_WORD + r"\s+(?:[\w\-]+\s+)?"
                                 + cue_words.levy_nouns("rates")
                                 + r"\b(?!\s+(?:on|against)\b)", re.IGNORECASE)


def _rate_it_faces(s: str, end: int) -> bool:
    """Whether the country that ends at `end` is told with the figure of its "rate" and
    nothing it is on ("India's 50 per cent rate, in force since Aug. 27, has all but halted
    jewellery exports to American retailers"; "pays Japan's 15% reciprocal rate, and a kit
    from Vietnam pays 20%"): the rate its goods pay, so a country named after it (where the
    goods go, another origin) is no partner the rate hits; not with a retaliation word
    ("China's 34% retaliatory rate")."""
    return FACED_RATE_AFTER_RE.match(s, end) is not None and not _retaliation_owned(s, end)


def _rate_it_pays(s: str, end: int) -> bool:
    """Whether the country that ends at `end` is told with its "rate" ("the April chart put
    Cambodia's rate at 49%"): the rate it pays, as a US chart tells it, not a levy it leads
    an article with (a retaliation word after it keeps it its own: "China's retaliatory
    rate")."""
    return PAID_RATE_AFTER_RE.match(s, end) is not None and not _retaliation_owned(s, end) \
        and not RETALIATION_RE.search(s, end, end + 40)


def _retaliation_owned(s: str, end: int) -> bool:
    """Whether the country that ends at `end` owns a retaliation ("Canada's counter-duty")."""
    return OWN_RETALIATION_RE.match(s, end) is not None


#: a partner's own government or legislature, then its verb of planning or passing a levy
#: (rules/lexicon.toml [imposer_cues] body_nouns, body_auxiliaries, body_adverbs, body_verbs,
#: body_asked_to: their one owner)
_BODY_NOUNS = cue_words.group("imposer_cues", "body_nouns", space=r"\s+")
_BODY_VERBS = (r"(?:" + cue_words.group("imposer_cues", "body_auxiliaries") + r"\s+)?"
               r"(?:(?:\w+ly|" + cue_words.group("imposer_cues", "body_adverbs") + r")\s+)?"
               r"(?:" + cue_words.group("imposer_cues", "body_verbs", space=r"\s+")
               + r"|asked\s+(?:[\w\-]+\s+){1,2}to\s+"
               + cue_words.group("imposer_cues", "body_asked_to") + r")\b")
_BODY = r"(?:own\s+)?(?:[\w\-]+\s+)?" + _BODY_NOUNS + r"\s+" + _BODY_VERBS
#: after a country, its own government or legislature planning a levy: "Mexico's
#: government has asked Congress to approve tariffs", "Chile's congress is weighing duties"
OWN_BODY_AFTER_RE = skip.regex(r"(?:'s|’s)\s+" + _BODY, re.IGNORECASE)  # .match(s, end)
#: "its congress is weighing tariffs": the body of the country named before in the sentence
ITS_BODY_RE = skip.regex(r"\bits\s+" + _BODY, re.IGNORECASE)


def _own_body(fc: FigureContext, clause: list[Mention]) -> Party | None:
    """A levy that a country's own government or legislature plans, in the figure's
    clause before it ("Mexico's government has asked Congress to approve tariffs of up to
    50%", "Chile has a plan: its congress is weighing duties of 30% on ..."), is that
    country's, not a US levy (the US never plans its levies on itself)."""
    s, fig = fc.text, fc.fig
    lo, hi = clause_bounds(s, fig.start, fig.end)
    if any(m.value == "US" and lo <= m.start < hi and not target_cued(s, m.start, m.end)
           for m in fc.sent.countries):
        return None  # "Peru's parliament is weighing the 20% US tariff": the US levy
    for m in clause:
        if m.value != "US" and m.end <= fig.start and OWN_BODY_AFTER_RE.match(s, m.end) \
                and not target_cued(s, m.start, m.end) and not _across_figure(fc, m):
            return Decision(m.value, f"its own government plans the levy: {_said(s, m)}")
    its = ITS_BODY_RE.search(s, lo, fig.start)
    if its is not None:
        owners = [m for m in fc.sent.countries if m.end <= its.start()]
        if owners and owners[-1].value != "US" and not dateline_place(s, owners[-1]) \
                and not any(f is not fig and f.quantity == fig.quantity
                            and its.end() <= f.start < fig.start for f in fc.figs):
            return Decision(owners[-1].value,
                            f"its own government plans the levy: {_said(s, owners[-1])}")
    return None


#: from a country on, its own body planning a levy, a time word or two allowed before the
#: verb: "Mexico's Congress yesterday approved", "The European Commission has proposed"
BODY_FROM_RE = skip.regex(r"[^,;:]{0,40}?\b" + _BODY_NOUNS + r"\s+(?:[\w\-]+\s+){0,2}?"
                          + _BODY_VERBS, re.IGNORECASE)  # .match(s, start)


#: how many sentences before a rate with no country its partner's own plan is looked for
#: ("Mexico's Congress approved ... The proposal would raise duties ... Light vehicles would
#: go to 50%. Textiles would face rates of between 10 and 50%": three back)
BODY_REACH = 3


def _earlier_body(fc: FigureContext) -> Parties | None:
    """"Mexico's Congress approved higher tariffs on imports from Asia. Rates go up to 50%":
    a rate whose sentence names no country, told after a sentence (up to BODY_REACH back) in
    which another country's own government or legislature plans or passes a levy, is that
    country's; the nearest sentence that names a country decides. Such a levy (a safeguard,
    a tariff wall on the partners without a deal) hits the one partner that sentence names
    after a target cue, else every origin ("*"). A sentence that names the partners without
    a deal with a country ("lines from countries that have no trade agreement with Mexico")
    tells that country's tariff wall, on every origin, whoever it says passed it."""
    doc, i = fc.doc, fc.i
    for j in range(i - 1, max(-1, i - 1 - BODY_REACH), -1):
        ps = doc.sentences[j]
        if not ps.countries:
            continue
        for m in ps.countries:
            if m.value == "US":
                continue
            if NO_DEAL_RE.search(ps.text, max(0, m.start - 80), m.start):
                # "... duties on goods from countries that have no trade agreement with
                # Mexico. The new rates take effect on Jan. 1": that country's tariff wall
                own = Decision(m.value, f"a levy on the partners without a deal with it "
                                        f"{i - j} sentence(s) before: {_said(ps.text, m)}")
                return Parties(own, Decision("*", "a tariff wall hits every origin"))
            if target_cued(ps.text, m.start, m.end) or not BODY_FROM_RE.match(ps.text, m.start):
                continue
            own = Decision(m.value, f"its own government plans the levy {i - j} sentence(s) "
                                    f"before: {_said(ps.text, m)}")
            hit = {n.value for n in ps.countries if n.value != m.value
                   and target_cued(ps.text, n.start, n.end)}
            if len(hit) == 1:
                return Parties(own, Decision(hit.pop(), "the one partner that sentence hits"))
            return Parties(own, Decision("*", "that sentence names no one partner it hits"))
        return None
    return None


#: between a country's own levy noun and the figure it governs: "a US duty of 10%",
#: "the Chinese tariff of", "Japan's 15%" (a few words, no clause break)
_GOVERNS_GAP = 30


def _governing_levy(fc: FigureContext, before: list[Mention], subject: Mention) -> Mention | None:
    """A country named after the subject of an imposing verb as the owner of a levy noun that
    leads straight to the figure ("..., replying to a US duty of 10 per cent"): another
    side's levy, told beside the subject's own, is that side's."""
    s, fig = fc.text, fc.fig
    for m in reversed(before):
        if m.start <= subject.end or m.value == subject.value:
            return None
        if fig.start - m.end <= _GOVERNS_GAP and "," not in s[m.end:fig.start] \
                and own_levy(s, m.start, m.end) and not _across_figure(fc, m):
            return m
    return None


#: between a levy and the rate it stacks on: "a 20% Chinese duty, on top of the normal 3%"
ON_TOP_OF_RE = skip.regex(r"\bon\s+top\s+of\s+(?:the\s+|an?\s+|its\s+)?(?:[\w\-]+\s+){0,3}?$",
                          re.IGNORECASE)


def _on_top_of(fc: FigureContext) -> Parties | None:
    """"Soybeans face a 20% Chinese duty, on top of the normal 3% rate": the rate a levy of
    the sentence stacks on, with no country of its own, is levied by the same side on the
    same goods (its parties are that levy's)."""
    s, fig = fc.text, fc.fig
    before = [f for f in fc.figs if f.quantity == fig.quantity and f.end <= fig.start]
    if not before:
        return None
    prev = before[-1]
    gap = ON_TOP_OF_RE.search(s, prev.end, fig.start)
    if gap is None or any(gap.start() <= n.start < fig.end for n in fc.sent.countries):
        return None
    got = levy_parties(FigureContext(fc.doc, fc.i, prev, fc.figs), "tariff_rate")
    why = f"the parties of the levy it stacks on ({s[gap.start():fig.start].strip()!r})"
    return Parties(Decision(got.imposer.value, why), Decision(got.target.value, why))


def _across_figure(fc: FigureContext, m: Mention) -> bool:
    """Another figure of the same quantity (not the figure's other end, as in "from 125%
    to 10%") stands between the mention (before the figure) and the figure: the
    mention's levy is that figure's."""
    fig = fc.fig
    return m.end <= fig.start and any(
        f is not fig and f.quantity == fig.quantity and m.end <= f.start < fig.start
        and f is not fig.partner and f.partner is not fig  # "from 125% to 10%": one pair
        for f in fc.figs)


def _pays_before(fc: FigureContext, m: Mention, clause: list[Mention]) -> bool:
    """"Korean cars will pay 15%, once Seoul drops Korean duties on US beef": a country's
    own levy named after the figure is not the figure's when the country's goods bear the
    figure before it (the figure is the levy they pay, another side's)."""
    s, fig = fc.text, fc.fig
    return m.start >= fig.end and any(
        b.value == m.value and b.end <= fig.start and not own_levy(s, b.start, b.end)
        and (GOODS_AFTER_RE.match(s[b.end:]) or bears_re().match(s[b.end:])
             or any(b.end < p.start <= b.end + 2 for p in fc.sent.products))  # "Thai rice"
        for b in clause)


def _own_figure_after(fc: FigureContext, m: Mention) -> bool:
    """"Washington holds a 30% levy on Chinese goods, and China's duty on US goods stays
    at 10%": a country's own levy named after the figure, with a rate of its own after it,
    is that rate's levy, not the figure's (the figure was told before the country spoke).
    Not a country's word between the figure and its levy noun ("a 50% US tariff since June
    4, and Ottawa has kept its own 25% surtax"): that levy is the figure's own."""
    fig, s = fc.fig, fc.text
    if RATE_TO_ADJECTIVE_RE.fullmatch(s, fig.end, m.start) and OWNED_LEVY_NOUN_RE.match(s, m.end):
        return False
    return m.start >= fig.end and any(
        f is not fig and f.quantity in (fig.quantity, "percent") and f.start >= m.end
        for f in fc.figs)


#: right before a date, a word that gives it to every levy told before: "both from May 14"
BOTH_BEFORE_RE = skip.regex(r"\b(?:both|each)\s+(?:(?:take|takes|took|taking|apply|applies|"
                            r"applying|effective|start|starting|starts)\s+)?(?:effect\s+)?"
                            r"(?:from|on|as\s+of|starting|until|till|to|through|by)?\s*"
                            r"(?:the\s+)?$", re.IGNORECASE)


@cache
def _verb_anywhere_re() -> re.Pattern[str]:
    return skip.regex(rf"\b{cue_words.alternation('imposer_cues', 'verbs')}\b", re.IGNORECASE)


def date_of_both_sides(s: str, first_end: int, second_start: int, date_start: int) -> bool:
    """A date after two sides' levies is the first side's (and the other's too) when it
    says so ("..., both from May 14") or when the second levy has no verb of its own, one
    verb holding both ("keeps the US rate at 30% and China's rate at 10% until Nov. 10")."""
    if BOTH_BEFORE_RE.search(s, max(0, date_start - 40), date_start):
        return True
    return not _verb_anywhere_re().search(s, first_end, second_start)


@cache
def blocs() -> dict[str, str]:
    """Member -> its customs union (rules/lexicon.toml [countries.blocs])."""
    data = rules.load("lexicon")["countries"].get("blocs", {})
    return {m: bloc for bloc, members in data.items() for m in members}


def _as_bloc(target: Party, imposer: str | None) -> Party:
    """"Suppliers in Germany, whose goods face 15 per cent under the EU's arrangement": a
    levy on a member of a customs union is on the union, which trades as one (unless the
    union or a member levies it)."""
    bloc = blocs().get(target.value or "")
    if bloc is None or imposer == bloc or blocs().get(imposer or "") == bloc:
        return target
    return Decision(bloc, f"{target.value} trades as a member of the {bloc} ({target.evidence})")


def _may_enter(sent: Sentence) -> bool:
    """False only when an (ASCII) sentence has none of the words ENTERING_BEFORE_RE needs."""
    words = sent.lower_words
    return not sent.ascii or not ENTERING_WORDS.isdisjoint(words) or (
        "into" in words and not INTO_WORDS.isdisjoint(words)) or (
        "arriving" in words and "in" in words)


def _entering(sent: Sentence, m: Mention) -> bool:
    """Whether ENTERING_BEFORE_RE ends right before the mention ("goods entering China")."""
    s = sent.text
    lo = max(0, m.start - 30)
    if not _may_enter(sent) and not (lo and _WORD_CHAR_RE.match(s, lo - 1)):
        return False  # (no such verb, and the window does not begin inside a word)
    return bool(ENTERING_BEFORE_RE.search(s[lo:m.start]))


#: (h285) an owner's pronoun and a few words with no levy noun right before the US, whose
#: "shipments", "sales" or "orders" follow: the owner's trade with the US, not US goods
#: ("the levy adds $400,000 a month on its $4 million of monthly US shipments")
OWN_TRADE_BEFORE_RE = skip.regex(r"\b(?:its|their|our|his|her)\s+(?:(?!"
                                 + cue_words.levy_nouns("levy") + r"\b)[$€£¥]?[\w.,\-]+\s+)"
                                 r"{0,5}$", re.IGNORECASE)
OWN_TRADE_AFTER_RE = skip.regex(r"\s+(?:[\w\-]+\s+)?(?:shipments|sales|orders)\b", re.IGNORECASE)


def _us_goods(s: str, m: Mention) -> bool:
    """"American goods", "U.S.-made parts", "imports arriving from the United States", "duties
    against the US": goods of the US (not "U.S. imports", which are America's own, nor "its
    US shipments", an owner's sales to the US)."""
    if m.value == "US" and OWN_TRADE_AFTER_RE.match(s, m.end) \
            and OWN_TRADE_BEFORE_RE.search(s, max(0, m.start - 60), m.start):
        return False
    return m.value == "US" and bool(
        US_GOODS_AFTER_RE.match(s[m.end:]) or s[m.end:m.end + 5] == "-made"
        or FROM_US_BEFORE_RE.search(s[max(0, m.start - 60):m.start]))


#: after goods the US ships, the words up to a verb of paying: "US soybeans now pay 13%",
#: "US chicken, wheat and corn face 15%" (lower-case words only: no new subject between)
PRODUCE_PAYS_AFTER_RE = skip.regex(r"(?:(?:,\s*|\s+)(?:and\s+|or\s+)?[a-z][\w\-]*){0,6}?\s+"
                                   r"(?:(?:now|still|therefore|thus|also|already|will|would|"
                                   r"must|to|\w+ly)\s+)*(?:pay|pays|paid|paying|face|faces|faced|"
                                   r"facing)\b")
#: right before the US, a levy's "on": "an extra 15% on US chicken"
ON_BEFORE_RE = skip.regex(r"\bon\s+(?:all\s+)?(?:the\s+)?$", re.IGNORECASE)
#: right after goods the US names: not the goods it ships but its own imports, levy or trade
#: ("U.S. steel imports", "US steel tariffs", "US steel makers")
NOT_SHIPPED_AFTER_RE = skip.regex(r"\s+(?:imports?|importers?|" + cue_words.levy_nouns("levy")
                                  + r"|industry|makers?|mills?|producers?|prices?|consumers?|"
                                  r"buyers?|demand|market)\b", re.IGNORECASE)


def _us_produce(sent: Sentence, m: Mention) -> bool:
    """"US soybeans now pay 13%", "a 15% levy on US chicken and wheat": named goods right
    after the US, which pay a levy or which a levy is on, are goods the US ships (the US
    does not levy them; not "U.S. steel imports", which are America's own)."""
    if m.value != "US":
        return False
    s = sent.text
    first = next((p for p in sent.products if m.end < p.start <= m.end + 2), None)
    if first is None or s[m.end:first.start].strip() or NOT_SHIPPED_AFTER_RE.match(s, first.end):
        return False
    return bool(ON_BEFORE_RE.search(s, max(0, m.start - 20), m.start)
                or PRODUCE_PAYS_AFTER_RE.match(s, first.end))


@cache
def us_staple_re() -> re.Pattern[str]:
    """A US farm export the US hardly imports ([imposer_cues] us_export_staples)."""
    return skip.regex(r"\b" + cue_words.group("imposer_cues", "us_export_staples") + r"\b",
                      re.IGNORECASE)


@cache
def staple_base_before_re() -> re.Pattern[str]:
    """Before a figure, an ordinary duty's word and at most two words ("the normal | 3%",
    "a regular duty of | 3%"; [imposer_cues] staple_base_words; .search up to the figure)."""
    return skip.regex(r"\b" + cue_words.group("imposer_cues", "staple_base_words")
                      + r"\s+(?:[\w\-]+\s+){0,2}$", re.IGNORECASE)


@cache
def staple_base_after_re() -> re.Pattern[str]:
    """After a figure, at most one word, then an ordinary duty's word ("3 per cent | base
    rate", "3% | most-favoured-nation duty"; .match at the figure's end)."""
    return skip.regex(r"(?:\s*" + cue_words.percent_forms("rate", space=r"\s+") + r")?"
                      r"\s+(?:[\w\-]+\s+)?" + cue_words.group("imposer_cues", "staple_base_words")
                      + r"\b", re.IGNORECASE)


def _us_staple(fc: FigureContext) -> bool:
    """"Soybeans will still pay 13 per cent, including the normal 3 per cent duty": a rate
    that a US farm export the US hardly imports is told paying (the export, then a verb of
    paying and at most two words before the figure), in a sentence that names no US levy,
    is a levy on US cargoes abroad (the US does not tax its own soybeans); not a pause's
    length, which both sides may share ("stretched their truce by 60 more days")."""
    s, fig = fc.text, fc.fig
    if fig.quantity == "duration" or not any(
            (pays := PRODUCE_PAYS_AFTER_RE.match(s, m.end())) is not None
            and pays.end() <= fig.start and len(s[pays.end():fig.start].split()) <= 2
            for m in us_staple_re().finditer(s, 0, fig.start)):
        return False  # (the staple pays it: a list's "extra 10% on sorghum and soybeans" is
        # left, as its fact, "agriculture", holds the list's other rates as rivals)
    if staple_base_before_re().search(s, max(0, fig.start - 40), fig.start) \
            or staple_base_after_re().match(s, fig.end):
        return False  # the ordinary duty beside it: "the 3 per cent base rate"
    return not any(
        m.value == "US" and (LEVY_AFTER_RE.match(s[m.end:]) or imposes(s, m.start, m.end))
        for m in fc.sent.countries)


def _levier_of_us_goods(fc: FigureContext, clause: list[Mention]) -> Party | None:
    """A levy on goods from the US, no country told as imposing it: the US does not levy
    its own goods, so another side does: a country of the clause that is not hit
    ("Peruvian officials plan a 20% duty on all imports from the U.S."), else the imposer of
    a sentence before, else the other side of the sentences before."""
    s = fc.text
    lo, hi = item_bounds(fc)
    mine = [m for m in clause if lo <= m.start < hi] or clause
    named = any(_us_goods(s, m) or _us_produce(fc.sent, m) for m in mine)
    if not (named or _us_staple(fc)) or any(m.value != "US" and _hit_here(fc, m) for m in mine):
        return None
    # (a staple's other country is its other origin: "still well above what Brazilian beans pay")
    others = [m for m in clause if m.value != "US" and not dateline_place(s, m)
              and not target_cued(s, m.start, m.end) and not goods_of(s, m.end)] if named else []
    if others:
        return Decision(others[0].value, f"a levy on US goods, by the other country named: "
                                         f"{_said(s, others[0])}")
    carried = _earlier_parties(fc)
    if carried is not None and carried.imposer.value not in (None, "US"):
        return Decision(carried.imposer.value,
                        f"a levy on US goods, by {carried.imposer.evidence}")
    other = _other_side(fc) if fc.doc.mentions_us else None
    if other is not None:
        return Decision(other, "a levy on US goods, by the other side of the sentences before")
    return None


def _respectively_before(fc: FigureContext) -> Parties | None:
    """"Tariffs stay at 30% on A's goods and 10% on B's. Otherwise they would have been
    80% and 60%, respectively": with no country in its sentence, the i-th rate has the
    parties of the i-th rate of the sentence before (which lists as many)."""
    s, fig, doc, i = fc.text, fc.fig, fc.doc, fc.i
    if i == 0 or not fc.sent.may_hold_word(RESPECTIVELY_WORDS) \
            or not RESPECTIVELY_RE.search(s, fig.end) \
            or [m for m in fc.sent.countries if not dateline_place(s, m)]:
        return None
    same = [f for f in fc.figs if f.quantity == fig.quantity]
    ps = doc.sentences[i - 1]
    if len(same) < 2 or not ps.countries:
        return None
    pfigs = doc.figures_at(i - 1)
    psame = [f for f in pfigs if f.quantity == fig.quantity]
    if len(psame) != len(same):
        return None
    got = levy_parties(FigureContext(doc, i - 1, psame[same.index(fig)], tuple(pfigs)),
                       "tariff_rate")
    why = "'respectively': the rate in the same place in the sentence before"
    return Parties(Decision(got.imposer.value, why), Decision(got.target.value, why))


#: sentences back a total told with no country looks for the levy it adds (the nearest rate)
SUM_REACH = 4


def _sum_of_earlier_levy(fc: FigureContext) -> Parties | None:
    """"The 10% duty Peru added on US wheat stays. Wheat now pays 14 per cent, the 4 per cent
    base rate plus the retained 10": a total spelled out as a sum after it (measure.py
    SUM_AFTER_RE), in a sentence that names no country, is the importer's whose levy it adds:
    the parties of the nearest rate up to SUM_REACH sentences before, when that rate is
    another side's (a US rate there leaves the US default). Its parts are left as they were
    read (the base rate's own side is another question: an ordinary duty)."""
    doc, i, s, fig = fc.doc, fc.i, fc.text, fc.fig
    if [m for m in fc.sent.countries if not dateline_place(s, m)] \
            or not SUM_AFTER_RE.match(s, fig.end, clause_bounds(s, fig.start, fig.end)[1]):
        return None
    for j in range(i - 1, max(-1, i - 1 - SUM_REACH), -1):
        pfigs = doc.figures_at(j)
        rates = [f for f in pfigs if f.quantity == fig.quantity]
        if not rates:
            continue
        got = levy_parties(FigureContext(doc, j, rates[-1], tuple(pfigs)), "tariff_rate")
        if got.imposer.value in (None, "US"):
            return None
        why = f"a total spelled out as a sum after it: the parties of the rate {i - j} " \
              f"sentence(s) before"
        return Parties(Decision(got.imposer.value, why), Decision(got.target.value, why))
    return None


def _earlier_parties(fc: FigureContext) -> Parties | None:
    """A passive levy in a sentence naming no country ("Wheat is to be slapped with a 15%
    tariff") is imposed by the subject of an imposing verb a few sentences before it, on
    the country that sentence hits."""
    doc, i = fc.doc, fc.i
    for j in range(i - 1, max(0, i - 6) - 1, -1):
        ps = doc.sentences[j]
        subjects = [m for m in ps.countries if imposes(ps.text, m.start, m.end)]
        if subjects:  # the first other country after the subject is the one it hits
            who = subjects[-1]
            hit = [m for m in ps.countries if m.value != who.value and m.start > who.end]
            imposer = Decision(who.value, f"the imposer {i - j} sentence(s) before: "
                                          f"{_said(ps.text, who)}")
            if hit:
                return Parties(imposer, Decision(hit[0].value, "the country hit in that sentence"))
            if who.value != "US" and doc.mentions_us:  # another country's levy answers the US
                return Parties(imposer, Decision("US", "no country hit in that sentence: the "
                                                       "US, whose levies the others answer"))
            return Parties(imposer, Decision(None, "no country hit in that sentence"))
    return None


def _answering(fc: FigureContext, carried: Parties) -> Parties:
    """"No countermeasures would take effect until May 2": a retaliation carried from a
    sentence where the US imposes is the other side's answer, on the US."""
    imposer, target = carried.imposer.value, carried.target.value
    if imposer != "US":
        return carried
    other = target if target not in (None, "*", GROUP, "US") else fc.doc.main_country
    if other in (None, "US"):
        return carried
    why = "a retaliation answers the US levy of an earlier sentence"
    return Parties(Decision(other, why), Decision("US", why))


def _other_side(fc: FigureContext) -> str | None:
    """The first country other than the US in the two sentences before, else the
    article's country: who answers the US."""
    doc, i = fc.doc, fc.i
    for j in range(i - 1, max(0, i - 2) - 1, -1):
        ps = doc.sentences[j]
        others = [m for m in ps.countries if m.value != "US" and not dateline_place(ps.text, m)]
        if others:
            return others[0].value
    return doc.main_country if doc.main_country != "US" else None


def dateline_place(s: str, m: Mention) -> bool:
    """"LONDON (dpa-AFX) -", "TOKYO, July 8 —": the place the story was filed from."""
    return not s[:m.start].strip() and s[m.start:m.end].isupper() and bool(
        DATELINE_AFTER_RE.match(s[m.end:]))


def _exempted(s: str, m: Mention) -> bool:
    """"The UK has received an exemption from ...", "Britain was spared", "that China, a
    larger buyer, has not been asked to pay", "a levy ... never applied to the UK": not hit."""
    return _exempt_after(s, m.end) or bool(NOT_HIT_AFTER_RE.match(s, m.end)) \
        or NOT_APPLIED_TO_RE.search(s, max(0, m.start - 40), m.start) is not None


@lru_cache(maxsize=8192)
def _exempt_after(s: str, end: int) -> bool:
    """(kept: each figure of a sentence asks it of the same countries)"""
    return bool(EXEMPT_AFTER_RE.match(s[end:]))


def _reason(sent: Sentence, m: Mention) -> bool:
    """"a 25% penalty for buying Russian oil": goods the hit country buys from another
    country are why it is hit; their country is not the one the levy hits."""
    s = sent.text
    if any(p.value == "energy" and s[m.end:p.start] in ("-", " ")
           and SECONDARY_LEVY_AFTER_RE.match(s, p.end) for p in sent.products):
        # "the 25% Russian-oil surcharge": a penalty named by the oil its buyer takes from
        # another country (a secondary levy), not a levy on that country's goods
        return True
    return any(p.start >= m.end and not s[m.end:p.start].strip()
               for p in sent.products) and bool(
        REASON_BEFORE_RE.search(s, max(0, m.start - 40), m.start))


def _blow_to(s: str, m: Mention) -> bool:
    """"(doubled to 50%) in a blow to Canada, Mexico and Europe": whom the news hurts, told
    after the levy on goods from everywhere, is no party to it."""
    return bool(BLOW_TO_RE.search(s[max(0, m.start - 60):m.start]))


@per_sentence  # (each figure of the sentence asks)
def reason_countries(sent: Sentence) -> frozenset[int]:
    """Where the countries named only as a penalty's reason start ("for buying Russian
    oil"): they stand between a rate and its date without being another party."""
    if not sent.products or not sent.countries:
        return frozenset()
    return frozenset(m.start for m in sent.countries if _reason(sent, m))


@per_sentence  # (each figure of the sentence asks)
def reason_goods(sent: Sentence) -> frozenset[int]:
    """Where the goods named as a penalty's reason start ("for buying Russian oil"):
    neither their country nor they are what the levy hits."""
    if not sent.products or not sent.countries:
        return frozenset()
    return frozenset(p.start for m in sent.countries if _reason(sent, m)
                     for p in sent.products
                     if p.start >= m.end and not sent.text[m.end:p.start].strip())


def _venue(sent: Sentence, m: Mention) -> bool:
    """"after talks in Stockholm, Sweden", "the G7 summit in Canada": the place where the
    parties met, not a party ("goods made in China" is no venue)."""
    s = sent.text
    lo = max(0, m.start - 80)
    if not sent.may_hold_word(VENUE_WORDS) and not (lo and _WORD_CHAR_RE.match(s, lo - 1)):
        return False  # (no venue word, and the window does not begin inside a word)
    return bool(VENUE_BEFORE_RE.search(s[lo:m.start]))


#: between a country and the figure its own clause gives it: "Bangladesh, which pays ",
#: "Vietnam, also at ", "Taiwan, which has paid " (rules/lexicon.toml [target_cues]
#: `own_clause_verbs`, after `bearing_auxiliaries` or `own_clause_adverbs`)
OWN_FIGURE_RE = skip.regex(r"(?:'s|’s)?,\s+(?:(?:which|who|that)\s+)?(?:(?:"
                           + cue_words.alternation("target_cues", "bearing_auxiliaries") + "|"
                           + cue_words.alternation("target_cues", "own_clause_adverbs")
                           + r")\s+){0,2}"
                           + cue_words.alternation("target_cues", "own_clause_verbs")
                           + r"\s+(?:a\s+|an\s+|the\s+)?(?:[\w\-]+\s+)?", re.IGNORECASE)
#: between another figure and the country it is told of: "the 15% secured by Japan (and
#: South Korea)", "the 10% offered to Britain" (matched up to the country)
OTHER_FIGURES_RE = skip.regex(r"\s*(?:[\w\-]+\s+){0,2}?(?:(?:secured|won|obtained|granted|offered|"
                              r"given|negotiated|agreed|struck|paid|faced)\s+(?:by|to|for|with))"
                              r"\s+(?:the\s+)?(?:[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*)?,?\s+"
                              r"(?:and\s+)?(?:the\s+)?)*", re.IGNORECASE)
#: the participles OTHER_FIGURES_RE needs, whole (Sentence.may_hold_word)
AGENT_PARTICIPLES = frozenset(("secured", "won", "obtained", "granted", "offered", "given",
                               "negotiated", "agreed", "struck", "paid", "faced"))
#: between a later rate and the country its own levy noun hits: "the 145%| levy on
#: |Chinese goods" (matched up to the country)
LATER_LEVY_ON_RE = skip.regex(r"\s*(?:[\w\-]+\s+){0,2}?" + cue_words.levy_nouns("levy")
                              + r"\s+(?:on|against)\s+(?:the\s+|all\s+)?", re.IGNORECASE)
#: two figures of one list ("25% and 10% on ..."): their country is both's
FIGURE_JOIN_RE = skip.regex(r"\s*(?:,|,?\s+and|,?\s+or|\s+to)\s*", re.IGNORECASE)


def _agent_of_a_figure(doc: Doc, j: int, m: Mention) -> bool:
    """"... higher than the 15 per cent secured by Japan": a country of sentence j told
    only as the one a figure of its sentence was granted to (so not the subject of the
    next one)."""
    sent = doc.sentences[j]
    s = sent.text
    if not sent.may_hold_word(AGENT_PARTICIPLES):
        return False
    return any(OTHER_FIGURES_RE.fullmatch(s, f.end, m.start)
               for f in doc.figures_at(j)
               if f.end <= m.start)


def _nearer_other_figure(fc: FigureContext, m: Mention) -> bool:
    """A country between this rate and another one of the sentence, past a break after
    this rate and with none before the other ("50% tariffs on steel take effect, with
    imports from Britain remaining at 25%": Britain is the 25%'s), or one the next rate's own
    levy noun hits ("the 10% baseline and the 145% levy on Chinese goods": the 145%'s)."""
    fig, s = fc.fig, fc.text
    for f in fc.figs:
        if f is fig or f.quantity != fig.quantity or f.partner is fig:
            continue
        if m.end <= f.start and OWN_FIGURE_RE.fullmatch(s, m.end, f.start) \
                and not OWN_FIGURE_RE.fullmatch(s, m.end, fig.start):
            return True  # "rivals in Bangladesh, which pays 20%": the 20%'s, not this one's
        if fig.end <= f.start <= f.end <= m.start \
                and OTHER_FIGURES_RE.fullmatch(s, f.end, m.start) \
                and not FIGURE_JOIN_RE.fullmatch(s[fig.end:f.start]):
            return True  # "lower than the 32% of April, above the 15% secured by Japan"
        if fig.end <= f.start <= f.end <= m.start \
                and LATER_LEVY_ON_RE.fullmatch(s, f.end, m.start) \
                and not FIGURE_JOIN_RE.fullmatch(s[fig.end:f.start]) \
                and not any(x.quantity == fig.quantity and fig.end <= x.start < f.start
                            for x in fc.figs):
            return True  # "the 10% baseline ... and the 145% levy on Chinese goods"
        if fig.end <= m.start and m.end <= f.start:
            near, far = s[fig.end:m.start], s[m.end:f.start]
        elif f.end <= m.start and m.end <= fig.start:
            near, far = s[m.end:fig.start], s[f.end:m.start]
        else:
            continue
        if BREAK_RE.search(near) and not BREAK_RE.search(far):
            return True
    return False


#: between a country and the later figure a verb places it at: "left the UK| at |25%"
AT_FIGURE_RE = skip.regex(r"\s+at\s+(?:a\s+|an\s+|the\s+)?")


def _later_rates_country(fc: FigureContext, m: Mention) -> bool:
    """"Washington doubled its levy to 50% on June 4, but left the UK at 25%, on condition
    that London meets its terms": past a comma after this figure (a rate, or a date told
    with it), a country placed "at" a later rate of the sentence is that rate's exception,
    and a country past that rate told as no levy's target (a government acting) is of that
    rate's clause: neither is this figure's partner."""
    s, fig = fc.text, fc.fig
    for f in fc.figs:
        if f is fig or f.quantity != "percent" or f.partner is fig or fig.partner is f \
                or f.start < fig.end or "," not in s[fig.end:f.start]:
            continue
        if m.end <= f.start and "," in s[fig.end:m.start] \
                and AT_FIGURE_RE.fullmatch(s, m.end, f.start):
            return True
        if f.end <= m.start and not target_cued(s, m.start, m.end) \
                and not goods_of(s, m.end) and not fc.sent.may_hold_word(RESPECTIVELY_WORDS):
            return True
    return False


#: between a partner and its own rate in a list of partners' rates: "Vietnam (now pays)
#: 20 per cent, Switzerland 39 per cent" (rules/lexicon.toml [target_cues]
#: bearing_auxiliaries, own_clause_verbs)
PLACED_BEFORE_RATE_RE = skip.regex(r"\s+(?:(?:" + cue_words.group("target_cues",
                                                                  "bearing_auxiliaries")
                                   + r")\s+)?(?:(?:" + cue_words.group("target_cues",
                                                                      "own_clause_verbs")
                                   + r")\s+)?(?:a\s+|an\s+|the\s+)?", re.IGNORECASE)


def _listed_partners(fc: FigureContext) -> set[Mention]:
    """"Vietnam now pays 20 per cent, Switzerland 39 per cent and India 25 per cent, all up
    from the 10 per cent baseline": two or more partners, each right before its own rate,
    all before this figure and none paired with it, are a list of those rates' partners;
    the figure told after the list is none of theirs ("Thailand and Myanmar got 40 and 19
    per cent respectively" pairs them another way: _respectively). Read once per figure
    (levy_target tests each country against it), empty when there is no such list."""
    s, fig = fc.text, fc.fig
    if fc.sent.may_hold_word(RESPECTIVELY_WORDS) and RESPECTIVELY_RE.search(s):
        return set()
    placed = {x for x in fc.sent.countries for f in fc.figs
              if f is not fig and f.quantity == fig.quantity and f.partner is not fig
              and fig.partner is not f and x.end <= f.start and f.end <= fig.start
              and PLACED_BEFORE_RATE_RE.fullmatch(s, x.end, f.start)}
    return placed if len({x.value for x in placed}) >= 2 else set()


def _earlier_rates_country(fc: FigureContext, m: Mention) -> bool:
    """"The April chart put Peru at 36%, Chile at 24% and Bolivia at 49%, before the pause
    pushed every rate down to a 10% baseline": a country placed "at" another rate that
    stands between it and this figure is that rate's, not this one's (nor its pause's);
    a from/to pair's two values are one levy's."""
    s, fig = fc.text, fc.fig
    return any(f is not fig and f.quantity == "percent" and f.partner is not fig
               and fig.partner is not f and m.end <= f.start and f.end <= fig.start
               and AT_FIGURE_RE.fullmatch(s, m.end, f.start) for f in fc.figs)


#: between a country and the rate of its own list item right after it: "India|'s goods |50%",
#: "Peru| |12%", "Chile| now pays |15%"
LATER_ITEM_OWNER_RE = skip.regex(r"(?:'s|’s)?(?:\s+[\w\-]+){0,2}?\s+(?:(?:now\s+|still\s+)?"
                                 r"(?:pays?|faces?|gets?|got|at)\s+)?(?:a\s+|an\s+|the\s+)?")


def _later_items_country(fc: FigureContext, m: Mention) -> bool:
    """"Branded drugs have paid 100% since Oct. 1; steel pays 50%; India's goods 50%": past a
    semicolon that closes this figure's item, a country standing right before a later rate
    (its goods, or a verb of paying, between them) is the partner of that rate's item, not of
    this figure."""
    s, fig = fc.text, fc.fig
    if m.start < fig.end or ";" not in s[fig.end:m.start]:
        return False
    return any(f is not fig and f.quantity == "percent" and f.partner is not fig
               and m.end <= f.start and LATER_ITEM_OWNER_RE.fullmatch(s, m.end, f.start)
               for f in fc.figs)


def item_bounds(fc: FigureContext) -> tuple[int, int]:
    """The list item of a figure in a sentence listing several rates: from the last
    separator after the rate before it to the last separator before the rate after it
    ("on Indian goods at 50% | and on Brazilian goods at 10%")."""
    fig, s = fc.fig, fc.text
    same = [f for f in fc.figs if f.quantity == fig.quantity]
    return _bounds_of(s, same, same.index(fig))


def _bounds_of(s: str, same: list[Figure], k: int) -> tuple[int, int]:
    """item_bounds of the k-th of the figures `same` (one quantity) of sentence s."""
    fig = same[k]
    lo, hi = 0, len(s)
    if k > 0:
        seps = list(ITEM_SEP_RE.finditer(s, same[k - 1].end, fig.start))
        if seps:
            lo = seps[-1].start()
    if k + 1 < len(same):
        seps = list(ITEM_SEP_RE.finditer(s, fig.end, same[k + 1].start))
        if seps:
            hi = seps[-1].start()
    return lo, hi


#: what closes an earlier item of a list before a figure: a semicolon or a bracket
CLOSED_ITEM_RE = skip.regex(r"[;)]")
#: between another rate of a list and the country its own phrase names: "15% for (the)",
#: "35% on", "15 per cent for most"
ITEM_RATE_COUNTRY_RE = skip.regex(r"\s*(?:for|on|against)\s+(?:the\s+|most\s+|all\s+)?",
                                   re.IGNORECASE)
#: the same after a later rate of the list, whose own phrase may name its levy and goods
#: first: "30% combined rate on (Chinese)", "25% duties on goods from (Canada)" (an earlier
#: rate's "39% rate on Swiss goods; until then, shipments pay 10%" is the article's partner's)
LATER_ITEM_RATE_COUNTRY_RE = skip.regex(r"\s*(?:(?:[\w\-]+\s+){0,2}?"
                                         + cue_words.levy_nouns("levy", "rates")
                                         + r"\s+)?(?:for|on|against)\s+(?:the\s+|most\s+|"
                                         r"all\s+)?(?:" + cue_words.goods_nouns("goods", "imports")
                                         + r"\s+from\s+(?:the\s+)?)?", re.IGNORECASE)


def _other_items_country(fc: FigureContext, m: Mention) -> bool:
    """"The 10% baseline charged on most imports since April 5; the country rates added
    on Aug. 7, such as 15% for the EU and Japan": a country (or a list of them) that
    another rate of the sentence names right after it ("for", "on"), in that rate's list
    item and not in this one's, is that rate's; an earlier rate's only past a semicolon or
    bracket that closes its item ("(..., 25% on Mexican goods), the reciprocal rates (10%
    baseline, 15% for the EU ...)": the 10% is neither Mexico's nor the EU's)."""
    fig, s = fc.fig, fc.text
    lo, hi = item_bounds(fc)
    if lo <= m.start < hi:
        return False
    head = m  # the first of the list of countries m closes ("the EU and Japan")
    for c in reversed([c for c in fc.sent.countries if c.end <= m.start]):
        if not COUNTRY_LIST_SEP_RE.fullmatch(s, c.end, head.start):
            break
        head = c
    same = [f for f in fc.figs if f.quantity == fig.quantity]
    for k, f in enumerate(same):
        if f is fig or f is fig.partner or f.partner is fig or f.end > head.start:
            continue
        if f.start < fig.start and not CLOSED_ITEM_RE.search(s, m.end, fig.start):
            continue  # "35% on Canadian goods, up from 25%": one item, not a closed list
        f_lo, f_hi = _bounds_of(s, same, k)
        between = LATER_ITEM_RATE_COUNTRY_RE if f.start > fig.start else ITEM_RATE_COUNTRY_RE
        if f_lo <= m.start < f_hi and between.fullmatch(s, f.end, head.start):
            return True
    return False


def _hit_here(fc: FigureContext, m: Mention) -> bool:
    """A country told as hit: after on/for/from (not with/in), goods' adjective, or right
    before the figure ("Vietnam (46%)")."""
    s, fig = fc.text, fc.fig
    adjacent = m.end <= fig.start and fc.sent.words_between(m.end, fig.start) <= 1
    return (target_cued(s, m.start, m.end) and not _weakly_cued(s, m.start)) \
        or goods_of(s, m.end) or adjacent


def _respectively(fc: FigureContext, ms: list[Mention]) -> Party | None:
    """"Canada and Mexico face 25% and 30% respectively": the i-th rate, the i-th country."""
    fig, s = fc.fig, fc.text
    if not fc.sent.may_hold_word(RESPECTIVELY_WORDS) or not RESPECTIVELY_RE.search(s, fig.end):
        return None
    same = _joined_figures(s, [f for f in fc.figs if f.quantity == fig.quantity], fig)
    first = same[0]
    before = [m for m in ms if m.end <= first.start]
    if len(before) < 2:
        return None
    run = _country_list(s, before)
    k = same.index(fig)
    if len(run) == len(same) and k < len(run):
        return Decision(run[k].value, f"its place in a list, 'respectively': {_said(s, run[k])}")
    return None


def _joined_figures(s: str, same: list[Figure], fig: Figure) -> list[Figure]:
    """The run of figures joined to `fig` as one list ("40 and 19 per cent"): "Chile got 15%,
    while Peru and Bolivia got 40 and 19 per cent respectively" pairs only the 40 and the 19
    with the countries listed before them, not the 15 told first."""
    k = same.index(fig)
    lo = k
    while lo > 0 and FIGURE_JOIN_RE.fullmatch(s[same[lo - 1].end:same[lo].start]):
        lo -= 1
    hi = k
    while hi + 1 < len(same) and FIGURE_JOIN_RE.fullmatch(s[same[hi].end:same[hi + 1].start]):
        hi += 1
    return same[lo:hi + 1]


#: between two countries of one list: ", ", " and ", ", and the "
COUNTRY_LIST_SEP_RE = skip.regex(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)(?:the\s+)?",
                                 re.IGNORECASE)


#: between a country hit by one levy and the figure of a second levy joined to it: "duties on
#: Peru and Chile | and the | 40% charges on copper"
AND_THE_RE = skip.regex(r"\s*,?\s+and\s+the\s+(?:[\w\-]+\s+)?$", re.IGNORECASE)


def _other_levy_before(s: str, m: Mention, fig: Figure) -> bool:
    """"before the drug duties on Peru, Chile and Brazil and the 40% charges on copper": a
    country joined to the figure by "and the" (of a list some country of which a levy named
    before hits) is that levy's target, not the figure's (the mirror of the countries after
    a second levy); so are the countries listed before it (levy_target)."""
    return m.end <= fig.start and AND_THE_RE.fullmatch(s, m.end, fig.start) is not None


def _with_list_head(fc: FigureContext, own: list[Mention], ms: list[Mention],
                    imposer: str | None) -> list[Mention]:
    """The countries of the figure's own list item, with the head of the list of origins the
    item's first country closes when goods follow it ("Chinese and Hong Kong parcels faced
    120%": the item boundary at "and" cuts the list, whose goods noun is every member's)."""
    first = _list_first(fc, own[0], imposer)
    if first is own[0] or first not in ms or not goods_of(fc.text, own[0].end):
        return own
    return [first, *own]


def _list_first(fc: FigureContext, m: Mention, imposer: str | None) -> Mention:
    """"Japan and South Korea: 15%", "Indonesia, Malaysia and Cambodia: 19% each": one
    figure for a list of countries is told of its first (the others share it), when no
    other figure stands inside the list."""
    s = fc.text
    ms = [x for x in fc.sent.countries if x.end <= m.start and x.value != imposer]
    first = m
    for x in reversed(ms):
        if not COUNTRY_LIST_SEP_RE.fullmatch(s[x.end:first.start]):
            break
        first = x
    if first is not m and any(first.start < f.start < m.start for f in fc.figs):
        return m
    return first


#: a trade agreement named by its parties, joined by hyphens: "the Canada-United
#: States-Mexico Agreement", "the US-Japan trade deal", "under the EU-U.S. framework"
TREATY_NAME_RE = skip.regex(r"\b(?:[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)*\s?[-–]\s?)+[A-Z][\w.'’]*"
                            r"(?:\s+[A-Z][\w.'’]*)*\s+(?i:(?:free\s+)?trade\s+)?(?i:agreement|"
                            r"accord|treaty|pact|deal|framework|arrangement)\b")


@lru_cache(maxsize=1024)
def treaty_spans(s: str) -> tuple[tuple[int, int], ...]:
    """Where the names of agreements by their parties stand in a sentence: the countries
    in them name the agreement, not a levy's partner ("goods that meet the rules of the
    Canada-United States-Mexico Agreement": no levy on Mexico)."""
    if "-" not in s and "–" not in s:
        return ()
    return tuple(m.span() for m in TREATY_NAME_RE.finditer(s))


def _inside(m: Mention, spans: tuple[tuple[int, int], ...]) -> bool:
    return any(lo <= m.start and m.end <= hi for lo, hi in spans)


#: between a figure and a country, a second levy joined to the figure's ("the 50% duties
#: on copper, and the extra tariffs on Brazil"): the country is that levy's target
OTHER_LEVY_ON_RE = skip.regex(r",?\s+and\s+(?:the|its|their)\s+(?:[\w\-]+\s+){0,2}?"
                              + cue_words.levy_nouns("levy") + r"\s+(?:on|against)\b",
                              re.IGNORECASE)


#: between another measure's name and the country it hits: "the fentanyl| tariffs on |Canada"
MEASURE_ON_RE = skip.regex(r"(?:\s+" + cue_words.levy_nouns("levy") + r")?\s+(?:on|against)\s+"
                           r"(?:the\s+)?", re.IGNORECASE)


#: between a rate and the measure its own phrase names: "the 10%| |baseline", "25%| US
#: |reciprocal", "stay at 50%| under |Section 232"
OWN_MEASURE_AFTER_RE = skip.regex(r"\s+(?:[A-Z][\w.]*\s+|under\s+(?:the\s+)?)?")


def _another_levys_target(fc: FigureContext, m: Mention) -> bool:
    """The country after the figure is hit by another levy joined to the figure's by
    "and the ... duties on" (it or the list it ends stands after that levy), or by a levy
    of another measure than the one named before the figure ("Trucks under Section 232 (25%
    since April 3) are not charged again under the fentanyl tariffs on Canada")."""
    s, fig = fc.text, fc.fig
    if m.end <= fig.start:
        return _earlier_items_levy(fc, m)
    if m.start <= fig.end:
        return False
    hit = OTHER_LEVY_ON_RE.search(s, fig.end, m.start)
    if hit is not None and not any(fig.end <= f.start < m.start for f in fc.figs
                                   if f is not fig):
        return True
    own = [x for x in fc.sent.measures if x.end <= fig.start]
    named_after = [x for x in fc.sent.measures
                   if OWN_MEASURE_AFTER_RE.fullmatch(s, fig.end, x.start)]
    if named_after:  # "the 10 per cent baseline took effect ..., the fentanyl tariffs on Mexico"
        own = named_after
    if not own:
        return False
    head = m  # the country or the list of them ("on Canada and Mexico") the levy is on
    for c in reversed([c for c in fc.sent.countries if c.end <= m.start]):
        if not COUNTRY_LIST_SEP_RE.fullmatch(s, c.end, head.start):
            break
        head = c
    return any(own[-1].end <= x.start and x.value != own[-1].value
               and MEASURE_ON_RE.fullmatch(s, x.end, head.start) for x in fc.sent.measures)


def _earlier_items_levy(fc: FigureContext, m: Mention) -> bool:
    """"The fentanyl tariffs on Mexican and Chinese goods took effect in March, and the steel
    rate was raised to 50 per cent in June": a country that a measure's levy named in an
    earlier list item hits ("fentanyl tariffs on ...") is that levy's, not the figure's,
    when the figure's own item names its own goods or measure (a new subject, not the same
    levy told on: "the fentanyl tariffs on Mexico began in March, and rose to 30%")."""
    s, fig = fc.text, fc.fig
    lo, _ = item_bounds(fc)
    if m.start >= lo:
        return False
    if not any(lo <= p.start < fig.start for p in fc.sent.products) and not any(
            lo <= x.start < fig.start for x in fc.sent.measures):
        return False
    head = m
    for c in reversed([c for c in fc.sent.countries if c.end <= m.start]):
        if not COUNTRY_LIST_SEP_RE.fullmatch(s, c.end, head.start):
            break
        head = c
    own = [x for x in fc.sent.measures if lo <= x.start < fig.start]
    return any(x.end <= head.start and MEASURE_ON_RE.fullmatch(s, x.end, head.start)
               and not (own and own[-1].value == x.value) for x in fc.sent.measures)


#: a colon that opens a list (not one inside a time: "12:01 a.m.")
LIST_COLON_RE = skip.regex(r":(?!\d)")


def _group_owns_item(fc: FigureContext, group: tuple[int, int, str],
                     ms: list[Mention]) -> bool:
    """"The levy on Chinese goods came down to 30 per cent, and nearly every other partner
    now pays the 10 per cent baseline": partners named as a whole in the figure's own list
    item, before it, pay it; the countries of earlier items are their own rates'. Not in a
    sentence about a sector's levy ("British mills escaped the metals tariffs, keeping 25%
    while the rest of the world pays 50%"), whose goods the figure may not be read with:
    the sector's rate would be read as a baseline on all goods."""
    if {p.value for p in fc.sent.products} & ctx.section_232_products():
        return False
    lo, hi = item_bounds(fc)
    s = fc.text
    listed = any(COUNTRY_LIST_SEP_RE.fullmatch(s, m.end, group[0]) for m in fc.sent.countries
                 if m.end <= group[0])  # "for Japan and most other partners": one list
    return lo > 0 and lo <= group[0] and not listed \
        and all(m.end <= lo or m.start >= hi for m in ms)


def levy_target(fc: FigureContext, imposer: str | None, clause: list[Mention]) -> Party:
    """The country a levy hits, as the sentence (or the one before) names it."""
    sent, fig, doc, i = fc.sent, fc.fig, fc.doc, fc.i
    s = sent.text
    treaties = treaty_spans(s)
    ms = [m for m in _excluding(clause, imposer) if not _inside(m, treaties)]
    named_here = [m for m in sent.countries if m.value != imposer and not _inside(m, treaties)]
    listed = _listed_partners(fc) if ms else set()
    kept = [m for m in ms if not dateline_place(s, m) and not _exempted(s, m)
            and not _venue(sent, m) and not _reason(sent, m) and not _blow_to(s, m)
            and not _nearer_other_figure(fc, m) and not _another_levys_target(fc, m)
            and not _other_items_country(fc, m) and not _later_rates_country(fc, m)
            and not _later_items_country(fc, m) and not _earlier_rates_country(fc, m)
            and m not in listed]
    if named_here and not kept and not [m for m in named_here if m not in ms
                                        and not dateline_place(s, m)]:
        # every country named is another rate's, exempted, or the dateline
        wide = partner_groups(s)
        if wide:
            w = min(wide, key=lambda w: min(abs(w[0] - fig.end), abs(fig.start - w[1])))
            return Decision(w[2], f"partners named as a whole: {s[w[0]:w[1]]!r}")
        return Decision(None, "the countries named are not the ones this rate hits")
    ms = kept
    # (not across a colon: "all partners pay 10%, and country rates follow: 34% for
    # China" lists each partner's own rate)
    whole = [w for w in partner_groups(s) if w[2] == "*" and w[1] <= fig.start
             and not any(w[1] <= m.start < fig.start for m in sent.countries)
             and not LIST_COLON_RE.search(s, w[1], fig.start)]
    # (not across a colon: "all partners from April 5, and country rates from April 9: 34%
    # for China" gives the list its own partners)
    if whole and ms and (all(m.start >= fig.end for m in ms)
                         or _group_owns_item(fc, whole[-1], ms)):
        # "Other countries' steel has paid 50% since June 4, so British mills ...": the
        # partners named as a whole before the figure pay it, not a country told after it
        return Decision("*", f"partners named as a whole before it: "
                             f"{s[whole[-1][0]:whole[-1][1]]!r}")
    after = [w for w in partner_groups(s) if w[2] == "*" and w[0] >= fig.end
             and GROUP_AFTER_RE.fullmatch(s, fig.end, w[0])]
    if after and ms and all(m.end <= fig.start and (any(
            m.end <= f.start and f.end <= fig.start for f in fc.figs
            if f is not fig and f.quantity == fig.quantity)
            or ELSE_GROUP_RE.search(s, after[0][0], after[0][1])) for m in ms):
        # "British steel pays 25%, half the 50% charged on other countries": the figure's
        # own phrase names whom it hits; the country before is another figure's
        return Decision("*", f"partners named as a whole right after it: "
                             f"{s[after[0][0]:after[0][1]]!r}")
    sector = any(p.value in ctx.section_232_products() for p in sent.products)
    everyone = [m for m in ms if OTHERS_AFTER_RE.match(s[m.end:]) and _hit_here(fc, m)]
    if everyone and sector:
        # "on steel from Canada and all other partners": a sector's rate is one for all
        # (a country's own rate, "Korea and other partners", stays the country's)
        return Decision("*", f"{_said(s, everyone[0])} and every other partner")
    on_all = ON_ALL_AFTER_RE.match(s[fig.end:])
    if on_all and sector and not [m for m in ms if fig.end <= m.start < fig.end + on_all.end()]:
        # "spared the 50% tariffs levied on all US imports of those metals": a sector's rate on all
        return Decision("*", f"a sector's rate {s[fig.end:fig.end + on_all.end()].strip()!r}")
    listed = _respectively(fc, ms)
    if listed is not None:  # "Canada and Mexico face 25% and 30% respectively"
        return listed
    agent = AGREED_BY_RE.match(s, fig.end)
    agreed_by = [m for m in ms if agent and m.start == agent.end()]
    if agreed_by:  # "far above the 15% agreed by the EU": the partner that took the rate
        # (before the list item's country: "sparing British mills the 50% paid by
        # European rivals" names whom the figure hits right after it)
        return Decision(agreed_by[0].value, f"the partner that agreed to or pays it: "
                                            f"{_said(s, agreed_by[0])}")
    shielded = SHIELDED_FROM_RE.search(s, max(0, fig.start - 60), fig.start)
    if shielded and imposer == "US" and ms and all(m.end <= shielded.start() for m in ms) \
            and {p.value for p in sent.products} & ctx.section_232_products():
        # "UK-made medicines will enter at zero, shielding them from the 100% duty on
        # branded drugs": the sector levy a partner is shielded from is everyone's
        return Decision("*", f"a sector's levy its partner is shielded from: "
                             f"{shielded.group(0).strip()!r}")
    lo, hi = item_bounds(fc)
    own_item = [m for m in ms if lo <= m.start < hi and _hit_here(fc, m)
                and not _commented(s, m.start)]
    if own_item:  # "20% for Vietnam, 32% for Taiwan": each rate with its list item's country
        ms = _with_list_head(fc, own_item, ms, imposer)
    elif lo > 0 or hi < len(s):
        # "British mills pay 25%, half the 50% charged on other countries": a figure whose
        # own item names every partner as a whole, and no country, is everyone's
        wide = OTHER_PARTNERS_RE.search(s, lo, hi)
        if wide:
            return Decision("*", f"partners named as a whole in the figure's own item: "
                                 f"{wide.group(0)!r}")
    own = [m for m in ms if m.end <= fig.start and OWN_FIGURE_RE.fullmatch(s, m.end, fig.start)]
    if not own:  # "come from Taiwan, which has paid 20% since Aug. 7, and 35% from Cambodia":
        # the country right before the figure's own relative clause, outside its clause
        own = [m for m in named_here if m not in ms and m.end <= fig.start
               and not dateline_place(s, m) and OWN_FIGURE_RE.fullmatch(s, m.end, fig.start)]
    if own:  # "rivals in Bangladesh, which pays 20 per cent"
        return Decision(own[-1].value, f"its clause gives it the figure: {_said(s, own[-1])}")
    adjacent = [m for m in ms if m.end <= fig.start and sent.words_between(m.end, fig.start) <= 1
                and not AND_OR_RE.match(s[m.end:fig.start])]  # "Mexico and 10% on"
    if adjacent:  # "Japan 24%", "Vietnam at 46%"
        first = _list_first(fc, adjacent[-1], imposer)
        if first is not adjacent[-1]:
            return Decision(first.value, f"the first of the countries right before the "
                                         f"figure: {_said(s, first)}")
        return Decision(adjacent[-1].value, f"right before the figure: {_said(s, adjacent[-1])}")
    joint = [m for m in sent.countries if _other_levy_before(s, m, fig) and any(
        target_cued(s, x.start, x.end) for x in sent.countries if x.end <= m.end)]
    if joint:
        ms = [m for m in ms if m.end > joint[-1].end]
        if not ms:
            return Decision(None, f"the countries before are another levy's: "
                                  f"{_said(s, joint[-1])} and the figure's")
    named = [m for m in ms if not _commented(s, m.start)]
    goods = [m for m in named if goods_of(s, m.end)]
    cued = target_mentions(s, named)
    strong = [m for m in cued if not _weakly_cued(s, m.start)]
    targeted = (strong + goods) or cued  # "Korean cars ... on a par with Japanese rivals": KR
    if targeted:
        m = min(targeted, key=lambda m: abs(m.start - fig.start))
        first = _list_first(fc, m, imposer) if m.end <= fig.start else m
        if first is not m and (first in targeted or (m in goods and first in named)):
            # "Goods from the European Union and Japan will pay no more than 15%": one figure
            # for a list of partners is told of the first; "Chinese and Hong Kong parcels
            # faced 120%": the goods noun after the list's last name is every member's
            return Decision(first.value, f"the first of the hit countries listed before the "
                                         f"figure: {_said(s, first)}")
        return Decision(m.value, f"a hit country nearest the figure: {_said(s, m)}")
    before = [m for m in ms if m.end <= fig.start]
    if before:
        first = _list_first(fc, before[-1], imposer)
        if first is not before[-1]:  # "Japanese and Korean rivals pay 15%": the list's first
            return Decision(first.value, f"{WEAK_LAST_BEFORE}, the first of its list: "
                                         f"{_said(s, first)}")
        return Decision(before[-1].value, f"{WEAK_LAST_BEFORE}: {_said(s, before[-1])}")
    if ms:
        return Decision(ms[0].value, f"{WEAK_FIRST_CLAUSE}: {_said(s, ms[0])}")
    others = [m for m in _excluding(sent.countries, imposer) if not _later_rates_country(fc, m)
              and not _later_items_country(fc, m) and not _earlier_rates_country(fc, m)]
    if others:
        return Decision(others[0].value, f"{WEAK_FIRST_SENTENCE}: {_said(s, others[0])}")
    wide = partner_groups(s)
    if wide:  # "on nearly every country" vs "for roughly 60 partners": the nearer one
        w = min(wide, key=lambda w: min(abs(w[0] - fig.end), abs(fig.start - w[1])))
        return Decision(w[2], f"partners named as a whole: {s[w[0]:w[1]]!r}")
    sector_all = [p for p in sent.products if p.value in ctx.section_232_products()
                  and (ALL_ORIGINS_BEFORE_RE.search(s, max(0, p.start - 30), p.start)
                       or ALL_IMPORTS_AFTER_RE.match(s[p.end:]))]
    if sector_all and imposer == "US":
        # "Peru's carmakers are wary. The 25% duty on all imported cars began on April 3":
        # a sector's levy on its goods from everywhere, no partner named, is everyone's
        return Decision("*", f"a sector's goods from every origin: "
                             f"{s[max(0, sector_all[0].start - 30):sector_all[0].end]!r}")
    sector_named = {p.value for p in sent.products} & ctx.section_232_products()
    if sector_named and imposer == "US" and i > 0 and SECTOR_LEVY_RE.search(s) \
            and not (doc.main_country and one_partner(doc) and deal_lead(doc)):
        # "Trump said semiconductors would face a tariff of about 100%": a sector's levy
        # told in a sentence that names no partner is on that sector from everywhere, not on
        # the country the sentence before names
        return Decision("*", "a sector's levy, its sentence naming no partner")
    asked = _question_partner(fc, imposer)
    if asked is not None:
        return asked
    if i > 0:
        ps = doc.sentences[i - 1]
        prev = [m for m in _excluding(ps.countries, imposer)
                if not dateline_place(ps.text, m) and not _venue(ps, m)
                and not COMPARED_BEFORE_RE.search(ps.text, max(0, m.start - 50), m.start)
                and not _agent_of_a_figure(fc.doc, i - 1, m)]
        if prev and all(EXAMPLE_BEFORE_RE.search(ps.text, 0, m.start) for m in prev) \
                and any(w[2] == "*" for w in partner_groups(ps.text)):
            # "All partners, including Peru, are hit. It starts on May 1."
            return Decision("*", "every partner, the sentence before names examples only")
        if prev and imposer not in (None, "US") and retaliation(s):
            # "Britain escaped. The EU warned its countermeasures could come sooner": a
            # retaliation answers the levy, not the country the sentence before names
            return Decision(None, "a retaliation after a sentence about another country")
        if prev:
            return Decision(prev[0].value, PREV_SENTENCE)
        owner = _possessor_before(fc, imposer)
        if owner is not None:
            return owner
    return Decision(None, "no country named")


#: a sentence that opens with a possessive before its levy: "Its reciprocal rate", "- Their
#: duties" (rules/lexicon.toml [target_cues] possessive_openings)
POSSESSIVE_OPENING_RE = skip.regex(r"^\W*(?:[-–—•*]\s+)?"
                                   + cue_words.group("target_cues", "possessive_openings")
                                   + r"\s+(?:[\w\-]+\s+){0,3}?"
                                   + cue_words.levy_nouns("levy", "rates") + r"\b",
                                   re.IGNORECASE)
#: how many sentences back the owner of such a possessive may be named
POSSESSOR_REACH = 3


def _possessor_before(fc: FigureContext, imposer: str | None) -> Party | None:
    """"- China. Left out of the pause. Its reciprocal rate went from 34% to 84%": a levy
    opened by a possessive, its sentence and the one before naming no country, is on the
    country named last in the few sentences before (a list item's heading), not the
    article's country."""
    if not POSSESSIVE_OPENING_RE.match(fc.text):
        return None
    doc, i = fc.doc, fc.i
    for k in range(i - 2, max(-1, i - 1 - POSSESSOR_REACH), -1):
        named = [m for m in _excluding(doc.sentences[k].countries, imposer)
                 if not dateline_place(doc.sentences[k].text, m)]
        if named:
            return Decision(named[-1].value, f"the owner of its possessive, "
                                             f"{i - k} sentences before: "
                                             f"{_said(doc.sentences[k].text, named[-1])}")
    return None


#: how many sentences after a question its answer reaches (for the partner here, and for the
#: goods it asks about in product.question_product)
ANSWER_REACH = 4


def _question_partner(fc: FigureContext, imposer: str | None) -> Party | None:
    """"Q: And Korean cars? A: They pay 15% from November. Until then, 25%": in a
    question-and-answer text, a levy whose sentence names no country, in the answer to a
    question that names one partner, is on that partner (not on the country the piece
    began with); a sentence of the answer naming a country ends the search."""
    doc = fc.doc
    for j in range(fc.i - 1, max(-1, fc.i - 1 - ANSWER_REACH), -1):
        prev = doc.sentences[j]
        named = {m.value for m in _excluding(prev.countries, imposer)
                 if not dateline_place(prev.text, m)}
        if not prev.text.rstrip(" \"”'’").endswith("?"):
            if named:
                return None
            continue
        if len(named) != 1 or any(ch.isdigit() for ch in prev.text):
            return None
        return Decision(named.pop(), f"the partner of the question it answers: {prev.text!r}")
    return None


#: goods facing a levy in the figure's sentence: "chips would face a tariff", "will be
#: tariffed", "a tariff on"
SECTOR_LEVY_RE = skip.regex(r"\b(?:would|will|could|to|now|must|shall)\s+(?:also\s+|soon\s+)?"
                            r"(?:face|pay|be\s+(?:hit|tariffed|taxed|charged))\b|"
                            # "a 50% tariff applies to copper products": its scope
                            r"\b" + cue_words.levy_nouns("levy") + r"\b[^.;,]{0,25}?\s"
                            r"(?:appl(?:y|ies)|will\s+apply)\s+to\b",
                            re.IGNORECASE)


#: right before a rate, the verb its goods pay it with: "vehicles still pay |27.5%",
#: "Steel and aluminium stay at |50%"
PAID_BEFORE_RE = skip.regex(r"\b(?:pay|pays|stay|stays)\s+"
                            r"(?:(?:at|only|still|now)\s+){0,2}$", re.IGNORECASE)
#: right after a rate, the sector measure it is paid under: "pay 50% |under Section 232"
UNDER_MEASURE_RE = skip.regex(r"\s+(?:under|as)\s+(?:the\s+)?(?:section\s+232|"
                              r"national[\s\-]security)\b", re.IGNORECASE)


def paid_by_goods(fc: FigureContext) -> bool:
    """Whether the figure is what its goods pay now, told by a paying verb in the present
    right before it ("cars still pay 27.5%"), and not paid under the sector's measure named
    after it ("pay 50% under Section 232", a levy on every origin)."""
    s, fig = fc.text, fc.fig
    return PAID_BEFORE_RE.search(s, max(0, fig.start - 30), fig.start) is not None \
        and UNDER_MEASURE_RE.match(s, fig.end) is None


def levy_target_fallback(target: Party, imposer: str | None, product: str | None,
                         doc: Doc, paid: bool = False) -> Party:
    """Past the sentence: a Section 232 product hits everyone; else the article's country."""
    if target.value is not None:
        return target
    if imposer not in (None, "US") and doc.mentions_us:
        # "A 15% tariff will now be imposed on coal, the ministry in Beijing said": another
        # country's levy with no partner named answers the US
        return Decision("US", "another country's levy answers the US")
    if product and product in ctx.section_232_products():
        if imposer == "US" and doc.main_country and (
                one_partner(doc) and deal_lead(doc) or paid and doc.article_partner is not None):
            # "Japan's deal ... Carmakers have paid 27.5% since April": in an article about
            # one partner alone, the sector rate its sentence names no partner for is the
            # rate that partner's goods pay
            return Decision(doc.main_country, f"{product}: the rate of the one partner the "
                                              f"article names")
        return Decision("*", f"{product} pays a Section 232 rate from every partner")
    if doc.main_country and doc.main_country != imposer:
        return Decision(doc.main_country, ARTICLE_COUNTRY)
    return target


def one_partner(doc: Doc) -> bool:
    """Whether the article (its title too) names one partner of the US only, a member of a
    customs union counted as the union."""
    return memo_of(doc, "one_partner", _read_one_partner)


def deal_lead(doc: Doc) -> bool:
    """Whether the article's headline or lead (its first two sentences) tells of a trade
    deal (rules/lexicon.toml [scope] deal_words)."""
    return memo_of(doc, "deal_lead", _read_deal_lead)


def _read_deal_lead(doc: Doc) -> bool:
    lead = doc.sentences[:LEAD_SENTENCES + (doc.title_index is not None)]
    return any(ctx.has("deal_words", t) for t in [doc.title or "", *(s.text for s in lead)])


#: how many sentences after the headline make an article's lead
LEAD_SENTENCES = 2


def _read_one_partner(doc: Doc) -> bool:
    bloc = blocs()
    named = {bloc.get(m.value, m.value) for s in doc.sentences for m in s.countries}
    if doc.title:
        named |= {bloc.get(m.value, m.value) for m in ctx.find_countries(doc.title)}
    named -= {"US", "*"}
    return len(named) == 1


#: right before a levy, the words that shield a partner from it: "shielding them from the",
#: "sparing Swiss makers the", "lifting the threat of the"
SHIELDED_FROM_RE = skip.regex(r"\b(?:shield(?:s|ed|ing)?|spar(?:e|es|ed|ing)|protect(?:s|ed|ing)?|"
                              r"lift(?:s|ed|ing)?\s+the\s+threat\s+of)\s+"
                              r"(?:(?:them|it|us|those|these)\s+)?(?:from\s+)?(?:the\s+|an?\s+)?"
                              r"(?:threat\s+of\s+(?:the\s+|an?\s+)?)?$", re.IGNORECASE)
#: right after a rate, the partner that took it in a deal, or pays it: "the 15% agreed by the
#: EU", "the 50% paid by European rivals"
AGREED_BY_RE = skip.regex(r"\s+(?:\w+\s+)?(?:agreed|accepted|secured|negotiated|won|struck|"
                          r"paid|faced|borne|owed)\s+by"
                          r"\s+(?:the\s+)?", re.IGNORECASE)


#: goods of every origin: "every imported heavy truck", "all foreign-made buses", "trucks
#: made abroad", "lumber from abroad"
EVERY_ORIGIN_RE = skip.regex(
    r"\b(?:(?:every|all|any)\s+(?:imported|foreign(?:[\-\s](?:made|built))?|overseas)|"
    r"(?:made|built|produced|manufactured)\s+(?:abroad|overseas|outside\s+the\s+"
    r"(?:U\.?S\.?|United\s+States))|from\s+abroad)\b", re.IGNORECASE)


#: "on the same foods from every origin", "from all countries"
FROM_EVERY_ORIGIN_RE = skip.regex(r"\bfrom\s+(?:every|all|any)\s+(?:origins?|countr(?:y|ies)|"
                                  r"sources?|suppliers?)\b", re.IGNORECASE)
#: a joint between two clauses the clause splitter keeps together: ", and the dealers say"
CLAUSE_JOIN_RE = skip.regex(r",\s+(?:and|but|while|whereas|though|although)\b|;", re.IGNORECASE)


def every_origin_target(fc: FigureContext, target: Party, imposer: str | None,
                        product: str | None) -> Party:
    """"Every imported heavy truck has carried a 25% tariff, and dealers say ... from
    Mexico": a sector's US levy whose clause says its goods come from anywhere hits every
    partner, though the sentence names a country in another clause."""
    if imposer != "US" or target.value in (None, "*"):
        return target
    s, fig = fc.text, fc.fig
    if product not in ctx.section_232_products():
        # any goods: only "from every origin", "from all countries" in the figure's clause
        lo, hi = clause_bounds(s, fig.start, fig.end)
        m = FROM_EVERY_ORIGIN_RE.search(s, fig.end, hi)
        if m is None or any(fig.end <= c.start < m.start() for c in fc.sent.countries):
            return target
        return Decision("*", f"goods of every origin: {m.group(0)!r}")
    lo, hi = clause_bounds(s, fig.start, fig.end)
    for j in CLAUSE_JOIN_RE.finditer(s, lo, hi):  # the figure's own part of the clause
        if j.end() <= fig.start:
            lo = j.end()
        elif j.start() >= fig.end:
            hi = j.start()
            break
    m = EVERY_ORIGIN_RE.search(s, lo, hi)
    if m is None or any(lo <= c.start < hi and c.value != imposer for c in fc.sent.countries):
        return target
    return Decision("*", f"goods of every origin: {m.group(0)!r}")


def unfocused_target(fc: FigureContext, target: Party, imposer: str | None) -> Party:
    """A US levy whose partner was guessed from outside its sentence, in an article that is
    not about that partner (Doc.article_partner), is everyone's: with no partner named,
    the article's most named country ("Chile's mines ... The 50% duty starts on Friday")
    when it names several partners about as often; a sector's levy, the country of the
    sentence before ("Britain's mills are idle. The 50% duty on steel began in June").
    Applied after the measure, which keeps reading the guessed partner. Dates too (h165):
    in reconciliation an undated article's threat is no longer placed at the start date of
    its key (05_fact_claims.sql), which cost a current value when such dates were keyed to
    every partner (h160-1 in docs/evaluation.md)."""
    if imposer != "US" or target.value in (None, "*", "US") \
            or target.value == fc.doc.article_partner:
        return target
    if target.evidence == ARTICLE_COUNTRY:
        return Decision("*", "a US levy with no partner named, in an article about several "
                             "partners")
    if target.evidence == PREV_SENTENCE and {
            p.value for p in fc.sent.products} & ctx.section_232_products():
        return Decision("*", "a sector's levy; the sentence before names a partner the "
                             "article is not about")
    return target


def baseline_target(fc: FigureContext, target: Party, sentence_target: str | None,
                    imposer: str | None, measure: str | None,
                    partners_rate: bool = False) -> Party:
    """The US baseline "that applies to almost every trading partner" hits everyone, also
    when its sentence names a country only by its place ("The UK's deal is a blueprint:
    no deal will go below the 10% baseline"); not one partner's rate that no word names
    and that was the baseline by its value and months (`partners_rate`: "Peru paid 10% over
    the spring"), unless its clause says every partner pays it."""
    s, fig = fc.text, fc.fig
    if measure == "baseline" and imposer == "US" and target.value not in (None, "*") \
            and combined_part(fc):
        # "The combined rate, a 10% baseline plus a 40% surcharge": a part of the
        # partner's combined rate told just before it is that partner's
        return target
    if measure != "baseline" or imposer != "US":
        return target
    everyone = ALL_PARTNER_RE.search(s[fig.end:clause_bounds(s, fig.start, fig.end)[1]])
    if partners_rate and target.value not in (None, "*") and not everyone:
        return target
    if target.value not in (None, "*") and not everyone:
        told = _goods_bear_baseline(fc, target) or _part_of_rate_before(fc)
        if told is not None:
            return Decision(target.value, told)
    if sentence_target is None or placed_only(target) or everyone:
        return Decision("*", "the US baseline rate hits every partner")
    return target


@cache
def goods_bear_re() -> re.Pattern[str]:
    """Between a partner's adjective or possessive and a rate: a few words of its goods,
    then a verb of paying ("Colombian| beans had paid the |10%", "The UK's| other goods
    pay the |10%"; rules/lexicon.toml [target_cues] bearing_verbs, bearing_auxiliaries)."""
    verbs = cue_words.alternation("target_cues", "bearing_verbs")
    aux = cue_words.alternation("target_cues", "bearing_auxiliaries")
    return skip.regex(rf"(?:'s|’s)?(?:\s+[\w\-]+){{1,3}}?\s+(?:{aux}\s+)*{verbs}\s+"
                      r"(?:the|a|an)\s+", re.IGNORECASE)


def _goods_bear_baseline(fc: FigureContext, target: Party) -> str | None:
    """"Colombian beans had paid the 10% baseline": the baseline told as what one
    partner's goods pay, that partner placed right before the goods, is that partner's
    (the gold's reading across the sets), not every partner's."""
    s, fig = fc.text, fc.fig
    before = [m for m in fc.sent.countries if m.end <= fig.start]
    if not before or before[-1].value != target.value:
        return None
    m = before[-1]
    if goods_bear_re().fullmatch(s, m.end, fig.start) is None:
        return None
    return f"the baseline its goods pay: {s[m.start:fig.end]!r}"


#: how far a part spelled out in apposition stands after the rate it is part of
PART_REACH = 60


def _part_of_rate_before(fc: FigureContext) -> str | None:
    """"those pairs have paid 50% at the border, the 10% baseline plus the 40% surcharge":
    the baseline spelled out in apposition as a part of the rate told just before it is
    part of that partner's rate, as combined_part reads it after a word of combining."""
    s, fig = fc.text, fc.fig
    before = [f for f in fc.figs if f.quantity == fig.quantity and f.end <= fig.start]
    if not before:
        return None
    gap = s[before[-1].end:fig.start]
    hi = clause_bounds(s, fig.start, fig.end)[1]
    if len(gap) > PART_REACH or ";" in gap or not APPOSITION_END_RE.search(gap) \
            or not PART_AFTER_RE.match(s, fig.end, hi):
        return None
    return f"a part of the rate before it: {s[before[-1].start:fig.end]!r}"


def retaliation_target(fc: FigureContext, target: Party, imposer: str | None,
                       measure: str | None) -> Party:
    """"China's exporters brace as 125% counter-tariff kicks in": a retaliation with no
    partner named is on the US, in an article that names the US."""
    if measure == "retaliatory" and target.value is None and imposer not in (None, "US") \
            and fc.doc.mentions_us:
        return Decision("US", "a retaliation answers the US")
    return target


@cache
def economy_wide_re() -> re.Pattern[str]:
    """A rate over all of a country's imports: "the average effective tariff rate"
    (rules/lexicon.toml [target_cues] economy_wide)."""
    return skip.regex(rf"\b{cue_words.alternation('target_cues', 'economy_wide')}\b",
                      re.IGNORECASE)


def economy_wide_target(fc: FigureContext, target: Party, imposer: str | None) -> Party:
    """"The average effective US tariff rate is about 18%": a rate averaged over all US
    imports is on every partner, not on the country the sentence before or the article
    names; only when its own sentence names no partner ("the average tariff on Peruvian
    goods" stays Peru's) and the words sit in the figure's clause, just before or after it."""
    if imposer != "US" or target.value == "*":
        return target
    sent, fig, s = fc.sent, fc.fig, fc.text
    if [m for m in _excluding(sent.countries, imposer) if not dateline_place(s, m)]:
        return target
    if partner_groups(s):
        return target
    c_lo, c_hi = clause_bounds(s, fig.start, fig.end)
    prev_end = max([f.end for f in fc.figs if f is not fig and f.end <= fig.start], default=-1)
    lo = max(c_lo, prev_end, 0)
    words = list(re.finditer(r"\S+", s[lo:fig.start]))
    if len(words) > 8:
        lo += words[-8].start()
    hit = economy_wide_re().search(s, lo, fig.start) or economy_wide_re().match(
        s, fig.end, min(c_hi, fig.end + 40))
    if hit is None:
        return target
    return Decision("*", f"a rate over all imports, its sentence naming no partner: "
                         f"{hit.group(0)!r}")


def pause_target(fc: FigureContext, target: Party, imposer: str | None,
                 levy_bound: bool) -> Party:
    """"The suspension runs until July 9": everyone's pause, not the article's country's
    ("The tariffs were supposed to take effect ..." still speaks of that country's); but a
    partner's paused countermeasures answer the US (_one_sided_pause)."""
    sent, fig = fc.sent, fc.fig
    c_lo, c_hi = clause_bounds(sent.text, fig.start, fig.end)
    named = any(c_lo <= m.start < c_hi and m.value != imposer for m in sent.countries)
    if sent.has("pause_words") and not sent.has("levy_words") and not named \
            and not ALL_PARTNER_RE.search(sent.text) and not levy_bound \
            and not BACK_REFERENCE_RE.match(sent.text) and not _pause_told_before(fc):
        if imposer == "US" and fc.doc.article_partner not in (None, "US") \
                and sent.has("truce_words"):
            # "unless the truce is extended beyond August 12", in an article about China: a
            # truce has two sides, the US and the partner the article is about
            return Decision(fc.doc.article_partner, "a truce with no country named, in an "
                                                    "article about one partner")
        sided = _one_sided_pause(fc, imposer)
        if sided is not None:
            return sided
        return Decision(None, "a pause with no country or levy named is everyone's")
    if sent.has("pause_words") and imposer == "US" and not named \
            and not any(m.value not in (imposer, "*") for m in sent.countries) \
            and all_partner_name_re().search(sent.text):
        return Decision("*", "a pause of a levy on every partner, no country named")
    return target


def _one_sided_pause(fc: FigureContext, imposer: str | None) -> Party | None:
    """"The two packages of countermeasures stay suspended for six months": a partner's
    paused levy, no country named, answers the US (as levy_target_fallback reads a
    partner's levy), in an article that names the US."""
    if imposer not in (None, "US") and fc.doc.mentions_us:
        return Decision("US", "a partner's paused levy answers the US")
    return None


#: a sentence opening on "The extension ...", "The 90-day pause ...": a pause already named
THE_PAUSE_RE = skip.regex(r"^\W*the\s+(?:[\w\-]+\s+){0,2}?"
                          + cue_words.alternation("pause_nouns", "the_pause") + r"\b",
                          re.IGNORECASE)


def _pause_told_before(fc: FigureContext) -> bool:
    """"Washington agreed to give Mexico a few more weeks, as the 90-day extension nears its
    end. The extension was due to expire on October 29.": a sentence opening on "the" pause
    speaks of the pause the sentence before tells for its partner (one country besides the
    imposer's), not of everyone's."""
    if fc.i == 0 or not THE_PAUSE_RE.match(fc.text):
        return False
    ps = fc.doc.sentences[fc.i - 1]
    others = {m.value for m in ps.countries if m.value != "US" and not dateline_place(ps.text, m)}
    return ps.has("pause_words") and len(others) == 1


@cache
def us_collector_re() -> re.Pattern[str]:
    """The US bodies that collect or report tariff revenue ([imposer_cues] us_collectors)."""
    return skip.regex(rf"\b{cue_words.alternation('imposer_cues', 'us_collectors')}(?!\w)",
                      re.IGNORECASE)


@cache
def us_revenue_collector_re() -> re.Pattern[str]:
    """The bare word of the US customs service as the collector of a dollar revenue whose
    sentence names no country ([imposer_cues] us_revenue_collectors)."""
    return skip.regex(
        rf"\b{cue_words.alternation('imposer_cues', 'us_revenue_collectors')}(?!\w)",
        re.IGNORECASE)


@cache
def us_aid_body_re() -> re.Pattern[str]:
    """The US bodies that hand out farm aid ([imposer_cues] us_aid_bodies)."""
    return skip.regex(rf"\b{cue_words.alternation('imposer_cues', 'us_aid_bodies')}(?!\w)",
                      re.IGNORECASE)


def _us_aid(fc: FigureContext) -> bool:
    """Whether a dollar subsidy whose sentence names no country is handed out by a US body
    named in it or in the sentence before, which names no country either ("The Agriculture
    Department's plan sets aside $12 billion" in a story from a rice town that names only a
    buyer of the crop, the Philippines, further on): US support, not the article's country."""
    if fc.fig.unit != "USD" or [m for m in fc.sent.countries if not dateline_place(fc.text, m)]:
        return False
    return _here_or_just_before(fc, us_aid_body_re())


@cache
def partner_noun_re() -> re.Pattern[str]:
    """After a country, the nouns that make it the partner of the sentence's subject, not
    a flow's owner ("Mexico, the largest US trading partner, shipped ..."):
    [target_cues] partner_nouns."""
    return skip.regex(rf"^(?:'s|’s)?\s+{cue_words.alternation('target_cues', 'partner_nouns')}\b",
                      re.IGNORECASE)


@cache
def all_partner_name_re() -> re.Pattern[str]:
    """The names of levies on every partner ("Liberation Day" tariffs)."""
    return skip.regex(rf"\b{cue_words.alternation('target_cues', 'all_partner_names')}\b",
                      re.IGNORECASE)


# ------------------------------------------------------------------------ a levy's value
@cache
def levy_value_before_re() -> re.Pattern[str]:
    """Right before an amount, a levy noun and a verb that gives its value, a short "on ..."
    or "for ..." phrase (the goods it falls on) and a hedge word perhaps between ("the duty
    on that line comes to about", "a 20% duty on a $40 lamp is"): [imposer_cues]
    levy_value_verbs, the hedges of rules/quantities.toml."""
    hedges = figure_hedges()
    verbs = cue_words.group("imposer_cues", "levy_value_verbs", space=r"\s+")
    return skip.regex(
        rf"\b{cue_words.levy_nouns('levy')}(?:\s+(?:on|for)\s+[^,;:.]{{1,40}}?)?\s+"
        rf"{verbs}\s+(?:(?:{hedges})\s+)?$", re.IGNORECASE)


#: right after an amount, "of" and at most one word, then a levy noun ("$9,000 of steel
#: duty", "$200 of duty"), or "in" and a pointing word ("$380,000 in those duties", "$9,000
#: in such duties"): the sum is the levy's take
LEVY_VALUE_AFTER_RE = skip.regex(rf"\s+(?:of\s+(?:[\w-]+\s+)?|in\s+(?:those|these|such)\s+)"
                                 rf"{cue_words.levy_nouns('levy')}\b", re.IGNORECASE)

#: between a levy's own value and a later amount of its sentence: the bill goes on with a
#: part or its total ("$20,000 of steel duty plus $24,000 ...", "..., or $44,000 in all")
BILL_GOES_ON_RE = skip.regex(r"(?:\s+(?:plus|and)|,\s+or)\s+$", re.IGNORECASE)

#: at most so many characters between the amount before and the one the bill goes on with
BILL_GAP = 40


def levy_valued(fc: FigureContext) -> bool:
    """Whether an amount is told as a levy's own value, what it takes on one good or one
    firm's goods ("the duty on that would be roughly $9,000", "the levy adds about $50,000 a
    month", "$9,000 of steel duty"): a sum the levy's parties own (the US by default), not
    the country the sentence before names, as a firm's tariff bill (LEVY_COST_RULES)."""
    lo = clause_bounds(fc.text, fc.fig.start, fc.fig.end)[0]
    return bool(levy_value_before_re().search(fc.text[lo:fc.fig.start])
                or LEVY_VALUE_AFTER_RE.match(fc.text, fc.fig.end)) or _bill_goes_on(fc)


def _bill_goes_on(fc: FigureContext) -> bool:
    """Whether an amount goes on with a levy's own value told before it in its sentence
    ("the broker counted $20,000 of steel duty plus $24,000 on the rest of the machine, or
    $44,000 in all"): a part or the total of the same bill, the levy's as that value is, not
    the goods' country the sentence before names. Only amounts lie between the value and
    this one, and this one is joined to the amount right before it by "plus", "and" or ", or"
    (BILL_GOES_ON_RE; the base "on the remaining $160,000" is no part of the bill)."""
    s, fig = fc.text, fc.fig
    before = [f for f in fc.figs if f.end <= fig.start]
    if not before or before[-1].quantity != "money" or fig.start - before[-1].end > BILL_GAP \
            or not BILL_GOES_ON_RE.search(s, before[-1].end, fig.start):
        return False
    for k in range(len(before) - 1, -1, -1):
        if before[k].quantity != "money":
            return False
        if LEVY_VALUE_AFTER_RE.match(s, before[k].end) or (
                k == len(before) - 1 and covered_amount(s, before[k].start, before[k].end)):
            # (the amount right before may be the value the levy falls on: "the duty falls
            # on $108,000 of value, or $27,000": the bill told after it is that levy's too)
            return True
    return False


# ------------------------------------------------------------------------------- flows
def _country_list(s: str, ms: list[Mention]) -> list[Mention]:
    """The last run of countries written as a list ("India, Germany and Malaysia")."""
    run = [ms[-1]]
    for m in reversed(ms[:-1]):
        if LIST_SEP_RE.fullmatch(s[m.end:run[0].start]):
            run.insert(0, m)
        else:
            break
    return run


#: between an amount and its conversion: "C$30 billion ($20.7 billion)", "(£16bn; $21.7bn)"
CONVERSION_GAP_RE = skip.regex(r"\s*[(;,/]\s*")


def _levy_goods(fc: FigureContext) -> bool:
    """Whether the amount is the goods a levy covers, or the conversion in brackets of
    such an amount ("on U.S. goods worth C$30 billion ($20.7 billion)")."""
    s, fig = fc.text, fc.fig
    money = [f for f in fc.figs if f.quantity == "money" and f.end <= fig.start]
    while True:
        if covered_amount(s, fig.start, fig.end):
            return True
        if not money or not CONVERSION_GAP_RE.fullmatch(s, money[-1].end, fig.start):
            return False
        fig = money.pop()


#: the levy whose goods an amount values: "countermeasures worth", "$9 billion in counter-tariffs"
_LEVY_NOUN = (r"\b(?:retaliatory\s+" + cue_words.levy_nouns("levy_plural", "measures") + "|"
              + cue_words.levy_nouns("counter_tariffs", "countertariffs", "countermeasures", "levy")
              + r")\b")
LEVY_NOUN_RE = skip.regex(_LEVY_NOUN, re.IGNORECASE)
LEVY_NOUN_AFTER_RE = skip.regex(r"^\)?\s*(?:\([^)]*\)\s*)?(?:worth\s+)?(?:in|of)\s+"
                                rf"(?:[\w\-]+\s+){{0,2}}?(?={_LEVY_NOUN})", re.IGNORECASE)


def _countermeasure_goods(fc: FigureContext) -> Parties | None:
    """"our answer is countermeasures worth 26 billion euros", "$9 billion in
    counter-tariffs, with a first batch of $2 billion": the goods a retaliation covers
    (its levy the nearest one, after the amount or else before it) are the answering
    side's levy, on the US."""
    s, fig = fc.text, fc.fig
    if not fc.doc.mentions_us:
        return None
    after = LEVY_NOUN_AFTER_RE.match(s[fig.end:])
    if after:
        noun = LEVY_NOUN_RE.match(s, fig.end + after.end())
    else:
        nouns = list(LEVY_NOUN_RE.finditer(s, 0, fig.start))
        noun = nouns[-1] if nouns else None
    if noun is None or not RETALIATION_RE.search(noun.group()) and \
            not noun.group().lower().startswith("retaliatory"):
        return None
    others = [m for m in fc.sent.countries if m.value != "US" and not dateline_place(s, m)]
    other = others[0].value if others else _other_side(fc)
    if other is None:
        return None
    why = "the goods a retaliation covers"
    return Parties(Decision(other, f"{why}: the answering side"),
                   Decision("US", f"{why}: on the US"))


def _covered_origin(fc: FigureContext) -> Parties | None:
    """"tariffs on Chinese imports worth $370 billion": the goods' country is hit, never
    the one levying; the levier is a country before the amount that is not the goods',
    else the US (whose levies most news tells), else, for US goods, the one answering."""
    s, fig = fc.text, fc.fig
    ms = [m for m in fc.sent.countries if not dateline_place(s, m)]
    origin = [m for m in ms if _goods_adjective(fc, m)]
    if not origin:
        return None
    goods = min(origin, key=lambda m: abs(m.start - fig.start))
    levier = [m for m in ms if m.end <= fig.start and m.value != goods.value
              and m not in origin and not target_cued(s, m.start, m.end)]
    if levier:
        who = Decision(levier[-1].value, f"the country before it: {_said(s, levier[-1])}")
    elif goods.value != "US":
        who = Decision("US", "no other levier named: the US")
    else:
        other = _other_side(fc)
        if other is None:
            return None
        who = Decision(other, "a levy on US goods answers the US")
    return Parties(who, Decision(goods.value, f"the goods' country: {_said(s, goods)}"))


def flow_parties(fc: FigureContext, metric: str) -> Parties:
    """Imposer (who exports, runs the surplus, invests, collects) and target of a flow,
    change, share or amount."""
    s, ms, fig, doc, i = fc.text, fc.sent.countries, fc.fig, fc.doc, fc.i
    if fig.quantity == "money" and _parcel_charge(fc):  # "$100 per item", "$800 threshold"
        return _parcel_parties(fc)
    if metric == "other_amount" and fig.quantity == "money" and _levy_goods(fc):
        # the goods a levy covers: who levies (the importer) and whose goods, as for imports
        answer = _countermeasure_goods(fc) or _covered_origin(fc)
        if answer is not None:
            return answer
        if not [m for m in ms if not dateline_place(s, m)] and i > 0 \
                and not doc.sentences[i - 1].countries:
            # "the tariffs now cover $300 billion of imports", with no country near: the
            # levy's own parties (the US by default)
            return levy_parties(fc, "tariff_rate")
        got = _trade_parties(fc, "imports", clause_bounds(s, fig.start, fig.end)[0])
        if got.target.value is None and not ms and i > 0:
            # "C$30 billion of these duties start today": the partner of the sentence before
            ps = doc.sentences[i - 1]
            hit = [m for m in target_mentions(ps.text, ps.countries)
                   if m.value != got.imposer.value and not _weakly_cued(ps.text, m.start)]
            if hit:
                return Parties(got.imposer, Decision(hit[0].value,
                                                     "the country hit in the sentence before"))
        return got
    if metric == "revenue":
        got = _collector_parties(fc, metric)
        return _everyones_revenue(fc, got) if got.imposer.value == "US" else got
    if metric in {"subsidy", "other_amount"}:
        return _collector_parties(fc, metric)
    lo, hi = clause_bounds(s, fig.start, fig.end)
    if metric in {"share", "exports"} and (bought := _bought_share_parties(fc, metric)):
        return bought
    if metric in REPORTED_FLOW_METRICS and not [m for m in ms if not dateline_place(s, m)] \
            and (owner := _report_owner(fc)) is not None:
        # "The US trade deficit narrowed to $62 billion. Imports fell 16%": the figures of
        # one country's trade report, told on with no country named, are that country's
        return Parties(owner, Decision(None, "a country's own trade report names no partner"))
    balance = _balance_changed(fc)
    if metric == "change" and balance is not None:
        # "imports fell, pushing the deficit down to $9 billion, a 70% drop": the change is
        # of the balance, owned as the balance is
        return _trade_parties(fc, balance, lo)
    if metric == "change" and not [m for m in ms if not dateline_place(s, m)] \
            and _collector_near(fc):
        # "Customs duties brought the Treasury $31 billion, an increase of about 300 per
        # cent": the change of the takings the US collectors report is the US's, not the
        # article's partner's, taken on every partner's goods as the takings are
        return Parties(Decision("US", "a change of what the US collectors report"),
                       Decision("*", EVERYONE_REVENUE))
    if metric == "share" and (offset := levy_offset(fc)) is not None:
        # "assemblers can claim an offset worth 3.75% of a car's price": what the US gives
        # back of its own levy on parts from every origin, not the article's partner's share
        return Parties(Decision("US", f"a share claimed back against a US levy: {offset!r}"),
                       Decision("*", "the levy it offsets hits parts from every origin"))
    if metric in {"share", "change"}:
        got = _share_or_change_parties(fc, metric, lo, hi)
        if got is not None:
            return got
    if metric in {"investment", "purchase"}:  # pledges: a partner invests in or buys from the US
        return _pledge_parties(fc)
    return _trade_parties(fc, metric, lo)


def _here_or_just_before(fc: FigureContext, pattern: re.Pattern[str]) -> bool:
    """Whether `pattern` matches the figure's sentence, or the sentence before when that one
    names no country (the story goes on with the same subject)."""
    if pattern.search(fc.text):
        return True
    before = fc.doc.sentences[fc.i - 1] if fc.i > 0 else None
    return before is not None and not before.countries \
        and pattern.search(before.text) is not None


def _collector_near(fc: FigureContext) -> bool:
    """Whether a US collector of tariff revenue is named in the change's sentence, or in the
    sentence before when that one names no country either ("Customs duties brought in $16
    billion in April. In May the take was 36 per cent higher": the takings go on)."""
    return _here_or_just_before(fc, us_collector_re())


def _bought_share_parties(fc: FigureContext, metric: str) -> Parties | None:
    """A share a country buys of someone's goods, or that share's value ("The US takes 28%
    of the mill's output, worth about $40 million a year"): the buyer is the target, the
    goods' owner the imposer (tracker/extract/sales.py), not the country before the figure."""
    bought = sales.bought_share_of(fc.sent, fc.fig.start, fc.fig.end)
    if bought is None or (metric == "share") != (fc.fig.start == bought.share_start):
        return None
    owner, why = sales.owner_of(fc.doc, fc.sent, bought)
    return Parties(Decision(owner, why),
                   Decision(bought.buyer.value,
                            f"the buyer: {_said(fc.text, bought.buyer)} before its verb"))


def _collector_parties(fc: FigureContext, metric: str) -> Parties:
    """One party, who collects or pays a revenue, subsidy or other sum: the sentence's first
    country, a US body that collects it, the sentence before's first country, else the
    article's."""
    s, ms, fig, doc, i = fc.text, fc.sent.countries, fc.fig, fc.doc, fc.i
    if metric == "revenue":  # the countries a levy hits do not collect its receipts
        ms = _not_levied(s, ms)
    if metric == "subsidy" and _us_aid(fc):
        return Parties(Decision("US", "handed out by a US body (us_aid_bodies)"),
                       Decision(None, "one party only"))
    if ms:
        return Parties(Decision(ms[0].value, f"the sentence's first country: "
                                             f"{_said(s, ms[0])}"),
                       Decision(None, "one party only"))
    body = us_collector_re().search(s) or us_revenue_collector_re().search(s) \
        if metric == "revenue" and fig.unit == "USD" else None
    if body:
        # "Duty collections hit $20 billion last month, the Treasury said", "customs had
        # taken in $70 billion": the US collects it, whatever country the sentence before
        # (or the article) is about
        return Parties(Decision("US", f"collected by a US body: {body.group(0)!r}"),
                       Decision(None, "one party only"))
    own = None
    before = doc.sentences[i - 1].countries if i > 0 else []
    if metric == "revenue":
        before = _not_levied(doc.sentences[i - 1].text, before) if before else before
    if before:
        own = before[0].value
    if own:
        return Parties(Decision(own, "the first country of the sentence before"),
                       Decision(None, "one party only"))
    if metric == "revenue" and fig.unit == "USD" and doc.mentions_us:
        # customs figures in US dollars with no country near: US dollars of
        # customs revenue are collected by the US, whatever country the article names
        return Parties(Decision("US", "customs revenue in US dollars"),
                       Decision(None, "one party only"))
    if metric == "subsidy" and fig.unit == "USD" and doc.mentions_us \
            and not fc.text[:fig.start].rstrip().endswith("("):
        # (h285) support in US dollars, not a conversion in brackets, with no country near
        # ("8. $12 billion. Farm aid announced last week." in a newsletter from London): US aid
        return Parties(Decision("US", "support in US dollars, no country near"),
                       Decision(None, "one party only"))
    return Parties(Decision(doc.main_country or ("US" if doc.mentions_us else None),
                            "the article's country"), Decision(None, "one party only"))


#: customs revenue keyed to every partner: the US's collections from all its imports
EVERYONE_REVENUE = "US customs revenue names no partner: collected on every partner's goods"


def _everyones_revenue(fc: FigureContext, got: Parties) -> Parties:
    """"Customs duties brought the Treasury $31 billion in October": US customs revenue
    whose sentence names no partner is collected on every partner's goods (`*`), not on the
    partner the article is about; a sentence naming one ("duties on Chinese goods raised
    $90 billion") keeps the one party it had."""
    if any(m.value != "US" and not dateline_place(fc.text, m) for m in fc.sent.countries):
        return got
    return Parties(got.imposer, Decision("*", EVERYONE_REVENUE))


#: right after an amount, what makes it a charge on each small parcel or the value line
#: under which parcels entered free: "$100 per item", "a $800 threshold", "$800 de minimis"
PARCEL_CHARGE_AFTER_RE = skip.regex(r"\s*(?:(?:a|an|per|each|for\s+each)\s+(?:postal\s+)?"
                                    r"(?:item|parcel|package|shipment|piece)\b|"
                                    r"(?:[\w\-]+\s+)?(?:threshold|de\s+minimis|exemption|"
                                    r"duty-free\s+(?:limit|allowance)))", re.IGNORECASE)


AMOUNT_LIST_JOIN_RE = skip.regex(r"\s*(?:,|,?\s+and|,?\s+or)\s*", re.IGNORECASE)


#: at most so many words between a parcel charge's own words and the first amount of its
#: list ("a flat duty per item of | $80, $160 and $200")
PARCEL_BEFORE_WORDS = 4


@cache
def parcel_charge_before_re() -> re.Pattern[str]:
    """Before a list of amounts, the words that make them charges on each parcel ("a flat
    duty per item: $80 ...", "a flat $60 charge"; rules/lexicon.toml [imposer_cues]
    parcel_charge_before), at most PARCEL_BEFORE_WORDS words before the first amount."""
    words = cue_words.group("imposer_cues", "parcel_charge_before", space=r"\s+")
    return skip.regex(rf"\b{words}\W*(?:[\w\-]+\W+){{0,{PARCEL_BEFORE_WORDS}}}$",
                      re.IGNORECASE)


@cache
def parcel_value_line_after_re() -> re.Pattern[str]:
    """Right after an amount, the words that make it the value line under which parcels
    entered free ("worth $800 or less"; rules/lexicon.toml [imposer_cues]
    parcel_value_line_after)."""
    words = cue_words.group("imposer_cues", "parcel_value_line_after", space=r"\s+")
    return skip.regex(rf"\s+{words}\b", re.IGNORECASE)


def _parcel_context(fc: FigureContext) -> bool:
    """Whether the figure's sentence, the sentence before or the headline speaks of
    low-value parcels: a guide to the parcel rules tells its charges in sentences that
    name only "postal carriers" or "shipments" ("For six months, carriers may charge ...")."""
    if any(m.value == "parcels" for m in fc.sent.products):
        return True
    if fc.i > 0 and any(m.value == "parcels" for m in fc.doc.sentences[fc.i - 1].products):
        return True
    return memo_of(fc.doc, "parcels_in_title", _parcels_in_title)


def _parcels_in_title(doc: Doc) -> bool:
    """Whether the headline names low-value parcels (read once per article: every money
    figure of the article asks)."""
    return doc.title is not None and any(m.value == "parcels"
                                         for m in ctx.find_products(doc.title))


def _parcel_charge(fc: FigureContext) -> bool:
    """An amount charged on each low-value parcel, or the parcels' duty-free value line:
    a border's own figure, like a levy's rate, not a sum some country owns or ships. Told
    by a per-item word after the list's last amount ("$40 or $90 per parcel") or after an
    earlier amount of the sentence ("$80 per item where the rate is low; $160 where ..."),
    by a charge's words before the list's first amount ("a flat duty per item of $80"), or
    by a value line's words after it ("worth $800 or less")."""
    if not _parcel_context(fc):
        return False
    s, fig = fc.text, fc.fig
    money = [f for f in fc.figs if f.quantity == "money"]
    end = fig.end  # "$40 or $90 per parcel": the list's last amount tells them all
    for f in money:
        if f.start >= end and AMOUNT_LIST_JOIN_RE.fullmatch(s, end, f.start):
            end = f.end
    if PARCEL_CHARGE_AFTER_RE.match(s, end) or parcel_value_line_after_re().match(s, fig.end):
        return True
    if any(f.end <= fig.start and PARCEL_CHARGE_AFTER_RE.match(s, f.end) for f in money):
        return True
    start = fig.start
    for f in reversed(money):
        if f.end <= start and AMOUNT_LIST_JOIN_RE.fullmatch(s, f.end, start):
            start = f.start
    # "a flat duty per item: $80 where the rate is low, $160 where ...": the words before
    # the sentence's first amount tell the amounts after it too
    start = min(start, money[0].start)
    lo = max([f.end for f in fc.figs if f.end <= start], default=0)
    return bool(parcel_charge_before_re().search(s, lo, start))


#: in a parcel charge's sentence, the tiers of a flat duty set by the sender's rate:
#: "depending on the country's tariff level", "where that country's rate is below 16%" (not
#: one partner's: "parcels from Japan, whose country rate is 15%"),
#: "for countries whose rate is under 16%", "where it is above 25%"
PARCEL_TIER_RE = skip.regex(
    r"\bdepending\s+on\b|\b(?:that|the|sender|sending)\s+country(?:'s|’s)?\s+(?:[\w\-]+\s+){0,2}"
    r"(?:rate|tariff)s?\b"
    r"|\bcountries\s+(?:whose|with)\b|\bwhere\s+(?:the\s+rate|it)\s+is\s+(?:below|under|above|"
    r"over|\d)", re.IGNORECASE)


def _parcel_parties(fc: FigureContext) -> Parties:
    """A parcel charge's parties are its levy's: the importing border (the US unless the
    sentence names another) and the parcels' origin, every partner when they come from
    every country, else the partner the levy's sentence or the one before names."""
    got = levy_parties(fc, "tariff_rate")
    if PARCEL_TIER_RE.search(fc.text):
        # "a flat duty of $80, $160 or $200 per item depending on the sender country's
        # rate": a tier of the postal rule, which every partner's parcels pay by their rate
        imposer = got.imposer if fc.sent.countries else Decision(
            "US", "a tier of flat parcel duties, its sentence naming no country: the US rule")
        return Parties(imposer, Decision("*", "a tier of flat parcel duties set by the "
                                              "sender country's rate: every partner"))
    every = FROM_EVERY_ORIGIN_RE.search(fc.text)
    if every is not None and got.target.value not in (None, GROUP, "*") \
            and not any(m.value == got.target.value and m.start < every.start()
                        for m in fc.sent.countries):
        # "parcels worth $800 or less ... ended for shipments from all countries, extending
        # a rule that has applied to China since May 2": every origin, told before the
        # partner the rule already applied to
        return Parties(got.imposer, Decision("*", "parcels from every origin"))
    if got.target.value not in (None, GROUP):
        return got
    for j in (fc.i, fc.i - 1):
        if j >= 0 and FROM_EVERY_ORIGIN_RE.search(fc.doc.sentences[j].text):
            return Parties(got.imposer, Decision("*", "parcels from every origin"))
    return Parties(got.imposer, levy_target_fallback(Decision(None, "no partner named"),
                                                     got.imposer.value, None, fc.doc))


#: a trade balance named before a change: the change may be the balance's
BALANCE_WORD_RE = skip.regex(r"\b(?:trade\s+)?(deficit|surplus|gap)s?\b", re.IGNORECASE)
#: a flow named between the balance and the change: the change is the flow's
FLOW_WORD_RE = skip.regex(r"\b(?:exports?|imports?|shipments|sales|purchases|investments?|"
                          r"trade\s+volume|goods\s+trade)\b", re.IGNORECASE)


#: the flows whose figures a trade report tells one after another ("Imports fell ...")
REPORTED_FLOW_METRICS = frozenset({"imports", "exports", "trade_deficit", "trade_surplus",
                                   "change"})
#: right after a country, its own trade flow or balance: "the US trade deficit", "China's
#: exports", "US goods imports"
OWN_FLOW_AFTER_RE = skip.regex(r"(?:'s|’s)?\s+(?:(?:goods|merchandise|trade|total)\s+)*"
                               r"(?:deficit|surplus|balance|gap|imports|exports)\b", re.IGNORECASE)
#: after a country, the office that publishes its trade figures: "The U.S. Census Bureau
#: reported ...", "China's customs administration said ..."
REPORTER_AFTER_RE = skip.regex(r"(?:'s|’s)?\s+(?:Census\s+Bureau|Commerce\s+Department|"
                               r"Department\s+of\s+Commerce|customs|statistics\s+(?:bureau|"
                               r"office|agency))\b", re.IGNORECASE)
#: how many sentences back a trade report's owner is looked for
REPORT_REACH = 3


def _report_owner(fc: FigureContext) -> Party | None:
    """"The US trade deficit narrowed to $62 billion, the Commerce Department said. Imports
    fell 16%": the owner of a trade flow named in one of the few sentences before (the
    nearest that names a country decides), when that sentence names the country right
    before its flow or balance. The figures after it that name no country continue the
    same report, whatever country the article speaks of elsewhere."""
    doc, i = fc.doc, fc.i
    for j in range(i - 1, max(-1, i - 1 - REPORT_REACH), -1):
        ps = doc.sentences[j]
        named = [m for m in ps.countries if not dateline_place(ps.text, m)]
        if not named:
            continue
        own = [m for m in named if (OWN_FLOW_AFTER_RE.match(ps.text, m.end)
                                    or REPORTER_AFTER_RE.match(ps.text, m.end))
               and not target_cued(ps.text, m.start, m.end)]
        if own:
            return Decision(own[0].value, f"the owner of the trade report {i - j} sentence(s) "
                                          f"before: {_said(ps.text, own[0])}")
        return None
    return None


def _balance_changed(fc: FigureContext) -> str | None:
    """"the deficit shrank to $9 billion, a 70% fall": the balance metric a change figure
    measures, when the last balance word before it has no flow, country or other percent
    between them."""
    s, fig = fc.text, fc.fig
    words = list(BALANCE_WORD_RE.finditer(s, 0, fig.start))
    if not words:
        return None
    w = words[-1]
    between = s[w.end():fig.start]
    if FLOW_WORD_RE.search(between) or any(w.end() <= m.start < fig.start
                                           for m in fc.sent.countries) \
            or any(f is not fig and f.quantity == "percent" and w.end() <= f.start < fig.start
                   for f in fc.figs):
        return None
    return "trade_surplus" if w.group(1).lower() == "surplus" else "trade_deficit"


def _share_or_change_parties(fc: FigureContext, metric: str, lo: int,
                             hi: int) -> Parties | None:
    s, ms, fig, doc, figs = fc.text, fc.sent.countries, fc.fig, fc.doc, fc.figs
    near = [m for m in ms if lo <= m.start and m.end <= fig.start
            and not target_cue_re().search(s[max(0, m.start - 30): m.start])
            and not dateline_place(s, m)]  # "SINGAPORE, Dec. 8 - Chinese exports fell 9%"
    of = OF_POSSESSIVE_RE.match(s[fig.end:])
    owned = [m for m in ms if of and m.start == fig.end + of.end()
             and (possessive_re().match(s[m.end:]) or OWN_EXPORTS_AFTER_RE.match(s[m.end:]))]
    if metric == "share" and owned:  # "The US takes 40% of India's shrimp exports"
        owner = owned[0].value
        others = [m.value for m in target_mentions(s, ms) if m.value != owner] + [
            m.value for m in ms if lo <= m.start < hi and m.value != owner]
        why = "another country of the sentence"
        if not others and doc.mentions_us and owner != "US":
            others, why = ["US"], "the US, named in the article"
        return Parties(Decision(owner, f"the share is of {_said(s, owned[0])}"),
                       Decision(others[0] if others else None, why))
    its = ITS_BEFORE_RE.match(s[fig.end:])
    named_before = [m for m in ms if m.end <= fig.start  # not where goods are shipped to
                    and not SHIPPED_TO_RE.search(s[max(0, m.start - 12):m.start])
                    and not partner_noun_re().match(s[m.end:])]  # nor "any US partner"
    if metric == "share" and its and named_before:
        # "a key outlet for the UK, taking 7% of its steel exports"
        owner = named_before[-1].value
        others = [m.value for m in ms if m.value != owner]
        return Parties(Decision(owner, f"'of its' after the figure: "
                                       f"{_said(s, named_before[-1])}"),
                       Decision(others[0] if others else None, "another country of the sentence"))
    if not near:
        return None
    origin = [m for m in near if _goods_adjective(fc, m)]
    owners = [m for m in near if m not in origin]
    if metric == "change" and origin and owners:
        # "Japan will lift its U.S. rice purchases by 75%": the importer owns the change,
        # the goods' country is its partner
        own = owners[-1]
        return Parties(Decision(own.value, f"the country before the figure, not the goods': "
                                           f"{_said(s, own)}"),
                       Decision(origin[-1].value, f"the goods' country: {_said(s, origin[-1])}"))
    listed = _country_list(s, near)
    same = [f for f in figs if f.quantity == fig.quantity and f.start > listed[-1].end]
    # "India, Germany and Malaysia ... 9.7%, 5.5%": the i-th figure is the i-th country's
    if len(listed) >= 2 and fig in same and same.index(fig) < len(listed):
        m = listed[same.index(fig)]
        imposer = Decision(m.value, f"its place in a list of countries: {_said(s, m)}")
    else:
        poss_near = [m for m in near if possessive_re().match(s[m.end:])]
        m = (poss_near or near)[-1]
        imposer = Decision(m.value, f"the country before the figure: {_said(s, m)}")
    owner = imposer.value
    tgt = [m.value for m in target_mentions(s, ms) if m.value != owner]
    tgt = tgt or [m.value for m in near if m.value != owner]
    if metric == "share":  # "Canada supplies a quarter of the steel the US imports"
        tgt = tgt or [m.value for m in ms if fig.end <= m.start < hi and m.value != owner]
    return Parties(imposer, Decision(tgt[0] if tgt else None, "the other country named"))


def _goods_adjective(fc: FigureContext, m: Mention) -> bool:
    """"U.S. rice", "American goods": the country names where the goods come from."""
    s = fc.text
    return bool(GOODS_RIGHT_AFTER_RE.match(s[m.end:])) or any(
        p.start >= m.end and not s[m.end:p.start].strip(" .") for p in fc.sent.products)


#: between a country and the pledge it owns: "Korea's | $350 billion", "Japan's promised |"
PLEDGE_OWNER_GAP_RE = skip.regex(r"(?:'s|’s)\s+(?:[a-z][\w\-]*\s+)?")


def _not_levied(s: str, ms: list[Mention]) -> list[Mention]:
    """The countries of a sentence that may collect a revenue: not those a levy hits ("the
    fentanyl duties on Canada, Mexico and China"), nor the rest of their list. A levy's
    receipts are its levier's."""
    hit: set[int] = set()
    for k, m in enumerate(ms):
        if target_cued(s, m.start, m.end) and not _weakly_cued(s, m.start) \
                or (k and ms[k - 1].start in hit
                    and COUNTRY_LIST_SEP_RE.fullmatch(s, ms[k - 1].end, m.start)):
            hit.add(m.start)
    return [m for m in ms if m.start not in hit]


def _pledge_parties(fc: FigureContext) -> Parties:
    s, ms, doc, i = fc.text, fc.sent.countries, fc.doc, fc.i
    foreign = [m.value for m in ms if m.value != "US"]
    why = "the first country other than the US"
    owned = [m for m in ms if m.value != "US"
             and PLEDGE_OWNER_GAP_RE.fullmatch(s, m.end, fc.fig.start)]
    if owned:
        # "Japan's promise of $550 billion and Korea's $350 billion": the country whose
        # possessive stands right before the pledge owns it, not the first one named
        foreign, why = [owned[-1].value], f"the possessive right before it: {_said(s, owned[-1])}"
    if not foreign and i > 0:
        foreign = [m.value for m in doc.sentences[i - 1].countries if m.value != "US"]
        why = "the first country other than the US in the sentence before"
    if not foreign:
        why = "the article's country"
    owner = foreign[0] if foreign else doc.main_country
    if owner is None and doc.mentions_us:
        # a firm's spending pledge at home, no other country near and the
        # article of none: a US firm's pledge at home
        owner, why = "US", "no other country near: a US pledger"
    explicit = [m.value for m in target_mentions(s, ms) if m.value != owner]
    if explicit:
        return Parties(Decision(owner, why), Decision(explicit[0], "after a target cue"))
    if doc.mentions_us or owner not in (None, "US"):
        # (h285) a partner's pledge with no partner named goes to the US also in a text
        # that never names it ("the energy purchases Korea promised as part of its July
        # deal"): in this news, investment and purchase pledges are made to Washington
        return Parties(Decision(owner, why), Decision("US", "pledges go to the US"))
    return Parties(Decision(owner, why), Decision(None, "no partner named"))


def _trade_parties(fc: FigureContext, metric: str, lo: int) -> Parties:
    """Exports, imports, surpluses, deficits: the country before the figure is the owner
    ("South Korea ran a $66 billion surplus"), the cued one the partner."""
    s, ms, fig, doc, i = fc.text, fc.sent.countries, fc.fig, fc.doc, fc.i
    targeted_all = target_mentions(s, ms)
    i_lo, i_hi = item_bounds(fc)
    if any(i_lo <= m.start < i_hi for m in targeted_all):
        # "the deficit with Canada is $40 billion, while the deficit with Mexico is $162
        # billion": each figure's partner is the one of its own item
        targeted_all = sorted(targeted_all, key=lambda m: not i_lo <= m.start < i_hi)
    before = [m for m in ms if lo <= m.start and m.end <= fig.start and m not in targeted_all
              and not partner_noun_re().match(s[m.end:])]
    if metric in {"trade_deficit", "trade_surplus"}:
        # "Chinese imports into the U.S. fell, pushing the deficit down": the goods' country
        # does not own the balance
        before = [m for m in before if not _goods_adjective(fc, m)
                  or BALANCE_AFTER_RE.match(s[m.end:])]  # "the US goods deficit" is owned
    if metric == "imports":
        # "U.S. imports of fresh Mexican tomatoes came to $260 million": the country whose
        # "imports" they are owns them, not the goods' country told after it (their origin)
        importers = [m for m in before if IMPORTER_AFTER_RE.match(s, m.end)]
        if importers:
            before = importers
    if not before and i_lo > 0:  # a later item with no owner: the owner of the items before
        before = [m for m in ms if m.end <= i_lo and m not in targeted_all]
    imposer = None
    why_imposer = ""
    sent_to = [m for m in targeted_all if m.start >= fig.end
               and SHIPPED_TO_RE.search(s[max(0, m.start - 12):m.start])]
    if metric == "imports" and sent_to and fc.sent.words_between(fig.end, sent_to[0].start) <= 6:
        # "Peru and Chile shipped $90 billion in goods to America": the US imports them
        own = sent_to[0]
        others = [m for m in ms if m.value != own.value]
        return Parties(Decision(own.value, f"goods sent to it: {_said(s, own)}"),
                       Decision(others[-1].value if others else None,
                                "the sender" if others else "no sender named"))
    if metric == "trade_deficit" and not before and any(m.value == "US" for m in ms) \
            and any(m.value != "US" for m in ms):
        # "the bilateral trade deficit" of the US and another country: America's
        other = next(m for m in ms if m.value != "US")
        return Parties(Decision("US", "a deficit with no owner named is America's"),
                       Decision(other.value, f"the other country: {_said(s, other)}"))
    if before:
        nearest = before[-1]
        pronoun = OWN_PRONOUN_RE.search(s[nearest.end:fig.start])
        if pronoun and (RELATIVE_AFTER_RE.match(s[nearest.end:])
                        or fc.sent.words_between(nearest.end, nearest.end + pronoun.start())
                        <= 2):
            # "Peru, which ships 9% of its copper to China, worth $2 billion", "Peru will
            # open its market to $2 billion of corn": the subject's own
            pronoun = None
        if not pronoun:  # "South Korea ran a $66 billion surplus", "the US deficit with India"
            imposer, why_imposer = nearest.value, f"the country before it: {_said(s, nearest)}"
    if imposer is None:
        after_poss = [m for m in ms if m.start >= fig.end and possessive_re().match(s[m.end:])
                      and m not in targeted_all]
        if after_poss and not before:
            imposer = after_poss[0].value
            why_imposer = f"a possessive after it: {_said(s, after_poss[0])}"
    targeted = [m for m in targeted_all if m.value != imposer]
    target = targeted[0].value if targeted else None
    why_target = "after a target cue" if targeted else ""
    owners = [m for m in ms if m not in targeted_all and m.value not in (target, imposer)]
    if target is None and imposer is not None and owners:
        target, why_target = owners[0].value, "another country of the sentence"
    if imposer is None:
        if THE_COUNTRY_RE.search(s) or i > 0:
            ps = doc.sentences[i - 1] if i > 0 else None
            prev_t = {id(m) for m in target_mentions(ps.text, ps.countries)} if ps else set()
            # (not its wire dateline when it names another country: "SINGAPORE - China's
            # shipments fell 21%. Overall exports still grew 8%" are China's)
            every = ps.countries if ps else []
            named = [m for m in every if not dateline_place(ps.text, m)] or every
            prev = [m for m in named if m.value != target and id(m) not in prev_t] or [
                m for m in named if m.value != target]
            imposer = prev[0].value if prev else None
            why_imposer = "a country of the sentence before"
            paired = [m for m in (ps.countries if ps else []) if id(m) in prev_t
                      and m.value != imposer]
            if metric in {"trade_deficit", "trade_surplus"} and not ms and target is None \
                    and imposer is not None and paired:
                # "The US runs a surplus with Brazil. Figures put that surplus at $7 billion":
                # a balance whose sentence names no country is the pair of the one before
                target, why_target = paired[0].value, "the partner of the sentence before"
            elif imposer == "US" and doc.main_country not in (None, target):
                imposer = doc.main_country  # the article's country, not a stray "US"
                why_imposer = "the article's country, not a stray US"
        if imposer is None and metric == "trade_deficit" and target != "US":
            imposer, why_imposer = "US", "in this news, the deficit is America's"
        if imposer is None:
            imposer = doc.main_country if doc.main_country != target else None
            why_imposer = "the article's country"
    if metric == "trade_deficit" and target == "US" and imposer not in (None, "US") \
            and not any(m.value != "US" for m in ms):
        # "their barriers have led to a goods trade deficit with the U.S.": no owner in its
        # sentence; in this news the deficit is America's, with the country spoken of
        imposer, target = "US", imposer
        why_imposer = "a deficit with no owner named is America's"
        why_target = "the country spoken of before"
    if target is None and metric == "imports":  # "tariffs on $23 billion of US goods"
        origin = [m for m in ms if m.value != imposer and GOODS_RIGHT_AFTER_RE.match(s[m.end:])]
        if origin:
            target, why_target = origin[0].value, f"the goods' country: {_said(s, origin[0])}"
    if target is None and metric in {"trade_surplus", "trade_deficit", "investment", "purchase"}:
        others = [m.value for m in ms if m.value != imposer]
        if others:
            target, why_target = others[0], "another country of the sentence"
        elif i > 0:
            prev_t = [m for m in target_mentions(doc.sentences[i - 1].text,
                                                 doc.sentences[i - 1].countries)
                      if m.value != imposer]  # never the owner itself
            target = prev_t[0].value if prev_t else None
            why_target = "a hit country of the sentence before"
        if target is None and imposer != "US" and doc.mentions_us:
            target, why_target = "US", "the US, named in the article"
        if target is None and imposer == "US" and doc.main_country:
            target, why_target = doc.main_country, "the article's country"
    if target is None and metric == "exports" and imposer not in (None, "US") and i > 0 \
            and not [m for m in ms if m.value != imposer] \
            and any(m.value == "US" for m in doc.sentences[i - 1].countries):
        # "The US imported $213 billion of drugs. Ireland alone shipped $50 billion": the
        # sentence before names the US as the buyer
        target, why_target = "US", "the US of the sentence before"
    if target is None and metric == "exports" and imposer not in (None, "US") \
            and any(m.value == "US" and not dateline_place(s, m) for m in ms):
        # (h285) "Its American sales came to $84 million", "on its $4 million of monthly US
        # shipments": an owner found before the sentence, the US named in it the buyer
        target, why_target = "US", "the US named in its sentence, the owner's buyer"
    if target is None and metric == "exports" and imposer == "US" and doc.main_country \
            and doc.main_country != "US" and all(m.value == "US" for m in ms):
        # "a $5 billion export opening for American farmers" in a piece on one partner
        target, why_target = doc.main_country, "the article's country"
    if target is None and metric == "imports" and imposer == "US" \
            and not [m for m in ms if m.value != "US"]:
        # "The US imported $17 billion of copper last year": with no partner named in its
        # sentence, from every partner (not the country the sentence before spoke of)
        target, why_target = "*", "US imports with no partner named: every partner's"
    if metric == "imports" and imposer == "US" and target not in (None, "*") \
            and (gloss := _suppliers_glossed(fc)):
        target, why_target = "*", f"US imports from every partner, {gloss}"
    if target == imposer:
        target, why_target = None, "the same country as the imposer"
    return Parties(Decision(imposer, why_imposer or "no country"),
                   Decision(target, why_target or "no partner named"))


#: right before the first partner named after a US import total: a gloss of its sources
#: ("..., mainly from Chile, Canada and Peru", "..., roughly a quarter of it from Ireland",
#: "..., with Ireland, Switzerland and Germany the biggest suppliers")
SOURCES_GLOSS_RE = skip.regex(
    r",\s+(?:(?:mainly|mostly|chiefly|largely|primarily)\s+from|(?:(?:roughly|about|nearly|"
    r"almost|some|more\s+than)\s+)?(?:a|one|two)?\s*(?:quarter|third|half|fifth|tenth|fourth)s?"
    r"\s+of\s+(?:it|that|them)\s+from|(?P<with>with))\s+(?:the\s+)?$", re.IGNORECASE)
#: after the partners of a gloss opened by "with": the word that makes them its sources
SOURCE_NOUN_RE = skip.regex(r"\b(?:suppliers?|sources?|sellers?|exporters?)\b", re.IGNORECASE)


def _suppliers_glossed(fc: FigureContext) -> str:
    """Why a US import total whose sentence names partners only after it, as its sources
    ("The US imported about $17 billion of copper last year, mainly from Chile, Canada and
    Peru") or in a clause joined after it ("..., and assemblers pay the duty on Chinese
    parts"), is every partner's, not the first partner named's: '' when it is not."""
    s, fig = fc.text, fc.fig
    others = [m for m in fc.sent.countries if m.value != "US" and not dateline_place(s, m)]
    if not others or others[0].start < fig.end:
        return ""
    gap = s[fig.end:others[0].start]
    g = SOURCES_GLOSS_RE.search(gap)
    if g is not None and (g.group("with") is None or SOURCE_NOUN_RE.search(s, others[-1].end)):
        return f"its partners named as its sources: {gap[g.start():].strip()!r}"
    if CLAUSE_JOIN_RE.search(gap):
        return "its partners named only in a clause joined after it"
    return ""


def retaliation_amount_target(fc: FigureContext, parties: Parties,
                              measure: str | None) -> Party:
    """"Ottawa set out C$60 billion of counter-tariffs, a first list of C$15 billion from
    Monday": an amount of another country's retaliation, no partner named, is aimed at the
    US its retaliation answers (as levy_target_fallback says of its rates)."""
    imposer, target = parties.imposer.value, parties.target
    if target.value is None and measure == "retaliatory" and imposer not in (None, "US") \
            and fc.doc.mentions_us:
        return Decision("US", "an amount of another country's retaliation answers the US")
    return target


def pledged_change_target(fc: FigureContext, parties: Parties, metric: str,
                          status: str | None) -> Party:
    """"Seoul will raise its rice imports by 50%" as part of a deal: a pledged change, like
    a pledged investment, goes to the US when no partner is named."""
    imposer, target = parties.imposer.value, parties.target
    if metric == "change" and status == "agreed" and target.value is None \
            and imposer not in (None, "US") and fc.doc.mentions_us:
        return Decision("US", "a pledged change goes to the US")
    return target



@cache
def _firm_country_regex() -> tuple[re.Pattern[str], dict[str, str]]:
    """rules/lexicon.toml [firm_countries]: one case-sensitive pattern of every firm, and
    each firm's home country."""
    homes = {name: code for code, names in rules.load("lexicon").get("firm_countries", {})
             .items() for name in names}
    return ctx.phrase_regex(list(homes), ignore_case=False), homes


def firm_country(fc: FigureContext) -> str | None:
    """The home country of the last firm its sentence names before the figure (a Korean
    carmaker's tariff hit: KR), when the lexicon knows it."""
    pattern, homes = _firm_country_regex()
    firms = list(pattern.finditer(fc.text, 0, fc.fig.start))
    return homes[firms[-1].group(0)] if firms else None
