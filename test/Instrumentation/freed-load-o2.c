// The -O2 pipeline must keep a load from memory that was just freed: without
// the sanitize_address mark (pass/Attributes.h) GVN folds it into undef and
// the use-after-free vanishes before memscope could check it.
//
// RUN: %clang -O2 -fpass-plugin=%memscope_plugin -S -emit-llvm -o - %s | FileCheck %s
// RUN: %clang -O0 -fpass-plugin=%memscope_plugin -S -emit-llvm -o - %s | FileCheck %s

#include <stdlib.h>

// CHECK-LABEL: define{{.*}} i32 @read_after_free(
int read_after_free(void) {
  int *p = malloc(sizeof(int));
  *p = 42;
  free(p);
  // CHECK: call preserve_allcc void @__memscope_report_load4(
  // CHECK: load i32, ptr
  return *p;
}
