"""Imposer, target, product, measure and status of one bound figure.

Each attribute is its own step (parties, product, measure, status); this module only
says in which order they are asked for each kind of figure, since some read another's
answer (a levy's measure depends on its parties and product; its status on its measure).
"""

from __future__ import annotations

from dataclasses import dataclass

from tracker.extract.decision import Decision
from tracker.extract.document import FigureContext
from tracker.extract.measure import (
    MeasureDecision,
    combined_rate,
    covered_amount,
    covered_measure,
    flow_measure,
    listed_us_goods,
    measure,
    sector_goods,
)
from tracker.extract.metric import Binding
from tracker.extract.parties import (
    GROUP,
    Parties,
    Party,
    baseline_target,
    economy_wide_target,
    every_origin_target,
    flow_parties,
    levy_parties,
    levy_target_fallback,
    pause_target,
    pledged_change_target,
    retaliation_amount_target,
    retaliation_target,
)
from tracker.extract.product import all_goods_default, product
from tracker.extract.status import date_status, pause_status, status

#: measures under which a date or pause with no product named is about all goods
ALL_GOODS_DATE_MEASURES = ("reciprocal", "baseline", "fentanyl")


@dataclass(frozen=True)
class Attributes:
    """Every attribute of a figure, each with its evidence, and how its measure was
    found (what the article passes check again once all claims are read)."""

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
        target = levy_target_fallback(target, imposer.value, goods.value, fc.doc)
    target = _no_group(target)
    if metric != "tariff_rate":
        return Attributes(imposer, target, goods, Decision(None, "a tax has no measure"),
                          status(fc, None, metric))
    got = measure(fc, cue, imposer.value, target.value, goods.value)
    how = combined_rate(fc, got, goods.value)
    chosen: Decision[str | None] = Decision(None, how.evidence) if how.value else got
    sentence_target = parties.target.value or None
    target = baseline_target(fc, target, sentence_target, imposer.value, chosen.value)
    goods = all_goods_default(sector_goods(fc, chosen, goods), chosen.value)
    target = retaliation_target(fc, target, imposer.value, chosen.value)
    target = every_origin_target(fc, target, imposer.value, goods.value)
    target = economy_wide_target(fc, target, imposer.value)
    return Attributes(imposer, target, goods, chosen, status(fc, chosen.value, metric),
                      combined=how.value and not how.cap, measure_named=got.named,
                      measure_guessed=got.guessed)


def of_flow(fc: FigureContext, binding: Binding) -> Attributes:
    """A flow, change, share or amount (exports, surplus, investment ...)."""
    parties = flow_parties(fc, binding.metric)
    named = flow_measure(fc)
    goods = product(fc, binding.cue, False)
    if fc.fig.quantity == "money" and binding.metric == "other_amount":
        named = listed_us_goods(fc, named, parties.imposer.value, parties.target.value)
    if fc.fig.quantity == "money" and covered_amount(fc.text, fc.fig.start, fc.fig.end):
        # the goods a levy covers: the levy's measure and status (article_passes copies
        # those of a rate that states it)
        named = covered_measure(fc, named, parties.imposer.value, parties.target.value)
        target = retaliation_amount_target(fc, parties, named.value)
        return Attributes(parties.imposer, target, goods, named,
                          status(fc, named.value, "tariff_rate"))
    when = status(fc, named.value, binding.metric)
    target = pledged_change_target(fc, parties, binding.metric, when.value)
    target = retaliation_amount_target(fc, Parties(parties.imposer, target), named.value)
    return Attributes(parties.imposer, target, goods, named, when)


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
    if fc.fig.quantity == "date":
        when = date_status(fc)
    else:
        when = pause_status(fc)
    return Attributes(imposer, target, goods, got, when, measure_named=got.named,
                      measure_guessed=got.guessed)
