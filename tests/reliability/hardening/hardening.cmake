# Fails unless LIBRARY is hardened as the ci and release presets promise.
#
# What the binary itself shows (readelf):
#   - full RELRO: a GNU_RELRO segment, and BIND_NOW (FLAGS BIND_NOW or
#     FLAGS_1 NOW), so the GOT is read-only after loading;
#   - a non-executable stack: GNU_STACK is RW, not RWE.
# What leaves no reliable mark in a binary that needs neither (libpascal has
# no stack arrays, so no __stack_chk_fail, and calls no fortifiable libc
# function, so no __*_chk import), and is checked where it is recorded:
#   - every source of the library is compiled with -fstack-protector-strong,
#     -D_FORTIFY_SOURCE=2 and optimisation (fortification needs -O1+), and
#     nothing after them turns them off (COMPILE_COMMANDS);
#   - with debug info, the compiler's own record of its options for every
#     compile unit in LIBRARY (DW_AT_producer) has them too;
#   - PROBE, compiled with the same flags, contains a stack array and a
#     memcpy the compiler cannot bound, and does call __stack_chk_fail and
#     __memcpy_chk: the flags are effective with this toolchain.
# Arguments: LIBRARY, PROBE, COMPILE_COMMANDS, SOURCE_DIR (the library's src/)
# and REQUIRE_DEBUG_INFO.
cmake_minimum_required(VERSION 3.25)

function(run output)
    execute_process(COMMAND ${ARGN} OUTPUT_VARIABLE out RESULT_VARIABLE result ERROR_QUIET)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "failed: ${ARGN}")
    endif()
    set(${output} "${out}" PARENT_SCOPE)
endfunction()

# check(<what> <if() condition...>) records <what> as a problem unless the
# condition holds.
set(problems "")
function(check what)
    if(${ARGN})
        message(STATUS "ok: ${what}")
    else()
        set(problems "${problems};${what}" PARENT_SCOPE)
    endif()
endfunction()

# ---- The binary ----

run(segments readelf -lW "${LIBRARY}")
run(dynamic readelf -dW "${LIBRARY}")

check("GNU_RELRO segment (RELRO)" segments MATCHES "GNU_RELRO")

check("BIND_NOW (full RELRO)"
    dynamic MATCHES "\\(FLAGS\\)[^\n]*BIND_NOW" OR dynamic MATCHES "\\(FLAGS_1\\)[^\n]*NOW")

string(REGEX MATCH "GNU_STACK[^\n]*" stack "${segments}")
check("non-executable stack (${stack})" stack MATCHES " RW  " AND NOT stack MATCHES " RWE ")

# ---- How the library's sources were compiled ----

# The last flag of a family decides, as on the compiler's command line.
function(last_flag output regex command)
    separate_arguments(arguments UNIX_COMMAND "${command}")
    set(last "")
    foreach(argument IN LISTS arguments)
        if(argument MATCHES "${regex}")
            set(last "${argument}")
        endif()
    endforeach()
    set(${output} "${last}" PARENT_SCOPE)
endfunction()

file(READ "${COMPILE_COMMANDS}" commands_json)
string(JSON entries LENGTH "${commands_json}")
math(EXPR last_entry "${entries} - 1")
set(library_sources 0)
foreach(i RANGE ${last_entry})
    string(JSON file GET "${commands_json}" ${i} file)
    cmake_path(IS_PREFIX SOURCE_DIR "${file}" NORMALIZE in_library)
    if(NOT in_library)
        continue()
    endif()
    math(EXPR library_sources "${library_sources} + 1")
    string(JSON command GET "${commands_json}" ${i} command)
    cmake_path(GET file FILENAME name)
    last_flag(protector "^-f(no-)?stack-protector" "${command}")
    check("${name}: -fstack-protector-strong (last: '${protector}')"
        protector STREQUAL "-fstack-protector-strong")
    last_flag(fortify "^-[DU]_FORTIFY_SOURCE" "${command}")
    check("${name}: -D_FORTIFY_SOURCE=2 (last: '${fortify}')" fortify STREQUAL "-D_FORTIFY_SOURCE=2")
    last_flag(optimisation "^-O" "${command}")
    check("${name}: optimised, as _FORTIFY_SOURCE needs (last: '${optimisation}')"
        optimisation MATCHES "^-O[123s]$")
endforeach()
check("compile commands found for ${SOURCE_DIR}" library_sources GREATER 0)

# ---- The compiler's record in the debug info ----

execute_process(COMMAND readelf --debug-dump=info "${LIBRARY}"
    OUTPUT_VARIABLE debug_info ERROR_QUIET)
string(REGEX MATCHALL "DW_AT_producer[^\n]*" producers "${debug_info}")
list(LENGTH producers units)
if(REQUIRE_DEBUG_INFO)
    check("debug info records how each compile unit was built" units GREATER 0)
endif()
foreach(producer IN LISTS producers)
    string(REGEX MATCH "GNU [^ ]+ [^ ]+" compiler "${producer}")
    if(NOT compiler)
        continue()
    endif()
    check("${compiler} unit built with -fstack-protector-strong"
        producer MATCHES " -fstack-protector-strong( |$)")
    check("${compiler} unit built with -O1 or more" producer MATCHES " -O[123s]( |$)")
endforeach()

# ---- The flags work with this toolchain ----

run(probe_symbols nm --undefined-only "${PROBE}")
check("probe calls __stack_chk_fail (stack protector active)" probe_symbols MATCHES "__stack_chk_fail")
check("probe calls __memcpy_chk (_FORTIFY_SOURCE active)" probe_symbols MATCHES "__memcpy_chk")

list(REMOVE_ITEM problems "")
if(problems)
    list(JOIN problems "\n  " report)
    message(FATAL_ERROR "not hardened:\n  ${report}")
endif()
message(STATUS "hardened: RELRO, BIND_NOW, no executable stack; ${library_sources} sources with "
               "-fstack-protector-strong -D_FORTIFY_SOURCE=2 -O2; ${units} compile units agree")
