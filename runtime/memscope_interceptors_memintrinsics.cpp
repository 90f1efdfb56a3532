//===- memscope_interceptors_memintrinsics.cpp - memcpy & co. -------------===//
//
// memcpy, memmove, memset and memcmp: the interceptors (for calls from code
// memscope did not instrument, e.g. libstdc++) and the __memscope_mem*
// functions the pass substitutes for llvm.memcpy/memmove/memset. Both check
// the ranges, then call libc's implementation.
//
// This file defines memcpy itself, so it must not get sanitizer_common's
// redirection of memcpy to the internal version.
//
// See also: pass/MemoryAccess.cpp (emits __memscope_memcpy calls).
//===----------------------------------------------------------------------===//
#define SANITIZER_COMMON_NO_REDEFINE_BUILTINS
#include "memscope_flags.h"
#include "memscope_interceptors.h"
#include "memscope_interface.h"

using namespace memscope;

// The checks of each function, before it runs: overlap (memcpy's), the
// source read, the destination written.
#define MEMSCOPE_MEMCPY_CHECKS(Function, Dst, Src, Size)                       \
  if (LIKELY(flags()->replace_intrin)) {                                       \
    MEMSCOPE_CHECK_COPY_OVERLAP(Function, Dst, Size, Src);                     \
    MEMSCOPE_READ_RANGE(Function, Src, Size);                                  \
    MEMSCOPE_WRITE_RANGE(Function, Dst, Size);                                 \
  }
#define MEMSCOPE_MEMMOVE_CHECKS(Function, Dst, Src, Size)                      \
  if (LIKELY(flags()->replace_intrin)) {                                       \
    MEMSCOPE_READ_RANGE(Function, Src, Size);                                  \
    MEMSCOPE_WRITE_RANGE(Function, Dst, Size);                                 \
  }
#define MEMSCOPE_MEMSET_CHECKS(Function, Dst, Size)                            \
  if (LIKELY(flags()->replace_intrin))                                         \
  MEMSCOPE_WRITE_RANGE(Function, Dst, Size)

#define MEMSCOPE_MEMCPY_IMPL(Function, Dst, Src, Size)                         \
  do {                                                                         \
    MEMSCOPE_UNCHECKED_RETURN(internal_memcpy(Dst, Src, Size),                 \
                              REAL(memcpy)(Dst, Src, Size));                   \
    MEMSCOPE_MEMCPY_CHECKS(Function, Dst, Src, Size);                          \
    return REAL(memcpy)(Dst, Src, Size);                                       \
  } while (0)

#define MEMSCOPE_MEMMOVE_IMPL(Function, Dst, Src, Size)                        \
  do {                                                                         \
    MEMSCOPE_UNCHECKED_RETURN(internal_memmove(Dst, Src, Size),                \
                              REAL(memmove)(Dst, Src, Size));                  \
    MEMSCOPE_MEMMOVE_CHECKS(Function, Dst, Src, Size);                         \
    return REAL(memmove)(Dst, Src, Size);                                      \
  } while (0)

#define MEMSCOPE_MEMSET_IMPL(Function, Dst, C, Size)                           \
  do {                                                                         \
    MEMSCOPE_UNCHECKED_RETURN(internal_memset(Dst, C, Size),                   \
                              REAL(memset)(Dst, C, Size));                     \
    MEMSCOPE_MEMSET_CHECKS(Function, Dst, Size);                               \
    return REAL(memset)(Dst, C, Size);                                         \
  } while (0)

INTERCEPTOR(void *, memcpy, void *Dst, const void *Src, uptr Size) {
  MEMSCOPE_MEMCPY_IMPL("memcpy", Dst, Src, Size);
}

INTERCEPTOR(void *, memmove, void *Dst, const void *Src, uptr Size) {
  MEMSCOPE_MEMMOVE_IMPL("memmove", Dst, Src, Size);
}

INTERCEPTOR(void *, memset, void *Dst, int C, uptr Size) {
  MEMSCOPE_MEMSET_IMPL("memset", Dst, C, Size);
}

// _FORTIFY_SOURCE's entry points (a call whose destination's size the
// compiler knows: __memcpy_chk(d, s, n, size of d)), which ASan does not
// intercept: the same checks, then glibc's, which ends the program with
// "buffer overflow detected" when n exceeds that size and nothing memscope
// poisoned lies in the way (a field of a struct overflowing into the next).
// Before initialisation, glibc's function as it is.
#define MEMSCOPE_MEM_CHK_INTERCEPTOR(Name, SrcType, Src, Checks)               \
  INTERCEPTOR(void *, __##Name##_chk, void *Dst, SrcType Src, uptr Size,       \
              uptr DstLen) {                                                   \
    if (LIKELY(MemscopeInited) && !LeakOnlyBuild) {                            \
      Checks;                                                                  \
    }                                                                          \
    return REAL(__##Name##_chk)(Dst, Src, Size, DstLen);                       \
  }
MEMSCOPE_MEM_CHK_INTERCEPTOR(memcpy, const void *, Src,
                             MEMSCOPE_MEMCPY_CHECKS("memcpy", Dst, Src, Size))
MEMSCOPE_MEM_CHK_INTERCEPTOR(mempcpy, const void *, Src,
                             MEMSCOPE_MEMCPY_CHECKS("mempcpy", Dst, Src, Size))
MEMSCOPE_MEM_CHK_INTERCEPTOR(memmove, const void *, Src,
                             MEMSCOPE_MEMMOVE_CHECKS("memmove", Dst, Src, Size))
MEMSCOPE_MEM_CHK_INTERCEPTOR(memset, int, C,
                             MEMSCOPE_MEMSET_CHECKS("memset", Dst, Size))
#undef MEMSCOPE_MEM_CHK_INTERCEPTOR

// The ranges memcmp and bcmp read: whole, or (strict_memcmp=0) up to and
// including the first difference. A macro: the report's first frame is
// the interceptor.
#define MEMSCOPE_CHECK_COMPARED(Function, A, B, Size)                          \
  do {                                                                         \
    uptr Check_ = common_flags()->intercept_memcmp ? (Size) : 0;               \
    if (Check_ && !flags()->strict_memcmp) {                                   \
      const u8 *PA_ = static_cast<const u8 *>(A);                              \
      const u8 *PB_ = static_cast<const u8 *>(B);                              \
      uptr I_ = 0;                                                             \
      while (I_ < Check_ && PA_[I_] == PB_[I_])                                \
        ++I_;                                                                  \
      Check_ = I_ < Check_ ? I_ + 1 : Check_;                                  \
    }                                                                          \
    MEMSCOPE_READ_RANGE(Function, A, Check_);                                  \
    MEMSCOPE_READ_RANGE(Function, B, Check_);                                  \
  } while (0)

INTERCEPTOR(int, memcmp, const void *A, const void *B, uptr Size) {
  MEMSCOPE_UNCHECKED_RETURN(internal_memcmp(A, B, Size), REAL(memcmp)(A, B, Size));
  MEMSCOPE_CHECK_COMPARED("memcmp", A, B, Size);
  return REAL(memcmp)(A, B, Size);
}

// bzero (and glibc's __bzero, which a program may call by that name) is
// memset(Dst, 0, Size) under another name (a call through a pointer to it
// escapes the compiler's rewriting).
#define MEMSCOPE_BZERO_INTERCEPTOR(Name)                                       \
  INTERCEPTOR(void, Name, void *Dst, uptr Size) {                              \
    if (UNLIKELY(!MemscopeInited) || LeakOnlyBuild) {                          \
      internal_memset(Dst, 0, Size);                                           \
      return;                                                                  \
    }                                                                          \
    if (LIKELY(flags()->replace_intrin))                                       \
      MEMSCOPE_WRITE_RANGE(#Name, Dst, Size);                                  \
    REAL(memset)(Dst, 0, Size);                                                \
  }
MEMSCOPE_BZERO_INTERCEPTOR(bzero)
MEMSCOPE_BZERO_INTERCEPTOR(__bzero)
#undef MEMSCOPE_BZERO_INTERCEPTOR

INTERCEPTOR(int, bcmp, const void *A, const void *B, uptr Size) {
  MEMSCOPE_UNCHECKED_RETURN(internal_memcmp(A, B, Size), REAL(bcmp)(A, B, Size));
  MEMSCOPE_CHECK_COMPARED("bcmp", A, B, Size);
  return REAL(bcmp)(A, B, Size);
}

extern "C" {
void *__memscope_memcpy(void *Dst, const void *Src, uptr Size) {
  MEMSCOPE_MEMCPY_IMPL("memcpy", Dst, Src, Size);
}
void *__memscope_memmove(void *Dst, const void *Src, uptr Size) {
  MEMSCOPE_MEMMOVE_IMPL("memmove", Dst, Src, Size);
}
void *__memscope_memset(void *Dst, int C, uptr Size) {
  MEMSCOPE_MEMSET_IMPL("memset", Dst, C, Size);
}

// ASan's names for the same, which its pass calls (and some programs do).
SANITIZER_INTERFACE_ATTRIBUTE void *__asan_memcpy(void *Dst, const void *Src,
                                                  uptr Size) {
  MEMSCOPE_MEMCPY_IMPL("memcpy", Dst, Src, Size);
}
SANITIZER_INTERFACE_ATTRIBUTE void *__asan_memmove(void *Dst, const void *Src,
                                                   uptr Size) {
  MEMSCOPE_MEMMOVE_IMPL("memmove", Dst, Src, Size);
}
SANITIZER_INTERFACE_ATTRIBUTE void *__asan_memset(void *Dst, int C, uptr Size) {
  MEMSCOPE_MEMSET_IMPL("memset", Dst, C, Size);
}

// sanitizer_common's unaligned accesses (sanitizer/common_interface_defs.h),
// checked like any other access.
#define MEMSCOPE_UNALIGNED(Bits)                                               \
  SANITIZER_INTERFACE_ATTRIBUTE u##Bits __sanitizer_unaligned_load##Bits(      \
      const void *P) {                                                         \
    MEMSCOPE_READ_RANGE("__sanitizer_unaligned_load" #Bits, P, Bits / 8);     \
    u##Bits V;                                                                 \
    internal_memcpy(&V, P, sizeof(V));                                         \
    return V;                                                                  \
  }                                                                            \
  SANITIZER_INTERFACE_ATTRIBUTE void __sanitizer_unaligned_store##Bits(        \
      void *P, u##Bits V) {                                                    \
    MEMSCOPE_WRITE_RANGE("__sanitizer_unaligned_store" #Bits, P, Bits / 8);   \
    internal_memcpy(P, &V, sizeof(V));                                         \
  }
MEMSCOPE_UNALIGNED(16)
MEMSCOPE_UNALIGNED(32)
MEMSCOPE_UNALIGNED(64)
#undef MEMSCOPE_UNALIGNED
} // extern "C"

namespace memscope {
void InitializeMemintrinsicInterceptors() {
  INTERCEPT_FUNCTION(memcpy);
  INTERCEPT_FUNCTION(memmove);
  INTERCEPT_FUNCTION(memset);
  INTERCEPT_FUNCTION(__memcpy_chk);
  INTERCEPT_FUNCTION(__mempcpy_chk);
  INTERCEPT_FUNCTION(__memmove_chk);
  INTERCEPT_FUNCTION(__memset_chk);
  INTERCEPT_FUNCTION(memcmp);
  INTERCEPT_FUNCTION(bcmp);
  INTERCEPT_FUNCTION(bzero);
  INTERCEPT_FUNCTION(__bzero);
}
} // namespace memscope
