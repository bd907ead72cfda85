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
//! Any entry or range of any row `n < 2^64` comes without the row:
//! [`entry`] returns the value, [`row_range`] a new `Vec`, and
//! [`row_range_into`] fills your buffer. Their row and entry indices are
//! `u64`, as in C, so every row index, 2^63 and past it included, is passed
//! as it is, also where `usize` has 32 bits.
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
//! assert_eq!(pascal::entry(1 << 63, 2)?, 1);       // C(2^63 - 1, 2) mod 2^32
//! assert_eq!(pascal::row_range(5, 1, 3)?, copy[1..4]);
//! # assert_eq!(copy, [1, 4, 6, 4, 1]);
//! # assert_eq!(&buffer[..n], copy);
//! # Ok::<(), pascal::Error>(())
//! ```

mod error;
mod library_array;
mod range;
mod row;
mod triangle;
mod version;

pub use error::Error;
pub use libpascal_sys::PASCAL_ROW_EXACT_MAX as ROW_EXACT_MAX;
pub use range::{entry, row_range, row_range_into};
pub use row::{row, row_into, Row};
pub use triangle::{triangle, triangle_into, triangle_len, triangle_row, Triangle};
pub use version::{check_version, version, version_number};
