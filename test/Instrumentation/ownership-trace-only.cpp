// Events only a recorded trace needs: a weak_ptr's, and a borrow whose raw
// pointer is used at once to reach the pointee. Their sites carry
// MEMSCOPE_SITE_TRACE_ONLY; outside optnone functions the call runs only
// while __memscope_trace_on is set. A borrow whose pointer may outlive the
// expression (stored, passed on, a member function's `this`) is one a
// report can quote: always called, no flag.
//
// RUN: %clangxx -g -O2 -fno-discard-value-names -fpass-plugin=%memscope_plugin \
// RUN:   -S -emit-llvm %s -o - | FileCheck %s --check-prefixes=CHECK,OPT
// RUN: %clangxx -g -O0 -fno-discard-value-names -fpass-plugin=%memscope_plugin \
// RUN:   -S -emit-llvm %s -o - | FileCheck %s --check-prefixes=CHECK,NOOPT

#include <memory>

struct Node {
  int v = 0;
  int get() const { return v; }
};
void keep(Node *);

// CHECK-DAG: @[[READ:memscope.site[.0-9]*]] = private global %memscope.site { i32 0, i8 12, i8 1, i16 256, i32 [[#@LINE+3]],
// CHECK-DAG: @[[CMP:memscope.site[.0-9]*]] = private global %memscope.site { i32 0, i8 11, i8 1, i16 256, i32 [[#@LINE+5]],
int readField(const std::shared_ptr<Node> &p) {
  return p->v;
}
bool isNull(const std::shared_ptr<Node> &p) {
  return p.get() == nullptr;
}

// CHECK-DAG: @[[KEPT:memscope.site[.0-9]*]] = private global %memscope.site { i32 0, i8 11, i8 1, i16 0, i32 [[#@LINE+5]],
// CHECK-DAG: @[[PASSED:memscope.site[.0-9]*]] = private global %memscope.site { i32 0, i8 11, i8 1, i16 0, i32 [[#@LINE+5]],
// CHECK-DAG: @[[THIS:memscope.site[.0-9]*]] = private global %memscope.site { i32 0, i8 12, i8 1, i16 0, i32 [[#@LINE+5]],
// CHECK-DAG: @[[REF:memscope.site[.0-9]*]] = private global %memscope.site { i32 0, i8 13, i8 1, i16 0, i32 [[#@LINE+5]],
int escapes(const std::shared_ptr<Node> &p) {
  Node *kept = p.get();
  keep(p.get());
  int v = p->get();
  Node &ref = *p;
  return v + kept->v + ref.v;
}

// CHECK-DAG: @[[WEAK:memscope.site[.0-9]*]] = private global %memscope.site { i32 0, i8 3, i8 3, i16 256, i32 [[#@LINE+2]],
void watch(const std::shared_ptr<Node> &p, std::weak_ptr<Node> &w) {
  w = p;
}

// The calls, in the functions above.
// OPT-LABEL: define {{.*}}readField
// OPT:       %[[ON:[0-9a-z.]+]] = load i8, ptr @__memscope_trace_on
// OPT:       call void @__memscope_borrow(ptr{{.*}} @[[READ]], ptr{{.*}} %p)
// NOOPT-LABEL: define {{.*}}readField
// NOOPT-NOT:   __memscope_trace_on
// NOOPT:       call void @__memscope_borrow(ptr{{.*}} @[[READ]], ptr
// OPT-LABEL: define {{.*}}escapes
// OPT-NOT:   __memscope_trace_on
// OPT:       ret i32
// OPT-LABEL: define {{.*}}watch
// OPT:       load i8, ptr @__memscope_trace_on
// OPT:       call void @__memscope_own_update(ptr{{.*}} @[[WEAK]], ptr{{.*}} %w, ptr{{.*}} %p)
