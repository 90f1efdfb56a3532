//===- memscope_interceptors_extra.cpp - libc calls ASan leaves alone -----===//
//
// C library functions that read or write the caller's memory and that
// neither ASan nor sanitizer_common's interceptors check: Valgrind, which
// sees libc's own accesses, reports their errors on the heap, and memscope,
// which instruments only the program, sees them only here. Each checks what
// the call must have read or written, as its checked neighbours do: a
// string up to the character that ended the call's reading (never past
// what libc read, so an unterminated buffer the call did not scan to its
// end is not reported), a structure the call fills in whole.
//
// See also: memscope_interceptors.cpp (the neighbours: strchr, strtol,
// wcscpy, ...), test/Runtime/libc/more-calls.c, libc-extra.c.
//===----------------------------------------------------------------------===//
#include "memscope_flags.h"
#include "memscope_interceptors.h"

#include "sanitizer_common/sanitizer_platform_limits_posix.h"

#include <stdarg.h>

using namespace memscope;
using namespace __sanitizer;

namespace {
constexpr uptr kWide = sizeof(wchar_t);
constexpr uptr kWhole = ~static_cast<uptr>(0);

// Characters of A and B a comparison read: up to the first difference or
// the common terminator, at most N.
uptr WideCompared(const wchar_t *A, const wchar_t *B, uptr N) {
  uptr I = 0;
  while (I < N && A[I] && A[I] == B[I])
    ++I;
  return I < N ? I + 1 : N;
}

// Whether C occurs in the terminated Set.
bool WideIn(wchar_t C, const wchar_t *Set) {
  for (; *Set; ++Set)
    if (*Set == C)
      return true;
  return false;
}
} // namespace

// --- wide strings: search and compare -----------------------------------------

INTERCEPTOR(wchar_t *, wcschr, const wchar_t *S, wchar_t C) {
  MEMSCOPE_UNCHECKED_RETURN(REAL(wcschr)(S, C), REAL(wcschr)(S, C));
  wchar_t *Result = REAL(wcschr)(S, C);
  uptr Read = Result ? Result - S + 1 : WideLength(S, kWhole) + 1;
  MEMSCOPE_READ_RANGE("wcschr", S, Read * kWide);
  return Result;
}

INTERCEPTOR(wchar_t *, wcsrchr, const wchar_t *S, wchar_t C) {
  MEMSCOPE_UNCHECKED_RETURN(REAL(wcsrchr)(S, C), REAL(wcsrchr)(S, C));
  MEMSCOPE_READ_RANGE("wcsrchr", S, (WideLength(S, kWhole) + 1) * kWide);
  return REAL(wcsrchr)(S, C);
}

// The needle whole; the haystack up to the match's end, or whole.
INTERCEPTOR(wchar_t *, wcsstr, const wchar_t *Hay, const wchar_t *Needle) {
  MEMSCOPE_UNCHECKED_RETURN(REAL(wcsstr)(Hay, Needle),
                            REAL(wcsstr)(Hay, Needle));
  uptr NeedleLen = WideLength(Needle, kWhole);
  MEMSCOPE_READ_RANGE("wcsstr", Needle, (NeedleLen + 1) * kWide);
  wchar_t *Result = REAL(wcsstr)(Hay, Needle);
  uptr Read = Result ? Result - Hay + NeedleLen : WideLength(Hay, kWhole) + 1;
  MEMSCOPE_READ_RANGE("wcsstr", Hay, Read * kWide);
  return Result;
}

// A comparison of two terminated strings of Char: both read as far as
// Compared says (to the first difference or the common terminator). The
// collating ones read at least that much.
#define MEMSCOPE_COMPARE_INTERCEPTOR(Char, Name, Compared)                     \
  INTERCEPTOR(int, Name, const Char *A, const Char *B) {                       \
    MEMSCOPE_UNCHECKED_RETURN(REAL(Name)(A, B), REAL(Name)(A, B));             \
    uptr Len = Compared(A, B, kWhole);                                         \
    MEMSCOPE_READ_RANGE(#Name, A, Len * sizeof(Char));                         \
    MEMSCOPE_READ_RANGE(#Name, B, Len * sizeof(Char));                         \
    return REAL(Name)(A, B);                                                   \
  }
MEMSCOPE_COMPARE_INTERCEPTOR(wchar_t, wcscmp, WideCompared)
MEMSCOPE_COMPARE_INTERCEPTOR(wchar_t, wcscoll, WideCompared)
MEMSCOPE_COMPARE_INTERCEPTOR(char, strcoll, ComparedLength)
MEMSCOPE_COMPARE_INTERCEPTOR(char, strverscmp, ComparedLength)
#undef MEMSCOPE_COMPARE_INTERCEPTOR

INTERCEPTOR(int, wcsncmp, const wchar_t *A, const wchar_t *B, uptr N) {
  MEMSCOPE_UNCHECKED_RETURN(REAL(wcsncmp)(A, B, N), REAL(wcsncmp)(A, B, N));
  uptr Len = WideCompared(A, B, N);
  MEMSCOPE_READ_RANGE("wcsncmp", A, Len * kWide);
  MEMSCOPE_READ_RANGE("wcsncmp", B, Len * kWide);
  return REAL(wcsncmp)(A, B, N);
}

// Characters compared without case, as wcscmp's; towlower is libc's.
extern "C" unsigned towlower(unsigned C);
INTERCEPTOR(int, wcscasecmp, const wchar_t *A, const wchar_t *B) {
  MEMSCOPE_UNCHECKED_RETURN(REAL(wcscasecmp)(A, B), REAL(wcscasecmp)(A, B));
  uptr Len = 0;
  while (A[Len] && towlower(A[Len]) == towlower(B[Len]))
    ++Len;
  MEMSCOPE_READ_RANGE("wcscasecmp", A, (Len + 1) * kWide);
  MEMSCOPE_READ_RANGE("wcscasecmp", B, (Len + 1) * kWide);
  return REAL(wcscasecmp)(A, B);
}

// wcsspn, wcscspn and wcspbrk read S up to the character that stopped them
// and, unless that was the terminator, the whole set (to find that the
// character is not, or is, in it).
#define MEMSCOPE_WIDE_SPAN_CHECKS(Name, S, Set, Stop)                          \
  do {                                                                         \
    MEMSCOPE_READ_RANGE(Name, S, ((Stop) + 1) * kWide);                        \
    if (S[Stop])                                                               \
      MEMSCOPE_READ_RANGE(Name, Set, (WideLength(Set, kWhole) + 1) * kWide);   \
  } while (0)

INTERCEPTOR(uptr, wcsspn, const wchar_t *S, const wchar_t *Accept) {
  MEMSCOPE_UNCHECKED_RETURN(REAL(wcsspn)(S, Accept), REAL(wcsspn)(S, Accept));
  uptr Result = REAL(wcsspn)(S, Accept);
  MEMSCOPE_WIDE_SPAN_CHECKS("wcsspn", S, Accept, Result);
  return Result;
}

INTERCEPTOR(uptr, wcscspn, const wchar_t *S, const wchar_t *Reject) {
  MEMSCOPE_UNCHECKED_RETURN(REAL(wcscspn)(S, Reject), REAL(wcscspn)(S, Reject));
  uptr Result = REAL(wcscspn)(S, Reject);
  MEMSCOPE_WIDE_SPAN_CHECKS("wcscspn", S, Reject, Result);
  return Result;
}

INTERCEPTOR(wchar_t *, wcspbrk, const wchar_t *S, const wchar_t *Accept) {
  MEMSCOPE_UNCHECKED_RETURN(REAL(wcspbrk)(S, Accept), REAL(wcspbrk)(S, Accept));
  wchar_t *Result = REAL(wcspbrk)(S, Accept);
  uptr Stop = Result ? Result - S : WideLength(S, kWhole);
  MEMSCOPE_WIDE_SPAN_CHECKS("wcspbrk", S, Accept, Stop);
  return Result;
}
#undef MEMSCOPE_WIDE_SPAN_CHECKS

// The delimiters whole (unless the string was empty) and the string from
// where the call started: up to the delimiter it turned into the token's
// terminator, or through its own terminator; *SavePtr read and written.
INTERCEPTOR(wchar_t *, wcstok, wchar_t *S, const wchar_t *Delim,
            wchar_t **SavePtr) {
  MEMSCOPE_UNCHECKED_RETURN(REAL(wcstok)(S, Delim, SavePtr),
                            REAL(wcstok)(S, Delim, SavePtr));
  MEMSCOPE_WRITE_RANGE("wcstok", SavePtr, sizeof(*SavePtr));
  wchar_t *Start = S ? S : *SavePtr;
  if (!Start)
    return REAL(wcstok)(S, Delim, SavePtr);
  if (*Start)
    MEMSCOPE_READ_RANGE("wcstok", Delim,
                        (WideLength(Delim, kWhole) + 1) * kWide);
  wchar_t *Result = REAL(wcstok)(S, Delim, SavePtr);
  // A token that a delimiter ended leaves *SavePtr just past the terminator
  // the delimiter became; otherwise the string was read to its own (and
  // glibc leaves *SavePtr null).
  wchar_t *End = *SavePtr;
  if (!(Result && End > Result && End[-1] == 0)) {
    const wchar_t *From = Result ? Result : Start;
    End = const_cast<wchar_t *>(From) + WideLength(From, kWhole) + 1;
  }
  MEMSCOPE_READ_RANGE("wcstok", Start, (End - Start) * kWide);
  return Result;
}

INTERCEPTOR(wchar_t *, wmemchr, const wchar_t *S, wchar_t C, uptr N) {
  MEMSCOPE_UNCHECKED_RETURN(REAL(wmemchr)(S, C, N), REAL(wmemchr)(S, C, N));
  wchar_t *Result = REAL(wmemchr)(S, C, N);
  MEMSCOPE_READ_RANGE("wmemchr", S, (Result ? Result - S + 1 : N) * kWide);
  return Result;
}

// As memcmp with strict_memcmp (ASan's default): both ranges whole.
INTERCEPTOR(int, wmemcmp, const wchar_t *A, const wchar_t *B, uptr N) {
  MEMSCOPE_UNCHECKED_RETURN(REAL(wmemcmp)(A, B, N), REAL(wmemcmp)(A, B, N));
  MEMSCOPE_READ_RANGE("wmemcmp", A, N * kWide);
  MEMSCOPE_READ_RANGE("wmemcmp", B, N * kWide);
  return REAL(wmemcmp)(A, B, N);
}

// --- wide strings: copies ---------------------------------------------------------

// wcscpy and wcpcpy (which returns the end): the source and its
// terminator read, as many characters written. ASan checks wcscpy alone.
#define MEMSCOPE_WCSCPY_INTERCEPTOR(Name)                                      \
  INTERCEPTOR(wchar_t *, Name, wchar_t *Dst, const wchar_t *Src) {             \
    MEMSCOPE_UNCHECKED_RETURN(REAL(Name)(Dst, Src), REAL(Name)(Dst, Src));     \
    uptr Size = (WideLength(Src, kWhole) + 1) * kWide;                         \
    MEMSCOPE_CHECK_OVERLAP(#Name, Dst, Size, Src, Size);                       \
    MEMSCOPE_READ_RANGE(#Name, Src, Size);                                     \
    MEMSCOPE_WRITE_RANGE(#Name, Dst, Size);                                    \
    return REAL(Name)(Dst, Src);                                               \
  }
MEMSCOPE_WCSCPY_INTERCEPTOR(wcscpy)
MEMSCOPE_WCSCPY_INTERCEPTOR(wcpcpy)
#undef MEMSCOPE_WCSCPY_INTERCEPTOR

// wcsncpy and wcpncpy: the source up to its terminator, at most N; N
// characters written.
#define MEMSCOPE_WCSNCPY_INTERCEPTOR(Name)                                     \
  INTERCEPTOR(wchar_t *, Name, wchar_t *Dst, const wchar_t *Src, uptr N) {     \
    MEMSCOPE_UNCHECKED_RETURN(REAL(Name)(Dst, Src, N),                         \
                              REAL(Name)(Dst, Src, N));                        \
    uptr SrcLen = WideLength(Src, N);                                          \
    uptr SrcRead = (SrcLen < N ? SrcLen + 1 : N) * kWide;                      \
    MEMSCOPE_CHECK_OVERLAP(#Name, Dst, N * kWide, Src, SrcRead);               \
    MEMSCOPE_READ_RANGE(#Name, Src, SrcRead);                                  \
    MEMSCOPE_WRITE_RANGE(#Name, Dst, N * kWide);                               \
    return REAL(Name)(Dst, Src, N);                                            \
  }
MEMSCOPE_WCSNCPY_INTERCEPTOR(wcsncpy)
MEMSCOPE_WCSNCPY_INTERCEPTOR(wcpncpy)
#undef MEMSCOPE_WCSNCPY_INTERCEPTOR

INTERCEPTOR(wchar_t *, wmempcpy, wchar_t *Dst, const wchar_t *Src, uptr N) {
  MEMSCOPE_UNCHECKED_RETURN(REAL(wmempcpy)(Dst, Src, N),
                            REAL(wmempcpy)(Dst, Src, N));
  MEMSCOPE_CHECK_COPY_OVERLAP("wmempcpy", Dst, N * kWide, Src);
  MEMSCOPE_READ_RANGE("wmempcpy", Src, N * kWide);
  MEMSCOPE_WRITE_RANGE("wmempcpy", Dst, N * kWide);
  return REAL(wmempcpy)(Dst, Src, N);
}

// --- wide memory, and other stores -------------------------------------------------

INTERCEPTOR(wchar_t *, wmemcpy, wchar_t *Dst, const wchar_t *Src, uptr N) {
  MEMSCOPE_UNCHECKED_RETURN(REAL(wmemcpy)(Dst, Src, N),
                            REAL(wmemcpy)(Dst, Src, N));
  uptr Size = N * sizeof(wchar_t);
  MEMSCOPE_CHECK_COPY_OVERLAP("wmemcpy", Dst, Size, Src);
  MEMSCOPE_READ_RANGE("wmemcpy", Src, Size);
  MEMSCOPE_WRITE_RANGE("wmemcpy", Dst, Size);
  return REAL(wmemcpy)(Dst, Src, N);
}

INTERCEPTOR(wchar_t *, wmemmove, wchar_t *Dst, const wchar_t *Src, uptr N) {
  MEMSCOPE_UNCHECKED_RETURN(REAL(wmemmove)(Dst, Src, N),
                            REAL(wmemmove)(Dst, Src, N));
  MEMSCOPE_READ_RANGE("wmemmove", Src, N * sizeof(wchar_t));
  MEMSCOPE_WRITE_RANGE("wmemmove", Dst, N * sizeof(wchar_t));
  return REAL(wmemmove)(Dst, Src, N);
}

INTERCEPTOR(wchar_t *, wmemset, wchar_t *Dst, wchar_t C, uptr N) {
  MEMSCOPE_UNCHECKED_RETURN(REAL(wmemset)(Dst, C, N), REAL(wmemset)(Dst, C, N));
  MEMSCOPE_WRITE_RANGE("wmemset", Dst, N * sizeof(wchar_t));
  return REAL(wmemset)(Dst, C, N);
}

INTERCEPTOR(void, explicit_bzero, void *Dst, uptr N) {
  if (MemscopeInited)
    MEMSCOPE_WRITE_RANGE("explicit_bzero", Dst, N);
  REAL(explicit_bzero)(Dst, N);
}

// --- multibyte and wide string conversions -----------------------------------

// mbsrtowcs and wcsrtombs read the source as far as they converted it:
// whole with its terminator when they cleared *Src (or wrote nothing:
// Dst null), else up to where *Src stopped, the character that failed
// included (only the first when Dst is null: *Src then stays).
// sanitizer_common's versions check the destination only. mbstowcs and
// wcstombs are the same with a fresh state of their own.
namespace {
template <typename FromT>
uptr SourceRead(const FromT *Orig, const FromT *Stop, bool Whole, uptr Res) {
  if (Whole) {
    uptr Len = 0;
    while (Orig[Len])
      ++Len;
    return (Len + 1) * sizeof(FromT);
  }
  uptr Read = static_cast<uptr>(Stop - Orig) + (Res == kWhole ? 1 : 0);
  return Read * sizeof(FromT);
}

// The mbstate_t a conversion without one starts from.
struct FreshState {
  u64 Bytes = 0;
};
} // namespace

// Checks a conversion from Orig into Dst (ToT characters) that returned
// Res and left the source at Stop (null: converted whole).
#define MEMSCOPE_CHECK_CONVERSION(Name, Dst, Orig, Stop, Res, ToT)             \
  do {                                                                         \
    bool Whole_ = !(Stop) || (!(Dst) && (Res) != kWhole);                      \
    if (Orig)                                                                  \
      MEMSCOPE_READ_RANGE(Name, Orig, SourceRead(Orig, Stop, Whole_, Res));    \
    if ((Dst) && (Res) != kWhole)                                              \
      MEMSCOPE_WRITE_RANGE(Name, Dst, ((Res) + !(Stop)) * sizeof(ToT));        \
  } while (0)

// The restartable conversion of FromT into ToT characters and its one-shot
// twin, which runs it from a fresh state to learn where it stopped.
#define MEMSCOPE_CONVERSION_INTERCEPTORS(Restartable, Oneshot, FromT, ToT)     \
  INTERCEPTOR(uptr, Restartable, ToT *Dst, const FromT **Src, uptr Len,        \
              void *State) {                                                   \
    MEMSCOPE_UNCHECKED_RETURN(REAL(Restartable)(Dst, Src, Len, State),         \
                              REAL(Restartable)(Dst, Src, Len, State));        \
    MEMSCOPE_WRITE_RANGE(#Restartable, Src, sizeof(*Src));                     \
    if (State)                                                                 \
      MEMSCOPE_READ_RANGE(#Restartable, State, sizeof(FreshState));            \
    const FromT *Orig = *Src;                                                  \
    uptr Res = REAL(Restartable)(Dst, Src, Len, State);                        \
    MEMSCOPE_CHECK_CONVERSION(#Restartable, Dst, Orig, *Src, Res, ToT);        \
    return Res;                                                                \
  }                                                                            \
  INTERCEPTOR(uptr, Oneshot, ToT *Dst, const FromT *Src, uptr Len) {           \
    MEMSCOPE_UNCHECKED_RETURN(REAL(Oneshot)(Dst, Src, Len),                    \
                              REAL(Oneshot)(Dst, Src, Len));                   \
    FreshState State;                                                          \
    const FromT *Stop = Src;                                                   \
    uptr Res = REAL(Restartable)(Dst, &Stop, Len, &State);                     \
    MEMSCOPE_CHECK_CONVERSION(#Oneshot, Dst, Src, Stop, Res, ToT);             \
    return Res;                                                                \
  }
MEMSCOPE_CONVERSION_INTERCEPTORS(mbsrtowcs, mbstowcs, char, wchar_t)
MEMSCOPE_CONVERSION_INTERCEPTORS(wcsrtombs, wcstombs, wchar_t, char)
#undef MEMSCOPE_CONVERSION_INTERCEPTORS
#undef MEMSCOPE_CHECK_CONVERSION

// strftime reads the format and the time, and writes the result and its
// terminator when it fits (0: nothing defined was written).
INTERCEPTOR(uptr, strftime, char *Dst, uptr Max, const char *Format,
            const __sanitizer_tm *Time) {
  MEMSCOPE_UNCHECKED_RETURN(REAL(strftime)(Dst, Max, Format, Time),
                            REAL(strftime)(Dst, Max, Format, Time));
  MEMSCOPE_READ_C_STRING("strftime", Format);
  if (Time)
    MEMSCOPE_READ_RANGE("strftime", Time, sizeof(__sanitizer_tm));
  uptr Len = REAL(strftime)(Dst, Max, Format, Time);
  if (Len)
    MEMSCOPE_WRITE_RANGE("strftime", Dst, Len + 1);
  return Len;
}

INTERCEPTOR(int, gettimeofday, void *Time, void *Zone) {
  MEMSCOPE_UNCHECKED_RETURN(REAL(gettimeofday)(Time, Zone),
                            REAL(gettimeofday)(Time, Zone));
  if (Time)
    MEMSCOPE_WRITE_RANGE("gettimeofday", Time, sizeof(__sanitizer_timeval));
  if (Zone)
    MEMSCOPE_WRITE_RANGE("gettimeofday", Zone, struct_timezone_sz);
  return REAL(gettimeofday)(Time, Zone);
}

INTERCEPTOR(int, pipe, int *Fds) {
  MEMSCOPE_UNCHECKED_RETURN(REAL(pipe)(Fds), REAL(pipe)(Fds));
  MEMSCOPE_WRITE_RANGE("pipe", Fds, 2 * sizeof(int));
  return REAL(pipe)(Fds);
}

INTERCEPTOR(int, pipe2, int *Fds, int Flags) {
  MEMSCOPE_UNCHECKED_RETURN(REAL(pipe2)(Fds, Flags), REAL(pipe2)(Fds, Flags));
  MEMSCOPE_WRITE_RANGE("pipe2", Fds, 2 * sizeof(int));
  return REAL(pipe2)(Fds, Flags);
}

// --- wide numbers -------------------------------------------------------------------
//
// As strtol: the end pointer written, then the characters converted and
// the one that stopped them (one when nothing was converted).
#define MEMSCOPE_WIDE_STRTO_CHECKS(Name, S, EndPtr, End)                       \
  do {                                                                         \
    if (EndPtr) {                                                              \
      MEMSCOPE_WRITE_RANGE(Name, EndPtr, sizeof(*EndPtr));                     \
      *EndPtr = End;                                                           \
    }                                                                          \
    MEMSCOPE_READ_RANGE(Name, S, (End - S + 1) * kWide);                       \
  } while (0)

#define MEMSCOPE_WCSTOL_INTERCEPTOR(Type, Name)                                \
  INTERCEPTOR(Type, Name, const wchar_t *S, wchar_t **EndPtr, int Base) {      \
    MEMSCOPE_UNCHECKED_RETURN(REAL(Name)(S, EndPtr, Base),                     \
                              REAL(Name)(S, EndPtr, Base));                    \
    wchar_t *End;                                                              \
    Type Result = REAL(Name)(S, &End, Base);                                   \
    MEMSCOPE_WIDE_STRTO_CHECKS(#Name, S, EndPtr, End);                         \
    return Result;                                                             \
  }
MEMSCOPE_WCSTOL_INTERCEPTOR(long, wcstol)
MEMSCOPE_WCSTOL_INTERCEPTOR(unsigned long, wcstoul)
#undef MEMSCOPE_WCSTOL_INTERCEPTOR

INTERCEPTOR(double, wcstod, const wchar_t *S, wchar_t **EndPtr) {
  MEMSCOPE_UNCHECKED_RETURN(REAL(wcstod)(S, EndPtr), REAL(wcstod)(S, EndPtr));
  wchar_t *End;
  double Result = REAL(wcstod)(S, &End);
  MEMSCOPE_WIDE_STRTO_CHECKS("wcstod", S, EndPtr, End);
  return Result;
}
#undef MEMSCOPE_WIDE_STRTO_CHECKS

// --- narrow strings ------------------------------------------------------------------

// *StringP read and written; the token read up to the delimiter that ended
// it (which becomes its terminator), or whole; the delimiters whole.
INTERCEPTOR(char *, strsep, char **StringP, const char *Delim) {
  MEMSCOPE_UNCHECKED_RETURN(REAL(strsep)(StringP, Delim),
                            REAL(strsep)(StringP, Delim));
  MEMSCOPE_WRITE_RANGE("strsep", StringP, sizeof(*StringP));
  char *Token = *StringP;
  if (!Token)
    return REAL(strsep)(StringP, Delim);
  MEMSCOPE_READ_C_STRING("strsep", Delim);
  char *Result = REAL(strsep)(StringP, Delim);
  char *Next = *StringP;
  MEMSCOPE_READ_RANGE("strsep", Token,
                      Next ? Next - Token : internal_strlen(Token) + 1);
  return Result;
}

// What was copied: up to and including C, or N bytes.
INTERCEPTOR(void *, memccpy, void *Dst, const void *Src, int C, uptr N) {
  MEMSCOPE_UNCHECKED_RETURN(REAL(memccpy)(Dst, Src, C, N),
                            REAL(memccpy)(Dst, Src, C, N));
  const void *Found = FindByte(Src, C, N);
  uptr Size = Found ? static_cast<const char *>(Found) -
                          static_cast<const char *>(Src) + 1
                    : N;
  MEMSCOPE_CHECK_COPY_OVERLAP("memccpy", Dst, Size, Src);
  MEMSCOPE_READ_RANGE("memccpy", Src, Size);
  MEMSCOPE_WRITE_RANGE("memccpy", Dst, Size);
  return REAL(memccpy)(Dst, Src, C, N);
}

// As strncpy: the source up to its terminator, at most N; N bytes written.
INTERCEPTOR(char *, stpncpy, char *Dst, const char *Src, uptr N) {
  MEMSCOPE_UNCHECKED_RETURN(REAL(stpncpy)(Dst, Src, N),
                            REAL(stpncpy)(Dst, Src, N));
  uptr SrcLen = internal_strnlen(Src, N);
  uptr SrcRead = SrcLen < N ? SrcLen + 1 : N;
  MEMSCOPE_CHECK_OVERLAP("stpncpy", Dst, N, Src, SrcRead);
  MEMSCOPE_READ_RANGE("stpncpy", Src, SrcRead);
  MEMSCOPE_WRITE_RANGE("stpncpy", Dst, N);
  return REAL(stpncpy)(Dst, Src, N);
}

INTERCEPTOR(void, swab, const void *Src, void *Dst, sptr N) {
  if (MemscopeInited && N > 0) {
    MEMSCOPE_READ_RANGE("swab", Src, N & ~static_cast<sptr>(1));
    MEMSCOPE_WRITE_RANGE("swab", Dst, N & ~static_cast<sptr>(1));
  }
  REAL(swab)(Src, Dst, N);
}

// Paths read whole (dirname and POSIX basename may also cut them short).
#define MEMSCOPE_PATH_PART_INTERCEPTOR(Name)                                   \
  INTERCEPTOR(char *, Name, char *Path) {                                      \
    MEMSCOPE_UNCHECKED_RETURN(REAL(Name)(Path), REAL(Name)(Path));             \
    MEMSCOPE_READ_C_STRING(#Name, Path);                                       \
    return REAL(Name)(Path);                                                   \
  }
MEMSCOPE_PATH_PART_INTERCEPTOR(basename)
MEMSCOPE_PATH_PART_INTERCEPTOR(__xpg_basename)
MEMSCOPE_PATH_PART_INTERCEPTOR(dirname)
#undef MEMSCOPE_PATH_PART_INTERCEPTOR

// --- the system ----------------------------------------------------------------------

// glibc keeps only the signal's bit, but the set is the program's whole
// sigset_t.
#define MEMSCOPE_SIGSET_INTERCEPTOR(Name, IsWrite)                             \
  INTERCEPTOR(int, Name, __sanitizer_sigset_t *Set, int Signal) {              \
    if (MemscopeInited)                                                        \
      MEMSCOPE_CHECK_RANGE(#Name, Set, sizeof(*Set), IsWrite);                 \
    return REAL(Name)(Set, Signal);                                            \
  }
MEMSCOPE_SIGSET_INTERCEPTOR(sigaddset, true)
MEMSCOPE_SIGSET_INTERCEPTOR(sigdelset, true)
MEMSCOPE_SIGSET_INTERCEPTOR(sigismember, false)
#undef MEMSCOPE_SIGSET_INTERCEPTOR

INTERCEPTOR(int, getrlimit, int Resource, void *Limit) {
  if (MemscopeInited)
    MEMSCOPE_WRITE_RANGE("getrlimit", Limit, struct_rlimit_sz);
  return REAL(getrlimit)(Resource, Limit);
}

INTERCEPTOR(int, getrusage, int Who, void *Usage) {
  if (MemscopeInited)
    MEMSCOPE_WRITE_RANGE("getrusage", Usage, struct_rusage_sz);
  return REAL(getrusage)(Who, Usage);
}

INTERCEPTOR(int, fstat, int Fd, void *Stat) {
  if (MemscopeInited)
    MEMSCOPE_WRITE_RANGE("fstat", Stat, struct_stat_sz);
  return REAL(fstat)(Fd, Stat);
}

INTERCEPTOR(int, socketpair, int Domain, int Type, int Protocol, int *Fds) {
  if (MemscopeInited)
    MEMSCOPE_WRITE_RANGE("socketpair", Fds, 2 * sizeof(int));
  return REAL(socketpair)(Domain, Type, Protocol, Fds);
}

// The request read; the time left is written only when a signal cut the
// sleep short.
INTERCEPTOR(int, nanosleep, const void *Request, void *Remaining) {
  if (MemscopeInited)
    MEMSCOPE_READ_RANGE("nanosleep", Request, struct_timespec_sz);
  int Result = REAL(nanosleep)(Request, Remaining);
  if (MemscopeInited && Result != 0 && Remaining)
    MEMSCOPE_WRITE_RANGE("nanosleep", Remaining, struct_timespec_sz);
  return Result;
}

// --- file positions, clocks and timers ---------------------------------------

// glibc's fpos_t and fpos64_t on x86-64: the offset and the conversion
// state, 16 bytes.
constexpr uptr kFposSize = 16;

#define MEMSCOPE_FGETPOS_INTERCEPTOR(Name)                                     \
  INTERCEPTOR(int, Name, void *Stream, void *Pos) {                            \
    if (MemscopeInited) {                                                      \
      MEMSCOPE_CHECK_STREAM(#Name, Stream);                                    \
      MEMSCOPE_WRITE_RANGE(#Name, Pos, kFposSize);                             \
    }                                                                          \
    return REAL(Name)(Stream, Pos);                                            \
  }
#define MEMSCOPE_FSETPOS_INTERCEPTOR(Name)                                     \
  INTERCEPTOR(int, Name, void *Stream, const void *Pos) {                      \
    if (MemscopeInited) {                                                      \
      MEMSCOPE_CHECK_STREAM(#Name, Stream);                                    \
      MEMSCOPE_READ_RANGE(#Name, Pos, kFposSize);                              \
    }                                                                          \
    return REAL(Name)(Stream, Pos);                                            \
  }
MEMSCOPE_FGETPOS_INTERCEPTOR(fgetpos)
MEMSCOPE_FGETPOS_INTERCEPTOR(fgetpos64)
MEMSCOPE_FSETPOS_INTERCEPTOR(fsetpos)
MEMSCOPE_FSETPOS_INTERCEPTOR(fsetpos64)
#undef MEMSCOPE_FGETPOS_INTERCEPTOR
#undef MEMSCOPE_FSETPOS_INTERCEPTOR

INTERCEPTOR(int, timespec_get, void *Time, int Base) {
  if (MemscopeInited)
    MEMSCOPE_WRITE_RANGE("timespec_get", Time, struct_timespec_sz);
  return REAL(timespec_get)(Time, Base);
}

// timer_t is a pointer on Linux.
INTERCEPTOR(int, timer_create, int Clock, void *Event, void *Timer) {
  if (MemscopeInited) {
    if (Event)
      MEMSCOPE_READ_RANGE("timer_create", Event, struct_sigevent_sz);
    MEMSCOPE_WRITE_RANGE("timer_create", Timer, sizeof(void *));
  }
  return REAL(timer_create)(Clock, Event, Timer);
}

INTERCEPTOR(int, timer_settime, void *Timer, int Flags, const void *New,
            void *Old) {
  if (MemscopeInited) {
    MEMSCOPE_READ_RANGE("timer_settime", New, struct_itimerspec_sz);
    if (Old)
      MEMSCOPE_WRITE_RANGE("timer_settime", Old, struct_itimerspec_sz);
  }
  return REAL(timer_settime)(Timer, Flags, New, Old);
}

INTERCEPTOR(int, timer_gettime, void *Timer, void *Current) {
  if (MemscopeInited)
    MEMSCOPE_WRITE_RANGE("timer_gettime", Current, struct_itimerspec_sz);
  return REAL(timer_gettime)(Timer, Current);
}

// --- glob --------------------------------------------------------------------

// The pattern, and the glob_t the call fills in (the path list it points
// to is glibc's own allocation).
#define MEMSCOPE_GLOB_INTERCEPTOR(Name)                                        \
  INTERCEPTOR(int, Name, const char *Pattern, int Flags, void *ErrFunc,        \
              void *Glob) {                                                    \
    MEMSCOPE_READ_C_STRING(#Name, Pattern);                                    \
    if (MemscopeInited)                                                        \
      MEMSCOPE_WRITE_RANGE(#Name, Glob, sizeof(__sanitizer_glob_t));           \
    return REAL(Name)(Pattern, Flags, ErrFunc, Glob);                          \
  }
MEMSCOPE_GLOB_INTERCEPTOR(glob)
MEMSCOPE_GLOB_INTERCEPTOR(glob64)
#undef MEMSCOPE_GLOB_INTERCEPTOR

// --- services ----------------------------------------------------------------

// struct servent on x86-64: name, aliases, port (padded), protocol.
constexpr uptr kServentSize = 32;

// The entry the call fills in and the pointer to it it stores (the
// strings go into the program's buffer, whose length the program gives).
#define MEMSCOPE_CHECK_SERVENT(Name, ResultBuf, Result)                        \
  do {                                                                         \
    if (MemscopeInited) {                                                      \
      MEMSCOPE_WRITE_RANGE(Name, Result, sizeof(void *));                      \
      MEMSCOPE_WRITE_RANGE(Name, ResultBuf, kServentSize);                     \
    }                                                                          \
  } while (0)

namespace {
// The buffer the entry's strings went into: glibc reads the services
// file's line into it whole, so the Len the caller gave is checked once an
// entry was found (as ASan does). Returns the call's Status.
int CheckServentBuffer(const char *Name, int Status, char *Buf, uptr Len,
                       void **Result) {
  if (MemscopeInited && Status == 0 && *Result)
    MEMSCOPE_WRITE_RANGE(Name, Buf, Len);
  return Status;
}
} // namespace

INTERCEPTOR(int, getservent_r, void *ResultBuf, char *Buf, uptr Len,
            void **Result) {
  MEMSCOPE_CHECK_SERVENT("getservent_r", ResultBuf, Result);
  return CheckServentBuffer("getservent_r",
                            REAL(getservent_r)(ResultBuf, Buf, Len, Result),
                            Buf, Len, Result);
}

INTERCEPTOR(int, getservbyname_r, const char *Name, const char *Proto,
            void *ResultBuf, char *Buf, uptr Len, void **Result) {
  MEMSCOPE_READ_C_STRING("getservbyname_r", Name);
  MEMSCOPE_READ_C_STRING("getservbyname_r", Proto);
  MEMSCOPE_CHECK_SERVENT("getservbyname_r", ResultBuf, Result);
  return CheckServentBuffer(
      "getservbyname_r",
      REAL(getservbyname_r)(Name, Proto, ResultBuf, Buf, Len, Result), Buf,
      Len, Result);
}

INTERCEPTOR(int, getservbyport_r, int Port, const char *Proto,
            void *ResultBuf, char *Buf, uptr Len, void **Result) {
  MEMSCOPE_READ_C_STRING("getservbyport_r", Proto);
  MEMSCOPE_CHECK_SERVENT("getservbyport_r", ResultBuf, Result);
  return CheckServentBuffer(
      "getservbyport_r",
      REAL(getservbyport_r)(Port, Proto, ResultBuf, Buf, Len, Result), Buf,
      Len, Result);
}
#undef MEMSCOPE_CHECK_SERVENT

// The name and its terminator, or all Len bytes when it did not fit.
#define MEMSCOPE_NAME_INTERCEPTOR(Name)                                        \
  INTERCEPTOR(int, Name, char *Buf, uptr Len) {                                \
    int Result = REAL(Name)(Buf, Len);                                         \
    if (MemscopeInited && Len) {                                               \
      uptr Written = Result == 0 ? internal_strnlen(Buf, Len) + 1 : Len;       \
      MEMSCOPE_WRITE_RANGE(#Name, Buf, Min(Written, Len));                     \
    }                                                                          \
    return Result;                                                             \
  }
MEMSCOPE_NAME_INTERCEPTOR(gethostname)
MEMSCOPE_NAME_INTERCEPTOR(getdomainname)
#undef MEMSCOPE_NAME_INTERCEPTOR

// Calls that read a path (or a message), and a mode, size or owner for
// some, or two paths, and nothing else of the program's.
#define MEMSCOPE_PATH_INTERCEPTOR(Ret, Name)                                   \
  INTERCEPTOR(Ret, Name, const char *Path) {                                   \
    MEMSCOPE_READ_C_STRING(#Name, Path);                                       \
    return REAL(Name)(Path);                                                   \
  }
#define MEMSCOPE_PATH_INT_INTERCEPTOR(Name, IntT)                              \
  INTERCEPTOR(int, Name, const char *Path, IntT Value) {                       \
    MEMSCOPE_READ_C_STRING(#Name, Path);                                       \
    return REAL(Name)(Path, Value);                                            \
  }
MEMSCOPE_PATH_INTERCEPTOR(int, unlink)
MEMSCOPE_PATH_INTERCEPTOR(int, rmdir)
MEMSCOPE_PATH_INTERCEPTOR(int, chdir)
MEMSCOPE_PATH_INTERCEPTOR(int, remove)
MEMSCOPE_PATH_INTERCEPTOR(void, perror)
MEMSCOPE_PATH_INTERCEPTOR(int, chroot)
MEMSCOPE_PATH_INT_INTERCEPTOR(mkdir, unsigned)
MEMSCOPE_PATH_INT_INTERCEPTOR(creat, unsigned)
// More calls that read paths, and the times some set, as Valgrind checks
// their system calls' arguments.
MEMSCOPE_PATH_INT_INTERCEPTOR(chmod, unsigned)
MEMSCOPE_PATH_INT_INTERCEPTOR(mkfifo, unsigned)
MEMSCOPE_PATH_INT_INTERCEPTOR(truncate, long)
#undef MEMSCOPE_PATH_INTERCEPTOR
#undef MEMSCOPE_PATH_INT_INTERCEPTOR

#define MEMSCOPE_TWO_PATHS_INTERCEPTOR(Name)                                   \
  INTERCEPTOR(int, Name, const char *From, const char *To) {                   \
    MEMSCOPE_READ_C_STRING(#Name, From);                                       \
    MEMSCOPE_READ_C_STRING(#Name, To);                                         \
    return REAL(Name)(From, To);                                               \
  }
MEMSCOPE_TWO_PATHS_INTERCEPTOR(rename)
MEMSCOPE_TWO_PATHS_INTERCEPTOR(symlink)
MEMSCOPE_TWO_PATHS_INTERCEPTOR(link)
#undef MEMSCOPE_TWO_PATHS_INTERCEPTOR

#define MEMSCOPE_PATH_OWNER_INTERCEPTOR(Name)                                  \
  INTERCEPTOR(int, Name, const char *Path, unsigned Owner, unsigned Group) {   \
    MEMSCOPE_READ_C_STRING(#Name, Path);                                       \
    return REAL(Name)(Path, Owner, Group);                                     \
  }
MEMSCOPE_PATH_OWNER_INTERCEPTOR(chown)
MEMSCOPE_PATH_OWNER_INTERCEPTOR(lchown)
#undef MEMSCOPE_PATH_OWNER_INTERCEPTOR

INTERCEPTOR(int, mknod, const char *Path, unsigned Mode, u64 Device) {
  MEMSCOPE_READ_C_STRING("mknod", Path);
  return REAL(mknod)(Path, Mode, Device);
}

// The path, and the times when given: a struct utimbuf, two timevals, two
// timespecs.
#define MEMSCOPE_UTIME_INTERCEPTOR(Name, TimesSize)                            \
  INTERCEPTOR(int, Name, const char *Path, const void *Times) {                \
    MEMSCOPE_READ_C_STRING(#Name, Path);                                       \
    if (MemscopeInited && Times)                                               \
      MEMSCOPE_READ_RANGE(#Name, Times, TimesSize);                            \
    return REAL(Name)(Path, Times);                                            \
  }
MEMSCOPE_UTIME_INTERCEPTOR(utime, 2 * sizeof(long))
MEMSCOPE_UTIME_INTERCEPTOR(utimes, 4 * sizeof(long))
MEMSCOPE_UTIME_INTERCEPTOR(lutimes, 4 * sizeof(long))
#undef MEMSCOPE_UTIME_INTERCEPTOR

INTERCEPTOR(int, utimensat, int Dir, const char *Path, const void *Times,
            int Flags) {
  MEMSCOPE_READ_C_STRING("utimensat", Path);
  if (MemscopeInited && Times)
    MEMSCOPE_READ_RANGE("utimensat", Times, 2 * struct_timespec_sz);
  return REAL(utimensat)(Dir, Path, Times, Flags);
}

INTERCEPTOR(int, futimens, int Fd, const void *Times) {
  if (MemscopeInited && Times)
    MEMSCOPE_READ_RANGE("futimens", Times, 2 * struct_timespec_sz);
  return REAL(futimens)(Fd, Times);
}

// The *at family: a path relative to a directory, as the plain calls'.
#define MEMSCOPE_AT_PATH_INTERCEPTOR(Name, ...)                                \
  INTERCEPTOR(int, Name, int Dir, const char *Path __VA_OPT__(, ) __VA_ARGS__) \
  {                                                                            \
    MEMSCOPE_READ_C_STRING(#Name, Path);                                       \
    return REAL(Name)(Dir, Path __VA_OPT__(, ) MEMSCOPE_AT_ARGS(__VA_ARGS__)); \
  }
#define MEMSCOPE_AT_ARGS(...) MEMSCOPE_AT_ARGS_N(__VA_ARGS__, 3, 2, 1)
#define MEMSCOPE_AT_ARGS_N(A, B, C, N, ...) MEMSCOPE_AT_ARGS_##N
#define MEMSCOPE_AT_ARGS_1 A1
#define MEMSCOPE_AT_ARGS_2 A1, A2
#define MEMSCOPE_AT_ARGS_3 A1, A2, A3
MEMSCOPE_AT_PATH_INTERCEPTOR(fchmodat, unsigned A1, int A2)
MEMSCOPE_AT_PATH_INTERCEPTOR(fchownat, unsigned A1, unsigned A2, int A3)
MEMSCOPE_AT_PATH_INTERCEPTOR(mkdirat, unsigned A1)
MEMSCOPE_AT_PATH_INTERCEPTOR(mkfifoat, unsigned A1)
MEMSCOPE_AT_PATH_INTERCEPTOR(unlinkat, int A1)
#undef MEMSCOPE_AT_PATH_INTERCEPTOR
#undef MEMSCOPE_AT_ARGS
#undef MEMSCOPE_AT_ARGS_N
#undef MEMSCOPE_AT_ARGS_1
#undef MEMSCOPE_AT_ARGS_2
#undef MEMSCOPE_AT_ARGS_3

INTERCEPTOR(int, euidaccess, const char *Path, int Mode) {
  MEMSCOPE_READ_C_STRING("euidaccess", Path);
  return REAL(euidaccess)(Path, Mode);
}

INTERCEPTOR(int, symlinkat, const char *Target, int Dir, const char *Path) {
  MEMSCOPE_READ_C_STRING("symlinkat", Target);
  MEMSCOPE_READ_C_STRING("symlinkat", Path);
  return REAL(symlinkat)(Target, Dir, Path);
}

INTERCEPTOR(int, renameat, int FromDir, const char *From, int ToDir,
            const char *To) {
  MEMSCOPE_READ_C_STRING("renameat", From);
  MEMSCOPE_READ_C_STRING("renameat", To);
  return REAL(renameat)(FromDir, From, ToDir, To);
}

INTERCEPTOR(int, renameat2, int FromDir, const char *From, int ToDir,
            const char *To, unsigned Flags) {
  MEMSCOPE_READ_C_STRING("renameat2", From);
  MEMSCOPE_READ_C_STRING("renameat2", To);
  return REAL(renameat2)(FromDir, From, ToDir, To, Flags);
}

INTERCEPTOR(int, linkat, int FromDir, const char *From, int ToDir,
            const char *To, int Flags) {
  MEMSCOPE_READ_C_STRING("linkat", From);
  MEMSCOPE_READ_C_STRING("linkat", To);
  return REAL(linkat)(FromDir, From, ToDir, To, Flags);
}

// statx's path and the 256-byte struct statx it fills.
INTERCEPTOR(int, statx, int Dir, const char *Path, int Flags, unsigned Mask,
            void *Buf) {
  MEMSCOPE_READ_C_STRING("statx", Path);
  if (MemscopeInited)
    MEMSCOPE_WRITE_RANGE("statx", Buf, 256);
  return REAL(statx)(Dir, Path, Flags, Mask, Buf);
}

// What the directory read filled, of the buffer offered.
INTERCEPTOR(sptr, getdents64, int Fd, void *Buf, uptr Size) {
  if (MemscopeInited)
    MEMSCOPE_WRITE_RANGE("getdents64", Buf, Size);
  return REAL(getdents64)(Fd, Buf, Size);
}

#define MEMSCOPE_NAME_FLAGS_INTERCEPTOR(Name, FlagsT)                          \
  INTERCEPTOR(int, Name, const char *S, FlagsT Flags) {                        \
    MEMSCOPE_READ_C_STRING(#Name, S);                                          \
    return REAL(Name)(S, Flags);                                               \
  }
MEMSCOPE_NAME_FLAGS_INTERCEPTOR(memfd_create, unsigned)
#undef MEMSCOPE_NAME_FLAGS_INTERCEPTOR

INTERCEPTOR(int, inotify_add_watch, int Fd, const char *Path, unsigned Mask) {
  MEMSCOPE_READ_C_STRING("inotify_add_watch", Path);
  return REAL(inotify_add_watch)(Fd, Path, Mask);
}

// The temporary-name templates, read and rewritten whole, as mkstemp's.
#define MEMSCOPE_TEMPLATE_CHECK(Name, Template)                                \
  do {                                                                         \
    if (MemscopeInited && (Template)) {                                        \
      uptr Whole_ = internal_strlen(Template) + 1;                             \
      MEMSCOPE_READ_RANGE(Name, Template, Whole_);                             \
      MEMSCOPE_WRITE_RANGE(Name, Template, Whole_);                            \
    }                                                                          \
  } while (0)
INTERCEPTOR(char *, mktemp, char *Template) {
  MEMSCOPE_TEMPLATE_CHECK("mktemp", Template);
  return REAL(mktemp)(Template);
}
INTERCEPTOR(char *, mkdtemp, char *Template) {
  MEMSCOPE_TEMPLATE_CHECK("mkdtemp", Template);
  return REAL(mkdtemp)(Template);
}
INTERCEPTOR(int, mkstemps, char *Template, int SuffixLen) {
  MEMSCOPE_TEMPLATE_CHECK("mkstemps", Template);
  return REAL(mkstemps)(Template, SuffixLen);
}
INTERCEPTOR(int, mkostemp, char *Template, int Flags) {
  MEMSCOPE_TEMPLATE_CHECK("mkostemp", Template);
  return REAL(mkostemp)(Template, Flags);
}
INTERCEPTOR(int, mkostemps, char *Template, int SuffixLen, int Flags) {
  MEMSCOPE_TEMPLATE_CHECK("mkostemps", Template);
  return REAL(mkostemps)(Template, SuffixLen, Flags);
}
#undef MEMSCOPE_TEMPLATE_CHECK

// open and openat take a mode only when they may create the file (glibc's
// __OPEN_NEEDS_MODE: O_CREAT, or all of O_TMPFILE's bits).
namespace {
constexpr int kOpenCreate = 0100;       // O_CREAT
constexpr int kOpenTmpFile = 020200000; // O_TMPFILE (with O_DIRECTORY)
bool OpenNeedsMode(int Flags) {
  return (Flags & kOpenCreate) || (Flags & kOpenTmpFile) == kOpenTmpFile;
}
} // namespace

// The mode after Flags, where there is one (in the variadic function).
#define MEMSCOPE_OPEN_MODE(Flags, Mode)                                        \
  unsigned Mode = 0;                                                           \
  if (OpenNeedsMode(Flags)) {                                                  \
    va_list Args_;                                                             \
    va_start(Args_, Flags);                                                    \
    Mode = va_arg(Args_, unsigned);                                            \
    va_end(Args_);                                                             \
  }

INTERCEPTOR(int, open, const char *Path, int Flags, ...) {
  MEMSCOPE_OPEN_MODE(Flags, Mode);
  MEMSCOPE_READ_C_STRING("open", Path);
  return REAL(open)(Path, Flags, Mode);
}

INTERCEPTOR(int, openat, int Dir, const char *Path, int Flags, ...) {
  MEMSCOPE_OPEN_MODE(Flags, Mode);
  MEMSCOPE_READ_C_STRING("openat", Path);
  return REAL(openat)(Dir, Path, Flags, Mode);
}
#undef MEMSCOPE_OPEN_MODE

// The template is read and its XXXXXX replaced.
INTERCEPTOR(int, mkstemp, char *Template) {
  if (MemscopeInited && Template) {
    uptr Size = internal_strlen(Template) + 1;
    MEMSCOPE_READ_RANGE("mkstemp", Template, Size);
    MEMSCOPE_WRITE_RANGE("mkstemp", Template, Size);
  }
  return REAL(mkstemp)(Template);
}

// --- multibyte characters ----------------------------------------------------------
//
// The bytes a conversion consumed (one for the terminator; all N when the
// character was incomplete, -2; one when invalid, -1) and the character
// stored.
namespace {
uptr MultibyteRead(uptr Result, uptr N) {
  if (Result == static_cast<uptr>(-2))
    return N;
  if (Result == 0 || Result == static_cast<uptr>(-1))
    return Min<uptr>(1, N);
  return Result;
}
} // namespace

INTERCEPTOR(uptr, mbrtowc, wchar_t *Dst, const char *S, uptr N, void *State) {
  MEMSCOPE_UNCHECKED_RETURN(REAL(mbrtowc)(Dst, S, N, State),
                            REAL(mbrtowc)(Dst, S, N, State));
  if (State)
    MEMSCOPE_WRITE_RANGE("mbrtowc", State, sizeof(u64));
  uptr Result = REAL(mbrtowc)(Dst, S, N, State);
  if (S) {
    MEMSCOPE_READ_RANGE("mbrtowc", S, MultibyteRead(Result, N));
    if (Dst && Result < static_cast<uptr>(-2))
      MEMSCOPE_WRITE_RANGE("mbrtowc", Dst, kWide);
  }
  return Result;
}

INTERCEPTOR(int, mbtowc, wchar_t *Dst, const char *S, uptr N) {
  MEMSCOPE_UNCHECKED_RETURN(REAL(mbtowc)(Dst, S, N), REAL(mbtowc)(Dst, S, N));
  int Result = REAL(mbtowc)(Dst, S, N);
  if (S) {
    MEMSCOPE_READ_RANGE("mbtowc", S, MultibyteRead(static_cast<uptr>(Result), N));
    if (Dst && Result >= 0)
      MEMSCOPE_WRITE_RANGE("mbtowc", Dst, kWide);
  }
  return Result;
}

INTERCEPTOR(int, mblen, const char *S, uptr N) {
  MEMSCOPE_UNCHECKED_RETURN(REAL(mblen)(S, N), REAL(mblen)(S, N));
  int Result = REAL(mblen)(S, N);
  if (S)
    MEMSCOPE_READ_RANGE("mblen", S, MultibyteRead(static_cast<uptr>(Result), N));
  return Result;
}

// --- wide stdio -----------------------------------------------------------------------

INTERCEPTOR(int, fputws, const wchar_t *S, void *Stream) {
  MEMSCOPE_UNCHECKED_RETURN(REAL(fputws)(S, Stream), REAL(fputws)(S, Stream));
  MEMSCOPE_READ_RANGE("fputws", S, (WideLength(S, kWhole) + 1) * kWide);
  MEMSCOPE_CHECK_STREAM("fputws", Stream);
  return REAL(fputws)(S, Stream);
}

// What was read and its terminator.
INTERCEPTOR(wchar_t *, fgetws, wchar_t *Dst, int N, void *Stream) {
  MEMSCOPE_UNCHECKED_RETURN(REAL(fgetws)(Dst, N, Stream),
                            REAL(fgetws)(Dst, N, Stream));
  MEMSCOPE_CHECK_STREAM("fgetws", Stream);
  wchar_t *Result = REAL(fgetws)(Dst, N, Stream);
  if (Result)
    MEMSCOPE_WRITE_RANGE("fgetws", Dst, (WideLength(Dst, N) + 1) * kWide);
  return Result;
}

// --- stdio without the stream's lock ------------------------------------------
// glibc's *_unlocked functions, which sanitizer_common leaves alone: checked
// as their locked forms are.

INTERCEPTOR(char *, fgets_unlocked, char *Dst, int N, void *Stream) {
  MEMSCOPE_UNCHECKED_RETURN(REAL(fgets_unlocked)(Dst, N, Stream),
                            REAL(fgets_unlocked)(Dst, N, Stream));
  MEMSCOPE_CHECK_STREAM("fgets_unlocked", Stream);
  char *Result = REAL(fgets_unlocked)(Dst, N, Stream);
  if (Result)
    MEMSCOPE_WRITE_RANGE("fgets_unlocked", Dst, internal_strlen(Dst) + 1);
  return Result;
}

INTERCEPTOR(int, fputs_unlocked, const char *S, void *Stream) {
  MEMSCOPE_UNCHECKED_RETURN(REAL(fputs_unlocked)(S, Stream),
                            REAL(fputs_unlocked)(S, Stream));
  MEMSCOPE_READ_C_STRING("fputs_unlocked", S);
  MEMSCOPE_CHECK_STREAM("fputs_unlocked", Stream);
  return REAL(fputs_unlocked)(S, Stream);
}

// The items read, and those written, whole.
INTERCEPTOR(uptr, fread_unlocked, void *Dst, uptr Size, uptr N, void *Stream) {
  MEMSCOPE_UNCHECKED_RETURN(REAL(fread_unlocked)(Dst, Size, N, Stream),
                            REAL(fread_unlocked)(Dst, Size, N, Stream));
  MEMSCOPE_CHECK_STREAM("fread_unlocked", Stream);
  uptr Items = REAL(fread_unlocked)(Dst, Size, N, Stream);
  if (Items)
    MEMSCOPE_WRITE_RANGE("fread_unlocked", Dst, Items * Size);
  return Items;
}

INTERCEPTOR(uptr, fwrite_unlocked, const void *Src, uptr Size, uptr N,
            void *Stream) {
  MEMSCOPE_UNCHECKED_RETURN(REAL(fwrite_unlocked)(Src, Size, N, Stream),
                            REAL(fwrite_unlocked)(Src, Size, N, Stream));
  MEMSCOPE_CHECK_STREAM("fwrite_unlocked", Stream);
  uptr Items = REAL(fwrite_unlocked)(Src, Size, N, Stream);
  if (Items)
    MEMSCOPE_READ_RANGE("fwrite_unlocked", Src, Items * Size);
  return Items;
}

// Up to the character found, which rawmemchr assumes is there.
INTERCEPTOR(void *, rawmemchr, const void *S, int C) {
  MEMSCOPE_UNCHECKED_RETURN(REAL(rawmemchr)(S, C), REAL(rawmemchr)(S, C));
  void *Result = REAL(rawmemchr)(S, C);
  MEMSCOPE_READ_RANGE("rawmemchr", S,
                      static_cast<const char *>(Result) -
                          static_cast<const char *>(S) + 1);
  return Result;
}

// --- waiting on descriptors ------------------------------------------------------

// Each set the program passes is read and written for its first Fds bits;
// the timeout, read and updated.
INTERCEPTOR(int, select, int Fds, void *Read, void *Write, void *Except,
            void *Timeout) {
  if (MemscopeInited && Fds > 0) {
    uptr SetBytes = RoundUpTo(static_cast<uptr>(Fds), 64) / 8;
    void *Sets[] = {Read, Write, Except};
    for (void *Set : Sets)
      if (Set)
        MEMSCOPE_WRITE_RANGE("select", Set, SetBytes);
  }
  if (MemscopeInited && Timeout)
    MEMSCOPE_WRITE_RANGE("select", Timeout, 2 * sizeof(long));
  return REAL(select)(Fds, Read, Write, Except, Timeout);
}

// The whole array the program offers the kernel (12-byte packed events).
INTERCEPTOR(int, epoll_wait, int Epfd, void *Events, int MaxEvents,
            int Timeout) {
  if (MemscopeInited && MaxEvents > 0)
    MEMSCOPE_WRITE_RANGE("epoll_wait", Events, static_cast<uptr>(MaxEvents) * 12);
  return REAL(epoll_wait)(Epfd, Events, MaxEvents, Timeout);
}

// The socket address the kernel reads, whole (Valgrind checks it too;
// sanitizer_common leaves it out of sendto, for MSan's sake: it may end in
// uninitialised padding, which is no concern of an address check).
#define MEMSCOPE_SOCKADDR_INTERCEPTOR(Name)                                    \
  INTERCEPTOR(int, Name, int Fd, const void *Addr, unsigned AddrLen) {         \
    if (MemscopeInited && Addr)                                                \
      MEMSCOPE_READ_RANGE(#Name, Addr, AddrLen);                               \
    return REAL(Name)(Fd, Addr, AddrLen);                                      \
  }
MEMSCOPE_SOCKADDR_INTERCEPTOR(connect)
MEMSCOPE_SOCKADDR_INTERCEPTOR(bind)
#undef MEMSCOPE_SOCKADDR_INTERCEPTOR

// And what was sent, after the call, as sanitizer_common checks it.
#define MEMSCOPE_CHECK_SENT(Name, Buf, Len, Sent)                              \
  if (MemscopeInited && Sent > 0 && common_flags()->intercept_send)            \
  MEMSCOPE_READ_RANGE(Name, Buf, Min(static_cast<uptr>(Sent), Len))

INTERCEPTOR(sptr, sendto, int Fd, const void *Buf, uptr Len, int Flags,
            const void *Addr, unsigned AddrLen) {
  if (MemscopeInited && Addr)
    MEMSCOPE_READ_RANGE("sendto", Addr, AddrLen);
  sptr Sent = REAL(sendto)(Fd, Buf, Len, Flags, Addr, AddrLen);
  MEMSCOPE_CHECK_SENT("sendto", Buf, Len, Sent);
  return Sent;
}

INTERCEPTOR(sptr, send, int Fd, const void *Buf, uptr Len, int Flags) {
  sptr Sent = REAL(send)(Fd, Buf, Len, Flags);
  MEMSCOPE_CHECK_SENT("send", Buf, Len, Sent);
  return Sent;
}
#undef MEMSCOPE_CHECK_SENT

// What a message send reads, before the call (sanitizer_common checks it
// only after a send that succeeded; the kernel refuses a freed address,
// and the error went unseen): the header, the address, the vector and each
// buffer it names, the control data.
namespace {
struct MessageHeader {
  void *Name;
  unsigned NameLen;
  struct {
    void *Base;
    uptr Len;
  } *Iov;
  uptr IovLen;
  void *Control;
  uptr ControlLen;
  int Flags;
};
} // namespace

INTERCEPTOR(sptr, sendmsg, int Fd, const MessageHeader *Msg, int Flags) {
  if (MemscopeInited && Msg) {
    MEMSCOPE_READ_RANGE("sendmsg", Msg, sizeof(*Msg));
    if (Msg->Name && Msg->NameLen)
      MEMSCOPE_READ_RANGE("sendmsg", Msg->Name, Msg->NameLen);
    if (Msg->Iov && Msg->IovLen) {
      MEMSCOPE_READ_RANGE("sendmsg", Msg->Iov, Msg->IovLen * sizeof(*Msg->Iov));
      for (uptr I = 0; I < Msg->IovLen; ++I)
        MEMSCOPE_READ_RANGE("sendmsg", Msg->Iov[I].Base, Msg->Iov[I].Len);
    }
    if (Msg->Control && Msg->ControlLen)
      MEMSCOPE_READ_RANGE("sendmsg", Msg->Control, Msg->ControlLen);
  }
  return REAL(sendmsg)(Fd, Msg, Flags);
}

// What was received, as sanitizer_common checks it; and for recvfrom the
// sender's address slot, whole, and its length (which the common code
// only marks initialised).
INTERCEPTOR(sptr, recv, int Fd, void *Buf, uptr Len, int Flags) {
  sptr Got = REAL(recv)(Fd, Buf, Len, Flags);
  if (MemscopeInited && Got > 0 && Buf)
    MEMSCOPE_WRITE_RANGE("recv", Buf, Min(static_cast<uptr>(Got), Len));
  return Got;
}

INTERCEPTOR(sptr, recvfrom, int Fd, void *Buf, uptr Len, int Flags,
            void *Addr, unsigned *AddrLen) {
  if (MemscopeInited && Addr && AddrLen) {
    MEMSCOPE_WRITE_RANGE("recvfrom", AddrLen, sizeof(*AddrLen));
    MEMSCOPE_WRITE_RANGE("recvfrom", Addr, *AddrLen);
  }
  sptr Got = REAL(recvfrom)(Fd, Buf, Len, Flags, Addr, AddrLen);
  if (MemscopeInited && Got > 0 && Buf)
    MEMSCOPE_WRITE_RANGE("recvfrom", Buf, Min(static_cast<uptr>(Got), Len));
  return Got;
}

// The option's value, whole.
INTERCEPTOR(int, setsockopt, int Fd, int Level, int Option, const void *Value,
            unsigned Length) {
  if (MemscopeInited && Value)
    MEMSCOPE_READ_RANGE("setsockopt", Value, Length);
  return REAL(setsockopt)(Fd, Level, Option, Value, Length);
}

// The event to add or change (12 bytes, packed); none is read to delete.
INTERCEPTOR(int, epoll_ctl, int Epfd, int Op, int Fd, void *Event) {
  constexpr int kEpollDelete = 2; // EPOLL_CTL_DEL
  if (MemscopeInited && Event && Op != kEpollDelete)
    MEMSCOPE_READ_RANGE("epoll_ctl", Event, 12);
  return REAL(epoll_ctl)(Epfd, Op, Fd, Event);
}

// The lock a record-locking command reads (and F_GETLK's kind writes back),
// a struct flock; the owner F_SETOWN_EX reads and F_GETOWN_EX writes.
namespace {
constexpr uptr kFlockSize = 32;
enum FcntlArg { kFcntlValue, kFcntlReads, kFcntlReadsWrites, kFcntlWrites };
FcntlArg FcntlArgOf(int Cmd, uptr *Size) {
  *Size = kFlockSize;
  switch (Cmd) {
  case 5:  // F_GETLK
  case 36: // F_OFD_GETLK
    return kFcntlReadsWrites;
  case 6:  // F_SETLK
  case 7:  // F_SETLKW
  case 37: // F_OFD_SETLK
  case 38: // F_OFD_SETLKW
    return kFcntlReads;
  case 15: // F_SETOWN_EX
    *Size = 2 * sizeof(int);
    return kFcntlReads;
  case 16: // F_GETOWN_EX
    *Size = 2 * sizeof(int);
    return kFcntlWrites;
  default:
    return kFcntlValue;
  }
}
} // namespace

#define MEMSCOPE_FCNTL_INTERCEPTOR(Name)                                       \
  INTERCEPTOR(int, Name, int Fd, int Cmd, ...) {                               \
    va_list Args;                                                              \
    va_start(Args, Cmd);                                                       \
    void *Arg = va_arg(Args, void *);                                          \
    va_end(Args);                                                              \
    uptr Size;                                                                 \
    FcntlArg Kind = FcntlArgOf(Cmd, &Size);                                    \
    if (MemscopeInited && Kind != kFcntlValue)                                 \
      MEMSCOPE_CHECK_RANGE(#Name, Arg, Size, Kind != kFcntlReads);             \
    return REAL(Name)(Fd, Cmd, Arg);                                           \
  }
MEMSCOPE_FCNTL_INTERCEPTOR(fcntl)
MEMSCOPE_FCNTL_INTERCEPTOR(fcntl64)
#undef MEMSCOPE_FCNTL_INTERCEPTOR

INTERCEPTOR(int, sched_setaffinity, int Pid, uptr Size, const void *Mask) {
  if (MemscopeInited)
    MEMSCOPE_READ_RANGE("sched_setaffinity", Mask, Size);
  return REAL(sched_setaffinity)(Pid, Size, Mask);
}

INTERCEPTOR(int, pthread_setaffinity_np, uptr Thread, uptr Size,
            const void *Mask) {
  if (MemscopeInited)
    MEMSCOPE_READ_RANGE("pthread_setaffinity_np", Mask, Size);
  return REAL(pthread_setaffinity_np)(Thread, Size, Mask);
}

// The request read; the time left written only when a signal cut a
// relative sleep short (as nanosleep's).
INTERCEPTOR(int, clock_nanosleep, int Clock, int Flags, const void *Request,
            void *Remaining) {
  constexpr int kAbsolute = 1; // TIMER_ABSTIME
  constexpr int kInterrupted = 4; // EINTR
  if (MemscopeInited)
    MEMSCOPE_READ_RANGE("clock_nanosleep", Request, struct_timespec_sz);
  int Result = REAL(clock_nanosleep)(Clock, Flags, Request, Remaining);
  if (MemscopeInited && Result == kInterrupted && Remaining &&
      !(Flags & kAbsolute))
    MEMSCOPE_WRITE_RANGE("clock_nanosleep", Remaining, struct_timespec_sz);
  return Result;
}

// The source whole, and what the call may write of the destination: the
// result and its terminator, or all Len characters when it did not fit
// (glibc fills them; the C standard leaves them indeterminate).
#define MEMSCOPE_STRXFRM_INTERCEPTOR(Char, Name, ...)                          \
  INTERCEPTOR(uptr, Name, Char *Dst, const Char *Src,                          \
              uptr Len __VA_OPT__(, ) __VA_ARGS__) {                           \
    if (MemscopeInited)                                                        \
      MEMSCOPE_READ_RANGE(#Name, Src, (StringLength(Src) + 1) * sizeof(Char)); \
    uptr Result = REAL(Name)(Dst, Src, Len __VA_OPT__(, Locale));              \
    if (MemscopeInited && Len)                                                 \
      MEMSCOPE_WRITE_RANGE(#Name, Dst, Min(Result + 1, Len) * sizeof(Char));   \
    return Result;                                                             \
  }
namespace {
uptr StringLength(const char *S) { return internal_strlen(S); }
uptr StringLength(const wchar_t *S) { return WideLength(S, kWhole); }
} // namespace
MEMSCOPE_STRXFRM_INTERCEPTOR(char, strxfrm)
MEMSCOPE_STRXFRM_INTERCEPTOR(char, strxfrm_l, void *Locale)
MEMSCOPE_STRXFRM_INTERCEPTOR(char, __strxfrm_l, void *Locale)
MEMSCOPE_STRXFRM_INTERCEPTOR(wchar_t, wcsxfrm)
MEMSCOPE_STRXFRM_INTERCEPTOR(wchar_t, wcsxfrm_l, void *Locale)
MEMSCOPE_STRXFRM_INTERCEPTOR(wchar_t, __wcsxfrm_l, void *Locale)
#undef MEMSCOPE_STRXFRM_INTERCEPTOR

// A stream over the program's buffer: POSIX requires Size bytes there, which
// glibc reads and writes as the stream is used, out of any interceptor's
// sight; they are checked when the stream opens (read for "r", written
// otherwise). With no buffer glibc allocates its own. The memory streams'
// pointer and size are written as the stream is flushed.
INTERCEPTOR(void *, fmemopen, void *Buf, uptr Size, const char *Mode) {
  MEMSCOPE_READ_C_STRING("fmemopen", Mode);
  if (MemscopeInited && Buf && Size && Mode)
    MEMSCOPE_CHECK_RANGE("fmemopen", Buf, Size, Mode[0] != 'r');
  return REAL(fmemopen)(Buf, Size, Mode);
}

#define MEMSCOPE_MEMSTREAM_INTERCEPTOR(Name, Char)                             \
  INTERCEPTOR(void *, Name, Char **Ptr, uptr *SizeLoc) {                       \
    void *Stream = REAL(Name)(Ptr, SizeLoc);                                   \
    if (MemscopeInited && Stream) {                                            \
      MEMSCOPE_WRITE_RANGE(#Name, Ptr, sizeof(*Ptr));                          \
      MEMSCOPE_WRITE_RANGE(#Name, SizeLoc, sizeof(*SizeLoc));                  \
    }                                                                          \
    return Stream;                                                             \
  }
MEMSCOPE_MEMSTREAM_INTERCEPTOR(open_memstream, char)
MEMSCOPE_MEMSTREAM_INTERCEPTOR(open_wmemstream, wchar_t)
#undef MEMSCOPE_MEMSTREAM_INTERCEPTOR

// Limits, groups, scheduling and signal masks the kernel reads or fills.
INTERCEPTOR(int, setrlimit, int Resource, const void *Limit) {
  if (MemscopeInited)
    MEMSCOPE_READ_RANGE("setrlimit", Limit, 2 * sizeof(u64));
  return REAL(setrlimit)(Resource, Limit);
}

INTERCEPTOR(int, prlimit, int Pid, int Resource, const void *New, void *Old) {
  if (MemscopeInited && New)
    MEMSCOPE_READ_RANGE("prlimit", New, 2 * sizeof(u64));
  if (MemscopeInited && Old)
    MEMSCOPE_WRITE_RANGE("prlimit", Old, 2 * sizeof(u64));
  return REAL(prlimit)(Pid, Resource, New, Old);
}

INTERCEPTOR(int, setgroups, uptr Size, const unsigned *List) {
  if (MemscopeInited && Size)
    MEMSCOPE_READ_RANGE("setgroups", List, Size * sizeof(*List));
  return REAL(setgroups)(Size, List);
}

INTERCEPTOR(int, sched_setparam, int Pid, const int *Param) {
  if (MemscopeInited)
    MEMSCOPE_READ_RANGE("sched_setparam", Param, sizeof(*Param));
  return REAL(sched_setparam)(Pid, Param);
}

INTERCEPTOR(int, sched_setscheduler, int Pid, int Policy, const int *Param) {
  if (MemscopeInited)
    MEMSCOPE_READ_RANGE("sched_setscheduler", Param, sizeof(*Param));
  return REAL(sched_setscheduler)(Pid, Policy, Param);
}

INTERCEPTOR(int, sched_rr_get_interval, int Pid, void *Interval) {
  if (MemscopeInited)
    MEMSCOPE_WRITE_RANGE("sched_rr_get_interval", Interval, struct_timespec_sz);
  return REAL(sched_rr_get_interval)(Pid, Interval);
}

INTERCEPTOR(int, sigsuspend, const void *Mask) {
  if (MemscopeInited)
    MEMSCOPE_READ_RANGE("sigsuspend", Mask, 8); // the kernel's sigset
  return REAL(sigsuspend)(Mask);
}

INTERCEPTOR(int, signalfd, int Fd, const void *Mask, int Flags) {
  if (MemscopeInited)
    MEMSCOPE_READ_RANGE("signalfd", Mask, 8);
  return REAL(signalfd)(Fd, Mask, Flags);
}

// The new alternate stack's description (24 bytes) when given; the old one
// is sanitizer_common's to check.
INTERCEPTOR(int, sigaltstack, const void *Stack, void *Old) {
  if (MemscopeInited && Stack)
    MEMSCOPE_READ_RANGE("sigaltstack", Stack, 3 * sizeof(uptr));
  if (MemscopeInited && Old)
    MEMSCOPE_WRITE_RANGE("sigaltstack", Old, 3 * sizeof(uptr));
  return REAL(sigaltstack)(Stack, Old);
}

// The terminal's settings (a struct termios, 60 bytes).
constexpr uptr kTermiosSize = 60;
INTERCEPTOR(int, tcsetattr, int Fd, int When, const void *Settings) {
  if (MemscopeInited)
    MEMSCOPE_READ_RANGE("tcsetattr", Settings, kTermiosSize);
  return REAL(tcsetattr)(Fd, When, Settings);
}
#define MEMSCOPE_TERMIOS_INTERCEPTOR(Ret, Name, IsWrite, ...)                  \
  INTERCEPTOR(Ret, Name, void *Settings __VA_OPT__(, unsigned Speed)) {        \
    if (MemscopeInited)                                                        \
      MEMSCOPE_CHECK_RANGE(#Name, Settings, kTermiosSize, IsWrite);            \
    return REAL(Name)(Settings __VA_OPT__(, Speed));                           \
  }
MEMSCOPE_TERMIOS_INTERCEPTOR(int, cfsetispeed, true, Speed)
MEMSCOPE_TERMIOS_INTERCEPTOR(int, cfsetospeed, true, Speed)
MEMSCOPE_TERMIOS_INTERCEPTOR(int, cfsetspeed, true, Speed)
MEMSCOPE_TERMIOS_INTERCEPTOR(unsigned, cfgetispeed, false)
MEMSCOPE_TERMIOS_INTERCEPTOR(unsigned, cfgetospeed, false)
MEMSCOPE_TERMIOS_INTERCEPTOR(void, cfmakeraw, true)
#undef MEMSCOPE_TERMIOS_INTERCEPTOR

// The 48-bit generators' state, read and advanced (three shorts; lcong48's
// parameters are seven).
#define MEMSCOPE_RAND48_INTERCEPTOR(Ret, Name)                                 \
  INTERCEPTOR(Ret, Name, unsigned short *State) {                              \
    if (MemscopeInited)                                                        \
      MEMSCOPE_WRITE_RANGE(#Name, State, 3 * sizeof(*State));                  \
    return REAL(Name)(State);                                                  \
  }
MEMSCOPE_RAND48_INTERCEPTOR(double, erand48)
MEMSCOPE_RAND48_INTERCEPTOR(long, nrand48)
MEMSCOPE_RAND48_INTERCEPTOR(long, jrand48)
#undef MEMSCOPE_RAND48_INTERCEPTOR

INTERCEPTOR(unsigned short *, seed48, unsigned short *Seed) {
  if (MemscopeInited)
    MEMSCOPE_READ_RANGE("seed48", Seed, 3 * sizeof(*Seed));
  return REAL(seed48)(Seed);
}

INTERCEPTOR(void, lcong48, unsigned short *Params) {
  if (MemscopeInited)
    MEMSCOPE_READ_RANGE("lcong48", Params, 7 * sizeof(*Params));
  REAL(lcong48)(Params);
}

// Strings read whole: a name looked up, a message printed, a number parsed.
#define MEMSCOPE_STRING_ARG_INTERCEPTOR(Ret, Name)                             \
  INTERCEPTOR(Ret, Name, const char *S) {                                      \
    MEMSCOPE_READ_C_STRING(#Name, S);                                          \
    return REAL(Name)(S);                                                      \
  }
MEMSCOPE_STRING_ARG_INTERCEPTOR(void, herror)
MEMSCOPE_STRING_ARG_INTERCEPTOR(u32, inet_network)
MEMSCOPE_STRING_ARG_INTERCEPTOR(double, nan)
MEMSCOPE_STRING_ARG_INTERCEPTOR(long, a64l)
MEMSCOPE_STRING_ARG_INTERCEPTOR(char *, secure_getenv)
MEMSCOPE_STRING_ARG_INTERCEPTOR(int, shm_unlink)
#undef MEMSCOPE_STRING_ARG_INTERCEPTOR

INTERCEPTOR(void *, getservbyname, const char *Name, const char *Proto) {
  MEMSCOPE_READ_C_STRING("getservbyname", Name);
  MEMSCOPE_READ_C_STRING("getservbyname", Proto);
  return REAL(getservbyname)(Name, Proto);
}

INTERCEPTOR(void, psignal, int Signal, const char *Message) {
  MEMSCOPE_READ_C_STRING("psignal", Message);
  REAL(psignal)(Signal, Message);
}

INTERCEPTOR(int, shm_open, const char *Name, int Flags, unsigned Mode) {
  MEMSCOPE_READ_C_STRING("shm_open", Name);
  return REAL(shm_open)(Name, Flags, Mode);
}

// An address in text and in binary (4 bytes for AF_INET, 16 for
// AF_INET6): sanitizer_common reads inet_pton's source only with
// strict_string_checks (inet_aton and inet_ntop come with it).
namespace {
uptr InetAddressSize(int Family) {
  constexpr int kInet = 2, kInet6 = 10;
  return Family == kInet ? 4 : Family == kInet6 ? 16 : 0;
}
} // namespace

INTERCEPTOR(int, inet_pton, int Family, const char *Src, void *Dst) {
  MEMSCOPE_READ_C_STRING("inet_pton", Src);
  int Result = REAL(inet_pton)(Family, Src, Dst);
  if (MemscopeInited && Result == 1 && InetAddressSize(Family))
    MEMSCOPE_WRITE_RANGE("inet_pton", Dst, InetAddressSize(Family));
  return Result;
}

INTERCEPTOR(int, inet_aton, const char *Src, void *Dst) {
  MEMSCOPE_READ_C_STRING("inet_aton", Src);
  int Result = REAL(inet_aton)(Src, Dst);
  if (MemscopeInited && Result && Dst)
    MEMSCOPE_WRITE_RANGE("inet_aton", Dst, InetAddressSize(2));
  return Result;
}

INTERCEPTOR(char *, inet_ntop, int Family, const void *Src, char *Dst,
            unsigned Size) {
  if (MemscopeInited && InetAddressSize(Family))
    MEMSCOPE_READ_RANGE("inet_ntop", Src, InetAddressSize(Family));
  char *Result = REAL(inet_ntop)(Family, Src, Dst, Size);
  if (MemscopeInited && Result)
    MEMSCOPE_WRITE_RANGE("inet_ntop", Result, internal_strlen(Result) + 1);
  return Result;
}

// strptime's input, as far as it converted (sanitizer_common checks the
// format and the result).
INTERCEPTOR(char *, strptime, const char *S, const char *Format, void *Time) {
  MEMSCOPE_READ_C_STRING("strptime", Format);
  if (MemscopeInited)
    MEMSCOPE_WRITE_RANGE("strptime", Time, sizeof(__sanitizer_tm));
  char *End = REAL(strptime)(S, Format, Time);
  if (MemscopeInited && S)
    MEMSCOPE_READ_RANGE("strptime", S,
                        End ? End - S : internal_strlen(S) + 1);
  return End;
}

// --- more of what Valgrind checks -----------------------------------------------

INTERCEPTOR(void *, memfrob, void *S, uptr N) {
  if (MemscopeInited)
    MEMSCOPE_WRITE_RANGE("memfrob", S, N);
  return REAL(memfrob)(S, N);
}

INTERCEPTOR(char *, strfry, char *S) {
  if (MemscopeInited && S)
    MEMSCOPE_WRITE_RANGE("strfry", S, internal_strlen(S) + 1);
  return REAL(strfry)(S);
}

INTERCEPTOR(u32, inet_addr, const char *S) {
  MEMSCOPE_READ_C_STRING("inet_addr", S);
  return REAL(inet_addr)(S);
}

// timegm normalises the time it converts, as mktime does.
INTERCEPTOR(long, timegm, __sanitizer_tm *Time) {
  if (MemscopeInited)
    MEMSCOPE_WRITE_RANGE("timegm", Time, sizeof(*Time));
  return REAL(timegm)(Time);
}

// As strftime, in wide characters.
INTERCEPTOR(uptr, wcsftime, wchar_t *Dst, uptr Max, const wchar_t *Format,
            const __sanitizer_tm *Time) {
  MEMSCOPE_UNCHECKED_RETURN(REAL(wcsftime)(Dst, Max, Format, Time),
                            REAL(wcsftime)(Dst, Max, Format, Time));
  if (Format)
    MEMSCOPE_READ_RANGE("wcsftime", Format,
                        (WideLength(Format, kWhole) + 1) * kWide);
  if (Time)
    MEMSCOPE_READ_RANGE("wcsftime", Time, sizeof(*Time));
  uptr Len = REAL(wcsftime)(Dst, Max, Format, Time);
  if (Len)
    MEMSCOPE_WRITE_RANGE("wcsftime", Dst, (Len + 1) * kWide);
  return Len;
}

// The digits and their terminator, the decimal point's place and the sign.
#define MEMSCOPE_ECVT_R_INTERCEPTOR(Value, Name)                               \
  INTERCEPTOR(int, Name, Value V, int Digits, int *Point, int *Sign,           \
              char *Buf, uptr Len) {                                           \
    int Result = REAL(Name)(V, Digits, Point, Sign, Buf, Len);                 \
    if (MemscopeInited) {                                                      \
      MEMSCOPE_WRITE_RANGE(#Name, Point, sizeof(*Point));                      \
      MEMSCOPE_WRITE_RANGE(#Name, Sign, sizeof(*Sign));                        \
      if (Result == 0 && Len)                                                  \
        MEMSCOPE_WRITE_RANGE(#Name, Buf,                                       \
                             Min(internal_strnlen(Buf, Len) + 1, Len));        \
    }                                                                          \
    return Result;                                                             \
  }
MEMSCOPE_ECVT_R_INTERCEPTOR(double, ecvt_r)
MEMSCOPE_ECVT_R_INTERCEPTOR(double, fcvt_r)
MEMSCOPE_ECVT_R_INTERCEPTOR(long double, qecvt_r)
#undef MEMSCOPE_ECVT_R_INTERCEPTOR

INTERCEPTOR(char *, gcvt, double V, int Digits, char *Buf) {
  char *Result = REAL(gcvt)(V, Digits, Buf);
  if (MemscopeInited && Result)
    MEMSCOPE_WRITE_RANGE("gcvt", Buf, internal_strlen(Buf) + 1);
  return Result;
}

// glibc returns the number of groups when they fit, else -1 after copying
// as many as *NGroups said there was room for.
INTERCEPTOR(int, getgrouplist, const char *User, u32 Base, u32 *Groups,
            int *NGroups) {
  if (MemscopeInited) {
    MEMSCOPE_READ_C_STRING("getgrouplist", User);
    MEMSCOPE_WRITE_RANGE("getgrouplist", NGroups, sizeof(*NGroups));
  }
  int Room = *NGroups;
  int Result = REAL(getgrouplist)(User, Base, Groups, NGroups);
  int Written = Result >= 0 ? *NGroups : Room;
  if (MemscopeInited && Written > 0)
    MEMSCOPE_WRITE_RANGE("getgrouplist", Groups, Written * sizeof(*Groups));
  return Result;
}

// The generator (glibc's struct random_data) read and advanced: the words
// of its state array it steps through (the first, for the linear type 0).
namespace {
struct RandomData {
  u32 *Front, *Rear, *State;
  int Type, Degree, Separation;
  u32 *End;
};
static_assert(sizeof(RandomData) == 48, "glibc's struct random_data");
} // namespace

INTERCEPTOR(int, random_r, RandomData *Data, u32 *Result) {
  if (MemscopeInited) {
    MEMSCOPE_WRITE_RANGE("random_r", Data, sizeof(*Data));
    if (Data->Type == 0) {
      MEMSCOPE_WRITE_RANGE("random_r", Data->State, sizeof(u32));
    } else {
      MEMSCOPE_WRITE_RANGE("random_r", Data->Front, sizeof(u32));
      MEMSCOPE_READ_RANGE("random_r", Data->Rear, sizeof(u32));
    }
    MEMSCOPE_WRITE_RANGE("random_r", Result, sizeof(*Result));
  }
  return REAL(random_r)(Data, Result);
}

// The 48-bit generators' state (glibc's struct drand48_data) read and
// advanced, and the number stored.
#define MEMSCOPE_RAND48_R_INTERCEPTOR(Type, Name)                              \
  INTERCEPTOR(int, Name, void *State, Type *Result) {                          \
    if (MemscopeInited) {                                                      \
      MEMSCOPE_WRITE_RANGE(#Name, State, 24);                                  \
      MEMSCOPE_WRITE_RANGE(#Name, Result, sizeof(*Result));                    \
    }                                                                          \
    return REAL(Name)(State, Result);                                          \
  }
MEMSCOPE_RAND48_R_INTERCEPTOR(double, drand48_r)
MEMSCOPE_RAND48_R_INTERCEPTOR(long, lrand48_r)
#undef MEMSCOPE_RAND48_R_INTERCEPTOR

// The terminal's name into the program's buffer of L_ctermid (9) bytes.
INTERCEPTOR(char *, ctermid, char *Buf) {
  char *Result = REAL(ctermid)(Buf);
  if (MemscopeInited && Buf && Result)
    MEMSCOPE_WRITE_RANGE("ctermid", Buf, internal_strlen(Buf) + 1);
  return Result;
}

// The string whole (fnmatch measures it first, in every locale) and the
// pattern: whole where it is converted to wide characters (a locale with
// multibyte characters), else its first character (matching stops at the
// first mismatch).
extern "C" uptr __ctype_get_mb_cur_max(); // MB_CUR_MAX
INTERCEPTOR(int, fnmatch, const char *Pattern, const char *S, int Flags) {
  MEMSCOPE_READ_C_STRING("fnmatch", S);
  if (MemscopeInited && Pattern)
    MEMSCOPE_READ_RANGE("fnmatch", Pattern,
                        __ctype_get_mb_cur_max() != 1
                            ? internal_strlen(Pattern) + 1
                            : 1);
  return REAL(fnmatch)(Pattern, S, Flags);
}

// getenv measures the name and compares it with the entries of the
// environment: the one it returns was read up to its '=' (a string handed
// to putenv and freed since is reported here). Before the runtime's
// interceptors exist, the environment is searched here.
extern "C" char **environ;
INTERCEPTOR(char *, getenv, const char *Name) {
  if (UNLIKELY(!REAL(getenv))) {
    uptr Len = internal_strlen(Name);
    for (char **E = environ; E && *E; ++E)
      if (!internal_strncmp(*E, Name, Len) && (*E)[Len] == '=')
        return *E + Len + 1;
    return nullptr;
  }
  if (!MemscopeInited || !Name)
    return REAL(getenv)(Name);
  uptr Len = internal_strlen(Name);
  MEMSCOPE_READ_RANGE("getenv", Name, Len + 1);
  // glibc compares the name with the start of every entry: one that
  // putenv() left pointing into memory freed since is read there.
  for (char **E = environ; E && *E; ++E)
    MEMSCOPE_READ_RANGE("getenv", *E, 1);
  char *Value = REAL(getenv)(Name);
  if (Value)
    MEMSCOPE_READ_RANGE("getenv", Value - Len - 1, Len + 1);
  return Value;
}

// The name up to an '=' (which makes the call fail) or whole; the value
// whole.
namespace {
uptr EnvNameRead(const char *Name) {
  const char *Eq = internal_strchr(Name, '=');
  return Eq ? Eq - Name + 1 : internal_strlen(Name) + 1;
}
} // namespace

INTERCEPTOR(int, setenv, const char *Name, const char *Value, int Overwrite) {
  if (MemscopeInited && Name) {
    MEMSCOPE_READ_RANGE("setenv", Name, EnvNameRead(Name));
    MEMSCOPE_READ_C_STRING("setenv", Value);
  }
  return REAL(setenv)(Name, Value, Overwrite);
}

INTERCEPTOR(int, unsetenv, const char *Name) {
  if (MemscopeInited && Name)
    MEMSCOPE_READ_RANGE("unsetenv", Name, EnvNameRead(Name));
  return REAL(unsetenv)(Name);
}

// The entry up to its '=', or whole (which unsets that name).
INTERCEPTOR(int, putenv, char *String) {
  if (MemscopeInited && String)
    MEMSCOPE_READ_RANGE("putenv", String, EnvNameRead(String));
  return REAL(putenv)(String);
}

// The element count read; lsearch's new element (a copy of the key)
// written after the last, and the count updated.
INTERCEPTOR(void *, lfind, const void *Key, const void *Base, uptr *N,
            uptr Size, int (*Compare)(const void *, const void *)) {
  if (MemscopeInited)
    MEMSCOPE_READ_RANGE("lfind", N, sizeof(*N));
  return REAL(lfind)(Key, Base, N, Size, Compare);
}

INTERCEPTOR(void *, lsearch, const void *Key, void *Base, uptr *N, uptr Size,
            int (*Compare)(const void *, const void *)) {
  if (!MemscopeInited)
    return REAL(lsearch)(Key, Base, N, Size, Compare);
  MEMSCOPE_READ_RANGE("lsearch", N, sizeof(*N));
  uptr Before = *N;
  void *Result = REAL(lsearch)(Key, Base, N, Size, Compare);
  if (*N != Before) {
    MEMSCOPE_WRITE_RANGE("lsearch", N, sizeof(*N));
    MEMSCOPE_READ_RANGE("lsearch", Key, Size);
    MEMSCOPE_WRITE_RANGE("lsearch", static_cast<char *>(Base) + Before * Size,
                         Size);
  }
  return Result;
}

// The user name copied into Buf, padded to L_cuserid bytes.
INTERCEPTOR(char *, cuserid, char *Buf) {
  char *Result = REAL(cuserid)(Buf);
  if (MemscopeInited && Buf)
    MEMSCOPE_WRITE_RANGE("cuserid", Buf, 9); // L_cuserid
  return Result;
}

// stat and its kin: the path whole (the kernel reads it to its
// terminator; sanitizer_common's check it only with strict_string_checks),
// the structure they fill in.
#define MEMSCOPE_STAT_INTERCEPTOR(Name)                                        \
  INTERCEPTOR(int, Name, const char *Path, void *Stat) {                       \
    MEMSCOPE_READ_C_STRING(#Name, Path);                                       \
    if (MemscopeInited)                                                        \
      MEMSCOPE_WRITE_RANGE(#Name, Stat, struct_stat_sz);                       \
    return REAL(Name)(Path, Stat);                                             \
  }
MEMSCOPE_STAT_INTERCEPTOR(stat)
MEMSCOPE_STAT_INTERCEPTOR(lstat)
MEMSCOPE_STAT_INTERCEPTOR(stat64)
MEMSCOPE_STAT_INTERCEPTOR(lstat64)
#undef MEMSCOPE_STAT_INTERCEPTOR

INTERCEPTOR(int, fstatat, int Dir, const char *Path, void *Stat, int Flags) {
  MEMSCOPE_READ_C_STRING("fstatat", Path);
  if (MemscopeInited)
    MEMSCOPE_WRITE_RANGE("fstatat", Stat, struct_stat_sz);
  return REAL(fstatat)(Dir, Path, Stat, Flags);
}

// prctl: a name the kernel copies (PR_SET_NAME: at most 15 bytes, to the
// terminator; PR_SET_VMA's anonymous name whole) or filled in (PR_GET_NAME:
// 16 bytes, checked once the call succeeded, as a null buffer fails); a
// seccomp filter it reads (PR_SET_SECCOMP: the sock_fprog, then its
// instructions); a value it stores through Arg2 (PR_GET_PDEATHSIG and
// PR_GET_CHILD_SUBREAPER: an int, PR_GET_TID_ADDRESS: a pointer) or Arg5
// (PR_SCHED_CORE's cookie). sanitizer_common's prctl checks only some of
// these.
INTERCEPTOR(int, prctl, int Option, unsigned long Arg2, unsigned long Arg3,
            unsigned long Arg4, unsigned long Arg5) {
  constexpr int kGetDeathSignal = 2, kSetName = 15, kGetName = 16,
                kSetSeccomp = 22, kGetSubreaper = 37, kGetTidAddress = 40,
                kSchedCore = 62, kSetVma = 0x53564d41;
  constexpr unsigned long kSeccompFilter = 2;
  struct FilterProgram { // struct sock_fprog
    unsigned short Length;
    const u64 *Instructions; // struct sock_filter, 8 bytes each
  };
  if (MemscopeInited) {
    const char *Arg2Text = reinterpret_cast<const char *>(Arg2);
    auto *Program = reinterpret_cast<const FilterProgram *>(Arg3);
    if (Option == kSetName && Arg2Text)
      MEMSCOPE_READ_RANGE("prctl", Arg2Text,
                          Min<uptr>(internal_strnlen(Arg2Text, 15) + 1, 15));
    else if (Option == kSetVma && Arg2 == 0 && Arg5)
      MEMSCOPE_READ_C_STRING("prctl", reinterpret_cast<const char *>(Arg5));
    else if (Option == kSetSeccomp && Arg2 == kSeccompFilter && Program) {
      MEMSCOPE_READ_RANGE("prctl", Program, sizeof(*Program));
      MEMSCOPE_READ_RANGE("prctl", Program->Instructions,
                          Program->Length * sizeof(u64));
    }
  }
  int Result = REAL(prctl)(Option, Arg2, Arg3, Arg4, Arg5);
  if (!MemscopeInited || Result == -1)
    return Result;
  void *Out = reinterpret_cast<void *>(Arg2);
  if (Option == kGetName)
    MEMSCOPE_WRITE_RANGE("prctl", Out, 16);
  else if (Option == kGetDeathSignal || Option == kGetSubreaper)
    MEMSCOPE_WRITE_RANGE("prctl", Out, sizeof(int));
  else if (Option == kGetTidAddress)
    MEMSCOPE_WRITE_RANGE("prctl", Out, sizeof(void *));
  else if (Option == kSchedCore && Arg2 == 0 && Arg5)
    MEMSCOPE_WRITE_RANGE("prctl", reinterpret_cast<void *>(Arg5), sizeof(u64));
  return Result;
}

#define MEMSCOPE_XATTR_SET(Name, Attr, Value, Size)                            \
  do {                                                                         \
    if (MemscopeInited) {                                                      \
      MEMSCOPE_READ_C_STRING(Name, Attr);                                      \
      MEMSCOPE_READ_RANGE(Name, Value, Size);                                  \
    }                                                                          \
  } while (0)
INTERCEPTOR(int, setxattr, const char *Path, const char *Attr,
            const void *Value, uptr Size, int Flags) {
  MEMSCOPE_READ_C_STRING("setxattr", Path);
  MEMSCOPE_XATTR_SET("setxattr", Attr, Value, Size);
  return REAL(setxattr)(Path, Attr, Value, Size, Flags);
}
INTERCEPTOR(int, lsetxattr, const char *Path, const char *Attr,
            const void *Value, uptr Size, int Flags) {
  MEMSCOPE_READ_C_STRING("lsetxattr", Path);
  MEMSCOPE_XATTR_SET("lsetxattr", Attr, Value, Size);
  return REAL(lsetxattr)(Path, Attr, Value, Size, Flags);
}
INTERCEPTOR(int, fsetxattr, int Fd, const char *Attr, const void *Value,
            uptr Size, int Flags) {
  MEMSCOPE_XATTR_SET("fsetxattr", Attr, Value, Size);
  return REAL(fsetxattr)(Fd, Attr, Value, Size, Flags);
}
#undef MEMSCOPE_XATTR_SET


namespace memscope {
void InitializeExtraInterceptors() {
  INTERCEPT_FUNCTION(wcscpy);
  INTERCEPT_FUNCTION(wcsncpy);
  INTERCEPT_FUNCTION(wcschr);
  INTERCEPT_FUNCTION(wcsrchr);
  INTERCEPT_FUNCTION(wcsstr);
  INTERCEPT_FUNCTION(wcscmp);
  INTERCEPT_FUNCTION(wcsncmp);
  INTERCEPT_FUNCTION(wcsspn);
  INTERCEPT_FUNCTION(wcscspn);
  INTERCEPT_FUNCTION(wcspbrk);
  INTERCEPT_FUNCTION(wmemchr);
  INTERCEPT_FUNCTION(wmemcmp);
  INTERCEPT_FUNCTION(wcpcpy);
  INTERCEPT_FUNCTION(wcpncpy);
  INTERCEPT_FUNCTION(wmempcpy);
  INTERCEPT_FUNCTION(wmemcpy);
  INTERCEPT_FUNCTION(wmemmove);
  INTERCEPT_FUNCTION(wmemset);
  INTERCEPT_FUNCTION(explicit_bzero);
  INTERCEPT_FUNCTION(mbsrtowcs);
  INTERCEPT_FUNCTION(mbstowcs);
  INTERCEPT_FUNCTION(wcsrtombs);
  INTERCEPT_FUNCTION(wcstombs);
  INTERCEPT_FUNCTION(strftime);
  INTERCEPT_FUNCTION(gettimeofday);
  INTERCEPT_FUNCTION(fgetpos);
  INTERCEPT_FUNCTION(fgetpos64);
  INTERCEPT_FUNCTION(fsetpos);
  INTERCEPT_FUNCTION(fsetpos64);
  INTERCEPT_FUNCTION(timespec_get);
  INTERCEPT_FUNCTION(timer_create);
  INTERCEPT_FUNCTION(timer_settime);
  INTERCEPT_FUNCTION(timer_gettime);
  INTERCEPT_FUNCTION(glob);
  INTERCEPT_FUNCTION(glob64);
  INTERCEPT_FUNCTION(getservent_r);
  INTERCEPT_FUNCTION(getservbyname_r);
  INTERCEPT_FUNCTION(getservbyport_r);
  INTERCEPT_FUNCTION(pipe);
  INTERCEPT_FUNCTION(pipe2);
  INTERCEPT_FUNCTION(wcstol);
  INTERCEPT_FUNCTION(wcstoul);
  INTERCEPT_FUNCTION(wcstod);
  INTERCEPT_FUNCTION(strsep);
  INTERCEPT_FUNCTION(memccpy);
  INTERCEPT_FUNCTION(stpncpy);
  INTERCEPT_FUNCTION(swab);
  INTERCEPT_FUNCTION(basename);
  INTERCEPT_FUNCTION(__xpg_basename);
  INTERCEPT_FUNCTION(dirname);
  INTERCEPT_FUNCTION(sigaddset);
  INTERCEPT_FUNCTION(sigdelset);
  INTERCEPT_FUNCTION(sigismember);
  INTERCEPT_FUNCTION(getrlimit);
  INTERCEPT_FUNCTION(getrusage);
  INTERCEPT_FUNCTION(fstat);
  INTERCEPT_FUNCTION(socketpair);
  INTERCEPT_FUNCTION(gethostname);
  INTERCEPT_FUNCTION(nanosleep);
  INTERCEPT_FUNCTION(getdomainname);
  INTERCEPT_FUNCTION(unlink);
  INTERCEPT_FUNCTION(rmdir);
  INTERCEPT_FUNCTION(chdir);
  INTERCEPT_FUNCTION(remove);
  INTERCEPT_FUNCTION(mkdir);
  INTERCEPT_FUNCTION(creat);
  INTERCEPT_FUNCTION(rename);
  INTERCEPT_FUNCTION(chmod);
  INTERCEPT_FUNCTION(mkfifo);
  INTERCEPT_FUNCTION(truncate);
  INTERCEPT_FUNCTION(chown);
  INTERCEPT_FUNCTION(lchown);
  INTERCEPT_FUNCTION(chroot);
  INTERCEPT_FUNCTION(mknod);
  INTERCEPT_FUNCTION(symlink);
  INTERCEPT_FUNCTION(link);
  INTERCEPT_FUNCTION(utime);
  INTERCEPT_FUNCTION(utimes);
  INTERCEPT_FUNCTION(lutimes);
  INTERCEPT_FUNCTION(utimensat);
  INTERCEPT_FUNCTION(futimens);
  INTERCEPT_FUNCTION(setsockopt);
  INTERCEPT_FUNCTION(sendmsg);
  INTERCEPT_FUNCTION(recv);
  INTERCEPT_FUNCTION(recvfrom);
  INTERCEPT_FUNCTION(epoll_ctl);
  INTERCEPT_FUNCTION(fcntl);
  INTERCEPT_FUNCTION(fcntl64);
  INTERCEPT_FUNCTION(sched_setaffinity);
  INTERCEPT_FUNCTION(pthread_setaffinity_np);
  INTERCEPT_FUNCTION(clock_nanosleep);
  INTERCEPT_FUNCTION(strxfrm);
  INTERCEPT_FUNCTION(strxfrm_l);
  INTERCEPT_FUNCTION(__strxfrm_l);
  INTERCEPT_FUNCTION(wcsxfrm);
  INTERCEPT_FUNCTION(wcsxfrm_l);
  INTERCEPT_FUNCTION(__wcsxfrm_l);
  INTERCEPT_FUNCTION(fmemopen);
  INTERCEPT_FUNCTION(fchmodat);
  INTERCEPT_FUNCTION(fchownat);
  INTERCEPT_FUNCTION(mkdirat);
  INTERCEPT_FUNCTION(mkfifoat);
  INTERCEPT_FUNCTION(unlinkat);
  INTERCEPT_FUNCTION(euidaccess);
  INTERCEPT_FUNCTION(symlinkat);
  INTERCEPT_FUNCTION(renameat);
  INTERCEPT_FUNCTION(renameat2);
  INTERCEPT_FUNCTION(linkat);
  INTERCEPT_FUNCTION(statx);
  INTERCEPT_FUNCTION(getdents64);
  INTERCEPT_FUNCTION(memfd_create);
  INTERCEPT_FUNCTION(inotify_add_watch);
  INTERCEPT_FUNCTION(mktemp);
  INTERCEPT_FUNCTION(mkdtemp);
  INTERCEPT_FUNCTION(mkstemps);
  INTERCEPT_FUNCTION(mkostemp);
  INTERCEPT_FUNCTION(mkostemps);
  INTERCEPT_FUNCTION(setrlimit);
  INTERCEPT_FUNCTION(prlimit);
  INTERCEPT_FUNCTION(setgroups);
  INTERCEPT_FUNCTION(sched_setparam);
  INTERCEPT_FUNCTION(sched_setscheduler);
  INTERCEPT_FUNCTION(sched_rr_get_interval);
  INTERCEPT_FUNCTION(sigsuspend);
  INTERCEPT_FUNCTION(signalfd);
  INTERCEPT_FUNCTION(sigaltstack);
  INTERCEPT_FUNCTION(tcsetattr);
  INTERCEPT_FUNCTION(cfsetispeed);
  INTERCEPT_FUNCTION(cfsetospeed);
  INTERCEPT_FUNCTION(cfsetspeed);
  INTERCEPT_FUNCTION(cfgetispeed);
  INTERCEPT_FUNCTION(cfgetospeed);
  INTERCEPT_FUNCTION(cfmakeraw);
  INTERCEPT_FUNCTION(erand48);
  INTERCEPT_FUNCTION(nrand48);
  INTERCEPT_FUNCTION(jrand48);
  INTERCEPT_FUNCTION(seed48);
  INTERCEPT_FUNCTION(lcong48);
  INTERCEPT_FUNCTION(herror);
  INTERCEPT_FUNCTION(inet_network);
  INTERCEPT_FUNCTION(nan);
  INTERCEPT_FUNCTION(a64l);
  INTERCEPT_FUNCTION(secure_getenv);
  INTERCEPT_FUNCTION(shm_unlink);
  INTERCEPT_FUNCTION(getservbyname);
  INTERCEPT_FUNCTION(psignal);
  INTERCEPT_FUNCTION(shm_open);
  INTERCEPT_FUNCTION(inet_pton);
  INTERCEPT_FUNCTION(inet_ntop);
  INTERCEPT_FUNCTION(inet_aton);
  INTERCEPT_FUNCTION(strptime);
  INTERCEPT_FUNCTION(open_memstream);
  INTERCEPT_FUNCTION(open_wmemstream);
  INTERCEPT_FUNCTION(perror);
  INTERCEPT_FUNCTION(mkstemp);
  INTERCEPT_FUNCTION(open);
  INTERCEPT_FUNCTION(openat);
  INTERCEPT_FUNCTION(strcoll);
  INTERCEPT_FUNCTION(strverscmp);
  INTERCEPT_FUNCTION(memfrob);
  INTERCEPT_FUNCTION(strfry);
  INTERCEPT_FUNCTION(inet_addr);
  INTERCEPT_FUNCTION(timegm);
  INTERCEPT_FUNCTION(wcsftime);
  INTERCEPT_FUNCTION(wcscoll);
  INTERCEPT_FUNCTION(ecvt_r);
  INTERCEPT_FUNCTION(fcvt_r);
  INTERCEPT_FUNCTION(qecvt_r);
  INTERCEPT_FUNCTION(gcvt);
  INTERCEPT_FUNCTION(getgrouplist);
  INTERCEPT_FUNCTION(random_r);
  INTERCEPT_FUNCTION(drand48_r);
  INTERCEPT_FUNCTION(lrand48_r);
  INTERCEPT_FUNCTION(ctermid);
  INTERCEPT_FUNCTION(wcscasecmp);
  INTERCEPT_FUNCTION(setxattr);
  INTERCEPT_FUNCTION(lsetxattr);
  INTERCEPT_FUNCTION(fsetxattr);
  INTERCEPT_FUNCTION(mbrtowc);
  INTERCEPT_FUNCTION(mbtowc);
  INTERCEPT_FUNCTION(mblen);
  INTERCEPT_FUNCTION(fputws);
  INTERCEPT_FUNCTION(fgetws);
  INTERCEPT_FUNCTION(fgets_unlocked);
  INTERCEPT_FUNCTION(fputs_unlocked);
  INTERCEPT_FUNCTION(fread_unlocked);
  INTERCEPT_FUNCTION(fwrite_unlocked);
  INTERCEPT_FUNCTION(rawmemchr);
  INTERCEPT_FUNCTION(select);
  INTERCEPT_FUNCTION(connect);
  INTERCEPT_FUNCTION(bind);
  INTERCEPT_FUNCTION(sendto);
  INTERCEPT_FUNCTION(send);
  INTERCEPT_FUNCTION(epoll_wait);
  INTERCEPT_FUNCTION(wcstok);
  INTERCEPT_FUNCTION(fnmatch);
  INTERCEPT_FUNCTION(getenv);
  INTERCEPT_FUNCTION(setenv);
  INTERCEPT_FUNCTION(unsetenv);
  INTERCEPT_FUNCTION(putenv);
  INTERCEPT_FUNCTION(lfind);
  INTERCEPT_FUNCTION(lsearch);
  INTERCEPT_FUNCTION(cuserid);
  INTERCEPT_FUNCTION(stat);
  INTERCEPT_FUNCTION(lstat);
  INTERCEPT_FUNCTION(stat64);
  INTERCEPT_FUNCTION(lstat64);
  INTERCEPT_FUNCTION(fstatat);
  INTERCEPT_FUNCTION(prctl);
}
} // namespace memscope
