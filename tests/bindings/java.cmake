# The Java package (bindings/java): its JUnit suite, run by Maven's surefire on
# a JDK >= 22 with native access granted to the module dev.libpascal alone and,
# from JDK 24 on, every other native access denied (--illegal-native-access=deny), against the
# library just built and against the installed copy. The compiler runs with
# -Xlint:all -Werror as part of each. Maven's output goes under the build tree
# (-Dpascal.build.directory); its local repository is the user's (~/.m2).
include("${PROJECT_SOURCE_DIR}/bindings/java/jdk.cmake")

if(NOT PASCAL_JDK_HOME OR NOT PASCAL_MAVEN)
    set(what "A JDK >= 22 (JAVA_HOME or /usr/lib/jvm/*) and Maven (mvn), for bindings/java")
    binding_missing(java "${what}")
    binding_missing(java.installed "${what}")
    return()
endif()

# Libraries the loader must refuse: another major version, and the right
# version without the row functions. The Python suite builds the same ones.
if(NOT TARGET pascal_other_major)
    set(version_only "${PROJECT_SOURCE_DIR}/tests/python/version_only_library.c")
    add_library(pascal_other_major MODULE "${version_only}")
    target_compile_definitions(pascal_other_major PRIVATE
        CLAIMED_VERSION_NUMBER=20000 CLAIMED_VERSION_STRING="2.0.0")
    add_library(pascal_incomplete MODULE "${version_only}")
    target_compile_definitions(pascal_incomplete PRIVATE
        CLAIMED_VERSION_NUMBER=${PROJECT_VERSION_MAJOR}0000 CLAIMED_VERSION_STRING="${PROJECT_VERSION_MAJOR}.0.0")
endif()

foreach(copy build installed)
    if(copy STREQUAL "installed")
        set(name java.installed)
        set(installed INSTALLED)
    else()
        set(name java)
        set(installed "")
    endif()
    binding_test(${name} ${installed}
        COMMAND "${PASCAL_MAVEN}" -B -q -f "${bindings_source}/java/pom.xml" test
            "-Dpascal.build.directory=${bindings_bin}/java/${copy}"
            "-Dpascal.test.argLine=--enable-native-access=dev.libpascal ${PASCAL_JDK_DENY}"
        ENVIRONMENT
            "JAVA_HOME=${PASCAL_JDK_HOME}"
            "PASCAL_EXPECTED_VERSION=${PROJECT_VERSION}"
            "PASCAL_OTHER_MAJOR_LIBRARY=$<TARGET_FILE:pascal_other_major>"
            "PASCAL_INCOMPLETE_LIBRARY=$<TARGET_FILE:pascal_incomplete>"
        # Maven's local repository is not safe for two downloads at once.
        RESOURCE_LOCK pascal_maven_repository)
endforeach()
