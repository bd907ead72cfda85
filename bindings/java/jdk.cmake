# Finds what the Java package (bindings/java) and its example need: a JDK 22
# or newer, where java.lang.foreign is final, and Maven. Included by
# tests/bindings/java.cmake and tests/consumers/CMakeLists.txt.
#   PASCAL_JDK_HOME (cache): $JAVA_HOME if it is a JDK >= 22, else the newest
#     JDK >= 22 under /usr/lib/jvm (by the JAVA_VERSION of its `release`
#     file), else empty. The machine's default java may well be older.
#   PASCAL_JDK_DENY (list): --illegal-native-access=deny where the JDK has it
#     (24 and newer), so that native access not granted fails, not warns.
#   PASCAL_MAVEN (cache): mvn, or PASCAL_MAVEN-NOTFOUND.
# Run as a script (cmake -P), it prints PASCAL_JDK_HOME.
include_guard(DIRECTORY)  # per directory: PASCAL_JDK_DENY is a plain variable

function(pascal_jdk_feature_version home out)
    set(version 0)
    if(EXISTS "${home}/release" AND EXISTS "${home}/bin/javac")
        file(STRINGS "${home}/release" line REGEX "^JAVA_VERSION=")
        if(line MATCHES "^JAVA_VERSION=\"([0-9]+)")
            set(version "${CMAKE_MATCH_1}")
        endif()
    endif()
    set(${out} "${version}" PARENT_SCOPE)
endfunction()

if(NOT PASCAL_JDK_HOME)
    set(found "")
    if(DEFINED ENV{JAVA_HOME})
        pascal_jdk_feature_version("$ENV{JAVA_HOME}" version)
        if(version GREATER_EQUAL 22)
            set(found "$ENV{JAVA_HOME}")
        endif()
    endif()
    if(NOT found)
        set(found_version 0)
        file(GLOB releases /usr/lib/jvm/*/release)
        foreach(release IN LISTS releases)
            get_filename_component(home "${release}" DIRECTORY)
            pascal_jdk_feature_version("${home}" version)
            if(version GREATER_EQUAL 22 AND version GREATER found_version)
                set(found "${home}")
                set(found_version "${version}")
            endif()
        endforeach()
    endif()
    # FORCE replaces only an empty entry: a JDK given with -DPASCAL_JDK_HOME stays.
    set(PASCAL_JDK_HOME "${found}" CACHE PATH "A JDK >= 22 for the Java package (java.lang.foreign)" FORCE)
endif()

set(PASCAL_JDK_DENY "")
if(PASCAL_JDK_HOME)
    pascal_jdk_feature_version("${PASCAL_JDK_HOME}" version)
    if(version GREATER_EQUAL 24)
        set(PASCAL_JDK_DENY --illegal-native-access=deny)
    endif()
endif()

find_program(PASCAL_MAVEN mvn)

# `cmake -P jdk.cmake` prints the JDK it finds (scripts/dist, tests/dist/java.sh).
if(CMAKE_SCRIPT_MODE_FILE STREQUAL CMAKE_CURRENT_LIST_FILE)
    execute_process(COMMAND "${CMAKE_COMMAND}" -E echo "${PASCAL_JDK_HOME}")
endif()
