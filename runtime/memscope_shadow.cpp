//===- memscope_shadow.cpp - reserving and writing shadow memory ----------===//
//
// Reserves the shadow regions drawn in memscope_mapping.h at start-up and
// implements the few shadow writers and the range check used by every
// interceptor and by the out-of-line access checks.
//
// See also: memscope_mapping.h, memscope_allocator.cpp (main writer).
//===----------------------------------------------------------------------===//
#include "memscope_flags.h"
#include "memscope_mapping.h"

#include "interception/interception.h"
#include "sanitizer_common/sanitizer_libc.h"
#include "sanitizer_common/sanitizer_posix.h"

#include <sys/mman.h>

DECLARE_REAL(void *, memset, void *, int, __sanitizer::uptr)

namespace memscope {

void FastMemset(void *Dst, u8 Byte, uptr Size) {
  // A fake frame's or a small block's few shadow bytes: word stores beat a
  // call through the PLT.
  if (Size <= 64) {
    u64 Word = 0x0101010101010101ULL * Byte;
    uptr P = reinterpret_cast<uptr>(Dst), End = P + Size;
    for (; P + 8 <= End; P += 8)
      __builtin_memcpy(reinterpret_cast<void *>(P), &Word, 8);
    for (; P < End; ++P)
      *reinterpret_cast<u8 *>(P) = Byte;
    return;
  }
  if (LIKELY(REAL(memset)))
    REAL(memset)(Dst, Byte, Size);
  else
    internal_memset(Dst, Byte, Size);
}

void *ReserveTableOrDie(uptr Size, const char *Name) {
  Size = RoundUpTo(Size, GetPageSizeCached());
  uptr P = MmapNamed(nullptr, Size, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANON | MAP_NORESERVE, Name);
  int Errno;
  if (UNLIKELY(internal_iserror(P, &Errno)))
    ReportMmapFailureAndDie(Size, Name, "reserve", Errno);
  return reinterpret_cast<void *>(P);
}

bool ShadowGapIsMemory;

void InitializeShadow() {
  // The shadow must be free address space before anything else is mapped
  // there; a non-PIE program or a big early mmap could have taken it.
  if (!MemoryRangeIsAvailable(kLowShadowBeg, kLowShadowEnd) ||
      !MemoryRangeIsAvailable(kHighShadowBeg, kHighShadowEnd) ||
      !MemoryRangeIsAvailable(kShadowGapBeg, kShadowGapEnd)) {
    Report("memscope: ERROR: the shadow memory range is already in use; "
           "this program cannot be checked (is it built as a static or "
           "huge non-PIE executable?)\n");
    DumpProcessMap();
    Die();
  }
  ReserveShadowMemoryRange(kLowShadowBeg, kLowShadowEnd, "low shadow");
  ReserveShadowMemoryRange(kHighShadowBeg, kHighShadowEnd, "high shadow");
  if (flags()->protect_shadow_gap) {
    ProtectGap(kShadowGapBeg, kShadowGapEnd - kShadowGapBeg + 1, 0, 0);
    return;
  }
  // The program may map memory in the gap (a GPU driver does): it gets a
  // shadow, which lies in the gap itself, reserved now; the rest of the gap
  // is left free for the program's mappings.
  uptr Page = GetPageSizeCached();
  ReserveShadowMemoryRange(RoundDownTo(MemToShadow(kShadowGapBeg), Page),
                           RoundUpTo(MemToShadow(kShadowGapEnd), Page) - 1,
                           "unprotected gap shadow");
  ShadowGapIsMemory = true;
}

void PoisonShadow(uptr Addr, uptr Size, u8 Value) {
  DCHECK(IsAligned(Addr, kGranule));
  uptr ShadowBeg = MemToShadow(Addr);
  uptr ShadowEnd = MemToShadow(Addr + RoundUpTo(Size, kGranule));
  uptr Len = ShadowEnd - ShadowBeg;
  // Big clears are cheaper by giving the pages back: they read as zero.
  constexpr uptr kReleaseThreshold = 64 << 10;
  if (Value == 0 && Len >= kReleaseThreshold) {
    uptr PageSize = GetPageSizeCached();
    uptr PageBeg = RoundUpTo(ShadowBeg, PageSize);
    uptr PageEnd = RoundDownTo(ShadowEnd, PageSize);
    FastMemset(reinterpret_cast<void *>(ShadowBeg), 0, PageBeg - ShadowBeg);
    ReleaseMemoryPagesToOS(PageBeg, PageEnd);
    FastMemset(reinterpret_cast<void *>(PageEnd), 0, ShadowEnd - PageEnd);
    return;
  }
  FastMemset(reinterpret_cast<void *>(ShadowBeg), Value, Len);
}

void UnpoisonShadowForAllocation(uptr Addr, uptr Size) {
  DCHECK(IsAligned(Addr, kGranule));
  uptr Whole = RoundDownTo(Size, kGranule);
  if (Whole)
    PoisonShadow(Addr, Whole, 0);
  if (uptr Tail = Size - Whole)
    *ShadowByte(Addr + Whole) = static_cast<s8>(Tail);
}

uptr FindPoisonedByte(uptr Beg, uptr Size) {
  if (Size == 0)
    return 0;
  uptr End = Beg + Size;
  if (End < Beg) // Wraps around: the first byte past the top is bad.
    return Beg;
  if (ShortRangeIsClean(Beg, Size))
    return 0;
  uptr AlignedBeg = RoundUpTo(Beg, kGranule);
  uptr AlignedEnd = RoundDownTo(End, kGranule);
  // Fast path: both ends addressable and every whole granule between has
  // shadow 0, checked eight granules at a time by mem_is_zero.
  if (AddrIsInMem(Beg) && AddrIsInMem(End - 1) && !AddressIsPoisoned(Beg) &&
      !AddressIsPoisoned(End - 1) &&
      (AlignedEnd <= AlignedBeg ||
       mem_is_zero(reinterpret_cast<const char *>(MemToShadow(AlignedBeg)),
                   MemToShadow(AlignedEnd) - MemToShadow(AlignedBeg))))
    return 0;
  // As ASan: a range starting or ending outside the application's memory
  // is bad there (a wild length is not walked to its first bad byte).
  if (!AddrIsInMem(Beg))
    return Beg;
  if (!AddrIsInMem(End))
    return End;
  // Slow path, only taken when something is wrong: find the first bad byte,
  // skipping whole clean granules so a long range stays linear in granules.
  for (uptr P = Beg; P < End;) {
    if (AddrIsInMem(P) && *ShadowByte(P) == 0) {
      P = RoundDownTo(P, kGranule) + kGranule;
      continue;
    }
    if (AddressIsPoisoned(P))
      return P;
    ++P;
  }
  return 0;
}

} // namespace memscope
