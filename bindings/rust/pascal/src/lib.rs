//! Rows of Pascal's triangle from libpascal, safely. Row `n`, counted from
//! one, has `n` entries, entry k = C(n-1, k) mod 2^32: exact up to row 35,
//! wrapping as `u32` arithmetic does past it.
//!
//! Three ownership models, for a row and for a triangle (rows 1..r in one
//! flat array, from one call into the library):
//! - copied into a `Vec` ([`row`], [`triangle`]);
//! - the library's own array, zero-copy, freed by the library on drop
//!   ([`Row`], [`Triangle`]);
//! - written into your buffer ([`row_into`], [`triangle_into`]).
//!
//! Every function checks once, at first use, that the library loaded is of
//! major version 1 ([`check_version`]).
//!
//! ```
//! let copy: Vec<u32> = pascal::row(5)?;               // [1, 4, 6, 4, 1]
//! let view = pascal::Row::new(35)?;                   // the library's array
//! assert_eq!(view[17], 2333606220);
//! let mut buffer = [0u32; 8];
//! let n = pascal::row_into(5, &mut buffer)?;          // buffer[..5] = [1, 4, 6, 4, 1]
//! let triangle = pascal::Triangle::new(10)?;
//! assert_eq!(triangle.row(5), Some(&copy[..]));
//! # assert_eq!(copy, [1, 4, 6, 4, 1]);
//! # assert_eq!(&buffer[..n], copy);
//! # Ok::<(), pascal::Error>(())
//! ```

mod error;
mod library_array;
mod row;
mod triangle;
mod version;

pub use error::Error;
pub use libpascal_sys::PASCAL_ROW_EXACT_MAX as ROW_EXACT_MAX;
pub use row::{row, row_into, Row};
pub use triangle::{triangle, triangle_into, triangle_len, triangle_row, Triangle};
pub use version::{check_version, version, version_number};
