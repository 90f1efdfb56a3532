//===- memscope_interceptors.cpp - malloc family, strings, threads --------===//
//
// The allocation functions are defined outright (the runtime is linked into
// the executable, so its definitions take precedence over libc's for every
// library); string functions and pthread_create are intercepted and call libc
// through REAL().
//
// Before initialisation finishes, allocations come from a bootstrap
// allocator (dlsym allocates while the interceptors are being set up).
//
// See also: memscope_allocator.cpp, memscope_interceptors_memintrinsics.cpp,
// memscope_new_delete.cpp, memscope_rt.syms (what the executable exports).
//===----------------------------------------------------------------------===//
#include "memscope_interceptors.h"
#include "memscope_allocator.h"
#include "memscope_flags.h"
#include "memscope_globals.h"
#include "memscope_stack_frames.h"
#include "memscope_thread.h"

#include "lsan/lsan_common.h"
#include "sanitizer_common/sanitizer_allocator_dlsym.h"
#include "sanitizer_common/sanitizer_allocator_internal.h"
#include "sanitizer_common/sanitizer_stackdepot.h"

#include <stdarg.h>

using namespace memscope;

namespace {
struct DlsymAlloc : public DlSymAllocator<DlsymAlloc> {
  static bool UseImpl() { return MemscopeInitIsRunning; }
};
} // namespace

#define MEMSCOPE_MALLOC_ENTRY                                                  \
  EnsureInited();                                                              \
  MEMSCOPE_STACK_MALLOC

extern "C" {

SANITIZER_INTERFACE_ATTRIBUTE void *__interceptor_malloc(uptr Size) {
  if (DlsymAlloc::Use())
    return DlsymAlloc::Allocate(Size);
  MEMSCOPE_MALLOC_ENTRY;
  return MemscopeMalloc(Size, &stack);
}

SANITIZER_INTERFACE_ATTRIBUTE void *__interceptor_calloc(uptr Count, uptr Size) {
  if (DlsymAlloc::Use())
    return DlsymAlloc::Callocate(Count, Size);
  MEMSCOPE_MALLOC_ENTRY;
  return MemscopeCalloc(Count, Size, &stack);
}

SANITIZER_INTERFACE_ATTRIBUTE void *__interceptor_realloc(void *P, uptr Size) {
  if (DlsymAlloc::Use() || DlsymAlloc::PointerIsMine(P))
    return DlsymAlloc::Realloc(P, Size);
  MEMSCOPE_MALLOC_ENTRY;
  return MemscopeRealloc(P, Size, &stack);
}

SANITIZER_INTERFACE_ATTRIBUTE void *__interceptor_reallocarray(void *P, uptr Count,
                                                 uptr Size) {
  MEMSCOPE_MALLOC_ENTRY;
  return MemscopeReallocArray(P, Count, Size, &stack);
}

SANITIZER_INTERFACE_ATTRIBUTE void __interceptor_free(void *P) {
  if (!P)
    return;
  if (DlsymAlloc::PointerIsMine(P))
    return DlsymAlloc::Free(P);
  EnsureInited();
  MEMSCOPE_STACK_FREE;
  MemscopeFree(P, AllocKind::Malloc, 0, 0, &stack);
}

// *MemPtr, where the block goes, is checked before anything is allocated
// (Valgrind reports a slot freed or too small; ASan does not check it).
SANITIZER_INTERFACE_ATTRIBUTE int __interceptor_posix_memalign(void **MemPtr, uptr Alignment,
                                                 uptr Size) {
  MEMSCOPE_MALLOC_ENTRY;
  MEMSCOPE_WRITE_RANGE("posix_memalign", MemPtr, sizeof(*MemPtr));
  return MemscopePosixMemalign(MemPtr, Alignment, Size, &stack);
}

SANITIZER_INTERFACE_ATTRIBUTE void *__interceptor_aligned_alloc(uptr Alignment, uptr Size) {
  MEMSCOPE_MALLOC_ENTRY;
  return MemscopeAlignedAlloc(Alignment, Size, &stack);
}

SANITIZER_INTERFACE_ATTRIBUTE void *__interceptor_memalign(uptr Alignment, uptr Size) {
  MEMSCOPE_MALLOC_ENTRY;
  return MemscopeMemalign(Alignment, Size, &stack);
}

SANITIZER_INTERFACE_ATTRIBUTE void *__interceptor_valloc(uptr Size) {
  MEMSCOPE_MALLOC_ENTRY;
  return MemscopeValloc(Size, &stack);
}

SANITIZER_INTERFACE_ATTRIBUTE void *__interceptor_pvalloc(uptr Size) {
  MEMSCOPE_MALLOC_ENTRY;
  return MemscopePvalloc(Size, &stack);
}

SANITIZER_INTERFACE_ATTRIBUTE uptr __interceptor_malloc_usable_size(const void *P) {
  MEMSCOPE_MALLOC_ENTRY;
  return MemscopeMallocUsableSize(P, &stack);
}

} // extern "C"

// The allocation functions are weak aliases of their __interceptor_ names,
// as under ASan: a program may define its own malloc (a wrapper that logs,
// a statically linked allocator) and still reach memscope's through
// __interceptor_malloc; memscope's are used otherwise.
#define MEMSCOPE_WEAK_ALIAS(Ret, Name, Params)                                 \
  extern "C" SANITIZER_INTERFACE_ATTRIBUTE SANITIZER_WEAK_ATTRIBUTE Ret Name   \
      Params __attribute__((alias("__interceptor_" #Name)));
MEMSCOPE_WEAK_ALIAS(void *, malloc, (uptr))
MEMSCOPE_WEAK_ALIAS(void *, calloc, (uptr, uptr))
MEMSCOPE_WEAK_ALIAS(void *, realloc, (void *, uptr))
MEMSCOPE_WEAK_ALIAS(void *, reallocarray, (void *, uptr, uptr))
MEMSCOPE_WEAK_ALIAS(void, free, (void *))
MEMSCOPE_WEAK_ALIAS(int, posix_memalign, (void **, uptr, uptr))
MEMSCOPE_WEAK_ALIAS(void *, aligned_alloc, (uptr, uptr))
MEMSCOPE_WEAK_ALIAS(void *, memalign, (uptr, uptr))
MEMSCOPE_WEAK_ALIAS(void *, valloc, (uptr))
MEMSCOPE_WEAK_ALIAS(void *, pvalloc, (uptr))
MEMSCOPE_WEAK_ALIAS(uptr, malloc_usable_size, (const void *))
#undef MEMSCOPE_WEAK_ALIAS

namespace {
// strdup and strndup, under their names and glibc's (__strdup,
// __strndup, which older headers and some libraries call): the string
// read, the copy allocated with the caller's Stack.
ALWAYS_INLINE char *Duplicate(const char *Name, const char *S,
                              BufferedStackTrace *Stack) {
  uptr Len = internal_strlen(S);
  MEMSCOPE_READ_RANGE(Name, S, Len + 1);
  char *Copy = static_cast<char *>(MemscopeMalloc(Len + 1, Stack));
  if (Copy)
    internal_memcpy(Copy, S, Len + 1);
  return Copy;
}

ALWAYS_INLINE char *DuplicateN(const char *Name, const char *S, uptr N,
                               BufferedStackTrace *Stack) {
  uptr Len = internal_strnlen(S, N);
  MEMSCOPE_READ_RANGE(Name, S, Len < N ? Len + 1 : Len);
  char *Copy = static_cast<char *>(MemscopeMalloc(Len + 1, Stack));
  if (Copy) {
    internal_memcpy(Copy, S, Len);
    Copy[Len] = '\0';
  }
  return Copy;
}
} // namespace

// Weak, as the interceptors are: a program with a strdup of its own (a
// portability shim) links, and its own is called.
extern "C" {

SANITIZER_INTERFACE_ATTRIBUTE SANITIZER_WEAK_ATTRIBUTE char *
strdup(const char *S) {
  MEMSCOPE_MALLOC_ENTRY;
  return Duplicate("strdup", S, &stack);
}

SANITIZER_INTERFACE_ATTRIBUTE SANITIZER_WEAK_ATTRIBUTE char *
__strdup(const char *S) {
  MEMSCOPE_MALLOC_ENTRY;
  return Duplicate("__strdup", S, &stack);
}

SANITIZER_INTERFACE_ATTRIBUTE SANITIZER_WEAK_ATTRIBUTE char *
strndup(const char *S, uptr N) {
  MEMSCOPE_MALLOC_ENTRY;
  return DuplicateN("strndup", S, N, &stack);
}

SANITIZER_INTERFACE_ATTRIBUTE SANITIZER_WEAK_ATTRIBUTE char *
__strndup(const char *S, uptr N) {
  MEMSCOPE_MALLOC_ENTRY;
  return DuplicateN("__strndup", S, N, &stack);
}

} // extern "C"

// --- string functions ---------------------------------------------------
// Each reads exactly what the C standard says it reads: the string and its
// terminator, or up to n bytes. Leak-only builds check nothing.

// ASan's flags turn groups of these checks off: replace_str all of them,
// intercept_strlen, intercept_strcmp and intercept_strchr their functions.
#define MEMSCOPE_STRING_CHECKS_OFF(Flag)                                       \
  (!flags()->replace_str || !common_flags()->Flag)

// A string argument read for N bytes (up to what the function looked at);
// with strict_string_checks, the whole string and its terminator.
#define MEMSCOPE_READ_STRING(Function, S, N)                                   \
  MEMSCOPE_READ_RANGE(                                                         \
      Function, S,                                                             \
      common_flags()->strict_string_checks ? internal_strlen(S) + 1 : (N))

INTERCEPTOR(uptr, strlen, const char *S) {
  MEMSCOPE_UNCHECKED_RETURN(internal_strlen(S), REAL(strlen)(S));
  if (MEMSCOPE_STRING_CHECKS_OFF(intercept_strlen))
    return REAL(strlen)(S);
  uptr Len = REAL(strlen)(S);
  MEMSCOPE_READ_RANGE("strlen", S, Len + 1);
  return Len;
}

INTERCEPTOR(uptr, strnlen, const char *S, uptr N) {
  MEMSCOPE_UNCHECKED_RETURN(internal_strnlen(S, N), REAL(strnlen)(S, N));
  if (MEMSCOPE_STRING_CHECKS_OFF(intercept_strlen))
    return REAL(strnlen)(S, N);
  uptr Len = REAL(strnlen)(S, N);
  MEMSCOPE_READ_RANGE("strnlen", S, Len < N ? Len + 1 : N);
  return Len;
}

// strtol and its kin read the digits they convert and the character that
// stopped them (with strict_string_checks, the whole string must be
// there), and write *EndPtr, checked first, as ASan does.
namespace {
uptr StrtolReadLength(const char *S, const char *End, int Base) {
  if (common_flags()->strict_string_checks)
    return internal_strlen(S) + 1;
  // A base strtol rejects reads nothing.
  if (Base != 0 && (Base < 2 || Base > 36))
    return 0;
  if (End == S) { // no digits: blanks and a sign were read
    while (*End == ' ' || (*End >= '\t' && *End <= '\r'))
      ++End;
    if (*End == '+' || *End == '-')
      ++End;
  }
  return End - S + 1;
}
} // namespace

// The end pointer the program asked for, written, then the string read.
#define MEMSCOPE_STRTO_CHECKS(Name, S, EndPtr, End, Base)                      \
  do {                                                                         \
    bool Check_ = MemscopeInited && flags()->replace_str;                      \
    if (EndPtr) {                                                              \
      if (Check_)                                                              \
        MEMSCOPE_WRITE_RANGE(Name, EndPtr, sizeof(*EndPtr));                   \
      *EndPtr = End;                                                           \
    }                                                                          \
    if (Check_ && S)                                                           \
      MEMSCOPE_READ_RANGE(Name, S, StrtolReadLength(S, End, Base));            \
  } while (0)

#define MEMSCOPE_STRTOL_INTERCEPTOR(Type, Name)                                \
  INTERCEPTOR(Type, Name, const char *S, char **EndPtr, int Base) {            \
    if (UNLIKELY(!REAL(Name))) /* before the interceptors are set up */        \
      return static_cast<Type>(internal_simple_strtoll(                        \
          S, const_cast<const char **>(EndPtr), Base));                        \
    char *End;                                                                 \
    Type Result = REAL(Name)(S, &End, Base);                                   \
    MEMSCOPE_STRTO_CHECKS(#Name, S, EndPtr, End, Base);                        \
    return Result;                                                             \
  }
MEMSCOPE_STRTOL_INTERCEPTOR(long, strtol)
MEMSCOPE_STRTOL_INTERCEPTOR(long long, strtoll)
MEMSCOPE_STRTOL_INTERCEPTOR(unsigned long, strtoul)
MEMSCOPE_STRTOL_INTERCEPTOR(unsigned long long, strtoull)
#undef MEMSCOPE_STRTOL_INTERCEPTOR

// strtod and its kin: the characters they converted and the one that
// stopped them, as strtol's (a base-10 number's rules for what no
// conversion read); with strict_string_checks, the whole string.
#define MEMSCOPE_STRTOD_INTERCEPTOR(Type, Name)                                \
  INTERCEPTOR(Type, Name, const char *S, char **EndPtr) {                      \
    char *End;                                                                 \
    Type Result = REAL(Name)(S, &End);                                         \
    MEMSCOPE_STRTO_CHECKS(#Name, S, EndPtr, End, 10);                          \
    return Result;                                                             \
  }
MEMSCOPE_STRTOD_INTERCEPTOR(double, strtod)
MEMSCOPE_STRTOD_INTERCEPTOR(float, strtof)
MEMSCOPE_STRTOD_INTERCEPTOR(long double, strtold)
#undef MEMSCOPE_STRTOD_INTERCEPTOR
#undef MEMSCOPE_STRTO_CHECKS

// strtok_r, and strtok with its state in memscope's own variable rather
// than glibc's: as sanitizer_common's strtok, the string is checked where
// the call is known to have read it (the token it returns, or the whole
// string when it found none), and whole with strict_string_checks. A call
// that goes on from the saved position is checked at its first byte too,
// so that strtok(NULL, ...) on a string freed since is reported even when
// no token is left (sanitizer_common's strtok sees only the NULL it
// returns). The delimiters are checked at their first byte, then, after
// the string, whole unless the string was empty, as wcstok's are
// (sanitizer_common checks only their first byte).
#define MEMSCOPE_STRTOK(Name, S, Delim, Save)                                  \
  do {                                                                         \
    if (MEMSCOPE_STRING_CHECKS_OFF(intercept_strtok))                          \
      return REAL(strtok_r)(S, Delim, Save);                                   \
    if (common_flags()->strict_string_checks) {                                \
      if (S)                                                                   \
        MEMSCOPE_READ_RANGE(Name, S, REAL(strlen)(S) + 1);                     \
      MEMSCOPE_READ_RANGE(Name, Delim, REAL(strlen)(Delim) + 1);               \
      return REAL(strtok_r)(S, Delim, Save);                                   \
    }                                                                          \
    const char *Next_ = S ? S : *(Save);                                       \
    if (Next_)                                                                 \
      MEMSCOPE_READ_RANGE(Name, Next_, 1);                                     \
    MEMSCOPE_READ_RANGE(Name, Delim, 1);                                       \
    bool Scanned_ = Next_ && *Next_;                                           \
    char *Token_ = REAL(strtok_r)(S, Delim, Save);                             \
    if (Token_)                                                                \
      MEMSCOPE_READ_RANGE(Name, Token_, REAL(strlen)(Token_) + 1);             \
    else if (S)                                                                \
      MEMSCOPE_READ_RANGE(Name, S, REAL(strlen)(S) + 1);                       \
    if (Scanned_)                                                              \
      MEMSCOPE_READ_RANGE(Name, Delim, REAL(strlen)(Delim) + 1);               \
    return Token_;                                                             \
  } while (0)

INTERCEPTOR(char *, strtok_r, char *S, const char *Delim, char **Save) {
  MEMSCOPE_UNCHECKED_RETURN(REAL(strtok_r)(S, Delim, Save),
                            REAL(strtok_r)(S, Delim, Save));
  MEMSCOPE_WRITE_RANGE("strtok_r", Save, sizeof(*Save));
  MEMSCOPE_STRTOK("strtok_r", S, Delim, Save);
}

static char *StrtokSave;

INTERCEPTOR(char *, strtok, char *S, const char *Delim) {
  MEMSCOPE_UNCHECKED_RETURN(REAL(strtok_r)(S, Delim, &StrtokSave),
                            REAL(strtok_r)(S, Delim, &StrtokSave));
  MEMSCOPE_STRTOK("strtok", S, Delim, &StrtokSave);
}
#undef MEMSCOPE_STRTOK

#define MEMSCOPE_ATOI_INTERCEPTOR(Type, Name, Strtol)                          \
  INTERCEPTOR(Type, Name, const char *S) {                                     \
    if (UNLIKELY(!REAL(Strtol)))                                               \
      return static_cast<Type>(internal_simple_strtoll(S, nullptr, 10));       \
    char *End;                                                                 \
    Type Result = static_cast<Type>(REAL(Strtol)(S, &End, 10));                \
    if (MemscopeInited && S && flags()->replace_str)                           \
      MEMSCOPE_READ_RANGE(#Name, S, StrtolReadLength(S, End, 10));             \
    return Result;                                                             \
  }
MEMSCOPE_ATOI_INTERCEPTOR(int, atoi, strtol)
MEMSCOPE_ATOI_INTERCEPTOR(long, atol, strtol)
MEMSCOPE_ATOI_INTERCEPTOR(long long, atoll, strtoll)
#undef MEMSCOPE_ATOI_INTERCEPTOR

// atof as strtod (which ASan does not check through atof at -O0, where the
// call is not inlined into strtod's).
INTERCEPTOR(double, atof, const char *S) {
  if (UNLIKELY(!REAL(strtod)))
    return static_cast<double>(internal_simple_strtoll(S, nullptr, 10));
  char *End;
  double Result = REAL(strtod)(S, &End);
  if (MemscopeInited && S && flags()->replace_str)
    MEMSCOPE_READ_RANGE("atof", S, StrtolReadLength(S, End, 10));
  return Result;
}

// strcpy and stpcpy (which returns the end): the source and its terminator
// read, as many bytes written, the two apart.
#define MEMSCOPE_STRCPY_CHECKS(Function, Dst, Src)                             \
  do {                                                                         \
    uptr Copy_ = REAL(strlen)(Src) + 1;                                        \
    MEMSCOPE_CHECK_OVERLAP(Function, Dst, Copy_, Src, Copy_);                  \
    MEMSCOPE_READ_RANGE(Function, Src, Copy_);                                 \
    MEMSCOPE_WRITE_RANGE(Function, Dst, Copy_);                                \
  } while (0)
#define MEMSCOPE_STRING_COPY_INTERCEPTOR(Name, Unchecked)                      \
  INTERCEPTOR(char *, Name, char *Dst, const char *Src) {                      \
    MEMSCOPE_UNCHECKED_RETURN(Unchecked, REAL(Name)(Dst, Src));                \
    if (flags()->replace_str)                                                  \
      MEMSCOPE_STRCPY_CHECKS(#Name, Dst, Src);                                 \
    return REAL(Name)(Dst, Src);                                               \
  }
MEMSCOPE_STRING_COPY_INTERCEPTOR(
    strcpy, internal_strncpy(Dst, Src, internal_strlen(Src) + 1))
MEMSCOPE_STRING_COPY_INTERCEPTOR(
    stpcpy, internal_strncpy(Dst, Src, internal_strlen(Src) + 1) +
                internal_strlen(Src))
#undef MEMSCOPE_STRING_COPY_INTERCEPTOR

// strncpy and stpncpy: the source up to N bytes or its terminator read, N
// bytes written (the rest padded with zeros).
#define MEMSCOPE_STRNCPY_CHECKS(Function, Dst, Src, N)                         \
  do {                                                                         \
    uptr SrcLen_ = REAL(strnlen)(Src, N);                                      \
    uptr SrcRead_ = SrcLen_ < (N) ? SrcLen_ + 1 : (N);                         \
    MEMSCOPE_CHECK_OVERLAP(Function, Dst, N, Src, SrcRead_);                   \
    MEMSCOPE_READ_RANGE(Function, Src, SrcRead_);                              \
    MEMSCOPE_WRITE_RANGE(Function, Dst, N);                                    \
  } while (0)

INTERCEPTOR(char *, strncpy, char *Dst, const char *Src, uptr N) {
  MEMSCOPE_UNCHECKED_RETURN(internal_strncpy(Dst, Src, N), REAL(strncpy)(Dst, Src, N));
  if (flags()->replace_str)
    MEMSCOPE_STRNCPY_CHECKS("strncpy", Dst, Src, N);
  return REAL(strncpy)(Dst, Src, N);
}

// As ASan orders them: the source, the destination's characters (its
// terminator too with strict_string_checks), the bytes written.
#define MEMSCOPE_STRCAT_CHECKS(Function, Dst, Src)                             \
  do {                                                                         \
    uptr SrcSize_ = REAL(strlen)(Src) + 1;                                     \
    MEMSCOPE_READ_RANGE(Function, Src, SrcSize_);                              \
    uptr DstLen_ = REAL(strlen)(Dst);                                          \
    MEMSCOPE_READ_STRING(Function, Dst, DstLen_);                              \
    MEMSCOPE_WRITE_RANGE(Function, Dst + DstLen_, SrcSize_);                   \
    if (SrcSize_ > 1)                                                          \
      MEMSCOPE_CHECK_OVERLAP(Function, Dst, DstLen_ + SrcSize_, Src,           \
                             SrcSize_);                                        \
  } while (0)

INTERCEPTOR(char *, strcat, char *Dst, const char *Src) {
  MEMSCOPE_UNCHECKED_RETURN(internal_strncat(Dst, Src, internal_strlen(Src)), REAL(strcat)(Dst, Src));
  if (flags()->replace_str)
    MEMSCOPE_STRCAT_CHECKS("strcat", Dst, Src);
  return REAL(strcat)(Dst, Src);
}

#define MEMSCOPE_STRNCAT_CHECKS(Function, Dst, Src, N)                         \
  do {                                                                         \
    uptr SrcLen_ = REAL(strnlen)(Src, N);                                      \
    uptr Copied_ = SrcLen_ < (N) ? SrcLen_ + 1 : (N);                          \
    MEMSCOPE_READ_RANGE(Function, Src, Copied_);                               \
    uptr DstLen_ = REAL(strlen)(Dst);                                          \
    MEMSCOPE_READ_STRING(Function, Dst, DstLen_);                              \
    MEMSCOPE_WRITE_RANGE(Function, Dst + DstLen_, SrcLen_ + 1);                \
    if (SrcLen_ > 0)                                                           \
      MEMSCOPE_CHECK_OVERLAP(Function, Dst, DstLen_ + Copied_ + 1, Src,        \
                             Copied_);                                         \
  } while (0)

INTERCEPTOR(char *, strncat, char *Dst, const char *Src, uptr N) {
  MEMSCOPE_UNCHECKED_RETURN(internal_strncat(Dst, Src, N), REAL(strncat)(Dst, Src, N));
  if (flags()->replace_str)
    MEMSCOPE_STRNCAT_CHECKS("strncat", Dst, Src, N);
  return REAL(strncat)(Dst, Src, N);
}

// _FORTIFY_SOURCE's entry points of the same, given the destination's size
// (see __memcpy_chk in memscope_interceptors_memintrinsics.cpp): the same
// checks, then glibc's.
#define MEMSCOPE_STR_CHK_INTERCEPTOR(Name, Checks)                             \
  INTERCEPTOR(char *, __##Name##_chk, char *Dst, const char *Src,              \
              uptr DstLen) {                                                   \
    if (LIKELY(MemscopeInited) && !LeakOnlyBuild && flags()->replace_str)      \
      Checks;                                                                  \
    return REAL(__##Name##_chk)(Dst, Src, DstLen);                             \
  }
#define MEMSCOPE_STRN_CHK_INTERCEPTOR(Name, Checks)                            \
  INTERCEPTOR(char *, __##Name##_chk, char *Dst, const char *Src, uptr N,      \
              uptr DstLen) {                                                   \
    if (LIKELY(MemscopeInited) && !LeakOnlyBuild && flags()->replace_str)      \
      Checks;                                                                  \
    return REAL(__##Name##_chk)(Dst, Src, N, DstLen);                          \
  }
MEMSCOPE_STR_CHK_INTERCEPTOR(strcpy, MEMSCOPE_STRCPY_CHECKS("strcpy", Dst, Src))
MEMSCOPE_STR_CHK_INTERCEPTOR(stpcpy, MEMSCOPE_STRCPY_CHECKS("stpcpy", Dst, Src))
MEMSCOPE_STR_CHK_INTERCEPTOR(strcat, MEMSCOPE_STRCAT_CHECKS("strcat", Dst, Src))
MEMSCOPE_STRN_CHK_INTERCEPTOR(strncpy,
                              MEMSCOPE_STRNCPY_CHECKS("strncpy", Dst, Src, N))
MEMSCOPE_STRN_CHK_INTERCEPTOR(stpncpy,
                              MEMSCOPE_STRNCPY_CHECKS("stpncpy", Dst, Src, N))
MEMSCOPE_STRN_CHK_INTERCEPTOR(strncat,
                              MEMSCOPE_STRNCAT_CHECKS("strncat", Dst, Src, N))
#undef MEMSCOPE_STR_CHK_INTERCEPTOR
#undef MEMSCOPE_STRN_CHK_INTERCEPTOR

// wcsnlen without calling libc (whose wcsnlen sanitizer_common intercepts).
uptr memscope::WideLength(const wchar_t *S, uptr N) {
  uptr I = 0;
  while (I < N && S[I])
    ++I;
  return I;
}

uptr memscope::ComparedLength(const char *A, const char *B, uptr N) {
  uptr I = 0;
  while (I < N && A[I] && A[I] == B[I])
    ++I;
  return I < N ? I + 1 : N;
}

namespace {
// The result from the last byte compared, as ASan gives it: -1, 0 or 1
// (the C standard promises only the sign; tests written for ASan check 1).
int CompareResult(const char *A, const char *B, uptr Len) {
  if (!Len)
    return 0;
  unsigned char CA = A[Len - 1], CB = B[Len - 1];
  return CA < CB ? -1 : CA > CB;
}
} // namespace

INTERCEPTOR(int, strcmp, const char *A, const char *B) {
  MEMSCOPE_UNCHECKED_RETURN(internal_strcmp(A, B), REAL(strcmp)(A, B));
  if (MEMSCOPE_STRING_CHECKS_OFF(intercept_strcmp))
    return REAL(strcmp)(A, B);
  uptr Len = ComparedLength(A, B, ~static_cast<uptr>(0));
  MEMSCOPE_READ_STRING("strcmp", A, Len);
  MEMSCOPE_READ_STRING("strcmp", B, Len);
  return CompareResult(A, B, Len);
}

INTERCEPTOR(int, strncmp, const char *A, const char *B, uptr N) {
  MEMSCOPE_UNCHECKED_RETURN(internal_strncmp(A, B, N), REAL(strncmp)(A, B, N));
  if (MEMSCOPE_STRING_CHECKS_OFF(intercept_strcmp))
    return REAL(strncmp)(A, B, N);
  uptr Len = ComparedLength(A, B, N);
  // With strict_string_checks each string is read to its end, at most N.
  uptr ReadA = Len, ReadB = Len;
  if (common_flags()->strict_string_checks) {
    ReadA = Min(internal_strnlen(A, N) + 1, N);
    ReadB = Min(internal_strnlen(B, N) + 1, N);
  }
  MEMSCOPE_READ_RANGE("strncmp", A, ReadA);
  MEMSCOPE_READ_RANGE("strncmp", B, ReadB);
  return CompareResult(A, B, Len);
}

// strchr and index, its old name (which ASan checks as strchr), read up to
// the character found, or the whole string; rindex the whole string.
#define MEMSCOPE_STRCHR_INTERCEPTOR(Name)                                      \
  INTERCEPTOR(char *, Name, const char *S, int C) {                            \
    MEMSCOPE_UNCHECKED_RETURN(internal_strchr(S, C), REAL(Name)(S, C));        \
    if (MEMSCOPE_STRING_CHECKS_OFF(intercept_strchr))                          \
      return REAL(Name)(S, C);                                                 \
    char *Result = REAL(Name)(S, C);                                           \
    uptr Read = Result && *Result ? Result - S + 1 : REAL(strlen)(S) + 1;      \
    MEMSCOPE_READ_STRING(#Name, S, Read);                                      \
    return Result;                                                             \
  }
MEMSCOPE_STRCHR_INTERCEPTOR(strchr)
MEMSCOPE_STRCHR_INTERCEPTOR(index)
#undef MEMSCOPE_STRCHR_INTERCEPTOR

INTERCEPTOR(char *, rindex, const char *S, int C) {
  MEMSCOPE_UNCHECKED_RETURN(internal_strrchr(S, C), REAL(rindex)(S, C));
  if (MEMSCOPE_STRING_CHECKS_OFF(intercept_strchr))
    return REAL(rindex)(S, C);
  MEMSCOPE_READ_RANGE("rindex", S, REAL(strlen)(S) + 1);
  return REAL(rindex)(S, C);
}

INTERCEPTOR(void *, memchr, const void *S, int C, uptr N) {
  MEMSCOPE_UNCHECKED_RETURN(const_cast<void *>(FindByte(S, C, N)),
                            REAL(memchr)(S, C, N));
  void *Result = REAL(memchr)(S, C, N);
  uptr Read = Result ? static_cast<const char *>(Result) -
                           static_cast<const char *>(S) + 1
                     : N;
  MEMSCOPE_READ_RANGE("memchr", S, Read);
  return Result;
}

// --- threads -------------------------------------------------------------

namespace {
struct ThreadStartArg {
  void *(*Callback)(void *);
  void *Param;
  ThreadId Tid;
};

void *ThreadStart(void *Arg) {
  ThreadStartArg Start = *static_cast<ThreadStartArg *>(Arg);
  InternalFree(Arg);
  StartThread(Start.Tid);
  NoteThreadGotArg(Start.Tid);
  void *Result = Start.Callback(Start.Param);
  NoteThreadReturned(Start.Tid, reinterpret_cast<uptr>(Result));
  return Result;
}
} // namespace

// A library loaded with dlopen may be unloaded before the trace is read:
// its module record is written now, so its pcs still symbolise.
INTERCEPTOR(void *, dlopen, const char *Filename, int Flag) {
  // The library's initializers run after every module of the program has
  // been initialized: with strict_init_order they would see them all
  // poisoned.
  if (flags()->strict_init_order)
    StopInitOrderChecking();
  if (MemscopeInited && Filename)
    MEMSCOPE_READ_RANGE("dlopen", Filename, internal_strlen(Filename) + 1);
  void *Handle = REAL(dlopen)(Filename, Flag);
  if (Handle)
    TraceRefreshModules();
  return Handle;
}

// Where the thread's id goes and its attributes (glibc's pthread_attr_t)
// are checked first, as Valgrind checks them.
constexpr uptr kPthreadAttrSize = 56;

INTERCEPTOR(int, pthread_create, void *Thread, void *Attr,
            void *(*Callback)(void *), void *Param) {
  EnsureInited();
  MEMSCOPE_WRITE_RANGE("pthread_create", Thread, sizeof(uptr));
  if (Attr)
    MEMSCOPE_READ_RANGE("pthread_create", Attr, kPthreadAttrSize);
  // The thread may read any global at any time, initialized or not.
  if (flags()->strict_init_order)
    StopInitOrderChecking();
  MEMSCOPE_STACK_MALLOC;
  ThreadId Tid = RegisterThread(CurrentTid(), StackDepotPut(stack));
  auto *Start = static_cast<ThreadStartArg *>(InternalAlloc(sizeof(ThreadStartArg)));
  *Start = {Callback, Param, Tid};
  // The argument stays reachable until the thread has it; Start is in
  // the runtime's memory, which the leak check does not scan.
  NoteThreadArg(Tid, reinterpret_cast<uptr>(Param), AttrSaysDetached(Attr));
  int Result;
  {
    // What glibc allocates for the thread (its DTV) is no leak of the
    // program's, whatever roots are on (as in LSan).
    __lsan::ScopedInterceptorDisabler Disabler;
    Result = REAL(pthread_create)(Thread, Attr, ThreadStart, Start);
  }
  if (Result != 0) {
    NoteThreadArg(Tid, 0, false);
    InternalFree(Start);
  } else {
    NoteThreadSelf(Tid, *static_cast<uptr *>(Thread));
  }
  return Result;
}

// Where the thread's value goes, checked before the wait, and the thread,
// which must be one neither joined nor detached (detect_invalid_join).
INTERCEPTOR(int, pthread_join, void *Thread, void **Retval) {
  if (MemscopeInited && Retval)
    MEMSCOPE_WRITE_RANGE("pthread_join", Retval, sizeof(*Retval));
  CheckJoin(reinterpret_cast<uptr>(Thread));
  int Result = REAL(pthread_join)(Thread, Retval);
  if (Result == 0)
    NoteThreadJoined(reinterpret_cast<uptr>(Thread));
  return Result;
}

// A thread may end with pthread_exit(Value) instead of returning it.
INTERCEPTOR(void, pthread_exit, void *Value) {
  NoteThreadReturned(CurrentTid(), reinterpret_cast<uptr>(Value));
  REAL(pthread_exit)(Value);
}

// The non-portable joins, when they join.
INTERCEPTOR(int, pthread_tryjoin_np, void *Thread, void **Retval) {
  if (MemscopeInited && Retval)
    MEMSCOPE_WRITE_RANGE("pthread_tryjoin_np", Retval, sizeof(*Retval));
  CheckJoin(reinterpret_cast<uptr>(Thread));
  int Result = REAL(pthread_tryjoin_np)(Thread, Retval);
  if (Result == 0)
    NoteThreadJoined(reinterpret_cast<uptr>(Thread));
  return Result;
}

INTERCEPTOR(int, pthread_timedjoin_np, void *Thread, void **Retval,
            const void *Abstime) {
  if (MemscopeInited && Abstime)
    MEMSCOPE_READ_RANGE("pthread_timedjoin_np", Abstime, sizeof(uptr) * 2);
  if (MemscopeInited && Retval)
    MEMSCOPE_WRITE_RANGE("pthread_timedjoin_np", Retval, sizeof(*Retval));
  CheckJoin(reinterpret_cast<uptr>(Thread));
  int Result = REAL(pthread_timedjoin_np)(Thread, Retval, Abstime);
  if (Result == 0)
    NoteThreadJoined(reinterpret_cast<uptr>(Thread));
  return Result;
}

// glibc's C11 threads are made without pthread_create's interceptor; their
// pthread_t is recorded, since a program may pthread_join one.
INTERCEPTOR(int, thrd_create, void *Thread, int (*Callback)(void *),
            void *Param) {
  int Result = REAL(thrd_create)(Thread, Callback, Param);
  if (Result == 0 && MemscopeInited) // thrd_success
    NoteThreadSelf(RegisterThread(CurrentTid(), 0),
                   *static_cast<uptr *>(Thread));
  return Result;
}

INTERCEPTOR(int, pthread_detach, void *Thread) {
  int Result = REAL(pthread_detach)(Thread);
  if (Result == 0)
    NoteThreadDetached(reinterpret_cast<uptr>(Thread));
  return Result;
}

// sanitizer_common starts its own threads (memscope's leak monitor) through
// these, bypassing the interceptor: such threads get no thread id.
namespace __sanitizer {
int internal_pthread_create(void *Thread, void *Attr,
                            void *(*Callback)(void *), void *Param) {
  return REAL(pthread_create)(Thread, Attr, Callback, Param);
}
} // namespace __sanitizer

namespace memscope {
void InitializeInterceptors() {
  InitializeMemintrinsicInterceptors();
  InitializeTerminationInterceptors();
  InitializeCommonInterceptors();
  InitializeStackFrameInterceptors();
  InitializeExtraInterceptors();
  InitializePrintfInterceptors();
  InitializeScanfInterceptors();
  InitializeSyncInterceptors();
  InitializeFortifyInterceptors();
  InitializeStdioInterceptors();
  InitializeSystemInterceptors();
  INTERCEPT_FUNCTION(strlen);
  INTERCEPT_FUNCTION(strtol);
  INTERCEPT_FUNCTION(strtoll);
  INTERCEPT_FUNCTION(strtoul);
  INTERCEPT_FUNCTION(strtoull);
  INTERCEPT_FUNCTION(atoi);
  INTERCEPT_FUNCTION(atol);
  INTERCEPT_FUNCTION(atoll);
  INTERCEPT_FUNCTION(strnlen);
  INTERCEPT_FUNCTION(strcpy);
  INTERCEPT_FUNCTION(strncpy);
  INTERCEPT_FUNCTION(strcat);
  INTERCEPT_FUNCTION(strncat);
  INTERCEPT_FUNCTION(strcmp);
  INTERCEPT_FUNCTION(strncmp);
  INTERCEPT_FUNCTION(strchr);
  INTERCEPT_FUNCTION(index);
  INTERCEPT_FUNCTION(rindex);
  INTERCEPT_FUNCTION(memchr);
  INTERCEPT_FUNCTION(stpcpy);
  INTERCEPT_FUNCTION(strtod);
  INTERCEPT_FUNCTION(strtof);
  INTERCEPT_FUNCTION(strtold);
  INTERCEPT_FUNCTION(atof);
  INTERCEPT_FUNCTION(strtok_r);
  INTERCEPT_FUNCTION(strtok);
  INTERCEPT_FUNCTION(__strcpy_chk);
  INTERCEPT_FUNCTION(__stpcpy_chk);
  INTERCEPT_FUNCTION(__strcat_chk);
  INTERCEPT_FUNCTION(__strncpy_chk);
  INTERCEPT_FUNCTION(__stpncpy_chk);
  INTERCEPT_FUNCTION(__strncat_chk);
  INTERCEPT_FUNCTION(pthread_create);
  INTERCEPT_FUNCTION(pthread_join);
  INTERCEPT_FUNCTION(pthread_detach);
  INTERCEPT_FUNCTION(thrd_create);
  INTERCEPT_FUNCTION(pthread_tryjoin_np);
  INTERCEPT_FUNCTION(pthread_timedjoin_np);
  INTERCEPT_FUNCTION(pthread_exit);
  INTERCEPT_FUNCTION(dlopen);
}
} // namespace memscope
