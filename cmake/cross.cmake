# Building for another machine than this one. A packager's toolchain file
# (Yocto, Buildroot, a distribution's cross build) names the C and C++ cross
# compilers and little else: no emulator, no compiler for any other language.
# What the build does with that is decided here, once:
#   pascal_left_out(<what> <why>)         the configure line for a part left out
#   pascal_builds_for_target(<out> <lang>) whether CMAKE_<lang>_COMPILER builds
#                                         for the machine the C compiler does
#   CMAKE_CROSSCOMPILING_EMULATOR         qemu-user for a Linux target, unless
#                                         the toolchain file or -D names one
# Suites that load the build into this machine's interpreters are not
# registered in any cross build (tests/CMakeLists.txt).

# pascal_left_out(<what> <why>): every part a build leaves out says so in one form.
function(pascal_left_out what why)
    message(STATUS "pascal: ${what} left out: ${why}")
endfunction()

# pascal_compiler_machine(<out> <lang>): the triple CMAKE_<lang>_COMPILER builds
# for, with a vendor field of unknown or pc taken out (x86_64-pc-linux-gnu, as
# clang says, is gcc's x86_64-linux-gnu); empty if the compiler cannot say.
function(pascal_compiler_machine out lang)
    set(machine "${CMAKE_${lang}_COMPILER_TARGET}")
    if(NOT machine)
        execute_process(COMMAND "${CMAKE_${lang}_COMPILER}" -dumpmachine
            OUTPUT_VARIABLE machine OUTPUT_STRIP_TRAILING_WHITESPACE
            RESULT_VARIABLE failed ERROR_QUIET)
        if(failed)
            set(machine "")
        endif()
    endif()
    string(REGEX REPLACE "^([^-]+)-(unknown|pc)-" "\\1-" machine "${machine}")
    set(${out} "${machine}" PARENT_SCOPE)
endfunction()

# pascal_builds_for_target(<out> <lang>): TRUE when CMAKE_<lang>_COMPILER (found,
# not yet enabled) builds for the C compiler's machine. CMake looks for other
# languages' compilers by their plain names, which in a cross build finds
# this machine's (f95 for Fortran): their programs cannot link the library.
# Natively every compiler builds for this machine.
function(pascal_builds_for_target out lang)
    set(${out} TRUE PARENT_SCOPE)
    if(NOT CMAKE_CROSSCOMPILING)
        return()
    endif()
    pascal_compiler_machine(c_machine C)
    pascal_compiler_machine(machine ${lang})
    if(NOT machine OR NOT machine STREQUAL c_machine)
        if(NOT machine)
            set(machine "a machine it does not name (-dumpmachine)")
        endif()
        string(CONCAT why "${CMAKE_${lang}_COMPILER} does not target ${CMAKE_SYSTEM_PROCESSOR} "
            "(it builds for ${machine}, the C compiler for ${c_machine}; "
            "CMAKE_${lang}_COMPILER can name one that does)")
        set(${out} FALSE PARENT_SCOPE)
        set(${out}_WHY "${why}" PARENT_SCOPE)
    endif()
endfunction()

if(NOT CMAKE_CROSSCOMPILING OR NOT CMAKE_SYSTEM_NAME STREQUAL "Linux" OR CMAKE_CROSSCOMPILING_EMULATOR)
    return()
endif()

# ctest runs the target's programs through CMAKE_CROSSCOMPILING_EMULATOR
# (catch_discover_tests lists the Catch2 tests through it too): without one
# they would be run as they are, which fails on this machine. qemu-user
# (Debian: qemu-user) names its programs by CPU, some otherwise than
# CMAKE_SYSTEM_PROCESSOR does.
string(TOLOWER "${CMAKE_SYSTEM_PROCESSOR}" pascal_qemu_cpu)
if(pascal_qemu_cpu MATCHES "^i[3-6]86$")
    set(pascal_qemu_cpu i386)
elseif(pascal_qemu_cpu MATCHES "^armv[0-9]")
    set(pascal_qemu_cpu arm)
elseif(pascal_qemu_cpu MATCHES "^powerpc")
    string(REPLACE "powerpc" "ppc" pascal_qemu_cpu "${pascal_qemu_cpu}")
endif()
find_program(PASCAL_QEMU "qemu-${pascal_qemu_cpu}" NO_CMAKE_FIND_ROOT_PATH
    DOC "qemu-user for the target's CPU, which runs the tests")
if(NOT PASCAL_QEMU)
    message(STATUS "pascal: no emulator for ${CMAKE_SYSTEM_PROCESSOR} (qemu-${pascal_qemu_cpu} not found, "
        "CMAKE_CROSSCOMPILING_EMULATOR unset): ctest runs the tests' programs as they are, "
        "which needs a machine that runs them or binfmt_misc")
    return()
endif()

# qemu-user runs the program's dynamic loader, which with the C library is in
# the target's sysroot: the toolchain file's CMAKE_SYSROOT, or the one the
# cross compiler has built in (Debian's aarch64-linux-gnu-gcc:
# /usr/aarch64-linux-gnu), found from where the compiler finds libc.so.6.
# -L is that root; a libc.so.6 in this machine's own /lib needs none.
set(pascal_target_root "${CMAKE_SYSROOT}")
if(NOT pascal_target_root)
    execute_process(COMMAND "${CMAKE_C_COMPILER}" -print-file-name=libc.so.6
        OUTPUT_VARIABLE pascal_target_libc OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
    if(IS_ABSOLUTE "${pascal_target_libc}" AND EXISTS "${pascal_target_libc}")
        file(REAL_PATH "${pascal_target_libc}" pascal_target_libc)
        # <root>[/usr]/lib[32|64][/<multiarch>]/libc.so.6
        string(REGEX REPLACE "/lib(32|64)?(/[^/]+)?/libc\\.so\\.6$" "" pascal_target_root "${pascal_target_libc}")
        string(REGEX REPLACE "/usr$" "" pascal_target_root "${pascal_target_root}")
    endif()
endif()
set(CMAKE_CROSSCOMPILING_EMULATOR "${PASCAL_QEMU}")
if(pascal_target_root AND NOT pascal_target_root STREQUAL "/")
    list(APPEND CMAKE_CROSSCOMPILING_EMULATOR -L "${pascal_target_root}")
endif()
list(JOIN CMAKE_CROSSCOMPILING_EMULATOR " " pascal_emulator_line)
message(STATUS "pascal: tests run under ${pascal_emulator_line} (CMAKE_CROSSCOMPILING_EMULATOR: none given)")
