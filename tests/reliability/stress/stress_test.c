/* 8 threads x 20,000 mixed calls of the whole C API at once, every result
 * checked. Rows are compared with a triangle built by the textbook recurrence
 * before the threads start; errors must leave errno set in the calling thread
 * only. With no global state in the library nothing here can interfere. */
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pascal/pascal.h"

/* Triangles of max_rows rows (465 entries) fit in a buffer of max_n + 1. */
enum { threads = 8, calls_per_thread = 20000, max_n = 600, max_rows = 30 };

/* triangle[n] is row n; rows are packed one after another. */
static uint32_t* triangle[max_n + 1];

static void build_triangle(void) {
    static uint32_t storage[(max_n + 1) * (max_n + 2) / 2];
    size_t n, j, offset = 0;
    for (n = 0; n <= max_n; ++n) {
        triangle[n] = storage + offset;
        offset += n;
        if (n == 0) continue;
        for (j = 0; j + 1 < n; ++j)
            triangle[n][j] = triangle[n - 1][j];
        triangle[n][n - 1] = 1;
        for (j = n - 1; j-- > 1;)
            triangle[n][j] += triangle[n][j - 1];
    }
}

struct worker {
    pthread_t thread;
    uint64_t state; /* xorshift64 */
    unsigned calls;
    unsigned mismatches;
};

static uint64_t next_random(struct worker* w) {
    w->state ^= w->state << 13;
    w->state ^= w->state >> 7;
    w->state ^= w->state << 17;
    return w->state;
}

static int is_row(const uint32_t* row, size_t n) { return memcmp(row, triangle[n], n * sizeof *row) == 0; }

/* Rows 1..rows one after another. */
static int is_triangle(const uint32_t* entries, size_t rows) {
    size_t r;
    for (r = 1; r <= rows; entries += r, ++r)
        if (!is_row(entries, r)) return 0;
    return 1;
}

static int all_zero(const uint32_t* entries, size_t count) {
    size_t i;
    for (i = 0; i < count; ++i)
        if (entries[i] != 0) return 0;
    return 1;
}

/* One call of a randomly chosen kind; returns 1 if it kept its promises. */
static int one_call(struct worker* w, uint32_t* buffer) {
    const size_t n = (size_t)(next_random(w) % (max_n + 1));
    size_t size = 99;
    uint32_t* row;
    const size_t rows = n % (max_rows + 1), entries = rows * (rows + 1) / 2;
    switch (next_random(w) % 11) {
        case 0:
        case 1:
        case 2:
            row = pascal_row(n, &size);
            if (n == 0) return row == NULL && size == 0;
            if (row == NULL || size != n) return 0;
            {
                const int ok = is_row(row, n);
                deallocate_vec(row, size);
                return ok;
            }
        case 3:
        case 4: {
            const size_t capacity = n + (size_t)(next_random(w) % 3) - 1;
            if (n == 0) return pascal_row_into(0, buffer, 1) == 0;
            memset(buffer, 0, (max_n + 1) * sizeof *buffer);
            if (pascal_row_into(n, buffer, capacity) != n) return 0;
            return capacity < n ? all_zero(buffer, max_n + 1)
                                : is_row(buffer, n) && all_zero(buffer + n, max_n + 1 - n);
        }
        case 5:
            row = pascal_triangle(rows, &size);
            if (rows == 0) return row == NULL && size == 0;
            if (row == NULL || size != entries) return 0;
            {
                const int ok = is_triangle(row, rows);
                deallocate_vec(row, size);
                return ok;
            }
        case 6:
            memset(buffer, 0, (max_n + 1) * sizeof *buffer);
            return pascal_triangle_into(rows, buffer, max_n + 1) == entries && is_triangle(buffer, rows) &&
                   all_zero(buffer + entries, max_n + 1 - entries);
        case 7:
            errno = 0;
            return pascal_row(n, NULL) == NULL && errno == EINVAL && pascal_triangle(n, NULL) == NULL;
        case 8:
            errno = 0;
            return pascal_row(SIZE_MAX - n, &size) == NULL && errno == ENOMEM && size == 0;
        case 9: {
            /* The second half of row n by pascal_row_range, and its middle by pascal_entry. */
            uint32_t middle = 0;
            memset(buffer, 0, (max_n + 1) * sizeof *buffer);
            if (n == 0) return pascal_row_range(0, 0, buffer, 0) == 0 && pascal_entry(0, 0, &middle) == EDOM;
            if (pascal_row_range(n, n / 2, buffer, n - n / 2) != n - n / 2) return 0;
            if (pascal_entry(n, n / 2, &middle) != 0 || middle != buffer[0]) return 0;
            {
                uint32_t* whole = pascal_row(n, &size);
                const int ok = whole != NULL && memcmp(whole + n / 2, buffer, (n - n / 2) * sizeof *buffer) == 0;
                deallocate_vec(whole, size);
                return ok;
            }
        }
        default:
            errno = 0;
            return pascal_row_into(n + 1, NULL, 1) == 0 && errno == EINVAL && pascal_row_into(n, NULL, 0) == n &&
                   pascal_version_number() == PASCAL_VERSION_NUMBER &&
                   strcmp(pascal_version_string(), PASCAL_VERSION_STRING) == 0 &&
                   pascal_row_exact_max() == PASCAL_ROW_EXACT_MAX;
    }
}

static void* work(void* arg) {
    struct worker* w = arg;
    uint32_t* buffer = malloc((max_n + 1) * sizeof *buffer);
    if (buffer == NULL) {
        w->mismatches = calls_per_thread;
        return NULL;
    }
    for (w->calls = 0; w->calls < calls_per_thread; ++w->calls)
        w->mismatches += !one_call(w, buffer);
    free(buffer);
    return NULL;
}

int main(void) {
    struct worker workers[threads];
    unsigned calls = 0, mismatches = 0;
    int i;

    build_triangle();
    memset(workers, 0, sizeof workers);
    for (i = 0; i < threads; ++i) {
        workers[i].state = 0x9E3779B97F4A7C15u * (uint64_t)(i + 1);
        if (pthread_create(&workers[i].thread, NULL, work, &workers[i]) != 0) {
            fprintf(stderr, "cannot start thread %d\n", i);
            return 1;
        }
    }
    for (i = 0; i < threads; ++i) {
        pthread_join(workers[i].thread, NULL);
        calls += workers[i].calls;
        mismatches += workers[i].mismatches;
    }
    printf("stress (C): %d threads x %d calls = %u calls, %u mismatches\n", threads, calls_per_thread, calls,
           mismatches);
    return mismatches == 0 && calls == threads * calls_per_thread ? 0 : 1;
}
