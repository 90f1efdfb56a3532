//===- memscope_sync.cpp - the objects the pthread functions work on ------===//
//
// Mutexes, condition variables, read-write locks, spin locks, barriers,
// once controls, semaphores and the attribute objects that set them up
// live in the program's memory, and glibc's functions read and write them
// whole. A lock freed with the structure that held it, or one in a block
// too small for it, is a heap error Valgrind reports and ASan does not
// (sanitizer_common intercepts the semaphores but checks nothing). Each
// call here checks its object (as a write: a lock's word is updated),
// the attributes and times it reads, and what it stores. A timed wait's
// time is checked before the wait, so a freed one is reported instead of
// waiting for whatever the allocator left there.
//
// See also: memscope_interceptors.cpp (pthread_create, pthread_join),
// test/Runtime/libc/sync-objects.c.
//===----------------------------------------------------------------------===//
#include "memscope_interceptors.h"

#include "sanitizer_common/sanitizer_platform_limits_posix.h"

#include <stdarg.h>

using namespace memscope;
using namespace __sanitizer;

namespace {
// glibc's sizes on x86_64.
constexpr uptr kMutex = 40, kCond = 48, kRwlock = 56, kSpin = 4,
               kBarrier = 32, kOnce = 4, kSem = 32, kAttr = 56,
               kMutexAttr = 4, kCondAttr = 4, kRwlockAttr = 8,
               kBarrierAttr = 4, kSigset = 128;
} // namespace

#define MEMSCOPE_WRITES(Name, P, Size)                                         \
  do {                                                                         \
    if (MemscopeInited)                                                        \
      MEMSCOPE_WRITE_RANGE(Name, P, Size);                                     \
  } while (0)

// The functions that take the object alone.
#define MEMSCOPE_OBJECT_INTERCEPTOR(Name, Size)                                \
  INTERCEPTOR(int, Name, void *Object) {                                       \
    MEMSCOPE_WRITES(#Name, Object, Size);                                      \
    return REAL(Name)(Object);                                                 \
  }
#define MEMSCOPE_OBJECTS(X)                                                    \
  X(pthread_mutex_lock, kMutex)                                                \
  X(pthread_mutex_trylock, kMutex)                                             \
  X(pthread_mutex_unlock, kMutex)                                              \
  X(pthread_mutex_destroy, kMutex)                                             \
  X(pthread_mutex_consistent, kMutex)                                          \
  X(pthread_rwlock_rdlock, kRwlock)                                            \
  X(pthread_rwlock_wrlock, kRwlock)                                            \
  X(pthread_rwlock_tryrdlock, kRwlock)                                         \
  X(pthread_rwlock_trywrlock, kRwlock)                                         \
  X(pthread_rwlock_unlock, kRwlock)                                            \
  X(pthread_rwlock_destroy, kRwlock)                                           \
  X(pthread_spin_lock, kSpin)                                                  \
  X(pthread_spin_trylock, kSpin)                                               \
  X(pthread_spin_unlock, kSpin)                                                \
  X(pthread_spin_destroy, kSpin)                                               \
  X(pthread_barrier_wait, kBarrier)                                            \
  X(pthread_barrier_destroy, kBarrier)                                         \
  X(sem_wait, kSem)                                                            \
  X(sem_trywait, kSem)                                                         \
  X(sem_post, kSem)                                                            \
  X(sem_destroy, kSem)                                                         \
  X(pthread_attr_init, kAttr)                                                  \
  X(pthread_attr_destroy, kAttr)                                               \
  X(pthread_mutexattr_init, kMutexAttr)                                        \
  X(pthread_mutexattr_destroy, kMutexAttr)                                     \
  X(pthread_condattr_init, kCondAttr)                                          \
  X(pthread_condattr_destroy, kCondAttr)                                       \
  X(pthread_rwlockattr_init, kRwlockAttr)                                      \
  X(pthread_rwlockattr_destroy, kRwlockAttr)                                   \
  X(pthread_barrierattr_init, kBarrierAttr)                                    \
  X(pthread_barrierattr_destroy, kBarrierAttr)
MEMSCOPE_OBJECTS(MEMSCOPE_OBJECT_INTERCEPTOR)
MEMSCOPE_OBJECT_INTERCEPTOR(pthread_cond_signal, kCond)
MEMSCOPE_OBJECT_INTERCEPTOR(pthread_cond_broadcast, kCond)
MEMSCOPE_OBJECT_INTERCEPTOR(pthread_cond_destroy, kCond)
#undef MEMSCOPE_OBJECT_INTERCEPTOR

// The object and a value it is set to (an attribute's type, a lock's
// sharing, a stack's size).
#define MEMSCOPE_SETTER_INTERCEPTOR(Name, Size, ValueT)                        \
  INTERCEPTOR(int, Name, void *Object, ValueT Value) {                         \
    MEMSCOPE_WRITES(#Name, Object, Size);                                      \
    return REAL(Name)(Object, Value);                                          \
  }
#define MEMSCOPE_SETTERS(X)                                                    \
  X(pthread_spin_init, kSpin, int)                                             \
  X(pthread_mutexattr_settype, kMutexAttr, int)                                \
  X(pthread_mutexattr_setpshared, kMutexAttr, int)                             \
  X(pthread_mutexattr_setprotocol, kMutexAttr, int)                            \
  X(pthread_mutexattr_setrobust, kMutexAttr, int)                              \
  X(pthread_condattr_setclock, kCondAttr, int)                                 \
  X(pthread_condattr_setpshared, kCondAttr, int)                               \
  X(pthread_rwlockattr_setkind_np, kRwlockAttr, int)                           \
  X(pthread_rwlockattr_setpshared, kRwlockAttr, int)                           \
  X(pthread_barrierattr_setpshared, kBarrierAttr, int)                         \
  X(pthread_attr_setdetachstate, kAttr, int)                                   \
  X(pthread_attr_setinheritsched, kAttr, int)                                  \
  X(pthread_attr_setschedpolicy, kAttr, int)                                   \
  X(pthread_attr_setscope, kAttr, int)                                         \
  X(pthread_attr_setstacksize, kAttr, uptr)                                    \
  X(pthread_attr_setguardsize, kAttr, uptr)
MEMSCOPE_SETTERS(MEMSCOPE_SETTER_INTERCEPTOR)
#undef MEMSCOPE_SETTER_INTERCEPTOR

// The object, and the attributes that set it up when given.
#define MEMSCOPE_INIT_INTERCEPTOR(Name, Size, AttrSize)                        \
  INTERCEPTOR(int, Name, void *Object, const void *Attr) {                     \
    MEMSCOPE_WRITES(#Name, Object, Size);                                      \
    MEMSCOPE_READ_IF(#Name, Attr, AttrSize);                                  \
    return REAL(Name)(Object, Attr);                                           \
  }
MEMSCOPE_INIT_INTERCEPTOR(pthread_mutex_init, kMutex, kMutexAttr)
MEMSCOPE_INIT_INTERCEPTOR(pthread_cond_init, kCond, kCondAttr)
MEMSCOPE_INIT_INTERCEPTOR(pthread_rwlock_init, kRwlock, kRwlockAttr)
#undef MEMSCOPE_INIT_INTERCEPTOR

INTERCEPTOR(int, pthread_barrier_init, void *Barrier, const void *Attr,
            unsigned Count) {
  MEMSCOPE_WRITES("pthread_barrier_init", Barrier, kBarrier);
  MEMSCOPE_READ_IF("pthread_barrier_init", Attr, kBarrierAttr);
  return REAL(pthread_barrier_init)(Barrier, Attr, Count);
}

// The old semaphore code glibc kept for programs linked before 2.1 reads
// what the new code leaves alone: a semaphore starts zeroed (as
// sanitizer_common's interceptor does it).
INTERCEPTOR(int, sem_init, void *Sem, int Shared, unsigned Value) {
  MEMSCOPE_WRITES("sem_init", Sem, kSem);
  internal_memset(Sem, 0, kSem);
  return REAL(sem_init)(Sem, Shared, Value);
}

// A named semaphore's name (and, when O_CREAT creates it, its mode and
// value).
INTERCEPTOR(void *, sem_open, const char *Name, int Flags, ...) {
  constexpr int kCreate = 0100; // O_CREAT
  va_list Args;
  va_start(Args, Flags);
  unsigned Mode = Flags & kCreate ? va_arg(Args, unsigned) : 0;
  unsigned Value = Flags & kCreate ? va_arg(Args, unsigned) : 0;
  va_end(Args);
  MEMSCOPE_READ_IF("sem_open", Name, internal_strlen(Name) + 1);
  return REAL(sem_open)(Name, Flags, Mode, Value);
}

INTERCEPTOR(int, sem_unlink, const char *Name) {
  MEMSCOPE_READ_IF("sem_unlink", Name, internal_strlen(Name) + 1);
  return REAL(sem_unlink)(Name);
}

INTERCEPTOR(int, sem_getvalue, void *Sem, int *Value) {
  MEMSCOPE_WRITES("sem_getvalue", Sem, kSem);
  MEMSCOPE_WRITES("sem_getvalue", Value, sizeof(*Value));
  return REAL(sem_getvalue)(Sem, Value);
}

// The waits with a deadline: the object, and the time read before waiting.
#define MEMSCOPE_TIMED_INTERCEPTOR(Name, Size)                                 \
  INTERCEPTOR(int, Name, void *Object, const void *Time) {                     \
    MEMSCOPE_WRITES(#Name, Object, Size);                                      \
    MEMSCOPE_READ_IF(#Name, Time, struct_timespec_sz);                        \
    return REAL(Name)(Object, Time);                                           \
  }
MEMSCOPE_TIMED_INTERCEPTOR(pthread_mutex_timedlock, kMutex)
MEMSCOPE_TIMED_INTERCEPTOR(pthread_rwlock_timedrdlock, kRwlock)
MEMSCOPE_TIMED_INTERCEPTOR(pthread_rwlock_timedwrlock, kRwlock)
MEMSCOPE_TIMED_INTERCEPTOR(sem_timedwait, kSem)
#undef MEMSCOPE_TIMED_INTERCEPTOR

#define MEMSCOPE_CLOCKED_INTERCEPTOR(Name, Size)                               \
  INTERCEPTOR(int, Name, void *Object, int Clock, const void *Time) {          \
    MEMSCOPE_WRITES(#Name, Object, Size);                                      \
    MEMSCOPE_READ_IF(#Name, Time, struct_timespec_sz);                        \
    return REAL(Name)(Object, Clock, Time);                                    \
  }
MEMSCOPE_CLOCKED_INTERCEPTOR(pthread_mutex_clocklock, kMutex)
MEMSCOPE_CLOCKED_INTERCEPTOR(pthread_rwlock_clockrdlock, kRwlock)
MEMSCOPE_CLOCKED_INTERCEPTOR(pthread_rwlock_clockwrlock, kRwlock)
MEMSCOPE_CLOCKED_INTERCEPTOR(sem_clockwait, kSem)
#undef MEMSCOPE_CLOCKED_INTERCEPTOR

INTERCEPTOR(int, pthread_cond_wait, void *Cond, void *Mutex) {
  MEMSCOPE_WRITES("pthread_cond_wait", Cond, kCond);
  MEMSCOPE_WRITES("pthread_cond_wait", Mutex, kMutex);
  return REAL(pthread_cond_wait)(Cond, Mutex);
}

INTERCEPTOR(int, pthread_cond_timedwait, void *Cond, void *Mutex,
            const void *Time) {
  MEMSCOPE_WRITES("pthread_cond_timedwait", Cond, kCond);
  MEMSCOPE_WRITES("pthread_cond_timedwait", Mutex, kMutex);
  MEMSCOPE_READ_IF("pthread_cond_timedwait", Time, struct_timespec_sz);
  return REAL(pthread_cond_timedwait)(Cond, Mutex, Time);
}

INTERCEPTOR(int, pthread_cond_clockwait, void *Cond, void *Mutex, int Clock,
            const void *Time) {
  MEMSCOPE_WRITES("pthread_cond_clockwait", Cond, kCond);
  MEMSCOPE_WRITES("pthread_cond_clockwait", Mutex, kMutex);
  MEMSCOPE_READ_IF("pthread_cond_clockwait", Time, struct_timespec_sz);
  return REAL(pthread_cond_clockwait)(Cond, Mutex, Clock, Time);
}

INTERCEPTOR(int, pthread_once, void *Once, void (*Init)()) {
  MEMSCOPE_WRITES("pthread_once", Once, kOnce);
  return REAL(pthread_once)(Once, Init);
}

INTERCEPTOR(int, pthread_key_create, unsigned *Key, void (*Destructor)(void *)) {
  MEMSCOPE_WRITES("pthread_key_create", Key, sizeof(*Key));
  return REAL(pthread_key_create)(Key, Destructor);
}

// A thread's attributes: the scheduling parameter and masks they copy,
// and the stack the thread will run on, which must stay the program's
// (glibc writes the thread's descriptor at its top).
INTERCEPTOR(int, pthread_attr_setschedparam, void *Attr, const int *Param) {
  MEMSCOPE_WRITES("pthread_attr_setschedparam", Attr, kAttr);
  MEMSCOPE_READ_IF("pthread_attr_setschedparam", Param, sizeof(*Param));
  return REAL(pthread_attr_setschedparam)(Attr, Param);
}

INTERCEPTOR(int, pthread_attr_setaffinity_np, void *Attr, uptr Size,
            const void *Set) {
  MEMSCOPE_WRITES("pthread_attr_setaffinity_np", Attr, kAttr);
  MEMSCOPE_READ_IF("pthread_attr_setaffinity_np", Set, Size);
  return REAL(pthread_attr_setaffinity_np)(Attr, Size, Set);
}

INTERCEPTOR(int, pthread_attr_setsigmask_np, void *Attr, const void *Mask) {
  MEMSCOPE_WRITES("pthread_attr_setsigmask_np", Attr, kAttr);
  MEMSCOPE_READ_IF("pthread_attr_setsigmask_np", Mask, kSigset);
  return REAL(pthread_attr_setsigmask_np)(Attr, Mask);
}

INTERCEPTOR(int, pthread_attr_setstack, void *Attr, void *Stack, uptr Size) {
  MEMSCOPE_WRITES("pthread_attr_setstack", Attr, kAttr);
  MEMSCOPE_WRITES("pthread_attr_setstack", Stack, Size);
  return REAL(pthread_attr_setstack)(Attr, Stack, Size);
}

INTERCEPTOR(int, pthread_getattr_np, uptr Thread, void *Attr) {
  MEMSCOPE_WRITES("pthread_getattr_np", Attr, kAttr);
  return REAL(pthread_getattr_np)(Thread, Attr);
}

INTERCEPTOR(int, pthread_setschedparam, uptr Thread, int Policy,
            const int *Param) {
  MEMSCOPE_READ_IF("pthread_setschedparam", Param, sizeof(*Param));
  return REAL(pthread_setschedparam)(Thread, Policy, Param);
}

#undef MEMSCOPE_WRITES

namespace memscope {
void InitializeSyncInterceptors() {
#define MEMSCOPE_INTERCEPT(Name, ...) INTERCEPT_FUNCTION(Name);
  MEMSCOPE_OBJECTS(MEMSCOPE_INTERCEPT)
  MEMSCOPE_SETTERS(MEMSCOPE_INTERCEPT)
#undef MEMSCOPE_INTERCEPT
  // The condition variables of glibc 2.3.2 on (dlsym's unversioned look-up
  // finds the old ones, which read the object differently).
  INTERCEPT_FUNCTION_VER(pthread_cond_init, "GLIBC_2.3.2");
  INTERCEPT_FUNCTION_VER(pthread_cond_signal, "GLIBC_2.3.2");
  INTERCEPT_FUNCTION_VER(pthread_cond_broadcast, "GLIBC_2.3.2");
  INTERCEPT_FUNCTION_VER(pthread_cond_destroy, "GLIBC_2.3.2");
  INTERCEPT_FUNCTION_VER(pthread_cond_wait, "GLIBC_2.3.2");
  INTERCEPT_FUNCTION_VER(pthread_cond_timedwait, "GLIBC_2.3.2");
  INTERCEPT_FUNCTION(pthread_mutex_init);
  INTERCEPT_FUNCTION(pthread_rwlock_init);
  INTERCEPT_FUNCTION(pthread_barrier_init);
  INTERCEPT_FUNCTION(sem_init);
  INTERCEPT_FUNCTION(sem_getvalue);
  INTERCEPT_FUNCTION(sem_open);
  INTERCEPT_FUNCTION(sem_unlink);
  INTERCEPT_FUNCTION(pthread_mutex_timedlock);
  INTERCEPT_FUNCTION(pthread_rwlock_timedrdlock);
  INTERCEPT_FUNCTION(pthread_rwlock_timedwrlock);
  INTERCEPT_FUNCTION(sem_timedwait);
  INTERCEPT_FUNCTION(pthread_mutex_clocklock);
  INTERCEPT_FUNCTION(pthread_rwlock_clockrdlock);
  INTERCEPT_FUNCTION(pthread_rwlock_clockwrlock);
  INTERCEPT_FUNCTION(sem_clockwait);
  INTERCEPT_FUNCTION(pthread_cond_clockwait);
  INTERCEPT_FUNCTION(pthread_once);
  INTERCEPT_FUNCTION(pthread_key_create);
  INTERCEPT_FUNCTION(pthread_attr_setschedparam);
  INTERCEPT_FUNCTION(pthread_attr_setaffinity_np);
  INTERCEPT_FUNCTION(pthread_attr_setsigmask_np);
  INTERCEPT_FUNCTION(pthread_attr_setstack);
  INTERCEPT_FUNCTION(pthread_getattr_np);
  INTERCEPT_FUNCTION(pthread_setschedparam);
}
} // namespace memscope
#undef MEMSCOPE_OBJECTS
#undef MEMSCOPE_SETTERS
