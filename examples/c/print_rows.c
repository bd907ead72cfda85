/* libpascal from C: print row 10 and entry 17 of row 35.
 *
 * Gotchas: the row is owned by the caller and goes back through
 * deallocate_vec(), never free(); entries are uint32_t, so print them with
 * PRIu32 (2333606220 is above INT32_MAX); n == 0 returns NULL without error,
 * so a NULL is a failure only when n > 0, and errno says why. */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "pascal/pascal.h"

static int print_row(size_t n) {
    size_t size = 0;
    uint32_t* row = pascal_row(n, &size);
    size_t k;
    if (row == NULL && n > 0) {
        fprintf(stderr, "pascal_row(%zu): %s\n", n, strerror(errno));
        return 1;
    }
    printf("pascal_row(%zu):", n);
    for (k = 0; k < size; ++k)
        printf(" %" PRIu32, row[k]);
    printf("\n");
    deallocate_vec(row, size);
    return 0;
}

int main(void) {
    size_t size = 0;
    uint32_t* row;

    if (print_row(10) != 0) return 1;

    row = pascal_row(35, &size);
    if (row == NULL) {
        fprintf(stderr, "pascal_row(35): %s\n", strerror(errno));
        return 1;
    }
    printf("pascal_row(35)[17]: %" PRIu32 "\n", row[17]);
    deallocate_vec(row, size);
    return 0;
}
