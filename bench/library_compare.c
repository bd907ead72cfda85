/* Two or more builds of libpascal side by side in one run: each library is
 * opened by path (dlopen, RTLD_LOCAL, so their symbols never meet) and
 * pascal_row_into is timed on the same rows, the libraries taking turns
 * round after round so that a slow moment of the machine falls on all of
 * them alike. Prints a table: the best time per call of each library, and
 * each one's ratio to the first.
 *   pascal_library_compare [--quick] LIBRARY LIBRARY...
 * scripts/bench --single-file runs it on the release build from src/ and the
 * release build from the single-file build (PASCAL_SINGLE_FILE). */
#define _POSIX_C_SOURCE 200809L
#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef size_t (*row_into_fn)(size_t n, uint32_t* out, size_t capacity);
typedef const char* (*version_fn)(void);

static double now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

int main(int argc, char** argv) {
    static const size_t sizes[] = {100, 10000, 1000000, 10000000};
    enum { SIZES = sizeof sizes / sizeof sizes[0], MAX_LIBRARIES = 8 };
    int first = 1;
    int rounds = 21;
    double budget_ns = 20e6; /* per library, size and round */
    if (argc > 1 && strcmp(argv[1], "--quick") == 0) {
        first = 2;
        rounds = 3;
        budget_ns = 2e6;
    }
    int libraries = argc - first;
    if (libraries < 1 || libraries > MAX_LIBRARIES) {
        fprintf(stderr, "usage: %s [--quick] LIBRARY LIBRARY... (at most %d)\n", argv[0], MAX_LIBRARIES);
        return 2;
    }
    row_into_fn row_into[MAX_LIBRARIES];
    for (int i = 0; i < libraries; i++) {
        const char* path = argv[first + i];
        void* handle = dlopen(path, RTLD_NOW | RTLD_LOCAL);
        if (handle == NULL) {
            fprintf(stderr, "cannot open %s: %s\n", path, dlerror());
            return 1;
        }
        version_fn version = (version_fn)(uintptr_t)dlsym(handle, "pascal_version_string");
        row_into[i] = (row_into_fn)(uintptr_t)dlsym(handle, "pascal_row_into");
        if (version == NULL || row_into[i] == NULL) {
            fprintf(stderr, "%s is not a libpascal: no pascal_version_string or pascal_row_into\n", path);
            return 1;
        }
        printf("library %d: %s (libpascal %s)\n", i + 1, path, version());
    }
    uint32_t* buffer = malloc(sizes[SIZES - 1] * sizeof *buffer);
    if (buffer == NULL) {
        fprintf(stderr, "out of memory\n");
        return 1;
    }
    double best[SIZES][MAX_LIBRARIES];
    for (size_t s = 0; s < SIZES; s++) {
        for (int i = 0; i < libraries; i++) {
            best[s][i] = 1e300;
        }
    }
    for (int round = 0; round < rounds; round++) {
        for (size_t s = 0; s < SIZES; s++) {
            for (int i = 0; i < libraries; i++) {
                long calls = 0;
                double start = now_ns(), elapsed = 0;
                do {
                    if (row_into[i](sizes[s], buffer, sizes[s]) != sizes[s]) { /* it returns n */
                        fprintf(stderr, "pascal_row_into(%zu) failed in library %d\n", sizes[s], i + 1);
                        return 1;
                    }
                    calls++;
                    elapsed = now_ns() - start;
                } while (elapsed < budget_ns);
                double per_call = elapsed / (double)calls;
                if (per_call < best[s][i]) {
                    best[s][i] = per_call;
                }
            }
        }
    }
    printf("\npascal_row_into, best of %d rounds, ns per call\n\n| n |", rounds);
    for (int i = 0; i < libraries; i++) {
        printf(" library %d |", i + 1);
    }
    for (int i = 1; i < libraries; i++) {
        printf(" %d / 1 |", i + 1);
    }
    printf("\n| ---: |");
    for (int i = 0; i < 2 * libraries - 1; i++) {
        printf(" ---: |");
    }
    printf("\n");
    for (size_t s = 0; s < SIZES; s++) {
        printf("| %zu |", sizes[s]);
        for (int i = 0; i < libraries; i++) {
            printf(" %.0f |", best[s][i]);
        }
        for (int i = 1; i < libraries; i++) {
            printf(" %.3f |", best[s][i] / best[s][0]);
        }
        printf("\n");
    }
    free(buffer);
    return 0;
}
