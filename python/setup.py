"""What pyproject.toml cannot say without setuptools' beta configuration: the
version (from pascal/_version.py), the files, and the wheel's layout and tag.

The package ships a native library but no extension module, so one wheel
serves every Python 3 on the platform (milksnake's idea): py3-none-<platform>.
"""

import re
from pathlib import Path

from setuptools import Distribution, setup
from wheel.bdist_wheel import bdist_wheel

VERSION = re.search(r'^__version__ = "([^"]+)"$', Path("pascal/_version.py").read_text(), re.M)


class LibraryDistribution(Distribution):
    def has_ext_modules(self) -> bool:
        return True  # libpascal.so is platform-specific: not a pure wheel


class PlatformWheel(bdist_wheel):
    def get_tag(self) -> "tuple[str, str, str]":
        platform = super().get_tag()[2]
        return "py3", "none", platform


setup(
    version=VERSION[1] if VERSION else None,
    packages=["pascal"],
    package_data={"pascal": ["libpascal.so.*", "py.typed"]},
    license_files=["LICENSE"],
    distclass=LibraryDistribution,
    cmdclass={"bdist_wheel": PlatformWheel},
)
