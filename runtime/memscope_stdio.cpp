//===- memscope_stdio.cpp - the stdio calls that use a stream -------------===//
//
// Every call that reads or writes through a stdio stream reads glibc's FILE
// first, and may fill or drain the stream's buffer. Two errors live there
// that neither ASan nor sanitizer_common's interceptors see, and Valgrind
// reports from inside libc:
//   - a stream used after fclose, which freed its FILE (memscope used to
//     report only the buffer the dead stream then allocated, as a leak);
//   - a buffer given to setvbuf, setbuf or setbuffer that the program freed,
//     or that was a local array of a function that has returned, while the
//     stream still uses it.
// Each interceptor here checks both (MEMSCOPE_CHECK_STREAM) before the call,
// and what the call reads or writes of the program's arguments as
// sanitizer_common's versions of fputs, puts, fwrite, fread, fgets, fflush
// and getline do (which memscope_common_interceptors.cpp turns off); the
// byte-at-a-time calls, positioning and status calls have no other check.
// The printf and scanf families, the wide and the _unlocked calls check
// their stream in their own files.
//
// See also: memscope_interceptors.h (MEMSCOPE_CHECK_STREAM),
// test/Runtime/libc/stream-lifetime.c.
//===----------------------------------------------------------------------===//
#include "memscope_interceptors.h"

using namespace memscope;
using namespace __sanitizer;

extern "C" void flockfile(void *Stream);
extern "C" void funlockfile(void *Stream);

namespace memscope {
uptr FreedOwnStreamBuffer(const __sanitizer_FILE *F, uptr *Beg) {
  auto *Stream = const_cast<__sanitizer_FILE *>(F);
  flockfile(Stream);
  *Beg = reinterpret_cast<uptr>(F->_IO_buf_base);
  uptr End = reinterpret_cast<uptr>(F->_IO_buf_end);
  uptr Size = *Beg && End > *Beg && AddressIsPoisoned(*Beg) ? End - *Beg : 0;
  funlockfile(Stream);
  return Size;
}
} // namespace memscope

// Before the runtime is up, and in leak-only builds, straight to libc.
#define MEMSCOPE_STDIO_ENTER(RealCall)                                         \
  if (UNLIKELY(!MemscopeInited) || LeakOnlyBuild)                              \
  return RealCall

// --- writing ---------------------------------------------------------------------

INTERCEPTOR(int, fputs, const char *S, __sanitizer_FILE *F) {
  MEMSCOPE_STDIO_ENTER(REAL(fputs)(S, F));
  MEMSCOPE_READ_RANGE("fputs", S, internal_strlen(S) + 1);
  MEMSCOPE_CHECK_STREAM("fputs", F);
  return REAL(fputs)(S, F);
}

INTERCEPTOR(int, puts, const char *S) {
  MEMSCOPE_STDIO_ENTER(REAL(puts)(S));
  MEMSCOPE_READ_RANGE("puts", S, internal_strlen(S) + 1);
  MEMSCOPE_CHECK_STREAM("puts", stdout);
  return REAL(puts)(S);
}

// The items written, once written.
INTERCEPTOR(uptr, fwrite, const void *P, uptr Size, uptr N,
            __sanitizer_FILE *F) {
  MEMSCOPE_STDIO_ENTER(REAL(fwrite)(P, Size, N, F));
  MEMSCOPE_CHECK_STREAM("fwrite", F);
  uptr Items = REAL(fwrite)(P, Size, N, F);
  if (Items)
    MEMSCOPE_READ_RANGE("fwrite", P, Items * Size);
  return Items;
}

#define MEMSCOPE_PUT_CHAR_INTERCEPTOR(Name)                                    \
  INTERCEPTOR(int, Name, int C, __sanitizer_FILE *F) {                         \
    MEMSCOPE_STDIO_ENTER(REAL(Name)(C, F));                                    \
    MEMSCOPE_CHECK_STREAM(#Name, F);                                           \
    return REAL(Name)(C, F);                                                   \
  }
MEMSCOPE_PUT_CHAR_INTERCEPTOR(fputc)
MEMSCOPE_PUT_CHAR_INTERCEPTOR(putc)
MEMSCOPE_PUT_CHAR_INTERCEPTOR(_IO_putc)
MEMSCOPE_PUT_CHAR_INTERCEPTOR(ungetc)
#undef MEMSCOPE_PUT_CHAR_INTERCEPTOR

INTERCEPTOR(int, putchar, int C) {
  MEMSCOPE_STDIO_ENTER(REAL(putchar)(C));
  MEMSCOPE_CHECK_STREAM("putchar", stdout);
  return REAL(putchar)(C);
}

// A null stream flushes them all: none is checked.
INTERCEPTOR(int, fflush, __sanitizer_FILE *F) {
  MEMSCOPE_STDIO_ENTER(REAL(fflush)(F));
  MEMSCOPE_CHECK_STREAM("fflush", F);
  return REAL(fflush)(F);
}

// --- reading ---------------------------------------------------------------------

// The items read, once read (the common code's order: a report names what
// the call filled).
INTERCEPTOR(uptr, fread, void *P, uptr Size, uptr N, __sanitizer_FILE *F) {
  MEMSCOPE_STDIO_ENTER(REAL(fread)(P, Size, N, F));
  MEMSCOPE_CHECK_STREAM("fread", F);
  uptr Items = REAL(fread)(P, Size, N, F);
  if (Items)
    MEMSCOPE_WRITE_RANGE("fread", P, Items * Size);
  return Items;
}

// The line read and its terminator.
INTERCEPTOR(char *, fgets, char *S, int Size, __sanitizer_FILE *F) {
  MEMSCOPE_STDIO_ENTER(REAL(fgets)(S, Size, F));
  MEMSCOPE_CHECK_STREAM("fgets", F);
  char *Result = REAL(fgets)(S, Size, F);
  if (Result)
    MEMSCOPE_WRITE_RANGE("fgets", S, internal_strlen(S) + 1);
  return Result;
}

// The line's pointer and size, and the line and its terminator, once
// read (glibc allocates or grows the line with memscope's realloc).
#define MEMSCOPE_CHECK_LINE(Name, Line, Size, Got)                             \
  do {                                                                         \
    if ((Got) > 0) {                                                           \
      MEMSCOPE_WRITE_RANGE(Name, Line, sizeof(*(Line)));                       \
      MEMSCOPE_WRITE_RANGE(Name, Size, sizeof(*(Size)));                       \
      MEMSCOPE_WRITE_RANGE(Name, *(Line), (Got) + 1);                          \
    }                                                                          \
  } while (0)

INTERCEPTOR(sptr, getline, char **Line, uptr *Size, __sanitizer_FILE *F) {
  MEMSCOPE_STDIO_ENTER(REAL(getline)(Line, Size, F));
  MEMSCOPE_CHECK_STREAM("getline", F);
  sptr Got = REAL(getline)(Line, Size, F);
  MEMSCOPE_CHECK_LINE("getline", Line, Size, Got);
  return Got;
}

#define MEMSCOPE_GETDELIM_INTERCEPTOR(Name)                                    \
  INTERCEPTOR(sptr, Name, char **Line, uptr *Size, int Delim,                  \
              __sanitizer_FILE *F) {                                           \
    MEMSCOPE_STDIO_ENTER(REAL(Name)(Line, Size, Delim, F));                    \
    MEMSCOPE_CHECK_STREAM(#Name, F);                                           \
    sptr Got = REAL(Name)(Line, Size, Delim, F);                               \
    MEMSCOPE_CHECK_LINE(#Name, Line, Size, Got);                               \
    return Got;                                                                \
  }
MEMSCOPE_GETDELIM_INTERCEPTOR(getdelim)
MEMSCOPE_GETDELIM_INTERCEPTOR(__getdelim)
#undef MEMSCOPE_GETDELIM_INTERCEPTOR
#undef MEMSCOPE_CHECK_LINE

// --- one stream, nothing else of the program's -------------------------------------

#define MEMSCOPE_STREAM_INTERCEPTOR(Ret, Name)                                 \
  INTERCEPTOR(Ret, Name, __sanitizer_FILE *F) {                                \
    MEMSCOPE_STDIO_ENTER(REAL(Name)(F));                                       \
    MEMSCOPE_CHECK_STREAM(#Name, F);                                           \
    return REAL(Name)(F);                                                      \
  }
MEMSCOPE_STREAM_INTERCEPTOR(int, fgetc)
MEMSCOPE_STREAM_INTERCEPTOR(int, getc)
MEMSCOPE_STREAM_INTERCEPTOR(int, _IO_getc)
MEMSCOPE_STREAM_INTERCEPTOR(int, feof)
MEMSCOPE_STREAM_INTERCEPTOR(int, ferror)
MEMSCOPE_STREAM_INTERCEPTOR(void, clearerr)
MEMSCOPE_STREAM_INTERCEPTOR(int, fileno)
MEMSCOPE_STREAM_INTERCEPTOR(long, ftell)
MEMSCOPE_STREAM_INTERCEPTOR(s64, ftello)
MEMSCOPE_STREAM_INTERCEPTOR(s64, ftello64)
MEMSCOPE_STREAM_INTERCEPTOR(void, rewind)
#undef MEMSCOPE_STREAM_INTERCEPTOR

INTERCEPTOR(int, getchar) {
  MEMSCOPE_STDIO_ENTER(REAL(getchar)());
  MEMSCOPE_CHECK_STREAM("getchar", stdin);
  return REAL(getchar)();
}

#define MEMSCOPE_SEEK_INTERCEPTOR(Name, OffsetT)                               \
  INTERCEPTOR(int, Name, __sanitizer_FILE *F, OffsetT Offset, int Whence) {    \
    MEMSCOPE_STDIO_ENTER(REAL(Name)(F, Offset, Whence));                       \
    MEMSCOPE_CHECK_STREAM(#Name, F);                                           \
    return REAL(Name)(F, Offset, Whence);                                      \
  }
MEMSCOPE_SEEK_INTERCEPTOR(fseek, long)
MEMSCOPE_SEEK_INTERCEPTOR(fseeko, s64)
MEMSCOPE_SEEK_INTERCEPTOR(fseeko64, s64)
#undef MEMSCOPE_SEEK_INTERCEPTOR

#undef MEMSCOPE_STDIO_ENTER

namespace memscope {
void InitializeStdioInterceptors() {
  INTERCEPT_FUNCTION(fputs);
  INTERCEPT_FUNCTION(puts);
  INTERCEPT_FUNCTION(fwrite);
  INTERCEPT_FUNCTION(fputc);
  INTERCEPT_FUNCTION(putc);
  INTERCEPT_FUNCTION(_IO_putc);
  INTERCEPT_FUNCTION(ungetc);
  INTERCEPT_FUNCTION(putchar);
  INTERCEPT_FUNCTION(fflush);
  INTERCEPT_FUNCTION(fread);
  INTERCEPT_FUNCTION(fgets);
  INTERCEPT_FUNCTION(getline);
  INTERCEPT_FUNCTION(getdelim);
  INTERCEPT_FUNCTION(__getdelim);
  INTERCEPT_FUNCTION(fgetc);
  INTERCEPT_FUNCTION(getc);
  INTERCEPT_FUNCTION(_IO_getc);
  INTERCEPT_FUNCTION(feof);
  INTERCEPT_FUNCTION(ferror);
  INTERCEPT_FUNCTION(clearerr);
  INTERCEPT_FUNCTION(fileno);
  INTERCEPT_FUNCTION(ftell);
  INTERCEPT_FUNCTION(ftello);
  INTERCEPT_FUNCTION(ftello64);
  INTERCEPT_FUNCTION(rewind);
  INTERCEPT_FUNCTION(getchar);
  INTERCEPT_FUNCTION(fseek);
  INTERCEPT_FUNCTION(fseeko);
  INTERCEPT_FUNCTION(fseeko64);
}
} // namespace memscope
