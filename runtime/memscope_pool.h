//===- memscope_pool.h - objects a thread holds, recycled ------*- C++ -*-===//
//
// Objects that belong to one thread at a time (a stack owner table, a trace
// buffer): made with mmap and never unmapped, given back when their thread
// ends and handed to the next thread that needs one, and every one ever
// made kept on a lock-free list for the walks at exit and after fork. T has
// a `T *NextFree` and the link NextMade names.
//
// See also: memscope_owner_table.cpp, memscope_trace.cpp.
//===----------------------------------------------------------------------===//
#ifndef MEMSCOPE_POOL_H
#define MEMSCOPE_POOL_H

#include "sanitizer_common/sanitizer_atomic.h"
#include "sanitizer_common/sanitizer_common.h"
#include "sanitizer_common/sanitizer_mutex.h"

namespace memscope {
using namespace __sanitizer;

// A namespace-scope object: zero-initialised, no constructor.
template <typename T, T *T::*NextMade> struct ThreadObjectPool {
  atomic_uintptr_t Made; // T *, the newest first
  StaticSpinMutex FreeMu;
  T *Free;

  // One given back, or a new one (zeroed), named What if it is mapped.
  T *take(const char *What) {
    {
      SpinMutexLock L(&FreeMu);
      if (T *X = Free) {
        Free = X->NextFree;
        return X;
      }
    }
    T *X = static_cast<T *>(MmapOrDie(sizeof(T), What));
    uptr Head = atomic_load(&Made, memory_order_relaxed);
    do
      X->*NextMade = reinterpret_cast<T *>(Head);
    while (!atomic_compare_exchange_weak(&Made, &Head,
                                         reinterpret_cast<uptr>(X),
                                         memory_order_release));
    return X;
  }

  void giveBack(T *X) {
    SpinMutexLock L(&FreeMu);
    X->NextFree = Free;
    Free = X;
  }

  // Every object made, linked through NextMade.
  T *first() const {
    return reinterpret_cast<T *>(atomic_load(&Made, memory_order_acquire));
  }

  // In a fork()ed child: a thread that no longer exists may have held the
  // lock.
  void afterForkChild() { FreeMu.Init(); }
};

} // namespace memscope

#endif // MEMSCOPE_POOL_H
