"""What an attribute step returns: a value and the evidence it was read from."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(unsafe_hash=True, slots=True)
class Decision(Generic[T]):
    """A step's answer (`value`) with why it was chosen (`evidence`: the rule that fired
    and the words it read), so that a test or a reader can check the reason, not only
    the answer. A value object, never changed once made, hashed by its fields; not frozen
    only because a frozen dataclass's `__init__` sets each field through
    `object.__setattr__` (about 4,700 decisions a 200 KB pass: h261-1), as `Mention`."""

    value: T
    evidence: str
