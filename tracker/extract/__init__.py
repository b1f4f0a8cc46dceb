"""Extraction: quantities, dates and context, and the rule engine that binds them.

The modules in COMPILED are compiled with Cython when the package is built (setup.py),
as plain Python: same source, same behaviour, faster. Two cases load a module's source
instead of its compiled form: TRACKER_PURE_PYTHON set to anything but "" or "0" (to
debug, profile or compare), and a compiled form older than its source (an edited
checkout not rebuilt yet: `make build`), which also warns.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
import warnings
from pathlib import Path

#: the modules setup.py compiles (read there with ast: keep this a literal tuple)
COMPILED = ("engine", "context", "dates", "quantities", "numbers")

_HERE = Path(__file__).resolve().parent


def pure_python_requested() -> bool:
    """TRACKER_PURE_PYTHON is set (to anything but "" or "0")."""
    return os.environ.get("TRACKER_PURE_PYTHON", "").strip() not in ("", "0")


def compiled_files(name: str, where: Path | None = None) -> list[Path]:
    """The compiled forms of module `name` (e.g. engine.cpython-311-x86_64-linux-gnu.so)
    in `where`, by default this package's folder."""
    where = _HERE if where is None else where
    return [p for suffix in importlib.machinery.EXTENSION_SUFFIXES
            if (p := where / f"{name}{suffix}").exists()]


def use_source(name: str, where: Path | None = None) -> bool:
    """Whether module `name` is loaded from its source although a compiled form exists."""
    where = _HERE if where is None else where
    src = where / f"{name}.py"
    built = compiled_files(name, where)
    if not built or not src.exists():
        return False
    return pure_python_requested() or min(p.stat().st_mtime for p in built) < src.stat().st_mtime


class _SourceWhenStale(importlib.abc.MetaPathFinder):
    """Loads tracker.extract.<name> from <name>.py when use_source(name) says so."""

    def find_spec(self, fullname: str, path: object = None,
                  target: object = None) -> importlib.machinery.ModuleSpec | None:
        prefix = __name__ + "."
        name = fullname[len(prefix):] if fullname.startswith(prefix) else ""
        if name not in COMPILED or not use_source(name):
            return None
        if not pure_python_requested():
            warnings.warn(f"{fullname}: the compiled module is older than {name}.py, so the "
                          f"source runs (slower); rebuild with `make build`",
                          RuntimeWarning, stacklevel=1)
        return importlib.util.spec_from_file_location(fullname, _HERE / f"{name}.py")


if not any(isinstance(f, _SourceWhenStale) for f in sys.meta_path):
    sys.meta_path.insert(0, _SourceWhenStale())


def compiled() -> dict[str, bool]:
    """For each module of COMPILED, whether it runs compiled (imports them)."""
    out = {}
    for name in COMPILED:
        mod = importlib.import_module(f"{__name__}.{name}")
        out[name] = not str(getattr(mod, "__file__", "")).endswith(".py")
    return out
