//! Tells the linker where libpascal is. PASCAL_LIB_DIR (CTest sets it to the
//! CMake build directory) goes on the search path and, since the loader
//! must find libpascal.so.1 there again at run time, into the rpath.
//! Without it the system's library paths are used, as for an installed
//! libpascal.
use std::env;

fn main() {
    println!("cargo:rerun-if-env-changed=PASCAL_LIB_DIR");
    if let Ok(dir) = env::var("PASCAL_LIB_DIR") {
        println!("cargo:rustc-link-search=native={dir}");
        println!("cargo:rustc-link-arg=-Wl,-rpath,{dir}");
    }
}
