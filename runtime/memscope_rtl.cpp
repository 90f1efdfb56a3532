//===- memscope_rtl.cpp - initialisation and the access-check entry points ===//
//
// Initialisation (from .preinit_array, every module constructor through
// __memscope_init, and the first allocation, whichever comes first), the
// out-of-line slow paths the pass calls when the inline shadow check
// fails, the full range checks for unusual accesses, the ASan-compatible
// poisoning API, and the handler that turns SEGV into a report.
//
// See also: include/memscope/interface.inc, pass/MemoryAccess.cpp.
//===----------------------------------------------------------------------===//
#include "memscope_allocator.h"
#include "memscope_flags.h"
#include "memscope_owner_table.h"
#include "memscope_ownership.h"
#include "memscope_interface.h"
#include "memscope_internal.h"
#include "memscope_mapping.h"
#include "memscope_report.h"
#include "memscope_stack.h"
#include "memscope_thread.h"
#include "memscope_trace.h"

#include "lsan/lsan_common.h"
#include "sanitizer_common/sanitizer_allocator_internal.h"
#include "sanitizer_common/sanitizer_stackdepot.h"
#include "sanitizer_common/sanitizer_symbolizer.h"

#include <pthread.h>

extern "C" SANITIZER_WEAK_ATTRIBUTE char __memscope_leak_only_build;

namespace memscope {

bool MemscopeInited;
bool MemscopeInitIsRunning;
bool LeakOnlyBuild;

namespace {

void OnStackUnwind(const SignalContext &Sig, const void *,
                   BufferedStackTrace *Stack) {
  Stack->Unwind(StackTrace::GetNextInstructionPc(Sig.pc), Sig.bp, Sig.context,
                common_flags()->fast_unwind_on_fatal);
}

// The report goes to stderr (sanitizer_common's); the trace gets the same
// error as an Error record first, then the End record names the signal.
void TraceDeadlySignal(int Signo, void *Siginfo, void *Context) {
  if (!TraceIsThisProcess())
    return;
  SignalContext Sig(Siginfo, Context);
  BufferedStackTrace Stack;
  OnStackUnwind(Sig, nullptr, &Stack);
  const char *Kind = Sig.IsStackOverflow() ? "stack-overflow" : Sig.Describe();
  TraceError(Kind, Sig.addr, 0, Sig.pc, kNoPassport, StackDepotPut(Stack),
             Sig.write_flag == SignalContext::Write, /*Fatal=*/true);
  TraceSetDeathSignal(Signo);
}

void OnDeadlySignal(int Signo, void *Siginfo, void *Context) {
  TraceDeadlySignal(Signo, Siginfo, Context);
  ReportFatalSignal(SignalContext(Siginfo, Context), &OnStackUnwind);
}

// fork(): every lock a child could need is taken before and released after,
// in the parent and in the child, so the child never inherits a lock that a
// thread which does not exist there held. The child also gets its own trace.
void BeforeFork() {
  TraceBeforeFork();
  LockThreadTable();
  LockAllocatorForFork();
  StackDepotLockBeforeFork();
  // Last: the quarantine allocates its batches from it, under its own lock.
  InternalAllocatorLock();
}

void AfterForkParent() {
  InternalAllocatorUnlock();
  StackDepotUnlockAfterFork(/*fork_child=*/false);
  UnlockAllocatorAfterFork();
  UnlockThreadTable();
  TraceAfterForkParent();
}

void AfterForkChild() {
  InternalAllocatorUnlock();
  StackDepotUnlockAfterFork(/*fork_child=*/true);
  UnlockAllocatorAfterFork();
  UnlockThreadTable();
  ThreadTableAfterForkChild();
  if (OwnershipActive)
    OwnerTableAfterForkChild();
  TraceAfterForkChild();
}

// The process's memory layout and the shadow's parameters (verbosity=1),
// as ASan prints them: tools and tests read SHADOW_SCALE and SHADOW_OFFSET.
void PrintMemoryLayout() {
  Printf("|| `[%p, %p]` || HighMem    ||\n", reinterpret_cast<void *>(kHighMemBeg),
         reinterpret_cast<void *>(kHighMemEnd));
  Printf("|| `[%p, %p]` || HighShadow ||\n",
         reinterpret_cast<void *>(kHighShadowBeg),
         reinterpret_cast<void *>(kHighShadowEnd));
  Printf("|| `[%p, %p]` || ShadowGap  ||\n",
         reinterpret_cast<void *>(kShadowGapBeg),
         reinterpret_cast<void *>(kShadowGapEnd));
  Printf("|| `[%p, %p]` || LowShadow  ||\n",
         reinterpret_cast<void *>(kLowShadowBeg),
         reinterpret_cast<void *>(kLowShadowEnd));
  Printf("|| `[%p, %p]` || LowMem     ||\n", reinterpret_cast<void *>(kLowMemBeg),
         reinterpret_cast<void *>(kLowMemEnd));
  Printf("SHADOW_SCALE: %d\n", static_cast<int>(kShadowScale));
  Printf("SHADOW_GRANULARITY: %d\n", static_cast<int>(kGranule));
  Printf("SHADOW_OFFSET: 0x%zx\n", kShadowOffset);
}

void SleepIfAsked(int Seconds, const char *When) {
  if (Seconds <= 0)
    return;
  Report("Sleeping for %d second(s) %s\n", Seconds, When);
  SleepForSeconds(Seconds);
}

void SleepBeforeDying() {
  SleepIfAsked(flags()->sleep_before_dying, "before dying");
}

void PrintExitStats() {
  Printf("memscope exit stats:\n");
  PrintAllocatorStats();
}

void MemscopeInitInternal() {
  if (MemscopeInited)
    return;
  CHECK(!MemscopeInitIsRunning && "memscope initialisation re-entered");
  MemscopeInitIsRunning = true;
  SanitizerToolName = "memscope";
  CacheBinaryName();
  // The leak-only driver defines this symbol (an alias, --defsym).
  LeakOnlyBuild = &__memscope_leak_only_build != nullptr;
  InitializeFlags();
  SleepIfAsked(flags()->sleep_before_init, "before init");
  // Before anything that calls libc: the executable's definitions of the
  // intercepted functions (confstr, which InitTlsSize calls, is one) would
  // otherwise call through a REAL pointer not yet set.
  InitializeInterceptors();
  // Static TLS size, for the threads' TLS ranges (leak-check roots).
  InitTlsSize();
  InitializeShadow();
  if (Verbosity())
    PrintMemoryLayout();
  InitializeMainThread();
  InitializeAllocator();
  InitializeReports();
  InitializeTrace();
  InitializeOwnership();
  // After the trace: atexit handlers run in reverse, so the leak check comes
  // before the trace is closed and its die callback still finds it open.
  InitializeLeakDetection();
  if (flags()->handle_segv)
    InstallDeadlySignalHandlers(OnDeadlySignal);
  // After every handler of the runtime's own (deadly signals, the leak
  // check's signal): the trace takes only what is left at its default.
  InstallTraceSignalHandlers();
  pthread_atfork(BeforeFork, AfterForkParent, AfterForkChild);
  if (flags()->sleep_before_dying)
    AddDieCallback(SleepBeforeDying);
  if (flags()->atexit)
    Atexit(PrintExitStats);
  // hard_rss_limit_mb and heap_profile: sanitizer_common's thread.
  MaybeStartBackgroudThread();
  InitializeCoverage(common_flags()->coverage, common_flags()->coverage_dir);
  MemscopeInited = true;
  MemscopeInitIsRunning = false;
  {
    // Its dlsym lookups that fail leave glibc's dlerror text in a block
    // only the thread's TLS holds: the runtime's, never a leak of the
    // program's.
    __lsan::ScopedInterceptorDisabler Disabler;
    Symbolizer::LateInitialize();
  }
  VReport(1, "memscope Init done (version %s)\n", MEMSCOPE_VERSION_STRING);
  SleepIfAsked(flags()->sleep_after_init, "after init");
}

} // namespace

void MemscopeInitFromRtl() { MemscopeInitInternal(); }

void MaybeActivate() {
  static atomic_uint8_t Activated;
  if (LIKELY(!flags()->start_deactivated) ||
      atomic_exchange(&Activated, 1, memory_order_acq_rel))
    return;
  ActivateFlags();
  ActivateAllocator();
  VReport(1, "memscope activated\n");
}

} // namespace memscope

using namespace memscope;

extern "C" {

void __memscope_init() {
  MemscopeInitInternal();
  MaybeActivate();
}

// Its only job is to exist: objects built for another ABI version reference
// another name and fail to link.
// Every instrumented module's constructor calls it, once: where from says
// which module was built with memscope.
void __memscope_version_mismatch_check_v1() {
  uptr Pc = reinterpret_cast<uptr>(__builtin_return_address(0));
  RegisterInstrumentedCode(Pc);
  TraceInstrumentedModule(Pc);
}

void __memscope_main_return(int Status) {
  NoteMainReturned();
  TraceSetExitCode(Status);
  TraceHeapSnapshot(trace::SnapshotWhy::MainReturn);
}

void __memscope_heap_snapshot() {
  TraceHeapSnapshot(trace::SnapshotWhy::Program);
}

} // extern "C"

// The slow paths of the inline check: the access is known to be bad. The
// report gives the access's address, as ASan's; the bad byte is recomputed
// so that the description starts at the first poisoned byte.
#define MEMSCOPE_REPORT_FN(Name, IsWrite, Size)                                \
  extern "C" NOINLINE MEMSCOPE_SLOW_PATH void __memscope_report_##Name(       \
      uptr Addr) {                                                             \
    GET_CALLER_PC_BP_SP;                                                       \
    uptr Bad = FindPoisonedByte(Addr, Size);                                   \
    ReportAccessError(pc, bp, sp, Addr, Size, IsWrite, Bad ? Bad : Addr);      \
  }
MEMSCOPE_REPORT_FN(load1, false, 1)
MEMSCOPE_REPORT_FN(load2, false, 2)
MEMSCOPE_REPORT_FN(load4, false, 4)
MEMSCOPE_REPORT_FN(load8, false, 8)
MEMSCOPE_REPORT_FN(load16, false, 16)
MEMSCOPE_REPORT_FN(store1, true, 1)
MEMSCOPE_REPORT_FN(store2, true, 2)
MEMSCOPE_REPORT_FN(store4, true, 4)
MEMSCOPE_REPORT_FN(store8, true, 8)
MEMSCOPE_REPORT_FN(store16, true, 16)
#undef MEMSCOPE_REPORT_FN

// A range (an unaligned access, or one of an odd size) is reported, as
// ASan reports it, at its first bad byte throughout.
#define MEMSCOPE_RANGE_FN(Name, CC, IsWrite, ReportAlways)                     \
  extern "C" NOINLINE CC void Name(uptr Addr, uptr Size) {                     \
    uptr Bad = FindPoisonedByte(Addr, Size);                                   \
    if (!Bad && !(ReportAlways))                                               \
      return;                                                                  \
    GET_CALLER_PC_BP_SP;                                                       \
    uptr At = Bad ? Bad : Addr;                                                \
    ReportAccessError(pc, bp, sp, At, Size, IsWrite, At);                      \
  }
MEMSCOPE_RANGE_FN(__memscope_report_load_n, MEMSCOPE_SLOW_PATH, false, true)
MEMSCOPE_RANGE_FN(__memscope_report_store_n, MEMSCOPE_SLOW_PATH, true, true)
MEMSCOPE_RANGE_FN(__memscope_loadN, , false, false)
MEMSCOPE_RANGE_FN(__memscope_storeN, , true, false)
#undef MEMSCOPE_RANGE_FN

// --- ASan's manual poisoning API -----------------------------------------
// The shadow can only say "the first k bytes of a granule are addressable",
// so a poisoned range that ends inside a granule leaves that granule's
// prefix alone, as in ASan.

extern "C" {

void __asan_poison_memory_region(void const volatile *Addr, uptr Size) {
  if (!flags()->allow_user_poisoning || Size == 0)
    return;
  uptr Beg = reinterpret_cast<uptr>(Addr), End = Beg + Size;
  uptr FirstWhole = RoundUpTo(Beg, kGranule);
  uptr LastWhole = RoundDownTo(End, kGranule);
  if (End < FirstWhole) {
    // Inside one granule, from its middle: expressible only where the
    // granule is already unaddressable from End on.
    uptr Granule = RoundDownTo(Beg, kGranule);
    s8 *S = ShadowByte(Granule);
    if (*S > 0 && *S <= static_cast<s8>(End - Granule) &&
        *S > static_cast<s8>(Beg - Granule))
      *S = static_cast<s8>(Beg - Granule);
    return;
  }
  if (Beg != FirstWhole) {
    // The tail of the first granule, from Beg on, becomes unaddressable if
    // the range covers the rest of that granule.
    uptr Granule = RoundDownTo(Beg, kGranule);
    s8 *S = ShadowByte(Granule);
    if (End >= FirstWhole && (*S == 0 || *S > static_cast<s8>(Beg - Granule)))
      *S = static_cast<s8>(Beg - Granule);
  }
  if (LastWhole > FirstWhole)
    PoisonShadow(FirstWhole, LastWhole - FirstWhole,
                 MEMSCOPE_MAGIC_USER_POISONED);
  if (End != LastWhole && LastWhole >= FirstWhole) {
    // The range ends inside a granule: only a granule addressable up to End
    // at most can be expressed.
    s8 *S = ShadowByte(LastWhole);
    if (*S > 0 && *S <= static_cast<s8>(End - LastWhole))
      *S = static_cast<s8>(MEMSCOPE_MAGIC_USER_POISONED);
  }
}

void __asan_unpoison_memory_region(void const volatile *Addr, uptr Size) {
  if (!flags()->allow_user_poisoning || Size == 0)
    return;
  uptr Beg = reinterpret_cast<uptr>(Addr), End = Beg + Size;
  uptr FirstGranule = RoundDownTo(Beg, kGranule);
  uptr LastWhole = RoundDownTo(End, kGranule);
  if (LastWhole > FirstGranule)
    PoisonShadow(FirstGranule, LastWhole - FirstGranule, 0);
  if (End != LastWhole) {
    s8 *S = ShadowByte(LastWhole);
    s8 Needed = static_cast<s8>(End - LastWhole);
    if (*S != 0 && (*S < 0 || *S < Needed))
      *S = Needed;
  }
}

int __memscope_address_is_poisoned(void const volatile *Addr) {
  return AddressIsPoisoned(reinterpret_cast<uptr>(Addr));
}

int __asan_address_is_poisoned(void const volatile *Addr) {
  return __memscope_address_is_poisoned(Addr);
}

// The first poisoned byte of [Beg, Beg + Size), or null.
void *__asan_region_is_poisoned(void *Beg, uptr Size) {
  return reinterpret_cast<void *>(
      FindPoisonedByte(reinterpret_cast<uptr>(Beg), Size));
}

} // extern "C"
