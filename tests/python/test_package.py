"""The package's promises beyond rows: versions, typing, the public names."""

import array
import inspect
import os
import types
import typing

import pascal
import pytest
from helpers import from_ctest
from pascal import _public

FUNCTIONS = [name for name in pascal.__all__ if isinstance(getattr(pascal, name), types.FunctionType)]


def test_versions_agree_with_cmake_and_the_library() -> None:
    assert pascal.__version__ == pascal.library_version() == from_ctest("PASCAL_EXPECTED_VERSION")


def test_ships_py_typed() -> None:
    assert os.path.isfile(os.path.join(os.path.dirname(pascal.__file__), "py.typed"))


def test_public_functions_are_annotated() -> None:
    assert len(FUNCTIONS) == 13
    for name in FUNCTIONS:
        function = getattr(pascal, name)
        hints = typing.get_type_hints(function)
        parameters = inspect.signature(function).parameters
        assert set(parameters) | {"return"} == set(hints), name


def test_ffi_objects_stay_private() -> None:
    assert not {"ffi", "lib"} & set(dir(pascal))
    assert all(not name.startswith("_") or name == "__version__" for name in pascal.__all__)


def test_every_argument_can_be_passed_by_its_documented_name() -> None:
    # The public functions are the families' shared forms, renamed to these
    # signatures (pascal/_public.py): a triangle's size is `rows`, a row's `n`.
    out = array.array("I", bytes(4 * 6))
    assert pascal.pascal_row(n=3) == [1, 2, 1]
    assert list(pascal.pascal_row_buffer(n=3)) == [1, 2, 1]
    with pascal.scoped_row_buffer(n=3) as view:
        assert list(view) == [1, 2, 1]
    assert pascal.pascal_row_into(n=3, out=out) == 3
    assert pascal.pascal_triangle(rows=2) == [[1], [1, 1]]
    assert list(pascal.pascal_triangle_buffer(rows=2)) == [1, 1, 1]
    with pascal.scoped_triangle_buffer(rows=2) as view:
        assert list(view) == [1, 1, 1]
    assert pascal.pascal_triangle_into(rows=3, out=out) == 6
    assert pascal.pascal_entry(n=5, k=2) == 6
    assert pascal.pascal_row_range(n=5, k0=1, count=2) == [4, 6]
    assert list(pascal.pascal_row_range_buffer(n=5, k0=1, count=2)) == [4, 6]
    assert pascal.pascal_row_range_into(n=5, k0=1, count=2, out=out) == 2
    assert out[:2].tolist() == [4, 6]


def test_a_form_that_cannot_take_the_declared_signature_is_refused_at_import() -> None:
    def form(n: int) -> int:
        return n

    with pytest.raises(TypeError, match="cannot be the form"):

        @_public.implements(form)
        def two_arguments(n: int, out: object) -> int:  # pragma: no cover (never made)
            """Not made: form takes one argument."""
