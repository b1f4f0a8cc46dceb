"""Under which measure a levy rate is stated (reciprocal, baseline, Section 232,
fentanyl, retaliatory, ...), and whether it is a combined rate of several measures.

A measure word next to the figure names it; an average or the ordinary (MFN) duty is no
programme's; else a US sector product is Section 232; else the one measure the sentence,
the sentence before or the headline names (never, for a US levy, the other side's
retaliation); else the article's prior (fentanyl for Canada, Mexico, China when the
article speaks of it more than of the reciprocal rates). The measure words are the
[measures] lexicon; the cues that take more than a name are [measure_cues].
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from tracker import lexicon, rules
from tracker.extract import context as ctx
from tracker.extract import cue_words, skip, status_rules
from tracker.extract.context import Mention
from tracker.extract.decision import Decision
from tracker.extract.document import Doc, FigureContext
from tracker.extract.sentences import Sentence, clause_bounds

#: a penalty named as a further, separate step ("25% tariff on India, threatens penalty")
SEPARATE_PENALTY_RE = skip.regex(r"\b(?:threat\w*|plus|warn\w*|also|and (?:an?|the)|"
                                 r"could|may|might|would)\s+(?:\w+\s+){0,2}?(?:penalt|punish)",
                                 re.IGNORECASE)
#: a measure word right after a figure belongs to it ("the 10 percent baseline"), so it says
#: nothing about the figures of the next sentence
OWNED_BEFORE_RE = skip.regex(r"\d(?:[\d.,]*)\s*" + cue_words.percent_forms("rate", "pct")
                             + r"\s+(?:[\w\-]+\s+)?$",
                             re.IGNORECASE)
#: measures only Washington applies: another country's levy on the US under one of these
#: names ("matching the US reciprocal rate") is its retaliation
US_MEASURES = frozenset({"reciprocal", "fentanyl", "section_232", "section_301", "baseline"})
#: an apposition that spells the rate out as a sum: "27.5% ..., the 25% duty plus the levy"
SUM_AFTER_RE = skip.regex(r"[^.;]{0,40}?,\s*(?:the\s+|a\s+)?\d[\d.]*\s*"
                          + cue_words.percent_forms("rate", "pct") +
                          r"[^,;.]{0,60}?\b(?:plus|and the|on top of which)\b", re.IGNORECASE)
#: "The combined rate, a 10% baseline plus a 40% surcharge": the figure opens an apposition
#: after the combined word and another rate is added to it, so it is a part of the sum
APPOSITION_END_RE = skip.regex(r"[,:(\u2013\u2014]\s*(?:an?\s+|the\s+)?$", re.IGNORECASE)
PART_AFTER_RE = skip.regex(r"\s*(?:[\w\-]+\s+){0,3}?(?:plus|and)\s+(?:an?\s+|the\s+)?"
                           r"\d[\d.,]*\s*" + cue_words.percent_forms("rate", "pct"),
                           re.IGNORECASE)
#: "20% for fentanyl and 10% reciprocal": a measure told right after the figure by "for" or
#: "under" (the reason or authority a part of a stack is charged for) is the figure's own
FOR_MEASURE_GAP_RE = skip.regex(r"\s+(?:for|under|over)\s+(?:the\s+)?", re.IGNORECASE)
#: "vehicles will be covered by the same 15% rate": the general (all-in) rate extended to a
#: sector, not that sector's own Section 232 rate
SAME_RATE_RE = skip.regex(r"\bthe same\s+$", re.IGNORECASE)
#: "total" as a verb ("might total 200%", "to total $5 billion"): an amount, not a sum
TOTAL_VERB_RE = skip.regex(r"\b(?:might|could|would|will|may|can|to|could\s+eventually)\s+"
                           r"total\b", re.IGNORECASE)
NONSPACE_RE = skip.regex(r"\S+")
#: the end of an item of a list: a measure word after it is not the item's before it
ITEM_BREAK_RE = skip.regex(r";|,\s+and\b", re.IGNORECASE)
#: an authority's name right after a measure's: "fentanyl-related IEEPA", "border IEEPA"
AUTHORITY_GAP_RE = skip.regex(r"(?:-?related|-?linked)?\s*$", re.IGNORECASE)
#: a sentence that speaks of levies
LEVY_WORD_RE = skip.regex(r"\b" + cue_words.levy_nouns("levy", "counter_tariffs", "countertariffs",
                                                    "countermeasures")
                          + r"\b(?![\-‑]free)", re.IGNORECASE)  # not "tariff-free"
#: a retaliation aimed at the US right after its word ("countermeasures against US",
#: "counter-tariffs on €9 billion of US goods"): the other side's, never a US levy's name
AGAINST_US_RE = skip.regex(r"[^.;:]{0,50}?\b(?:against|on|targeting|at|of)\s+(?:the\s+)?"
                           r"(?-i:U\.\s?S\.?|US|United States|Washington|American|America)"
                           r"(?![\w.])", re.IGNORECASE)
#: between a rate and the first of the goods it is levied on: "25 percent tariffs on the
#: U.K.'s | steel, aluminum and automotive sectors" (not "might apply to sectors including")
SECTORS_ON_RE = skip.regex(r"\s*(?:[\w\-]+\s+){0,2}?(?:on|for)\s+(?:[\w’'.\-]+\s+){0,3}?",
                           re.IGNORECASE)
#: between goods and the levy on them: "steel | tariffs", "aluminum imports | duties"
LEVY_GOODS_BEFORE_RE = skip.regex(r"\s*(?:[\w\-]+\s+)?", re.IGNORECASE)
#: between a levy and its goods: "tariffs | on all | steel", "tariff hike imposed | on | steel"
LEVY_GOODS_AFTER_RE = skip.regex(r"\s+(?:[\w\-]+\s+){0,2}?(?:on|for)\s+"
                                 r"(?:[\w’'.\-]+\s+){0,3}?", re.IGNORECASE)
#: what follows an amount of goods that are American: "(...) of US goods", "worth of U.S."
US_GOODS_AFTER_RE = skip.regex(r"\s*(?:\([^()]{0,40}\)|\))?\s*(?:worth\s+)?of\s+(?:the\s+)?"
                               r"(?-i:U\.\s?S\.?|US|United States|American)(?![\w.])",
                               re.IGNORECASE)
#: an amount's goods said to be American anywhere in a clause: "C$20 billion of American
#: products", "$4 billion of other US goods"
US_GOODS_LISTED_RE = skip.regex(r"[$€£¥]\s*[\d.,]+\s*"
                                + cue_words.magnitude_words("large", "letter")
                                + r"?\s+(?:worth\s+)?of\s+"
                                r"(?:(?:other|the|remaining|more)\s+)?(?-i:U\.\s?S\.?|US|United "
                                r"States|American)(?![\w.])", re.IGNORECASE)
#: the measures of a levy on a partner's goods of every kind
COUNTRY_WIDE = frozenset(("reciprocal", "baseline"))
SECTOR_LEAD_EVIDENCE = "a US levy in an article its headline or lead gives to Section 232 sectors"
BASELINE_PERIOD_EVIDENCE = ("the baseline's rate on one partner, told of the months before the "
                            "country rates")
#: right after a US name, a levy word (through a possessive and one word or figure):
#: "US tariffs", "Trump's 20% levy", "American import duties"
US_LEVY_AFTER_RE = skip.regex(r"(?:'s|’s)?\s+(?:[\w\-%.]+\s+)?"
                              + cue_words.levy_nouns("levy") + r"\b|"
                              # "Washington's 15 per cent rate on ..."
                              r"(?:'s|’s)\s+[\d.]+\s*"
                              + cue_words.percent_forms("rate", space=r"\s*")
                              + r"\s+(?:[\w\-]+\s+)?"
                              + cue_words.levy_nouns("levy", "rates") + r"\b", re.IGNORECASE)
#: words before a US name that make its levy the one answered: "in response to US tariffs"
ANSWER_BEFORE_RE = skip.regex(r"\b(?:response|respond\w*|retaliat\w*|against|answer\w*|"
                              r"counter\w*|reply|replied|match\w*)\b[^.;]*$", re.IGNORECASE)
#: right before a US name, goods entering it: "goods from the EU imported into the US"
INTO_BEFORE_RE = skip.regex(r"\b(?:imported|shipped|sold|entering|coming|brought)\s+"
                            r"(?:in)?to\s+(?:the\s+)?$", re.IGNORECASE)
#: partners the US fentanyl (border) levies hit
FENTANYL_TARGETS = frozenset({"CA", "MX", "CN"})
#: partners the US hit with no reciprocal rate: its general levies on them are the border ones
BORDER_TARGETS = frozenset({"CA", "MX"})


@dataclass(unsafe_hash=True, slots=True)  # (as Decision: not frozen, for speed)
class MeasureDecision(Decision[str | None]):
    """A measure with how it was found: `named` by a word next to the figure, or
    `guessed` from the article's prior (checked again once the article is read)."""

    named: bool = False
    guessed: bool = False


def measure(fc: FigureContext, cue: Mention | None, imposer: str | None, target: str | None,
            product: str | None) -> MeasureDecision:
    """The measure of a levy figure (see the module docstring for the order of evidence);
    a US-only measure on another country's levy on the US is its retaliation."""
    got = _measure_named(fc, cue, imposer, target, product)
    if got.value in US_MEASURES and imposer not in (None, "US") and target == "US":
        return MeasureDecision("retaliatory", f"{got.value} is a US measure, and "
                               f"{imposer} levies on the US", got.named, got.guessed)
    if got.value == "reciprocal" and not got.named and imposer == "US" \
            and target not in (None, "*", "US") and target not in FENTANYL_TARGETS \
            and product in (None, "all") and (said := _baseline_period(fc)) is not None:
        return MeasureDecision("baseline", f"{BASELINE_PERIOD_EVIDENCE}: {said!r}")
    return got


def _baseline_period(fc: FigureContext) -> str | None:
    """The word that dates a partner's rate of the universal baseline's value to the months
    before the country rates applied ("Peru paid 10% over the spring", "the pause brought
    every rate down to 10%"; rules/lexicon.toml [measure_cues] baseline_rate,
    baseline_period), in the figure's clause; None otherwise. Such a rate is the baseline
    every partner paid then, not the partner's own reciprocal rate ("Since August its coffee
    paid 10%" names no such month and stays the partner's)."""
    fig = fc.fig
    cues = rules.load("lexicon")["measure_cues"]
    if fig.quantity != "percent" or float(fig.value) != float(cues["baseline_rate"]):
        return None
    lo, hi = clause_bounds(fc.text, fig.start, fig.end)
    rates = [f.start for f in fc.figs if f is not fig and f.quantity == "percent"]
    for m in cue_re("baseline_period").finditer(fc.text, lo, hi):
        # (h255) a word past another rate dates that rate ("10% on the cars of a quota,
        # instead of the 27.5% they have paid since April"), not this one
        a, b = (fig.end, m.start()) if m.start() >= fig.end else (m.end(), fig.start)
        if not any(a <= at < b for at in rates):
            return m.group(0)
    return None


def _owns_after(s: str, ms: list[Mention], at: int, m: Mention) -> bool:
    """Whether a figure ending at `at` owns the measure word `m` told right after it: the
    first measure word after it, in the figure's item of a list ("the 10 per cent
    baseline", "10% reciprocal"). A second one ("the 10 per cent baseline, country rates
    such as 15 per cent"), or one after a semicolon or a comma and "and", opens the next
    item ("the 10 per cent baseline; the fentanyl levies of 35 per cent on ...", "Peru's
    18 per cent, and the border levies of 25 per cent") and is the later figure's."""
    return not ITEM_BREAK_RE.search(s, at, m.start) \
        and not any(at <= o.start < m.start for o in ms if o is not m)


def _measure_named(fc: FigureContext, cue: Mention | None, imposer: str | None,
                   target: str | None, product: str | None) -> MeasureDecision:
    sent, fig, figs, doc, i = fc.sent, fc.fig, fc.figs, fc.doc, fc.i
    ms = own_measures(sent.text, sent.measures)
    lo = fig.start
    hi = max(fig.end, cue.end if cue else fig.end)
    if cue is not None:
        lo = min(lo, cue.start)
    c_lo, c_hi = clause_bounds(sent.text, fig.start, fig.end)
    local = [m for m in ms if c_lo <= m.start < c_hi
             and ((m.end <= lo and sent.words_between(m.end, lo) <= 3)
                  or (m.start >= lo and m.start <= hi + 2)
                  or (m.start > hi and FOR_MEASURE_GAP_RE.fullmatch(sent.text, hi, m.start)))
             and not any(f is not fig and (
                 min(m.end, fig.end) <= f.start < max(m.start, fig.start)
                 or (f.end <= m.start < fig.start and sent.words_between(f.end, m.start) <= 2
                     and _owns_after(sent.text, ms, f.end, m)))
                 for f in figs)]
    nearest = min(local, key=lambda m: min(abs(m.start - fig.start), abs(m.end - fig.start)),
                  default=None)
    if imposer == "US" and target in BORDER_TARGETS \
            and product not in ctx.section_232_products() \
            and (nearest is None or nearest.value == "fta") \
            and (outside := _outside_pact(fc, c_lo, c_hi)) is not None:
        # "Goods that do not qualify under the USMCA pay 25%": the pact named only to say
        # the goods fall outside it; a neighbour's such goods pay its border levy (not a
        # Section 232 sector's goods, which pay that sector's levy whether or not they
        # qualify: "..., and steel 50% since June 4" in the same list); not a figure whose
        # nearest measure word names a measure of its own ("the 10% baseline since April 5
        # ... plus the border levies: 35% on non-USMCA Canadian goods": the pact's words are
        # the next rate's; the pact's own name next to the figure says nothing of its own)
        return MeasureDecision("fentanyl", f"a neighbour's goods outside the pact: "
                                           f"{outside!r}", named=True)
    if imposer == "US" and fig.quantity != "percent" and (fee := _port_fee(fc)) is not None:
        # "The US port fees on Chinese-built vessels, in force since Oct. 14, ...": a
        # date or a charge per ton of the port fees is the Section 301 case's
        return MeasureDecision("section_301", f"a US port fee's date or charge: {fee!r}",
                               named=True)
    if nearest is not None:
        m = nearest
        if m.value == "baseline" and imposer == "US" and target not in (None, "*", "US") \
                and _breadth_only(fc, m, ms):
            return MeasureDecision("reciprocal", f"a breadth word ({sent.text[m.start:m.end]!r})"
                                   f" on one partner, another rate named baseline", named=True)
        return MeasureDecision(m.value, f"named next to the figure: "
                               f"{sent.text[m.start:m.end]!r}", named=True)
    if imposer == "US" and target in BORDER_TARGETS \
            and (said := cue_re("emergency_levy").search(sent.text, c_lo, c_hi)):
        # "Washington raised its emergency tariff on Canadian goods to 35%": the neighbours
        # have no reciprocal rate, so their emergency levy is the border one, even in a
        # sentence about steel
        return MeasureDecision("fentanyl", f"an emergency levy on a neighbour: "
                                           f"{said.group(0)!r}", named=True)
    if fig.quantity == "percent" and (said := _no_programme(fc, c_lo, c_hi)):
        return MeasureDecision(None, f"an average or ordinary duty, no programme's: {said!r}")
    if fig.quantity == "percent" and (said := trade_remedy(fc)):
        return MeasureDecision(None, f"{TRADE_REMEDY_EVIDENCE}: {said!r}")
    if imposer == "US" and product in ctx.section_232_products():
        return MeasureDecision("section_232", f"a US levy on {product}, a Section 232 sector")
    if imposer == "US" and product is None and (maker := _sector_makers_pay(fc, c_lo)):
        # "Korean mills keep paying 50%": the goods of the makers that pay it are a sector's
        return MeasureDecision("section_232", f"a US rate paid by makers of a Section 232 "
                                              f"sector's goods: {maker!r}")
    if imposer == "US" and product in ctx.section_301_products():
        # "Chinese-operated ships pay $50 a net ton": the port fees of a Section 301 case,
        # never the fentanyl or reciprocal prior of the article's goods
        return MeasureDecision("section_301", f"a US charge on {product}, a Section 301 case")
    # the figure's own stretch of the clause, between its neighbouring rates
    others = [f for f in figs if f is not fig and f is not fig.partner
              and f.quantity == fig.quantity]
    seg_lo = max([c_lo] + [f.end for f in others if f.end <= fig.start])
    seg_hi = min([c_hi] + [f.start for f in others if f.start >= fig.end])
    listed = [p for p in sent.products if fig.end <= p.start < seg_hi]
    sectors = {p.value for p in listed}
    if imposer == "US" and product is None and len(sectors) > 1 \
            and sectors <= ctx.section_232_products() \
            and SECTORS_ON_RE.fullmatch(sent.text, fig.end, listed[0].start):
        # "25% tariffs on the automotive, steel and aluminum sectors": a list of goods, each
        # a Section 232 sector (not one sector named as an example of what a levy hit)
        return MeasureDecision("section_232", f"a US levy on Section 232 sectors only "
                                              f"({', '.join(sorted(sectors))})")
    if (head := _list_head(fc, ms)) is not None:
        # "the border levies: 35% on Canadian goods, 25% on Mexico and 10% on China": each
        # rate of a list a measure's name opens is that measure's, past the first rate that
        # stands next to the name (not the one measure named elsewhere in the sentence)
        return MeasureDecision(head.value, f"a list that its measure's name opens: "
                                           f"{sent.text[head.start:head.end]!r}", named=True)
    seg = sent.text[seg_lo:seg_hi]
    if ctx.has("penalty_words", seg) and not SEPARATE_PENALTY_RE.search(seg) \
            and not any(seg_lo <= m.start < seg_hi for m in ms if m.value != "fta"):
        # "an additional 25% duty, a penalty for buying Russian oil" (not "a 10% duty as
        # punishment for the fentanyl trade": a measure named beside the penalty is its own)
        return MeasureDecision(None, "a penalty outside the named programmes")

    if imposer == "US" and target == "*" and product in (None, "all") \
            and fig.quantity == "percent":
        return MeasureDecision("baseline", "a US rate on all goods from every partner")

    def owned(m: Mention) -> bool:  # "the 10 percent baseline": that measure is the 10%'s
        # (not a levy's suspended points: "24 points of the reciprocal tariff" name the
        # whole levy, of which the rest stays in force)
        return any(f is not fig and f.kind != "points" and f.quantity in ("percent", "money") and (
            (f.end <= m.start and sent.words_between(f.end, m.start) <= 2
             and _owns_after(sent.text, ms, f.end, m))
            or (m.end <= f.start and sent.words_between(m.end, f.start) <= 1)) for f in figs)

    prior = imposer == "US" and _fentanyl_prior(doc, target) and not _china_pause(fc, target)
    # a US levy on a partner: a "retaliatory" not next to its figure is the other side's
    # ("the EU suspends its countermeasures; the 30% US rate ..."), never the US levy's name
    other_side = imposer == "US" and target not in (None, "US")
    us_levy = imposer == "US" and target != "US"  # also with no partner read ("a pause")
    # (a levy's suspended points are part of the rate their sentence names: "the 10%
    # reciprocal rate stays, with 24 points suspended" suspends reciprocal points)
    distinct = {m.value for m in ms if m.value != "fta" and (fig.kind == "points" or not owned(m))
                and not status_rules.other_measure_re().search(sent.text, max(0, m.start - 60),
                                                               m.start)
                and not _contrasted_after(sent.text, c_hi, m)}
    if us_levy and distinct == {"retaliatory"} and not prior:
        # a US levy on a partner is never its retaliation: a "retaliatory" its sentence names
        # away from the figure is the other side's; read on, as for a sentence naming none
        distinct = set()
    if len(distinct) == 1:
        one = distinct.pop()
        # "the EU froze its counter-tariffs against US goods; the 30% levy ...": another
        # clause's retaliation aimed at the US (in the figure's own clause it is its subject:
        # "No countermeasure would come into force before Aug. 7")
        aimed = any(m.value == "retaliatory" and not c_lo <= m.start < c_hi
                    and AGAINST_US_RE.match(sent.text, m.end) for m in ms)
        if not ((prior or (other_side and aimed)) and one == "retaliatory"):
            return MeasureDecision(one, "the one measure the sentence names")
        if prior:
            # "the US levy on Canada ...; Ottawa retaliated": the retaliation is the other side's
            return MeasureDecision("fentanyl", "a US levy under the fentanyl prior; the "
                                   "retaliation its sentence names is the other side's",
                                   guessed=True)
    if not distinct:
        for j in (i - 1, doc.title_index):
            if j is None or j < 0 or j == i:
                continue
            ps = doc.sentences[j].text
            prev = {m.value for m in doc.sentences[j].measures if m.value != "fta"
                    and not OWNED_BEFORE_RE.search(ps[max(0, m.start - 30):m.start])}
            # the headline's retaliation aimed at the US ("EU to suspend countermeasures
            # against US") is the other side's; so is any retaliation the sentence before or
            # the headline names when the figure's own clause says the US levies it
            # ("... then our own measures start. Washington put a 20% levy on the EU")
            aimed = j == doc.title_index and j != i - 1 and any(
                m.value == "retaliatory" and AGAINST_US_RE.match(ps, m.end)
                for m in doc.sentences[j].measures)
            if us_levy and (_us_levies_here(fc, c_lo, c_hi)
                            or (other_side and not sent.countries
                                and _partner_retaliates(doc.sentences[j], target))) \
                    and not _us_calls_it_retaliation(doc.sentences[j]):
                prev.discard("retaliatory")
            if us_levy and target not in (None, "*") and target not in FENTANYL_TARGETS:
                # "... the 20% levy over fentanyl on China. Taiwan got 32%": the border levy
                # hits Canada, Mexico and China only; another partner's rate is not carried
                # into it
                prev.discard("fentanyl")
            if len(prev) == 1 and not ((prior or (other_side and aimed))
                                       and prev == {"retaliatory"}):
                where = "the sentence before" if j == i - 1 else "the headline"
                return MeasureDecision(prev.pop(), f"the one measure {where} names")
    if imposer == "US" and target == "*" and product in (None, "all"):
        return MeasureDecision("baseline", "a US levy on every partner")
    if imposer == "US" and target in FENTANYL_TARGETS and _border_trio(sent):
        # "the duties on Canada, Mexico and China, which took effect on Feb. 4 for China":
        # the three partners named together are those of the border levy
        return MeasureDecision("fentanyl", "a US levy in a sentence naming Canada, Mexico "
                                           "and China, the border levy's partners")
    if prior:
        # the article's prior: checked again once all are read
        return MeasureDecision("fentanyl", "the article's prior: fentanyl", guessed=True)
    if imposer not in (None, "US") and target == "US":
        return MeasureDecision("retaliatory", f"{imposer} levies on the US")
    if imposer == "US" and product is None and target in (None, "*") \
            and _partner_group(sent.text, c_lo, c_hi):
        # "steeper US tariffs start on scores of economies": the per-country rates
        return MeasureDecision("reciprocal", "a US levy on a group of partners")
    if imposer == "US" and product is None and target != "*" and _sector_lead(doc) \
            and not any(m.value in COUNTRY_WIDE for m in sent.measures):
        # an article led by one sector's levy: its unnamed US rates are that sector's (not
        # in a sentence that names the country rates: "Its other exports have paid 39%,
        # ..., while medicines have been left out of the country rates")
        return MeasureDecision("section_232", SECTOR_LEAD_EVIDENCE, guessed=True)
    if imposer == "US" and target in BORDER_TARGETS and product in (None, "all"):
        # "- Mexico: the 30% threat was put off for 90 days" in a wrap of the country rates:
        # the neighbours have no reciprocal rate, so a US levy on all their goods that no
        # word names is the border one
        return MeasureDecision("fentanyl", f"a US levy on all of {target}'s goods, a "
                                           f"neighbour with no reciprocal rate")
    if imposer == "US" and target not in (None, "*") and product in (None, "all"):
        return MeasureDecision("reciprocal", "a US levy on one partner's goods")
    if imposer == "US" and target not in (None, "*") and product in lexicon.commodity_names():
        # "Ecuadorean bananas paid 15%": one farm commodity has no programme of its own, so
        # a partner's rate on it is that partner's reciprocal rate
        return MeasureDecision("reciprocal", f"a US levy on one partner's {product}")
    if imposer == "US" and target not in (None, "*") and product is not None \
            and product not in ctx.section_232_products() | ctx.section_301_products():
        # "European spirits pay 15%", a citrus growers' "31% announced": goods with no
        # programme of their own pay their partner's reciprocal rate
        return MeasureDecision("reciprocal", f"a US levy on one partner's {product}, goods "
                                             f"of no programme of their own")
    return MeasureDecision(None, "no measure named or implied")


#: words at most between a measure's name and the colon that opens its list ("fentanyl levies:")
LIST_HEAD_WORDS = 1


def _list_head(fc: FigureContext, ms: list[Mention]) -> Mention | None:
    """The measure whose name, with at most a levy noun after it, ends right before a colon
    that opens the list the figure stands in, or None: a later item of such a list ("...: 35%
    on Canadian goods, 25% on Mexico") lies past the first item's rate, so the name is not
    next to it; not when another measure is named between the colon and the figure, a ';'
    ends the list; a date after an item's rate is that item's ("10% on China since <day>")."""
    sent, fig = fc.sent, fc.fig
    colon = sent.text.rfind(":", 0, fig.start)
    if colon < 0 or ";" in sent.text[colon:fig.start]:
        return None
    if any(colon < m.start < fig.start for m in ms):
        return None
    if not any(colon < f.start < fig.start and f.quantity == "percent" for f in fc.figs):
        return None  # the first item: the name stands next to it, decided before
    heads = [m for m in ms if m.value != "fta" and m.end <= colon
             and sent.words_between(m.end, colon) <= LIST_HEAD_WORDS
             and ":" not in sent.text[m.end:colon]]
    return heads[-1] if heads else None


def _outside_pact(fc: FigureContext, c_lo: int, c_hi: int) -> str | None:
    """The words in the figure's clause that put a neighbour's goods outside the pact
    (rules/lexicon.toml [measure_cues] outside_pact), or None; not those told after
    another rate that stands between them and the figure ("the 10% baseline since April 5
    ... plus the border levies: 35% on non-USMCA Canadian goods": those goods are the
    35%'s, not the 10%'s nor its date's)."""
    s, fig = fc.text, fc.fig
    for m in cue_re("outside_pact").finditer(s, c_lo, c_hi):
        if m.start() >= fig.end and any(
                f is not fig and f.quantity == "percent" and fig.end <= f.start
                and f.end <= m.start() for f in fc.figs):
            continue
        return m.group(0)
    return None


def _port_fee(fc: FigureContext) -> str | None:
    """The port-fee words that make a US date or charge the Section 301 case's ("the port
    fees ... in force since Oct. 14", "$18 per net ton"; rules/lexicon.toml [measure_cues]
    port_fees): in the figure's sentence, or a bare "fees" there after a sentence that
    names them ("US fees had applied since Oct. 14"); None when the sentence names a
    measure of its own, a fee in another currency (China's own port fee in yuan) or no
    such word."""
    sent = fc.sent
    if any(m.value != "fta" for m in sent.measures) \
            or any(f.quantity == "money" and f.unit != "USD" for f in fc.figs):
        return None
    said = cue_re("port_fees").search(sent.text)
    if said is not None:
        return said.group(0)
    bare = cue_re("fee_words").search(sent.text)
    if bare is None or fc.i == 0:
        return None
    before = cue_re("port_fees").search(fc.doc.sentences[fc.i - 1].text)
    return f"{bare.group(0)} ({before.group(0)} the sentence before)" if before else None


@dataclass(unsafe_hash=True, slots=True)  # (as Decision: not frozen, for speed)
class CombinedDecision(Decision[bool]):
    """Whether a rate is combined, and whether only as a ceiling on all goods (`cap`):
    "goods are capped at 15%" sums the measures under it, but is a deal's one rate, so its
    other mentions that name no measure keep theirs (unlike "a combined 45%", or one
    sector's ceiling: rules/lexicon.toml [measure_cues])."""

    cap: bool = False


@cache
def cue_re(name: str) -> re.Pattern[str]:
    """A list of rules/lexicon.toml [measure_cues] as a whole-word regex."""
    return ctx.phrase_regex(rules.load("lexicon")["measure_cues"][name])


@cache
def includes_rate_re() -> re.Pattern[str]:
    """After a rate, a word that makes a second rate part of it ("50% tariffs, including a
    25% penalty"; rules/lexicon.toml [measure_cues] includes_rate)."""
    words = "|".join(r"\s+".join(map(re.escape, p.split()))
                     for p in rules.load("lexicon")["measure_cues"]["includes_rate"])
    # a few words between, none a preposition ("including cars at 25%" is another rate)
    gap = r"(?:(?!(?:at|on|of|to|for|from|with|in)\b)[\w\-]+\s+){0,3}?"
    return skip.regex(rf"[^.;]{{0,40}}?\b(?:{words})\s+{gap}"
                      r"\d[\d.,]*\s*" + cue_words.percent_forms("rate", "pct"), re.IGNORECASE)


def _no_programme(fc: FigureContext, c_lo: int, c_hi: int) -> str | None:
    """The word that makes a rate an average or the ordinary (MFN) duty, no programme's
    ("old duties, averaging a little below 5%", "the 2.5% MFN rate";
    rules/lexicon.toml [measure_cues] no_programme): up to six words before the figure in
    its clause (no other rate between) or the two words right after it."""
    s, fig = fc.text, fc.fig
    prev_end = max([f.end for f in fc.figs if f is not fig and f.end <= fig.start], default=-1)
    lo = max(c_lo, prev_end)
    words = list(NONSPACE_RE.finditer(s, lo, fig.start))
    if len(words) > 6:
        lo = words[-6].start()
    after = " ".join(s[fig.end:c_hi].split()[:2])
    m = cue_re("no_programme").search(s, lo, fig.start)
    if m is not None and prev_end >= 0 and len(s[prev_end:m.start()].split()) <= 1:
        # "7.5% on top of the 2.5% standard duty, 10% in all": the word right after the
        # rate before is that rate's, not the next one's
        m = None
    m = m or cue_re("no_programme").search(after) or _no_programme_subject(fc, max(c_lo, prev_end))
    return m.group(0) if m else None


#: at most so many words between a no-programme subject and its figure ("the effective rate
#: on Peruvian goods, once exempt lines are counted, is about | 9%")
SUBJECT_REACH_WORDS = 14


@cache
def subject_copula_re() -> re.Pattern[str]:
    """Right before a figure, the copula that makes it the value of the clause's subject
    ("... is about", "... stands at"; rules/lexicon.toml [measure_cues] subject_copulas),
    an optional word (a hedge) between."""
    words = cue_words.group("measure_cues", "subject_copulas", space=r"\s+")
    return skip.regex(rf"\b{words}\s+(?:[\w\-]+\s+)?$", re.IGNORECASE)


def _no_programme_subject(fc: FigureContext, lo: int) -> re.Match[str] | None:
    """An average or effective rate told as the subject of a copula whose value is the
    figure, its qualifiers between ("the effective rate on Peruvian goods, once exempt lines
    are counted, is about 9%"): the no-programme words further back than six words, at
    most SUBJECT_REACH_WORDS, with no levy noun between them and the copula (the subject is
    the estimate, not a levy named after it: "the average was low, and the new tariff is")."""
    s, fig = fc.text, fc.fig
    cop = subject_copula_re().search(s, lo, fig.start)
    if cop is None:
        return None
    words = list(NONSPACE_RE.finditer(s, lo, cop.start()))
    start = words[-SUBJECT_REACH_WORDS].start() if len(words) > SUBJECT_REACH_WORDS else lo
    said = list(cue_re("no_programme").finditer(s, start, cop.start()))
    if not said or LEVY_WORD_RE.search(s, said[-1].end(), cop.start()):
        return None
    return said[-1]


#: at most so many words between a trade-remedy word and the first rate after it ("the
#: anti-dumping and countervailing duties that Washington raised in August to | 35.19%")
TRADE_REMEDY_BEFORE_WORDS = 12
TRADE_REMEDY_EVIDENCE = "a trade-remedy duty, no programme's"


def trade_remedy(fc: FigureContext) -> str | None:
    """The anti-dumping or countervailing word whose duty the rate is (rules/lexicon.toml
    [measure_cues] trade_remedy): before the figure in its sentence, a few words before the
    first rate after it, with no measure named and no sentence stop between (the rates of
    its list follow: "set the anti-dumping rate at 20.56% and the countervailing rate at
    14.63%, for a combined 35.19%, against 14.40% before"). Not a word after the rate: "the
    duties of about 35%, including anti-dumping charges" is the all-in rate its sector's
    goods pay, which keeps the sector's measure as any all-in rate of a sector does (h221-4
    read it as no programme's and lost the conflict it has with another report's all-in
    rate), nor a sentence before ("Together, mills now face about 45%"), whose current value
    the reports then disagree on by date alone."""
    s, fig, sent = fc.text, fc.fig, fc.sent
    rates = [f for f in fc.figs if f.quantity == "percent" and f.start <= fig.start]
    for m in cue_re("trade_remedy").finditer(s, 0, fig.start):
        first = next((f for f in rates if f.start >= m.end()), None)
        if first is not None \
                and len(s[m.end():first.start].split()) <= TRADE_REMEDY_BEFORE_WORDS \
                and ";" not in s[m.end():fig.start] \
                and not any(m.end() <= x.start < fig.start for x in sent.measures):
            return m.group(0)
    return None


@cache
def quota_re() -> re.Pattern[str]:
    """A word of an import quota (rules/lexicon.toml [imposer_cues] quota_words)."""
    return skip.regex(r"\b" + cue_words.group("imposer_cues", "quota_words") + r"\b",
                      re.IGNORECASE)


def trade_remedy_goods(fc: FigureContext, got: Decision[str | None],
                       goods: Decision[str | None]) -> Decision[str | None]:
    """The goods of a trade-remedy rate its own binding left unread: the one kind of goods
    its sentence names, else the sentence before ("... a 10% levy on lumber, stacked on
    anti-dumping duties. The final results set the anti-dumping rate at 20.56%"), else the
    article's lead, as those duties are set on one product; not every good of its partner,
    which a rate with no measure and no goods would otherwise be read on. (h298) The same
    for a rate with no measure whose sentence names an import quota ("the steel that may
    enter the EU duty-free ..., and shipments above the quotas would pay 50%"): a quota is
    set on one product too."""
    if goods.value is not None or got.value is not None \
            or (trade_remedy(fc) is None and not quota_re().search(fc.text)):
        return goods
    doc = fc.doc
    lead = doc.title_index if doc.title_index is not None else 0
    for j, where in ((fc.i, "its sentence"), (fc.i - 1, "the sentence before"),
                     (lead, "the article's lead")):
        named = {p.value for p in doc.sentences[j].products} if j >= 0 else set()
        if len(named) == 1:
            return Decision(named.pop(), f"a trade-remedy rate's goods: the one kind "
                                         f"{where} names")
    return goods


def _us_levies_here(fc: FigureContext, c_lo: int, c_hi: int) -> bool:
    """Whether the figure's own clause names the US as the one that levies it: the US (or
    its president) before an imposing verb and the figure ("Trump imposed a 20% levy"),
    before a levy word ahead of the figure ("The US duty on Swiss goods stands at 39%",
    "Trump's 20% levy") or right after it ("30% US tariffs"; rules/lexicon.toml
    [imposer_cues]); not a US levy another side answers ("in response to US tariffs")."""
    from tracker.extract.parties import impose_verb_re  # parties imports this module

    sent, fig = fc.sent, fc.fig
    s = sent.text
    for c in sent.countries:
        if c.value != "US" or not c_lo <= c.start < c_hi \
                or ANSWER_BEFORE_RE.search(s, max(0, c.start - 30), c.start):
            continue
        if c.end <= fig.start and impose_verb_re().match(s[c.end:fig.start]):
            return True
        if INTO_BEFORE_RE.search(s, max(0, c.start - 30), c.start) and c_lo <= fig.end <= c.start:
            return True  # "a 15% duty on European goods brought into the US": its border
        if US_LEVY_AFTER_RE.match(s, c.end) and (
                (c.start >= fig.end and sent.words_between(fig.end, c.start) <= 1)
                or c.end <= fig.start):
            return True
    return False


def _partner_retaliates(sent: Sentence, target: str | None) -> bool:
    """"Brussels shelved its countermeasures. The 15% duty on leather goods ...": the
    sentence (or headline) a US levy on a partner would take its measure from names that
    partner's own retaliation (the partner, or a member of its bloc, named before the
    retaliation word), so the retaliation is the partner's, not the US levy's name."""
    from tracker.extract.parties import blocs  # parties imports this module

    bloc = blocs()
    mine = [c for c in sent.countries if c.value == target or bloc.get(c.value) == target]
    return any(m.value == "retaliatory" and any(c.end <= m.start for c in mine)
               for m in sent.measures)


def _us_calls_it_retaliation(sent: Sentence) -> bool:
    """"The White House called the new duties retaliatory, a reply to Lima's tax": a
    sentence whose first country, the US, names the retaliation before any other country
    does tells a US retaliation (so a US levy after it keeps that name)."""
    first = sent.countries[0] if sent.countries else None
    return first is not None and first.value == "US" and any(
        m.value == "retaliatory" and m.start > first.end
        and not any(c.value != "US" and c.end <= m.start for c in sent.countries)
        for m in sent.measures)


def _breadth_only(fc: FigureContext, m: Mention, ms: list[Mention]) -> bool:
    """Whether the baseline name next to a figure is only a word of breadth ("an
    across-the-board 24% levy") while another rate of its sentence, of another value, is
    named baseline by its own word ("a baseline 10% duty"; rules/status.toml
    [breadth_word])."""
    sent, fig = fc.sent, fc.fig
    s = sent.text
    if not status_rules.breadth_word_re().match(s, m.start):
        return False
    for o in ms:
        if o is m or o.value != "baseline" or status_rules.breadth_word_re().match(s, o.start):
            continue
        for f in fc.figs:
            if f is fig or f.quantity != fig.quantity or f.value == fig.value:
                continue
            if (f.end <= o.start and sent.words_between(f.end, o.start) <= 2) \
                    or (o.end <= f.start and sent.words_between(o.end, f.start) <= 1):
                return True
    return False


def _partner_group(s: str, lo: int, hi: int) -> bool:
    """Whether s[lo:hi] names a group of partners ("dozens of economies")."""
    from tracker.extract.parties import PARTNER_GROUP_RE  # parties imports this module

    return PARTNER_GROUP_RE.search(s, lo, hi) is not None


def sector_goods(fc: FigureContext, got: Decision[str | None],
                 goods: Decision[str | None]) -> Decision[str | None]:
    """The goods of a US rate the article's sector lead made Section 232 (`_sector_lead`),
    when its own sentence names none: the lead's one sector ("US lifts its levy on EU cars":
    autos); a trade-remedy rate's goods (`trade_remedy_goods`); else the goods as they were."""
    if (remedy := trade_remedy_goods(fc, got, goods)) is not goods:
        return remedy
    if goods.value is not None or got.value != "section_232" \
            or not got.evidence.startswith(SECTOR_LEAD_EVIDENCE):
        return goods
    doc = fc.doc
    lead = doc.sentences[doc.title_index if doc.title_index is not None else 0]
    named = {p.value for p in lead.products}
    if len(named) == 1:
        return Decision(named.pop(), "the one sector the article's headline or lead names")
    return goods


def _sector_lead(doc: Doc) -> bool:
    """Whether the article is about Section 232 sectors: its headline (else its first
    sentence) speaks of a levy on goods that are all Section 232 sectors ("Trump's 50% steel
    and aluminum tariffs now apply") and of no group of partners, and it names no
    reciprocal or fentanyl rate."""
    if doc.reciprocal or doc.fentanyl or not doc.sentences:
        return False
    lead = doc.sentences[doc.title_index if doc.title_index is not None else 0]
    s = lead.text
    goods = {p.value for p in lead.products}
    if not goods or not goods <= ctx.section_232_products():
        return False
    if _partner_group(s, 0, len(s)):
        # "... higher tariffs on dozens of economies, and a separate duty on copper": a lead
        # that also tells the levies on a group of partners is not about its sectors only
        return False
    levies = list(LEVY_WORD_RE.finditer(s))
    # the goods are the levy's: "auto tariffs", "steel and aluminum tariffs", "tariffs on
    # foreign steel", "a tariff hike imposed on steel" (not "eased taxes on automakers ...
    # as tariffs loom")
    return any((p.end <= w.start() and LEVY_GOODS_BEFORE_RE.fullmatch(s, p.end, w.start()))
               or (w.end() <= p.start and LEVY_GOODS_AFTER_RE.fullmatch(s, w.end(), p.start))
               for p in lead.products for w in levies)


def own_measures(s: str, ms: list[Mention]) -> list[Mention]:
    """The measure names of a text without an authority's name that only says under which
    law the measure named right before it stands ("the fentanyl-related IEEPA tariffs":
    one measure, fentanyl; rules/status.toml [shared_authority])."""
    authority = status_rules.shared_authority_re()
    return [m for m in ms if not (authority.match(s[m.start:m.end]) and any(
        o.end <= m.start and o.value != m.value and AUTHORITY_GAP_RE.match(s, o.end, m.start)
        for o in ms))]


def covered_amount(s: str, start: int, end: int) -> bool:
    """Whether the amount at s[start:end] is the goods a levy covers ("a 20% duty on $4
    billion worth of wine", "$3 billion in counter-tariffs"; rules/status.toml
    [covered_amount]): its sentence speaks of levies and the words around it say so."""
    if not LEVY_WORD_RE.search(s):
        # "Ottawa now taxes about C$60 billion of US goods": a levy verb right before
        # American goods tells the levy with no levy noun
        return bool(status_rules.covered_verb_before_re().search(s[max(0, start - 40):start])
                    and US_GOODS_AFTER_RE.match(s, end))
    return bool(status_rules.covered_before_re().search(s[max(0, start - 40):start])
                or status_rules.covered_after_re().match(s, end))


def covered_measure(fc: FigureContext, named: Decision[str | None], imposer: str | None,
                    target: str | None) -> Decision[str | None]:
    """The measure of an amount a levy covers, when its clause names none: the one measure
    the sentence before names ("... retaliatory duties. $3 billion worth of them start
    Monday"), else, for another country's levy on the US, its retaliation."""
    if named.value in US_MEASURES and imposer not in (None, "US") and target == "US":
        # "Norway's reciprocal duties of 20% on US goods cover $3 billion of steel":
        # another country's levy on the US under a US measure's name is its retaliation
        return Decision("retaliatory", f"{named.value} is a US measure, and {imposer} "
                                       f"levies on the US")
    if named.value is not None:
        return named
    doc, i = fc.doc, fc.i
    if i > 0:
        prev = doc.sentences[i - 1]
        names = {m.value for m in own_measures(prev.text, prev.measures) if m.value != "fta"}
        if len(names) == 1:
            return Decision(names.pop(), "the one measure the sentence before names")
    if imposer not in (None, "US") and (target == "US" or US_GOODS_AFTER_RE.match(fc.text,
                                                                              fc.fig.end)):
        # "New duties on €4 billion ($4.4 billion) of US goods": the other side's levy
        return Decision("retaliatory", f"goods {imposer} levies on the US")
    return named


def listed_us_goods(fc: FigureContext, named: Decision[str | None], imposer: str | None,
                    target: str | None) -> Decision[str | None]:
    """"Lima's list covers $2 billion of copper, $1 billion of fish and $3 billion of other
    US goods": an amount of another country's with no partner or measure read, in a clause
    that calls an amount's goods American, is a part of its levy list on the US."""
    if named.value is not None or imposer in (None, "US") or target is not None:
        return named
    lo, hi = clause_bounds(fc.text, fc.fig.start, fc.fig.end)
    m = US_GOODS_LISTED_RE.search(fc.text, lo, hi)
    if m is None:
        return named
    return Decision("retaliatory", f"one of the goods {imposer} levies on, which its clause "
                                   f"calls American: {m.group(0)!r}")


#: a contrast that opens the clause after a figure's: ", while the rest ...", "whereas"
CONTRAST_AFTER_RE = skip.regex(r",?\s*(?:while|whereas)\s", re.IGNORECASE)


def _contrasted_after(s: str, c_hi: int, m: Mention) -> bool:
    """"36% of the goods pay the full 50% rate, while the rest are covered by separate
    sectoral duties": a measure named in a contrast clause after the figure's is the other
    goods', not the figure's."""
    return m.start >= c_hi and CONTRAST_AFTER_RE.match(s, c_hi) is not None


def _fentanyl_prior(doc: Doc, target: str | None) -> bool:
    """Whether a US levy on `target` with no measure named is, by the article's prior, the
    fentanyl (border) levy: on Canada, Mexico or China, when the article names fentanyl at
    least as often as the reciprocal rates; not in an article led by sector levies that
    names their Section 232 measure and never fentanyl ("New tariffs on lumber and
    cabinets", "national-security tariffs", then "What about Canada?"): there a neighbour's
    levy is the sector's."""
    if target in BORDER_TARGETS and doc.reciprocal == 0:
        return doc.fentanyl > 0 or not (_sector_lead(doc) and _names_sector_measure(doc))
    return target in FENTANYL_TARGETS and doc.fentanyl >= max(1, doc.reciprocal)


#: the verbs of makers paying a figure, with the article before it ("pay the", "facing a")
PAY_THE = r"(?:pay|pays|paid|paying|face|faces|faced|facing)\s+(?:the\s+|a\s+|an\s+)?$"
#: between the makers of a sector's goods and their figure: the words of paying it ("mills
#: continue to pay the", "mills have paid", "mills keep paying")
MAKERS_PAY_RE = skip.regex(r"\s+(?:[\w\-]+\s+){0,3}?" + PAY_THE, re.IGNORECASE)


def _sector_makers_pay(fc: FigureContext, c_lo: int) -> str | None:
    """The makers of a Section 232 sector's goods who pay the figure, as the subject of its
    clause ("Korean mills keep paying 50%", "Mills on the Continent pay 50 per cent";
    rules/lexicon.toml [measure_cues] sector_makers), or None."""
    s, fig = fc.text, fc.fig
    for m in cue_re("sector_makers").finditer(s, c_lo, fig.start):
        gap = s[m.end():fig.start]
        if MAKERS_PAY_RE.fullmatch(gap) or PLACE_THEN_PAY_RE.fullmatch(gap):
            return m.group(0)
    return None


#: "Mills on the Continent pay 50 per cent": a place between the makers and their verb
PLACE_THEN_PAY_RE = skip.regex(r"\s+(?:in|on|at)\s+(?:the\s+)?[\w\-]+\s+(?:[\w\-]+\s+){0,2}?"
                               + PAY_THE, re.IGNORECASE)


def _border_trio(sent: Sentence) -> bool:
    """Whether the sentence names Canada, Mexico and China, and no other partner: the
    three the border (fentanyl) levy hit, told together."""
    named = {c.value for c in sent.countries} - {"US"}
    return named == FENTANYL_TARGETS


#: partners whose US levy a pause or truce is of the reciprocal rate, never of the
#: fentanyl levy (China's fentanyl duty was cut, never suspended; Canada's and Mexico's
#: border levies were)
RECIPROCAL_PAUSE_TARGETS = frozenset({"CN"})
#: right before a date, the start of a truce: "that begins on", "starting"
PAUSE_BEGINS_BEFORE_RE = skip.regex(r"\b(?:begins?|began|begun|starts?|started|starting|"
                                    r"commenc\w*)\s+(?:on\s+)?$", re.IGNORECASE)


def _china_pause(fc: FigureContext, target: str | None) -> bool:
    """"The truce on Chinese goods runs another 90 days": a US levy on China that its
    sentence tells paused or in a truce is the reciprocal rate, so the article's fentanyl
    prior does not name it (rules/lexicon.toml pause_words)."""
    if target not in RECIPROCAL_PAUSE_TARGETS or not fc.sent.has("pause_words"):
        return False
    # the day a truce begins is the day its cut rates apply, the whole stack's, not the
    # day one paused rate comes back
    return not (fc.fig.quantity == "date"
                and PAUSE_BEGINS_BEFORE_RE.search(fc.text, max(0, fc.fig.start - 30),
                                                  fc.fig.start))


def _names_sector_measure(doc: Doc) -> bool:
    """Whether a sentence of the article names the Section 232 measure ("national-security
    tariffs on wood products")."""
    return any(m.value == "section_232" for sent in doc.sentences for m in sent.measures)


#: what sets a figure apart from the one before it: a combined word before these words
#: speaks of that other figure ("a ceiling of 15% instead of the 30% threatened")
ASIDE_RE = skip.regex(r"\b(?:instead of|rather than)\b", re.IGNORECASE)


def combined(fc: FigureContext) -> CombinedDecision:
    """Whether the text calls the rate cumulative ("a combined 45%", "the total tariff ...
    from 25% to 50%", "50% in total"): a combined word in the clause, at most 12 words before
    the figure (or its change partner) with no other rate in between, or right after it."""
    sent, fig, figs = fc.sent, fc.fig, fc.figs
    s = sent.text
    if not (sent.has("combined_words") or sent.has("combined_after")
            or sum(f.quantity == "percent" for f in figs) > 1):
        return CombinedDecision(False, "no combined word and no second rate")
    anchor = fig.start
    if fig.partner is not None and fig.partner.end <= fig.start:
        anchor = fig.partner.start
    lo, hi = clause_bounds(s, fig.start, fig.end)
    lo = max([lo] + [f.end for f in figs if f.end <= anchor and f is not fig
                     and f is not fig.partner and f.quantity == "percent"])
    aside = [m.end() for m in ASIDE_RE.finditer(s, lo, anchor)]
    if aside:  # "15% - an all-in ceiling - instead of the 30%": the ceiling is the other's
        lo = aside[-1]
    words = list(NONSPACE_RE.finditer(s[lo:anchor]))
    if len(words) > 12:
        lo += words[-12].start()
    after = " ".join(s[fig.end:hi].split()[:3])
    before = TOTAL_VERB_RE.sub(" ", s[lo:anchor])  # "a tariff which might total 200%"
    caps = cue_re("cap_words")
    if ctx.has("combined_words", before) and combined_part(fc):
        return CombinedDecision(False, "a part of the combined rate told before it, another "
                                       "part added after it")
    if ctx.has("combined_words", before):
        cap = not ctx.has("combined_words", caps.sub(" ", before))
        return CombinedDecision(True, f"a combined word before it: {before.strip()!r}", cap)
    if ctx.scope_regex("combined_after").match(after):
        cap = not ctx.scope_regex("combined_after").match(caps.sub(" ", after).strip())
        return CombinedDecision(True, f"a combined word after it: {after!r}", cap)
    if SUM_AFTER_RE.match(s, fig.end, hi):  # "27.5%, the 25% duty plus the levy"
        return CombinedDecision(True, "spelled out as a sum after it")
    if includes_rate_re().match(s, fig.end, hi):  # "50% tariffs, including a 25% penalty"
        return CombinedDecision(True, "another rate after it is part of it")
    return CombinedDecision(False, "no combined word next to it")


def combined_part(fc: FigureContext) -> bool:
    """Whether the rate is a part spelled out in apposition to a combined rate ("The
    combined rate, a 10% baseline plus a 40% surcharge, ..."): it keeps the measure named
    next to it, and the partner of the combined rate it is part of."""
    s, fig = fc.text, fc.fig
    lo, hi = clause_bounds(s, fig.start, fig.end)
    before = s[max(lo, fig.start - 80):fig.start]
    return bool(APPOSITION_END_RE.search(before) and ctx.has("combined_words", before)
                and PART_AFTER_RE.match(s, fig.end, hi))


def combined_rate(fc: FigureContext, got: MeasureDecision,
                  product: str | None) -> CombinedDecision:
    """Whether a tariff rate is the sum of several measures, so that it takes none: the
    text calls it combined (unless a word names a sector measure next to it), or a sector
    product is "covered by the same 15% rate" as everything else."""
    if got.value not in (None, "reciprocal", "baseline") and got.named:
        return CombinedDecision(False, f"its own measure is named: {got.value}")
    said = combined(fc)
    if said.value and got.value == "section_232" \
            and product in ctx.section_232_products() and not _spelled_out(fc):
        # "Japanese cars now pay 15% in total", "a combined 15 per cent on vehicles": the
        # all-in rate of one Section 232 sector is what readers key to that sector's levy
        # (the all-in 27.5% and the bare 25% are one fact told two ways), so it keeps the
        # sector's measure and does not make the country's rate of that value combined
        # (a rate spelled out as the sum of its measures right after it stays combined, and
        # so does one sector's ceiling: "cars will fall under the 15% ceiling")
        return CombinedDecision(False, f"the all-in rate of {product}, a Section 232 sector "
                                       f"({said.evidence})")
    if said.value and said.cap and product in (None, "all") and got.value == "reciprocal":
        # "the US tariff on most EU goods will be capped at 15%": a ceiling on one
        # partner's goods of every kind is that partner's (reciprocal) rate
        return CombinedDecision(False, f"a ceiling on one partner's goods ({said.evidence})")
    if said.value and said.cap and product not in (None, "all"):
        # one sector's ceiling ("cars fall under the 15% ceiling") is that sector's all-in
        # rate: the other mentions of its value stay combined with it
        return CombinedDecision(True, said.evidence)
    if said.value:
        return said
    s, fig = fc.text, fc.fig
    if product in ctx.section_232_products() and not got.named \
            and SAME_RATE_RE.search(s[max(0, fig.start - 20):fig.start]) \
            and not _same_as_sector_rate_before(fc):
        return CombinedDecision(True, f"{product} under the same rate as everything else")
    return said


def _same_as_sector_rate_before(fc: FigureContext) -> bool:
    """Whether "the same" rate points back to a Section 232 levy of that value the sentence
    before tells ("A 25 percent Section 232 duty applies to parts ... Finished vehicles have
    carried the same 25 percent since April 3"): the sector's levy, not a country's rate."""
    if fc.i == 0:
        return False
    prev = fc.doc.sentences[fc.i - 1]
    return any(m.value == "section_232" for m in prev.measures) and any(
        f.quantity == "percent" and f.value == fc.fig.value
        for f in fc.doc.figures_at(fc.i - 1))


def _spelled_out(fc: FigureContext) -> bool:
    """Whether the rate is spelled out as a sum right after it ("27.5%, the 25% duty plus
    the standard levy") or told to include another ("40%, including a 25% charge")."""
    s, fig = fc.text, fc.fig
    hi = clause_bounds(s, fig.start, fig.end)[1]
    return bool(SUM_AFTER_RE.match(s, fig.end, hi) or includes_rate_re().match(s, fig.end, hi))


#: at most so many words between an offset word and the first rate after it ("an offset
#: worth | 3.75%"); the offset word among the few words right after a rate ("3.75% | parts
#: offset")
OFFSET_BEFORE_WORDS = 8
OFFSET_AFTER_WORDS = 3


def levy_offset(fc: FigureContext) -> str | None:
    """The offset word that makes a share a part of a vehicle's price US assemblers may claim
    back against the Section 232 levy ("can claim an offset worth 3.75% of a car's value,
    and 2.5% in the second year"; rules/lexicon.toml [measure_cues] levy_offset): before the
    figure in its clause, a few words before the first rate after it (the steps of a list
    follow), or right after the figure ("the 3.75% parts offset"), in a sentence naming a
    Section 232 sector's goods. None otherwise: such a share is no partner's flow."""
    s, fig, sent = fc.text, fc.fig, fc.sent
    if fig.quantity != "percent" \
            or not any(p.value in ctx.section_232_products() for p in sent.products):
        return None
    lo, hi = clause_bounds(s, fig.start, fig.end)
    tail = s[fig.end:hi].split()[:OFFSET_AFTER_WORDS]
    after = cue_re("levy_offset").search(" ".join(tail))
    if after is not None:
        return after.group(0)
    rates = [f for f in fc.figs if f.quantity == "percent" and lo <= f.start <= fig.start]
    for m in cue_re("levy_offset").finditer(s, lo, fig.start):
        first = next((f for f in rates if f.start >= m.end()), None)
        if first is not None and len(s[m.end():first.start].split()) <= OFFSET_BEFORE_WORDS:
            return m.group(0)
    return None


def flow_measure(fc: FigureContext) -> Decision[str | None]:
    """The one measure a flow's clause names ("counter-tariffs on C$30 billion"); an offset
    claimed back against a sector's levy is that levy's (`levy_offset`)."""
    s, fig = fc.text, fc.fig
    if (offset := levy_offset(fc)) is not None:
        return Decision("section_232", f"a share claimed back against a Section 232 "
                                       f"levy: {offset!r}")
    lo, hi = clause_bounds(s, fig.start, fig.end)
    named = {m.value for m in ctx.find_measures(s[lo:hi]) if m.value != "fta"}
    if len(named) == 1:
        return Decision(named.pop(), "the one measure its clause names")
    return Decision(None, "no single measure in its clause")

