//! Raw declarations of libpascal's C API, generated from
//! `include/pascal/pascal.h` into `src/declarations.rs` (each function
//! carries the header's manual block: read it for the contract). Nothing
//! here is safe to call without reading it; the `pascal` crate wraps these
//! in a safe API.
//!
//! Linking: by default this crate's build script compiles the library from
//! the sources inside the crate (`bundled/`, the single-file build) with the
//! `cc` crate and links it statically. With the feature `system` (or
//! `LIBPASCAL_SYSTEM=1`) it links a system libpascal instead, found through
//! pkg-config (`pascal.pc`, or `pascal-uninstalled.pc` for a build tree), or
//! else through `LIBPASCAL_LIB_DIR`; see `docs/bindings/rust.md`.
//!
//! ```
//! // SAFETY: pascal_version_number takes nothing and cannot fail.
//! let number = unsafe { libpascal_sys::pascal_version_number() };
//! assert_eq!(number / 10000, libpascal_sys::PASCAL_VERSION_MAJOR);
//! ```
#![no_std]
#![allow(non_camel_case_types)]

use core::ptr;

mod declarations;
pub use declarations::*;

/// The major version these declarations were written for. The library's
/// ABI is stable within a major version, so any 1.x library fits them.
pub const PASCAL_VERSION_MAJOR: u32 = 1;

/// The largest n whose row is exact: C(34, 17) = 2333606220 fits in 32 bits.
pub const PASCAL_ROW_EXACT_MAX: usize = 35;

impl Default for pascal_array {
    /// `{NULL, 0}`: holds nothing, safe to pass to `pascal_array_free`.
    fn default() -> Self {
        pascal_array {
            data: ptr::null_mut(),
            size: 0,
        }
    }
}
