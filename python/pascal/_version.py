"""The package version, equal to CMake's project(VERSION): python/CMakeLists.txt
refuses to configure when they differ."""

__version__ = "1.0.0"
