//===- memscope_trace_sink.cpp - the trace's bytes on their way out -------===//
//
// See memscope_trace_sink.h. libzstd is reached through dlsym, so its
// declarations come from zstd.h (libzstd-dev) and its functions through a
// table filled when it is loaded.
//===----------------------------------------------------------------------===//
#include "memscope_trace_sink.h"

#include "interception/interception.h"
#include "lsan/lsan_common.h"
#include "sanitizer_common/sanitizer_allocator_internal.h"
#include "sanitizer_common/sanitizer_common.h"
#include "sanitizer_common/sanitizer_libc.h"
#include "sanitizer_common/sanitizer_posix.h"

#define ZSTD_STATIC_LINKING_ONLY // ZSTD_customMem, ZSTD_createCCtx_advanced
#include <dlfcn.h>
#include <zstd.h>

DECLARE_REAL(void *, dlopen, const char *, int)

namespace memscope {

namespace {

// EINTR on Linux; sanitizer_errno_codes.h does not define it.
constexpr int kErrnoEintr = 4;
constexpr uptr kRawSize = 256 << 10;
// Level 3, zstd's default. Level 1 is faster only on near-incompressible
// streams (a trace of malloc/free churn: 48 MB in 0.17 s instead of 0.34 s,
// 31 MB instead of 28 MB) and compresses ownership's periodic edge events
// badly (benchmarks/shared_ptr.cpp: 15 MB instead of 5.6 MB, and slower,
// since writing long matches is the cheap part).
constexpr int kLevel = 3;

struct Zstd {
  decltype(&ZSTD_createCCtx_advanced) CreateCCtx;
  decltype(&ZSTD_CCtx_setParameter) SetParameter;
  decltype(&ZSTD_CCtx_reset) Reset;
  decltype(&ZSTD_compressStream2) Compress;
  decltype(&ZSTD_isError) IsError;
  decltype(&ZSTD_CStreamOutSize) OutSize;
};
Zstd Z;
ZSTD_CCtx *Ctx;

fd_t Fd = kInvalidFd;
bool Failed;
trace::FileHeaderV3 Header;
bool HeaderWritten;
u8 *Raw;       // records appended, not compressed yet
uptr RawUsed;
u8 *Out;       // compressed bytes, before they are written
uptr OutSize;

void *ZstdAlloc(void *, size_t Size) { return InternalAlloc(Size); }
void ZstdFree(void *, void *P) { InternalFree(P); }

void WriteAll(const void *Data, uptr Size) {
  const char *P = static_cast<const char *>(Data);
  while (Size && !Failed) {
    uptr Res = internal_write(Fd, P, Size);
    int Err;
    if (internal_iserror(Res, &Err)) {
      if (Err == kErrnoEintr)
        continue;
      Report("memscope: cannot write the trace (errno %d); tracing stops\n",
             Err);
      Failed = true;
      return;
    }
    P += Res;
    Size -= Res;
  }
}

// Compresses the raw buffer with Mode (continue, flush or end) and writes
// what comes out.
void Compress(ZSTD_EndDirective Mode) {
  ZSTD_inBuffer In = {Raw, RawUsed, 0};
  while (!Failed) {
    ZSTD_outBuffer O = {Out, OutSize, 0};
    size_t Left = Z.Compress(Ctx, &O, &In, Mode);
    if (Z.IsError(Left)) {
      Report("memscope: cannot compress the trace; tracing stops\n");
      Failed = true;
      return;
    }
    WriteAll(Out, O.pos);
    if (Mode == ZSTD_e_continue ? In.pos == In.size : Left == 0)
      break;
  }
  RawUsed = 0;
}

template <typename F> bool Resolve(void *Lib, const char *Name, F *Fn) {
  *Fn = reinterpret_cast<F>(dlsym(Lib, Name));
  return *Fn != nullptr;
}

} // namespace

void SinkInitialize() {
  Raw = static_cast<u8 *>(MmapOrDie(kRawSize, "memscope trace buffer"));
}

void SinkLoadCompressor() {
  if (Ctx || HeaderWritten)
    return; // loaded, or too late: the stream has begun uncompressed
  // What dlopen and dlsym allocate is the runtime's.
  __lsan::ScopedInterceptorDisabler Disabler;
  void *Lib = REAL(dlopen) ? REAL(dlopen)("libzstd.so.1", RTLD_NOW | RTLD_LOCAL)
                           : nullptr;
  if (!Lib ||
      !Resolve(Lib, "ZSTD_createCCtx_advanced", &Z.CreateCCtx) ||
      !Resolve(Lib, "ZSTD_CCtx_setParameter", &Z.SetParameter) ||
      !Resolve(Lib, "ZSTD_CCtx_reset", &Z.Reset) ||
      !Resolve(Lib, "ZSTD_compressStream2", &Z.Compress) ||
      !Resolve(Lib, "ZSTD_isError", &Z.IsError) ||
      !Resolve(Lib, "ZSTD_CStreamOutSize", &Z.OutSize)) {
    VReport(1, "memscope: libzstd.so.1 not found; the trace is not "
               "compressed\n");
    return;
  }
  ZSTD_customMem Mem = {ZstdAlloc, ZstdFree, nullptr};
  Ctx = Z.CreateCCtx(Mem);
  if (!Ctx || Z.IsError(Z.SetParameter(Ctx, ZSTD_c_compressionLevel, kLevel)))
    Ctx = nullptr;
  if (!Ctx)
    return;
  OutSize = Z.OutSize();
  Out = static_cast<u8 *>(MmapOrDie(OutSize, "memscope trace output"));
}

void SinkStart(fd_t NewFd, const trace::FileHeaderV3 &NewHeader) {
  Fd = NewFd;
  Failed = false;
  RawUsed = 0;
  Header = NewHeader;
  HeaderWritten = false;
}

namespace {
// The header, with the compression the stream will have, before any record.
void WriteHeaderOnce() {
  if (HeaderWritten)
    return;
  HeaderWritten = true;
  Header.Compression = static_cast<u32>(Ctx ? trace::Compression::Zstd
                                            : trace::Compression::None);
  if (Ctx)
    Z.Reset(Ctx, ZSTD_reset_session_only);
  WriteAll(&Header, sizeof(Header));
}

// The raw bytes gathered so far go out: compressed, ending the block or the
// frame as Mode says, or as they are when there is no compressor.
void Drain(ZSTD_EndDirective Mode) {
  WriteHeaderOnce();
  if (Ctx)
    Compress(Mode);
  else
    WriteAll(Raw, RawUsed), RawUsed = 0;
}
} // namespace

void SinkAppend(const void *Data, uptr Size) {
  const u8 *P = static_cast<const u8 *>(Data);
  while (Size && !Failed) {
    uptr N = Size < kRawSize - RawUsed ? Size : kRawSize - RawUsed;
    internal_memcpy(Raw + RawUsed, P, N);
    RawUsed += N;
    P += N;
    Size -= N;
    if (RawUsed == kRawSize)
      Drain(ZSTD_e_continue);
  }
}

void SinkFlush() {
  if (!Failed)
    Drain(ZSTD_e_flush);
}

void SinkEnd() {
  if (!Failed)
    Drain(ZSTD_e_end);
}

bool SinkFailed() { return Failed; }

} // namespace memscope
