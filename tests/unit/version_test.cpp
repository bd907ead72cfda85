// One version, from project(VERSION), seen the same way everywhere.
#include <catch2/catch.hpp>

#include <string>

#include "pascal/pascal.h"

TEST_CASE("version macros are the project version", "[version]") {
    const std::string from_macros = std::to_string(PASCAL_VERSION_MAJOR) + "." + std::to_string(PASCAL_VERSION_MINOR) +
                                    "." + std::to_string(PASCAL_VERSION_PATCH);
    CHECK(from_macros == PASCAL_EXPECTED_VERSION);
    CHECK(std::string(PASCAL_VERSION_STRING) == PASCAL_EXPECTED_VERSION);
}

TEST_CASE("version functions agree with the macros", "[version]") {
    CHECK(pascal_version_number() == PASCAL_VERSION_NUMBER);
    CHECK(pascal_version_number() ==
          PASCAL_VERSION_MAJOR * 10000u + PASCAL_VERSION_MINOR * 100u + PASCAL_VERSION_PATCH);
    CHECK(std::string(pascal_version_string()) == PASCAL_VERSION_STRING);
}
