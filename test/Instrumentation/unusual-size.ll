; Accesses without a one-check fast path (a size other than 1, 2, 4, 8, 16,
; or an alignment that lets the access straddle granules):
;  - up to -memscope-max-inline-unusual-size (32) bytes, the 1-byte inline
;    check on the first and on the last byte, reporting the whole access
;    through __memscope_report_{load,store}_n(addr, size);
;  - larger or scalable ones call __memscope_loadN / __memscope_storeN
;    (addr, size), which check every byte.
;
; RUN: %opt_memscope -passes=memscope-memory-access -S %s | FileCheck %s
; RUN: %opt_memscope -passes=memscope-memory-access -memscope-max-inline-unusual-size=0 -S %s \
; RUN:   | FileCheck %s --check-prefix=CALL

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

define i24 @load3(ptr %p) {
  %v = load i24, ptr %p, align 4
  ret i24 %v
}
; CHECK-LABEL: define i24 @load3(
; CHECK-NEXT:    [[ADDR:%.*]] = ptrtoint ptr %p to i64
; CHECK-NEXT:    [[LAST:%.*]] = add i64 [[ADDR]], 2
; CHECK:         lshr i64 [[ADDR]], 3
; CHECK:         call preserve_allcc void @__memscope_report_load_n(i64 [[ADDR]], i64 3)
; CHECK:         lshr i64 [[LAST]], 3
; CHECK:         call preserve_allcc void @__memscope_report_load_n(i64 [[ADDR]], i64 3)
; CHECK:         %v = load i24, ptr %p, align 4
; CALL-LABEL: define i24 @load3(
; CALL:         call void @__memscope_loadN(i64 {{%.*}}, i64 3)

; What the loop vectorizer emits for an int array: 16 bytes aligned to 4 may
; span three granules; the first and last byte are checked inline.
define <4 x i32> @load16_align4(ptr %p) {
  %v = load <4 x i32>, ptr %p, align 4
  ret <4 x i32> %v
}
; CHECK-LABEL: define <4 x i32> @load16_align4(
; CHECK-NEXT:    [[ADDR:%.*]] = ptrtoint ptr %p to i64
; CHECK-NEXT:    [[LAST:%.*]] = add i64 [[ADDR]], 15
; CHECK-NEXT:    [[SH:%.*]] = lshr i64 [[ADDR]], 3
; CHECK-NEXT:    [[SHADDR:%.*]] = add i64 [[SH]], 2147450880
; CHECK-NEXT:    [[SHPTR:%.*]] = inttoptr i64 [[SHADDR]] to ptr
; CHECK-NEXT:    [[K:%.*]] = load i8, ptr [[SHPTR]], align 1, !nosanitize
; CHECK-NEXT:    [[NZ:%.*]] = icmp ne i8 [[K]], 0
; CHECK-NEXT:    br i1 [[NZ]]
; CHECK:         [[OFF:%.*]] = and i64 [[ADDR]], 7
; CHECK-NEXT:    [[OFF8:%.*]] = trunc i64 [[OFF]] to i8
; CHECK-NEXT:    icmp sge i8 [[OFF8]], [[K]]
; CHECK:         call preserve_allcc void @__memscope_report_load_n(i64 [[ADDR]], i64 16)
; CHECK:         lshr i64 [[LAST]], 3
; CHECK:         and i64 [[LAST]], 7
; CHECK:         call preserve_allcc void @__memscope_report_load_n(i64 [[ADDR]], i64 16)
; CHECK:         %v = load <4 x i32>, ptr %p, align 4

; Eight bytes aligned to 4 may span two granules.
define void @store8_align4(ptr %p) {
  store i64 0, ptr %p, align 4
  ret void
}
; CHECK-LABEL: define void @store8_align4(
; CHECK:         add i64 {{%.*}}, 7
; CHECK:         call preserve_allcc void @__memscope_report_store_n(i64 {{%.*}}, i64 8)
; CHECK:         call preserve_allcc void @__memscope_report_store_n(i64 {{%.*}}, i64 8)
; CHECK:         store i64 0, ptr %p, align 4

define void @store12(ptr %p) {
  store <3 x i32> zeroinitializer, ptr %p, align 16
  ret void
}
; CHECK-LABEL: define void @store12(
; CHECK:         call preserve_allcc void @__memscope_report_store_n(i64 {{%.*}}, i64 12)
; CHECK:         store <3 x i32> zeroinitializer, ptr %p, align 16

; Larger than the inline limit: every byte is checked by the runtime.
define void @store64(ptr %p) {
  store <8 x i64> zeroinitializer, ptr %p, align 64
  ret void
}
; CHECK-LABEL: define void @store64(
; CHECK-NEXT:    [[ADDR:%.*]] = ptrtoint ptr %p to i64
; CHECK-NEXT:    call void @__memscope_storeN(i64 [[ADDR]], i64 64)
; CHECK-NEXT:    store <8 x i64> zeroinitializer, ptr %p, align 64

; The size of a scalable vector is only known at run time.
define <vscale x 4 x i32> @load_scalable(ptr %p) {
  %v = load <vscale x 4 x i32>, ptr %p, align 16
  ret <vscale x 4 x i32> %v
}
; CHECK-LABEL: define <vscale x 4 x i32> @load_scalable(
; CHECK-NEXT:    [[ADDR:%.*]] = ptrtoint ptr %p to i64
; CHECK-NEXT:    [[VSCALE:%.*]] = call i64 @llvm.vscale.i64()
; CHECK-NEXT:    [[SIZE:%.*]] = mul nuw i64 [[VSCALE]], 16
; CHECK-NEXT:    call void @__memscope_loadN(i64 [[ADDR]], i64 [[SIZE]])
; CHECK-NEXT:    %v = load <vscale x 4 x i32>, ptr %p, align 16

; CHECK-DAG: declare preserve_allcc void @__memscope_report_load_n(i64, i64)
; CHECK-DAG: declare preserve_allcc void @__memscope_report_store_n(i64, i64)
; CHECK-DAG: declare void @__memscope_loadN(i64, i64)
; CHECK-DAG: declare void @__memscope_storeN(i64, i64)
