"""Build script. setuptools reads the project from pyproject.toml; this file only adds the
compiled extraction modules.

The modules named by COMPILED in tracker/extract/__init__.py are compiled with Cython as
plain Python (annotations are not read as C types, so the semantics are Python's): the
same source, extracted 15 to 20% faster (README, "Compiled extraction"). Where no C
compiler is at hand the build skips them (optional extensions) and they run as plain
Python. Set TRACKER_PURE_PYTHON=1 to build without compiling.
"""

from __future__ import annotations

import ast
import os
from pathlib import Path

from setuptools import setup

HERE = Path(__file__).resolve().parent
PACKAGE = HERE / "tracker" / "extract"


def compiled_names() -> tuple[str, ...]:
    """COMPILED of tracker/extract/__init__.py, read without importing the package."""
    tree = ast.parse((PACKAGE / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id == "COMPILED" for t in targets):
                return tuple(ast.literal_eval(node.value))
    raise SystemExit("setup.py: no COMPILED in tracker/extract/__init__.py")


def ext_modules() -> list:
    # (tracker.extract.pure_python_requested, which the build cannot import)
    if os.environ.get("TRACKER_PURE_PYTHON", "").strip() not in ("", "0"):
        return []
    try:
        from Cython.Build import cythonize
    except ImportError:  # a build without the build requirements: plain Python
        return []
    sources = [str((PACKAGE / f"{name}.py").relative_to(HERE)) for name in compiled_names()]
    exts = cythonize(sources, build_dir="build/cython", quiet=True,
                     compiler_directives={"language_level": 3, "annotation_typing": False})
    for ext in exts:
        ext.optional = True  # a failed compile leaves that module as plain Python
        if os.name == "posix":
            ext.extra_compile_args = ["-g0"]  # no debug info: smaller, quicker to build
    return exts


if __name__ == "__main__":  # as setuptools runs it (tests import it for compiled_names)
    setup(ext_modules=ext_modules(), options={"build_ext": {"parallel": os.cpu_count() or 1}})
