"""Benchmarks at a busy tower's scale; each figure is a ratio to its bare baseline measured in the same run."""
