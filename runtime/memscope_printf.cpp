//===- memscope_printf.cpp - the printf family, each conversion checked ---===//
//
// printf and its relatives read the format, a string for each %s and write
// an integer for each %n; the sprintf family writes its result. memscope
// reads the format itself, as glibc will, and checks each argument that is
// memory: sanitizer_common's common code (which ASan uses) checks nothing
// for a starred precision (`%.*s`, the usual way to print a slice) nor for
// a wide string (`%ls`, `%S`), and leaves out the _FORTIFY_SOURCE entry
// points (__printf_chk and its kin, which glibc's headers call instead of
// printf in fortified builds). The wide family (wprintf, swprintf), syslog
// and the warn/err family are read with the same walker.
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

#include "sanitizer_common/sanitizer_allocator_internal.h"

#include <errno.h>
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
  uptr Position;   // n of `%n$s`; 0: the next argument
  // A starred width or precision: -1 none, 0 the next argument, n the
  // n-th (`%*2$d`).
  sptr WidthStar, PrecisionStar;
};

// The n of `n$` at P, moving P past it; 0 if P does not start one.
template <typename CharT> uptr ReadPosition(const CharT *&P) {
  const CharT *Q = P;
  uptr N = 0;
  while (IsDigit(*Q) && N < (uptr(1) << 20))
    N = N * 10 + (*Q++ - '0');
  if (Q == P || *Q != '$')
    return 0;
  P = Q + 1;
  return N;
}

// Parses the conversion after a '%' at P and moves P past it.
template <typename CharT> void ParseConversion(const CharT *&P, Conversion *C) {
  *C = {};
  C->Precision = -1;
  C->WidthStar = C->PrecisionStar = -1;
  C->Position = ReadPosition(P);
  while (IsFlag(*P))
    ++P;
  if (*P == '*')
    C->WidthStar = static_cast<sptr>(ReadPosition(++P));
  while (IsDigit(*P))
    ++P;
  if (*P == '.') {
    C->Precision = 0;
    if (*++P == '*')
      C->PrecisionStar = static_cast<sptr>(ReadPosition(++P));
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
}

// Moves P past the format's next conversion (`%%` is none) and parses it
// into C; false at the format's end.
template <typename CharT> bool NextConversion(const CharT *&P, Conversion *C) {
  while (*P) {
    if (*P++ != '%')
      continue;
    if (*P == '%') {
      ++P;
      continue;
    }
    ParseConversion(P, C);
    return true;
  }
  return false;
}

// How an argument is passed: what va_arg must take it as.
enum class ArgClass : u8 { None, Int, LongLong, Double, LongDouble, Pointer };

// The class of C's argument; false for a conversion the walk does not know
// (or the format's end).
bool ClassOf(const Conversion &C, ArgClass *Class) {
  switch (C.Kind) {
  case 'd': case 'i': case 'o': case 'u': case 'x': case 'X': case 'b':
  case 'B': // glibc reads %Ld as %lld
    *Class = C.L || C.Wide || C.LongDouble ? ArgClass::LongLong : ArgClass::Int;
    return true;
  case 'c': case 'C': // a character, or a wint_t
    *Class = ArgClass::Int;
    return true;
  case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'a':
  case 'A':
    *Class = C.LongDouble ? ArgClass::LongDouble : ArgClass::Double;
    return true;
  case 'p': case 'n': case 's': case 'S':
    *Class = ArgClass::Pointer;
    return true;
  case 'm': // strerror(errno): no argument
  case '%': // `%5%` prints '%' too
    *Class = ArgClass::None;
    return true;
  default:
    return false;
  }
}

// Takes an argument of Class from Ap; a pointer's or an integer's value.
u64 TakeArgument(ArgClass Class, va_list *Ap) {
  switch (Class) {
  case ArgClass::Int:
    return static_cast<u64>(static_cast<s64>(va_arg(*Ap, int)));
  case ArgClass::LongLong:
    return static_cast<u64>(va_arg(*Ap, long long));
  case ArgClass::Double:
    (void)va_arg(*Ap, double);
    return 0;
  case ArgClass::LongDouble:
    (void)va_arg(*Ap, long double);
    return 0;
  case ArgClass::Pointer:
    return reinterpret_cast<uptr>(va_arg(*Ap, void *));
  case ArgClass::None:
    return 0;
  }
  return 0;
}

// A starred precision's value: negative is as if none was given.
sptr StarredPrecision(u64 Value) {
  int Starred = static_cast<int>(Value);
  return Starred < 0 ? -1 : Starred;
}

// Checks the memory C's pointer argument Value reads or writes, in a format
// of CharT (%n's count, %s's string).
template <typename CharT>
void CheckPointee(const char *Name, const Conversion &C, void *Value) {
  if (C.Kind == 'n') {
    if (Value)
      MEMSCOPE_WRITE_RANGE(Name, Value,
                           CountSize(C.H, C.L, C.Wide || C.LongDouble));
    return;
  }
  if ((C.Kind != 's' && C.Kind != 'S') || !Value) // "(null)"
    return;
  bool WideString = C.L || C.Kind == 'S';
  bool SameWidth = WideString == (sizeof(CharT) == sizeof(wchar_t));
  uptr Read =
      WideString
          ? StringRead(static_cast<const wchar_t *>(Value), C.Precision,
                       SameWidth)
          : StringRead(static_cast<const char *>(Value), C.Precision,
                       SameWidth);
  // At precision 0 glibc reads nothing, but a pointer into a freed block
  // or a dead frame is a dangling one all the same (ASan checks the whole
  // string there). One just past an array's end is not.
  if (!Read && PointsIntoDeadMemory(reinterpret_cast<uptr>(Value)))
    Read = 1;
  MEMSCOPE_READ_RANGE(Name, Value, Read);
}

// The most argument positions a format's walk follows (glibc's NL_ARGMAX
// is 4096; formats that number their arguments use a few).
constexpr uptr kMaxPositions = 64;

// Checks a format whose conversions number their arguments (`%2$s %1$.*3$s`)
// in two walks, as glibc reads them: the first finds each position's class,
// then the arguments are taken in order, then the second walk checks. A
// format that mixes numbered and unnumbered conversions, leaves a position
// out, uses one as two classes or goes past kMaxPositions is not followed.
template <typename CharT>
void CheckPositional(const char *Name, const CharT *Format, va_list *Ap) {
  ArgClass Classes[kMaxPositions + 1] = {};
  uptr Last = 0;
  auto Note = [&](uptr Position, ArgClass Class) {
    if (!Position || Position > kMaxPositions ||
        (Classes[Position] != ArgClass::None && Classes[Position] != Class))
      return false;
    Classes[Position] = Class;
    Last = Max(Last, Position);
    return true;
  };
  Conversion C;
  for (const CharT *P = Format; NextConversion(P, &C);) {
    ArgClass Class;
    if (!ClassOf(C, &Class) ||
        (Class != ArgClass::None && !Note(C.Position, Class)) ||
        (C.WidthStar >= 0 && !Note(C.WidthStar, ArgClass::Int)) ||
        (C.PrecisionStar >= 0 && !Note(C.PrecisionStar, ArgClass::Int)))
      return;
  }
  u64 Values[kMaxPositions + 1];
  for (uptr I = 1; I <= Last; ++I) {
    if (Classes[I] == ArgClass::None)
      return; // an argument left out: its class is unknown
    Values[I] = TakeArgument(Classes[I], Ap);
  }
  for (const CharT *P = Format; NextConversion(P, &C);) {
    if (C.PrecisionStar > 0)
      C.Precision = StarredPrecision(Values[C.PrecisionStar]);
    if (C.Position)
      CheckPointee<CharT>(Name, C,
                          reinterpret_cast<void *>(Values[C.Position]));
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
  bool Taken = false; // an unnumbered conversion came before
  Conversion C;
  for (const CharT *P = Format; NextConversion(P, &C);) {
    if (C.Position || C.WidthStar > 0 || C.PrecisionStar > 0) {
      // Numbered arguments: from the format's first conversion on, or not
      // at all (mixing the two ways is undefined).
      if (!Taken)
        CheckPositional(Name, Format, &Ap);
      break;
    }
    Taken = true;
    ArgClass Class;
    if (!ClassOf(C, &Class))
      break;
    if (C.WidthStar == 0)
      (void)va_arg(Ap, int);
    if (C.PrecisionStar == 0)
      C.Precision = StarredPrecision(TakeArgument(ArgClass::Int, &Ap));
    u64 Value = TakeArgument(Class, &Ap);
    if (Class == ArgClass::Pointer)
      CheckPointee<CharT>(Name, C, reinterpret_cast<void *>(Value));
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

// The stream a call prints to (MEMSCOPE_CHECK_STREAM), and the variadic
// body of such a call.
#define MEMSCOPE_PRINTF_STREAM(Name, F)                                        \
  if (MemscopeInited)                                                          \
  MEMSCOPE_CHECK_STREAM(Name, F)
#define MEMSCOPE_VARIADIC_TO(Name, F, Call)                                    \
  MEMSCOPE_PRINTF_STREAM(Name, F);                                             \
  MEMSCOPE_VARIADIC(Name, Call)

// Each interceptor checks the arguments, then calls glibc's va_list
// function of the same kind: a _chk one for a _chk one, so that
// _FORTIFY_SOURCE's own checks still run, except where the call writes the
// program's buffer: there memscope's report, which names the block, comes
// instead of _FORTIFY_SOURCE's abort (as ASan's does).

// --- to a stream or descriptor -----------------------------------------------

INTERCEPTOR(int, vprintf, const char *Format, va_list Args) {
  CheckFormatArgs("vprintf", Format, Args);
  MEMSCOPE_PRINTF_STREAM("vprintf", stdout);
  return REAL(vprintf)(Format, Args);
}

INTERCEPTOR(int, vfprintf, void *F, const char *Format, va_list Args) {
  CheckFormatArgs("vfprintf", Format, Args);
  MEMSCOPE_PRINTF_STREAM("vfprintf", F);
  return REAL(vfprintf)(F, Format, Args);
}

INTERCEPTOR(int, vdprintf, int Fd, const char *Format, va_list Args) {
  CheckFormatArgs("vdprintf", Format, Args);
  return REAL(vdprintf)(Fd, Format, Args);
}

INTERCEPTOR(int, __vprintf_chk, int Flag, const char *Format, va_list Args) {
  CheckFormatArgs("__vprintf_chk", Format, Args);
  MEMSCOPE_PRINTF_STREAM("__vprintf_chk", stdout);
  return REAL(__vprintf_chk)(Flag, Format, Args);
}

INTERCEPTOR(int, __vfprintf_chk, void *F, int Flag, const char *Format,
            va_list Args) {
  CheckFormatArgs("__vfprintf_chk", Format, Args);
  MEMSCOPE_PRINTF_STREAM("__vfprintf_chk", F);
  return REAL(__vfprintf_chk)(F, Flag, Format, Args);
}

INTERCEPTOR(int, __vdprintf_chk, int Fd, int Flag, const char *Format,
            va_list Args) {
  CheckFormatArgs("__vdprintf_chk", Format, Args);
  return REAL(__vdprintf_chk)(Fd, Flag, Format, Args);
}

INTERCEPTOR(int, printf, const char *Format, ...) {
  MEMSCOPE_VARIADIC_TO("printf", stdout, REAL(vprintf)(Format, Args));
  return Result;
}

INTERCEPTOR(int, fprintf, void *F, const char *Format, ...) {
  MEMSCOPE_VARIADIC_TO("fprintf", F, REAL(vfprintf)(F, Format, Args));
  return Result;
}

INTERCEPTOR(int, dprintf, int Fd, const char *Format, ...) {
  MEMSCOPE_VARIADIC("dprintf", REAL(vdprintf)(Fd, Format, Args));
  return Result;
}

INTERCEPTOR(int, __printf_chk, int Flag, const char *Format, ...) {
  MEMSCOPE_VARIADIC_TO("__printf_chk", stdout,
                    REAL(__vprintf_chk)(Flag, Format, Args));
  return Result;
}

INTERCEPTOR(int, __fprintf_chk, void *F, int Flag, const char *Format, ...) {
  MEMSCOPE_VARIADIC_TO("__fprintf_chk", F,
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
  MEMSCOPE_PRINTF_STREAM("vwprintf", stdout);
  return REAL(vwprintf)(Format, Args);
}

INTERCEPTOR(int, vfwprintf, void *F, const wchar_t *Format, va_list Args) {
  CheckFormatArgs("vfwprintf", Format, Args);
  MEMSCOPE_PRINTF_STREAM("vfwprintf", F);
  return REAL(vfwprintf)(F, Format, Args);
}

INTERCEPTOR(int, wprintf, const wchar_t *Format, ...) {
  MEMSCOPE_VARIADIC_TO("wprintf", stdout, REAL(vwprintf)(Format, Args));
  return Result;
}

INTERCEPTOR(int, fwprintf, void *F, const wchar_t *Format, ...) {
  MEMSCOPE_VARIADIC_TO("fwprintf", F, REAL(vfwprintf)(F, Format, Args));
  return Result;
}

INTERCEPTOR(int, __vwprintf_chk, int Flag, const wchar_t *Format,
            va_list Args) {
  CheckFormatArgs("__vwprintf_chk", Format, Args);
  MEMSCOPE_PRINTF_STREAM("__vwprintf_chk", stdout);
  return REAL(__vwprintf_chk)(Flag, Format, Args);
}

INTERCEPTOR(int, __vfwprintf_chk, void *F, int Flag, const wchar_t *Format,
            va_list Args) {
  CheckFormatArgs("__vfwprintf_chk", Format, Args);
  MEMSCOPE_PRINTF_STREAM("__vfwprintf_chk", F);
  return REAL(__vfwprintf_chk)(F, Flag, Format, Args);
}

INTERCEPTOR(int, __wprintf_chk, int Flag, const wchar_t *Format, ...) {
  MEMSCOPE_VARIADIC_TO("__wprintf_chk", stdout,
                       REAL(__vwprintf_chk)(Flag, Format, Args));
  return Result;
}

INTERCEPTOR(int, __fwprintf_chk, void *F, int Flag, const wchar_t *Format,
            ...) {
  MEMSCOPE_VARIADIC_TO("__fwprintf_chk", F,
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

// --- the message functions that format as printf --------------------------------
// syslog (and its _FORTIFY_SOURCE entry points) and the BSD warn/err
// family print through glibc's own vfprintf.

INTERCEPTOR(void, vsyslog, int Priority, const char *Format, va_list Args) {
  CheckFormatArgs("vsyslog", Format, Args);
  REAL(vsyslog)(Priority, Format, Args);
}

INTERCEPTOR(void, syslog, int Priority, const char *Format, ...) {
  va_list Args;
  va_start(Args, Format);
  CheckFormatArgs("syslog", Format, Args);
  REAL(vsyslog)(Priority, Format, Args);
  va_end(Args);
}

INTERCEPTOR(void, __vsyslog_chk, int Priority, int Flag, const char *Format,
            va_list Args) {
  CheckFormatArgs("__vsyslog_chk", Format, Args);
  REAL(__vsyslog_chk)(Priority, Flag, Format, Args);
}

INTERCEPTOR(void, __syslog_chk, int Priority, int Flag, const char *Format,
            ...) {
  va_list Args;
  va_start(Args, Format);
  CheckFormatArgs("__syslog_chk", Format, Args);
  REAL(__vsyslog_chk)(Priority, Flag, Format, Args);
  va_end(Args);
}

// openlog keeps the identity string and prints it with every message.
INTERCEPTOR(void, openlog, const char *Ident, int Option, int Facility) {
  if (Checking() && Ident)
    MEMSCOPE_READ_RANGE("openlog", Ident, internal_strlen(Ident) + 1);
  REAL(openlog)(Ident, Option, Facility);
}

#define MEMSCOPE_WARN_INTERCEPTORS(Name, VName)                                \
  INTERCEPTOR(void, VName, const char *Format, va_list Args) {                 \
    CheckFormatArgs(#VName, Format, Args);                                     \
    REAL(VName)(Format, Args);                                                 \
  }                                                                            \
  INTERCEPTOR(void, Name, const char *Format, ...) {                           \
    va_list Args;                                                              \
    va_start(Args, Format);                                                    \
    CheckFormatArgs(#Name, Format, Args);                                      \
    REAL(VName)(Format, Args);                                                 \
    va_end(Args);                                                              \
  }
MEMSCOPE_WARN_INTERCEPTORS(warn, vwarn)
MEMSCOPE_WARN_INTERCEPTORS(warnx, vwarnx)
#undef MEMSCOPE_WARN_INTERCEPTORS

// err() and its kin exit inside libc, past the exit interceptor: the
// frames above them are suspended (MEMSCOPE_NOTE_EXIT_HERE).
#define MEMSCOPE_ERR_INTERCEPTORS(Name, VName)                                 \
  INTERCEPTOR(void, VName, int Status, const char *Format, va_list Args) {     \
    CheckFormatArgs(#VName, Format, Args);                                     \
    MEMSCOPE_NOTE_EXIT_HERE();                                                 \
    REAL(VName)(Status, Format, Args);                                         \
  }                                                                            \
  INTERCEPTOR(void, Name, int Status, const char *Format, ...) {               \
    va_list Args;                                                              \
    va_start(Args, Format);                                                    \
    CheckFormatArgs(#Name, Format, Args);                                      \
    MEMSCOPE_NOTE_EXIT_HERE();                                                 \
    REAL(VName)(Status, Format, Args);                                         \
    va_end(Args);                                                              \
  }
MEMSCOPE_ERR_INTERCEPTORS(err, verr)
MEMSCOPE_ERR_INTERCEPTORS(errx, verrx)
#undef MEMSCOPE_ERR_INTERCEPTORS

// GNU error() and error_at_line() have no va_list twins to call with the
// arguments checked: the message is formatted here, as their own code
// would (errno kept for %m), into the runtime's memory (not the program's
// heap: error() may exit before it could be freed), and printed with
// "%s" by glibc's, which adds the program's name, the file and line, the
// errno text, and exits.
namespace {
constexpr uptr kErrorMessageOnStack = 512;

// Message formatted from Format and Args: into Buf when it fits, else
// into the runtime's memory; null if it cannot be formatted.
const char *FormatErrorMessage(char *Buf, const char *Format, va_list Args) {
  int SavedErrno = errno;
  va_list Copy;
  va_copy(Copy, Args);
  int Len = REAL(vsnprintf)(Buf, kErrorMessageOnStack, Format, Args);
  const char *Message = Buf;
  if (Len >= static_cast<int>(kErrorMessageOnStack)) {
    char *Big = static_cast<char *>(InternalAlloc(Len + 1));
    REAL(vsnprintf)(Big, Len + 1, Format, Copy);
    Message = Big;
  }
  va_end(Copy);
  errno = SavedErrno;
  return Len < 0 ? nullptr : Message;
}
} // namespace

// The body both share: Format's arguments checked, the message formatted
// into Message (Format itself if it cannot be), and the frames above
// suspended when Status makes the call exit.
#define MEMSCOPE_ERROR_MESSAGE(Name, Status, Message)                          \
  char Buf_[kErrorMessageOnStack];                                             \
  const char *Message;                                                         \
  {                                                                            \
    va_list Args_;                                                             \
    va_start(Args_, Format);                                                   \
    CheckFormatArgs(Name, Format, Args_);                                      \
    Message = FormatErrorMessage(Buf_, Format, Args_);                         \
    va_end(Args_);                                                             \
  }                                                                            \
  if (!Message)                                                                \
    Message = Format;                                                          \
  if (Status)                                                                  \
  MEMSCOPE_NOTE_EXIT_HERE()

INTERCEPTOR(void, error, int Status, int Errnum, const char *Format, ...) {
  MEMSCOPE_ERROR_MESSAGE("error", Status, Message);
  REAL(error)(Status, Errnum, "%s", Message);
}

INTERCEPTOR(void, error_at_line, int Status, int Errnum, const char *File,
            unsigned Line, const char *Format, ...) {
  if (Checking() && File)
    MEMSCOPE_READ_RANGE("error_at_line", File, internal_strlen(File) + 1);
  MEMSCOPE_ERROR_MESSAGE("error_at_line", Status, Message);
  REAL(error_at_line)(Status, Errnum, File, Line, "%s", Message);
}
#undef MEMSCOPE_ERROR_MESSAGE

#undef MEMSCOPE_VARIADIC
#undef MEMSCOPE_VARIADIC_TO
#undef MEMSCOPE_PRINTF_STREAM

namespace memscope {
void InitializePrintfInterceptors() {
  INTERCEPT_FUNCTION(error);
  INTERCEPT_FUNCTION(error_at_line);
  INTERCEPT_FUNCTION(vsyslog);
  INTERCEPT_FUNCTION(syslog);
  INTERCEPT_FUNCTION(__vsyslog_chk);
  INTERCEPT_FUNCTION(__syslog_chk);
  INTERCEPT_FUNCTION(openlog);
  INTERCEPT_FUNCTION(vwarn);
  INTERCEPT_FUNCTION(warn);
  INTERCEPT_FUNCTION(vwarnx);
  INTERCEPT_FUNCTION(warnx);
  INTERCEPT_FUNCTION(verr);
  INTERCEPT_FUNCTION(err);
  INTERCEPT_FUNCTION(verrx);
  INTERCEPT_FUNCTION(errx);
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
