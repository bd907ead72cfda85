//! The promises of `Error`: a std error that says what went wrong.
use pascal::Error;

#[test]
fn errors_are_std_errors_usable_with_question_mark() {
    fn huge() -> Result<Vec<u32>, Box<dyn std::error::Error>> {
        Ok(pascal::row(1 << 62)?)
    }
    let error = huge().unwrap_err();
    assert_eq!(error.to_string(), "libpascal: out of memory (ENOMEM)");
    assert_eq!(error.downcast_ref::<Error>(), Some(&Error::OutOfMemory));
}

#[test]
fn the_three_library_errors_are_told_apart() {
    let messages = [
        Error::InvalidArgument.to_string(),
        Error::OutOfMemory.to_string(),
        Error::Overflow.to_string(),
    ];
    assert_ne!(messages[0], messages[1]);
    assert_ne!(messages[1], messages[2]);
    assert_ne!(messages[0], messages[2]);
}
