# Fails unless the dynamic symbols LIBRARY defines are exactly the functions
# the header declares (HEADER_API's reading of DECLARATIONS, run by PYTHON).
# FORMAT is the library's object format: ELF (nm's dynamic symbols) or PE
# (the DLL's export table, from OBJDUMP).
execute_process(COMMAND "${PYTHON}" "${HEADER_API}" functions "${DECLARATIONS}"
    OUTPUT_VARIABLE functions RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${HEADER_API} could not read ${DECLARATIONS}")
endif()
string(REGEX MATCHALL "[^\n]+" expected "${functions}")
list(SORT expected)

set(exported "")
if(FORMAT STREQUAL "PE")
    execute_process(COMMAND "${OBJDUMP}" -p "${LIBRARY}" OUTPUT_VARIABLE dump RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "${OBJDUMP} -p failed on ${LIBRARY}")
    endif()
    # The export names follow "[Ordinal/Name Pointer] Table", one per line:
    #   [   4] pascal_row_exact_max
    string(REGEX REPLACE ".*\\[Ordinal/Name Pointer\\] Table\n" "" names "${dump}")
    string(REGEX MATCHALL "\t\\[ *[0-9]+\\] [A-Za-z_][A-Za-z0-9_]*" rows "${names}")
    foreach(row IN LISTS rows)
        string(REGEX MATCH "[A-Za-z_][A-Za-z0-9_]*$" symbol "${row}")
        list(APPEND exported "${symbol}")
    endforeach()
else()
    execute_process(COMMAND nm -D --defined-only "${LIBRARY}"
        OUTPUT_VARIABLE nm_output RESULT_VARIABLE nm_result)
    if(NOT nm_result EQUAL 0)
        message(FATAL_ERROR "nm failed on ${LIBRARY}")
    endif()
    string(REGEX MATCHALL "[^\n]+" nm_lines "${nm_output}")
    foreach(line IN LISTS nm_lines)
        string(REGEX MATCH "[^ ]+$" symbol "${line}")
        list(APPEND exported "${symbol}")
    endforeach()
endif()
list(SORT exported)

if(NOT exported STREQUAL expected OR expected STREQUAL "")
    message(FATAL_ERROR "exported: ${exported}\nexpected: ${expected}")
endif()
message(STATUS "exports exactly: ${exported}")
