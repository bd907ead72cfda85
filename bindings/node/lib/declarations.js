// Generated from include/pascal/pascal.h by scripts/generate_declarations.py: do not edit.
// cmake --build <build dir> --target pascal_regenerate rewrites it.
'use strict';

module.exports = {
    structs: {
        pascal_array: { data: 'uint32_t *', size: 'size_t' },
    },
    functions: {
        pascal_version_number: {
            prototype: 'uint32_t pascal_version_number(void)',
            result: 'uint32_t',
            parameters: [],
        },
        pascal_version_string: {
            prototype: 'const char *pascal_version_string(void)',
            result: 'const char *',
            parameters: [],
        },
        pascal_row_exact_max: {
            prototype: 'size_t pascal_row_exact_max(void)',
            result: 'size_t',
            parameters: [],
        },
        pascal_row: {
            prototype: 'uint32_t *pascal_row(size_t n, size_t *size_out)',
            result: 'uint32_t *',
            parameters: ['size_t', 'size_t *'],
        },
        deallocate_vec: {
            prototype: 'void deallocate_vec(uint32_t *ptr, size_t len)',
            result: 'void',
            parameters: ['uint32_t *', 'size_t'],
        },
        pascal_row_into: {
            prototype: 'size_t pascal_row_into(size_t n, uint32_t *out, size_t capacity)',
            result: 'size_t',
            parameters: ['size_t', 'uint32_t *', 'size_t'],
        },
        pascal_triangle: {
            prototype: 'uint32_t *pascal_triangle(size_t rows, size_t *size_out)',
            result: 'uint32_t *',
            parameters: ['size_t', 'size_t *'],
        },
        pascal_triangle_into: {
            prototype: 'size_t pascal_triangle_into(size_t rows, uint32_t *out, size_t capacity)',
            result: 'size_t',
            parameters: ['size_t', 'uint32_t *', 'size_t'],
        },
        pascal_entry: {
            prototype: 'int pascal_entry(uint64_t n, uint64_t k, uint32_t *out)',
            result: 'int',
            parameters: ['uint64_t', 'uint64_t', 'uint32_t *'],
        },
        pascal_row_range: {
            prototype: 'size_t pascal_row_range(uint64_t n, uint64_t k0, uint32_t *out, size_t count)',
            result: 'size_t',
            parameters: ['uint64_t', 'uint64_t', 'uint32_t *', 'size_t'],
        },
        pascal_row_alloc: {
            prototype: 'int pascal_row_alloc(size_t n, pascal_array *out)',
            result: 'int',
            parameters: ['size_t', 'pascal_array *'],
        },
        pascal_triangle_alloc: {
            prototype: 'int pascal_triangle_alloc(size_t rows, pascal_array *out)',
            result: 'int',
            parameters: ['size_t', 'pascal_array *'],
        },
        pascal_array_free: {
            prototype: 'void pascal_array_free(pascal_array *a)',
            result: 'void',
            parameters: ['pascal_array *'],
        },
    },
    // The errno values libpascal reports, by name, with what it means by each (pascal.h's Errors block).
    errors: {
        EINVAL: 'a pointer the call needs is NULL.',
        ENOMEM: 'the entries cannot be allocated; for the calls that allocate, also an entry count or byte size that does not fit in size_t.',
        EOVERFLOW: 'the entry count does not fit in size_t, for the calls that allocate nothing.',
        EDOM: 'an entry index is not in row n: k >= n, or k0 + count > n.',
    },
};
