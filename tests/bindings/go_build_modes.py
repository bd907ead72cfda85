"""bindings.go.build_modes: which files each build of the Go package compiles,
as `go list` reports them (run in bindings/go).

    go_build_modes.py GO

The default build compiles the bundled single-file copy, libpascal.cpp, and
asks pkg-config for nothing; with -tags libpascal_system it asks pkg-config
for pascal and compiles no C or C++ file at all (cgo would link one into the
program in place of the system library). Every other build file is shared.
"""

import json
import subprocess
import sys
from typing import Dict, List

FIELDS = ("GoFiles", "CgoFiles", "CFiles", "CXXFiles", "CgoPkgConfig", "IgnoredOtherFiles")


def listed(go: str, tags: List[str]) -> Dict[str, List[str]]:
    out = subprocess.run([go, "list", "-json", *tags, "."], check=True, capture_output=True, text=True)
    package = json.loads(out.stdout)
    return {field: sorted(package.get(field) or []) for field in FIELDS}


def main(go: str) -> int:
    builds = {"default": listed(go, []), "-tags libpascal_system": listed(go, ["-tags", "libpascal_system"])}
    for name, files in builds.items():
        print(f"{name}: " + "; ".join(f"{field} {' '.join(files[field]) or '-'}" for field in FIELDS))
    bundled, system = builds.values()
    wrong = []

    def expect(what: str, got: object, want: object) -> None:
        if got != want:
            wrong.append(f"{what}: {got}, want {want}")

    expect("default build's C++ files", bundled["CXXFiles"], ["libpascal.cpp"])
    expect("default build's C files", bundled["CFiles"], [])
    expect("default build's pkg-config packages", bundled["CgoPkgConfig"], [])
    expect("system build's C++ files", system["CXXFiles"], [])
    expect("system build's C files", system["CFiles"], [])
    expect("system build's pkg-config packages", system["CgoPkgConfig"], ["pascal"])
    expect("system build leaves out", system["IgnoredOtherFiles"], ["libpascal.cpp"])
    expect(
        "the Go files only one build has",
        sorted(set(bundled["CgoFiles"]) ^ set(system["CgoFiles"])),
        ["bundled.go", "system.go"],
    )
    expect("the plain Go files", bundled["GoFiles"], system["GoFiles"])
    for line in wrong:
        print("wrong:", line)
    print("build modes:", "as they should be" if not wrong else f"{len(wrong)} wrong")
    return 1 if wrong else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    sys.exit(main(sys.argv[1]))
