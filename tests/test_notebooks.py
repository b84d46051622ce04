"""The analyst notebooks run from top to bottom, and are stored without outputs.

Each notebook is executed with nbclient in a ``python3`` kernel, from the ``notebooks/``
folder, so a notebook broken by a change to the library fails the test suite.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

NOTEBOOKS_DIR = Path(__file__).resolve().parents[1] / "notebooks"
NOTEBOOKS = sorted(NOTEBOOKS_DIR.glob("*.ipynb"))
#: What the notebooks may import: the public API, and the tools an analyst has anyway.
ALLOWED_IMPORTS = ("hum_stats", "pandas", "pathlib", "tempfile", "shutil")
_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def test_there_are_at_least_two_notebooks():
    assert len(NOTEBOOKS) >= 2, f"expected analyst notebooks in {NOTEBOOKS_DIR}"


def _code_cells(path: Path) -> list[nbformat.NotebookNode]:
    nb = nbformat.read(path, as_version=4)
    return [c for c in nb.cells if c.cell_type == "code"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_is_stored_without_outputs(path):
    cells = _code_cells(path)
    assert cells
    dirty = [i for i, c in enumerate(cells) if c.outputs or c.execution_count is not None]
    assert not dirty, f"{path.name}: code cells {dirty} have outputs; clear them before committing"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_uses_only_the_public_api(path):
    for cell in _code_cells(path):
        tree = ast.parse(cell.source)
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                modules = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                modules = [f"{node.module}.{a.name}" for a in node.names]
            else:
                continue
            for module in modules:
                assert module.split(".")[0] in ALLOWED_IMPORTS, f"{path.name}: imports {module}"
                assert not any(part.startswith("_") for part in module.split(".")), module
                assert not module.startswith("hum_stats.store"), f"{path.name}: imports {module}"
        assert "db.con" not in cell.source, f"{path.name}: uses the DuckDB connection directly"


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs(path):
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOKS_DIR)}}
    )
    failure = None
    try:
        client.execute()
    except CellExecutionError as err:  # the message holds the cell and the traceback
        failure = _ANSI.sub("", str(err))
    if failure is not None:
        pytest.fail(f"{path.name} failed:\n{failure}", pytrace=False)
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert not errors
