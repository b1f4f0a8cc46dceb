"""The analysis notebook runs headless from top to bottom (nbclient), every cell passing."""

from __future__ import annotations

import os

import pytest
from conftest import REPO

NOTEBOOK = REPO / "notebooks" / "tariff_analysis.ipynb"


@pytest.mark.slow
def test_notebook_executes(monkeypatch, tmp_path):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    pytest.importorskip("matplotlib")
    # the kernel runs in notebooks/: make sure it imports this checkout's tracker
    root = str(NOTEBOOK.parents[1])
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(
        p for p in (root, os.environ.get("PYTHONPATH")) if p))
    # the database is a parameter: a file that does not exist yet is built from the sample
    db = tmp_path / "nb.duckdb"
    monkeypatch.setenv("TRACKER_DB", str(db))
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        nb, timeout=600, kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    client.execute()  # raises CellExecutionError when a cell fails
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    assert any("image/png" in o.get("data", {}) for o in outputs), "the timeline plot"
    text = "\n".join(o.get("text", "") for o in outputs if o.get("output_type") == "stream")
    assert "claims stored" in text
    assert f"built {db}" in text and db.exists()
