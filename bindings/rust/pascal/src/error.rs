//! One error type for every call, built from the code the library returns
//! (pascal_*_alloc, pascal_entry) or from errno (the *_into functions and
//! pascal_row_range): the one table from the library's codes to variants.
use std::fmt;
use std::io;

/// What went wrong. Each of the four error codes the library reports
/// (EINVAL, ENOMEM, EOVERFLOW, EDOM) has its variant; the rest are checks
/// made on the Rust side.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// EINVAL: an argument the library refused. The safe API cannot pass
    /// one (slices are never NULL), so this means a library bug.
    InvalidArgument,
    /// ENOMEM, or a Vec that could not reserve its entries: the memory could
    /// not be had, or its size does not even fit in `usize` (n = 2^62).
    OutOfMemory,
    /// EOVERFLOW: a triangle's entry count, rows * (rows + 1) / 2, does not
    /// fit in `usize` (only the functions that allocate nothing say this;
    /// the allocating ones say `OutOfMemory`).
    Overflow,
    /// EDOM, or refused before the call: the `count` entries of row `n`
    /// from index `k0` are not all in the row, whose indices are 0..n (row
    /// 0 has none). `count` is 1 for [`crate::entry`].
    OutsideRow { n: u64, k0: u64, count: usize },
    /// The caller's buffer holds fewer than the `needed` entries; nothing
    /// was written to it.
    BufferTooSmall { needed: usize, capacity: usize },
    /// The libpascal loaded is of another major version than the 1 this
    /// crate was written for; no call is made into it.
    IncompatibleVersion { loaded: String, number: u32 },
    /// A code pascal.h does not list for the call that returned it: never
    /// from a library that keeps the header's contract.
    Undocumented(i32),
}

impl Error {
    /// The error for an errno value the library returned or set. `range` is
    /// what pascal_entry or pascal_row_range was asked for, (n, k0, count),
    /// which their EDOM names; the other calls pass `None`, as pascal.h
    /// gives them no EDOM.
    pub(crate) fn from_code(code: i32, range: Option<(u64, u64, usize)>) -> Error {
        match (code, range) {
            (libc::EINVAL, _) => Error::InvalidArgument,
            (libc::ENOMEM, _) => Error::OutOfMemory,
            (libc::EOVERFLOW, _) => Error::Overflow,
            (libc::EDOM, Some((n, k0, count))) => Error::OutsideRow { n, k0, count },
            (other, _) => Error::Undocumented(other),
        }
    }

    /// The error a failing call left in errno, read at once; `range` as
    /// for [`Error::from_code`].
    pub(crate) fn last_errno(range: Option<(u64, u64, usize)>) -> Error {
        let code = io::Error::last_os_error().raw_os_error().unwrap_or(0);
        Error::from_code(code, range)
    }
}

impl fmt::Display for Error {
    /// ```
    /// let error = pascal::Error::BufferTooSmall { needed: 10, capacity: 4 };
    /// assert_eq!(error.to_string(), "libpascal: the buffer holds 4 entries, 10 are needed");
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidArgument => f.write_str("libpascal: invalid argument (EINVAL)"),
            Error::OutOfMemory => f.write_str("libpascal: out of memory (ENOMEM)"),
            Error::Overflow => {
                f.write_str("libpascal: the entry count does not fit in usize (EOVERFLOW)")
            }
            Error::OutsideRow { n, k0, count } => {
                match count {
                    0 => write!(f, "libpascal: index {k0} is past the end of row {n}")?,
                    1 => write!(f, "libpascal: entry {k0} is not in row {n}")?,
                    _ => write!(
                        f,
                        "libpascal: the {count} entries from index {k0} are not all in row {n}"
                    )?,
                }
                write!(f, ", which has {n} entries (EDOM)")
            }
            Error::BufferTooSmall { needed, capacity } => write!(
                f,
                "libpascal: the buffer holds {capacity} entries, {needed} are needed"
            ),
            Error::IncompatibleVersion { loaded, number } => write!(
                f,
                "libpascal {loaded} (version number {number}) was loaded, but this crate needs \
                 major version {}: install libpascal {}.x or use a matching crate",
                libpascal_sys::PASCAL_VERSION_MAJOR,
                libpascal_sys::PASCAL_VERSION_MAJOR
            ),
            Error::Undocumented(code) => write!(
                f,
                "libpascal: error code {code}, which pascal.h does not document"
            ),
        }
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    //! The table, and the two codes the safe API never lets the library
    //! report, provoked below it through libpascal-sys: it passes no NULL
    //! (slices are never NULL), and checks ranges before the call.
    use super::Error;
    use libpascal_sys as sys;
    use std::ptr;

    const RANGE: Option<(u64, u64, usize)> = Some((5, 3, 4));

    #[test]
    fn each_documented_errno_has_its_own_variant() {
        assert_eq!(Error::from_code(libc::EINVAL, None), Error::InvalidArgument);
        assert_eq!(Error::from_code(libc::ENOMEM, None), Error::OutOfMemory);
        assert_eq!(Error::from_code(libc::EOVERFLOW, None), Error::Overflow);
        assert_eq!(
            Error::from_code(libc::EDOM, RANGE),
            Error::OutsideRow {
                n: 5,
                k0: 3,
                count: 4
            }
        );
    }

    /// This platform's number for an errno name of pascal.h's Errors block.
    fn errno_named(name: &str) -> i32 {
        match name {
            "EINVAL" => libc::EINVAL,
            "ENOMEM" => libc::ENOMEM,
            "EOVERFLOW" => libc::EOVERFLOW,
            "EDOM" => libc::EDOM,
            other => panic!("pascal.h lists {other}: give it a variant in Error::from_code"),
        }
    }

    #[test]
    fn every_code_the_header_lists_has_a_variant_and_names_itself() {
        assert!(!sys::ERRORS.is_empty());
        for (name, _meaning) in sys::ERRORS {
            let error = Error::from_code(errno_named(name), RANGE);
            assert!(!matches!(error, Error::Undocumented(_)), "{name}");
            assert!(error.to_string().contains(name), "{name}: {error}");
        }
    }

    #[test]
    fn a_code_the_header_does_not_list_is_undocumented() {
        assert_eq!(
            Error::from_code(libc::ERANGE, RANGE),
            Error::Undocumented(libc::ERANGE)
        );
        assert_eq!(
            Error::from_code(libc::EDOM, None),
            Error::Undocumented(libc::EDOM)
        );
    }

    #[test]
    fn einval_from_the_library_is_invalid_argument() {
        // SAFETY: a NULL out is the error being provoked; nothing is written.
        let code = unsafe { sys::pascal_entry(5, 0, ptr::null_mut()) };
        assert_eq!(
            Error::from_code(code, Some((5, 0, 1))),
            Error::InvalidArgument
        );
        // SAFETY: as above, through errno this time.
        let written = unsafe { sys::pascal_row_into(5, ptr::null_mut(), 5) };
        assert_eq!(written, 0);
        assert_eq!(Error::last_errno(None), Error::InvalidArgument);
    }

    #[test]
    fn edom_from_the_library_is_outside_row() {
        let mut entry = 0;
        // SAFETY: `entry` is a live u32; k = n is the error provoked.
        let code = unsafe { sys::pascal_entry(5, 5, &mut entry) };
        assert_eq!(
            Error::from_code(code, Some((5, 5, 1))),
            Error::OutsideRow {
                n: 5,
                k0: 5,
                count: 1
            }
        );
        let mut buffer = [0u32; 4];
        // SAFETY: `buffer` holds the 4 entries asked for; 3 + 4 > 5 is the error.
        let written = unsafe { sys::pascal_row_range(5, 3, buffer.as_mut_ptr(), 4) };
        assert_eq!(written, 0);
        assert_eq!(
            Error::last_errno(RANGE),
            Error::OutsideRow {
                n: 5,
                k0: 3,
                count: 4
            }
        );
    }

    #[test]
    fn each_variant_says_what_it_is() {
        assert!(Error::InvalidArgument.to_string().contains("EINVAL"));
        assert!(Error::OutOfMemory.to_string().contains("ENOMEM"));
        assert!(Error::Overflow.to_string().contains("EOVERFLOW"));
        let outside = Error::OutsideRow {
            n: 5,
            k0: 5,
            count: 1,
        };
        assert!(outside.to_string().contains("EDOM"));
        assert!(Error::Undocumented(34).to_string().contains("34"));
    }
}
