"""The change map HACKING.md writes down ("Adding a C function"), enforced:
every function the header declares (scripts/header_api.py's reading of the
build's declarations) must be reached by

  - the C header test       tests/unit/header_is_c.c       (called)
  - the unit tests          a Catch2 test in tests/unit/*.cpp (called)
  - the fuzzer              tests/reliability/fuzz/api_fuzzer.cpp (named)
  - the ctypes backend      bound, with argtypes and restype, at import
  - the changelog           CHANGELOG.md                   (named)

so that a new function missing from one of them fails here, naming the
places it is missing from. (cffi's declarations are the header itself, and
docs/c-api.md's reference and the man page are generated from it.)

    change_map.py SOURCE_DIR PYTHON STAGED_PACKAGE_DIR DECLARATIONS
"""

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Callable, Dict, List

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import header_api  # noqa: E402  (found through the path above)


def mentioned(path: Path, pattern: str) -> Callable[[str], bool]:
    text = path.read_text()
    return lambda name: re.search(pattern.format(name=re.escape(name)), text) is not None


def called_in_any(paths: List[Path]) -> Callable[[str], bool]:
    text = "\n".join(path.read_text() for path in paths)
    return lambda name: re.search(rf"\b{re.escape(name)}\(", text) is not None


def bound_by_ctypes(python: str, staged: str, names: List[str]) -> Callable[[str], bool]:
    """The functions whose argtypes and restype the ctypes backend set."""
    code = (
        "import sys, pascal\n"
        "for name in sys.argv[1:]:\n"
        "    function = getattr(pascal._backend.lib, name, None)\n"
        "    if function is not None and function.argtypes is not None:\n"
        "        print(name)\n"
    )
    environment = dict(os.environ, PYTHONPATH=staged, PASCAL_BACKEND="ctypes")
    ran = subprocess.run(
        [python, "-c", code, *names], env=environment, check=True, stdout=subprocess.PIPE, universal_newlines=True
    )
    bound = set(ran.stdout.split())
    return lambda name: name in bound


def main(source_dir: str, python: str, staged: str, declarations: str) -> int:
    source = Path(source_dir)
    names = [function.name for function in header_api.read(declarations).functions]
    places: Dict[str, Callable[[str], bool]] = {
        "tests/unit/header_is_c.c (a call)": mentioned(source / "tests/unit/header_is_c.c", r"\b{name}\("),
        "tests/unit/*.cpp (a Catch2 test calls it)": called_in_any(sorted((source / "tests/unit").glob("*.cpp"))),
        "tests/reliability/fuzz/api_fuzzer.cpp": mentioned(
            source / "tests/reliability/fuzz/api_fuzzer.cpp", r"\b{name}\b"
        ),
        "the ctypes backend (argtypes set)": bound_by_ctypes(python, staged, names),
        "CHANGELOG.md (named)": mentioned(source / "CHANGELOG.md", r"\b{name}\b"),
    }
    missing = [f"{name}: missing from {place}" for name in names for place, has in places.items() if not has(name)]
    for line in missing:
        print(line)
    if missing:
        print("FAIL: see HACKING.md, 'Adding a C function'")
        return 1
    print(f"all {len(names)} exported functions are in all {len(places)} places")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:]))
