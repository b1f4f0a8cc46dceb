"""Imposer, target, product, measure and status of one bound figure.

Each attribute is its own step (parties, product, measure, status); this module only
says in which order they are asked for each kind of figure, since some read another's
answer (a levy's measure depends on its parties and product; its status on its measure).
"""

from __future__ import annotations

from dataclasses import dataclass

from tracker.extract import context as ctx
from tracker.extract import status_rules
from tracker.extract.context import Mention
from tracker.extract.decision import Decision
from tracker.extract.document import FigureContext
from tracker.extract.measure import (
    BASELINE_PERIOD_EVIDENCE,
    LEVY_WORD_RE,
    MeasureDecision,
    combined_rate,
    covered_amount,
    covered_measure,
    flow_measure,
    listed_us_goods,
    measure,
    sector_goods,
)
from tracker.extract.metric import FOREIGN_GOODS_BOUGHT_RULES, Binding
from tracker.extract.parties import (
    GROUP,
    US_BY_DEFAULT,
    Parties,
    Party,
    baseline_target,
    economy_wide_target,
    every_origin_target,
    firm_country,
    flow_parties,
    home_currency_parties,
    levy_parties,
    levy_target_fallback,
    levy_valued,
    named_retaliation_parties,
    paid_by_goods,
    pause_target,
    pledged_change_target,
    retaliation_amount_target,
    retaliation_target,
    unfocused_target,
)
from tracker.extract.product import (
    ONE_KIND_EVIDENCE,
    RATE_ALL_GOODS_MEASURES,
    Product,
    all_goods_default,
    firm_goods,
    headline_goods,
    lead_sector_goods,
    product,
    unit_charge_goods,
)
from tracker.extract.sentences import clause_bounds
from tracker.extract.status import date_status, pause_status, status
from tracker.lexicon import commodity_names

#: measures under which a date or pause with no product named is about all goods: those of
#: a rate (product.RATE_ALL_GOODS_MEASURES, the one list, so a measure added there reaches
#: dates too), less no measure named and "retaliatory", which the date steps never had
ALL_GOODS_DATE_MEASURES = tuple(m for m in RATE_ALL_GOODS_MEASURES
                                if m not in (None, "retaliatory"))


@dataclass(unsafe_hash=True, slots=True)
class Attributes:
    """Every attribute of a figure, each with its evidence, and how its measure was
    found (what the article passes check again once all claims are read). Never changed
    once made; not frozen only for speed (as Decision)."""

    imposer: Decision[str | None]
    target: Decision[str | None]
    product: Decision[str | None]
    measure: Decision[str | None]
    status: Decision[str | None]
    #: the text calls the rate combined (the sum of several measures), not only capped
    combined: bool = False
    #: a word next to the figure names its measure / the measure is the article's prior
    measure_named: bool = False
    measure_guessed: bool = False


def _no_group(target: Party) -> Party:
    """A group of partners ("roughly 60 partners") has no single target."""
    return Decision(None, target.evidence) if target.value == GROUP else target


def of_levy_rate(fc: FigureContext, binding: Binding) -> Attributes:
    """A tariff or tax rate."""
    metric, cue = binding.metric, binding.cue
    goods = product(fc, cue, True)
    parties = levy_parties(fc, metric)
    imposer = parties.imposer
    target = parties.target
    if metric == "tariff_rate":
        # (goods read only as the one kind its sentence names say no sector's partners:
        # "vehicles are to fall from 27.5%" in a Japan story is Japan's rate)
        target = levy_target_fallback(
            target, imposer.value,
            None if ONE_KIND_EVIDENCE in goods.evidence else goods.value, fc.doc,
            paid_by_goods(fc))
    target = _no_group(target)
    if metric != "tariff_rate":
        return Attributes(imposer, target, goods, Decision(None, "a tax has no measure"),
                          status(fc, None, metric))
    got = measure(fc, cue, imposer.value, target.value, goods.value)
    answered = named_retaliation_parties(fc, Parties(imposer, target), got.value, got.named)
    imposer, target = answered.imposer, answered.target
    how = combined_rate(fc, got, goods.value)
    chosen: Decision[str | None] = Decision(None, how.evidence) if how.value else got
    sentence_target = parties.target.value or None
    target = baseline_target(fc, target, sentence_target, imposer.value, chosen.value,
                             chosen.evidence.startswith(BASELINE_PERIOD_EVIDENCE))
    goods = all_goods_default(sector_goods(fc, chosen, goods), chosen.value)
    target = retaliation_target(fc, target, imposer.value, chosen.value)
    target = every_origin_target(fc, target, imposer.value, goods.value)
    target = economy_wide_target(fc, target, imposer.value)
    target = unfocused_target(fc, target, imposer.value)
    return Attributes(imposer, target, goods, chosen, status(fc, chosen.value, metric),
                      combined=how.value and not how.cap, measure_named=got.named,
                      measure_guessed=got.guessed)


#: the rules whose amounts are a levy's own charge per unit (a port fee per net ton): such an
#: amount has a levy's parties, product, measure and status, as its rate would
UNIT_CHARGE_RULES = frozenset({"money-fee-unit"})


#: the rules whose amounts are what a levy costs those who pay it (a firm's tariff bill):
#: with no country in its sentence, such an amount has the levy's parties, not a country
#: the sentence before names
LEVY_COST_RULES = frozenset({"money-tariff-cost", "money-tariff-cost-right"})


def of_flow(fc: FigureContext, binding: Binding) -> Attributes:
    """A flow, change, share or amount (exports, surplus, investment ...)."""
    if binding.rule.id in UNIT_CHARGE_RULES:
        return _of_unit_charge(fc, binding)
    home = firm_country(fc) if binding.metric == "investment" \
        or binding.rule.id in LEVY_COST_RULES else None
    levy_cost = False  # a cost named by its levy, with the levy's parties
    if home is not None:
        # a carmaker's hit put "at" a sum, a drugmaker's pledge told as a "commitment":
        # the firm's country pays or pledges, to or under the US
        parties = Parties(Decision(home, "the home country of the firm before it"),
                          Decision("US" if home != "US" or binding.metric == "investment"
                                   else None, "a firm's pledge goes to the US, its tariff "
                                   "cost is the US levy's (none for a US firm's)"))
    elif (binding.rule.id in LEVY_COST_RULES and binding.cue is not None
          and _cost_of_a_levy(fc, binding.cue)) \
            or (binding.metric == "other_amount" and levy_valued(fc)):
        # "the firm took a $700 million tariff charge", "tariffs cost it $85 million", "the
        # duty on that crate would be about $900": a cost named by its levy has the levy's
        # parties (the US by default)
        parties = levy_parties(fc, "tariff_rate")
        levy_cost = True
    else:
        parties = flow_parties(fc, binding.metric)
        if binding.rule.id in US_GOODS_BOUGHT_RULES:
            parties = _us_sold(parties)
        elif binding.rule.id in FOREIGN_GOODS_BOUGHT_RULES and binding.metric == "exports":
            parties = _seller_of_bought(fc, binding.cue)
    named = flow_measure(fc)
    goods = product(fc, binding.cue, False)
    if binding.metric == "investment" or binding.rule.id in LEVY_COST_RULES:
        goods = firm_goods(fc, goods)  # a drugmaker's "commitment": pharmaceuticals
    if binding.rule.id in PLEDGE_VALUE_RULES:
        goods = _pledged_goods(fc, goods)
    if binding.metric not in COUNTRY_TOTAL_METRICS:
        goods = headline_goods(fc, goods, binding.rule.id in LEVY_COST_RULES)
    if levy_cost:
        goods = lead_sector_goods(fc, goods)
        named = _sector_cost_measure(named, parties.imposer.value, goods.value)
        if parties.imposer.value == "US" and parties.target.value is None:
            # "US tariffs cost it 1.8 trillion won" in a story about one partner's carmaker:
            # the levy's partner past the sentence, as for a date of that levy
            parties = Parties(parties.imposer, levy_target_fallback(
                parties.target, "US", goods.value, fc.doc, paid=True))
        named = _partner_cost_measure(fc, binding, named, parties, goods.value)
    if fc.fig.quantity == "money" and binding.metric == "other_amount":
        named = listed_us_goods(fc, named, parties.imposer.value, parties.target.value)
    if named.value == "retaliatory" and fc.fig.quantity == "money":
        # "the EUR 21 billion response to the metals tariffs": a retaliation's list in the
        # answering side's own currency is that side's
        parties = home_currency_parties(fc, parties)
    if fc.fig.quantity == "money" and covered_amount(fc.text, fc.fig.start, fc.fig.end):
        # the goods a levy covers: the levy's measure and status (article_passes copies
        # those of a rate that states it)
        named = covered_measure(fc, named, parties.imposer.value, parties.target.value)
        target = retaliation_amount_target(fc, parties, named.value)
        return Attributes(parties.imposer, target, goods, named,
                          status(fc, named.value, "tariff_rate"))
    when = status(fc, named.value, binding.metric)
    # an estimate the firm gave earlier, told in the past perfect ("had warned in July that
    # tariffs would cost $60 million"): a bill since revised (rules/status.toml)
    if levy_cost and status_rules.earlier_estimate_re().search(fc.text, 0, fc.fig.start):
        when = Decision("previous", "a firm's earlier estimate of its bill ('had warned')")
    target = pledged_change_target(fc, parties, binding.metric, when.value)
    target = retaliation_amount_target(fc, Parties(parties.imposer, target), named.value)
    return Attributes(parties.imposer, target, goods, named, when)


#: the metrics of a country's totals and pledges (its trade balance, customs receipts, an
#: investment pledge): no firm's figure, so not on the goods a headline names
COUNTRY_TOTAL_METRICS = frozenset({"trade_deficit", "trade_surplus", "revenue", "investment"})


#: the rules whose amounts value goods a partner pledged to buy, told before the sum
PLEDGE_VALUE_RULES = frozenset({"money-purchase-value"})
#: how many sentences back the goods of a pledge valued later may stand
PLEDGE_GOODS_REACH = 2


def _pledged_goods(fc: FigureContext, got: Product) -> Product:
    """The goods of a pledge's sum told by a valuation verb with no goods of its own ("At
    today's prices that lot is worth $600 million"): the goods named last before it, in its
    sentence or the PLEDGE_GOODS_REACH sentences before, where the pledge to buy them is
    told ("agreed to buy 2 million tons of US wheat"). A pledge to buy is keyed by
    its sector, not by a commodity named alone ("12 million tons of soybeans": agriculture,
    as the pledges' other sums are)."""
    if got.value is not None and got.value not in commodity_names():
        return got
    own = [p for p in fc.sent.products if p.end <= fc.fig.start]
    if own:
        return Decision(own[-1].value, f"the goods named before the sum: {own[-1].value}")
    for k in range(fc.i - 1, max(-1, fc.i - 1 - PLEDGE_GOODS_REACH), -1):
        named = fc.doc.sentences[k].products
        if named:
            return Decision(named[-1].value, f"the goods of the pledge {fc.i - k} "
                                             f"sentence(s) before: {named[-1].value}")
    return got


#: the rules whose amounts are American goods a buyer bought: the US sold them
US_GOODS_BOUGHT_RULES = frozenset({"money-bought-us-goods"})


def _seller_of_bought(fc: FigureContext, cue: Mention | None) -> Parties:
    """"China bought C$5 billion of Canadian canola", read as exports: the country of the
    goods (the cue) sold them, the buyer (whom the imports' reading makes the owner) bought
    them."""
    bought = flow_parties(fc, "imports")
    seller = cue.value if cue is not None and cue.value else bought.target.value
    return Parties(Decision(seller, "the country of the goods bought: it sold them"),
                   Decision(bought.imposer.value if bought.imposer.value != seller else None,
                            "the buyer of its goods"))


def _us_sold(parties: Parties) -> Parties:
    """"China bought $12.6 billion of American soybeans": the buyer read as the one that
    trades is the market the US exported to, the US the exporter."""
    buyer = parties.imposer.value
    if buyer in (None, "US"):
        return Parties(Decision("US", "American goods bought: the US sold them"),
                       parties.target if parties.target.value != "US" else Decision(None, ""))
    return Parties(Decision("US", "American goods bought: the US sold them"),
                   Decision(buyer, "the buyer of American goods"))


def _sector_cost_measure(named: Decision[str | None], imposer: str | None,
                         goods: str | None) -> Decision[str | None]:
    """The measure of a firm's bill from a US levy on one Section 232 sector ("the doubled
    US duties on steel will cost it $85 million"): that sector's levy, as for its rate,
    when the clause names no measure of its own."""
    if named.value is None and imposer == "US" and goods in ctx.section_232_products():
        return Decision("section_232", f"a US levy's cost on {goods}, a Section 232 sector")
    return named


def _partner_cost_measure(fc: FigureContext, binding: Binding, named: Decision[str | None],
                          parties: Parties, goods: str | None) -> Decision[str | None]:
    """The measure of what a US levy on all of one partner's goods costs, when nothing
    names it ("At 12%, that came to about $50 million a year in duty" after a sentence on
    Peru's coffee sales): the measure a rate of that levy would take (`measure`), as a
    sector's bill takes its sector's levy (`_sector_cost_measure`); not a bill with no
    partner read (a firm's duties on goods of many origins), nor one whose sentence names
    goods (a maker's bill on its own goods, whose levy may be a sector's)."""
    if named.value is not None or parties.imposer.value != "US" \
            or parties.target.value in (None, "*", "US") or goods not in (None, "all"):
        return named
    got = measure(fc, binding.cue, "US", parties.target.value, goods)
    if got.value is None:
        return named
    return Decision(got.value, f"the measure of the levy it costs: {got.evidence}")


def _cost_of_a_levy(fc: FigureContext, cue: Mention) -> bool:
    """Whether a firm's cost is named by its levy: in the cue ("a $700 million tariff
    charge", no country in the sentence), or as the subject of a cost verb in the cue's
    clause ("tariffs cost it $85 million", "the duties will cost about $300 million", a
    country before it only as the levy's own: "US tariffs would cost it")."""
    if LEVY_WORD_RE.search(cue.value):
        return not fc.sent.countries
    lo = clause_bounds(fc.text, cue.start, cue.end)[0]
    levy = list(LEVY_WORD_RE.finditer(fc.text, lo, cue.start))
    return bool(levy) and not any(c.start >= levy[-1].end() and c.end <= fc.fig.start
                                  for c in fc.sent.countries)


def _of_unit_charge(fc: FigureContext, binding: Binding) -> Attributes:
    """A charge per unit of what a levy hits ("$50 per net ton" of a ship calling at port):
    who levies it on whose ships, under which measure and since when, read as for a rate
    of that levy."""
    goods = product(fc, binding.cue, True)
    first = next((f for f in fc.figs if f.quantity == "money"), fc.fig)
    if goods.value is None and first is not fc.fig:
        # "$40 per net ton, going up by $20 each year": the steps are the first fee's
        other = product(FigureContext(fc.doc, fc.i, first, fc.figs), binding.cue, True)
        if other.value is not None:
            goods = Decision(other.value, f"the goods of the sentence's first charge "
                                          f"({other.evidence})")
    goods = unit_charge_goods(goods)
    parties = levy_parties(fc, "tariff_rate")
    if parties.imposer.evidence == US_BY_DEFAULT:
        parties = home_currency_parties(fc, parties)
    imposer = parties.imposer
    target = _no_group(levy_target_fallback(parties.target, imposer.value, goods.value,
                                            fc.doc))
    got = measure(fc, binding.cue, imposer.value, target.value, goods.value)
    target = retaliation_target(fc, target, imposer.value, got.value)
    target = unfocused_target(fc, target, imposer.value)
    return Attributes(imposer, target, goods, got, status(fc, got.value, "tariff_rate"),
                      measure_named=got.named, measure_guessed=got.guessed)


def _wall_goods(goods: Decision[str | None], imposer: str | None, target: str | None,
                measure: str | None) -> Decision[str | None]:
    """"The new rates take effect on Jan. 1", told of a partner's own tariff wall on every
    origin (no measure of the US's): with no goods named, the date is the wall's on all
    goods, as the wall's rates are (a rate with no measure and no goods is on all goods)."""
    if goods.value is None and measure is None and target == "*" \
            and imposer not in (None, "US"):
        return Decision("all", "no goods named for a partner's levy on every origin")
    return goods


def of_date_or_pause(fc: FigureContext, levy_bound: bool) -> Attributes:
    """A measure's effective date or a pause length: the levy's parties, measure and
    product, as for a tariff rate of the same sentence."""
    parties = levy_parties(fc, "tariff_rate")
    imposer = parties.imposer
    target = _no_group(levy_target_fallback(parties.target, imposer.value, None, fc.doc))
    named_goods = product(fc, None, True)
    # the goods its sentence names say the measure as for a rate ("Since April 2, cars have
    # paid 25% under Section 232": a sector's date is the sector measure's)
    got: MeasureDecision = measure(fc, None, imposer.value, target.value, named_goods.value)
    target = pause_target(fc, target, imposer.value, levy_bound)
    target = every_origin_target(fc, target, imposer.value, named_goods.value)
    goods = all_goods_default(sector_goods(fc, got, named_goods), got.value,
                              ALL_GOODS_DATE_MEASURES)
    goods = _wall_goods(goods, imposer.value, target.value, got.value)
    target = unfocused_target(fc, target, imposer.value)
    if fc.fig.quantity == "date":
        when = date_status(fc)
    else:
        when = pause_status(fc)
    return Attributes(imposer, target, goods, got, when, measure_named=got.named,
                      measure_guessed=got.guessed)
