/* The C API's bad-input catalogue: every bad argument we know of, and exactly
 * what each gets (return value, errno, what is written). Each row is run and
 * its observed outcome compared with the table, field by field.
 *
 *   bad_input_test             runs the catalogue
 *   bad_input_test --markdown  prints the table, which must match
 *                              docs/reliability.md (checked by check_docs.py)
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "pascal/pascal.h"

/* errno before each call: "unchanged" means it still holds this. */
#define ERRNO_CANARY 0x5eed
#define SENTINEL 0xDEADBEEFu
#define SIZE_OUT_CANARY 777u
/* Every buffer in the table has this many entries. */
#define BUFFER_ENTRIES 4

enum function { ROW, ROW_INTO, TRIANGLE, TRIANGLE_INTO, DEALLOCATE, ENTRY, ROW_RANGE };
/* The pointer argument (size_out, out or ptr): a real one, or NULL. */
enum pointer { GIVEN, NONE };

struct outcome {
    char returns[24];
    char error[16];
    char effect[48];
};

struct bad_input {
    const char* call; /* as docs/reliability.md shows it; buf has BUFFER_ENTRIES entries */
    const char* why;
    enum function function;
    uint64_t arg; /* n or rows (a size_t but for pascal_entry and pascal_row_range) */
    enum pointer pointer;
    size_t capacity; /* or pascal_row_range's count */
    struct outcome expected;
    uint64_t index; /* pascal_entry's k, pascal_row_range's k0 */
};

// One case a line or two, laid out by hand.
// clang-format off
static const struct bad_input catalogue[] = {
    {"pascal_row(0, &size)", "the empty row: not an error", ROW, 0, GIVEN, 0,
     {"NULL", "unchanged", "*size_out = 0"}, 0},
    {"pascal_row((size_t)-1, &size)", "a negative n, converted", ROW, (size_t)-1, GIVEN, 0,
     {"NULL", "ENOMEM", "*size_out = 0"}, 0},
    {"pascal_row(SIZE_MAX / 2 + 1, &size)", "n * 4 overflows", ROW, SIZE_MAX / 2 + 1, GIVEN, 0,
     {"NULL", "ENOMEM", "*size_out = 0"}, 0},
    {"pascal_row(SIZE_MAX / 4 + 1, &size)", "the smallest n whose n * 4 overflows", ROW,
     SIZE_MAX / 4 + 1, GIVEN, 0, {"NULL", "ENOMEM", "*size_out = 0"}, 0},
    {"pascal_row(SIZE_MAX / 4, &size)", "fits in size_t; no allocator has it", ROW,
     SIZE_MAX / 4, GIVEN, 0, {"NULL", "ENOMEM", "*size_out = 0"}, 0},
    {"pascal_row(PTRDIFF_MAX / 4 + 1, &size)", "the smallest row over PTRDIFF_MAX bytes", ROW,
     PTRDIFF_MAX / 4 + 1, GIVEN, 0, {"NULL", "ENOMEM", "*size_out = 0"}, 0},
#if SIZE_MAX > 0xFFFFFFFFu  /* a 64-bit size_t: sizes no allocator has, below PTRDIFF_MAX */
    {"pascal_row((size_t)1 << 60, &size)", "4 EiB", ROW, (size_t)1 << 60, GIVEN, 0,
     {"NULL", "ENOMEM", "*size_out = 0"}, 0},
#endif
    {"pascal_row(5, NULL)", "no size_out", ROW, 5, NONE, 0, {"NULL", "EINVAL", "nothing written"}, 0},
    {"pascal_row(0, NULL)", "no size_out, even for the empty row", ROW, 0, NONE, 0,
     {"NULL", "EINVAL", "nothing written"}, 0},
    {"pascal_row_into(5, NULL, 5)", "NULL buffer claiming capacity", ROW_INTO, 5, NONE, 5,
     {"0", "EINVAL", "nothing written"}, 0},
    {"pascal_row_into(5, NULL, 0)", "a size query, as with snprintf: not an error", ROW_INTO, 5,
     NONE, 0, {"5", "unchanged", "nothing written"}, 0},
    {"pascal_row_into((size_t)-1, NULL, 0)", "a size query for a negative n, converted",
     ROW_INTO, (size_t)-1, NONE, 0, {"SIZE_MAX", "unchanged", "nothing written"}, 0},
    {"pascal_row_into(5, buf, 4)", "buffer one entry short", ROW_INTO, 5, GIVEN, 4,
     {"5", "unchanged", "buffer untouched"}, 0},
    {"pascal_row_into(5, buf, 0)", "zero capacity", ROW_INTO, 5, GIVEN, 0,
     {"5", "unchanged", "buffer untouched"}, 0},
    {"pascal_row_into(0, buf, 4)", "the empty row", ROW_INTO, 0, GIVEN, 4,
     {"0", "unchanged", "buffer untouched"}, 0},
    {"pascal_row_into(SIZE_MAX, buf, 4)", "a row no buffer can hold", ROW_INTO, SIZE_MAX, GIVEN,
     4, {"SIZE_MAX", "unchanged", "buffer untouched"}, 0},
    {"pascal_triangle(0, &size)", "no rows: not an error", TRIANGLE, 0, GIVEN, 0,
     {"NULL", "unchanged", "*size_out = 0"}, 0},
    {"pascal_triangle(5, NULL)", "no size_out", TRIANGLE, 5, NONE, 0,
     {"NULL", "EINVAL", "nothing written"}, 0},
#if SIZE_MAX > 0xFFFFFFFFu
    {"pascal_triangle((size_t)1 << 24, &size)", "2^47 entries: no allocator has them", TRIANGLE,
     (size_t)1 << 24, GIVEN, 0, {"NULL", "ENOMEM", "*size_out = 0"}, 0},
    {"pascal_triangle((size_t)1 << 32, &size)", "the entry count fits, its byte size does not",
     TRIANGLE, (size_t)1 << 32, GIVEN, 0, {"NULL", "ENOMEM", "*size_out = 0"}, 0},
    {"pascal_triangle((size_t)1 << 33, &size)", "the entry count overflows", TRIANGLE,
     (size_t)1 << 33, GIVEN, 0, {"NULL", "ENOMEM", "*size_out = 0"}, 0},
#else  /* the same three for a 32-bit size_t */
    {"pascal_triangle((size_t)1 << 15, &size)", "2^29 entries, over PTRDIFF_MAX bytes", TRIANGLE,
     (size_t)1 << 15, GIVEN, 0, {"NULL", "ENOMEM", "*size_out = 0"}, 0},
    {"pascal_triangle((size_t)1 << 16, &size)", "the entry count fits, its byte size does not",
     TRIANGLE, (size_t)1 << 16, GIVEN, 0, {"NULL", "ENOMEM", "*size_out = 0"}, 0},
    {"pascal_triangle((size_t)1 << 17, &size)", "the entry count overflows", TRIANGLE,
     (size_t)1 << 17, GIVEN, 0, {"NULL", "ENOMEM", "*size_out = 0"}, 0},
#endif
    {"pascal_triangle((size_t)-1, &size)", "a negative rows, converted", TRIANGLE, (size_t)-1,
     GIVEN, 0, {"NULL", "ENOMEM", "*size_out = 0"}, 0},
    {"pascal_triangle_into(2, buf, 2)", "buffer one entry short (3 needed)", TRIANGLE_INTO, 2,
     GIVEN, 2, {"3", "unchanged", "buffer untouched"}, 0},
    {"pascal_triangle_into(2, NULL, 3)", "NULL buffer claiming capacity", TRIANGLE_INTO, 2, NONE,
     3, {"0", "EINVAL", "nothing written"}, 0},
    {"pascal_triangle_into(2, NULL, 0)", "a size query: not an error", TRIANGLE_INTO, 2, NONE, 0,
     {"3", "unchanged", "nothing written"}, 0},
    {"pascal_triangle_into(0, buf, 4)", "no rows", TRIANGLE_INTO, 0, GIVEN, 4,
     {"0", "unchanged", "buffer untouched"}, 0},
    {"pascal_triangle_into(SIZE_MAX / 2, buf, 4)", "the entry count overflows",
     TRIANGLE_INTO, SIZE_MAX / 2, GIVEN, 4, {"0", "EOVERFLOW", "buffer untouched"}, 0},
    {"pascal_triangle_into((size_t)-1, NULL, 0)", "a size query whose answer overflows",
     TRIANGLE_INTO, (size_t)-1, NONE, 0, {"0", "EOVERFLOW", "nothing written"}, 0},
    {"deallocate_vec(NULL, 0)", "freeing NULL", DEALLOCATE, 0, NONE, 0,
     {"(void)", "unchanged", "nothing freed"}, 0},
    {"deallocate_vec(NULL, SIZE_MAX)", "freeing NULL with any length", DEALLOCATE, SIZE_MAX,
     NONE, 0, {"(void)", "unchanged", "nothing freed"}, 0},
    {"pascal_entry(5, 5, &value)", "k past the row's end", ENTRY, 5, GIVEN, 0,
     {"EDOM", "unchanged", "*out untouched"}, 5},
    {"pascal_entry(5, UINT64_MAX, &value)", "a negative k, converted", ENTRY, 5, GIVEN, 0,
     {"EDOM", "unchanged", "*out untouched"}, UINT64_MAX},
    {"pascal_entry(0, 0, &value)", "row 0 has no entries", ENTRY, 0, GIVEN, 0,
     {"EDOM", "unchanged", "*out untouched"}, 0},
    {"pascal_entry(5, 2, NULL)", "no out", ENTRY, 5, NONE, 0, {"EINVAL", "unchanged", "nothing written"}, 2},
    {"pascal_row_range(5, 3, buf, 3)", "the range passes the row's end", ROW_RANGE, 5, GIVEN, 3,
     {"0", "EDOM", "buffer untouched"}, 3},
    {"pascal_row_range(5, 6, buf, 0)", "k0 past the row's end, even for no entries", ROW_RANGE, 5,
     GIVEN, 0, {"0", "EDOM", "buffer untouched"}, 6},
    {"pascal_row_range(UINT64_MAX, UINT64_MAX - 1, buf, 2)", "k0 + count overflows 64 bits",
     ROW_RANGE, UINT64_MAX, GIVEN, 2, {"0", "EDOM", "buffer untouched"}, UINT64_MAX - 1},
    {"pascal_row_range(5, 0, NULL, 3)", "NULL buffer for 3 entries", ROW_RANGE, 5, NONE, 3,
     {"0", "EINVAL", "nothing written"}, 0},
    {"pascal_row_range(5, 5, buf, 0)", "the empty range at the row's end: not an error", ROW_RANGE,
     5, GIVEN, 0, {"0", "unchanged", "buffer untouched"}, 5},
};
// clang-format on
enum { catalogue_size = sizeof catalogue / sizeof catalogue[0] };

static void describe_errno(struct outcome* seen) {
    const int error = errno;
    const char* name = error == ERRNO_CANARY ? "unchanged"
                       : error == EINVAL     ? "EINVAL"
                       : error == ENOMEM     ? "ENOMEM"
                       : error == EOVERFLOW  ? "EOVERFLOW"
                       : error == EDOM       ? "EDOM"
                                             : NULL;
    if (name != NULL)
        snprintf(seen->error, sizeof seen->error, "%s", name);
    else
        snprintf(seen->error, sizeof seen->error, "errno %d", error);
}

static void describe_count(char* field, size_t size, size_t value) {
    if (value == SIZE_MAX)
        snprintf(field, size, "SIZE_MAX");
    else
        snprintf(field, size, "%zu", value);
}

/* pascal_row or pascal_triangle, with size_out preset to a canary. */
static void run_allocating(const struct bad_input* c, struct outcome* seen) {
    size_t size = SIZE_OUT_CANARY;
    size_t* size_out = c->pointer == GIVEN ? &size : NULL;
    uint32_t* result;
    errno = ERRNO_CANARY;
    result = c->function == ROW ? pascal_row((size_t)c->arg, size_out) : pascal_triangle((size_t)c->arg, size_out);
    describe_errno(seen);
    snprintf(seen->returns, sizeof seen->returns, "%s", result == NULL ? "NULL" : "an array");
    if (size_out == NULL) {
        snprintf(seen->effect, sizeof seen->effect, "nothing written");
    } else {
        snprintf(seen->effect, sizeof seen->effect, "*size_out = ");
        describe_count(seen->effect + strlen(seen->effect), sizeof seen->effect - strlen(seen->effect), size);
    }
    deallocate_vec(result, size);
}

/* pascal_row_into or pascal_triangle_into on a sentinel-filled buffer. */
static void run_into(const struct bad_input* c, struct outcome* seen) {
    uint32_t buffer[BUFFER_ENTRIES];
    uint32_t* out = c->pointer == GIVEN ? buffer : NULL;
    size_t i, written = 0, result;
    for (i = 0; i < BUFFER_ENTRIES; ++i)
        buffer[i] = SENTINEL;
    errno = ERRNO_CANARY;
    result = c->function == ROW_INTO        ? pascal_row_into((size_t)c->arg, out, c->capacity)
             : c->function == TRIANGLE_INTO ? pascal_triangle_into((size_t)c->arg, out, c->capacity)
                                            : pascal_row_range(c->arg, c->index, out, c->capacity);
    describe_errno(seen);
    describe_count(seen->returns, sizeof seen->returns, result);
    for (i = 0; i < BUFFER_ENTRIES; ++i)
        written += buffer[i] != SENTINEL;
    if (out == NULL)
        snprintf(seen->effect, sizeof seen->effect, "nothing written");
    else if (written == 0)
        snprintf(seen->effect, sizeof seen->effect, "buffer untouched");
    else
        snprintf(seen->effect, sizeof seen->effect, "%zu entries written", written);
}

static void run_deallocate(const struct bad_input* c, struct outcome* seen) {
    errno = ERRNO_CANARY;
    deallocate_vec(NULL, (size_t)c->arg);
    describe_errno(seen);
    snprintf(seen->returns, sizeof seen->returns, "(void)");
    snprintf(seen->effect, sizeof seen->effect, "nothing freed");
}

/* pascal_entry, with *out preset to a sentinel; its error is the result. */
static void run_entry(const struct bad_input* c, struct outcome* seen) {
    uint32_t value = SENTINEL;
    int result;
    errno = ERRNO_CANARY;
    result = pascal_entry(c->arg, c->index, c->pointer == GIVEN ? &value : NULL);
    describe_errno(seen);
    snprintf(seen->returns, sizeof seen->returns, "%s",
             result == 0        ? "0"
             : result == EDOM   ? "EDOM"
             : result == EINVAL ? "EINVAL"
                                : "another code");
    if (c->pointer == NONE)
        snprintf(seen->effect, sizeof seen->effect, "nothing written");
    else if (value == SENTINEL)
        snprintf(seen->effect, sizeof seen->effect, "*out untouched");
    else
        snprintf(seen->effect, sizeof seen->effect, "*out = %u", (unsigned)value);
}

static void run(const struct bad_input* c, struct outcome* seen) {
    switch (c->function) {
        case ROW:
        case TRIANGLE:
            run_allocating(c, seen);
            break;
        case ROW_INTO:
        case TRIANGLE_INTO:
        case ROW_RANGE:
            run_into(c, seen);
            break;
        case ENTRY:
            run_entry(c, seen);
            break;
        case DEALLOCATE:
            run_deallocate(c, seen);
            break;
    }
}

static void print_markdown(void) {
    size_t i;
    printf("| C call | Case | Returns | errno | Effect |\n");
    printf("| --- | --- | --- | --- | --- |\n");
    for (i = 0; i < catalogue_size; ++i) {
        const struct bad_input* c = &catalogue[i];
        /* "*size_out = 0" as code, or Markdown reads the star as emphasis. */
        const char* quote = c->expected.effect[0] == '*' ? "`" : "";
        printf("| `%s` | %s | %s | %s | %s%s%s |\n", c->call, c->why, c->expected.returns, c->expected.error, quote,
               c->expected.effect, quote);
    }
}

static int same(const struct outcome* a, const struct outcome* b) {
    return strcmp(a->returns, b->returns) == 0 && strcmp(a->error, b->error) == 0 && strcmp(a->effect, b->effect) == 0;
}

int main(int argc, char** argv) {
    size_t i;
    int mismatches = 0;
    if (argc == 2 && strcmp(argv[1], "--markdown") == 0) {
        print_markdown();
        return 0;
    }
    for (i = 0; i < catalogue_size; ++i) {
        const struct bad_input* c = &catalogue[i];
        struct outcome seen;
        memset(&seen, 0, sizeof seen);
        run(c, &seen);
        if (!same(&seen, &c->expected)) {
            ++mismatches;
            fprintf(stderr, "%s: expected %s / %s / %s, got %s / %s / %s\n", c->call, c->expected.returns,
                    c->expected.error, c->expected.effect, seen.returns, seen.error, seen.effect);
        }
    }
    printf("bad input (C): %d cases, %d mismatches\n", (int)catalogue_size, mismatches);
    return mismatches == 0 ? 0 : 1;
}
