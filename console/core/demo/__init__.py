"""Deterministic demo centre: ``sunshine-console demo [--customers N] [--seed S]``."""
