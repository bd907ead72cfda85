"""Runs the Python tests CTest has registered in an ASan build, with the ASan
runtime preloaded into the interpreter and leak detection on, and reports each.

    asan_python.py BUILD_DIR INTERPRETER [PYTEST_ARG...]
    asan_python.py BUILD_DIR INTERPRETER --canary LIBRARY

Only the pytest suites labelled `python` that INTERPRETER runs are run (the
interpreter the suppressions are written for; the package's build and lint
checks run compilers and linters, not the library), two at a time, with
PYTEST_ARGs added. With --canary, runs leak_canary.py instead, which must be
reported as a leak.
"""

import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Dict, List, Tuple

HERE = Path(__file__).resolve().parent


def asan_environment() -> Dict[str, str]:
    runtime = subprocess.run(
        ["gcc", "-print-file-name=libasan.so"], check=True, stdout=subprocess.PIPE, universal_newlines=True
    ).stdout.strip()
    environment = dict(os.environ)
    environment.update(
        {
            "LD_PRELOAD": runtime,
            # malloc_context_size=2: see lsan_python.supp. allocator_may_return_null:
            # the tests ask for impossible rows on purpose and expect MemoryError.
            "ASAN_OPTIONS": "detect_leaks=1:malloc_context_size=2:allocator_may_return_null=1:quarantine_size_mb=0",
            "LSAN_OPTIONS": f"suppressions={HERE / 'lsan_python.supp'}:print_suppressions=0",
            "UBSAN_OPTIONS": "print_stacktrace=1:halt_on_error=1",
            # Every object from malloc, where LeakSanitizer can see it, not from
            # pymalloc's arenas, which it does not scan.
            "PYTHONMALLOC": "malloc",
            "PYTHONDONTWRITEBYTECODE": "1",
        }
    )
    return environment


Test = Tuple[str, List[str], dict]


def registered_tests(build_dir: str, interpreter: str) -> List[Test]:
    listing = subprocess.run(
        ["ctest", "--test-dir", build_dir, "--show-only=json-v1"],
        check=True,
        stdout=subprocess.PIPE,
        universal_newlines=True,
    ).stdout
    selected = []
    for test in json.loads(listing)["tests"]:
        properties = {p["name"]: p["value"] for p in test.get("properties", [])}
        command = test.get("command") or [""]
        if "python" in properties.get("LABELS", []) and command[:3] == [interpreter, "-m", "pytest"]:
            selected.append((test["name"], command, properties))
    return selected


def modify(environment: Dict[str, str], modification: str) -> None:
    """Applies one CTest ENVIRONMENT_MODIFICATION entry, NAME=OP:VALUE."""
    name, _, rest = modification.partition("=")
    operation, _, value = rest.partition(":")
    current = environment.get(name, "")
    if operation == "set":
        environment[name] = value
    elif operation == "unset":
        environment.pop(name, None)
    elif operation == "reset":
        environment.pop(name, None)
        if name in os.environ:
            environment[name] = os.environ[name]
    elif operation in ("string_append", "string_prepend"):
        environment[name] = current + value if operation == "string_append" else value + current
    elif operation in ("path_list_append", "path_list_prepend", "cmake_list_append", "cmake_list_prepend"):
        separator = ":" if operation.startswith("path") else ";"
        parts = [current, value] if operation.endswith("append") else [value, current]
        environment[name] = separator.join(part for part in parts if part)
    else:
        raise ValueError(f"unknown ENVIRONMENT_MODIFICATION {modification!r}")


# LeakSanitizer's own crash: its stop-the-world tracer, which suspends the
# process to scan it at exit, sometimes faults (1 run in several hundred here;
# google/sanitizers#1353 and others). That is no leak report (a leak says
# "detected memory leaks") and no failure of the tests, so such a run is
# repeated once, and says so; a leak or a failed test is never repeated.
TRACER_CRASH = "LeakSanitizer has encountered a fatal error"
LEAK_REPORT = "LeakSanitizer: detected memory leaks"


def tracer_crashed(output: str) -> bool:
    return TRACER_CRASH in output and LEAK_REPORT not in output


def run_one(test: Test, pytest_args: List[str]) -> Tuple[str, int, str]:
    name, status, output = run_once(test, pytest_args)
    if status != 0 and tracer_crashed(output):
        failed = [line for line in output.splitlines() if line.startswith("FAILED ") or line.startswith("E       ")]
        print(f"rerun  {name}: LeakSanitizer's tracer crashed (not a leak report); first run's lines:", flush=True)
        print("\n".join(failed[:6]), flush=True)
        name, status, output = run_once(test, pytest_args)
    return name, status, output


def run_once(test: Test, pytest_args: List[str]) -> Tuple[str, int, str]:
    name, command, properties = test
    environment = asan_environment()
    for assignment in properties.get("ENVIRONMENT", []):
        key, _, value = assignment.partition("=")
        environment[key] = value
    for modification in properties.get("ENVIRONMENT_MODIFICATION", []):
        modify(environment, modification)
    # LeakSanitizer checks every allocation, so the tests that measure resident
    # memory for the same purpose are left out (under ASan they take most of
    # the suite's time; they run without it in the ci build).
    command = command[:3] + ["-m", "not resident_memory"] + pytest_args + command[3:]
    result = subprocess.run(
        command,
        env=environment,
        cwd=properties.get("WORKING_DIRECTORY"),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        universal_newlines=True,
    )
    return name, result.returncode, result.stdout


def run_tests(build_dir: str, interpreter: str, pytest_args: List[str]) -> int:
    tests = registered_tests(build_dir, interpreter)
    failed = []
    with ThreadPoolExecutor(max_workers=2) as pool:
        for name, status, output in pool.map(lambda test: run_one(test, pytest_args), tests):
            print(f"{'ok    ' if status == 0 else 'FAILED'} {name} (exit {status})", flush=True)
            if status != 0:
                failed.append(name)
                print(output[-6000:])
    print(f"asan python: {len(tests)} tests, {len(failed)} failed" + (f": {', '.join(failed)}" if failed else ""))
    return 0 if tests and not failed else 1


def run_canary(interpreter: str, library: str) -> int:
    result = subprocess.run(
        [interpreter, str(HERE / "leak_canary.py"), library],
        env=asan_environment(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        universal_newlines=True,
    )
    # The canary's row: 1000 entries, allocated in libpascal's array_memory.cpp
    # (allocate_array, where every returned array comes from; the frame
    # malloc_context_size=2 shows above malloc).
    reported = (
        "LeakSanitizer: detected memory leaks" in result.stdout
        and "Direct leak of 4000 byte(s)" in result.stdout
        and "array_memory.cpp" in result.stdout
    )
    if result.returncode != 0 and reported:
        print(
            "leak canary: a row leaked on purpose was reported (exit "
            f"{result.returncode}): leak detection sees libpascal's allocations"
        )
        return 0
    print(result.stdout[-6000:])
    print("leak canary: the deliberate leak was NOT reported: leak detection is blind")
    return 1


def main() -> int:
    build_dir, interpreter = sys.argv[1], sys.argv[2]
    if sys.argv[3:4] == ["--canary"]:
        return run_canary(interpreter, sys.argv[4])
    return run_tests(build_dir, interpreter, sys.argv[3:])


if __name__ == "__main__":
    sys.exit(main())
