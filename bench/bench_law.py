"""Benchmark: ``armswatch.law.assess`` in-process (goal: <= 1 ms a call). Run on demand:

    PYTHONPATH=$PWD python bench/bench_law.py [calls]

Prints the mean time per call and its ratio to a baseline measured in the same run (a bare
dictionary lookup of one state's party status), so the figure means something on any machine.
Asserts nothing.
"""

from __future__ import annotations

import sys
import time
from datetime import date

from armswatch import law
from armswatch.law import data

CASES = [
    ("RUS", "cluster_munition", "2022-03-03", "armed_conflict"),
    ("RUS", "chloropicrin", "2025-07-04", "armed_conflict"),
    ("UKR", "anti_personnel_mine", "2026-01-01", "armed_conflict"),
    ("Nederland", "riot_control_agent", "2024-05-01", "law_enforcement"),
    ("USA", "white_phosphorus", "2023-10-10", "concentration_of_civilians"),
    ("CHN", "thermobaric", "2020-01-01", "armed_conflict"),
]


def per_call(fn, calls: int) -> float:
    start = time.perf_counter()
    for i in range(calls):
        fn(i)
    return (time.perf_counter() - start) / calls


def main(calls: int = 20000) -> None:
    law.assess(*CASES[0])  # load the data files once, outside the timing
    records, day = data.participations(), date(2022, 3, 3)
    baseline = per_call(lambda i: records[("CCM", "LTU")].is_party(day), calls)
    assess = per_call(lambda i: law.assess(*CASES[i % len(CASES)]), calls)
    print(
        f"assess: {assess * 1e3:.4f} ms/call over {calls} calls "
        f"({'within' if assess <= 1e-3 else 'OVER'} the 1 ms goal)"
    )
    print(f"baseline dict lookup: {baseline * 1e6:.3f} us/call; assess/baseline = {assess / baseline:.0f}x")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20000)
