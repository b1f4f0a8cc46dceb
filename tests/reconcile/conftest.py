"""The `con` fixture of the stage tests (tests/reconcile/stage.py)."""

from tests.reconcile.stage import con  # noqa: F401
