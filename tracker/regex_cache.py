"""Compiled regexes kept between runs, as Python keeps compiled modules in __pycache__.

Python compiles a regex in pure Python (re._parser, re._compiler), and the date grammar's
patterns, each expanding the month, weekday and number fragments, are large: compiling
those one article needs was a fifth of a one-article `tracker extract` (docs/benchmarks.md).
What the compiler produces, the regex engine's code (a list of integers, with the group
names), is always the same for the same pattern, flags and Python, so it is stored in one
file under the user's cache folder and handed to re's own engine (`_sre.compile`, as
re._compiler.compile does) on later runs: the same Pattern object, without the parse.

Anything unexpected falls back to `re.compile`: another Python (the file name carries the
interpreter's tag and the engine's version), a damaged or unreadable file, a folder that
cannot be written. `TRACKER_CACHE` names the folder (default: $XDG_CACHE_HOME/tracker or
~/.cache/tracker); `TRACKER_CACHE=off` turns the cache off.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
from pathlib import Path
from typing import Any

try:  # Python 3.11+
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another layout: no cache
    _sre = None  # type: ignore[assignment]

#: entries kept at most (patterns of other rule versions pile up; past this, start afresh)
MAX_ENTRIES = 4000
_Entry = tuple[int, list[int], int, dict[str, int], tuple[Any, ...]]


def cache_file() -> Path | None:
    """The cache file for this Python, or None when the cache is off."""
    where = os.environ.get("TRACKER_CACHE")
    if where is not None and where.strip().lower() in ("", "0", "off", "no", "false"):
        return None
    if _sre is None:
        return None
    if where:
        folder = Path(where)
    else:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        folder = Path(base) / "tracker"
    tag = sys.implementation.cache_tag or "python"
    return folder / f"regex-{tag}-{_sre.MAGIC}.marshal"


class _Store:
    """The entries of one cache file: read once, written back (merged) at exit if grown."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.entries: dict[tuple[str, int], _Entry] = self._read()
        self.added: dict[tuple[str, int], _Entry] = {}

    def _read(self) -> dict[tuple[str, int], _Entry]:
        try:
            data = marshal.loads(self.path.read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            return {}
        return data if isinstance(data, dict) else {}

    def add(self, key: tuple[str, int], entry: _Entry) -> None:
        if not self.added:
            atexit.register(self.save)
        self.added[key] = entry
        self.entries[key] = entry

    def save(self) -> None:
        """Merge with what other processes wrote meanwhile, then replace the file whole."""
        if not self.added:
            return
        import tempfile  # (~10 ms of imports: only when there is something to write)

        try:
            merged = self._read()
            if len(merged) + len(self.added) > MAX_ENTRIES:
                merged = {}
            merged.update(self.added)
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".regex-", suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as fh:
                    fh.write(marshal.dumps(merged))
                os.replace(tmp, self.path)
            except BaseException:
                os.unlink(tmp)
                raise
        except (OSError, ValueError):
            pass  # a cache that cannot be written only costs time
        self.added = {}


_stores: dict[Path, _Store] = {}


def _store() -> _Store | None:
    path = cache_file()
    if path is None:
        return None
    store = _stores.get(path)
    if store is None:
        store = _stores[path] = _Store(path)
    return store


def _entry(pattern: str, flags: int) -> _Entry:
    """What re._compiler.compile hands the engine (re.error for a bad pattern)."""
    p = _parser.parse(pattern, flags)
    code = [int(c) for c in _compiler._code(p, flags)]
    groupindex = {str(k): int(v) for k, v in p.state.groupdict.items()}
    indexgroup: list[str | None] = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return int(flags | p.state.flags), code, p.state.groups - 1, groupindex, tuple(indexgroup)


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 (as re's)
    """re.compile(pattern, flags), from the cache when this pattern was compiled before."""
    store = _store()
    if store is None:
        return re.compile(pattern, flags)
    flags = int(flags)
    key = (pattern, flags)
    entry = store.entries.get(key)
    if entry is not None:
        try:
            return _sre.compile(pattern, *entry)
        except Exception:  # noqa: BLE001 (a damaged entry: compile it anew)
            pass
    try:
        entry = _entry(pattern, flags)
        rx = _sre.compile(pattern, *entry)
    except re.error:
        raise
    except Exception:  # noqa: BLE001 (internals not as expected: the plain way)
        return re.compile(pattern, flags)
    store.add(key, entry)
    return rx
