# Fails when a file a generator writes into the source tree
# (scripts/generate_declarations.py, scripts/single_file.py --copies) is not
# what it generates now (into OUT), naming each stale one.
#   cmake -D GENERATE="python;generate_declarations.py;DECLARATIONS;HEADER" -D OUT=... -D SOURCE_DIR=... -P ...
file(REMOVE_RECURSE "${OUT}")
execute_process(COMMAND ${GENERATE} "${OUT}" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${GENERATE} failed")
endif()
file(GLOB_RECURSE generated RELATIVE "${OUT}" "${OUT}/*")
set(stale "")
foreach(path IN LISTS generated)
    execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${OUT}/${path}" "${SOURCE_DIR}/${path}"
        RESULT_VARIABLE different)
    if(different)
        list(APPEND stale "${path}")
    endif()
endforeach()
if(stale OR NOT generated)
    message(FATAL_ERROR "stale: ${stale}\nrun cmake --build <build dir> --target pascal_regenerate and commit the result")
endif()
message(STATUS "fresh: ${generated}")
