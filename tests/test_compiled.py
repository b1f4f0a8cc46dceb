"""The compiled extraction modules (setup.py, Cython) and their plain-Python source:
which one loads, and that both find exactly the same claims."""

from __future__ import annotations

import importlib.machinery
import importlib.util
import json
import os
import subprocess
import sys
import warnings
from pathlib import Path

import pytest
from conftest import REPO, SAMPLE

from tracker.extract import COMPILED, _SourceWhenStale, compiled, compiled_files, use_source

EXT = importlib.machinery.EXTENSION_SUFFIXES[0]
PKG = sys.modules["tracker.extract"]  # (the attribute tracker.extract is the API function)
NOW = 1_700_000_000


def _files(where: Path, src_age: float, built_age: float | None) -> None:
    """engine.py and, unless built_age is None, a compiled engine, each so many seconds old."""
    where.mkdir(exist_ok=True)
    src = where / "engine.py"
    src.write_text("X = 1\n")
    os.utime(src, (NOW - src_age, NOW - src_age))
    if built_age is not None:
        built = where / f"engine{EXT}"
        built.write_bytes(b"")
        os.utime(built, (NOW - built_age, NOW - built_age))


def test_the_compiled_form_is_used_unless_older_than_its_source(tmp_path, monkeypatch):
    monkeypatch.delenv("TRACKER_PURE_PYTHON", raising=False)
    _files(tmp_path, src_age=100, built_age=10)
    assert compiled_files("engine", tmp_path) == [tmp_path / f"engine{EXT}"]
    assert use_source("engine", tmp_path) is False
    _files(tmp_path, src_age=10, built_age=100)  # the source was edited after the build
    assert use_source("engine", tmp_path) is True


def test_pure_python_on_request_and_nothing_to_choose_without_a_build(tmp_path, monkeypatch):
    _files(tmp_path, src_age=100, built_age=10)
    for value, want in (("1", True), ("yes", True), ("0", False), ("", False), (" ", False)):
        monkeypatch.setenv("TRACKER_PURE_PYTHON", value)
        assert use_source("engine", tmp_path) is want, repr(value)
    _files(tmp_path / "plain", src_age=10, built_age=None)
    monkeypatch.setenv("TRACKER_PURE_PYTHON", "1")
    assert use_source("engine", tmp_path / "plain") is False  # a source only: normal import


def test_a_stale_compiled_module_loads_its_source_with_a_warning(tmp_path, monkeypatch):
    monkeypatch.delenv("TRACKER_PURE_PYTHON", raising=False)
    monkeypatch.setattr(PKG, "_HERE", tmp_path)
    finder = _SourceWhenStale()
    _files(tmp_path, src_age=100, built_age=10)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert finder.find_spec("tracker.extract.engine") is None  # fresh: the normal import
        assert finder.find_spec("tracker.extract.trie") is None  # never compiled
        assert finder.find_spec("tracker.other.engine") is None
    _files(tmp_path, src_age=10, built_age=100)
    with pytest.warns(RuntimeWarning, match=r"older than engine\.py.*make build"):
        spec = finder.find_spec("tracker.extract.engine")
    assert spec is not None and spec.origin == str(tmp_path / "engine.py")
    monkeypatch.setenv("TRACKER_PURE_PYTHON", "1")  # asked for: no warning
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        spec = finder.find_spec("tracker.extract.engine")
    assert spec is not None and spec.origin == str(tmp_path / "engine.py")


def test_setup_compiles_exactly_compiled():
    spec = importlib.util.spec_from_file_location("tracker_setup", REPO / "setup.py")
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)  # defines the helpers; setup() runs only as __main__
    assert build.compiled_names() == COMPILED
    assert set(compiled()) == set(COMPILED)


def test_built_modules_are_the_ones_running():
    """After `pip install -e .` with a C compiler, every module of COMPILED runs compiled,
    unless its source is newer or TRACKER_PURE_PYTHON is set."""
    built = [n for n in COMPILED if compiled_files(n)]
    if not built:
        pytest.skip("no compiled modules in this checkout (no C compiler, or a pure build)")
    state = compiled()
    for name in built:
        assert state[name] is (not use_source(name)), name


# --------------------------------------------------------------- same claims either way
_DUMP = """
import dataclasses, json, sys
sys.path.insert(0, {bench!r})
import bench_extract
from tracker.extract import compiled
from tracker.extract.engine import extract_article
from tracker.read import prepare, read_paths
arts = [prepare(a) for a in read_paths([{sample!r}])[0]]
arts += bench_extract.build_corpus({n}, 3, min_kb=2.0)
claims = [[dataclasses.asdict(c) for c in extract_article(a)] for a in arts]
print(json.dumps({{"compiled": compiled(), "claims": claims}}, default=str))
"""


def _dump(pure: bool, n: int) -> dict:
    env = {**os.environ, "TRACKER_PURE_PYTHON": "1" if pure else ""}
    code = _DUMP.format(bench=str(REPO / "benchmarks"), sample=str(SAMPLE / "articles"), n=n)
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                         timeout=600, check=True)
    return json.loads(out.stdout)


@pytest.mark.slow
def test_compiled_and_source_find_the_same_claims(monkeypatch):
    monkeypatch.delenv("TRACKER_PURE_PYTHON", raising=False)  # (for use_source below)
    if not any(compiled_files(n) for n in COMPILED):
        pytest.skip("no compiled modules in this checkout: nothing to compare")
    pure, fast = _dump(True, 300), _dump(False, 300)
    assert not any(pure["compiled"].values())
    assert fast["compiled"] == {n: bool(compiled_files(n)) and not use_source(n)
                                for n in COMPILED}
    assert any(fast["compiled"].values())
    assert sum(len(c) for c in pure["claims"]) > 1000  # the comparison covers real work
    assert fast["claims"] == pure["claims"]


@pytest.mark.slow
def test_worker_processes_find_the_same_claims():
    """`tracker ingest --workers N` sends `extract` to worker processes by name: compiled
    or not, they must find what one process finds."""
    from tracker.ingest import extract_many
    from tracker.read import prepare, read_paths

    articles = [prepare(a) for a in read_paths([str(SAMPLE / "articles")])[0]]
    assert len(articles) >= 4  # enough for two workers to be used
    progress: list[int] = []
    spread = extract_many(articles, workers=2, progress=progress.append)
    assert len(progress) == len(articles)
    assert spread == extract_many(articles, workers=1)
    assert len(spread) > 100
