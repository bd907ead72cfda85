"""The loader: the library shipped in the package, by absolute path, or the one
PASCAL_LIBRARY names; an ImportError listing what was tried; a library of
another major version refused. Each case runs in a fresh interpreter."""

import filecmp
import os
import shutil
from pathlib import Path

import pascal
from helpers import from_ctest, run_python
from pascal import _loader

SHOW_PATH = "import pascal; print(pascal.LIBRARY_PATH)"


def test_the_package_loads_the_library_it_ships() -> None:
    assert "PASCAL_LIBRARY" not in os.environ
    directory, name = os.path.split(pascal.LIBRARY_PATH)
    assert name == _loader.LIBRARY_FILE
    assert directory in [os.path.abspath(path) for path in pascal.__path__]
    assert filecmp.cmp(pascal.LIBRARY_PATH, from_ctest("PASCAL_BUILT_LIBRARY"), shallow=False)


def test_pascal_library_overrides_the_packaged_copy() -> None:
    built = from_ctest("PASCAL_BUILT_LIBRARY")
    loaded = run_python(SHOW_PATH, {"PASCAL_LIBRARY": built})
    assert loaded.returncode == 0, loaded.stderr
    assert loaded.stdout.strip() == built


def test_a_relative_pascal_library_is_made_absolute(tmp_path: Path) -> None:
    shutil.copy(from_ctest("PASCAL_BUILT_LIBRARY"), tmp_path / "copy.so")
    loaded = run_python(SHOW_PATH, {"PASCAL_LIBRARY": "copy.so"}, cwd=str(tmp_path))
    assert loaded.returncode == 0, loaded.stderr
    assert loaded.stdout.strip() == str(tmp_path / "copy.so")


def test_a_missing_override_is_an_import_error_naming_it() -> None:
    missing = "/nonexistent/libpascal.so.1"
    failed = run_python("import pascal", {"PASCAL_LIBRARY": missing})
    assert failed.returncode != 0
    assert "ImportError: cannot load libpascal; tried:" in failed.stderr
    assert f"{missing} (from PASCAL_LIBRARY)" in failed.stderr


def test_a_package_without_its_library_is_an_import_error_naming_the_path(tmp_path: Path) -> None:
    package = tmp_path / "pascal"
    shutil.copytree(
        os.path.dirname(pascal.__file__), package, ignore=shutil.ignore_patterns("libpascal.so*", "__pycache__")
    )
    failed = run_python("import pascal", {"PYTHONPATH": str(tmp_path), "PASCAL_LIBRARY": None})
    assert failed.returncode != 0
    assert f"{package / _loader.LIBRARY_FILE} (shipped in the package)" in failed.stderr
    assert "set PASCAL_LIBRARY" in failed.stderr


def test_a_library_of_another_major_version_is_refused() -> None:
    failed = run_python("import pascal", {"PASCAL_LIBRARY": from_ctest("PASCAL_OTHER_MAJOR_LIBRARY")})
    assert failed.returncode != 0
    assert f"is libpascal 2.0.0, but the pascal package {pascal.__version__} needs major version 1" in failed.stderr


def test_a_library_without_the_row_functions_is_refused_at_import() -> None:
    incomplete = from_ctest("PASCAL_INCOMPLETE_LIBRARY")
    failed = run_python("import pascal", {"PASCAL_LIBRARY": incomplete})
    assert failed.returncode != 0
    assert f"ImportError: {incomplete} is not a complete libpascal:" in failed.stderr
    assert "pascal_row" in failed.stderr or "deallocate_vec" in failed.stderr  # the first one looked up


def test_a_library_that_is_not_libpascal_is_refused_at_import() -> None:
    with open("/proc/self/maps") as maps:
        libc = next(line.split()[-1] for line in maps if "/libc.so" in line or "/libc-" in line)
    failed = run_python("import pascal", {"PASCAL_LIBRARY": libc})
    assert failed.returncode != 0
    assert f"ImportError: {libc} is not libpascal:" in failed.stderr
    assert "pascal_version_number" in failed.stderr


def test_an_unknown_backend_is_an_import_error() -> None:
    failed = run_python("import pascal", {"PASCAL_BACKEND": "swig"})
    assert failed.returncode != 0
    assert "PASCAL_BACKEND='swig': expected 'cffi' or 'ctypes'" in failed.stderr


def test_the_backend_is_the_one_asked_for() -> None:
    assert pascal.BACKEND == os.environ.get("PASCAL_BACKEND", "cffi")
