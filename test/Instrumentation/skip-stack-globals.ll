; Locals outside a redzoned frame (the stack pass has not run here) are
; never poisoned, nor are thread-local globals: accesses whose underlying
; object is such an alloca or global are left unchecked by default. A global
; the globals pass did not pad (comdat, a section of its own; here, one it
; has not seen) may lie beside another's redzone: an access at a constant
; offset inside it is left unchecked, one at a variable index is checked,
; and so is any access to a weak or common global (the linker may choose
; another module's, of another size). Pointers loaded from memory, merged by
; a phi or returned by a call stay checked.
;
; RUN: %opt_memscope -passes=memscope-memory-access -S %s | FileCheck %s
; RUN: %opt_memscope -passes=memscope-memory-access -memscope-skip-stack-globals=0 -S %s \
; RUN:   | FileCheck %s --check-prefix=ALL

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@g = global [4 x i32] zeroinitializer
@tls = thread_local global [4 x i64] zeroinitializer
@inl = linkonce_odr global [4 x i32] zeroinitializer, comdat
@weak = weak global [4 x i32] zeroinitializer
$inl = comdat any

define i32 @locals(i64 %i) {
  %slot = alloca i32, align 4
  %arr = alloca [8 x i32], align 16
  store i32 1, ptr %slot, align 4
  %elt = getelementptr inbounds [8 x i32], ptr %arr, i64 0, i64 %i
  store i32 2, ptr %elt, align 4
  %v = load i32, ptr %slot, align 4
  ret i32 %v
}
; CHECK-LABEL: define i32 @locals(
; CHECK-NOT:     __memscope
; CHECK:         ret i32 %v
; ALL-LABEL: define i32 @locals(
; ALL:         call preserve_allcc void @__memscope_report_store4(
; ALL:         store i32 1, ptr %slot, align 4
; ALL:         call preserve_allcc void @__memscope_report_store4(
; ALL:         store i32 2, ptr %elt, align 4
; The store to %slot checked it already (same-address.ll).
; ALL-NOT:     @__memscope_report_load4(
; ALL:         %v = load i32, ptr %slot, align 4

define i32 @globals(i64 %i) {
  %elt = getelementptr inbounds [4 x i32], ptr @g, i64 0, i64 %i
  %v = load i32, ptr %elt, align 4
  %tls.elt = getelementptr inbounds [4 x i64], ptr @tls, i64 0, i64 %i
  %t = load i64, ptr %tls.elt, align 8
  %c = load i32, ptr getelementptr inbounds ([4 x i32], ptr @g, i64 0, i64 2), align 4
  %inl.elt = getelementptr inbounds [4 x i32], ptr @inl, i64 0, i64 %i
  %ci = load i32, ptr getelementptr inbounds ([4 x i32], ptr @inl, i64 0, i64 3), align 4
  %past = load i32, ptr getelementptr ([4 x i32], ptr @inl, i64 0, i64 4), align 4
  %vi = load i32, ptr %inl.elt, align 4
  %w = load i32, ptr @weak, align 4
  ret i32 %v
}
; CHECK-LABEL: define i32 @globals(
; CHECK:         call preserve_allcc void @__memscope_report_load4(
; CHECK:         %v = load i32, ptr %elt, align 4
; CHECK-NOT:     __memscope_report
; CHECK:         %t = load i64, ptr %tls.elt, align 8
; CHECK-NOT:     __memscope_report
; CHECK:         %ci = load i32, ptr getelementptr
; CHECK:         call preserve_allcc void @__memscope_report_load4(
; CHECK:         %past = load i32, ptr getelementptr
; CHECK:         call preserve_allcc void @__memscope_report_load4(
; CHECK:         %vi = load i32, ptr %inl.elt, align 4
; CHECK:         call preserve_allcc void @__memscope_report_load4(
; CHECK:         %w = load i32, ptr @weak, align 4
; CHECK-NOT:     __memscope
; CHECK:         ret i32 %v
; ALL-LABEL: define i32 @globals(
; ALL:         call preserve_allcc void @__memscope_report_load4(
; ALL:         %v = load i32, ptr %elt, align 4
; ALL:         call preserve_allcc void @__memscope_report_load8(
; ALL:         %t = load i64, ptr %tls.elt, align 8
; ALL:         call preserve_allcc void @__memscope_report_load4(
; ALL:         %c = load i32, ptr getelementptr

; The slot is on the stack, the int it points to may be on the heap.
define i32 @through_local_pointer(ptr %p) {
  %slot = alloca ptr, align 8
  store ptr %p, ptr %slot, align 8
  %q = load ptr, ptr %slot, align 8
  %v = load i32, ptr %q, align 4
  ret i32 %v
}
; CHECK-LABEL: define i32 @through_local_pointer(
; CHECK-NEXT:    %slot = alloca ptr, align 8
; CHECK-NEXT:    store ptr %p, ptr %slot, align 8
; CHECK-NEXT:    %q = load ptr, ptr %slot, align 8
; CHECK-NEXT:    ptrtoint ptr %q to i64
; CHECK:         call preserve_allcc void @__memscope_report_load4(
; CHECK:         %v = load i32, ptr %q, align 4

; A phi of a stack and a heap pointer has no single underlying object.
define i32 @merged(i1 %c, ptr %heap) {
entry:
  %local = alloca i32, align 4
  br i1 %c, label %use, label %other
other:
  br label %use
use:
  %p = phi ptr [ %local, %entry ], [ %heap, %other ]
  %v = load i32, ptr %p, align 4
  ret i32 %v
}
; CHECK-LABEL: define i32 @merged(
; CHECK:         call preserve_allcc void @__memscope_report_load4(
; CHECK:         %v = load i32, ptr %p, align 4

; Both ranges on the stack or in globals: the intrinsic stays, and with it
; its inline expansion.
define void @memcpy_local(i64 %n) {
  %buf = alloca [16 x i8], align 16
  call void @llvm.memcpy.p0.p0.i64(ptr %buf, ptr @g, i64 16, i1 false)
  call void @llvm.memset.p0.i64(ptr %buf, i8 0, i64 16, i1 false)
  ret void
}
; CHECK-LABEL: define void @memcpy_local(
; CHECK-NEXT:    %buf = alloca [16 x i8], align 16
; CHECK-NEXT:    call void @llvm.memcpy.p0.p0.i64(ptr %buf, ptr @g, i64 16, i1 false)
; CHECK-NEXT:    call void @llvm.memset.p0.i64(ptr %buf, i8 0, i64 16, i1 false)
; ALL-LABEL: define void @memcpy_local(
; ALL:         call ptr @__memscope_memcpy(ptr %buf, ptr @g, i64 16)
; ALL-NEXT:    call ptr @__memscope_memset(ptr %buf, i32 0, i64 16)
