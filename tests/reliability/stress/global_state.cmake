# Fails unless every object LIBRARY keeps in writable memory is named in
# ALLOWED (global_state_allowed.txt), and every name there is still used:
# the library holds no global state beyond what that file explains.
cmake_minimum_required(VERSION 3.25)

execute_process(COMMAND objdump -t -C "${LIBRARY}" OUTPUT_VARIABLE table RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "objdump failed on ${LIBRARY}")
endif()

# A line "TAG[,TAG...]: name" explains an object that only some toolchains
# emit, each TAG a processor (x86_64) or a processor and compiler
# (x86_64-GNU): allowed everywhere, required where PLATFORM matches a TAG.
file(STRINGS "${ALLOWED}" entries REGEX "^[^#]")
set(allowed "")
set(required "")
foreach(entry IN LISTS entries)
    if(entry MATCHES "^([A-Za-z0-9_,-]+): (.+)$")
        set(name "${CMAKE_MATCH_2}")
        string(REPLACE "," ";" processors "${CMAKE_MATCH_1}")
        list(APPEND allowed "${name}")
        string(REGEX MATCH "^[^-]+" processor "${PLATFORM}")
        if(PLATFORM IN_LIST processors OR processor IN_LIST processors)
            list(APPEND required "${name}")
        endif()
    else()
        list(APPEND allowed "${entry}")
        list(APPEND required "${entry}")
    endif()
endforeach()
string(REGEX MATCHALL "[^\n]+" lines "${table}")
set(found "")
set(bytes 0)
foreach(line IN LISTS lines)
    # address flags section size name; the name may contain spaces. Only
    # objects (flag O): not section symbols, nor ARM's $d mapping symbols.
    if(line MATCHES "^[0-9a-f]+ [^\t]* O (\\.data|\\.bss|\\.tdata|\\.tbss)\t([0-9a-f]+) +(.+)$")
        set(name "${CMAKE_MATCH_3}")
        list(APPEND found "${name}")
        math(EXPR bytes "${bytes} + 0x${CMAKE_MATCH_2}")
        list(FIND allowed "${name}" known)
        if(known EQUAL -1)
            list(APPEND unexplained "${name}")
        endif()
    endif()
endforeach()

foreach(name IN LISTS required)
    list(FIND found "${name}" present)
    if(present EQUAL -1)
        list(APPEND stale "${name}")
    endif()
endforeach()

if(unexplained OR stale)
    list(JOIN unexplained "\n  " unexplained)
    list(JOIN stale "\n  " stale)
    message(FATAL_ERROR "writable objects not explained in ${ALLOWED}:\n  ${unexplained}\n"
                        "explained there but gone (remove them):\n  ${stale}")
endif()
list(LENGTH found count)
message(STATUS "no global state: ${count} writable objects (${bytes} bytes), each explained")
