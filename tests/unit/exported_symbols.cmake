# Fails unless the dynamic symbols LIBRARY defines are exactly the functions
# HEADER declares with PASCAL_EXPORT.
file(STRINGS "${HEADER}" declarations REGEX "^PASCAL_EXPORT ")
set(expected "")
foreach(line IN LISTS declarations)
    string(REGEX MATCH "([A-Za-z_][A-Za-z0-9_]*)\\(" _ "${line}")
    list(APPEND expected "${CMAKE_MATCH_1}")
endforeach()
list(SORT expected)

execute_process(COMMAND nm -D --defined-only "${LIBRARY}"
    OUTPUT_VARIABLE nm_output RESULT_VARIABLE nm_result)
if(NOT nm_result EQUAL 0)
    message(FATAL_ERROR "nm failed on ${LIBRARY}")
endif()
string(REGEX MATCHALL "[^\n]+" nm_lines "${nm_output}")
set(exported "")
foreach(line IN LISTS nm_lines)
    string(REGEX MATCH "[^ ]+$" symbol "${line}")
    list(APPEND exported "${symbol}")
endforeach()
list(SORT exported)

if(NOT exported STREQUAL expected OR expected STREQUAL "")
    message(FATAL_ERROR "exported: ${exported}\nexpected: ${expected}")
endif()
message(STATUS "exports exactly: ${exported}")
