//===- memscope_report.cpp - error reports --------------------------------===//
//
// Every report runs inside a ScopedReport: it takes sanitizer_common's report
// lock (one report at a time, nested errors die), skips an error already
// reported at the same place when halt_on_error=0, prints the frame of the
// report, and at the end prints SUMMARY and stops the program if it must.
//
// See also: memscope_report.h, memscope_allocator.h (ChunkView).
//===----------------------------------------------------------------------===//
#include "memscope_report.h"
#include "memscope_ownership.h"
#include "memscope_allocator.h"
#include "memscope_flags.h"
#include "memscope_foreign.h"
#include "memscope_globals.h"
#include "memscope_stack_frames.h"
#include "memscope_mapping.h"
#include "memscope_thread.h"
#include "memscope_trace.h"

#include "sanitizer_common/sanitizer_placement_new.h"
#include "sanitizer_common/sanitizer_report_decorator.h"
#include "sanitizer_common/sanitizer_stackdepot.h"
#include "sanitizer_common/sanitizer_stacktrace_printer.h"
#include "sanitizer_common/sanitizer_suppressions.h"
#include "sanitizer_common/sanitizer_symbolizer.h"

// Defined by programs that want to know of an error before it is printed.
extern "C" SANITIZER_WEAK_ATTRIBUTE void __asan_on_error();

namespace memscope {

const char *ErrorKindName(ErrorKind Kind) {
  switch (Kind) {
#define MEMSCOPE_ERROR(Enumerator, Name)                                       \
  case ErrorKind::Enumerator:                                                  \
    return Name;
#include "memscope_errors.inc"
#undef MEMSCOPE_ERROR
  }
  return "unknown-error";
}

// Frames that belong to memscope itself or to the C++ library headers are
// skipped when choosing the frame the SUMMARY line names.
// A function of Rust's standard library crates, for its frames without a
// line table (parts of the precompiled std).
bool IsRustStdFunction(const char *Function) {
  if (*Function == '<')
    ++Function;
  static const char *const kPrefixes[] = {
      "alloc::", "core::", "std::", "__rust_", "__rdl_", "__rustc::"};
  for (const char *Prefix : kPrefixes)
    if (internal_strncmp(Function, Prefix, internal_strlen(Prefix)) == 0)
      return true;
  return false;
}

bool IsInternalFrame(const AddressInfo &Info) {
  const char *File = Info.file;
  if (!File)
    return Info.function && IsRustStdFunction(Info.function);
  // The runtime, the compiler-rt sources, C++'s library headers, the C
  // library's inline wrappers (atof in bits/stdlib-float.h, the fortified
  // string functions) and Rust's standard library (rustc's remapped
  // /rustc/<commit>/library/ and /rust/deps/ for the crates std is built
  // from, or a rust-src checkout).
  return internal_strstr(File, MEMSCOPE_RUNTIME_SRC_DIR) == File ||
         internal_strstr(File, MEMSCOPE_CRT_SRC_DIR "lib/") == File ||
         internal_strstr(File, "/include/c++/") ||
         (internal_strstr(File, "/usr/include/") == File &&
          internal_strstr(File, "/bits/")) ||
         (internal_strstr(File, "/rustc/") == File &&
          internal_strstr(File, "/library/")) ||
         internal_strstr(File, "/rust/deps/") == File || // std's hashbrown
         internal_strstr(File, "/lib/rustlib/src/rust/library/");
}

namespace {

class Decorator : public SanitizerCommonDecorator {
public:
  const char *Access() const { return Blue(); }
  const char *Location() const { return Green(); }
  const char *Allocation() const { return Magenta(); }
  const char *Freed() const { return Magenta(); }
};

// Errors already reported when halt_on_error=0: (kind, pc) pairs. As
// ASan's recovery mode, a program that errs at more distinct places than
// the table holds is stopped (suppress_equal_pcs=0 reports every error
// and keeps no table).
struct ReportedSet {
  static constexpr uptr kSize = 25; // ASan's kAsanBuggyPcPoolSize
  uptr Keys[kSize];
  uptr Count;
  StaticSpinMutex Mu;

  // True if the key was new (and is now recorded).
  bool Insert(uptr Key) {
    {
      SpinMutexLock L(&Mu);
      for (uptr I = 0; I < Count; ++I)
        if (Keys[I] == Key)
          return false;
      if (Count < kSize) {
        Keys[Count++] = Key;
        return true;
      }
    }
    Die();
  }
};
ReportedSet Reported;

// The pc that identifies where an error happened: the first frame outside
// the runtime (stacks taken in an interceptor start inside it).
uptr UserPc(const StackTrace *Stack, uptr SkipFrames) {
  if (!Stack || Stack->size == 0)
    return 0;
  uptr I = SkipFrames < Stack->size ? SkipFrames : Stack->size - 1;
  return Stack->trace[I];
}

// What ASan's __asan_get_report_* functions return: the last report's
// facts. Written under the report lock.
struct ReportFacts {
  atomic_uint8_t Present;
  uptr Pc, Bp, Sp, Address, Size;
  bool IsWrite;
  const char *Description;
};
ReportFacts Facts;

// __asan_set_error_report_callback: the report's text is collected (from
// sanitizer_common's Printf) and handed to the program's callback before
// the process dies.
void (*ErrorReportCallback)(const char *);
constexpr uptr kReportBufferSize = 1 << 16;
char ReportBuffer[kReportBufferSize];
uptr ReportLength;

void AppendToReport(const char *Text) {
  uptr Length = internal_strlen(Text);
  if (ReportLength + Length >= kReportBufferSize)
    Length = kReportBufferSize - 1 - ReportLength;
  internal_memcpy(ReportBuffer + ReportLength, Text, Length);
  ReportLength += Length;
  ReportBuffer[ReportLength] = 0;
}

// The threads whose creation the report being printed has told already:
// each is told once, as in ASan's reports (a chain shared by the access,
// free and allocation threads is not repeated).
ThreadId AnnouncedThreads[16];
uptr NumAnnounced;

// The address whose shadow the report being printed ends with (0: none):
// as in ASan's reports, the shadow comes after the SUMMARY line. Written
// under the report lock.
uptr ShadowToShow;
void PrintShadowAround(uptr BadAddr);

// The thread (its OS id) that holds the report lock; 0 if none.
atomic_uint64_t ReportingThread;

} // namespace

void LockReports() {
  ScopedErrorReportLock::Lock();
  atomic_store_relaxed(&ReportingThread, GetTid());
}

void UnlockReports() {
  atomic_store_relaxed(&ReportingThread, 0);
  ScopedErrorReportLock::Unlock();
}

bool ReportingOnThisThread() {
  return atomic_load_relaxed(&ReportingThread) == GetTid();
}

namespace {

// Opens a report under the report lock: what a report collects starts
// empty, __asan_get_report_* return Facts from now on, the program's
// __asan_on_error runs (first, as ASan calls it), then the rule.
void BeginReport(const ReportFacts &Of) {
  ShadowToShow = 0;
  NumAnnounced = 0;
  ReportLength = 0;
  ReportBuffer[0] = 0;
  Facts.Pc = Of.Pc;
  Facts.Bp = Of.Bp;
  Facts.Sp = Of.Sp;
  Facts.Address = Of.Address;
  Facts.Size = Of.Size;
  Facts.IsWrite = Of.IsWrite;
  Facts.Description = Of.Description;
  atomic_store(&Facts.Present, 1, memory_order_release);
  if (&__asan_on_error)
    __asan_on_error();
  Printf("=================================================================\n");
}

class ScopedReport {
public:
  // Stack: the error's own stack, used for SUMMARY. SkipFrames: how many of
  // its top frames are the runtime's (for de-duplication). Addr, AccessSize
  // and IsWrite go into the trace's error record. DedupByPc: with
  // halt_on_error=0, a kind reported at a pc already is not again.
  // Bp and Sp: the access's own registers (an instrumented access's
  // report), which __asan_on_error may already ask for.
  ScopedReport(ErrorKind Kind, const StackTrace *Stack, uptr SkipFrames,
               uptr Addr, uptr AccessSize = 0, bool IsWrite = false,
               uptr Bp = 0, uptr Sp = 0, bool DedupByPc = true)
      : Kind(Kind), Stack(Stack), Addr(Addr), AccessSize(AccessSize),
        IsWrite(IsWrite) {
    Halt = flags()->halt_on_error;
    Suppressed = ReportingOnThisThread();
    if (Suppressed)
      return;
    if (!Halt && DedupByPc && flags()->suppress_equal_pcs) {
      uptr Key = (UserPc(Stack, SkipFrames) << 5) ^ static_cast<uptr>(Kind);
      Suppressed = !Reported.Insert(Key);
    }
    if (Suppressed)
      return;
    LockReports();
    ReportFacts Of = {};
    Of.Pc = Stack && Stack->size ? Stack->trace[0] : 0;
    Of.Bp = Bp;
    Of.Sp = Sp;
    Of.Address = Addr;
    Of.Size = AccessSize;
    Of.IsWrite = IsWrite;
    Of.Description = ErrorKindName(Kind);
    BeginReport(Of);
  }

  // The access's own registers (an instrumented access's report).
  void SetRegisters(uptr Pc, uptr Bp, uptr Sp) {
    Facts.Pc = Pc;
    Facts.Bp = Bp;
    Facts.Sp = Sp;
  }

  ~ScopedReport() {
    if (Suppressed)
      return;
    PrintSummary();
    if (SilencingOption)
      Report("HINT: if you don't care about these errors you may set "
             "ASAN_OPTIONS=%s=0 (or MEMSCOPE_OPTIONS)\n",
             SilencingOption);
    if (ShadowToShow)
      PrintShadowAround(ShadowToShow);
    ShadowToShow = 0;
    if (common_flags()->print_cmdline)
      PrintCmdline();
    if (flags()->print_stats)
      PrintAllocatorStats();
    RecordInTrace();
    if (ErrorReportCallback)
      ErrorReportCallback(ReportBuffer);
    if (Halt)
      Report("ABORTING\n");
    UnlockReports();
    if (Halt)
      Die(); // The trace is completed by its die callback.
  }

  bool IsSuppressed() const { return Suppressed; }

  // The option that silences this kind, which the report's last line
  // names after SUMMARY, as ASan's does.
  void SetSilencingOption(const char *Option) { SilencingOption = Option; }

  // The kind as the report words it, where that is not the kind's own name
  // (ASan names an overlap by its function: strcpy-param-overlap).
  void SetName(const char *Wording) { Wording_ = Wording; }

  // The SUMMARY line's text, for a report without a stack of its own.
  void SetSummary(const char *Text) { Summary = Text; }
  const char *Name() const { return Wording_ ? Wording_ : ErrorKindName(Kind); }

private:
  void PrintSummary() const {
    if (Summary) {
      ReportErrorSummary(Summary);
      return;
    }
    if (Stack) {
      for (uptr I = 0; I < Stack->size; ++I) {
        uptr Pc = StackTrace::GetPreviousInstructionPc(Stack->trace[I]);
        SymbolizedStackHolder Frames(Symbolizer::GetOrInit()->SymbolizePC(Pc));
        for (const SymbolizedStack *F = Frames.get(); F; F = F->next) {
          if (!IsInternalFrame(F->info)) {
            ReportErrorSummary(Name(), F->info);
            return;
          }
        }
      }
    }
    ReportErrorSummary(Name());
  }

  void RecordInTrace() const {
    if (!TraceActive)
      return;
    ChunkView C = Addr ? FindHeapChunk(Addr) : ChunkView();
    u32 StackId = Stack ? StackDepotPut(*Stack) : 0;
    uptr Pc = Stack && Stack->size ? Stack->trace[0] : 0;
    trace::ErrorBlockRecord Block = {};
    bool Freed = C.State == ChunkState::Quarantined;
    if (C.Valid && C.Passport)
      Block = {C.Passport, C.UserBeg, C.UserSize, C.AllocTid, C.AllocStack,
               Freed ? C.FreeTid : kInvalidTid, Freed ? C.FreeStack : 0,
               C.Own.TypeSite & ~kOwnedOnce,
               static_cast<u8>(Freed ? 2 : 1), static_cast<u8>(C.Kind), 0};
    TraceError(Name(), Addr, AccessSize, Pc, C.Valid ? C.Passport : kNoPassport,
               StackId, IsWrite, Halt,
               C.Valid && C.Passport ? &Block : nullptr);
  }

  ErrorKind Kind;
  const char *Wording_ = nullptr;
  const char *SilencingOption = nullptr;
  const char *Summary = nullptr;
  const StackTrace *Stack;
  uptr Addr;
  uptr AccessSize;
  bool IsWrite;
  bool Halt = true;
  bool Suppressed = false;
};

void PrintStackFromDepot(u32 Id) {
  StackTrace Trace = StackDepotGet(Id);
  if (Trace.size)
    Trace.Print();
  else
    Printf("    <empty stack>\n\n");
}

// "at a.c:5:3 in f", or, for a stack that went through foreign code,
// "in foreign F (lib.so), <Link> at a.c:7:2 in main".
void PrintSiteOrCrossing(u32 StackId, const char *Link) {
  if (PrintForeignCrossing(StackId, Link))
    return;
  Printf("at ");
  PrintStackBrief(StackId);
}

// The allocation's life in one line, in order: allocated, crossed into or
// out of foreign code, freed.
void PrintPassportLine(const ChunkView &C) {
  if (C.Passport == kNoPassport)
    return;
  bool Array = false;
  const char *Type = TypeNameOf(C, &Array);
  Printf("passport #%llu (%s%s%s%zu bytes): allocated by T%u ",
         static_cast<unsigned long long>(C.Passport), Type ? Type : "",
         Array ? "[]" : "", Type ? ", " : "", C.UserSize, C.AllocTid);
  PrintSiteOrCrossing(C.AllocStack, "received");
  PrintCallCrossings(C.Passport, C.AllocStack);
  if (C.State == ChunkState::Quarantined) {
    Printf(" \u2192 freed by T%u ", C.FreeTid);
    PrintSiteOrCrossing(C.FreeStack, "called");
  }
  Printf("\n");
  // The address's earlier life, if it was reused: a stale pointer into the
  // block may belong to that passport rather than to this one.
  EvictedChunk Old;
  if (PreviousOccupant(C.AllocBeg, C.Passport, &Old)) {
    Printf("this address previously held passport #%llu (%u bytes): "
           "allocated by T%u at ",
           static_cast<unsigned long long>(Old.Passport), Old.UserSize,
           static_cast<u32>(Old.AllocTid));
    PrintStackBrief(Old.AllocStack);
    Printf(" \u2192 freed by T%u at ", static_cast<u32>(Old.FreeTid));
    PrintStackBrief(Old.FreeStack);
    Printf(" \u2192 evicted from quarantine \u2192 address reused by "
           "passport #%llu at ",
           static_cast<unsigned long long>(C.Passport));
    PrintStackBrief(C.AllocStack);
    Printf("\n");
  }
  PrintOwnershipStory(C);
  Printf("\n");
}

void PrintThreadCreation(ThreadId Tid) {
  if (Tid == kMainTid || Tid == kInvalidTid)
    return;
  for (uptr I = 0; I < NumAnnounced; ++I)
    if (AnnouncedThreads[I] == Tid)
      return;
  if (NumAnnounced < ARRAY_SIZE(AnnouncedThreads))
    AnnouncedThreads[NumAnnounced++] = Tid;
  const ThreadInfo *Info = FindThreadInfo(Tid);
  if (!Info || Info->Parent == kInvalidTid) {
    Printf("Thread T%u was not created through pthread_create seen by "
           "memscope\n\n",
           Tid);
    return;
  }
  Printf("Thread T%u created by T%u here:\n", Tid, Info->Parent);
  PrintStackFromDepot(Info->CreationStack);
  PrintThreadCreation(Info->Parent);
}

const char *AllocKindFunction(AllocKind Kind) {
  switch (Kind) {
  case AllocKind::Malloc:
    return "malloc";
  case AllocKind::New:
    return "operator new";
  case AllocKind::NewArray:
    return "operator new []";
  }
  return "?";
}

const char *DeallocKindFunction(AllocKind Kind) {
  switch (Kind) {
  case AllocKind::Malloc:
    return "free";
  case AllocKind::New:
    return "operator delete";
  case AllocKind::NewArray:
    return "operator delete []";
  }
  return "?";
}

// "0x... is located N bytes inside of M-byte region [beg,end)" and the
// chunk's free and allocation stacks.
void DescribeHeapAddress(uptr Addr, uptr AccessSize, const ChunkView &C) {
  Decorator D;
  if (!C.Valid) {
    Printf("%sAddress %p is not inside any heap allocation memscope knows "
           "of.%s\n\n",
           D.Location(), reinterpret_cast<void *>(Addr), D.Default());
    return;
  }
  Printf("%s", D.Location());
  if (Addr < C.UserBeg)
    Printf("%p is located %zu bytes before", (void *)Addr, C.UserBeg - Addr);
  else if (Addr + AccessSize > C.UserEnd() && Addr >= C.UserEnd())
    Printf("%p is located %zu bytes after", (void *)Addr, Addr - C.UserEnd());
  else
    Printf("%p is located %zu bytes inside of", (void *)Addr,
           Addr - C.UserBeg);
  Printf(" %zu-byte region [%p,%p)\n%s", C.UserSize, (void *)C.UserBeg,
         (void *)C.UserEnd(), D.Default());
  if (C.State == ChunkState::Quarantined) {
    Printf("%sfreed by thread T%u here:%s\n", D.Freed(), C.FreeTid,
           D.Default());
    PrintStackFromDepot(C.FreeStack);
    Printf("%spreviously allocated by thread T%u here:%s\n", D.Allocation(),
           C.AllocTid, D.Default());
  } else {
    Printf("%sallocated by thread T%u here:%s\n", D.Allocation(), C.AllocTid,
           D.Default());
  }
  PrintStackFromDepot(C.AllocStack);
  // After ASan's block (located / freed by / allocated by), which tools
  // parse as a unit: the allocation's life in one line.
  PrintPassportLine(C);
  // ASan's order: the current thread, the freeing one, the allocating one.
  PrintThreadCreation(CurrentTid());
  if (C.State == ChunkState::Quarantined)
    PrintThreadCreation(C.FreeTid);
  PrintThreadCreation(C.AllocTid);
}

// Which kind of access error the shadow at BadAddr tells of.
ErrorKind ClassifyAccess(uptr BadAddr) {
  if (!AddrIsInMem(BadAddr))
    return ErrorKind::UnknownCrash;
  u8 Shadow = static_cast<u8>(*ShadowByte(BadAddr));
  // A partially addressable granule: the bad bytes are its tail, so the
  // next granule's magic says what lies beyond.
  if (Shadow > 0 && Shadow < kGranule)
    Shadow = static_cast<u8>(*ShadowByte(BadAddr + kGranule));
  switch (Shadow) {
  case MEMSCOPE_MAGIC_HEAP_FREED:
    return ErrorKind::HeapUseAfterFree;
  case MEMSCOPE_MAGIC_HEAP_LEFT_REDZONE:
  case MEMSCOPE_MAGIC_HEAP_RIGHT_REDZONE:
  case MEMSCOPE_MAGIC_ARRAY_COOKIE:
    return ErrorKind::HeapBufferOverflow;
  case MEMSCOPE_MAGIC_INTRA_OBJECT_REDZONE:
    return ErrorKind::IntraObjectOverflow;
  case MEMSCOPE_MAGIC_USER_POISONED:
    return ErrorKind::UseAfterPoison;
  case MEMSCOPE_MAGIC_CONTAINER_OVERFLOW:
    return ErrorKind::ContainerOverflow;
  case MEMSCOPE_MAGIC_GLOBAL_REDZONE:
    return ErrorKind::GlobalBufferOverflow;
  case MEMSCOPE_MAGIC_INIT_ORDER:
    return ErrorKind::InitializationOrderFiasco;
  case MEMSCOPE_MAGIC_STACK_LEFT_REDZONE:
    return ErrorKind::StackBufferUnderflow;
  case MEMSCOPE_MAGIC_STACK_MID_REDZONE:
  case MEMSCOPE_MAGIC_STACK_RIGHT_REDZONE:
    return ErrorKind::StackBufferOverflow;
  case MEMSCOPE_MAGIC_STACK_USE_AFTER_SCOPE:
    return ErrorKind::StackUseAfterScope;
  case MEMSCOPE_MAGIC_STACK_AFTER_RETURN:
    return ErrorKind::StackUseAfterReturn;
  case MEMSCOPE_MAGIC_ALLOCA_LEFT_REDZONE:
  case MEMSCOPE_MAGIC_ALLOCA_RIGHT_REDZONE:
    return ErrorKind::DynamicStackBufferOverflow;
  default:
    return ErrorKind::UnknownCrash;
  }
}

// ASan's picture of the shadow around a bad address: rows of 16 shadow
// bytes, the bad one in brackets, and what each value means.
void PrintShadowAround(uptr BadAddr) {
  if (!AddrIsInMem(BadAddr))
    return;
  constexpr uptr kPerRow = 16, kRows = 5;
  uptr Row = RoundDownTo(MemToShadow(BadAddr), kPerRow);
  uptr Bad = MemToShadow(BadAddr);
  Printf("Shadow bytes around the buggy address:\n");
  for (uptr R = Row - kRows * kPerRow; R <= Row + kRows * kPerRow;
       R += kPerRow) {
    // Rows outside the shadow (the address space's ends) are left out.
    if (!AddrIsInMem(ShadowToMem(R)) ||
        !AddrIsInMem(ShadowToMem(R + kPerRow - 1)))
      continue;
    InternalScopedString Line;
    Line.AppendF("%s%p:", R == Row ? "=>" : "  ",
                 reinterpret_cast<void *>(ShadowToMem(R)));
    for (uptr I = R; I < R + kPerRow; ++I) {
      u8 Value = *reinterpret_cast<u8 *>(I);
      const char *Open = I == Bad ? "[" : I == Bad + 1 ? "]" : " ";
      Line.AppendF("%s%02x", Open, Value);
    }
    Line.AppendF("%s\n", Bad == R + kPerRow - 1 ? "]" : " ");
    Printf("%s", Line.data());
  }
  // ASan's legend and labels (parsers and tests read them), with the
  // heap right redzone memscope marks apart.
  Printf("Shadow byte legend (one shadow byte represents %zu application "
         "bytes):\n"
         "  Addressable:           00\n"
         "  Partially addressable: 01 02 03 04 05 06 07 \n"
         "  Heap left redzone:       %02x\n"
         "  Heap right redzone:      %02x\n"
         "  Freed heap region:       %02x\n"
         "  Stack left redzone:      %02x\n"
         "  Stack mid redzone:       %02x\n"
         "  Stack right redzone:     %02x\n"
         "  Stack after return:      %02x\n"
         "  Stack use after scope:   %02x\n"
         "  Global redzone:          %02x\n"
         "  Global init order:       %02x\n"
         "  Poisoned by user:        %02x\n"
         "  Container overflow:      %02x\n"
         "  Array cookie:            %02x\n"
         "  Intra object redzone:    %02x\n"
         "  ASan internal:           %02x\n"
         "  Left alloca redzone:     %02x\n"
         "  Right alloca redzone:    %02x\n",
         kGranule, MEMSCOPE_MAGIC_HEAP_LEFT_REDZONE,
         MEMSCOPE_MAGIC_HEAP_RIGHT_REDZONE, MEMSCOPE_MAGIC_HEAP_FREED,
         MEMSCOPE_MAGIC_STACK_LEFT_REDZONE, MEMSCOPE_MAGIC_STACK_MID_REDZONE,
         MEMSCOPE_MAGIC_STACK_RIGHT_REDZONE, MEMSCOPE_MAGIC_STACK_AFTER_RETURN,
         MEMSCOPE_MAGIC_STACK_USE_AFTER_SCOPE, MEMSCOPE_MAGIC_GLOBAL_REDZONE,
         MEMSCOPE_MAGIC_INIT_ORDER, MEMSCOPE_MAGIC_USER_POISONED,
         MEMSCOPE_MAGIC_CONTAINER_OVERFLOW, MEMSCOPE_MAGIC_ARRAY_COOKIE,
         MEMSCOPE_MAGIC_INTRA_OBJECT_REDZONE, MEMSCOPE_MAGIC_INTERNAL,
         MEMSCOPE_MAGIC_ALLOCA_LEFT_REDZONE, MEMSCOPE_MAGIC_ALLOCA_RIGHT_REDZONE);
}

bool IsStackKind(ErrorKind Kind) {
  return Kind == ErrorKind::StackBufferOverflow ||
         Kind == ErrorKind::StackBufferUnderflow ||
         Kind == ErrorKind::StackUseAfterScope ||
         Kind == ErrorKind::StackUseAfterReturn;
}

// For an address that may be anywhere: its heap block with the block's
// stacks, else its frame and variable, else its global. False when memscope
// knows none of these.
bool DescribeAddressOfAnyKind(uptr Addr, uptr Access, uptr Size) {
  ChunkView C = FindHeapChunk(Addr);
  if (C.Valid) {
    DescribeHeapAddress(Addr, 1, C);
    return true;
  }
  if (!DescribeStackAddress(Access, Size) && !DescribeGlobalAddress(Addr))
    return false;
  Printf("\n");
  return true;
}

// Where the bad address of an access error lies (a stack frame, a global,
// a heap block), the creation of the thread, and the shadow around it. A
// frame's variables are measured against the access of Size bytes at
// Access (as ASan does: a two-byte read at the last byte of a buffer
// "partially overflows" it).
void DescribeBadAddress(uptr BadAddr, uptr Access, uptr Size, ErrorKind Kind) {
  if (Kind == ErrorKind::DynamicStackBufferOverflow) {
    u32 Tid = StackOwnerOf(Access);
    if (Tid != kInvalidTid)
      Printf("Address %p is located in stack of thread T%u\n\n",
             reinterpret_cast<void *>(Access), Tid);
  } else if (IsStackKind(Kind)) {
    if (DescribeStackAddress(Access, Size))
      Printf("\n");
  } else if (Kind == ErrorKind::GlobalBufferOverflow ||
             Kind == ErrorKind::InitializationOrderFiasco) {
    if (DescribeGlobalAddress(BadAddr))
      Printf("\n");
  } else if (Kind == ErrorKind::ContainerOverflow) {
    // A container's storage may be a heap block, a local or a global.
    DescribeAddressOfAnyKind(BadAddr, Access, Size);
    Printf("HINT: if you don't care about these errors you may set "
           "ASAN_OPTIONS=detect_container_overflow=0 (or MEMSCOPE_OPTIONS).\n"
           "If you suspect a false positive see also: "
           "https://github.com/google/sanitizers/wiki/"
           "AddressSanitizerContainerOverflow.\n");
  } else if (Kind != ErrorKind::UnknownCrash &&
             Kind != ErrorKind::UseAfterPoison) {
    DescribeHeapAddress(BadAddr, 1, FindHeapChunk(BadAddr));
  }
  if (!AddrIsInMem(BadAddr))
    Printf("Address %p is a wild pointer inside of access range of size "
           "%p.\n",
           reinterpret_cast<void *>(BadAddr), reinterpret_cast<void *>(Size));
  PrintThreadCreation(CurrentTid());
  ShadowToShow = BadAddr;
}

void PrintAccessAndLocation(uptr Addr, uptr Size, bool IsWrite, uptr BadAddr,
                            const StackTrace *Stack, ErrorKind Kind) {
  Decorator D;
  Printf("%s%s of size %zu at %p thread T%u%s\n", D.Access(),
         IsWrite ? "WRITE" : "READ", Size, (void *)Addr, CurrentTid(),
         D.Default());
  Stack->Print();
  DescribeBadAddress(BadAddr, Addr, Size, Kind);
}

void PrintErrorLine(ErrorKind Kind) {
  Decorator D;
  Printf("%s", D.Error());
  Report("ERROR: memscope: %s", ErrorKindName(Kind));
}

// "==pid==ERROR: memscope: " in the error's colour: for the reports whose
// first line ASan words as a sentence rather than by the error's kind.
void PrintErrorHead() {
  Decorator D;
  Printf("%s", D.Error());
  Report("ERROR: memscope: ");
}

// ASan's hint for the allocator's errors that a flag turns into NULL.
void PrintMayReturnNullHint() {
  Report("HINT: if you don't care about these errors you may set "
         "allocator_may_return_null=1\n");
}

} // namespace

void PrintFrameBrief(const AddressInfo &Info) {
  InternalScopedString Out;
  StackTracePrinter::GetOrInit()->RenderFrame(
      &Out, "%L %F", 0, Info.address, &Info, common_flags()->symbolize_vs_style,
      common_flags()->strip_path_prefix);
  Printf("%s", Out.data());
}

// "a.c:5:3 in main": the first frame of a depot stack outside memscope's
// runtime and the C++ library headers, for one-line histories.
void PrintStackBrief(u32 StackId) {
  StackTrace Trace = StackDepotGet(StackId);
  for (uptr I = 0; I < Trace.size; ++I) {
    uptr Pc = StackTrace::GetPreviousInstructionPc(Trace.trace[I]);
    SymbolizedStackHolder Frames(Symbolizer::GetOrInit()->SymbolizePC(Pc));
    for (const SymbolizedStack *F = Frames.get(); F; F = F->next) {
      if (IsInternalFrame(F->info) || !F->info.file)
        continue;
      PrintFrameBrief(F->info);
      return;
    }
  }
  Printf("<unknown location>");
}

void ReportAccessError(uptr Pc, uptr Bp, uptr Sp, uptr Addr, uptr Size,
                       bool IsWrite, uptr BadAddr) {
  BufferedStackTrace stack;
  stack.Unwind(Pc, Bp, nullptr, common_flags()->fast_unwind_on_fatal);
  ErrorKind Kind = ClassifyAccess(BadAddr);
  // As ASan: the access's address heads the report (and is what
  // __asan_get_report_address returns; a range's callers pass its first
  // bad byte); the description starts at the first bad byte.
  ScopedReport R(Kind, &stack, 0, Addr, Size, IsWrite, Bp, Sp);
  if (R.IsSuppressed())
    return;
  R.SetRegisters(Pc, Bp, Sp);
  Decorator D;
  PrintErrorLine(Kind);
  Printf(" on address %p at pc %p bp %p sp %p%s\n", (void *)Addr,
         (void *)Pc, (void *)Bp, (void *)Sp, D.Default());
  PrintAccessAndLocation(Addr, Size, IsWrite, BadAddr, &stack, Kind);
}

// --- ASan's suppressions of errors inside intercepted functions -------------
//
// interceptor_name:<function>, interceptor_via_fun:<caller>,
// interceptor_via_lib:<module>, from the suppressions file (leak: lines are
// the leak checker's) and __asan_default_suppressions(), read on the first
// error an interceptor finds.

} // namespace memscope

extern "C" SANITIZER_INTERFACE_ATTRIBUTE SANITIZER_WEAK_ATTRIBUTE const char *
__asan_default_suppressions();

namespace memscope {
namespace {
const char *kInterceptorSuppressionTypes[] = {
    "interceptor_name", "interceptor_via_fun", "interceptor_via_lib",
    "odr_violation", "leak"};
alignas(64) char SuppressionStorage[sizeof(SuppressionContext)];
SuppressionContext *InterceptorSuppressions;

SuppressionContext *GetInterceptorSuppressions() {
  if (!InterceptorSuppressions) {
    InterceptorSuppressions = new (SuppressionStorage) SuppressionContext(
        kInterceptorSuppressionTypes, ARRAY_SIZE(kInterceptorSuppressionTypes));
    InterceptorSuppressions->ParseFromFile(flags()->suppressions);
    if (&__asan_default_suppressions)
      InterceptorSuppressions->Parse(__asan_default_suppressions());
  }
  return InterceptorSuppressions;
}

bool InterceptorErrorSuppressed(const char *Function, const StackTrace *Stack) {
  if (!flags()->suppressions[0] && !&__asan_default_suppressions)
    return false;
  SuppressionContext *S = GetInterceptorSuppressions();
  Suppression *Matched;
  if (S->Match(Function, "interceptor_name", &Matched))
    return true;
  bool ViaFun = S->HasSuppressionType("interceptor_via_fun");
  bool ViaLib = S->HasSuppressionType("interceptor_via_lib");
  if (!Stack || (!ViaFun && !ViaLib))
    return false;
  Symbolizer *Sym = Symbolizer::GetOrInit();
  for (uptr I = 0; I < Stack->size; ++I) {
    uptr Pc = StackTrace::GetPreviousInstructionPc(Stack->trace[I]);
    const char *Module;
    uptr Offset;
    if (ViaLib && Sym->GetModuleNameAndOffsetForPC(Pc, &Module, &Offset) &&
        S->Match(Module, "interceptor_via_lib", &Matched))
      return true;
    if (!ViaFun)
      continue;
    SymbolizedStackHolder Frames(Sym->SymbolizePC(Pc));
    for (const SymbolizedStack *F = Frames.get(); F; F = F->next)
      if (F->info.function &&
          S->Match(F->info.function, "interceptor_via_fun", &Matched))
        return true;
  }
  return false;
}
} // namespace

// Two modules define an instrumented global of one name (ASan's wording):
// Second, registering now (Stack), after First.
void ReportOdrViolation(const memscope_global &First,
                        const memscope_global &Second,
                        BufferedStackTrace *Stack) {
  if (flags()->suppressions[0] || &__asan_default_suppressions) {
    Suppression *Matched;
    if (GetInterceptorSuppressions()->Match(Second.Name, "odr_violation",
                                            &Matched))
      return;
  }
  ScopedReport R(ErrorKind::OdrViolation, nullptr, 0, 0);
  if (R.IsSuppressed())
    return;
  Decorator D;
  PrintErrorHead();
  Printf("odr-violation (%p):%s\n", Second.Beg, D.Default());
  Symbolizer *Sym = Symbolizer::GetOrInit();
  const memscope_global *Both[] = {&Second, &First};
  for (uptr I = 0; I < 2; ++I) {
    const memscope_global &G = *Both[I];
    const char *Module = nullptr;
    uptr Offset;
    Sym->GetModuleNameAndOffsetForPC(reinterpret_cast<uptr>(G.Beg), &Module,
                                     &Offset);
    Printf("  [%zu] size=%llu '%s' %s:%u in %s\n", I + 1, G.Size, G.Name,
           G.File, G.Line, Module ? Module : "<unknown module>");
  }
  Printf("The first was registered at:\n  [1]:\n");
  Stack->Print();
  R.SetSilencingOption("detect_odr_violation");
  static char Summary[512];
  internal_snprintf(Summary, sizeof Summary, "odr-violation: global '%s' at %s:%u",
                    Second.Name, Second.File, Second.Line);
  R.SetSummary(Summary);
}

void ReportRangeError(const char *Function, uptr Size, bool IsWrite,
                      uptr BadAddr, BufferedStackTrace *Stack) {
  if (InterceptorErrorSuppressed(Function, Stack))
    return;
  ErrorKind Kind = ClassifyAccess(BadAddr);
  ScopedReport R(Kind, Stack, 1, BadAddr, Size, IsWrite);
  if (R.IsSuppressed())
    return;
  Decorator D;
  PrintErrorLine(Kind);
  uptr Pc = Stack->size ? Stack->trace[0] : 0;
  Printf(" on address %p at pc %p bp %p sp %p%s\n", (void *)BadAddr,
         (void *)Pc, (void *)Stack->top_frame_bp, (void *)Stack->top_frame_bp,
         D.Default());
  // As ASan: the range's size, and the address of its first bad byte.
  Printf("%s%s of size %zu at %p (in %s) thread T%u%s\n", D.Access(),
         IsWrite ? "WRITE" : "READ", Size, (void *)BadAddr, Function,
         CurrentTid(), D.Default());
  Stack->Print();
  // A range: the description starts at its first bad byte.
  DescribeBadAddress(BadAddr, BadAddr, Size, Kind);
}

void ReportDoubleFree(uptr Addr, BufferedStackTrace *Stack) {
  ScopedReport R(ErrorKind::DoubleFree, Stack, 1, Addr);
  if (R.IsSuppressed())
    return;
  Decorator D;
  PrintErrorHead();
  Printf("attempting double-free on %p in thread T%u:%s\n", (void *)Addr,
         CurrentTid(), D.Default());
  Stack->Print();
  DescribeHeapAddress(Addr, 1, FindHeapChunk(Addr));
  PrintThreadCreation(CurrentTid());
}

void ReportBadFree(uptr Addr, BufferedStackTrace *Stack) {
  ScopedReport R(ErrorKind::BadFree, Stack, 1, Addr);
  if (R.IsSuppressed())
    return;
  Decorator D;
  PrintErrorHead();
  Printf("attempting free on address which was not malloc()-ed: %p in "
         "thread T%u%s\n",
         (void *)Addr, CurrentTid(), D.Default());
  Stack->Print();
  uptr Top, Bottom;
  if (DescribeAddressOfAnyKind(Addr, Addr, 1)) {
    // Described.
  } else if (GetCurrentThreadStack(&Top, &Bottom) && Addr >= Bottom &&
             Addr < Top) {
    Printf("%sAddress %p is located in stack of thread T%u%s\n\n",
           D.Location(), (void *)Addr, CurrentTid(), D.Default());
  } else {
    Printf("%sAddress %p is not the start of a heap allocation memscope "
           "knows of (a stack, global or foreign pointer?)%s\n\n",
           D.Location(), (void *)Addr, D.Default());
  }
  PrintThreadCreation(CurrentTid());
}

void ReportAllocDeallocMismatch(uptr Addr, AllocKind Alloc, AllocKind Dealloc,
                                BufferedStackTrace *Stack) {
  ScopedReport R(ErrorKind::AllocDeallocMismatch, Stack, 1, Addr);
  if (R.IsSuppressed())
    return;
  Decorator D;
  PrintErrorLine(ErrorKind::AllocDeallocMismatch);
  Printf(" (%s vs %s) on %p in thread T%u%s\n", AllocKindFunction(Alloc),
         DeallocKindFunction(Dealloc), (void *)Addr, CurrentTid(),
         D.Default());
  Stack->Print();
  DescribeHeapAddress(Addr, 1, FindHeapChunk(Addr));
  Printf("HINT: memory allocated with %s must be released with %s\n",
         AllocKindFunction(Alloc), DeallocKindFunction(Alloc));
  R.SetSilencingOption("alloc_dealloc_mismatch");
}

void ReportNewDeleteTypeMismatch(uptr Addr, uptr AllocSize, uptr DeleteSize,
                                 uptr AllocAlignment, uptr DeleteAlignment,
                                 BufferedStackTrace *Stack) {
  ScopedReport R(ErrorKind::NewDeleteTypeMismatch, Stack, 1, Addr);
  if (R.IsSuppressed())
    return;
  Decorator D;
  PrintErrorLine(ErrorKind::NewDeleteTypeMismatch);
  Printf(" on %p in thread T%u:%s\n", (void *)Addr, CurrentTid(),
         D.Default());
  Printf("  object passed to delete has wrong type:\n");
  if (DeleteSize && DeleteSize != AllocSize)
    Printf("  size of the allocated type:   %zu bytes;\n"
           "  size of the deallocated type: %zu bytes.\n",
           AllocSize, DeleteSize);
  // Alignments of 16 or less are the default; both are 0 then.
  if (AllocAlignment != (DeleteAlignment > 16 ? DeleteAlignment : 0)) {
    auto Print = [](const char *Label, uptr Alignment, const char *End) {
      if (Alignment)
        Printf("  alignment of the %s %zu bytes%s\n", Label, Alignment, End);
      else
        Printf("  alignment of the %s default-aligned%s\n", Label, End);
    };
    Print("allocated type:  ", AllocAlignment, ";");
    Print("deallocated type:", DeleteAlignment > 16 ? DeleteAlignment : 0,
          ".");
  }
  Stack->Print();
  DescribeHeapAddress(Addr, 1, FindHeapChunk(Addr));
  Printf("HINT: a base class without a virtual destructor?\n");
  R.SetSilencingOption("new_delete_type_mismatch");
}

void ReportCallocOverflow(uptr Count, uptr Size, BufferedStackTrace *Stack) {
  ScopedReport R(ErrorKind::CallocOverflow, Stack, 1, 0);
  if (R.IsSuppressed())
    return;
  Decorator D;
  PrintErrorHead();
  Printf("calloc parameters overflow: count * size (%zu * %zu) cannot be "
         "represented in type size_t (thread T%u)%s\n",
         Count, Size, CurrentTid(), D.Default());
  Stack->Print();
  PrintMayReturnNullHint();
}

// pvalloc's size rounded up to a page would wrap (as ASan words it).
void ReportPvallocOverflow(uptr Size, BufferedStackTrace *Stack) {
  ScopedReport R(ErrorKind::PvallocOverflow, Stack, 1, 0);
  if (R.IsSuppressed())
    return;
  Decorator D;
  PrintErrorHead();
  Printf("pvalloc parameters overflow: size 0x%zx rounded up to system page "
         "size 0x%zx cannot be represented in type size_t (thread T%u)%s\n",
         Size, GetPageSizeCached(), CurrentTid(), D.Default());
  Stack->Print();
  PrintMayReturnNullHint();
}

void ReportReallocArrayOverflow(uptr Count, uptr Size,
                                BufferedStackTrace *Stack) {
  ScopedReport R(ErrorKind::ReallocArrayOverflow, Stack, 1, 0);
  if (R.IsSuppressed())
    return;
  Decorator D;
  PrintErrorHead();
  Printf("reallocarray parameters overflow: count * size (%zu * %zu) cannot "
         "be represented in type size_t (thread T%u)%s\n",
         Count, Size, CurrentTid(), D.Default());
  Stack->Print();
  PrintMayReturnNullHint();
}

void ReportAllocationSizeTooBig(uptr Size, uptr MaxSize,
                                BufferedStackTrace *Stack) {
  ScopedReport R(ErrorKind::AllocationSizeTooBig, Stack, 1, 0);
  if (R.IsSuppressed())
    return;
  Decorator D;
  PrintErrorHead();
  // With the smallest left redzone (the 16-byte chunk header), as ASan
  // counts its own.
  uptr Adjusted = Size + 16;
  Printf("requested allocation size 0x%zx (0x%zx after adjustments for "
         "alignment, red zones etc.) exceeds maximum supported size of 0x%zx "
         "(thread T%u)%s\n",
         Size, Adjusted < Size ? Size : Adjusted, MaxSize, CurrentTid(),
         D.Default());
  Stack->Print();
  PrintMayReturnNullHint();
}

void ReportOutOfMemory(uptr Size, BufferedStackTrace *Stack) {
  ScopedReport R(ErrorKind::OutOfMemory, Stack, 1, 0);
  if (R.IsSuppressed())
    return;
  Decorator D;
  PrintErrorHead();
  Printf("out of memory: allocator is trying to allocate 0x%zx bytes "
         "(thread T%u)%s\n",
         Size, CurrentTid(), D.Default());
  Stack->Print();
  PrintMayReturnNullHint();
}

void ReportRssLimitExceeded(BufferedStackTrace *Stack) {
  ScopedReport R(ErrorKind::RssLimitExceeded, Stack, 1, 0);
  if (R.IsSuppressed())
    return;
  Decorator D;
  PrintErrorHead();
  Printf("allocator exceeded the RSS limit%s\n", D.Default());
  Stack->Print();
  PrintMayReturnNullHint();
}

void ReportInvalidAllocationAlignment(uptr Alignment, uptr,
                                      BufferedStackTrace *Stack) {
  ScopedReport R(ErrorKind::InvalidAllocationAlignment, Stack, 1, 0);
  if (R.IsSuppressed())
    return;
  Decorator D;
  PrintErrorHead();
  Printf("invalid allocation alignment: %zu, alignment must be a power of "
         "two (thread T%u)%s\n",
         Alignment, CurrentTid(), D.Default());
  Stack->Print();
  PrintMayReturnNullHint();
}

void ReportInvalidAlignedAllocAlignment(uptr Alignment, uptr Size,
                                        BufferedStackTrace *Stack) {
  ScopedReport R(ErrorKind::InvalidAlignedAllocAlignment, Stack, 1, 0);
  if (R.IsSuppressed())
    return;
  Decorator D;
  PrintErrorHead();
  Printf("invalid alignment requested in aligned_alloc: %zu, alignment must "
         "be a power of two and the requested size 0x%zx must be a multiple "
         "of alignment (thread T%u)%s\n",
         Alignment, Size, CurrentTid(), D.Default());
  Stack->Print();
  PrintMayReturnNullHint();
}

void ReportInvalidPosixMemalignAlignment(uptr Alignment, uptr,
                                         BufferedStackTrace *Stack) {
  ScopedReport R(ErrorKind::InvalidPosixMemalignAlignment, Stack, 1, 0);
  if (R.IsSuppressed())
    return;
  Decorator D;
  PrintErrorHead();
  Printf("invalid alignment requested in posix_memalign: %zu, alignment "
         "must be a power of two and a multiple of sizeof(void*) == %zu "
         "(thread T%u)%s\n",
         Alignment, sizeof(void *), CurrentTid(), D.Default());
  Stack->Print();
  PrintMayReturnNullHint();
}

void ReportMallocUsableSizeNotOwned(uptr Addr, BufferedStackTrace *Stack) {
  ScopedReport R(ErrorKind::MallocUsableSizeNotOwned, Stack, 1, Addr);
  if (R.IsSuppressed())
    return;
  Decorator D;
  PrintErrorHead();
  Printf("attempting to call malloc_usable_size() for pointer which is not "
         "owned: %p (thread T%u)%s\n",
         (void *)Addr, CurrentTid(), D.Default());
  Stack->Print();
  DescribeHeapAddress(Addr, 1, FindHeapChunk(Addr));
}

void ReportGetAllocatedSizeNotOwned(uptr Addr, BufferedStackTrace *Stack) {
  ScopedReport R(ErrorKind::GetAllocatedSizeNotOwned, Stack, 1, Addr);
  if (R.IsSuppressed())
    return;
  Decorator D;
  PrintErrorHead();
  Printf("attempting to call __sanitizer_get_allocated_size() for pointer "
         "which is not owned: %p%s\n",
         (void *)Addr, D.Default());
  Stack->Print();
  DescribeAddressOfAnyKind(Addr, Addr, 1);
}

void ReportNegativeSizeParam(uptr Addr, uptr Size, BufferedStackTrace *Stack) {
  ScopedReport R(ErrorKind::NegativeSizeParam, Stack, 1, Addr);
  if (R.IsSuppressed())
    return;
  Decorator D;
  PrintErrorLine(ErrorKind::NegativeSizeParam);
  Printf(": (size=%zd)%s\n", static_cast<sptr>(Size), D.Default());
  Stack->Print();
  DescribeAddressOfAnyKind(Addr, Addr, 1);
}

void ReportInvalidPointerPair(uptr A1, uptr A2, BufferedStackTrace *Stack) {
  ScopedReport R(ErrorKind::InvalidPointerPair, Stack, 0, A1, 0, false, 0, 0,
                 /*DedupByPc=*/false);
  if (R.IsSuppressed())
    return;
  Decorator D;
  PrintErrorLine(ErrorKind::InvalidPointerPair);
  Printf(": %p %p%s\n", (void *)A1, (void *)A2, D.Default());
  Stack->Print();
  DescribeAddressOfAnyKind(A1, A1, 1);
  DescribeAddressOfAnyKind(A2, A2, 1);
}

void ReportBadContainerAnnotation(uptr Beg, uptr End, uptr OldMid, uptr NewMid,
                                  BufferedStackTrace *Stack) {
  ScopedReport R(ErrorKind::BadContainerAnnotation, Stack, 1, Beg);
  if (R.IsSuppressed())
    return;
  Decorator D;
  PrintErrorHead();
  Printf("bad parameters to __sanitizer_annotate_contiguous_container:\n"
         "      beg     : %p\n      end     : %p\n      old_mid : %p\n"
         "      new_mid : %p%s\n",
         (void *)Beg, (void *)End, (void *)OldMid, (void *)NewMid, D.Default());
  Stack->Print();
}

void ReportBadDoubleEndedContainerAnnotation(uptr Beg, uptr End, uptr OldBeg,
                                             uptr OldEnd, uptr NewBeg,
                                             uptr NewEnd,
                                             BufferedStackTrace *Stack) {
  ScopedReport R(ErrorKind::BadDoubleEndedContainerAnnotation, Stack, 1, Beg);
  if (R.IsSuppressed())
    return;
  Decorator D;
  PrintErrorHead();
  Printf("bad parameters to "
         "__sanitizer_annotate_double_ended_contiguous_container:\n"
         "      storage_beg        : %p\n      storage_end        : %p\n"
         "      old_container_beg  : %p\n      old_container_end  : %p\n"
         "      new_container_beg  : %p\n      new_container_end  : %p%s\n",
         (void *)Beg, (void *)End, (void *)OldBeg, (void *)OldEnd,
         (void *)NewBeg, (void *)NewEnd, D.Default());
  Stack->Print();
}

void ReportMemcpyParamOverlap(const char *Function, uptr Dst, uptr DstSize,
                              uptr Src, uptr SrcSize,
                              BufferedStackTrace *Stack) {
  // ASan's words: "strcpy-param-overlap: memory ranges [a,b) and [c, d)
  // overlap", destination first. (The name outlives the report.)
  if (InterceptorErrorSuppressed(Function, Stack))
    return;
  InternalScopedString Name;
  Name.AppendF("%s-param-overlap", Function);
  ScopedReport R(ErrorKind::MemcpyParamOverlap, Stack, 1, Dst, DstSize, true);
  if (R.IsSuppressed())
    return;
  R.SetName(Name.data());
  Decorator D;
  PrintErrorHead();
  Printf("%s: memory ranges [%p,%p) and [%p, %p) overlap%s\n", Name.data(),
         (void *)Dst, (void *)(Dst + DstSize), (void *)Src,
         (void *)(Src + SrcSize), D.Default());
  Stack->Print();
  // Where each range lies, destination first (as ASan describes them).
  DescribeAddressOfAnyKind(Dst, Dst, DstSize);
  DescribeAddressOfAnyKind(Src, Src, SrcSize);
}

// As ASan frames it: opened as every report is (BeginReport), the text to
// the program's callback.
void ReportFatalSignal(const SignalContext &Sig,
                       UnwindSignalStackCallbackType Unwind) {
  StartReportDeadlySignal();
  LockReports();
  ReportFacts Of = {};
  Of.Pc = Sig.pc;
  Of.Bp = Sig.bp;
  Of.Sp = Sig.sp;
  Of.Address = Sig.addr;
  Of.IsWrite = Sig.write_flag == SignalContext::Write;
  Of.Description = Sig.IsStackOverflow() ? "stack-overflow" : Sig.Describe();
  BeginReport(Of);
  ReportDeadlySignal(Sig, CurrentTid(), Unwind, nullptr);
  if (ErrorReportCallback)
    ErrorReportCallback(ReportBuffer);
  Report("ABORTING\n");
  Die();
}

void InitializeReports() {
  SetPrintfAndReportCallback(AppendToReport);
  // A malformed suppressions file is an error at start, as in ASan.
  if (flags()->suppressions[0] || &__asan_default_suppressions)
    GetInterceptorSuppressions();
}

} // namespace memscope

// ASan's interface for programs and test harnesses that inspect a report
// (with halt_on_error=0, or from the report callback).
using namespace memscope;
extern "C" {
SANITIZER_INTERFACE_ATTRIBUTE int __asan_report_present() {
  return atomic_load(&Facts.Present, memory_order_acquire);
}
SANITIZER_INTERFACE_ATTRIBUTE uptr __asan_get_report_pc() { return Facts.Pc; }
SANITIZER_INTERFACE_ATTRIBUTE uptr __asan_get_report_bp() { return Facts.Bp; }
SANITIZER_INTERFACE_ATTRIBUTE uptr __asan_get_report_sp() { return Facts.Sp; }
SANITIZER_INTERFACE_ATTRIBUTE uptr __asan_get_report_address() {
  return Facts.Address;
}
SANITIZER_INTERFACE_ATTRIBUTE int __asan_get_report_access_type() {
  return Facts.IsWrite ? 1 : 0;
}
SANITIZER_INTERFACE_ATTRIBUTE uptr __asan_get_report_access_size() {
  return Facts.Size;
}
SANITIZER_INTERFACE_ATTRIBUTE const char *__asan_get_report_description() {
  return Facts.Description;
}
SANITIZER_INTERFACE_ATTRIBUTE void
__asan_set_error_report_callback(void (*Callback)(const char *)) {
  ErrorReportCallback = Callback;
}

// What a report would say of the address: its heap block with the
// block's stacks, its frame and variable, or its global.
SANITIZER_INTERFACE_ATTRIBUTE void __asan_describe_address(void *P) {
  uptr Addr = reinterpret_cast<uptr>(P);
  ChunkView C = FindHeapChunk(Addr);
  if (C.Valid)
    DescribeHeapAddress(Addr, 1, C);
  else if (!DescribeStackAddress(Addr, 1) && !DescribeGlobalAddress(Addr))
    Printf("Address %p is a wild pointer inside of access range of size "
           "0x1.\n",
           P);
}
} // extern "C"

