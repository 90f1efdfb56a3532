//===- memscope_lsan.cpp - leak detection through lsan_common -------------===//
//
// compiler-rt's lsan_common finds leaks by reachability with LSan's exact
// semantics: it stops the world, scans the roots (globals of every loaded
// module, each thread's stack, registers and TLS, registered root regions)
// for pointers into live blocks, floods from there, and reports what stays
// unreachable as direct or indirect leaks, grouped by allocation stack,
// honouring suppressions and the __lsan_* API. This file is what it needs
// from the tool (the __lsan hooks) and how memscope turns it on.
//
// See also: memscope_allocator.cpp (the chunk hooks), memscope_thread.cpp
// (thread ranges), test/Runtime/leak/.
//===----------------------------------------------------------------------===//
#include "memscope_allocator.h"
#include "memscope_flags.h"
#include "memscope_ownership.h"
#include "memscope_interface.h"
#include "memscope_mapping.h"
#include "memscope_monitor.h"
#include "memscope_report.h"
#include "memscope_stack_frames.h"
#include "memscope_thread.h"
#include "memscope_trace.h"

#include "lsan/lsan_common.h"

#include <cpuid.h>
#include "sanitizer_common/sanitizer_allocator_internal.h"
#include "sanitizer_common/sanitizer_atomic.h"
#include "sanitizer_common/sanitizer_file.h"
#include "sanitizer_common/sanitizer_flags.h"
#include "sanitizer_common/sanitizer_mutex.h"
#include "sanitizer_common/sanitizer_placement_new.h"
#include "sanitizer_common/sanitizer_stackdepot.h"

// Defined by lsan_common; its public header clashes with sanitizer_common's
// internal one.
extern "C" SANITIZER_INTERFACE_ATTRIBUTE int __lsan_do_recoverable_leak_check();

namespace __lsan {
// memscope_lsan_common.cpp: whether a suppression matched this stack.
bool MemscopeStackWasSuppressed(u32 Stack);
} // namespace __lsan

extern "C" SANITIZER_WEAK_ATTRIBUTE void *__libc_stack_end;

namespace memscope {
// memscope_lsan_common.cpp: LSan's common initialisation, with a
// suppression context that accepts ASan's types too.
void InitLeakCheckCommon();

int LeakCheckTries();
void SnapshotBeforeCheck();
// __memscope_leak_check runs LSan's check through the __lsan entry point,
// which would take a second snapshot.
atomic_uint8_t InProgramCheck;

namespace {

struct LeakedChunk {
  uptr Addr;
  uptr Size;
  PassportId Passport;
  u32 Stack;
  bool Indirect;
};

// Filled while a check runs (world stopped; checks are serialised by
// lsan_common's own lock).
InternalMmapVector<LeakedChunk> *Found;
// Passports leaked at the previous check, sorted: what "new" is relative to.
InternalMmapVector<PassportId> *PreviouslyLeaked;
// At exit: the blocks only the frames exit() left suspended reach, set
// aside before the check and recorded with its results.
InternalMmapVector<LeakedChunk> *SetAside;
u32 ChecksRun;
// An at-exit check that found leaks dies inside lsan_common before it
// returns; the die callback then records its results.
bool AtExitCheckRunning;

atomic_uint8_t SignalPending;
// One check at a time, with its bookkeeping: lsan_common serialises its own
// analysis, not what memscope does with the results afterwards. The die
// callback of a failing at-exit check runs under it and takes nothing.
Mutex CheckMu;
// Set once the exit check starts: the monitor does no more checks.
bool Exiting;

// The exit check runs on the thread that called exit() (or returned from
// main), whose frames never run again: its stack is no root
// (GetThreadRangesLocked gives it an empty one). Where exit() was called
// from below main, the frames it left suspended start at ExitFrame: what
// only they reach is still reachable, listed apart, not leaked.
tid_t ExitingTid = kInvalidTid;
uptr ExitFrame;
tid_t ExitFrameTid = kInvalidTid;
// Set when main returns: an exit check that no interceptor saw coming
// (exit() called inside libc, as argp_error calls it) then leaves no frame
// suspended; before, the frames above the check's are main's callers'.
atomic_uint8_t MainReturned;
// A check the program asked for runs on its thread from CheckFrame down:
// that thread's stack is scanned from there up, not from the checker's
// own frame, which overlays the dead frames of the program's earlier calls.
tid_t CheckTid = kInvalidTid;
uptr CheckFrame;

// Kept per group in the trace: enough to follow a few blocks' passports.
constexpr u32 kPassportsPerGroup = 16;

bool GroupOrder(const LeakedChunk &A, const LeakedChunk &B) {
  if (A.Indirect != B.Indirect)
    return !A.Indirect;
  return A.Stack < B.Stack;
}

// Groups Chunks by (kind, stack), largest first, as LSan reports them.
void GroupLeaks(InternalMmapVector<LeakedChunk> &Chunks,
                InternalMmapVector<LeakGroup> *Groups,
                InternalMmapVector<PassportId> *Passports) {
  Sort(Chunks.data(), Chunks.size(), GroupOrder);
  Passports->clear();
  Passports->reserve(Chunks.size());
  for (uptr I = 0; I < Chunks.size();) {
    uptr J = I;
    LeakGroup G = {Chunks[I].Stack, Chunks[I].Indirect, 0, 0, nullptr, 0};
    uptr First = Passports->size();
    for (; J < Chunks.size() && Chunks[J].Stack == G.Stack &&
           Chunks[J].Indirect == G.Indirect;
         ++J) {
      G.Bytes += Chunks[J].Size;
      ++G.Objects;
      if (G.PassportCount < kPassportsPerGroup) {
        Passports->push_back(Chunks[J].Passport);
        ++G.PassportCount;
      }
    }
    // Passports is fully reserved: these pointers stay valid.
    G.Passports = Passports->data() + First;
    Groups->push_back(G);
    I = J;
  }
  Sort(Groups->data(), Groups->size(), [](const LeakGroup &A,
                                          const LeakGroup &B) {
    if (A.Indirect != B.Indirect)
      return !A.Indirect;
    return A.Bytes > B.Bytes;
  });
}

// Leaks whose stacks a suppression matched are not the run's verdict: a
// check reports them without a second pass when it found no indirect
// leak, and they are still among those it classified.
void DropSuppressed() {
  uptr Kept = 0;
  for (uptr I = 0; I < Found->size(); ++I)
    if (!__lsan::MemscopeStackWasSuppressed((*Found)[I].Stack))
      (*Found)[Kept++] = (*Found)[I];
  Found->resize(Kept);
}

// Records the results of the check that just ran in the trace; returns the
// leaks not leaked at the previous check (all of them the first time).
void FinishCheck(bool AtExit, bool OnlyNew,
                 InternalMmapVector<LeakedChunk> *New) {
  ++ChecksRun;
  DropSuppressed();
  New->clear();
  for (const LeakedChunk &C : *Found) {
    uptr I = InternalLowerBound(*PreviouslyLeaked, C.Passport);
    if (I == PreviouslyLeaked->size() || (*PreviouslyLeaked)[I] != C.Passport)
      New->push_back(C);
  }
  PreviouslyLeaked->clear();
  for (const LeakedChunk &C : *Found)
    PreviouslyLeaked->push_back(C.Passport);
  Sort(PreviouslyLeaked->data(), PreviouslyLeaked->size());

  InternalMmapVector<LeakGroup> Groups, Reachable;
  InternalMmapVector<PassportId> Passports, ReachablePassports;
  GroupLeaks(OnlyNew ? *New : *Found, &Groups, &Passports);
  if (AtExit)
    GroupLeaks(*SetAside, &Reachable, &ReachablePassports);
  TraceLeakCheck(ChecksRun, AtExit, OnlyNew, Groups.data(), Groups.size(),
                 Reachable.data(), Reachable.size());
}

void RecordAtExitResultsOnDeath() {
  if (!AtExitCheckRunning)
    return;
  AtExitCheckRunning = false;
  InternalMmapVector<LeakedChunk> New;
  FinishCheck(/*AtExit=*/true, /*OnlyNew=*/false, &New);
}

// The exiting thread's vector registers hold no value of the program's at
// exit (the ABI makes every one caller-saved), yet the data of its last
// memmove may still sit there (glibc's AVX-512 string functions use
// ymm16-31, which nothing clears after them): the leak check takes the
// registers of every thread for roots, so a vector of raw pointers
// relocated last would hide up to 64 of its leaked blocks (LSan misses
// them too). Cleared before every check, which the ABI allows wherever a
// call is (a signal handler's interrupted registers are saved in its frame,
// on the stack); the check's own code puts only the runtime's values there.
int VectorRegisterLevel() { // 0: SSE, 1: AVX, 2: AVX-512
  unsigned A, B, C, D;
  __cpuid(1, A, B, C, D);
  bool OsSaves = C & (1u << 27), Avx = C & (1u << 28);
  if (!OsSaves || !Avx)
    return 0;
  unsigned Lo, Hi;
  asm volatile("xgetbv" : "=a"(Lo), "=d"(Hi) : "c"(0));
  if ((Lo & 0x6) != 0x6)
    return 0; // the OS keeps no ymm state
  if (__get_cpuid_max(0, nullptr) < 7)
    return 1;
  __cpuid_count(7, 0, A, B, C, D);
  return (B & (1u << 16)) && (Lo & 0xe6) == 0xe6 ? 2 : 1;
}

__attribute__((target("avx512f"), noinline)) void ClearHighVectorRegisters() {
  asm volatile(
      "vpxord %%zmm16, %%zmm16, %%zmm16\n\tvpxord %%zmm17, %%zmm17, %%zmm17\n\t"
      "vpxord %%zmm18, %%zmm18, %%zmm18\n\tvpxord %%zmm19, %%zmm19, %%zmm19\n\t"
      "vpxord %%zmm20, %%zmm20, %%zmm20\n\tvpxord %%zmm21, %%zmm21, %%zmm21\n\t"
      "vpxord %%zmm22, %%zmm22, %%zmm22\n\tvpxord %%zmm23, %%zmm23, %%zmm23\n\t"
      "vpxord %%zmm24, %%zmm24, %%zmm24\n\tvpxord %%zmm25, %%zmm25, %%zmm25\n\t"
      "vpxord %%zmm26, %%zmm26, %%zmm26\n\tvpxord %%zmm27, %%zmm27, %%zmm27\n\t"
      "vpxord %%zmm28, %%zmm28, %%zmm28\n\tvpxord %%zmm29, %%zmm29, %%zmm29\n\t"
      "vpxord %%zmm30, %%zmm30, %%zmm30\n\tvpxord %%zmm31, %%zmm31, %%zmm31"
      ::: "xmm16", "xmm17", "xmm18", "xmm19", "xmm20", "xmm21", "xmm22",
          "xmm23", "xmm24", "xmm25", "xmm26", "xmm27", "xmm28", "xmm29",
          "xmm30", "xmm31");
}

__attribute__((target("avx"), noinline)) void ClearLowVectorRegisters() {
  asm volatile("vzeroall" ::: "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5",
               "xmm6", "xmm7", "xmm8", "xmm9", "xmm10", "xmm11", "xmm12",
               "xmm13", "xmm14", "xmm15");
}

// -1 until first asked (no guard variable: C programs link no C++ ABI;
// two threads asking at once compute the same value).
int VectorLevel = -1;

NOINLINE void ForgetVectorRegisters() {
  int Level = VectorLevel;
  if (Level < 0)
    VectorLevel = Level = VectorRegisterLevel();
  if (Level == 2)
    ClearHighVectorRegisters();
  if (Level >= 1)
    ClearLowVectorRegisters();
  else
    asm volatile("pxor %%xmm0, %%xmm0\n\tpxor %%xmm1, %%xmm1\n\t"
                 "pxor %%xmm2, %%xmm2\n\tpxor %%xmm3, %%xmm3\n\t"
                 "pxor %%xmm4, %%xmm4\n\tpxor %%xmm5, %%xmm5\n\t"
                 "pxor %%xmm6, %%xmm6\n\tpxor %%xmm7, %%xmm7\n\t"
                 "pxor %%xmm8, %%xmm8\n\tpxor %%xmm9, %%xmm9\n\t"
                 "pxor %%xmm10, %%xmm10\n\tpxor %%xmm11, %%xmm11\n\t"
                 "pxor %%xmm12, %%xmm12\n\tpxor %%xmm13, %%xmm13\n\t"
                 "pxor %%xmm14, %%xmm14\n\tpxor %%xmm15, %%xmm15"
                 ::: "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6",
                     "xmm7", "xmm8", "xmm9", "xmm10", "xmm11", "xmm12",
                     "xmm13", "xmm14", "xmm15");
}

// LSan's analysis with its own report silenced; Found holds the leaks.
void SilentLeakCheck() {
  ForgetVectorRegisters();
  fd_t Null = OpenFile("/dev/null", WrOnly);
  fd_t Saved;
  uptr SavedPid;
  {
    SpinMutexLock L(report_file.mu);
    Saved = report_file.fd;
    SavedPid = report_file.fd_pid;
    report_file.fd = Null;
    report_file.fd_pid = internal_getpid();
  }
  __lsan::DoRecoverableLeakCheckVoid();
  {
    SpinMutexLock L(report_file.mu);
    report_file.fd = Saved;
    report_file.fd_pid = SavedPid;
  }
  CloseFile(Null);
}

// The chunks of Leaks that the words of [Begin, End) and of AlsoFrom
// reach, directly or through other chunks of Leaks (LSan's interior
// pointers included). Those
// outside Leaks are reachable from the roots already, and so is all they
// point to. Leaks ends up sorted by address.
void ReachableAmong(uptr Begin, uptr End,
                    const InternalMmapVector<Range> &AlsoFrom,
                    InternalMmapVector<LeakedChunk> &Leaks,
                    InternalMmapVector<LeakedChunk> *Out) {
  Sort(Leaks.data(), Leaks.size(),
       [](const LeakedChunk &A, const LeakedChunk &B) {
         return A.Addr < B.Addr;
       });
  InternalMmapVector<u8> Seen;
  Seen.resize(Leaks.size());
  InternalMmapVector<uptr> Todo;
  // As the check scans: aligned words unless use_unaligned, none that the
  // program poisoned.
  uptr Step = flags()->use_unaligned ? 1 : sizeof(uptr);
  auto Scan = [&](uptr From, uptr To) {
    for (uptr P = RoundUpTo(From, Step); P + sizeof(uptr) <= To; P += Step) {
      if (__lsan::WordIsPoisoned(P))
        continue;
      uptr Word;
      internal_memcpy(&Word, reinterpret_cast<const void *>(P), sizeof(Word));
      // The last chunk starting at or below Word.
      uptr Lo = 0, Hi = Leaks.size();
      while (Lo < Hi) {
        uptr Mid = (Lo + Hi) / 2;
        if (Leaks[Mid].Addr <= Word)
          Lo = Mid + 1;
        else
          Hi = Mid;
      }
      if (!Lo)
        continue;
      const LeakedChunk &C = Leaks[Lo - 1];
      if (Word >= C.Addr + (C.Size ? C.Size : 1) || Seen[Lo - 1])
        continue;
      Seen[Lo - 1] = 1;
      Todo.push_back(Lo - 1);
    }
  };
  Scan(Begin, End);
  for (const Range &R : AlsoFrom)
    Scan(R.begin, R.end);
  while (!Todo.empty()) {
    uptr I = Todo.back();
    Todo.pop_back();
    Scan(Leaks[I].Addr, Leaks[I].Addr + Leaks[I].Size);
  }
  for (uptr I = 0; I < Leaks.size(); ++I)
    if (Seen[I])
      Out->push_back(Leaks[I]);
}

void PrintStillReachable(InternalMmapVector<LeakedChunk> &Chunks) {
  InternalMmapVector<LeakGroup> Groups;
  InternalMmapVector<PassportId> Passports;
  GroupLeaks(Chunks, &Groups, &Passports);
  uptr Bytes = 0;
  for (const LeakGroup &G : Groups)
    Bytes += G.Bytes;
  ScopedReportsLock Lock;
  Report("memscope: %zu byte(s) in %zu allocation(s) still reachable at exit "
         "only from the frames exit() left suspended: not leaks "
         "(leak_suspended_frames=1 counts them)\n",
         Bytes, Chunks.size());
  for (const LeakGroup &G : Groups) {
    Printf("\nStill reachable: %zu byte(s) in %zu object(s) allocated from:\n",
           G.Bytes, G.Objects);
    StackDepotGet(G.Stack).Print();
    Printf("passports:");
    for (u32 I = 0; I < G.PassportCount; ++I)
      Printf(" #%llu", static_cast<unsigned long long>(G.Passports[I]));
    Printf("%s\n", G.Objects > G.PassportCount ? " ..." : "");
  }
  Printf("\n");
}

// The exiting thread's stack is no root (GetThreadRangesLocked); its TLS
// is (thread_local destructors and atexit handlers have run, but what TLS
// still holds, the program kept). Its registers are still scanned: they
// hold the checker's values, or the suspended frames' own.
void ExcludeExitingThread() { ExitingTid = GetTid(); }

// The chunks of Leaks that the frames exit() left suspended, [Beg, End) of
// the calling thread's stack, reach; their variables on the fake stack
// count as theirs.
void ReachedFromSuspendedFrames(uptr Beg, uptr End,
                                InternalMmapVector<LeakedChunk> &Leaks,
                                InternalMmapVector<LeakedChunk> *Out) {
  InternalMmapVector<Range> FakeFrames;
  ForEachLiveFakeFrame(
      CurrentThread().FakeStack,
      [](uptr Beg, uptr End, void *Arg) {
        static_cast<InternalMmapVector<Range> *>(Arg)->push_back({Beg, End});
      },
      &FakeFrames);
  ReachableAmong(Beg, End, FakeFrames, Leaks, Out);
}

// Where exit() was called below main: the blocks that LSan would call
// leaked but the suspended frames still reach are listed as still
// reachable and ignored by the check that follows. False if a silent
// check found no leak at all (the real one is then not needed).
bool SetAsideSuspendedFrames() {
  uptr Beg, End;
  if (!SuspendedFrames(&Beg, &End))
    return true;
  SilentLeakCheck();
  DropSuppressed();
  if (Found->empty())
    return false;
  // Found is this check's only: the real one below starts it afresh.
  ReachedFromSuspendedFrames(Beg, End, *Found, SetAside);
  if (SetAside->empty())
    return true;
  for (const LeakedChunk &C : *SetAside)
    __lsan::IgnoreObject(reinterpret_cast<void *>(C.Addr));
  PrintStillReachable(*SetAside);
  return true;
}

} // namespace

// At exit, before the check: the blocks the check would call leaked (the
// exiting thread's stack and the registers are no roots, the frames exit()
// left suspended are), sorted. The cycle search asks it of the cycles it
// found: one the program can still reach (a global's raw pointer or
// weak_ptr into it) is no leak.
void LeakedAtExit(InternalMmapVector<uptr> *Blocks) {
  Blocks->clear();
  // Registers are no root here: the exiting thread's hold the runtime's
  // values and stale copies (a vector's elements relocated through vector
  // registers), which the cycle search is not to be fooled by.
  bool &UseRegisters = __lsan::flags()->use_registers;
  bool SavedUseRegisters = UseRegisters;
  UseRegisters = false;
  SilentLeakCheck();
  UseRegisters = SavedUseRegisters;
  InternalMmapVector<LeakedChunk> Reached;
  uptr Beg, End;
  if (SuspendedFrames(&Beg, &End))
    ReachedFromSuspendedFrames(Beg, End, *Found, &Reached);
  uptr R = 0; // both sorted by address (ReachableAmong sorted Found)
  for (const LeakedChunk &C : *Found) {
    while (R < Reached.size() && Reached[R].Addr < C.Addr)
      ++R;
    if (R < Reached.size() && Reached[R].Addr == C.Addr)
      continue;
    Blocks->push_back(C.Addr);
  }
  Sort(Blocks->data(), Blocks->size());
}

namespace {

void LeakCheckAtExit() {
  // exit() called where no interceptor saw it (inside libc) while main
  // runs: the frames from this one up are suspended.
  if ((ExitFrameTid != GetTid() || !ExitFrame) &&
      !atomic_load_relaxed(&MainReturned))
    NoteExitCall(reinterpret_cast<uptr>(__builtin_frame_address(0)));
  // Holds CheckMu to the end: a failing check dies inside, and nothing may
  // run a check after this one anyway.
  CheckMu.Lock();
  Exiting = true;
  // Cycle leaks first: they explain what LSan may report next (or miss,
  // when a stale stack slot still points into the cycle).
  ExcludeExitingThread();
  bool Cycles = ReportOwnershipAtExit(flags()->detect_cycles);
  // Without stacks among the roots (use_stacks=0), suspended frames are no
  // roots either.
  bool Check = flags()->leak_suspended_frames || !flags()->use_stacks ||
               SetAsideSuspendedFrames();
  AtExitCheckRunning = true;
  ForgetVectorRegisters();
  if (Check)
    for (int I = 1; I < LeakCheckTries(); ++I)
      __lsan::DoRecoverableLeakCheckVoid();
  if (!Check)
    ; // The silent check found nothing: Found is the (empty) verdict.
  else if (flags()->halt_on_error)
    __lsan::DoLeakCheck(); // Dies if there are leaks.
  else
    __lsan::DoRecoverableLeakCheckVoid();
  RecordAtExitResultsOnDeath();
  CheckMu.Unlock();
  if (Cycles && flags()->halt_on_error)
    Die(); // A cycle leak is a leak: the exit status is `exitcode`.
}

// Without a leak check at exit, ownership still gets its exit report
// (pending borrows, clone storms), without cycle leaks.
void OwnershipAtExitWithoutLeakCheck() {
  ReportOwnershipAtExit(/*DetectCycles=*/false);
}

// Prints the leaks of New the way LSan prints leaks, saying they are new.
void PrintNewLeaks(const char *Why, InternalMmapVector<LeakedChunk> &New) {
  InternalMmapVector<LeakGroup> Groups;
  InternalMmapVector<PassportId> Passports;
  GroupLeaks(New, &Groups, &Passports);
  uptr Bytes = 0, Objects = 0;
  for (const LeakGroup &G : Groups) {
    Bytes += G.Bytes;
    Objects += G.Objects;
  }
  ScopedReportsLock Lock;
  Report("memscope: leak check #%u (%s): %zu new leaked block(s) since the "
         "previous check\n",
         ChecksRun, Why, Objects);
  for (const LeakGroup &G : Groups) {
    Printf("\nNew %s leak of %zu byte(s) in %zu object(s) allocated from:\n",
           G.Indirect ? "indirect" : "direct", G.Bytes, G.Objects);
    StackDepotGet(G.Stack).Print();
    Printf("passports:");
    for (u32 I = 0; I < G.PassportCount; ++I)
      Printf(" #%llu", static_cast<unsigned long long>(G.Passports[I]));
    Printf("%s\n", G.Objects > G.PassportCount ? " ..." : "");
  }
  Printf("\nSUMMARY: memscope: %zu byte(s) newly leaked in %zu allocation(s) "
         "(leak check #%u).\n",
         Bytes, Objects, ChecksRun);
}

// A check on demand: LSan's analysis, with its own full report silenced,
// then only what is new since the previous check printed and traced.
void OnDemandCheck(const char *Why) {
  SnapshotBeforeCheck();
  Lock L(&CheckMu);
  if (Exiting)
    return;
  SilentLeakCheck();
  InternalMmapVector<LeakedChunk> New;
  FinishCheck(/*AtExit=*/false, /*OnlyNew=*/true, &New);
  if (New.size())
    PrintNewLeaks(Why, New);
  else
    Report("memscope: leak check #%u (%s): no new leaks\n", ChecksRun, Why);
}

void OnLeakCheckSignal(int) { atomic_store_relaxed(&SignalPending, 1); }

// The monitor thread runs on-demand checks, never in a signal handler: the
// handler only raises a flag, which the monitor polls ten times a second;
// and it drives the leak monitor's clock.
void *MonitorThread(void *) {
  u64 PeriodNs = Found ? static_cast<u64>(flags()->leak_check_period_s) *
                             1000000000
                       : 0;
  u64 TickNs = LeakMonitorOn
                   ? static_cast<u64>(flags()->leak_monitor_interval_ms) *
                         1000000
                   : 0;
  u64 Now = MonotonicNanoTime();
  u64 NextCheck = Now + PeriodNs, NextTick = Now + TickNs;
  for (;;) {
    u64 Wake = Now + 100000000;
    if (TickNs && NextTick < Wake)
      Wake = NextTick;
    if (Wake > Now)
      SleepForMillis(Max<u64>((Wake - Now) / 1000000, 1));
    Now = MonotonicNanoTime();
    if (Found && atomic_exchange(&SignalPending, 0, memory_order_relaxed)) {
      OnDemandCheck("on signal");
      NextCheck = MonotonicNanoTime() + PeriodNs;
    } else if (PeriodNs && Now >= NextCheck) {
      OnDemandCheck("periodic");
      NextCheck = MonotonicNanoTime() + PeriodNs;
    }
    if (TickNs && Now >= NextTick) {
      MonitorTick();
      NextTick += TickNs;
      Now = MonotonicNanoTime();
      if (NextTick < Now) // a tick took longer than the clock's period
        NextTick = Now + TickNs;
    }
  }
  return nullptr;
}

} // namespace

bool SuspendedFrames(uptr *Beg, uptr *End) {
  uptr Top, Bottom;
  if (flags()->leak_suspended_frames || !flags()->use_stacks ||
      ExitFrameTid != GetTid() || !ExitFrame ||
      !GetCurrentThreadStack(&Top, &Bottom))
    return false;
  *Beg = ExitFrame;
  *End = Top;
  if (ExitFrame >= Bottom && ExitFrame < Top)
    return true;
  // exit() was called on another stack (a makecontext stack, a signal
  // handler's alternate stack): where the frames it left on the thread's
  // own stack start is not known, so all of it counts, as for LSan (its
  // pages not mapped yet left out).
  uptr Page = GetPageSizeCached();
  for (*Beg = RoundUpTo(Bottom, Page);
       *Beg < Top && !IsAccessibleMemoryRange(*Beg, 1);)
    *Beg += Page;
  return *Beg < Top;
}

// snapshot_at_checks: a heap snapshot just before a check (outside the
// check's lock: its root scan stops the world the same way).
void SnapshotBeforeCheck() {
  if (flags()->snapshot_at_checks && !atomic_load_relaxed(&InProgramCheck))
    TraceHeapSnapshot(trace::SnapshotWhy::Check);
}

bool CollectRootTargetsUnlessChecking(InternalMmapVector<RootTarget> *Out) {
  if (!CheckMu.TryLock())
    return false; // a check holds the world (or exit has begun)
  bool Done = CollectRootTargets(Out);
  CheckMu.Unlock();
  return Done;
}

extern "C" void (*signal(int, void (*)(int)))(int);
void NoteCheckCaller(uptr Frame);
void BeginLeakCheckPass();

int LeakCheckFromProgram(uptr CallerFrame) {
  SnapshotBeforeCheck();
  Lock L(&CheckMu);
  NoteCheckCaller(CallerFrame);
  atomic_store_relaxed(&InProgramCheck, 1);
  int Leaks = __lsan_do_recoverable_leak_check();
  atomic_store_relaxed(&InProgramCheck, 0);
  NoteCheckCaller(0);
  if (Found) {
    InternalMmapVector<LeakedChunk> New;
    FinishCheck(/*AtExit=*/false, /*OnlyNew=*/false, &New);
  }
  return Leaks;
}

int LeakCheckTries() { return flags()->tries > 1 ? flags()->tries : 1; }

void NoteCheckCaller(uptr Frame) {
  if (Frame && CheckTid != kInvalidTid)
    return; // a nested call: the outermost frame counts
  CheckFrame = Frame;
  CheckTid = Frame ? GetTid() : kInvalidTid;
}

void NoteExitCall(uptr Frame) {
  ExitFrame = Frame;
  ExitFrameTid = GetTid();
}

void NoteMainReturned() { atomic_store_relaxed(&MainReturned, 1); }

void BeginLeakCheckPass() {
  if (Found)
    Found->clear();
}

void RecordLeakedChunk(uptr Addr, uptr Size, u32 Stack, PassportId Passport,
                       bool Indirect) {
  if (Found)
    Found->push_back({Addr, Size, Passport, Stack, Indirect});
}

void InitializeLeakDetection() {
  __lsan::Flags *LF = __lsan::flags();
  LF->SetDefaults();
  LF->suppressions = flags()->suppressions;
  LF->report_objects = flags()->report_objects;
  LF->max_leaks = flags()->max_leaks;
  LF->use_unaligned = flags()->use_unaligned;
  LF->use_globals = flags()->use_globals;
  LF->use_stacks = flags()->use_stacks;
  LF->use_registers = flags()->use_registers;
  LF->use_tls = flags()->use_tls;
  LF->use_root_regions = flags()->use_root_regions;
  LF->use_ld_allocations = flags()->use_ld_allocations;
  LF->use_poisoned = flags()->use_poisoned;
  LF->log_pointers = flags()->log_pointers;
  LF->log_threads = flags()->log_threads;
  InitLeakCheckCommon();
  if (!common_flags()->detect_leaks || !flags()->leak_check_at_exit)
    Atexit(OwnershipAtExitWithoutLeakCheck);
  InitializeLeakMonitor();
  bool MonitorClock = LeakMonitorOn && flags()->leak_monitor_interval_ms > 0;
  if (!common_flags()->detect_leaks) {
    if (MonitorClock)
      internal_start_thread(MonitorThread, nullptr);
    return;
  }
  Found = new (InternalAlloc(sizeof(*Found))) InternalMmapVector<LeakedChunk>();
  PreviouslyLeaked =
      new (InternalAlloc(sizeof(*PreviouslyLeaked))) InternalMmapVector<PassportId>();
  SetAside = new (InternalAlloc(sizeof(*SetAside))) InternalMmapVector<LeakedChunk>();
  AddDieCallback(RecordAtExitResultsOnDeath);
  // With halt_on_error=0 leaks are reported and the exit status is the
  // program's own.
  if (flags()->leak_check_at_exit)
    Atexit(LeakCheckAtExit);
  if (flags()->leak_check_signal > 0)
    signal(flags()->leak_check_signal, OnLeakCheckSignal);
  if (flags()->leak_check_signal > 0 || flags()->leak_check_period_s > 0 ||
      MonitorClock)
    internal_start_thread(MonitorThread, nullptr);
}

bool CountUnreachableBySite(const u32 *Sites, uptr Count, u64 *Objects,
                            u64 *Bytes) {
  if (!Found)
    return false;
  Lock L(&CheckMu);
  if (Exiting)
    return false;
  SilentLeakCheck();
  for (uptr I = 0; I < Count; ++I)
    Objects[I] = Bytes[I] = 0;
  for (const LeakedChunk &C : *Found)
    for (uptr I = 0; I < Count; ++I)
      if (C.Stack == Sites[I]) {
        ++Objects[I];
        Bytes[I] += C.Size;
      }
  return true;
}

// Where the process's arguments and environment start on the main thread's
// stack [Begin, End): where glibc's __libc_stack_end points (End if that
// is not known).
static uptr ProcessArgumentsBegin(uptr Begin, uptr End) {
  uptr Start =
      &__libc_stack_end ? reinterpret_cast<uptr>(__libc_stack_end) : End;
  return Start >= Begin && Start < End ? Start : End;
}

} // namespace memscope

using namespace memscope;

namespace __lsan {

void LockThreads() {
  LockThreadTable();
  // log_threads: the threads a check will scan, with their parents, in
  // LSan's words.
  if (!flags()->log_threads)
    return;
  ForEachRunningThread(
      [](const ThreadInfo &T, void *) {
        const ThreadInfo *Parent = T.Parent == memscope::kInvalidTid
                                       ? nullptr
                                       : FindThreadInfo(T.Parent);
        if (Parent)
          Report("Thread T%u/%llu was created by T%u/%llu\n", T.Id,
                 static_cast<unsigned long long>(T.OsId), T.Parent,
                 static_cast<unsigned long long>(Parent->OsId));
        else
          Report("Thread T%u/%llu was created by T-1\n", T.Id,
                 static_cast<unsigned long long>(T.OsId));
      },
      nullptr);
}
void UnlockThreads() { UnlockThreadTable(); }
void EnsureMainThreadIDIsCorrect() { RefreshMainThreadOsId(); }

bool GetThreadRangesLocked(tid_t OsId, uptr *StackBegin, uptr *StackEnd,
                           uptr *TlsBegin, uptr *TlsEnd, uptr *CacheBegin,
                           uptr *CacheEnd, DTLS **Dtls) {
  struct Query {
    tid_t OsId;
    const ThreadInfo *Found;
  } Q = {OsId, nullptr};
  ForEachRunningThread(
      [](const ThreadInfo &T, void *Arg) {
        auto *Q = static_cast<Query *>(Arg);
        if (T.OsId == Q->OsId)
          Q->Found = &T;
      },
      &Q);
  if (!Q.Found)
    return false;
  *StackBegin = Q.Found->StackBegin;
  // lsan_common scans a stack from the thread's stack pointer up, unless
  // that lies outside the range: for the checking thread it then takes the
  // range from CheckFrame up.
  if (OsId == CheckTid && CheckFrame > *StackBegin &&
      CheckFrame < Q.Found->StackEnd)
    *StackBegin = CheckFrame;
  *StackEnd = Q.Found->StackEnd;
  // The exiting thread's frames are no roots: an empty stack (its stack
  // pointer then lies outside it, and lsan_common scans the whole range).
  // The main thread's stack starts with the process's arguments and
  // environment (argv, envp, auxv and their strings, above where glibc's
  // __libc_stack_end points), which the program can still reach through
  // environ and which stay roots.
  if (OsId == ExitingTid)
    *StackBegin = Q.Found->Id == memscope::kMainTid
                      ? ProcessArgumentsBegin(*StackBegin, *StackEnd)
                      : *StackEnd;
  *TlsBegin = Q.Found->TlsBegin;
  *TlsEnd = Q.Found->TlsEnd;
  // Allocator caches and the quarantine live in mmap'ed memory, outside
  // every root; there is nothing in TLS to exclude.
  *CacheBegin = *CacheEnd = 0;
  *Dtls = Q.Found->Dtls;
  return true;
}

void GetRunningThreadsLocked(InternalMmapVector<tid_t> *Threads) {
  ForEachRunningThread(
      [](const ThreadInfo &T, void *Arg) {
        static_cast<InternalMmapVector<tid_t> *>(Arg)->push_back(T.OsId);
      },
      Threads);
}

// memscope keeps no heap pointers in TLS allocator caches.
void GetAllThreadAllocatorCachesLocked(InternalMmapVector<uptr> *) {}
// lsan_common asks this for threads it could not suspend.
void GetThreadExtraStackRangesLocked(InternalMmapVector<Range> *) {}
// The frames in use on a thread's fake stack (use-after-return detection)
// are roots as its stack is, and not for the exiting thread either.
void GetThreadExtraStackRangesLocked(tid_t OsId,
                                     InternalMmapVector<Range> *Ranges) {
  if (OsId == ExitingTid)
    return;
  struct Query {
    tid_t OsId;
    uptr FakeStack;
  } Q = {OsId, 0};
  ForEachRunningThread(
      [](const ThreadInfo &T, void *Arg) {
        auto *Q = static_cast<Query *>(Arg);
        if (T.OsId == Q->OsId)
          Q->FakeStack = T.FakeStack;
      },
      &Q);
  ForEachLiveFakeFrame(
      Q.FakeStack,
      [](uptr Beg, uptr End, void *Arg) {
        static_cast<InternalMmapVector<Range> *>(Arg)->push_back({Beg, End});
      },
      Ranges);
}
// Thread arguments not yet taken and return values not yet joined.
void GetAdditionalThreadContextPtrsLocked(InternalMmapVector<uptr> *Ptrs) {
  ForEachPendingThreadValue(
      [](uptr Value, void *Arg) {
        static_cast<InternalMmapVector<uptr> *>(Arg)->push_back(Value);
      },
      Ptrs);
}

// Each stop-the-world pass of a check starts here. lsan_common runs a
// second pass when the first found suppressed leaks (with their stacks
// ignored): only the last pass's leaks are kept, so suppressed ones are not.
//
// lsan_common walks the heap four or five times per pass, each time over
// every block the allocator ever carved, most of them quarantined at exit,
// and each of its callbacks acts on allocated chunks only. The allocator
// stays locked for the whole pass, so the blocks that hold one cannot
// change: the pass's first walk collects them and the others go through
// them alone.
namespace {
bool PassLocked;
InternalMmapVectorNoCtor<uptr> PassBlocks;
bool PassBlocksCollected;

void ForgetPassBlocks() {
  PassBlocksCollected = false;
  PassBlocks.clear();
}
} // namespace

void LockAllocator() {
  BeginLeakCheckPass();
  LockAllocatorForLeakCheck();
  ForgetPassBlocks();
  PassLocked = true;
}
void UnlockAllocator() {
  PassLocked = false;
  ForgetPassBlocks();
  UnlockAllocatorForLeakCheck();
}
void GetAllocatorGlobalRange(uptr *Begin, uptr *End) {
  GetAllocatorRange(Begin, End);
}
uptr PointsIntoChunk(void *P) {
  return LiveChunkContaining(reinterpret_cast<uptr>(P));
}
uptr GetUserBegin(uptr Chunk) { return UserBeginOfBlock(Chunk); }
uptr GetUserAddr(uptr Chunk) { return Chunk; }
void ForEachChunk(ForEachChunkCallback Callback, void *Arg) {
  if (PassBlocksCollected) {
    for (uptr I = 0; I < PassBlocks.size(); ++I)
      Callback(PassBlocks[I], Arg);
    return;
  }
  if (!PassLocked) {
    ForEachLiveBlockLocked(Callback, Arg);
    return;
  }
  struct Visit {
    ForEachChunkCallback Callback;
    void *Arg;
  } V = {Callback, Arg};
  ForEachLiveBlockLocked(
      [](uptr Block, void *VArg) {
        auto *V = static_cast<Visit *>(VArg);
        PassBlocks.push_back(Block);
        V->Callback(Block, V->Arg);
      },
      &V);
  PassBlocksCollected = true;
}
// Any byte of the word poisoned, as ASan asks __asan_region_is_poisoned: a
// pointer half in a region the program poisoned is no root.
bool WordIsPoisoned(uptr Addr) {
  return AddressIsPoisoned(Addr) || AddressIsPoisoned(Addr + sizeof(uptr) - 1);
}

} // namespace __lsan

int __memscope_leak_check() {
  return memscope::LeakCheckFromProgram(GET_CURRENT_FRAME());
}
