//===- memscope_front_end.cpp - what clang's ASan front end calls ---------===//
//
// The clang drivers compile with clang's -fsanitize=address front end (so
// `__has_feature(address_sanitizer)` holds and `no_sanitize("address")` is
// honoured; pass/Attributes.h) and switch each of AddressSanitizer's own
// instrumentations off. What clang's code generation and that pass still
// emit calls into the runtime:
//   - __asan_init, from the module constructor AddressSanitizer adds (the
//     runtime starts from memscope's own constructor and preinit entry);
//   - __asan_poison_cxx_array_cookie and __asan_load_cxx_array_cookie, around
//     the element count `new T[n]` stores in front of an array whose type
//     has a destructor: the count is poisoned (shadow 0xac), so a program
//     that writes it is told (heap-buffer-overflow), and `delete[]` of an
//     array freed already runs no destructor with a count read from freed
//     memory before the double free is reported;
//   - __asan_poison_intra_object_redzone and its unpoison, from the
//     constructors and destructors of classes clang pads between fields
//     (-fsanitize-address-field-padding=1): an access into the padding is an
//     intra-object-overflow;
//   - __sanitizer_ptr_cmp and __sanitizer_ptr_sub, before each comparison
//     and subtraction of two pointers when the program is built with
//     `-mllvm -asan-detect-invalid-pointer-pair` (the one instrumentation
//     of that pass the drivers leave to the user): with
//     detect_invalid_pointer_pairs=1 (2: null pointers too) two pointers
//     into different objects, or into freed memory, are an
//     invalid-pointer-pair, as C and C++ leave such comparisons undefined.
//
// See also: pass/Attributes.h, utils/memscope-clang.in, docs/Reports.md.
//===----------------------------------------------------------------------===//
#include "memscope_allocator.h"
#include "memscope_flags.h"
#include "memscope_globals.h"
#include "memscope_interface.h"
#include "memscope_mapping.h"
#include "memscope_report.h"
#include "memscope_stack.h"
#include "memscope_stack_frames.h"
#include "memscope_thread.h"

#include "memscope/abi.h"

#include "sanitizer_common/sanitizer_common.h"

using namespace memscope;

// Whether Left < Right point into different objects (ASan's rules: close
// pointers must have no poisoned byte between them; far ones must be in
// the same stack variable, the same live heap block, or the same global;
// pointers into memory memscope knows nothing of are fine).
static bool IsInvalidPointerPair(uptr Left, uptr Right) {
  constexpr uptr kNear = 2048;
  if (Right - Left <= kNear)
    return FindPoisonedByte(Left, Right - Left) != 0;
  // A variable on this thread's stack (or fake stack); another thread's
  // locals are not looked at, as under ASan.
  auto OwnLocal = [](uptr A, uptr *Beg) {
    uptr Size;
    u32 Tid;
    return LocateStackVariable(A, nullptr, 0, Beg, &Size, &Tid) &&
           Tid == CurrentTid();
  };
  // One past an object's end belongs to the object: Right - 1 is looked up
  // first.
  auto OwnLocalEnd = [&](uptr A, uptr *Beg) {
    return OwnLocal(A - 1, Beg) || OwnLocal(A, Beg);
  };
  uptr Beg1, Beg2;
  if (OwnLocal(Left, &Beg1))
    return !OwnLocalEnd(Right, &Beg2) || Beg1 != Beg2;
  auto InLiveBlock = [](uptr A, ChunkView *C) {
    *C = FindHeapChunk(A);
    return C->Valid && C->State == ChunkState::Allocated &&
           A >= C->UserBeg && A <= C->UserEnd();
  };
  ChunkView C1, C2;
  if (InLiveBlock(Left, &C1))
    return !InLiveBlock(Right, &C2) || C1.UserBeg != C2.UserBeg;
  // A global, or its redzone: both must be inside the same global.
  if (FindGlobalOrRedzoneAt(Left)) {
    const memscope_global *G1 = FindGlobalAt(Left);
    return !G1 || FindGlobalAt(Right - 1) != G1;
  }
  return OwnLocalEnd(Right, &Beg2) || InLiveBlock(Right, &C2) ||
         FindGlobalOrRedzoneAt(Right - 1);
}

static void CheckPointerPair(uptr A1, uptr A2, uptr Pc, uptr Bp) {
  int Mode = flags()->detect_invalid_pointer_pairs;
  if (Mode <= 0 || A1 == A2 || (Mode == 1 && (!A1 || !A2)))
    return;
  if (!IsInvalidPointerPair(Min(A1, A2), Max(A1, A2)))
    return;
  MEMSCOPE_STACK_FATAL(Pc, Bp);
  ReportInvalidPointerPair(A1, A2, &stack);
}

extern "C" {

// The runtime is up by then (preinit); with start_deactivated, a module
// built by clang's ASan front end activates it as one of memscope's does.
SANITIZER_INTERFACE_ATTRIBUTE void __asan_init() {
  EnsureInited();
  MaybeActivate();
}

SANITIZER_INTERFACE_ATTRIBUTE void __asan_poison_cxx_array_cookie(uptr P) {
  if (!flags()->poison_array_cookie || !AddrIsInMem(P))
    return;
  // The cookie is the 8-byte word in front of the elements, at the start
  // of its granule (operator new[] returns granule-aligned memory).
  *ShadowByte(P) = static_cast<s8>(MEMSCOPE_MAGIC_ARRAY_COOKIE);
}

SANITIZER_INTERFACE_ATTRIBUTE uptr __asan_load_cxx_array_cookie(uptr *P) {
  uptr A = reinterpret_cast<uptr>(P);
  if (!flags()->poison_array_cookie || !AddrIsInMem(A))
    return *P;
  u8 Shadow = static_cast<u8>(*ShadowByte(A));
  // Freed: the delete[] that follows is a double free, reported by the
  // allocator; a count of 0 runs no destructor on freed memory first.
  if (Shadow == MEMSCOPE_MAGIC_HEAP_FREED) {
    Report("memscope: loaded array cookie from free-d memory; expect a "
           "double-free report\n");
    return 0;
  }
  // In a block's left redzone, just before a live block that a plain new
  // made: `delete[]` of what `new` allocated, which has no cookie. The
  // word there is the allocator's, and a count read from it would run
  // destructors far past the object (ASan's report then depends on what
  // its header holds). The mismatch is reported before any destructor
  // runs; recovering, none does.
  if (Shadow == MEMSCOPE_MAGIC_HEAP_LEFT_REDZONE &&
      flags()->alloc_dealloc_mismatch) {
    ChunkView C = FindHeapChunk(A + sizeof(uptr));
    if (C.Valid && C.State == ChunkState::Allocated &&
        C.UserBeg == A + sizeof(uptr) && C.Kind == AllocKind::New) {
      MEMSCOPE_STACK_FATAL_HERE;
      ReportAllocDeallocMismatch(C.UserBeg, C.Kind, AllocKind::NewArray,
                                 &stack);
      return 0;
    }
  }
  // Poisoned (the common case) or never poisoned (an operator new[] of the
  // class's own): the count as stored.
  return *P;
}

// Clang's padding ends on a granule boundary and may start inside one (the
// field before it ends there): that granule keeps its addressable prefix.
static void SetIntraObjectRedzone(uptr P, uptr Size, bool Poison) {
  uptr End = P + Size;
  if (!IsAligned(End, kGranule) || !AddrIsInMem(P) || !AddrIsInMem(End - 1))
    return;
  if (!IsAligned(P, kGranule)) {
    *ShadowByte(P) = Poison ? static_cast<s8>(P % kGranule) : 0;
    P = RoundUpTo(P, kGranule);
  }
  if (End > P)
    PoisonShadow(P, End - P, Poison ? MEMSCOPE_MAGIC_INTRA_OBJECT_REDZONE : 0);
}

SANITIZER_INTERFACE_ATTRIBUTE void __asan_poison_intra_object_redzone(uptr P,
                                                                     uptr Size) {
  SetIntraObjectRedzone(P, Size, true);
}

SANITIZER_INTERFACE_ATTRIBUTE void
__asan_unpoison_intra_object_redzone(uptr P, uptr Size) {
  SetIntraObjectRedzone(P, Size, false);
}

SANITIZER_INTERFACE_ATTRIBUTE void __sanitizer_ptr_cmp(void *A, void *B) {
  GET_CALLER_PC_BP;
  CheckPointerPair(reinterpret_cast<uptr>(A), reinterpret_cast<uptr>(B), pc,
                   bp);
}

SANITIZER_INTERFACE_ATTRIBUTE void __sanitizer_ptr_sub(void *A, void *B) {
  GET_CALLER_PC_BP;
  CheckPointerPair(reinterpret_cast<uptr>(A), reinterpret_cast<uptr>(B), pc,
                   bp);
}

} // extern "C"
