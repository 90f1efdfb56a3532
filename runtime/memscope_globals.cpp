//===- memscope_globals.cpp - global variables and their redzones ---------===//
//
// Each module's constructor registers its padded globals once; the runtime
// keeps the descriptors (they live in the module's read-only data) in a
// list of arrays that only grows, under a lock reports also take.
// Leak-only builds poison nothing (their accesses are not checked) and keep
// nothing.
//
// The initialization-order check (check_initialization_order=1, as ASan's):
// while a module's dynamic initializers run, the dynamically initialized
// globals of the other modules that have not been initialized yet (with
// strict_init_order=1: all of them) are poisoned MEMSCOPE_MAGIC_INIT_ORDER,
// so reading one is an initialization-order-fiasco. A module counts as
// initialized once its initializers have started (not in strict mode).
//
// The odr-violation check (detect_odr_violation, as ASan's): every module
// defining an instrumented global of one name binds to one indicator byte
// (the pass's __memscope_odr_<name>), set when the first of them registers.
// A module registering a global whose indicator is set has a twin: the
// registered global with that indicator, reported when the sizes differ
// (or always, with detect_odr_violation=2).
//
// See also: memscope_globals.h.
//===----------------------------------------------------------------------===//
#include "memscope_globals.h"

#include "memscope_flags.h"
#include "memscope_mapping.h"
#include "memscope_report.h"
#include "memscope_stack.h"

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

// A dynamically initialized global, with its module (its array) and
// whether that module's initializers have run.
struct DynInitGlobal {
  const memscope_global *G;
  const memscope_global *Module;
  bool Initialized;
};
InternalMmapVectorNoCtor<DynInitGlobal> DynInitGlobals; // under ArraysMu
bool InitOrderChecking;                                 // under ArraysMu

// The global's own bytes addressable again, its redzone as registered.
void RestoreGlobal(const memscope_global &G) {
  uptr Beg = reinterpret_cast<uptr>(G.Beg);
  if (!IsAligned(Beg, kGranule) || G.SizeWithRedzone <= G.Size)
    return;
  if (uptr Whole = RoundDownTo(G.Size, kGranule))
    PoisonShadow(Beg, Whole, 0);
  PoisonRedzone(G);
}

void PoisonForInitOrder(const memscope_global &G) {
  uptr Beg = reinterpret_cast<uptr>(G.Beg);
  if (IsAligned(Beg, kGranule) && G.SizeWithRedzone > G.Size)
    PoisonShadow(Beg, RoundUpTo(G.Size, kGranule), MEMSCOPE_MAGIC_INIT_ORDER);
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

// A registered global other than G with G's indicator, of another size
// unless Always (under ArraysMu).
const memscope_global *OdrTwin(const memscope_global &G, bool Always) {
  for (uptr I = 0; I < NumArrays; ++I)
    for (uptr J = 0; J < Arrays[I].Count; ++J) {
      const memscope_global &Other = Arrays[I].Globals[J];
      if (&Other != &G && Other.OdrIndicator == G.OdrIndicator &&
          (Always || Other.Size != G.Size))
        return &Other;
    }
  return nullptr;
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

void StopInitOrderChecking() {
  SpinMutexLock L(&ArraysMu);
  if (!InitOrderChecking)
    return;
  InitOrderChecking = false;
  for (uptr I = 0; I < DynInitGlobals.size(); ++I)
    RestoreGlobal(*DynInitGlobals[I].G);
}

} // namespace memscope

using namespace memscope;

extern "C" SANITIZER_INTERFACE_ATTRIBUTE void
__memscope_register_globals(const memscope_global *Globals, uptr Count) {
  if (LeakOnlyBuild || !Globals || !Count)
    return;
  for (uptr I = 0; I < Count; ++I)
    PoisonRedzone(Globals[I]);
  const memscope_global *Twin = nullptr, *Twinned = nullptr;
  {
    SpinMutexLock L(&ArraysMu);
    int Odr = flags()->detect_odr_violation;
    for (uptr I = 0; I < Count && Odr && !Twin; ++I) {
      unsigned char *Indicator = Globals[I].OdrIndicator;
      if (Indicator && *Indicator && (Twin = OdrTwin(Globals[I], Odr >= 2)))
        Twinned = &Globals[I];
    }
    for (uptr I = 0; I < Count; ++I)
      if (Globals[I].OdrIndicator)
        *Globals[I].OdrIndicator = 1;
    if (NumArrays < kMaxArrays)
      Arrays[NumArrays++] = {Globals, Count};
    if (flags()->check_initialization_order) {
      if (!DynInitGlobals.capacity()) {
        DynInitGlobals.Initialize(0);
        InitOrderChecking = true;
      }
      for (uptr I = 0; I < Count; ++I)
        if (Globals[I].Flags & MEMSCOPE_GLOBAL_DYNAMIC_INIT)
          DynInitGlobals.push_back({&Globals[I], Globals, false});
    }
  }
  // Reported with the lock released: the report describes globals too.
  if (Twin) {
    MEMSCOPE_STACK_FATAL_HERE;
    ReportOdrViolation(*Twin, *Twinned, &stack);
  }
}

extern "C" SANITIZER_INTERFACE_ATTRIBUTE void
__memscope_before_dynamic_init(const memscope_global *Module) {
  if (LeakOnlyBuild || !flags()->check_initialization_order)
    return;
  bool Strict = flags()->strict_init_order;
  SpinMutexLock L(&ArraysMu);
  if (!InitOrderChecking)
    return;
  for (uptr I = 0; I < DynInitGlobals.size(); ++I) {
    DynInitGlobal &D = DynInitGlobals[I];
    if (D.Initialized)
      continue;
    if (D.Module != Module)
      PoisonForInitOrder(*D.G);
    else if (!Strict)
      D.Initialized = true;
  }
}

extern "C" SANITIZER_INTERFACE_ATTRIBUTE void __memscope_after_dynamic_init() {
  if (LeakOnlyBuild || !flags()->check_initialization_order)
    return;
  SpinMutexLock L(&ArraysMu);
  if (!InitOrderChecking)
    return;
  for (uptr I = 0; I < DynInitGlobals.size(); ++I)
    if (!DynInitGlobals[I].Initialized)
      RestoreGlobal(*DynInitGlobals[I].G);
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

