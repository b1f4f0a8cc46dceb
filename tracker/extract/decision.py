"""What an attribute step returns: a value and the evidence it was read from."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Decision(Generic[T]):
    """A step's answer (`value`) with why it was chosen (`evidence`: the rule that fired
    and the words it read), so that a test or a reader can check the reason, not only
    the answer."""

    value: T
    evidence: str
