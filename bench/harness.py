"""Measuring tools for the benchmarks: wall time, percentiles, peak RSS of a process tree, and a
description of the machine. Nothing here asserts a timing; it only measures and reports."""

from __future__ import annotations

import os
import platform
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

PAGE = os.sysconf("SC_PAGE_SIZE")


def percentile(values: list[float], p: float) -> float:
    """The p-th percentile (0..100) by linear interpolation between closest ranks."""
    if not values:
        return float("nan")
    xs = sorted(values)
    k = (len(xs) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


def latencies(fn: Callable[[str], object], queries: list[str], rounds: int = 3) -> list[float]:
    """Seconds per call of fn(query), each query `rounds` times after one warm-up pass."""
    for q in queries:
        fn(q)
    out = []
    for _ in range(rounds):
        for q in queries:
            t = time.perf_counter()
            fn(q)
            out.append(time.perf_counter() - t)
    return out


def _children(pid: int) -> list[int]:
    kids: list[int] = []
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{tid}/children") as fh:
                kids.extend(int(x) for x in fh.read().split())
    except OSError:
        pass
    return kids


def tree_rss(pid: int | None = None) -> int:
    """Resident bytes of a process and all its descendants (workers included), from /proc."""
    todo, total = [pid or os.getpid()], 0
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/statm") as fh:
                total += int(fh.read().split()[1]) * PAGE
        except OSError:
            continue
        todo.extend(_children(p))
    return total


@dataclass
class RssSampler:
    """Samples the process tree's RSS every `interval` seconds in a thread; `peak` in bytes."""

    interval: float = 0.05
    peak: int = 0
    _stop: threading.Event = field(default_factory=threading.Event)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, tree_rss())
            self._stop.wait(self.interval)

    @contextmanager
    def running(self) -> Iterator[RssSampler]:
        t = threading.Thread(target=self._run, daemon=True)
        t.start()
        try:
            yield self
        finally:
            self._stop.set()
            t.join()
            self.peak = max(self.peak, tree_rss())


@contextmanager
def timed() -> Iterator[dict[str, float]]:
    """with timed() as t: ...; t["s"] is the wall time, t["cpu"] the CPU time of the tree."""
    out: dict[str, float] = {}
    w0, c0 = time.perf_counter(), _cpu()
    yield out
    out["s"] = time.perf_counter() - w0
    out["cpu"] = _cpu() - c0


def _cpu() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def machine() -> dict[str, str]:
    """What the numbers were measured on."""
    model = "unknown"
    try:
        with open("/proc/cpuinfo") as fh:
            for line in fh:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = "unknown"
    try:
        with open("/proc/meminfo") as fh:
            kb = int(fh.readline().split()[1])
            mem = f"{kb / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return {
        "cpu": model,
        "cores": str(os.cpu_count()),
        "memory": mem,
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "load average at start": load,
    }


def mb(n: int) -> str:
    return f"{n / 1024 / 1024:.0f} MB"


def ms(s: float) -> str:
    return f"{s * 1000:.1f} ms"


def ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}x" if b else "n/a"


def table(rows: list[list[str]], head: list[str]) -> str:
    """A GitHub-markdown table (prints fine in a terminal and pastes into docs/performance.md)."""
    widths = [max(len(str(r[i])) for r in rows + [head]) for i in range(len(head))]
    line = lambda r: "| " + " | ".join(str(c).ljust(w) for c, w in zip(r, widths)) + " |"  # noqa: E731
    return "\n".join([line(head), "|" + "|".join("-" * (w + 2) for w in widths) + "|"] + [line(r) for r in rows])
