"""A reader's bare Jupyter (Colab): the set-up cell, then Getting started and Chapter 1 (issue 14).

A fresh virtual environment holds only TensorFlow (the lock's version) and a Jupyter kernel, as
Colab does before a chapter runs. The chapters are copied to a folder outside the repository,
brought to the book's conventions by tools/notebook_setup.py (a no-op once the notebooks carry
the set-up cell), and run top to bottom in that environment with no PYTHONPATH. Their set-up
cell installs the package from a wheel of this checkout (``RNNBOOK_INSTALL``, instead of the
repository's address, since tests may have no internet; the package's other dependencies come
from the package index, pinned by the lock through ``PIP_CONSTRAINT``).

It checks that both chapters run without an error or a restart, that the TensorFlow already
there is the one still installed, that the data is found from the installed package, and that
``glue`` works without myst-nb. Installing TensorFlow into a new environment takes minutes, so
this runs only with ``RNNBOOK_COLAB_TEST=1`` (``make test-colab``), not in ``make test``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest

from tools.notebook_setup import conform

ROOT = Path(__file__).resolve().parents[1]
CHAPTERS = ("00_getting_started.ipynb", "01_recurrence.ipynb")

pytestmark = pytest.mark.skipif(
    os.environ.get("RNNBOOK_COLAB_TEST") != "1",
    reason="the bare-environment test installs TensorFlow: run `make test-colab`",
)


def lock_pin(name: str) -> str:
    """The lock's requirement line for ``name`` (with its environment marker)."""
    for line in (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines():
        if re.match(rf"{re.escape(name)}==", line):
            return line.strip()
    raise LookupError(f"{name} is not in requirements.txt")


def run(*args: object, **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run([str(a) for a in args], capture_output=True, text=True, **kwargs)
    assert result.returncode == 0, f"{args}: {result.stdout[-2000:]}\n{result.stderr[-3000:]}"
    return result


def build_wheel(out: Path) -> Path:
    """A wheel of this checkout, built from a copy (no build/ folder in the repository)."""
    source = out / "source"
    shutil.copytree(ROOT / "code", source / "code",
                    ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    shutil.copytree(ROOT / "data", source / "data")
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy2(ROOT / name, source / name)
    run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
        "-w", out / "wheels", source)
    (wheel,) = (out / "wheels").glob("rnnbook-*.whl")
    return wheel


def bare_environment(path: Path) -> Path:
    """A new virtual environment with only TensorFlow and ipykernel; its python."""
    base = getattr(sys, "_base_executable", sys.executable)
    run(base, "-m", "venv", path)
    python = path / "bin" / "python"
    tensorflow = lock_pin("tensorflow-cpu" if sys.platform == "linux" else "tensorflow")
    run(python, "-m", "pip", "install", "--quiet", tensorflow.split(";")[0].strip(),
        lock_pin("ipykernel").split(";")[0])
    return python


def kernel_spec(folder: Path, python: Path) -> str:
    spec = folder / "kernels" / "rnnbook-bare"
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [str(python), "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "bare Python with TensorFlow", "language": "python",
    }), encoding="utf-8")
    return "rnnbook-bare"


def execute(notebook_path: Path, kernel: str, kernel_dirs: Path, env: dict) -> str:
    """Run a notebook in the bare kernel, in its folder; all its text output."""
    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_client.manager import KernelManager
    from nbclient import NotebookClient

    notebook = nbformat.read(notebook_path, as_version=4)
    manager = KernelManager(kernel_name=kernel, kernel_spec_manager=KernelSpecManager(
        kernel_dirs=[str(kernel_dirs / "kernels")]))
    client = NotebookClient(notebook, km=manager, timeout=900, kernel_name=kernel,
                            resources={"metadata": {"path": str(notebook_path.parent)}})
    saved = dict(os.environ)
    os.environ.clear()
    os.environ.update(env)  # the kernel inherits this environment
    try:
        client.execute()
    finally:
        os.environ.clear()
        os.environ.update(saved)
    nbformat.write(notebook, notebook_path)
    return "\n".join(
        output.get("text", "") for cell in notebook.cells if cell.cell_type == "code"
        for output in cell.get("outputs", [])
    )


def test_chapters_run_in_a_bare_environment_with_only_tensorflow(tmp_path):
    start = time.monotonic()
    wheel = build_wheel(tmp_path / "build")
    python = bare_environment(tmp_path / "bare")
    tensorflow_before = run(python, "-m", "pip", "list", "--format=freeze").stdout
    tensorflow_before = sorted(line for line in tensorflow_before.splitlines()
                               if line.lower().startswith("tensorflow"))
    kernel = kernel_spec(tmp_path / "jupyter", python)
    work = tmp_path / "reader"  # outside the repository, like Colab's /content
    work.mkdir()
    env = {key: value for key, value in os.environ.items()
           if key not in {"PYTHONPATH", "VIRTUAL_ENV"} and not key.startswith(("TF_", "KERAS_"))}
    env.update({"RNNBOOK_INSTALL": str(wheel), "PIP_CONSTRAINT": str(ROOT / "requirements.txt"),
                "RNNBOOK_CACHE": str(tmp_path / "cache"), "PATH": f"{python.parent}:{env['PATH']}"})
    outputs = {}
    for name in CHAPTERS:
        notebook = nbformat.read(ROOT / "book" / name, as_version=4)
        conform(notebook)  # the set-up cell, and glue from rnnbook.display
        nbformat.write(notebook, work / name)
        # Each chapter starts as a fresh Colab runtime would: the package not installed.
        subprocess.run([python, "-m", "pip", "uninstall", "--quiet", "--yes", "rnnbook"],
                       capture_output=True, check=False)
        outputs[name] = execute(work / name, kernel, tmp_path / "jupyter", env)

    after = run(python, "-m", "pip", "list", "--format=freeze").stdout
    assert sorted(line for line in after.splitlines()
                  if line.lower().startswith("tensorflow")) == tensorflow_before, (
        "the set-up cell replaced or added a TensorFlow")
    probe = run(python, "-c", "import importlib.util as u, rnnbook.corpus as c; "
                "print(c.DATA_DIR); print(len(c.load_split('validation'))); "
                "print(u.find_spec('myst_nb') is None)", cwd=work, env=env).stdout.split()
    assert Path(probe[0]).parts[-2:] == ("rnnbook", "data") and "site-packages" in probe[0]
    assert int(probe[1]) > 0 and probe[2] == "True"  # data found; no myst-nb, glue still ran
    assert " = " in outputs["01_recurrence.ipynb"], "glue shows its values without myst-nb"
    print(f"bare-environment run: {time.monotonic() - start:.0f} s")
