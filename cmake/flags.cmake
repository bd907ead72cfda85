# Every compiler and linker flag the builds use, each written once here; the
# presets (CMakePresets.json) only switch them on:
#   PASCAL_WARNINGS            the warning set
#   PASCAL_WARNINGS_AS_ERRORS  and -Werror (the ci presets)
#   PASCAL_HARDENING           stack protector, _FORTIFY_SOURCE, full RELRO,
#                              non-executable stack (ci and release); the
#                              hardening test runs where this is on
#   PASCAL_SANITIZE            sanitizers to build with, e.g. "address,undefined"
#   PASCAL_FUZZER              the libFuzzer target too (clang; with PASCAL_SANITIZE)
#   PASCAL_REPRODUCIBLE        no build paths or link times in the binaries
#                              (release: what scripts/dist ships)
# Flags apply to the C and C++ code of every target defined after this file
# is included: the library, its tests, examples and benchmarks alike.
option(PASCAL_WARNINGS "Compile with the project's warning set" OFF)
option(PASCAL_WARNINGS_AS_ERRORS "Turn warnings into errors" OFF)
option(PASCAL_HARDENING "Compile and link with the hardening flags" OFF)
set(PASCAL_SANITIZE "" CACHE STRING "Sanitizers to build with, as -fsanitize= takes them (e.g. address,undefined)")
option(PASCAL_FUZZER "Build the libFuzzer target pascal_api_fuzzer (clang, with PASCAL_SANITIZE)" OFF)
option(PASCAL_REPRODUCIBLE "Keep build paths and link times out of the binaries" OFF)

set(pascal_c_or_cxx "$<COMPILE_LANGUAGE:C,CXX>")

if(PASCAL_WARNINGS)
    set(pascal_warnings -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Wshadow -Wcast-qual
        -Wformat=2 -Wundef)
    add_compile_options(
        "$<${pascal_c_or_cxx}:${pascal_warnings}>"
        "$<$<COMPILE_LANGUAGE:C>:-Wstrict-prototypes>"
        "$<$<COMPILE_LANGUAGE:CXX>:-Wold-style-cast;-Wnon-virtual-dtor>")
endif()
if(PASCAL_WARNINGS_AS_ERRORS)
    add_compile_options("$<${pascal_c_or_cxx}:-Werror>")
endif()

if(PASCAL_HARDENING)
    add_compile_options("$<${pascal_c_or_cxx}:-D_FORTIFY_SOURCE=2;-fstack-protector-strong>")
    # MinGW's GCC links its libssp only when the link itself asks for it.
    if(MINGW)
        add_link_options(-fstack-protector-strong)
    endif()
    # Full RELRO and a non-executable stack are ELF properties.
    if(CMAKE_EXECUTABLE_FORMAT STREQUAL "ELF")
        add_link_options("LINKER:-z,relro,-z,now,-z,noexecstack")
    endif()
endif()

# MinGW-w64: the GCC runtimes (libstdc++, libgcc, winpthread, and libssp for
# -fstack-protector) are linked in, so libpascal-1.dll and the programs need
# nothing beside them but Windows' own DLLs. Statically linked, they are
# private to the DLL: nothing of them crosses the C API (no C++ object, no
# exception, no FILE*), so callers built with another toolchain are unaffected.
if(MINGW)
    add_link_options(-static)
endif()

# The same sources give the same bytes wherever they are built: pip builds
# from a fresh temporary copy of the sdist into another temporary folder each
# time, and those paths would otherwise land in the binaries (__FILE__, debug
# info); a PE file would carry its link time.
if(PASCAL_REPRODUCIBLE)
    add_compile_options("$<${pascal_c_or_cxx}:-ffile-prefix-map=${PROJECT_SOURCE_DIR}=.;-ffile-prefix-map=${PROJECT_BINARY_DIR}=build>")
    if(MINGW)
        add_link_options("LINKER:--no-insert-timestamp")
    endif()
endif()

# valgrind 3.19 (Debian 12) cannot read the DWARF 5 that clang 14 writes by
# default: debug info in version 4, where a configuration asks for it.
if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    add_compile_options("$<$<AND:${pascal_c_or_cxx},$<CONFIG:Debug,RelWithDebInfo>>:-gdwarf-4>")
endif()

if(PASCAL_SANITIZE)
    set(pascal_sanitize "-fsanitize=${PASCAL_SANITIZE}")
    if(PASCAL_FUZZER)
        set(pascal_sanitize "-fsanitize=fuzzer-no-link,${PASCAL_SANITIZE}")
    endif()
    add_compile_options("$<${pascal_c_or_cxx}:${pascal_sanitize};-fno-omit-frame-pointer>")
    if(PASCAL_SANITIZE MATCHES "address|undefined")
        add_compile_options("$<${pascal_c_or_cxx}:-fno-sanitize-recover=all>")
    endif()
    add_link_options("-fsanitize=${PASCAL_SANITIZE}")
endif()
