"""A sale abroad told by its buyer: "The United States takes about 28 per cent of the mill's
output, worth about $40 million a year".

The share and its value are trade though no trade noun stands near them ("output" is a
near_exclude word); the buyer is the party the goods go to, not the share's owner. The metric
step (`tracker/extract/metric.py`) binds the figures, the parties step
(`tracker/extract/parties.py`) reads the buyer and the owner from the same span, so both
read one pattern. The buying verbs are rules/lexicon.toml [scope] `buyer_verbs`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from tracker.extract import cue_words, skip
from tracker.extract.context import Mention
from tracker.extract.document import Doc
from tracker.extract.sentences import Sentence, per_sentence


@cache
def _buyer_after_re() -> re.Pattern[str]:
    """Right after a country, a buying verb of [scope] buyer_verbs, perhaps after "only",
    "now" or "still": "(The United States) takes", "(Canada) now buys"."""
    return skip.regex(r"\s+(?:only\s+|now\s+|still\s+)?"
                      rf"{cue_words.group('scope', 'buyer_verbs')}\b", re.IGNORECASE)


#: after a buying verb: the share it buys (group 1, a digit and a percent form, a hedge
#: before it), "of" and the goods up to the clause's end (group 2), perhaps their value
#: after ", worth" or ", or" ("about 28 per cent of the mill's output, worth about $40
#: million a year")
BOUGHT_SHARE_RE = skip.regex(r"\s+(?:only\s+)?(?:"
                             + cue_words.group("scope", "share_hedges", space=r"\s+")
                             + r"\s+)?(\d[\d.,]*\s*" + cue_words.percent_forms("rate", space=r"\s+")
                             + r")\s+of\s+([^,;]*)(?:,\s*(?:worth|valued\s+at|or)\s+[^,;]*)?",
                             re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class BoughtShare:
    """One buyer's share in a sentence: the buyer, the span from it to the goods' value,
    and where the goods after "of" begin (their owner is named there, if anywhere)."""

    buyer: Mention
    start: int
    end: int
    share_start: int
    share_end: int
    goods_start: int


@per_sentence  # (each figure of the sentence asks)
def bought_shares(sent: Sentence) -> tuple[BoughtShare, ...]:
    """The buyers' shares of the sentence: a country, a buying verb right after it, then the
    share of someone's goods it buys ("The U.S. takes only about 6 per cent of the
    country's citrus"); "Canada took 40 days" or "Japan buys rice" (no share) is none."""
    s = sent.text
    found: list[BoughtShare] = []
    for m in sent.countries:
        verb = _buyer_after_re().match(s, m.end)
        share = BOUGHT_SHARE_RE.match(s, verb.end()) if verb is not None else None
        if share is not None:
            found.append(BoughtShare(m, m.start, share.end(), share.start(1), share.end(1),
                                     share.start(2)))
    return tuple(found)


def bought_share_of(sent: Sentence, start: int, end: int) -> BoughtShare | None:
    """The buyer's share whose span holds the figure at start..end, if any."""
    return next((b for b in bought_shares(sent) if b.start <= start and end <= b.end), None)


@cache
def _country_back_reference_re() -> re.Pattern[str]:
    """A back reference to the article's country ([scope] country_back_references)."""
    return skip.regex(cue_words.group("scope", "country_back_references", space=r"\s+")
                      + r"(?!\w)", re.IGNORECASE)


def owner_of(doc: Doc, sent: Sentence, bought: BoughtShare) -> tuple[str | None, str]:
    """Whose goods a buyer's share is of, with why: a country named right after "of" ("of
    Peru's copper", "of Chilean wine"), the article's own country for "the country's" (not
    the buyer), else no country (a firm's output: "of the mill's output")."""
    s = sent.text
    for m in sent.countries:
        if m.value != bought.buyer.value and bought.goods_start <= m.start \
                and s[bought.goods_start:m.start].strip().lower() in ("", "the"):
            return m.value, f"the goods' country after 'of': {s[m.start:m.end]!r}"
    if _country_back_reference_re().match(s, bought.goods_start):
        main = doc.main_country
        if main is not None and main != bought.buyer.value:
            return main, f"'the country's' goods: the article's country {main}"
    return None, "a firm's goods: no country owns the share"
