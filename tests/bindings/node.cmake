# The Node.js package, bindings/node: its node --test suite against the
# library just built and against the installed copy, and tsc on a file that
# uses its TypeScript declarations. `npm ci` installs the locked koffi,
# typescript and @types/node into the build tree, never into bindings/node;
# the tests find koffi through NODE_PATH and the package itself by its name
# (a package may require itself through its "exports").

find_program(PASCAL_NODE node)
find_program(PASCAL_NPM npm)
if(NOT PASCAL_NODE OR NOT PASCAL_NPM)
    foreach(what npm_ci test test.installed types)
        binding_missing(node.${what} "node and npm (Debian: nodejs npm)")
    endforeach()
    return()
endif()

set(node_package "${bindings_source}/node")
set(node_bin "${bindings_bin}/node")

# Libraries the loader must refuse: version 2.0.0; version 1.0.0 without the
# row functions. The Python suite builds them from the same source; without
# it, they are built here.
if(TARGET pascal_other_major AND TARGET pascal_incomplete)
    set(node_other_major pascal_other_major)
    set(node_incomplete pascal_incomplete)
else()
    set(node_other_major pascal_node_other_major)
    set(node_incomplete pascal_node_incomplete)
    add_library(${node_other_major} MODULE "${PROJECT_SOURCE_DIR}/tests/python/version_only_library.c")
    target_compile_definitions(${node_other_major} PRIVATE
        CLAIMED_VERSION_NUMBER=20000 CLAIMED_VERSION_STRING="2.0.0")
    add_library(${node_incomplete} MODULE "${PROJECT_SOURCE_DIR}/tests/python/version_only_library.c")
    target_compile_definitions(${node_incomplete} PRIVATE
        CLAIMED_VERSION_NUMBER=${PROJECT_VERSION_MAJOR}0000 CLAIMED_VERSION_STRING="${PROJECT_VERSION_MAJOR}.0.0")
endif()

configure_file("${node_package}/package.json" "${node_bin}/package.json" COPYONLY)
configure_file("${node_package}/package-lock.json" "${node_bin}/package-lock.json" COPYONLY)
binding_test(node.npm_ci
    COMMAND "${PASCAL_NPM}" ci --ignore-scripts --no-audit --no-fund
    WORKING_DIRECTORY "${node_bin}")
set_tests_properties(bindings.node.npm_ci PROPERTIES FIXTURES_SETUP bindings.node.modules)

set(node_tests
    "${node_package}/test/rows.test.js"
    "${node_package}/test/ranges.test.js"
    "${node_package}/test/lying_arrays.test.js"
    "${node_package}/test/polluted_prototype.test.js"
    "${node_package}/test/views.test.js"
    "${node_package}/test/errors.test.js"
    "${node_package}/test/loading.test.js"
    "${node_package}/test/package.test.js"
    "${node_package}/test/esm.test.mjs")
set(node_environment
    "NODE_PATH=${node_bin}/node_modules"
    "PASCAL_EXPECTED_VERSION=${PROJECT_VERSION}"
    "PASCAL_OTHER_MAJOR_LIBRARY=$<TARGET_FILE:${node_other_major}>"
    "PASCAL_INCOMPLETE_LIBRARY=$<TARGET_FILE:${node_incomplete}>"
    "PASCAL_NPM=${PASCAL_NPM}")

# --expose-gc: the views' tests collect garbage to see their memory freed.
binding_test(node.test
    COMMAND "${PASCAL_NODE}" --expose-gc --test ${node_tests}
    ENVIRONMENT ${node_environment})
binding_test(node.test.installed INSTALLED
    COMMAND "${PASCAL_NODE}" --expose-gc --test ${node_tests}
    ENVIRONMENT ${node_environment})

# tsc resolves `libpascal` from the example as a user's compiler would,
# through the package's "exports"; @types/node comes from the build tree.
file(CONFIGURE OUTPUT "${node_bin}/tsconfig.json" @ONLY CONTENT [[{
  "compilerOptions": {
    "strict": true,
    "noEmit": true,
    "target": "es2022",
    "module": "node16",
    "moduleResolution": "node16",
    "types": ["node"],
    "typeRoots": ["@node_bin@/node_modules/@types"]
  },
  "files": ["@node_package@/test/types/uses_the_types.ts"]
}
]])
binding_test(node.types
    COMMAND "${PASCAL_NODE}" "${node_bin}/node_modules/typescript/bin/tsc" -p "${node_bin}/tsconfig.json")

foreach(test node.test node.test.installed node.types)
    set_property(TEST bindings.${test} APPEND PROPERTY FIXTURES_REQUIRED bindings.node.modules)
    # A PASCAL_LIBRARY from the caller's shell would win over PASCAL_LIBDIR.
    set_property(TEST bindings.${test} PROPERTY ENVIRONMENT_MODIFICATION "PASCAL_LIBRARY=unset:")
endforeach()
