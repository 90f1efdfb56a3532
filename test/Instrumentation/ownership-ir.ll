; The shape of the ownership instrumentation on hand-written calls: the update
; right after the call, or at the start of an invoke's normal destination (on
; an edge of its own when that block has other predecessors); the destroy
; before the destructor; `this`, the sret and the first parameter in their
; places; reset(<null literal>) recorded as RESET; the call's !dbg on the
; runtime call; the descriptor's file (absolute, `..` removed, flagged when in
; a system header) and function (demangled). A call whose arguments do not
; match its callee's name, and a function that opts out, are left alone. A
; second run adds nothing.
;
; RUN: %opt_memscope -passes=memscope-ownership -S %s | FileCheck %s
; RUN: %opt_memscope -passes='memscope-ownership,memscope-ownership' -S %s \
; RUN:   | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%"class.std::shared_ptr" = type { ptr, ptr }

; std::shared_ptr<Node>::shared_ptr(std::shared_ptr<Node> const&)
declare void @_ZNSt10shared_ptrI4NodeEC2ERKS1_(ptr, ptr)
; std::shared_ptr<Node>::~shared_ptr()
declare void @_ZNSt10shared_ptrI4NodeED2Ev(ptr)
; std::weak_ptr<Node>::lock() const
declare void @_ZNKSt8weak_ptrI4NodeE4lockEv(ptr sret(%"class.std::shared_ptr"), ptr)
; std::unique_ptr<Node, std::default_delete<Node>>::reset(Node*)
declare void @_ZNSt10unique_ptrI4NodeSt14default_deleteIS0_EE5resetEPS0_(ptr, ptr)
declare i32 @__gxx_personality_v0(...)

; Strings first, each once, then one descriptor per call in call order:
; { Id, Op, Family, Flags, Line, Column, File, Function, Variable, Type }.
; CHECK: %memscope.site = type { i32, i8, i8, i16, i32, i32, ptr, ptr, ptr, ptr }
; CHECK: @[[FILE:memscope.str[.0-9]*]] = private unnamed_addr constant [13 x i8] c"/src/own.cpp\00", align 1
; CHECK-NEXT: @[[COPY:memscope.str[.0-9]*]] = private unnamed_addr constant [5 x i8] c"copy\00", align 1
; CHECK-NEXT: @[[NODE:memscope.str[.0-9]*]] = private unnamed_addr constant [5 x i8] c"Node\00", align 1
; CHECK-NEXT: @[[LOCK:memscope.str[.0-9]*]] = private unnamed_addr constant [16 x i8] c"lock_into_local\00", align 1
; CHECK-NEXT: @[[HEADER:memscope.str[.0-9]*]] = private unnamed_addr constant [38 x i8] c"/usr/include/c++/14/bits/shared_ptr.h\00", align 1
; CHECK-NEXT: @[[DESTROY:memscope.str[.0-9]*]] = private unnamed_addr constant [21 x i8] c"destroy(shared_ptr*)\00", align 1
; CHECK-NEXT: @[[INVOKE:memscope.str[.0-9]*]] = private unnamed_addr constant [14 x i8] c"invoke_shared\00", align 1
; CHECK-NEXT: @[[RESETS:memscope.str[.0-9]*]] = private unnamed_addr constant [7 x i8] c"resets\00", align 1
; CHECK-NEXT: @[[NODEBUG:memscope.str[.0-9]*]] = private unnamed_addr constant [8 x i8] c"nodebug\00", align 1
; CHECK-NEXT: @[[S_COPY:memscope.site[.0-9]*]] = private global %memscope.site { i32 0, i8 3, i8 1, i16 0, i32 10, i32 3, ptr @[[FILE]], ptr @[[COPY]], ptr null, ptr @[[NODE]] }, align 8
; CHECK-NEXT: @[[S_LOCK:memscope.site[.0-9]*]] = private global %memscope.site { i32 0, i8 5, i8 1, i16 0, i32 20, i32 7, ptr @[[FILE]], ptr @[[LOCK]], ptr null, ptr @[[NODE]] }, align 8
; CHECK-NEXT: @[[S_DESTROY:memscope.site[.0-9]*]] = private global %memscope.site { i32 0, i8 9, i8 1, i16 1, i32 300, i32 5, ptr @[[HEADER]], ptr @[[DESTROY]], ptr null, ptr @[[NODE]] }, align 8
; CHECK-NEXT: @[[S_INVOKE:memscope.site[.0-9]*]] = private global %memscope.site { i32 0, i8 3, i8 1, i16 0, i32 40, i32 3, ptr @[[FILE]], ptr @[[INVOKE]], ptr null, ptr @[[NODE]] }, align 8
; CHECK-NEXT: @[[S_RESET:memscope.site[.0-9]*]] = private global %memscope.site { i32 0, i8 6, i8 4, i16 0, i32 50, i32 3, ptr @[[FILE]], ptr @[[RESETS]], ptr null, ptr @[[NODE]] }, align 8
; CHECK-NEXT: @[[S_ADOPT:memscope.site[.0-9]*]] = private global %memscope.site { i32 0, i8 1, i8 4, i16 0, i32 51, i32 3, ptr @[[FILE]], ptr @[[RESETS]], ptr null, ptr @[[NODE]] }, align 8
; CHECK-NEXT: @[[S_NODEBUG:memscope.site[.0-9]*]] = private global %memscope.site { i32 0, i8 3, i8 1, i16 0, i32 0, i32 0, ptr null, ptr @[[NODEBUG]], ptr null, ptr @[[NODE]] }, align 8
; CHECK-NOT: @memscope.site

define void @copy(ptr %to, ptr %from) !dbg !10 {
  call void @_ZNSt10shared_ptrI4NodeEC2ERKS1_(ptr %to, ptr %from), !dbg !11
  ret void
}
; CHECK-LABEL: define void @copy(
; CHECK-NEXT:    call void @_ZNSt10shared_ptrI4NodeEC2ERKS1_(ptr %to, ptr %from), !dbg [[L10:![0-9]+]]
; CHECK-NEXT:    call void @__memscope_own_update(ptr @[[S_COPY]], ptr %to, ptr %from), !dbg [[L10]]
; CHECK-NEXT:    ret void

; The sret comes before `this`: the slot is the returned object, the other
; slot the weak_ptr locked.
define void @lock_into_local(ptr %weak) !dbg !20 {
  %s = alloca %"class.std::shared_ptr", align 8
  call void @_ZNKSt8weak_ptrI4NodeE4lockEv(ptr sret(%"class.std::shared_ptr") %s, ptr %weak), !dbg !21
  ret void
}
; CHECK-LABEL: define void @lock_into_local(
; CHECK:         call void @_ZNKSt8weak_ptrI4NodeE4lockEv(ptr sret(%"class.std::shared_ptr") %s, ptr %weak)
; CHECK-NEXT:    call void @__memscope_own_update(ptr @[[S_LOCK]], ptr %s, ptr %weak)

define void @_Z7destroyP10shared_ptr(ptr %p) !dbg !30 {
  call void @_ZNSt10shared_ptrI4NodeED2Ev(ptr %p), !dbg !31
  ret void
}
; CHECK-LABEL: define void @_Z7destroyP10shared_ptr(
; CHECK-NEXT:    call void @__memscope_own_destroy(ptr @[[S_DESTROY]], ptr %p), !dbg [[L300:![0-9]+]]
; CHECK-NEXT:    call void @_ZNSt10shared_ptrI4NodeED2Ev(ptr %p), !dbg [[L300]]

define void @invoke_shared(ptr %to, ptr %from, i1 %c) personality ptr @__gxx_personality_v0 !dbg !40 {
entry:
  br i1 %c, label %copy, label %join
copy:
  invoke void @_ZNSt10shared_ptrI4NodeEC2ERKS1_(ptr %to, ptr %from)
          to label %join unwind label %lpad, !dbg !41
join:
  ret void
lpad:
  %lp = landingpad { ptr, i32 } cleanup
  resume { ptr, i32 } %lp
}
; CHECK-LABEL: define void @invoke_shared(
; CHECK:       copy:
; CHECK-NEXT:    invoke void @_ZNSt10shared_ptrI4NodeEC2ERKS1_(ptr %to, ptr %from)
; CHECK-NEXT:            to label %[[EDGE:.*]] unwind label %lpad
; CHECK:       [[EDGE]]:
; CHECK-NEXT:    call void @__memscope_own_update(ptr @[[S_INVOKE]], ptr %to, ptr %from)
; CHECK-NEXT:    br label %join
; CHECK:       join:
; CHECK-NEXT:    ret void

define void @resets(ptr %u, ptr %p) !dbg !50 {
  call void @_ZNSt10unique_ptrI4NodeSt14default_deleteIS0_EE5resetEPS0_(ptr %u, ptr null), !dbg !51
  call void @_ZNSt10unique_ptrI4NodeSt14default_deleteIS0_EE5resetEPS0_(ptr %u, ptr %p), !dbg !52
  ret void
}
; CHECK-LABEL: define void @resets(
; CHECK-NEXT:    call void @_ZNSt10unique_ptrI4NodeSt14default_deleteIS0_EE5resetEPS0_(ptr %u, ptr null)
; CHECK-NEXT:    call void @__memscope_own_update(ptr @[[S_RESET]], ptr %u, ptr null)
; CHECK-NEXT:    call void @_ZNSt10unique_ptrI4NodeSt14default_deleteIS0_EE5resetEPS0_(ptr %u, ptr %p)
; CHECK-NEXT:    call void @__memscope_own_update(ptr @[[S_ADOPT]], ptr %u, ptr null)

define void @nodebug(ptr %to, ptr %from) {
  call void @_ZNSt10shared_ptrI4NodeEC2ERKS1_(ptr %to, ptr %from)
  ret void
}
; CHECK-LABEL: define void @nodebug(
; CHECK-NEXT:    call void @_ZNSt10shared_ptrI4NodeEC2ERKS1_(ptr %to, ptr %from)
; CHECK-NEXT:    call void @__memscope_own_update(ptr @[[S_NODEBUG]], ptr %to, ptr %from)

; The copy constructor called without its source: not what the name says.
define void @mismatched(ptr %to) {
  call void (ptr) @_ZNSt10shared_ptrI4NodeEC2ERKS1_(ptr %to)
  ret void
}
; CHECK-LABEL: define void @mismatched(
; CHECK-NEXT:    call void @_ZNSt10shared_ptrI4NodeEC2ERKS1_(ptr %to)
; CHECK-NEXT:    ret void

define void @opted_out(ptr %to, ptr %from) disable_sanitizer_instrumentation {
  call void @_ZNSt10shared_ptrI4NodeEC2ERKS1_(ptr %to, ptr %from)
  ret void
}
; CHECK-LABEL: define void @opted_out(
; CHECK-NEXT:    call void @_ZNSt10shared_ptrI4NodeEC2ERKS1_(ptr %to, ptr %from)
; CHECK-NEXT:    ret void

; The runtime never throws.
; CHECK: declare void @__memscope_own_update(ptr, ptr, ptr) #[[NOUNWIND:[0-9]+]]
; CHECK: declare void @__memscope_own_destroy(ptr, ptr) #[[NOUNWIND]]
; CHECK: attributes #[[NOUNWIND]] = { nounwind }
; CHECK: !{i32 7, !"memscope.ownership", i32 1}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}

!0 = distinct !DICompileUnit(language: DW_LANG_C_plus_plus_14, file: !1, producer: "hand-written", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "own.cpp", directory: "/src")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !DISubroutineType(types: !5)
!5 = !{null}
!10 = distinct !DISubprogram(name: "copy", scope: !1, file: !1, line: 9, type: !4, scopeLine: 9, spFlags: DISPFlagDefinition, unit: !0)
!11 = !DILocation(line: 10, column: 3, scope: !10)
; A relative name with `..` in it: the same file.
!19 = !DIFile(filename: "lib/../own.cpp", directory: "/src")
!20 = distinct !DISubprogram(name: "lock_into_local", scope: !19, file: !19, line: 19, type: !4, scopeLine: 19, spFlags: DISPFlagDefinition, unit: !0)
!21 = !DILocation(line: 20, column: 7, scope: !20)
!29 = !DIFile(filename: "/usr/include/c++/14/bits/shared_ptr.h", directory: "/src")
!30 = distinct !DISubprogram(name: "destroy", scope: !29, file: !29, line: 299, type: !4, scopeLine: 299, spFlags: DISPFlagDefinition, unit: !0)
!31 = !DILocation(line: 300, column: 5, scope: !30)
!40 = distinct !DISubprogram(name: "invoke_shared", scope: !1, file: !1, line: 39, type: !4, scopeLine: 39, spFlags: DISPFlagDefinition, unit: !0)
!41 = !DILocation(line: 40, column: 3, scope: !40)
!50 = distinct !DISubprogram(name: "resets", scope: !1, file: !1, line: 49, type: !4, scopeLine: 49, spFlags: DISPFlagDefinition, unit: !0)
!51 = !DILocation(line: 50, column: 3, scope: !50)
!52 = !DILocation(line: 51, column: 3, scope: !50)
