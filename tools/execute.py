"""Execute notebooks top to bottom, store their outputs, and report time and peak memory.

Used by ``make execute``::

    python tools/execute.py book/00_getting_started.ipynb [more.ipynb ...]

Each notebook runs in a fresh kernel with its own folder as working directory. The report line
gives the wall time and the kernel's peak resident memory (Linux only), the two numbers every
chapter states at its top.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import threading
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient


def _peak_rss_bytes(pid: int) -> int | None:
    """The peak resident set size of a process (VmHWM), or None where /proc is missing."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


class _PeakWatcher(threading.Thread):
    """Polls the kernel's peak memory while the notebook runs (the kernel dies at the end)."""

    def __init__(self, client: NotebookClient) -> None:
        super().__init__(daemon=True)
        self.client = client
        self.peak = 0
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.wait(0.25):
            pid = _kernel_pid(self.client)
            if pid is not None:
                self.peak = max(self.peak, _peak_rss_bytes(pid) or 0)


def _kernel_pid(client: NotebookClient) -> int | None:
    km = getattr(client, "km", None)
    process = getattr(getattr(km, "provisioner", None), "process", None)
    return getattr(process, "pid", None)


# Every chapter states its cost in its first cell in this form (tests/test_book.py checks it):
#   "Measured cost: 95 s (median of 3 runs, 90-110 s) and 900 MiB peak memory"
COST_PATTERN = re.compile(
    r"Measured cost: (\d+) s \(median of (\d+) runs?, (\d+)-(\d+) s\) and (\d+) MiB peak memory"
)


def stated_cost(notebook: nbformat.NotebookNode) -> tuple[int, int] | None:
    """The (median seconds, MiB) a notebook states in its 'Measured cost' line, or None."""
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            match = COST_PATTERN.search(" ".join(cell.source.split()))
            if match:
                return int(match.group(1)), int(match.group(5))
    return None


def cost_line(seconds: list[float], peak_bytes: int) -> str:
    """The 'Measured cost' sentence for the given run times and peak memory."""
    median = statistics.median(seconds)
    return (
        f"Measured cost: {median:.0f} s (median of {len(seconds)} "
        f"run{'s' if len(seconds) != 1 else ''}, "
        f"{min(seconds):.0f}-{max(seconds):.0f} s) and {peak_bytes / 2**20:.0f} MiB peak memory"
    )


def write_cost(path: Path, seconds: list[float], peak_bytes: int) -> bool:
    """Replace the numbers of the notebook's 'Measured cost' line; False if it has none.

    The line may be wrapped over several lines in the cell; the new text is put where the old
    one started, and the rest of the cell is kept as it is.
    """
    notebook = nbformat.read(path, as_version=4)
    for cell in notebook.cells:
        if cell.cell_type != "markdown":
            continue
        # The pattern with every space allowed to be a line break.
        loose = re.compile(COST_PATTERN.pattern.replace(" ", r"\s+"))
        match = loose.search(cell.source)
        if match:
            cell.source = (
                cell.source[: match.start()] + cost_line(seconds, peak_bytes)
                + cell.source[match.end() :]
            )
            nbformat.write(notebook, path)
            return True
    return False


def cost_drift(stated: tuple[int, int] | None, seconds: float, peak_bytes: int) -> str | None:
    """A warning when the measured cost is more than 25% away from the stated one."""
    if stated is None:
        return "the notebook has no 'Measured cost: ...' line in the form of COST_PATTERN"
    stated_seconds, stated_mib = stated
    measured = {"seconds": (seconds, stated_seconds), "MiB": (peak_bytes / 2**20, stated_mib)}
    drifted = [
        f"{unit}: stated {want}, measured {got:.0f}"
        for unit, (got, want) in measured.items()
        if got and abs(got - want) > 0.25 * want
    ]
    return "; ".join(drifted) or None


def execute_notebook(path: str | Path, timeout: int = 900) -> tuple[float, int]:
    """Run one notebook in place; return (wall seconds, peak kernel memory in bytes)."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"no notebook at {path}")
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(
        notebook,
        timeout=timeout,
        kernel_name="python3",
        resources={"metadata": {"path": str(path.parent.resolve())}},
        record_timing=False,
    )
    watcher = _PeakWatcher(client)
    watcher.start()
    start = time.perf_counter()
    try:
        client.execute()
    finally:
        watcher.stop.set()
        watcher.join()
    seconds = time.perf_counter() - start
    _merge_streams(notebook)
    nbformat.write(notebook, path)
    return seconds, watcher.peak


def _merge_streams(notebook: nbformat.NotebookNode) -> None:
    """Join consecutive stdout (or stderr) chunks, whose split depends only on timing."""
    for cell in notebook.cells:
        merged = []
        for output in cell.get("outputs", []):
            previous = merged[-1] if merged else None
            if (
                output.output_type == "stream"
                and previous is not None
                and previous.output_type == "stream"
                and previous.name == output.name
            ):
                previous.text += output.text
            else:
                merged.append(output)
        if "outputs" in cell:
            cell.outputs = merged


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="+", help="notebook files to execute in place")
    parser.add_argument("--timeout", type=int, default=900, help="seconds allowed per cell")
    parser.add_argument("--repeat", type=int, default=1,
                        help="run each notebook this many times (fresh kernels); the stored "
                             "outputs are the last run's, and every run must print the same")
    parser.add_argument("--write-cost", action="store_true",
                        help="write the measured median, range and peak into the chapter's "
                             "'Measured cost' line (use with --repeat 3)")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    for name in args.notebooks:
        times, peak, outputs = [], 0, None
        for run in range(1, args.repeat + 1):
            seconds, run_peak = execute_notebook(name, args.timeout)
            times.append(seconds)
            peak = max(peak, run_peak or 0)
            memory = f"{run_peak / 2**20:.0f} MiB peak" if run_peak else "peak memory unknown"
            print(f"{name} (run {run}/{args.repeat}): {seconds:.1f} s, {memory}", flush=True)
            printed = _text_outputs(nbformat.read(name, as_version=4))
            if outputs is not None and printed != outputs:
                print(f"  run {run} printed something else than run 1: not deterministic",
                      flush=True)
                return 1
            outputs = printed
        print(f"  {cost_line(times, peak)}", flush=True)
        if args.write_cost:
            if not write_cost(Path(name), times, peak):
                print("  no 'Measured cost' line to update", flush=True)
                return 1
            continue
        drift = cost_drift(stated_cost(nbformat.read(name, as_version=4)),
                           statistics.median(times), peak)
        if drift:
            print(f"  update the chapter's 'Measured cost' line: {drift}", flush=True)
    return 0


def _text_outputs(notebook: nbformat.NotebookNode) -> list[str]:
    """The text every cell printed, except cells tagged nbval-ignore-output (timings)."""
    texts = []
    for cell in notebook.cells:
        if cell.cell_type != "code" or "nbval-ignore-output" in cell.metadata.get("tags", []):
            continue
        for output in cell.get("outputs", []):
            texts.append(output.get("text", "") + str(output.get("data", {}).get("text/plain", "")))
    return texts


if __name__ == "__main__":
    sys.exit(main())
