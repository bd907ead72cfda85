# The Python interpreters the tests run on, each named once. Every test that
# runs Python says which of these it uses in its name.
#   PASCAL_PYTHON        Debian's CPython, with Debian's cffi 1.15, pytest, NumPy
#   PASCAL_PYPY          Debian's PyPy 3 (cffi built in)
#   PASCAL_PYENV_PYTHON  the first python3 on PATH (pyenv's on our machines):
#                        a CPython that takes its packages from the index
#                        (cffi 2.x), in virtual environments the tests make
set(PASCAL_PYTHON "/usr/bin/python3" CACHE FILEPATH "Debian's CPython 3, with Debian's cffi, pytest and NumPy")
set(PASCAL_PYPY "/usr/bin/pypy3" CACHE FILEPATH "Debian's PyPy 3")

if(NOT DEFINED PASCAL_PYENV_PYTHON)
    # The shim pyenv puts on PATH resolves to a real interpreter; record that
    # one, so the tests run the same Python whatever PATH they get.
    find_program(pascal_path_python python3 NO_CACHE)
    set(pascal_pyenv_python "")
    if(pascal_path_python)
        execute_process(
            COMMAND "${pascal_path_python}" -c "import sys; print(sys.executable)"
            OUTPUT_VARIABLE pascal_pyenv_python OUTPUT_STRIP_TRAILING_WHITESPACE
            RESULT_VARIABLE pascal_path_python_failed)
        if(pascal_path_python_failed)
            set(pascal_pyenv_python "")
        endif()
    endif()
    set(PASCAL_PYENV_PYTHON "${pascal_pyenv_python}" CACHE FILEPATH
        "CPython 3 whose packages come from the index (pyenv's python3 on our machines)")
endif()
