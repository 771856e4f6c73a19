"""Measure the peak memory a computation needs: the extra resident memory of this process.

Linux only: it reads the peak resident set size (``VmHWM``) from ``/proc/self/status`` and
resets it first by writing ``5`` to ``/proc/self/clear_refs``. Elsewhere
:func:`peak_memory_supported` is False and :func:`peak_memory_during` raises.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
from collections.abc import Callable
from pathlib import Path
from typing import Any

_STATUS = Path("/proc/self/status")
_CLEAR_REFS = Path("/proc/self/clear_refs")


def _status_bytes(field: str) -> int:
    for line in _STATUS.read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024  # the kernel reports kB
    raise OSError(f"{field} not found in {_STATUS}")


def _release_free_memory() -> None:
    """Ask the C allocator (glibc) to return freed memory to the system, where it can."""
    name = ctypes.util.find_library("c")
    # Not glibc: freed memory may stay resident and hide part of the next peak.
    with contextlib.suppress(OSError, AttributeError, TypeError):
        ctypes.CDLL(name).malloc_trim(0)


def peak_memory_supported() -> bool:
    """Whether this system lets a process reset and read its own peak memory."""
    try:
        _CLEAR_REFS.write_text("5")
        _status_bytes("VmHWM")
    except OSError:
        return False
    return True


def peak_memory_during(function: Callable[[], Any]) -> tuple[int, Any]:
    """Run ``function()`` and return (peak extra resident bytes while it ran, its result).

    The extra bytes are the peak resident memory during the call minus the resident memory
    just before it. Memory that earlier work freed but the C allocator kept would hide part of
    the peak, so freed memory is handed back first (glibc's ``malloc_trim``).
    Results are accurate to a few MiB.
    """
    if not callable(function):
        raise TypeError(f"function must be callable, got {type(function).__name__}")
    if not peak_memory_supported():
        raise OSError("peak memory can only be measured on Linux (/proc/self/clear_refs)")
    _release_free_memory()  # so that memory freed by earlier work does not hide this peak
    before = _status_bytes("VmRSS")
    _CLEAR_REFS.write_text("5")  # reset the peak to the current resident size
    result = function()
    return max(0, _status_bytes("VmHWM") - before), result
