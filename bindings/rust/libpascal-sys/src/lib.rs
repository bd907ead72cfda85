//! Raw declarations of libpascal's C API, written by hand from
//! `include/pascal/pascal.h` (the header is the manual: read it for every
//! function's contract). Nothing here is safe to call without reading it;
//! the `pascal` crate wraps these in a safe API.
//!
//! Linking: this crate's build script finds libpascal through pkg-config
//! (`pascal.pc`, or `pascal-uninstalled.pc` for a build tree), or else
//! through `LIBPASCAL_LIB_DIR`; see the crate's README section in
//! `docs/bindings/rust.md`.
//!
//! ```
//! // SAFETY: pascal_version_number takes nothing and cannot fail.
//! let number = unsafe { libpascal_sys::pascal_version_number() };
//! assert_eq!(number / 10000, libpascal_sys::PASCAL_VERSION_MAJOR);
//! ```
#![no_std]
#![allow(non_camel_case_types)]

use core::ffi::{c_char, c_int};
use core::ptr;

/// The major version these declarations were written for. The library's
/// ABI is stable within a major version, so any 1.x library fits them.
pub const PASCAL_VERSION_MAJOR: u32 = 1;

/// The largest n whose row is exact: C(34, 17) = 2333606220 fits in 32 bits.
pub const PASCAL_ROW_EXACT_MAX: usize = 35;

/// An array the library allocated: `size` entries at `data`. A zeroed one
/// (`{NULL, 0}`, the `Default`) holds nothing and is safe to free.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct pascal_array {
    pub data: *mut u32,
    pub size: usize,
}

impl Default for pascal_array {
    /// `{NULL, 0}`: holds nothing, safe to pass to `pascal_array_free`.
    fn default() -> Self {
        pascal_array {
            data: ptr::null_mut(),
            size: 0,
        }
    }
}

extern "C" {
    /// MAJOR * 10000 + MINOR * 100 + PATCH of the library loaded. Cannot fail.
    pub fn pascal_version_number() -> u32;

    /// "MAJOR.MINOR.PATCH", static, owned by the library. Cannot fail.
    pub fn pascal_version_string() -> *const c_char;

    /// 35, the function twin of `PASCAL_ROW_EXACT_MAX`. Cannot fail.
    pub fn pascal_row_exact_max() -> usize;

    /// Row n in a new array (free with `deallocate_vec`); NULL and errno on failure.
    pub fn pascal_row(n: usize, size_out: *mut usize) -> *mut u32;

    /// Frees an array from `pascal_row`/`pascal_triangle` or a `pascal_array`'s data.
    pub fn deallocate_vec(ptr: *mut u32, len: usize);

    /// Writes row n into `out` if `capacity >= n`; returns n (0 and errno on failure).
    pub fn pascal_row_into(n: usize, out: *mut u32, capacity: usize) -> usize;

    /// Rows 1..rows in a new array (free with `deallocate_vec`); NULL and errno on failure.
    pub fn pascal_triangle(rows: usize, size_out: *mut usize) -> *mut u32;

    /// Writes rows 1..rows into `out` if it fits; returns the entry count (0 and errno on failure).
    pub fn pascal_triangle_into(rows: usize, out: *mut u32, capacity: usize) -> usize;

    /// Row n into `*out`; returns 0 or an errno value (ENOMEM, EINVAL).
    pub fn pascal_row_alloc(n: usize, out: *mut pascal_array) -> c_int;

    /// Rows 1..rows into `*out`; returns 0 or an errno value (ENOMEM, EINVAL).
    pub fn pascal_triangle_alloc(rows: usize, out: *mut pascal_array) -> c_int;

    /// Frees `*a`'s array and zeroes `*a`; NULL does nothing.
    pub fn pascal_array_free(a: *mut pascal_array);

    /// Entry k of row n into `*out` in O(log^2 n); returns 0 or an errno value
    /// (EDOM if k >= n, EINVAL if out is NULL).
    pub fn pascal_entry(n: u64, k: u64, out: *mut u32) -> c_int;

    /// Entries k0 .. k0+count-1 of row n into `out`; returns count (0 and errno
    /// EDOM or EINVAL on failure).
    pub fn pascal_row_range(n: u64, k0: u64, out: *mut u32, count: usize) -> usize;
}
