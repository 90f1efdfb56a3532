// ===- test/Rust/clean-panics.rs - panics, unwinding and threads, clean ----===//
//
// Correct Rust that unwinds through frames with redzoned locals (panics
// caught by catch_unwind, over and over), shares data between threads with
// Arc<Mutex<_>> and channels, and builds strings: no report, at opt-level
// 0 and 3; then a use after free after all that is still found.
//
// See also: runtime/memscope_stack_frames.cpp (_Unwind_RaiseException).
// ===----------------------------------------------------------------------===

// REQUIRES: rustc
// RUN: memscope-rustc -C opt-level=0 %s -o %t
// RUN: %t 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: not %t uaf 2>&1 | FileCheck %s --check-prefix=UAF
// RUN: memscope-rustc -C opt-level=3 %s -o %t
// RUN: %t 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: not %t uaf 2>&1 | FileCheck %s --check-prefix=UAF

use std::hint::black_box;
use std::panic;
use std::sync::{mpsc, Arc, Mutex};
use std::thread;

#[inline(never)]
fn work(n: usize) -> u64 {
    let mut buf = [0u64; 32];
    for (i, slot) in buf.iter_mut().enumerate() {
        *slot = (i * n) as u64;
    }
    let v: Vec<u64> = black_box(&buf).iter().map(|x| x * 2).collect();
    if n % 3 == 0 {
        panic!("boom {}", n);
    }
    v.iter().sum()
}

fn main() {
    panic::set_hook(Box::new(|_| {}));
    let mut total = 0u64;
    for n in 0..2000 {
        total += panic::catch_unwind(|| work(n)).unwrap_or(1);
    }
    let data = Arc::new(Mutex::new(Vec::new()));
    let (tx, rx) = mpsc::channel();
    let workers: Vec<_> = (0..4)
        .map(|t| {
            let data = data.clone();
            let tx = tx.clone();
            thread::spawn(move || {
                for i in 0..500 {
                    data.lock().unwrap().push(format!("{}-{}", t, i));
                }
                tx.send(t).unwrap();
            })
        })
        .collect();
    for w in workers {
        w.join().unwrap();
    }
    drop(tx);
    let done = rx.iter().count();
    eprintln!("clean {} {} {}", total > 0, done, data.lock().unwrap().len());
    if std::env::args().nth(1).as_deref() == Some("uaf") {
        let p = Box::into_raw(Box::new(7u32));
        unsafe { drop(Box::from_raw(p)) };
        eprintln!("{}", unsafe { black_box(p).read() }); // UAF
    }
}

// CLEAN: clean true 4 2000
// CLEAN-NOT: ERROR
// UAF: ERROR: memscope: heap-use-after-free
// UAF: in clean_panics::main {{.*}}clean-panics.rs:[[#@LINE-8]]
