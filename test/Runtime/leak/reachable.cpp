// ===- test/Runtime/leak/reachable.cpp - kept, so not leaked --------------===
//
// Memory reachable at exit is not a leak: from a global, from a block that
// is itself reachable, from a static container, and from the stack of a
// thread that is still running when main returns.
//
// See also: runtime/memscope_lsan.cpp (thread ranges).
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t && %t 2>&1 | FileCheck %s --implicit-check-not=leak
// RUN: %clangxx_memscope -O2 %s -o %t && %t 2>&1 | FileCheck %s --implicit-check-not=leak

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

struct Pair {
  void *First;
  void *Second;
};

Pair *volatile Global;
std::vector<std::string> *Names = new std::vector<std::string>();

std::atomic<bool> Ready;

__attribute__((noinline)) void holdOnStack() {
  // The only pointer to this block lives in this frame while the thread
  // blocks for good (no synchronisation object that exit would destroy).
  char *volatile Kept = static_cast<char *>(malloc(77));
  Kept[0] = 1;
  Ready = true;
  for (;;)
    pause();
}

int main() {
  Global = static_cast<Pair *>(malloc(sizeof(Pair)));
  Global->First = malloc(10);
  Global->Second = malloc(20);
  for (int I = 0; I < 50; ++I)
    Names->push_back(std::string(40, 'a' + I % 26));
  std::thread(holdOnStack).detach();
  while (!Ready)
    std::this_thread::yield();
  std::printf("exiting\n");
  // CHECK: exiting
  return 0;
}
