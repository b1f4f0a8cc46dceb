"""benchmarks/count_extract.py counts one pass: its line names the claims of that pass."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "benchmarks"))

import corpus  # noqa: E402
import count_extract  # noqa: E402

from tracker.extract.engine import extract_article  # noqa: E402


def test_the_counted_pass_is_the_corpus_slice(capsys) -> None:  # noqa: ANN001 - pytest's
    """The pass reads `kb` KB of the corpus (its articles and claims, the md5 of their
    repr: what two codes compared must share), and main prints them on one line."""
    n, claims, digest = count_extract.counted_pass(6, 1)
    articles = corpus.repeat_to(corpus.load_articles(corpus.source_paths()[0]), 6000)
    out = [extract_article(a) for a in articles]
    assert (n, claims) == (len(articles), sum(map(len, out)))
    assert n > 1 and claims > 0
    assert digest == hashlib.md5(repr(out).encode("utf-8")).hexdigest()  # noqa: S324
    count_extract.main(["--kb", "6", "--warm", "0"])
    assert capsys.readouterr().out == f"articles {n} claims {claims} md5 {digest}\n"


def test_a_slice_warmed_first_counts_the_same_claims(capsys) -> None:  # noqa: ANN001
    """--warm-slice (h239) runs the slice once before the counted pass, so that no rule
    first used in it is compiled inside the count: the counted pass and its line are the
    same as without it."""
    assert count_extract.counted_pass(6, 0, warm_slice=True) == count_extract.counted_pass(6, 1)
    count_extract.main(["--kb", "6", "--warm", "0"])
    plain = capsys.readouterr().out
    count_extract.main(["--kb", "6", "--warm", "0", "--warm-slice"])
    assert capsys.readouterr().out == plain
