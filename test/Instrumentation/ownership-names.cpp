// Demangled names the recogniser must split right: template arguments with
// commas, parentheses (function types, libstdc++'s `(__gnu_cxx::_Lock_policy)0`,
// enumerators printed as casts) and nested brackets; libc++'s inline
// namespace and ABI tags; a pointer to a function pointer as the adopted
// pointer; a unique_ptr whose custom deleter is empty (one pointer wide in
// the debug info). And the classes it must leave alone: unique_ptr with a
// deleter that takes room, and smart pointers outside namespace std.
//
// DEFINE: %{compile} = %clangxx -std=c++17 -O0 -g -fno-discard-value-names \
// DEFINE:   -fpass-plugin=%memscope_plugin -S -emit-llvm %s
// DEFINE: %{check} = FileCheck %s \
// DEFINE:   -D#ADOPT=1 -D#MAKE=2 -D#COPY=3 -D#LOCK=5 \
// DEFINE:   -D#SHARED=1 -D#SINGLE=2 -D#WEAK=3 -D#UNIQUE=4
//
// RUN: %{compile} -stdlib=libstdc++ -o %t.gnu.ll
// RUN: %{check} --check-prefixes=CHECK,GNU --input-file=%t.gnu.ll
// RUN: FileCheck %s --check-prefix=NOT --input-file=%t.gnu.ll
// RUN: %if libcxx %{ %{compile} -stdlib=libc++ -o %t.libcxx.ll %}
// RUN: %if libcxx %{ %{check} --input-file=%t.libcxx.ll %}
// RUN: %if libcxx %{ FileCheck %s --check-prefix=NOT --input-file=%t.libcxx.ll %}

#include <functional>
#include <map>
#include <memory>

enum class Color { Red, Green };
template <Color C, int N> struct Tagged {
  int v;
};
struct Node {
  int v;
};
struct FreeDeleter {
  void operator()(int *p) const { delete p; }
};
namespace mylib {
template <class T> struct shared_ptr {
  T *p;
  explicit shared_ptr(T *p) : p(p) {}
  shared_ptr(const shared_ptr &) = default;
};
} // namespace mylib

// CHECK-DAG: @[[PAIR:memscope.str[.0-9]*]] = {{.*}} c"std::pair<int, long>\00"
// CHECK-DAG: @[[FUNCTION:memscope.str[.0-9]*]] = {{.*}} c"std::function<void (int, int)>\00"
// CHECK-DAG: @[[TAGGED:memscope.str[.0-9]*]] = {{.*}} c"Tagged<(Color)1, 2>\00"
// CHECK-DAG: @[[MAP:memscope.str[.0-9]*]] = {{.*}} c"std::map<int, std::pair<int, int>, std::less<int>, std::allocator<std::pair<int const, std::pair<int, int>>>>\00"
// CHECK-DAG: @[[FNPTR:memscope.str[.0-9]*]] = {{.*}} c"int (*)(char, long)\00"
// CHECK-DAG: @[[INT_ARRAY:memscope.str[.0-9]*]] = {{.*}} c"int []\00"

void names() {
  std::shared_ptr<std::pair<int, long>> pair(new std::pair<int, long>(1, 2));
  std::shared_ptr<std::pair<int, long>> pairCopy = pair;
  // CHECK-DAG: @{{memscope.site[.0-9]*}} = private global %memscope.site { i32 0, i8 [[#COPY]], i8 [[#SHARED]], i16 {{0|8}}, i32 [[#@LINE-1]], i32 {{[0-9]+}}, ptr @{{[^,]+}}, ptr @{{[^,]+}}, ptr @{{[^,]+}}, ptr @[[PAIR]] }
  auto function = std::make_unique<std::function<void(int, int)>>();
  // CHECK-DAG: @{{memscope.site[.0-9]*}} = private global %memscope.site { i32 0, i8 [[#MAKE]], i8 [[#UNIQUE]], i16 {{0|8}}, i32 [[#@LINE-1]], i32 {{[0-9]+}}, ptr @{{[^,]+}}, ptr @{{[^,]+}}, ptr @{{[^,]+}}, ptr @[[FUNCTION]] }
  auto tagged = std::make_shared<Tagged<Color::Green, 2>>();
  // CHECK-DAG: @{{memscope.site[.0-9]*}} = private global %memscope.site { i32 0, i8 [[#MAKE]], i8 [[#SHARED]], i16 {{0|8}}, i32 [[#@LINE-1]], i32 {{[0-9]+}}, ptr @{{[^,]+}}, ptr @{{[^,]+}}, ptr @{{[^,]+}}, ptr @[[TAGGED]] }
  std::shared_ptr<std::map<int, std::pair<int, int>>> map(
      new std::map<int, std::pair<int, int>>);
  // CHECK-DAG: @{{memscope.site[.0-9]*}} = private global %memscope.site { i32 0, i8 [[#ADOPT]], i8 [[#SHARED]], i16 {{0|8}}, i32 [[#@LINE-2]], i32 {{[0-9]+}}, ptr @{{[^,]+}}, ptr @{{[^,]+}}, ptr @{{[^,]+}}, ptr @[[MAP]] }
  std::shared_ptr<int (*)(char, long)> fnptr(new (int (*)(char, long))(nullptr));
  // CHECK-DAG: @{{memscope.site[.0-9]*}} = private global %memscope.site { i32 0, i8 [[#ADOPT]], i8 [[#SHARED]], i16 {{0|8}}, i32 [[#@LINE-1]], i32 {{[0-9]+}}, ptr @{{[^,]+}}, ptr @{{[^,]+}}, ptr @{{[^,]+}}, ptr @[[FNPTR]] }
  std::unique_ptr<int[]> uniqueArray(new int[4]);
  // CHECK-DAG: @{{memscope.site[.0-9]*}} = private global %memscope.site { i32 0, i8 [[#ADOPT]], i8 [[#UNIQUE]], i16 {{0|8}}, i32 [[#@LINE-1]], i32 {{[0-9]+}}, ptr @{{[^,]+}}, ptr @{{[^,]+}}, ptr @{{[^,]+}}, ptr @[[INT_ARRAY]] }
  std::shared_ptr<int[]> sharedArray(new int[4]);
  // CHECK-DAG: @{{memscope.site[.0-9]*}} = private global %memscope.site { i32 0, i8 [[#ADOPT]], i8 [[#SHARED]], i16 {{0|8}}, i32 [[#@LINE-1]], i32 {{[0-9]+}}, ptr @{{[^,]+}}, ptr @{{[^,]+}}, ptr @{{[^,]+}}, ptr @[[INT_ARRAY]] }

#ifdef __GLIBCXX__
  // The weak pointer's policy decides what lock() returns.
  std::__shared_ptr<Node, __gnu_cxx::_S_single> single(new Node);
  std::__weak_ptr<Node, __gnu_cxx::_S_single> singleWeak = single;
  // GNU-DAG: @{{memscope.site[.0-9]*}} = private global %memscope.site { i32 0, i8 [[#COPY]], i8 [[#WEAK]], i16 {{256|264}}, i32 [[#@LINE-1]], i32 {{[0-9]+}}, ptr @{{[^,]+}}, ptr @{{[^,]+}}, ptr @{{[^,]+}}, ptr @{{[^,]+}} }
  std::__shared_ptr<Node, __gnu_cxx::_S_single> locked = singleWeak.lock();
  // GNU-DAG: @{{memscope.site[.0-9]*}} = private global %memscope.site { i32 0, i8 [[#LOCK]], i8 [[#SINGLE]], i16 {{0|8}}, i32 [[#@LINE-1]], i32 {{[0-9]+}}, ptr @{{[^,]+}}, ptr @{{[^,]+}}, ptr @{{[^,]+}}, ptr @{{[^,]+}} }
#endif

  std::unique_ptr<int, FreeDeleter> freeDeleter(new int);
  // CHECK-DAG: @[[FREE_DELETER:memscope.str[.0-9]*]] = {{.*}} c"freeDeleter\00"
  // CHECK-DAG: @{{memscope.site[.0-9]*}} = private global %memscope.site { i32 0, i8 [[#ADOPT]], i8 [[#UNIQUE]], i16 {{0|8}}, i32 [[#@LINE-2]], i32 {{[0-9]+}}, ptr @{{[^,]+}}, ptr @{{[^,]+}}, ptr @[[FREE_DELETER]], ptr @{{[^,]+}} }
  // Left alone: the variables' names never reach a descriptor.
  std::unique_ptr<int, std::function<void(int *)>> functionDeleter(
      new int, [](int *p) { delete p; });
  mylib::shared_ptr<int> mine(new int);
  mylib::shared_ptr<int> mineCopy = mine;
}
// NOT-NOT: c"functionDeleter\00"
// NOT-NOT: c"mine\00"
// NOT-NOT: c"mineCopy\00"
// NOT:     @memscope.site = private global
