"""tracker report --html: one self-contained page, escaped, with charts that render.

The browser test opens the page in headless Chromium (skipped where no chromium binary
exists; CI installs it in .ci/run): the page loads without console errors and the
screenshot shows the charts' coloured points.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.report import scenario
from tracker import html_report
from tracker.svg_chart import STATUS_COLORS, Point, chart, nice_ticks


@pytest.fixture(scope="module")
def rdb(tmp_path_factory) -> Path:
    return scenario.db_file(tmp_path_factory)

NOW = dt.datetime(2025, 9, 3, 12, 0)


@pytest.fixture(scope="module")
def page(rdb) -> str:
    from tracker import store

    con = store.connect(rdb, read_only=True)
    try:
        return html_report.build(con, now=NOW)
    finally:
        con.close()


def test_page_is_self_contained(page):
    assert page.startswith("<!DOCTYPE html>")
    assert "<script" not in page.lower()
    # nothing is fetched when the page is viewed: no src= and no stylesheet links
    assert not re.search(r"\bsrc\s*=", page, re.I)
    assert "<link" not in page.lower() and "@import" not in page
    assert "<style>" in page


def test_rates_with_sources_as_links(page):
    assert '<a href="https://cbd.example/india-50">Continental Business Daily</a>' in page
    assert '<a href="https://harborwire.example/kr-deal">Harbor Wire</a>' in page
    assert "Rio Grande Business Journal" in page  # no URL: plain text
    assert "most independent sources: 2 vs 1" in page


def test_all_text_is_escaped_and_only_http_links(page):
    assert "Atlas &lt;Freight&gt; &amp; Monitor" in page
    assert "Atlas <Freight>" not in page
    assert "a &lt;b&gt;45&lt;/b&gt; pct duty" in page
    assert "javascript:" not in page


def test_conflicts_with_both_quotes(page):
    part = page[page.index("id='conflicts'"):]
    assert "a 50 per cent tariff" in part and "a &lt;b&gt;45&lt;/b&gt; pct duty" in part
    assert "https://cbd.example/india-50" in part


def test_charts_and_last_update(page):
    part = page[page.index("id='charts'"):page.index("id='rates'")]
    assert part.count("<svg") >= 2  # KR and IN have two or more reports
    assert part.count("<circle") >= 5
    assert STATUS_COLORS["in_effect"] in part
    assert "latest article published 2025-08-29" in page
    assert "Page generated 2025-09-03 12:00 UTC" in page


def test_chart_scales_cover_every_value():
    pts = [Point(dt.date(2025, 4, 3), 25, "in_effect", "a"),
           Point(dt.date(2025, 7, 31), 145, "agreed", "b")]
    svg = chart(pts, "US→CN <all>", current=30)
    ys = [float(y) for y in re.findall(r'<circle cx="[\d.]+" cy="([\d.]+)"', svg)]
    assert ys and all(28 <= y <= 240 - 36 for y in ys)  # inside the plot area
    assert "US→CN &lt;all&gt;" in svg
    assert nice_ticks(0, 27.5)[-1] >= 27.5 and nice_ticks(0, 165)[-1] >= 165


def test_empty_database_page(tmp_path):
    from tracker import store

    con = store.connect(tmp_path / "e.duckdb")
    try:
        page = html_report.build(con, now=NOW)
    finally:
        con.close()
    assert "No tariff rates yet" in page and "No conflicts" in page


# --------------------------------------------------------------------------- browser


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    pytest.skip("no chromium binary (CI installs it in .ci/run)")


def _open(html_file: Path, tmp_path: Path, *extra: str) -> subprocess.CompletedProcess:
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    cmd = [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
           "--no-first-run", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", f"--user-data-dir={profile}",
           "--enable-logging=stderr", "--v=0", "--hide-scrollbars", *extra,
           html_file.resolve().as_uri()]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)


def _console_errors(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines()
            if "CONSOLE" in line or "Uncaught" in line]


@pytest.mark.slow
def test_console_check_catches_a_script_error(tmp_path):
    bad = tmp_path / "bad.html"
    bad.write_text("<!DOCTYPE html><html><body><script>nope();</script></body></html>")
    run = _open(bad, tmp_path, "--dump-dom")
    assert _console_errors(run.stderr), run.stderr[-2000:]


@pytest.mark.slow
def test_page_loads_and_charts_render_in_chromium(page, tmp_path):
    html_file = tmp_path / "report.html"
    html_file.write_text(page, encoding="utf-8")
    run = _open(html_file, tmp_path, "--dump-dom")
    assert run.returncode == 0, run.stderr[-2000:]
    assert not _console_errors(run.stderr), _console_errors(run.stderr)
    assert run.stdout.count("<svg") >= 2 and "Continental Business Daily" in run.stdout
    img = _screenshot(html_file, tmp_path)
    assert len(img.getcolors(maxcolors=1 << 20) or []) > 50, "blank screenshot"
    # the charts alone (without the legend and the rates' badges, which share the colours)
    charts = tmp_path / "charts.html"
    charts.write_text(page[:page.index("<main>") + 6]
                      + page[page.index("<div class='charts'>"):page.index("<h2 id='rates'>")]
                      + "</main></body></html>", encoding="utf-8")
    colours = _screenshot(charts, tmp_path).getcolors(maxcolors=1 << 20) or []
    for status in ("in_effect", "agreed"):  # the points of KR's and IN's charts
        rgb = tuple(int(STATUS_COLORS[status][i:i + 2], 16) for i in (1, 3, 5))
        near = sum(n for n, c in colours
                   if sum(abs(a - b) for a, b in zip(c, rgb, strict=True)) < 30)
        assert near > 30, f"no {status} points drawn"


def _screenshot(html_file: Path, tmp_path: Path):
    from PIL import Image

    shot = tmp_path / f"{html_file.stem}.png"
    run = _open(html_file, tmp_path, f"--screenshot={shot}", "--window-size=1200,2000")
    assert shot.exists(), run.stderr[-2000:]
    img = Image.open(shot).convert("RGB")
    assert img.size == (1200, 2000)
    return img


def test_a_chart_within_one_month_still_has_dates_on_its_axis():
    """Points between two month starts leave no month tick: the axis then names the first and
    last point's own dates instead of showing none."""
    pts = [Point(dt.date(2025, 4, 3), 10.0, "in_effect", "A"),
           Point(dt.date(2025, 4, 9), 20.0, "scheduled", "B")]
    svg = chart(pts, "US→* all base: tariff rate")
    assert "3 Apr 2025" in svg and "9 Apr 2025" in svg
    many = pts + [Point(dt.date(2025, 7, 1), 15.0, "agreed", "C")]
    assert "May 2025" in chart(many, "t") and "3 Apr 2025" not in chart(many, "t")
