"""Turns one run's measurements into bench/results/latest.md: a table per
interpreter (µs per call and speed-up over the fastest comparator), the
issue's targets with the ratios measured, and where the time goes."""

from typing import Dict, List, Optional

from implementations import ALL

# Rows timed in C by Google Benchmark, the same for every interpreter.
C_LEVEL = {
    "c_pascal_row": "C call alone: pascal_row + deallocate_vec",
    "c_pascal_row_into": "C call alone: pascal_row_into",
}
GROUPS = [
    ("comparator", "the original comparison (O(n²) recurrence)"),
    ("libpascal", "libpascal, through the `pascal` package"),
    ("c", "libpascal, the C call alone (Google Benchmark, no Python)"),
    ("floor", "for reference: no binding, no row"),
]
LABELS = {**{i.key: i.label for i in ALL}, **C_LEVEL}
GROUP_OF = {**{i.key: i.group for i in ALL}, **{key: "c" for key in C_LEVEL}}
COMPARATORS = [i.key for i in ALL if i.group == "comparator"]

# (implementation, n, least speed-up over the fastest comparator), on CPython.
TARGETS = [
    ("pascal_row_cffi", 1000, 4),
    ("pascal_row_buffer_cffi", 1000, 15),
    ("pascal_row_into_cffi", 1000, 15),
    ("pascal_row_cffi", 10000, 30),
]
# PyPy / CPython time ratio still read as "as fast": repeated runs here vary by
# a few percent when both are the same C call.
NOISE = 1.05
CFFI_PATHS = ["pascal_row_cffi", "pascal_row_buffer_cffi", "scoped_row_buffer_cffi", "pascal_row_into_cffi"]

Results = Dict[str, Dict[int, dict]]


def function_of(key: str) -> str:
    """pascal_row_into_cffi -> pascal_row_into"""
    return key.rsplit("_", 1)[0]


def size_name(n: int) -> str:
    return f"10^{len(str(n)) - 1}" if n >= 10000 and str(n).strip("0") == "1" else str(n)


def microseconds(seconds: float) -> str:
    us = seconds * 1e6
    if us >= 100:
        return f"{us:,.0f}"
    return f"{us:.1f}" if us >= 10 else f"{us:.2f}" if us >= 1 else f"{us:.3f}"


def seconds_of(results: Results, key: str, n: int) -> Optional[float]:
    return results.get(key, {}).get(n, {}).get("seconds")


def fastest_comparator(results: Results, n: int) -> Optional[float]:
    times = [t for t in (seconds_of(results, key, n) for key in COMPARATORS) if t is not None]
    return min(times) if times else None


def speedup(results: Results, key: str, n: int) -> Optional[float]:
    seconds, fastest = seconds_of(results, key, n), fastest_comparator(results, n)
    return fastest / seconds if seconds and fastest else None


def times(ratio: float) -> str:
    if ratio >= 100:
        return f"{ratio:,.0f}×"
    return f"{ratio:.3g}×" if ratio >= 1 else f"{ratio:.2g}×"


def cell(results: Results, key: str, n: int) -> str:
    entry = results.get(key, {}).get(n)
    if entry is None:
        return "n/a" if key not in results else "–"
    if "skipped" in entry:
        return "skipped"
    ratio = speedup(results, key, n)
    shown = microseconds(entry["seconds"])
    return f"{shown} ({times(ratio)})" if ratio is not None else shown


def interpreter_table(table: dict, sizes: List[int]) -> List[str]:
    results, zero = table["results"], table["zero"]
    lines = [
        f"### {table['interpreter']}, cffi {table['cffi']}",
        "",
        "| implementation | pascal_row(0) | " + " | ".join(f"n = {size_name(n)}" for n in sizes) + " |",
        "|---|---|" + "---:|" * len(sizes),
    ]
    for group, title in GROUPS:
        lines.append(f"| **{title}** | |" + " |" * len(sizes))
        for key in LABELS:
            if GROUP_OF[key] != group:
                continue
            cells = [cell(results, key, n) for n in sizes]
            said = zero[key]["said"] if key in zero else "–" if group == "c" else "n/a"
            lines.append(f"| {LABELS[key]} | {said} | " + " | ".join(cells) + " |")
    aborted: Dict[str, List[str]] = {}
    for key, outcome in zero.items():
        if outcome.get("stderr"):
            aborted.setdefault(outcome["stderr"], []).append(LABELS[key])
    for stderr, labels in aborted.items():
        lines += [
            "",
            f"Row 0 from {' and from '.join(labels)}: the last line on stderr before the abort was `{stderr}`.",
        ]
    return lines


def target_lines(cpython: Results, sizes: List[int]) -> List[str]:
    lines = []
    for key, n, least in TARGETS:
        wanted = f"`{function_of(key)}` at n = {size_name(n)}: at least {least}× faster"
        ratio = speedup(cpython, key, n)
        if n not in sizes or ratio is None:
            lines.append(f"- {wanted}: not measured in this run")
        else:
            ctypes_ratio = speedup(cpython, key.replace("_cffi", "_ctypes"), n)
            also = f" (ctypes backend {times(ctypes_ratio)})" if ctypes_ratio else ""
            lines.append(f"- {wanted}: {times(ratio)}{also}, **{'met' if ratio >= least else 'NOT met'}**")
    return lines


def pypy_lines(cpython: Results, pypy: Results, sizes: List[int]) -> List[str]:
    lines = [
        f"- On PyPy, the cffi path at least as fast as on CPython. PyPy time / CPython time at each n; "
        f"at most 1 is met, up to {NOISE} is equal within timing noise:"
    ]
    for key in CFFI_PATHS:
        ratios = [
            (n, seconds_of(pypy, key, n) / seconds_of(cpython, key, n))  # type: ignore[operator]
            for n in sizes
            if seconds_of(pypy, key, n) and seconds_of(cpython, key, n)
        ]
        failed = [size_name(n) for n, ratio in ratios if ratio > NOISE]
        equal = [size_name(n) for n, ratio in ratios if 1 < ratio <= NOISE]
        verdict = "**met** at every n" if not failed else f"**NOT met** at n = {', '.join(failed)}"
        if equal:
            verdict += f" (equal within noise at n = {', '.join(equal)})"
        shown = ", ".join(f"{ratio:.2f}" for _, ratio in ratios)
        lines.append(f"  - `{function_of(key)}`: {shown}; {verdict}")
    return lines


def share_lines(tables: List[dict], sizes: List[int]) -> List[str]:
    """How much of a Python call is the C call, and how much of a list result
    is making the Python ints, per interpreter and n."""
    lines = ["| | " + " | ".join(f"n = {size_name(n)}" for n in sizes) + " |", "|---|" + "---:|" * len(sizes)]
    for table in tables:
        results, name = table["results"], table["interpreter"].split(" (")[0]
        rows = [
            (f"{name}: C call / `pascal_row_into` (cffi)", "c_pascal_row_into", "pascal_row_into_cffi"),
            (f"{name}: C call / `pascal_row` (cffi)", "c_pascal_row", "pascal_row_cffi"),
        ]
        if name.startswith("CPython"):  # PyPy stores a list of small ints unboxed: there is no such floor
            rows.append((f"{name}: `array.tolist` / `pascal_row` (cffi)", "list_floor", "pascal_row_cffi"))
        for title, part, whole in rows:
            shares = []
            for n in sizes:
                a, b = seconds_of(results, part, n), seconds_of(results, whole, n)
                shares.append(f"{100 * a / b:.0f}%" if a and b else "–")
            lines.append(f"| {title} | " + " | ".join(shares) + " |")
    return lines


def markdown(run: dict) -> str:
    sizes, tables = run["sizes"], run["tables"]
    by_name = {table["interpreter"].split()[0]: table["results"] for table in tables}
    cpython, pypy = by_name.get("CPython", {}), by_name.get("PyPy", {})
    lines = [
        "# Python bindings of `pascal_row`: the original comparison beside libpascal",
        "",
        run["machine"],
        "",
        f"Generated by `scripts/bench{' --quick' if run['quick'] else ''}`. Microseconds per call, best of "
        f"{run['repeats']} repeat{'s' if run['repeats'] > 1 else ''} of `timeit` "
        f"(calls per repeat chosen as `autorange` does, for ≥ {run['target']} s; PyPy warmed up first). "
        "In brackets: speed-up over the fastest comparator at the same n and on the same interpreter "
        "(1× is that comparator, below 1× is slower). Every implementation's row was checked against "
        "exact binomials mod 2^32 before it was timed. `pascal_row(0)` was asked in a process of its own. "
        "n/a: the module is CPython-only. skipped: one O(n²) call takes over a second (measured, "
        "or extrapolated from the previous n).",
        "",
    ]
    for table in tables:
        lines += interpreter_table(table, sizes) + [""]
    lines += ["## Targets", "", "Speed-up over the fastest comparator, CPython:", ""]
    lines += target_lines(cpython, sizes)
    if pypy:
        lines += pypy_lines(cpython, pypy, sizes)
    lines += [
        "",
        "## Where the time goes",
        "",
        "Share of a Python call spent in the C call itself (Google Benchmark), and on CPython the "
        "share of a `pascal_row` list that making n Python ints from a C array costs on its own. "
        "A small C share means the Python layer (argument checks, the buffer protocol, the FFI "
        "call) is the bottleneck.",
        "",
    ]
    lines += share_lines(tables, sizes)
    return "\n".join(lines) + "\n"
