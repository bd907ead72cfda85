"""Microseconds per call of each Python API, per backend and interpreter, beside
a pure-Python reference, for n = 10, 1000 and 100000; then rows 1..r for
r = 10, 100, 1000, one pascal_row call per row against the triangle calls.

    PYTHONPATH=build/release/python /usr/bin/python3 bench/python_api.py [--quick]
        [--interpreters /usr/bin/python3 /usr/bin/pypy3]

Each (interpreter, backend) runs in its own process (the backend is chosen at
import). Every figure is the best of several timed batches, after a warm-up
that also lets PyPy's JIT compile the loop. The last lines check the target at
n = 1000 on CPython: pascal_row_buffer and pascal_row_into at least 3x faster
than pascal_row, as ratios measured in the same process.
"""

import argparse
import array
import json
import os
import subprocess
import sys
import time
from typing import Callable, Dict, List

LENGTHS = [10, 1000, 100_000]
APIS = ["pascal_row", "pascal_row_buffer", "scoped_row_buffer", "pascal_row_into"]
TARGET_RATIO = 3.0
# Rows 1..r: once per row, against the triangle calls that cross into C once.
TRIANGLE_ROWS = [10, 100, 1000]
TRIANGLE_APIS = ["rows 1..r by pascal_row", "pascal_triangle", "pascal_triangle_buffer", "pascal_triangle_into"]
TRIANGLE_TARGET_RATIO = 5.0


def reference_row(n: int) -> List[int]:
    """Pure Python, O(n) big-integer steps: C(n-1, k+1) = C(n-1, k) * (n-1-k) / (k+1)."""
    row, entry = [], 1
    for k in range(n):
        row.append(entry & 0xFFFFFFFF)
        entry = entry * (n - 1 - k) // (k + 1)
    return row


def per_call_us(call: Callable[[], object], budget: float) -> float:
    """Best of 5 batches, each sized to last about budget / 5 seconds."""
    number, start = 1, time.perf_counter()
    while True:  # warm-up, also sizing the batch
        for _ in range(number):
            call()
        elapsed = time.perf_counter() - start
        if elapsed >= budget / 5 or number >= 1 << 22:
            break
        number *= 2
        start = time.perf_counter()
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        for _ in range(number):
            call()
        best = min(best, time.perf_counter() - start)
    return best / number * 1e6


def measure(budget: float, with_reference: bool) -> Dict[str, Dict[int, float]]:
    """This process's figures: {api: {n: microseconds per call}}."""
    import pascal

    def scoped(n: int) -> None:
        with pascal.scoped_row_buffer(n) as view:
            view[0]

    results: Dict[str, Dict[int, float]] = {api: {} for api in APIS}
    if with_reference:
        results["pure Python"] = {}
    for n in LENGTHS:
        out = array.array("I", bytes(4 * n))
        calls = {
            "pascal_row": lambda: pascal.pascal_row(n),
            "pascal_row_buffer": lambda: pascal.pascal_row_buffer(n),
            "scoped_row_buffer": lambda: scoped(n),
            "pascal_row_into": lambda: pascal.pascal_row_into(n, out),
        }
        if with_reference:
            assert reference_row(n) == pascal.pascal_row(n)
            calls["pure Python"] = lambda: reference_row(n)
        for name, call in calls.items():
            results[name][n] = per_call_us(call, budget)
    for api in TRIANGLE_APIS:
        results[api] = {}
    for r in TRIANGLE_ROWS:
        out = array.array("I", bytes(4 * (r * (r + 1) // 2)))
        assert pascal.pascal_triangle(r) == [pascal.pascal_row(i) for i in range(1, r + 1)]
        triangle_calls = {
            "rows 1..r by pascal_row": lambda: [pascal.pascal_row(i) for i in range(1, r + 1)],
            "pascal_triangle": lambda: pascal.pascal_triangle(r),
            "pascal_triangle_buffer": lambda: pascal.pascal_triangle_buffer(r),
            "pascal_triangle_into": lambda: pascal.pascal_triangle_into(r, out),
        }
        for name, call in triangle_calls.items():
            results[name][r] = per_call_us(call, budget)
    return results


def run_child(interpreter: str, backend: str, budget: float, with_reference: bool) -> Dict[str, Dict[int, float]]:
    command = [interpreter, __file__, "--child", str(budget)] + (["--reference"] if with_reference else [])
    done = subprocess.run(
        command,
        env=dict(os.environ, PASCAL_BACKEND=backend),
        check=True,
        stdout=subprocess.PIPE,
        universal_newlines=True,
    )
    return {api: {int(n): us for n, us in figures.items()} for api, figures in json.loads(done.stdout).items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--interpreters", nargs="+", default=["/usr/bin/python3", "/usr/bin/pypy3"])
    parser.add_argument("--quick", action="store_true", help="short batches: a smoke run, not a measurement")
    parser.add_argument("--child", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--reference", action="store_true", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child is not None:
        print(json.dumps(measure(options.child, options.reference)))
        return 0

    budget = 0.02 if options.quick else 0.5
    print("| interpreter | backend | API | " + " | ".join(f"n = {n}" for n in LENGTHS) + " |")
    print("|---|---|---|" + "---:|" * len(LENGTHS))
    ratios = []
    triangles = []
    for interpreter in options.interpreters:
        name = subprocess.run(
            [interpreter, "-c", "import sys; print(sys.implementation.name)"],
            check=True,
            stdout=subprocess.PIPE,
            universal_newlines=True,
        ).stdout.strip()
        for backend in ("cffi", "ctypes"):
            results = run_child(interpreter, backend, budget, with_reference=backend == "cffi")
            triangles.append((name, backend, {api: results.pop(api) for api in TRIANGLE_APIS}))
            for api, figures in results.items():
                cells = " | ".join(f"{figures[n]:,.2f}" for n in LENGTHS)
                print(f"| {name} | {'-' if api == 'pure Python' else backend} | {api} | {cells} |")
            if name == "cpython":
                copy = results["pascal_row"][1000]
                zero_copy = ("pascal_row_buffer", "pascal_row_into")
                ratios += [(backend, api, copy / results[api][1000]) for api in zero_copy]
    print()
    print(
        "Microseconds per call (best of 5 batches). Target at n = 1000 on CPython: "
        f"pascal_row(1000) / API(1000) >= {TARGET_RATIO}"
    )
    missed = False
    for backend, api, ratio in ratios:
        verdict = "met" if ratio >= TARGET_RATIO else "MISSED"
        missed |= ratio < TARGET_RATIO
        print(f"  cpython {backend:6} pascal_row / {api:17} = {ratio:5.1f}x  {verdict}")

    print()
    print("Rows 1..r: microseconds per call, and in brackets how many times faster than one pascal_row call per row")
    print()
    print("| interpreter | backend | API | " + " | ".join(f"r = {r}" for r in TRIANGLE_ROWS) + " |")
    print("|---|---|---|" + "---:|" * len(TRIANGLE_ROWS))
    for name, backend, figures in triangles:
        loop = figures[TRIANGLE_APIS[0]]
        for api in TRIANGLE_APIS:
            cells = " | ".join(
                f"{figures[api][r]:,.1f}" + ("" if api == TRIANGLE_APIS[0] else f" ({loop[r] / figures[api][r]:.1f}x)")
                for r in TRIANGLE_ROWS
            )
            print(f"| {name} | {backend} | {api} | {cells} |")
    print()
    print(f"Target at r = 1000 on CPython: pascal_triangle >= {TRIANGLE_TARGET_RATIO}x the per-row loop")
    for name, backend, figures in triangles:
        if name != "cpython":
            continue
        loop = figures[TRIANGLE_APIS[0]][1000]
        for api in TRIANGLE_APIS[1:]:
            ratio = loop / figures[api][1000]
            verdict = "met" if ratio >= TRIANGLE_TARGET_RATIO else "MISSED"
            print(f"  cpython {backend:6} loop / {api:22} = {ratio:6.1f}x  {verdict}")
    return 1 if missed and not options.quick else 0


if __name__ == "__main__":
    sys.exit(main())
