# Compares LIBRARY, just built, with BASELINE, the abixml of a release
# (scripts/abi-baseline), with libabigail's abidiff. Passes when nothing the
# release exported has changed or disappeared; added functions pass.
#   cmake -D ABIDIFF=... -D READELF=... -D BASELINE=... -D LIBRARY=... -P abidiff.cmake
#
# abidiff's exit status is a bit field (man abidiff): 1 error, 2 usage error,
# 4 ABI change, 8 incompatible ABI change. Bit 8 is set for a removed symbol
# but not for a changed one: deallocate_vec(uint32_t*, size_t) becoming
# deallocate_vec(uint32_t*, uint32_t) sets bit 4 alone, exactly as three added
# functions do. So the verdict comes from a run with --no-added-syms, which
# filters out added functions and variables and nothing else: it must exit 0.
# No --headers-dir: size_t and uint32_t come from system headers, and
# restricting the comparison to types of the public headers hides a parameter
# changing from one to the other (abidiff then reports "1 filtered out").

if(NOT ABIDIFF)
    message(FATAL_ERROR "abidiff not found: install abigail-tools (bash scripts/deps core) and reconfigure")
endif()
if(NOT READELF)
    message(FATAL_ERROR "readelf not found (binutils)")
endif()

# Without DWARF, abidiff compares ELF symbols only and a changed signature
# passes; abidiff 2.2 --fail-no-debug-info does not fail on a stripped library.
execute_process(COMMAND "${READELF}" -S -W "${LIBRARY}"
    OUTPUT_VARIABLE sections RESULT_VARIABLE readelf_result)
if(NOT readelf_result EQUAL 0)
    message(FATAL_ERROR "readelf could not read ${LIBRARY}")
elseif(NOT sections MATCHES "[ \t]\\.debug_info[ \t]")
    message(FATAL_ERROR "${LIBRARY} has no .debug_info: the ABI check needs a build with -g "
        "(RelWithDebInfo or Debug, as the ci and dev presets are)")
endif()

function(describe_status status out_var)
    set(bits "")
    foreach(bit_name IN ITEMS 1:ERROR 2:USAGE_ERROR 4:ABI_CHANGE 8:ABI_INCOMPATIBLE_CHANGE)
        string(REPLACE ":" ";" pair "${bit_name}")
        list(GET pair 0 bit)
        list(GET pair 1 name)
        math(EXPR set "${status} & ${bit}")
        if(set)
            list(APPEND bits "ABIDIFF_${name}")
        endif()
    endforeach()
    if(bits STREQUAL "")
        set(bits "no change")
    endif()
    list(JOIN bits " | " bits)
    set(${out_var} "${status} (${bits})" PARENT_SCOPE)
endfunction()

# The whole report, added functions included, for the log.
set(command "${ABIDIFF}" --fail-no-debug-info "${BASELINE}" "${LIBRARY}")
execute_process(COMMAND ${command} OUTPUT_VARIABLE report ERROR_VARIABLE report RESULT_VARIABLE status)
describe_status("${status}" described)
list(JOIN command " " shown)
message("$ ${shown}\n${report}exit status ${described}\n")

# The verdict: the same comparison without the additions.
set(command "${ABIDIFF}" --fail-no-debug-info --no-added-syms "${BASELINE}" "${LIBRARY}")
execute_process(COMMAND ${command} OUTPUT_VARIABLE verdict ERROR_VARIABLE verdict RESULT_VARIABLE verdict_status)
describe_status("${verdict_status}" verdict_described)
list(JOIN command " " shown)
message("$ ${shown}\n${verdict}exit status ${verdict_described}\n")

if(NOT status MATCHES "^[0-9]+$" OR NOT verdict_status MATCHES "^[0-9]+$")
    message(FATAL_ERROR "abidiff did not run: ${status} ${verdict_status}")
endif()
math(EXPR tool_error "(${status} | ${verdict_status}) & 3")
math(EXPR incompatible "${status} & 8")
if(tool_error)
    message(FATAL_ERROR "abidiff failed (see its messages above)")
elseif(incompatible OR NOT verdict_status EQUAL 0)
    message(FATAL_ERROR "the ABI of ${BASELINE} changed: something it exports was removed or changed "
        "(report above). While the soname stays, functions may only be added.")
endif()
message(STATUS "compatible: everything ${BASELINE} exports is unchanged")
