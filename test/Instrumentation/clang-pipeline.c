// clang -fpass-plugin runs the instrumentation at the OptimizerLast extension
// point at every optimisation level, -O0 (optnone functions) included, and in
// the pre-link step of ThinLTO.
//
// RUN: %clang -O0 -fpass-plugin=%memscope_plugin -S -emit-llvm -o - %s | FileCheck %s
// RUN: %clang -O1 -fpass-plugin=%memscope_plugin -S -emit-llvm -o - %s | FileCheck %s
// RUN: %clang -O2 -fpass-plugin=%memscope_plugin -S -emit-llvm -o - %s | FileCheck %s
// RUN: %clang -O3 -fpass-plugin=%memscope_plugin -S -emit-llvm -o - %s | FileCheck %s
// RUN: %clang -O2 -flto=thin -fpass-plugin=%memscope_plugin -S -emit-llvm -o - %s | FileCheck %s

// At -O0 the parameter's own stack slot is left alone; the int is checked.
int get(int *p) { return *p; }
// CHECK-LABEL: define {{.*}}i32 @get(
// CHECK-NOT:     call void @__memscope_report
// CHECK:         lshr i64 {{%.*}}, 3
// CHECK-NEXT:    add i64 {{%.*}}, 2147450880
// CHECK:         call preserve_allcc void @__memscope_report_load4(
// CHECK-NOT:     call void @__memscope_report
// CHECK:         ret i32

void put(long *p, long v) { *p = v; }
// CHECK-LABEL: define {{.*}}void @put(
// CHECK:         call preserve_allcc void @__memscope_report_store8(
// CHECK-NOT:     call void @__memscope_report
// CHECK:         ret void

// CHECK: @memscope.module_ctor_v1()
// CHECK-NEXT: call void @__memscope_init()
