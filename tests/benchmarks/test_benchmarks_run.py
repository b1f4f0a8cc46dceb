"""Each benchmark runs on tiny sizes and reports every figure (no speed is asserted)."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
BENCH = REPO / "benchmarks"


def run_script(tmp_path: Path, code: str) -> dict:
    """Run `code` in a fresh interpreter from the repository root; return its JSON output."""
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                          text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))


def bench_extract(tmp_path: Path, *args: str, hide_quantulum: bool = False) -> dict:
    hide = "sys.modules['quantulum3'] = None; " if hide_quantulum else ""
    argv = [*args, "--json", str(tmp_path / "out.json")]
    code = (f"import sys; {hide}sys.path.insert(0, {str(BENCH)!r}); import bench_extract; "
            f"bench_extract.main({argv!r})")
    return run_script(tmp_path, code)


def check_reader(side: dict) -> None:
    assert side["available"] is True
    for key in ("articles", "bytes", "found", "cpu_seconds", "mb_per_cpu_s", "kb_per_cpu_s"):
        assert side[key] > 0, key
    assert side["kb_per_cpu_s"] == pytest.approx(side["mb_per_cpu_s"] * 1e3)
    assert 0 < side["mb_per_cpu_s_with_load"] <= side["mb_per_cpu_s"]


@pytest.mark.slow
def test_bench_extract_times_tracker_and_quantulum3(tmp_path: Path) -> None:
    r = bench_extract(tmp_path, "--mb", "0.05", "--q-kb", "5")
    c = r["corpus"]
    assert c["bytes"] >= 50_000 and c["articles"] > 1
    assert c["undated"] == c["articles"] // 2  # every second copy
    assert set(r["load"]) == {"start", "end"}
    check_reader(r["tracker"])
    assert r["tracker"]["bytes"] == c["bytes"]
    if importlib.util.find_spec("quantulum3") is None:
        assert "not installed" in r["quantulum3"]["reason"] and r["ratio"] is None
        return
    check_reader(r["quantulum3"])
    assert r["quantulum3"]["bytes"] < c["bytes"]
    assert r["tracker"]["passes"] == r["quantulum3"]["passes"] == r["rounds"] == 3
    assert r["ratio"] == pytest.approx(r["tracker"]["mb_per_cpu_s"]
                                       / r["quantulum3"]["mb_per_cpu_s"])


def test_bench_extract_without_quantulum3_or_shared(tmp_path: Path) -> None:
    r = bench_extract(tmp_path, "--mb", "0.02", "--shared", str(tmp_path / "absent"),
                      hide_quantulum=True)
    assert "data/sample/articles" in r["corpus"]["source"]
    check_reader(r["tracker"])
    assert r["quantulum3"]["available"] is False and r["ratio"] is None
    assert "not installed" in r["quantulum3"]["reason"]


def test_bench_extract_skips_quantulum3_on_request(tmp_path: Path) -> None:
    r = bench_extract(tmp_path, "--mb", "0.01", "--no-quantulum")
    check_reader(r["tracker"])
    assert r["quantulum3"]["reason"] == "skipped (--no-quantulum)"


def test_bench_extract_counts_the_fastest_of_its_rounds(tmp_path: Path) -> None:
    r = bench_extract(tmp_path, "--mb", "0.01", "--no-quantulum", "--rounds", "2")
    t = r["tracker"]
    assert r["rounds"] == 2 and t["passes"] == 2 and len(t["pass_cpu_seconds"]) == 2
    assert t["cpu_seconds"] == min(t["pass_cpu_seconds"])


@pytest.mark.slow
def test_bench_reconcile_reports_times_and_memory(tmp_path: Path) -> None:
    argv = ["--claims", "2000", "--json", str(tmp_path / "out.json")]
    code = (f"import sys; sys.path.insert(0, {str(BENCH)!r}); import bench_reconcile; "
            f"bench_reconcile.main({argv!r})")
    r = run_script(tmp_path, code)
    for key in ("generate_seconds", "rebuild_seconds", "current_seconds",
                "rates_command_seconds", "claims_per_second", "maxrss_mb_after_rebuild",
                "rates_command_peak_mb", "current_rows", "rates_rows"):
        assert r[key] > 0, key
    assert r["claims"] == 2000
    assert r["tables"]["facts"] > 0 and r["tables"]["current_values"] > 0


def bench_main(tmp_path: Path, module: str, *args: str) -> dict:
    argv = [*args, "--json", str(tmp_path / "out.json")]
    code = (f"import sys; sys.path.insert(0, {str(BENCH)!r}); import {module}; "
            f"{module}.main({argv!r})")
    return run_script(tmp_path, code)


def check_process(x: dict) -> None:
    for key in ("seconds", "cpu_seconds", "peak_mb"):
        assert x[key] > 0, key


@pytest.mark.slow
def test_bench_reports_times_every_report_command(tmp_path: Path) -> None:
    r = bench_main(tmp_path, "bench_reports", "--claims", "2000", "--repeat", "1")
    assert r["claims"] == 2000 and r["facts"] > 0 and r["rebuild_seconds"] > 0
    assert set(r["reports"]) == {"rates", "rates_as_of", "conflicts_kr", "timeline_kr_steel"}
    for x in r["reports"].values():
        check_process(x)
        assert x["runs"] == 1 and x["min_cpu_seconds"] == x["cpu_seconds"]
    assert r["reports"]["rates"]["lines"] > 3  # title, header, rule, rows
    check_process(r["version"])


@pytest.mark.slow
def test_bench_growth_measures_ingest_rebuild_and_reports(tmp_path: Path) -> None:
    r = bench_main(tmp_path, "bench_growth", "--articles", "6,12", "--claims", "1500",
                   "--repeat", "1", "--batch", "5")
    assert [x["articles"] for x in r["ingest"]] == [6, 12]
    for x in r["ingest"]:
        check_process(x)
        assert x["claims"] > 0 and x["mb"] > 0
        assert x["batch"] == 5 and {"extract", "reconcile", "store"} <= set(x["stages"])
        assert sum(b["articles"] for b in x["batches"]) == x["articles"]
        assert x["cpu_seconds"] == pytest.approx(sum(b["cpu_seconds"] for b in x["batches"]))
        for b in x["batches"]:
            check_process(b)
    assert [b["start"] for b in r["ingest"][1]["batches"]] == [0, 5, 10]
    assert r["ingest"][1]["mb"] > r["ingest"][0]["mb"]
    assert r["paragraphs"]["count"] > 10
    (rec,) = r["reconcile"]
    assert rec["claims"] == 1500 and rec["rebuild"]["facts"] > 0
    check_process(rec["rebuild"])
    for x in rec["reports"].values():
        check_process(x)


@pytest.mark.slow
def test_bench_startup_reports_both_commands(tmp_path: Path) -> None:
    code = (f"import sys; sys.path.insert(0, {str(BENCH)!r}); import bench_startup; "
            f"bench_startup.main(['--repeat', '1', '--json', {str(tmp_path / 'out.json')!r}])")
    out = run_script(tmp_path, code)
    assert out["article_bytes"] > 0
    for name, target in (("help", 0.3), ("extract_one", 1.0)):
        m = out[name]
        assert m["runs"] == 1 and m["target"] == target
        assert 0 < m["wall_fastest"] <= m["wall_median"]
        assert 0 < m["cpu_fastest"] <= m["cpu_median"]
        assert m["met"] == (m["wall_fastest"] < target)


def test_bench_growth_feed_dates_advance_with_the_article_number() -> None:
    """The growth feed publishes ARTICLES_PER_DAY articles a day, dates in order (a real
    feed's), so a fortnight holds the same number of dated articles at every size; every
    second article stays undated."""
    sys.path.insert(0, str(BENCH))
    import bench_growth

    per_day = bench_growth.ARTICLES_PER_DAY
    pool = [("s", f"paragraph {i} of a made-up story about duties") for i in range(20)]
    recs = list(bench_growth.feed_records(3 * per_day + 2, pool))
    dated = [r["published"] for r in recs if r["published"]]
    assert [r["published"] is None for r in recs[:4]] == [False, True, False, True]
    assert dated == sorted(dated)
    assert len(set(dated)) == 4  # three full days and the start of a fourth
    assert recs[0]["published"] == bench_growth.FEED_START.isoformat()
    assert bench_growth.feed_day(14 * per_day) == "2025-01-15"
    assert bench_growth.feed_day(100_000 - 1) < "2026-01-01"  # 100,000 in under a year


def test_bench_growth_refuses_item_7_sizes_without_the_real_articles(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An item-7 ingest size with no real articles at --shared stops at once, with one line,
    instead of measuring the repository's sample articles (h107's 1,000 run did)."""
    sys.path.insert(0, str(BENCH))
    import bench_growth

    with pytest.raises(SystemExit) as stop:
        bench_growth.main(["--articles", "1000", "--claims", "0", "--shared",
                           str(tmp_path / "nowhere"), "--work", str(tmp_path)])
    message = str(stop.value.code)
    assert "--shared" in message and "nowhere" in message and "\n" not in message
    assert list(tmp_path.iterdir()) == []  # nothing was run


def test_bench_growth_reads_the_paragraphs_from_shared(tmp_path: Path) -> None:
    """--shared names the real articles' folder; a tiny size may fall back to the sample."""
    sys.path.insert(0, str(BENCH))
    import bench_growth

    (tmp_path / "dev").mkdir()
    (tmp_path / "seeds").mkdir()
    text = "A made-up line about a 25% duty on steel from a made-up country, set in March."
    (tmp_path / "dev" / "articles.jsonl").write_text(json.dumps(
        {"id": "m1", "published": "2025-03-01", "text": f"{text}\n{text} Again."}) + "\n",
        encoding="utf-8")
    pool, label = bench_growth.paragraphs(tmp_path, required=True)
    assert str(tmp_path) in label and len(pool) == 2
    _, fallback = bench_growth.paragraphs(tmp_path / "nowhere")
    assert "sample" in fallback


def test_bench_growth_table_gives_each_ingest_size_its_own_load_after() -> None:
    """The load after an ingest size is its last batch's, not the whole run's end (a long
    run's sizes end hours apart, at different loads)."""
    sys.path.insert(0, str(BENCH))
    import bench_growth

    def size(n: int, loads: list[float]) -> dict:
        return {"articles": n, "claims": 8 * n, "batch": 10, "seconds": 1.0,
                "cpu_seconds": 1.0, "peak_mb": 100.0, "batches": [{"load": x} for x in loads]}

    run = {"cores": 2, "load_start": [3.0], "load_end": [9.0],
           "ingest": [size(10, [4.0]), size(30, [5.0, 6.0, 7.5])]}
    rows = bench_growth.table([run]).splitlines()[2:]
    assert rows[0].endswith("| 3.0, 4.0 |") and rows[1].endswith("| 3.0, 7.5 |")


def test_bench_growth_reconciles_the_chosen_batches() -> None:
    """--reconcile-every K: every K-th batch and the last reconciled; 0: the last only."""
    spec = importlib.util.spec_from_file_location("bench_growth_k", BENCH / "bench_growth.py")
    assert spec and spec.loader
    sys.path.insert(0, str(BENCH))
    growth = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(growth)
    assert [growth.reconciled(i, 5, 1) for i in range(5)] == [True] * 5
    assert [growth.reconciled(i, 5, 0) for i in range(5)] == [False] * 4 + [True]
    assert [growth.reconciled(i, 5, 2) for i in range(5)] == [False, True, False, True, True]


@pytest.mark.slow
def test_bench_growth_ingest_reconciled_at_the_last_batch(tmp_path: Path) -> None:
    r = bench_main(tmp_path, "bench_growth", "--articles", "12", "--claims", "0",
                   "--repeat", "1", "--batch", "5", "--reconcile-every", "0")
    (x,) = r["ingest"]
    assert x["reconcile_every"] == 0
    assert [b["reconciled"] for b in x["batches"]] == [False, False, True]
    assert [b["pending"] > 0 for b in x["batches"]] == [True, True, False]
    assert "reconcile" not in x["batches"][0]["stages"]
    assert "reconcile" in x["batches"][-1]["stages"]
