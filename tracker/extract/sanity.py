"""What a careful reader never takes for a levy's rate, whatever cue stands nearest.

The cue rules bind a figure to the nearest cue; in real news a tariff word is often near
a figure that says how much something moved: "exports fell 29.4% under the tariffs",
"shipments dropped a further 12%", "Beijing cut its tariffs by 115%". A reader takes
these as changes. So does a negative figure ("-8.5%"): a tariff rate is never below zero.
Only a levy raised "by" a figure can name an added rate ("raised the tariff on steel by
25%": an extra 25% duty). The verbs are rules/lexicon.toml [change_cues] rises / falls.
"""

from __future__ import annotations

import re
from functools import cache

from tracker.extract import context as ctx
from tracker.extract import cue_words, skip
from tracker.extract.decision import Decision
from tracker.extract.figures import Figure
from tracker.extract.sentences import Sentence, clause_bounds

#: what may stand between a change verb's object and the figure: "by", "a further", "another"
_LINK = (r"(?:by\s+)?(?:(?:a\s+further|another|an\s+additional|a\s+further|some|about|"
         r"around|roughly|nearly|almost|more\s+than|over|just|a)\s+)?")
#: words the object of a change verb never holds: a level ("rose to 125%"), an old value
#: ("from 25%"), a cause or a time ("after a 25% tariff", "since the 10% duty")
_STOP = frozenset((
    "to into at from after before under amid despite because with as following since when "
    "while than and or but if"
).split())
#: a levy noun right after the figure: the figure names that levy ("a further 10% tariff")
_LEVY_NOUN = cue_words.levy_nouns("levy", "surcharges", "surtaxes", "counter_tariffs",
                                  "import_taxes", "rates", space=r"\s+") + r"\b"
LEVY_AFTER_RE = skip.regex(r"^\s*(?:[\w.'’\-]+\s+){0,2}?" + _LEVY_NOUN, re.IGNORECASE)
#: "cut tariffs by 17.5% to 10%": the figure after "by" is the move, the one after "to" the level
BY_TO_EVIDENCE = "'by X to Y': X is how far the rate moved, Y its new level"
BY_BEFORE_RE = skip.regex(r"\bby\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?$",
                          re.IGNORECASE)
TO_FIGURE_RE = skip.regex(r"^\s+to\s+(?:about\s+|around\s+)?[\d.,]+\s*"
                          + cue_words.percent_forms("rate", "pct", space=r"\s*"), re.IGNORECASE)
LEVY_NOUN_RE = skip.regex(r"\b" + _LEVY_NOUN, re.IGNORECASE)
#: the last word of a change verb's object that makes the figure that object: "reduce the
#: current 27.5% tariffs" (a level) is not "reduce tariffs by 27.5%"
_DETERMINERS = frozenset("the its their his her a an this that these those current existing "
                         "present old new".split())
WORD_RE = skip.regex(r"[\w'’.\-]+")


@cache
def change_before_re() -> re.Pattern[str]:
    """A change verb, up to five words of its object, then the link to the figure."""
    verbs = "|".join(re.escape(w) for w in (*cue_words.words("change_cues", "rises"),
                                            *cue_words.words("change_cues", "falls")))
    return skip.regex(rf"\b(?P<verb>{verbs})\b(?P<obj>(?:\s+[\w'’.\-]+){{0,5}}?)\s+{_LINK}$",
                      re.IGNORECASE)


@cache
def _rises() -> frozenset[str]:
    return frozenset(w.lower() for w in cue_words.words("change_cues", "rises"))


#: change_before_re's match is its verb's whitespace-delimited word (the verbs are single
#: words), at most five words of the object, "by" and two link words ("a further"), each
#: followed by whitespace, then the end: it starts within the last 9 words, so the search
#: starts a few words before those (a search of the whole clause tries every character)
_TAIL_WORDS = 12


def _tail_start(text: str) -> int:
    """Where the last _TAIL_WORDS whitespace-delimited words of `text` begin, or before
    (0 when it has no more)."""
    parts = text.rsplit(None, _TAIL_WORDS)
    return len(parts[0]) if len(parts) > _TAIL_WORDS else 0


def told_as_change(sent: Sentence, fig: Figure) -> Decision[bool]:
    """Whether a figure the cues bound to a levy is told as a change (see the module)."""
    if isinstance(fig.value, float | int) and fig.value < 0:
        return Decision(True, "a negative figure is a change, never a rate")
    s = sent.text
    if BY_BEFORE_RE.search(s[max(0, fig.start - 12):fig.start]) and TO_FIGURE_RE.match(
            s[fig.end:]):
        return Decision(True, BY_TO_EVIDENCE)
    if LEVY_AFTER_RE.match(s[fig.end:]):
        return Decision(False, "a levy noun right after the figure names it")
    lo, _ = clause_bounds(s, fig.start, fig.end)
    m = change_before_re().search(s[lo:fig.start], _tail_start(s[lo:fig.start])) \
        if cue_words.may_hold(None, s[lo:fig.start], "change_cues", "rises", "falls") \
        else None  # (a verb first)
    if m is None:
        return Decision(False, "no change verb right before the figure")
    obj = [w.lower() for w in WORD_RE.findall(m.group("obj"))]
    if _STOP.intersection(obj):
        return Decision(False, f"{m.group(0).strip()!r} names a level or a cause")
    if obj and obj[-1] in _DETERMINERS:
        return Decision(False, f"the figure is the verb's object: {m.group(0).strip()!r}")
    linked = m.group(0)[len(m.group("verb")) + len(m.group("obj")):].split()
    if LEVY_NOUN_RE.search(m.group("obj")) and "by" not in (w.lower() for w in linked):
        # "the reduced rate of 10%", "lowered tariffs 10%": a level, not how much it moved
        return Decision(False, f"a levy's level after {m.group('verb')!r}")
    verb = m.group("verb").lower()
    if verb in _rises():
        before = s[max(lo, lo + m.start() - 40):lo + m.start()] + m.group("obj")
        if ctx.has("levy_words", before):
            return Decision(False, f"a levy raised by the figure: an added rate "
                                   f"({m.group(0).strip()!r})")
    return Decision(True, f"told as a change: {m.group(0).strip()!r}")
