//! With libpascal-sys's environment override (LIBPASCAL_LIB_DIR) the library
//! is in a directory the loader does not search, and libpascal-sys's rpath
//! reaches only its own test binaries: Cargo gives a build script's link
//! arguments to its own package alone. Re-emitting it here lets this
//! crate's tests and doc tests start too. pkg-config users get no rpath
//! (DEP_PASCAL_RPATH is then unset).
fn main() {
    println!("cargo:rerun-if-env-changed=DEP_PASCAL_RPATH");
    if let Ok(dir) = std::env::var("DEP_PASCAL_RPATH") {
        println!("cargo:rustc-link-arg=-Wl,-rpath,{dir}");
    }
}
