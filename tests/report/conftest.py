"""Fixtures: the report scenario's database (tests/report/scenario.py)."""

from tests.report.scenario import rcon, rdb  # noqa: F401 - fixtures
