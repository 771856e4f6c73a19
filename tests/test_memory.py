"""The peak memory probe sees a large temporary allocation and not a small one."""

from __future__ import annotations

import numpy as np
import pytest

from rnnbook.diagnostics.memory import peak_memory_during, peak_memory_supported

needs_proc = pytest.mark.skipif(not peak_memory_supported(), reason="Linux /proc only")


@needs_proc
def test_sees_a_temporary_array():
    def allocate():
        block = np.ones(64 * 2**20 // 8)  # 64 MiB, freed on return
        return float(block[-1])

    extra, result = peak_memory_during(allocate)
    assert result == 1.0
    assert 48 * 2**20 < extra < 128 * 2**20


@needs_proc
def test_small_work_needs_little():
    extra, _ = peak_memory_during(lambda: sum(range(1000)))
    assert extra < 8 * 2**20


def test_rejects_a_non_callable():
    with pytest.raises(TypeError, match="callable"):
        peak_memory_during(42)
