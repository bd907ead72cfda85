"""Finds and opens libpascal: the copy shipped inside this package, by absolute
path (never the dynamic linker's search path, which could find another build),
or the file PASCAL_LIBRARY names. Refuses a library of another major version."""

import os
import sys
from typing import Callable, List, Tuple, TypeVar

from ._version import LIBRARY_FILE, __version__

MAJOR = int(__version__.split(".")[0])
OVERRIDE = "PASCAL_LIBRARY"

Library = TypeVar("Library")


def candidates() -> List[Tuple[str, str]]:
    """(absolute path, why it is tried) for each library to try, in order."""
    override = os.environ.get(OVERRIDE)
    if override:
        return [(os.path.abspath(override), f"from {OVERRIDE}")]
    # Every directory of the package: one when installed or staged; in an
    # editable install the sources and the built library live apart, and
    # the package's __path__ names both.
    package = sys.modules[__name__.rpartition(".")[0]]
    return [
        (os.path.join(os.path.abspath(directory), LIBRARY_FILE), "shipped in the package")
        for directory in package.__path__
    ]


def load(
    open_library: Callable[[str], Library], version_number: Callable[[Library], int], bind: Callable[[Library], None]
) -> Tuple[Library, str]:
    """The first candidate that opens, and its path; ImportError otherwise.
    version_number() and bind() raise AttributeError for a missing function;
    bind() looks up every other function once the version is known to fit."""
    tried = []
    for path, reason in candidates():
        try:
            library = open_library(path)
        except OSError as error:
            tried.append(f"  {path} ({reason}): {error}")
            continue
        try:
            found = version_number(library)
        except AttributeError as error:
            raise ImportError(f"{path} is not libpascal: {error}") from error
        if found // 10000 != MAJOR:
            raise ImportError(
                f"{path} is libpascal {found // 10000}.{found // 100 % 100}.{found % 100}, "
                f"but the pascal package {__version__} needs major version {MAJOR}"
            )
        try:
            bind(library)
        except AttributeError as error:
            raise ImportError(f"{path} is not a complete libpascal: {error}") from error
        return library, path
    raise ImportError(
        "cannot load libpascal; tried:\n"
        + "\n".join(tried)
        + f"\nInstall the package (pip install .), build it (cmake --build <build dir>, then use "
        f"<build dir>/python) "
        f"or set {OVERRIDE} to the path of {LIBRARY_FILE}."
    )
