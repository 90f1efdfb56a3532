; AttributesPass marks the functions memscope instruments sanitize_address,
; so the optimiser keeps their accesses as written; declarations, runtime
; functions and functions opting out of instrumentation are left alone.
;
; RUN: %opt_memscope -passes=memscope-attributes -S %s | FileCheck %s

; CHECK: define i32 @user(ptr %p) [[ATTRS:#[0-9]+]]
define i32 @user(ptr %p) {
  %v = load i32, ptr %p
  ret i32 %v
}

; CHECK: define void @opted_out() [[OPTOUT:#[0-9]+]]
define void @opted_out() disable_sanitizer_instrumentation {
  ret void
}

; CHECK: define void @__memscope_helper() {
define void @__memscope_helper() {
  ret void
}

; CHECK: declare void @external()
declare void @external()

; CHECK: attributes [[ATTRS]] = { sanitize_address }
; CHECK: attributes [[OPTOUT]] = { disable_sanitizer_instrumentation }
