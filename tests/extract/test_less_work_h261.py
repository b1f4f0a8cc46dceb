"""h261's throughput changes leave every answer as it was (docs/benchmarks.md, "Session 31
(h261)"): the records made for every figure and claim (decisions, parties, attributes,
bindings, findings, figure contexts) are made without one `object.__setattr__` call per
field, and stay value objects: equal and hashed by their fields, copied by replace; a
word's places in a sentence are those of a whole-word regex."""

from __future__ import annotations

import dataclasses
import re

import pytest

from tracker.extract import article_passes
from tracker.extract import context as ctx
from tracker.extract.attributes import Attributes
from tracker.extract.decision import Decision
from tracker.extract.document import FigureContext, read_document
from tracker.extract.engine import extract_text
from tracker.extract.figures import find_figures
from tracker.extract.measure import CombinedDecision, MeasureDecision
from tracker.extract.metric import Binding, claim_rules
from tracker.extract.parties import Parties
from tracker.extract.sentences import split_sentences

TEXT = "From June 1 the levy on cars from Japan rose to 25%, the ministry said."


def _setattr_calls(cls: type) -> int:
    """Whether the class's `__init__` looks `__setattr__` up, 1 or 0 (a frozen dataclass's
    generated `__init__` calls `object.__setattr__` once per field; a plain one stores the
    fields in its slots or its dict)."""
    return cls.__init__.__code__.co_names.count("__setattr__")


def _context() -> FigureContext:
    doc = read_document(TEXT, split_sentences(TEXT), None, False, None)
    figs = tuple(find_figures(doc.sentences[0], None))
    return FigureContext(doc, 0, figs[-1], figs)


#: the records made for every figure and claim (h261: about 9,000 a 200 KB pass)
RECORDS = [Decision, MeasureDecision, CombinedDecision, Parties, Attributes, Binding,
           article_passes.Found, FigureContext]


@pytest.mark.parametrize("cls", RECORDS, ids=lambda c: c.__name__)
def test_records_are_made_without_a_setattr_per_field(cls: type) -> None:
    assert _setattr_calls(cls) == 0


def test_records_stay_value_objects() -> None:
    """Equal and hashed by their fields (as when frozen), copied by replace."""
    a, b = Decision("JP", "from Japan"), Decision("JP", "from Japan")
    assert a == b and hash(a) == hash(b) and a != Decision("JP", "Japan")
    assert {MeasureDecision("x", "w", named=True), MeasureDecision("x", "w", named=True)} \
        == {MeasureDecision("x", "w", named=True)}
    p = Parties(a, b)
    assert p == Parties(b, a) and hash(p) == hash(Parties(b, a)) and p.values == ("JP", "JP")
    attrs = Attributes(a, a, a, a, a)
    assert hash(attrs) == hash(Attributes(b, b, b, b, b))
    rule = claim_rules()[0]
    bound = Binding("tariff_rate", rule, None, "levy")
    assert dataclasses.replace(bound, evidence="x").evidence == "x" and bound.evidence == "levy"


def test_figure_context_is_still_frozen_and_replaceable() -> None:
    fc = _context()
    assert fc.sent is fc.doc.sentences[0] and fc.text == TEXT
    with pytest.raises(dataclasses.FrozenInstanceError):
        fc.i = 1  # type: ignore[misc]
    other = dataclasses.replace(fc, fig=fc.figs[0])
    assert other.fig is fc.figs[0] and other.text == TEXT and other.sent is fc.sent


def test_the_claims_of_the_text() -> None:
    """The sentence still gives its claim, as before the change."""
    got = [(c.metric, c.value, c.target) for c in extract_text(TEXT, "2025-06-02")]
    assert ("tariff_rate", 25.0, "JP") in got


#: texts written for h261-2: words standing once, twice, inside other words, at the ends
WORD_TEXTS = [
    "tariff", "a tariff on tar and tariffs", "Tar: tar_tar tar-tar 'tar' (tar)",
    "the rate rose to 25% on cars; the rate on the carts, 10%",
    "ab aab abab ab_ab ab", "Zölle on Auto; auto-Zölle", "x", "",
]


@pytest.mark.parametrize("text", WORD_TEXTS)
def test_vocabulary_starts_are_the_whole_words(text: str) -> None:
    """Vocabulary.starts(w): where w stands as a whole word (no word character either
    side), for every word of the text and a few that stand only inside others; its one
    occurrence answered without the boundary test (h261-2) gives the same places."""
    vocab = ctx.Vocabulary(text)
    low = text.lower()
    for word in sorted(vocab.words | {"ar", "tar", "ab", "car", "zzz"}):
        want = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", low)]
        assert vocab.starts(word) == want, word
        assert vocab.starts(word) == want, word  # (kept: asked again)


def test_sentence_values_are_kept_without_writing_its_dict() -> None:
    """h261-5: a Sentence's values read once (`_once`) are stored by setattr, not written
    into the instance's `__dict__`, and are still computed once and read back."""
    from tracker.extract import sentences

    assert "__dict__" not in sentences._once.__get__.__code__.co_names
    sent = sentences.Sentence(0, "Tariffs on steel from Japan rose to 25% in June.")
    words = sent.words
    assert sent.words is words and sent.lower_words is sent.vocabulary.words
    assert [m.value for m in sent.countries] == ["JP"] and sent.ascii
    assert vars(sent)["words"] is words  # (an instance attribute now, read first)
