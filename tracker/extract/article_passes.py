"""Steps over all the claims of a sentence or an article, once each claim is read.

Some attributes are only settled by what the other claims say: the old value of a
change speaks of the same fact as the new one; a date speaks of the rate just before
it; a rate the article calls combined elsewhere is that combined rate; an unnamed rate
beside a stated fentanyl rate is the other programme's. Each step takes the findings
and returns new ones (claims are replaced, never changed in place).
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable
from dataclasses import dataclass, fields, replace

from tracker.extract import context as ctx
from tracker.extract import skip, status_rules
from tracker.extract.measure import BORDER_TARGETS, covered_amount
from tracker.extract.metric import LEVY_RATE_METRICS
from tracker.extract.parties import PARTNER_GROUP_RE, date_of_both_sides, reason_countries
from tracker.extract.sentences import Sentence
from tracker.models import Claim

Key = tuple[int, int]  # (sentence index, figure start): a figure's identity in its article


@dataclass
class Found:
    """A claim with what the passes need to know of how it was found. Never changed once
    made (the passes make new ones: `_with`, `replace`); not frozen only because a frozen
    dataclass's `__init__` sets each of its 15 fields through `object.__setattr__` (h261-1)."""

    claim: Claim
    key: Key
    end: int  # the figure's end in its sentence
    role: str | None  # "previous": the old value of a change
    partner: Key | None  # the other value of its change
    measure_named: bool  # a word next to the figure names its measure
    measure_guessed: bool  # its measure is the article's prior (fentanyl)
    #: (imposer, target, value) when the text calls the rate combined
    combined_key: tuple[str | None, str | None, float] | None = None
    status_quo: bool = False  # "have paid 27.5% since April"
    bare: bool = False  # its sentence names no measure
    rate_of_date: Key | None = None  # for a date: the rate whose date it is
    own_goods: bool = False  # for such a date: it keeps its goods (named between them)
    points: bool = False  # a levy's suspended points ("24 points suspended")
    weak_present: bool = False  # in force by a bare present alone ("Chile faces 22%")

    @property
    def start(self) -> int:
        return self.key[1]


#: every field of a Claim, in order (Claim(*_CLAIM_VALUES(c)) is a copy of c)
_CLAIM_VALUES = operator.attrgetter(*(f.name for f in fields(Claim)))


def _with(f: Found, **changes: object) -> Found:
    """`f` with its claim's `changes`: new objects, as dataclasses.replace makes them
    (which costs ~3 times more: it walks the fields and builds keywords for each)."""
    claim = Claim(*_CLAIM_VALUES(f.claim))
    for name, value in changes.items():
        setattr(claim, name, value)  # (a slot: a name that is no field fails)
    new = object.__new__(Found)  # (no __post_init__: its fields, one replaced)
    new.__dict__.update(f.__dict__)
    new.__dict__["claim"] = claim
    return new


# ------------------------------------------------------------------- sentence passes
def old_value_shares_fact(found: list[Found]) -> list[Found]:
    """"from 25% to 15%": the old value has the new one's imposer, target, product and
    measure (one sentence's findings, in order)."""
    out = list(found)
    by_key = {f.key: k for k, f in enumerate(out)}
    for k, f in enumerate(out):
        j = by_key.get(f.partner) if f.partner is not None else None
        other = out[j].claim if j is not None else None
        if f.role == "previous" and other is not None and other.metric == f.claim.metric:
            out[k] = _with(f, imposer=other.imposer, target=other.target,
                           product=other.product, measure=other.measure)
    return out


def points_share_their_levy(found: list[Found]) -> list[Found]:
    """A levy's suspended points ("Beijing's tariff stands at 10%, after it suspended 24
    points") are part of the levy rate its sentence tells: that rate's imposer and target
    (the one before them, else the first after). One sentence's findings, in order."""
    out = list(found)
    for k, f in enumerate(out):
        if not f.points:
            continue
        rates = [g for g in out if not g.points and g.claim.metric in LEVY_RATE_METRICS
                 and g.claim.imposer is not None]
        prior = [g for g in rates if g.end <= f.start]
        g = prior[-1] if prior else next(iter(rates), None)
        if g is not None:
            out[k] = _with(f, imposer=g.claim.imposer, target=g.claim.target)
    return out


#: a start date followed by the changes it brings: "took effect on Monday, slashing ..."
CHANGES_IT_MAKES_RE = skip.regex(
    r",\s*(?:slashing|cutting|lowering|reducing|raising|lifting|removing|eliminating|"
    r"halving|doubling|scrapping|bringing)\b", re.IGNORECASE)


#: what sets goods after a rate apart from its levy's own phrase: "12%, with trucks ...",
#: "... on cars begins June 2; their parts on July 1"
#: between a date and the one levy rate after it, a contrast that sets that rate apart
#: ("will remove its counter-tariffs on pact goods as of Sept. 1, ..., while keeping its 25
#: per cent levies on steel"): the rate is what stays, not what the day starts (h295-5)
KEPT_APART_RE = skip.regex(r"\b(?:while|whereas|but)\b", re.IGNORECASE)
OWN_ITEM_RE = skip.regex(r"[,;:]|\b(?:and|with|while|but|whereas)\b", re.IGNORECASE)


def dates_of_rates(found: list[Found], sent: Sentence) -> list[Found]:
    """A date speaks of the levy rate just before it in its sentence (else of the one levy
    rate after it), unless another country, measure or group of partners stands between
    them ("... 25% on Japan, and Korea's deadline is Aug. 1")."""
    out = list(found)
    for k, f in enumerate(out):
        c = f.claim
        if c.metric != "effective_date":
            continue
        if c.status == "previous" and _old_rates(out):
            # "down from the 25% charged since April 3": an old day speaks of the old rate
            # right before it, or of none (a sentence with no old rate: a plan overtaken,
            # "the 25% duty on trucks, first promised for Oct. 1", is the levy's own day)
            rates = [g for g in _old_rates(out) if g.end <= f.start]
            if not rates:
                continue
        else:
            rates = [g for g in out if g.claim.metric in LEVY_RATE_METRICS
                     and g.claim.status != "previous"] or _old_rates(out)
        if not rates:
            # "Its surtaxes on C$29.8 billion of American steel, in force since March 13":
            # with no rate in its sentence, a date speaks of the levy whose goods it covers
            rates = [g for g in out if g.claim.kind == "amount" and g.claim.imposer is not None
                     and covered_amount(sent.text, g.start, g.end)]
        prior = [g for g in rates if g.end <= f.start]
        if prior:
            g = prior[-1]
            # "the US rate at 30% and China's rate at 10% until Nov. 10": both sides' date,
            # keyed to the first side (the first mention)
            sides = [h for h in prior if (h.claim.imposer, h.claim.target)
                     == (g.claim.target, g.claim.imposer) and h.claim.imposer is not None]
            if sides and date_of_both_sides(sent.text, sides[-1].end, g.start, f.start):
                g = sides[-1]
            lo, hi = g.end, f.start
        elif (len(rates) == 1 or (rates and CHANGES_IT_MAKES_RE.search(
                sent.text, f.end, rates[0].start))) \
                and not KEPT_APART_RE.search(sent.text, f.end, rates[0].start):
            # "Since April 2, cars have paid a 25% tariff": the one rate after it; "the
            # deal took effect Monday, cutting tariffs on cars to 10% and ...": the first
            # change it makes
            g = rates[0]
            lo, hi = f.end, g.start
        else:
            continue
        r = g.claim
        reasons = reason_countries(sent)  # "linked to Russian oil" is no other party
        if any(lo <= m.start < hi and m.value not in (r.imposer, r.target)
               and m.start not in reasons for m in sent.countries) or any(
                lo <= m.start < hi and m.value != r.measure for m in sent.measures) \
                or PARTNER_GROUP_RE.search(sent.text, lo, hi):
            continue
        # "12% on Peruvian goods, with trucks added on June 9": the date of the rate's
        # parties, but of the goods named between them in a clause or item of their own
        # (not the goods that name the rate's levy: "an extra oil-linked duty from June 9")
        own = c.product not in (None, "all", r.product) and any(
            lo <= m.start < hi and m.value == c.product
            and OWN_ITEM_RE.search(sent.text, lo, m.start) for m in sent.products)
        out[k] = replace(f, rate_of_date=g.key, own_goods=own)
    return out


def _old_rates(found: list[Found]) -> list[Found]:
    """With no rate in force in its sentence, a date speaks of the old rates' levy ("the
    metal paid 10% until March 12, when ...": the day is the levy's, its parties, goods and
    measure; the date's own status is its own): the sentence's levy rates told previous."""
    return [g for g in found if g.claim.metric in LEVY_RATE_METRICS
            and g.claim.status == "previous"]


#: what stands between an amount and its conversion in brackets: "C$30 billion ($21
#: billion)", "C$30bn (£16bn; $21bn)"
CONVERSION_GAP_RE = skip.regex(r"\s*[(;,/]\s*$")


def covered_amounts_take_their_levy(found: list[Found], sent: Sentence) -> list[Found]:
    """"a 25% duty on C$30 billion ($21 billion) worth of goods": the amount a levy covers
    has the measure and status of the levy rate before it in the sentence, where its own
    clause leaves them open; a conversion in brackets has its amount's."""
    out = list(found)
    s = sent.text
    covered: list[int] = []
    for k, f in enumerate(out):
        c = f.claim
        if c.kind != "amount":
            continue
        prev = out[covered[-1]] if covered else None
        if prev is not None and prev.end <= f.start \
                and CONVERSION_GAP_RE.match(s, prev.end, f.start):
            src = prev.claim
        elif covered_amount(s, f.start, f.end):
            rates = [g.claim for g in out[:k] if g.claim.metric in LEVY_RATE_METRICS
                     and g.claim.status != "previous" and g.end <= f.start]
            src = rates[-1] if rates else None
        else:
            continue
        covered.append(k)
        if src is not None:
            out[k] = _with(f, measure=c.measure or src.measure, status=c.status or src.status)
    return out


#: between a change and the level it brings the rate to: "cut by 17.5% | to | 10%",
#: "raised 5 percentage points, to 25%"
CHANGE_TO_RE = skip.regex(r"\s*(?:percentage\s+points?|points?)?\s*,?\s*to\s+"
                          r"(?:about\s+|around\s+|roughly\s+|just\s+)?$", re.IGNORECASE)


def changes_take_their_rates(found: list[Found], sent: Sentence) -> list[Found]:
    """"slashing tariffs on cars by 17.5% to 10%": a change of a levy rate told with the
    level it brings it to is a change of that levy: it has its rate's measure, where its
    own clause names none (and its goods, where it names none)."""
    out = list(found)
    s = sent.text
    for k, f in enumerate(out):
        c = f.claim
        if c.metric != "change" or c.measure is not None:
            continue
        to = next((g.claim for g in out if g.claim.metric == "tariff_rate"
                   and g.start >= f.end and CHANGE_TO_RE.fullmatch(s, f.end, g.start)), None)
        if to is not None and to.imposer == c.imposer and to.measure is not None:
            out[k] = _with(f, measure=to.measure, product=c.product or to.product)
    return out


def rates_dated(found: list[Found]) -> list[Found]:
    """The rates of a sentence take its first date (not an old one) as their effective day."""
    eff = [f.claim.value for f in found if f.claim.metric == "effective_date"
           and f.claim.status != "previous"]
    if not eff:
        return found
    return [_with(f, effective=str(eff[0])) if f.claim.kind == "rate" else f for f in found]


# -------------------------------------------------------------------- article passes
def combined_elsewhere(found: list[Found]) -> list[Found]:
    """"45% duty bites" in the headline: where the article calls a rate combined, its
    other mentions of that value without a measure word are the same combined rate."""
    combined = {f.combined_key for f in found if f.combined_key is not None}
    out = []
    for f in found:
        c = f.claim
        if f.bare and c.metric == "tariff_rate" and c.measure in ("reciprocal", "baseline") \
                and (c.imposer, c.target, float(c.value)) in combined:
            f = _with(f, measure=None)
        out.append(f)
    return out


def guessed_fentanyl_checked(found: list[Found]) -> list[Found]:
    """"20% fentanyl-related duties ... an extra 34%": with the fentanyl rate stated, a
    rate of another value that only the article's prior called fentanyl is reciprocal."""
    named = [f.claim for f in found if f.claim.metric == "tariff_rate" and f.measure_named]
    out = []
    for f in found:
        c = f.claim
        # (Canada and Mexico have no reciprocal rate: a second value of their border levy is
        # that levy's change, as the threatened 30% on Mexico beside its 25% emergency tariff)
        # (only the fentanyl prior: a sector lead's guess, "- Cabinets: 25% from Oct. 14,
        # rising to 50% on Jan. 1" under "10% under Section 232", stays that sector's)
        guessed = c.metric == "tariff_rate" and not f.measure_named and f.measure_guessed \
            and c.measure == "fentanyl" and (f.partner is None or f.role == "previous") \
            and c.target not in BORDER_TARGETS
        if guessed:
            stated = {float(r.value) for r in named if r.measure == c.measure
                      and r.status != "previous" and (r.imposer, r.target) == (c.imposer, c.target)}
            if stated and float(c.value) not in stated:
                f = _with(f, measure="reciprocal")
        out.append(f)
    return out


def headline_index(sentences: list[Sentence], title: str | None) -> int | None:
    """Which of the first two sentences is the article's headline (its text holds the
    title: "NewsChina strikes back ..."), or None: many texts start with their lead."""
    want = " ".join((title or "").split()).lower()
    if not want:
        return None
    for k, sent in enumerate(sentences[:2]):
        if want in " ".join(sent.text.split()).lower():
            return k
    return None


def same_rate_same_status(found: list[Found], headline: int | None) -> list[Found]:
    """Mentions of one rate (imposer, target, value) tell one fact: a mention with no
    status takes the nearest other mention's; one only said to be due is threatened when
    another calls it threatened; a headline's "in effect" (its present tense: "Peru hits
    Chile with 30% duty") gives way to the status the body states (rules/status.toml
    [same_rate]). `headline`: the index of the headline's sentence, if the text has it."""
    carried = status_rules.same_rate_carried()
    groups: dict[tuple[str | None, str | None, float], list[int]] = {}
    for k, f in enumerate(found):
        c = f.claim
        if c.metric == "tariff_rate" and c.status != "previous" and f.role != "previous":
            groups.setdefault((c.imposer, c.target, float(c.value)), []).append(k)
    out = list(found)
    for ks in groups.values():
        if len(ks) < 2:
            continue
        for k in ks:
            f = found[k]
            st = f.claim.status
            in_headline = f.key[0] == headline
            others = [found[j] for j in ks if j != k and found[j].key[0] != headline
                      and found[j].claim.status in carried]
            if st == "scheduled" and any(g.claim.status == "proposed" for g in others):
                out[k] = _with(f, status="proposed")
            elif (st is None or (in_headline and st == "in_effect")) and others:
                near = min(others, key=lambda g: abs(g.key[0] - f.key[0]))
                if near.claim.status != st:
                    out[k] = _with(f, status=near.claim.status)
    return out


def dates_take_their_rates(found: list[Found]) -> list[Found]:
    """A date bound to a rate (dates_of_rates) takes its imposer, target, product, measure;
    the start date of a threatened rate is only threatened too ("threatened a 50% tariff
    from June 1": June 1 is proposed, not scheduled)."""
    by_key = {f.key: f.claim for f in found}
    out = []
    for f in found:
        if f.rate_of_date is not None:
            r = by_key[f.rate_of_date]
            status = "proposed" if r.status == "proposed" and f.claim.status == "scheduled" \
                else f.claim.status
            if f.own_goods:
                f = _with(f, imposer=r.imposer, target=r.target, status=status)
            else:
                f = _with(f, imposer=r.imposer, target=r.target, product=r.product,
                          measure=r.measure, status=status)
        out.append(f)
    return targets_of_the_articles_rates(dates_of_the_change(out))


def dates_of_the_change(found: list[Found]) -> list[Found]:
    """"The order's terms took effect on June 2": a start date whose sentence names no
    goods, measure or rate is the day of the change the article tells for that partner
    ("duties on its cars fall from 25% to 10%"): it takes that change's product and
    measure, when the article's changes of its imposer's rates on that partner (a value
    from one rate to another, or a value it was before) are all of one kind of goods under
    one measure. Not a date whose own clause decided its measure with no measure word
    ("goods that do not qualify under the pact pay it since Aug. 1": the border levy's day,
    not the day of the article's steel change)."""
    changed: dict[tuple[str | None, str | None], set[tuple[str | None, str | None]]] = {}
    for f in found:
        c = f.claim
        if c.metric == "tariff_rate" and (f.partner is not None or c.status == "previous"):
            changed.setdefault((c.imposer, c.target), set()).add((c.product, c.measure))
    out = []
    for f in found:
        c = f.claim
        kinds = _measured_kinds(changed.get((c.imposer, c.target), set()))
        if c.metric == "effective_date" and f.rate_of_date is None and f.bare \
                and not f.measure_named \
                and c.target not in (None, "*") and c.product in (None, "all") \
                and len(kinds) == 1 and not ctx.find_products(c.sentence or "") \
                and not ctx.has("pause_words", c.sentence or ""):
            product, measure = next(iter(kinds))
            if product not in (None, "all") and measure is not None:
                f = _with(f, product=product, measure=measure)
        out.append(f)
    return out


def _measured_kinds(kinds: set[tuple[str | None, str | None]]
                    ) -> set[tuple[str | None, str | None]]:
    """The kinds of a partner's changes, less a goods' rate named under no measure when the
    same goods' change names one: the normal duty part of a sector rate ("the 2.5% normal
    duty plus the 25% Section 232 charge") is of that one change."""
    measured = {p for p, m in kinds if m is not None}
    return {(p, m) for p, m in kinds if m is not None or p not in measured}


#: claims that may take the one target of their imposer's rates in the article
TARGET_TAKERS = ("tariff_rate", "effective_date", "other_amount", "revenue")


def targets_of_the_articles_rates(found: list[Found]) -> list[Found]:
    """A levy's figure with no partner found ("the duties now cover $90 billion of
    imports", "they take effect on June 4") takes the target of its imposer's rates in the
    article, when those (two or more) all hit one and the same partner; not a pause's
    figure (with no country named, a pause is everyone's)."""
    hits: dict[str | None, set[str]] = {}
    count: dict[str | None, int] = {}
    for f in found:
        c = f.claim
        if c.metric == "tariff_rate" and c.target is not None and c.status != "previous":
            hits.setdefault(c.imposer, set()).add(c.target)
            count[c.imposer] = count.get(c.imposer, 0) + 1
    out = []
    for f in found:
        c = f.claim
        one = hits.get(c.imposer, set())
        if c.target is None and c.imposer is not None and c.metric in TARGET_TAKERS \
                and len(one) == 1 and count[c.imposer] >= 2 \
                and not ctx.has("pause_words", c.sentence or ""):
            f = _with(f, target=next(iter(one)))
        out.append(f)
    return out


#: how many claims before and after a status-quo rate are searched for the new rate that
#: supersedes it. A news article holds far fewer claims (the longest we have: about 40), so
#: it changes nothing there; it keeps a page of thousands of such rates linear.
STATUS_QUO_REACH = 200


def status_quo_superseded(found: list[Found]) -> list[Found]:
    """"Japanese autos have paid 27.5% since April" beside a new 15% for the same goods:
    the 27.5% is the old value of that fact, as in "from 27.5% to 15%". A measure named
    right next to the old figure stays its own ("Peru's goods have paid the 10 per cent
    baseline since April" beside a new reciprocal 18%: the baseline is what they paid)."""
    out = list(found)
    for k, f in enumerate(out):
        if not (f.status_quo and f.claim.metric == "tariff_rate"):
            continue
        c = f.claim
        lo, hi = max(0, k - STATUS_QUO_REACH), k + STATUS_QUO_REACH + 1
        new = sorted((d.claim for j, d in enumerate(out[lo:hi], lo) if j != k
                      and d.claim.metric == "tariff_rate"
                      and d.claim.status in ("agreed", "scheduled")
                      and (d.claim.imposer, d.claim.target, d.claim.product)
                      == (c.imposer, c.target, c.product)
                      and float(d.claim.value) != float(c.value)),
                     key=lambda d: d.sentence != c.sentence)
        if new:
            out[k] = _with(f, status="previous",
                           measure=c.measure if f.measure_named else new[0].measure)
    return out


def due_with_their_dates(found: list[Found], reference_known: bool,
                         sentences: list[Sentence] | None = None) -> list[Found]:
    """"39 percent ... The new rates take effect next Thursday": a rate with no status of
    its own is due when the article says its rates start (publication date known); not by
    a date on which levies are lifted (rules/status.toml [removal_dates]). With the
    article's `sentences`, also when a sentence of its own that names no country tells the
    start of its imposer's rates of that measure just after it ([trailing_start])."""
    if not reference_known:
        return found
    lifts: dict[str, bool] = {}  # per sentence: does it lift levies? (read once)

    def lifted(sentence: str) -> bool:
        got = lifts.get(sentence)
        if got is None:
            got = lifts[sentence] = bool(status_rules.removal_re().search(sentence))
        return got

    due = {(f.claim.imposer, f.claim.target) for f in found
           if f.claim.metric == "effective_date" and f.claim.status == "scheduled"
           and not lifted(f.claim.sentence or "")}
    wide = _trailing_starts(found, sentences, lifted) if sentences is not None else []
    return [_with(f, status="scheduled") if f.claim.metric == "tariff_rate"
            and ((f.claim.status is None and ((f.claim.imposer, f.claim.target) in due
                                              or _under_trailing_start(f, wide)))
                 or (f.weak_present and _under_trailing_start(f, wide))) else f
            for f in found]


def _trailing_starts(found: list[Found], sentences: list[Sentence],
                     lifted: Callable[[str], bool]) -> list[tuple[int, str | None, str | None]]:
    """(sentence index, imposer, measure) of each start still ahead told in a sentence of its
    own after a run of rates: a scheduled date whose sentence names no country and holds no
    rate, not a lifting ("The country rates start on May 9.")."""
    rated = {f.key[0] for f in found if f.claim.kind == "rate"}
    return [(f.key[0], f.claim.imposer, f.claim.measure) for f in found
            if f.claim.metric == "effective_date" and f.claim.status == "scheduled"
            and f.key[0] not in rated and f.key[0] < len(sentences)
            and not sentences[f.key[0]].countries and not lifted(f.claim.sentence or "")
            and status_rules.trailing_start_re().search(f.claim.sentence or "")]


def _under_trailing_start(f: Found, wide: list[tuple[int, str | None, str | None]]) -> bool:
    """Whether a rate stands at most [trailing_start] reach sentences before such a start,
    with its imposer and measure."""
    reach = status_rules.trailing_start_reach()
    return any(0 < i - f.key[0] <= reach and imposer == f.claim.imposer
               and measure is not None and measure == f.claim.measure
               for i, imposer, measure in wide)



#: the first digit of a quote: where its figure starts
_DIGIT_RE = re.compile(r"\d")


def _option_told(c: Claim) -> tuple[str, bool]:
    """A flat charge offered as one of two ways to pay ("postal services may ... choose a
    flat $80 per item instead of the percentage"): the sentence with the permission modal
    blanked out (an option allowed now tells nothing to come), and whether the claim's change
    word is the option's alternative ("instead of": the other way to pay, not a change of the
    charge) (rules/status.toml [unmarked_levy] option_modals, option_alternatives)."""
    sentence = c.sentence or ""
    m = status_rules.unmarked_option_re().search(sentence)
    if m is None:
        return sentence, False
    told = sentence[:m.start("modal")] + " " * (m.end("modal") - m.start("modal")) \
        + sentence[m.end("modal"):]
    return told, c.change is not None \
        and " ".join(c.change.lower().split()) in status_rules.unmarked_option_alternatives()


def unmarked_levies_in_force(claims: list[Claim]) -> list[Claim]:
    """"analysts pointed to the 18% tariff on Chilean wine", "- Wine: 14 per cent": a levy's
    rate that no status word, list, date or other claim of the article gives a status, in a sentence
    that tells no change, nothing to come and no further levy stacked on it, and not after a
    past copula ("was 30%"), is told as what holds: in force (rules/status.toml
    [unmarked_levy]). Run on the article's judged claims, last (a change told with no status
    word, "Lima took its duty up to 40%", keeps none: which step of it holds is for
    reconciliation to read). A flat charge on each parcel ("a flat duty per item of $80 for
    ...") is such a levy's amount and reads the same (rules/status.toml [unmarked_levy]
    per_unit)."""
    metrics, default, to_come, past = status_rules.unmarked_levy()
    amounts, per_unit = status_rules.unmarked_unit_charge()
    told_from = status_rules.unmarked_told_from()
    set_here: set[int] = set()  # the rates read in force here (ids: claims are unhashable)
    for c in claims:
        unit_charge = c.kind == "amount" and c.metric in amounts \
            and per_unit.search(c.sentence or "") is not None
        told, other_way = _option_told(c) if unit_charge and c.status is None \
            else (c.sentence or "", False)
        if c.status is None and (c.change is None or c.change.lower() in told_from
                                 or other_way) and (
                (c.kind == "rate" and c.metric in metrics) or unit_charge):
            at = (c.sentence or "").find(c.quote)
            digit = _DIGIT_RE.search(c.quote)
            fig = at + (digit.start() if digit else 0)  # (the figure, inside its quote)
            if _held_back(to_come, told, fig if at >= 0 else None):
                continue
            if at >= 0 and past.search(c.sentence, max(0, fig - 40), fig):
                continue  # "the duty was 30% for a decade": a state that held
            c.status = default  # (the engine's own claims, just made: set in place)
            if c.kind == "rate":
                set_here.add(id(c))
    return _covered_take_unmarked(claims, set_here, default)


def _held_back(to_come: re.Pattern[str], told: str, fig: int | None) -> bool:
    """Whether a word of [unmarked_levy] `not_with` in the sentence keeps a rate (its figure
    at `fig` in it) without a status. A stacking word right before another rate of the
    sentence ("a combined tariff of 50% after an extra 25% penalty came into force") names
    that rate as the levy stacked on top, and holds back that rate only (rules/status.toml
    [unmarked_levy] stacked)."""
    stacked = status_rules.unmarked_stacked_re()
    for m in to_come.finditer(told):
        on = stacked.match(told, m.start())
        if on is None or on.group("word").lower() != m.group(0).lower() or on.end() == fig:
            return True
    return False


def _covered_take_unmarked(claims: list[Claim], set_here: set[int], default: str
                           ) -> list[Claim]:
    """"responded with 25 per cent tariffs on about C$29.8 billion of US goods": the amount a
    levy covers took no status from its rate in the sentence's own pass
    (covered_amounts_take_their_levy) when the rate had none yet; the rate read in force here
    at last, the amount it covers (the nearest levy rate before it in the sentence, one this
    pass set) reads the same (rules/status.toml [unmarked_levy], the covered amount's note)."""
    if not set_here:
        return claims
    for k, c in enumerate(claims):
        if c.kind != "amount" or c.status is not None or not c.sentence:
            continue
        rates = [r for r in claims[:k] if r.kind == "rate" and r.metric in LEVY_RATE_METRICS
                 and r.sentence == c.sentence and r.start < c.start
                 and r.status != "previous"]
        at = c.sentence.find(c.quote)
        if rates and id(rates[-1]) in set_here and at >= 0 \
                and covered_amount(c.sentence, at, at + len(c.quote)):
            c.status = default  # (the engine's own claims, just made: set in place)
    return claims
