"""The package's promises beyond rows: versions, typing, the public names."""

import inspect
import os
import typing

import pascal
from helpers import from_ctest


def test_versions_agree_with_cmake_and_the_library() -> None:
    assert pascal.__version__ == pascal.library_version() == from_ctest("PASCAL_EXPECTED_VERSION")


def test_ships_py_typed() -> None:
    assert os.path.isfile(os.path.join(os.path.dirname(pascal.__file__), "py.typed"))


def test_public_functions_are_annotated() -> None:
    for name in ("library_version", "pascal_row", "pascal_row_buffer", "pascal_row_into", "scoped_row_buffer"):
        function = getattr(pascal, name)
        hints = typing.get_type_hints(function)
        parameters = inspect.signature(function).parameters
        assert set(parameters) | {"return"} == set(hints), name


def test_ffi_objects_stay_private() -> None:
    assert not {"ffi", "lib"} & set(dir(pascal))
    assert all(not name.startswith("_") or name == "__version__" for name in pascal.__all__)
