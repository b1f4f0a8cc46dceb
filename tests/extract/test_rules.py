"""Every rule file's own examples pass (Duckling-style corpus per rule)."""

import pytest

from tracker.rules_check import CHECKERS, check_all


def test_every_rule_file_has_a_checker():
    from tracker.rules import rule_files

    assert set(rule_files()) == set(CHECKERS)


@pytest.fixture(scope="module")
def results():
    return check_all()


@pytest.mark.parametrize("name", sorted(CHECKERS))
def test_rule_examples(results, name):
    n, failures = results[name]
    assert n > 0, f"rules/{name}.toml has no examples"
    assert failures == []


def test_broken_rule_file_is_one_line_error(tmp_path, monkeypatch):
    from tracker import rules
    from tracker.errors import TrackerError

    (tmp_path / "numbers.toml").write_text("[units\nbroken")
    monkeypatch.setenv("TRACKER_RULES", str(tmp_path))
    rules.load.cache_clear()
    try:
        with pytest.raises(TrackerError, match="invalid TOML"):
            rules.load("numbers")
    finally:
        monkeypatch.delenv("TRACKER_RULES")
        rules.load.cache_clear()
