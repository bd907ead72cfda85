/*
 * libpascal - rows of Pascal's triangle through a plain C ABI.
 *
 * Introduction
 * ------------
 * Row n of the triangle (counted from 1) has n entries: entry k, for
 * k = 0 .. n-1, is the binomial coefficient C(n-1, k) reduced modulo 2^32.
 * So row 1 is "1", row 3 is "1 2 1" and row 5 is "1 4 6 4 1".
 *
 * Limits: every entry of rows n <= PASCAL_ROW_EXACT_MAX (35) is exact. Past
 * that, entries wrap exactly as unsigned 32-bit arithmetic does: they are the
 * values of the textbook recurrence row[j] += row[j-1] computed in uint32_t.
 * Each row is computed in O(n) time.
 *
 * Memory ownership: there are two ways to get a row (or a whole triangle).
 *   - pascal_row() and pascal_triangle() allocate. The caller owns the array and must release it
 *     with deallocate_vec(), never free(): the library frees with the
 *     allocator it allocated with, which need not be the caller's.
 *     pascal_row_alloc() and pascal_triangle_alloc() allocate the same arrays
 *     into a pascal_array the caller provides, released by pascal_array_free().
 *   - pascal_row_into() and pascal_triangle_into() write into a buffer the
 *     caller owns. Nothing is
 *     allocated and nothing needs freeing.
 * On Linux, arrays of 32 MiB and more are mapped on their own, aligned to
 * 2 MiB and marked for transparent huge pages (MADV_HUGEPAGE), so that a
 * fresh row costs little more than filling a warm buffer; deallocate_vec()
 * unmaps them. When no mapping can be had (under RLIMIT_AS, say), such an
 * array comes from malloc instead, and is freed the same way.
 * PASCAL_HUGEPAGES=0 in the environment skips the mark.
 *
 * Errors: a failing function returns NULL (or 0) and sets errno, which every
 * FFI can read (cffi's ffi.errno, ctypes' use_errno=True, Rust's
 * io::Error::last_os_error, Go's second return value of a cgo call).
 * errno is meaningful only after a failing return: it is left untouched on
 * success, and some FFIs do not clear it before a call, so a nonzero errno
 * after a successful call says nothing. pascal_row_alloc() and
 * pascal_triangle_alloc() return their error code instead, for callers that
 * cannot share the library's errno (another C runtime, as on Windows).
 * No function aborts the process, and no C++ exception ever leaves the
 * library.
 *
 * Thread safety: the library has no global mutable state. Every function is
 * thread-safe and reentrant.
 *
 * This header is plain C: it compiles as C89, C99 and C++.
 */
#ifndef PASCAL_PASCAL_H
#define PASCAL_PASCAL_H

#include <stddef.h>
#include <stdint.h>

#include "pascal/pascal_export.h"
#include "pascal/pascal_version.h"

/* C++ callers see that nothing throws: no exception ever leaves the library. */
#if defined(__cplusplus) && __cplusplus >= 201103L
#define PASCAL_NOEXCEPT noexcept
#elif defined(__cplusplus)
#define PASCAL_NOEXCEPT throw()
#else
#define PASCAL_NOEXCEPT
#endif

#ifdef __cplusplus
extern "C" {
#endif

/*======  Version  ======*/

/* PASCAL_VERSION_MAJOR, _MINOR, _PATCH, _NUMBER and _STRING come from
 * pascal_version.h, generated from the build's project(VERSION). These two
 * functions return the version of the library actually loaded, which may
 * differ from the header a program was compiled against. */

/*! pascal_version_number() :
 * @return MAJOR * 10000 + MINOR * 100 + PATCH (equal to PASCAL_VERSION_NUMBER
 *         of the matching header). Cannot fail. */
PASCAL_EXPORT uint32_t pascal_version_number(void) PASCAL_NOEXCEPT;

/*! pascal_version_string() :
 * @return "MAJOR.MINOR.PATCH", a static string owned by the library: never
 *         free it, it stays valid while the library is loaded. Cannot fail. */
PASCAL_EXPORT const char* pascal_version_string(void) PASCAL_NOEXCEPT;

/*======  Errors  ======*/

/*! Errors :
 * Every error a function reports is one of these errno values, returned or
 * set in errno as the function's own block says; no other value is reported.
 *   EINVAL     a pointer the call needs is NULL.
 *   ENOMEM     the entries cannot be allocated; for the calls that allocate,
 *              also an entry count or byte size that does not fit in size_t.
 *   EOVERFLOW  the entry count does not fit in size_t, for the calls that
 *              allocate nothing.
 *   EDOM       an entry index is not in row n: k >= n, or k0 + count > n.
 * Packages in other languages map each of them to their own error (the
 * package tests check every one is mapped). */

/*======  Rows  ======*/

/*! PASCAL_ROW_EXACT_MAX :
 * The largest n for which every entry of row n is the exact binomial
 * coefficient: C(34, 17) = 2333606220 fits in 32 bits, C(35, 17) does not. */
#define PASCAL_ROW_EXACT_MAX 35

/*! pascal_row_exact_max() :
 * The function twin of PASCAL_ROW_EXACT_MAX, for FFIs that cannot see macros.
 * @return 35. Cannot fail. */
PASCAL_EXPORT size_t pascal_row_exact_max(void) PASCAL_NOEXCEPT;

/*! pascal_row() :
 * Computes row n: n entries, entry k = C(n-1, k) mod 2^32.
 * @return on success, a new array of n entries, and *size_out = n.
 *         The array is owned by the caller: release it with
 *         deallocate_vec(ptr, *size_out), never with free().
 *         For n == 0 (the empty row, not an error): NULL, *size_out = 0.
 *         On failure: NULL, with
 *           errno = EINVAL if size_out is NULL (nothing else is done);
 *           errno = ENOMEM and *size_out = 0 if n entries cannot be allocated,
 *           including when n * sizeof(uint32_t) overflows size_t.
 * A NULL result with n > 0 is always an error. */
PASCAL_EXPORT uint32_t* pascal_row(size_t n, size_t* size_out) PASCAL_NOEXCEPT;

/*! deallocate_vec() :
 * The partner of pascal_row() (its name predates the pascal_ prefix and is
 * kept for compatibility). Frees an array returned by pascal_row() or
 * pascal_triangle(), or held by a pascal_array (pascal_array_free() does
 * that for you). `len` must be exactly the size the allocating call
 * reported: large arrays are unmapped by length.
 * deallocate_vec(NULL, len) does nothing, for any len. Passing any other
 * pointer or length, or freeing twice, is undefined behaviour, as with free(). */
PASCAL_EXPORT void deallocate_vec(uint32_t* ptr, size_t len) PASCAL_NOEXCEPT;

/*! pascal_row_into() :
 * Writes row n into a caller-owned buffer `out` of `capacity` entries.
 * Allocates nothing; the caller keeps ownership of `out`.
 * @return n, the number of entries row n has. Entries were written only if
 *         capacity >= n; with capacity < n nothing is written, so a call with
 *         (out = NULL, capacity = 0) asks for the size, as snprintf() does.
 *         For n == 0: 0, nothing written.
 *         On failure: 0 and errno = EINVAL if out is NULL and capacity > 0. */
PASCAL_EXPORT size_t pascal_row_into(size_t n, uint32_t* out, size_t capacity) PASCAL_NOEXCEPT;

/*======  Triangles: many rows in one call  ======*/

/* Every call crosses the language boundary once, and from Python or Java
 * that crossing costs more than computing a short row. A triangle returns
 * rows 1..rows in one array: rows * (rows + 1) / 2 entries, row r (counted
 * from 1) starting at index r * (r - 1) / 2. */

/*! pascal_triangle() :
 * @return on success, a new array holding rows 1..rows one after another, and
 *         *size_out = rows * (rows + 1) / 2. Owned by the caller: release it
 *         with deallocate_vec(ptr, *size_out), never with free().
 *         For rows == 0 (not an error): NULL, *size_out = 0.
 *         On failure: NULL, with
 *           errno = EINVAL if size_out is NULL (nothing else is done);
 *           errno = ENOMEM and *size_out = 0 if the entries cannot be
 *           allocated, including when their count or byte size overflows. */
PASCAL_EXPORT uint32_t* pascal_triangle(size_t rows, size_t* size_out) PASCAL_NOEXCEPT;

/*! pascal_triangle_into() :
 * Writes rows 1..rows into a caller-owned buffer `out` of `capacity` entries,
 * laid out as pascal_triangle() lays them out. Allocates nothing.
 * @return rows * (rows + 1) / 2, the number of entries. Entries were written
 *         only if capacity is at least that; otherwise nothing is written
 *         (ask for the size with out = NULL, capacity = 0).
 *         For rows == 0: 0, nothing written.
 *         On failure: 0, with
 *           errno = EINVAL if out is NULL and capacity > 0;
 *           errno = EOVERFLOW if the entry count does not fit in size_t. */
PASCAL_EXPORT size_t pascal_triangle_into(size_t rows, uint32_t* out, size_t capacity) PASCAL_NOEXCEPT;

/*======  Any entry, any range of a row  ======*/

/* Entry k of row n costs O(log^2 n), not O(n): the power of two in C(n-1, k)
 * is a count of binary carries (Kummer), its odd part a quotient of products
 * of odd numbers whose values mod 2^32 come from small precomputed
 * polynomials (Granville). So any row index up to 2^64 - 1 is fine, on every
 * platform: row indices are uint64_t here, also where size_t has 32 bits.
 * A range then continues at the row kernel's speed. */

/*! pascal_entry() :
 * Entry k of row n, C(n-1, k) mod 2^32, without computing the row.
 * @return 0 on success, with *out = the entry (which may be 0: C(n-1, k) is
 *         a multiple of 2^32 for many entries of large rows).
 *         On failure an errno value, *out untouched (errno itself is not
 *         used, so callers of any C runtime read it):
 *           EDOM if k is not an index of row n (k >= n; row 0 has none);
 *           EINVAL if out is NULL.
 * Allocates nothing. */
PASCAL_EXPORT int pascal_entry(uint64_t n, uint64_t k, uint32_t* out) PASCAL_NOEXCEPT;

/*! pascal_row_range() :
 * Writes entries k0 .. k0+count-1 of row n into a caller-owned buffer `out`
 * of at least `count` entries, in O(log^2 n + count) time. Allocates nothing;
 * the caller keeps ownership of `out`. The range must lie in the row; its
 * size is the caller's `count`, so there is no size query.
 * @return count on success (0 for count == 0, nothing written).
 *         On failure: 0, nothing written, and
 *           errno = EINVAL if out is NULL and count > 0;
 *           errno = EDOM if the range leaves the row (k0 + count > n).
 * Both errors are the caller's to prevent, so a caller that cannot read the
 * library's errno (another C runtime) can check them before the call. */
PASCAL_EXPORT size_t pascal_row_range(uint64_t n, uint64_t k0, uint32_t* out, size_t count) PASCAL_NOEXCEPT;

/*======  Owned slots: the error as the return value  ======*/

/* The allocating calls above hand their array back as the return value and
 * their error through errno. Two kinds of caller need otherwise:
 *   - a caller built against another C runtime than the library's (Windows),
 *     which cannot read the library's errno: these functions return it;
 *   - a caller that must own the array before the call returns: a garbage
 *     collected language can make the pascal_array first, owned by an object
 *     whose destructor calls pascal_array_free(), then pass it here. The
 *     library writes the array into it before returning, so nothing that
 *     happens between the return and the caller's next step (a signal
 *     handler raising in Python, say) can lose the array. */

/*! pascal_array :
 * An array the library allocated: `size` entries at `data`. A zeroed
 * pascal_array ({NULL, 0}) holds nothing and is safe to free. */
typedef struct pascal_array {
    uint32_t* data;
    size_t size;
} pascal_array;

/*! pascal_row_alloc() :
 * Computes row n, as pascal_row() does, into a new array held by *out.
 * @return 0 on success: out->data is a new array of n entries and
 *         out->size = n (for n == 0: NULL and 0, not an error).
 *         On failure an errno value, and *out = {NULL, 0}:
 *           ENOMEM if n entries cannot be allocated;
 *           EINVAL if out is NULL (nothing is written).
 *         errno itself is unspecified after this call.
 * What *out held before is overwritten, not freed. Release the array with
 * pascal_array_free(out) (or deallocate_vec(out->data, out->size)). */
PASCAL_EXPORT int pascal_row_alloc(size_t n, pascal_array* out) PASCAL_NOEXCEPT;

/*! pascal_triangle_alloc() :
 * Rows 1..rows, as pascal_triangle() lays them out, into a new array held
 * by *out, under the rules of pascal_row_alloc(): 0 on success with
 * out->size = rows * (rows + 1) / 2; ENOMEM (the entries cannot be
 * allocated, or their count overflows) or EINVAL (out is NULL) otherwise. */
PASCAL_EXPORT int pascal_triangle_alloc(size_t rows, pascal_array* out) PASCAL_NOEXCEPT;

/*! pascal_array_free() :
 * Frees the array *a holds and sets *a = {NULL, 0}, so a second call does
 * nothing. pascal_array_free(NULL) does nothing. Its one argument lets a
 * garbage collector call it directly as a destructor (cffi's ffi.gc). */
PASCAL_EXPORT void pascal_array_free(pascal_array* a) PASCAL_NOEXCEPT;

#ifdef __cplusplus
}
#endif

#endif /* PASCAL_PASCAL_H */
