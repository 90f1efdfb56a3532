// Allocation types: new-expressions (clang's !heapallocsite), the allocate()
// of std::allocator (make_shared's object, a container's buffer), and malloc
// or calloc stored straight into a local declared as a typed pointer. Each
// gets __memscope_alloc_type(site, result) after the call, with Op
// ALLOC_TYPE, Family 0 and the type in the descriptor; typedefs are resolved.
// Where the unit's DWARF defines the type, its pointer layout follows the
// type's NUL ('w' data, 'p' a pointer), with MEMSCOPE_SITE_LAYOUT.
//
// DEFINE: %{compile} = %clangxx -g -fno-discard-value-names \
// DEFINE:   -fpass-plugin=%memscope_plugin -S -emit-llvm %s
// DEFINE: %{check} = FileCheck %s -D#ALLOC_TYPE=14 -D#SYSTEM_HEADER=1 -D#ARRAY=4 -D#LAYOUT=16
//
// RUN: %{compile} -stdlib=libstdc++ -std=c++17 -O0 -o %t.17.ll
// RUN: %{check} --input-file=%t.17.ll
// RUN: FileCheck %s --check-prefix=NOT --input-file=%t.17.ll
// RUN: %{compile} -stdlib=libstdc++ -std=c++20 -O2 -o %t.20.ll
// RUN: %{check} --input-file=%t.20.ll
// RUN: FileCheck %s --check-prefixes=NOT,CXX20 --input-file=%t.20.ll
// RUN: %if libcxx %{ %{compile} -stdlib=libc++ -std=c++20 -O0 -o - | %{check} %}

#include <cstdlib>
#include <memory>
#include <vector>

namespace ns {
struct Widget {
  int x;
};
} // namespace ns
typedef ns::Widget WidgetAlias;
struct Node {
  int v;
};

// CHECK-DAG: @[[MAIN:memscope.str[.0-9]*]] = {{.*}} c"main\00"
// CHECK-DAG: @[[WIDGET:memscope.str[.0-9]*]] = {{.*}} c"ns::Widget\00w\00"
// CHECK-DAG: @[[INT:memscope.str[.0-9]*]] = {{.*}} c"int\00w\00"
// CHECK-DAG: @[[NODE_L:memscope.str[.0-9]*]] = {{.*}} c"Node\00w\00"

int main() {
  ns::Widget *w = new ns::Widget;
  // CHECK-DAG: @[[S_NEW:memscope.site[.0-9]*]] = private global %memscope.site { i32 0, i8 [[#ALLOC_TYPE]], i8 0, i16 [[#LAYOUT]], i32 [[#@LINE-1]], i32 {{[0-9]+}}, ptr @{{[^,]+}}, ptr @[[MAIN]], ptr null, ptr @[[WIDGET]] }
  // CHECK-DAG: call ptr @__memscope_alloc_type(ptr{{.*}} @[[S_NEW]], ptr{{.*}} %call)
  int *i = new int(3);
  // CHECK-DAG: @[[S_INT:memscope.site[.0-9]*]] = private global %memscope.site { i32 0, i8 [[#ALLOC_TYPE]], i8 0, i16 [[#LAYOUT]], i32 [[#@LINE-1]], i32 {{[0-9]+}}, ptr @{{[^,]+}}, ptr @[[MAIN]], ptr null, ptr @[[INT]] }
  // CHECK-DAG: call ptr @__memscope_alloc_type(ptr{{.*}} @[[S_INT]], ptr{{.*}} %call{{[0-9]+}})
  char **pp = new char *;
  // CHECK-DAG: @[[CHARP:memscope.str[.0-9]*]] = {{.*}} c"char*\00p\00"
  // CHECK-DAG: @[[S_CHARP:memscope.site[.0-9]*]] = private global %memscope.site { i32 0, i8 [[#ALLOC_TYPE]], i8 0, i16 [[#LAYOUT]], i32 [[#@LINE-2]], i32 {{[0-9]+}}, ptr @{{[^,]+}}, ptr @[[MAIN]], ptr null, ptr @[[CHARP]] }
  ns::Widget *wa = new ns::Widget[4];
  // CHECK-DAG: @[[S_NEW_ARRAY:memscope.site[.0-9]*]] = private global %memscope.site { i32 0, i8 [[#ALLOC_TYPE]], i8 0, i16 [[#ARRAY+LAYOUT]], i32 [[#@LINE-1]], i32 {{[0-9]+}}, ptr @{{[^,]+}}, ptr @[[MAIN]], ptr null, ptr @[[WIDGET]] }

  // make_shared's one allocation holds the control block and the Node; it is
  // typed once, where the library calls allocate() (C++20 libstdc++'s
  // std::allocator::allocate calls __new_allocator::allocate in turn).
  auto shared = std::make_shared<Node>();
  // CHECK-DAG: @[[S_MAKE_SHARED:memscope.site[.0-9]*]] = private global %memscope.site { i32 0, i8 [[#ALLOC_TYPE]], i8 0, i16 [[#SYSTEM_HEADER+LAYOUT]], i32 {{[0-9]+}}, i32 {{[0-9]+}}, ptr @{{[^,]+}}, ptr @{{[^,]+}}, ptr null, ptr @[[NODE_L]] }
  // CHECK-DAG: call ptr @__memscope_alloc_type(ptr{{.*}} @[[S_MAKE_SHARED]], ptr{{.*}} %{{.*}})
  // CXX20-NOT: c"std::allocator<{{[^"]*}}>::allocate(

  // A container's buffer: an array of its element type.
  std::vector<Node> nodes;
  nodes.push_back(Node{1});
  // CHECK-DAG: @[[S_BUFFER:memscope.site[.0-9]*]] = private global %memscope.site { i32 0, i8 [[#ALLOC_TYPE]], i8 0, i16 [[#SYSTEM_HEADER+ARRAY+LAYOUT]], i32 {{[0-9]+}}, i32 {{[0-9]+}}, ptr @{{[^,]+}}, ptr @{{[^,]+}}, ptr null, ptr @[[NODE_L]] }
  // CHECK-DAG: call ptr @__memscope_alloc_type(ptr{{.*}} @[[S_BUFFER]], ptr{{.*}} %{{.*}})

  // malloc into a typed local: the local's pointee, and the local's name.
  Node *m = (Node *)malloc(sizeof(Node));
  // CHECK-DAG: @[[M:memscope.str[.0-9]*]] = {{.*}} c"m\00"
  // CHECK-DAG: @[[S_MALLOC:memscope.site[.0-9]*]] = private global %memscope.site { i32 0, i8 [[#ALLOC_TYPE]], i8 0, i16 [[#LAYOUT]], i32 [[#@LINE-2]], i32 {{[0-9]+}}, ptr @{{[^,]+}}, ptr @[[MAIN]], ptr @[[M]], ptr @[[NODE_L]] }
  // CHECK-DAG: call ptr @__memscope_alloc_type(ptr{{.*}} @[[S_MALLOC]], ptr{{.*}} %call{{[0-9]+}})
  WidgetAlias *t = (WidgetAlias *)calloc(1, sizeof(WidgetAlias));
  // CHECK-DAG: @[[T:memscope.str[.0-9]*]] = {{.*}} c"t\00"
  // CHECK-DAG: @[[S_CALLOC:memscope.site[.0-9]*]] = private global %memscope.site { i32 0, i8 [[#ALLOC_TYPE]], i8 0, i16 [[#LAYOUT]], i32 [[#@LINE-2]], i32 {{[0-9]+}}, ptr @{{[^,]+}}, ptr @[[MAIN]], ptr @[[T]], ptr @[[WIDGET]] }
  // Nothing to name: void.
  void *raw = malloc(16);
  // NOT-NOT: c"raw\00"
  // NOT:     @memscope.site = private global

  int result = w->x + *i + (*pp != nullptr) + wa[0].x + shared->v +
               nodes[0].v + m->v + t->x + (raw != nullptr);
  delete w;
  delete i;
  delete pp;
  delete[] wa;
  free(m);
  free(t);
  free(raw);
  return result;
}
