/* The hand-written CPython extension of the original bindings comparison:
 * the O(n^2) recurrence over a uint32_t row, then a list built entry by entry.
 *
 * The same source is compiled once with gcc and once with clang; MODULE_NAME
 * (cext_gcc or cext_clang) names the module so both load in one process. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include <stdint.h>
#include <stdlib.h>

#define CONCAT(a, b) a##b
#define INIT_FUNCTION(name) CONCAT(PyInit_, name)
#define STRINGIFY_VALUE(x) #x
#define STRINGIFY(x) STRINGIFY_VALUE(x)

static PyObject* pascal_row(PyObject* self, PyObject* arg) {
    (void)self;
    const Py_ssize_t n = PyLong_AsSsize_t(arg);
    if (n == -1 && PyErr_Occurred()) return NULL;
    if (n < 0) {
        PyErr_SetString(PyExc_ValueError, "n must be >= 0");
        return NULL;
    }
    /* calloc(0) may return NULL: ask for at least one entry. */
    uint32_t* row = calloc((size_t)n + 1, sizeof *row);
    if (row == NULL) return PyErr_NoMemory();
    row[0] = 1;
    /* Unsigned arithmetic wraps, so entries are C(n-1, k) mod 2^32. */
    for (Py_ssize_t i = 1; i < n; i++)
        for (Py_ssize_t j = i; j > 0; j--)
            row[j] += row[j - 1];

    PyObject* list = PyList_New(n);
    if (list != NULL) {
        for (Py_ssize_t k = 0; k < n; k++) {
            PyObject* entry = PyLong_FromUnsignedLong(row[k]);
            if (entry == NULL) {
                Py_CLEAR(list);
                break;
            }
            PyList_SET_ITEM(list, k, entry);
        }
    }
    free(row);
    return list;
}

static PyMethodDef methods[] = {
    {"pascal_row", pascal_row, METH_O, "Row n of Pascal's triangle (n entries, mod 2^32)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, STRINGIFY(MODULE_NAME), NULL, -1, methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC INIT_FUNCTION(MODULE_NAME)(void) { return PyModule_Create(&module); }
