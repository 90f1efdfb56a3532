// Smart-pointer operations in user code, recognised at PipelineStart with
// libstdc++ and libc++, C++17 and C++20, -O0 and -O2. For each statement: the
// runtime call with its slot (and source slot), and its descriptor { Id, Op,
// Family, Flags, Line, Column, File, Function, Variable, Type }.
//
// DEFINE: %{compile} = %clangxx -g -fno-discard-value-names \
// DEFINE:   -fpass-plugin=%memscope_plugin -S -emit-llvm %s
// DEFINE: %{check} = FileCheck %s \
// DEFINE:   -D#ADOPT=1 -D#MAKE=2 -D#COPY=3 -D#MOVE=4 -D#LOCK=5 -D#RESET=6 \
// DEFINE:   -D#SWAP=7 -D#RELEASE=8 -D#DESTROY=9 -D#PRODUCE=10 -D#GET=11 \
// DEFINE:   -D#ARROW=12 -D#DEREF=13 \
// DEFINE:   -D#SHARED=1 -D#SINGLE=2 -D#WEAK=3 -D#UNIQUE=4 \
// DEFINE:   -D#SYSTEM_HEADER=1 -D#CONST_POINTEE=2 -D#LIBCXX=0 \
// DEFINE:   -D#TRACE_ONLY=256
//
// RUN: %{compile} -stdlib=libstdc++ -std=c++17 -O0 -o %t.ll
// RUN: %{check} --check-prefixes=CHECK,GNU --input-file=%t.ll
// RUN: FileCheck %s --check-prefix=CUSTOM --input-file=%t.ll
// RUN: %{compile} -stdlib=libstdc++ -std=c++20 -O0 -o - \
// RUN:   | %{check} --check-prefixes=CHECK,GNU
// RUN: %{compile} -stdlib=libstdc++ -std=c++17 -O2 -o - \
// RUN:   | %{check} --check-prefixes=CHECK,GNU
//
// ownership-ops-libcxx.test runs the same checks with libc++.

#include <memory>
#include <vector>

struct Node {
  int v = 0;
  std::shared_ptr<Node> next;
};
struct Self : std::enable_shared_from_this<Self> {};
static void freeInt(int *p) { delete p; }
std::shared_ptr<Node> makeNode();

// CHECK-DAG: @[[FILE:memscope.str[.0-9]*]] = {{.*}} c"{{.*}}ownership-ops.cpp\00"
// CHECK-DAG: @[[MAIN:memscope.str[.0-9]*]] = {{.*}} c"main\00"
// CHECK-DAG: @[[NODE:memscope.str[.0-9]*]] = {{.*}} c"Node\00"
// CHECK-DAG: @[[SELF:memscope.str[.0-9]*]] = {{.*}} c"Self\00"
// CHECK-DAG: @[[A:memscope.str[.0-9]*]] = {{.*}} c"a\00"
// CHECK-DAG: @[[B:memscope.str[.0-9]*]] = {{.*}} c"b\00"
// CHECK-DAG: @[[C:memscope.str[.0-9]*]] = {{.*}} c"c\00"
// CHECK-DAG: @[[D:memscope.str[.0-9]*]] = {{.*}} c"d\00"
// CHECK-DAG: @[[W:memscope.str[.0-9]*]] = {{.*}} c"w\00"
// CHECK-DAG: @[[L:memscope.str[.0-9]*]] = {{.*}} c"l\00"
// CHECK-DAG: @[[U:memscope.str[.0-9]*]] = {{.*}} c"u\00"
// CHECK-DAG: @[[U2:memscope.str[.0-9]*]] = {{.*}} c"u2\00"
// CHECK-DAG: @[[NEXT:memscope.str[.0-9]*]] = {{.*}} c"Node::next\00"

int main() {
  auto a = std::make_shared<Node>();
  // CHECK-DAG: @[[S_MAKE:memscope.site[.0-9]*]] = private global %memscope.site { i32 0, i8 [[#MAKE]], i8 [[#SHARED]], i16 [[#LIBCXX]], i32 [[#@LINE-1]], i32 12, ptr @[[FILE]], ptr @[[MAIN]], ptr @[[A]], ptr @[[NODE]] }
  // CHECK-DAG: call void @__memscope_own_update(ptr{{.*}} @[[S_MAKE]], ptr{{.*}} %a, ptr null)
  std::shared_ptr<Node> b(new Node);
  // CHECK-DAG: @[[S_ADOPT:memscope.site[.0-9]*]] = private global %memscope.site { i32 0, i8 [[#ADOPT]], i8 [[#SHARED]], i16 [[#LIBCXX]], i32 [[#@LINE-1]], i32 {{[0-9]+}}, ptr @[[FILE]], ptr @[[MAIN]], ptr @[[B]], ptr @[[NODE]] }
  // CHECK-DAG: call void @__memscope_own_update(ptr{{.*}} @[[S_ADOPT]], ptr{{.*}} %b, ptr null)
  std::shared_ptr<Node> c = a;
  // CHECK-DAG: @[[S_COPY:memscope.site[.0-9]*]] = private global %memscope.site { i32 0, i8 [[#COPY]], i8 [[#SHARED]], i16 [[#LIBCXX]], i32 [[#@LINE-1]], i32 {{[0-9]+}}, ptr @[[FILE]], ptr @[[MAIN]], ptr @[[C]], ptr @[[NODE]] }
  // CHECK-DAG: call void @__memscope_own_update(ptr{{.*}} @[[S_COPY]], ptr{{.*}} %c, ptr{{.*}} %a)
  std::shared_ptr<Node> d = std::move(c);
  // CHECK-DAG: @[[S_MOVE:memscope.site[.0-9]*]] = private global %memscope.site { i32 0, i8 [[#MOVE]], i8 [[#SHARED]], i16 [[#LIBCXX]], i32 [[#@LINE-1]], i32 {{[0-9]+}}, ptr @[[FILE]], ptr @[[MAIN]], ptr @[[D]], ptr @[[NODE]] }
  // CHECK-DAG: call void @__memscope_own_update(ptr{{.*}} @[[S_MOVE]], ptr{{.*}} %d, ptr{{.*}} %c)
  c = b;
  // CHECK-DAG: @[[S_ASSIGN:memscope.site[.0-9]*]] = private global %memscope.site { i32 0, i8 [[#COPY]], i8 [[#SHARED]], i16 [[#LIBCXX]], i32 [[#@LINE-1]], i32 5, ptr @[[FILE]], ptr @[[MAIN]], ptr @[[C]], ptr @[[NODE]] }
  // CHECK-DAG: call void @__memscope_own_update(ptr{{.*}} @[[S_ASSIGN]], ptr{{.*}} %c, ptr{{.*}} %b)
  c = std::move(d);
  // CHECK-DAG: @[[S_MOVE_ASSIGN:memscope.site[.0-9]*]] = private global %memscope.site { i32 0, i8 [[#MOVE]], i8 [[#SHARED]], i16 [[#LIBCXX]], i32 [[#@LINE-1]], i32 5, ptr @[[FILE]], ptr @[[MAIN]], ptr @[[C]], ptr @[[NODE]] }
  // CHECK-DAG: call void @__memscope_own_update(ptr{{.*}} @[[S_MOVE_ASSIGN]], ptr{{.*}} %c, ptr{{.*}} %d)
  c.reset();
  // CHECK-DAG: @[[S_RESET:memscope.site[.0-9]*]] = private global %memscope.site { i32 0, i8 [[#RESET]], i8 [[#SHARED]], i16 [[#LIBCXX]], i32 [[#@LINE-1]], i32 5, ptr @[[FILE]], ptr @[[MAIN]], ptr @[[C]], ptr @[[NODE]] }
  // CHECK-DAG: call void @__memscope_own_update(ptr{{.*}} @[[S_RESET]], ptr{{.*}} %c, ptr null)
  b.reset(new Node);
  // CHECK-DAG: @[[S_RESET_ADOPT:memscope.site[.0-9]*]] = private global %memscope.site { i32 0, i8 [[#ADOPT]], i8 [[#SHARED]], i16 [[#LIBCXX]], i32 [[#@LINE-1]], i32 5, ptr @[[FILE]], ptr @[[MAIN]], ptr @[[B]], ptr @[[NODE]] }
  // CHECK-DAG: call void @__memscope_own_update(ptr{{.*}} @[[S_RESET_ADOPT]], ptr{{.*}} %b, ptr null)
  a.swap(b);
  // CHECK-DAG: @[[S_SWAP:memscope.site[.0-9]*]] = private global %memscope.site { i32 0, i8 [[#SWAP]], i8 [[#SHARED]], i16 [[#LIBCXX]], i32 [[#@LINE-1]], i32 5, ptr @[[FILE]], ptr @[[MAIN]], ptr @[[A]], ptr @[[NODE]] }
  // CHECK-DAG: call void @__memscope_own_update(ptr{{.*}} @[[S_SWAP]], ptr{{.*}} %a, ptr{{.*}} %b)
  std::weak_ptr<Node> w = a;
  // CHECK-DAG: @[[S_WEAK:memscope.site[.0-9]*]] = private global %memscope.site { i32 0, i8 [[#COPY]], i8 [[#WEAK]], i16 [[#TRACE_ONLY+LIBCXX]], i32 [[#@LINE-1]], i32 {{[0-9]+}}, ptr @[[FILE]], ptr @[[MAIN]], ptr @[[W]], ptr @[[NODE]] }
  // CHECK-DAG: call void @__memscope_own_update(ptr{{.*}} @[[S_WEAK]], ptr{{.*}} %w, ptr{{.*}} %a)
  std::shared_ptr<Node> l = w.lock();
  // CHECK-DAG: @[[S_LOCK:memscope.site[.0-9]*]] = private global %memscope.site { i32 0, i8 [[#LOCK]], i8 [[#SHARED]], i16 [[#LIBCXX]], i32 [[#@LINE-1]], i32 {{[0-9]+}}, ptr @[[FILE]], ptr @[[MAIN]], ptr @[[L]], ptr @[[NODE]] }
  // CHECK-DAG: call void @__memscope_own_update(ptr{{.*}} @[[S_LOCK]], ptr{{.*}} %l, ptr{{.*}} %w)

  auto u = std::make_unique<Node>();
  // CHECK-DAG: @[[S_MAKE_UNIQUE:memscope.site[.0-9]*]] = private global %memscope.site { i32 0, i8 [[#MAKE]], i8 [[#UNIQUE]], i16 [[#LIBCXX]], i32 [[#@LINE-1]], i32 12, ptr @[[FILE]], ptr @[[MAIN]], ptr @[[U]], ptr @[[NODE]] }
  // CHECK-DAG: call void @__memscope_own_update(ptr{{.*}} @[[S_MAKE_UNIQUE]], ptr{{.*}} %u, ptr null)
  std::unique_ptr<Node> u2 = std::move(u);
  // CHECK-DAG: @[[S_MOVE_UNIQUE:memscope.site[.0-9]*]] = private global %memscope.site { i32 0, i8 [[#MOVE]], i8 [[#UNIQUE]], i16 [[#LIBCXX]], i32 [[#@LINE-1]], i32 {{[0-9]+}}, ptr @[[FILE]], ptr @[[MAIN]], ptr @[[U2]], ptr @[[NODE]] }
  // CHECK-DAG: call void @__memscope_own_update(ptr{{.*}} @[[S_MOVE_UNIQUE]], ptr{{.*}} %u2, ptr{{.*}} %u)
  u2.reset(new Node);
  // CHECK-DAG: @[[S_ADOPT_UNIQUE:memscope.site[.0-9]*]] = private global %memscope.site { i32 0, i8 [[#ADOPT]], i8 [[#UNIQUE]], i16 [[#LIBCXX]], i32 [[#@LINE-1]], i32 6, ptr @[[FILE]], ptr @[[MAIN]], ptr @[[U2]], ptr @[[NODE]] }
  // CHECK-DAG: call void @__memscope_own_update(ptr{{.*}} @[[S_ADOPT_UNIQUE]], ptr{{.*}} %u2, ptr null)
  delete u2.release();
  // CHECK-DAG: @[[S_RELEASE:memscope.site[.0-9]*]] = private global %memscope.site { i32 0, i8 [[#RELEASE]], i8 [[#UNIQUE]], i16 [[#LIBCXX]], i32 [[#@LINE-1]], i32 {{[0-9]+}}, ptr @[[FILE]], ptr @[[MAIN]], ptr @[[U2]], ptr @[[NODE]] }
  // CHECK-DAG: call void @__memscope_own_update(ptr{{.*}} @[[S_RELEASE]], ptr{{.*}} %u2, ptr null)

  int sum = a.get()->v + a->v + (*a).v;
  // CHECK-DAG: @[[S_GET:memscope.site[.0-9]*]] = private global %memscope.site { i32 0, i8 [[#GET]], i8 [[#SHARED]], i16 [[#TRACE_ONLY+LIBCXX]], i32 [[#@LINE-1]], i32 {{[0-9]+}}, ptr @[[FILE]], ptr @[[MAIN]], ptr @[[A]], ptr @[[NODE]] }
  // CHECK-DAG: @[[S_ARROW:memscope.site[.0-9]*]] = private global %memscope.site { i32 0, i8 [[#ARROW]], i8 [[#SHARED]], i16 [[#TRACE_ONLY+LIBCXX]], i32 [[#@LINE-2]], i32 {{[0-9]+}}, ptr @[[FILE]], ptr @[[MAIN]], ptr @[[A]], ptr @[[NODE]] }
  // CHECK-DAG: @[[S_DEREF:memscope.site[.0-9]*]] = private global %memscope.site { i32 0, i8 [[#DEREF]], i8 [[#SHARED]], i16 [[#TRACE_ONLY+LIBCXX]], i32 [[#@LINE-3]], i32 {{[0-9]+}}, ptr @[[FILE]], ptr @[[MAIN]], ptr @[[A]], ptr @[[NODE]] }
  // CHECK-DAG: call void @__memscope_borrow(ptr{{.*}} @[[S_GET]], ptr{{.*}} %a)
  // CHECK-DAG: call void @__memscope_borrow(ptr{{.*}} @[[S_ARROW]], ptr{{.*}} %a)
  // CHECK-DAG: call void @__memscope_borrow(ptr{{.*}} @[[S_DEREF]], ptr{{.*}} %a)

  // A member slot is named after its class and member.
  a->next = b;
  // CHECK-DAG: @[[S_MEMBER:memscope.site[.0-9]*]] = private global %memscope.site { i32 0, i8 [[#COPY]], i8 [[#SHARED]], i16 [[#LIBCXX]], i32 [[#@LINE-1]], i32 11, ptr @[[FILE]], ptr @[[MAIN]], ptr @[[NEXT]], ptr @[[NODE]] }
  // CHECK-DAG: call void @__memscope_own_update(ptr{{.*}} @[[S_MEMBER]], ptr{{.*}} %next{{[.0-9a-z]*}}, ptr{{.*}} %b)

  // The copy into the vector happens in the library's construct function
  // (libstdc++ __new_allocator::construct or std::construct_at, libc++
  // allocator::construct or std::__construct_at), a system header.
  std::vector<std::shared_ptr<Node>> vec;
  vec.push_back(a);
  // CHECK-DAG: @[[S_PUSH:memscope.site[.0-9]*]] = private global %memscope.site { i32 0, i8 [[#COPY]], i8 [[#SHARED]], i16 [[#SYSTEM_HEADER+LIBCXX]], i32 {{[0-9]+}}, i32 {{[0-9]+}}, ptr @{{[^,]+}}, ptr @[[CONSTRUCT:memscope.str[.0-9]*]], ptr null, ptr @[[NODE]] }
  // CHECK-DAG: @[[CONSTRUCT]] = {{.*}} c"{{.*}}construct{{.*}}shared_ptr<Node> const&)\00"
  // CHECK-DAG: call void @__memscope_own_update(ptr{{.*}} @[[S_PUSH]], ptr{{.*}} %{{.*}}, ptr{{.*}} %{{.*}})

#ifdef __GLIBCXX__
  // libstdc++'s single-threaded policy: counts that are not atomic.
  std::__shared_ptr<Node, __gnu_cxx::_S_single> single(new Node);
  // GNU-DAG: @[[SINGLE_STR:memscope.str[.0-9]*]] = {{.*}} c"single\00"
  // GNU-DAG: @[[S_SINGLE:memscope.site[.0-9]*]] = private global %memscope.site { i32 0, i8 [[#ADOPT]], i8 [[#SINGLE]], i16 [[#LIBCXX]], i32 [[#@LINE-2]], i32 {{[0-9]+}}, ptr @[[FILE]], ptr @[[MAIN]], ptr @[[SINGLE_STR]], ptr @[[NODE]] }
  // GNU-DAG: call void @__memscope_own_update(ptr{{.*}} @[[S_SINGLE]], ptr{{.*}} %single, ptr null)
#endif

  // Another deleter may come first in libstdc++'s layout: left alone.
  std::unique_ptr<int, void (*)(int *)> custom(new int, freeInt);
  // CUSTOM-NOT: c"custom\00"
  // CUSTOM:     define {{.*}} @main(
  // CUSTOM-NOT: call void @__memscope_{{own|borrow}}{{.*}} %custom
  // CUSTOM:     ret i32

  std::shared_ptr<const Node> cn = a;
  // CHECK-DAG: @[[CN:memscope.str[.0-9]*]] = {{.*}} c"cn\00"
  // CHECK-DAG: @[[S_CONST:memscope.site[.0-9]*]] = private global %memscope.site { i32 0, i8 [[#COPY]], i8 [[#SHARED]], i16 [[#CONST_POINTEE+LIBCXX]], i32 [[#@LINE-2]], i32 {{[0-9]+}}, ptr @[[FILE]], ptr @[[MAIN]], ptr @[[CN]], ptr @[[NODE]] }
  // CHECK-DAG: call void @__memscope_own_update(ptr{{.*}} @[[S_CONST]], ptr{{.*}} %cn, ptr{{.*}} %a)

  // A function the pass does not know returns a smart pointer into `made`.
  std::shared_ptr<Node> made = makeNode();
  // CHECK-DAG: @[[MADE:memscope.str[.0-9]*]] = {{.*}} c"made\00"
  // CHECK-DAG: @[[S_PRODUCE:memscope.site[.0-9]*]] = private global %memscope.site { i32 0, i8 [[#PRODUCE]], i8 [[#SHARED]], i16 {{0|8}}, i32 [[#@LINE-2]], i32 {{[0-9]+}}, ptr @[[FILE]], ptr @[[MAIN]], ptr @[[MADE]], ptr @[[NODE]] }
  // CHECK-DAG: call void @__memscope_own_update(ptr{{.*}} @[[S_PRODUCE]], ptr{{.*}} %made, ptr null)

  std::shared_ptr<Node> cast = std::static_pointer_cast<Node>(a);
  // CHECK-DAG: @[[CAST:memscope.str[.0-9]*]] = {{.*}} c"cast\00"
  // CHECK-DAG: @[[S_CAST:memscope.site[.0-9]*]] = private global %memscope.site { i32 0, i8 [[#COPY]], i8 [[#SHARED]], i16 [[#LIBCXX]], i32 [[#@LINE-2]], i32 {{[0-9]+}}, ptr @[[FILE]], ptr @[[MAIN]], ptr @[[CAST]], ptr @[[NODE]] }
  // CHECK-DAG: call void @__memscope_own_update(ptr{{.*}} @[[S_CAST]], ptr{{.*}} %cast, ptr{{.*}} %a)

  std::unique_ptr<Node> u3(new Node);
  std::shared_ptr<Node> fromUnique = std::move(u3);
  // CHECK-DAG: @[[FROM_UNIQUE:memscope.str[.0-9]*]] = {{.*}} c"fromUnique\00"
  // CHECK-DAG: @[[S_FROM_UNIQUE:memscope.site[.0-9]*]] = private global %memscope.site { i32 0, i8 [[#MOVE]], i8 [[#SHARED]], i16 [[#LIBCXX]], i32 [[#@LINE-2]], i32 {{[0-9]+}}, ptr @[[FILE]], ptr @[[MAIN]], ptr @[[FROM_UNIQUE]], ptr @[[NODE]] }
  // CHECK-DAG: call void @__memscope_own_update(ptr{{.*}} @[[S_FROM_UNIQUE]], ptr{{.*}} %fromUnique, ptr{{.*}} %u3)

  auto self = std::make_shared<Self>();
  std::shared_ptr<Self> again = self->shared_from_this();
  // CHECK-DAG: @[[AGAIN:memscope.str[.0-9]*]] = {{.*}} c"again\00"
  // CHECK-DAG: @[[S_SFT:memscope.site[.0-9]*]] = private global %memscope.site { i32 0, i8 [[#LOCK]], i8 [[#SHARED]], i16 [[#LIBCXX]], i32 [[#@LINE-2]], i32 {{[0-9]+}}, ptr @[[FILE]], ptr @[[MAIN]], ptr @[[AGAIN]], ptr @[[SELF]] }
  // CHECK-DAG: call void @__memscope_own_update(ptr{{.*}} @[[S_SFT]], ptr{{.*}} %again, ptr null)
  std::weak_ptr<Self> weakSelf = self->weak_from_this();
  // CHECK-DAG: @[[WEAK_SELF:memscope.str[.0-9]*]] = {{.*}} c"weakSelf\00"
  // CHECK-DAG: @[[S_WFT:memscope.site[.0-9]*]] = private global %memscope.site { i32 0, i8 [[#COPY]], i8 [[#WEAK]], i16 [[#TRACE_ONLY+LIBCXX]], i32 [[#@LINE-2]], i32 {{[0-9]+}}, ptr @[[FILE]], ptr @[[MAIN]], ptr @[[WEAK_SELF]], ptr @[[SELF]] }
  // CHECK-DAG: call void @__memscope_own_update(ptr{{.*}} @[[S_WFT]], ptr{{.*}} %weakSelf, ptr null)

  return sum;
}
// Every owner is destroyed at the closing brace; `a` for one.
// CHECK-DAG: @[[S_DESTROY:memscope.site[.0-9]*]] = private global %memscope.site { i32 0, i8 [[#DESTROY]], i8 [[#SHARED]], i16 [[#LIBCXX]], i32 [[#@LINE-2]], i32 1, ptr @[[FILE]], ptr @[[MAIN]], ptr @[[A]], ptr @[[NODE]] }
// CHECK-DAG: call void @__memscope_own_destroy(ptr{{.*}} @[[S_DESTROY]], ptr{{.*}} %a)
// CHECK-DAG: @[[S_DESTROY_W:memscope.site[.0-9]*]] = private global %memscope.site { i32 0, i8 [[#DESTROY]], i8 [[#WEAK]], i16 [[#TRACE_ONLY+LIBCXX]], i32 [[#@LINE-4]], i32 1, ptr @[[FILE]], ptr @[[MAIN]], ptr @[[W]], ptr @[[NODE]] }
// CHECK-DAG: call void @__memscope_own_destroy(ptr{{.*}} @[[S_DESTROY_W]], ptr{{.*}} %w)

std::shared_ptr<Node> makeNode() { return std::make_shared<Node>(); }
