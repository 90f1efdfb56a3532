; A stack slot that can hold a pointer is cleared where it dies: before its
; llvm.lifetime.end, or before every return when it has none, ahead of a tail
; call so the call stays one (unless it copies a struct by value). Slots that cannot hold a pointer, large byte
; buffers, dynamic allocas and slots over the size limit are left alone.
;
; RUN: %opt_memscope -passes=memscope-stack-scrub -S %s | FileCheck %s
; RUN: %opt_memscope -passes=memscope-stack-scrub -memscope-stack-scrub=0 -S %s \
; RUN:   | FileCheck %s --check-prefix=OFF
; RUN: %opt_memscope -passes=memscope-stack-scrub -memscope-stack-scrub-max-size=8 -S %s \
; RUN:   | FileCheck %s --check-prefix=SMALL
; A second run adds nothing.
; RUN: %opt_memscope -passes=memscope-stack-scrub,memscope-stack-scrub -S %s \
; RUN:   | FileCheck %s --check-prefix=TWICE

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare void @use(ptr)
declare ptr @make()

define void @scoped() {
  %p = alloca ptr, align 8
  call void @llvm.lifetime.start.p0(ptr %p)
  call void @use(ptr %p)
  call void @llvm.lifetime.end.p0(ptr %p)
  call void @use(ptr null)
  ret void
}
; CHECK-LABEL: define void @scoped(
; CHECK:         call void @use(ptr %p)
; CHECK-NEXT:    store volatile i64 0, ptr %p, align 8
; CHECK-NEXT:    call void @llvm.lifetime.end.p0(ptr %p)
; CHECK-NEXT:    call void @use(ptr null)
; CHECK-NEXT:    ret void
; OFF-LABEL: define void @scoped(
; OFF-NOT:     store volatile
; OFF:         ret void
; TWICE-LABEL: define void @scoped(
; TWICE:         store volatile i64 0, ptr %p
; TWICE-NOT:     store volatile
; TWICE:         ret void

; No markers (clang at -O0 without the drivers): cleared at each return,
; word by word, the record's tail padding included.
%rec = type { ptr, i64, i32 }
define i32 @unmarked(i1 %c) {
  %r = alloca %rec, align 8
  %n = alloca i32, align 4
  call void @use(ptr %r)
  call void @use(ptr %n)
  br i1 %c, label %a, label %b
a:
  ret i32 1
b:
  ret i32 2
}
; CHECK-LABEL: define i32 @unmarked(
; CHECK:       a:
; CHECK-NEXT:    store volatile i64 0, ptr %r, align 8
; CHECK-NEXT:    [[W1:%.*]] = getelementptr inbounds i8, ptr %r, i64 8
; CHECK-NEXT:    store volatile i64 0, ptr [[W1]], align 8
; CHECK-NEXT:    [[W2:%.*]] = getelementptr inbounds i8, ptr %r, i64 16
; CHECK-NEXT:    store volatile i64 0, ptr [[W2]], align 8
; CHECK-NEXT:    ret i32 1
; CHECK:       b:
; CHECK-NEXT:    store volatile i64 0, ptr %r, align 8
; CHECK:         ret i32 2
; An i32 cannot hold a pointer.
; CHECK-NOT:     store volatile i32 0, ptr %n

; A tail call keeps its place right before the return.
define ptr @tail() {
  %p = alloca ptr, align 8
  call void @use(ptr %p)
  %r = tail call ptr @make()
  ret ptr %r
}
; CHECK-LABEL: define ptr @tail(
; CHECK:         call void @use(ptr %p)
; CHECK-NEXT:    store volatile i64 0, ptr %p, align 8
; CHECK-NEXT:    %r = tail call ptr @make()
; CHECK-NEXT:    ret ptr %r

; A tail call copying a struct by value (perhaps from a slot cleared here)
; lets the frame go after it.
%struct.pair = type { ptr, [3 x i64] }
declare ptr @take_pair(ptr byval(%struct.pair) align 8)
define ptr @tail_byval(ptr %q) {
  %s = alloca %struct.pair, align 8
  store ptr %q, ptr %s, align 8
  %r = tail call ptr @take_pair(ptr byval(%struct.pair) align 8 %s)
  ret ptr %r
}
; CHECK-LABEL: define ptr @tail_byval(
; CHECK:         %r = tail call ptr @take_pair(ptr byval(%struct.pair) align 8 %s)
; CHECK-NEXT:    store volatile i64 0, ptr %s, align 8
; CHECK:         ret ptr %r

; Small byte arrays (a union's storage) count, text buffers do not; a large
; array of pointers is cleared with one volatile memset, unless over the limit.
define void @buffers(i64 %n) {
  %u = alloca [16 x i8], align 8
  %text = alloca [256 x i8], align 16
  %ptrs = alloca [32 x ptr], align 16
  %dyn = alloca ptr, i64 %n, align 8
  call void @use(ptr %u)
  call void @use(ptr %text)
  call void @use(ptr %ptrs)
  call void @use(ptr %dyn)
  ret void
}
; CHECK-LABEL: define void @buffers(
; CHECK:         call void @use(ptr %dyn)
; CHECK-NEXT:    store volatile i64 0, ptr %u, align 8
; CHECK-NEXT:    [[U1:%.*]] = getelementptr inbounds i8, ptr %u, i64 8
; CHECK-NEXT:    store volatile i64 0, ptr [[U1]], align 8
; CHECK-NEXT:    call void @llvm.memset.p0.i64(ptr align 16 %ptrs, i8 0, i64 256, i1 true)
; CHECK-NEXT:    ret void
; SMALL-LABEL: define void @buffers(
; SMALL-NOT:     store volatile
; SMALL-NOT:     llvm.memset
; SMALL:         ret void
