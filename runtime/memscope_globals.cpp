//===- memscope_globals.cpp - global variables and their redzones ---------===//
//
// Each module's constructor registers its padded globals once; the runtime
// keeps the descriptors (they live in the module's read-only data) in a
// list of arrays that only grows, under a lock reports also take.
// Leak-only builds poison nothing (their accesses are not checked) and keep
// nothing.
//
// See also: memscope_globals.h.
//===----------------------------------------------------------------------===//
#include "memscope_globals.h"

#include "memscope_flags.h"
#include "memscope_mapping.h"

#include "sanitizer_common/sanitizer_common.h"

namespace memscope {
namespace {

struct RegisteredArray {
  const memscope_global *Globals;
  uptr Count;
};
constexpr uptr kMaxArrays = 4096;
RegisteredArray Arrays[kMaxArrays];
uptr NumArrays;
StaticSpinMutex ArraysMu;

void PoisonRedzone(const memscope_global &G) {
  uptr Beg = reinterpret_cast<uptr>(G.Beg);
  if (!IsAligned(Beg, kGranule) || G.SizeWithRedzone <= G.Size)
    return; // not laid out as the pass lays globals out
  uptr End = Beg + G.Size;
  uptr Aligned = RoundUpTo(End, kGranule);
  // The granule the global ends in is partly addressable.
  if (End != Aligned && flags()->poison_partial)
    *ShadowByte(Aligned - kGranule) = static_cast<s8>(End % kGranule);
  if (Beg + G.SizeWithRedzone > Aligned)
    PoisonShadow(Aligned, Beg + G.SizeWithRedzone - Aligned,
                 MEMSCOPE_MAGIC_GLOBAL_REDZONE);
}

void UnpoisonGlobal(const memscope_global &G) {
  uptr Beg = reinterpret_cast<uptr>(G.Beg);
  if (IsAligned(Beg, kGranule) && G.SizeWithRedzone > G.Size)
    PoisonShadow(Beg, G.SizeWithRedzone, 0);
}

void PrintGlobal(uptr Addr, const memscope_global &G) {
  uptr Beg = reinterpret_cast<uptr>(G.Beg), End = Beg + G.Size;
  if (Addr < Beg)
    Printf("%p is located %zu bytes before", reinterpret_cast<void *>(Addr),
           Beg - Addr);
  else if (Addr >= End)
    Printf("%p is located %zu bytes after", reinterpret_cast<void *>(Addr),
           Addr - End);
  else
    Printf("%p is located %zu bytes inside of", reinterpret_cast<void *>(Addr),
           Addr - Beg);
  Printf(" global variable '%s' defined in '%s", G.Name, G.File);
  if (G.Line)
    Printf(":%u", G.Line);
  Printf("' (%p) of size %llu\n", G.Beg, G.Size);
  // A global holding one ASCII string (its last byte the terminator) is
  // quoted, as ASan does.
  const char *Text = static_cast<const char *>(G.Beg);
  if (!G.Size || Text[G.Size - 1] != '\0')
    return;
  for (uptr I = 0; I + 1 < G.Size; ++I)
    if (Text[I] == '\0' || static_cast<unsigned char>(Text[I]) >= 0x80)
      return;
  Printf("  '%s' is ascii string '%s'\n", G.Name, Text);
}

} // namespace

// The global whose first Extent(G) bytes hold Addr.
template <typename ExtentFn>
static const memscope_global *FindGlobal(uptr Addr, ExtentFn Extent) {
  SpinMutexLock L(&ArraysMu);
  for (uptr I = 0; I < NumArrays; ++I)
    for (uptr J = 0; J < Arrays[I].Count; ++J) {
      const memscope_global &G = Arrays[I].Globals[J];
      if (Addr - reinterpret_cast<uptr>(G.Beg) < Extent(G))
        return &G;
    }
  return nullptr;
}

const memscope_global *FindGlobalAt(uptr Addr) {
  return FindGlobal(Addr, [](const memscope_global &G) { return G.Size; });
}

const memscope_global *FindGlobalOrRedzoneAt(uptr Addr) {
  return FindGlobal(Addr,
                    [](const memscope_global &G) { return G.SizeWithRedzone; });
}

bool DescribeGlobalAddress(uptr Addr) {
  // As ASan: the globals whose memory, or whose redzone, is within this
  // distance of the address (the next global's start, an overflow's
  // previous global).
  constexpr uptr kNear = 64;
  bool Found = false;
  SpinMutexLock L(&ArraysMu);
  for (uptr I = 0; I < NumArrays; ++I)
    for (uptr J = 0; J < Arrays[I].Count; ++J) {
      const memscope_global &G = Arrays[I].Globals[J];
      uptr Beg = reinterpret_cast<uptr>(G.Beg);
      if (Addr + kNear < Beg || Addr >= Beg + G.SizeWithRedzone)
        continue;
      PrintGlobal(Addr, G);
      Found = true;
    }
  return Found;
}

} // namespace memscope

using namespace memscope;

extern "C" SANITIZER_INTERFACE_ATTRIBUTE void
__memscope_register_globals(const memscope_global *Globals, uptr Count) {
  if (LeakOnlyBuild || !Globals || !Count)
    return;
  for (uptr I = 0; I < Count; ++I)
    PoisonRedzone(Globals[I]);
  SpinMutexLock L(&ArraysMu);
  if (NumArrays < kMaxArrays)
    Arrays[NumArrays++] = {Globals, Count};
}

extern "C" SANITIZER_INTERFACE_ATTRIBUTE void
__memscope_unregister_globals(const memscope_global *Globals, uptr Count) {
  if (LeakOnlyBuild || !Globals || !Count)
    return;
  SpinMutexLock L(&ArraysMu);
  for (uptr I = 0; I < NumArrays; ++I) {
    if (Arrays[I].Globals != Globals)
      continue;
    for (uptr J = 0; J < Count; ++J)
      UnpoisonGlobal(Globals[J]);
    Arrays[I] = Arrays[--NumArrays];
    return;
  }
}

