/* The C API's bad-input catalogue: every bad argument we know of, and exactly
 * what each gets (return value, errno, what is written). Each row is run and
 * its observed outcome compared with the table, field by field.
 *
 *   bad_input_test             runs the catalogue
 *   bad_input_test --markdown  prints the table, which must match README.md
 *                              (checked by check_readme.py)
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "pascal/pascal.h"

/* errno before each call: "unchanged" means it still holds this. */
#define ERRNO_CANARY 0x5eed
#define SENTINEL 0xDEADBEEFu
#define BUFFER_ENTRIES 4

struct outcome {
    char returns[32];
    char error[16];
    char effect[48];
};

static void set(char* field, size_t size, const char* text) {
    snprintf(field, size, "%s", text);
}
#define SET(field, text) set(field, sizeof field, text)

static void note_errno(struct outcome* seen) {
    if (errno == ERRNO_CANARY)
        SET(seen->error, "unchanged");
    else if (errno == EINVAL)
        SET(seen->error, "EINVAL");
    else if (errno == ENOMEM)
        SET(seen->error, "ENOMEM");
    else
        snprintf(seen->error, sizeof seen->error, "errno %d", errno);
}

/* pascal_row(n, &size) with size preset to garbage. */
static void row(size_t n, struct outcome* seen) {
    size_t size = 777;
    uint32_t* result;
    errno = ERRNO_CANARY;
    result = pascal_row(n, &size);
    note_errno(seen);
    SET(seen->returns, result == NULL ? "NULL" : "a row");
    if (size == 0)
        SET(seen->effect, "*size_out = 0");
    else if (size == n)
        SET(seen->effect, "*size_out = n");
    else
        snprintf(seen->effect, sizeof seen->effect, "*size_out = %zu", size);
    deallocate_vec(result, size);
}

static void describe_count(char* field, size_t size, size_t value, size_t n) {
    if (value == n)
        set(field, size, "n");
    else
        snprintf(field, size, "%zu", value);
}

/* pascal_row_into(n, buffer or NULL, capacity) on a sentinel-filled buffer
 * of BUFFER_ENTRIES entries. */
static void row_into(size_t n, int null_out, size_t capacity, struct outcome* seen) {
    uint32_t buffer[BUFFER_ENTRIES];
    size_t i, written = 0, result;
    for (i = 0; i < BUFFER_ENTRIES; ++i) buffer[i] = SENTINEL;
    errno = ERRNO_CANARY;
    result = pascal_row_into(n, null_out ? NULL : buffer, capacity);
    note_errno(seen);
    describe_count(seen->returns, sizeof seen->returns, result, n);
    for (i = 0; i < BUFFER_ENTRIES; ++i) written += buffer[i] != SENTINEL;
    if (null_out)
        SET(seen->effect, "nothing written");
    else if (written == 0)
        SET(seen->effect, "buffer untouched");
    else
        snprintf(seen->effect, sizeof seen->effect, "%zu entries written", written);
}

static void row_null_size_out(size_t n, struct outcome* seen) {
    uint32_t* result;
    errno = ERRNO_CANARY;
    result = pascal_row(n, NULL);
    note_errno(seen);
    SET(seen->returns, result == NULL ? "NULL" : "a row");
    SET(seen->effect, "nothing written");
}

static void free_null(size_t len, struct outcome* seen) {
    errno = ERRNO_CANARY;
    deallocate_vec(NULL, len);
    note_errno(seen);
    SET(seen->returns, "(void)");
    SET(seen->effect, "nothing freed");
}

/* Wrappers so every row of the table has the same shape. */
static void row_0(struct outcome* s) { row(0, s); }
static void row_minus_1(struct outcome* s) { row((size_t)-1, s); }
static void row_2_pow_63(struct outcome* s) { row((size_t)1 << 63, s); }
static void row_first_overflowing(struct outcome* s) { row(SIZE_MAX / 4 + 1, s); }
static void row_largest_not_overflowing(struct outcome* s) { row(SIZE_MAX / 4, s); }
static void row_2_pow_60(struct outcome* s) { row((size_t)1 << 60, s); }
static void row_no_size_out(struct outcome* s) { row_null_size_out(5, s); }
static void row_0_no_size_out(struct outcome* s) { row_null_size_out(0, s); }
static void into_null_with_capacity(struct outcome* s) { row_into(5, 1, 5, s); }
static void into_null_size_query(struct outcome* s) { row_into(5, 1, 0, s); }
static void into_too_small(struct outcome* s) { row_into(5, 0, 4, s); }
static void into_capacity_0(struct outcome* s) { row_into(5, 0, 0, s); }
static void into_n_0(struct outcome* s) { row_into(0, 0, 4, s); }
static void into_size_max(struct outcome* s) { row_into(SIZE_MAX, 0, 4, s); }
static void into_minus_1_null(struct outcome* s) { row_into((size_t)-1, 1, 0, s); }
static void free_null_0(struct outcome* s) { free_null(0, s); }
static void free_null_size_max(struct outcome* s) { free_null(SIZE_MAX, s); }

struct bad_input {
    const char* call;
    const char* why;
    void (*run)(struct outcome*);
    struct outcome expected;
};

static const struct bad_input catalogue[] = {
    {"pascal_row(0, &size)", "the empty row: not an error", row_0,
     {"NULL", "unchanged", "*size_out = 0"}},
    {"pascal_row((size_t)-1, &size)", "a negative n converted to size_t", row_minus_1,
     {"NULL", "ENOMEM", "*size_out = 0"}},
    {"pascal_row((size_t)1 << 63, &size)", "n * 4 overflows size_t", row_2_pow_63,
     {"NULL", "ENOMEM", "*size_out = 0"}},
    {"pascal_row(SIZE_MAX / 4 + 1, &size)", "the smallest n whose n * 4 overflows",
     row_first_overflowing, {"NULL", "ENOMEM", "*size_out = 0"}},
    {"pascal_row(SIZE_MAX / 4, &size)", "fits in size_t, no allocator has it",
     row_largest_not_overflowing, {"NULL", "ENOMEM", "*size_out = 0"}},
    {"pascal_row((size_t)1 << 60, &size)", "4 EiB", row_2_pow_60,
     {"NULL", "ENOMEM", "*size_out = 0"}},
    {"pascal_row(5, NULL)", "no size_out", row_no_size_out, {"NULL", "EINVAL", "nothing written"}},
    {"pascal_row(0, NULL)", "no size_out, even for the empty row", row_0_no_size_out,
     {"NULL", "EINVAL", "nothing written"}},
    {"pascal_row_into(5, NULL, 5)", "NULL buffer claiming capacity", into_null_with_capacity,
     {"0", "EINVAL", "nothing written"}},
    {"pascal_row_into(5, NULL, 0)", "size query, as with snprintf: not an error",
     into_null_size_query, {"n", "unchanged", "nothing written"}},
    {"pascal_row_into((size_t)-1, NULL, 0)", "size query for a negative n",
     into_minus_1_null, {"n", "unchanged", "nothing written"}},
    {"pascal_row_into(5, buf, 4)", "buffer too small by one", into_too_small,
     {"n", "unchanged", "buffer untouched"}},
    {"pascal_row_into(5, buf, 0)", "zero capacity", into_capacity_0,
     {"n", "unchanged", "buffer untouched"}},
    {"pascal_row_into(0, buf, 4)", "the empty row", into_n_0,
     {"n", "unchanged", "buffer untouched"}},
    {"pascal_row_into(SIZE_MAX, buf, 4)", "a row no buffer can hold", into_size_max,
     {"n", "unchanged", "buffer untouched"}},
    {"deallocate_vec(NULL, 0)", "freeing NULL", free_null_0,
     {"(void)", "unchanged", "nothing freed"}},
    {"deallocate_vec(NULL, SIZE_MAX)", "freeing NULL with any length", free_null_size_max,
     {"(void)", "unchanged", "nothing freed"}},
};
enum { catalogue_size = sizeof catalogue / sizeof catalogue[0] };

static void print_markdown(void) {
    size_t i;
    printf("| C call | Case | Returns | errno | Effect |\n");
    printf("| --- | --- | --- | --- | --- |\n");
    for (i = 0; i < catalogue_size; ++i) {
        const struct bad_input* c = &catalogue[i];
        printf("| `%s` | %s | %s | %s | %s |\n", c->call, c->why, c->expected.returns,
               c->expected.error, c->expected.effect);
    }
}

static int same(const struct outcome* a, const struct outcome* b) {
    return strcmp(a->returns, b->returns) == 0 && strcmp(a->error, b->error) == 0 &&
           strcmp(a->effect, b->effect) == 0;
}

int main(int argc, char** argv) {
    size_t i;
    int failed = 0;
    if (argc == 2 && strcmp(argv[1], "--markdown") == 0) {
        print_markdown();
        return 0;
    }
    for (i = 0; i < catalogue_size; ++i) {
        const struct bad_input* c = &catalogue[i];
        struct outcome seen;
        memset(&seen, 0, sizeof seen);
        c->run(&seen);
        if (!same(&seen, &c->expected)) {
            ++failed;
            fprintf(stderr, "%s: expected %s / %s / %s, got %s / %s / %s\n", c->call,
                    c->expected.returns, c->expected.error, c->expected.effect, seen.returns,
                    seen.error, seen.effect);
        }
    }
    printf("bad input (C): %d cases, %d mismatches\n", (int)catalogue_size, failed);
    return failed == 0 ? 0 : 1;
}
