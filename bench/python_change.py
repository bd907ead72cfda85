"""Per-call cost of every Python API in two copies of the package, side by
side in one run: a change to the Python layer keeps its speed, or this shows
by how much it does not.

    python3 bench/python_change.py BEFORE AFTER [--interpreters I...] [--quick]

BEFORE and AFTER are folders that each hold a `pascal` package with its
library (a staged build/<preset>/python, or a copy of one made before the
change). Every API is timed at n = 10 and n = 1000 (rows; triangles of that
many rows; entry n // 2 and the whole row as a range) on both backends, on
each interpreter. One child process per interpreter and backend imports both
copies (as two packages of their own names) and times them in alternating
batches, BEFORE, AFTER, BEFORE..., 31 of each, keeping the best of each: a
machine whose speed drifts moves both alike. The table gives after / before;
the last line counts the figures more than 5% slower. It times, it asserts
nothing: run it on a quiet machine.
"""

import argparse
import array
import gc
import importlib.util
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Callable, Dict, List

LENGTHS = [10, 1000]
TOLERANCE = 1.05


def calls(pascal: Any, n: int) -> Dict[str, Callable[[], object]]:
    """Every API of the package `pascal` at size n, in the order of its __all__."""
    row_out = array.array("I", bytes(4 * n))
    triangle_out = array.array("I", bytes(4 * (n * (n + 1) // 2)))

    def scoped(make: Callable[[int], Any]) -> None:
        with make(n) as view:
            view[0]

    return {
        "pascal_entry": lambda: pascal.pascal_entry(n, n // 2),
        "pascal_row": lambda: pascal.pascal_row(n),
        "pascal_row_buffer": lambda: pascal.pascal_row_buffer(n),
        "pascal_row_into": lambda: pascal.pascal_row_into(n, row_out),
        "pascal_row_range": lambda: pascal.pascal_row_range(n, 0, n),
        "pascal_row_range_buffer": lambda: pascal.pascal_row_range_buffer(n, 0, n),
        "pascal_row_range_into": lambda: pascal.pascal_row_range_into(n, 0, n, row_out),
        "pascal_triangle": lambda: pascal.pascal_triangle(n),
        "pascal_triangle_buffer": lambda: pascal.pascal_triangle_buffer(n),
        "pascal_triangle_into": lambda: pascal.pascal_triangle_into(n, triangle_out),
        "scoped_row_buffer": lambda: scoped(pascal.scoped_row_buffer),
        "scoped_triangle_buffer": lambda: scoped(pascal.scoped_triangle_buffer),
    }


def load(folder: str, name: str) -> Any:
    """The package in folder/pascal, imported as `name`: its relative imports
    then resolve inside that copy, so two copies live in one process."""
    package = Path(folder) / "pascal"
    locations = [str(package)]
    spec = importlib.util.spec_from_file_location(name, package / "__init__.py", submodule_search_locations=locations)
    assert spec is not None and spec.loader is not None, folder
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def batch(call: Callable[[], object], number: int) -> float:
    start = time.perf_counter()
    for _ in range(number):
        call()
    return time.perf_counter() - start


# Batches of each side, taken in turn. Many short ones, because this VM's
# speed wanders by a third within a second: the best of many is what both
# copies cost when nothing else interferes.
BATCHES = 31


def alternating(before: Callable[[], object], after: Callable[[], object], budget: float) -> List[float]:
    """[before, after] microseconds per call: the best of BATCHES batches of
    each, taken in turn, each sized to last about budget / (2 * BATCHES) s,
    with the cyclic collector off during each (it runs between them)."""
    number, share = 1, budget / (2 * BATCHES)
    while batch(before, number) < share and number < 1 << 22:  # also warms both up (PyPy's JIT)
        batch(after, number)
        number *= 2
    best = [float("inf"), float("inf")]
    for _ in range(BATCHES):
        for side, call in enumerate((before, after)):
            gc.collect()
            gc.disable()
            try:
                best[side] = min(best[side], batch(call, number))
            finally:
                gc.enable()
    return [elapsed / number * 1e6 for elapsed in best]


def measure(before_folder: str, after_folder: str, budget: float) -> Dict[str, Dict[str, List[float]]]:
    """{api: {n: [before, after]}} in this process."""
    before, after = load(before_folder, "pascal_before"), load(after_folder, "pascal_after")
    figures: Dict[str, Dict[str, List[float]]] = {}
    for n in LENGTHS:
        before_calls, after_calls = calls(before, n), calls(after, n)
        for api in before_calls:
            assert before_calls[api]() == after_calls[api](), api  # the same answers (ints, lists, or None)
            figures.setdefault(api, {})[str(n)] = alternating(before_calls[api], after_calls[api], budget)
    return figures


def child(interpreter: str, backend: str, before: str, after: str, budget: float) -> Dict[str, Dict[str, List[float]]]:
    done = subprocess.run(
        [interpreter, __file__, before, after, "--child", str(budget)],
        env=dict(os.environ, PASCAL_BACKEND=backend, PYTHONDONTWRITEBYTECODE="1"),
        check=True,
        stdout=subprocess.PIPE,
        universal_newlines=True,
    )
    figures: Dict[str, Dict[str, List[float]]] = json.loads(done.stdout)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("--interpreters", nargs="+", default=["/usr/bin/python3", "/usr/bin/pypy3"])
    parser.add_argument("--quick", action="store_true", help="short batches: a smoke run, not a measurement")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child is not None:
        print(json.dumps(measure(options.before, options.after, float(options.child))))
        return 0

    budget = 0.02 if options.quick else 0.5
    header = " | ".join(f"n = {n}: before, after, ratio" for n in LENGTHS)
    print(f"| interpreter | backend | API | {header} |")
    print("|---|---|---|" + "---:|" * len(LENGTHS))
    slower = total = 0
    for interpreter in options.interpreters:
        for backend in ("cffi", "ctypes"):
            figures = child(interpreter, backend, options.before, options.after, budget)
            for api, by_n in figures.items():
                cells = []
                for n in map(str, LENGTHS):
                    before, after = by_n[n]
                    slower += after / before > TOLERANCE
                    total += 1
                    cells.append(f"{before:,.3f}, {after:,.3f}, {after / before:.3f}")
                print(f"| {Path(interpreter).name} | {backend} | {api} | {' | '.join(cells)} |")
    print()
    print(
        f"Microseconds per call, best of {BATCHES} alternating batches each, in one process per row group. "
        f"{slower} of {total} figures are more than {TOLERANCE - 1:.0%} slower after than before."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
