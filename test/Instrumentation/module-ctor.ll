; Every module gets memscope.module_ctor_v1, which initialises the runtime and
; then calls the ABI version check, registered in llvm.global_ctors at
; priority 1 ahead of user constructors. On ELF it lives in a comdat of its
; own name, so the linker keeps one copy per binary, and the ctor entry names
; it as associated data so the entry goes away with a discarded copy.
;
; RUN: %opt_memscope -passes=memscope-module-ctor -S %s | FileCheck %s
; RUN: %opt_memscope -passes=memscope-module-ctor -mtriple=x86_64-apple-macosx -S %s \
; RUN:   | FileCheck %s --check-prefix=MACHO

target triple = "x86_64-unknown-linux-gnu"

@llvm.global_ctors = appending global [1 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 65535, ptr @user_ctor, ptr null }]

define void @user_ctor() {
  ret void
}

; CHECK: $memscope.module_ctor_v1 = comdat any
; CHECK: @llvm.global_ctors = appending global [2 x { i32, ptr, ptr }]
; CHECK-SAME: [{ i32, ptr, ptr } { i32 65535, ptr @user_ctor, ptr null },
; CHECK-SAME:  { i32, ptr, ptr } { i32 1, ptr @memscope.module_ctor_v1, ptr @memscope.module_ctor_v1 }]

; CHECK-LABEL: define internal void @memscope.module_ctor_v1()
; CHECK-SAME:    comdat {
; CHECK-NEXT:    call void @__memscope_init()
; CHECK-NEXT:    call void @__memscope_version_mismatch_check_v1()
; CHECK-NEXT:    ret void
; CHECK-NEXT:  }

; Mach-O has no comdats: a plain entry.
; MACHO-NOT: comdat
; MACHO: { i32 1, ptr @memscope.module_ctor_v1, ptr null }
; MACHO-NOT: comdat
; MACHO-LABEL: define internal void @memscope.module_ctor_v1() {{#[0-9]+}} {
; MACHO-NEXT:    call void @__memscope_init()
; MACHO-NEXT:    call void @__memscope_version_mismatch_check_v1()
