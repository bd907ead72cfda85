//! `pascal::row(n)` timed, for `scripts/bench --rust` (bench/rust_bundled.py),
//! which builds it twice, with the bundled library and with the CMake-built
//! one (the feature `system`), and runs the two side by side.
//!
//!   cargo bench --bench row -- N [BUDGET_MS]   calls for BUDGET_MS (default
//!                                              200), prints ns per call
//!   cargo bench --bench row -- --once N        one call, for callgrind
//!
//! Either way it prints which library it runs: the loaded libpascal.so (from
//! /proc/self/maps), or "linked in" for the bundled build.
use std::hint::black_box;
use std::time::{Duration, Instant};

fn main() {
    // `cargo bench` adds --bench; a harness = false benchmark ignores it.
    let arguments: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let once = arguments.first().map(String::as_str) == Some("--once");
    let numbers = &arguments[usize::from(once)..];
    let n: usize = numbers
        .first()
        .and_then(|n| n.parse().ok())
        .expect("usage: row [--once] N [BUDGET_MS]");
    let budget = Duration::from_millis(
        numbers
            .get(1)
            .map_or(200, |ms| ms.parse().expect("BUDGET_MS")),
    );

    let maps = std::fs::read_to_string("/proc/self/maps").unwrap_or_default();
    let library = maps
        .lines()
        .filter_map(|line| line.split_whitespace().nth(5))
        .find(|path| path.contains("libpascal.so"))
        .unwrap_or("linked in")
        .to_string();

    if once {
        let row = pascal::row(n).expect("pascal::row");
        black_box(&row);
        println!(
            "pascal::row({n}) once, libpascal {} ({library})",
            pascal::version()
        );
        return;
    }
    black_box(pascal::row(n).expect("pascal::row")); // the first call selects the kernel
    let start = Instant::now();
    let mut calls = 0u64;
    while start.elapsed() < budget {
        black_box(pascal::row(black_box(n)).expect("pascal::row"));
        calls += 1;
    }
    let per_call = start.elapsed().as_nanos() as f64 / calls as f64;
    println!("{per_call:.0}\t{library}");
}
