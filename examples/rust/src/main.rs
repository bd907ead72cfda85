//! libpascal from Rust, through the pascal crate: print row 10 and entry 17
//! of row 35.
//!
//! Both ownership models that allocate are used: `pascal::row` copies the
//! row into a Vec; `pascal::Row` reads the library's own array and hands it
//! back to the library when dropped. Entries are u32, so 2333606220 prints
//! unsigned. Errors (out of memory, a libpascal of another major version)
//! come back as pascal::Error.

fn main() -> Result<(), pascal::Error> {
    let ten = pascal::row(10)?;
    let entries: Vec<String> = ten.iter().map(u32::to_string).collect();
    println!("pascal_row(10): {}", entries.join(" "));
    println!("pascal_row(35)[17]: {}", pascal::Row::new(35)?[17]);
    Ok(())
}
