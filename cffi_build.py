"""Generates python/pascal/_native.py, the cffi module the Python package loads.

Out-of-line ABI mode: set_source(..., None) makes cffi emit one pure-Python
file, so building it needs no C compiler and the result runs on every CPython 3
and on PyPy. ABI mode cannot see the header, so the declarations below are
written by hand in plain C; tests/python/abi_declarations_match_header.py
compiles them once in API mode against include/pascal/pascal.h, which turns a
mismatch into a build failure instead of a crash in a user's process.

    /usr/bin/python3 cffi_build.py            # rewrites python/pascal/_native.py
    /usr/bin/python3 cffi_build.py OUT.py     # writes elsewhere (the freshness test)
"""

import pathlib
import sys

import cffi

# The types of pascal.h that the package uses, as the header declares them.
TYPES = """
typedef struct pascal_array { uint32_t* data; size_t size; } pascal_array;
"""

# One line per function of pascal.h that the package calls, as the header
# declares it minus PASCAL_EXPORT and PASCAL_NOEXCEPT.
DECLARATIONS = """
uint32_t pascal_version_number(void);
const char* pascal_version_string(void);
uint32_t* pascal_row(size_t n, size_t* size_out);
void deallocate_vec(uint32_t* ptr, size_t len);
size_t pascal_row_into(size_t n, uint32_t* out, size_t capacity);
uint32_t* pascal_triangle(size_t rows, size_t* size_out);
size_t pascal_triangle_into(size_t rows, uint32_t* out, size_t capacity);
int pascal_row_alloc(size_t n, pascal_array* out);
int pascal_triangle_alloc(size_t rows, pascal_array* out);
void pascal_array_free(pascal_array* a);
"""

MODULE_NAME = "pascal._native"
DEFAULT_OUTPUT = pathlib.Path(__file__).resolve().parent / "python" / "pascal" / "_native.py"

ffibuilder = cffi.FFI()
ffibuilder.cdef(TYPES + DECLARATIONS)
ffibuilder.set_source(MODULE_NAME, None)

if __name__ == "__main__":
    output = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUTPUT
    ffibuilder.emit_python_code(str(output))
