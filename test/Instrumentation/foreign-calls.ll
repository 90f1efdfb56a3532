; Calls of functions the module only declares tell the runtime about the
; pointers they pass and return, behind an inline test of the site's cached
; verdict (Family byte, 1 = known here), with the preserve_all convention;
; optnone functions call the runtime without the test, in the call's own
; block. Constant pointers, standard library functions, intrinsics, the
; runtime's own functions, defined functions and calls through pointers
; are left alone. An invoke's result is told on its normal edge.
;
; RUN: %opt_memscope -passes=memscope-foreign-calls -S %s | FileCheck %s
; RUN: %opt_memscope -passes=memscope-foreign-calls -memscope-foreign-calls=0 -S %s \
; RUN:   | FileCheck %s --check-prefix=OFF
; A second run adds nothing.
; RUN: %opt_memscope -passes=memscope-foreign-calls,memscope-foreign-calls -S %s \
; RUN:   | FileCheck %s --check-prefix=TWICE

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

declare void @lib_keep(ptr, i32)
declare ptr @lib_name(ptr)
declare ptr @malloc(i64)
declare i64 @strlen(ptr)
declare void @__memscope_leak_check()
declare i32 @__gxx_personality_v0(...)

define void @defined(ptr %p) {
  ret void
}

; The descriptor: Op 16, the caller and the callee by name, the call's line.
; CHECK: @[[SITE:memscope.site]] = private global %memscope.site { i32 0, i8 16, i8 0, i16 0, i32 7, i32 3, ptr @{{.*}}, ptr @{{.*}}, ptr @{{.*}}, ptr null }

define ptr @hands(ptr %p, ptr %fn) !dbg !5 {
  call void @lib_keep(ptr %p, i32 1), !dbg !8
  call void @lib_keep(ptr null, i32 2)
  %m = call ptr @malloc(i64 8)
  %n = call i64 @strlen(ptr %m)
  call void @defined(ptr %p)
  call void %fn(ptr %p)
  %r = call ptr @lib_name(ptr %p)
  ret ptr %r
}
; CHECK-LABEL: define ptr @hands(
; CHECK:         %[[V:.*]] = load atomic i8, ptr getelementptr inbounds{{( nuw)?}} (%memscope.site, ptr @[[SITE]], i32 0, i32 2) monotonic
; CHECK-NEXT:    %[[T:.*]] = icmp ne i8 %[[V]], 1
; CHECK-NEXT:    br i1 %[[T]]
; CHECK:         call preserve_allcc void @__memscope_foreign_arg(ptr @[[SITE]], ptr @lib_keep, ptr %p), !dbg !8
; CHECK:         call void @lib_keep(ptr %p, i32 1), !dbg !8
; CHECK-NEXT:    call void @lib_keep(ptr null, i32 2)
; CHECK-NEXT:    %m = call ptr @malloc(i64 8)
; CHECK-NEXT:    %n = call i64 @strlen(ptr %m)
; CHECK-NEXT:    call void @defined(ptr %p)
; CHECK-NEXT:    call void %fn(ptr %p)
; CHECK-NOT:     call void @lib_keep
; CHECK:         call preserve_allcc void @__memscope_foreign_arg(ptr @[[SITE2:memscope.site[.0-9]*]], ptr @lib_name, ptr %p)
; CHECK:         %r = call ptr @lib_name(ptr %p)
; CHECK-NEXT:    load atomic i8, ptr getelementptr inbounds{{( nuw)?}} (%memscope.site, ptr @[[SITE2]], i32 0, i32 2) monotonic
; CHECK:         call preserve_allcc void @__memscope_foreign_result(ptr @[[SITE2]], ptr @lib_name, ptr %r)
; CHECK:         ret ptr %r

define ptr @at_o0(ptr %p) noinline optnone {
  %r = call ptr @lib_name(ptr %p)
  ret ptr %r
}
; CHECK-LABEL: define ptr @at_o0(
; CHECK-NEXT:    call preserve_allcc void @__memscope_foreign_arg(ptr @{{.*}}, ptr @lib_name, ptr %p)
; CHECK-NEXT:    %r = call ptr @lib_name(ptr %p)
; CHECK-NEXT:    call preserve_allcc void @__memscope_foreign_result(ptr @{{.*}}, ptr @lib_name, ptr %r)
; CHECK-NEXT:    ret ptr %r

define ptr @invokes(ptr %p) personality ptr @__gxx_personality_v0 {
entry:
  %r = invoke ptr @lib_name(ptr %p) to label %ok unwind label %lp
ok:
  ret ptr %r
lp:
  %l = landingpad { ptr, i32 } cleanup
  resume { ptr, i32 } %l
}
; CHECK-LABEL: define ptr @invokes(
; CHECK:         invoke ptr @lib_name(ptr %p)
; CHECK-NEXT:      to label %[[OK:.*]] unwind
; CHECK:       [[OK]]:
; CHECK:         call preserve_allcc void @__memscope_foreign_result(ptr @{{.*}}, ptr @lib_name, ptr %r)

; CHECK: declare preserve_allcc void @__memscope_foreign_arg(ptr, ptr, ptr)

; OFF-NOT: __memscope_foreign
; TWICE-COUNT-3: call preserve_allcc void @__memscope_foreign_arg(ptr @{{.*}}, ptr @lib_name
; TWICE-NOT: call preserve_allcc void @__memscope_foreign_arg(ptr @{{.*}}, ptr @lib_name

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!3, !4}
!0 = distinct !DICompileUnit(language: DW_LANG_C99, file: !1, producer: "clang", emissionKind: FullDebug)
!1 = !DIFile(filename: "t.c", directory: "/src")
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 7, !"Dwarf Version", i32 5}
!5 = distinct !DISubprogram(name: "hands", scope: !1, file: !1, line: 5, type: !6, unit: !0)
!6 = !DISubroutineType(types: !7)
!7 = !{null}
!8 = !DILocation(line: 7, column: 3, scope: !5)
