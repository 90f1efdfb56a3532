//===- memscope_interceptors.h - helpers shared by the interceptors -*- C++ -*-===//
//
// The range check every interceptor of a libc function that reads or writes
// user memory performs before (or, for string lengths, right after) doing its
// work. The stack of a report is taken in the interceptor's own frame, so
// frame #0 is the libc function's name and frame #1 the user's call.
//
// See also: memscope_interceptors.cpp, memscope_interceptors_memintrinsics.cpp.
//===----------------------------------------------------------------------===//
#ifndef MEMSCOPE_INTERCEPTORS_H
#define MEMSCOPE_INTERCEPTORS_H

#include "memscope_internal.h"
#include "memscope_mapping.h"
#include "memscope_report.h"
#include "memscope_stack.h"

#include "interception/interception.h"
#include "sanitizer_common/sanitizer_platform_limits_posix.h"

// The start of a checking interceptor: before initialisation libc's
// functions are not known yet (InternalCall, sanitizer_common's own), and a
// leak-only build checks nothing (RealCall, libc's).
#define MEMSCOPE_UNCHECKED_RETURN(InternalCall, RealCall)                      \
  if (UNLIKELY(!::memscope::MemscopeInited))                                   \
    return InternalCall;                                                       \
  if (::memscope::LeakOnlyBuild)                                               \
  return RealCall

#define MEMSCOPE_CHECK_RANGE(Function, Addr, Size, IsWrite)                    \
  do {                                                                         \
    uptr Beg_ = reinterpret_cast<uptr>(Addr);                                  \
    uptr Size_ = (Size);                                                       \
    if (::memscope::LeakOnlyBuild ||                                           \
        ::memscope::ShortRangeIsClean(Beg_, Size_))                            \
      break;                                                                   \
    if (UNLIKELY(Beg_ + Size_ < Beg_)) { /* a negative size, cast */           \
      MEMSCOPE_STACK_FATAL_HERE;                                               \
      ::memscope::ReportNegativeSizeParam(Beg_, Size_, &stack);                \
      break;                                                                   \
    }                                                                          \
    if (uptr Bad_ = ::memscope::FindPoisonedByte(Beg_, Size_)) {               \
      MEMSCOPE_STACK_FATAL_HERE;                                               \
      ::memscope::ReportRangeError(Function, Size_, IsWrite, Bad_, &stack);    \
    }                                                                          \
  } while (0)
#define MEMSCOPE_READ_RANGE(Function, Addr, Size)                              \
  MEMSCOPE_CHECK_RANGE(Function, Addr, Size, false)
#define MEMSCOPE_WRITE_RANGE(Function, Addr, Size)                             \
  MEMSCOPE_CHECK_RANGE(Function, Addr, Size, true)

// The same when the runtime is up and P is not null (an optional argument).
#define MEMSCOPE_CHECK_IF(Function, P, Size, IsWrite)                          \
  do {                                                                         \
    if (::memscope::MemscopeInited && (P))                                     \
      MEMSCOPE_CHECK_RANGE(Function, P, Size, IsWrite);                        \
  } while (0)
#define MEMSCOPE_READ_IF(Function, P, Size)                                    \
  MEMSCOPE_CHECK_IF(Function, P, Size, false)
#define MEMSCOPE_WRITE_IF(Function, P, Size)                                   \
  MEMSCOPE_CHECK_IF(Function, P, Size, true)
// A terminated string a call reads whole (a path, a name, a pattern).
#define MEMSCOPE_READ_C_STRING(Function, S)                                    \
  do {                                                                         \
    const char *String_ = (S);                                                 \
    if (::memscope::MemscopeInited && String_)                                 \
      MEMSCOPE_READ_RANGE(Function, String_, internal_strlen(String_) + 1);    \
  } while (0)

// Overlapping source and destination ranges of string functions (strcpy(p,
// p) included, as ASan reports it).
#define MEMSCOPE_CHECK_OVERLAP(Function, Dst, DstSize, Src, SrcSize)           \
  MEMSCOPE_CHECK_OVERLAP_IF(true, Function, Dst, DstSize, Src, SrcSize)
// The same for memcpy-like functions, where a copy onto itself is allowed
// (compilers make one of a struct's self-assignment; ASan allows it too).
#define MEMSCOPE_CHECK_COPY_OVERLAP(Function, Dst, Size, Src)                  \
  MEMSCOPE_CHECK_OVERLAP_IF((Dst) != (Src), Function, Dst, Size, Src, Size)
#define MEMSCOPE_CHECK_OVERLAP_IF(Cond, Function, Dst, DstSize, Src, SrcSize)  \
  do {                                                                         \
    uptr D_ = reinterpret_cast<uptr>(Dst), S_ = reinterpret_cast<uptr>(Src);   \
    uptr DS_ = (DstSize), SS_ = (SrcSize);                                     \
    if ((Cond) && DS_ && SS_ && D_ < S_ + SS_ && S_ < D_ + DS_) {              \
      MEMSCOPE_STACK_FATAL_HERE;                                               \
      ::memscope::ReportMemcpyParamOverlap(Function, D_, DS_, S_, SS_,         \
                                           &stack);                            \
    }                                                                          \
  } while (0)

// A stdio stream a call uses. glibc reads the FILE first, which fclose
// freed if the program closed the stream; and the call may read or write
// any byte of the stream's buffer, which must outlive the stream's use: a
// buffer the program gave it (setvbuf, setbuf, setbuffer), or the stream's
// own, which a program may free behind its back (open_memstream's).
#define MEMSCOPE_CHECK_STREAM(Function, Stream)                                \
  do {                                                                         \
    auto *File_ = static_cast<const __sanitizer::__sanitizer_FILE *>(Stream);  \
    if (!File_ || ::memscope::LeakOnlyBuild)                                   \
      break;                                                                   \
    MEMSCOPE_READ_RANGE(Function, File_, sizeof(File_->_flags));               \
    uptr Buffer_;                                                              \
    if (uptr BufferSize_ = ::memscope::StreamBufferToCheck(File_, &Buffer_))   \
      MEMSCOPE_WRITE_RANGE(Function, Buffer_, BufferSize_);                    \
  } while (0)

// glibc's standard streams (stdio.h is not the runtime's to include).
extern "C" __sanitizer::__sanitizer_FILE *stdin, *stdout;

namespace memscope {
// glibc's own buffer of stream F, [*Beg, *Beg + result), when its first
// byte is poisoned while the stream is locked (another thread may be
// growing it: a memory stream frees the old buffer before it stores the
// new one); 0 otherwise (memscope_stdio.cpp).
uptr FreedOwnStreamBuffer(const __sanitizer::__sanitizer_FILE *F, uptr *Beg);

// The bytes of glibc's stream F's buffer a call must check, from *Beg,
// when some of it is no longer the stream's to use: a buffer the program
// gave it (_IO_USER_BUF without _IO_UNBUFFERED, whose buffer is a byte of
// the FILE) when its first or last byte is poisoned (a freed block or a
// returned frame is poisoned whole; setvbuf checked it whole when it was
// given, and a call on the stream costs two shadow reads however large it
// is); glibc's own (a block of memscope's heap) when it was freed; else 0.
inline uptr StreamBufferToCheck(const __sanitizer::__sanitizer_FILE *F,
                                uptr *Beg) {
  constexpr unsigned kMagicMask = 0xffff0000, kMagic = 0xfbad0000;
  constexpr unsigned kUserBuffer = 1, kUnbuffered = 2;
  unsigned Flags = static_cast<unsigned>(F->_flags);
  *Beg = reinterpret_cast<uptr>(F->_IO_buf_base);
  uptr End = reinterpret_cast<uptr>(F->_IO_buf_end);
  if ((Flags & kMagicMask) != kMagic || !*Beg || End <= *Beg)
    return 0;
  if ((Flags & kUserBuffer) && !(Flags & kUnbuffered))
    return AddressIsPoisoned(*Beg) || AddressIsPoisoned(End - 1) ? End - *Beg
                                                                 : 0;
  return AddressIsPoisoned(*Beg) ? FreedOwnStreamBuffer(F, Beg) : 0;
}

void InitializeMemintrinsicInterceptors();
// sigaction/signal, _exit, the exec family (memscope_termination.cpp).
void InitializeTerminationInterceptors();
// sanitizer_common's interceptors (memscope_common_interceptors.cpp).
void InitializeCommonInterceptors();
// Calls neither ASan nor sanitizer_common checks
// (memscope_interceptors_extra.cpp).
void InitializeExtraInterceptors();
// The printf family (memscope_printf.cpp).
void InitializePrintfInterceptors();
// The scanf family (memscope_scanf.cpp).
void InitializeScanfInterceptors();
// The pthread functions' locks and attributes (memscope_sync.cpp).
void InitializeSyncInterceptors();
// _FORTIFY_SOURCE's reading entry points (memscope_fortify.cpp).
void InitializeFortifyInterceptors();
// The stdio calls that use a stream (memscope_stdio.cpp).
void InitializeStdioInterceptors();
// More calls only Valgrind checked (memscope_interceptors_system.cpp).
void InitializeSystemInterceptors();
// The length of S, at most N, read without calling libc.
uptr WideLength(const wchar_t *S, uptr N);
// The first byte of [S, S+N) equal to C converted to unsigned char, as
// memchr finds it (internal_memchr compares a signed char with the int),
// without calling libc; null if none.
inline const void *FindByte(const void *S, int C, uptr N) {
  const unsigned char *P = static_cast<const unsigned char *>(S);
  for (uptr I = 0; I < N; ++I)
    if (P[I] == static_cast<unsigned char>(C))
      return P + I;
  return nullptr;
}
// The bytes strcmp-like functions read from each argument: up to and
// including the first difference or terminator (at most N).
uptr ComparedLength(const char *A, const char *B, uptr N);
} // namespace memscope

#endif // MEMSCOPE_INTERCEPTORS_H
