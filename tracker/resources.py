"""Where the files that ship with the tracker are: the rule files, the official reference
table and the sample corpus.

They sit at the top of the repository, `rules/` and `data/`, to be read and reviewed as
data, and install as the packages ``tracker.rulebook`` and ``tracker.data``
(pyproject.toml, package-dir). So one lookup, `importlib.resources`, finds them in an
editable install (what `make` sets up) and in an installed wheel alike, whatever the
current folder. Every other module asks here instead of building paths of its own.
"""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

from tracker.errors import TrackerError

RULES_PACKAGE = "tracker.rulebook"
DATA_PACKAGE = "tracker.data"


def _checkout(folder: str) -> Path | None:
    """`rules/` or `data/` of the source checkout this `tracker` package was imported from,
    if it was imported from one (its parent holds pyproject.toml): a second checkout run with
    PYTHONPATH (a git worktree beside an editable install of the first) reads its own rules
    and data, not those the editable install maps to the first. None for an installed wheel."""
    package = files("tracker")
    if not isinstance(package, Path):
        return None
    root = package.resolve().parent
    where = root / folder
    return where if (root / "pyproject.toml").is_file() and where.is_dir() else None


def _folder(package: str) -> Path:
    """The folder of an installed data package. Wheels install unpacked and the editable
    install maps the package to the repository's folder, so this is a real directory (the
    readers and `tracker demo` need file paths, not a zip member)."""
    try:
        where = files(package)
    except ModuleNotFoundError:
        raise TrackerError(f"{package}: not installed (reinstall the tracker: "
                           f"pip install -e . or the wheel)") from None
    if not isinstance(where, Path):
        raise TrackerError(f"{package}: installed as {where!r}, not as a folder")
    return where


def rules_dir() -> Path:
    """The rule files: $TRACKER_RULES if set (to try edited rules), else the installed ones."""
    env = os.environ.get("TRACKER_RULES")
    if env:
        return Path(env)
    return _checkout("rules") or _folder(RULES_PACKAGE)


def data_dir() -> Path:
    """The shipped data: reference/ and sample/."""
    return _checkout("data") or _folder(DATA_PACKAGE)


def reference_table() -> Path:
    """The official table of 2025 US tariff actions that claims are checked against."""
    return data_dir() / "reference" / "us_tariff_actions_2025.csv"


def sample_dir() -> Path:
    """The sample corpus: articles/, gold.jsonl, expected_reconciliation.jsonl."""
    return data_dir() / "sample"


def sample_articles() -> Path:
    """The sample articles that `tracker demo` ingests."""
    return sample_dir() / "articles"
