"""Generates the cffi ABI-mode module for the original Rust library, as
milksnake did: declarations only, no C compiler, a pure-Python module that
loads on CPython and PyPy alike.

    python3 original_cffi_build.py OUT_DIR    writes OUT_DIR/_original_rust_ffi.py
"""

import sys

import cffi

ffibuilder = cffi.FFI()
ffibuilder.set_source("_original_rust_ffi", None)
ffibuilder.cdef("""
    uint32_t* pascal_row(size_t n, size_t* size_out);
    void deallocate_vec(uint32_t* ptr, size_t len);
""")

if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(f"usage: {sys.argv[0]} OUT_DIR")
    ffibuilder.compile(tmpdir=sys.argv[1], verbose=False)
