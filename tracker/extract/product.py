"""On which goods a figure is stated: "25% on (certain) automobiles", "Korean cars,
which have faced a 25% duty", "the 15% rate ... has not yet been applied to autos".

Products are the [products] lexicon of rules/lexicon.toml; this step decides which of a
sentence's products is the figure's, by position.
"""

from __future__ import annotations

import re
from functools import cache

from tracker import lexicon, rules
from tracker.extract import context as ctx
from tracker.extract import cue_words, skip
from tracker.extract.context import Mention
from tracker.extract.decision import Decision
from tracker.extract.document import Doc, FigureContext, memo_of
from tracker.extract.figures import Figure
from tracker.extract.measure import LEVY_WORD_RE, PART_AFTER_RE, covered_amount
from tracker.extract.parties import ANSWER_REACH, dateline_place, item_bounds, reason_goods
from tracker.extract.sentences import Sentence, clause_bounds

Product = Decision[str | None]

#: after a figure or its cue, the goods it is levied on: "are imposed on (certain) cars"
ON_GOODS_RE = skip.regex(
    # the levy's own relative clause: "duties of up to 15% (that) it had placed on ...", "the
    # 10% the EU charges on US trucks"
    r"\s*(?:(?:that\s+|which\s+)?(?:it|they|he|she|we|(?:the\s+)?(?-i:[A-Z])[\w.'’\-]*)\s+"
    r"(?:had\s+|has\s+|have\s+)?"
    + cue_words.alternation("levy_verbs", "own_clause") + r"\s+)?"
    r"(?:(?:are|is|were|was|be|been|being|will|would|now|also|already|still|"
    + cue_words.alternation("levy_verbs", "before_goods") + r")\s+){0,3}"
    # a passive's agent: "a 25% levy imposed by the U.S. on every kind of steel"
    r"(?:by\s+(?:the\s+)?(?:(?:[A-Z]\.)+|[A-Z][\w'’\-]*)(?:\s+[A-Z][\w'’\-]*)?\s+)?"
    r"(?:on|for|of|against)\s+(?:(?:[\w'’\-]+|(?:[A-Z]\.)+),?\s+){0,5}", re.IGNORECASE)
#: between a levy's "on" or "for" and goods further on, a word that opens another clause: "a
#: 15% ceiling for most European goods |but| left steel out" (rules/lexicon.toml
#: [product_cues] clause_breaks)
CLAUSE_BREAK_RE = skip.regex(r"\b" + cue_words.group("product_cues", "clause_breaks",
                                                     space=r"\s+") + r"\b", re.IGNORECASE)
#: a levy noun after the goods of "a 25% auto tariff", "50% steel and aluminum duties"
LEVY_NOUN_AFTER_RE = skip.regex(r"\s+(?:[\w\-]+\s+)?" + cue_words.levy_nouns("levy", "rates")
                                + r"\b", re.IGNORECASE)
#: the figure's own levy noun right after it: "the 25 per cent |charges| on steel"
OWN_LEVY_NOUN_RE = skip.regex(r"\s*" + cue_words.levy_nouns("levy", "rates", "charges",
                                                            "surcharges", "surtaxes") + r"\b",
                              re.IGNORECASE)
#: the end of a product's name that holds its levy noun ("metals tariff", "metal duties")
NAME_WITH_LEVY_RE = skip.regex(r"\s" + cue_words.levy_nouns("levy") + "$", re.IGNORECASE)
#: a comma after a product (or its goods) that still describes it ("cars, which have paid
#: 27.5%", "steel exports, which still pay 50%")
RELATIVE_AFTER_RE = skip.regex(r"(?:\s+(?:" + cue_words.goods_nouns("goods", "imports", "shipments")
                               + r"|sector|"
                               r"industry|producers|makers|mills|exporters|manufacturers|firms|"
                               r"companies))?\s*,\s*(?:which|that|who|already|now|currently|still|"
                               r"hit|facing|subject|taxed)\b", re.IGNORECASE)
#: after a product, its levy noun (and the partner it is for: rules/lexicon.toml
#: [product_cues] `levy_partner_words`) before a relative clause that tells the levy's
#: level: "the Section 232 car| levy for Japan, which |stood at 25%"
LEVY_RELATIVE_AFTER_RE = skip.regex(r"\s+(?:[\w\-]+\s+)?" + cue_words.levy_nouns("levy", "rates")
                                    + r"(?:\s+" + cue_words.group("product_cues",
                                                                  "levy_partner_words")
                                    + r"\s+(?:the\s+)?[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*)?)?"
                                    r"\s*,\s*(?:which|that)\b")  # (the partner capitalised)
#: a one-word aside set off by commas between a subject and its verb ("Peruvian zinc, too,
#: owes 20%"): the commas do not end the subject's clause
ASIDE_RE = skip.regex(r",\s*(?:however|though|too|also|meanwhile|still|now|instead|"
                      r"likewise|similarly|moreover|so\s+far|by\s+contrast|in\s+contrast|"
                      r"in\s+turn|for\s+now|for\s+its\s+part|for\s+their\s+part)\s*,",
                      re.IGNORECASE)
#: a levy noun, then a comma and the figure that restates it: "duties, now about |20%"
LEVY_APPOSITION_RE = skip.regex(r"\b" + cue_words.levy_nouns("levy", "surcharges", "surtaxes")
                                + r"\s*,\s*(?:(?:now|currently|today|totall?ing)\s+)?(?:about\s+|"
                                r"around\s+|roughly\s+|some\s+|nearly\s+)?$", re.IGNORECASE)
#: between an amount and the goods it buys or ships: "$100 billion (worth) of US energy"
MONEY_OF_RE = skip.regex(r"\s+(?:worth\s+)?(?:of|in)\s+(?:[\w'’\-]+\s+){0,2}$", re.IGNORECASE)
#: between a figure and the goods (or their makers) that pay it: "the 25% | that Korean |
#: carmakers have paid"
PAYERS_BEFORE_RE = skip.regex(r"\s*(?:that|which)\s+(?:[\w'’.\-]+\s+){0,2}?", re.IGNORECASE)
#: after those goods, the paying verb: "(carmakers) have paid", "(steel) still faces"
PAYERS_VERB_RE = skip.regex(r"(?:\s+(?:" + cue_words.goods_nouns("goods", "imports", "shipments")
                            + r"|makers|"
                            r"producers|exporters|mills))?\s+(?:(?:have|has|had|will|would|"
                            r"still|now|already|long|been)\s+){0,3}(?:pay|pays|paid|paying|face|"
                            r"faces|faced|facing|bear|bears|bore|charged)\b", re.IGNORECASE)
#: a subject, its relative clause, then the verb of the figure: ", which ..., will be charged "
RELATIVE_SUBJECT_RE = skip.regex(r",\s*(?:which|that|who)\b[^,;]*,\s*(?:[\w'’\-]+\s+){0,4}$",
                                 re.IGNORECASE)
#: a rate's scope named after its verb: "applied to autos", "will also apply to chips"
APPLIED_TO_RE = skip.regex(r"\b(?:appl(?:y|ies|ied|ying)|extend(?:s|ed|ing)?|cover(?:s|ed|ing)?)"
                           r"\s+(?:to\s+)?(?:(?:the|all|every|each|any)\s+)?"
                           r"(?:(?:imported|foreign|its|their)\s+)?",
                           re.IGNORECASE)
#: a verb that applies the levy the figure opens: "will apply a 15% tariff (to ...)"
APPLY_BEFORE_RE = skip.regex(r"\b(?:appl(?:y|ies|ied|ying)|extend(?:s|ed|ing)?)\s+(?:an?\s+|"
                             r"the\s+|its\s+|their\s+)?(?:[\w\-]+\s+)?$", re.IGNORECASE)
#: the figure's levy noun, then "to": "% tariff to ", " per cent duty rate to "
APPLY_TO_AFTER_RE = skip.regex(r"\s*(?:[\w\-]+\s+){0,2}?(?:" + cue_words.levy_nouns("levy", "rates")
                               + r"|ceiling|cap)\s+to\s+", re.IGNORECASE)
#: between a scope's verb and its goods, at most two describing words: hyphenated ones
#: ("semi-finished", "medium-duty") or a few of size and use ("heavy", "passenger"), not
#: words of a wider scope ("sectors including cars")
DESCRIBING_WORDS_RE = skip.regex(r"\s{0,2}(?:(?:[a-z]+-[a-z\-]+|heavy|light|finished|"
                                 r"passenger|processed|new|used)\s+){0,2}")
#: its verbs, whole words (each followed by a space): Sentence.may_hold_word
APPLIED_TO_WORDS = frozenset(("apply", "applies", "applied", "applying", "extend", "extends",
                              "extended", "extending", "cover", "covers", "covered",
                              "covering"))
#: the end of a list before its last item: ", transmissions and other "
LIST_TAIL_RE = skip.regex(r",[^,]*\b(?:and|or)\s+(?:[\w'’\-]+\s+)?$", re.IGNORECASE)
LIST_JOIN_RE = skip.regex(r"\s*(?:,|,?\s+and|,?\s+or|&|/)\s*", re.IGNORECASE)
#: the goods a previous rate is levied on: "10% on energy products and 25% on ..."
ON_PHRASE_RE = skip.regex(r"\s*(?:on|for|against)\s+(?:[\w'’\-]+\s+){0,4}[\w'’\-]+",
                          re.IGNORECASE)
#: a sentence that opens with a levy on goods: "Tariffs on (imported) UK cars ..."
SUBJECT_LEVY_RE = skip.regex(r"^\W*(?:(?:[\w'’\-]+\s+){0,3}[\w'’\-]+:\s+)?(?:the\s+)?"
                             r"(?:[\w\-]+\s+){0,2}?" + cue_words.levy_nouns("levy") + r"\s+on\s+",
                             re.IGNORECASE)
#: a product introduced by a preposition: "For pharmaceutical products, ..."
PRODUCT_INTRO_RE = skip.regex(r"(?:^|\b(?:for|on|to|against|covering|including)\s+"
                              r"(?:[\w'’\-]+\s+)?)$", re.IGNORECASE)
#: measures under which a rate with no product named is on all goods
ALL_GOODS_MEASURES = (None, "reciprocal", "baseline", "fentanyl", "retaliatory")
#: measures under which a levy rate with no product named is on all goods: the country-wide
#: ones, and a Section 301 action, which the gold reads as on all of its partner's goods
#: ("the older Section 301 duties of up to 25 per cent", one country's 301 schedule) though
#: it is no country-wide measure for the steps above (its lists are goods of some kinds)
RATE_ALL_GOODS_MEASURES = (*ALL_GOODS_MEASURES, "section_301")


#: the join before a list's next item, which may take one describing word ("furniture,
#: cabinets and bathroom vanities")
LIST_ITEM_JOIN_RE = skip.regex(r"\s*(?:,|,?\s+(?i:and|or)|&|/)\s*(?:[a-z][\w\-]*\s+)?")


def _list_head(s: str, prods: list[Mention], i: int) -> Mention:
    """The first product of the coordinated list that prods[i] ends ("steel, aluminum and
    copper", "sofas, cabinets and bathroom vanities"): gold and readers name a list by its
    head."""
    while i > 0 and LIST_ITEM_JOIN_RE.fullmatch(s[prods[i - 1].end:prods[i].start]):
        i -= 1
    return prods[i]


#: between an amount and its earlier level: ", down from (more than) ", ", up from "
OLD_LEVEL_RE = skip.regex(r",\s*(?:down|up)\s+from\s+(?:(?:more|less)\s+than\s+|about\s+|around\s+|"
                          r"nearly\s+|almost\s+|over\s+|some\s+)?$", re.IGNORECASE)
#: a pronoun that pays the figure right after it: "it pays ", "they still face a "
PRONOUN_PAYS_RE = skip.regex(r"\b(?:it|they)\s+(?:(?:still|now|already|also|only|will|would|"
                             r"could|may|must|then)\s+){0,2}(?:pays?|paid|paying|faces?|faced|"
                             r"carr(?:y|ies|ied)|bears?|bore)\s+(?:(?:a|an|the|only|just|about|"
                             r"around|nearly|almost)\s+)?$", re.IGNORECASE)
#: between a levy's rate and its earlier level: ", down from (the) ", ", up from its ", ", which
#: itself had doubled from "
LEVY_OLD_LEVEL_RE = skip.regex(r",\s*(?:(?:down|up)|which\s+(?:itself\s+)?(?:had\s+|has\s+)?"
                               r"(?:been\s+)?(?:doubled|tripled|halved|risen|rose|climbed|raised|"
                               r"increased|cut|lowered|fallen|fell))\s+from\s+(?:(?:the|its|their|a)\s+)?"
                               r"(?:(?:previous|former|earlier|old|original|current)\s+)?"
                               r"(?:about\s+|around\s+|nearly\s+|almost\s+)?$", re.IGNORECASE)
#: between a levy's rate and the level it is measured against: ", half the ", ", double
#: the ", " against the ", ", compared with ", " rather than the ", ", not "
COMPARED_LEVEL_RE = skip.regex(r"\s*[,;(\u2013\u2014-]?\s*"
                               r"(?:(?:only|just|about|roughly|nearly)\s+)?"
                               r"(?:" + cue_words.group("comparison_base", "compared_level",
                                                        space=r"\s+")
                               + r"|(?:well\s+)?" + cue_words.group("comparison_base",
                                                                   "level_relations",
                                                                   space=r"\s+")
                               + r")\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)
#: the same comparison after a short phrase of place or time that ends the rate's clause:
#: "British tin pays 25% in the United States|, half the |50% charged on others"; the comma
#: is required. Only a smaller share of a level charged now: "against 27.5% before" (h175-6)
#: and "double the 25% charged from March" are earlier levels, which then read in force on
#: the sector and displace its current rate (h182-1)
PHRASE_THEN_COMPARED_RE = skip.regex(r"\s+(?:in|at|into|inside|within|across|since|from|until|"
                                     r"through)\s+(?:[\w'’.\-]+\s+){0,3}?[\w'’.\-]+\s*,\s*"
                                     r"(?:(?:only|just|about|roughly|nearly)\s+)?"
                                     + cue_words.group("comparison_base", "shares",
                                                       space=r"\s+") + r"\s+"
                                     r"(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)
#: between an amount and the same amount restated or stepped: "|, roughly |", "| a year, or |",
#: "|, climbing to |"
AMOUNT_RESTATED_RE = skip.regex(r"(?:\s+(?:worth\s+)?of\s+(?:[\w'’\-]+\s+){0,3}?[\w'’\-]+)?"
                                r"(?:\s+(?:a|per|each)\s+(?:year|month|net\s+ton|ton|tonne|"
                                r"unit|item))?\s*(?:over\s+(?:[\w\-]+\s+){1,2}years?)?\s*,\s*"
                                r"(?:or\s+(?:about\s+|around\s+|roughly\s+|some\s+)?|about\s+|"
                                r"around\s+|roughly\s+|some\s+|(?:rising|climbing|increasing|"
                                r"falling|dropping)\s+to\s+)", re.IGNORECASE)
#: "by 17.5% to 10%": a levy moved by one figure to the other
BY_X_TO_RE = skip.regex(r"\bby\s+(?:about\s+|around\s+)?[\d.,]+\s*"
                        + cue_words.percent_forms("rate", space=r"\s*") +
                        r"\s+to\s+(?:about\s+|around\s+)?$", re.IGNORECASE)
#: between a levy's rate and its next step: ", rising to ", ", then ", " and then to ", "
#: instead of rising to " (the words: rules/lexicon.toml [product_cues] step_verbs and
#: step_instead, their one owner)
STEP_TO_RE = skip.regex(r"\s*(?:,|,?\s+and|\s+"
                        + cue_words.group("product_cues", "step_instead", space=r"\s+")
                        + r")?\s*(?:then\s+)?(?:"
                        + cue_words.group("product_cues", "step_verbs", space=r"\s+")
                        + r"\s+(?:again\s+|further\s+)?to|then(?:\s+to)?)\s+"
                        r"(?:about\s+|around\s+)?", re.IGNORECASE)
#: right before a rate, the levy just told moved to it by a change verb: "postal items faced
#: 120% until the truce |cut the rate to |54%" ([change_cues] verbs)
RATE_MOVED_TO_RE = skip.regex(r"\b" + cue_words.alternation("change_cues", "verbs")
                              + r"\s+(?:the|that|this)\s+(?:rate|tariff|duty|levy)\s+"
                                r"(?:down\s+|up\s+|back\s+)?to\s+(?:about\s+|around\s+)?$",
                              re.IGNORECASE)
#: right before a rate, the levy just told named back as the subject of its move: "Cabinets
#: have paid 25% since May, and buyers order early before |that rate doubles to |50%"
#: ([change_cues] verbs, rises, falls)
RATE_NAMED_MOVED_RE = skip.regex(r"\b(?:the|that|this)\s+" + cue_words.levy_nouns("levy", "rates")
                                 + r"\s+(?:will\s+|would\s+)?"
                                 + cue_words.group("change_cues", "verbs", "rises", "falls")
                                 + r"\s+(?:back\s+)?to\s+(?:about\s+|around\s+)?$",
                                 re.IGNORECASE)
#: between a rate and the next one of the same sum or its set-aside alternative: "7.5% |on
#: top of the| 2.5% duty", "a combined 15%|, replacing the| 25% duty |plus the| 2.5% rate",
#: "10% in all|, rather than| 27.5%"
STACKED_RE = skip.regex(r"(?:\s*[\w\-]+){0,3}?\s*,?\s*(?:on\s+top\s+of|plus|in\s+addition\s+to|"
                        r"including|inclusive\s+of|"
                        r"rather\s+than|instead\s+of|replacing|in\s+place\s+of)\s+"
                        r"(?:(?:the|a|an|its|their)\s+)?(?:[\w'’\-]+\s+)?", re.IGNORECASE)
#: between a total and its second part, the first told by name in an apposition: "cars pay
#: 27.5%|, the sector duty plus the |2.5% normal rate"
APPOSED_PARTS_RE = skip.regex(r"\s*,\s*(?:the|its|their|a)\s+(?:[\w\-]+\s+){0,3}?"
                              r"(?:plus|on\s+top\s+of)\s+(?:(?:the|a|an|its|their)\s+)?"
                              r"(?:[\w'’\-]+\s+)?", re.IGNORECASE)
#: between a goods' rate and the first of its parts set beside it: "soybeans pay 13%| - a |3%
#: normal duty plus ...", "13%|, the |3% most-favoured-nation rate plus ...", "13%|, made up of
#: the |3% ..." (the words that open the parts: rules/lexicon.toml [product_cues] part_openers)
FIRST_PART_RE = skip.regex(r"\s*(?:,|\s[-\u2013\u2014]|[\u2013\u2014])\s*(?:"
                           + cue_words.group("product_cues", "part_openers", space=r"\s+")
                           + r"\s+)?(?:(?:the|a|an|its|their)\s+)?", re.IGNORECASE)
#: between a rate and the first of its parts a colon opens: "18% in all|: a |12%"
BREAKDOWN_RE = skip.regex(r"[^.;:,]{0,40}?:\s*(?:(?:the|a|an|its|their)\s+)?(?:[\w'’\-]+\s+)?",
                          re.IGNORECASE)
#: between a rate and the first of its parts a bracket opens: "27.5%| (the |2.5% normal duty
#: plus the 25% charge)"
BRACKET_BREAKDOWN_RE = skip.regex(r"\s*\(\s*(?:(?:the|a|an|its|their)\s+)?(?:[\w'’\-]+\s+)?",
                                  re.IGNORECASE)
#: between a rate's noun and the all-in total set beside it: "2.5% standard duty|, |10% in all",
#: "25% on top of 10%|, or |35% in all"
TOTAL_APPOSITION_RE = skip.regex(r"(?:\s*[\w\-]+){0,3}?\s*,\s*(?:or\s+|so\s+|making\s+|"
                                 r"for\s+)?", re.IGNORECASE)
#: right after a rate, words that tell it all-in: "10% in all", "15 per cent in total"
ALL_TOLD_RE = skip.regex(r"\s*(?:in\s+all|in\s+total|all\s+told|all-in|altogether|combined)"
                         r"(?!\s+[a-z])\b", re.IGNORECASE)
RESPECTIVELY_RE = skip.regex(r"\brespectively\b", re.IGNORECASE)
RESPECTIVELY_WORDS = frozenset(("respectively",))  # (Sentence.may_hold_word)
#: between two figures of one list: "20% and 19%", "10%, 15% or 20%"
FIGURE_LIST_JOIN_RE = skip.regex(r"\s*(?:,|,?\s+and|,?\s+or)\s*", re.IGNORECASE)


def _list_end(fc: FigureContext) -> list[int]:
    """The end of the list of figures the figure opens or continues ("duties of 20% and
    19% on beef and ethanol"): the goods after the list are every figure's."""
    fig, s = fc.fig, fc.text
    same = [f for f in fc.figs if f.quantity == fig.quantity and f.start >= fig.end]
    end = fig.end
    for f in same:
        if not FIGURE_LIST_JOIN_RE.fullmatch(s[end:f.start]):
            break
        end = f.end
    return [end] if end != fig.end else []


def _bought_with_money(fc: FigureContext, p: Mention, self_too: bool = False) -> bool:
    """"$100 billion of US energy": another amount (or, with self_too, the figure itself)
    buys or ships the product."""
    s = fc.text
    return any((self_too or f is not fc.fig) and f.quantity == "money" and f.end <= p.start
               and MONEY_OF_RE.match(s[f.end:p.start]) for f in fc.figs)


def product(fc: FigureContext, cue: Mention | None, levy: bool) -> Product:
    """The product of a figure (a levy rate when `levy`, else a flow or pledge); one
    commodity named alone is its own product (_commodity)."""
    got = _shared_makers(fc, _commodity(fc, _paired_product(fc, cue, levy)))
    if not levy:
        return _covered_goods_of_no_kind(fc, got)
    got = _article_sector(fc, _country_rates(fc, _any_goods_subject(fc, _any_goods(fc, got))))
    return _one_kind_named(fc, got)


#: right after an amount, the goods of no kind it is worth: "C$30 billion| of American
#: goods", "$4 billion| worth of U.S. products" (up to two words before the noun of goods)
AMOUNT_OF_ANY_GOODS_RE = skip.regex(r"\s+(?:worth\s+)?of\s+(?:[\w'’.\-]+\s+){0,2}?"
                                    + cue_words.goods_nouns("goods", "imports") + r"\b",
                                    re.IGNORECASE)


def _covered_goods_of_no_kind(fc: FigureContext, got: Product) -> Product:
    """"a 25 per cent counter-tariff on C$30 billion of American goods": the amount a levy
    covers, told as goods of no kind right after it, is on all goods (the levy's list is
    the partner's goods of every kind it picked), as the levy's own rate is; goods of a
    kind named there ("of US farm goods", "of goods such as pork") keep theirs."""
    if got.value is not None or fc.fig.quantity != "money" \
            or not covered_amount(fc.text, fc.fig.start, fc.fig.end):
        return got
    m = _goods_of_no_kind_after(fc, AMOUNT_OF_ANY_GOODS_RE)
    if m is None:
        return got
    return Decision("all", f"a levy's amount of goods of no kind: {m.group(0).strip()!r}")


def _goods_of_no_kind_after(fc: FigureContext, phrase: re.Pattern[str],
                            within: int | None = None) -> re.Match[str] | None:
    """The phrase right after the figure (`phrase`, ending by `within` when given) that
    names goods of no kind: no product named inside it and no goods of a kind after it
    ("of US farm goods", "goods such as pork"); None when there is none. One reading for
    _covered_goods_of_no_kind and _own_goods_of_no_kind."""
    s, fig = fc.text, fc.fig
    m = phrase.match(s, fig.end)
    if m is None or (within is not None and m.end() > within) \
            or any(fig.end <= p.start < m.end() for p in fc.sent.products) \
            or _goods_of_a_kind(s, m.end()):
        return None
    return m


def _shared_makers(fc: FigureContext, got: Product) -> Product:
    """Goods named only by makers' words other sectors share ("most Canadian mills now
    face 45%"), in an article whose headline and lead name one of those sectors as a
    levy's goods (lumber), are that sector's: a sawmill is no steel mill."""
    if got.value is None:
        return got
    named = [p for p in fc.sent.products if p.value == got.value]
    if not named or not all(_shared_maker(fc.text, p) for p in named):
        return got
    sector = _lead_sector(fc.doc)
    if sector is None or not all(sector in _shared_maker(fc.text, p) for p in named):
        return got
    return Decision(sector, f"makers' words other sectors share, in an article about {sector}")


def _shared_maker(s: str, p: Mention) -> frozenset[str]:
    """The other sectors whose makers the words of mention p also name (empty: none)."""
    return lexicon.shared_makers().get(s[p.start:p.end].lower(), frozenset())


#: how many sentences open an article (its headline and lead): where its subject is named
LEAD_SENTENCES = 2


def _lead_sector(doc: Doc) -> str | None:
    """The one sector (a Section 232 product) that the article's headline and lead name
    as a levy's goods, when no sentence names a levy on goods of another kind."""
    return _levied_goods(doc)[0]


def _levied_goods(doc: Doc) -> tuple[str | None, frozenset[int]]:
    """_lead_sector, and the sentences that name goods beside a levy word (read once
    per article)."""
    return memo_of(doc, "levied_goods", _read_levied_goods)


#: a levy's exception: the goods named after it up to the next rate, sum or semicolon are
#: those the levy spares ("applies to most goods except those covered by sector duties,
#: such as cars and steel")
EXCEPTION_RE = skip.regex(r"\b(?:except|excepting|excluding|other\s+than|apart\s+from|aside\s+"
                          r"from|save\s+for|with\s+the\s+exception\s+of|exempts?|exempted|"
                          r"exemptions?\s+for|spares?|spared)\b"
                          r"(?:(?![$€£¥]\s*\d|\d[\d.,]*\s*"
                          + cue_words.percent_forms("rate", space=r"\s*") + r")[^;])*",
                          re.IGNORECASE)
#: the words EXCEPTION_RE begins with, whole (Sentence.may_hold_word)
EXCEPTION_WORDS = frozenset(("except", "excepting", "excluding", "other", "apart", "aside",
                             "save", "with", "exempt", "exempts", "exempted", "exemption",
                             "exemptions", "spare", "spares", "spared"))


def _not_excepted(sent_text: str, prods: list[Mention], may_hold: bool) -> list[Mention]:
    """The goods of a sentence but those its levy is said to spare: goods named as an
    exception are not the goods the levy is on."""
    if not may_hold:
        return prods
    spans = [(m.start(), m.end()) for m in EXCEPTION_RE.finditer(sent_text)]
    return [p for p in prods if not any(lo <= p.start and p.end <= hi for lo, hi in spans)]


#: goods of no kind right before an exception: "South African goods| other than cars"
ANY_GOODS_BEFORE_RE = skip.regex(r"\b" + cue_words.goods_nouns("goods", "imports") + r"\s*$",
                                 re.IGNORECASE)


#: goods of no kind told by the kind they are not: "Goods| that are not |medicines"
ANY_GOODS_NOT_RE = skip.regex(r"\b" + cue_words.goods_nouns("goods", "imports")
                              + r"\s+(?:that|which)\s+are\s+not\s+", re.IGNORECASE)
#: how far after "that are not" the kind it names may end
NOT_OF_KIND_REACH = 30
NOT_WORDS = frozenset(("not",))  # (Sentence.may_hold_word)


def _not_excepted_from_any_goods(s: str, prods: list[Mention]) -> list[Mention]:
    """"South African goods other than cars have faced a 30% tariff", "Goods that are not
    medicines pay 10%": goods named as the exception of goods of no kind are not the goods of
    the sentence's levy (which is on all the others); an exception after goods of a kind
    ("energy, exempted from ...") is left to the steps that read it."""
    spans = [(m.start(), m.end()) for m in EXCEPTION_RE.finditer(s)
             if ANY_GOODS_BEFORE_RE.search(s, max(0, m.start() - 40), m.start())]
    spans += [(m.end(), m.end() + NOT_OF_KIND_REACH) for m in ANY_GOODS_NOT_RE.finditer(s)]
    if not spans:
        return prods
    return [p for p in prods if not any(lo <= p.start and p.end <= hi for lo, hi in spans)]


def _beside_levy(s: str, prods: list[Mention]) -> list[Mention]:
    """The goods whose clause holds a levy word: in "Stocks shrug off new tariff rates;
    chipmakers rally" the chips are no levy's goods."""
    out = []
    for p in prods:
        lo, hi = clause_bounds(s, p.start, p.end)
        if LEVY_WORD_RE.search(s, lo, hi):
            out.append(p)
    return out


def _read_levied_goods(doc: Doc) -> tuple[str | None, frozenset[int]]:
    heads: set[str] = set()
    lead: set[str] = set()
    where: set[int] = set()
    per_sentence: list[set[str]] = []
    for i, sent in enumerate(doc.sentences):
        prods = sent.products
        if not prods or not sent.has("levy_words"):
            continue  # goods named beside no levy ("drugs like fentanyl") are not levied
        prods = _not_excepted(sent.text, prods, sent.may_hold_word(EXCEPTION_WORDS))
        prods = _beside_levy(sent.text, prods)
        prods = [p for p in prods if not _shared_maker(sent.text, p)]
        if not prods:
            continue  # only goods the levy spares, goods of another clause, or "mills"
        where.add(i)
        own = {_list_head(sent.text, prods, k).value for k in range(len(prods))}
        per_sentence.append(own)
        heads.update(own)
        if i < LEAD_SENTENCES:
            lead.update(heads)
    sector = next(iter(lead)) if len(lead) == 1 and lead <= heads else None
    if sector is not None and any(sector not in own for own in per_sentence):
        # other goods named beside a levy apart from the sector: an article about
        # several levies. Named only beside it ("a 27.5% tariff on cars and 50% on
        # trucks"), they are the details of the sector's one levy.
        sector = None
    if sector not in ctx.section_232_products():
        sector = None
    return sector, frozenset(where)


def _named_elsewhere(doc: Doc, i: int) -> bool:
    """Whether a sentence other than sentence i names goods beside a levy."""
    return bool(_levied_goods(doc)[1] - {i})


def _article_sector(fc: FigureContext, got: Product) -> Product:
    """In an article about one sector's levy ("Steel tariffs double to 50%"), a levy
    whose sentence names no goods, no measure and no country-wide goods ("the UK will
    keep facing a 25% tariff", "changes starting July 9"), and does not follow a sentence
    about goods of no kind, is that sector's."""
    sent = fc.sent
    if got.value is not None or sent.measures:
        return got
    sector = _lead_sector(fc.doc)
    if sector is None:
        return got
    prods = sent.products
    if prods and ({_list_head(sent.text, prods, k).value for k in range(len(prods))}
                  != {sector} or not _named_elsewhere(fc.doc, fc.i)):
        return got  # other goods; or the sector named beside a levy only here
    if any(not _goods_of_a_kind(sent.text, m.end())
           for m in GENERIC_GOODS_RE.finditer(sent.text)):
        return got
    prev = fc.doc.sentences[fc.i - 1] if fc.i > 0 else None
    if prev is not None and not prev.products and GENERIC_GOODS_RE.search(prev.text):
        return got  # "... 10% on goods from all partners. Trump paused their rise"
    whole = COUNTRY_WIDE_RE.search(fc.text)
    if whole is not None:
        return Decision("all", f"a country's whole rate, not the sector's: {whole.group(0)!r}")
    return Decision(sector, f"the one sector the article's headline and lead name: {sector}")


#: a word of a country's whole schedule of rates (rules/lexicon.toml [product_cues]
#: `country_wide`): in an article about one sector, "the 10 per cent floor most partners
#: pay", "a 15 per cent rate under their new arrangements" or "the truce keeps the 34% rate
#: suspended" tell a rate on all of a partner's goods, not the sector's levy
COUNTRY_WIDE_RE = skip.regex(r"\b" + cue_words.group("product_cues", "country_wide",
                                                     space=r"[\s\-]+") + r"\b", re.IGNORECASE)


def _country_rates(fc: FigureContext, got: Product) -> Product:
    """"Peru got 15 per cent, Chile 20 per cent and Bolivia 30": a sentence naming no goods
    and no measure that gives two or more partners different rates lists each partner's own
    rate on its goods of every kind, not the rates of the sector an article is about (one
    partner's rate told alone, "the UK keeps facing 25%", stays the sector's: the measure
    step reads a rate with no goods in such an article as the sector's)."""
    sent = fc.sent
    if got.value is not None or sent.products or sent.measures or fc.fig.quantity != "percent":
        return got
    values = {f.value for f in fc.figs if f.quantity == "percent"
              and not SHARE_OF_RE.match(fc.text, f.end)}
    partners = {m.value for m in sent.countries if m.value != "US"}
    if len(values) < 2 or len(partners) < 2:
        return got
    return Decision("all", "a list of partners' own rates, no goods named")


#: after a percent, what makes it a share, not a rate: "15%| of its orders"
SHARE_OF_RE = skip.regex(r"\s+of\b", re.IGNORECASE)


#: goods of no kind after the preposition that scopes a measure: "lifted for (CUSMA
#: compliant) goods", "on all US imports"
ANY_GOODS_RE = skip.regex(r"\b(?:on|for|against|to)\s+(?:[\w'’.\-]+\s+){0,3}?"
                          + cue_words.goods_nouns("goods", "imports") + r"\b", re.IGNORECASE)


#: the words ANY_GOODS_RE needs, whole
ANY_GOODS_WORDS = frozenset(w for k in ("goods", "imports")
                            for w in cue_words.words("goods_nouns", k))


def _any_goods(fc: FigureContext, got: Product) -> Product:
    """A levy whose clause scopes it to goods of no kind ("a 15% tax on most goods
    imported from Japan") is on all goods, whatever the measure; so is a measure's date whose
    clause (whose sentence, when it names no goods) does ("retaliatory measures will be
    lifted for compliant U.S. goods from Sept. 1")."""
    if got.value is not None or not fc.sent.may_hold_word(ANY_GOODS_WORDS):
        return got
    lo, hi = (0, len(fc.text)) if fc.fig.quantity == "date" and not fc.sent.products else \
        clause_bounds(fc.text, fc.fig.start, fc.fig.end)
    m = ANY_GOODS_RE.search(fc.text, lo, hi)
    if m is None or any(p.start < m.end() and m.end() <= p.end for p in fc.sent.products) \
            or _goods_of_a_kind(fc.text, m.end()):
        return got  # (goods of a kind: "on American farm products")
    return Decision("all", f"goods of no kind scope its measure: {m.group(0)!r}")


#: a sentence whose subject is goods of no kind that pay its levy, up to the paying verb:
#: "Goods from Nicaragua that do not qualify under the pact will face", "Canada's
#: non-qualifying goods pay", "And many Chinese goods still pay" (a heading before a colon
#: and up to four words before the goods; the verbs: rules/lexicon.toml [product_cues]
#: relative_pays and carries, after [target_cues] bearing_auxiliaries)
GOODS_SUBJECT_PAYS_RE = skip.regex(r"^\W*(?:[^.:;]{0,60}:\s+)?(?:[\w'’\-]+,?\s+){0,4}?"
                                   + cue_words.goods_nouns("goods", "imports", "shipments")
                                   + r"\b[^.:;]*?\s(?:"
                                   + cue_words.group("target_cues", "bearing_auxiliaries")
                                   + r"\s+){0,2}"
                                   + cue_words.group("product_cues", "relative_pays", "carries")
                                   + r"\b", re.IGNORECASE)


def _any_goods_subject(fc: FigureContext, got: Product) -> Product:
    """"Goods from Nicaragua that do not qualify ... will face an additional tariff of 0%
    from Jan. 1, 2026, rising to 10% on Jan. 1, 2027": a sentence that names no goods of a
    kind and whose subject is goods of no kind paying its levy puts every levy figure and
    date after the paying verb on all goods, whatever the measure (a Section 301 action on
    one country's goods is on all of them)."""
    if got.value is not None or fc.sent.products \
            or not fc.sent.may_hold_word(SUBJECT_GOODS_WORDS):
        return got
    m = GOODS_SUBJECT_PAYS_RE.match(fc.text)
    if m is None or m.end() > fc.fig.start:
        return got
    return Decision("all", f"goods of no kind pay it as the sentence's subject: {m.group(0)!r}")


#: the words of [goods_nouns] shipments, whole (Sentence.may_hold_word)
SHIPMENT_WORDS = frozenset(cue_words.words("goods_nouns", "shipments"))
#: the words one of which such a subject needs whole (made once, not per figure)
SUBJECT_GOODS_WORDS = ANY_GOODS_WORDS | SHIPMENT_WORDS


#: right after a noun of goods, the examples that restrict it, set off by no comma:
#: "(semi-finished products) such as pipes and wire"
RESTRICTING_EXAMPLES_RE = skip.regex(r"\s+(?:such\s+as|like)\s", re.IGNORECASE)


def _goods_of_a_kind(s: str, end: int) -> bool:
    """Whether the noun of goods ending at `end` is restricted by the examples right after
    it ("to semi-finished products such as pipes, wires and rods"): goods of the kind the
    examples and the article name, not goods of no kind (examples set off by a comma,
    "imports, including potash", only illustrate all goods: _examples_of_any_goods)."""
    return RESTRICTING_EXAMPLES_RE.match(s, end) is not None


#: rules/lexicon.toml [commodities] names, lower-cased (the fact keys read the same list)
commodity_names = lexicon.commodity_names


def _commodity(fc: FigureContext, got: Product) -> Product:
    """"a 13% tariff on soybeans", "lowering the duty on potash to 10%": a levy on one
    commodity that its clause names with no other goods of its sector is on that commodity, as
    readers name it, not on its whole sector (rules/lexicon.toml [commodities])."""
    if got.value is None:
        return got
    lo, hi = clause_bounds(fc.text, fc.fig.start, fc.fig.end)
    said = [_full_name(fc.doc, fc.text[m.start:m.end].lower()) for m in fc.sent.products
            if m.value == got.value and lo <= m.start and m.end <= hi]
    named = [n for n in said if n not in lexicon.short_names()]
    said = named or said  # ("coffee ... green beans": the beans are the coffee)
    names = set(said)
    if len(names) > 1:
        # "bananas carried a 15% duty, and coffee paid 10%": in a sentence listing several
        # rates, each rate's own list item names its commodity
        i_lo, i_hi = item_bounds(fc)
        own = {_full_name(fc.doc, fc.text[m.start:m.end].lower()) for m in fc.sent.products
               if m.value == got.value and max(lo, i_lo) <= m.start and m.end <= min(hi, i_hi)}
        if len(own) == 1 and names <= commodity_names() and (i_lo, i_hi) != (0, len(fc.text)):
            name = own.pop()
            return Decision(name, f"{name!r}, the one commodity of its list item "
                                  f"({got.evidence})")
    if len(names) != 1 and said and _before_its_sector(said, got.value):
        # "potash and energy keep a 10% rate": the commodity named first, beside only its
        # sector's own name, keys the figure as readers name a list by its head
        return Decision(said[0], f"{said[0]!r}, a commodity named before its sector "
                                 f"({got.evidence})")
    if len(names) != 1 or not names <= commodity_names():
        return got
    name = names.pop()
    return Decision(name, f"{name!r}, one commodity named alone ({got.evidence})")


def _full_name(doc: Doc, name: str) -> str:
    """A commodity's shorter name read as the commodity ("US beans" in a story on soybeans
    are soybeans, "her beans" in one on coffee are coffee), when the article names just one
    of the commodities it may stand for in full (rules/lexicon.toml [commodities]
    short_names); else the name as said, which keys its sector."""
    stands_for = lexicon.short_names().get(name)
    if not stands_for:
        return name
    named = [c for c in stands_for if c in memo_of(doc, "commodities_named", _commodities_named)]
    return named[0] if len(named) == 1 else name


def _commodities_named(doc: Doc) -> frozenset[str]:
    """The commodities the article names in full, in any sentence (read once per article)."""
    names = commodity_names()
    return frozenset(low for sent in doc.sentences for m in sent.products
                     if (low := sent.text[m.start:m.end].lower()) in names)


def _before_its_sector(said: list[str], sector: str | None) -> bool:
    """The first of a clause's names of one sector is a commodity, and every other name
    is the sector's own ("energy", "energy products"), not another of its goods."""
    if sector is None or said[0] not in commodity_names():
        return False
    return all(n in (said[0], sector) or n.startswith(sector + " ") for n in said[1:])


def _paired_product(fc: FigureContext, cue: Mention | None, levy: bool) -> Product:
    """The two values of a "from X% to Y%" pair are on the same goods, whichever names
    them."""
    got = _product(fc, cue, levy)
    fig, s = fc.fig, fc.text
    if got.value is not None:
        return got
    partner = fig.partner
    if partner is not None and partner in fc.figs:  # (a flow's too: "worth £4m, down from £5m")
        other = _product(FigureContext(fc.doc, fc.i, partner, fc.figs), None, levy)
        if other.value is not None:
            return Decision(other.value, f"the goods of the other value of its pair "
                                         f"({other.evidence})")
    listed = _list_mate_goods(fc) if levy else None
    if listed is not None:
        return listed
    prior = [f for f in fc.figs if f.quantity == fig.quantity and f.end <= fig.start]
    if levy and prior and STEP_TO_RE.fullmatch(s, prior[-1].end, fig.start):
        # "Cabinets: 25 per cent, rising to 50 per cent on Jan. 1": one levy's next step
        other = _product(FigureContext(fc.doc, fc.i, prior[-1], fc.figs), None, True)
        if other.value is not None:
            return Decision(other.value, f"the goods of the step before it ({other.evidence})")
    if levy and prior and _breaks_down(fc, prior[-1]) \
            and not any(prior[-1].end <= p.start < fig.start for p in fc.sent.products):
        # "Peruvian trucks owe 18% in all: a 12% charge plus a 6% duty", "... 18% (a 12%
        # charge plus a 6% duty)": the parts a colon or a bracket opens after a rate are
        # that rate's goods'
        other = _paired_product(FigureContext(fc.doc, fc.i, prior[-1], fc.figs), None, True)
        if other.value is not None:
            return Decision(other.value, f"the goods of the rate its colon or bracket breaks "
                                         f"down ({other.evidence})")
    if levy and prior and _first_part(fc, prior[-1]):
        # "soybeans still pay 13%, down from 23% - a 3% normal duty plus a 10% ...": the
        # first part spelled out after a rate is on that rate's goods
        other = _paired_product(FigureContext(fc.doc, fc.i, prior[-1], fc.figs), None, True)
        if other.value is not None:
            return Decision(other.value, f"the goods of the rate whose first part it is "
                                         f"({other.evidence})")
    if levy and prior and _stacked_on(fc, prior[-1]):
        # "British cars now face 7.5% on top of the 2.5% standard duty, 10% in all, rather
        # than 27.5%": the parts, the total and the rate it replaces are one goods' levy
        other = _paired_product(FigureContext(fc.doc, fc.i, prior[-1], fc.figs), None, True)
        if other.value is not None:
            return Decision(other.value, f"the goods of the rate it is stacked with "
                                         f"({other.evidence})")
    if not levy:
        if prior and AMOUNT_RESTATED_RE.fullmatch(s, prior[-1].end, fig.start):
            # "300 yuan a ton, roughly $42, climbing to 900 yuan": the same flow or fee
            # restated in another unit or period, or its next step
            other = _paired_product(FigureContext(fc.doc, fc.i, prior[-1], fc.figs), None, False)
            if other.value is not None:
                return Decision(other.value, f"the goods of the amount it restates "
                                             f"({other.evidence})")
        if prior and OLD_LEVEL_RE.search(s, prior[-1].end, fig.start):
            # "sales are worth £400m a year, down from more than £500m": one flow's levels
            other = _product(FigureContext(fc.doc, fc.i, prior[-1], fc.figs), None, False)
            if other.value is not None:
                return Decision(other.value, f"the goods of the level it was before "
                                             f"({other.evidence})")
        return got
    if prior and not any(prior[-1].end <= p.start < fig.start for p in fc.sent.products):
        # "Peruvian trucks owe 12% from June 2, down from 18%": the level the goods' levy
        # had before; "British steel pays 25%, half the 50% charged on others": the level
        # the same goods are measured against
        told = ("it came down or up from" if LEVY_OLD_LEVEL_RE.search(s, prior[-1].end, fig.start)
                else "it is compared with" if _compared_with(s, prior[-1], fig)
                else None)
        own = _own_goods_of_no_kind(fc) if told is not None else None
        if own is not None:
            return own
        if told is not None:
            other = _product(FigureContext(fc.doc, fc.i, prior[-1], fc.figs), None, True)
            if other.value is not None:
                return Decision(other.value, f"the goods of the rate {told} "
                                             f"({other.evidence})")
    if prior and not any(prior[-1].end <= p.start < fig.start for p in fc.sent.products) \
            and (RATE_MOVED_TO_RE.search(s, prior[-1].end, fig.start)
                 or RATE_NAMED_MOVED_RE.search(s, prior[-1].end, fig.start)):
        # "postal items faced 120% before the truce cut the rate to 54%", "... before that
        # rate doubles to 50%": the rate named back is the one just told, on its goods
        other = _product(FigureContext(fc.doc, fc.i, prior[-1], fc.figs), None, True)
        if other.value is not None:
            return Decision(other.value, f"the goods of the rate it moved ({other.evidence})")
    if prior and BY_X_TO_RE.search(s[max(0, prior[-1].start - 12):fig.start]):
        # "cut tariffs on British cars by 17.5% to 10%": the goods whose levy moved
        other = _product(FigureContext(fc.doc, fc.i, prior[-1], fc.figs), None, False)
        if other.value is not None:
            return Decision(other.value, f"the goods whose levy moved by the figure before "
                                         f"({other.evidence})")
    return got


#: after a rate, its own phrase naming goods of no kind before its clause ends: "the 25%
#: applied to most Canadian goods", "the 25% that most Canadian goods pay"
OWN_ANY_GOODS_AFTER_RE = skip.regex(r"\s+(?:[\w'’\-]+\s+){0,4}?"
                                    + cue_words.goods_nouns("goods", "imports") + r"\b",
                                    re.IGNORECASE)


def _own_goods_of_no_kind(fc: FigureContext) -> Product | None:
    """"Potash pays 10%, instead of the 25% applied to most Canadian goods": a rate told
    as the level another is measured against, or came from, whose own phrase names goods
    of no kind, is on all goods, not on the goods of the rate before it (which "half the
    50% charged on others" shares)."""
    m = _goods_of_no_kind_after(fc, OWN_ANY_GOODS_AFTER_RE,
                                within=clause_bounds(fc.text, fc.fig.start, fc.fig.end)[1])
    if m is None:
        return None
    return Decision("all", f"its own phrase names goods of no kind: {m.group(0).strip()!r}")


def _list_mate_goods(fc: FigureContext) -> Product | None:
    """"The farm duties of 10 and 15 per cent": a rate that goes on a list of figures ("10
    and 15 per cent", "10%, 15% or 20%") is on the goods the list's first figure has, when
    no goods stand inside the list (the mirror of _list_end, where the goods come after)."""
    same, k, lo, _ = _figure_run(fc)
    if k == lo:
        return None
    first = same[lo]
    if any(first.start <= p.start < fc.fig.start for p in fc.sent.products):
        return None
    other = _product(FigureContext(fc.doc, fc.i, first, fc.figs), None, True)
    if other.value is None:
        return None
    return Decision(other.value, f"the goods of the first figure of its list ({other.evidence})")


def _compared_with(s: str, prior: Figure, fig: Figure) -> bool:
    """Whether the figure is the level the rate right before it is measured against ("25%,
    half the 50% charged on others"), right after it or after a short phrase of place or time
    closing that rate's clause ("25% in the United States, half the 50% ..."): the two are
    one goods' levy whichever names the goods."""
    return bool(COMPARED_LEVEL_RE.fullmatch(s, prior.end, fig.start)
                or PHRASE_THEN_COMPARED_RE.fullmatch(s, prior.end, fig.start))


def _breaks_down(fc: FigureContext, prior: Figure) -> bool:
    """Whether the figure opens the parts of the rate right before it: after a colon
    ("18% in all: a 12% charge plus ..."), or in a bracket ("27.5% (the 2.5% normal duty plus
    the 25% charge)") when the sentence names a partner. With no partner named, parts given
    a sector would be keyed to every partner (parties.levy_target_fallback), apart from the
    one partner's total they break down, so they keep no goods."""
    s, fig = fc.text, fc.fig
    if BREAKDOWN_RE.fullmatch(s, prior.end, fig.start):
        return True
    return bool(fc.sent.countries) and bool(BRACKET_BREAKDOWN_RE.fullmatch(s, prior.end,
                                                                           fig.start))


def _stacked_on(fc: FigureContext, prior: Figure) -> bool:
    """Whether the figure is a part, the all-in total or the replaced alternative of the
    rate right before it in its clause (STACKED_RE; a total set beside it by a comma and
    told all-in: "10% in all"), and its clause names no goods in general after it ("plus
    10% on everything else" is another levy)."""
    s, fig = fc.text, fc.fig
    hi = clause_bounds(s, fig.start, fig.end)[1]
    if GENERIC_GOODS_RE.search(s, fig.end, hi):
        return False
    if STACKED_RE.fullmatch(s, prior.end, fig.start) \
            or APPOSED_PARTS_RE.fullmatch(s, prior.end, fig.start):
        return not _country_wide_part(fc)
    return bool(TOTAL_APPOSITION_RE.fullmatch(s, prior.end, fig.start)
                and ALL_TOLD_RE.match(s, fig.end, hi))


def _first_part(fc: FigureContext, prior: Figure) -> bool:
    """Whether the figure opens the parts of the rate right before it, set beside it by a
    comma or a dash ("13%, the 3% most-favoured-nation rate plus a 10% counter-tariff"): its
    clause adds another rate to it (measure.PART_AFTER_RE), names no goods in general after
    it, and its own words, up to the next part's figure, name no country-wide measure (such
    a part is on all goods, as _country_wide_part reads a later part)."""
    s, fig = fc.text, fc.fig
    if not FIRST_PART_RE.fullmatch(s, prior.end, fig.start):
        return False
    hi = clause_bounds(s, fig.start, fig.end)[1]
    if not PART_AFTER_RE.match(s, fig.end, hi) or GENERIC_GOODS_RE.search(s, fig.end, hi):
        return False
    # its own words end where the next part's figure begins
    own_end = min([f.start for f in fc.figs if f.start >= fig.end] + [fig.end + PART_MEASURE_REACH])
    return not any(fig.end <= m.start < own_end and m.value in ALL_GOODS_MEASURES
                   for m in fc.sent.measures)


#: how far after a part its own measure may be named ("10% |counter-tariff|")
PART_MEASURE_REACH = 30


def _country_wide_part(fc: FigureContext) -> bool:
    """Whether the part right after the figure names a country-wide measure as its own
    ("13%, including the 10% counter-tariff"): that levy is on all goods, not on the
    goods of the total it is part of (the normal 3% duty, named under no measure, is)."""
    fig = fc.fig
    return any(fig.end <= m.start <= fig.end + PART_MEASURE_REACH
               and m.value in ALL_GOODS_MEASURES for m in fc.sent.measures)


def _figure_run(fc: FigureContext) -> tuple[list[Figure], int, int, int]:
    """The figures of the figure's kind in its sentence, its index k among them, and the
    first and last index of the list of figures it belongs to ("30%, 40% and 50%")."""
    s = fc.text
    same = [f for f in fc.figs if f.quantity == fc.fig.quantity]
    k = same.index(fc.fig)
    lo = k
    while lo > 0 and FIGURE_LIST_JOIN_RE.fullmatch(s, same[lo - 1].end, same[lo].start):
        lo -= 1
    hi = k
    while hi + 1 < len(same) and FIGURE_LIST_JOIN_RE.fullmatch(s, same[hi].end,
                                                               same[hi + 1].start):
        hi += 1
    return same, k, lo, hi


#: between a list of goods with its levy noun and the list of their rates: "the metals and
#: car| tariffs under Section 232, at |50% and 25%"
PARALLEL_AT_RE = skip.regex(r"\s+" + cue_words.levy_nouns("levy") + r"\b[^,;.:]{0,40},\s*at\s+$",
                            re.IGNORECASE)


def _respective(fc: FigureContext) -> Product | None:
    """"Exports of cars and steel dropped 4.2 and 7.9 percent, respectively": the i-th figure of
    the list, the i-th goods of the list before it; so too with no "respectively" when the
    goods' levy noun and a comma and "at" stand right before the figures ("the metals and car
    tariffs under Section 232, at 50% and 25%")."""
    fig, s, prods = fc.fig, fc.text, fc.sent.products
    if len(prods) < 2:
        return None
    told = fc.sent.may_hold_word(RESPECTIVELY_WORDS) and RESPECTIVELY_RE.search(s, fig.end)
    same, k, lo, hi = _figure_run(fc)
    run = same[lo:hi + 1]
    before = [p for p in prods if p.end <= run[0].start]
    if len(run) < 2 or not before:
        return None
    if not told and not PARALLEL_AT_RE.fullmatch(s, before[-1].end, run[0].start):
        return None
    goods = [before[-1]]
    for p in reversed(before[:-1]):
        if LIST_JOIN_RE.fullmatch(s[p.end:goods[0].start]):
            goods.insert(0, p)
        else:
            break
    if len(goods) != len(run):
        return None
    g = goods[k - lo]
    return Decision(g.value, f"its place in a list of goods and one of figures: "
                             f"{s[g.start:g.end]!r}")


#: how far before a list of goods its levy word stands ("the doubled US duties on |")
LEVY_LIST_REACH = 30


def _product(fc: FigureContext, cue: Mention | None, levy: bool) -> Product:
    sent, fig, figs = fc.sent, fc.fig, fc.figs
    s = sent.text
    reasons = reason_goods(sent)  # "a penalty for buying Russian oil": not the levy's goods
    prods = [p for p in sent.products if p.start not in reasons] if reasons else sent.products
    if levy and (sent.may_hold_word(EXCEPTION_WORDS) or sent.may_hold_word(NOT_WORDS)):
        prods = _not_excepted_from_any_goods(s, prods)
    respective = _respective(fc)
    if respective is not None:
        return respective
    if not prods:
        if levy:
            carried = carried_product(fc) or heading_product(fc) or topic_product(fc) \
                or question_product(fc)
            if carried is not None:
                return carried
        return Decision(None, "no product in the sentence")
    if levy and all(s[p.start:p.end].lower() in lexicon.short_names() for p in prods):
        # "Will coffee get cheaper? ... Colombian beans had paid 10%": goods named only by a
        # shorter name, in the answer to a question naming goods, are the goods it asks about
        asked = question_product(fc)
        if asked is not None:
            return asked
    # a cue after the figure past a comma is another item's ("cars, currently taxed at
    # 27.5%, and future levies on chips"): its goods are not the figure's
    own_cue = cue is not None and not (cue.start >= fig.end and "," in s[fig.end:cue.start])
    anchors = [fig.end] + ([cue.end] if own_cue and cue is not None else []) + _list_end(fc)
    own_noun = OWN_LEVY_NOUN_RE.match(s, fig.end) if levy and cue is not None else None
    if own_noun and own_noun.end() not in anchors:
        # "before the fentanyl duties ... and the 25 per cent charges on steel": the goods
        # after the figure's own levy noun, when its cue is another word
        anchors.append(own_noun.end())
    for a in anchors:  # "... tariffs on (certain) automobiles", "25% on Canadian energy"
        m = ON_GOODS_RE.match(s[a:])
        if m:
            for p in prods:
                if p.start >= a and p.start <= a + m.end() + 1 and (
                        "," not in s[a:p.start] or LIST_TAIL_RE.search(s[a:p.start])) \
                        and not CLAUSE_BREAK_RE.search(s, a, p.start):
                    # commas only inside a list: "on engines, ... and auto parts"
                    return Decision(p.value, f"levied on it: {s[a:p.end]!r}")
    if levy:  # "down from the 25% that Korean carmakers have paid since spring"
        hit = [p for p in prods if p.start > fig.end
               and PAYERS_BEFORE_RE.fullmatch(s, fig.end, p.start)
               and PAYERS_VERB_RE.match(s, p.end)]
        if hit:
            return Decision(hit[0].value, f"the goods that pay it: {s[fig.end:hit[0].end]!r}")
    if levy and APPLY_BEFORE_RE.search(s[max(0, fig.start - 40):fig.start]):
        # "will apply a 15% tariff to Korean cars and auto parts"
        m = APPLY_TO_AFTER_RE.match(s, fig.end)
        if m:
            hit = [p for p in prods if m.end() <= p.start and sent.words_between(m.end(), p.start)
                   <= 2]
            if hit:
                return Decision(hit[0].value, f"a levy applied to it: {s[fig.start:hit[0].end]!r}")
    if levy:  # "a 25% auto tariff", "its 50% aluminum and steel duties"
        right = [p for p in prods if p.start >= fig.end
                 and not _without_measures(sent, fig.end, p.start).strip(" -")]
        if right:
            k = prods.index(right[0])
            while k + 1 < len(prods) and LIST_JOIN_RE.fullmatch(s[prods[k].end:prods[k + 1].start]):
                k += 1
            if LEVY_NOUN_AFTER_RE.match(s, prods[k].end) or NAME_WITH_LEVY_RE.search(
                    s, prods[k].start, prods[k].end):  # "a 50% metals tariff"
                return Decision(right[0].value, f"the goods named between the figure and its "
                                                f"levy: {s[fig.start:prods[k].end]!r}")
    if levy:  # "the 15% rate ... has not yet been applied to autos"
        c_hi = clause_bounds(s, fig.start, fig.end)[1]
        m = APPLIED_TO_RE.search(s, fig.end, c_hi) if sent.may_hold_word(APPLIED_TO_WORDS) \
            else None
        if m and sent.words_between(fig.end, m.start()) <= 12 and not any(
                fig.end <= f.start < m.start() for f in figs if f.quantity == fig.quantity):
            # "applies to (semi-finished) copper products": up to two describing words
            hit = [p for p in prods if m.end() <= p.start
                   and DESCRIBING_WORDS_RE.fullmatch(s, m.end(), p.start)]
            if hit:
                return Decision(hit[0].value, f"applied to it: {s[m.start():hit[0].end]!r}")
    if not levy:  # a flow or a pledge: the nearest sector named in the sentence, unless
        own = [p for p in prods if not _bought_with_money(fc, p)]  # another amount buys it
        if not own:
            return Decision(None, "every product is bought with another amount")
        lo, hi = item_bounds(fc)  # "invest $30 billion and raise defense spending to $12 billion"
        own = [p for p in own if lo <= p.start < hi]
        if not own:
            return Decision(None, "the goods named belong to another amount's part of the list")
        own = [p for p in own if not _contrast_between(fc, p)]
        if not own:  # "tariffs on Canadian goods went up from 25% to 35%, while energy ..."
            return Decision("all" if ANY_GOODS_RE.search(s, 0, fig.start) else None,
                            "the goods named are those of a contrast clause after it")
        p = min(own, key=lambda p: sent.words_between(p.end, fig.start) if p.end <= fig.start
                else sent.words_between(fig.end, p.start))
        # "duties on steel and aluminium will cost it $85 million": a levy's list of goods
        # by its head (not a list of purchases: "jets and defence spending")
        head = _list_head(s, prods, prods.index(p))
        if head is not p and not LEVY_WORD_RE.search(s, max(0, head.start - LEVY_LIST_REACH),
                                                     head.start):
            head = p
        listed = f", a list headed by {s[head.start:head.end]!r}" if head is not p else ""
        return Decision(head.value, f"the nearest product: {s[p.start:p.end]!r}{listed}")
    if fig.quantity == "date":
        dated = _dated_subject(fc, prods) or _subject_apposition_date(fc, prods)
        if dated is not None:
            return dated
    rel = RELATIVE_SUBJECT_RE.search(s[:fig.start])
    if rel:  # "Korean cars, which have faced a 25% duty since April, will be charged 15%"
        subject = [p for p in prods if p.end <= rel.start()
                   and sent.words_between(p.end, rel.start()) == 0]
        if subject:
            return Decision(subject[-1].value, "the subject before a relative clause: "
                                               f"{s[subject[-1].start:subject[-1].end]!r}")
    before_limit = max((f.end for f in figs if f.end <= fig.start and f is not fig
                        and f.quantity == fig.quantity), default=0)
    on_phrase = ON_PHRASE_RE.match(s[before_limit:]) if before_limit else None
    if on_phrase:  # "10% on energy products and 25% on ...": energy is the 10%'s
        before_limit += on_phrase.end()
    c_lo = clause_bounds(s, fig.start, fig.end)[0]
    before = [p for p in prods if max(before_limit, c_lo) <= p.start and p.end <= fig.start
              and sent.words_between(_past_examples(s, p.end, fig.start), fig.start) <= 8
              and not _bought_with_money(fc, p, True)  # "$100 billion of US energy"
              and not _examples_of_any_goods(s, p, prods)
              and not _own_possessive_phrase(fc, p)
              and not ESCAPES_RE.search(s, p.end, fig.start)
              and (not _clause_comma(ASIDE_RE.sub(" ", s[_past_examples(s, p.end,
                                                                        fig.start):fig.start]))
                   or RELATIVE_AFTER_RE.match(s[p.end:])
                   or LEVY_RELATIVE_AFTER_RE.match(s, p.end))]
    if not before and LEVY_APPOSITION_RE.search(s, max(before_limit, c_lo), fig.start):
        # "Peruvian zinc still owes countervailing duties, now about 20% in all": the
        # figure restates the levy its clause puts on the goods before it
        m = LEVY_APPOSITION_RE.search(s, max(before_limit, c_lo), fig.start)
        before = [p for p in prods if max(before_limit, c_lo) <= p.start and p.end <= m.start()
                  and "," not in s[p.end:m.start()] and sent.words_between(p.end, m.start()) <= 8
                  and not _bought_with_money(fc, p, True)][-1:]
    if before:
        head = _list_head(s, prods, prods.index(before[0]))
        return Decision(head.value, f"named just before it: {s[head.start:head.end]!r}")
    antecedent = _relative_clause_goods(fc, prods)
    if antecedent is not None:
        return antecedent
    if any(_own_possessive_phrase(fc, p) for p in prods if p.end <= fig.start) \
            and not any(fig.end <= p.start for p in prods):
        return Decision("all", "a country's own levy phrase naming no goods, other goods "
                               "before it")
    owners = _possessed_rate_goods(fc, prods, max(before_limit, c_lo))
    if owners is not None:
        return owners
    pronoun = PRONOUN_PAYS_RE.search(s, max(before_limit, 0), fig.start)
    if pronoun and len({p.value for p in prods}) == 1 and prods[0].end <= pronoun.start() \
            and not _bought_with_money(fc, prods[0], True):
        # "Peruvian zinc faces a new duty, and at present it pays 12% rather than 6%": the
        # pronoun paying the figure stands for the one kind of goods named before it
        return Decision(prods[0].value, f"the goods its pronoun stands for: "
                                        f"{s[prods[0].start:prods[0].end]!r}")
    head = _list_head(s, prods, 0)
    last = max((p for p in prods if p.end <= fig.start), key=lambda p: p.end, default=None)
    if last is not None and _bare_opening(sent, head.start) \
            and _list_head(s, prods, prods.index(last)) is head and before_limit <= head.start \
            and c_lo <= head.start \
            and not any(m.start > last.end and m.end <= fig.start for m in sent.countries):
        # "Steel, aluminum and copper ... keep their 50% duties"
        return Decision(head.value, f"the sentence's subject: {s[head.start:head.end]!r}")
    listed = _levied_list_apposition(fc, prods)
    if listed is not None:
        return listed
    head_levy = SUBJECT_LEVY_RE.match(s)
    if head_levy and _another_levy_between(sent, head_levy.end(), fig.start):
        head_levy = None
    if head_levy and len({_list_head(s, prods, k).value for k in range(len(prods))}) == 1:
        # "Tariffs on Japanese cars and parts, now 27.5%, will be cut to 15%" (one list:
        # "Tariffs on Japanese cars and car parts" is named by its head)
        goods = [p for p in prods if head_levy.end() <= p.start and p.end <= fig.start
                 and sent.words_between(head_levy.end(), p.start) <= 3]
        if goods:
            g = goods[0]
            return Decision(g.value, f"the goods of the levy the sentence opens with: "
                                     f"{s[g.start:g.end]!r}")
    earlier = {p.value for p in prods if p.end <= fig.start and p.start >= max(before_limit, c_lo)
               and PRODUCT_INTRO_RE.search(s[:p.start]) and not _examples_of_any_goods(s, p, prods)}
    if len(earlier) == 1 and len({p.value for p in prods}) == 1 \
            and not _another_levy_between(sent, prods[0].end, fig.start):
        # "For pharmaceutical products, ... a tariff of 200%"
        return Decision(earlier.pop(), "the only product, introduced before the figure")
    contrasted = _contrasted_goods(fc, prods)
    if contrasted is not None:
        return contrasted
    defined = _defined_figure_goods(fc, prods)
    if defined is not None:
        return defined
    if len({p.value for p in prods}) == 1 and prods[0].end <= fig.start \
            and INTRO_BEFORE_RE.match(s[:prods[0].start]) and INTRO_AFTER_RE.match(s, prods[0].end):
        # "For Japanese automobiles, the 15% rate replaces the 27.5% now charged, made up
        # of the 25% duty plus the 2.5% rate": the opening phrase scopes every rate
        return Decision(prods[0].value, f"the goods the sentence opens with: "
                                        f"{s[:prods[0].end].strip()!r}")
    subject = _country_goods_subject(fc, prods)
    if subject is not None:
        return subject
    return _headed_section_goods(fc, prods)


#: right after goods, a noun of their makers or market: "garment| makers", "shrimp| market"
MAKERS_AFTER_RE = skip.regex(r"\s+" + cue_words.group("product_cues", "trade_makers") + r"\b",
                             re.IGNORECASE)
#: between a country and the goods it qualifies: "Japanese| |cars", "Japan|'s lower |car"
COUNTRY_OF_GOODS_RE = skip.regex(r"(?:'s|’s)?\s+(?:[\w\-]+\s+)?", re.IGNORECASE)
#: a levy noun of a list item of its own after another rate
ITEM_LEVY_NOUN_RE = skip.regex(r"\b" + cue_words.levy_nouns("levy", "rates") + r"\b",
                               re.IGNORECASE)
#: a clause of its own joined by a comma and "and" ("timber is cheap, and the charge is 40%")
AND_CLAUSE_RE = skip.regex(r",\s+and\s", re.IGNORECASE)
#: [goods_nouns] parcels: low-value mail, goods of any kind
PARCEL_WORDS = frozenset(cue_words.words("goods_nouns", "parcels"))
#: the evidence of _one_kind_named, which levy_target_fallback reads as goods a paying
#: subject names (attributes.of_levy_rate)
ONE_KIND_EVIDENCE = "the one kind of goods its sentence names"


#: a colon that opens a clause, not the colon of a clock time ("from 12:01 a.m.")
CLAUSE_COLON_RE = re.compile(r"(?<!\d):(?!\d)")
#: the last word of goods that are parts of the goods before them in a list ("cars and
#: parts"; rules/lexicon.toml [product_cues] part_words)
PART_WORDS = frozenset(cue_words.words("product_cues", "part_words"))


def _part_of_head(s: str, prods: list[Mention], i: int) -> Mention:
    """prods[i], or the head of its list when it names that head's parts: "Japanese cars
    and parts" are goods of one kind, the cars' (gold names such a list by its head); a
    list of goods of other kinds ("salmon and beef") is not."""
    words = s[prods[i].start:prods[i].end].lower().split()
    if words and words[-1] in PART_WORDS:
        return _list_head(s, prods, i)
    return prods[i]


#: between a total and the figure after it, the words that spell out the total's parts
#: ("27.5% now charged, which combines the |25% Section 232 tariff with ...")
PARTS_SPELLED_RE = skip.regex(r"\b(?:combines|combined|combining|made\s+up\s+of)\b",
                              re.IGNORECASE)


def _spelled_part(fc: FigureContext) -> bool:
    """Whether the figure is a part the words after the rate before it spell out ("the 27.5%
    now charged, which combines the 25% Section 232 tariff with the ordinary 2.5%"): such a
    part of a list of goods and their parts keeps no goods of its own (the reconciliation
    reads the total, not its parts, on the goods' fact)."""
    prior = [f for f in fc.figs if f.quantity == fc.fig.quantity and f.end <= fc.fig.start]
    return bool(prior) and PARTS_SPELLED_RE.search(fc.text, prior[-1].end,
                                                   fc.fig.start) is not None


def _one_kind_named(fc: FigureContext, got: Product) -> Product:
    """"Japanese cars and parts now pay 15 per cent, instead of the 27.5 per cent charged
    since the spring": a levy bound to no goods, in a sentence whose goods are all of one
    kind, named before it, is on them, not on all goods; not when the sentence spares
    them ("goods other than cars") or names goods of no kind."""
    s, fig = fc.text, fc.fig
    if got.value is not None or fig.quantity not in ("percent", "date"):
        return got
    reasons = reason_goods(fc.sent)
    prods = [p for p in fc.sent.products if p.start not in reasons]
    kinds = {_part_of_head(s, prods, k).value for k in range(len(prods))}
    if len(kinds) != 1 or len({p.value for p in prods}) != 1 and _spelled_part(fc):
        return got
    last = max((p for p in prods if p.end <= fig.start), key=lambda p: p.end, default=None)
    if last is None or fc.sent.may_hold_word(EXCEPTION_WORDS) and EXCEPTION_RE.search(s) \
            or fc.sent.may_hold_word(ANY_GOODS_WORDS) \
            or s[last.start:last.end].lower().split()[-1] in PARCEL_WORDS:
        return got  # (parcels tell how goods of any kind ship, not what they are)
    lo, hi = clause_bounds(s, fig.start, fig.end)
    between = [f for f in fc.figs if f.quantity == fig.quantity and last.end <= f.start
               and f.end <= fig.start]
    if between and ITEM_LEVY_NOUN_RE.search(s, between[-1].end, fig.start):
        return got  # a later item's own levy ("the sofa rate to 30% and the cabinet rate to 50%")
    if last.start < lo or CLAUSE_COLON_RE.search(s, last.end, fig.start) \
            or AND_CLAUSE_RE.search(s, last.end, fig.start) \
            or any(lo <= m.start < hi and m.value in ALL_GOODS_MEASURES
                   or last.end <= m.start < fig.start and m.value != "section_232"
                   for m in fc.sent.measures) or COUNTRY_WIDE_RE.search(s, lo, hi) \
            or any(MAKERS_AFTER_RE.match(s, p.end) for p in prods if p.end <= fig.start):
        return got  # the goods of another clause, a country-wide measure's rate, makers
    for m in fc.sent.countries:
        if m.value == "US" or m.start >= fig.start or dateline_place(s, m):
            continue  # (the place a story was filed from names no partner)
        if m.start >= last.end or not any(COUNTRY_OF_GOODS_RE.fullmatch(s, m.end, p.start)
                                          for p in prods if p.start >= m.end):
            return got  # a country's own rate ("Ecuador, ... the shrimp market, faces 15%")
    return Decision(kinds.pop(), f"{ONE_KIND_EVIDENCE}: {s[last.start:last.end]!r}")


#: a relative clause that pays the figure, from its comma up to the figure: ", which miss
#: the content rules and pay the |25%" (no other comma or semicolon in it; the verbs:
#: rules/lexicon.toml [product_cues] relative_pays, their one owner)
RELATIVE_PAYS_RE = skip.regex(r",\s*(?:which|that)\s+[^,;]*?\b"
                              + cue_words.group("product_cues", "relative_pays")
                              + r"\s+(?:the\s+|an?\s+)?(?:full\s+)?$", re.IGNORECASE)
#: between goods and the country right before their relative clause, the words that make it
#: their origin: "Light vehicles| from |Peru, which now pay 20%"
ORIGIN_OF_GOODS_RE = skip.regex(r"\s+(?:imported\s+)?from\s+(?:the\s+)?", re.IGNORECASE)
#: how many words may stand between goods and the comma of their relative clause ("cars
#: built at the group's plant|, which")
ANTECEDENT_REACH = 8


def _relative_clause_goods(fc: FigureContext, prods: list[Mention]) -> Product | None:
    """"... cars built at the group's plant, which miss the content rules and pay the 25%
    levy in full": a rate its own relative clause says is paid is on the goods the clause
    hangs on, named before its comma with no comma between (by their list's head)."""
    s, fig = fc.text, fc.fig
    lo = max(0, fig.start - 200)
    m = RELATIVE_PAYS_RE.search(s, lo, fig.start)
    if m is None:
        return None
    hung = [p for p in prods if p.end <= m.start()
            and (not any(c in s[p.end:m.start()] for c in ",;")
                 or _origin_list(fc, p.end, m.start()))
            and fc.sent.words_between(p.end, m.start()) <= ANTECEDENT_REACH]
    if not hung:
        return None
    ending = [c for c in fc.sent.countries if not s[c.end:m.start()].strip()]
    if ending and not ORIGIN_OF_GOODS_RE.fullmatch(s, hung[-1].end, ending[0].start) \
            and not _origin_list(fc, hung[-1].end, m.start()):
        return None  # "competitive with Peru, which pays 20%": the clause hangs on a country
    head = _list_head(s, prods, prods.index(hung[-1]))
    return Decision(head.value, f"the goods its relative clause hangs on: "
                                f"{s[head.start:m.start()]!r}")


def _origin_list(fc: FigureContext, lo: int, hi: int) -> bool:
    """Whether the words from `lo` to `hi` are the goods' origins, a list of countries:
    "fruit| from Chile, Bolivia and Colombia|, which paid 10%" (the clause hangs on the
    fruit, not on the last origin)."""
    s = fc.text
    origin = ORIGIN_OF_GOODS_RE.match(s, lo, hi)
    if origin is None:
        return False
    at = origin.end()
    for c in (c for c in fc.sent.countries if origin.end() <= c.start and c.end <= hi):
        if not (c.start == at or LIST_JOIN_RE.fullmatch(s, at, c.start)):
            return False
        at = c.end
    return at > origin.end() and not s[at:hi].strip()


#: after a sentence's subject goods, the verb that puts a levy on them: "Peruvian zinc| also
#: carries |duties that ...", "Chilean copper| now owes |a duty"
SUBJECT_CARRIES_RE = skip.regex(r"\s+(?:also\s+|still\s+|now\s+|already\s+)?"
                                + cue_words.alternation("product_cues", "carries") + r"\s",
                                re.IGNORECASE)
#: before such goods, only a country's adjective (the Mention is cut out): "(The) |Peruvian| zinc"
COUNTRY_OPENING_RE = skip.regex(r"^[\s\"“'‘]*(?:the\s+)?$", re.IGNORECASE)


def _country_goods_subject(fc: FigureContext, prods: list[Mention]) -> Product | None:
    """"Peruvian zinc also carries countervailing duties that Commerce raised to 35% in
    August, so the all-in charge on a load is now 45%": a sentence opening with a country's
    goods (one kind, its country's adjective before them) that "carry" or "owe" a levy
    puts every figure of the sentence on them (bare goods opening the sentence are read by
    `_bare_opening`; a country's adjective there may open a maker's clause, so only with
    the levy's verb)."""
    s, fig = fc.text, fc.fig
    head = _list_head(s, prods, 0)
    if len({p.value for p in prods}) != 1 or head.end > fig.start:
        return None
    adjective = [m for m in fc.sent.countries if m.end <= head.start]
    if len(adjective) != 1 or not COUNTRY_OPENING_RE.match(s, 0, adjective[0].start) \
            or s[adjective[0].end:head.start].strip():
        return None
    last = max((p for p in prods if p.end <= fig.start), key=lambda p: p.end)
    verb = SUBJECT_CARRIES_RE.match(s, last.end)
    if verb is None or ";" in s[verb.end():fig.start]:
        return None
    return Decision(head.value, f"the goods the sentence opens with carry the levy: "
                                f"{s[adjective[0].start:verb.end()].strip()!r}")


def _headed_section_goods(fc: FigureContext, prods: list[Mention]) -> Product:
    """A levy bound to no goods in a sentence that names the goods its section is headed
    by only by makers' words other sectors share ("Steel. British mills still pay 25%,
    ... but the quota at zero ...") is on them, as it is when the sentence names no goods
    (heading_product): such words name their goods too weakly to stop the heading."""
    heading = heading_product(fc) if all(_shared_maker(fc.text, p) for p in prods) else None
    if heading is not None and {p.value for p in prods} == {heading.value}:
        return heading
    return Decision(None, "no product bound to the figure")


#: a figure that opens its sentence as a label, its definition after a colon: "15 per cent:
#: the rate Chilean trucks will pay ..."
LABEL_COLON_RE = skip.regex(r"\s*:\s")


def _defined_figure_goods(fc: FigureContext, prods: list[Mention]) -> Product | None:
    """"12 per cent: the duty Lima has charged since May on Chilean trucks and wine": a
    figure that opens its sentence as the label of a definition (a "numbers of the week"
    list) is on the first goods the definition names before any other figure or a
    semicolon, when the definition names a levy."""
    s, fig = fc.text, fc.fig
    if s[:fig.start].strip(" \"“'‘-•*") or not LABEL_COLON_RE.match(s, fig.end):
        return None
    hi = min([f.start for f in fc.figs if f.start > fig.end] + [len(s)])
    semi = s.find(";", fig.end, hi)
    hi = semi if semi >= 0 else hi
    if not LEVY_WORD_RE.search(s, fig.end, hi):
        return None
    goods = [p for p in prods if fig.end < p.start and p.end <= hi]
    if not goods:
        return None
    head = _list_head(s, prods, prods.index(goods[0]))
    return Decision(head.value, f"the goods of the definition its label opens: "
                                f"{s[head.start:head.end]!r}")


#: a sentence opening with the date it tells: "From June 9, ", "Since 12:01 a.m. on Monday,
#: June 9, " (a heading's label before it: "In short: From ...")
OPENING_DATE_BEFORE_RE = skip.regex(r"^\W*(?:(?:[\w'’\-]+\s+){0,3}[\w'’\-]+:\s+)?(?:from|since|"
                                    r"starting|beginning|as\s+of|effective)\s+(?:(?:the\s+)?"
                                    r"(?:first\s+minute|start|beginning)\s+of\s+)?(?:12:01\s+"
                                    r"a\.?m\.?\s+(?:on\s+)?)?(?:[A-Z][a-z]+day,?\s+)?$",
                                    re.IGNORECASE)
#: after that date, its comma (past a year or a note in brackets)
OPENING_DATE_AFTER_RE = skip.regex(r"(?:,?\s*\d{4})?(?:\s*\([^()]{0,40}\))?\s*,\s*", re.IGNORECASE)
#: goods that join a levy from a date: "(with) trucks added from ", "zinc included on "
JOINING_FROM_RE = skip.regex(r"\s+(?:joining|added|included|following|covered|coming\s+in)\s+"
                             r"(?:from|on|as\s+of|starting|after)\s+(?:[A-Z][a-z]+day,?\s+)?$")
WITH_BEFORE_RE = skip.regex(r"\bwith\s+(?:[\w'’\-]+\s+){0,2}?$", re.IGNORECASE)


#: a levy noun and "on" right before a list of goods (up to two describing words between):
#: "higher rates on (upholstered) furniture and cabinets"
LEVY_ON_BEFORE_RE = skip.regex(r"\b" + cue_words.levy_nouns("levy", "rates", "surcharges",
                                                              "surtaxes")
                               + r"\s+on\s+(?:[\w\-]+\s+){0,2}?$", re.IGNORECASE)
#: between such a list and the figures that restate its levy: ", ", ", now ", ", at "
LIST_APPOSITION_RE = skip.regex(r"\s*,\s*(?:(?:now|currently|still|at|of|set\s+at|"
                                r"respectively)\s+)?", re.IGNORECASE)


def _levied_list_apposition(fc: FigureContext, prods: list[Mention]) -> Product | None:
    """"Higher rates on furniture and kitchen cabinets, 30% and 50%, are due": figures set off
    by a comma after a levy's list of goods restate it; the i-th figure of a run is the
    i-th goods', one figure is the whole list's (named by its head)."""
    s = fc.text
    same, k, lo, hi = _figure_run(fc)
    first = same[lo]
    before = [p for p in prods if p.end <= first.start]
    if not before or not LIST_APPOSITION_RE.fullmatch(s, before[-1].end, first.start):
        return None
    goods = [before[-1]]
    for p in reversed(before[:-1]):
        if LIST_JOIN_RE.fullmatch(s, p.end, goods[0].start):
            goods.insert(0, p)
        else:
            break
    if not LEVY_ON_BEFORE_RE.search(s, max(0, goods[0].start - 40), goods[0].start):
        return None
    if hi > lo and hi - lo + 1 == len(goods):
        g = goods[k - lo]
        return Decision(g.value, f"its place in the figures after a levy's goods: "
                                 f"{s[g.start:g.end]!r}")
    if hi > lo and len({g.value for g in goods}) > 1:
        return None
    return Decision(goods[0].value, f"the goods of the levy it restates: "
                                    f"{s[goods[0].start:goods[-1].end]!r}")


#: what may stand before a sentence's subject goods once its countries are taken out:
#: nothing, "the", a possessive's "'s" ("Washington's steel and aluminium tariff, at 50%")
#: (a list's bullet may open it: "- Steel, aluminum and auto duties ... stay at 25 percent")
BARE_OPENING_RE = skip.regex(r"^[\s\"“'‘]*(?:[-–—•*]\s+)?(?:the\s+)?(?:['’]s\s+)?$",
                             re.IGNORECASE)


def _bare_opening(sent: Sentence, end: int) -> bool:
    """Whether the sentence opens with its goods, once a possessive country is set aside:
    "Steel, aluminum and copper keep ...", "Britain's steel and aluminium tariff, at 50%,
    ..."."""
    s = sent.text
    # only a possessive country ("Britain's steel"): an adjective may open a maker's
    # clause about its country's rate ("Swiss drugmakers, whose country has faced 39%")
    cut = [m for m in sent.countries if m.end <= end and s.startswith(("'s", "’s"), m.end)]
    if not cut:
        return bool(BARE_OPENING_RE.match(s, 0, end))
    kept, at = [], 0
    for m in sorted(cut, key=lambda m: m.start):
        kept.append(s[at:m.start])
        at = m.end
    kept.append(s[at:end])
    return bool(BARE_OPENING_RE.match("".join(kept)))


def _dated_subject(fc: FigureContext, prods: list[Mention]) -> Product | None:
    """The goods a date is told of by its place: the subject right after a sentence's
    opening date ("As of June 9, small parcels from Peru owe full duty") or the goods
    that join a levy from it ("..., with trucks added from June 9")."""
    s, fig = fc.text, fc.fig
    for p in prods:
        if p.end <= fig.start and JOINING_FROM_RE.fullmatch(s, p.end, fig.start) \
                and WITH_BEFORE_RE.search(s[:p.start]):
            return Decision(p.value, f"the goods joining from it: {s[p.start:fig.start]!r}")
    if not OPENING_DATE_BEFORE_RE.match(s[:fig.start]):
        return None
    m = OPENING_DATE_AFTER_RE.match(s, fig.end)
    if m is None:
        return None
    hit = [p for p in prods if m.end() <= p.start and "," not in s[m.end():p.start]
           and fc.sent.words_between(m.end(), p.start) <= 1]
    if not hit:
        return None
    head = _list_head(s, prods, prods.index(hit[0]))
    return Decision(head.value, f"the subject after its opening date: {s[head.start:head.end]!r}")


#: a date set off by commas right after a sentence's subject, with the state it tells:
#: "The US port fees on Peruvian vessels|, in force since |Oct. 14|, are suspended" (the
#: words: rules/lexicon.toml [product_cues] apposition_states, apposition_since and
#: [levy_verbs] paid, their one owner)
APPOSITION_DATE_BEFORE_RE = skip.regex(
    r",\s*(?:" + cue_words.group("product_cues", "apposition_states", space=r"\s+") + "|"
    + cue_words.group("levy_verbs", "paid") + r")\s+"
    + cue_words.group("product_cues", "apposition_since") + r"\s+$", re.IGNORECASE)
#: right after such a date, the comma that closes the apposition
APPOSITION_DATE_AFTER_RE = skip.regex(r"\s*,")


def _subject_apposition_date(fc: FigureContext, prods: list[Mention]) -> Product | None:
    """"The US port fees on Peruvian vessels, in force since Oct. 14, are suspended": a date
    told in an apposition right after the sentence's subject is the start of the levy the
    subject names, on its goods (the list head of the first goods it names)."""
    s, fig = fc.text, fc.fig
    m = APPOSITION_DATE_BEFORE_RE.search(s, 0, fig.start)
    if m is None or m.end() != fig.start or not APPOSITION_DATE_AFTER_RE.match(s, fig.end) \
            or any(c in s[:m.start()] for c in ",;:"):
        return None
    subject = [p for p in prods if p.end <= m.start()]
    if not subject:
        return None
    head = _list_head(s, prods, prods.index(subject[0]))
    return Decision(head.value, f"the subject its apposition dates: {s[:m.start()].strip()!r}")


#: after goods, a list of their kinds given as examples: "(copper) goods such as tubes,
#: sheets or bars", "(farm) goods including beef, pork or dairy"
EXAMPLES_AFTER_RE = skip.regex(r"(?:\s+[\w\-]+)?\s+(?:such\s+as|including|like)\s+"
                               r"(?:[\w\-]+\s+){0,2}?[\w\-]+(?:,\s*(?:[\w\-]+\s+){0,2}?[\w\-]+)*"
                               r",?\s+(?:and|or)\s+(?:[\w\-]+\s+){0,2}?[\w\-]+\b", re.IGNORECASE)


#: goods of no kind, then a list of examples set off by a comma: "Peruvian imports left out of
#: the pact, including potash and oil(, owe 20%)"
ANY_GOODS_EXAMPLES_RE = skip.regex(r"\b" + cue_words.goods_nouns("goods", "imports", "items")
                                   + r"\b[^,;:]{0,60},"
                                   r"\s*(?:including|such\s+as|like|notably|especially)\s+"
                                   r"[^,;:]*", re.IGNORECASE)


def _examples_of_any_goods(s: str, p: Mention, prods: list[Mention]) -> bool:
    """Whether the goods are examples given of goods of no kind ("imports left out of the pact,
    including potash, owe 20%"): the rate is on all those goods, not the examples'
    sector (goods of a kind, "farm goods, including wheat", keep their examples)."""
    if "," not in s[:p.start]:
        return False
    return any(m.start() < p.start and p.end <= m.end()
               and not any(q.start <= m.start() < q.end for q in prods)
               for m in ANY_GOODS_EXAMPLES_RE.finditer(s, 0, p.end + 80))


#: a comma that is no thousands separator: "cars, which" but not "100,000 cars"
CLAUSE_COMMA_RE = re.compile(r"(?<!\d),|,(?!\d)")


def _clause_comma(text: str) -> bool:
    """Whether the text holds a comma that may end a clause: the comma inside a number
    ("a quota of 100,000") parts no subject from its verb."""
    return "," in text and CLAUSE_COMMA_RE.search(text) is not None


def _past_examples(s: str, end: int, limit: int) -> int:
    """Where the goods ending at `end` stop being told, past a list of their kinds given
    as examples (which holds commas but no other subject): the goods before such a list
    are still the subject of the verb after it."""
    m = EXAMPLES_AFTER_RE.match(s, end, limit)
    return m.end() if m else end


def _without_measures(sent: Sentence, lo: int, hi: int) -> str:
    """The text between lo and hi less the measures named there: "a 25% Section 232 truck
    duty" has its goods right after the figure, past the measure's name."""
    s, out, at = sent.text, [], lo
    for m in sent.measures:
        if lo <= m.start and m.end <= hi:
            out.append(s[at:m.start])
            at = m.end
    return "".join(out) + s[at:hi]


def _another_levy_between(sent: Sentence, lo: int, hi: int) -> bool:
    """"Section 232 duties on steel still apply, as do Section 301 tariffs of up to 25%":
    a measure named between the goods (at lo) and the figure (at hi), other than the one
    named before the goods, is another levy's, so the goods are not the figure's."""
    before = {m.value for m in sent.measures if m.end <= lo}
    return bool(before) and any(lo <= m.start < hi and m.value not in before
                                for m in sent.measures)


#: a sentence opening with the goods it is about: "For Japanese automobiles, ..."
INTRO_BEFORE_RE = skip.regex(r"^\W*(?:for|as\s+for|on)\s+(?:[\w'’\-]+\s+){0,3}?$", re.IGNORECASE)
INTRO_AFTER_RE = skip.regex(r"(?:\s+(?:and\s+)?[\w'’\-]+){0,3}?,")


#: the contrast that opens a second rate's clause: "..., while the EU is capped at 15%"
CONTRAST_RE = skip.regex(r",\s*(?:while|whereas)\s", re.IGNORECASE)
CONTRAST_WORDS = frozenset(("while", "whereas"))  # (Sentence.may_hold_word)


def _contrast_between(fc: FigureContext, p: Mention) -> bool:
    """Whether goods named after the figure stand in a contrast clause of their own ("rose
    from 25% to 35%, while energy and potash stayed at 10%"): that clause's goods are its
    own figure's, not those of the change told before it."""
    return p.start > fc.fig.end and fc.sent.may_hold_word(CONTRAST_WORDS) \
        and CONTRAST_RE.search(fc.text, fc.fig.end, p.start) is not None


def _contrasted_goods(fc: FigureContext, prods: list[Mention]) -> Product | None:
    """"The UK's wood products pay 10%, while the EU and Japan are capped at 15%": a levy
    rate in a contrast clause about other partners that names no goods of its own is on the
    goods of the rate it is set against, when they are the only goods named before it."""
    sent, fig, s = fc.sent, fc.fig, fc.text
    if not sent.may_hold_word(CONTRAST_WORDS):
        return None
    other = [f for f in fc.figs if f.quantity == fig.quantity and f.end <= fig.start]
    if not other:
        return None
    m = None
    for found in CONTRAST_RE.finditer(s, other[-1].end, fig.start):
        m = found  # the last contrast before the figure
    if m is None or any(p.start >= m.end() for p in prods) \
            or GENERIC_GOODS_RE.search(s, m.end(), len(s)) \
            or not any(m.end() <= c.start < fig.start for c in sent.countries):
        return None  # (the contrast is between partners: "while Japanese rivals secured")
    heads = {_list_head(s, prods, k).value for k in range(len(prods))
             if prods[k].end <= m.start()}
    if len(heads) != 1:
        return None
    got = _product(FigureContext(fc.doc, fc.i, other[-1], fc.figs), None, True)
    if got.value is None or got.value not in heads:
        return None
    return Decision(got.value, f"the goods of the rate it is set against ({got.evidence})")


#: a levy told as one already named: "the tariff", "the 25% rate", "the doubled duty"
BACK_REFERENCE_RE = skip.regex(r"\b(?:the|that|this|these|those)\s+(?:[\w%.\-]+\s+){0,2}?"
                               + cue_words.levy_nouns("levy", "rate") + r"\b", re.IGNORECASE)
#: goods as the pronoun subject of a levy: "They are to be tariffed at 200%"
PRONOUN_LEVY_RE = skip.regex(r"^\W*(?:they|these|those)(?:'re|’re|\s+are|\s+will|\s+would|"
                             r"\s+could|\s+may)?\s+(?:[\w\-]+\s+){0,3}?"
                             + cue_words.alternation("levy_verbs", "goods_passive") + r"\b",
                             re.IGNORECASE)
#: goods named in general ("Indian goods", "most of its exports"): the levy says what it
#: is on, though not as a sector
_GENERIC_GOODS = ("goods", "imports", "shipments", "items")  # [goods_nouns] lists
GENERIC_GOODS_RE = skip.regex(r"\b(?:" + cue_words.goods_nouns(*_GENERIC_GOODS) + r"|everything)\b",
                              re.IGNORECASE)
GENERIC_GOODS_WORDS = frozenset((*(w for k in _GENERIC_GOODS
                                   for w in cue_words.words("goods_nouns", k)),
                                 "everything"))  # (Sentence.may_hold_word)


def carried_product(fc: FigureContext) -> Product | None:
    """A levy told as one already named ("The doubled tariff took effect on Wednesday",
    "the 25% rate will be removed"), in a sentence that names no goods and no measure,
    is on the goods of the sentence before, when that sentence is about a levy and names
    one list of them; goods as the pronoun subject of a levy ("They'll be tariffed at
    200%") are the ones the sentence before (or the one before it, past a quote naming
    nothing) names."""
    sent, doc, i = fc.sent, fc.doc, fc.i
    s = sent.text
    opening = i > 0 and OPENING_BACK_REFERENCE_RE.match(s) is not None
    if i == 0 or (sent.measures and not opening) or (sent.may_hold_word(GENERIC_GOODS_WORDS)
                                                     and GENERIC_GOODS_RE.search(s)):
        return None
    goods_pronoun = bool(PRONOUN_LEVY_RE.match(s))
    if not goods_pronoun and not BACK_REFERENCE_RE.search(s):
        return None
    prev = doc.sentences[i - 1]
    if goods_pronoun and i > 1 and not prev.products and not prev.countries:
        prev = doc.sentences[i - 2]  # "..., they will be tariffed," he said. "They ...
    prods = prev.products
    if opening and prods and _rated(prev) and not REPLACES_RE.search(s):
        return _opening_reference_goods(prev)  # (None: its rate is told of no goods)
    if not prods or prev.measures or not (goods_pronoun or prev.has("levy_words")):
        return None
    heads = {_list_head(prev.text, prods, k).value for k in range(len(prods))}
    if len(heads) != 1:
        return None
    head = _list_head(prev.text, prods, 0)
    return Decision(head.value, "the goods of the levy it refers back to: "
                                f"{prev.text[head.start:head.end]!r}")


#: a levy told by the possessive of goods named before it, right before its figure: "their
#: combined rate to |50%", "their duty of |20%"
THEIR_LEVY_RE = skip.regex(r"\btheir\s+(?:[\w\-]+\s+){0,2}?" + cue_words.levy_nouns("levy", "rate")
                           + r"\s+(?:(?:to|at|of)\s+)?(?:about\s+|around\s+)?$", re.IGNORECASE)


def _possessed_rate_goods(fc: FigureContext, prods: list[Mention], lo: int) -> Product | None:
    """"Chilean grapes and wine can enter free again, without the duties that had pushed their
    combined rate to 40%": a rate told as "their" levy right before its figure is on the goods
    named before the possessive (the nearest, by its list's head), however far back."""
    s, fig = fc.text, fc.fig
    their = THEIR_LEVY_RE.search(s, lo, fig.start)
    if their is None:
        return None
    owners = [p for p in prods if lo <= p.start and p.end <= their.start()
              and not _bought_with_money(fc, p, True)]
    if not owners:
        return None
    head = _list_head(s, prods, prods.index(owners[-1]))
    return Decision(head.value, f"the goods whose levy it is: {s[head.start:head.end]!r} ... "
                                f"{their.group(0).strip()!r}")


#: between goods and a levy, the verb that says the levy does not reach them ("Peruvian
#: grapes enter duty-free and so |escape| the 25% tariff"): the goods are not its goods
ESCAPES_RE = skip.regex(r"\b" + cue_words.group("product_cues", "escapes", space=r"\s+")
                        + r"\b", re.IGNORECASE)


#: between a country and the figure of the levy its possessive opens: "Peru|'s broader US
#: tariff of |20%"
POSSESSIVE_LEVY_OF_RE = skip.regex(r"(?:'s|’s)\s+(?:[\w\-]+\s+){0,3}?"
                                   + cue_words.levy_nouns("levy", "rate")
                                   + r"\s+of\s+(?:about\s+|around\s+|roughly\s+)?",
                                   re.IGNORECASE)


def _own_possessive_phrase(fc: FigureContext, p: Mention) -> bool:
    """"The chip threat came as Peru's broader US tariff of 20% took effect": a country's
    possessive after the goods opens the figure's own levy phrase ("Peru's ... tariff of
    20%"), which names no goods; the goods before it are another phrase's (goods of that
    levy stand inside it: "Peru's chip tariff of 20%")."""
    s = fc.text
    return any(p.end <= m.start and POSSESSIVE_LEVY_OF_RE.fullmatch(s, m.end, fc.fig.start)
               for m in fc.sent.countries)


#: a sentence whose subject is a levy already named: "The rate replaces ...", "The duty was
#: first promised for Oct. 1"
OPENING_BACK_REFERENCE_RE = skip.regex(r"^\W*(?:the|that|this)\s+(?:new\s+|higher\s+|lower\s+)?"
                                       + cue_words.levy_nouns("levy", "rate") + r"\b",
                                       re.IGNORECASE)


#: a rate figure: "15%", "27.5 per cent"
RATE_FIGURE_RE = skip.regex(r"\d\s*" + cue_words.percent_forms("rate", space=r"\s*"),
                            re.IGNORECASE)


#: a levy told as taking an older rate's place ("The rate replaces the 27.5% charged since
#: April"): the rates after it are old values whose status is not read as such yet (read in
#: force on the goods, they would make an update a conflict), so they take no goods here
REPLACES_RE = skip.regex(r"\b" + cue_words.group("product_cues", "replaces", space=r"\s+")
                         + r"\b", re.IGNORECASE)


def _rated(sent: Sentence) -> bool:
    """Whether a sentence states a rate (a percent figure): its goods are that rate's."""
    return RATE_FIGURE_RE.search(sent.text) is not None


def _opening_reference_goods(prev: Sentence) -> Product | None:
    """"Japanese cars will pay 15% from Sept. 16. The rate replaces the 27.5% charged since
    April, made of the 25% Section 232 duty and the ordinary 2.5%": a sentence whose
    subject is the levy told just before (names no goods of its own, whatever measures
    it names) is on the goods that sentence's rate is told of first: goods named before
    its first rate, not a reason named after it ("goods from Peru face 25%, plus a penalty
    for its purchases of Russian oil": no goods)."""
    rate = RATE_FIGURE_RE.search(prev.text)
    reasons = reason_goods(prev)
    prods = [p for p in prev.products if p.start not in reasons]
    if rate is None or not prods or prods[0].end > rate.start():
        return None
    head = _list_head(prev.text, prods, 0)
    return Decision(head.value, "the goods of the rate the sentence's subject refers back to: "
                                f"{prev.text[head.start:head.end]!r}")


#: how many sentences a heading's goods reach ("Steel and aluminium." then its section)
HEADING_REACH = 4
#: what may stand around a heading's goods: "Steel and aluminium.", "Copper:"
HEADING_REST_RE = skip.regex(r"[\s.:;\-–—]*", re.IGNORECASE)


def _heading_goods(s: str, prods: list[Mention]) -> Mention | None:
    """The head of the goods a heading sentence is made of ("Trucks and buses."), else
    None: nothing but a list of goods and its punctuation."""
    if not prods or HEADING_REST_RE.fullmatch(s[:prods[0].start]) is None \
            or HEADING_REST_RE.fullmatch(s[prods[-1].end:]) is None:
        return None
    if any(not LIST_JOIN_RE.fullmatch(s[prods[k].end:prods[k + 1].start])
           for k in range(len(prods) - 1)):
        return None
    return prods[0]


def heading_product(fc: FigureContext) -> Product | None:
    """An explainer's section headed by its goods ("Steel and aluminium. Still 50%, up
    from 25% in June."): a levy whose sentence names no goods is on the goods of the
    heading above it, a few sentences up, unless another heading or a country-wide levy
    ("goods", "imports") comes between."""
    doc, i = fc.doc, fc.i
    if fc.sent.may_hold_word(GENERIC_GOODS_WORDS) and GENERIC_GOODS_RE.search(fc.text) \
            and not fc.sent.products and fc.sent.countries:
        return None  # "Indian goods pay 50%": a country's goods of every kind
    for j in range(i - 1, max(-1, i - 1 - HEADING_REACH), -1):
        prev = doc.sentences[j]
        head = _heading_goods(prev.text, prev.products)
        if head is not None:
            return Decision(head.value, f"the goods its section is headed by: {prev.text!r}")
        if _any_goods_section(prev):
            return None
    return None


def _any_goods_section(sent: Sentence) -> bool:
    """Whether a sentence opens or tells a section about goods of no kind: a heading
    ("Everything else.", "Other goods:") or a levy on goods of no kind ("Goods outside the
    pact pay 25%"). The heading of goods above it is another section's, so a levy after
    it is not on those goods (explainers list goods by kind, then the rest)."""
    if sent.products or not (sent.may_hold_word(GENERIC_GOODS_WORDS)
                             and GENERIC_GOODS_RE.search(sent.text)):
        return False
    return sent.has("levy_words") or len(sent.text.split()) <= HEADING_WORDS


#: how many words a heading of goods of no kind holds at most ("All other goods.")
HEADING_WORDS = 4


#: a short sentence that opens with goods and a copula: "Steel is another story.", "The
#: steel side tells a different story."
TOPIC_AFTER_RE = skip.regex(r"(?:\s+(?:side|front|picture|end))?"
                            r"\s+(?:is|are|remains|remain|was|were|tells|told)\s+(?:(?:a|an|the)\s+)?"
                            r"(?:[\w\-]+\s+){0,3}?(?:story|matter|point|question|issue|"
                            r"problem|concern|worry|case|exception|sticking\s+point)\b",
                            re.IGNORECASE)
#: how many words such a topic sentence holds at most
TOPIC_WORDS = 8


def topic_product(fc: FigureContext) -> Product | None:
    """"Steel is another story. Mills pay 25%, half the 50% ...": a sentence naming no
    goods right after a short one that opens with goods as its topic ("X is a sore
    point") tells of those goods; the topic sentence names no country nor figure."""
    if fc.i == 0 or fc.sent.measures:
        return None
    prev = fc.doc.sentences[fc.i - 1]
    prods = prev.products
    if not prods or prev.countries or prev.measures or len(prev.text.split()) > TOPIC_WORDS \
            or any(ch.isdigit() for ch in prev.text):
        return None
    head = _list_head(prev.text, prods, 0)
    last = max((k for k in range(len(prods))
                if _list_head(prev.text, prods, k) is head), default=0)
    if prev.text[:head.start].strip(" \"“'").lower() not in ("", "the") \
            or not TOPIC_AFTER_RE.match(prev.text, prods[last].end):
        return None
    return Decision(head.value, f"the goods the sentence before is about: {prev.text!r}")


def question_product(fc: FigureContext) -> Product | None:
    """"Will coffee get cheaper? Perhaps. Beans from Colombia paid the 10% baseline": in a
    question-and-answer text, a levy whose sentence names no goods, in the answer to a
    question that names one list of goods (and no figure), is on those goods; another
    sentence naming goods, or another question, between them ends the answer."""
    doc = fc.doc
    if fc.fig.quantity == "date":
        return None  # (an answer's date may date any levy it recalls: "since April 2")
    between: set[str | None] = set()  # the goods the answer names before the figure
    for j in range(fc.i - 1, max(-1, fc.i - 1 - ANSWER_REACH), -1):
        prev = doc.sentences[j]
        if not prev.text.rstrip(" \"”'’").endswith("?"):
            between |= {p.value for p in prev.products}
            continue
        prods = prev.products
        if not prods or any(ch.isdigit() for ch in prev.text):
            return None
        heads = {_list_head(prev.text, prods, k).value for k in range(len(prods))}
        if len(heads) != 1 or not between <= {p.value for p in prods}:
            return None  # (the answer names goods of another kind before the figure)
        head = _list_head(prev.text, prods, 0)
        said = {prev.text[m.start:m.end].lower() for m in prods}
        name = said.pop() if len(said) == 1 and said <= commodity_names() else head.value
        return Decision(name, f"the goods of the question it answers: {prev.text!r}")
    return None


def all_goods_default(current: Product, measure: str | None,
                      measures: tuple[str | None, ...] = RATE_ALL_GOODS_MEASURES) -> Product:
    """A levy with no product named, under a country-wide measure or a Section 301 action,
    is on all goods."""
    if current.value is None and measure in measures:
        return Decision("all", f"no product named under a country-wide measure ({measure})")
    return current


@cache
def _firm_regex() -> tuple[re.Pattern[str], dict[str, str]]:
    """rules/lexicon.toml [firms]: one case-sensitive pattern of every firm, and each
    firm's sector."""
    sectors = {name: sector for sector, names in rules.load("lexicon").get("firms", {}).items()
               for name in names}
    return ctx.phrase_regex(list(sectors), ignore_case=False), sectors


def firm_goods(fc: FigureContext, got: Product) -> Product:
    """A pledge or a tariff cost whose sentence names no goods, told of a firm whose sector
    is public knowledge (a drugmaker's "$40 billion commitment", a carmaker's tariff hit
    put "at" a sum): that sector (the last firm named before the figure)."""
    if got.value is not None:
        return got
    pattern, sectors = _firm_regex()
    firms = [m for m in pattern.finditer(fc.text, 0, fc.fig.start)]
    if not firms:
        return got
    name = firms[-1].group(0)
    return Decision(sectors[name], f"the sector of the firm before it: {name!r}")


def unit_charge_goods(got: Product) -> Product:
    """A charge per net ton, container or port call of a ship (rule `money-fee-unit`) whose
    sentence names no goods ("Chile has paused its charge of $25 per net ton"): the
    unit is a ship's, so the charge is a port fee, on the goods rules/lexicon.toml
    [product_cues] `unit_charge_goods` names (shipbuilding)."""
    if got.value is not None:
        return got
    goods = cue_words.words("product_cues", "unit_charge_goods")[0]
    return Decision(goods, f"a charge per unit of a ship is a port fee: {goods}")


def lead_sector_goods(fc: FigureContext, got: Product) -> Product:
    """A firm's tariff bill whose sentence names no goods, in an article whose headline and
    lead name one sector as a levy's goods ("... profit sinks on U.S. car tariff"): the bill
    is that levy's, so its goods are that sector."""
    if got.value is not None:
        return got
    sector = _lead_sector(fc.doc)
    return Decision(sector, "the one sector the headline and lead levy") if sector else got


def headline_goods(fc: FigureContext, got: Product, levy_cost: bool) -> Product:
    """A flow, share or cost whose sentence names no goods, not even goods of no kind, in
    an article whose headline names one kind of goods ("Pittsburgh fabricator prices in
    50% steel tariff" ... "He reckons the change adds $3.4 million to a year's costs"):
    the figure is the story's own, on those goods. A figure whose sentence tells a levy
    is that levy's term (a quota's share, a package of counter-tariffs, a flat charge),
    unless it is what the levy costs (`levy_cost`): its goods are the levy's to say."""
    if got.value is not None or fc.sent.products:
        return got
    if fc.sent.may_hold_word(GENERIC_GOODS_WORDS) and GENERIC_GOODS_RE.search(fc.text):
        return got
    if not levy_cost and fc.sent.has("levy_words"):
        return got
    goods = memo_of(fc.doc, "headline_goods", _read_headline_goods)
    if goods is None:
        return got
    return Decision(goods, f"the one kind of goods the headline names: {goods}")


def _read_headline_goods(doc: Doc) -> str | None:
    """The head of the one list of goods the headline names (None: none, or several)."""
    title = doc.title
    if not title:
        return None
    prods = ctx.find_products(title)
    heads = {_list_head(title, prods, k).value for k in range(len(prods))}
    return heads.pop() if len(heads) == 1 else None
