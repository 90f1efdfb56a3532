; Running the passes twice changes nothing the second time: the access pass
; skips a module carrying the memscope.instrumented flag (its own shadow
; loads are !nosanitize as well), and the constructor is found by name.
;
; RUN: %opt_memscope -passes='memscope,memscope' -S %s | FileCheck %s
; RUN: %opt_memscope -passes=memscope -S %s | %opt_memscope -passes=memscope -S \
; RUN:   | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

define i32 @get(ptr %p) {
  %v = load i32, ptr %p, align 4
  ret i32 %v
}

; CHECK: @llvm.global_ctors = appending global [1 x { i32, ptr, ptr }]
; CHECK-LABEL: define i32 @get(
; CHECK-COUNT-1: lshr i64
; CHECK-NOT:     lshr i64
; CHECK:         call preserve_allcc void @__memscope_report_load4(
; CHECK-NOT:     call preserve_allcc void @__memscope_report_load4(
; CHECK:         %v = load i32, ptr %p, align 4
; CHECK-NEXT:    ret i32 %v
; CHECK-LABEL: define internal void @memscope.module_ctor_v1()
; CHECK-NOT:   define {{.*}}module_ctor
; CHECK: !{i32 7, !"memscope.instrumented", i32 1}
