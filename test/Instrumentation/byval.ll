; A struct passed by value is copied whole by the call, from where its
; operand points: the call is a read of the struct's size, checked before
; it (as ASan does). A copy from inside a local of a frame the stack pass
; has not laid out (here) or at a constant offset inside a global is left
; alone, as a load there would be.
;
; RUN: %opt_memscope -passes=memscope-memory-access -S %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.big = type { [6 x i64] }
%struct.odd = type { [5 x i8] }

@table = global [4 x %struct.big] zeroinitializer

declare void @take(ptr byval(%struct.big) align 8)
declare void @take_odd(ptr byval(%struct.odd) align 1)

define void @from_pointer(ptr %p, ptr %q) {
  call void @take(ptr byval(%struct.big) align 8 %p)
  call void @take_odd(ptr byval(%struct.odd) align 1 %q)
  ret void
}
; CHECK-LABEL: define void @from_pointer(
; CHECK:         [[P:%.*]] = ptrtoint ptr %p to i64
; CHECK:         call void @__memscope_loadN(i64 [[P]], i64 48)
; CHECK-NEXT:    call void @take(ptr byval(%struct.big) align 8 %p)
; Five bytes: the first and the last checked inline.
; CHECK:         call {{.*}}@__memscope_report_load_n(
; CHECK:         call {{.*}}@__memscope_report_load_n(
; CHECK:         call void @take_odd(

define void @from_global(i64 %i) {
  %elt = getelementptr inbounds [4 x %struct.big], ptr @table, i64 0, i64 %i
  call void @take(ptr byval(%struct.big) align 8 %elt)
  call void @take(ptr byval(%struct.big) align 8 getelementptr inbounds ([4 x %struct.big], ptr @table, i64 0, i64 3))
  ret void
}
; CHECK-LABEL: define void @from_global(
; CHECK:         call void @__memscope_loadN(
; CHECK-NEXT:    call void @take(ptr byval(%struct.big) align 8 %elt)
; CHECK-NOT:     __memscope
; CHECK:         call void @take(ptr byval(%struct.big) align 8 getelementptr

define void @from_local() {
  %s = alloca %struct.big, align 8
  call void @take(ptr byval(%struct.big) align 8 %s)
  ret void
}
; CHECK-LABEL: define void @from_local(
; CHECK-NOT:     __memscope
; CHECK:         ret void
