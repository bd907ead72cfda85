"""The public header, preprocessed as a consumer preprocesses it, is a plain
list of C declarations: cffi's cdef reads it, and finds every function.

Parsers of C declarations (cffi's cdef, PHP FFI, LuaJIT's ffi.cdef) take no
compiler extensions such as __attribute__. The header is preprocessed with
the include directories and compile definitions a consumer of the library
gets, not the library's own. What the library's include directories
contribute is kept; the system headers' part is dropped (cffi knows size_t
and uint32_t; gcc's stddef.h declares max_align_t with __attribute__ in C11,
which is no part of our header), and so are the lines starting with #.

    cdef_reads_the_header.py CC HEADER INCLUDE_DIRS DEFINITIONS
INCLUDE_DIRS, DEFINITIONS: each a list separated by '|'; empty items ignored.
"""

import os
import re
import subprocess
import sys
from typing import List, Set

import cffi

LINEMARKER = re.compile(r'^# \d+ "(?P<file>(?:[^"\\]|\\.)*)"')
EXPORTED = re.compile(r"^PASCAL_EXPORT\b[^(]*?\b(\w+)\(", re.MULTILINE)


def items(joined: str) -> List[str]:
    return [item for item in joined.split("|") if item]


def within(path: str, directories: List[str]) -> bool:
    path = os.path.realpath(path)
    return any(os.path.commonpath([path, directory]) == directory for directory in directories)


def declarations(cc: str, header: str, include_dirs: List[str], definitions: List[str]) -> str:
    command = [cc, "-x", "c", "-E"] + [f"-I{d}" for d in include_dirs] + [f"-D{d}" for d in definitions] + [header]
    print("$ " + " ".join(command))
    output = subprocess.run(command, check=True, stdout=subprocess.PIPE, universal_newlines=True).stdout
    ours = [os.path.realpath(d) for d in include_dirs]
    kept = []
    keep = False
    for line in output.splitlines():
        marker = LINEMARKER.match(line)
        if marker:
            keep = within(marker["file"], ours)
        elif keep and line.strip() and not line.lstrip().startswith("#"):
            kept.append(line)
    return "\n".join(kept) + "\n"


def declared_functions(ffi: cffi.FFI) -> Set[str]:
    # cffi has no public list of the functions a cdef declared.
    parsed = ffi._parser._declarations
    return {key.split(" ", 1)[1] for key in parsed if key.startswith("function ")}


def main(cc: str, header: str, include_dirs: str, definitions: str) -> int:
    text = declarations(cc, header, items(include_dirs), items(definitions))
    print(f"--- what the library's headers declare, preprocessed ---\n{text}---")
    ffi = cffi.FFI()
    try:
        ffi.cdef(text)
    except cffi.CDefError as error:
        print(f"FAIL: cffi {cffi.__version__} cdef does not read the preprocessed header:\n{error}")
        return 1
    with open(header) as source:
        expected = set(EXPORTED.findall(source.read()))
    found = declared_functions(ffi)
    if not expected or found != expected:
        print(f"FAIL: the header declares {sorted(expected)} with PASCAL_EXPORT, cdef found {sorted(found)}")
        return 1
    ffi.typeof("pascal_array")
    print(f"cffi {cffi.__version__} cdef reads the header: {len(found)} functions, every one of the header")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:]))
