"""A wheel built from the repository is the whole tool: installed into a fresh environment
(no checkout at hand), `tracker demo`, `tracker ingest` and `tracker rates` run from any
folder, with the rule files, the reference table and the sample corpus it carries."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
from conftest import REPO

pytestmark = pytest.mark.slow

#: what a wheel is built from (copied, so that no stale build/ folder leaks into it)
SOURCES = ("pyproject.toml", "README.md", "tracker", "rules", "data")


def _run(*cmd: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    proc = subprocess.run([str(c) for c in cmd], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=600)
    assert proc.returncode == 0, f"{cmd}\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    return proc.stdout + proc.stderr


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A venv with only the wheel in it; the dependencies come from the test environment's
    site-packages through a .pth line (offline and quick; its .pth files, among them the
    editable install of this checkout, are not read from there)."""
    base = tmp_path_factory.mktemp("wheel")
    src = base / "src"
    src.mkdir()
    for name in SOURCES:
        if (REPO / name).is_dir():
            shutil.copytree(REPO / name, src / name,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(REPO / name, src / name)
    dist = base / "dist"
    _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--no-index", "-q", "-w", dist, src, cwd=base)
    wheel = next(dist.glob("tracker-*.whl"))

    venv = base / "venv"
    _run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=base)
    python = venv / "bin" / "python"
    site = Path(_run(python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))",
                     cwd=base).strip())
    deps = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib")}
    (site / "test_env_deps.pth").write_text("\n".join(sorted(deps)) + "\n", encoding="utf-8")
    _run(sys.executable, "-m", "pip", "--python", python, "install", "--no-deps",
         "--no-index", "-q", wheel, cwd=base)

    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "TRACKER_RULES", "TRACKER_DB", "VIRTUAL_ENV")}
    return venv, env


def test_the_installed_package_is_the_wheel(installed, tmp_path):
    venv, env = installed
    out = _run(venv / "bin" / "python", "-c",
               "import tracker, tracker.resources as r; print(tracker.__file__); "
               "print(r.rules_dir()); print(r.reference_table()); print(r.sample_articles())",
               cwd=tmp_path, env=env)
    paths = [Path(line) for line in out.split()]
    assert all(p.is_relative_to(venv) for p in paths), out
    assert {"claims", "lexicon", "dates"} <= {p.stem for p in paths[1].glob("*.toml")}
    assert paths[2].is_file()
    assert len(list(paths[3].iterdir())) >= 20



def test_demo_ingest_and_rates_run_from_any_folder(installed, tmp_path):
    venv, env = installed
    tracker = venv / "bin" / "tracker"
    out = _run(tracker, "demo", cwd=tmp_path, env=env)
    assert "Ingested the sample corpus" in out and "articles: 22 new" in out, out[-2000:]
    assert "US→KR" in out and "Han River Times" in out, out[-2000:]
    assert (tmp_path / "tracker-demo.duckdb").exists()

    article = tmp_path / "note.txt"
    article.write_text("Lumber duty doubles\n\nThe United States will raise its tariff on "
                       "Canadian lumber to 20% from 10% on Oct. 14, 2025, officials said.\n",
                       encoding="utf-8")
    out = _run(tracker, "ingest", article, "--db", "mine.duckdb", cwd=tmp_path, env=env)
    assert "articles: 1 new" in out and "claims stored: 0" not in out, out
    out = _run(tracker, "rates", "--db", "mine.duckdb", "--format", "csv", cwd=tmp_path,
               env=env)
    assert "CA" in out and "20" in out, out


def test_demo_checks_claims_against_the_shipped_reference_table(installed, tmp_path):
    venv, env = installed
    out = _run(venv / "bin" / "tracker", "demo", cwd=tmp_path, env=env)
    assert "the official figure is" in out, out[-2000:]
