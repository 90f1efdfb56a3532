; llvm.memcpy, llvm.memmove and llvm.memset become calls to the runtime's
; __memscope_memcpy/memmove/memset (ptr, ptr|i32, i64) -> ptr, which check
; both ranges and then do the operation.
;
; RUN: %opt_memscope -passes=memscope-memory-access -S %s | FileCheck %s
; RUN: %opt_memscope -passes=memscope-memory-access -memscope-instrument-memintrinsics=0 -S %s \
; RUN:   | FileCheck %s --check-prefix=KEEP

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

define void @copy(ptr %d, ptr %s, i64 %n) {
  call void @llvm.memcpy.p0.p0.i64(ptr %d, ptr %s, i64 %n, i1 false)
  ret void
}
; CHECK-LABEL: define void @copy(
; CHECK-NEXT:    call ptr @__memscope_memcpy(ptr %d, ptr %s, i64 %n)
; CHECK-NEXT:    ret void
; KEEP-LABEL: define void @copy(
; KEEP-NEXT:    call void @llvm.memcpy.p0.p0.i64(ptr %d, ptr %s, i64 %n, i1 false)

define void @move(ptr %d, ptr %s) {
  call void @llvm.memmove.p0.p0.i64(ptr %d, ptr %s, i64 24, i1 false)
  ret void
}
; CHECK-LABEL: define void @move(
; CHECK-NEXT:    call ptr @__memscope_memmove(ptr %d, ptr %s, i64 24)
; CHECK-NEXT:    ret void

; The fill byte widens to the int of C's memset, the length to 64 bits.
define void @fill(ptr %d, i8 %c, i32 %n) {
  call void @llvm.memset.p0.i32(ptr %d, i8 %c, i32 %n, i1 false)
  ret void
}
; CHECK-LABEL: define void @fill(
; CHECK-NEXT:    [[SIZE:%.*]] = zext i32 %n to i64
; CHECK-NEXT:    [[BYTE:%.*]] = zext i8 %c to i32
; CHECK-NEXT:    call ptr @__memscope_memset(ptr %d, i32 [[BYTE]], i64 [[SIZE]])
; CHECK-NEXT:    ret void
; KEEP-LABEL: define void @fill(
; KEEP-NEXT:    call void @llvm.memset.p0.i32(ptr %d, i8 %c, i32 %n, i1 false)

define void @copy_inline_volatile(ptr %d, ptr %s) {
  call void @llvm.memcpy.inline.p0.p0.i64(ptr %d, ptr %s, i64 8, i1 true)
  ret void
}
; CHECK-LABEL: define void @copy_inline_volatile(
; CHECK-NEXT:    call ptr @__memscope_memcpy(ptr %d, ptr %s, i64 8)

; One range on the stack is not enough to skip the check: the other may be
; heap memory.
define void @from_stack(ptr %d) {
  %buf = alloca [16 x i8], align 16
  call void @llvm.memcpy.p0.p0.i64(ptr %d, ptr %buf, i64 16, i1 false)
  ret void
}
; CHECK-LABEL: define void @from_stack(
; CHECK:         call ptr @__memscope_memcpy(ptr %d, ptr %buf, i64 16)

; The runtime's replacements take flat pointers.
define void @other_address_space(ptr addrspace(1) %d, ptr %s) {
  call void @llvm.memcpy.p1.p0.i64(ptr addrspace(1) %d, ptr %s, i64 8, i1 false)
  ret void
}
; CHECK-LABEL: define void @other_address_space(
; CHECK-NEXT:    call void @llvm.memcpy.p1.p0.i64(

; CHECK-DAG: declare ptr @__memscope_memcpy(ptr, ptr, i64)
; CHECK-DAG: declare ptr @__memscope_memmove(ptr, ptr, i64)
; CHECK-DAG: declare ptr @__memscope_memset(ptr, i32, i64)
; KEEP-NOT: __memscope_mem
