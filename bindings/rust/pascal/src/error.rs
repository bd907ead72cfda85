//! One error type for every call, built from the code the library returns
//! (pascal_*_alloc) or from errno (the *_into functions).
use std::fmt;
use std::io;

/// What went wrong. The library's three error codes each have a variant;
/// the rest are checks made on the Rust side.
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
    /// The caller's buffer holds fewer than the `needed` entries; nothing
    /// was written to it.
    BufferTooSmall { needed: usize, capacity: usize },
    /// The libpascal loaded is of another major version than the 1 this
    /// crate was written for; no call is made into it.
    IncompatibleVersion { loaded: String, number: u32 },
    /// An errno value the library does not document.
    Os(i32),
}

impl Error {
    /// The error for an errno value the library returned or set.
    pub(crate) fn from_code(code: i32) -> Error {
        match code {
            libc::EINVAL => Error::InvalidArgument,
            libc::ENOMEM => Error::OutOfMemory,
            libc::EOVERFLOW => Error::Overflow,
            other => Error::Os(other),
        }
    }

    /// The error a failing *_into call left in errno, read at once.
    pub(crate) fn last_errno() -> Error {
        Error::from_code(io::Error::last_os_error().raw_os_error().unwrap_or(0))
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
            Error::Os(code) => write!(f, "libpascal: undocumented error code {code}"),
        }
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::Error;

    #[test]
    fn each_documented_errno_has_its_own_variant() {
        assert_eq!(Error::from_code(libc::EINVAL), Error::InvalidArgument);
        assert_eq!(Error::from_code(libc::ENOMEM), Error::OutOfMemory);
        assert_eq!(Error::from_code(libc::EOVERFLOW), Error::Overflow);
        assert_eq!(Error::from_code(libc::EDOM), Error::Os(libc::EDOM));
    }

    #[test]
    fn each_variant_says_what_it_is() {
        assert!(Error::InvalidArgument.to_string().contains("EINVAL"));
        assert!(Error::OutOfMemory.to_string().contains("ENOMEM"));
        assert!(Error::Overflow.to_string().contains("EOVERFLOW"));
        assert!(Error::Os(33).to_string().contains("33"));
    }
}
