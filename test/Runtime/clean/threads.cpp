// ===- test/Runtime/clean/threads.cpp - many threads sharing buffers ------===
//
// Eight std::threads allocate and free concurrently, and hand buffers to
// each other through a mutex-protected queue, so blocks are routinely freed
// on a thread other than the one that allocated them (per-thread caches and
// quarantine must cope). Threads start and exit while others allocate.
// Exit 0, no report.
//
// See also: runtime/memscope_thread.cpp, runtime/memscope_allocator.cpp,
// use-after-free/other-thread.cpp.
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t && %t 2>&1 | FileCheck %s --implicit-check-not=memscope
// RUN: %clangxx_memscope -O2 %s -o %t && %t 2>&1 | FileCheck %s --implicit-check-not=memscope

#include <atomic>
#include <cstdio>
#include <cstring>
#include <deque>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace {
std::mutex QueueLock;
std::deque<char *> Queue;
std::atomic<long> Checksum{0};

void worker(int Id) {
  for (int I = 0; I < 2000; ++I) {
    size_t Size = 1 + (Id * 131 + I * 17) % 700;
    char *Mine = new char[Size];
    std::memset(Mine, Id, Size);
    std::string Text(Size % 100, 'w');
    Checksum += Mine[Size - 1] + static_cast<long>(Text.size());
    char *Taken = nullptr;
    {
      std::lock_guard<std::mutex> Guard(QueueLock);
      Queue.push_back(Mine);
      if (Queue.size() > 16) {
        Taken = Queue.front();
        Queue.pop_front();
      }
    }
    if (Taken) {
      Checksum += Taken[0];
      delete[] Taken; // Often allocated by another thread.
    }
  }
}
} // namespace

int main() {
  for (int Wave = 0; Wave < 2; ++Wave) {
    std::vector<std::thread> Threads;
    for (int Id = 1; Id <= 8; ++Id)
      Threads.emplace_back(worker, Id);
    for (std::thread &T : Threads)
      T.join();
  }
  size_t Left = Queue.size();
  for (char *P : Queue)
    delete[] P;
  std::printf("done, %zu left in queue, checksum %s\n", Left,
              Checksum.load() > 0 ? "positive" : "wrong");
  return 0;
}

// CHECK: done, 16 left in queue, checksum positive
