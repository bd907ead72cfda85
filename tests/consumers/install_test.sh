#!/usr/bin/env bash
# Installs the build with `cmake --install` into a fresh temporary prefix,
# then checks one thing about the installed package, outside the source tree:
#   layout        the files, the soname libpascal.so.1 and the libpascal.so symlink
#   find_package  a CMake project with find_package(pascal 1 CONFIG) + pascal::pascal
#   pkg_config    cc with `pkg-config --cflags --libs pascal`
#   plain         cc ... -lpascal with an rpath
#   man           man 3 pascal, and man 3 <function> for every function, from the prefix
# Each built program must print expected_output.txt and load the installed
# library, not the one in the build tree.
#
# Usage: install_test.sh <way>, with these in the environment (CTest sets them):
#   PASCAL_CMAKE      cmake                       PASCAL_GENERATOR  its generator
#   PASCAL_BUILD_DIR  the build to install        PASCAL_LIBDIR     CMAKE_INSTALL_LIBDIR
#   PASCAL_VERSION    the project's version       PASCAL_CC         the C compiler
#   PASCAL_EXAMPLE    examples/c/print_rows.c     PASCAL_EXPECTED expected_output.txt
set -euo pipefail

way=${1:?usage: install_test.sh layout|find_package|pkg_config|plain|man}
here=$(cd "$(dirname "$0")" && pwd)

work=$(mktemp -d "${TMPDIR:-/tmp}/pascal-install-test.XXXXXX")
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix
libdir=$prefix/$PASCAL_LIBDIR
"$PASCAL_CMAKE" --install "$PASCAL_BUILD_DIR" --prefix "$prefix" >"$work/install.log"

fail() {
    echo "install test ($way): $*" >&2
    exit 1
}

# Runs the program built against the installed package and checks it.
check_program() {
    local program=$1 loaded
    loaded=$(ldd "$program" | sed -n 's/^[[:space:]]*libpascal\.so\.1 => \([^ ]*\) .*/\1/p')
    [[ -n $loaded && $(realpath "$loaded") == $(realpath "$libdir/libpascal.so.1") ]] ||
        fail "$program loads '$loaded', not $libdir/libpascal.so.1"
    diff -u "$PASCAL_EXPECTED" <("$program") || fail "$program printed the wrong output"
    echo "$way: $program loads the installed library and prints the expected rows"
}

mkdir "$work/consumer"
cp "$PASCAL_EXAMPLE" "$work/consumer/print_rows.c"
cd "$work/consumer"

case $way in
layout)
    major=${PASCAL_VERSION%%.*}
    real=libpascal.so.$PASCAL_VERSION
    for file in "$libdir/$real" "$prefix/include/pascal/pascal.h" \
        "$prefix/include/pascal/pascal_export.h" "$prefix/include/pascal/pascal_version.h" \
        "$libdir/cmake/pascal/pascal-config.cmake" "$libdir/cmake/pascal/pascal-config-version.cmake" \
        "$libdir/pkgconfig/pascal.pc"; do
        [[ -f $file ]] || fail "missing $file"
    done
    [[ -L $libdir/libpascal.so.$major && $(readlink "$libdir/libpascal.so.$major") == "$real" ]] ||
        fail "libpascal.so.$major is not a symlink to $real"
    [[ -L $libdir/libpascal.so && $(readlink "$libdir/libpascal.so") == "libpascal.so.$major" ]] ||
        fail "the dev symlink libpascal.so does not point to libpascal.so.$major"
    soname=$(readelf -d "$libdir/$real" | sed -n 's/.*Library soname: \[\(.*\)\]/\1/p')
    [[ $soname == "libpascal.so.$major" ]] || fail "soname is '$soname', expected libpascal.so.$major"
    echo "layout: $real, soname $soname, symlinks libpascal.so -> libpascal.so.$major -> $real"
    ;;
man)
    # Every page but pascal.3 names a function and sources pascal.3.
    pages=("$prefix/share/man/man3"/*.3)
    [[ ${#pages[@]} -gt 1 ]] || fail "no man pages in $prefix/share/man/man3"
    for page in "${pages[@]}"; do
        name=$(basename "$page" .3)
        MANWIDTH=200 man -M "$prefix/share/man" -P cat 3 "$name" >"$work/$name.txt" 2>&1 ||
            fail "man 3 $name failed: $(cat "$work/$name.txt")"
        grep -q "^ *#include <pascal/pascal.h>" "$work/$name.txt" || fail "man 3 $name shows no synopsis"
        [[ $name == pascal ]] || grep -q "[ *]$name(" "$work/$name.txt" || fail "man 3 $name does not declare $name"
    done
    echo "man: man 3 pascal and man 3 <function> for ${#pages[@]} pages"
    ;;
find_package)
    cp "$here/find_package/CMakeLists.txt" .
    "$PASCAL_CMAKE" -S . -B build -G "$PASCAL_GENERATOR" -D CMAKE_C_COMPILER="$PASCAL_CC" \
        -D CMAKE_PREFIX_PATH="$prefix" -D CMAKE_FIND_USE_PACKAGE_REGISTRY=OFF >"$work/configure.log" ||
        { cat "$work/configure.log"; fail "configuring the find_package consumer failed"; }
    found=$(sed -n 's/^pascal_DIR:PATH=//p' build/CMakeCache.txt)
    [[ $found == "$libdir/cmake/pascal" ]] || fail "find_package found pascal in '$found', not in $prefix"
    "$PASCAL_CMAKE" --build build >"$work/build.log" || { cat "$work/build.log"; fail "building failed"; }
    check_program build/print_rows
    ;;
pkg_config)
    export PKG_CONFIG_LIBDIR=$libdir/pkgconfig
    pkg-config --exists --print-errors 'pascal >= 1' || fail "pkg-config does not find pascal >= 1"
    # The flags word-split on purpose: they are several arguments.
    # shellcheck disable=SC2046
    "$PASCAL_CC" -std=c99 -Wall -Wextra -Werror print_rows.c $(pkg-config --cflags --libs pascal) \
        -Wl,-rpath,"$(pkg-config --variable=libdir pascal)" -o print_rows
    check_program ./print_rows
    ;;
plain)
    "$PASCAL_CC" -std=c99 -Wall -Wextra -Werror print_rows.c -I"$prefix/include" \
        -L"$libdir" -lpascal -Wl,-rpath,"$libdir" -o print_rows
    check_program ./print_rows
    ;;
*)
    fail "unknown way '$way'"
    ;;
esac
