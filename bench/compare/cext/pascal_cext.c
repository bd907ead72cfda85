/* The hand-written CPython extension of the original bindings comparison:
 * the O(n^2) recurrence over a uint32_t row, then a list built entry by entry.
 *
 * pascal_row is the original design's loop: each row left to right, carrying
 * the previous row's entry j-1 in a local (as the Rust kernel in
 * rust/original_row does). It reads each old entry before it overwrites it,
 * so a compiler may vectorise it as a first-order recurrence (clang does).
 * pascal_row_right_to_left is the loop an earlier version of this benchmark
 * used, `row[j] += row[j-1]` from the right: every step depends on the store
 * before it, and neither gcc nor clang vectorises it. It stays, labelled, to
 * show what the loop's direction costs; it is not the headline comparator.
 *
 * The same source is compiled with gcc and clang at -O2 and -O3; MODULE_NAME
 * (cext_gcc_O2, ...) names the module so all four load in one process. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include <stdint.h>
#include <stdlib.h>

#define CONCAT(a, b) a##b
#define INIT_FUNCTION(name) CONCAT(PyInit_, name)
#define STRINGIFY_VALUE(x) #x
#define STRINGIFY(x) STRINGIFY_VALUE(x)

/* Unsigned arithmetic wraps, so entries are C(n-1, k) mod 2^32. */
static void left_to_right(uint32_t* row, Py_ssize_t n) {
    for (Py_ssize_t i = 1; i < n; i++) {
        uint32_t previous = row[0];
        for (Py_ssize_t j = 1; j <= i; j++) {
            const uint32_t current = row[j];
            row[j] = previous + current;
            previous = current;
        }
    }
}

static void right_to_left(uint32_t* row, Py_ssize_t n) {
    for (Py_ssize_t i = 1; i < n; i++)
        for (Py_ssize_t j = i; j > 0; j--)
            row[j] += row[j - 1];
}

static PyObject* row_as_list(PyObject* arg, void (*recurrence)(uint32_t*, Py_ssize_t)) {
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
    recurrence(row, n);

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

static PyObject* pascal_row(PyObject* self, PyObject* arg) {
    (void)self;
    return row_as_list(arg, left_to_right);
}

static PyObject* pascal_row_right_to_left(PyObject* self, PyObject* arg) {
    (void)self;
    return row_as_list(arg, right_to_left);
}

static PyMethodDef methods[] = {
    {"pascal_row", pascal_row, METH_O, "Row n of Pascal's triangle (n entries, mod 2^32), rows left to right."},
    {"pascal_row_right_to_left", pascal_row_right_to_left, METH_O, "The same row, each row right to left."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, STRINGIFY(MODULE_NAME), NULL, -1, methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC INIT_FUNCTION(MODULE_NAME)(void) { return PyModule_Create(&module); }
