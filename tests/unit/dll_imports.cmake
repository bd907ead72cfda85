# The DLLs a Windows program or DLL loads, from its import table (OBJDUMP -p):
#   FILE=<exe> EXPECTED=<dll>   fails unless FILE loads EXPECTED (the DLL's
#                               name carries the major version, as a soname
#                               does on ELF);
#   FILE=<dll> ONLY=<regex>     fails unless every DLL FILE loads matches
#                               ONLY (libpascal-1.dll carries its GCC
#                               runtimes: nothing to ship beside it).
cmake_minimum_required(VERSION 3.25)
execute_process(COMMAND "${OBJDUMP}" -p "${FILE}" OUTPUT_VARIABLE dump RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${OBJDUMP} -p failed on ${FILE}")
endif()
string(REGEX MATCHALL "DLL Name: [^\n]+" rows "${dump}")
set(imports "")
foreach(row IN LISTS rows)
    string(REPLACE "DLL Name: " "" name "${row}")
    list(APPEND imports "${name}")
endforeach()
if(DEFINED EXPECTED AND NOT EXPECTED IN_LIST imports)
    message(FATAL_ERROR "${FILE} loads ${imports}, not ${EXPECTED}")
endif()
if(DEFINED ONLY)
    foreach(name IN LISTS imports)
        if(NOT name MATCHES "${ONLY}")
            message(FATAL_ERROR "${FILE} loads ${name}, which is not one of Windows' own DLLs: "
                "ship it beside the DLL or link it statically (cmake/flags.cmake)")
        endif()
    endforeach()
endif()
message(STATUS "${FILE} loads ${imports}")
