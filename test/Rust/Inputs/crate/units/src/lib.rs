//! Used by the program, by its build script and by its procedural macro:
//! cargo builds it twice (for the target, instrumented, and for the build,
//! plain), as `memscope cargo` builds for an explicit target.

/// The ledger's scale: 15.
pub fn scale() -> u64 {
    let factors = vec![3u64, 5];
    factors.iter().product()
}
