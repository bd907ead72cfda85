//! Tells the linker where libpascal is, in this order:
//!
//! 1. pkg-config: `pascal.pc` (an installed libpascal, version 1.x) or
//!    `pascal-uninstalled.pc` (a build tree), found the usual ways
//!    (`PKG_CONFIG_PATH`, ...). `PASCAL_NO_PKG_CONFIG=1` skips this step
//!    (the pkg-config crate's own switch).
//! 2. The environment override: `LIBPASCAL_LIB_DIR`, the directory holding
//!    libpascal.so (or .dylib, .lib), and optionally `LIBPASCAL_INCLUDE_DIR`,
//!    the directories holding `pascal/pascal.h` and `pascal/pascal_version.h`
//!    (joined like PATH; only this crate's header test reads them; the
//!    default is `LIBPASCAL_LIB_DIR/../include`).
//!
//! Neither working is a build error that names both. As in zstd-sys and
//! libgit2-sys, every variable read is declared with rerun-if-env-changed
//! (pkg-config's are declared by the pkg-config crate).
//!
//! For dependents' build scripts: DEP_PASCAL_RPATH, with the override only.
use std::env;
use std::path::{Path, PathBuf};

const LIB_DIR: &str = "LIBPASCAL_LIB_DIR";
const INCLUDE_DIR: &str = "LIBPASCAL_INCLUDE_DIR";

fn main() {
    println!("cargo:rerun-if-env-changed={LIB_DIR}");
    println!("cargo:rerun-if-env-changed={INCLUDE_DIR}");

    // Another major version has another ABI: pkg-config must not accept it.
    let include_dirs = match pkg_config::Config::new()
        .range_version("1".."2")
        .probe("pascal")
    {
        Ok(library) => {
            if env::var_os(LIB_DIR).is_some() {
                println!(
                    "cargo:warning={LIB_DIR} is ignored: pkg-config found libpascal \
                     (set PASCAL_NO_PKG_CONFIG=1 to use {LIB_DIR} instead)"
                );
            }
            library.include_paths
        }
        Err(pkg_config_error) => match env::var_os(LIB_DIR) {
            Some(lib_dir) => from_override(Path::new(&lib_dir)),
            None => panic!(
                "\n\nlibpascal was not found. Either\n  \
                 - let pkg-config find it: put the directory holding pascal.pc \
                 (an installed libpascal 1.x) in PKG_CONFIG_PATH; or\n  \
                 - set {LIB_DIR} to the directory holding libpascal.so \
                 (and {INCLUDE_DIR} to the one holding pascal/pascal.h).\n\
                 pkg-config said: {pkg_config_error}\n\n"
            ),
        },
    };

    // For this crate's own header test (tests/header.rs).
    let joined = env::join_paths(&include_dirs).expect("include directories joinable like PATH");
    println!(
        "cargo:rustc-env=LIBPASCAL_INCLUDE_DIRS={}",
        joined.to_string_lossy()
    );
}

/// Links the library in `lib_dir` and returns the header directories.
fn from_override(lib_dir: &Path) -> Vec<PathBuf> {
    if !lib_dir.is_dir() {
        panic!("{LIB_DIR}={} is not a directory", lib_dir.display());
    }
    let dir = lib_dir.display();
    println!("cargo:rustc-link-search=native={dir}");
    println!("cargo:rustc-link-lib=dylib=pascal");
    // The override names a directory the dynamic loader does not search
    // (else pkg-config or the system paths would have done): without an
    // rpath the program links and then fails to start, "libpascal.so.1:
    // cannot open shared object file". pkg-config's libraries get none: an
    // installed one is where the loader looks already, and its -L path is
    // often a build tree (as in the tests), which a binary should not keep
    // loading from after the library is installed.
    // Cargo passes link args to this package's own tests only, so `rpath`
    // goes to dependents too, which re-emit it (the `pascal` crate does).
    if env::var("CARGO_CFG_TARGET_FAMILY").as_deref() == Ok("unix") {
        println!("cargo:rustc-link-arg=-Wl,-rpath,{dir}");
        println!("cargo:rpath={dir}");
    }
    match env::var_os(INCLUDE_DIR) {
        Some(include) => env::split_paths(&include).collect(),
        None => vec![lib_dir.join("..").join("include")],
    }
}
