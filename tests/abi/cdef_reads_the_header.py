"""The public header, preprocessed as a consumer preprocesses it, is a plain
list of C declarations (the build's api/pascal_declarations.h, written by
scripts/header_api.py): cffi's cdef reads it, and finds every function the
C parser finds.

Parsers of C declarations (cffi's cdef, PHP FFI, LuaJIT's ffi.cdef) take no
compiler extensions such as __attribute__: a macro that brought one into the
consumer's view of the header fails here.

    cdef_reads_the_header.py DECLARATIONS
"""

import sys
from pathlib import Path
from typing import Set

import cffi

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import header_api  # noqa: E402  (found through the path above)


def declared_functions(ffi: cffi.FFI) -> Set[str]:
    # cffi has no public list of the functions a cdef declared.
    parsed = ffi._parser._declarations
    return {key.split(" ", 1)[1] for key in parsed if key.startswith("function ")}


def main(declarations: str) -> int:
    text = Path(declarations).read_text()
    print(f"--- what the library's headers declare, preprocessed ---\n{text}---")
    ffi = cffi.FFI()
    try:
        ffi.cdef(text)
    except cffi.CDefError as error:
        print(f"FAIL: cffi {cffi.__version__} cdef does not read the preprocessed header:\n{error}")
        return 1
    api = header_api.parse(text)
    expected = {function.name for function in api.functions}
    found = declared_functions(ffi)
    if found != expected:
        print(f"FAIL: the C parser finds {sorted(expected)}, cdef found {sorted(found)}")
        return 1
    for struct in api.structs:
        ffi.typeof(struct.name)
    print(f"cffi {cffi.__version__} cdef reads the header: {len(found)} functions, every one the C parser finds")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
