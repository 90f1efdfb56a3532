; atomicrmw and cmpxchg are checked as writes of their value type's size;
; atomic loads and stores are plain loads and stores.
;
; RUN: %opt_memscope -passes=memscope-memory-access -S %s | FileCheck %s
; RUN: %opt_memscope -passes=memscope-memory-access -memscope-instrument-atomics=0 -S %s \
; RUN:   | FileCheck %s --check-prefix=NOATOMICS

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

define i32 @rmw_add(ptr %p) {
  %old = atomicrmw add ptr %p, i32 1 seq_cst, align 4
  ret i32 %old
}
; CHECK-LABEL: define i32 @rmw_add(
; CHECK-NEXT:    [[ADDR:%.*]] = ptrtoint ptr %p to i64
; CHECK-NEXT:    [[SHR:%.*]] = lshr i64 [[ADDR]], 3
; CHECK-NEXT:    add i64 [[SHR]], 2147450880
; CHECK:         [[OFF:%.*]] = and i64 [[ADDR]], 7
; CHECK-NEXT:    add i64 [[OFF]], 3
; CHECK:         call preserve_allcc void @__memscope_report_store4(i64 [[ADDR]])
; CHECK:         %old = atomicrmw add ptr %p, i32 1 seq_cst, align 4
; NOATOMICS-LABEL: define i32 @rmw_add(
; NOATOMICS-NEXT:    %old = atomicrmw add ptr %p, i32 1 seq_cst, align 4

define i16 @rmw_xchg(ptr %p) {
  %old = atomicrmw xchg ptr %p, i16 7 monotonic, align 2
  ret i16 %old
}
; CHECK-LABEL: define i16 @rmw_xchg(
; CHECK:         call preserve_allcc void @__memscope_report_store2(
; CHECK:         %old = atomicrmw xchg ptr %p, i16 7 monotonic, align 2

define { i64, i1 } @cas(ptr %p, i64 %expected) {
  %pair = cmpxchg ptr %p, i64 %expected, i64 1 acq_rel monotonic, align 8
  ret { i64, i1 } %pair
}
; CHECK-LABEL: define { i64, i1 } @cas(
; CHECK-NEXT:    [[ADDR:%.*]] = ptrtoint ptr %p to i64
; CHECK-NEXT:    [[SHR:%.*]] = lshr i64 [[ADDR]], 3
; CHECK-NEXT:    [[SADDR:%.*]] = add i64 [[SHR]], 2147450880
; CHECK-NEXT:    [[SPTR:%.*]] = inttoptr i64 [[SADDR]] to ptr
; CHECK-NEXT:    [[K:%.*]] = load i8, ptr [[SPTR]], align 1, !nosanitize
; CHECK-NEXT:    icmp ne i8 [[K]], 0
; CHECK:         call preserve_allcc void @__memscope_report_store8(i64 [[ADDR]])
; CHECK:         %pair = cmpxchg ptr %p, i64 %expected, i64 1 acq_rel monotonic, align 8
; NOATOMICS-LABEL: define { i64, i1 } @cas(
; NOATOMICS-NEXT:    %pair = cmpxchg ptr %p, i64 %expected, i64 1 acq_rel monotonic, align 8

define i32 @atomic_load(ptr %p) {
  %v = load atomic i32, ptr %p acquire, align 4
  ret i32 %v
}
; CHECK-LABEL: define i32 @atomic_load(
; CHECK:         call preserve_allcc void @__memscope_report_load4(
; CHECK:         %v = load atomic i32, ptr %p acquire, align 4
; NOATOMICS-LABEL: define i32 @atomic_load(
; NOATOMICS:         call preserve_allcc void @__memscope_report_load4(

define void @atomic_store(ptr %p) {
  store atomic i64 0, ptr %p release, align 8
  ret void
}
; CHECK-LABEL: define void @atomic_store(
; CHECK:         call preserve_allcc void @__memscope_report_store8(
; CHECK:         store atomic i64 0, ptr %p release, align 8
