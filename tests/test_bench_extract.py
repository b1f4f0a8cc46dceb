"""Smoke test of benchmarks/bench_extract.py on a tiny corpus (structure only, no timing)."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
import sys
import types
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
    assert res["passes"] == 3 and len(res["passes_mb_per_s"]) == 3


def test_time_extraction_reports_the_fastest_pass(bench, corpus, monkeypatch):
    """Three passes, the fastest counts: a fake clock makes them take 20 s, 1 s, 2 s."""
    ticks = iter([0.0, 0.0, 0.0,  # import and warm-up
                  0.0, *[float(k) for k in range(1, 21)],        # pass 1: 20 s
                  100.0, *[100 + k / 20 for k in range(1, 21)],   # pass 2: 1 s
                  200.0, *[200 + k / 10 for k in range(1, 21)]])  # pass 3: 2 s
    monkeypatch.setattr(bench.time, "perf_counter", lambda: next(ticks, 999.0))
    times: list[float] = []
    res = bench.time_extraction(corpus, memory=False, times=times, passes=3)
    assert res["seconds"] == pytest.approx(1.0)
    mb = res["bytes"] / 1e6
    assert res["passes_mb_per_s"] == pytest.approx([mb / 20, mb / 1, mb / 2])
    assert res["mb_per_s"] == pytest.approx(mb)
    assert times == pytest.approx([0.05] * 20)  # the fastest pass's own article times
    with pytest.raises(ValueError, match="passes"):
        bench.time_extraction(corpus, memory=False, passes=0)


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
    from tracker.extract import COMPILED, compiled

    assert r["compiled_modules"] == compiled() and set(r["compiled_modules"]) == set(COMPILED)


def test_time_quantulum_takes_the_fastest_of_its_passes(bench, monkeypatch):
    """The same protocol as tracker's: every pass over the same texts, the fastest
    counts (a fake parser and a fake clock: passes of 3 s, 1 s and 2 s)."""
    fake = types.ModuleType("quantulum3")
    fake.parser = types.SimpleNamespace(parse=lambda text: [text])
    monkeypatch.setitem(sys.modules, "quantulum3", fake)
    monkeypatch.setitem(sys.modules, "quantulum3.parser", fake.parser)
    clock = iter([0.0, 0.0, 0.0, 0.0,  # import, warm-up
                  0.0, 3.0, 10.0, 11.0, 20.0, 22.0])
    monkeypatch.setattr(bench.time, "perf_counter", lambda: next(clock))
    res = bench.time_quantulum(["a", "b"], passes=3)
    assert res["error"] is None and res["available"]
    assert res["passes"] == 3 and res["seconds"] == pytest.approx(1.0)
    assert res["quantities"] == 2
    assert res["passes_kb_per_s"] == pytest.approx([0.002 / 3, 0.002, 0.001])
    with pytest.raises(ValueError, match="passes"):
        bench.time_quantulum(["a"], passes=0)


def test_tracker_and_quantulum3_take_turns(bench, corpus):
    order: list[str] = []
    bench.time_extraction(corpus[:3], memory=False, passes=3,
                          between=lambda: order.append("q3"))
    assert order == ["q3"] * 3  # one quantulum3 pass after each tracker pass


def test_a_quantulum3_failure_is_reported_not_raised(bench, monkeypatch):
    def parse(text: str) -> list:
        if text == "bad":
            raise RuntimeError("no units file")
        return []

    fake = types.ModuleType("quantulum3")
    fake.parser = types.SimpleNamespace(parse=parse)
    monkeypatch.setitem(sys.modules, "quantulum3", fake)
    monkeypatch.setitem(sys.modules, "quantulum3.parser", fake.parser)
    q3 = bench.Quantulum(["fine", "bad"])
    q3.run_pass()
    q3.run_pass()  # after an error no further pass runs
    res = q3.result()
    assert res["error"] == "RuntimeError: no units file"
    assert res["available"] is False and "kb_per_s" not in res


def test_summary_lists_every_pass(bench):
    assert bench._passes_note([1.512, 1.4921, 1.474], "{:.3f} MB/s") == \
        "the fastest of 3 passes: 1.512, 1.492, 1.474 MB/s; "
    assert bench._passes_note([27.44, 28.0], "{:.1f} KB/s") == \
        "the fastest of 2 passes: 27.4, 28.0 KB/s; "
    assert bench._passes_note([28.0], "{:.1f} KB/s") == ""


@pytest.mark.slow
def test_main_summary(bench, capsys):
    pytest.importorskip("quantulum3")
    assert bench.main(["--articles", "12", "--q3-articles", "1", "--no-pin",
                       "--no-memory"]) == 0
    out = capsys.readouterr().out
    assert "tracker: 12 articles" in out and "the fastest of 3 passes:" in out
    assert "extraction modules compiled" in out and "ratio tracker/quantulum3" in out


def test_summary_says_which_modules_ran_compiled(bench):
    line = bench._modules_line
    assert line({"engine": True, "dates": True}) == "2 of 2 extraction modules compiled"
    assert line({"engine": False, "dates": False}) == "0 of 2 extraction modules compiled"
    assert line({"engine": True, "dates": False}) == \
        "1 of 2 extraction modules compiled (source: dates)"


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
