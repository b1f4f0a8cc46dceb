"""Smoke test of benchmarks/bench_extract.py on a tiny corpus (structure only, no timing)."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
BENCH = REPO / "benchmarks" / "bench_extract.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_extract", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_extract"] = module
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop("bench_extract", None)


@pytest.fixture(scope="module")
def corpus(bench):
    return bench.build_corpus(20, seed=1)


def test_corpus_is_varied_and_complete(bench, corpus):
    assert len(corpus) == 20
    assert len({a.id for a in corpus}) == 20
    assert len({a.text for a in corpus}) == 20
    # more than perturbed figures: paragraphs are recombined, so texts differ without digits too
    assert len({re.sub(r"\d", "", a.text) for a in corpus}) > 10
    for a in corpus:
        assert a.text.strip()
        assert isinstance(a.published, dt.date)
        assert a.clean is not None and a.clean.text.strip()
    stats = bench.corpus_stats(corpus)
    assert stats["distinct_texts"] == stats["articles"] == 20
    assert stats["bytes"] > 0


def test_corpus_is_reproducible(bench, corpus):
    again = bench.build_corpus(20, seed=1)
    assert [a.text for a in again] == [a.text for a in corpus]
    other = bench.build_corpus(20, seed=2)
    assert [a.text for a in other] != [a.text for a in corpus]


def test_perturbations(bench):
    import random

    rng = random.Random(0)
    text = "Tariffs on Japan rose from 25% to $350 billion in 2025, Japanese officials said."
    out = {bench._perturb_figures(text, rng, p=1.0) for _ in range(10)}
    assert len(out) > 1
    assert all("2025" in t for t in out)  # years are left alone
    mapping = list(range(len(bench.COUNTRIES)))
    mapping[0], mapping[1] = 1, 0  # Japan <-> South Korea
    assert bench._swap_countries(text, mapping) == (
        "Tariffs on South Korea rose from 25% to $350 billion in 2025, "
        "South Korean officials said."
    )


def test_time_extraction_structure(bench, corpus):
    res = bench.time_extraction(corpus)
    for key in ("articles", "bytes", "seconds", "cpu_seconds", "articles_per_s", "mb_per_s",
                "claims", "warmup_seconds", "tracemalloc_peak_mb", "maxrss_mb"):
        assert key in res, key
    assert res["articles"] == 20
    assert res["bytes"] == sum(len(a.text.encode()) for a in corpus)
    assert res["seconds"] > 0 and res["mb_per_s"] > 0 and res["articles_per_s"] > 0
    assert isinstance(res["claims"], int) and res["claims"] >= 0
    assert res["tracemalloc_peak_mb"] > 0 and res["maxrss_mb"] > 0


@pytest.mark.slow
def test_time_quantulum_structure(bench):
    pytest.importorskip("quantulum3")
    res = bench.time_quantulum(["Washington raised the tariff from 10% to 25% on $20 billion."])
    assert res["error"] is None, res["error"]
    assert res["available"] and res["articles"] == 1
    assert res["quantities"] >= 1 and res["kb_per_s"] > 0


@pytest.mark.slow
def test_main_json(bench, capsys):
    pytest.importorskip("quantulum3")
    assert bench.main(["--articles", "20", "--q3-articles", "1", "--no-pin", "--json"]) == 0
    r = json.loads(capsys.readouterr().out)
    assert r["corpus"]["articles"] == r["corpus"]["distinct_texts"] == 20
    assert r["extraction"]["articles"] == 20
    assert r["sample"]["articles"] >= 1
    assert r["quantulum3"]["articles"] == 1
    assert r["ratio"] is not None and r["ratio"] > 0
    assert set(r["targets"]) >= {"ratio_ok", "sample_ok"}


def test_time_extraction_gives_each_articles_time(bench, corpus):
    times: list[float] = []
    res = bench.time_extraction(corpus, memory=False, times=times)
    assert len(times) == len(corpus) and all(t > 0 for t in times)
    assert sum(times) == pytest.approx(res["seconds"], rel=0.05)


def test_q3_sample_is_spread_over_the_corpus(bench, corpus):
    picked = bench.q3_sample(corpus, count=5)
    assert picked == [2, 6, 10, 14, 18]  # every 4th of 20, from the middle of the first 4
    assert bench.q3_sample(corpus, count=100) == list(range(20))
    assert bench.q3_sample([], count=3) == []
    # by size: enough articles for the bytes asked, spread the same way
    mean = sum(len(a.text.encode()) for a in corpus) / len(corpus)
    by_size = bench.q3_sample(corpus, min_bytes=int(4.5 * mean))
    assert len(by_size) == 5 and by_size[0] > 0 and by_size[-1] > 15
