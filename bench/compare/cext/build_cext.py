"""Builds the C extension the way `setup.py build_ext` does, with one compiler.

    python3 build_cext.py gcc|clang OUT_DIR

setuptools takes the compiler and flags from sysconfig (Debian's gcc, -O2);
CC=clang swaps only the compiler, so the two builds differ by compiler alone.
"""

import os
import sys
import sysconfig
from pathlib import Path

# Debian's CPython was built with gcc, and setuptools compiles with its CC.
COMPILERS = {"gcc": sysconfig.get_config_var("CC"), "clang": "clang"}


def build(compiler: str, out_dir: Path) -> None:
    # distutils reads CC when it creates the compiler, so set it before importing.
    os.environ["CC"] = COMPILERS[compiler]
    from setuptools import Distribution, Extension

    name = f"cext_{compiler}"
    source = Path(__file__).with_name("pascal_cext.c")
    extension = Extension(name, [str(source)], define_macros=[("MODULE_NAME", name)])
    command = Distribution({"name": name, "ext_modules": [extension]}).get_command_obj("build_ext")
    command.build_lib = str(out_dir)
    command.build_temp = str(out_dir / f"tmp-{compiler}")
    command.ensure_finalized()
    command.run()


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in COMPILERS:
        sys.exit(f"usage: {sys.argv[0]} {'|'.join(COMPILERS)} OUT_DIR")
    build(sys.argv[1], Path(sys.argv[2]))
