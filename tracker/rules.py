"""Load the rule and lexicon files under `rules/` (TOML; found by tracker.resources).

Rules are data: adding a pattern or an alias means editing a TOML file, not
Python. Every file is read once per process and cached.
"""

from __future__ import annotations

import tomllib
from functools import cache
from typing import Any

from tracker.errors import TrackerError
from tracker.resources import rules_dir

__all__ = ["load", "rule_files", "rules_dir"]


@cache
def load(name: str) -> dict[str, Any]:
    """Parse `rules/<name>.toml`; a broken file is a one-line error, not a traceback."""
    path = rules_dir() / f"{name}.toml"
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise TrackerError(f"{path}: rule file not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise TrackerError(f"{path}: invalid TOML: {exc}") from None


def rule_files() -> list[str]:
    """Names of every rule file present, for `tracker rules check`."""
    return sorted(p.stem for p in rules_dir().glob("*.toml"))
