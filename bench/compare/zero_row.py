"""Asks one implementation for row 0, in a process of its own because some
abort the interpreter. Prints what happened; the caller reports a crash.

    INTERPRETER zero_row.py COMPARATORS_DIR PASCAL_PYTHON_DIR KEY
"""

import sys
from pathlib import Path

from implementations import BY_KEY, Paths


def main() -> None:
    comparators, pascal_python, key = sys.argv[1:]
    paths = Paths(Path(comparators), Path(pascal_python))
    paths.importable()
    case = BY_KEY[key].load(paths)(0)
    if case.row is None:
        sys.exit(f"{key} makes no row: there is no row 0 to ask for")
    try:
        row = case.row()
    except BaseException as error:  # PyO3's PanicException derives from BaseException
        print(f"raises {type(error).__name__}")
    else:
        print(f"returns {row!r}")


if __name__ == "__main__":
    main()
