; clang -O0 marks every function optnone. The passes are required, and the
; plugin adds them at the OptimizerLast extension point, which the O0
; pipeline runs too: an optnone function is instrumented at any level.
;
; RUN: %opt_memscope -passes='default<O0>' -S %s | FileCheck %s
; RUN: %opt_memscope -passes='default<O2>' -S %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

define i32 @get(ptr %p) #0 {
  %v = load i32, ptr %p, align 4
  ret i32 %v
}
; CHECK-LABEL: define i32 @get(
; CHECK:         lshr i64 {{%.*}}, 3
; CHECK:         call preserve_allcc void @__memscope_report_load4(
; CHECK:         %v = load i32, ptr %p, align 4
; CHECK-LABEL: define internal void @memscope.module_ctor_v1()

attributes #0 = { noinline optnone }
