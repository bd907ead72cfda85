# The Windows counterpart of hardening.cmake: fails unless the DLL LIBRARY
# is relocatable at a 64-bit random base (DYNAMIC_BASE, HIGH_ENTROPY_VA,
# Windows' ASLR) with a non-executable stack and heap (NX_COMPAT, DEP), and
# was built with the stack protector (it calls __stack_chk_fail, linked in
# from libssp).
cmake_minimum_required(VERSION 3.25)
execute_process(COMMAND "${OBJDUMP}" -p "${LIBRARY}" OUTPUT_VARIABLE headers RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${OBJDUMP} -p failed on ${LIBRARY}")
endif()
foreach(flag DYNAMIC_BASE HIGH_ENTROPY_VA NX_COMPAT)
    if(NOT headers MATCHES "DllCharacteristics[^\n]*\n([ \t]+[A-Z_]+\n)*[ \t]+${flag}\n")
        message(FATAL_ERROR "${LIBRARY}: DllCharacteristics lacks ${flag}")
    endif()
endforeach()
execute_process(COMMAND "${NM}" "${LIBRARY}" OUTPUT_VARIABLE symbols RESULT_VARIABLE result)
if(NOT result EQUAL 0 OR NOT symbols MATCHES " T __stack_chk_fail\n")
    message(FATAL_ERROR "${LIBRARY}: no __stack_chk_fail, built without -fstack-protector")
endif()
message(STATUS "${LIBRARY}: DYNAMIC_BASE, HIGH_ENTROPY_VA, NX_COMPAT, stack protector")
