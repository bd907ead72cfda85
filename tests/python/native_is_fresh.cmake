# Fails when python/pascal/_native.py is not what cffi_build.py generates now
# from the header's declarations.
#   cmake -D PYTHON=... -D SOURCE_DIR=... -D DECLARATIONS=... -D WORK_DIR=... -P native_is_fresh.cmake
set(generated "${WORK_DIR}/_native.py")
execute_process(
    COMMAND "${PYTHON}" "${SOURCE_DIR}/cffi_build.py" "${DECLARATIONS}" "${generated}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cffi_build.py failed")
endif()
execute_process(
    COMMAND "${CMAKE_COMMAND}" -E compare_files "${generated}" "${SOURCE_DIR}/python/pascal/_native.py"
    RESULT_VARIABLE different)
if(different)
    message(FATAL_ERROR "python/pascal/_native.py is stale: run "
        "cmake --build <build dir> --target pascal_regenerate and commit the result")
endif()
message(STATUS "python/pascal/_native.py matches cffi_build.py")
