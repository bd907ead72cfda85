"""Renders the bad-input catalogues (the C table from bad_input_test
--markdown, the Python tables from python_catalogue.py) into the block
docs/reliability.md keeps between its bad-input-table markers, and fails when
that block differs: the documentation cannot drift from what the tests check.

    check_docs.py BAD_INPUT_TEST docs/reliability.md   check
    check_docs.py BAD_INPUT_TEST --print               print the block to paste
"""

import difflib
import subprocess
import sys
from pathlib import Path

import python_catalogue

BEGIN = "<!-- bad-input-table:begin -->"
END = "<!-- bad-input-table:end -->"


def block(bad_input_test: str) -> str:
    c_table = subprocess.run(
        [bad_input_test, "--markdown"], check=True, stdout=subprocess.PIPE, universal_newlines=True
    ).stdout
    return "\n".join(
        [
            BEGIN,
            'C API (`buf` has 4 entries; "unchanged" means errno keeps the value it had before the call):',
            "",
            c_table,
            "Python, the same from the cffi and the ctypes backend, on CPython and on PyPy (rows that "
            "need NumPy: CPython only, Debian has no NumPy for PyPy):",
            "",
            python_catalogue.markdown(),
            END,
        ]
    )


def main() -> int:
    bad_input_test, target = sys.argv[1], sys.argv[2]
    expected = block(bad_input_test)
    if target == "--print":
        print(expected)
        return 0
    doc = Path(target).read_text()
    start, end = doc.find(BEGIN), doc.find(END)
    if start < 0 or end < start:
        print(f"{target} has no {BEGIN} ... {END} block; paste the output of --print there")
        return 1
    actual = doc[start : end + len(END)]
    name = Path(target).name
    if actual != expected:
        sys.stdout.writelines(
            difflib.unified_diff(actual.splitlines(True), expected.splitlines(True), name, "the catalogues")
        )
        print(f"\n{name}'s bad-input table differs from the catalogues the tests check")
        return 1
    print(f"{name}'s bad-input table matches the catalogues ({expected.count(chr(10))} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
