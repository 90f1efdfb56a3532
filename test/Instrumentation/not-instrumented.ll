; What the pass never touches, whatever the options: functions that opt out
; or belong to the runtime, bodies that are never emitted, accesses outside
; address space 0, swifterror slots, accesses marked !nosanitize, and the
; disabled lanes of masked accesses.
;
; RUN: %opt_memscope -passes=memscope-memory-access -memscope-skip-stack-globals=0 -S %s \
; RUN:   | FileCheck %s --implicit-check-not=__memscope_

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

define i32 @opted_out(ptr %p) disable_sanitizer_instrumentation {
  %v = load i32, ptr %p, align 4
  ret i32 %v
}
; CHECK-LABEL: define i32 @opted_out(
; CHECK-NEXT:    %v = load i32, ptr %p, align 4

define i32 @__memscope_helper(ptr %p) {
  %v = load i32, ptr %p, align 4
  ret i32 %v
}
; CHECK-LABEL: define i32 @__memscope_helper(
; CHECK-NEXT:    %v = load i32, ptr %p, align 4

define available_externally i32 @elsewhere(ptr %p) {
  %v = load i32, ptr %p, align 4
  ret i32 %v
}
; CHECK-LABEL: define available_externally i32 @elsewhere(
; CHECK-NEXT:    %v = load i32, ptr %p, align 4

define i32 @segment_relative(ptr addrspace(256) %p) {
  %v = load i32, ptr addrspace(256) %p, align 4
  ret i32 %v
}
; CHECK-LABEL: define i32 @segment_relative(
; CHECK-NEXT:    %v = load i32, ptr addrspace(256) %p, align 4

define swiftcc void @swift_error(ptr swifterror %err) {
  %e = load ptr, ptr %err, align 8
  store ptr null, ptr %err, align 8
  ret void
}
; CHECK-LABEL: define swiftcc void @swift_error(
; CHECK-NEXT:    %e = load ptr, ptr %err, align 8
; CHECK-NEXT:    store ptr null, ptr %err, align 8

define void @swift_error_slot() {
  %slot = alloca swifterror ptr, align 8
  store ptr null, ptr %slot, align 8
  call swiftcc void @swift_error(ptr swifterror %slot)
  ret void
}
; CHECK-LABEL: define void @swift_error_slot(
; CHECK-NEXT:    %slot = alloca swifterror ptr, align 8
; CHECK-NEXT:    store ptr null, ptr %slot, align 8

define i32 @nosanitize(ptr %p) {
  %v = load i32, ptr %p, align 4, !nosanitize !0
  ret i32 %v
}
; CHECK-LABEL: define i32 @nosanitize(
; CHECK-NEXT:    %v = load i32, ptr %p, align 4, !nosanitize

; A masked access whose constant mask enables no lane checks nothing
; (masked.ll has the others); vector-predicated loads are not checked.
define <4 x i32> @masked_none(ptr %p) {
  %v = call <4 x i32> @llvm.masked.load.v4i32.p0(ptr align 4 %p, <4 x i1> zeroinitializer, <4 x i32> poison)
  ret <4 x i32> %v
}
; CHECK-LABEL: define <4 x i32> @masked_none(
; CHECK-NEXT:    %v = call <4 x i32> @llvm.masked.load.v4i32.p0(

define <4 x i32> @vp(ptr %p, <4 x i1> %mask, i32 %evl) {
  %v = call <4 x i32> @llvm.vp.load.v4i32.p0(ptr align 4 %p, <4 x i1> %mask, i32 %evl)
  ret <4 x i32> %v
}
; CHECK-LABEL: define <4 x i32> @vp(
; CHECK-NEXT:    %v = call <4 x i32> @llvm.vp.load.v4i32.p0(

!0 = !{}
