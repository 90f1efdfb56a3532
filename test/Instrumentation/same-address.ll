; An address is checked once per basic block while no call intervenes:
; nothing can free or poison memory in between, so the load and store of a
; read-modify-write need one check. A wider later access, a call, another
; block or an atomic access gets its own check.
;
; RUN: %opt_memscope -passes=memscope-memory-access -S %s | FileCheck %s
; RUN: %opt_memscope -passes=memscope-memory-access -memscope-opt-same-address=0 -S %s \
; RUN:   | FileCheck %s --check-prefix=EVERY

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare void @opaque()

define void @increment(ptr %p) {
  %v = load i32, ptr %p, align 4
  %w = add i32 %v, 1
  store i32 %w, ptr %p, align 4
  ret void
}
; CHECK-LABEL: define void @increment(
; CHECK:         call preserve_allcc void @__memscope_report_load4(
; CHECK-NOT:     @__memscope_report
; CHECK:         ret void
; EVERY-LABEL: define void @increment(
; EVERY:         @__memscope_report_load4(
; EVERY:         @__memscope_report_store4(

define void @wider_later(ptr %p) {
  %v = load i8, ptr %p, align 8
  %w = load i64, ptr %p, align 8
  %x = load i32, ptr %p, align 8
  ret void
}
; CHECK-LABEL: define void @wider_later(
; CHECK:         @__memscope_report_load1(
; CHECK:         @__memscope_report_load8(
; CHECK-NOT:     @__memscope_report_load4(
; CHECK:         ret void

define void @call_between(ptr %p) {
  %v = load i32, ptr %p, align 4
  call void @opaque()
  store i32 %v, ptr %p, align 4
  ret void
}
; CHECK-LABEL: define void @call_between(
; CHECK:         @__memscope_report_load4(
; CHECK:         call void @opaque()
; CHECK:         @__memscope_report_store4(

define void @atomic(ptr %p) {
  %v = load atomic i32, ptr %p seq_cst, align 4
  store atomic i32 %v, ptr %p seq_cst, align 4
  ret void
}
; CHECK-LABEL: define void @atomic(
; CHECK:         @__memscope_report_load4(
; CHECK:         @__memscope_report_store4(
