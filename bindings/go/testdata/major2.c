/* A stand-in libpascal.so.1 that says it is version 2.0.0, for
 * TestALibraryOfAnotherMajorVersionIsRefused. It defines every function the
 * package links against, so the loader resolves them all; none but the two
 * version functions should ever be called, and those that are fail loudly. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

typedef struct pascal_array {
    uint32_t* data;
    size_t size;
} pascal_array;

uint32_t pascal_version_number(void) { return 20000; }
const char* pascal_version_string(void) { return "2.0.0"; }
size_t pascal_row_exact_max(void) { return 35; }
int pascal_row_alloc(size_t n, pascal_array* out) {
    (void)n;
    (void)out;
    abort();
}
int pascal_triangle_alloc(size_t n, pascal_array* out) {
    (void)n;
    (void)out;
    abort();
}
void pascal_array_free(pascal_array* a) {
    (void)a;
    abort();
}
size_t pascal_row_into(size_t n, uint32_t* out, size_t c) {
    (void)n;
    (void)out;
    (void)c;
    abort();
}
size_t pascal_triangle_into(size_t n, uint32_t* out, size_t c) {
    (void)n;
    (void)out;
    (void)c;
    abort();
}
int pascal_entry(uint64_t n, uint64_t k, uint32_t* out) {
    (void)n;
    (void)k;
    (void)out;
    abort();
}
size_t pascal_row_range(uint64_t n, uint64_t k0, uint32_t* out, size_t count) {
    (void)n;
    (void)k0;
    (void)out;
    (void)count;
    abort();
}
