// A call from user code into library code that makes ownership events (here
// std::vector::push_back, whose element copy is recorded inside the header)
// keeps its own descriptor (Op 15, MEMSCOPE_OP_CALL) in __memscope_caller
// while it runs: saved before, stored, restored after the call, and where an
// invoke's exception lands. Calls into library code that makes no events
// (size()) are left alone, and so are the library's own calls. The accesses
// to the variable carry !nosanitize so that the access checks skip them.
//
// DEFINE: %{compile} = %clangxx -std=c++17 -g -fpass-plugin=%memscope_plugin \
// DEFINE:   -mllvm -memscope-instrument-alloc-types=0 -S -emit-llvm -o - %s
//
// RUN: %{compile} -O0 | FileCheck %s
// RUN: %{compile} -O0 | FileCheck %s --check-prefix=LIB
// RUN: %{compile} -O0 | FileCheck %s --check-prefix=DESC
// RUN: %{compile} -O0 -mllvm -memscope-library-callers=0 | FileCheck %s --check-prefix=OFF
// RUN: %{compile} -O2 | FileCheck %s --check-prefix=OPT

#include <memory>
#include <vector>

struct W {
  int v;
};
std::vector<std::shared_ptr<W>> all;

// CHECK: @__memscope_caller = external thread_local(initialexec) global ptr

// CHECK-LABEL: define {{.*}}@_Z4keepRKSt10shared_ptrI1WE(
// CHECK: %[[SAVED:.*]] = load ptr, ptr @__memscope_caller, {{.*}}!nosanitize
// CHECK-NEXT: store ptr @{{memscope.site[.0-9]*}}, ptr @__memscope_caller, {{.*}}!nosanitize
// CHECK-NEXT: call void @_ZNSt6vectorISt10shared_ptrI1WESaIS2_EE9push_backERKS2_(
// CHECK-NEXT: store ptr %[[SAVED]], ptr @__memscope_caller, {{.*}}!nosanitize
// CHECK: ret void
void keep(const std::shared_ptr<W> &p) {
  all.push_back(p);
  // The descriptor: Op 15, the user's call.
  // DESC: @memscope.site{{[.0-9]*}} = private global %memscope.site { i32 0, i8 15, i8 0, i16 0, i32 [[@LINE-2]], i32 7,
}

// CHECK-LABEL: define {{.*}}@_Z4sizev(
// CHECK-NOT: __memscope_caller
// CHECK: ret i32
int size() { return static_cast<int>(all.size()); }

// An invoke: restored on the normal path and in its own landing pad.
// CHECK-LABEL: define {{.*}}@_Z5guardRKSt10shared_ptrI1WE(
// CHECK: store ptr @{{memscope.site[.0-9]*}}, ptr @__memscope_caller
// CHECK: invoke void @_ZNSt6vectorISt10shared_ptrI1WESaIS2_EE9push_backERKS2_(
// CHECK: store ptr %{{.*}}, ptr @__memscope_caller
// CHECK: landingpad
// CHECK-NEXT: {{(catch|cleanup)}}
// CHECK: store ptr %{{.*}}, ptr @__memscope_caller
struct Guard {
  ~Guard();
};
void guard(const std::shared_ptr<W> &p) {
  Guard g;
  all.push_back(p);
}

// The library's own functions never touch the variable.
// LIB-LABEL: define linkonce_odr {{.*}}@_ZNSt6vectorISt10shared_ptrI1WESaIS2_EE9push_backERKS2_(
// LIB-NOT: __memscope_caller
// LIB: ret void

// OFF-NOT: __memscope_caller

// OPT-LABEL: define {{.*}}@_Z4keepRKSt10shared_ptrI1WE(
// OPT: load ptr, ptr @__memscope_caller
// OPT: store ptr @{{memscope.site[.0-9]*}}, ptr @__memscope_caller
