"""What a backend provides: the library it loaded and the calls that the
ownership models (_ownership) are written over. __init__ holds each backend
module as a Backend, so mypy --strict (the python.types test) fails when a
backend lacks one of these or gives it another signature."""

from typing import Any, Protocol


class Backend(Protocol):
    LIBRARY_PATH: str  # the file loaded
    array_free: Any  # a C function pointer void(*)(pascal_array *): the owners' destructor

    def library_version(self) -> str:
        """pascal_version_string() of the loaded library."""

    def row_alloc(self, n: int, owner: Any, /) -> int:
        """pascal_row_alloc(n, owner): 0 or an errno value."""

    def triangle_alloc(self, rows: int, owner: Any, /) -> int:
        """pascal_triangle_alloc(rows, owner): 0 or an errno value."""

    def row_into(self, n: int, target: Any, capacity: int, /) -> int:
        """pascal_row_into(n, target, capacity), target from ffi.from_buffer or ffi.NULL."""

    def triangle_into(self, rows: int, target: Any, capacity: int, /) -> int:
        """pascal_triangle_into(rows, target, capacity)."""

    def entry(self, n: int, k: int, out: Any, /) -> int:
        """pascal_entry(n, k, out), out a uint32_t * from ffi.new: 0 or an errno value."""

    def row_range(self, n: int, k0: int, target: Any, count: int, /) -> int:
        """pascal_row_range(n, k0, target, count), target from ffi.new or ffi.from_buffer."""
