# Fails unless LIBRARY's SONAME is EXPECTED.
execute_process(COMMAND readelf -d "${LIBRARY}" OUTPUT_VARIABLE dynamic RESULT_VARIABLE result)
if(NOT result EQUAL 0 OR NOT dynamic MATCHES "Library soname: \\[([^]]+)\\]")
    message(FATAL_ERROR "no SONAME in ${LIBRARY}")
endif()
if(NOT CMAKE_MATCH_1 STREQUAL EXPECTED)
    message(FATAL_ERROR "SONAME is ${CMAKE_MATCH_1}, expected ${EXPECTED}")
endif()
message(STATUS "SONAME ${CMAKE_MATCH_1}")
