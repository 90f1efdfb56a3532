; In the module that defines `int main`, every return of main first hands its
; value to __memscope_main_return (the exit status the trace's End record
; keeps; an atexit handler never learns it). Other functions, and a main
; that returns no int, are left alone; a second run adds nothing.
;
; RUN: %opt_memscope -passes=memscope-module-ctor -S %s | FileCheck %s
; RUN: %opt_memscope -passes=memscope-module-ctor,memscope-module-ctor -S %s \
; RUN:   | FileCheck %s --check-prefix=TWICE

target triple = "x86_64-unknown-linux-gnu"

define i32 @main(i32 %argc, ptr %argv) {
entry:
  %small = icmp slt i32 %argc, 2
  br i1 %small, label %early, label %late

early:
  ret i32 3

late:
  %r = add i32 %argc, 1
  ret i32 %r
}

define i32 @other() {
  ret i32 7
}

; CHECK-LABEL: define i32 @main(
; CHECK:       early:
; CHECK-NEXT:    call void @__memscope_main_return(i32 3)
; CHECK-NEXT:    ret i32 3
; CHECK:       late:
; CHECK-NEXT:    %r = add i32 %argc, 1
; CHECK-NEXT:    call void @__memscope_main_return(i32 %r)
; CHECK-NEXT:    ret i32 %r
; CHECK-LABEL: define i32 @other(
; CHECK-NEXT:    ret i32 7

; TWICE-COUNT-2: call void @__memscope_main_return
; TWICE-NOT: call void @__memscope_main_return
