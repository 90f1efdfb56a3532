// ===- test/Runtime/leak/clean-tls.cpp - what the program keeps is no leak -===
//
// At exit the exiting thread's stack is no root, but everything the program
// can still use is: its TLS (thread_local pointers of the main thread), the
// TLS and stack of a thread still running, globals reached through an
// interior pointer, and blocks freed by an atexit handler or a static
// object's destructor before the check runs. No leak report, exit status 0,
// at -O0 and -O2, whether main returns or calls exit().
//
// See also: test/Runtime/leak/reachable.cpp, runtime/memscope_lsan.cpp.
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t -lpthread
// RUN: %t 2>&1 | FileCheck %s --implicit-check-not=leak --implicit-check-not=reachable
// RUN: %t exit 2>&1 | FileCheck %s --implicit-check-not=leak --implicit-check-not=reachable
// RUN: %clangxx_memscope -O2 %s -o %t -lpthread
// RUN: %t 2>&1 | FileCheck %s --implicit-check-not=leak --implicit-check-not=reachable
// RUN: %t exit 2>&1 | FileCheck %s --implicit-check-not=leak --implicit-check-not=reachable

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <thread>
#include <unistd.h>

thread_local char *MainTls;
thread_local char *WorkerTls;
char *Interior; // points 8 bytes into its block
char *FreedAtExit;
std::atomic<bool> Ready;

struct Cleanup {
  char *Owned = static_cast<char *>(malloc(33));
  ~Cleanup() { free(Owned); }
} StaticObject;

void freeAtExit() { free(FreedAtExit); }

__attribute__((noinline)) void worker() {
  WorkerTls = static_cast<char *>(malloc(44));
  char *volatile OnStack = static_cast<char *>(malloc(55));
  OnStack[0] = 1;
  Ready = true;
  for (;;)
    pause();
}

int main(int argc, char **argv) {
  MainTls = static_cast<char *>(malloc(66));
  Interior = static_cast<char *>(malloc(77)) + 8;
  FreedAtExit = static_cast<char *>(malloc(88));
  atexit(freeAtExit);
  std::thread(worker).detach();
  while (!Ready)
    std::this_thread::yield();
  std::printf("done\n");
  if (argc > 1 && !strcmp(argv[1], "exit"))
    exit(0);
  return 0;
}

// CHECK: done
