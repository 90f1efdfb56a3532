//===- memscope_foreign.cpp - memory crossing into foreign code -----------===//
//
// Which code is foreign is learnt once per module: the first address seen
// in a module not registered as instrumented looks the module up (its path
// says whether it is the system's) and caches its code ranges; later
// lookups read the cache without a lock. A call site caches its callee's
// verdict in its descriptor (the pass tests it inline), so an FFI call
// costs the runtime a call only while its callee is foreign.
//
// See also: memscope_foreign.h.
//===----------------------------------------------------------------------===//
#include "memscope_foreign.h"

#include "memscope_allocator.h"
#include "memscope_flags.h"
#include "memscope_interface.h"
#include "memscope_owner_table.h"
#include "memscope_report.h"
#include "memscope_stack.h"
#include "memscope_trace.h"

#include "sanitizer/lsan_interface.h"
#include "sanitizer_common/sanitizer_common.h"
#include "sanitizer_common/sanitizer_stackdepot.h"
#include "sanitizer_common/sanitizer_stacktrace_printer.h"
#include "sanitizer_common/sanitizer_symbolizer.h"

namespace memscope {
namespace {

using trace::ForeignHow;

// The code ranges of modules looked up so far. Entries are filled once and
// published by the count; a module loaded later at the address of one
// unloaded keeps the old verdict (dlclose and dlopen of another library
// at the same address: rare, and at worst a crossing unnamed).
struct ModuleRange {
  uptr Beg, End;
  const char *Path;
  CodeOwner Owner;
};
constexpr u32 kMaxModuleRanges = 256;
ModuleRange ModuleRanges[kMaxModuleRanges];
atomic_uint32_t NumModuleRanges;
StaticSpinMutex ModuleRangesMu;

bool FindRange(uptr Pc, u32 From, u32 To, CodeOwner *Owner,
               const char **Path) {
  for (u32 I = From; I < To; ++I)
    if (Pc >= ModuleRanges[I].Beg && Pc < ModuleRanges[I].End) {
      *Owner = ModuleRanges[I].Owner;
      *Path = ModuleRanges[I].Path;
      return true;
    }
  return false;
}

bool IsSystemPath(const char *Path) {
  static const char *const kSystemDirs[] = {"/lib/", "/lib64/", "/usr/lib/",
                                            "/usr/lib64/"};
  for (const char *Dir : kSystemDirs)
    if (internal_strncmp(Path, Dir, internal_strlen(Dir)) == 0)
      return true;
  // The vDSO, and modules without a path.
  return !*Path || internal_strstr(Path, "linux-vdso") ||
         internal_strchr(Path, '[');
}

CodeOwner LookUpModule(uptr Pc, const char **Path) {
  SpinMutexLock L(&ModuleRangesMu);
  u32 N = atomic_load_relaxed(&NumModuleRanges);
  CodeOwner Owner = CodeOwner::Memscope;
  if (FindRange(Pc, 0, N, &Owner, Path))
    return Owner; // another thread looked it up meanwhile
  *Path = nullptr;
  ListOfModules Modules;
  Modules.init();
  for (const LoadedModule &M : Modules) {
    if (!M.containsAddress(Pc))
      continue;
    const char *Name = M.full_name() ? M.full_name() : "";
    uptr Length = internal_strlen(Name);
    char *Copy = static_cast<char *>(InternalAlloc(Length + 1));
    internal_memcpy(Copy, Name, Length + 1);
    *Path = Copy;
    Owner = InInstrumentedCode(Pc) ? CodeOwner::Memscope
            : IsSystemPath(Name)   ? CodeOwner::System
                                   : CodeOwner::Foreign;
    for (const auto &R : M.ranges())
      if (R.executable && N < kMaxModuleRanges)
        ModuleRanges[N++] = {R.beg, R.end, Copy, Owner};
    break;
  }
  // Code in no module (generated at run time): its page, not looked up
  // again.
  if (!*Path && N < kMaxModuleRanges)
    ModuleRanges[N++] = {RoundDownTo(Pc, GetPageSizeCached()),
                         RoundUpTo(Pc + 1, GetPageSizeCached()), nullptr,
                         Owner};
  atomic_store(&NumModuleRanges, N, memory_order_release);
  return Owner;
}

// Descriptors the runtime makes for annotations (include/memscope/
// memscope.h): one per name and kind of site, never freed.
constexpr uptr kMaxAnnotationSites = 256;
memscope_site *AnnotationSites[kMaxAnnotationSites];
uptr NumAnnotationSites;
StaticSpinMutex AnnotationSitesMu;

const char *CopyString(const char *S) {
  uptr Length = internal_strlen(S);
  char *Copy = static_cast<char *>(InternalAlloc(Length + 1));
  internal_memcpy(Copy, S, Length + 1);
  return Copy;
}

// A descriptor for annotations with Op and a name (the foreign side's, or
// a handle's kind), with no location: events made with it carry the
// caller's pc. Null when the table is full.
memscope_site *AnnotationSite(u8 Op, const char *Name) {
  if (!Name || !*Name)
    Name = "unnamed";
  SpinMutexLock L(&AnnotationSitesMu);
  for (uptr I = 0; I < NumAnnotationSites; ++I) {
    memscope_site *S = AnnotationSites[I];
    const char *Named = Op == MEMSCOPE_OP_FOREIGN_CALL ? S->Variable : S->Type;
    if (S->Op == Op && !internal_strcmp(Named, Name))
      return S;
  }
  if (NumAnnotationSites == kMaxAnnotationSites)
    return nullptr;
  auto *S = static_cast<memscope_site *>(InternalAlloc(sizeof(memscope_site)));
  internal_memset(S, 0, sizeof(*S));
  S->Op = Op;
  S->Flags = MEMSCOPE_SITE_ANNOTATION;
  if (Op == MEMSCOPE_OP_FOREIGN_CALL) {
    S->Family = MEMSCOPE_CALLEE_FOREIGN;
    S->Variable = CopyString(Name);
  } else {
    S->Type = CopyString(Name);
  }
  AnnotationSites[NumAnnotationSites++] = S;
  return S;
}

// Open handles: the handle and a one-byte block standing for it, whose
// address is kept hidden (HiddenAddr) so that nothing but the handle's
// closing keeps it alive: a handle never closed leaks like a block.
struct OpenHandle {
  uptr Handle;
  uptr HiddenStandIn;
  u32 Stack; // where it was opened
  const memscope_site *Kind;
};
constexpr uptr kMaxOpenHandles = 1 << 14;
OpenHandle *OpenHandles; // kMaxOpenHandles entries, mapped on first use
uptr NumOpenHandles;
StaticSpinMutex OpenHandlesMu;

// A crossing the pass saw, remembered for reports: the most recent ones.
struct CallCrossing {
  PassportId Passport;
  u32 AllocStack;
  ForeignHow How;
  memscope_site *Site;
  uptr Callee;
};
constexpr uptr kRememberedCrossings = 1024;
CallCrossing Crossings[kRememberedCrossings];
uptr NextCrossing;
StaticSpinMutex CrossingsMu;

// The index of the oldest crossing still remembered (they are
// [OldestCrossing(), NextCrossing) modulo the ring). CrossingsMu held.
uptr OldestCrossing() {
  return NextCrossing < kRememberedCrossings
             ? 0
             : NextCrossing - kRememberedCrossings;
}

// The callee's verdict, cached in the site's Family byte.
bool CalleeIsForeign(memscope_site *S, uptr Callee) {
  auto *Verdict = reinterpret_cast<atomic_uint8_t *>(&S->Family);
  u8 V = atomic_load_relaxed(Verdict);
  if (V == MEMSCOPE_CALLEE_UNKNOWN) {
    V = flags()->foreign_calls && OwnerOfCode(Callee) == CodeOwner::Foreign
            ? MEMSCOPE_CALLEE_FOREIGN
            : MEMSCOPE_CALLEE_KNOWN_HERE;
    atomic_store_relaxed(Verdict, V);
  }
  return V == MEMSCOPE_CALLEE_FOREIGN;
}

// The last crossing recorded at each of a few sites, per thread: a loop
// that hands one buffer to a library function makes one event, not one
// per call.
struct RecentCrossing {
  const memscope_site *Site;
  PassportId Passport;
  ForeignHow How;
};
constexpr uptr kRecentCrossings = 8;
MEMSCOPE_TLS RecentCrossing Recent[kRecentCrossings];

// The block at P crossed (Fn: the callee, or an annotation's caller).
void RecordCrossing(memscope_site *S, uptr Fn, const void *P, ForeignHow How) {
  uptr UserBeg;
  u32 AllocStack;
  BlockMeta *Meta =
      LiveBlockWithStack(reinterpret_cast<uptr>(P), &UserBeg, &AllocStack);
  if (!Meta)
    return; // not a heap block: a stack buffer, a string literal
  PassportId Passport = Meta->Passport;
  RecentCrossing &Last =
      Recent[(reinterpret_cast<uptr>(S) >> 3) % kRecentCrossings];
  if (Last.Site == S && Last.Passport == Passport && Last.How == How)
    return;
  Last = {S, Passport, How};
  if (TraceActive)
    TraceForeign(Passport, How, SiteIdOf(S), Fn);
  SpinMutexLock L(&CrossingsMu);
  Crossings[NextCrossing++ % kRememberedCrossings] = {Passport, AllocStack,
                                                      How, S, Fn};
}

void NoteCallCrossing(memscope_site *S, void *Callee, const void *P,
                      ForeignHow How) {
  uptr Fn = reinterpret_cast<uptr>(Callee);
  if (P && MemscopeInited && CalleeIsForeign(S, Fn))
    RecordCrossing(S, Fn, P, How);
}

void NoteAnnotatedCrossing(const void *P, const char *Name, ForeignHow How,
                           uptr Caller) {
  if (!P || !MemscopeInited)
    return;
  if (memscope_site *S = AnnotationSite(MEMSCOPE_OP_FOREIGN_CALL, Name))
    RecordCrossing(S, Caller, P, How);
}

// Of the frames symbolised at one pc (innermost first), the function the
// code is in: the outermost of those inlined there.
const SymbolizedStack *Outermost(const SymbolizedStack *F) {
  while (F && F->next)
    F = F->next;
  return F;
}

// "lib_error_string (libgreeter.so)", the function holding Pc.
void PrintForeignFunction(uptr Pc) {
  const char *Module = nullptr;
  OwnerOfCode(Pc, &Module);
  SymbolizedStackHolder Frames(Symbolizer::GetOrInit()->SymbolizePC(Pc));
  const SymbolizedStack *F = Outermost(Frames.get());
  if (F && F->info.function)
    Printf("%s", F->info.function);
  else
    Printf("%p", reinterpret_cast<void *>(Pc));
  if (Module)
    Printf(" (%s)", StripModuleName(Module));
}

// Both pcs lie in one function (the outermost of those inlined there).
bool SameFunction(uptr A, uptr B) {
  Symbolizer *S = Symbolizer::GetOrInit();
  SymbolizedStackHolder FA(S->SymbolizePC(A)), FB(S->SymbolizePC(B));
  const SymbolizedStack *X = Outermost(FA.get()), *Y = Outermost(FB.get());
  return X && Y && X->info.function && Y->info.function &&
         !internal_strcmp(X->info.function, Y->info.function);
}

// "a.c:9:3 in main", the site of a call.
void PrintSiteBrief(const memscope_site *S) {
  if (!S->File || !S->Line) {
    Printf("<unknown location>%s%s", S->Function ? " in " : "",
           S->Function ? S->Function : "");
    return;
  }
  Printf("%s:%u", StripPathPrefix(S->File, common_flags()->strip_path_prefix),
         S->Line);
  if (S->Column)
    Printf(":%u", S->Column);
  if (S->Function)
    Printf(" in %s", S->Function);
}

// The runtime's code, or a library template instantiated in the program
// (the function the frames inlined at Pc are in).
bool IsRuntimeFrame(uptr Pc) {
  SymbolizedStackHolder Frames(Symbolizer::GetOrInit()->SymbolizePC(Pc));
  const SymbolizedStack *F = Outermost(Frames.get());
  return F && IsInternalFrame(F->info);
}

// Where the stack crossed from foreign code into instrumented code: the
// last foreign frame (the entry point the program called) and the
// instrumented frame that called it, both as pcs of the call.
bool FindForeignBoundary(const StackTrace &S, uptr *Api, uptr *Caller) {
  *Api = 0;
  for (uptr I = 0; I < S.size; ++I) {
    uptr Pc = StackTrace::GetPreviousInstructionPc(S.trace[I]);
    switch (OwnerOfCode(Pc)) {
    case CodeOwner::Foreign:
      *Api = Pc;
      break;
    case CodeOwner::System:
      break; // libc between the library and malloc, or between callers
    case CodeOwner::Memscope:
      if (*Api) {
        *Caller = Pc;
        return true;
      }
      if (!IsRuntimeFrame(Pc))
        return false; // instrumented code called the allocator itself
      break;
    }
  }
  return false;
}

void PrintSourceBrief(uptr Pc) {
  SymbolizedStackHolder Frames(Symbolizer::GetOrInit()->SymbolizePC(Pc));
  const SymbolizedStack *F = Frames.get();
  if (!F || !F->info.file) {
    Printf("%p", reinterpret_cast<void *>(Pc));
    return;
  }
  PrintFrameBrief(F->info);
}

// "lib_keep (lib.so) at a.c:9:3 in main"; an annotation's crossing has
// the name it was given and the pc of the annotation's caller.
void PrintCrossingPlace(const CallCrossing &C) {
  if (C.Site->Flags & MEMSCOPE_SITE_ANNOTATION) {
    Printf("%s at ", C.Site->Variable);
    PrintSourceBrief(StackTrace::GetPreviousInstructionPc(C.Callee));
    return;
  }
  PrintForeignFunction(C.Callee);
  Printf(" at ");
  PrintSiteBrief(C.Site);
}

const char *CrossingText(ForeignHow How) {
  switch (How) {
  case ForeignHow::Handed:
    return "handed to";
  case ForeignHow::Received:
    return "returned by";
  case ForeignHow::Freed:
    return "freed by";
  }
  return "crossed into";
}

} // namespace

CodeOwner OwnerOfCode(uptr Pc, const char **Module) {
  const char *Path = nullptr;
  CodeOwner Owner;
  if (!FindRange(Pc, 0, atomic_load(&NumModuleRanges, memory_order_acquire),
                 &Owner, &Path))
    Owner = LookUpModule(Pc, &Path);
  if (Module)
    *Module = Path;
  return Owner;
}

void NoteFreedFrom(PassportId Passport, uptr Caller) {
  if (!TraceActive || !Caller || InInstrumentedCode(Caller))
    return;
  if (OwnerOfCode(Caller) == CodeOwner::Foreign)
    TraceForeign(Passport, ForeignHow::Freed, 0, Caller);
}

namespace {
// "in foreign F (lib.so), <Link> at a.c:5:3 in main".
void PrintBoundary(uptr Api, uptr Caller, const char *Link) {
  Printf("in foreign ");
  PrintForeignFunction(Api);
  Printf(", %s at ", Link);
  PrintSourceBrief(Caller);
}
} // namespace

bool PrintForeignCrossing(u32 StackId, const char *Link) {
  uptr Api, Caller;
  if (!StackId || !FindForeignBoundary(StackDepotGet(StackId), &Api, &Caller))
    return false;
  PrintBoundary(Api, Caller, Link);
  return true;
}

void PrintCallCrossings(PassportId Passport, u32 AllocStack) {
  // The foreign function that allocated the block, if one did: its
  // returning the block is said already.
  uptr Api = 0, Caller;
  if (AllocStack)
    FindForeignBoundary(StackDepotGet(AllocStack), &Api, &Caller);
  SpinMutexLock L(&CrossingsMu);
  for (uptr I = OldestCrossing(); I < NextCrossing; ++I) {
    const CallCrossing &C = Crossings[I % kRememberedCrossings];
    if (C.Passport != Passport)
      continue;
    if (Api && C.How == ForeignHow::Received && SameFunction(Api, C.Callee))
      continue;
    Printf(" \u2192 %s foreign ", CrossingText(C.How));
    PrintCrossingPlace(C);
  }
}

void PrintLeakCrossing(u32 StackId) {
  uptr Api, Caller;
  if (StackId && FindForeignBoundary(StackDepotGet(StackId), &Api, &Caller)) {
    Printf("  Made by code built without memscope: allocated ");
    PrintBoundary(Api, Caller, "received");
    Printf(".\n  Give it back through that library's API (its free or "
           "destroy function).\n");
    return;
  }
  // The program's own block, last handed to foreign code.
  SpinMutexLock L(&CrossingsMu);
  for (uptr I = NextCrossing; I > OldestCrossing(); --I) {
    const CallCrossing &C = Crossings[(I - 1) % kRememberedCrossings];
    if (C.AllocStack != StackId || C.How != ForeignHow::Handed)
      continue;
    Printf("  Handed to foreign ");
    PrintCrossingPlace(C);
    Printf(", which holds no pointer to it now.\n");
    return;
  }
  if (!OpenHandles)
    return;
  SpinMutexLock H(&OpenHandlesMu);
  for (uptr I = 0; I < NumOpenHandles; ++I)
    if (OpenHandles[I].Stack == StackId) {
      Printf("  An open %s handle (%p): __memscope_handle_opened without "
             "__memscope_handle_closed.\n",
             OpenHandles[I].Kind ? OpenHandles[I].Kind->Type : "opaque",
             reinterpret_cast<void *>(OpenHandles[I].Handle));
      return;
    }
}

} // namespace memscope

using namespace memscope;

namespace {

// A crossing to look at, in the entry points' calling convention: the call
// from them saves nothing, and this saves all it clobbers only when called.
MEMSCOPE_SLOW_PATH NOINLINE void NoteCrossingSlow(memscope_site *S,
                                                  void *Callee, const void *P,
                                                  ForeignHow How) {
  NoteCallCrossing(S, Callee, P, How);
}

// Nearly every callee is found instrumented or the system's once: its
// calls then cost a load and a branch here (optnone code calls these
// without the pass's inline test), with no register saved.
ALWAYS_INLINE bool CrossesNothing(const memscope_site *S, const void *P) {
  return !P || atomic_load_relaxed(reinterpret_cast<const atomic_uint8_t *>(
                   &S->Family)) == MEMSCOPE_CALLEE_KNOWN_HERE;
}

} // namespace

extern "C" SANITIZER_INTERFACE_ATTRIBUTE MEMSCOPE_SLOW_PATH void
__memscope_foreign_arg(memscope_site *S, void *Callee, const void *P) {
  if (!CrossesNothing(S, P))
    NoteCrossingSlow(S, Callee, P, ForeignHow::Handed);
}

extern "C" SANITIZER_INTERFACE_ATTRIBUTE MEMSCOPE_SLOW_PATH void
__memscope_foreign_result(memscope_site *S, void *Callee, const void *P) {
  if (!CrossesNothing(S, P))
    NoteCrossingSlow(S, Callee, P, ForeignHow::Received);
}

extern "C" SANITIZER_INTERFACE_ATTRIBUTE void
__memscope_handed_to(const void *P, const char *Name) {
  NoteAnnotatedCrossing(P, Name, ForeignHow::Handed, GET_CALLER_PC());
}

extern "C" SANITIZER_INTERFACE_ATTRIBUTE void
__memscope_received_from(const void *P, const char *Name) {
  NoteAnnotatedCrossing(P, Name, ForeignHow::Received, GET_CALLER_PC());
}

extern "C" SANITIZER_INTERFACE_ATTRIBUTE void
__memscope_handle_opened(const void *Handle, const char *Kind) {
  EnsureInited();
  if (!Handle)
    return;
  MEMSCOPE_STACK_MALLOC;
  void *StandIn = MemscopeMalloc(1, &stack);
  if (!StandIn)
    return;
  memscope_site *Site = AnnotationSite(MEMSCOPE_OP_ALLOC_TYPE, Kind);
  if (Site)
    __memscope_alloc_type(Site, StandIn);
  ChunkView C = FindHeapChunk(reinterpret_cast<uptr>(StandIn));
  SpinMutexLock L(&OpenHandlesMu);
  if (!OpenHandles)
    OpenHandles = static_cast<OpenHandle *>(
        MmapOrDie(kMaxOpenHandles * sizeof(OpenHandle), "memscope handles"));
  if (NumOpenHandles == kMaxOpenHandles) {
    __lsan_ignore_object(StandIn); // untracked: never a false leak
    return;
  }
  OpenHandles[NumOpenHandles++] = {reinterpret_cast<uptr>(Handle),
                                   HiddenAddr(reinterpret_cast<uptr>(StandIn)),
                                   C.AllocStack, Site};
}

extern "C" SANITIZER_INTERFACE_ATTRIBUTE void
__memscope_handle_closed(const void *Handle) {
  uptr StandIn = 0;
  {
    SpinMutexLock L(&OpenHandlesMu);
    // The most recent first: handles are closed in the reverse order of
    // opening more often than not.
    for (uptr I = NumOpenHandles; I > 0; --I)
      if (OpenHandles[I - 1].Handle == reinterpret_cast<uptr>(Handle)) {
        StandIn = HiddenAddr(OpenHandles[I - 1].HiddenStandIn);
        OpenHandles[I - 1] = OpenHandles[--NumOpenHandles];
        break;
      }
  }
  if (!StandIn)
    return; // not opened, or opened before memscope could see it
  MEMSCOPE_STACK_FREE;
  MemscopeFree(reinterpret_cast<void *>(StandIn), AllocKind::Malloc, 0, 0,
               &stack);
}
