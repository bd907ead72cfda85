/* Proves pascal.h is C: this file is compiled as C99 (and run) and as C89.
 * It touches every declaration in the header. */
#include "pascal/pascal.h"

#include <errno.h>
#include <stdio.h>

static int failures = 0;

static void check(int ok, const char* what) {
    if (!ok) {
        fprintf(stderr, "FAILED: %s\n", what);
        ++failures;
    }
}

int main(void) {
    size_t size = 0;
    uint32_t buffer[5];
    uint32_t* row = pascal_row(5, &size);

    check(row != NULL && size == 5, "pascal_row(5) allocates 5 entries");
    check(row != NULL && row[0] == 1 && row[1] == 4 && row[2] == 6, "pascal_row(5) is 1 4 6 4 1");
    deallocate_vec(row, size);
    deallocate_vec(NULL, 0);

    check(pascal_row_into(5, buffer, 5) == 5 && buffer[2] == 6, "pascal_row_into(5) fills 1 4 6 4 1");
    check(pascal_row_into(5, NULL, 0) == 5, "pascal_row_into asks for the size");

    row = pascal_triangle(3, &size);
    check(row != NULL && size == 6 && row[4] == 2, "pascal_triangle(3) is 1, 1 1, 1 2 1");
    deallocate_vec(row, size);
    check(pascal_triangle_into(3, buffer, 5) == 6, "pascal_triangle_into asks for the size");

    {
        uint32_t entry = 0;
        check(pascal_entry(35, 17, &entry) == 0 && entry == 2333606220u, "pascal_entry(35, 17) is C(34, 17)");
        check(pascal_entry(5, 5, &entry) == EDOM, "pascal_entry(5, 5) is outside row 5");
        check(pascal_row_range(5, 1, buffer, 3) == 3 && buffer[0] == 4 && buffer[2] == 4,
              "pascal_row_range(5, 1, 3) is 4 6 4");
    }

    errno = 0;
    check(pascal_row(5, NULL) == NULL && errno == EINVAL, "NULL size_out is EINVAL");

    {
        pascal_array array = {NULL, 0};
        check(pascal_row_alloc(5, &array) == 0 && array.size == 5 && array.data[2] == 6,
              "pascal_row_alloc(5) holds 1 4 6 4 1");
        pascal_array_free(&array);
        check(array.data == NULL && array.size == 0, "pascal_array_free empties the array");
        check(pascal_triangle_alloc(3, &array) == 0 && array.size == 6, "pascal_triangle_alloc(3) holds 6");
        pascal_array_free(&array);
        check(pascal_row_alloc(5, NULL) == EINVAL, "pascal_row_alloc without an array is EINVAL");
    }

    check(pascal_row_exact_max() == PASCAL_ROW_EXACT_MAX, "exact max twin");
    check(pascal_version_number() == PASCAL_VERSION_NUMBER, "version number twin");
    check(pascal_version_string()[0] == PASCAL_VERSION_STRING[0], "version string twin");

    if (failures == 0) printf("C: all checks passed\n");
    return failures == 0 ? 0 : 1;
}
