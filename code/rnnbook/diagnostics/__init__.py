"""Measurements that the chapters make of models: gradient norms through time
(:mod:`~rnnbook.diagnostics.gradients`, Chapters 2-4) and peak memory
(:mod:`~rnnbook.diagnostics.memory`, Chapter 2's BPTT memory measurement)."""
