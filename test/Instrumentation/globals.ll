; Globals the module defines get a right redzone: the global becomes
; { original, [N x i8] } with the same name, linkage and initialiser, 32-byte
; aligned, marked !memscope.redzone with its original size, and a
; constructor registers one descriptor per padded global, naming the
; module's own copy (through a private alias unless the global is local:
; another module's definition may take the name) and, for a global other
; modules may define too, the byte every definition of the name binds to
; (the odr-violation check). Declarations,
; thread-locals, comdat and weak definitions, globals in a section named
; like a C identifier (an array the linker gathers) or read as a table
; (.init_array, notes) and the compiler's own are left alone; a global in
; another named section (.data.hot) is padded there. A destructor unregisters them (dlclose). Accesses at a constant offset inside a
; padded global are not checked; others, and accesses to a global another
; module defines, are.
;
; RUN: %opt_memscope -passes=memscope-globals -S %s | FileCheck %s
; RUN: %opt_memscope -passes=memscope-globals,memscope-memory-access -S %s \
; RUN:   | FileCheck %s --check-prefix=ACCESS
; RUN: %opt_memscope -passes=memscope-globals -memscope-globals=0 -S %s \
; RUN:   | FileCheck %s --check-prefix=OFF
; RUN: %opt_memscope -passes=memscope-globals,memscope-globals -S %s \
; RUN:   | FileCheck %s --check-prefix=TWICE

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@table = global [10 x i32] zeroinitializer, align 16
@name = internal global [6 x i8] c"abc\00\00\00"
@.str = private unnamed_addr constant [5 x i8] c"text\00"
@big = global [100 x i8] zeroinitializer
@ext = external global [8 x i32]
@tls = thread_local global i32 0
@weak = weak global i32 0
@sect = global i32 0, section "mine"
@hot = global [4 x i32] zeroinitializer, section ".data.hot"
@init = global ptr null, section ".init_array"
$cd = comdat any
@comdat = global i32 0, comdat($cd)

; CHECK-DAG: @table = global { [10 x i32], [56 x i8] } zeroinitializer, align 32, !memscope.redzone ![[#TABLE:]]
; CHECK-DAG: @name = internal global { [6 x i8], [58 x i8] } { [6 x i8] c"abc\00\00\00", [58 x i8] zeroinitializer }, align 32, !memscope.redzone
; CHECK-DAG: @.str = private constant { [5 x i8], [59 x i8] } { [5 x i8] c"text\00", [59 x i8] zeroinitializer }, align 32
; CHECK-DAG: @big = global { [100 x i8], [60 x i8] } zeroinitializer, align 32
; CHECK-DAG: @ext = external global [8 x i32]
; CHECK-DAG: @tls = thread_local global i32 0
; CHECK-DAG: @weak = weak global i32 0
; CHECK-DAG: @sect = global i32 0, section "mine"
; CHECK-DAG: @hot = global { [4 x i32], [48 x i8] } zeroinitializer, section ".data.hot", align 32, !memscope.redzone
; CHECK-DAG: @init = global ptr null, section ".init_array"
; CHECK-DAG: @comdat = global i32 0, comdat($cd)
; CHECK-DAG: @llvm.global_ctors = appending global {{.*}} @memscope.register_globals
; CHECK-DAG: @llvm.global_dtors = appending global {{.*}} @memscope.unregister_globals
; CHECK-DAG: @memscope.globals = private constant [5 x { ptr, i64, i64, ptr, ptr, i32, i32, ptr }] [{ ptr, i64, i64, ptr, ptr, i32, i32, ptr } { ptr @table.memscope, i64 40, i64 96, ptr @{{[^ ]+}}, ptr @{{[^ ]+}}, i32 0, i32 0, ptr @__memscope_odr_table }, { ptr, i64, i64, ptr, ptr, i32, i32, ptr } { ptr @name, i64 6, i64 64, ptr @{{[^ ]+}}, ptr @{{[^ ]+}}, i32 0, i32 0, ptr null },
; CHECK-DAG: @__memscope_odr_table = global i8 0
; CHECK-DAG: @table.memscope = private alias { [10 x i32], [56 x i8] }, ptr @table
; CHECK-DAG: @big.memscope = private alias

; CHECK-LABEL: define internal void @memscope.register_globals()
; CHECK-NEXT:    call void @__memscope_init()
; CHECK-NEXT:    call void @__memscope_register_globals(ptr @memscope.globals, i64 5)
; CHECK-LABEL: define internal void @memscope.unregister_globals()
; CHECK-NEXT:    call void @__memscope_unregister_globals(ptr @memscope.globals, i64 5)

define i32 @reads(i64 %i) {
  %inside = load i32, ptr getelementptr inbounds ([10 x i32], ptr @table, i64 0, i64 9)
  %p = getelementptr inbounds [10 x i32], ptr @table, i64 0, i64 %i
  %any = load i32, ptr %p
  %q = getelementptr inbounds [8 x i32], ptr @ext, i64 0, i64 1
  %other = load i32, ptr %q
  %tl = load i32, ptr @tls
  %s1 = add i32 %inside, %any
  %s2 = add i32 %s1, %other
  %s3 = add i32 %s2, %tl
  ret i32 %s3
}
; ACCESS-LABEL: define i32 @reads(
; ACCESS:         %inside = load i32, ptr getelementptr inbounds
; ACCESS:         call preserve_allcc void @__memscope_report_load4(
; ACCESS:         %any = load i32, ptr %p
; ACCESS:         call preserve_allcc void @__memscope_report_load4(
; ACCESS:         %other = load i32, ptr %q
; ACCESS-NOT:     __memscope_report
; ACCESS:         ret i32

; CHECK: ![[#TABLE]] = !{i64 40}

; OFF-NOT: memscope
; TWICE-COUNT-1: define internal void @memscope.register_globals()
; TWICE-NOT: define internal void @memscope.register_globals
