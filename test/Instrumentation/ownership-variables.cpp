// The descriptor's Variable names the owner slot: a local, a parameter passed
// by value (clang declares it through `%x.indirect_addr`), a reference, a
// global (qualified), a member reached by a constant-offset GEP (named after
// the class that declares it, a base class or a class template too; a first
// member as well, whose GEP has only zero indices). At -O2 clang's
// assignment tracking has turned the locals' #dbg_declare into #dbg_assign
// before PipelineStart; the names are the same.
//
// DEFINE: %{compile} = %clangxx -std=c++17 -g -fno-discard-value-names \
// DEFINE:   -fpass-plugin=%memscope_plugin -S -emit-llvm -o - %s
// DEFINE: %{check} = FileCheck %s -D#COPY=3 -D#MOVE=4 -D#RESET=6 \
// DEFINE:   -D#SHARED=1 -D#WEAK=3
//
// RUN: %{compile} -O0 | %{check}
// RUN: %{compile} -O2 | %{check}
// RUN: %if libcxx %{ %{compile} -O0 -stdlib=libc++ | %{check} %}

#include <memory>

namespace ns {
struct Peer {
  int id;
  std::shared_ptr<Peer> other;
  void link(std::shared_ptr<Peer> p);
};
void Peer::link(std::shared_ptr<Peer> p) { other = std::move(p); }
// CHECK-DAG: @[[OTHER:memscope.str[.0-9]*]] = {{.*}} c"ns::Peer::other\00"
// CHECK-DAG: @{{memscope.site[.0-9]*}} = private global %memscope.site { i32 0, i8 [[#MOVE]], i8 [[#SHARED]], i16 {{0|8}}, i32 [[#@LINE-2]], i32 {{[0-9]+}}, ptr @{{[^,]+}}, ptr @{{[^,]+}}, ptr @[[OTHER]], ptr @{{[^,]+}} }
std::shared_ptr<Peer> root;
} // namespace ns

struct Base {
  long pad;
  std::shared_ptr<int> fromBase;
};
struct Derived : Base {
  int more;
};
struct First {
  std::shared_ptr<int> head;
};
template <class T> struct Box {
  T pad;
  std::shared_ptr<T> item;
};
static std::weak_ptr<int> lastSeen;

void variables(std::shared_ptr<ns::Peer> byValue, Derived &d, Box<int> &b,
               First &f) {
  std::shared_ptr<ns::Peer> local = byValue;
  // CHECK-DAG: @[[LOCAL:memscope.str[.0-9]*]] = {{.*}} c"local\00"
  // CHECK-DAG: @{{memscope.site[.0-9]*}} = private global %memscope.site { i32 0, i8 [[#COPY]], i8 [[#SHARED]], i16 {{0|8}}, i32 [[#@LINE-2]], i32 {{[0-9]+}}, ptr @{{[^,]+}}, ptr @{{[^,]+}}, ptr @[[LOCAL]], ptr @{{[^,]+}} }
  byValue.reset();
  // CHECK-DAG: @[[BY_VALUE:memscope.str[.0-9]*]] = {{.*}} c"byValue\00"
  // CHECK-DAG: @{{memscope.site[.0-9]*}} = private global %memscope.site { i32 0, i8 [[#RESET]], i8 [[#SHARED]], i16 {{0|8}}, i32 [[#@LINE-2]], i32 {{[0-9]+}}, ptr @{{[^,]+}}, ptr @{{[^,]+}}, ptr @[[BY_VALUE]], ptr @{{[^,]+}} }
  std::shared_ptr<ns::Peer> &ref = local;
  ref.reset();
  // CHECK-DAG: @[[REF:memscope.str[.0-9]*]] = {{.*}} c"ref\00"
  // CHECK-DAG: @{{memscope.site[.0-9]*}} = private global %memscope.site { i32 0, i8 [[#RESET]], i8 [[#SHARED]], i16 {{0|8}}, i32 [[#@LINE-2]], i32 {{[0-9]+}}, ptr @{{[^,]+}}, ptr @{{[^,]+}}, ptr @[[REF]], ptr @{{[^,]+}} }
  ns::root = local;
  // CHECK-DAG: @[[ROOT:memscope.str[.0-9]*]] = {{.*}} c"ns::root\00"
  // CHECK-DAG: @{{memscope.site[.0-9]*}} = private global %memscope.site { i32 0, i8 [[#COPY]], i8 [[#SHARED]], i16 {{0|8}}, i32 [[#@LINE-2]], i32 {{[0-9]+}}, ptr @{{[^,]+}}, ptr @{{[^,]+}}, ptr @[[ROOT]], ptr @{{[^,]+}} }
  d.fromBase.reset();
  // CHECK-DAG: @[[FROM_BASE:memscope.str[.0-9]*]] = {{.*}} c"Base::fromBase\00"
  // CHECK-DAG: @{{memscope.site[.0-9]*}} = private global %memscope.site { i32 0, i8 [[#RESET]], i8 [[#SHARED]], i16 {{0|8}}, i32 [[#@LINE-2]], i32 {{[0-9]+}}, ptr @{{[^,]+}}, ptr @{{[^,]+}}, ptr @[[FROM_BASE]], ptr @{{[^,]+}} }
  // A first member: an all-zero GEP.
  f.head.reset();
  // CHECK-DAG: @[[HEAD:memscope.str[.0-9]*]] = {{.*}} c"First::head\00"
  // CHECK-DAG: @{{memscope.site[.0-9]*}} = private global %memscope.site { i32 0, i8 [[#RESET]], i8 [[#SHARED]], i16 {{0|8}}, i32 [[#@LINE-2]], i32 {{[0-9]+}}, ptr @{{[^,]+}}, ptr @{{[^,]+}}, ptr @[[HEAD]], ptr @{{[^,]+}} }
  b.item.reset();
  // CHECK-DAG: @[[ITEM:memscope.str[.0-9]*]] = {{.*}} c"Box::item\00"
  // CHECK-DAG: @{{memscope.site[.0-9]*}} = private global %memscope.site { i32 0, i8 [[#RESET]], i8 [[#SHARED]], i16 {{0|8}}, i32 [[#@LINE-2]], i32 {{[0-9]+}}, ptr @{{[^,]+}}, ptr @{{[^,]+}}, ptr @[[ITEM]], ptr @{{[^,]+}} }
  lastSeen = d.fromBase;
  // CHECK-DAG: @[[LAST_SEEN:memscope.str[.0-9]*]] = {{.*}} c"lastSeen\00"
  // CHECK-DAG: @{{memscope.site[.0-9]*}} = private global %memscope.site { i32 0, i8 [[#COPY]], i8 [[#WEAK]], i16 {{256|264}}, i32 [[#@LINE-2]], i32 {{[0-9]+}}, ptr @{{[^,]+}}, ptr @{{[^,]+}}, ptr @[[LAST_SEEN]], ptr @{{[^,]+}} }
}
