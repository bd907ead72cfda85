include(CMakePackageConfigHelpers)

set(PASCAL_INSTALL_CMAKEDIR "${CMAKE_INSTALL_LIBDIR}/cmake/pascal" CACHE STRING
    "Where the CMake package (pascal-config.cmake) is installed, relative to the prefix")
set(pascal_cmake_dir "${PASCAL_INSTALL_CMAKEDIR}")

install(TARGETS pascal
    EXPORT pascalTargets
    RUNTIME COMPONENT pascal_runtime
    LIBRARY COMPONENT pascal_runtime NAMELINK_COMPONENT pascal_development
    ARCHIVE COMPONENT pascal_development
    INCLUDES DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")

install(DIRECTORY include/ "${pascal_generated_include}/"
    DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}"
    COMPONENT pascal_development)

# pascal(3), generated from the header's manual, and a page per function
# that sources it: man 3 pascal_row.
install(DIRECTORY docs/man/
    DESTINATION "${CMAKE_INSTALL_MANDIR}/man3"
    COMPONENT pascal_development)

install(EXPORT pascalTargets
    NAMESPACE pascal::
    DESTINATION "${pascal_cmake_dir}"
    COMPONENT pascal_development)

configure_package_config_file(cmake/pascal-config.cmake.in
    "${PROJECT_BINARY_DIR}/pascal-config.cmake"
    INSTALL_DESTINATION "${pascal_cmake_dir}")
write_basic_package_version_file("${PROJECT_BINARY_DIR}/pascal-config-version.cmake"
    COMPATIBILITY SameMajorVersion)
install(FILES
        "${PROJECT_BINARY_DIR}/pascal-config.cmake"
        "${PROJECT_BINARY_DIR}/pascal-config-version.cmake"
    DESTINATION "${pascal_cmake_dir}"
    COMPONENT pascal_development)

# pkg-config: a static libpascal.a is C++ inside, so C programs linking it
# statically need the C++ runtime as well: the libraries the C++ compiler
# links implicitly and the C compiler does not (-lstdc++ -lm with GCC).
set(pascal_cxx_runtime "")
foreach(library IN LISTS CMAKE_CXX_IMPLICIT_LINK_LIBRARIES)
    if(NOT library IN_LIST CMAKE_C_IMPLICIT_LINK_LIBRARIES)
        list(APPEND pascal_cxx_runtime "-l${library}")
    endif()
endforeach()
list(REMOVE_DUPLICATES pascal_cxx_runtime)
list(JOIN pascal_cxx_runtime " " PASCAL_PC_LIBS_PRIVATE)
if(BUILD_SHARED_LIBS)
    set(PASCAL_PC_CFLAGS "")
else()
    set(PASCAL_PC_CFLAGS " -DPASCAL_STATIC_DEFINE")
endif()
# The prefix is found relative to the .pc file, so `cmake --install --prefix`
# anywhere gives a working pascal.pc.
file(RELATIVE_PATH PASCAL_PC_PREFIX_FROM_PCFILEDIR
    "/prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/prefix")
configure_file(cmake/pascal.pc.in "${PROJECT_BINARY_DIR}/pascal.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/pascal.pc"
    DESTINATION "${CMAKE_INSTALL_LIBDIR}/pkgconfig"
    COMPONENT pascal_development)
