"""Builds the C extension the way `setup.py build_ext` does, with one compiler
at one optimisation level.

    python3 build_cext.py gcc|clang O2|O3 OUT_DIR    writes OUT_DIR/cext_<compiler>_<level>*.so

setuptools takes the compiler and flags from sysconfig (Debian's gcc, -O2 among
them); CC=clang swaps only the compiler, and the level is appended last, so it
wins over sysconfig's -O2. The four builds differ by compiler and level alone.
"""

import os
import sys
import sysconfig
from pathlib import Path

# Debian's CPython was built with gcc, and setuptools compiles with its CC.
COMPILERS = {"gcc": sysconfig.get_config_var("CC"), "clang": "clang"}
LEVELS = ("O2", "O3")


def build(compiler: str, level: str, out_dir: Path) -> None:
    # distutils reads CC when it creates the compiler, so set it before importing.
    os.environ["CC"] = COMPILERS[compiler]
    from setuptools import Distribution, Extension

    name = f"cext_{compiler}_{level}"
    source = Path(__file__).with_name("pascal_cext.c")
    extension = Extension(name, [str(source)], define_macros=[("MODULE_NAME", name)], extra_compile_args=[f"-{level}"])
    command = Distribution({"name": name, "ext_modules": [extension]}).get_command_obj("build_ext")
    command.build_lib = str(out_dir)
    command.build_temp = str(out_dir / f"tmp-{compiler}-{level}")
    command.ensure_finalized()
    command.run()


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] not in COMPILERS or sys.argv[2] not in LEVELS:
        sys.exit(f"usage: {sys.argv[0]} {'|'.join(COMPILERS)} {'|'.join(LEVELS)} OUT_DIR")
    build(sys.argv[1], sys.argv[2], Path(sys.argv[3]))
