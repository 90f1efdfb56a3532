//===- memscope_fortify.cpp - _FORTIFY_SOURCE's checking entry points -----===//
//
// With -D_FORTIFY_SOURCE and optimisation, glibc's headers turn a call
// whose buffer's size the compiler knows into a call of a checking entry
// point: fread(buf, 1, n, f) into __fread_chk(buf, sizeof buf, 1, n, f),
// wmemcpy into __wmemcpy_chk. ASan intercepts none of them, so the buffer
// and the call's other arguments (a source, a path) went unchecked. Each
// interceptor here calls the plain function's interceptor, with all of its
// checks, when the call fits the buffer (glibc's own check cannot fail),
// and glibc's entry point otherwise, which ends the program with "buffer
// overflow detected". With clang, glibc 2.36's headers use __fread_chk,
// __wmemcpy_chk, __wmemmove_chk and __explicit_bzero_chk of these; the
// others (__fgets_chk, __read_chk, ...) are called by libraries GCC built.
//
// The copying ones (__memcpy_chk, __strcpy_chk, ...) are beside their plain
// neighbours: memscope_interceptors_memintrinsics.cpp,
// memscope_interceptors.cpp. See also: test/Runtime/libc/fortify.c.
//===----------------------------------------------------------------------===//
#include "memscope_interceptors.h"

using namespace memscope;
using namespace __sanitizer;

// The plain functions, intercepted by sanitizer_common's code.
DECLARE_REAL_AND_INTERCEPTOR(char *, fgets, char *, int, void *)
DECLARE_REAL_AND_INTERCEPTOR(uptr, fread, void *, uptr, uptr, void *)
DECLARE_REAL_AND_INTERCEPTOR(sptr, read, int, void *, uptr)
DECLARE_REAL_AND_INTERCEPTOR(sptr, pread, int, void *, uptr, sptr)
DECLARE_REAL_AND_INTERCEPTOR(sptr, pread64, int, void *, uptr, s64)
DECLARE_REAL_AND_INTERCEPTOR(sptr, recv, int, void *, uptr, int)
DECLARE_REAL_AND_INTERCEPTOR(sptr, recvfrom, int, void *, uptr, int, void *,
                             void *)
DECLARE_REAL_AND_INTERCEPTOR(char *, getcwd, char *, uptr)
DECLARE_REAL_AND_INTERCEPTOR(sptr, readlink, const char *, char *, uptr)
DECLARE_REAL_AND_INTERCEPTOR(char *, realpath, const char *, char *)
DECLARE_REAL_AND_INTERCEPTOR(uptr, mbstowcs, wchar_t *, const char *, uptr)
DECLARE_REAL_AND_INTERCEPTOR(uptr, wcstombs, char *, const wchar_t *, uptr)
DECLARE_REAL_AND_INTERCEPTOR(int, gethostname, char *, uptr)
// memscope's (memscope_interceptors_extra.cpp).
DECLARE_REAL_AND_INTERCEPTOR(wchar_t *, wmemcpy, wchar_t *, const wchar_t *,
                             uptr)
DECLARE_REAL_AND_INTERCEPTOR(wchar_t *, wmemmove, wchar_t *, const wchar_t *,
                             uptr)
DECLARE_REAL_AND_INTERCEPTOR(wchar_t *, wmempcpy, wchar_t *, const wchar_t *,
                             uptr)
DECLARE_REAL_AND_INTERCEPTOR(wchar_t *, wmemset, wchar_t *, wchar_t, uptr)
DECLARE_REAL_AND_INTERCEPTOR(void, explicit_bzero, void *, uptr)

// The entry point Name of glibc, taking Params and called with Args; the
// plain function's interceptor is called with PlainArgs when Fits holds (a
// destination's size in its own characters).
#define MEMSCOPE_FORTIFIED(Ret, Name, Params, Args, Fits, PlainArgs)           \
  INTERCEPTOR(Ret, __##Name##_chk, EXPAND Params) {                            \
    if (LIKELY(MemscopeInited) && !LeakOnlyBuild && (Fits))                    \
      return WRAP(Name) PlainArgs;                                             \
    return REAL(__##Name##_chk) Args;                                          \
  }
#define EXPAND(...) __VA_ARGS__

MEMSCOPE_FORTIFIED(char *, fgets, (char *Buf, uptr Size, int N, void *F),
                   (Buf, Size, N, F), N <= 0 || uptr(N) <= Size, (Buf, N, F))
MEMSCOPE_FORTIFIED(uptr, fread,
                   (void *Buf, uptr BufLen, uptr Size, uptr N, void *F),
                   (Buf, BufLen, Size, N, F),
                   !Size || (N <= BufLen / Size), (Buf, Size, N, F))
MEMSCOPE_FORTIFIED(sptr, read, (int Fd, void *Buf, uptr N, uptr BufLen),
                   (Fd, Buf, N, BufLen), N <= BufLen, (Fd, Buf, N))
MEMSCOPE_FORTIFIED(sptr, pread,
                   (int Fd, void *Buf, uptr N, sptr Off, uptr BufLen),
                   (Fd, Buf, N, Off, BufLen), N <= BufLen, (Fd, Buf, N, Off))
MEMSCOPE_FORTIFIED(sptr, pread64,
                   (int Fd, void *Buf, uptr N, s64 Off, uptr BufLen),
                   (Fd, Buf, N, Off, BufLen), N <= BufLen, (Fd, Buf, N, Off))
MEMSCOPE_FORTIFIED(sptr, recv,
                   (int Fd, void *Buf, uptr N, uptr BufLen, int Flags),
                   (Fd, Buf, N, BufLen, Flags), N <= BufLen,
                   (Fd, Buf, N, Flags))
MEMSCOPE_FORTIFIED(sptr, recvfrom,
                   (int Fd, void *Buf, uptr N, uptr BufLen, int Flags,
                    void *Addr, void *AddrLen),
                   (Fd, Buf, N, BufLen, Flags, Addr, AddrLen), N <= BufLen,
                   (Fd, Buf, N, Flags, Addr, AddrLen))
MEMSCOPE_FORTIFIED(char *, getcwd, (char *Buf, uptr Size, uptr BufLen),
                   (Buf, Size, BufLen), Size <= BufLen, (Buf, Size))
MEMSCOPE_FORTIFIED(sptr, readlink,
                   (const char *Path, char *Buf, uptr N, uptr BufLen),
                   (Path, Buf, N, BufLen), N <= BufLen, (Path, Buf, N))
// glibc's realpath writes up to PATH_MAX (4096) bytes.
MEMSCOPE_FORTIFIED(char *, realpath,
                   (const char *Path, char *Resolved, uptr ResolvedLen),
                   (Path, Resolved, ResolvedLen), ResolvedLen >= 4096,
                   (Path, Resolved))
MEMSCOPE_FORTIFIED(uptr, mbstowcs,
                   (wchar_t *Dst, const char *Src, uptr N, uptr DstLen),
                   (Dst, Src, N, DstLen), !Dst || N <= DstLen, (Dst, Src, N))
MEMSCOPE_FORTIFIED(uptr, wcstombs,
                   (char *Dst, const wchar_t *Src, uptr N, uptr DstLen),
                   (Dst, Src, N, DstLen), !Dst || N <= DstLen, (Dst, Src, N))
MEMSCOPE_FORTIFIED(int, gethostname, (char *Buf, uptr N, uptr BufLen),
                   (Buf, N, BufLen), N <= BufLen, (Buf, N))
MEMSCOPE_FORTIFIED(wchar_t *, wmemcpy,
                   (wchar_t *Dst, const wchar_t *Src, uptr N, uptr DstLen),
                   (Dst, Src, N, DstLen), N <= DstLen, (Dst, Src, N))
MEMSCOPE_FORTIFIED(wchar_t *, wmemmove,
                   (wchar_t *Dst, const wchar_t *Src, uptr N, uptr DstLen),
                   (Dst, Src, N, DstLen), N <= DstLen, (Dst, Src, N))
MEMSCOPE_FORTIFIED(wchar_t *, wmempcpy,
                   (wchar_t *Dst, const wchar_t *Src, uptr N, uptr DstLen),
                   (Dst, Src, N, DstLen), N <= DstLen, (Dst, Src, N))
MEMSCOPE_FORTIFIED(wchar_t *, wmemset,
                   (wchar_t *Dst, wchar_t C, uptr N, uptr DstLen),
                   (Dst, C, N, DstLen), N <= DstLen, (Dst, C, N))
MEMSCOPE_FORTIFIED(void, explicit_bzero, (void *Dst, uptr N, uptr DstLen),
                   (Dst, N, DstLen), N <= DstLen, (Dst, N))
#undef MEMSCOPE_FORTIFIED
#undef EXPAND

namespace memscope {
void InitializeFortifyInterceptors() {
  INTERCEPT_FUNCTION(__fgets_chk);
  INTERCEPT_FUNCTION(__fread_chk);
  INTERCEPT_FUNCTION(__read_chk);
  INTERCEPT_FUNCTION(__pread_chk);
  INTERCEPT_FUNCTION(__pread64_chk);
  INTERCEPT_FUNCTION(__recv_chk);
  INTERCEPT_FUNCTION(__recvfrom_chk);
  INTERCEPT_FUNCTION(__getcwd_chk);
  INTERCEPT_FUNCTION(__readlink_chk);
  INTERCEPT_FUNCTION(__realpath_chk);
  INTERCEPT_FUNCTION(__mbstowcs_chk);
  INTERCEPT_FUNCTION(__wcstombs_chk);
  INTERCEPT_FUNCTION(__gethostname_chk);
  INTERCEPT_FUNCTION(__wmemcpy_chk);
  INTERCEPT_FUNCTION(__wmemmove_chk);
  INTERCEPT_FUNCTION(__wmempcpy_chk);
  INTERCEPT_FUNCTION(__wmemset_chk);
  INTERCEPT_FUNCTION(__explicit_bzero_chk);
}
} // namespace memscope
