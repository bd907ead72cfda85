//! The promises of the version functions and the load-time check.
use pascal::{check_version, version, version_number};

#[test]
fn the_version_string_and_number_agree() {
    let number = version_number();
    let expected = format!("{}.{}.{}", number / 10000, number / 100 % 100, number % 100);
    assert_eq!(version(), expected);
}

#[test]
fn the_library_linked_passes_the_version_check() {
    assert_eq!(version_number() / 10000, 1);
    assert_eq!(check_version(), Ok(()));
}
