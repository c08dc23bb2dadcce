"""Benchmarks: each figure is measured beside a raw baseline in the same run (see `sunshine-console bench`)."""
