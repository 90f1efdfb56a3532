//===- memscope_mapping.h - the shadow memory layout ------------*- C++ -*-===//
//
// One shadow byte describes one 8-byte granule of application memory (the
// constants come from include/memscope/abi.h, shared with the pass):
//
//     Shadow(addr) = (addr >> 3) + 0x7fff8000
//
// x86_64 Linux, 47-bit user address space (the same layout as ASan's):
//
//   [0x10007fff8000, 0x7fffffffffff]  HighMem     application
//   [0x02008fff7000, 0x10007fff7fff]  HighShadow  shadow of HighMem
//   [0x00008fff7000, 0x02008fff6fff]  ShadowGap   PROT_NONE (shadow of shadow)
//   [0x00007fff8000, 0x00008fff6fff]  LowShadow   shadow of LowMem
//   [0x000000000000, 0x00007fff7fff]  LowMem      application (non-PIE text)
//
// Shadow byte values:
//     0          all 8 bytes addressable
//     1..7       the first k bytes addressable (the tail of an allocation)
//     0xfa       heap left redzone (also the slack after a chunk: the next
//                chunk's left redzone is this chunk's right redzone)
//     0xfb       heap right redzone of a secondary (mmap) allocation
//     0xfd       freed heap memory (in quarantine)
//     0xf7       poisoned by the user (__asan_poison_memory_region)
//     0xf9       after a global variable (pass/Globals.cpp)
//     0xf1 0xf2 0xf3  before, between and after the locals of a frame
//     0xf8       a local out of its scope; 0xf5 a fake frame that returned
//                (pass/StackRedzones.cpp, memscope_stack_frames.cpp)
//
// Locals outside the frames the pass lays out, and globals without a
// redzone, keep shadow 0, which is why the pass may skip accesses to them.
//
// See also: include/memscope/abi.h, memscope_shadow.cpp, pass/MemoryAccess.cpp.
//===----------------------------------------------------------------------===//
#ifndef MEMSCOPE_MAPPING_H
#define MEMSCOPE_MAPPING_H

#include "memscope_internal.h"

namespace memscope {

constexpr uptr kShadowScale = MEMSCOPE_SHADOW_SCALE;
constexpr uptr kGranule = MEMSCOPE_SHADOW_GRANULE;
constexpr uptr kShadowOffset = MEMSCOPE_SHADOW_OFFSET;

constexpr uptr MemToShadow(uptr P) { return (P >> kShadowScale) + kShadowOffset; }
// The first application byte a shadow byte describes.
constexpr uptr ShadowToMem(uptr S) { return (S - kShadowOffset) << kShadowScale; }

constexpr uptr kLowMemBeg = 0;
constexpr uptr kLowMemEnd = kShadowOffset - 1;
constexpr uptr kHighMemEnd = 0x7fffffffffffULL;
constexpr uptr kLowShadowBeg = kShadowOffset;
constexpr uptr kLowShadowEnd = MemToShadow(kLowMemEnd);
constexpr uptr kHighShadowEnd = MemToShadow(kHighMemEnd);
constexpr uptr kHighMemBeg = kHighShadowEnd + 1;
constexpr uptr kHighShadowBeg = MemToShadow(kHighMemBeg);
constexpr uptr kShadowGapBeg = kLowShadowEnd + 1;
constexpr uptr kShadowGapEnd = kHighShadowBeg - 1;

static_assert(kLowShadowEnd == 0x00008fff6fffULL, "low shadow end");
static_assert(kHighShadowBeg == 0x02008fff7000ULL, "high shadow start");

// protect_shadow_gap=0: the gap between the shadows is application memory
// too (its shadow, inside the gap, is reserved then).
extern bool ShadowGapIsMemory;

inline bool AddrIsInMem(uptr A) {
  return A <= kLowMemEnd || (A >= kHighMemBeg && A <= kHighMemEnd) ||
         (UNLIKELY(ShadowGapIsMemory) && A >= kShadowGapBeg &&
          A <= kShadowGapEnd);
}

inline s8 *ShadowByte(uptr A) { return reinterpret_cast<s8 *>(MemToShadow(A)); }

// True if the byte at A is not addressable.
inline bool AddressIsPoisoned(uptr A) {
  if (!AddrIsInMem(A))
    return false;
  s8 K = *ShadowByte(A);
  return K != 0 && static_cast<s8>(A & (kGranule - 1)) >= K;
}

// True if [Beg, Beg+Size) is at most 64 bytes and all of it addressable:
// the short strings and keys that memcmp, strlen and the like see most,
// tested inline by the range checks before they call FindPoisonedByte.
// Every granule but the last must be whole; the last may be a block's or a
// global's partial tail (shadow k: its first k bytes) that the range ends
// in. False says nothing.
inline bool ShortRangeIsClean(uptr Beg, uptr Size) {
  uptr Last = Beg + Size - 1;
  if (Size - 1 >= 64 || !AddrIsInMem(Beg) || !AddrIsInMem(Last))
    return false;
  const u8 *Shadow = reinterpret_cast<const u8 *>(MemToShadow(Beg));
  const u8 *LastShadow = reinterpret_cast<const u8 *>(MemToShadow(Last));
  u8 Any = 0;
  for (; Shadow < LastShadow; ++Shadow)
    Any |= *Shadow;
  s8 K = static_cast<s8>(*LastShadow);
  return !Any && (K == 0 || static_cast<s8>(Last & (kGranule - 1)) < K);
}

// Sets the shadow of [Addr, Addr+Size) to Value. Addr must be granule
// aligned; Size is rounded up to whole granules.
void PoisonShadow(uptr Addr, uptr Size, u8 Value);
// memset through libc's (vectorised) implementation once the interceptors
// have found it, the runtime's own before: for shadow ranges and heap
// fills of any size.
void FastMemset(void *Dst, u8 Byte, uptr Size);
// Makes [Addr, Addr+Size) addressable and the rest of its last granule not
// (shadow k = Size % 8), leaving following granules alone.
void UnpoisonShadowForAllocation(uptr Addr, uptr Size);
// The first poisoned byte of [Beg, Beg+Size), or 0 if there is none.
uptr FindPoisonedByte(uptr Beg, uptr Size);

} // namespace memscope

#endif // MEMSCOPE_MAPPING_H
