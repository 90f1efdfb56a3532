; The runtime prints the stack from the report call's return address, so the
; report call carries the !dbg of the access it reports, and is nomerge so
; code generation cannot fold the calls of two accesses into one. The
; out-of-line check and the memintrinsic replacement keep it as well.
;
; RUN: %opt_memscope -passes=memscope-memory-access -S %s | FileCheck %s

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

define i32 @f(ptr %p, ptr %q, ptr %d) !dbg !5 {
  %v = load i32, ptr %p, align 4, !dbg !8
  store i32 %v, ptr %q, align 4, !dbg !9
  %w = load i64, ptr %q, align 1, !dbg !10
  %x = load <8 x i64>, ptr %q, align 8, !dbg !13
  call void @llvm.memcpy.p0.p0.i64(ptr %d, ptr %p, i64 4, i1 false), !dbg !11
  ret i32 %v, !dbg !12
}
; CHECK-LABEL: define i32 @f(
; CHECK:         call preserve_allcc void @__memscope_report_load4(i64 {{%.*}}) #[[NOMERGE:[0-9]+]], !dbg [[LOAD:![0-9]+]]
; CHECK:         %v = load i32, ptr %p, align 4, !dbg [[LOAD]]
; CHECK:         call preserve_allcc void @__memscope_report_store4(i64 {{%.*}}) #[[NOMERGE]], !dbg [[STORE:![0-9]+]]
; CHECK:         store i32 %v, ptr %q, align 4, !dbg [[STORE]]
; CHECK:         call preserve_allcc void @__memscope_report_load_n(i64 {{%.*}}, i64 8) #[[NOMERGE]], !dbg [[UNALIGNED:![0-9]+]]
; CHECK:         call preserve_allcc void @__memscope_report_load_n(i64 {{%.*}}, i64 8) #[[NOMERGE]], !dbg [[UNALIGNED]]
; CHECK:         %w = load i64, ptr %q, align 1, !dbg [[UNALIGNED]]
; CHECK:         call void @__memscope_loadN(i64 {{%.*}}, i64 64), !dbg [[WIDE:![0-9]+]]
; CHECK-NEXT:    %x = load <8 x i64>, ptr %q, align 8, !dbg [[WIDE]]
; CHECK-NEXT:    call ptr @__memscope_memcpy(ptr %d, ptr %p, i64 4) #[[NOMERGE]], !dbg [[MEMCPY:![0-9]+]]

; CHECK: attributes #[[NOMERGE]] = { nomerge }
; CHECK-DAG: [[LOAD]] = !DILocation(line: 3, column: 11,
; CHECK-DAG: [[STORE]] = !DILocation(line: 4, column: 6,
; CHECK-DAG: [[UNALIGNED]] = !DILocation(line: 5, column: 11,
; CHECK-DAG: [[MEMCPY]] = !DILocation(line: 6, column: 3,
; CHECK-DAG: [[WIDE]] = !DILocation(line: 8, column: 11,

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!3, !4}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "debugloc.c", directory: "/tmp")
!2 = !DISubroutineType(types: !{})
!3 = !{i32 7, !"Dwarf Version", i32 5}
!4 = !{i32 2, !"Debug Info Version", i32 3}
!5 = distinct !DISubprogram(name: "f", scope: !1, file: !1, line: 2, type: !2, scopeLine: 2, spFlags: DISPFlagDefinition, unit: !0)
!8 = !DILocation(line: 3, column: 11, scope: !5)
!9 = !DILocation(line: 4, column: 6, scope: !5)
!10 = !DILocation(line: 5, column: 11, scope: !5)
!11 = !DILocation(line: 6, column: 3, scope: !5)
!12 = !DILocation(line: 7, column: 3, scope: !5)
!13 = !DILocation(line: 8, column: 11, scope: !5)
