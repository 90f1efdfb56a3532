; Address-taken locals move into one frame with redzones
; (pass/StackRedzones.cpp): the frame comes from the runtime's fake stack
; when it gives one, else from an alloca made then; its header and redzones are
; poisoned at entry (a frame that may be fake: all of its shadow, as the
; runtime leaves a fake frame's as it was), lifetime markers become stores
; that poison and unpoison their variable, and every return gives a fake
; frame back (a small one inline: poisoned f5, its flag, whose address the
; runtime left in the last word of the frame's class, cleared; a large one
; by the runtime) or clears the real one's shadow. A promotable local stays as it is; an
; access at a constant offset inside a variable is not checked, one at a
; variable index is. A function that calls setjmp keeps a real frame.
; Calls that do not return are announced first.
;
; RUN: %opt_memscope -passes=memscope-stack,memscope-memory-access -S %s | FileCheck %s
; RUN: %opt_memscope -passes=memscope-stack -memscope-use-after-return=0 -S %s \
; RUN:   | FileCheck %s --check-prefix=NOUAR

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare void @use(ptr)
declare void @exit(i32) noreturn
declare i32 @setjmp(ptr) returns_twice

define i32 @frame(i64 %i) {
entry:
  %promoted = alloca i32, align 4
  %buf = alloca [10 x i8], align 1
  %x = alloca i32, align 4
  store i32 1, ptr %promoted, align 4
  call void @llvm.lifetime.start.p0(ptr %x)
  call void @use(ptr %buf)
  call void @use(ptr %x)
  %in = getelementptr inbounds [10 x i8], ptr %buf, i64 0, i64 9
  store i8 1, ptr %in, align 1
  %any = getelementptr inbounds [10 x i8], ptr %buf, i64 0, i64 %i
  store i8 2, ptr %any, align 1
  call void @llvm.lifetime.end.p0(ptr %x)
  %v = load i32, ptr %promoted, align 4
  ret i32 %v
}

; A local only ever stored whole (volatile) needs no redzone, but one stored
; after its lifetime ended (a pointer kept past its block, forwarded to the
; variable by the optimizer) goes into the frame, and that store is checked.
define void @late_store() {
  %c = alloca i8, align 1
  %in = alloca i8, align 1
  call void @llvm.lifetime.start.p0(ptr %c)
  store volatile i8 1, ptr %c, align 1
  call void @llvm.lifetime.end.p0(ptr %c)
  store volatile i8 2, ptr %c, align 1
  call void @llvm.lifetime.start.p0(ptr %in)
  store volatile i8 3, ptr %in, align 1
  call void @llvm.lifetime.end.p0(ptr %in)
  ret void
}

define void @dies() {
  call void @exit(i32 1)
  unreachable
}

; __builtin_longjmp leaves as a call that does not return.
define void @jumps_builtin(ptr %buf) {
  call void @llvm.eh.sjlj.longjmp(ptr %buf)
  unreachable
}
declare void @llvm.eh.sjlj.longjmp(ptr) noreturn

define void @big() {
  %buf = alloca [2000 x i8], align 1
  call void @use(ptr %buf)
  ret void
}

define i32 @jumps(ptr %env) {
  %buf = alloca [16 x i8], align 16
  call void @use(ptr %buf)
  %r = call i32 @setjmp(ptr %env)
  ret i32 %r
}

; CHECK-LABEL: define i32 @frame(
; CHECK:         %promoted = alloca i32, align 4
; CHECK:         [[FAKE:%[0-9]+]] = call i64 @__memscope_stack_malloc(i64 96)
; CHECK:         [[ISFAKE:%[0-9]+]] = icmp ne i64 [[FAKE]], 0
; CHECK:         br i1 {{%[0-9]+}}, label %[[ONSTACK:[0-9]+]], label %[[BODY:[0-9]+]], !prof
; CHECK:       [[ONSTACK]]:
; CHECK-NEXT:    %memscope.frame = alloca [96 x i8], align 32, !memscope.frame [[PLACES:![0-9]+]]
; CHECK:       [[BODY]]:
; CHECK-NEXT:    %memscope.frame.base = phi ptr [ {{%[0-9]+}}, %entry ], [ %memscope.frame, %[[ONSTACK]] ], !memscope.frame [[PLACES]]
; CHECK:         store i64 1836279410, ptr {{%[0-9]+}}, align 8, !nosanitize
; CHECK:         store ptr @memscope.str, ptr {{%[0-9]+}}, align 8, !nosanitize
; CHECK:         store ptr @frame, ptr {{%[0-9]+}}, align 8, !nosanitize
; Header f1 x4, buf 00 02, f2 f2; x f8 (out of scope), f3 x3.
; CHECK:         store i64 -940687169084591631, ptr {{%[0-9]+}}, align 1, !nosanitize
; CHECK:         store i32 -202116104, ptr {{%[0-9]+}}, align 1, !nosanitize
; CHECK:         %buf = getelementptr inbounds i8, ptr %memscope.frame.base, i64 32
; CHECK:         %x = getelementptr inbounds i8, ptr %memscope.frame.base, i64 64
; CHECK-NOT:     llvm.lifetime.start
; CHECK:         store i8 4, ptr {{%[0-9]+}}, align 1, !nosanitize
; CHECK-NOT:     __memscope_report
; CHECK:         store i8 1, ptr %in, align 1
; CHECK:         call preserve_allcc void @__memscope_report_store1(
; CHECK:         store i8 2, ptr %any, align 1
; CHECK-NOT:     llvm.lifetime.end
; CHECK:         store i8 -8, ptr {{%[0-9]+}}, align 1, !nosanitize
; CHECK:         br i1 [[ISFAKE]], label %[[GIVE:[0-9]+]], label %[[CLEAR:[0-9]+]]
; CHECK:       [[GIVE]]:
; CHECK-NOT:     __memscope_stack_free
; CHECK:         store i64 -723401728380766731, ptr {{%[0-9]+}}, align 1, !nosanitize
; CHECK:         store i32 -168430091, ptr {{%[0-9]+}}, align 1, !nosanitize
; CHECK:         [[SLOT:%[0-9]+]] = add i64 [[FAKE]], 120
; CHECK-NEXT:    [[SLOTPTR:%[0-9]+]] = inttoptr i64 [[SLOT]] to ptr
; CHECK-NEXT:    %memscope.flag = load ptr, ptr [[SLOTPTR]], align 8, !nosanitize
; CHECK-NEXT:    store i8 0, ptr %memscope.flag, align 1, !nosanitize
; CHECK:       [[CLEAR]]:
; CHECK:         store i64 0, ptr {{%[0-9]+}}, align 1, !nosanitize
; CHECK:         store i32 0, ptr {{%[0-9]+}}, align 1, !nosanitize
; CHECK:         ret i32 %v

; CHECK-LABEL: define void @late_store(
; CHECK-NEXT:    %in = alloca i8, align 1
; CHECK:         %c = getelementptr inbounds i8, ptr %memscope.frame.base, i64 32
; CHECK-NOT:     __memscope_report
; CHECK:         store volatile i8 1, ptr %c, align 1
; CHECK:         store i8 -8, ptr {{%[0-9]+}}, align 1, !nosanitize
; CHECK:         call preserve_allcc void @__memscope_report_store1(
; CHECK:         store volatile i8 2, ptr %c, align 1
; CHECK-NOT:     __memscope_report
; CHECK:         store volatile i8 3, ptr %in, align 1

; CHECK-LABEL: define void @dies(
; CHECK-NEXT:    call void @__memscope_handle_no_return()
; CHECK-NEXT:    call void @exit(i32 1)

; CHECK-LABEL: define void @jumps_builtin(
; CHECK-NEXT:    call void @__memscope_handle_no_return()
; CHECK-NEXT:    call void @llvm.eh.sjlj.longjmp(ptr %buf)

; A frame of 2176 bytes, in the class of 4096, goes back through the runtime.
; CHECK-LABEL: define void @big(
; CHECK:         [[BIGFAKE:%[0-9]+]] = call i64 @__memscope_stack_malloc(i64 2176)
; CHECK:         call void @__memscope_stack_free(i64 [[BIGFAKE]], i64 2176)
; CHECK-NOT:     %memscope.flag

; CHECK-LABEL: define i32 @jumps(
; CHECK-NOT:     __memscope_stack_malloc
; CHECK:         %buf = getelementptr inbounds i8, ptr %memscope.frame, i64 32
; CHECK:         store i64 0,
; CHECK-NEXT:    ret i32 %r

; CHECK: [[PLACES]] = !{i64 32, i64 10, i64 64, i64 4}

; NOUAR-LABEL: define i32 @frame(
; NOUAR-NEXT:  entry:
; NOUAR-NEXT:    %memscope.frame = alloca [96 x i8], align 32
; NOUAR-NOT:     __memscope_stack_malloc
; NOUAR:         %buf = getelementptr inbounds i8, ptr %memscope.frame, i64 32
; NOUAR-NOT:     __memscope_stack_free
; NOUAR:         ret i32 %v
