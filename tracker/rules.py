"""Load the rule and lexicon files under `rules/` (TOML).

Rules are data: adding a pattern or an alias means editing a TOML file, not
Python. Every file is read once per process and cached.
"""

from __future__ import annotations

import os
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

from tracker.errors import TrackerError


def rules_dir() -> Path:
    """Where the rule files live: $TRACKER_RULES, else `rules/` beside the package."""
    env = os.environ.get("TRACKER_RULES")
    if env:
        return Path(env)
    return Path(__file__).resolve().parent.parent / "rules"


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
