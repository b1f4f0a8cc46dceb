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
