"""benchmarks/profile_extract.py: exact calls a pass, and sample shares of the same pass."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "benchmarks"))

import count_extract  # noqa: E402
import profile_extract  # noqa: E402


def test_calls_are_counted_per_pass_of_the_slice() -> None:
    """Over two counted passes, extract_article is called once a pass for each article of
    the slice, and the slice is the one count_extract.py counts (same claims, same md5)."""
    run, rows = profile_extract.profiled_passes(6, passes=2, samples=1, warm=0)
    n, claims, digest = count_extract.counted_pass(6, 0)
    assert (run["articles"], run["claims"], run["md5"]) == (n, claims, digest)
    by_name = {r.where: r for r in rows}
    assert by_name["tracker/extract/engine.py:48(extract_article)"].calls == n
    assert not any(r.where.startswith("profile_extract.py") for r in rows)  # (the harness)
    assert all(0 <= r.own <= r.total <= 100 for r in rows)


def test_the_table_ranks_by_the_share_asked() -> None:
    """One Markdown row a function, the largest share first; `top` rows at most."""
    rows = [profile_extract.Row("a.py:1(f)", 10, 5.0, 50.0),
            profile_extract.Row("b.py:2(g)", 3, 9.0, 20.0),
            profile_extract.Row("c.py:3(h)", 900, 0.5, 1.0)]
    own = profile_extract.table(rows, 2, "own").splitlines()
    assert [line.split("|")[1].strip() for line in own[2:]] == ["`b.py:2(g)`", "`a.py:1(f)`"]
    total = profile_extract.table(rows, 3, "total").splitlines()
    assert total[2].startswith("| `a.py:1(f)` | 10 | 5.00 | 50.00 |")
    assert profile_extract.table(rows, 1, "calls").splitlines()[2].startswith("| `c.py:3(h)` | 900")
