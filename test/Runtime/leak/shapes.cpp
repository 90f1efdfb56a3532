// ===- test/Runtime/leak/shapes.cpp - C++ leaks of every shape ------------===
//
// Containers lost with what they hold, an object whose members (a long
// std::string, a raw new'd member, a std::vector) leak with it, a pointer
// released from a unique_ptr and dropped, a record leaked by a thread that
// has exited. Each is made in a function that has returned before main
// does; each is reported with its allocation line, the blocks behind the
// lost one as indirect leaks. ASan+LSan (clang 22) miss the released
// Widget at -O0, and it and the lost vector (3 blocks) at -O2: stale copies
// in dead frames.
//
// See also: test/Runtime/leak/shapes.c (C shapes), docs/Leaks.md.
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t -lpthread && not %t 2>&1 | FileCheck %s
// RUN: %clangxx_memscope -O2 %s -o %t -lpthread && not %t 2>&1 | FileCheck %s

#include <map>
#include <memory>
#include <string>
#include <thread>
#include <vector>

// CHECK: ERROR: LeakSanitizer: detected memory leaks

void *volatile Sink;

struct Widget {
  int Id;
  char Tag[36];
};

struct Registry {
  std::vector<int> Ids;
  std::map<int, Widget *> ById;
  std::string Name;
  Widget *Spare;
};

__attribute__((noinline)) void lostVector() {
  auto *V = new std::vector<long>(25);
  // CHECK-DAG: Direct leak of 24 byte(s) in 1 object(s) allocated from:
  // CHECK-DAG: in lostVector() {{.*}}shapes.cpp:[[@LINE-2]]
  // CHECK-DAG: Indirect leak of 200 byte(s) in 1 object(s) allocated from:
  (*V)[3] = 7;
  Sink = V;
  Sink = nullptr;
}

__attribute__((noinline)) void lostRegistry() {
  auto *R = new Registry;
  // The map's nodes point back into it (their header lives in the
  // Registry), so it is an indirect leak, as LSan counts it.
  // CHECK-DAG: Indirect leak of 112 byte(s) in 1 object(s) allocated from:
  // CHECK-DAG: in lostRegistry() {{.*}}shapes.cpp:[[@LINE-4]]
  R->Name = std::string(50, 'r'); // a heap buffer of 51 bytes
  for (int I = 0; I < 3; ++I) {
    R->Ids.push_back(I);
    R->ById[I] = new Widget{I, "widget"}; // and a map node of 48 bytes
    // CHECK-DAG: Indirect leak of 144 byte(s) in 3 object(s) allocated from:
    // CHECK-DAG: Indirect leak of 120 byte(s) in 3 object(s) allocated from:
    // CHECK-DAG: in lostRegistry() {{.*}}shapes.cpp:[[@LINE-4]]
  }
  R->Spare = new Widget{9, "spare"};
  // CHECK-DAG: Indirect leak of 40 byte(s) in 1 object(s) allocated from:
  // CHECK-DAG: in lostRegistry() {{.*}}shapes.cpp:[[@LINE-2]]
  Sink = R;
  Sink = nullptr;
}

__attribute__((noinline)) void releasedAndDropped() {
  auto P = std::make_unique<Widget>();
  // CHECK-DAG: Direct leak of 40 byte(s) in 1 object(s) allocated from:
  // CHECK-DAG: in releasedAndDropped() {{.*}}shapes.cpp:[[@LINE-2]]
  P->Id = 4;
  Widget *Raw = P.release();
  Sink = Raw;
  Sink = nullptr;
}

__attribute__((noinline)) void threadLeak() {
  std::thread([] {
    auto *Name = new std::string(70, 't');
    // CHECK-DAG: Direct leak of 32 byte(s) in 1 object(s) allocated from:
    // CHECK-DAG: in threadLeak(){{.*}}shapes.cpp:[[@LINE-2]]
    Sink = Name;
    Sink = nullptr;
  }).join();
}

int main() {
  lostVector();
  lostRegistry();
  releasedAndDropped();
  threadLeak();
  return 0;
}

// Also the Ids buffer (16 bytes after its growths) and the two strings'
// buffers (51 and 71 bytes; libstdc++ has no frame pointers, so their
// stacks end in it and they make one group).
// CHECK: SUMMARY: memscope: 850 byte(s) leaked in 15 allocation(s).
