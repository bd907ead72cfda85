// Generated from include/pascal/pascal.h by scripts/generate_declarations.py: do not edit.
// cmake --build <build dir> --target pascal_regenerate rewrites it.

use core::ffi::{c_char, c_int};

/// ```text
/// An array the library allocated: `size` entries at `data`. A zeroed
/// pascal_array ({NULL, 0}) holds nothing and is safe to free.
/// ```
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct pascal_array {
    pub data: *mut u32,
    pub size: usize,
}

extern "C" {
    /// ```text
    /// @return MAJOR * 10000 + MINOR * 100 + PATCH (equal to PASCAL_VERSION_NUMBER
    ///         of the matching header). Cannot fail.
    /// ```
    pub fn pascal_version_number() -> u32;

    /// ```text
    /// @return "MAJOR.MINOR.PATCH", a static string owned by the library: never
    ///         free it, it stays valid while the library is loaded. Cannot fail.
    /// ```
    pub fn pascal_version_string() -> *const c_char;

    /// ```text
    /// The function twin of PASCAL_ROW_EXACT_MAX, for FFIs that cannot see macros.
    /// @return 35. Cannot fail.
    /// ```
    pub fn pascal_row_exact_max() -> usize;

    /// ```text
    /// Computes row n: n entries, entry k = C(n-1, k) mod 2^32.
    /// @return on success, a new array of n entries, and *size_out = n.
    ///         The array is owned by the caller: release it with
    ///         deallocate_vec(ptr, *size_out), never with free().
    ///         For n == 0 (the empty row, not an error): NULL, *size_out = 0.
    ///         On failure: NULL, with
    ///           errno = EINVAL if size_out is NULL (nothing else is done);
    ///           errno = ENOMEM and *size_out = 0 if n entries cannot be allocated,
    ///           including when n * sizeof(uint32_t) overflows size_t.
    /// A NULL result with n > 0 is always an error.
    /// ```
    pub fn pascal_row(n: usize, size_out: *mut usize) -> *mut u32;

    /// ```text
    /// The partner of pascal_row() (its name predates the pascal_ prefix and is
    /// kept for compatibility). Frees an array returned by pascal_row() or
    /// pascal_triangle(), or held by a pascal_array (pascal_array_free() does
    /// that for you). `len` must be exactly the size the allocating call
    /// reported: large arrays are unmapped by length.
    /// deallocate_vec(NULL, len) does nothing, for any len. Passing any other
    /// pointer or length, or freeing twice, is undefined behaviour, as with free().
    /// ```
    pub fn deallocate_vec(ptr: *mut u32, len: usize);

    /// ```text
    /// Writes row n into a caller-owned buffer `out` of `capacity` entries.
    /// Allocates nothing; the caller keeps ownership of `out`.
    /// @return n, the number of entries row n has. Entries were written only if
    ///         capacity >= n; with capacity < n nothing is written, so a call with
    ///         (out = NULL, capacity = 0) asks for the size, as snprintf() does.
    ///         For n == 0: 0, nothing written.
    ///         On failure: 0 and errno = EINVAL if out is NULL and capacity > 0.
    /// ```
    pub fn pascal_row_into(n: usize, out: *mut u32, capacity: usize) -> usize;

    /// ```text
    /// @return on success, a new array holding rows 1..rows one after another, and
    ///         *size_out = rows * (rows + 1) / 2. Owned by the caller: release it
    ///         with deallocate_vec(ptr, *size_out), never with free().
    ///         For rows == 0 (not an error): NULL, *size_out = 0.
    ///         On failure: NULL, with
    ///           errno = EINVAL if size_out is NULL (nothing else is done);
    ///           errno = ENOMEM and *size_out = 0 if the entries cannot be
    ///           allocated, including when their count or byte size overflows.
    /// ```
    pub fn pascal_triangle(rows: usize, size_out: *mut usize) -> *mut u32;

    /// ```text
    /// Writes rows 1..rows into a caller-owned buffer `out` of `capacity` entries,
    /// laid out as pascal_triangle() lays them out. Allocates nothing.
    /// @return rows * (rows + 1) / 2, the number of entries. Entries were written
    ///         only if capacity is at least that; otherwise nothing is written
    ///         (ask for the size with out = NULL, capacity = 0).
    ///         For rows == 0: 0, nothing written.
    ///         On failure: 0, with
    ///           errno = EINVAL if out is NULL and capacity > 0;
    ///           errno = EOVERFLOW if the entry count does not fit in size_t.
    /// ```
    pub fn pascal_triangle_into(rows: usize, out: *mut u32, capacity: usize) -> usize;

    /// ```text
    /// Entry k of row n, C(n-1, k) mod 2^32, without computing the row.
    /// @return 0 on success, with *out = the entry (which may be 0: C(n-1, k) is
    ///         a multiple of 2^32 for many entries of large rows).
    ///         On failure an errno value, *out untouched (errno itself is not
    ///         used, so callers of any C runtime read it):
    ///           EDOM if k is not an index of row n (k >= n; row 0 has none);
    ///           EINVAL if out is NULL.
    /// Allocates nothing.
    /// ```
    pub fn pascal_entry(n: u64, k: u64, out: *mut u32) -> c_int;

    /// ```text
    /// Writes entries k0 .. k0+count-1 of row n into a caller-owned buffer `out`
    /// of at least `count` entries, in O(log^2 n + count) time. Allocates nothing;
    /// the caller keeps ownership of `out`. The range must lie in the row; its
    /// size is the caller's `count`, so there is no size query.
    /// @return count on success (0 for count == 0, nothing written).
    ///         On failure: 0, nothing written, and
    ///           errno = EINVAL if out is NULL and count > 0;
    ///           errno = EDOM if the range leaves the row (k0 + count > n).
    /// Both errors are the caller's to prevent, so a caller that cannot read the
    /// library's errno (another C runtime) can check them before the call.
    /// ```
    pub fn pascal_row_range(n: u64, k0: u64, out: *mut u32, count: usize) -> usize;

    /// ```text
    /// Computes row n, as pascal_row() does, into a new array held by *out.
    /// @return 0 on success: out->data is a new array of n entries and
    ///         out->size = n (for n == 0: NULL and 0, not an error).
    ///         On failure an errno value, and *out = {NULL, 0}:
    ///           ENOMEM if n entries cannot be allocated;
    ///           EINVAL if out is NULL (nothing is written).
    ///         errno itself is unspecified after this call.
    /// What *out held before is overwritten, not freed. Release the array with
    /// pascal_array_free(out) (or deallocate_vec(out->data, out->size)).
    /// ```
    pub fn pascal_row_alloc(n: usize, out: *mut pascal_array) -> c_int;

    /// ```text
    /// Rows 1..rows, as pascal_triangle() lays them out, into a new array held
    /// by *out, under the rules of pascal_row_alloc(): 0 on success with
    /// out->size = rows * (rows + 1) / 2; ENOMEM (the entries cannot be
    /// allocated, or their count overflows) or EINVAL (out is NULL) otherwise.
    /// ```
    pub fn pascal_triangle_alloc(rows: usize, out: *mut pascal_array) -> c_int;

    /// ```text
    /// Frees the array *a holds and sets *a = {NULL, 0}, so a second call does
    /// nothing. pascal_array_free(NULL) does nothing. Its one argument lets a
    /// garbage collector call it directly as a destructor (cffi's ffi.gc).
    /// ```
    pub fn pascal_array_free(a: *mut pascal_array);
}

/// The errno values libpascal reports, by name, with what it means by each (pascal.h's Errors block).
pub const ERRORS: &[(&str, &str)] = &[
    ("EINVAL", "a pointer the call needs is NULL."),
    ("ENOMEM", "the entries cannot be allocated; for the calls that allocate, also an entry count or byte size that does not fit in size_t."),
    ("EOVERFLOW", "the entry count does not fit in size_t, for the calls that allocate nothing."),
    ("EDOM", "an entry index is not in row n: k >= n, or k0 + count > n."),
];
