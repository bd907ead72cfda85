// Generated from include/pascal/pascal.h by scripts/generate_declarations.py: do not edit.
// cmake --build <build dir> --target pascal_regenerate rewrites it.
package dev.libpascal;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.util.List;

/** The C declarations of pascal.h as the FFM API describes them. */
final class Declarations {
    private Declarations() {}

    /** size_t as this platform's C has it. */
    static final ValueLayout SIZE_T =
            ((ValueLayout) Linker.nativeLinker().canonicalLayouts().get("size_t")).withName("size_t");

    /** pascal_array. */
    static final StructLayout PASCAL_ARRAY =
            MemoryLayout.structLayout(ADDRESS.withName("data"), SIZE_T.withName("size"));

    /** uint32_t pascal_version_number(void); */
    static final FunctionDescriptor PASCAL_VERSION_NUMBER =
            FunctionDescriptor.of(JAVA_INT);

    /** const char *pascal_version_string(void); */
    static final FunctionDescriptor PASCAL_VERSION_STRING =
            FunctionDescriptor.of(ADDRESS);

    /** size_t pascal_row_exact_max(void); */
    static final FunctionDescriptor PASCAL_ROW_EXACT_MAX =
            FunctionDescriptor.of(SIZE_T);

    /** uint32_t *pascal_row(size_t n, size_t *size_out); */
    static final FunctionDescriptor PASCAL_ROW =
            FunctionDescriptor.of(ADDRESS, SIZE_T, ADDRESS);

    /** void deallocate_vec(uint32_t *ptr, size_t len); */
    static final FunctionDescriptor DEALLOCATE_VEC =
            FunctionDescriptor.ofVoid(ADDRESS, SIZE_T);

    /** size_t pascal_row_into(size_t n, uint32_t *out, size_t capacity); */
    static final FunctionDescriptor PASCAL_ROW_INTO =
            FunctionDescriptor.of(SIZE_T, SIZE_T, ADDRESS, SIZE_T);

    /** uint32_t *pascal_triangle(size_t rows, size_t *size_out); */
    static final FunctionDescriptor PASCAL_TRIANGLE =
            FunctionDescriptor.of(ADDRESS, SIZE_T, ADDRESS);

    /** size_t pascal_triangle_into(size_t rows, uint32_t *out, size_t capacity); */
    static final FunctionDescriptor PASCAL_TRIANGLE_INTO =
            FunctionDescriptor.of(SIZE_T, SIZE_T, ADDRESS, SIZE_T);

    /** int pascal_entry(uint64_t n, uint64_t k, uint32_t *out); */
    static final FunctionDescriptor PASCAL_ENTRY =
            FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_LONG, ADDRESS);

    /** size_t pascal_row_range(uint64_t n, uint64_t k0, uint32_t *out, size_t count); */
    static final FunctionDescriptor PASCAL_ROW_RANGE =
            FunctionDescriptor.of(SIZE_T, JAVA_LONG, JAVA_LONG, ADDRESS, SIZE_T);

    /** int pascal_row_alloc(size_t n, pascal_array *out); */
    static final FunctionDescriptor PASCAL_ROW_ALLOC =
            FunctionDescriptor.of(JAVA_INT, SIZE_T, ADDRESS);

    /** int pascal_triangle_alloc(size_t rows, pascal_array *out); */
    static final FunctionDescriptor PASCAL_TRIANGLE_ALLOC =
            FunctionDescriptor.of(JAVA_INT, SIZE_T, ADDRESS);

    /** void pascal_array_free(pascal_array *a); */
    static final FunctionDescriptor PASCAL_ARRAY_FREE =
            FunctionDescriptor.ofVoid(ADDRESS);

    /** The errno values libpascal reports, by name, with what it means by each (pascal.h's Errors block). */
    static final List<List<String>> ERRORS = List.of(
            List.of("EINVAL", "a pointer the call needs is NULL."),
            List.of("ENOMEM", "the entries cannot be allocated; for the calls that allocate, also an entry count or byte size that does not fit in size_t."),
            List.of("EOVERFLOW", "the entry count does not fit in size_t, for the calls that allocate nothing."),
            List.of("EDOM", "an entry index is not in row n: k >= n, or k0 + count > n."));
}
