//===- memscope_common_interceptors.cpp - libc functions that touch memory ===//
//
// sanitizer_common's interceptors for the C library's functions that read
// or write the caller's memory: puts, fputs, fwrite, fread, fgets, read,
// write, recv, strstr, strspn, strpbrk, the wcs* and strto* functions,
// time and locale functions, getpwnam and hundreds more. ASan uses the
// same code; memscope supplies the hooks it expects (below) and reports
// what they find as its own range errors, naming the libc function.
//
// The functions memscope intercepts itself (memscope_interceptors.cpp: the
// str* functions it checked first, strtok, memchr, dlopen; the mem*
// functions; the printf and scanf families; the exit paths; and those
// memscope_interceptors_extra.cpp checks better) are left out here, by
// turning off their SANITIZER_INTERCEPT_* switches.
//
// See also: memscope_interceptors.h (the range checks), sanitizer_common/
// sanitizer_common_interceptors.inc, docs/Reports.md.
//===----------------------------------------------------------------------===//
#include "memscope_allocator.h"
#include "memscope_interceptors.h"
#include "memscope_mapping.h"
#include "memscope_thread.h"

#include "sanitizer_common/sanitizer_platform_interceptors.h"

// Intercepted by memscope itself.
#undef SANITIZER_INTERCEPT_STRLEN
#define SANITIZER_INTERCEPT_STRLEN 0
#undef SANITIZER_INTERCEPT_STRNLEN
#define SANITIZER_INTERCEPT_STRNLEN 0
#undef SANITIZER_INTERCEPT_STRCMP
#define SANITIZER_INTERCEPT_STRCMP 0
#undef SANITIZER_INTERCEPT_STRCHR
#define SANITIZER_INTERCEPT_STRCHR 0
#undef SANITIZER_INTERCEPT_MEMCHR
#define SANITIZER_INTERCEPT_MEMCHR 0
#undef SANITIZER_INTERCEPT_MEMCMP
#define SANITIZER_INTERCEPT_MEMCMP 0
#undef SANITIZER_INTERCEPT_STRNDUP
#define SANITIZER_INTERCEPT_STRNDUP 0
#undef SANITIZER_INTERCEPT___STRNDUP
#define SANITIZER_INTERCEPT___STRNDUP 0
#undef SANITIZER_INTERCEPT_STRTOK
#define SANITIZER_INTERCEPT_STRTOK 0
// The printf family (memscope_printf.cpp): the common code checks nothing
// for `%.*s` and `%ls`, and leaves out dprintf and the _chk functions.
#undef SANITIZER_INTERCEPT_PRINTF
#define SANITIZER_INTERCEPT_PRINTF 0
#undef SANITIZER_INTERCEPT_PRINTF_L
#define SANITIZER_INTERCEPT_PRINTF_L 0
#undef SANITIZER_INTERCEPT_ISOC99_PRINTF
#define SANITIZER_INTERCEPT_ISOC99_PRINTF 0
#undef SANITIZER_INTERCEPT___PRINTF_CHK
#define SANITIZER_INTERCEPT___PRINTF_CHK 0
// The scanf family (memscope_scanf.cpp): the common code stops at
// numbered arguments, checks nothing for %ls without a width nor sscanf's
// input, and has no wide family.
#undef SANITIZER_INTERCEPT_SCANF
#define SANITIZER_INTERCEPT_SCANF 0
#undef SANITIZER_INTERCEPT_ISOC99_SCANF
#define SANITIZER_INTERCEPT_ISOC99_SCANF 0
#undef SANITIZER_INTERCEPT_DLOPEN_DLCLOSE
#define SANITIZER_INTERCEPT_DLOPEN_DLCLOSE 0
#undef SANITIZER_INTERCEPT__EXIT
#define SANITIZER_INTERCEPT__EXIT 0
// Written for the BSDs, and as right on Linux: access and faccessat read
// their path (Valgrind checks it too).
#undef SANITIZER_INTERCEPT_ACCESS
#define SANITIZER_INTERCEPT_ACCESS 1
#undef SANITIZER_INTERCEPT_FACCESSAT
#define SANITIZER_INTERCEPT_FACCESSAT 1
// Checked better in memscope_interceptors_extra.cpp: glibc's getgrouplist
// returns the number of groups, not the 0 the common code waits for before
// it checks, and random_r's state was not checked.
#undef SANITIZER_INTERCEPT_GETGROUPLIST
#define SANITIZER_INTERCEPT_GETGROUPLIST 0
#undef SANITIZER_INTERCEPT_RANDOM_R
#define SANITIZER_INTERCEPT_RANDOM_R 0
// And the source strings of mbstowcs, mbsrtowcs, wcstombs and wcsrtombs,
// which the common code does not check at all.
#undef SANITIZER_INTERCEPT_MBSTOWCS
#define SANITIZER_INTERCEPT_MBSTOWCS 0
#undef SANITIZER_INTERCEPT_WCSTOMBS
#define SANITIZER_INTERCEPT_WCSTOMBS 0
// Likewise drand48_r's and lrand48_r's state, what ctermid writes into
// the program's buffer, stat's path (checked only with
// strict_string_checks there) and prctl's names.
#undef SANITIZER_INTERCEPT_DRAND48_R
#define SANITIZER_INTERCEPT_DRAND48_R 0
#undef SANITIZER_INTERCEPT_CTERMID
#define SANITIZER_INTERCEPT_CTERMID 0
#undef SANITIZER_INTERCEPT_STAT
#define SANITIZER_INTERCEPT_STAT 0
#undef SANITIZER_INTERCEPT_STAT64
#define SANITIZER_INTERCEPT_STAT64 0
#undef SANITIZER_INTERCEPT_LSTAT
#define SANITIZER_INTERCEPT_LSTAT 0
#undef SANITIZER_INTERCEPT_PRCTL
#define SANITIZER_INTERCEPT_PRCTL 0
// The semaphores (memscope_sync.cpp), which the common code intercepts
// without checking them.
#undef SANITIZER_INTERCEPT_SEM
#define SANITIZER_INTERCEPT_SEM 0
// sendto's address, which the common code does not check (send comes
// with it), nor recvfrom's (recv comes with it); sendmsg's message, which
// it checks only after a send that succeeded.
#undef SANITIZER_INTERCEPT_RECV_RECVFROM
#define SANITIZER_INTERCEPT_RECV_RECVFROM 0
#undef SANITIZER_INTERCEPT_SENDMSG
#define SANITIZER_INTERCEPT_SENDMSG 0
#undef SANITIZER_INTERCEPT_SEND_SENDTO
#define SANITIZER_INTERCEPT_SEND_SENDTO 0
// strxfrm's and wcsxfrm's destination when the result did not fit (the
// common code checks it only when it did), and fmemopen's buffer.
#undef SANITIZER_INTERCEPT_STRXFRM
#define SANITIZER_INTERCEPT_STRXFRM 0
#undef SANITIZER_INTERCEPT___STRXFRM_L
#define SANITIZER_INTERCEPT___STRXFRM_L 0
#undef SANITIZER_INTERCEPT_WCSXFRM
#define SANITIZER_INTERCEPT_WCSXFRM 0
#undef SANITIZER_INTERCEPT___WCSXFRM_L
#define SANITIZER_INTERCEPT___WCSXFRM_L 0
#undef SANITIZER_INTERCEPT_OPEN_MEMSTREAM
#define SANITIZER_INTERCEPT_OPEN_MEMSTREAM 0
// inet_pton's source (read only with strict_string_checks there),
// sigaltstack's new stack and strptime's input, which the common code
// does not check.
#undef SANITIZER_INTERCEPT_INET
#define SANITIZER_INTERCEPT_INET 0
#undef SANITIZER_INTERCEPT_SIGALTSTACK
#define SANITIZER_INTERCEPT_SIGALTSTACK 0
#undef SANITIZER_INTERCEPT_STRPTIME
#define SANITIZER_INTERCEPT_STRPTIME 0
// And glob's result, whose path list begins with gl_offs null entries
// under GLOB_DOOFFS, which the common code reads as strings (a crash).
#undef SANITIZER_INTERCEPT_GLOB
#define SANITIZER_INTERCEPT_GLOB 0
#undef SANITIZER_INTERCEPT_GLOB64
#define SANITIZER_INTERCEPT_GLOB64 0
// The stdio calls that use a stream (memscope_stdio.cpp), which also
// check the stream: a closed one's FILE, a buffer given to setvbuf.
#undef SANITIZER_INTERCEPT_FPUTS
#define SANITIZER_INTERCEPT_FPUTS 0
#undef SANITIZER_INTERCEPT_PUTS
#define SANITIZER_INTERCEPT_PUTS 0
#undef SANITIZER_INTERCEPT_FWRITE
#define SANITIZER_INTERCEPT_FWRITE 0
#undef SANITIZER_INTERCEPT_FREAD
#define SANITIZER_INTERCEPT_FREAD 0
#undef SANITIZER_INTERCEPT_FGETS
#define SANITIZER_INTERCEPT_FGETS 0
#undef SANITIZER_INTERCEPT_FFLUSH
#define SANITIZER_INTERCEPT_FFLUSH 0
#undef SANITIZER_INTERCEPT_GETLINE
#define SANITIZER_INTERCEPT_GETLINE 0
// Checked better in memscope_interceptors_system.cpp: the I/O vectors
// themselves (the common code reads only their buffers), textdomain's name
// (read only with strict_string_checks), getnameinfo's address, tsearch's
// root slot, the utmp entry getutid and getutline read (the common code
// only marks their result initialised); and posix_spawn's file actions and attributes
// (memscope_termination.cpp).
#undef SANITIZER_INTERCEPT_READV
#define SANITIZER_INTERCEPT_READV 0
#undef SANITIZER_INTERCEPT_WRITEV
#define SANITIZER_INTERCEPT_WRITEV 0
#undef SANITIZER_INTERCEPT_PREADV
#define SANITIZER_INTERCEPT_PREADV 0
#undef SANITIZER_INTERCEPT_PWRITEV
#define SANITIZER_INTERCEPT_PWRITEV 0
#undef SANITIZER_INTERCEPT_PREADV64
#define SANITIZER_INTERCEPT_PREADV64 0
#undef SANITIZER_INTERCEPT_PWRITEV64
#define SANITIZER_INTERCEPT_PWRITEV64 0
#undef SANITIZER_INTERCEPT_PREADV2
#define SANITIZER_INTERCEPT_PREADV2 0
#undef SANITIZER_INTERCEPT_PWRITEV2
#define SANITIZER_INTERCEPT_PWRITEV2 0
#undef SANITIZER_INTERCEPT_TEXTDOMAIN
#define SANITIZER_INTERCEPT_TEXTDOMAIN 0
#undef SANITIZER_INTERCEPT_GETNAMEINFO
#define SANITIZER_INTERCEPT_GETNAMEINFO 0
#undef SANITIZER_INTERCEPT_TSEARCH
#define SANITIZER_INTERCEPT_TSEARCH 0
#undef SANITIZER_INTERCEPT_POSIX_SPAWN
#define SANITIZER_INTERCEPT_POSIX_SPAWN 0
#undef SANITIZER_INTERCEPT_UTMP
#define SANITIZER_INTERCEPT_UTMP 0
// The allocation functions are memscope's own definitions, not
// interceptors.
#undef SANITIZER_INTERCEPT_MALLOC_USABLE_SIZE
#define SANITIZER_INTERCEPT_MALLOC_USABLE_SIZE 0

using namespace memscope;

// __tls_get_addr's interceptor tells a block of the static TLS from a
// dynamic one by this range.
#define COMMON_INTERCEPTOR_GET_TLS_RANGE(Begin, End)                           \
  GetCurrentThreadTls(Begin, End)

// The common code calls libc's mem* functions through REAL (memscope's
// interceptors of them are in memscope_interceptors_memintrinsics.cpp), and
// allocates through the malloc interceptor, which is memscope's malloc.
DECLARE_REAL(void *, memcpy, void *, const void *, uptr)
DECLARE_REAL(void *, memset, void *, int, uptr)
extern "C" {
void *malloc(uptr Size);
void free(void *P);
void *WRAP(malloc)(uptr Size) { return malloc(Size); }
void WRAP(free)(void *P) { free(P); }
}

namespace {
void ClearMappedShadow(uptr Beg, uptr Size) {
  uptr End = Beg + Size;
  if (!IsAligned(Beg, kGranule) || End < Beg || !AddrIsInMem(Beg) ||
      !AddrIsInMem(End - 1))
    return;
  PoisonShadow(Beg, Size, 0);
}

// The interceptor's name, for the report: `ctx` carries it.
const char *InterceptorName(void *Ctx) {
  return Ctx ? static_cast<const char *>(Ctx) : "a libc function";
}
} // namespace

#define COMMON_INTERCEPT_FUNCTION(name) INTERCEPT_FUNCTION(name)
#define COMMON_INTERCEPT_FUNCTION_VER(name, ver)                               \
  INTERCEPT_FUNCTION_VER(name, ver)
#define COMMON_INTERCEPT_FUNCTION_VER_UNVERSIONED_FALLBACK(name, ver)          \
  INTERCEPT_FUNCTION_VER(name, ver) || INTERCEPT_FUNCTION(name)

// Before the runtime is up (and while it starts), and in leak-only builds,
// which check no access, calls go straight to libc.
#define COMMON_INTERCEPTOR_ENTER(ctx, func, ...)                               \
  ctx = const_cast<char *>(#func);                                             \
  (void)ctx;                                                                   \
  if (UNLIKELY(!MemscopeInited) || LeakOnlyBuild)                              \
    return REAL(func)(__VA_ARGS__);
#define COMMON_INTERCEPTOR_NOTHING_IS_INITIALIZED (!MemscopeInited)

#define COMMON_INTERCEPTOR_READ_RANGE(ctx, ptr, size)                          \
  MEMSCOPE_READ_RANGE(InterceptorName(ctx), ptr, size)
#define COMMON_INTERCEPTOR_WRITE_RANGE(ctx, ptr, size)                         \
  MEMSCOPE_WRITE_RANGE(InterceptorName(ctx), ptr, size)

// Nothing to track for descriptors, threads' names or mutexes.
#define MEMSCOPE_NOTHING                                                       \
  do {                                                                         \
  } while (false)
#define COMMON_INTERCEPTOR_FD_ACQUIRE(ctx, fd) MEMSCOPE_NOTHING
#define COMMON_INTERCEPTOR_FD_RELEASE(ctx, fd) MEMSCOPE_NOTHING
#define COMMON_INTERCEPTOR_FD_SOCKET_ACCEPT(ctx, fd, newfd) MEMSCOPE_NOTHING
#define COMMON_INTERCEPTOR_DIR_ACQUIRE(ctx, path) MEMSCOPE_NOTHING
#define COMMON_INTERCEPTOR_SET_THREAD_NAME(ctx, name) MEMSCOPE_NOTHING
// glibc measures the name whole (a longer one than a thread may have fails).
#define COMMON_INTERCEPTOR_SET_PTHREAD_NAME(ctx, thread, name)                 \
  COMMON_INTERCEPTOR_READ_RANGE(ctx, name, internal_strlen(name) + 1)
#define COMMON_INTERCEPTOR_BLOCK_REAL(name) REAL(name)
// Only _exit's interceptor asks, and memscope has its own.
#define COMMON_INTERCEPTOR_ON_EXIT(ctx) 0
#define COMMON_INTERCEPTOR_ON_DLOPEN(filename, flag) MEMSCOPE_NOTHING

// Memory mapped or unmapped by the program starts clean: it may lie where
// a thread's stack was, whose frames left their redzones in the shadow.
#define COMMON_INTERCEPTOR_MMAP_IMPL(ctx, mmap, addr, sz, prot, flags, fd,    \
                                     off)                                     \
  {                                                                           \
    void *Mapped = REAL(mmap)(addr, sz, prot, flags, fd, off);                \
    if (Mapped != reinterpret_cast<void *>(-1))                               \
      ClearMappedShadow(reinterpret_cast<uptr>(Mapped), sz);                  \
    return Mapped;                                                            \
  }
#define COMMON_INTERCEPTOR_MUNMAP_IMPL(ctx, addr, sz)                          \
  {                                                                           \
    int Result = REAL(munmap)(addr, sz);                                      \
    if (Result == 0)                                                          \
      ClearMappedShadow(reinterpret_cast<uptr>(addr), sz);                    \
    return Result;                                                            \
  }

#include "sanitizer_common/sanitizer_common_interceptors.inc"

// The common code would set up its mem* interceptors here; memscope's are
// its own (memscope::InitializeMemintrinsicInterceptors).
void __sanitizer::InitializeMemintrinsicInterceptors() {}

namespace memscope {
void InitializeCommonInterceptors() { ::InitializeCommonInterceptors(); }
} // namespace memscope
