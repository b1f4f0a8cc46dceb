"""Shared fixtures: where ../shared is, and small article folders written by us."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.resources import sample_dir

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SAMPLE = sample_dir()  # data/sample, as the installed package finds it
FIXTURES = REPO / "tests" / "fixtures"


def sample_sentences() -> list[str]:
    """Every sentence of the plain-text sample articles, as the engine splits them."""
    from tracker.extract import engine

    out: list[str] = []
    for path in sorted((SAMPLE / "articles").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out.extend(text[a:b] for a, b in engine.split_sentences(text))
    return out


def leftmost_longest(cands: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """The date matches a reference selection keeps from (start, end, order) candidates:
    leftmost first, then longest, then the pattern's order, none overlapping (what
    dates._select does; the date tests' oracles share it)."""
    chosen: list[tuple[int, int, int]] = []
    last_end = -1
    for c in sorted(cands, key=lambda c: (c[0], c[0] - c[1], c[2])):
        if c[0] >= last_end:
            chosen.append(c)
            last_end = c[1]
    return chosen


def need_shared(*parts: str) -> Path:
    """Path under ../shared, or a visible skip where that folder is absent."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"../shared/{'/'.join(parts)} not found")
    return p


ARTICLE_A = """Seoul and Washington agree on lower tariff
Harbor Wire | July 31, 2025

The United States will cut its tariff on South Korean goods from 25% to 15% under a deal
reached on Wednesday, officials said. Seoul pledged to invest $350 billion in the U.S.
South Korea's trade surplus with America was $55.6 billion last year.
"""

ARTICLE_B = """Japan deal sets 15% rate
Pacific Ledger | July 23, 2025

Washington agreed to a 15% tariff on Japanese imports, down from the 25 percent rate
threatened for Aug. 1. Tokyo will invest $550 billion in US projects.
"""


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    d = tmp_path / "articles"
    d.mkdir()
    (d / "a_korea.txt").write_text(ARTICLE_A, encoding="utf-8")
    (d / "b_japan.txt").write_text(ARTICLE_B, encoding="utf-8")
    return d


@pytest.fixture
def modes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What each write_batch's reconciliation did: incremental, full or unchanged."""
    from tracker.reconcile import incremental

    seen: list[str] = []
    real = incremental.refresh

    def spy(con, articles: list[str]) -> incremental.Outcome:
        how = real(con, articles)
        seen.append(how.mode)
        return how

    monkeypatch.setattr(incremental, "refresh", spy)
    return seen
