//===- memscope_printf.cpp - the printf family, each conversion checked ---===//
//
// printf and its relatives read the format, a string for each %s and write
// an integer for each %n; the sprintf family writes its result. memscope
// reads the format itself, as glibc will, and checks each argument that is
// memory: sanitizer_common's common code (which ASan uses) checks nothing
// for a starred precision (`%.*s`, the usual way to print a slice) nor for
// a wide string (`%ls`, `%S`), and leaves out the _FORTIFY_SOURCE entry
// points (__printf_chk and its kin, which glibc's headers call instead of
// printf in fortified builds). The wide family (wprintf, swprintf) is read
// with the same walker.
//
// What a string conversion reads, as glibc reads it:
//   - no precision: the string and its terminator;
//   - a precision, a string of the output's width (%s in printf, %ls in
//     wprintf): up to the terminator or the precision, whichever comes
//     first, as strnlen;
//   - a precision, a string of the other width (converted character by
//     character, %ls in printf, %s in wprintf): the characters the output
//     certainly had room for. An ASCII character makes one of the output's;
//     the width of any other depends on the locale, so the walk counts it
//     read and stops there. Without a precision the conversion stops at a
//     character the locale cannot convert, so the walk stops at the first
//     that is not ASCII there too. What is checked was read; what is not,
//     might not have been.
// A format memscope cannot follow to the end (positional arguments,
// `%1$s`; a conversion it does not know, such as one a program registered)
// is checked up to there.
//
// See also: memscope_common_interceptors.cpp (the rest of the libc calls),
// test/Runtime/libc/printf-args.c.
//===----------------------------------------------------------------------===//
#include "memscope_flags.h"
#include "memscope_interceptors.h"

#include <stdarg.h>

using namespace memscope;
using namespace __sanitizer;

namespace {

// Whether printf's checks run: not before start-up, nor in a leak-only
// build, nor with check_printf=0.
bool Checking() {
  return MemscopeInited && !LeakOnlyBuild && flags()->check_printf;
}

uptr Length(const char *S, uptr Max) { return internal_strnlen(S, Max); }
uptr Length(const wchar_t *S, uptr Max) { return WideLength(S, Max); }
constexpr uptr kUnbounded = ~static_cast<uptr>(0);

// The bytes a string conversion reads of S; Precision < 0: none given.
// SameWidth: S's characters are the output's (see the header).
template <typename CharT>
uptr StringRead(const CharT *S, sptr Precision, bool SameWidth) {
  if (SameWidth) {
    uptr Max = Precision < 0 ? kUnbounded : static_cast<uptr>(Precision);
    uptr N = Length(S, Max);
    return (N < Max ? N + 1 : N) * sizeof(CharT);
  }
  uptr I = 0;
  for (sptr Out = 0; Precision < 0 || Out < Precision; ++Out) {
    auto C = static_cast<u32>(S[I++]);
    if (C == 0 || C >= 0x80)
      break;
  }
  return I * sizeof(CharT);
}

// Whether A is in a freed heap block, a returned frame or a variable out
// of scope.
bool PointsIntoDeadMemory(uptr A) {
  if (!AddrIsInMem(A))
    return false;
  u8 Shadow = static_cast<u8>(*ShadowByte(A));
  return Shadow == MEMSCOPE_MAGIC_HEAP_FREED ||
         Shadow == MEMSCOPE_MAGIC_STACK_AFTER_RETURN ||
         Shadow == MEMSCOPE_MAGIC_STACK_USE_AFTER_SCOPE;
}

bool IsDigit(u32 C) { return C >= '0' && C <= '9'; }

// Whether P starts an argument's position (`2$` in `%2$s`).
template <typename CharT> bool AtPosition(const CharT *P) {
  const CharT *Start = P;
  while (IsDigit(*P))
    ++P;
  return P != Start && *P == '$';
}

bool IsFlag(u32 C) {
  return C == '-' || C == '+' || C == ' ' || C == '#' || C == '0' ||
         C == '\'' || C == 'I';
}

// The size %n writes, by its length modifier (H: how many 'h', L: 'l';
// Wide: a 64-bit modifier, glibc's %Ln included).
uptr CountSize(int H, int L, bool Wide) {
  if (H == 2)
    return 1;
  if (H == 1)
    return 2;
  return L || Wide ? 8 : 4;
}

// One conversion of a format, as parsed.
struct Conversion {
  u32 Kind;        // 'd', 's', ...; 0 where the format ended
  sptr Precision;  // -1: none given
  int H, L;        // how many 'h' and 'l' modifiers
  bool LongDouble; // 'L'
  bool Wide;       // 'j', 'z', 'Z', 't' or 'q': a 64-bit integer
};

// Parses the conversion after a '%' at P (and moves P past it), taking a
// starred width and precision from Ap; false if the walk cannot follow it
// (an argument's position: `%2$s`, `%*3$d`).
template <typename CharT>
bool ParseConversion(const CharT *&P, va_list *Ap, Conversion *C) {
  *C = {};
  C->Precision = -1;
  if (AtPosition(P))
    return false;
  while (IsFlag(*P))
    ++P;
  if (*P == '*') {
    if (AtPosition(++P))
      return false;
    (void)va_arg(*Ap, int);
  }
  while (IsDigit(*P))
    ++P;
  if (*P == '.') {
    C->Precision = 0;
    if (*++P == '*') {
      if (AtPosition(++P))
        return false;
      int Starred = va_arg(*Ap, int);
      C->Precision = Starred < 0 ? -1 : Starred; // negative: none given
    }
    while (IsDigit(*P))
      C->Precision = C->Precision * 10 + (*P++ - '0');
  }
  for (;; ++P) {
    if (*P == 'h')
      ++C->H;
    else if (*P == 'l')
      ++C->L;
    else if (*P == 'L')
      C->LongDouble = true;
    else if (*P == 'j' || *P == 'z' || *P == 'Z' || *P == 't' || *P == 'q')
      C->Wide = true;
    else
      break;
  }
  C->Kind = static_cast<u32>(*P);
  if (*P)
    ++P;
  return true;
}

// Takes C's argument from Ap and checks the memory it reads or writes, in
// a format of CharT; false for a conversion the walk does not know (or the
// format's end).
template <typename CharT>
bool CheckArgument(const char *Name, const Conversion &C, va_list *Ap) {
  switch (C.Kind) {
  case 'd': case 'i': case 'o': case 'u': case 'x': case 'X': case 'b':
  case 'B':
    if (C.L || C.Wide || C.LongDouble) // glibc reads %Ld as %lld
      (void)va_arg(*Ap, long long);
    else
      (void)va_arg(*Ap, int);
    return true;
  case 'c': case 'C': // a character, or a wint_t
    (void)va_arg(*Ap, int);
    return true;
  case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'a':
  case 'A':
    if (C.LongDouble)
      (void)va_arg(*Ap, long double);
    else
      (void)va_arg(*Ap, double);
    return true;
  case 'p':
    (void)va_arg(*Ap, void *);
    return true;
  case 'm': // strerror(errno): no argument
  case '%': // `%5%` prints '%' too
    return true;
  case 'n':
    if (void *Count = va_arg(*Ap, void *))
      MEMSCOPE_WRITE_RANGE(Name, Count,
                           CountSize(C.H, C.L, C.Wide || C.LongDouble));
    return true;
  case 's':
  case 'S': {
    bool WideString = C.L || C.Kind == 'S';
    void *S = va_arg(*Ap, void *);
    if (!S) // glibc prints "(null)"
      return true;
    bool SameWidth = WideString == (sizeof(CharT) == sizeof(wchar_t));
    uptr Read =
        WideString
            ? StringRead(static_cast<const wchar_t *>(S), C.Precision,
                         SameWidth)
            : StringRead(static_cast<const char *>(S), C.Precision, SameWidth);
    // At precision 0 glibc reads nothing, but a pointer into a freed block
    // or a dead frame is a dangling one all the same (ASan checks the whole
    // string there). One just past an array's end is not.
    if (!Read && PointsIntoDeadMemory(reinterpret_cast<uptr>(S)))
      Read = 1;
    MEMSCOPE_READ_RANGE(Name, S, Read);
    return true;
  }
  default:
    return false;
  }
}

// Checks Format and the arguments its conversions read or write, if
// printf's checks run; Name is the function the report names. Args is left
// as it was.
template <typename CharT>
void CheckFormatArgs(const char *Name, const CharT *Format, va_list Args) {
  if (!Checking() || !Format)
    return;
  MEMSCOPE_READ_RANGE(Name, Format,
                      (Length(Format, kUnbounded) + 1) * sizeof(CharT));
  va_list Ap;
  va_copy(Ap, Args);
  for (const CharT *P = Format; *P;) {
    if (*P++ != '%')
      continue;
    if (*P == '%') {
      ++P;
      continue;
    }
    Conversion C;
    if (!ParseConversion(P, &Ap, &C) || !CheckArgument<CharT>(Name, C, &Ap))
      break;
  }
  va_end(Ap);
}

// What the sprintf family wrote into Dst, if printf's checks run: the
// result and its terminator (Result: its length, < 0 on failure, when
// Filled characters were written), at most Room characters.
template <typename CharT>
void CheckWritten(const char *Name, CharT *Dst, int Result, uptr Room,
                  uptr Filled = 0) {
  uptr Chars = Result < 0 ? Filled : static_cast<uptr>(Result) + 1;
  Chars = Min(Chars, Room);
  if (Chars && Checking())
    MEMSCOPE_WRITE_RANGE(Name, Dst, Chars * sizeof(CharT));
}

// The asprintf family writes where its result is (the result is glibc's).
void CheckResultPointer(const char *Name, char **Out) {
  if (Checking())
    MEMSCOPE_WRITE_RANGE(Name, Out, sizeof(*Out));
}

} // namespace

// The body of a variadic interceptor: its arguments as a va_list, checked
// against Format, then Call (its va_list twin's, given Args), whose value
// is Result.
#define MEMSCOPE_VARIADIC(Name, Call)                                          \
  va_list Args;                                                                \
  va_start(Args, Format);                                                      \
  CheckFormatArgs(Name, Format, Args);                                         \
  int Result = Call;                                                           \
  va_end(Args)

// Each interceptor checks the arguments, then calls glibc's va_list
// function of the same kind: a _chk one for a _chk one, so that
// _FORTIFY_SOURCE's own checks still run, except where the call writes the
// program's buffer: there memscope's report, which names the block, comes
// instead of _FORTIFY_SOURCE's abort (as ASan's does).

// --- to a stream or descriptor -----------------------------------------------

INTERCEPTOR(int, vprintf, const char *Format, va_list Args) {
  CheckFormatArgs("vprintf", Format, Args);
  return REAL(vprintf)(Format, Args);
}

INTERCEPTOR(int, vfprintf, void *F, const char *Format, va_list Args) {
  CheckFormatArgs("vfprintf", Format, Args);
  return REAL(vfprintf)(F, Format, Args);
}

INTERCEPTOR(int, vdprintf, int Fd, const char *Format, va_list Args) {
  CheckFormatArgs("vdprintf", Format, Args);
  return REAL(vdprintf)(Fd, Format, Args);
}

INTERCEPTOR(int, __vprintf_chk, int Flag, const char *Format, va_list Args) {
  CheckFormatArgs("__vprintf_chk", Format, Args);
  return REAL(__vprintf_chk)(Flag, Format, Args);
}

INTERCEPTOR(int, __vfprintf_chk, void *F, int Flag, const char *Format,
            va_list Args) {
  CheckFormatArgs("__vfprintf_chk", Format, Args);
  return REAL(__vfprintf_chk)(F, Flag, Format, Args);
}

INTERCEPTOR(int, __vdprintf_chk, int Fd, int Flag, const char *Format,
            va_list Args) {
  CheckFormatArgs("__vdprintf_chk", Format, Args);
  return REAL(__vdprintf_chk)(Fd, Flag, Format, Args);
}

INTERCEPTOR(int, printf, const char *Format, ...) {
  MEMSCOPE_VARIADIC("printf", REAL(vprintf)(Format, Args));
  return Result;
}

INTERCEPTOR(int, fprintf, void *F, const char *Format, ...) {
  MEMSCOPE_VARIADIC("fprintf", REAL(vfprintf)(F, Format, Args));
  return Result;
}

INTERCEPTOR(int, dprintf, int Fd, const char *Format, ...) {
  MEMSCOPE_VARIADIC("dprintf", REAL(vdprintf)(Fd, Format, Args));
  return Result;
}

INTERCEPTOR(int, __printf_chk, int Flag, const char *Format, ...) {
  MEMSCOPE_VARIADIC("__printf_chk", REAL(__vprintf_chk)(Flag, Format, Args));
  return Result;
}

INTERCEPTOR(int, __fprintf_chk, void *F, int Flag, const char *Format, ...) {
  MEMSCOPE_VARIADIC("__fprintf_chk",
                    REAL(__vfprintf_chk)(F, Flag, Format, Args));
  return Result;
}

INTERCEPTOR(int, __dprintf_chk, int Fd, int Flag, const char *Format, ...) {
  MEMSCOPE_VARIADIC("__dprintf_chk",
                    REAL(__vdprintf_chk)(Fd, Flag, Format, Args));
  return Result;
}

// --- into the program's buffer -----------------------------------------------

INTERCEPTOR(int, vsprintf, char *Dst, const char *Format, va_list Args) {
  CheckFormatArgs("vsprintf", Format, Args);
  int Result = REAL(vsprintf)(Dst, Format, Args);
  CheckWritten("vsprintf", Dst, Result, kUnbounded);
  return Result;
}

INTERCEPTOR(int, vsnprintf, char *Dst, uptr Size, const char *Format,
            va_list Args) {
  CheckFormatArgs("vsnprintf", Format, Args);
  int Result = REAL(vsnprintf)(Dst, Size, Format, Args);
  CheckWritten("vsnprintf", Dst, Result, Size);
  return Result;
}

INTERCEPTOR(int, __vsprintf_chk, char *Dst, int Flag, uptr DstSize,
            const char *Format, va_list Args) {
  CheckFormatArgs("__vsprintf_chk", Format, Args);
  int Result = REAL(vsprintf)(Dst, Format, Args);
  CheckWritten("__vsprintf_chk", Dst, Result, kUnbounded);
  return Result;
}

INTERCEPTOR(int, __vsnprintf_chk, char *Dst, uptr Size, int Flag,
            uptr DstSize, const char *Format, va_list Args) {
  CheckFormatArgs("__vsnprintf_chk", Format, Args);
  int Result = REAL(vsnprintf)(Dst, Size, Format, Args);
  CheckWritten("__vsnprintf_chk", Dst, Result, Size);
  return Result;
}

INTERCEPTOR(int, sprintf, char *Dst, const char *Format, ...) {
  MEMSCOPE_VARIADIC("sprintf", REAL(vsprintf)(Dst, Format, Args));
  CheckWritten("sprintf", Dst, Result, kUnbounded);
  return Result;
}

INTERCEPTOR(int, snprintf, char *Dst, uptr Size, const char *Format, ...) {
  MEMSCOPE_VARIADIC("snprintf", REAL(vsnprintf)(Dst, Size, Format, Args));
  CheckWritten("snprintf", Dst, Result, Size);
  return Result;
}

INTERCEPTOR(int, __sprintf_chk, char *Dst, int Flag, uptr DstSize,
            const char *Format, ...) {
  MEMSCOPE_VARIADIC("__sprintf_chk", REAL(vsprintf)(Dst, Format, Args));
  CheckWritten("__sprintf_chk", Dst, Result, kUnbounded);
  return Result;
}

INTERCEPTOR(int, __snprintf_chk, char *Dst, uptr Size, int Flag,
            uptr DstSize, const char *Format, ...) {
  MEMSCOPE_VARIADIC("__snprintf_chk", REAL(vsnprintf)(Dst, Size, Format, Args));
  CheckWritten("__snprintf_chk", Dst, Result, Size);
  return Result;
}

// --- into a buffer glibc allocates -------------------------------------------

INTERCEPTOR(int, vasprintf, char **Out, const char *Format, va_list Args) {
  CheckResultPointer("vasprintf", Out);
  CheckFormatArgs("vasprintf", Format, Args);
  return REAL(vasprintf)(Out, Format, Args);
}

INTERCEPTOR(int, __vasprintf_chk, char **Out, int Flag, const char *Format,
            va_list Args) {
  CheckResultPointer("__vasprintf_chk", Out);
  CheckFormatArgs("__vasprintf_chk", Format, Args);
  return REAL(__vasprintf_chk)(Out, Flag, Format, Args);
}

INTERCEPTOR(int, asprintf, char **Out, const char *Format, ...) {
  CheckResultPointer("asprintf", Out);
  MEMSCOPE_VARIADIC("asprintf", REAL(vasprintf)(Out, Format, Args));
  return Result;
}

INTERCEPTOR(int, __asprintf_chk, char **Out, int Flag, const char *Format,
            ...) {
  CheckResultPointer("__asprintf_chk", Out);
  MEMSCOPE_VARIADIC("__asprintf_chk",
                    REAL(__vasprintf_chk)(Out, Flag, Format, Args));
  return Result;
}

// --- the wide family ---------------------------------------------------------

INTERCEPTOR(int, vwprintf, const wchar_t *Format, va_list Args) {
  CheckFormatArgs("vwprintf", Format, Args);
  return REAL(vwprintf)(Format, Args);
}

INTERCEPTOR(int, vfwprintf, void *F, const wchar_t *Format, va_list Args) {
  CheckFormatArgs("vfwprintf", Format, Args);
  return REAL(vfwprintf)(F, Format, Args);
}

INTERCEPTOR(int, wprintf, const wchar_t *Format, ...) {
  MEMSCOPE_VARIADIC("wprintf", REAL(vwprintf)(Format, Args));
  return Result;
}

INTERCEPTOR(int, fwprintf, void *F, const wchar_t *Format, ...) {
  MEMSCOPE_VARIADIC("fwprintf", REAL(vfwprintf)(F, Format, Args));
  return Result;
}

INTERCEPTOR(int, __vwprintf_chk, int Flag, const wchar_t *Format,
            va_list Args) {
  CheckFormatArgs("__vwprintf_chk", Format, Args);
  return REAL(__vwprintf_chk)(Flag, Format, Args);
}

INTERCEPTOR(int, __vfwprintf_chk, void *F, int Flag, const wchar_t *Format,
            va_list Args) {
  CheckFormatArgs("__vfwprintf_chk", Format, Args);
  return REAL(__vfwprintf_chk)(F, Flag, Format, Args);
}

INTERCEPTOR(int, __wprintf_chk, int Flag, const wchar_t *Format, ...) {
  MEMSCOPE_VARIADIC("__wprintf_chk", REAL(__vwprintf_chk)(Flag, Format, Args));
  return Result;
}

INTERCEPTOR(int, __fwprintf_chk, void *F, int Flag, const wchar_t *Format,
            ...) {
  MEMSCOPE_VARIADIC("__fwprintf_chk",
                    REAL(__vfwprintf_chk)(F, Flag, Format, Args));
  return Result;
}

// At most N wide characters, the terminator included; when the result
// does not fit (-1), glibc has filled all N.
INTERCEPTOR(int, vswprintf, wchar_t *Dst, uptr N, const wchar_t *Format,
            va_list Args) {
  CheckFormatArgs("vswprintf", Format, Args);
  int Result = REAL(vswprintf)(Dst, N, Format, Args);
  CheckWritten("vswprintf", Dst, Result, N, /*Filled=*/N);
  return Result;
}

INTERCEPTOR(int, swprintf, wchar_t *Dst, uptr N, const wchar_t *Format,
            ...) {
  MEMSCOPE_VARIADIC("swprintf", REAL(vswprintf)(Dst, N, Format, Args));
  CheckWritten("swprintf", Dst, Result, N, /*Filled=*/N);
  return Result;
}

INTERCEPTOR(int, __vswprintf_chk, wchar_t *Dst, uptr N, int Flag,
            uptr DstSize, const wchar_t *Format, va_list Args) {
  CheckFormatArgs("__vswprintf_chk", Format, Args);
  int Result = REAL(vswprintf)(Dst, N, Format, Args);
  CheckWritten("__vswprintf_chk", Dst, Result, N, /*Filled=*/N);
  return Result;
}

INTERCEPTOR(int, __swprintf_chk, wchar_t *Dst, uptr N, int Flag,
            uptr DstSize, const wchar_t *Format, ...) {
  MEMSCOPE_VARIADIC("__swprintf_chk", REAL(vswprintf)(Dst, N, Format, Args));
  CheckWritten("__swprintf_chk", Dst, Result, N, /*Filled=*/N);
  return Result;
}

#undef MEMSCOPE_VARIADIC

namespace memscope {
void InitializePrintfInterceptors() {
  INTERCEPT_FUNCTION(vprintf);
  INTERCEPT_FUNCTION(vfprintf);
  INTERCEPT_FUNCTION(vdprintf);
  INTERCEPT_FUNCTION(__vprintf_chk);
  INTERCEPT_FUNCTION(__vfprintf_chk);
  INTERCEPT_FUNCTION(__vdprintf_chk);
  INTERCEPT_FUNCTION(printf);
  INTERCEPT_FUNCTION(fprintf);
  INTERCEPT_FUNCTION(dprintf);
  INTERCEPT_FUNCTION(__printf_chk);
  INTERCEPT_FUNCTION(__fprintf_chk);
  INTERCEPT_FUNCTION(__dprintf_chk);
  INTERCEPT_FUNCTION(vsprintf);
  INTERCEPT_FUNCTION(vsnprintf);
  INTERCEPT_FUNCTION(__vsprintf_chk);
  INTERCEPT_FUNCTION(__vsnprintf_chk);
  INTERCEPT_FUNCTION(sprintf);
  INTERCEPT_FUNCTION(snprintf);
  INTERCEPT_FUNCTION(__sprintf_chk);
  INTERCEPT_FUNCTION(__snprintf_chk);
  INTERCEPT_FUNCTION(vasprintf);
  INTERCEPT_FUNCTION(__vasprintf_chk);
  INTERCEPT_FUNCTION(asprintf);
  INTERCEPT_FUNCTION(__asprintf_chk);
  INTERCEPT_FUNCTION(vwprintf);
  INTERCEPT_FUNCTION(vfwprintf);
  INTERCEPT_FUNCTION(wprintf);
  INTERCEPT_FUNCTION(fwprintf);
  INTERCEPT_FUNCTION(__vwprintf_chk);
  INTERCEPT_FUNCTION(__vfwprintf_chk);
  INTERCEPT_FUNCTION(__wprintf_chk);
  INTERCEPT_FUNCTION(__fwprintf_chk);
  INTERCEPT_FUNCTION(vswprintf);
  INTERCEPT_FUNCTION(swprintf);
  INTERCEPT_FUNCTION(__vswprintf_chk);
  INTERCEPT_FUNCTION(__swprintf_chk);
}
} // namespace memscope
