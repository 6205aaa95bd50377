"""The notebooks in notebooks/: saved without outputs, in sync with their jupytext .py pairs, and runnable.

Running them executes every cell with nbclient in a python3 kernel of the interpreter running the tests (the
notebooks' own ``assert`` cells check what they show), with the notebooks' folder as the working directory.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
NAMES = ("01-analyst-sparql", "02-researcher-network")
FIX = "edit the .py (or the notebook), then run: jupytext --sync notebooks/{name}.py"
CLEAR = ("clear the outputs (Jupyter: Edit > Clear Outputs of All Cells, then save), or rebuild the notebook "
         "from its pair: jupytext --to ipynb notebooks/{name}.py")
NEEDS = "needs the notebooks extra: pip install -e '.[notebooks]'"


def _read_ipynb(name: str) -> dict:
    return json.loads((NOTEBOOKS / f"{name}.ipynb").read_text(encoding="utf-8"))


def _cells(nb: dict) -> list[tuple[str, str]]:
    return [(cell["cell_type"], "".join(cell["source"]).strip()) for cell in nb["cells"]]


def test_every_notebook_has_its_py_pair() -> None:
    ipynb = {p.stem for p in NOTEBOOKS.glob("*.ipynb")}
    py = {p.stem for p in NOTEBOOKS.glob("*.py")}
    assert ipynb == py == set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_notebook_is_saved_without_outputs(name: str) -> None:
    nb = _read_ipynb(name)
    with_outputs = [i for i, cell in enumerate(nb["cells"]) if cell["cell_type"] == "code"
                    and (cell.get("outputs") or cell.get("execution_count") is not None)]
    assert not with_outputs, f"{name}.ipynb: cells {with_outputs} have outputs; " + CLEAR.format(name=name)
    assert nb["metadata"]["jupytext"]["formats"] == "ipynb,py:percent", FIX.format(name=name)
    assert nb["metadata"]["kernelspec"]["name"] == "python3"


@pytest.mark.parametrize("name", NAMES)
def test_notebook_and_py_pair_are_in_sync(name: str) -> None:
    jupytext = pytest.importorskip("jupytext", reason=NEEDS)
    paired = jupytext.read(NOTEBOOKS / f"{name}.py")
    from_py = [(cell.cell_type, cell.source.strip()) for cell in paired.cells]
    assert _cells(_read_ipynb(name)) == from_py, f"{name}: .ipynb and .py differ; " + FIX.format(name=name)


def test_notebooks_name_no_machine_path() -> None:
    for path in sorted(NOTEBOOKS.iterdir()):
        text = path.read_text(encoding="utf-8")
        for prefix in ("/work", "/root", "/opt", "/tmp", "/home"):
            assert prefix + "/" not in text, f"{path.name} names a path of this machine ({prefix}/...)"


@pytest.fixture
def this_python_kernel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A kernel spec named python3 that runs this interpreter, found before any other (``$JUPYTER_PATH``)."""
    pytest.importorskip("ipykernel", reason=NEEDS)
    spec = tmp_path / "jupyter" / "kernels" / "python3"
    spec.mkdir(parents=True)
    argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
    (spec / "kernel.json").write_text(json.dumps({"argv": argv, "display_name": "Python 3 (dkg tests)",
                                                  "language": "python"}), encoding="utf-8")
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    # the kernel imports graph from this checkout even when it is not installed
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    return "python3"


def _run(name: str, kernel: str) -> tuple[list[dict], float]:
    nbformat = pytest.importorskip("nbformat", reason=NEEDS)
    nbclient = pytest.importorskip("nbclient", reason=NEEDS)
    nb = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
    client = nbclient.NotebookClient(nb, kernel_name=kernel, timeout=180,
                                     resources={"metadata": {"path": str(NOTEBOOKS)}})
    start = time.monotonic()
    client.execute()
    return [output for cell in nb.cells if cell.cell_type == "code" for output in cell.outputs], \
        time.monotonic() - start


def _has(outputs: list[dict], mime: str, text: str = "") -> bool:
    return any(text in str(o.get("data", {}).get(mime, "")) for o in outputs if mime in o.get("data", {}))


@pytest.mark.slow
def test_analyst_notebook_runs_top_to_bottom(this_python_kernel: str) -> None:
    before = sorted(NOTEBOOKS.iterdir())
    outputs, seconds = _run("01-analyst-sparql", this_python_kernel)
    assert _has(outputs, "image/png"), "the timeline plot is missing"
    assert _has(outputs, "text/html", "<table"), "no table was shown"
    assert not [o for o in outputs if o.get("output_type") == "error"]
    assert sorted(NOTEBOOKS.iterdir()) == before, "the notebook left files in notebooks/"
    assert seconds < 120


@pytest.mark.slow
def test_researcher_notebook_runs_top_to_bottom(this_python_kernel: str) -> None:
    before = sorted(NOTEBOOKS.iterdir())
    outputs, seconds = _run("02-researcher-network", this_python_kernel)
    assert _has(outputs, "text/html", "<iframe srcdoc="), "the interactive view is missing"
    assert _has(outputs, "text/html", "<table"), "no table was shown"
    assert sorted(NOTEBOOKS.iterdir()) == before, "the notebook left files in notebooks/"
    assert seconds < 120
