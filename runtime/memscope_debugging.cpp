//===- memscope_debugging.cpp - ASan's debugging interface ----------------===//
//
// The functions of <sanitizer/asan_interface.h> and
// <sanitizer/common_interface_defs.h> that a debugger, a test harness or a
// program calls to ask about memory rather than to check it: what an
// address is (__asan_locate_address), where the shadow is, writing shadow
// bytes directly, reporting an error found elsewhere, re-dating an
// allocation, and the live heap grouped by allocation stack
// (__sanitizer_print_memory_profile).
//
// See also: memscope_report.cpp (the report queries), include/memscope/
// interface.inc.
//===----------------------------------------------------------------------===//
#include "memscope_allocator.h"
#include "memscope_globals.h"
#include "memscope_interface.h"
#include "memscope_mapping.h"
#include "memscope_report.h"
#include "memscope_stack.h"
#include "memscope_stack_frames.h"

#include "memscope/abi.h"

#include "sanitizer_common/sanitizer_common.h"
#include "sanitizer_common/sanitizer_stackdepot.h"

using namespace memscope;

namespace {

// One allocation stack's share of the live heap.
struct ProfileSite {
  u32 Stack;
  uptr Bytes;
  uptr Count;
};

struct ProfileTotals {
  InternalMmapVector<ProfileSite> Sites; // one per chunk, merged later
  uptr Bytes = 0, Chunks = 0;
};

} // namespace

extern "C" {

SANITIZER_INTERFACE_ATTRIBUTE const char *
__asan_locate_address(void *Addr, char *Name, uptr NameSize,
                      void **RegionAddress, uptr *RegionSize) {
  uptr A = reinterpret_cast<uptr>(Addr);
  uptr Beg = 0, Size = 0;
  const char *Kind = "heap-invalid";
  if (Name && NameSize)
    Name[0] = '\0';
  if (A >= kLowShadowBeg && A <= kLowShadowEnd) {
    Kind = "low shadow";
  } else if (A >= kShadowGapBeg && A <= kShadowGapEnd) {
    Kind = "shadow gap";
  } else if (A >= kHighShadowBeg && A <= kHighShadowEnd) {
    Kind = "high shadow";
  } else if (ChunkView C = FindHeapChunk(A); C.Valid) {
    Kind = "heap";
    Beg = C.UserBeg;
    Size = C.UserSize;
  } else if (LocateStackVariable(A, Name, NameSize, &Beg, &Size,
                                 /*Tid=*/nullptr, /*Nearest=*/true)) {
    Kind = "stack";
  } else if (const memscope_global *G = FindGlobalOrRedzoneAt(A)) {
    Kind = "global";
    if (Name && NameSize)
      internal_strlcpy(Name, G->Name, NameSize);
    Beg = reinterpret_cast<uptr>(G->Beg);
    Size = G->Size;
  }
  if (RegionAddress)
    *RegionAddress = reinterpret_cast<void *>(Beg);
  if (RegionSize)
    *RegionSize = Size;
  return Kind;
}

SANITIZER_INTERFACE_ATTRIBUTE void __asan_get_shadow_mapping(uptr *Scale,
                                                             uptr *Offset) {
  if (Scale)
    *Scale = kShadowScale;
  if (Offset)
    *Offset = kShadowOffset;
}

// Shadow bytes written directly: Addr is a shadow address (as ASan's
// instrumentation calls them).
#define MEMSCOPE_SET_SHADOW(Suffix, Value)                                     \
  SANITIZER_INTERFACE_ATTRIBUTE void __asan_set_shadow_##Suffix(uptr Addr,     \
                                                                uptr Size) {   \
    FastMemset(reinterpret_cast<void *>(Addr), Value, Size);                   \
  }
MEMSCOPE_SET_SHADOW(00, 0x00)
MEMSCOPE_SET_SHADOW(01, 0x01)
MEMSCOPE_SET_SHADOW(02, 0x02)
MEMSCOPE_SET_SHADOW(03, 0x03)
MEMSCOPE_SET_SHADOW(04, 0x04)
MEMSCOPE_SET_SHADOW(05, 0x05)
MEMSCOPE_SET_SHADOW(06, 0x06)
MEMSCOPE_SET_SHADOW(07, 0x07)
MEMSCOPE_SET_SHADOW(f1, 0xf1)
MEMSCOPE_SET_SHADOW(f2, 0xf2)
MEMSCOPE_SET_SHADOW(f3, 0xf3)
MEMSCOPE_SET_SHADOW(f5, 0xf5)
MEMSCOPE_SET_SHADOW(f8, 0xf8)
#undef MEMSCOPE_SET_SHADOW

// An error the caller found (a custom check, a JIT's): reported as if an
// instrumented access of Size bytes at Addr had found it.
SANITIZER_INTERFACE_ATTRIBUTE void __asan_report_error(void *Pc, void *Bp,
                                                       void *Sp, void *Addr,
                                                       int IsWrite, uptr Size) {
  uptr A = reinterpret_cast<uptr>(Addr);
  ReportAccessError(reinterpret_cast<uptr>(Pc), reinterpret_cast<uptr>(Bp),
                    reinterpret_cast<uptr>(Sp), A, Size, IsWrite != 0, A);
}

// The caller's stack, symbolized, as a report prints it; frame #0 is
// this function, as in ASan, so frames are numbered as there. The unwind
// starts at the caller, which the frame pointers reach where the program
// has no unwind tables.
SANITIZER_INTERFACE_ATTRIBUTE void __sanitizer_print_stack_trace() {
  GET_CALLER_PC_BP;
  MEMSCOPE_STACK_FATAL(pc, bp);
  uptr Frames[kStackTraceMax];
  uptr N = 0;
  Frames[N++] = StackTrace::GetCurrentPc();
  for (uptr I = 0; I < stack.size && N < kStackTraceMax; ++I)
    Frames[N++] = stack.trace[I];
  StackTrace(Frames, N).Print();
}

// Called just before the process dies of a report (ASan's name for
// sanitizer_common's die callback).
SANITIZER_INTERFACE_ATTRIBUTE void __asan_set_death_callback(void (*Fn)(void)) {
  SetUserDieCallback(Fn);
}

// ASan's allocator statistics have no counterpart; the live heap by stack
// is __sanitizer_print_memory_profile's.
SANITIZER_INTERFACE_ATTRIBUTE void __asan_print_accumulated_stats() {
  PrintAllocatorStats();
}

SANITIZER_INTERFACE_ATTRIBUTE void __asan_handle_no_return() {
  __memscope_handle_no_return();
}

// The block's allocation stack and thread become the caller's (a pool that
// hands out blocks it allocated long ago).
SANITIZER_INTERFACE_ATTRIBUTE int __asan_update_allocation_context(void *P) {
  MEMSCOPE_STACK_MALLOC;
  return UpdateAllocationContext(reinterpret_cast<uptr>(P), &stack);
}

// The live heap by allocation stack, largest first: the stacks holding the
// first TopPercent of the bytes, at most MaxContexts of them.
SANITIZER_INTERFACE_ATTRIBUTE void
__sanitizer_print_memory_profile(uptr TopPercent, uptr MaxContexts) {
  ProfileTotals T;
  ForEachLiveChunk(
      [](const ChunkView &C, void *Arg) {
        auto *T = static_cast<ProfileTotals *>(Arg);
        T->Sites.push_back({C.AllocStack, C.UserSize, 1});
        T->Bytes += C.UserSize;
        ++T->Chunks;
      },
      &T);
  InternalMmapVector<ProfileSite> &S = T.Sites;
  Sort(S.data(), S.size(), [](const ProfileSite &A, const ProfileSite &B) {
    return A.Stack < B.Stack;
  });
  uptr Merged = 0;
  for (uptr I = 0; I < S.size(); ++I) {
    if (Merged && S[Merged - 1].Stack == S[I].Stack) {
      S[Merged - 1].Bytes += S[I].Bytes;
      ++S[Merged - 1].Count;
    } else {
      S[Merged++] = S[I];
    }
  }
  S.resize(Merged);
  Sort(S.data(), S.size(), [](const ProfileSite &A, const ProfileSite &B) {
    return A.Bytes > B.Bytes;
  });
  Printf("Live Heap Allocations: %zu bytes in %zu chunks; showing top %zu%% "
         "(at most %zu unique contexts)\n",
         T.Bytes, T.Chunks, TopPercent, MaxContexts);
  uptr Shown = 0;
  for (uptr I = 0; I < S.size() && I < MaxContexts; ++I) {
    if (Shown * 100 >= T.Bytes * TopPercent)
      break;
    Printf("%zu byte(s) (%zu%%) in %zu allocation(s)\n", S[I].Bytes,
           T.Bytes ? S[I].Bytes * 100 / T.Bytes : 0, S[I].Count);
    StackDepotGet(S[I].Stack).Print();
    Shown += S[I].Bytes;
  }
}

} // extern "C"
