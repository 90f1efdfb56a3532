// ===- test/Rust/stack-errors.rs - stack errors in unsafe Rust ------------===//
//
// memscope-rustc gives rustc its AddressSanitizer front end (instrumentation
// off): rustc then emits lifetime markers at opt-level 0 too, so a pointer
// to a local used after its block ended is a stack-use-after-scope at both
// opt levels, as under -Zsanitizer=address; reading past a local array
// through a raw pointer is a stack-buffer-overflow; code written for ASan
// sees cfg(sanitize = "address").
//
// See also: utils/memscope-rustc.in, pass/Attributes.cpp, docs/Rust.md.
// ===----------------------------------------------------------------------===

// REQUIRES: rustc
// RUN: memscope-rustc -g -C opt-level=0 %s -o %t
// RUN: not %t scope 2>&1 | FileCheck %s --check-prefix=SCOPE
// RUN: not %t overflow 2>&1 | FileCheck %s --check-prefix=OVERFLOW
// RUN: %t clean 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: memscope-rustc -g -C opt-level=3 %s -o %t
// RUN: not %t scope 2>&1 | FileCheck %s --check-prefix=SCOPE
// RUN: not %t overflow 2>&1 | FileCheck %s --check-prefix=OVERFLOW
// RUN: %t clean 2>&1 | FileCheck %s --check-prefix=CLEAN

// cfg(sanitize) is unstable: memscope-rustc runs rustc with
// RUSTC_BOOTSTRAP=1, as it needs -Z flags.
#![feature(cfg_sanitize)]

use std::hint::black_box;

#[inline(never)]
fn use_after_scope() -> u64 {
    let p: *const u64;
    {
        let x = black_box(5u64);
        p = &x;
    }
    unsafe { std::ptr::read_volatile(black_box(p)) } // USE
}
// SCOPE: ERROR: memscope: stack-use-after-scope on address
// SCOPE: READ of size 8
// SCOPE: in stack_errors::use_after_scope {{.*}}stack-errors.rs:[[@LINE-4]]
// SCOPE: SUMMARY: memscope: stack-use-after-scope {{.*}}stack-errors.rs:[[@LINE-5]]

#[inline(never)]
fn overflow(index: usize) -> u32 {
    let table = black_box([1u32, 2, 3, 4]);
    let p = table.as_ptr();
    unsafe { std::ptr::read_volatile(p.add(index)) } // PAST
}
// OVERFLOW: ERROR: memscope: stack-buffer-overflow on address
// OVERFLOW: READ of size 4
// OVERFLOW: in stack_errors::overflow {{.*}}stack-errors.rs:[[@LINE-4]]
// OVERFLOW: 'table'

fn main() {
    let what = std::env::args().nth(1).unwrap_or_default();
    let n = match what.as_str() {
        "scope" => use_after_scope(),
        "overflow" => overflow(4) as u64,
        _ => overflow(3) as u64 + u64::from(cfg!(sanitize = "address")),
    };
    eprintln!("done {n}");
}
// CLEAN-NOT: ERROR
// CLEAN: done 5
