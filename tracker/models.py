"""The records that flow through the pipeline: Article in, Claim out.

They are plain dataclasses so that extraction stays a pure function
(Article -> list[Claim]) that can be pickled to worker processes.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

#: Metrics that are per period (a flow figure covers a year, a half, a month...).
FLOW_METRICS = ("exports", "imports", "trade_surplus", "trade_deficit", "revenue")

#: The fields of one claim, in the order SPEC.md lists them.
SPEC_FIELDS = (
    "article", "kind", "metric", "value", "unit", "imposer", "target", "product",
    "measure", "status", "quote", "as_of",
)


@dataclass
class CleanText:
    """Article text with page furniture removed, traceable to the original.

    `text` is the kept pieces of the original joined together; `pieces` holds one
    `(clean_start, orig_start, length)` triple per kept piece, in order, so any
    offset into `text` maps back to the exact original character.
    """

    text: str
    pieces: list[tuple[int, int, int]] = field(default_factory=list)
    removed: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, rule id)

    def to_original(self, offset: int) -> int:
        """Map an offset in the cleaned text to the original text."""
        if not self.pieces:
            return offset
        starts = [p[0] for p in self.pieces]
        i = max(0, bisect.bisect_right(starts, offset) - 1)
        clean_start, orig_start, length = self.pieces[i]
        return orig_start + min(offset - clean_start, length)

    @classmethod
    def identity(cls, text: str) -> CleanText:
        return cls(text=text, pieces=[(0, 0, len(text))])


@dataclass
class Article:
    """One news article as read from a file or a feed line.

    `text` is the text as read (for HTML: the main text the extractor found);
    every claim offset points into it.
    """

    id: str
    text: str
    path: str | None = None
    fmt: str = "txt"  # txt | html | feed
    source: str | None = None
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None
    date_confidence: float | None = None  # 1.0 = given (feed, flag); lower = detected
    date_method: str | None = None  # given | override | dateline | html-meta | content
    dateline: dt.date | None = None  # the date the text's own date line states, if any
    clean: CleanText | None = None
    duplicate_of: str | None = None

    @property
    def clean_text(self) -> str:
        return self.clean.text if self.clean is not None else self.text


@dataclass(slots=True)
class Claim:
    """One numeric claim, in the SPEC record plus provenance."""

    article: str
    kind: str  # rate | amount | date | duration
    metric: str | None
    value: float | str  # number, or "YYYY-MM-DD" for dates
    unit: str
    imposer: str | None = None
    target: str | None = None
    product: str | None = None
    measure: str | None = None
    status: str | None = None
    quote: str = ""
    as_of: str | None = None
    # provenance, beyond the SPEC record
    start: int = 0  # offsets of `quote` in Article.text
    end: int = 0
    sentence: str = ""
    rule_id: str = ""
    hedge: str | None = None  # about, nearly, more than, ...
    precision: float | None = None  # the granularity the text states the value with
    effective: str | None = None  # "YYYY-MM-DD": the date the claim speaks about, if stated
    # what the extractor judged about the claim's sentence (tracker/extract/judgments.py),
    # for reconciliation to read instead of re-reading the sentence
    change: str | None = None  # the change cue ("raised", "cut", "from 25% to"), if any
    pause_word: bool = False  # the sentence speaks of a pause ("on hold until")
    combined: bool = False  # called combined / total / cumulative just before the figure
    penalty: bool = False  # called a penalty / secondary tariff just before the figure
    measure_named: bool = False  # a component measure (reciprocal...) named before it
    period: str | None = None  # flows: the period covered ("2024", "2025-H1", "2025-03")

    def to_spec(self) -> dict[str, Any]:
        """The claim as SPEC.md's JSON object, fields in SPEC order."""
        d = asdict(self)
        return {k: d[k] for k in SPEC_FIELDS}

    def to_row(self) -> dict[str, Any]:
        return asdict(self)
