//===- memscope_containers.cpp - container-overflow annotations -----------===//
//
// A container that keeps spare capacity (std::vector with libstdc++'s
// _GLIBCXX_SANITIZE_VECTOR, libc++'s annotated vector and deque, a
// program's own buffers) says which part of its storage is in use with
// __sanitizer_annotate_contiguous_container (one end moves) or its double-
// ended variant (both ends); the unused part is poisoned with
// MEMSCOPE_MAGIC_CONTAINER_OVERFLOW, and an access there is a
// container-overflow.
//
// The shadow says, per 8-byte granule, only "the first k bytes are
// addressable". Bytes outside the storage that share a granule with it keep
// their state; where the wanted pattern cannot be expressed, the granule is
// made addressable up to its last byte that should be (never a false
// report: a poisoned prefix before the storage may become addressable, and
// a granule the storage ends in, followed by addressable memory, stays
// addressable). The verify and find_bad_address queries compare the shadow
// with what an annotation would have written, byte by byte.
//
// See also: memscope_rtl.cpp (__asan_poison_memory_region), docs/Reports.md.
//===----------------------------------------------------------------------===//
#include "memscope_flags.h"
#include "memscope_interface.h"
#include "memscope_mapping.h"
#include "memscope_report.h"
#include "memscope_stack.h"

#include "memscope/abi.h"

using namespace memscope;

namespace {

// Whether byte I of a granule whose shadow is V is addressable.
bool Addressable(s8 V, uptr I) { return V == 0 || (V > 0 && I < uptr(V)); }

// The shadow value granule G should have for storage [Beg, End) whose
// bytes [LiveBeg, LiveEnd) are in use.
s8 WantedValue(uptr G, uptr Beg, uptr End, uptr LiveBeg, uptr LiveEnd) {
  s8 Current = *ShadowByte(G);
  int Last = -1; // the last byte that should be addressable
  for (uptr I = 0; I < kGranule; ++I) {
    uptr A = G + I;
    bool Wanted = A < Beg || A >= End ? Addressable(Current, I)
                                      : A >= LiveBeg && A < LiveEnd;
    if (Wanted)
      Last = static_cast<int>(I);
  }
  if (Last == static_cast<int>(kGranule) - 1)
    return 0;
  if (Last < 0)
    return static_cast<s8>(MEMSCOPE_MAGIC_CONTAINER_OVERFLOW);
  return static_cast<s8>(Last + 1);
}

// Writes the wanted shadow of the granules of [From, To) inside the
// storage.
void Annotate(uptr Beg, uptr End, uptr LiveBeg, uptr LiveEnd, uptr From,
              uptr To) {
  From = RoundDownTo(From < Beg ? Beg : From, kGranule);
  To = To > End ? End : To;
  for (uptr G = From; G < To; G += kGranule)
    *ShadowByte(G) = WantedValue(G, Beg, End, LiveBeg, LiveEnd);
}

// The first byte of the storage whose state differs from what an
// annotation of [LiveBeg, LiveEnd) would leave, or null.
const void *FindBad(uptr Beg, uptr End, uptr LiveBeg, uptr LiveEnd) {
  for (uptr G = RoundDownTo(Beg, kGranule); G < End; G += kGranule) {
    s8 Actual = *ShadowByte(G);
    s8 Wanted = WantedValue(G, Beg, End, LiveBeg, LiveEnd);
    if (Actual == Wanted)
      continue;
    for (uptr I = 0; I < kGranule; ++I) {
      uptr A = G + I;
      if (A >= Beg && A < End &&
          Addressable(Actual, I) != Addressable(Wanted, I))
        return reinterpret_cast<const void *>(A);
    }
  }
  return nullptr;
}

} // namespace

extern "C" {

SANITIZER_INTERFACE_ATTRIBUTE void
__sanitizer_annotate_contiguous_container(const void *BegP, const void *EndP,
                                          const void *OldMidP,
                                          const void *NewMidP) {
  if (!flags()->detect_container_overflow || LeakOnlyBuild)
    return;
  uptr Beg = reinterpret_cast<uptr>(BegP), End = reinterpret_cast<uptr>(EndP);
  uptr OldMid = reinterpret_cast<uptr>(OldMidP);
  uptr NewMid = reinterpret_cast<uptr>(NewMidP);
  if (!(Beg <= End && Beg <= OldMid && OldMid <= End && Beg <= NewMid &&
        NewMid <= End)) {
    MEMSCOPE_STACK_FATAL_HERE;
    ReportBadContainerAnnotation(Beg, End, OldMid, NewMid, &stack);
    return;
  }
  // Only the granules between the two ends change.
  Annotate(Beg, End, Beg, NewMid, Min(OldMid, NewMid),
           RoundUpTo(Max(OldMid, NewMid), kGranule));
}

SANITIZER_INTERFACE_ATTRIBUTE void
__sanitizer_annotate_double_ended_contiguous_container(
    const void *BegP, const void *EndP, const void *OldBegP,
    const void *OldEndP, const void *NewBegP, const void *NewEndP) {
  if (!flags()->detect_container_overflow || LeakOnlyBuild)
    return;
  uptr Beg = reinterpret_cast<uptr>(BegP), End = reinterpret_cast<uptr>(EndP);
  uptr OldBeg = reinterpret_cast<uptr>(OldBegP);
  uptr OldEnd = reinterpret_cast<uptr>(OldEndP);
  uptr NewBeg = reinterpret_cast<uptr>(NewBegP);
  uptr NewEnd = reinterpret_cast<uptr>(NewEndP);
  if (!(Beg <= OldBeg && OldBeg <= OldEnd && OldEnd <= End && Beg <= NewBeg &&
        NewBeg <= NewEnd && NewEnd <= End)) {
    MEMSCOPE_STACK_FATAL_HERE;
    ReportBadDoubleEndedContainerAnnotation(Beg, End, OldBeg, OldEnd, NewBeg,
                                            NewEnd, &stack);
    return;
  }
  uptr From = Min(Min(OldBeg, NewBeg), Min(OldEnd, NewEnd));
  uptr To = Max(Max(OldBeg, NewBeg), Max(OldEnd, NewEnd));
  Annotate(Beg, End, NewBeg, NewEnd, From, RoundUpTo(To, kGranule));
}

SANITIZER_INTERFACE_ATTRIBUTE const void *
__sanitizer_contiguous_container_find_bad_address(const void *Beg,
                                                  const void *Mid,
                                                  const void *End) {
  if (!flags()->detect_container_overflow)
    return nullptr;
  return FindBad(reinterpret_cast<uptr>(Beg), reinterpret_cast<uptr>(End),
                 reinterpret_cast<uptr>(Beg), reinterpret_cast<uptr>(Mid));
}

SANITIZER_INTERFACE_ATTRIBUTE int
__sanitizer_verify_contiguous_container(const void *Beg, const void *Mid,
                                        const void *End) {
  return __sanitizer_contiguous_container_find_bad_address(Beg, Mid, End) ==
         nullptr;
}

SANITIZER_INTERFACE_ATTRIBUTE const void *
__sanitizer_double_ended_contiguous_container_find_bad_address(
    const void *StorageBeg, const void *ContainerBeg, const void *ContainerEnd,
    const void *StorageEnd) {
  if (!flags()->detect_container_overflow)
    return nullptr;
  return FindBad(reinterpret_cast<uptr>(StorageBeg),
                 reinterpret_cast<uptr>(StorageEnd),
                 reinterpret_cast<uptr>(ContainerBeg),
                 reinterpret_cast<uptr>(ContainerEnd));
}

// A container relocated by copying its bytes (a trivially relocatable
// vector's buffer): the destination gets the source's annotations, byte for
// byte as far as the shadow can say it. A granule left with no addressable
// byte becomes container overflow; one whose addressable bytes are not a
// prefix keeps the prefix up to its last addressable byte (never a false
// report). Granules the range shares with memory outside it only gain
// addressable bytes.
SANITIZER_INTERFACE_ATTRIBUTE void
__sanitizer_copy_contiguous_container_annotations(const void *SrcBegP,
                                                  const void *SrcEndP,
                                                  const void *DstBegP,
                                                  const void *DstEndP) {
  if (!flags()->detect_container_overflow)
    return;
  uptr SrcBeg = reinterpret_cast<uptr>(SrcBegP);
  uptr SrcEnd = reinterpret_cast<uptr>(SrcEndP);
  uptr DstBeg = reinterpret_cast<uptr>(DstBegP);
  uptr DstEnd = reinterpret_cast<uptr>(DstEndP);
  if (SrcEnd < SrcBeg || DstEnd - DstBeg != SrcEnd - SrcBeg || DstEnd == DstBeg)
    return;
  for (uptr G = RoundDownTo(DstBeg, kGranule); G < DstEnd; G += kGranule) {
    uptr Lo = Max(G, DstBeg), Hi = Min(G + kGranule, DstEnd);
    // The last byte of the granule, inside the range, whose source byte is
    // addressable.
    uptr Last = 0;
    bool Any = false;
    for (uptr D = Lo; D < Hi; ++D)
      if (!AddressIsPoisoned(SrcBeg + (D - DstBeg))) {
        Last = D;
        Any = true;
      }
    s8 *S = ShadowByte(G);
    bool Whole = Lo == G && Hi == G + kGranule;
    if (Whole) {
      *S = !Any ? static_cast<s8>(MEMSCOPE_MAGIC_CONTAINER_OVERFLOW)
           : Last == G + kGranule - 1 ? 0
                                      : static_cast<s8>(Last + 1 - G);
      continue;
    }
    if (!Any)
      continue;
    // An edge granule: addressable up to Last at least.
    s8 Needed = static_cast<s8>(Last + 1 - G);
    if (*S != 0 && (*S < 0 || *S < Needed))
      *S = Needed == static_cast<s8>(kGranule) ? 0 : Needed;
  }
}

SANITIZER_INTERFACE_ATTRIBUTE int
__sanitizer_verify_double_ended_contiguous_container(const void *StorageBeg,
                                                     const void *ContainerBeg,
                                                     const void *ContainerEnd,
                                                     const void *StorageEnd) {
  return __sanitizer_double_ended_contiguous_container_find_bad_address(
             StorageBeg, ContainerBeg, ContainerEnd, StorageEnd) == nullptr;
}

} // extern "C"
