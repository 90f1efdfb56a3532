//===- memscope_scanf.cpp - the scanf family, each assignment checked -----===//
//
// scanf and its relatives (GNU, ISO C99 and, where glibc has them, C2X
// entry points) read the format and, for sscanf, the input
// string; each conversion that assigns writes through its pointer
// argument. memscope checks, as glibc reads and writes them:
//   - the format, whole;
//   - sscanf's input string, whole, before the call: glibc finds its end
//     before it converts anything (Valgrind reports a freed one there);
//   - after the call, what each conversion that assigned wrote (the call's
//     result counts them, in the format's order): a number by its length
//     modifier; %c its width in characters; %s and %[ the string and its
//     terminator, or their width and the terminator's room when a width is
//     given (as ASan checks them: the buffer must hold what the format
//     allows); %ls, %S and %l[ likewise in wide characters; %n its count;
//     %ms (and glibc's own %as outside ISO C99 mode) the pointer.
// sanitizer_common's code, which ASan uses, stops at the first numbered
// argument (`%2$s`), checks nothing for a wide string without a width,
// does not check sscanf's input and has no wide family (wscanf, swscanf).
// Numbered arguments are followed here when every conversion numbers its
// argument, at most kMaxPositions of them; a conversion memscope does not
// know ends the walk.
//
// See also: memscope_printf.cpp (the printf family, walked alike),
// test/Runtime/libc/scanf-args.c.
//===----------------------------------------------------------------------===//
#include "memscope_interceptors.h"

#include <stdarg.h>

using namespace memscope;
using namespace __sanitizer;

namespace {

bool Checking() { return MemscopeInited && !LeakOnlyBuild; }

constexpr uptr kUnbounded = ~static_cast<uptr>(0);
uptr Length(const char *S) { return internal_strlen(S); }
uptr Length(const wchar_t *S) { return WideLength(S, kUnbounded); }

bool IsDigit(u32 C) { return C >= '0' && C <= '9'; }

// One conversion of a scanf format, as parsed.
struct Directive {
  u32 Kind;        // 'd', 's', '[', ...
  uptr Position;   // n of `%n$d`; 0: the next argument
  uptr Width;      // 0: none given
  bool Suppressed; // `%*d`: converts, assigns nothing
  bool Allocates;  // `%ms`, glibc's `%as`: stores a pointer it allocated
  int H, L;        // how many 'h' and 'l' modifiers
  bool LongDouble; // 'L' or 'q'
  bool Wide;       // 'j', 'z', 't': a 64-bit integer
};

// Moves P past the format's next conversion (`%%` is none) and parses it
// into D; false at the format's end or at one that ends it early (an
// unclosed `%[`). GnuAllocate: `%as`, `%aS` and `%a[` allocate, as glibc
// reads them outside ISO C99 mode.
template <typename CharT>
bool NextDirective(const CharT *&P, Directive *D, bool GnuAllocate) {
  for (;;) {
    while (*P && *P != '%')
      ++P;
    if (!*P)
      return false;
    if (*++P != '%')
      break;
    ++P;
  }
  *D = {};
  const CharT *Q = P;
  uptr N = 0;
  while (IsDigit(*Q) && N < (uptr(1) << 20))
    N = N * 10 + (*Q++ - '0');
  if (Q != P && *Q == '$') {
    D->Position = N;
    P = Q + 1;
  }
  if (*P == '*') {
    D->Suppressed = true;
    ++P;
  }
  while (IsDigit(*P) && D->Width < (uptr(1) << 20))
    D->Width = D->Width * 10 + (*P++ - '0');
  if (*P == 'm') {
    D->Allocates = true;
    ++P;
  }
  for (;; ++P) {
    if (*P == 'h')
      ++D->H;
    else if (*P == 'l')
      ++D->L;
    else if (*P == 'L' || *P == 'q')
      D->LongDouble = true;
    else if (*P == 'j' || *P == 'z' || *P == 't')
      D->Wide = true;
    else
      break;
  }
  if (!*P)
    return false;
  D->Kind = static_cast<u32>(*P++);
  if (GnuAllocate && D->Kind == 'a' && !D->L && !D->H && !D->LongDouble &&
      !D->Wide && (*P == 's' || *P == 'S' || *P == '[')) {
    D->Allocates = true;
    D->Kind = static_cast<u32>(*P++);
  }
  if (D->Kind == '[') { // the set: `]` first is one of its characters
    if (*P == '^')
      ++P;
    if (*P == ']')
      ++P;
    while (*P && *P != ']')
      ++P;
    if (!*P)
      return false;
    ++P;
  }
  return true;
}

// The bytes D's assignment wrote at A; 0 for a conversion the walk does
// not know.
uptr WrittenSize(const Directive &D, const void *A) {
  if (D.Allocates)
    return sizeof(char *);
  switch (D.Kind) {
  case 'd': case 'i': case 'o': case 'u': case 'x': case 'X': case 'n':
    if (D.H)
      return D.H == 1 ? sizeof(short) : sizeof(char);
    return D.L || D.LongDouble || D.Wide ? 8 : sizeof(int);
  case 'a': case 'A': case 'e': case 'E': case 'f': case 'F': case 'g':
  case 'G':
    if (D.LongDouble || D.L > 1)
      return sizeof(long double);
    return D.L ? sizeof(double) : sizeof(float);
  case 'p':
    return sizeof(void *);
  case 'c': case 'C': {
    uptr Char = D.L || D.Kind == 'C' ? sizeof(wchar_t) : 1;
    return (D.Width ? D.Width : 1) * Char;
  }
  case 's': case 'S': case '[':
    if (D.L || D.Kind == 'S')
      return (D.Width ? D.Width + 1
                      : Length(static_cast<const wchar_t *>(A)) + 1) *
             sizeof(wchar_t);
    return D.Width ? D.Width + 1 : Length(static_cast<const char *>(A)) + 1;
  default:
    return 0;
  }
}

// The most argument positions a walk follows.
constexpr uptr kMaxPositions = 64;

// Checks what the first Assigned assignments of Format wrote; Args is left
// as it was. Every assigning conversion takes one pointer, so numbered
// ones are found by taking the pointers in order first.
template <typename CharT>
void CheckAssigned(const char *Name, const CharT *Format, int Assigned,
                   bool GnuAllocate, va_list Args) {
  if (Assigned <= 0)
    return;
  va_list Ap;
  va_copy(Ap, Args);
  void *Pointers[kMaxPositions + 1];
  uptr Last = 0;
  Directive D;
  const CharT *P = Format;
  bool Numbered = NextDirective(P, &D, GnuAllocate) && D.Position;
  if (Numbered) {
    for (P = Format; NextDirective(P, &D, GnuAllocate);) {
      if (!D.Suppressed && (!D.Position || D.Position > kMaxPositions)) {
        va_end(Ap);
        return; // unnumbered among numbered, or too many
      }
      Last = Max(Last, D.Position);
    }
    for (uptr I = 1; I <= Last; ++I)
      Pointers[I] = va_arg(Ap, void *);
  }
  sptr Left = Assigned;
  for (P = Format; NextDirective(P, &D, GnuAllocate);) {
    if (D.Suppressed)
      continue;
    if (Numbered != (D.Position != 0))
      break;
    void *A = Numbered ? Pointers[D.Position] : va_arg(Ap, void *);
    if (D.Kind != 'n' && --Left < 0)
      break;
    uptr Size = WrittenSize(D, A);
    if (!Size)
      break;
    MEMSCOPE_WRITE_RANGE(Name, A, Size);
  }
  va_end(Ap);
}

template <typename CharT> void CheckString(const char *Name, const CharT *S) {
  if (Checking() && S)
    MEMSCOPE_READ_RANGE(Name, S, (Length(S) + 1) * sizeof(CharT));
}

} // namespace

// The body of each interceptor: the format (and Input, sscanf's string),
// the call (Call, whose value is Result) and what it assigned.
#define MEMSCOPE_SCANF_CALL(Name, Input, GnuAllocate, Call)                    \
  CheckString(Name, Format);                                                   \
  CheckString(Name, Input);                                                    \
  int Result = Call;                                                           \
  if (Checking())                                                              \
  CheckAssigned(Name, Format, Result, GnuAllocate, Args)

#define MEMSCOPE_SCANF(Name, Input, GnuAllocate, Call)                         \
  MEMSCOPE_SCANF_CALL(Name, Input, GnuAllocate, Call);                         \
  return Result

#define MEMSCOPE_VARIADIC_SCANF(Name, Input, GnuAllocate, Call)                \
  va_list Args;                                                                \
  va_start(Args, Format);                                                      \
  MEMSCOPE_SCANF_CALL(Name, Input, GnuAllocate, Call);                         \
  va_end(Args);                                                                \
  return Result

// The stream a call reads (MEMSCOPE_CHECK_STREAM).
#define MEMSCOPE_SCANF_STREAM(Name, F)                                         \
  if (Checking())                                                              \
  MEMSCOPE_CHECK_STREAM(Name, F)

// A family's six functions (Prefix: "", __isoc99_ or __isoc23_; Char: char
// or wchar_t; S: s or sw, W: nothing or w, in the names), each calling
// glibc's va_list twin.
#define MEMSCOPE_SCANF_FAMILY(Prefix, Char, S, W, GnuAllocate)                 \
  INTERCEPTOR(int, Prefix##v##W##scanf, const Char *Format, va_list Args) {    \
    MEMSCOPE_SCANF_STREAM(#Prefix "v" #W "scanf", stdin);                      \
    MEMSCOPE_SCANF(#Prefix "v" #W "scanf", (const Char *)nullptr,              \
                   GnuAllocate, REAL(Prefix##v##W##scanf)(Format, Args));      \
  }                                                                            \
  INTERCEPTOR(int, Prefix##vf##W##scanf, void *F, const Char *Format,          \
              va_list Args) {                                                  \
    MEMSCOPE_SCANF_STREAM(#Prefix "vf" #W "scanf", F);                         \
    MEMSCOPE_SCANF(#Prefix "vf" #W "scanf", (const Char *)nullptr,             \
                   GnuAllocate, REAL(Prefix##vf##W##scanf)(F, Format, Args));  \
  }                                                                            \
  INTERCEPTOR(int, Prefix##v##S##scanf, const Char *In, const Char *Format,    \
              va_list Args) {                                                  \
    MEMSCOPE_SCANF(#Prefix "v" #S "scanf", In, GnuAllocate,                    \
                   REAL(Prefix##v##S##scanf)(In, Format, Args));               \
  }                                                                            \
  INTERCEPTOR(int, Prefix##W##scanf, const Char *Format, ...) {                \
    MEMSCOPE_SCANF_STREAM(#Prefix #W "scanf", stdin);                          \
    MEMSCOPE_VARIADIC_SCANF(#Prefix #W "scanf", (const Char *)nullptr,         \
                            GnuAllocate,                                       \
                            REAL(Prefix##v##W##scanf)(Format, Args));          \
  }                                                                            \
  INTERCEPTOR(int, Prefix##f##W##scanf, void *F, const Char *Format, ...) {    \
    MEMSCOPE_SCANF_STREAM(#Prefix "f" #W "scanf", F);                          \
    MEMSCOPE_VARIADIC_SCANF(#Prefix "f" #W "scanf", (const Char *)nullptr,     \
                            GnuAllocate,                                       \
                            REAL(Prefix##vf##W##scanf)(F, Format, Args));      \
  }                                                                            \
  INTERCEPTOR(int, Prefix##S##scanf, const Char *In, const Char *Format,       \
              ...) {                                                           \
    MEMSCOPE_VARIADIC_SCANF(#Prefix #S "scanf", In, GnuAllocate,               \
                            REAL(Prefix##v##S##scanf)(In, Format, Args));      \
  }

MEMSCOPE_SCANF_FAMILY(, char, s, , true)
MEMSCOPE_SCANF_FAMILY(__isoc99_, char, s, , false)
MEMSCOPE_SCANF_FAMILY(, wchar_t, sw, w, true)
MEMSCOPE_SCANF_FAMILY(__isoc99_, wchar_t, sw, w, false)
// glibc 2.38's C2X entry points (binary integers), where it has them.
MEMSCOPE_SCANF_FAMILY(__isoc23_, char, s, , false)
MEMSCOPE_SCANF_FAMILY(__isoc23_, wchar_t, sw, w, false)
#undef MEMSCOPE_SCANF_FAMILY
#undef MEMSCOPE_SCANF_STREAM
#undef MEMSCOPE_VARIADIC_SCANF
#undef MEMSCOPE_SCANF
#undef MEMSCOPE_SCANF_CALL

#define MEMSCOPE_INTERCEPT_SCANF_FAMILY(Prefix, S, W)                          \
  INTERCEPT_FUNCTION(Prefix##v##W##scanf);                                     \
  INTERCEPT_FUNCTION(Prefix##vf##W##scanf);                                    \
  INTERCEPT_FUNCTION(Prefix##v##S##scanf);                                     \
  INTERCEPT_FUNCTION(Prefix##W##scanf);                                        \
  INTERCEPT_FUNCTION(Prefix##f##W##scanf);                                     \
  INTERCEPT_FUNCTION(Prefix##S##scanf)

namespace memscope {
void InitializeScanfInterceptors() {
  MEMSCOPE_INTERCEPT_SCANF_FAMILY(, s, );
  MEMSCOPE_INTERCEPT_SCANF_FAMILY(__isoc99_, s, );
  MEMSCOPE_INTERCEPT_SCANF_FAMILY(, sw, w);
  MEMSCOPE_INTERCEPT_SCANF_FAMILY(__isoc99_, sw, w);
  MEMSCOPE_INTERCEPT_SCANF_FAMILY(__isoc23_, s, );
  MEMSCOPE_INTERCEPT_SCANF_FAMILY(__isoc23_, sw, w);
}
} // namespace memscope
#undef MEMSCOPE_INTERCEPT_SCANF_FAMILY
