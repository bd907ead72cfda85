"""Generates python/pascal/_native.py, the cffi module the Python package loads.

Out-of-line ABI mode: set_source(..., None) makes cffi emit one pure-Python
file, so building it needs no C compiler and the result runs on every CPython 3
and on PyPy. The declarations are the header's own (python-zstandard's
make_cffi.py feeds cdef the preprocessed zstd.h the same way): the build
preprocesses include/pascal/pascal.h into plain C (scripts/header_api.py,
the file api/pascal_declarations.h of a build tree), and cdef reads exactly
that, so there is no second list of declarations to drift from the header.

    cmake --build --preset dev --target pascal_regenerate    # rewrites _native.py
    /usr/bin/python3 cffi_build.py DECLARATIONS [OUT.py]     # what that target runs
"""

import pathlib
import sys

import cffi

HERE = pathlib.Path(__file__).resolve().parent
MODULE_NAME = "pascal._native"
DEFAULT_OUTPUT = HERE / "python" / "pascal" / "_native.py"

ffibuilder = cffi.FFI()


def build(declarations: str) -> cffi.FFI:
    ffibuilder.cdef(declarations)
    ffibuilder.set_source(MODULE_NAME, None)
    return ffibuilder


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    output = pathlib.Path(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_OUTPUT
    build(pathlib.Path(sys.argv[1]).read_text()).emit_python_code(str(output))
