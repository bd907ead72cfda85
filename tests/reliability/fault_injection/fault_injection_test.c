/* pascal_row() and pascal_triangle() when the allocation fails: NULL,
 * errno = ENOMEM, *size_out = 0, nothing leaked, and the next call works.
 * The failures are real malloc failures, injected by fail_malloc (linked
 * before libc, so its malloc is the one libpascal calls), for sizes of every
 * class. The _into functions must not allocate at all. */
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>

#include "fail_malloc.h"
#include "pascal/pascal.h"

static unsigned checks;
static unsigned failed;

#define CHECK(cond, n)                                                                                   \
    do {                                                                                                 \
        ++checks;                                                                                        \
        if (!(cond)) {                                                                                   \
            ++failed;                                                                                    \
            fprintf(stderr, "%s:%d: n=%zu: CHECK(%s) failed\n", __FILE__, __LINE__, (size_t)(n), #cond); \
        }                                                                                                \
    } while (0)

/* Row n's first two and last entries, which do not depend on the kernel. */
static int looks_like_row(const uint32_t* row, size_t n) {
    return row[0] == 1 && row[n - 1] == 1 && (n < 3 || row[1] == (uint32_t)(n - 1));
}

static void fails_then_recovers(size_t n) {
    size_t size = 12345;
    uint32_t* row;

    fail_malloc_arm(n * sizeof(uint32_t), 1);
    errno = 0;
    row = pascal_row(n, &size);
    CHECK(row == NULL, n);
    CHECK(errno == ENOMEM, n);
    CHECK(size == 0, n);
    CHECK(fail_malloc_injected() == 1, n);
    CHECK(fail_malloc_live() == 0, n);

    row = pascal_row(n, &size);
    CHECK(row != NULL && size == n && looks_like_row(row, n), n);
    CHECK(fail_malloc_allocated() == 1 && fail_malloc_live() == 1, n);
    deallocate_vec(row, size);
    CHECK(fail_malloc_live() == 0, n);
    fail_malloc_disarm();
}

static void triangle_fails_then_recovers(size_t rows) {
    const size_t entries = rows * (rows + 1) / 2;
    size_t size = 12345;
    uint32_t* triangle;

    fail_malloc_arm(entries * sizeof(uint32_t), 1);
    errno = 0;
    triangle = pascal_triangle(rows, &size);
    CHECK(triangle == NULL && errno == ENOMEM && size == 0, rows);
    CHECK(fail_malloc_injected() == 1 && fail_malloc_live() == 0, rows);

    triangle = pascal_triangle(rows, &size);
    CHECK(triangle != NULL && size == entries, rows);
    /* The last row starts at entry rows * (rows - 1) / 2. */
    CHECK(triangle != NULL && looks_like_row(triangle + entries - rows, rows), rows);
    CHECK(fail_malloc_allocated() == 1 && fail_malloc_live() == 1, rows);
    deallocate_vec(triangle, size);
    CHECK(fail_malloc_live() == 0, rows);
    fail_malloc_disarm();
}

/* Many failures in a row, then success: no state is left behind by failing. */
static unsigned fails_repeatedly(size_t n, unsigned times) {
    size_t size = 0;
    unsigned i;
    uint32_t* row;

    fail_malloc_arm(n * sizeof(uint32_t), times);
    for (i = 0; i < times; ++i) {
        errno = 0;
        size = 1;
        row = pascal_row(n, &size);
        if (row != NULL || errno != ENOMEM || size != 0) break;
    }
    CHECK(i == times && fail_malloc_injected() == times, n);
    row = pascal_row(n, &size);
    CHECK(row != NULL && size == n && looks_like_row(row, n), n);
    deallocate_vec(row, size);
    CHECK(fail_malloc_allocated() == 1 && fail_malloc_live() == 0, n);
    fail_malloc_disarm();
    return fail_malloc_injected();
}

/* The _into functions promise to allocate nothing: with every allocation
 * failing they still work, and no allocation was even attempted. */
static void into_never_allocates(void) {
    enum { n = 4097, rows = 90, entries = rows * (rows + 1) / 2 };
    static uint32_t buffer[n];
    size_t size = 0;

    fail_malloc_arm(FAIL_MALLOC_ANY_SIZE, UINT_MAX);
    CHECK(pascal_row_into(n, buffer, n) == n && looks_like_row(buffer, n), n);
    CHECK(pascal_triangle_into(rows, buffer, n) == entries, rows);
    CHECK(looks_like_row(buffer + entries - rows, rows), rows);
    CHECK(fail_malloc_injected() == 0, n);
    /* The same arming does make pascal_row() fail, so the check above can. */
    CHECK(pascal_row(n, &size) == NULL && errno == ENOMEM && fail_malloc_injected() == 1, n);
    fail_malloc_disarm();
}

int main(void) {
    static const size_t sizes[] = {1, 2, 10, 35, 36, 1000, 100003, 1048577};
    static const size_t triangles[] = {1, 2, 36, 300, 1000};
    size_t i;
    unsigned injected = 0;

    for (i = 0; i < sizeof sizes / sizeof sizes[0]; ++i) {
        fails_then_recovers(sizes[i]);
        ++injected;
    }
    for (i = 0; i < sizeof triangles / sizeof triangles[0]; ++i) {
        triangle_fails_then_recovers(triangles[i]);
        ++injected;
    }
    injected += fails_repeatedly(64, 10000);
    into_never_allocates();
    ++injected;

    printf("fault injection: %u allocation failures injected, %u checks, %u failed\n", injected, checks, failed);
    return failed == 0 ? 0 : 1;
}
