//! A crate with no knowledge of memscope: `memscope cargo` builds it
//! instrumented as it is (test/Rust/cargo.test).

/// Sums the entries, then frees them.
///
/// ```
/// assert_eq!(ledger::total(vec![1, 2]), 3);
/// ```
pub fn total(entries: Vec<u64>) -> u64 {
    entries.iter().sum()
}

/// Reads the entry after freeing the buffer that held it.
pub fn stale_read() -> u64 {
    let entries = vec![10u64, 20, 30];
    let first = entries.as_ptr();
    drop(entries);
    unsafe { std::hint::black_box(first).read() } // STALE
}

/// Loses a buffer.
pub fn lose() {
    std::mem::forget(vec![1u8; 100]); // LOST
}

#[cfg(test)]
mod tests {
    #[test]
    fn totals() {
        assert_eq!(super::total(vec![1, 2, 3]), 6);
    }
}
