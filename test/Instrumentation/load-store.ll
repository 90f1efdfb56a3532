; Loads and stores of 1, 2, 4, 8 and 16 bytes, naturally aligned, get the
; inline shadow check: Shadow = (Addr >> 3) + 0x7fff8000 (2147450880); a
; non-zero shadow byte leads to the partial-granule test (sizes below 8) and
; then to __memscope_report_{load,store}N, after which the access still runs.
;
; RUN: %opt_memscope -passes=memscope-memory-access -S %s | FileCheck %s
; RUN: %opt_memscope -passes=memscope-memory-access -memscope-instrument-reads=0 -S %s \
; RUN:   | FileCheck %s --check-prefix=NOREADS
; RUN: %opt_memscope -passes=memscope-memory-access -memscope-instrument-writes=0 -S %s \
; RUN:   | FileCheck %s --check-prefix=NOWRITES

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

define i8 @load1(ptr %p) {
  %v = load i8, ptr %p, align 1
  ret i8 %v
}
; CHECK-LABEL: define i8 @load1(
; CHECK-NEXT:    [[ADDR:%.*]] = ptrtoint ptr %p to i64
; CHECK-NEXT:    [[SHR:%.*]] = lshr i64 [[ADDR]], 3
; CHECK-NEXT:    [[SADDR:%.*]] = add i64 [[SHR]], 2147450880
; CHECK-NEXT:    [[SPTR:%.*]] = inttoptr i64 [[SADDR]] to ptr
; CHECK-NEXT:    [[K:%.*]] = load i8, ptr [[SPTR]], align 1, !nosanitize
; CHECK-NEXT:    [[POISONED:%.*]] = icmp ne i8 [[K]], 0
; CHECK-NEXT:    br i1 [[POISONED]], label %[[PARTIAL:[0-9]+]], label %[[ACCESS:[0-9]+]], !prof ![[UNLIKELY:[0-9]+]]
; CHECK:       {{^}}[[PARTIAL]]:
; CHECK-NEXT:    [[OFF:%.*]] = and i64 [[ADDR]], 7
; CHECK-NEXT:    [[LAST:%.*]] = trunc i64 [[OFF]] to i8
; CHECK-NEXT:    [[HIT:%.*]] = icmp sge i8 [[LAST]], [[K]]
; CHECK-NEXT:    br i1 [[HIT]], label %[[REPORT:[0-9]+]], label
; CHECK:       {{^}}[[REPORT]]:
; CHECK-NEXT:    call preserve_allcc void @__memscope_report_load1(i64 [[ADDR]]) #[[NOMERGE:[0-9]+]]
; CHECK:       {{^}}[[ACCESS]]:
; CHECK-NEXT:    %v = load i8, ptr %p, align 1
; NOREADS-LABEL: define i8 @load1(
; NOREADS-NEXT:    %v = load i8, ptr %p, align 1

define i16 @load2(ptr %p) {
  %v = load i16, ptr %p, align 2
  ret i16 %v
}
; CHECK-LABEL: define i16 @load2(
; CHECK:         [[ADDR:%.*]] = ptrtoint ptr %p to i64
; CHECK:         [[K:%.*]] = load i8, ptr {{%.*}}, align 1, !nosanitize
; CHECK:         [[OFF:%.*]] = and i64 [[ADDR]], 7
; CHECK-NEXT:    [[END:%.*]] = add i64 [[OFF]], 1
; CHECK-NEXT:    [[LAST:%.*]] = trunc i64 [[END]] to i8
; CHECK-NEXT:    icmp sge i8 [[LAST]], [[K]]
; CHECK:         call preserve_allcc void @__memscope_report_load2(i64 [[ADDR]])
; CHECK:         %v = load i16, ptr %p, align 2

define i32 @load4(ptr %p) {
  %v = load i32, ptr %p, align 4
  ret i32 %v
}
; CHECK-LABEL: define i32 @load4(
; CHECK:         [[ADDR:%.*]] = ptrtoint ptr %p to i64
; CHECK:         [[K:%.*]] = load i8, ptr {{%.*}}, align 1, !nosanitize
; CHECK:         [[OFF:%.*]] = and i64 [[ADDR]], 7
; CHECK-NEXT:    [[END:%.*]] = add i64 [[OFF]], 3
; CHECK-NEXT:    [[LAST:%.*]] = trunc i64 [[END]] to i8
; CHECK-NEXT:    icmp sge i8 [[LAST]], [[K]]
; CHECK:         call preserve_allcc void @__memscope_report_load4(i64 [[ADDR]])
; CHECK:         %v = load i32, ptr %p, align 4

; A whole granule: any non-zero shadow byte is an error, no partial test.
define i64 @load8(ptr %p) {
  %v = load i64, ptr %p, align 8
  ret i64 %v
}
; CHECK-LABEL: define i64 @load8(
; CHECK-NEXT:    [[ADDR:%.*]] = ptrtoint ptr %p to i64
; CHECK-NEXT:    [[SHR:%.*]] = lshr i64 [[ADDR]], 3
; CHECK-NEXT:    [[SADDR:%.*]] = add i64 [[SHR]], 2147450880
; CHECK-NEXT:    [[SPTR:%.*]] = inttoptr i64 [[SADDR]] to ptr
; CHECK-NEXT:    [[K:%.*]] = load i8, ptr [[SPTR]], align 1, !nosanitize
; CHECK-NEXT:    [[POISONED:%.*]] = icmp ne i8 [[K]], 0
; CHECK-NEXT:    br i1 [[POISONED]], label %[[REPORT:[0-9]+]], label %[[ACCESS:[0-9]+]], !prof ![[UNLIKELY]]
; CHECK:       {{^}}[[REPORT]]:
; CHECK-NEXT:    call preserve_allcc void @__memscope_report_load8(i64 [[ADDR]]) #[[NOMERGE]]
; CHECK-NEXT:    br label %[[ACCESS]]
; CHECK:       {{^}}[[ACCESS]]:
; CHECK-NEXT:    %v = load i64, ptr %p, align 8

; Two granules: both shadow bytes are tested with one i16 load.
define i128 @load16(ptr %p) {
  %v = load i128, ptr %p, align 8
  ret i128 %v
}
; CHECK-LABEL: define i128 @load16(
; CHECK-NEXT:    [[ADDR:%.*]] = ptrtoint ptr %p to i64
; CHECK-NEXT:    [[SHR:%.*]] = lshr i64 [[ADDR]], 3
; CHECK-NEXT:    [[SADDR:%.*]] = add i64 [[SHR]], 2147450880
; CHECK-NEXT:    [[SPTR:%.*]] = inttoptr i64 [[SADDR]] to ptr
; CHECK-NEXT:    [[K:%.*]] = load i16, ptr [[SPTR]], align 1, !nosanitize
; CHECK-NEXT:    [[POISONED:%.*]] = icmp ne i16 [[K]], 0
; CHECK-NEXT:    br i1 [[POISONED]], label %[[REPORT:[0-9]+]], label %[[ACCESS:[0-9]+]], !prof ![[UNLIKELY]]
; CHECK:       {{^}}[[REPORT]]:
; CHECK-NEXT:    call preserve_allcc void @__memscope_report_load16(i64 [[ADDR]]) #[[NOMERGE]]
; CHECK:       {{^}}[[ACCESS]]:
; CHECK-NEXT:    %v = load i128, ptr %p, align 8

define void @store1(ptr %p) {
  store i8 1, ptr %p, align 1
  ret void
}
; CHECK-LABEL: define void @store1(
; CHECK-NEXT:    [[ADDR:%.*]] = ptrtoint ptr %p to i64
; CHECK-NEXT:    [[SHR:%.*]] = lshr i64 [[ADDR]], 3
; CHECK-NEXT:    [[SADDR:%.*]] = add i64 [[SHR]], 2147450880
; CHECK-NEXT:    [[SPTR:%.*]] = inttoptr i64 [[SADDR]] to ptr
; CHECK-NEXT:    [[K:%.*]] = load i8, ptr [[SPTR]], align 1, !nosanitize
; CHECK-NEXT:    icmp ne i8 [[K]], 0
; CHECK:         [[OFF:%.*]] = and i64 [[ADDR]], 7
; CHECK-NEXT:    [[LAST:%.*]] = trunc i64 [[OFF]] to i8
; CHECK-NEXT:    icmp sge i8 [[LAST]], [[K]]
; CHECK:         call preserve_allcc void @__memscope_report_store1(i64 [[ADDR]]) #[[NOMERGE]]
; CHECK:         store i8 1, ptr %p, align 1
; NOWRITES-LABEL: define void @store1(
; NOWRITES-NEXT:    store i8 1, ptr %p, align 1

define void @store2(ptr %p) {
  store i16 1, ptr %p, align 2
  ret void
}
; CHECK-LABEL: define void @store2(
; CHECK:         [[ADDR:%.*]] = ptrtoint ptr %p to i64
; CHECK:         lshr i64 [[ADDR]], 3
; CHECK:         [[OFF:%.*]] = and i64 [[ADDR]], 7
; CHECK-NEXT:    add i64 [[OFF]], 1
; CHECK:         call preserve_allcc void @__memscope_report_store2(i64 [[ADDR]])
; CHECK:         store i16 1, ptr %p, align 2

define void @store4(ptr %p) {
  store i32 1, ptr %p, align 4
  ret void
}
; CHECK-LABEL: define void @store4(
; CHECK:         [[ADDR:%.*]] = ptrtoint ptr %p to i64
; CHECK:         lshr i64 [[ADDR]], 3
; CHECK:         [[OFF:%.*]] = and i64 [[ADDR]], 7
; CHECK-NEXT:    add i64 [[OFF]], 3
; CHECK:         call preserve_allcc void @__memscope_report_store4(i64 [[ADDR]])
; CHECK:         store i32 1, ptr %p, align 4

define void @store8(ptr %p) {
  store double 1.0, ptr %p, align 8
  ret void
}
; CHECK-LABEL: define void @store8(
; CHECK:         [[ADDR:%.*]] = ptrtoint ptr %p to i64
; CHECK:         [[K:%.*]] = load i8, ptr {{%.*}}, align 1, !nosanitize
; CHECK-NEXT:    icmp ne i8 [[K]], 0
; CHECK-NOT:     and i64
; CHECK:         call preserve_allcc void @__memscope_report_store8(i64 [[ADDR]])
; CHECK:         store double 1.000000e+00, ptr %p, align 8

; Vectors take the same path as scalars of their size.
define void @store16(ptr %p) {
  store <4 x i32> zeroinitializer, ptr %p, align 16
  ret void
}
; CHECK-LABEL: define void @store16(
; CHECK:         [[ADDR:%.*]] = ptrtoint ptr %p to i64
; CHECK:         [[K:%.*]] = load i16, ptr {{%.*}}, align 1, !nosanitize
; CHECK-NEXT:    icmp ne i16 [[K]], 0
; CHECK:         call preserve_allcc void @__memscope_report_store16(i64 [[ADDR]])
; CHECK:         store <4 x i32> zeroinitializer, ptr %p, align 16
; NOREADS-LABEL: define void @store16(
; NOREADS:         call preserve_allcc void @__memscope_report_store16(

; A load and a store in one function: each gets its own check.
define void @copy4(ptr %dst, ptr %src) {
  %v = load i32, ptr %src, align 4
  store i32 %v, ptr %dst, align 4
  ret void
}
; CHECK-LABEL: define void @copy4(
; CHECK:         call preserve_allcc void @__memscope_report_load4(
; CHECK:         %v = load i32, ptr %src, align 4
; CHECK:         call preserve_allcc void @__memscope_report_store4(
; CHECK:         store i32 %v, ptr %dst, align 4
; NOREADS-LABEL: define void @copy4(
; NOREADS-NEXT:    %v = load i32, ptr %src, align 4
; NOREADS:         call preserve_allcc void @__memscope_report_store4(
; NOWRITES-LABEL: define void @copy4(
; NOWRITES:         call preserve_allcc void @__memscope_report_load4(
; NOWRITES:         %v = load i32, ptr %src, align 4
; NOWRITES-NEXT:    store i32 %v, ptr %dst, align 4

; CHECK-DAG: declare preserve_allcc void @__memscope_report_load1(i64)
; CHECK-DAG: declare preserve_allcc void @__memscope_report_store16(i64)
; CHECK-DAG: attributes #[[NOMERGE]] = { nomerge }
; CHECK-DAG: ![[UNLIKELY]] = !{!"branch_weights", i32 1, i32 {{[0-9]+}}}
