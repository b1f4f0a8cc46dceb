"""Plain imports: every module of the package imports by its dotted name, the submodules
keep their names, and the package installs no import hooks of its own."""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys
import types

import tracker


def _modules() -> list[str]:
    return sorted(m.name for m in pkgutil.walk_packages(tracker.__path__, "tracker."))


def test_every_module_imports_by_its_dotted_name():
    names = _modules()
    assert {"tracker.ingest", "tracker.extract.engine", "tracker.evaluate",
            "tracker.read.html", "tracker.resources"} <= set(names)
    for name in names:
        mod = importlib.import_module(name)
        assert mod.__name__ == name and sys.modules[name] is mod
        # plain Python: a stale compiled module (an old build's .so) would shadow the source
        assert str(mod.__file__).endswith(".py"), mod.__file__


def test_submodules_keep_their_names():
    import tracker.evaluate
    import tracker.extract.engine
    import tracker.ingest

    for mod in (tracker.ingest, tracker.extract, tracker.evaluate, tracker.extract.engine):
        assert isinstance(mod, types.ModuleType), mod
    assert tracker.extract.engine.extract_text is not None


def test_the_api_is_there_under_its_own_names():
    for name in tracker.__all__:
        assert hasattr(tracker, name), name
    assert callable(tracker.ingest_paths) and callable(tracker.extract_claims)
    assert callable(tracker.evaluate_gold)
    claims = tracker.extract_text("The US set a 15% tariff on Japanese cars.", "2025-07-23")
    assert [(c.value, c.metric) for c in claims] == [(15.0, "tariff_rate")]


def test_no_import_hooks_of_ours():
    _modules()
    for name in _modules():
        importlib.import_module(name)
    for finder in [*sys.meta_path, *sys.path_hooks, *sys.path_importer_cache.values()]:
        owner = getattr(finder, "__module__", None) or type(finder).__module__
        assert not str(owner).startswith("tracker"), finder


def test_import_tracker_leaves_the_heavy_libraries_alone():
    """The CLI imports `tracker` on every call, `tracker --help` included."""
    code = ("import sys, tracker, tracker.cli; "
            "print(sorted(m for m in ('pandas', 'duckdb', 'pint', 'dateparser', 'trafilatura')"
            " if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"


def _imported_after(code: str) -> list[str]:
    """Which heavy libraries a fresh interpreter holds after running `code`."""
    probe = (f"{code}\nimport sys\nprint(sorted(m for m in ('pandas', 'numpy', 'duckdb', "
             "'pyarrow', 'pint', 'dateparser', 'trafilatura') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True).stdout
    return eval(out.strip().splitlines()[-1])  # a list of names printed by the probe


def test_the_api_names_load_on_first_use():
    """`import tracker` names the API without importing it (module __getattr__)."""
    assert _imported_after("import tracker") == []
    assert "tracker.api" not in subprocess.run(
        [sys.executable, "-c", "import sys, tracker; print(sorted(sys.modules))"],
        capture_output=True, text=True, check=True).stdout
    assert tracker.Article is importlib.import_module("tracker.models").Article
    assert "no_such_name" not in dir(tracker) and "rates" in dir(tracker)
    try:
        tracker.no_such_name  # noqa: B018
    except AttributeError as exc:
        assert "no_such_name" in str(exc)
    else:  # pragma: no cover
        raise AssertionError("tracker.no_such_name did not raise AttributeError")


def test_extracting_needs_no_dataframes_nor_database():
    """`tracker extract` (jsonl) reads and extracts: no pandas, DuckDB, pint, dateparser."""
    code = ("from tracker.ingest import extract_paths\n"
            "from tracker.extract.engine import extract_text\n"
            "claims = extract_text('The US set a 15% tariff on $20 billion of Japanese cars "
            "from Aug. 1, 2025.', '2025-07-23')\n"
            "assert [c.value for c in claims][:2] == [15.0, 20e9], claims")
    assert _imported_after(code) == []
