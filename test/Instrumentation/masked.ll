; Masked loads and stores, gathers and scatters are checked lane by lane: a
; lane of a constant mask unconditionally (all set) or not at all (clear),
; any other under a branch on its mask bit; the lane's address is the
; pointer's element, or the pointer vector's lane. Each lane is one access
; of the element's size.
;
; RUN: %opt_memscope -passes=memscope-memory-access -S %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

define void @store_some(ptr %p, <4 x i32> %v) {
  call void @llvm.masked.store.v4i32.p0(<4 x i32> %v, ptr align 4 %p, <4 x i1> <i1 true, i1 false, i1 false, i1 true>)
  ret void
}
; Lanes 0 and 3, no branch; lanes 1 and 2 not at all.
; CHECK-LABEL: define void @store_some(
; CHECK-NEXT:    [[L0:%.*]] = getelementptr i32, ptr %p, i64 0
; CHECK-NEXT:    ptrtoint ptr [[L0]] to i64
; CHECK:         call {{.*}}@__memscope_report_store4(
; CHECK:         [[L3:%.*]] = getelementptr i32, ptr %p, i64 3
; CHECK-NEXT:    ptrtoint ptr [[L3]] to i64
; CHECK:         call {{.*}}@__memscope_report_store4(
; CHECK-NOT:     __memscope_report
; CHECK:         call void @llvm.masked.store.v4i32.p0(

define <2 x i64> @load_by_mask(ptr %p, <2 x i1> %m) {
  %v = call <2 x i64> @llvm.masked.load.v2i64.p0(ptr align 8 %p, <2 x i1> %m, <2 x i64> zeroinitializer)
  ret <2 x i64> %v
}
; CHECK-LABEL: define <2 x i64> @load_by_mask(
; CHECK-NEXT:    [[B0:%.*]] = extractelement <2 x i1> %m, i64 0
; CHECK-NEXT:    br i1 [[B0]]
; CHECK:         getelementptr i64, ptr %p, i64 0
; CHECK:         call {{.*}}@__memscope_report_load8(
; CHECK:         [[B1:%.*]] = extractelement <2 x i1> %m, i64 1
; CHECK-NEXT:    br i1 [[B1]]
; CHECK:         getelementptr i64, ptr %p, i64 1
; CHECK:         call {{.*}}@__memscope_report_load8(
; CHECK:         call <2 x i64> @llvm.masked.load.v2i64.p0(

define <2 x i16> @gather(<2 x ptr> %ps, <2 x i1> %m) {
  %v = call <2 x i16> @llvm.masked.gather.v2i16.v2p0(<2 x ptr> align 2 %ps, <2 x i1> %m, <2 x i16> poison)
  ret <2 x i16> %v
}
; CHECK-LABEL: define <2 x i16> @gather(
; CHECK:         extractelement <2 x i1> %m, i64 0
; CHECK:         [[P0:%.*]] = extractelement <2 x ptr> %ps, i64 0
; CHECK-NEXT:    ptrtoint ptr [[P0]] to i64
; CHECK:         call {{.*}}@__memscope_report_load2(
; CHECK:         extractelement <2 x i1> %m, i64 1
; CHECK:         [[P1:%.*]] = extractelement <2 x ptr> %ps, i64 1
; CHECK:         call {{.*}}@__memscope_report_load2(

define void @scatter_all(<2 x i8> %v, <2 x ptr> %ps) {
  call void @llvm.masked.scatter.v2i8.v2p0(<2 x i8> %v, <2 x ptr> align 1 %ps, <2 x i1> splat (i1 true))
  ret void
}
; CHECK-LABEL: define void @scatter_all(
; CHECK-NEXT:    [[S0:%.*]] = extractelement <2 x ptr> %ps, i64 0
; CHECK:         call {{.*}}@__memscope_report_store1(
; CHECK:         [[S1:%.*]] = extractelement <2 x ptr> %ps, i64 1
; CHECK:         call {{.*}}@__memscope_report_store1(

; An expanding load or compressing store touches the first popcount(mask)
; elements, whichever lanes are set: lane L's element is checked when more
; than L lanes are.
define <4 x i32> @expand(ptr %p, <4 x i1> %m) {
  %v = call <4 x i32> @llvm.masked.expandload.v4i32(ptr align 4 %p, <4 x i1> %m, <4 x i32> poison)
  ret <4 x i32> %v
}
; CHECK-LABEL: define <4 x i32> @expand(
; CHECK-NEXT:    [[BITS:%.*]] = bitcast <4 x i1> %m to i4
; CHECK-NEXT:    [[N:%.*]] = call i4 @llvm.ctpop.i4(i4 [[BITS]])
; CHECK-NEXT:    [[E0:%.*]] = icmp ugt i4 [[N]], 0
; CHECK-NEXT:    br i1 [[E0]]
; CHECK:         getelementptr i32, ptr %p, i64 0
; CHECK:         call {{.*}}@__memscope_report_load4(
; CHECK:         icmp ugt i4 [[N]], 3
; CHECK:         getelementptr i32, ptr %p, i64 3
; CHECK:         call {{.*}}@__memscope_report_load4(
; CHECK:         call <4 x i32> @llvm.masked.expandload.v4i32(

define void @compress(<2 x double> %v, ptr %p, <2 x i1> %m) {
  call void @llvm.masked.compressstore.v2f64(<2 x double> %v, ptr align 8 %p, <2 x i1> %m)
  ret void
}
; CHECK-LABEL: define void @compress(
; CHECK:         call i2 @llvm.ctpop.i2(
; CHECK:         getelementptr double, ptr %p, i64 0
; CHECK:         call {{.*}}@__memscope_report_store8(
; CHECK:         getelementptr double, ptr %p, i64 1
; CHECK:         call {{.*}}@__memscope_report_store8(
; CHECK:         call void @llvm.masked.compressstore.v2f64(

declare <4 x i32> @llvm.masked.expandload.v4i32(ptr, <4 x i1>, <4 x i32>)
declare void @llvm.masked.compressstore.v2f64(<2 x double>, ptr, <2 x i1>)
declare void @llvm.masked.store.v4i32.p0(<4 x i32>, ptr, <4 x i1>)
declare <2 x i64> @llvm.masked.load.v2i64.p0(ptr, <2 x i1>, <2 x i64>)
declare <2 x i16> @llvm.masked.gather.v2i16.v2p0(<2 x ptr>, <2 x i1>, <2 x i16>)
declare void @llvm.masked.scatter.v2i8.v2p0(<2 x i8>, <2 x ptr>, <2 x i1>)
