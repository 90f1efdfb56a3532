//===- memscope_stack_frames.cpp - the redzoned frames of local variables ===//
//
// Instrumented functions keep their address-taken locals in one frame whose
// 32-byte header (shadow f1) holds MEMSCOPE_FRAME_MAGIC, the frame's
// description and the function (include/memscope/abi.h). A report on a
// stack address walks the shadow down from it to the frame's header and
// reads the rest from there.
//
// With detect_stack_use_after_return (on by default, as ASan's on Linux),
// instrumented code asks __memscope_stack_malloc for each frame first: the
// frame then lives on the thread's fake stack, a mapping of its own with
// one region per power-of-two frame size, and is poisoned f5 when the
// function returns (by the function's own code, which also clears the
// frame's in-use flag, or for large frames by __memscope_stack_free), so
// that a pointer kept past the return reads poisoned memory. Frames are
// handed out round the region (the longest time before one is reused);
// when no free one is found in a few looks, the frame goes on the real
// stack. Frames abandoned by longjmp or a throw are found by the real stack
// address each records (header word 3): below the current one, they are
// gone. A thread's fake stack outlives it for a while (kKeptFakeStacks).
//
// A frame clears its shadow when it returns. Frames abandoned otherwise
// would leave their redzones poisoned under the frames that come next:
// __memscope_handle_no_return (called by instrumented code before calls
// that do not return, and by the longjmp and throw interceptors here)
// clears the shadow of the stack from the caller's frame to the top, and a
// thread the runtime starts clears the shadow of its stack and TLS first.
//
// See also: memscope_stack_frames.h, pass/StackRedzones.cpp.
//===----------------------------------------------------------------------===//
#include "memscope_stack_frames.h"

#include "memscope_flags.h"
#include "memscope_interceptors.h"
#include "memscope_interface.h"
#include "memscope_mapping.h"
#include "memscope_owner_table.h"
#include "memscope_thread.h"

#include "interception/interception.h"
#include "sanitizer_common/sanitizer_linux.h"
#include "sanitizer_common/sanitizer_stacktrace.h"

#include <ucontext.h>

namespace memscope {
namespace {

struct FrameVariable {
  uptr Offset, Size;
  const char *Name;
  uptr NameLen; // without the ":line" the description may add
  uptr Line;    // 0 if none
};

// Reads the decimal number at *P and the space after it.
bool ReadNumber(const char **P, uptr *Out) {
  const char *S = *P;
  if (*S < '0' || *S > '9')
    return false;
  uptr N = 0;
  for (; *S >= '0' && *S <= '9'; ++S)
    N = N * 10 + (*S - '0');
  if (*S == ' ')
    ++S;
  *Out = N;
  *P = S;
  return true;
}

// The next variable of a description "K off size len name ...".
bool ReadVariable(const char **P, FrameVariable *V) {
  if (!ReadNumber(P, &V->Offset) || !ReadNumber(P, &V->Size) ||
      !ReadNumber(P, &V->NameLen))
    return false;
  V->Name = *P;
  for (uptr I = 0; I < V->NameLen; ++I)
    if (!(*P)[I])
      return false;
  *P += V->NameLen;
  if (**P == ' ')
    ++*P;
  // The name may end in ":line".
  V->Line = 0;
  for (uptr I = V->NameLen; I > 0; --I) {
    char C = V->Name[I - 1];
    if (C == ':') {
      const char *Digits = V->Name + I;
      if (I < V->NameLen && ReadNumber(&Digits, &V->Line))
        V->NameLen = I - 1;
      break;
    }
    if (C < '0' || C > '9')
      break;
  }
  return true;
}

// How an access at offset Access of AccessSize bytes meets variable V of
// the frame (ASan's words), if V is the variable nearest it; else null.
// PrevEnd and NextBeg: where the variables before and after V end and
// begin.
const char *AccessMeets(const FrameVariable &V, uptr PrevEnd, uptr NextBeg,
                        uptr Access, uptr AccessSize) {
  uptr End = V.Offset + V.Size, AccessEnd = Access + AccessSize;
  if (Access >= V.Offset) {
    if (AccessEnd <= End)
      return "is inside";
    if (Access < End)
      return "partially overflows";
    if (AccessEnd <= NextBeg && NextBeg - AccessEnd >= Access - End)
      return "overflows";
    return nullptr;
  }
  if (AccessEnd > V.Offset)
    return "partially underflows";
  if (Access >= PrevEnd && Access - PrevEnd >= V.Offset - AccessEnd)
    return "underflows";
  return nullptr;
}

// "    [32, 42) 'buf' (line 6)" and, for the variable nearest the access,
// how the access meets it.
void PrintVariable(const FrameVariable &V, uptr PrevEnd, uptr NextBeg,
                   uptr Access, uptr AccessSize) {
  Printf("    [%zu, %zu) '%.*s'", V.Offset, V.Offset + V.Size,
         static_cast<int>(V.NameLen), V.Name);
  if (V.Line)
    Printf(" (line %zu)", V.Line);
  const char *How = AccessMeets(V, PrevEnd, NextBeg, Access, AccessSize);
  if (How)
    Printf(" <== Memory access at offset %zu %s this variable", Access, How);
  Printf("\n");
}

// ---- Fake stacks.

constexpr uptr kMinFrameLog = MEMSCOPE_FAKE_FRAME_MIN_LOG; // 64 bytes ...
constexpr uptr kNumClasses = 11;   // ... 64 KiB in class 10
// Each class has 1 << RegionLog bytes of frames: the thread's stack size,
// between min_uar_stack_size_log and max_uar_stack_size_log (as ASan's
// stack_size_log; 1 MiB for the main thread by default).
constexpr uptr kMinRegionLog = 16; // one frame of the largest class
constexpr uptr kMaxRegionLog = 28;
constexpr uptr kRealFrameWord = 3; // the header word the runtime writes
constexpr uptr kFakeStackNever = 1;

struct FakeStack {
  uptr Regions;   // kNumClasses regions of 1 << RegionLog bytes
  uptr RegionLog;
  uptr Hint[kNumClasses];
  // A throw or a jump left frames since the last collection, which the
  // next frame taken collects; and a throw left frames since a handler last
  // caught the last exception in flight, which the next handler collects
  // (a handler inside a destructor that the unwinding of another exception
  // runs collects only below itself, and the frames the other leaves above
  // it are gone only when it lands).
  bool NeedsGc;
  bool CatchGcPending;
  // One byte per frame, class after class: 1 while in use.
  u8 Flags[1];

  static constexpr uptr FrameLog(uptr Class) { return kMinFrameLog + Class; }
  uptr Frames(uptr Class) const {
    return uptr(1) << (RegionLog - FrameLog(Class));
  }
  // The classes' frames together: 2^(R-6) + 2^(R-7) + ... + 2^(R-16).
  static uptr FlagsSize(uptr RegionLog) {
    return (uptr(1) << (RegionLog - kMinFrameLog + 1)) -
           (uptr(1) << (RegionLog - kMinFrameLog + 1 - kNumClasses));
  }
  u8 *ClassFlags(uptr Class) {
    return Flags + (uptr(1) << (RegionLog - kMinFrameLog + 1)) -
           (uptr(1) << (RegionLog - kMinFrameLog + 1 - Class));
  }
  uptr Region(uptr Class) const { return Regions + (Class << RegionLog); }
  uptr Frame(uptr Class, uptr Pos) const {
    return Region(Class) + (Pos << FrameLog(Class));
  }
  bool Contains(uptr Addr) const {
    return Addr >= Regions && Addr < Regions + (kNumClasses << RegionLog);
  }
  uptr ClassAt(uptr Addr) const { return (Addr - Regions) >> RegionLog; }
  // The frame slot that holds Addr, which Contains.
  uptr FrameAt(uptr Addr) const {
    return RoundDownTo(Addr, uptr(1) << FrameLog(ClassAt(Addr)));
  }
};

// The fake stacks of the threads that ended last stay mapped, the frames
// they gave back poisoned f5: a local of an ended thread read through a
// pointer it left behind is stack-use-after-return, as a local of a
// function that returned is (ASan unmaps them at once: a SEGV). The oldest
// is unmapped when another takes its place, its shadow cleared first: the
// next mapping there (glibc's stack for a new thread, which no interceptor
// sees) must not inherit the f5.
constexpr uptr kKeptFakeStacks = 4;
struct KeptFakeStack {
  uptr Map, Size;
  u32 Tid;
};
KeptFakeStack KeptFakeStacks[kKeptFakeStacks];
uptr NextKeptFakeStack;
StaticSpinMutex KeptFakeStacksMu;

// Makes Stack (a FakeStack's mapping, 0 or kFakeStackNever) the thread's
// fake stack, and its frames the range OnThisStack knows as the thread's.
void UseFakeStack(ThreadState &T, uptr Stack) {
  T.FakeStack = Stack;
  T.FakeBeg = T.FakeEnd = 0;
  if (Stack > kFakeStackNever) {
    const auto *FS = reinterpret_cast<const FakeStack *>(Stack);
    T.FakeBeg = FS->Regions;
    T.FakeEnd = FS->Regions + (kNumClasses << FS->RegionLog);
    // Its slots' edges end with the thread (a fake stack given up keeps
    // its range there until another replaces it).
    if (&T == &CurrentThread())
      NoteFakeStack(T.FakeBeg, T.FakeEnd);
  }
}

// Where a frame of Class at Frame keeps the address of its flag: the last
// word of the class's frame, past the function's frame or in its last
// redzone (include/memscope/abi.h).
ALWAYS_INLINE u8 **FlagSlot(uptr Frame, uptr Class) {
  return reinterpret_cast<u8 **>(
      Frame + (uptr(1) << FakeStack::FrameLog(Class)) - sizeof(uptr));
}

// Poisons the Size bytes of a fake frame at Frame as its function's return
// leaves them: stack-use-after-return.
void PoisonReturnedFrame(uptr Frame, uptr Size) {
  FastMemset(reinterpret_cast<void *>(MemToShadow(Frame)),
             MEMSCOPE_MAGIC_STACK_AFTER_RETURN, Size >> kShadowScale);
}

// How many frames of a class __memscope_stack_malloc looks at one by one
// before it searches the rest.
constexpr uptr kFrameLooks = 32;

// The first free frame of a class's Count flags from *Pos on, round the
// class, eight flags at a time from a multiple of eight; false if all are
// in use.
bool FindFreeFlag(const u8 *Flags, uptr Count, uptr *Pos) {
  constexpr u64 kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;
  for (uptr I = 0, P = *Pos; I < Count;) {
    if (!(P & 7) && Count - I >= 8 && P + 8 <= Count) {
      u64 Word;
      __builtin_memcpy(&Word, Flags + P, sizeof(Word));
      if (!((Word - kOnes) & ~Word & kHighs)) { // no zero byte
        I += 8;
        P = (P + 8) & (Count - 1);
        continue;
      }
    }
    if (!Flags[P]) {
      *Pos = P;
      return true;
    }
    ++I;
    P = (P + 1) & (Count - 1);
  }
  return false;
}

// Regions aligned to 64 KiB: every frame is aligned to its size.
constexpr uptr kRegionsAlign = uptr(1) << FakeStack::FrameLog(kNumClasses - 1);

uptr HeaderBytes(uptr RegionLog) {
  return RoundUpTo(sizeof(FakeStack) + FakeStack::FlagsSize(RegionLog),
                   GetPageSizeCached());
}

// The header and flags, then the regions, with room to align them.
uptr FakeStackMappingSize(uptr RegionLog) {
  return HeaderBytes(RegionLog) + (kNumClasses << RegionLog) + kRegionsAlign;
}

// The class whose frames hold Size bytes; kNumClasses or more if none does.
ALWAYS_INLINE uptr ClassOf(uptr Size) {
  if (Size <= (uptr(1) << kMinFrameLog))
    return 0;
  return MostSignificantSetBitIndex(Size - 1) + 1 - kMinFrameLog;
}

// The calling thread's: the log of its stack size, within the flags' range
// (the largest while its stack is not known yet). Called from the first
// instrumented frame, which may be a signal handler's: it reads what the
// thread already knows and computes nothing (finding the stack takes
// locks the interrupted code may hold).
uptr RegionLogForThisThread() {
  uptr Lo = Max<uptr>(kMinRegionLog, flags()->min_uar_stack_size_log);
  uptr Hi = Min<uptr>(kMaxRegionLog, flags()->max_uar_stack_size_log);
  if (Hi < Lo)
    Hi = Lo;
  const ThreadState &T = CurrentThread();
  uptr Log = Hi;
  if (T.StackKnown && T.StackTop > T.StackBottom)
    Log = Log2(RoundUpToPowerOfTwo(T.StackTop - T.StackBottom));
  return Min(Max(Log, Lo), Hi);
}

FakeStack *CreateFakeStack() {
  ThreadState &T = CurrentThread();
  // Before initialisation, frames go on the real stack (the flags are not
  // read yet); once they say no, always.
  if (!MemscopeInited)
    return nullptr;
  if (!flags()->detect_stack_use_after_return || LeakOnlyBuild) {
    UseFakeStack(T, kFakeStackNever);
    return nullptr;
  }
  // A thread the runtime has not started yet (a signal handler's frame in
  // its first instructions, which may hold the internal allocator's lock):
  // starting it here could deadlock. Its frames use the real stack until
  // it is started.
  if (!T.Registered)
    return nullptr;
  uptr RegionLog = RegionLogForThisThread();
  uptr Size = FakeStackMappingSize(RegionLog);
  uptr Map = reinterpret_cast<uptr>(ReserveTableOrDie(Size, "memscope fake stack"));
  auto *FS = reinterpret_cast<FakeStack *>(Map);
  FS->RegionLog = RegionLog;
  FS->Regions = RoundUpTo(Map + HeaderBytes(RegionLog), kRegionsAlign);
  uptr RegionsSize = kNumClasses << RegionLog;
  VReport(1,
          "T%u: FakeStack created: %p -- %p stack_size_log: %zu; mmapped "
          "%zuK, noreserve=1\n",
          T.Tid, reinterpret_cast<void *>(Map),
          reinterpret_cast<void *>(Map + Size), RegionLog, Size >> 10);
  // What was mapped here before may have left its shadow.
  PoisonShadow(FS->Regions, RegionsSize, 0);
  UseFakeStack(T, Map);
  if (const ThreadInfo *Info = FindThreadInfo(T.Tid))
    const_cast<ThreadInfo *>(Info)->FakeStack = Map;
  return FS;
}


// Real for CollectAbandonedFrames: every frame (the thread is ending).
constexpr uptr kAllFrames = ~uptr(0);

// Frees the frames taken at or below Real on this thread's stack: a
// longjmp or a throw left them. (A live caller took its frame from a
// stack_malloc call strictly above the caller's callees.) Each is poisoned
// f5 whole, as if its function had returned: a pointer kept into it is
// stack-use-after-return too. With kAllFrames, all that are still in use:
// those pthread_exit or a cancellation left when the thread ended.
// The lowest real frame address a collection at Real, on the thread's
// stack [Bottom, Top), may give back: Bottom, unless Real runs on a stack
// nested inside that range (the alternate signal stack, or a context's,
// in a frame's array). Frames below the nested stack are the ones a
// signal interrupted or a context switch suspended: alive, whatever a jump
// or a throw on the nested stack does.
uptr CollectionFloor(uptr Real, uptr Bottom) {
  const ThreadState &T = CurrentThread();
  if (Real >= T.ContextBottom && Real < T.ContextTop)
    return T.ContextBottom;
  struct {
    void *Sp;
    int Flags;
    uptr Size;
  } Alt;
  constexpr int kOnStack = 1;
  uptr AltBeg;
  if (!internal_iserror(internal_sigaltstack(nullptr, &Alt)) &&
      (Alt.Flags & kOnStack) &&
      Real >= (AltBeg = reinterpret_cast<uptr>(Alt.Sp)) &&
      Real < AltBeg + Alt.Size && AltBeg > Bottom)
    return AltBeg;
  return Bottom;
}

void CollectAbandonedFrames(FakeStack *FS, uptr Real) {
  FS->NeedsGc = false;
  uptr Top = 0, Bottom = 0;
  if (Real != kAllFrames &&
      (!GetCurrentThreadStack(&Top, &Bottom) || Real < Bottom || Real >= Top))
    return;
  if (Real != kAllFrames)
    Bottom = CollectionFloor(Real, Bottom);
  for (uptr Class = 0; Class < kNumClasses; ++Class) {
    u8 *Flags = FS->ClassFlags(Class);
    for (uptr Pos = 0; Pos < FS->Frames(Class); ++Pos) {
      if (!Flags[Pos])
        continue;
      uptr Recorded =
          reinterpret_cast<uptr *>(FS->Frame(Class, Pos))[kRealFrameWord];
      if (Real == kAllFrames || (Recorded >= Bottom && Recorded <= Real)) {
        PoisonReturnedFrame(FS->Frame(Class, Pos),
                            uptr(1) << FakeStack::FrameLog(Class));
        Flags[Pos] = 0;
      }
    }
  }
}

// The fake frame that holds Addr and its thread, on any thread's fake
// stack.
struct FakeFrameSearch {
  uptr Addr;
  uptr Frame;
  u32 Tid;
};

bool FindFakeFrame(uptr Addr, uptr *Frame, u32 *Tid) {
  FakeFrameSearch S{Addr, 0, kInvalidTid};
  LockThreadTable();
  ForEachRunningThread(
      [](const ThreadInfo &T, void *Arg) {
        auto *S = static_cast<FakeFrameSearch *>(Arg);
        auto *FS = reinterpret_cast<const FakeStack *>(T.FakeStack);
        if (T.FakeStack <= kFakeStackNever || !FS->Contains(S->Addr))
          return;
        S->Frame = FS->FrameAt(S->Addr);
        S->Tid = T.Id;
      },
      &S);
  UnlockThreadTable();
  if (S.Tid == kInvalidTid) {
    SpinMutexLock L(&KeptFakeStacksMu);
    for (const KeptFakeStack &K : KeptFakeStacks) {
      const auto *FS = reinterpret_cast<const FakeStack *>(K.Map);
      if (!K.Map || !FS->Contains(Addr))
        continue;
      S.Frame = FS->FrameAt(Addr);
      S.Tid = K.Tid;
    }
  }
  *Frame = S.Frame;
  *Tid = S.Tid;
  return S.Tid != kInvalidTid;
}

struct OwnerSearch {
  uptr Addr;
  u32 Tid;
};

} // namespace

u32 StackOwnerOf(uptr Addr) {
  uptr Top, Bottom;
  if (GetCurrentThreadStack(&Top, &Bottom) && Addr >= Bottom && Addr < Top)
    return CurrentTid();
  OwnerSearch Search{Addr, kInvalidTid};
  LockThreadTable();
  ForEachRunningThread(
      [](const ThreadInfo &T, void *Arg) {
        auto *S = static_cast<OwnerSearch *>(Arg);
        if (S->Addr >= T.StackBegin && S->Addr < T.StackEnd)
          S->Tid = T.Id;
      },
      &Search);
  UnlockThreadTable();
  return Search.Tid;
}

// The frame on the real stack of thread Tid that holds Addr: down from it
// to the frame's header, the first f1 granule below the address, then the
// lowest of the header's four. 0 if there is none.
uptr FindRealFrame(uptr Addr, u32 Tid) {
  uptr Bottom = 0, Top = 0;
  if (Tid == CurrentTid()) {
    GetCurrentThreadStack(&Top, &Bottom);
  } else if (const ThreadInfo *T = FindThreadInfo(Tid)) {
    Bottom = T->StackBegin;
  }
  uptr Granule = RoundDownTo(Addr, kGranule);
  auto Left = [](uptr G) {
    return static_cast<u8>(*ShadowByte(G)) == MEMSCOPE_MAGIC_STACK_LEFT_REDZONE;
  };
  while (Granule >= Bottom + kGranule && !Left(Granule))
    Granule -= kGranule;
  while (Granule >= Bottom + kGranule && Left(Granule - kGranule))
    Granule -= kGranule;
  return Granule >= Bottom && Left(Granule) ? Granule : 0;
}

// The redzoned frame (fake or real) that holds Addr: its start and thread.
bool FindFrame(uptr Addr, uptr *Granule, u32 *Tid) {
  if (!AddrIsInMem(Addr))
    return false;
  if (!FindFakeFrame(Addr, Granule, Tid)) {
    *Tid = StackOwnerOf(Addr);
    if (*Tid == kInvalidTid)
      return false;
    *Granule = FindRealFrame(Addr, *Tid);
    if (!*Granule)
      return false;
  }
  return reinterpret_cast<const uptr *>(*Granule)[0] == MEMSCOPE_FRAME_MAGIC;
}

bool LocateStackVariable(uptr Addr, char *Name, uptr NameSize, uptr *Beg,
                         uptr *Size, u32 *Tid, bool Nearest) {
  uptr Granule;
  u32 Owner;
  if (!FindFrame(Addr, &Granule, &Owner))
    return false;
  if (Tid)
    *Tid = Owner;
  const char *P = reinterpret_cast<const char *const *>(Granule)[1];
  uptr Count;
  FrameVariable V;
  if (!ReadNumber(&P, &Count))
    return false;
  uptr Offset = Addr - Granule;
  for (uptr I = 0; I < Count && ReadVariable(&P, &V); ++I) {
    if (Nearest ? Offset > V.Offset + V.Size : Offset - V.Offset >= V.Size)
      continue;
    if (Name && NameSize)
      internal_strlcpy(Name, V.Name, Min(NameSize, V.NameLen + 1));
    *Beg = Granule + V.Offset;
    *Size = V.Size;
    return true;
  }
  if (!Nearest)
    return false;
  if (Name && NameSize)
    internal_strlcpy(Name, "?", NameSize);
  *Beg = *Size = 0;
  return true;
}

bool DescribeStackAddress(uptr Addr, uptr Size) {
  uptr Granule;
  u32 Tid;
  if (!FindFrame(Addr, &Granule, &Tid))
    return false;
  const uptr *Header = reinterpret_cast<const uptr *>(Granule);
  const char *Desc = reinterpret_cast<const char *>(Header[1]);
  uptr Function = Header[2];
  uptr Offset = Addr - Granule;

  Printf("Address %p is located in stack of thread T%u at offset %zu in "
         "frame\n",
         reinterpret_cast<void *>(Addr), Tid, Offset);
  // One frame: the function's first instruction (Print takes pcs for
  // return addresses and looks one byte back).
  uptr Pc = Function + 1;
  StackTrace(&Pc, 1).Print();

  uptr Count;
  const char *P = Desc;
  if (!ReadNumber(&P, &Count)) {
    Printf("  This frame has no description\n");
    return true;
  }
  Printf("  This frame has %zu object(s):\n", Count);
  FrameVariable Prev{0, 0, "", 0, 0}, V, Next;
  bool HaveNext = ReadVariable(&P, &Next);
  for (uptr I = 0; I < Count && HaveNext; ++I) {
    V = Next;
    HaveNext = I + 1 < Count && ReadVariable(&P, &Next);
    uptr PrevEnd = I ? Prev.Offset + Prev.Size : 0;
    uptr NextBeg = HaveNext ? Next.Offset : ~uptr(0);
    PrintVariable(V, PrevEnd, NextBeg, Offset, Size ? Size : 1);
    Prev = V;
  }
  Printf("HINT: this may be a false positive if your program uses some "
         "custom stack unwind mechanism, swapcontext or vfork\n"
         "      (longjmp and C++ exceptions *are* supported)\n");
  return true;
}

void ReleaseFakeStack() {
  ThreadState &T = CurrentThread();
  uptr Map = T.FakeStack;
  UseFakeStack(T, kFakeStackNever);
  if (Map <= kFakeStackNever)
    return;
  // The frames a thread ends in without their returns (pthread_exit from
  // below its start, a cancellation) are returned ones now.
  CollectAbandonedFrames(reinterpret_cast<FakeStack *>(Map), kAllFrames);
  KeptFakeStack Oldest;
  {
    SpinMutexLock L(&KeptFakeStacksMu);
    KeptFakeStack &Slot = KeptFakeStacks[NextKeptFakeStack];
    Oldest = Slot;
    uptr RegionLog = reinterpret_cast<FakeStack *>(Map)->RegionLog;
    Slot = {Map, FakeStackMappingSize(RegionLog), CurrentTid()};
    NextKeptFakeStack = (NextKeptFakeStack + 1) % kKeptFakeStacks;
  }
  if (!Oldest.Map)
    return;
  PoisonShadow(Oldest.Map, Oldest.Size, 0);
  UnmapOrDie(reinterpret_cast<void *>(Oldest.Map), Oldest.Size);
}

void ForEachLiveFakeFrame(uptr Stack, void (*Fn)(uptr Beg, uptr End, void *),
                          void *Arg) {
  if (Stack <= kFakeStackNever)
    return;
  auto *FS = reinterpret_cast<FakeStack *>(Stack);
  for (uptr Class = 0; Class < kNumClasses; ++Class) {
    u8 *Flags = FS->ClassFlags(Class);
    for (uptr Pos = 0; Pos < FS->Frames(Class); ++Pos) {
      if (!Flags[Pos])
        continue;
      // Only the variables in scope: a dead one (or the redzones, or what
      // a larger frame left in the slot) may hold a stale pointer.
      uptr Beg = FS->Frame(Class, Pos);
      uptr End = Beg + (uptr(1) << FakeStack::FrameLog(Class));
      uptr Run = 0;
      for (uptr G = Beg; G < End; G += kGranule) {
        u8 Shadow = static_cast<u8>(*ShadowByte(G));
        bool Live = Shadow < kGranule;
        if (Live && !Run)
          Run = G;
        if (!Live && Run) {
          Fn(Run, G, Arg);
          Run = 0;
        }
      }
      if (Run)
        Fn(Run, End, Arg);
    }
  }
}

void ClearStaleStackShadow() {
  if (LeakOnlyBuild)
    return;
  const ThreadInfo *T = FindThreadInfo(CurrentTid());
  if (!T)
    return;
  if (T->StackEnd > T->StackBegin)
    PoisonShadow(RoundDownTo(T->StackBegin, kGranule),
                 T->StackEnd - RoundDownTo(T->StackBegin, kGranule), 0);
  if (T->TlsEnd > T->TlsBegin)
    PoisonShadow(RoundDownTo(T->TlsBegin, kGranule),
                 T->TlsEnd - RoundDownTo(T->TlsBegin, kGranule), 0);
}

} // namespace memscope

using namespace memscope;

extern "C" {

// Clears the shadow of the frames a jump or a throw leaves: the stack from
// the caller's frame to its top, as ASan clears it. The frames that stay
// lose their redzones until they return (a setjmp caller's array overflowed
// after the jump back is not seen: compiler-rt's longjmp tests assert that
// the stack above a jump is clean, even the target's own frame).
SANITIZER_INTERFACE_ATTRIBUTE void __memscope_handle_no_return() {
  if (LeakOnlyBuild || !MemscopeInited)
    return;
  uptr Top, Bottom;
  if (!GetCurrentThreadStack(&Top, &Bottom))
    return;
  uptr Sp = reinterpret_cast<uptr>(__builtin_frame_address(0));
  // A jump or throw may leave frames on the signal stack, or go from it
  // back to the thread's stack over frames the signal interrupted: the
  // signal stack is cleared whole, and when the jump starts on it, so is
  // the thread's stack (which frames it skips is not known).
  struct {
    void *Sp;
    int Flags;
    uptr Size;
  } Alt;
  constexpr int kOnStack = 1, kDisabled = 2;
  bool OnAltStack = false;
  if (!internal_iserror(internal_sigaltstack(nullptr, &Alt)) &&
      !(Alt.Flags & kDisabled) && Alt.Sp && Alt.Size) {
    uptr AltBeg = RoundUpTo(reinterpret_cast<uptr>(Alt.Sp), kGranule);
    uptr AltEnd = reinterpret_cast<uptr>(Alt.Sp) + Alt.Size;
    if (AltEnd > AltBeg)
      PoisonShadow(AltBeg, RoundDownTo(AltEnd - AltBeg, kGranule), 0);
    OnAltStack = Alt.Flags & kOnStack;
  }
  if (OnAltStack) {
    PoisonShadow(RoundDownTo(Bottom, kGranule),
                 Top - RoundDownTo(Bottom, kGranule), 0);
  } else if (Sp >= Bottom && Sp < Top) {
    // The page under the caller is dead too, and clearing it is cheap. On
    // another stack (a coroutine's, a fiber's) nothing is known of the
    // frames being left.
    uptr Page = GetPageSizeCached();
    uptr Beg = RoundDownTo(Sp, Page);
    if (Beg >= Bottom + Page)
      Beg -= Page;
    PoisonShadow(Beg, Top - Beg, 0);
  }
  ThreadState &T = CurrentThread();
  if (T.FakeStack > kFakeStackNever) {
    auto *FS = reinterpret_cast<FakeStack *>(T.FakeStack);
    FS->NeedsGc = FS->CatchGcPending = true;
  }
}

// A frame of Size bytes (a multiple of 32) on the thread's fake stack, or 0
// when it must go on the real stack. Its shadow is the caller's to write,
// whole (the pass writes every granule of the frame); the runtime writes
// header word 3 and, in the class's last word, where the frame's flag is,
// which the pass's code clears when the function returns.
SANITIZER_INTERFACE_ATTRIBUTE uptr __memscope_stack_malloc(uptr Size) {
  ThreadState &T = CurrentThread();
  auto *FS = reinterpret_cast<FakeStack *>(T.FakeStack);
  if (UNLIKELY(T.FakeStack <= kFakeStackNever)) {
    if (T.FakeStack == kFakeStackNever || !(FS = CreateFakeStack()))
      return 0;
  }
  if (UNLIKELY(T.FakeStackSuppressed))
    return 0;
  uptr Class = ClassOf(Size);
  if (Class >= kNumClasses)
    return 0;
  uptr Real = reinterpret_cast<uptr>(__builtin_frame_address(0));
  if (UNLIKELY(FS->NeedsGc))
    CollectAbandonedFrames(FS, Real);
  u8 *Flags = FS->ClassFlags(Class);
  uptr Count = FS->Frames(Class);
  // Frames are taken round the region, so the ones in use lie together
  // behind the hint: a few looks usually find a free one. When the hint
  // has come round to a run of frames still in use (deep recursion that
  // has not returned), the rest of the class is searched, as ASan
  // searches it: a frame that went to the real stack while the class had
  // room would lose its use-after-return check.
  uptr Pos = FS->Hint[Class] & (Count - 1);
  uptr Looks = Min(Count, kFrameLooks);
  uptr I = 0;
  while (I < Looks && Flags[Pos]) {
    Pos = (Pos + 1) & (Count - 1);
    ++I;
  }
  if (I == Looks && (Looks == Count || !FindFreeFlag(Flags, Count, &Pos)))
    return 0;
  FS->Hint[Class] = Pos + 1;
  Flags[Pos] = 1;
  uptr Frame = FS->Frame(Class, Pos);
  reinterpret_cast<uptr *>(Frame)[kRealFrameWord] = Real;
  *FlagSlot(Frame, Class) = &Flags[Pos];
  return Frame;
}

// While suppressed (a conservative garbage collector scanning the real
// stack, a coroutine switch), new frames go on the thread's real stack, as
// under ASan; nested calls count.
SANITIZER_INTERFACE_ATTRIBUTE void __asan_suppress_fake_stack() {
  ++CurrentThread().FakeStackSuppressed;
}

SANITIZER_INTERFACE_ATTRIBUTE void __asan_unsuppress_fake_stack() {
  ThreadState &T = CurrentThread();
  if (T.FakeStackSuppressed)
    --T.FakeStackSuppressed;
}

// ASan's fake-stack queries (asan_interface.h).
SANITIZER_INTERFACE_ATTRIBUTE void *__asan_get_current_fake_stack() {
  uptr Stack = CurrentThread().FakeStack;
  return Stack > kFakeStackNever ? reinterpret_cast<void *>(Stack) : nullptr;
}

SANITIZER_INTERFACE_ATTRIBUTE void *
__asan_addr_is_in_fake_stack(void *Stack, void *Addr, void **Beg, void **End) {
  auto *FS = static_cast<FakeStack *>(Stack);
  uptr A = reinterpret_cast<uptr>(Addr);
  if (!FS || !FS->Contains(A))
    return nullptr;
  uptr Class = FS->ClassAt(A);
  uptr Log = FakeStack::FrameLog(Class);
  uptr Frame = RoundDownTo(A, uptr(1) << Log);
  if (!FS->ClassFlags(Class)[(Frame - FS->Region(Class)) >> Log])
    return nullptr;
  if (Beg)
    *Beg = reinterpret_cast<void *>(Frame);
  if (End)
    *End = reinterpret_cast<void *>(Frame + (uptr(1) << Log));
  return reinterpret_cast<void *>(Frame);
}

// The function that had the frame at Frame, of Size bytes, returns (a
// frame larger than the classes whose code gives them back itself).
SANITIZER_INTERFACE_ATTRIBUTE void __memscope_stack_free(uptr Frame,
                                                         uptr Size) {
  PoisonReturnedFrame(Frame, Size);
  **FlagSlot(Frame, ClassOf(Size)) = 0;
}

// After vfork, in both processes: the child ran on the parent's stack and
// may have left frames there (it execs or exits without returning), below
// the caller's.
SANITIZER_INTERFACE_ATTRIBUTE void __memscope_handle_vfork() {
  if (LeakOnlyBuild || !MemscopeInited)
    return;
  uptr Top, Bottom;
  uptr Sp = reinterpret_cast<uptr>(__builtin_frame_address(0));
  if (!GetCurrentThreadStack(&Top, &Bottom) || Sp < Bottom || Sp >= Top)
    return;
  uptr Beg = RoundDownTo(Bottom, kGranule);
  PoisonShadow(Beg, RoundDownTo(Sp, kGranule) - Beg, 0);
}

// The program's dynamic alloca of Size bytes at Beg (32-aligned), with 32
// bytes of redzone before and, after its end rounded up to 32, 32 more.
SANITIZER_INTERFACE_ATTRIBUTE void __memscope_alloca_poison(uptr Beg,
                                                            uptr Size) {
  constexpr uptr kRedzone = 32;
  if (!IsAligned(Beg, kRedzone) || !AddrIsInMem(Beg))
    return;
  PoisonShadow(Beg - kRedzone, kRedzone, MEMSCOPE_MAGIC_ALLOCA_LEFT_REDZONE);
  UnpoisonShadowForAllocation(Beg, Size);
  uptr Right = RoundUpTo(Beg + Size, kGranule);
  uptr End = RoundUpTo(Beg + Size, kRedzone) + kRedzone;
  PoisonShadow(Right, End - Right, MEMSCOPE_MAGIC_ALLOCA_RIGHT_REDZONE);
}

// [Top, Bottom) of the stack, where dynamic allocas were, is given back.
SANITIZER_INTERFACE_ATTRIBUTE void __memscope_allocas_unpoison(uptr Top,
                                                               uptr Bottom) {
  Top = RoundDownTo(Top, kGranule);
  if (Top >= Bottom || !AddrIsInMem(Top))
    return;
  PoisonShadow(Top, Bottom - Top, 0);
}

SANITIZER_INTERFACE_ATTRIBUTE void __memscope_set_shadow(void *Shadow,
                                                         u8 Value, uptr Count) {
  FastMemset(Shadow, Value, Count);
}

} // extern "C"

namespace {

// The stack pointer glibc's setjmp saved in Env for its caller (x86-64:
// word 6 of the jmp_buf, mangled with the thread's pointer guard), or 0
// when it cannot be trusted: it must lie on the thread's stack and, when
// the jump starts there, above the jump (a jump goes up the stack).
uptr JumpTargetSp(const void *Env) {
  uptr Top, Bottom;
  if (!GetCurrentThreadStack(&Top, &Bottom))
    return 0;
  // glibc's PTR_MANGLE: xor with tcbhead_t's pointer_guard (%fs:0x30),
  // then rotate left by 17 bits; JB_RSP is word 6.
  constexpr uptr kSpWord = 6, kRotate = 17;
  uptr Guard;
  asm("mov %%fs:0x30, %0" : "=r"(Guard));
  uptr Mangled = reinterpret_cast<const uptr *>(Env)[kSpWord];
  uptr Sp = ((Mangled >> kRotate) | (Mangled << (64 - kRotate))) ^ Guard;
  uptr Here = reinterpret_cast<uptr>(__builtin_frame_address(0));
  bool HereOnStack = Here >= Bottom && Here < Top;
  if (Sp < Bottom || Sp >= Top || (HereOnStack && Sp <= Here))
    return 0;
  return Sp;
}

// The calling thread's fake frames taken strictly below Sp are gone: given
// back and poisoned now.
void GiveBackFramesBelow(uptr Sp) {
  ThreadState &T = CurrentThread();
  if (T.FakeStack > kFakeStackNever)
    CollectAbandonedFrames(reinterpret_cast<FakeStack *>(T.FakeStack), Sp - 1);
}

// The C++ runtime's exceptions thrown and not yet caught on this thread
// (the one a handler is about to catch among them); 0 without a C++
// runtime. libstdc++ and libc++abi lay out their globals alike.
struct CxaEhGlobals {
  void *CaughtExceptions;
  unsigned UncaughtExceptions;
};
extern "C" CxaEhGlobals *__cxa_get_globals() SANITIZER_WEAK_ATTRIBUTE;

unsigned ExceptionsInFlight() {
  if (!&__cxa_get_globals)
    return 0;
  CxaEhGlobals *Globals = __cxa_get_globals();
  return Globals ? Globals->UncaughtExceptions : 0;
}

// Before a jump to Env: the real stack above it is cleared, and the fake
// frames it abandons are given back and poisoned at once, so that a
// pointer kept to a local of one is stack-use-after-return right after the
// jump. The frames taken strictly below the target's stack pointer are its
// callees'.
void LeaveFramesFor(const void *Env) {
  // The jump buffer is read whole first (glibc's jmp_buf and sigjmp_buf:
  // the registers, whether a mask was saved, the mask): one freed or gone
  // out of scope is reported, as Valgrind reports it, before the jump
  // goes wherever it now says.
  constexpr uptr kJmpBufSize = 200;
  if (MemscopeInited && Env)
    MEMSCOPE_READ_RANGE("longjmp", Env, kJmpBufSize);
  __memscope_handle_no_return();
  if (uptr Sp = Env ? JumpTargetSp(Env) : 0)
    GiveBackFramesBelow(Sp);
}

} // namespace

// The ways out of frames that skip their returns. Each clears the shadow
// first; the C++ and unwinder ones are resolved when first called, as the
// program may load libstdc++ or libgcc_s only with a later library.
INTERCEPTOR(void, longjmp, void *Env, int Value) {
  LeaveFramesFor(Env);
  REAL(longjmp)(Env, Value);
}

INTERCEPTOR(void, _longjmp, void *Env, int Value) {
  LeaveFramesFor(Env);
  REAL(_longjmp)(Env, Value);
}

INTERCEPTOR(void, siglongjmp, void *Env, int Value) {
  LeaveFramesFor(Env);
  REAL(siglongjmp)(Env, Value);
}

INTERCEPTOR(void, __longjmp_chk, void *Env, int Value) {
  LeaveFramesFor(Env);
  REAL(__longjmp_chk)(Env, Value);
}

INTERCEPTOR(void, __cxa_throw, void *Exception, void *Type,
            void (*Destructor)(void *)) {
  __memscope_handle_no_return();
  if (UNLIKELY(!REAL(__cxa_throw)))
    INTERCEPT_FUNCTION(__cxa_throw);
  REAL(__cxa_throw)(Exception, Type, Destructor);
}

INTERCEPTOR(void, __cxa_rethrow_primary_exception, void *Exception) {
  __memscope_handle_no_return();
  if (UNLIKELY(!REAL(__cxa_rethrow_primary_exception)))
    INTERCEPT_FUNCTION(__cxa_rethrow_primary_exception);
  REAL(__cxa_rethrow_primary_exception)(Exception);
}

// A handler starts: the frames the throw left below its function are gone
// now, before the handler reads through a pointer to one.
INTERCEPTOR(void *, __cxa_begin_catch, void *Exception) {
  // This frame lies where the handler's function called stack_malloc from
  // its prologue (one call below that function's frame): the frames taken
  // strictly below it are its callees'.
  ThreadState &T = CurrentThread();
  auto *FS = reinterpret_cast<FakeStack *>(T.FakeStack);
  if (T.FakeStack > kFakeStackNever && (FS->NeedsGc || FS->CatchGcPending)) {
    GiveBackFramesBelow(reinterpret_cast<uptr>(__builtin_frame_address(0)));
    FS->CatchGcPending = ExceptionsInFlight() > 1;
  }
  if (UNLIKELY(!REAL(__cxa_begin_catch)))
    INTERCEPT_FUNCTION(__cxa_begin_catch);
  return REAL(__cxa_begin_catch)(Exception);
}

INTERCEPTOR(int, _Unwind_RaiseException, void *Exception) {
  __memscope_handle_no_return();
  if (UNLIKELY(!REAL(_Unwind_RaiseException)))
    INTERCEPT_FUNCTION(_Unwind_RaiseException);
  return REAL(_Unwind_RaiseException)(Exception);
}

// Fibers (boost.context, folly, a program's own coroutines) announce their
// switches as they do to ASan: the thread's stack bounds follow the fiber,
// so stacks unwind and frames are found on it. A fiber runs without the
// fake stack (its frames stay on the fiber's own stack): the thread's is
// set aside in *FakeStackSave and taken back when the switch that gave it
// returns.
extern "C" {
SANITIZER_INTERFACE_ATTRIBUTE void
__sanitizer_start_switch_fiber(void **FakeStackSave, const void *Bottom,
                               uptr Size) {
  ThreadState &T = CurrentThread();
  T.NextStackBottom = reinterpret_cast<uptr>(Bottom);
  T.NextStackTop = reinterpret_cast<uptr>(Bottom) + Size;
  if (FakeStackSave) {
    *FakeStackSave = reinterpret_cast<void *>(T.FakeStack);
    UseFakeStack(T, kFakeStackNever);
  }
}

SANITIZER_INTERFACE_ATTRIBUTE void
__sanitizer_finish_switch_fiber(void *FakeStackSave, const void **BottomOld,
                                uptr *SizeOld) {
  ThreadState &T = CurrentThread();
  uptr Top, Bottom;
  bool Known = GetCurrentThreadStack(&Top, &Bottom);
  if (BottomOld)
    *BottomOld = Known ? reinterpret_cast<const void *>(Bottom) : nullptr;
  if (SizeOld)
    *SizeOld = Known ? Top - Bottom : 0;
  if (T.NextStackTop > T.NextStackBottom) {
    T.StackBottom = T.NextStackBottom;
    T.StackTop = T.NextStackTop;
    T.StackKnown = true;
    T.NextStackTop = T.NextStackBottom = 0;
  }
  if (FakeStackSave)
    UseFakeStack(T, reinterpret_cast<uptr>(FakeStackSave));
}
} // extern "C"

// swapcontext runs on another stack, which earlier frames may have left
// poisoned (a context reused, or one sharing memory with a dead stack): its
// shadow is cleared before the switch, and again when the call "returns"
// (a later switch back), as ASan does. The fiber itself is not tracked as
// a stack of its own.
namespace {
using namespace memscope;
// The stack Context runs on, [*Beg, *End), when it is its uc_stack: the
// context's stack pointer lies there. Only makecontext reads uc_stack;
// getcontext and swapcontext leave whatever the memory held, which a
// context they saved may still hold (a stale pointer and size, taken for a
// stack of terabytes).
bool RunsOnOwnStack(const ucontext_t *Context, uptr *Beg, uptr *End) {
  constexpr uptr kMaxContextStack = uptr(1) << 30;
  uptr B = reinterpret_cast<uptr>(Context->uc_stack.ss_sp);
  uptr Size = Context->uc_stack.ss_size;
  uptr Sp = Context->uc_mcontext.gregs[REG_RSP];
  if (!B || !Size || Size > kMaxContextStack || B + Size < B ||
      !AddrIsInMem(B) || !AddrIsInMem(B + Size - 1) || Sp <= B ||
      Sp > B + Size)
    return false;
  *Beg = B;
  *End = B + Size;
  return true;
}

void ClearContextStack(const ucontext_t *Context) {
  uptr Beg, End;
  if (LeakOnlyBuild || !Context || !RunsOnOwnStack(Context, &Beg, &End))
    return;
  uptr Start = RoundDownTo(Beg, kGranule);
  PoisonShadow(Start, RoundUpTo(End, kGranule) - Start, 0);
}

// Said once, at the first switch, as ASan does: what a program built for
// ASan expects to see, and what a fiber loses here.
void WarnAboutContexts() {
  static atomic_uint8_t Warned;
  if (LeakOnlyBuild || atomic_exchange(&Warned, 1, memory_order_relaxed))
    return;
  Report("WARNING: memscope doesn't fully support makecontext/swapcontext "
         "functions: a context's stack is taken for its thread's stack only "
         "when the program announces the switch "
         "(__sanitizer_start_switch_fiber), and code running on it is not "
         "checked for use-after-return\n");
}

// The context's stack becomes the thread's nested one when the context
// runs on it (its stack pointer inside) and it lies inside the thread's
// own stack; otherwise there is none.
void NoteContextStack(const ucontext_t *Context) {
  ThreadState &T = CurrentThread();
  T.ContextBottom = T.ContextTop = 0;
  uptr Top, Bottom, Beg, End;
  if (LeakOnlyBuild || !Context || !RunsOnOwnStack(Context, &Beg, &End) ||
      !GetCurrentThreadStack(&Top, &Bottom))
    return;
  if (Beg > Bottom && End <= Top) {
    T.ContextBottom = Beg;
    T.ContextTop = End;
  }
}
} // namespace

// The context saved into Old and the one restored from New, whole, as
// Valgrind checks them.
INTERCEPTOR(int, swapcontext, ucontext_t *Old, const ucontext_t *New) {
  if (MemscopeInited) {
    MEMSCOPE_WRITE_RANGE("swapcontext", Old, sizeof(*Old));
    MEMSCOPE_READ_RANGE("swapcontext", New, sizeof(*New));
  }
  WarnAboutContexts();
  ClearContextStack(New);
  // Back here, the context that called runs again, on its own stack.
  ThreadState &T = CurrentThread();
  uptr SavedBottom = T.ContextBottom, SavedTop = T.ContextTop;
  NoteContextStack(New);
  int Result = REAL(swapcontext)(Old, New);
  T.ContextBottom = SavedBottom;
  T.ContextTop = SavedTop;
  ClearContextStack(New);
  return Result;
}

INTERCEPTOR(int, setcontext, const ucontext_t *Context) {
  if (MemscopeInited)
    MEMSCOPE_READ_RANGE("setcontext", Context, sizeof(*Context));
  NoteContextStack(Context);
  return REAL(setcontext)(Context);
}

namespace memscope {
void InitializeStackFrameInterceptors() {
  INTERCEPT_FUNCTION(swapcontext);
  INTERCEPT_FUNCTION(setcontext);
  INTERCEPT_FUNCTION(longjmp);
  INTERCEPT_FUNCTION(_longjmp);
  INTERCEPT_FUNCTION(siglongjmp);
  INTERCEPT_FUNCTION(__longjmp_chk);
  INTERCEPT_FUNCTION(__cxa_throw);
  INTERCEPT_FUNCTION(__cxa_rethrow_primary_exception);
  INTERCEPT_FUNCTION(_Unwind_RaiseException);
  INTERCEPT_FUNCTION(__cxa_begin_catch);
}
} // namespace memscope
