// ===- test/Rust/unsafe-heap-errors.rs - heap errors in unsafe Rust -------===//
//
// memscope-rustc loads the pass into rustc and links the runtime: a use
// after free through a raw pointer, a write past a Vec's buffer and a
// double free of a Box are reported as in C, at the .rs line of the access,
// with the Rust frames that freed and allocated the block (up to std's
// __rust_begin_short_backtrace, as Rust's backtraces), at opt-level 0
// and 3. A Box of a struct holding a Vec dropped twice is a use after
// free of the struct by its drop glue. argv[1] picks the bug.
//
// See also: utils/memscope-rustc.in, docs/Rust.md.
// ===----------------------------------------------------------------------===

// REQUIRES: rustc
// RUN: memscope-rustc -g -C opt-level=0 %s -o %t
// RUN: not %t uaf 2>&1 | FileCheck %s --check-prefix=UAF
// RUN: not %t overflow 2>&1 | FileCheck %s --check-prefix=OVERFLOW
// RUN: not %t double-free 2>&1 | FileCheck %s --check-prefix=DOUBLE
// RUN: not %t double-drop 2>&1 | FileCheck %s --check-prefix=DROP3
// RUN: %t clean 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: memscope-rustc -g -C opt-level=3 %s -o %t
// RUN: not %t uaf 2>&1 | FileCheck %s --check-prefix=UAF
// RUN: not %t overflow 2>&1 | FileCheck %s --check-prefix=OVERFLOW
// RUN: not %t double-free 2>&1 | FileCheck %s --check-prefix=DOUBLE
// RUN: not %t double-drop 2>&1 | FileCheck %s --check-prefix=DROP3
// RUN: %t clean 2>&1 | FileCheck %s --check-prefix=CLEAN

use std::hint::black_box;

#[inline(never)]
fn use_after_free() -> u64 {
    let p = Box::into_raw(Box::new(41u64)); // ALLOC
    unsafe { drop(Box::from_raw(p)) }; // FREE
    unsafe { black_box(p).read() } // USE
}

#[inline(never)]
fn overflow() {
    let mut v: Vec<u32> = Vec::with_capacity(4);
    v.extend_from_slice(&[1, 2, 3, 4]);
    let p = black_box(v.as_mut_ptr());
    unsafe { p.add(black_box(4)).write(5) }; // WRITE
    black_box(&v);
}

#[inline(never)]
fn double_free() {
    let p = Box::into_raw(Box::new([7u8; 24]));
    unsafe { drop(Box::from_raw(p)) };
    unsafe { drop(Box::from_raw(black_box(p))) }; // SECOND
}

struct Packet {
    seq: u32,
    payload: Vec<u8>,
}

#[inline(never)]
fn release(p: *mut Packet) {
    let packet = unsafe { Box::from_raw(black_box(p)) };
    println!("released packet {}", packet.seq);
}

#[inline(never)]
fn double_drop() {
    let p = Box::into_raw(Box::new(Packet { seq: 7, payload: vec![0u8; 16] }));
    release(p);
    release(p);
}

fn main() {
    let which = std::env::args().nth(1).unwrap_or_default();
    match which.as_str() {
        "uaf" => println!("{}", use_after_free()),
        "overflow" => overflow(),
        "double-free" => double_free(),
        "double-drop" => double_drop(),
        _ => {
            let v: Vec<String> = (0..100).map(|i| i.to_string()).collect();
            eprintln!("clean {}", v.iter().map(|s| s.len()).sum::<usize>());
        }
    }
}

// UAF: ERROR: memscope: heap-use-after-free on address
// UAF: READ of size 8
// UAF: #{{[0-9]+}} {{.*}} in unsafe_heap_errors::use_after_free {{.*}}unsafe-heap-errors.rs:[[#@LINE-53]]
// UAF: freed by thread T0 here:
// UAF: in unsafe_heap_errors::use_after_free {{.*}}unsafe-heap-errors.rs:[[#@LINE-56]]
// UAF: previously allocated by thread T0 here:
// UAF: in unsafe_heap_errors::use_after_free {{.*}}unsafe-heap-errors.rs:[[#@LINE-59]]
// Stacks end where Rust's own backtraces do: std's start-up code past
// __rust_begin_short_backtrace is left out.
// UAF-NEXT: in unsafe_heap_errors::main
// UAF: in std::sys::backtrace::__rust_begin_short_backtrace
// UAF-EMPTY:

// OVERFLOW: ERROR: memscope: heap-buffer-overflow on address
// OVERFLOW: WRITE of size 4
// OVERFLOW: #{{[0-9]+}} {{.*}} in unsafe_heap_errors::overflow {{.*}}unsafe-heap-errors.rs:[[#@LINE-58]]
// OVERFLOW: 0 bytes after 16-byte region

// DOUBLE: ERROR: memscope: attempting double-free
// DOUBLE: in unsafe_heap_errors::double_free {{.*}}unsafe-heap-errors.rs:[[#@LINE-54]]

// The second drop's glue reads the freed Packet first: a use after free,
// at both opt levels. (memscope-rustc has rustc instantiate generics in the
// crate, so at opt-level 0 too the glue is instrumented; ASan, which there
// runs std's precompiled glue unchecked, reports the payload's double free
// that follows.)
// DROP3: ERROR: memscope: heap-use-after-free
// DROP3: in unsafe_heap_errors::release {{.*}}unsafe-heap-errors.rs

// CLEAN: clean 190
// CLEAN-NOT: ERROR
