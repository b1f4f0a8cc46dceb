"""The package's data: pyproject.toml lists every package (setuptools reads no other
list), and tracker.resources finds the rule files, the reference table and the sample
corpus that the wheel carries."""

from __future__ import annotations

import tomllib

from conftest import REPO

from tracker import resources, rules


def test_pyproject_lists_every_package():
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]
    listed = set(config["setuptools"]["packages"])
    on_disk = {".".join(p.parent.relative_to(REPO).parts)
               for p in (REPO / "tracker").rglob("__init__.py")}
    assert on_disk <= listed, f"add to pyproject.toml packages: {sorted(on_disk - listed)}"
    mapped = config["setuptools"]["package-dir"]
    assert {mapped[p] for p in listed - on_disk} == {"rules", "data"}


def test_resources_find_the_shipped_files():
    assert {p.stem for p in resources.rules_dir().glob("*.toml")} >= {
        "claims", "dates", "furniture", "lexicon", "metadata", "numbers", "quantities"}
    assert resources.reference_table().read_text(encoding="utf-8").startswith("imposer,")
    assert (resources.sample_dir() / "gold.jsonl").is_file()
    assert len(list(resources.sample_articles().iterdir())) >= 20


def test_tracker_rules_points_elsewhere(tmp_path, monkeypatch):
    (tmp_path / "numbers.toml").write_text("", encoding="utf-8")
    monkeypatch.setenv("TRACKER_RULES", str(tmp_path))
    assert resources.rules_dir() == tmp_path
    assert rules.rule_files() == ["numbers"]


def test_a_second_checkout_reads_its_own_rules_and_data(tmp_path):
    """A checkout imported through PYTHONPATH (a git worktree beside the editable install of
    another) reads the rules and data beside its own `tracker/`, not the installed ones."""
    import shutil
    import subprocess
    import sys

    copy = tmp_path / "checkout"
    shutil.copytree(REPO / "tracker", copy / "tracker",
                    ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "rules").mkdir()
    (copy / "data").mkdir()
    (copy / "pyproject.toml").write_text("[project]\nname = 'tracker'\n", encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-c", "from tracker import resources as r; "
         "print(r.rules_dir()); print(r.data_dir())"],
        cwd=tmp_path, env={"PYTHONPATH": str(copy), "PATH": "/usr/bin:/bin"},
        capture_output=True, text=True, check=True).stdout.split()
    assert out == [str(copy / "rules"), str(copy / "data")]


def test_no_module_builds_its_own_path_to_the_data():
    """Paths to rules/ and data/ come from tracker.resources, so an installed wheel
    finds them as the checkout does."""
    offenders = [str(p.relative_to(REPO)) for p in (REPO / "tracker").rglob("*.py")
                 if "__file__" in p.read_text(encoding="utf-8")]
    assert offenders == []
