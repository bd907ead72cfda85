"""Turns the errno of a failed call into the exception docs/python.md promises:
one for each code pascal.h's Errors block lists (test_errors checks every one)."""

import errno
import os


def from_errno(call: str, code: int) -> Exception:
    """The exception for `call` (e.g. "pascal_row(5)") having failed with `code`."""
    name = errno.errorcode.get(code, f"errno {code}")
    message = f"{call} failed: {name}: {os.strerror(code)}"
    if code == errno.ENOMEM:
        return MemoryError(message)
    if code == errno.EINVAL:
        return ValueError(message)
    if code == errno.EOVERFLOW:
        return OverflowError(message)
    if code == errno.EDOM:
        return IndexError(message)
    return OSError(code, message)
