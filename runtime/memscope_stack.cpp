//===- memscope_stack.cpp - the unwinder hook sanitizer_common needs ------===//
//
// sanitizer_common leaves BufferedStackTrace::UnwindImpl to each tool. Fast
// (frame-pointer) unwinding needs the current thread's stack bounds; until
// they are known (early start-up, or while computing them) a trace holds just
// the pc.
//
// The frame-pointer chain breaks at code built without frame pointers that
// uses rbp for something else: libstdc++ (every std::string allocation),
// libc's start code; and where such code leaves rbp alone, the chain
// silently skips its caller (a library built without frame pointers, or by
// rustc, returning memory to the test that called it: the test's own line
// would be missing). So the frame-pointer walk stops at the first return
// address outside the modules built with memscope (whose constructors
// registered them; the drivers keep their frame pointers), and there, and
// where the chain breaks, the walk goes on with frame rules learnt from
// DWARF once per return address: where that frame's CFA lies relative to
// its callee's, and where it saved the caller's rbp, if it did. A rule is
// learnt by one _Unwind_Backtrace (the slow unwinder) the first time a pc
// ends a chain, checked against it, and kept in a small table; after that,
// resuming costs a lookup and two loads. A pc the DWARF unwinder cannot
// step past is remembered as a dead end.
//
// See also: memscope_thread.cpp (stack bounds), memscope_stack.h.
//===----------------------------------------------------------------------===//
#include "memscope_stack.h"
#include "memscope_thread.h"

#include "sanitizer_common/sanitizer_atomic.h"
#include "sanitizer_common/sanitizer_stackdepot.h"

#include <dlfcn.h>
#include <unwind.h>

namespace memscope {
namespace {

// The executable ranges of the modules built with memscope. Until one
// registers, every return address counts as theirs.
struct CodeRange {
  uptr Beg, End;
};
constexpr u32 kMaxCodeRanges = 64;
CodeRange CodeRanges[kMaxCodeRanges];
atomic_uint32_t NumCodeRanges;
StaticSpinMutex CodeRangesMu;

bool IsForeign(uptr Pc) { return !InInstrumentedCode(Pc); }

// A frame without a frame pointer, by the return address into it.
struct FrameRule {
  atomic_uintptr_t Pc;
  // Its CFA minus its callee's CFA.
  s32 CfaOffset;
  // The caller's rbp is at CFA - BpSlot; 0: rbp passes through unchanged;
  // -1: a dead end (no rule).
  s32 BpSlot;
};
constexpr uptr kRules = 4096, kProbes = 8;
FrameRule Rules[kRules];

uptr RuleHash(uptr Pc) { return (Pc * 0x9E3779B97F4A7C15ull) >> 52; }

const FrameRule *FindRule(uptr Pc) {
  for (uptr I = 0, H = RuleHash(Pc); I < kProbes; ++I) {
    const FrameRule &R = Rules[(H + I) % kRules];
    uptr Key = atomic_load(&R.Pc, memory_order_acquire);
    if (Key == Pc)
      return &R;
    if (!Key)
      return nullptr;
  }
  return nullptr;
}

void AddRule(uptr Pc, s32 CfaOffset, s32 BpSlot) {
  for (uptr I = 0, H = RuleHash(Pc); I < kProbes; ++I) {
    FrameRule &R = Rules[(H + I) % kRules];
    uptr Key = atomic_load(&R.Pc, memory_order_acquire);
    if (Key == Pc)
      return; // another thread learnt it
    if (Key)
      continue;
    // Racing writers of one empty slot write the same rule for their pcs;
    // the pc is published last.
    R.CfaOffset = CfaOffset;
    R.BpSlot = BpSlot;
    uptr Expected = 0;
    if (atomic_compare_exchange_strong(&R.Pc, &Expected, Pc,
                                       memory_order_release))
      return;
  }
}

// What the DWARF unwinder says about the frame whose pc is Pc and its
// caller.
struct Learning {
  uptr Pc;
  uptr CalleeCfa, Cfa, Bp; // of the frame at Pc
  uptr CallerPc, CallerBp; // its caller's
  int State = 0;           // 0 looking, 1 found Pc, 2 done
  int Frames = 0;
};

// In the callback for a frame, _Unwind_GetCFA is its callee's CFA (libgcc
// computes a frame's CFA as it steps to the caller); the registers are the
// frame's own.
_Unwind_Reason_Code LearnStep(_Unwind_Context *Ctx, void *Arg) {
  auto *L = static_cast<Learning *>(Arg);
  if (++L->Frames > 256)
    return _URC_NORMAL_STOP;
  uptr Pc = _Unwind_GetIP(Ctx);
  uptr CalleeCfa = _Unwind_GetCFA(Ctx);
  if (L->State == 1) {
    L->Cfa = CalleeCfa;
    L->CallerPc = Pc;
    L->CallerBp = _Unwind_GetGR(Ctx, 6);
    L->State = 2;
    return _URC_NORMAL_STOP;
  }
  if (Pc == L->Pc) {
    L->CalleeCfa = CalleeCfa;
    L->Bp = _Unwind_GetGR(Ctx, 6);
    L->State = 1;
  }
  return _URC_NO_REASON;
}

// The DWARF unwinder allocates and frees under a lock of its own: libgcc
// sorts the frames registered with __register_frame_info (compiler-rt's
// crtbegin, a JIT's) at its first lookup, and frees them when they are
// deregistered at exit. An allocation's stack that comes from there must
// not ask it again: the thread would wait for the lock it holds. So a pc
// in the unwinder's library is a dead end, and so is any pc while this
// thread is inside the unwinder on Learn's behalf.
MEMSCOPE_TLS bool InDwarfUnwinder;

bool InUnwinderLibrary(uptr Pc) {
  static atomic_uintptr_t Base; // 1: not known
  uptr B = atomic_load_relaxed(&Base);
  Dl_info Info;
  if (!B) {
    B = dladdr(reinterpret_cast<void *>(&_Unwind_Backtrace), &Info) &&
                Info.dli_fbase
            ? reinterpret_cast<uptr>(Info.dli_fbase)
            : 1;
    atomic_store_relaxed(&Base, B);
  }
  return B != 1 && dladdr(reinterpret_cast<void *>(Pc), &Info) &&
         reinterpret_cast<uptr>(Info.dli_fbase) == B;
}

// Learns the rule for Pc, which returns into a frame whose callee's CFA is
// CalleeCfa on the current stack, and whose rbp there is Bp. Returns it,
// or null for a dead end.
const FrameRule *Learn(uptr Pc, uptr CalleeCfa, uptr Bp) {
  if (InDwarfUnwinder)
    return nullptr;
  if (InUnwinderLibrary(Pc)) {
    AddRule(Pc, 0, -1);
    return nullptr;
  }
  Learning L = {};
  L.Pc = Pc;
  InDwarfUnwinder = true;
  _Unwind_Backtrace(LearnStep, &L);
  InDwarfUnwinder = false;
  s32 Offset = 0, Slot = -1;
  if (L.State == 2 && L.CalleeCfa == CalleeCfa && L.Cfa > CalleeCfa &&
      L.Cfa - CalleeCfa < (1 << 20) && L.CallerPc >= 4096) {
    Offset = static_cast<s32>(L.Cfa - CalleeCfa);
    if (L.CallerBp == Bp) {
      Slot = 0;
    } else {
      // Where the frame keeps the caller's rbp: the slot nearest its CFA
      // (below the return address) that holds it.
      for (uptr At = L.Cfa - 2 * sizeof(uptr); At >= CalleeCfa;
           At -= sizeof(uptr))
        if (*reinterpret_cast<uptr *>(At) == L.CallerBp) {
          Slot = static_cast<s32>(L.Cfa - At);
          break;
        }
    }
    // The rule must say what DWARF said.
    if (Slot >= 0 &&
        *reinterpret_cast<uptr *>(L.Cfa - sizeof(uptr)) != L.CallerPc)
      Slot = -1;
  }
  AddRule(Pc, Offset, Slot);
  const FrameRule *R = FindRule(Pc);
  return R && R->BpSlot >= 0 ? R : nullptr;
}

// Past a thread's outermost frame with a frame pointer come libc's start
// frames (__libc_start_main and _start; start_thread and clone), which say
// nothing and would only make every stack longer: the frames of rules alone
// that end in a dead end are dropped, and a resumption that found nothing
// else is remembered per thread by where it began, so that the common case
// costs two compares.
struct ThreadTail {
  uptr Last, RetPc;
};
MEMSCOPE_TLS ThreadTail Tail;

bool InStack(uptr Addr, uptr Top, uptr Bottom) {
  return Addr > Bottom && Addr + sizeof(uptr) <= Top;
}

// Where the thread's stacks end (__memscope_outermost_frame): the frame
// record of Rust's __rust_begin_short_backtrace and the return address in
// it. Checked against both, so a record left stale by a return or a panic
// stops nothing.
struct OutermostFrame {
  uptr Frame, Ret;
};
MEMSCOPE_TLS OutermostFrame Outermost;

// The frame-pointer walk from Bp (after Pc), appended; the last frame
// record read, or 0. *Ended: the walk reached the thread's outermost frame.
uptr WalkFramePointers(BufferedStackTrace *T, uptr Pc, uptr Bp, uptr Top,
                       uptr Bottom, u32 MaxDepth, bool *Ended) {
  T->trace_buffer[T->size++] = Pc;
  uptr Frame = Bp, Low = Bottom, Last = 0;
  const OutermostFrame End = Outermost;
  while (T->size < MaxDepth && Frame > Low && Frame < Top - 2 * sizeof(uptr) &&
         IsAligned(Frame, sizeof(uptr))) {
    uptr *Record = reinterpret_cast<uptr *>(Frame);
    uptr Ret = Record[1];
    if (Ret < 4096)
      break;
    if (UNLIKELY(Frame == End.Frame) && Ret == End.Ret) {
      *Ended = true;
      return 0;
    }
    if (Ret != Pc)
      T->trace_buffer[T->size++] = Ret;
    Last = Frame;
    Low = Frame;
    // Foreign code may keep no frame pointer: its caller is found by rule.
    if (IsForeign(Ret))
      break;
    Frame = Record[0];
  }
  return Last;
}

void UnwindWithRules(BufferedStackTrace *T, uptr Pc, uptr Bp, uptr Top,
                     uptr Bottom, u32 MaxDepth) {
  T->size = 0;
  bool Ended = false;
  uptr Last = WalkFramePointers(T, Pc, Bp, Top, Bottom, MaxDepth, &Ended);
  if (!Last || T->size >= MaxDepth)
    return;
  // The chain ended past frame Last: its return address is in code
  // without a frame pointer (or the thread's first frame).
  uptr FirstRet = T->trace_buffer[T->size - 1];
  if (Last == Tail.Last && FirstRet == Tail.RetPc)
    return;
  uptr Start = T->size;
  // Frames past the last frame-pointer walk come from rules alone.
  uptr RulesFrom = Start;
  uptr CalleeCfa = Last + 2 * sizeof(uptr);
  uptr CurBp = reinterpret_cast<uptr *>(Last)[0];
  for (int Steps = 0; T->size < MaxDepth; ++Steps) {
    uptr RetPc = T->trace_buffer[T->size - 1];
    // A return address read from a broken chain may be any value: only a
    // user-space one is worth asking the DWARF unwinder about.
    if (Steps == 64 || RetPc >= (1ull << 47))
      return;
    const FrameRule *R = FindRule(RetPc);
    if (!R)
      R = Learn(RetPc, CalleeCfa, CurBp);
    if (!R || R->BpSlot < 0)
      break;
    uptr Cfa = CalleeCfa + R->CfaOffset;
    if (!InStack(Cfa - sizeof(uptr), Top, Bottom) ||
        (R->BpSlot && !InStack(Cfa - R->BpSlot, Top, Bottom)))
      return;
    uptr CallerPc = reinterpret_cast<uptr *>(Cfa)[-1];
    if (CallerPc < 4096)
      return;
    if (R->BpSlot)
      CurBp = *reinterpret_cast<uptr *>(Cfa - R->BpSlot);
    // A foreign caller's rule comes next: its rbp, if it keeps one at all,
    // is still its own caller's (or the one before), whose frame record
    // would skip it.
    if (IsForeign(CallerPc)) {
      T->trace_buffer[T->size++] = CallerPc;
      CalleeCfa = Cfa;
      continue;
    }
    // The caller has a frame pointer (the walk goes on from its record) or
    // not (its own rule comes next, its callee's CFA being this one).
    uptr NextLast =
        WalkFramePointers(T, CallerPc, CurBp, Top, Cfa - 1, MaxDepth, &Ended);
    if (Ended)
      return;
    if (NextLast) {
      RulesFrom = T->size;
      CalleeCfa = NextLast + 2 * sizeof(uptr);
      CurBp = reinterpret_cast<uptr *>(NextLast)[0];
    } else {
      CalleeCfa = Cfa;
    }
  }
  // A dead end after frames of rules alone: the thread's start, dropped.
  T->size = RulesFrom;
  if (RulesFrom == Start) {
    Tail.Last = Last;
    Tail.RetPc = FirstRet;
  }
}

} // namespace

bool InInstrumentedCode(uptr Pc) {
  u32 N = atomic_load(&NumCodeRanges, memory_order_acquire);
  if (!N)
    return true;
  for (u32 I = 0; I < N; ++I)
    if (Pc >= CodeRanges[I].Beg && Pc < CodeRanges[I].End)
      return true;
  return false;
}

void RegisterInstrumentedCode(uptr Pc) {
  ListOfModules Modules;
  Modules.init();
  SpinMutexLock L(&CodeRangesMu);
  u32 N = atomic_load_relaxed(&NumCodeRanges);
  for (u32 I = 0; I < N; ++I)
    if (Pc >= CodeRanges[I].Beg && Pc < CodeRanges[I].End)
      return; // registered already
  for (const LoadedModule &M : Modules) {
    if (!M.containsAddress(Pc))
      continue;
    for (const auto &R : M.ranges())
      if (R.executable && N < kMaxCodeRanges)
        CodeRanges[N++] = {R.beg, R.end};
  }
  atomic_store(&NumCodeRanges, N, memory_order_release);
}

namespace {
struct RecentStack {
  u32 Size, Id;
  uptr Pcs[32];
};
struct RecentStacks {
  RecentStack Entries[4];
  u32 Next;
};
// Return addresses only: nothing the leak check would take for a pointer
// into the heap.
MEMSCOPE_TLS RecentStacks ThreadStacks;
} // namespace

u32 StackDepotPutCached(const StackTrace &Stack) {
  constexpr uptr kCached = ARRAY_SIZE(RecentStack{}.Pcs);
  if (Stack.size == 0 || Stack.size > kCached)
    return StackDepotPut(Stack);
  RecentStacks &R = ThreadStacks;
  // Frame #0 is the allocation function's own: frame #1 tells stacks apart
  // soonest.
  uptr Key = Stack.size > 1 ? Stack.trace[1] : Stack.trace[0];
  for (RecentStack &E : R.Entries) {
    if (E.Size != Stack.size || E.Pcs[Stack.size > 1 ? 1 : 0] != Key)
      continue;
    // Word by word (internal_memcmp compares bytes).
    uptr I = 0;
    while (I < Stack.size && E.Pcs[I] == Stack.trace[I])
      ++I;
    if (I == Stack.size)
      return E.Id;
  }
  u32 Id = StackDepotPut(Stack);
  RecentStack &E = R.Entries[R.Next++ % ARRAY_SIZE(R.Entries)];
  internal_memcpy(E.Pcs, Stack.trace, Stack.size * sizeof(uptr));
  E.Size = Stack.size;
  E.Id = Id;
  return Id;
}

} // namespace memscope

namespace __sanitizer {

void BufferedStackTrace::UnwindImpl(uptr pc, uptr bp, void *context,
                                    bool request_fast, u32 max_depth) {
  using namespace memscope;
  size = 0;
  if (UNLIKELY(!MemscopeInited))
    return;
  if (StackTrace::WillUseFastUnwind(request_fast)) {
    uptr Top, Bottom;
    top_frame_bp = max_depth ? bp : 0;
    if (max_depth >= 2 && GetCurrentThreadStack(&Top, &Bottom) && Top >= 4096) {
      UnwindWithRules(this, pc, bp, Top, Bottom, max_depth);
    } else if (max_depth) {
      trace_buffer[0] = pc;
      size = 1;
    }
    return;
  }
  Unwind(max_depth, pc, bp, context, 0, 0, false);
}

} // namespace __sanitizer

extern "C" SANITIZER_INTERFACE_ATTRIBUTE void
__memscope_outermost_frame(void *Frame, void *Ret) {
  memscope::Outermost = {reinterpret_cast<__sanitizer::uptr>(Frame),
                         reinterpret_cast<__sanitizer::uptr>(Ret)};
}
