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

Then the per-call overhead of the package: at n = 10, each row function
against the bare cffi (or ctypes) calls it makes, written out inline (the same
C calls, checks and objects, none of the Python around them), timed in
alternating batches in one process, best of each; target 1.3x on CPython.
Then PyPy against CPython for every API at every n of the first table, and
resident memory (VmRSS) of a loop of large pascal_row_buffer rows, on both.
"""

import argparse
import array
import functools
import gc
import json
import os
import pickle
import subprocess
import sys
import time
import weakref
from typing import Callable, Dict, List, Tuple

LENGTHS = [10, 1000, 100_000]
APIS = ["pascal_row", "pascal_row_buffer", "scoped_row_buffer", "pascal_row_into"]
TARGET_RATIO = 3.0
# Rows 1..r: once per row, against the triangle calls that cross into C once.
TRIANGLE_ROWS = [10, 100, 1000]
TRIANGLE_APIS = ["rows 1..r by pascal_row", "pascal_triangle", "pascal_triangle_buffer", "pascal_triangle_into"]
TRIANGLE_TARGET_RATIO = 5.0
# The package's cost per call over the bare calls it makes, at n = 10.
OVERHEAD_N = 10
OVERHEAD_TARGET = 1.3
# PyPy time / CPython time: at most 1 is met; up to this much is equal within noise.
PYPY_NOISE = 1.05
# Resident memory of `calls` pascal_row_buffer(n) views in a loop, each dropped at once.
MEMORY_LOOPS = [(100_000, 10_000), (1_000_000, 2_000)]


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


def bare_calls(n: int, out: "array.array[int]") -> Dict[str, Tuple[Callable[[], object], Callable[[], object]]]:
    """{API: (the package's call, the bare calls it makes)}: the bare side
    mirrors what python/pascal does for this backend, inline (the owner
    made before the call, the view wrapped as the package wraps it, the
    buffer released), so their ratio is the package's Python overhead."""
    import pascal
    from pascal._native import ffi

    backend = pascal._backend
    lib, free = backend.lib, backend.array_free
    new, gc_, release, unpack, buffer, from_buffer, cast = (
        ffi.new,
        ffi.gc,
        ffi.release,
        ffi.unpack,
        ffi.buffer,
        ffi.from_buffer,
        ffi.cast,
    )
    array_type, uint32s, uintptr = ffi.typeof("pascal_array *"), ffi.typeof("uint32_t[]"), ffi.typeof("uintptr_t")
    refcounted = sys.implementation.name == "cpython"
    c_alloc, c_into = lib.pascal_row_alloc, lib.pascal_row_into
    if pascal.BACKEND == "ctypes":  # ctypes takes addresses: one cast per pointer

        def alloc(size: int, owner: object) -> int:
            return c_alloc(size, int(cast(uintptr, owner)))

        def into(size: int, target: object, capacity: int) -> int:
            return c_into(size, int(cast(uintptr, target)), capacity)

    else:
        alloc, into = c_alloc, c_into

    def bare_row() -> object:
        owner = gc_(new(array_type), free)
        alloc(n, owner)
        values = unpack(owner.data, owner.size)
        release(owner)
        return values

    # PyPy: the package counts each unscoped row for its collector (pascal._collector).
    pressure = getattr(sys.modules.get("pascal._collector"), "PRESSURE", None)

    def bare_view(scoped: bool = False) -> Tuple[memoryview, object, object]:
        owner = gc_(new(array_type), free)
        alloc(n, owner)
        count = owner.size
        if not scoped and pressure is not None:
            pressure.add(4 * count)
        exporter = buffer(gc_(owner.data, owner.__exit__), 4 * count)
        view = memoryview(exporter).cast("I").toreadonly()
        return (memoryview(pickle.PickleBuffer(view)) if refcounted else view), exporter, owner

    def bare_scoped() -> object:
        view, exporter, owner = bare_view(scoped=True)
        alive = weakref.ref(exporter)
        del exporter
        value = view[0]
        view.release()
        del view
        if refcounted and alive() is not None:
            raise BufferError("a view outlives the block")
        owner.__exit__()  # type: ignore[attr-defined]
        return value

    def bare_into() -> object:
        target = from_buffer(uint32s, out, True)
        written = into(n, target, len(target))
        release(target)
        return written

    def scoped() -> object:
        with pascal.scoped_row_buffer(n) as view:
            return view[0]

    def bare_buffer() -> memoryview:
        return bare_view()[0]

    # Each side is one call from the timing loop: partial() adds no Python frame.
    return {
        "pascal_row": (functools.partial(pascal.pascal_row, n), bare_row),
        "pascal_row_buffer": (functools.partial(pascal.pascal_row_buffer, n), bare_buffer),
        "scoped_row_buffer": (scoped, bare_scoped),
        "pascal_row_into": (functools.partial(pascal.pascal_row_into, n, out), bare_into),
    }


def paired_us(first: Callable[[], object], second: Callable[[], object], budget: float) -> Tuple[float, float]:
    """Microseconds per call of each, timed in alternating batches (so both
    see the same machine), best of 9 batches each."""
    number = 1
    while True:  # warm-up, also sizing the batch
        start = time.perf_counter()
        for _ in range(number):
            first()
            second()
        if time.perf_counter() - start >= budget / 9 or number >= 1 << 22:
            break
        number *= 2
    best = [float("inf"), float("inf")]
    for _ in range(9):
        for which, call in enumerate((first, second)):
            start = time.perf_counter()
            for _ in range(number):
                call()
            best[which] = min(best[which], time.perf_counter() - start)
    return best[0] / number * 1e6, best[1] / number * 1e6


def measure_overhead(budget: float) -> Dict[str, List[float]]:
    """{API: [package µs, bare µs]} at OVERHEAD_N, this process's backend."""
    out = array.array("I", bytes(4 * OVERHEAD_N))
    calls = bare_calls(OVERHEAD_N, out)
    for package, bare in calls.values():  # the bare calls must do what the package does
        result, expected = bare(), package()
        if isinstance(expected, memoryview):
            assert isinstance(result, memoryview) and result.tolist() == expected.tolist()
        else:
            assert result == expected, (result, expected)
    return {api: list(paired_us(package, bare, budget)) for api, (package, bare) in calls.items()}


def vm_rss() -> Dict[str, int]:
    """VmRSS and VmHWM (peak) of this process, in kB."""
    with open("/proc/self/status") as status:
        fields = dict(line.split(":", 1) for line in status)
    return {name: int(fields[name].split()[0]) for name in ("VmRSS", "VmHWM")}


def measure_memory(loops: List[Tuple[int, int]]) -> List[Dict[str, float]]:
    """Resident memory before and after `calls` views of row n, each dropped
    at once, and the time per call."""
    import pascal

    results = []
    for n, calls in loops:
        pascal.pascal_row_buffer(n)
        gc.collect()
        before = vm_rss()
        start = time.perf_counter()
        for _ in range(calls):
            pascal.pascal_row_buffer(n)[0]
        elapsed = time.perf_counter() - start
        after = vm_rss()
        results.append(
            {
                "n": n,
                "calls": calls,
                "us": elapsed / calls * 1e6,
                "before_kb": before["VmRSS"],
                "after_kb": after["VmRSS"],
                "peak_kb": after["VmHWM"],
            }
        )
    return results


def child_output(interpreter: str, backend: str, arguments: List[str]) -> object:
    """What a child process (this file, --child ...) printed, as JSON."""
    done = subprocess.run(
        [interpreter, __file__, "--child", *arguments],
        env=dict(os.environ, PASCAL_BACKEND=backend),
        check=True,
        stdout=subprocess.PIPE,
        universal_newlines=True,
    )
    return json.loads(done.stdout)


def run_child(interpreter: str, backend: str, budget: float, with_reference: bool) -> Dict[str, Dict[int, float]]:
    figures = child_output(interpreter, backend, ["apis", str(budget)] + (["reference"] if with_reference else []))
    return {api: {int(n): us for n, us in by_n.items()} for api, by_n in figures.items()}  # type: ignore[union-attr]


def child(arguments: List[str]) -> object:
    mode, budget = arguments[0], float(arguments[1])
    if mode == "apis":
        return measure(budget, "reference" in arguments)
    if mode == "overhead":
        return measure_overhead(budget)
    n, calls = int(arguments[2]), int(arguments[3])
    return measure_memory([(n, calls)])[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--interpreters", nargs="+", default=["/usr/bin/python3", "/usr/bin/pypy3"])
    parser.add_argument("--quick", action="store_true", help="short batches: a smoke run, not a measurement")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child is not None:
        print(json.dumps(child(options.child)))
        return 0

    budget = 0.02 if options.quick else 0.5
    print("| interpreter | backend | API | " + " | ".join(f"n = {n}" for n in LENGTHS) + " |")
    print("|---|---|---|" + "---:|" * len(LENGTHS))
    ratios = []
    triangles = []
    names: Dict[str, str] = {}
    tables: Dict[Tuple[str, str], Dict[str, Dict[int, float]]] = {}
    for interpreter in options.interpreters:
        name = subprocess.run(
            [interpreter, "-c", "import sys; print(sys.implementation.name)"],
            check=True,
            stdout=subprocess.PIPE,
            universal_newlines=True,
        ).stdout.strip()
        names[interpreter] = name
        for backend in ("cffi", "ctypes"):
            results = run_child(interpreter, backend, budget, with_reference=backend == "cffi")
            triangles.append((name, backend, {api: results.pop(api) for api in TRIANGLE_APIS}))
            tables[name, backend] = results
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

    missed |= print_overhead(options.interpreters, names, budget)
    missed |= print_pypy_against_cpython(tables)
    print_memory(options.interpreters, names, options.quick)
    return 1 if missed and not options.quick else 0


def print_overhead(interpreters: List[str], names: Dict[str, str], budget: float) -> bool:
    """The package against the bare calls it makes; True if a CPython target is missed."""
    print()
    print(
        f"Per-call overhead at n = {OVERHEAD_N}: the package's call against the bare calls it makes, "
        "in alternating batches in one process (µs, best of 9 batches each)"
    )
    print()
    print("| interpreter | backend | API | package | bare calls | package / bare |")
    print("|---|---|---|---:|---:|---:|")
    missed = False
    verdicts = []
    for interpreter in interpreters:
        name = names[interpreter]
        for backend in ("cffi", "ctypes"):
            figures = child_output(interpreter, backend, ["overhead", str(budget)])
            for api, (package, bare) in figures.items():  # type: ignore[union-attr]
                print(f"| {name} | {backend} | {api} | {package:.3f} | {bare:.3f} | {package / bare:.2f}x |")
                if name == "cpython":
                    met = package / bare <= OVERHEAD_TARGET
                    missed |= not met and backend == "cffi"
                    verdicts.append(
                        f"  cpython {backend:6} {api:17} {package / bare:5.2f}x  {'met' if met else 'MISSED'}"
                    )
    print()
    print(f"Target on CPython (cffi; ctypes reported alike): package / bare calls <= {OVERHEAD_TARGET}x")
    print("\n".join(verdicts))
    return missed


def print_pypy_against_cpython(tables: Dict[Tuple[str, str], Dict[str, Dict[int, float]]]) -> bool:
    """PyPy time / CPython time per API and n (separate processes, so within
    noise at best); True if the cffi target is missed."""
    if not any(name == "pypy" for name, _ in tables) or not any(name == "cpython" for name, _ in tables):
        return False
    print()
    print(f"PyPy time / CPython time (at most 1 met; up to {PYPY_NOISE} equal within noise)")
    print()
    print("| backend | API | " + " | ".join(f"n = {n}" for n in LENGTHS) + " | verdict |")
    print("|---|---|" + "---:|" * len(LENGTHS) + "---|")
    missed = False
    for backend in ("cffi", "ctypes"):
        pypy, cpython = tables["pypy", backend], tables["cpython", backend]
        for api in APIS:
            quotients = [pypy[api][n] / cpython[api][n] for n in LENGTHS]
            met = all(q <= PYPY_NOISE for q in quotients)
            missed |= not met and backend == "cffi"
            cells = " | ".join(f"{q:.2f}" for q in quotients)
            print(f"| {backend} | {api} | {cells} | {'met' if met else 'MISSED'} |")
    return missed


def print_memory(interpreters: List[str], names: Dict[str, str], quick: bool) -> None:
    print()
    print("Resident memory around a loop of pascal_row_buffer(n)[0] (each view dropped at once), cffi backend,")
    print("one process per line: VmRSS before and after, VmHWM (peak) of the process, in MiB")
    print()
    print("| interpreter | n | calls | µs per call | VmRSS before | VmRSS after | VmHWM |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for interpreter in interpreters:
        for n, calls in MEMORY_LOOPS:
            calls = calls // 20 if quick else calls
            row = child_output(interpreter, "cffi", ["memory", "0", str(n), str(calls)])
            assert isinstance(row, dict)
            print(
                f"| {names[interpreter]} | {n:,} | {calls:,} | {row['us']:,.1f} | {row['before_kb'] / 1024:,.0f} "
                f"| {row['after_kb'] / 1024:,.0f} | {row['peak_kb'] / 1024:,.0f} |"
            )


if __name__ == "__main__":
    sys.exit(main())
