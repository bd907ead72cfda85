//! The library's version, and the check that it is one this crate fits:
//! the same major version (the ABI is stable within one). The check runs
//! once, at the first call that reaches the library; every later call
//! gets its cached result.
use crate::Error;
use libpascal_sys as sys;
use std::ffi::CStr;
use std::sync::OnceLock;

/// The version of the libpascal loaded, "MAJOR.MINOR.PATCH". Cannot fail,
/// and works whatever the version (it is how a mismatch is diagnosed).
///
/// ```
/// let version = pascal::version();
/// assert_eq!(version.split('.').count(), 3);
/// ```
pub fn version() -> &'static str {
    // SAFETY: the library returns a static NUL-terminated string that stays
    // valid while it is loaded, and a linked library is never unloaded.
    let text = unsafe { CStr::from_ptr(sys::pascal_version_string()) };
    text.to_str().expect("the version string is ASCII")
}

/// The version of the libpascal loaded, MAJOR * 10000 + MINOR * 100 + PATCH.
/// Cannot fail.
///
/// ```
/// assert_eq!(pascal::version_number() / 10000, 1);
/// ```
pub fn version_number() -> u32 {
    // SAFETY: takes nothing, cannot fail.
    unsafe { sys::pascal_version_number() }
}

/// Checks that the libpascal loaded has the major version this crate was
/// written for; every other function checks this first, once per process.
/// Call it at start-up to fail early.
///
/// # Errors
/// [`Error::IncompatibleVersion`] naming the version loaded.
///
/// ```
/// pascal::check_version()?;
/// # Ok::<(), pascal::Error>(())
/// ```
pub fn check_version() -> Result<(), Error> {
    static CHECKED: OnceLock<Result<(), Error>> = OnceLock::new();
    CHECKED
        .get_or_init(|| compatible(version_number(), version()))
        .clone()
}

/// Ok if `number` (MAJOR * 10000 + ...) is of this crate's major version.
fn compatible(number: u32, loaded: &str) -> Result<(), Error> {
    if number / 10000 == sys::PASCAL_VERSION_MAJOR {
        Ok(())
    } else {
        Err(Error::IncompatibleVersion {
            loaded: loaded.to_string(),
            number,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::compatible;
    use crate::Error;

    #[test]
    fn any_1_x_library_is_accepted() {
        assert_eq!(compatible(10000, "1.0.0"), Ok(()));
        assert_eq!(compatible(19999, "1.99.99"), Ok(()));
    }

    #[test]
    fn another_major_version_is_refused_naming_it() {
        for (number, loaded) in [(20000, "2.0.0"), (9999, "0.99.99")] {
            let error = compatible(number, loaded).unwrap_err();
            assert_eq!(
                error,
                Error::IncompatibleVersion {
                    loaded: loaded.to_string(),
                    number
                }
            );
            let message = error.to_string();
            assert!(message.contains(loaded), "{message}");
            assert!(message.contains("needs major version 1"), "{message}");
        }
    }
}
