"""Bad input: a clear Python exception, raised before C for what Python can
check, and from the C errno for what only the library knows."""

import errno
import os
import sys
from pathlib import Path

import pascal
import pytest
from helpers import IS_64_BIT, ROW_APIS
from pascal import _errors

SOURCE = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(SOURCE / "scripts"))
import header_manual  # noqa: E402  (the header's manual, read as text)

ALLOCATING = ["pascal_row", "pascal_row_buffer", "scoped_row_buffer"]
ENOMEM_TEXT = f"ENOMEM: {os.strerror(errno.ENOMEM)}"


@pytest.mark.parametrize("api", sorted(ROW_APIS))
@pytest.mark.parametrize("n", [2.0, 1.5, "3", None, b"3", [3]])
def test_non_integer_n_is_a_type_error(api: str, n: object) -> None:
    with pytest.raises(TypeError, match="n must be an integer"):
        ROW_APIS[api](n)  # type: ignore[arg-type]


@pytest.mark.parametrize("api", sorted(ROW_APIS))
def test_negative_n_is_a_value_error(api: str) -> None:
    with pytest.raises(ValueError, match="n must be >= 0, got -1"):
        ROW_APIS[api](-1)


@pytest.mark.parametrize("api", sorted(ROW_APIS))
@pytest.mark.parametrize("n", [2**64, 2**64 + 1, 2**100])
def test_n_beyond_size_t_is_an_overflow_error(api: str, n: int) -> None:
    with pytest.raises(OverflowError, match="does not fit in size_t"):
        ROW_APIS[api](n)


@pytest.mark.parametrize("api", ALLOCATING)
# Rows whose bytes exceed any memory (2**61 entries) or overflow size_t.
@pytest.mark.parametrize("n", [2**61, 2**62, 2**64 - 1] if IS_64_BIT else [2**30, 2**31, 2**32 - 1])
def test_unallocatable_row_is_a_memory_error_with_errno(api: str, n: int) -> None:
    with pytest.raises(MemoryError) as raised:
        ROW_APIS[api](n)
    assert str(raised.value) == f"pascal_row({n}) failed: {ENOMEM_TEXT}"


def test_errno_mapping() -> None:
    assert type(_errors.from_errno("f(1)", errno.ENOMEM)) is MemoryError
    invalid = _errors.from_errno("f(1)", errno.EINVAL)
    assert type(invalid) is ValueError
    assert str(invalid) == f"f(1) failed: EINVAL: {os.strerror(errno.EINVAL)}"
    other = _errors.from_errno("f(1)", errno.EIO)
    assert type(other) is OSError and other.errno == errno.EIO and "EIO" in str(other)


def documented_errors() -> "tuple[header_manual.ErrorCode, ...]":
    header = SOURCE / "include" / "pascal" / "pascal.h"
    return header_manual.errors(header_manual.manual(header.read_text()))


def test_every_code_the_header_lists_has_its_own_exception() -> None:
    codes = documented_errors()
    assert codes
    for code in codes:
        raised = _errors.from_errno("f(1)", getattr(errno, code.name))
        assert type(raised) is not OSError, f"pascal.h lists {code.name}: map it in pascal._errors"
        assert f"f(1) failed: {code.name}: " in str(raised)


def test_errors_leave_the_library_usable() -> None:
    for n in (-1, 2**62, 2**64):
        with pytest.raises((ValueError, MemoryError, OverflowError)):
            pascal.pascal_row(n)
    assert pascal.pascal_row(3) == [1, 2, 1]
