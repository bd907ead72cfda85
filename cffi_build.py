"""Generates python/pascal/_native.py, the cffi module the Python package loads.

Out-of-line ABI mode: set_source(..., None) makes cffi emit one pure-Python
file, so building it needs no C compiler and the result runs on every CPython 3
and on PyPy. ABI mode cannot see the header, so the declarations
(python/pascal/_declarations.py) are written by hand in plain C;
tests/python/abi_declarations_match_header.py compiles them once in API mode
against include/pascal/pascal.h, which turns a mismatch into a build failure
instead of a crash in a user's process.

    /usr/bin/python3 cffi_build.py            # rewrites python/pascal/_native.py
    /usr/bin/python3 cffi_build.py OUT.py     # writes elsewhere (the freshness test)
"""

import pathlib
import runpy
import sys

import cffi

HERE = pathlib.Path(__file__).resolve().parent
# The declarations live in the package, where the ctypes backend reads them
# too; loaded by path, since importing the package would load the library.
_declarations = runpy.run_path(str(HERE / "python" / "pascal" / "_declarations.py"))
TYPES: str = _declarations["TYPES"]
DECLARATIONS: str = _declarations["DECLARATIONS"]

MODULE_NAME = "pascal._native"
DEFAULT_OUTPUT = HERE / "python" / "pascal" / "_native.py"

ffibuilder = cffi.FFI()
ffibuilder.cdef(TYPES + DECLARATIONS)
ffibuilder.set_source(MODULE_NAME, None)

if __name__ == "__main__":
    output = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUTPUT
    ffibuilder.emit_python_code(str(output))
