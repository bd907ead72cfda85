# Stands in for a consumer whose toolchain was missing when CMake configured
# the build: the test fails, saying what is missing, rather than being skipped.
message(FATAL_ERROR "${WHAT} was not found when CMake configured this build. "
    "`scripts/deps consumers` installs the toolchains (scripts/apt/consumers.txt); "
    "reconfigure once it is there.")
