"""Registry of benchmark figures.

Each feature module under ``console.bench`` decorates functions with :func:`figure`; a function takes a
:class:`BenchContext` and returns one or more :class:`Figure` values, each measured beside its raw baseline in the
same process and run, so machines of different speed still give comparable ratios.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    unit: str
    baseline: float
    baseline_label: str
    target: str = ""

    @property
    def ratio(self) -> float:
        return self.value / self.baseline if self.baseline else float("inf")


@dataclass
class BenchContext:
    """What a benchmark may use: a scratch directory and the size asked for."""

    workdir: Path
    scale: str = "full"  # "full" or "quick" (quick is for smoke tests of the bench code itself)
    db_url: str | None = None
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def quick(self) -> bool:
        return self.scale == "quick"


BenchFn = Callable[[BenchContext], Iterable[Figure]]


@dataclass(frozen=True)
class Bench:
    name: str
    fn: BenchFn
    doc: str


_REGISTRY: dict[str, Bench] = {}


def figure(name: str) -> Callable[[BenchFn], BenchFn]:
    """Register a benchmark under ``name`` (the name given on the command line)."""

    def deco(fn: BenchFn) -> BenchFn:
        _REGISTRY[name] = Bench(name, fn, (fn.__doc__ or "").strip().splitlines()[0] if fn.__doc__ else "")
        return fn

    return deco


def registered() -> dict[str, Bench]:
    return dict(_REGISTRY)


@contextmanager
def stopwatch() -> Iterator[list[float]]:
    """``with stopwatch() as t: ...`` then ``t[0]`` holds elapsed milliseconds."""
    out: list[float] = []
    start = time.perf_counter()
    try:
        yield out
    finally:
        out.append((time.perf_counter() - start) * 1000.0)


def best_of(n: int, fn: Callable[[], object]) -> float:
    """Fastest of ``n`` runs in milliseconds: the least disturbed by the other core's load."""
    best = float("inf")
    for _ in range(n):
        start = time.perf_counter()
        fn()
        best = min(best, (time.perf_counter() - start) * 1000.0)
    return best
