# Runs the command after `--` and fails unless it exits with 0 and prints on
# stdout exactly the contents of EXPECTED. Its stderr is passed on, so a
# failing consumer explains itself.
#   cmake -D EXPECTED=<file> -P run_example.cmake -- <command> [<arg>...]
set(command "")
set(after_separator FALSE)
math(EXPR last "${CMAKE_ARGC} - 1")
foreach(i RANGE ${last})
    if(after_separator)
        list(APPEND command "${CMAKE_ARGV${i}}")
    elseif(CMAKE_ARGV${i} STREQUAL "--")
        set(after_separator TRUE)
    endif()
endforeach()
if(NOT command OR NOT EXISTS "${EXPECTED}")
    message(FATAL_ERROR "usage: cmake -D EXPECTED=<file> -P run_example.cmake -- <command> [<arg>...]")
endif()

execute_process(COMMAND ${command}
    OUTPUT_VARIABLE printed
    ERROR_VARIABLE errors
    RESULT_VARIABLE result)
if(errors)
    message("stderr of ${command}:\n${errors}")
endif()
if(NOT result STREQUAL "0")
    message(FATAL_ERROR "${command} exited with ${result}")
endif()

file(READ "${EXPECTED}" expected)
if(NOT printed STREQUAL expected)
    message(FATAL_ERROR "${command} printed:\n${printed}\nexpected (${EXPECTED}):\n${expected}")
endif()
message(STATUS "output matches ${EXPECTED}")
