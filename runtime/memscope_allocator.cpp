//===- memscope_allocator.cpp - the checked heap --------------------------===//
//
// sanitizer_common's CombinedAllocator (size-class primary at a fixed range,
// mmap secondary for large chunks) wrapped with redzones, chunk headers and a
// quarantine; the layout is drawn in memscope_allocator.h.
//
// Hot path discipline: no locks or syscalls on malloc/free except when a
// per-thread cache refills or drains; per-thread state lives in initial-exec
// TLS and an mmap'ed MallocStorage.
//
// See also: memscope_allocator.h, memscope_mapping.h, memscope_report.cpp.
//===----------------------------------------------------------------------===//
#include "memscope_allocator.h"
#include "memscope_foreign.h"
#include "memscope_flags.h"
#include "memscope_mapping.h"
#include "memscope_monitor.h"
#include "memscope_report.h"
#include "memscope_stack.h"
#include "memscope_thread.h"

#include "sanitizer_common/sanitizer_allocator.h"
#include "sanitizer_common/sanitizer_allocator_checks.h"
#include "sanitizer_common/sanitizer_allocator_internal.h"
#include "sanitizer_common/sanitizer_atomic.h"
#include "sanitizer_common/sanitizer_errno.h"
#include "sanitizer_common/sanitizer_placement_new.h"
#include "sanitizer_common/sanitizer_quarantine.h"
#include "sanitizer_common/sanitizer_stackdepot.h"

#include "interception/interception.h"
#include "lsan/lsan_common.h"

#include <pthread.h>

namespace memscope {

MEMSCOPE_TLS RecentBlock LastAllocated;

namespace {

// flags()->malloc_fill_byte, max_malloc_fill_size and poison_partial,
// read on every allocation.
u8 MallocFillByte;
uptr MallocFillSize;
bool PoisonPartial = true;
// flags()->soft_rss_limit_mb is set: allocations ask whether it is exceeded.
bool SoftRssLimit;
// Whether the heap's shadow is kept: off in leak-only builds, with
// poison_heap=0, and until activation with start_deactivated=1. It only
// ever turns on (ActivateAllocator), and then every block is repoisoned.
bool PoisonHeap;

constexpr uptr kChunkHeaderSize = 16;
// User memory reserved in every chunk even for malloc(0): room for FreedInfo.
constexpr uptr kMinUserReserve = 16;
// malloc's alignment: max_align_t on x86_64.
constexpr uptr kDefaultAlignment = 16;
// Written at alloc_beg when the header is not there; its low byte is not a
// valid ChunkState, so it never reads as a header.
constexpr uptr kAllocBegMagic = 0xCC6E96B9CC6E96B9ULL;
constexpr uptr kMaxAllowedMallocSize = 1ULL << 40;

// An alignment the program asked for, in three bits: 0 for the default
// (16 or less: malloc's, and plain new's __STDCPP_DEFAULT_NEW_ALIGNMENT__),
// else log2 - 3, at most 512 (6). Alignments above 512 all read as 512, as
// in ASan, whose tests assert that a delete assuming 512 of a 1024-aligned
// new goes unreported.
u8 AlignmentLog(uptr Alignment) {
  if (Alignment <= 16)
    return 0;
  if (Alignment > 512)
    Alignment = 512;
  return static_cast<u8>(Log2(RoundUpToPowerOfTwo(Alignment)) - 3);
}

struct ChunkHeader {
  atomic_uint8_t State;
  u8 Kind : 2;
  u8 FromMemalign : 1;
  u8 LsanTag : 2; // __lsan::ChunkTag, set by the leak checker
  u8 AlignmentLog : 3; // AlignmentLog() of the alignment the caller asked
  u16 SizeHi;
  u32 SizeLo;
  u32 AllocTid;
  u32 AllocStack;

  uptr UserBeg() const {
    return reinterpret_cast<uptr>(this) + kChunkHeaderSize;
  }
  uptr UserSize() const { return (static_cast<uptr>(SizeHi) << 32) | SizeLo; }
  void SetUserSize(uptr Size) {
    SizeLo = static_cast<u32>(Size);
    SizeHi = static_cast<u16>(Size >> 32);
  }
  ChunkState LoadState() const {
    return static_cast<ChunkState>(
        atomic_load(&State, memory_order_acquire));
  }
};
static_assert(sizeof(ChunkHeader) == kChunkHeaderSize, "header size");

// Kept in the first bytes of user memory while a chunk is quarantined. The
// passport is copied from the block's metadata at free, while that line is
// likely still cached, so that recycling the chunk (a quarantine's worth of
// frees later, when it is not) reads only the chunk's own line.
// In the first 8 bytes of a freed block's user memory, as ASan keeps its
// free stack there: no more of what the program left in the block is
// overwritten (a second drop of a freed Rust value reads its fields
// before the double free is found). The passport stays in the metadata.
struct FreedInfo {
  u32 FreeTid;
  u32 FreeStack;
};
static_assert(sizeof(FreedInfo) == 8, "as much as ASan overwrites");
static_assert(sizeof(FreedInfo) <= kMinUserReserve, "freed info size");

FreedInfo *GetFreedInfo(ChunkHeader *M) {
  return reinterpret_cast<FreedInfo *>(M->UserBeg());
}

// New primary memory starts fully poisoned; chunks are unpoisoned as they
// are handed out. A secondary mapping is one chunk, handed out at once:
// poisoning its shadow whole, for Allocate to clear most of it again,
// would write (and make resident) an eighth of a large block. Only what
// lies outside the range the allocator returns is poisoned here; Allocate
// poisons the redzones inside it, over the mapping's zero shadow.
struct MapUnmapCallback {
  void OnMap(uptr P, uptr Size) const {
    if (PoisonHeap)
      PoisonShadow(P, Size, MEMSCOPE_MAGIC_HEAP_LEFT_REDZONE);
  }
  void OnMapSecondary(uptr P, uptr Size, uptr UserBegin, uptr UserSize) const {
    if (!PoisonHeap)
      return;
    PoisonShadow(P, UserBegin - P, MEMSCOPE_MAGIC_HEAP_LEFT_REDZONE);
    uptr End = RoundUpTo(UserBegin + UserSize, kGranule);
    if (End < P + Size)
      PoisonShadow(End, P + Size - End, MEMSCOPE_MAGIC_HEAP_LEFT_REDZONE);
  }
  void OnUnmap(uptr P, uptr Size) const { PoisonShadow(P, Size, 0); }
};

struct AP64 {
  static const uptr kSpaceBeg = kPrimarySpaceBeg;
  static const uptr kSpaceSize = kPrimarySpaceSize;
  static const uptr kMetadataSize = sizeof(BlockMeta);
  using SizeClassMap = DefaultSizeClassMap;
  using MapUnmapCallback = memscope::MapUnmapCallback;
  static const uptr kFlags = 0;
  using AddressSpaceView = LocalAddressSpaceView;
};
using Primary64 = SizeClassAllocator64<AP64>;

// A thread's cache of free primary chunks, by size class: what
// sanitizer_common's SizeClassAllocator64LocalCache does, without its
// statistics, whose atomic add on every malloc and free (a locked
// instruction) cost a heap-heavy program about 5%. memscope counts live
// memory when asked instead (__sanitizer_get_current_allocated_bytes).
class ThreadChunkCache {
public:
  void Init(AllocatorGlobalStats *) {}
  void Destroy(Primary64 *A, AllocatorGlobalStats *) { Drain(A); }

  void *Allocate(Primary64 *A, uptr ClassId) {
    PerClass &C = Classes[ClassId];
    if (UNLIKELY(C.Count == 0) && !Refill(C, A, ClassId))
      return nullptr;
    uptr Region = A->GetRegionBeginBySizeClass(ClassId);
    return reinterpret_cast<void *>(
        A->CompactPtrToPointer(Region, C.Chunks[--C.Count]));
  }

  void Deallocate(Primary64 *A, uptr ClassId, void *P) {
    PerClass &C = Classes[ClassId];
    if (UNLIKELY(C.Count == MaxCount(C, ClassId)))
      Return(C, A, ClassId, C.Count / 2);
    uptr Region = A->GetRegionBeginBySizeClass(ClassId);
    C.Chunks[C.Count++] =
        A->PointerToCompactPtr(Region, reinterpret_cast<uptr>(P));
  }

  // Gives every cached chunk back (the thread ends).
  void Drain(Primary64 *A) {
    for (uptr ClassId = 1; ClassId < kNumClasses; ++ClassId)
      if (Classes[ClassId].Count)
        Return(Classes[ClassId], A, ClassId, Classes[ClassId].Count);
  }

private:
  using SizeClassMap = Primary64::SizeClassMapT;
  static constexpr uptr kNumClasses = SizeClassMap::kNumClasses;
  struct PerClass {
    u32 Count;
    u32 Max; // 0 until the class is first used
    Primary64::CompactPtrT Chunks[2 * SizeClassMap::kMaxNumCachedHint];
  };
  PerClass Classes[kNumClasses];
  // What the primary counts when it maps memory for a refill; unread.
  AllocatorStats MapStats;

  static u32 MaxCount(PerClass &C, uptr ClassId) {
    if (UNLIKELY(!C.Max))
      C.Max = static_cast<u32>(
          2 * SizeClassMap::MaxCachedHint(Primary64::ClassIdToSize(ClassId)));
    return C.Max;
  }

  NOINLINE bool Refill(PerClass &C, Primary64 *A, uptr ClassId) {
    u32 Wanted = MaxCount(C, ClassId) / 2;
    if (!A->GetFromAllocator(&MapStats, ClassId, C.Chunks, Wanted))
      return false;
    C.Count = Wanted;
    return true;
  }

  // The last N cached chunks go back to the primary.
  NOINLINE void Return(PerClass &C, Primary64 *A, uptr ClassId, u32 N) {
    Primary64::MemoryMapperT Mapper(*A);
    C.Count -= N;
    A->ReturnToAllocator(&Mapper, &MapStats, ClassId, &C.Chunks[C.Count], N);
  }
};

struct PrimaryAllocator : Primary64 {
  using AllocatorCache = ThreadChunkCache;
};
using Allocator = CombinedAllocator<PrimaryAllocator>;
using AllocatorCache = Allocator::AllocatorCache;

Allocator TheAllocator;

// --- the primary allocator's arithmetic, without its division ----------------
//
// PrimarySlotOf (memscope_allocator.h), from the divisors set up here.

static_assert(kPrimaryClassesRounded == PrimaryAllocator::kNumClassesRounded,
              "memscope_allocator.h's region size is SizeClassAllocator64's");

void InitializeDivisors() {
  for (uptr C = 1; C < PrimaryAllocator::kNumClasses; ++C) {
    uptr Size = PrimaryAllocator::SizeClassMapT::Size(C);
    PrimaryDivisors[C] = {Size, ~u64(0) / Size + 1};
  }
}

ALWAYS_INLINE BlockMeta *MetaOf(void *AllocBeg) {
  BlockMeta *Meta;
  if (IsPrimaryHeapAddress(reinterpret_cast<uptr>(AllocBeg)) &&
      PrimarySlotOf(reinterpret_cast<uptr>(AllocBeg), &Meta))
    return Meta;
  return static_cast<BlockMeta *>(TheAllocator.GetMetaData(AllocBeg));
}

// The start of the block P lies in (live or not), or null. A primary slot
// whose first granule is poisoned is mapped (new memory is poisoned as the
// allocator maps it, and a block's first granule is a redzone or its
// header, never unpoisoned); any other P is left to the allocator.
ALWAYS_INLINE void *BlockBeginOf(uptr P) {
  BlockMeta *Meta;
  if (IsPrimaryHeapAddress(P)) {
    uptr Beg = PrimarySlotOf(P, &Meta);
    if (Beg && *ShadowByte(Beg))
      return reinterpret_cast<void *>(Beg);
  }
  return TheAllocator.GetBlockBegin(reinterpret_cast<void *>(P));
}

// A chunk's block start, the chunk known to be one.
void *BlockBeginOfChunk(ChunkHeader *M, BlockMeta **Meta) {
  uptr P = reinterpret_cast<uptr>(M);
  if (IsPrimaryHeapAddress(P))
    if (uptr Beg = PrimarySlotOf(P, Meta))
      return reinterpret_cast<void *>(Beg);
  void *Beg = TheAllocator.GetBlockBegin(M);
  *Meta = MetaOf(Beg);
  return Beg;
}

// The block's passport: that of its current (or last) chunk.
PassportId *PassportSlot(void *AllocBeg) { return &MetaOf(AllocBeg)->Passport; }

// The last two chunks evicted from each of kEvictedSetsLog groups of
// blocks: enough to tell, in a report, what an address held before it was
// reused. Written at every eviction, so it is kept small enough (256 KiB)
// to stay in cache: a 3 MiB table cost a cache miss per free. A set is one
// cache line of two slots, so an eviction whose block shares a set with a
// recent one (a mapping of the secondary allocator lands anywhere) does not
// forget it. Read by reports; a reader checks the block and passport it
// expects, so a slot overwritten meanwhile is simply not found.
constexpr uptr kEvictedSetsLog = 12;
struct EvictedSlot {
  atomic_uintptr_t AllocBeg;
  EvictedChunk Chunk;
};
struct alignas(64) EvictedSet {
  EvictedSlot Slot[2];
};
static_assert(sizeof(EvictedSet) == 64, "one set per cache line");
EvictedSet *EvictedCache;

EvictedSet &EvictedSetFor(uptr AllocBeg) {
  return EvictedCache[((AllocBeg >> 4) * 0x9E3779B97F4A7C15ULL) >>
                      (64 - kEvictedSetsLog)];
}

// The slot an eviction of AllocBeg overwrites: the block's own (its latest
// occupant replaces an earlier one), else an empty one, else the older.
EvictedSlot &VictimSlot(EvictedSet &Set, uptr AllocBeg) {
  EvictedSlot &A = Set.Slot[0], &B = Set.Slot[1];
  uptr BegA = atomic_load_relaxed(&A.AllocBeg);
  uptr BegB = atomic_load_relaxed(&B.AllocBeg);
  if (BegA == AllocBeg)
    return A;
  if (BegB == AllocBeg)
    return B;
  if (BegA == 0 || BegB == 0)
    return BegA == 0 ? A : B;
  return A.Chunk.Passport < B.Chunk.Passport ? A : B;
}

void RememberEvicted(ChunkHeader *M, void *AllocBeg, PassportId Passport) {
  uptr Beg = reinterpret_cast<uptr>(AllocBeg);
  EvictedSlot &S = VictimSlot(EvictedSetFor(Beg), Beg);
  atomic_store(&S.AllocBeg, 0, memory_order_relaxed);
  S.Chunk = {Passport,
             Saturate<u32>(M->UserSize()),
             M->AllocStack,
             GetFreedInfo(M)->FreeStack,
             Saturate<u16>(M->AllocTid),
             Saturate<u16>(GetFreedInfo(M)->FreeTid)};
  atomic_store(&S.AllocBeg, Beg, memory_order_release);
}

// Quarantine batches come from the internal allocator, so heap lookups never
// mistake one for a user chunk.
struct QuarantineCallback {
  explicit QuarantineCallback(AllocatorCache *Cache) : Cache(Cache) {}

  // The chunk leaves quarantine: its memory becomes reusable.
  // Only the thread recycling a batch changes a quarantined chunk's state
  // (a free of it finds it quarantined and reports, writing nothing), so
  // no locked instruction is needed here.
  void Recycle(ChunkHeader *M) const {
    if (atomic_load(&M->State, memory_order_acquire) !=
        static_cast<u8>(ChunkState::Quarantined))
      return; // Already recycled; never deallocate twice.
    atomic_store_relaxed(&M->State, static_cast<u8>(ChunkState::Available));
    BlockMeta *Meta;
    void *AllocBeg = BlockBeginOfChunk(M, &Meta);
    // A secondary chunk is unmapped, its shadow cleared (OnUnmap).
    if (PoisonHeap && TheAllocator.FromPrimary(AllocBeg))
      PoisonShadow(M->UserBeg(), RoundUpTo(M->UserSize(), kGranule),
                   MEMSCOPE_MAGIC_HEAP_LEFT_REDZONE);
    PassportId Passport = Meta->Passport;
    if (TraceActive)
      TraceEvicted(Passport);
    // What reports of a reused address say; leak-only builds make none.
    if (!LeakOnlyBuild)
      RememberEvicted(M, AllocBeg, Passport);
    if (reinterpret_cast<uptr>(AllocBeg) != reinterpret_cast<uptr>(M)) {
      uptr *Magic = reinterpret_cast<uptr *>(AllocBeg);
      Magic[0] = 0;
      Magic[1] = 0;
    }
    TheAllocator.Deallocate(Cache, AllocBeg);
  }
  // A chunk larger than the quarantine (or any, with the quarantine off)
  // is recycled at once, unpoisoned as freed: nothing would see it so.
  void RecyclePassThrough(ChunkHeader *M) const { Recycle(M); }
  void PreQuarantine(ChunkHeader *M) const {
    if (PoisonHeap)
      PoisonShadow(M->UserBeg(), RoundUpTo(M->UserSize(), kGranule),
                   MEMSCOPE_MAGIC_HEAP_FREED);
  }
  void *Allocate(uptr Size) const { return InternalAlloc(Size); }
  void Deallocate(void *P) const { InternalFree(P); }

  AllocatorCache *Cache;
};

using MemscopeQuarantine = Quarantine<QuarantineCallback, ChunkHeader>;
using QuarantineCache = MemscopeQuarantine::Cache;

MemscopeQuarantine TheQuarantine(LINKER_INITIALIZED);

pthread_key_t MallocStorageKey;

} // namespace

// One per thread, created on the thread's first allocation and given back at
// thread exit through the pthread key's destructor.
struct MallocStorage {
  AllocatorCache Cache;
  QuarantineCache Quarantine;
};

namespace {

void DestroyMallocStorage(void *Arg) {
  auto *MS = static_cast<MallocStorage *>(Arg);
  TheQuarantine.Drain(&MS->Quarantine, QuarantineCallback(&MS->Cache));
  TheAllocator.SwallowCache(&MS->Cache);
  CurrentThread().Malloc = nullptr;
  UnmapOrDie(MS, sizeof(MallocStorage));
}

MallocStorage *CreateMallocStorage() {
  void *Mem = MmapOrDie(sizeof(MallocStorage), "malloc storage");
  auto *MS = new (Mem) MallocStorage();
  // No global stats registration: a dead thread's TLS must not stay linked.
  MS->Cache.Init(nullptr);
  CurrentThread().Malloc = MS;
  pthread_setspecific(MallocStorageKey, MS);
  return MS;
}

ALWAYS_INLINE MallocStorage *GetMallocStorage() {
  MallocStorage *MS = CurrentThread().Malloc;
  return LIKELY(MS) ? MS : CreateMallocStorage();
}

// Redzone size grows with the allocation, like ASan's: 16 bytes up to 48,
// then 32, 64, ... up to max_redzone.
uptr ComputeRedzone(uptr UserSize) {
  uptr Rz = UserSize <= 64 - 16            ? 16
            : UserSize <= 128 - 32         ? 32
            : UserSize <= 512 - 64         ? 64
            : UserSize <= 4096 - 128       ? 128
            : UserSize <= (1 << 14) - 256  ? 256
            : UserSize <= (1 << 15) - 512  ? 512
            : UserSize <= (1 << 16) - 1024 ? 1024
                                           : 2048;
  uptr Min = static_cast<uptr>(flags()->redzone);
  uptr Max = static_cast<uptr>(flags()->max_redzone);
  return Min > Rz ? Min : (Rz > Max ? Max : Rz);
}

ChunkHeader *ChunkFromAllocBeg(void *AllocBeg) {
  if (!AllocBeg)
    return nullptr;
  uptr *Words = reinterpret_cast<uptr *>(AllocBeg);
  if (Words[0] == kAllocBegMagic)
    return reinterpret_cast<ChunkHeader *>(Words[1]);
  return reinterpret_cast<ChunkHeader *>(AllocBeg);
}

// The chunk whose user memory starts exactly at P, whatever its state; null
// if P is not the start of any chunk (an interior or foreign pointer).
// AllocBeg receives the block's start.
ChunkHeader *ChunkFromUserBeg(uptr P, void **AllocBeg) {
  if (!IsAligned(P, kGranule))
    return nullptr;
  *AllocBeg = BlockBeginOf(P);
  ChunkHeader *M = ChunkFromAllocBeg(*AllocBeg);
  if (!M || M->UserBeg() != P)
    return nullptr;
  return M;
}

ChunkView ViewOf(void *AllocBeg) {
  ChunkView V;
  ChunkHeader *M = ChunkFromAllocBeg(AllocBeg);
  if (!M)
    return V;
  V.State = M->LoadState();
  if (V.State != ChunkState::Allocated && V.State != ChunkState::Quarantined)
    return V;
  V.Valid = true;
  BlockMeta *Meta = MetaOf(AllocBeg);
  V.Passport = Meta->Passport;
  V.Own.TypeSite = Meta->TypeSite;
  static_cast<OwnerFacts &>(V.Own) = FactsOf(Meta);
  V.AllocBeg = reinterpret_cast<uptr>(AllocBeg);
  V.Kind = static_cast<AllocKind>(M->Kind);
  V.UserBeg = M->UserBeg();
  V.UserSize = M->UserSize();
  V.AllocTid = M->AllocTid;
  V.AllocStack = M->AllocStack;
  V.Ignored = M->LsanTag == __lsan::kIgnored;
  if (V.State == ChunkState::Quarantined) {
    V.FreeTid = GetFreedInfo(M)->FreeTid;
    V.FreeStack = GetFreedInfo(M)->FreeStack;
  }
  return V;
}

void *ReturnNullOrReport(void (*Report)(uptr, uptr, BufferedStackTrace *),
                         uptr A, uptr B, BufferedStackTrace *Stack) {
  if (AllocatorMayReturnNull())
    return nullptr;
  Report(A, B, Stack);
  return nullptr;
}

void *Allocate(uptr Size, uptr Alignment, BufferedStackTrace *Stack,
               AllocKind Kind, bool Zero) {
  if (Alignment < kDefaultAlignment)
    Alignment = kDefaultAlignment;
  // malloc(0) gets a distinct pointer to a 0-byte region (at least
  // kMinUserReserve bytes are reserved below), so even p[0] is an overflow.
  uptr MaxSize = flags()->max_allocation_size_mb
                     ? static_cast<uptr>(flags()->max_allocation_size_mb) << 20
                     : kMaxAllowedMallocSize;
  if (UNLIKELY(Size > MaxSize || Size > kMaxAllowedMallocSize)) {
    if (AllocatorMayReturnNull()) {
      Report("WARNING: memscope failed to allocate 0x%zx bytes\n", Size);
      errno = errno_ENOMEM;
      return nullptr;
    }
    ReportAllocationSizeTooBig(Size, MaxSize, Stack);
    return nullptr;
  }
  // soft_rss_limit_mb: sanitizer_common's background thread says when.
  if (UNLIKELY(SoftRssLimit) && IsRssLimitExceeded()) {
    SetErrnoToENOMEM();
    if (AllocatorMayReturnNull())
      return nullptr;
    ReportRssLimitExceeded(Stack);
    return nullptr;
  }
  uptr Rz = ComputeRedzone(Size);
  uptr Rounded = RoundUpTo(Size > kMinUserReserve ? Size : kMinUserReserve,
                           kGranule);
  uptr Needed = Rounded + Rz;
  if (Alignment > kDefaultAlignment)
    Needed += Alignment;
  // Secondary (mmap) chunks have no neighbour whose left redzone guards
  // their end: give them their own right redzone.
  if (!PrimaryAllocator::CanAllocate(Needed, kDefaultAlignment))
    Needed += Rz;

  MallocStorage *MS = GetMallocStorage();
  void *Allocated = TheAllocator.Allocate(&MS->Cache, Needed, 8);
  if (UNLIKELY(!Allocated)) {
    SetErrnoToENOMEM();
    if (AllocatorMayReturnNull())
      return nullptr;
    ReportOutOfMemory(Size, Stack);
    return nullptr;
  }
  // The metadata is a cache line apart from the chunk: its miss overlaps
  // the stack depot's work below.
  BlockMeta *Meta = MetaOf(Allocated);
  __builtin_prefetch(Meta, /*rw=*/1);
  uptr AllocBeg = reinterpret_cast<uptr>(Allocated);
  uptr UserBeg = RoundUpTo(AllocBeg + Rz, Alignment);
  uptr ChunkBeg = UserBeg - kChunkHeaderSize;
  auto *M = reinterpret_cast<ChunkHeader *>(ChunkBeg);
  if (ChunkBeg != AllocBeg) {
    uptr *Words = reinterpret_cast<uptr *>(AllocBeg);
    Words[0] = kAllocBegMagic;
    Words[1] = ChunkBeg;
  }
  // The header is composed aside and stored whole, State last: setting
  // its bit-fields in place would read the chunk's first byte before
  // writing it, which on a fresh page maps the zero page and then copies
  // it, two page faults instead of one.
  ChunkHeader H = {};
  H.Kind = static_cast<u8>(Kind);
  H.FromMemalign = UserBeg != AllocBeg + Rz;
  // Blocks allocated inside __lsan_disable()/__lsan_enable() never leak.
  H.LsanTag = __lsan::DisabledInThisThread() ? __lsan::kIgnored
                                             : __lsan::kDirectlyLeaked;
  H.AlignmentLog = AlignmentLog(Alignment);
  H.SetUserSize(Size);
  H.AllocTid = CurrentTid();
  H.AllocStack = StackDepotPutCached(*Stack);
  constexpr uptr kAfterState = sizeof(H.State);
  __builtin_memcpy(reinterpret_cast<u8 *>(M) + kAfterState,
                   reinterpret_cast<const u8 *>(&H) + kAfterState,
                   sizeof(H) - kAfterState);
  if (LeakMonitorOn)
    MonitorAllocated(H.AllocStack, Size);
  PassportId Passport = NewPassportId();
  // The passport the block's memory had, if any: for the trace only. A
  // read would map the zero page on a fresh metadata page, and the write
  // below copy it: two faults instead of one.
  PassportId Previous = TraceActive ? Meta->Passport : kNoPassport;
  Meta->Passport = Passport;
  Meta->TypeSite = 0;
  Meta->FactsId = 0;
  LastAllocated = {HiddenAddr(UserBeg), Size, Meta};
  if (TraceActive)
    TraceAllocated(Passport, UserBeg, Size, H.AllocStack, Kind, Previous);
  if (PoisonHeap && !TheAllocator.FromPrimary(Allocated)) {
    // A new mapping (OnMapSecondary): its redzones are poisoned here.
    PoisonShadow(AllocBeg, UserBeg - AllocBeg, MEMSCOPE_MAGIC_HEAP_LEFT_REDZONE);
    uptr UserEnd = UserBeg + RoundUpTo(Size, kGranule);
    PoisonShadow(UserEnd, AllocBeg + Needed - UserEnd,
                 MEMSCOPE_MAGIC_HEAP_LEFT_REDZONE);
  }
  if (PoisonHeap)
    UnpoisonShadowForAllocation(
        UserBeg, PoisonPartial ? Size : RoundUpTo(Size, kGranule));
  if (Zero && TheAllocator.FromPrimary(Allocated)) {
    FastMemset(reinterpret_cast<void *>(UserBeg), 0, Size);
  } else if (!Zero && MallocFillSize && !LeakOnlyBuild) {
    // As ASan: uninitialised reads see malloc_fill_byte, not stale data.
    FastMemset(reinterpret_cast<void *>(UserBeg), MallocFillByte,
               Min(Size, MallocFillSize));
  }
  atomic_store(&M->State, static_cast<u8>(ChunkState::Allocated),
               memory_order_release);
  RunMallocHooks(reinterpret_cast<void *>(UserBeg), Size);
  return reinterpret_cast<void *>(UserBeg);
}

// The return address into the code that called free or delete: the
// stack's second frame, or above the interceptor's frame when the stack is
// deferred (leak-only builds).
uptr FreeCaller(const BufferedStackTrace &Stack) {
  if (Stack.size > 1)
    return Stack.trace[1];
  if (!Stack.size && Stack.top_frame_bp)
    return reinterpret_cast<const uptr *>(Stack.top_frame_bp)[1];
  return 0;
}

// Moves an allocated chunk to the quarantine. The caller has already won the
// Allocated -> Quarantined transition. Leak-only builds (whose free stacks
// are deferred, size 0) recycle the chunk at once.
void QuarantineChunk(ChunkHeader *M, void *AllocBeg,
                     BufferedStackTrace *Stack) {
  FreedInfo *Info = GetFreedInfo(M);
  Info->FreeTid = CurrentTid();
  Info->FreeStack = Stack->size ? StackDepotPutCached(*Stack) : 0;
  if (LeakMonitorOn)
    MonitorFreed(M->AllocStack, M->UserSize());
  if (TraceActive) {
    PassportId Passport = *PassportSlot(AllocBeg);
    TraceFreed(Passport, Info->FreeStack, static_cast<AllocKind>(M->Kind),
               M->UserSize());
    NoteFreedFrom(Passport, FreeCaller(*Stack));
  }
  MallocStorage *MS = GetMallocStorage();
  if (LeakOnlyBuild) {
    QuarantineCallback(&MS->Cache).Recycle(M);
    return;
  }
  TheQuarantine.Put(&MS->Quarantine, QuarantineCallback(&MS->Cache), M,
                    M->UserSize());
}

// Validates P for deallocation with the given function, reporting bad-free,
// double-free and mismatches. Returns the chunk, now Quarantined, or null if
// the deallocation must not happen.
ChunkHeader *BeginFree(uptr P, AllocKind Kind, uptr DeleteSize,
                       uptr DeleteAlignment, BufferedStackTrace *Stack,
                       void **AllocBeg) {
  // Leak-only builds defer the free stack's unwinding to a report.
  auto S = [&] { return UnwindDeferred(Stack); };
  if (LastAllocated.HiddenBeg == HiddenAddr(P))
    LastAllocated.UserSize = 0;
  ChunkHeader *M = ChunkFromUserBeg(P, AllocBeg);
  if (UNLIKELY(!M)) {
    ReportBadFree(P, S());
    return nullptr;
  }
  // Mismatches are reported while the chunk is still live, so the report
  // describes it as allocated (its user memory holds no free record yet).
  if (LIKELY(M->LoadState() == ChunkState::Allocated)) {
    if (UNLIKELY(static_cast<AllocKind>(M->Kind) != Kind) &&
        flags()->alloc_dealloc_mismatch)
      ReportAllocDeallocMismatch(P, static_cast<AllocKind>(M->Kind), Kind, S());
    // Sized and aligned deletes of what new made (not of a malloc'd block
    // deleted, which alloc_dealloc_mismatch is about): the size, and the
    // alignment the delete assumes, must be the new's.
    bool FromNew = M->Kind != static_cast<u8>(AllocKind::Malloc);
    if (UNLIKELY(FromNew && ((DeleteSize && DeleteSize != M->UserSize()) ||
                             AlignmentLog(DeleteAlignment) !=
                                 M->AlignmentLog)) &&
        flags()->new_delete_type_mismatch)
      ReportNewDeleteTypeMismatch(P, M->UserSize(), DeleteSize,
                                  M->AlignmentLog ? 8u << M->AlignmentLog : 0,
                                  DeleteAlignment, S());
  }
  // Only the thread that wins this transition frees the chunk.
  u8 Expected = static_cast<u8>(ChunkState::Allocated);
  if (UNLIKELY(!atomic_compare_exchange_strong(
          &M->State, &Expected, static_cast<u8>(ChunkState::Quarantined),
          memory_order_acquire))) {
    // Leak-only builds recycle at once: a chunk freed twice is Available.
    if (Expected == static_cast<u8>(ChunkState::Quarantined) ||
        (LeakOnlyBuild && Expected == static_cast<u8>(ChunkState::Available)))
      ReportDoubleFree(P, S());
    else
      ReportBadFree(P, S());
    return nullptr;
  }
  return M;
}

} // namespace

bool PreviousOccupant(uptr AllocBeg, PassportId Current, EvictedChunk *Out) {
  if (!EvictedCache || !AllocBeg)
    return false;
  for (EvictedSlot &S : EvictedSetFor(AllocBeg).Slot) {
    if (atomic_load(&S.AllocBeg, memory_order_acquire) != AllocBeg)
      continue;
    *Out = S.Chunk;
    // Only an older passport is a previous occupant; re-check the slot was
    // not rewritten while it was copied.
    if (Out->Passport < Current &&
        atomic_load(&S.AllocBeg, memory_order_acquire) == AllocBeg)
      return true;
  }
  return false;
}

namespace {
// The options activation may change (start_deactivated): the quarantine's
// sizes and whether impossible sizes return NULL. Redzones and mismatch
// checks read the flags on each call.
void ApplyAllocatorOptions() {
  // sanitizer_common's allocator checks read their own copy of this flag.
  SetAllocatorMayReturnNull(flags()->allocator_may_return_null);
  uptr QuarantineBytes = static_cast<uptr>(flags()->quarantine_size_mb) << 20;
  uptr CacheBytes =
      static_cast<uptr>(flags()->thread_local_quarantine_size_kb) << 10;
  if (QuarantineBytes == 0)
    CacheBytes = 0;
  else if (CacheBytes == 0)
    CacheBytes = 1;
  TheQuarantine.Init(QuarantineBytes, CacheBytes);
  VReport(1, "quarantine_size_mb=%dM thread_local_quarantine_size_kb=%dK "
             "redzone=%d max_redzone=%d malloc_context_size=%d "
             "allocator_release_to_os_interval_ms=%d poison_heap=%d\n",
          flags()->quarantine_size_mb, flags()->thread_local_quarantine_size_kb,
          flags()->redzone, flags()->max_redzone, flags()->malloc_context_size,
          flags()->allocator_release_to_os_interval_ms,
          flags()->poison_heap ? 1 : 0);
}
} // namespace

void InitializeAllocator() {
  InitializeDivisors();
  PoisonPartial = flags()->poison_partial;
  SoftRssLimit = flags()->soft_rss_limit_mb > 0;
  MallocFillByte = static_cast<u8>(flags()->malloc_fill_byte);
  MallocFillSize = static_cast<uptr>(flags()->max_malloc_fill_size);
  EvictedCache = static_cast<EvictedSet *>(MmapOrDie(
      sizeof(EvictedSet) << kEvictedSetsLog, "memscope evicted chunks"));
  PoisonHeap = !LeakOnlyBuild && flags()->poison_heap;
  TheAllocator.InitLinkerInitialized(
      flags()->allocator_release_to_os_interval_ms);
  ApplyAllocatorOptions();
  CHECK_EQ(pthread_key_create(&MallocStorageKey, DestroyMallocStorage), 0);
}

void ActivateAllocator() {
  TheAllocator.SetReleaseToOSIntervalMs(
      flags()->allocator_release_to_os_interval_ms);
  ApplyAllocatorOptions();
  if (PoisonHeap || LeakOnlyBuild || !flags()->poison_heap)
    return;
  // On before the walk: a block allocated meanwhile poisons its own
  // redzones, and the walk finds it allocated or not yet. (A block whose
  // allocation straddles the walk may be poisoned whole: ASan's
  // activation has the same window; it runs at a dlopen.)
  PoisonHeap = true;
  TheAllocator.ForceLock();
  TheAllocator.ForEachChunk(
      [](uptr AllocBeg, void *) {
        uptr End = AllocBeg + TheAllocator.GetActuallyAllocatedSize(
                                  reinterpret_cast<void *>(AllocBeg));
        PoisonShadow(AllocBeg, End - AllocBeg,
                     MEMSCOPE_MAGIC_HEAP_LEFT_REDZONE);
        ChunkHeader *M = ChunkFromAllocBeg(reinterpret_cast<void *>(AllocBeg));
        ChunkState State = M ? M->LoadState() : ChunkState::Available;
        if (State == ChunkState::Available)
          return;
        uptr UserBeg = M->UserBeg(), Size = M->UserSize();
        if (UserBeg <= AllocBeg || UserBeg + Size > End)
          return; // not a chunk of the program's
        if (State == ChunkState::Quarantined)
          PoisonShadow(UserBeg, RoundUpTo(Size, kGranule),
                       MEMSCOPE_MAGIC_HEAP_FREED);
        else if (State == ChunkState::Allocated)
          UnpoisonShadowForAllocation(
              UserBeg, PoisonPartial ? Size : RoundUpTo(Size, kGranule));
      },
      nullptr);
  TheAllocator.ForceUnlock();
}

LiveHeap CountLiveHeap() {
  LiveHeap Live;
  ForEachLiveChunk(
      [](const ChunkView &V, void *Arg) {
        auto *L = static_cast<LiveHeap *>(Arg);
        L->Bytes += V.UserSize;
        ++L->Blocks;
      },
      &Live);
  return Live;
}

void PrintAllocatorStats() {
  LiveHeap Live = CountLiveHeap();
  Printf("Live heap: %zu byte(s) in %zu block(s); the allocator holds %zu "
         "byte(s)\n",
         Live.Bytes, Live.Blocks, TheAllocator.TotalMemoryUsed());
  TheAllocator.PrintStats();
  TheQuarantine.PrintStats();
  StackDepotStats Depot = StackDepotGetStats();
  Printf("Stack depot: %zu stack(s), %zuK\n", Depot.n_uniq_ids,
         Depot.allocated >> 10);
}

ChunkView FindHeapChunk(uptr Addr) {
  void *AllocBeg = TheAllocator.GetBlockBegin(reinterpret_cast<void *>(Addr));
  if (!AllocBeg)
    return ChunkView();
  ChunkView Here = ViewOf(AllocBeg);
  if (Here.Valid && Addr >= Here.UserBeg)
    return Here; // Inside, or past its end in its own slack.
  // Addr is in the left redzone of this block: it may as well be an
  // overflow off the end of the chunk in the block before.
  ChunkView Before;
  if (void *PrevBeg = TheAllocator.GetBlockBegin(
          reinterpret_cast<void *>(reinterpret_cast<uptr>(AllocBeg) - 1)))
    Before = ViewOf(PrevBeg);
  if (!Before.Valid)
    return Here;
  if (!Here.Valid)
    return Before;
  // Prefer a live chunk over a freed one, then the nearer one.
  bool HereLive = Here.State == ChunkState::Allocated;
  bool BeforeLive = Before.State == ChunkState::Allocated;
  if (HereLive != BeforeLive)
    return HereLive ? Here : Before;
  uptr ToHere = Here.UserBeg - Addr;
  uptr FromBefore = Addr >= Before.UserEnd() ? Addr - Before.UserEnd() : 0;
  return FromBefore <= ToHere ? Before : Here;
}

void *MemscopeMalloc(uptr Size, BufferedStackTrace *Stack) {
  return Allocate(Size, kDefaultAlignment, Stack, AllocKind::Malloc, false);
}

void *MemscopeCalloc(uptr Count, uptr Size, BufferedStackTrace *Stack) {
  if (UNLIKELY(CheckForCallocOverflow(Count, Size))) {
    if (AllocatorMayReturnNull()) {
      errno = errno_ENOMEM;
      return nullptr;
    }
    ReportCallocOverflow(Count, Size, Stack);
    return nullptr;
  }
  return Allocate(Count * Size, kDefaultAlignment, Stack, AllocKind::Malloc,
                  true);
}

void *MemscopeRealloc(void *P, uptr Size, BufferedStackTrace *Stack) {
  if (!P)
    return MemscopeMalloc(Size, Stack);
  if (Size == 0 && flags()->allocator_frees_and_returns_null_on_realloc_zero) {
    // glibc frees and returns NULL for realloc(p, 0).
    MemscopeFree(P, AllocKind::Malloc, 0, 0, Stack);
    return nullptr;
  }
  uptr Old = reinterpret_cast<uptr>(P);
  void *OldBeg;
  ChunkHeader *M = BeginFree(Old, AllocKind::Malloc, 0, 0, Stack, &OldBeg);
  if (!M)
    return nullptr;
  void *New = Allocate(Size, kDefaultAlignment, Stack, AllocKind::Malloc,
                       false);
  if (!New) {
    // The old block stays valid when realloc fails.
    atomic_store(&M->State, static_cast<u8>(ChunkState::Allocated),
                 memory_order_release);
    return nullptr;
  }
  uptr OldSize = M->UserSize();
  internal_memcpy(New, P, OldSize < Size ? OldSize : Size);
  if (TraceActive) {
    PassportId From = *PassportSlot(OldBeg);
    PassportId To = *PassportSlot(BlockBeginOf(reinterpret_cast<uptr>(New)));
    TraceRelated(trace::PassportEvent::Reallocated, From, To);
    TraceRelated(trace::PassportEvent::ReallocatedFrom, To, From);
  }
  // The old block's free hooks run once its contents are copied (as in
  // ASan, a hook may still write it) and see it allocated, as a free's
  // hooks do (__sanitizer_get_ownership); an ignore hook may keep it.
  atomic_store(&M->State, static_cast<u8>(ChunkState::Allocated),
               memory_order_release);
  if (RunFreeHooks(P)) {
    M->Kind = static_cast<u8>(AllocKind::Malloc);
    return New;
  }
  u8 Expected = static_cast<u8>(ChunkState::Allocated);
  if (UNLIKELY(!atomic_compare_exchange_strong(
          &M->State, &Expected, static_cast<u8>(ChunkState::Quarantined),
          memory_order_acquire)))
    return New; // another thread freed it meanwhile (a racing double free)
  QuarantineChunk(M, OldBeg, Stack);
  return New;
}

void *MemscopeReallocArray(void *P, uptr Count, uptr Size,
                           BufferedStackTrace *Stack) {
  if (UNLIKELY(CheckForCallocOverflow(Count, Size))) {
    if (AllocatorMayReturnNull()) {
      errno = errno_ENOMEM;
      return nullptr;
    }
    ReportReallocArrayOverflow(Count, Size, Stack);
    return nullptr;
  }
  return MemscopeRealloc(P, Count * Size, Stack);
}

void *MemscopeMemalign(uptr Alignment, uptr Size, BufferedStackTrace *Stack) {
  if (UNLIKELY(!IsPowerOfTwo(Alignment))) {
    errno = errno_EINVAL;
    return ReturnNullOrReport(ReportInvalidAllocationAlignment, Alignment, 0,
                              Stack);
  }
  return Allocate(Size, Alignment, Stack, AllocKind::Malloc, false);
}

int MemscopePosixMemalign(void **MemPtr, uptr Alignment, uptr Size,
                          BufferedStackTrace *Stack) {
  if (UNLIKELY(!CheckPosixMemalignAlignment(Alignment))) {
    ReturnNullOrReport(ReportInvalidPosixMemalignAlignment, Alignment, 0,
                       Stack);
    return errno_EINVAL;
  }
  void *P = Allocate(Size, Alignment, Stack, AllocKind::Malloc, false);
  if (!P)
    return errno_ENOMEM;
  *MemPtr = P;
  return 0;
}

void *MemscopeAlignedAlloc(uptr Alignment, uptr Size,
                           BufferedStackTrace *Stack) {
  // POSIX's rule, as ASan applies it: glibc accepts a size that is no
  // multiple of the alignment, which the standard leaves undefined.
  if (UNLIKELY(!CheckAlignedAllocAlignmentAndSize(Alignment, Size))) {
    errno = errno_EINVAL;
    return ReturnNullOrReport(ReportInvalidAlignedAllocAlignment, Alignment,
                              Size, Stack);
  }
  return Allocate(Size, Alignment, Stack, AllocKind::Malloc, false);
}

void *MemscopeValloc(uptr Size, BufferedStackTrace *Stack) {
  return Allocate(Size, GetPageSizeCached(), Stack, AllocKind::Malloc, false);
}

void *MemscopePvalloc(uptr Size, BufferedStackTrace *Stack) {
  uptr PageSize = GetPageSizeCached();
  if (UNLIKELY(Size > ~uptr(0) - (PageSize - 1))) { // rounding up would wrap
    if (AllocatorMayReturnNull()) {
      errno = errno_ENOMEM;
      return nullptr;
    }
    ReportPvallocOverflow(Size, Stack);
    return nullptr;
  }
  Size = Size ? RoundUpTo(Size, PageSize) : PageSize;
  return Allocate(Size, PageSize, Stack, AllocKind::Malloc, false);
}

uptr MemscopeMallocUsableSize(const void *P, BufferedStackTrace *Stack) {
  if (!P)
    return 0;
  void *AllocBeg;
  ChunkHeader *M = ChunkFromUserBeg(reinterpret_cast<uptr>(P), &AllocBeg);
  if (!M || M->LoadState() != ChunkState::Allocated) {
    ReportMallocUsableSizeNotOwned(reinterpret_cast<uptr>(P), Stack);
    return 0;
  }
  return M->UserSize();
}

void *MemscopeNew(uptr Size, uptr Alignment, AllocKind Kind, bool NoThrow,
                  BufferedStackTrace *Stack) {
  if (UNLIKELY(Alignment && !IsPowerOfTwo(Alignment))) {
    if (NoThrow && AllocatorMayReturnNull())
      return nullptr;
    ReportInvalidAllocationAlignment(Alignment, 0, Stack);
    return nullptr;
  }
  void *P = Allocate(Size, Alignment, Stack, Kind, false);
  // A throwing new cannot return null; the runtime cannot throw, so it
  // reports instead, as ASan does.
  if (UNLIKELY(!P) && !NoThrow)
    ReportOutOfMemory(Size, Stack);
  return P;
}

void MemscopeFree(void *P, AllocKind Kind, uptr DeleteSize,
                  uptr DeleteAlignment, BufferedStackTrace *Stack) {
  if (!P)
    return;
  // A program's __sanitizer_ignore_free_hook may keep the block (the free
  // then never happened, as in ASan); otherwise its free hooks run.
  if (RunFreeHooks(P)) {
    // As ASan: a block whose free was ignored may be freed by free()
    // later, whatever allocated it.
    void *AllocBeg;
    ChunkHeader *M = ChunkFromUserBeg(reinterpret_cast<uptr>(P), &AllocBeg);
    if (M && M->LoadState() == ChunkState::Allocated)
      M->Kind = static_cast<u8>(AllocKind::Malloc);
    return;
  }
  void *AllocBeg;
  if (ChunkHeader *M = BeginFree(reinterpret_cast<uptr>(P), Kind, DeleteSize,
                                 DeleteAlignment, Stack, &AllocBeg))
    QuarantineChunk(M, AllocBeg, Stack);
}

bool UpdateAllocationContext(uptr P, BufferedStackTrace *Stack) {
  void *AllocBeg;
  ChunkHeader *M = ChunkFromUserBeg(P, &AllocBeg);
  if (!M || M->LoadState() != ChunkState::Allocated)
    return false;
  M->AllocTid = CurrentTid();
  M->AllocStack = StackDepotPut(*Stack);
  return true;
}

namespace {
// Whether the block at AllocBeg surely holds no live chunk, from the shadow
// alone: user memory right after a 16-byte left redzone, poisoned as
// freed, is a quarantined chunk's (a live chunk's first granule there is
// its own, or redzone; a slot's shadow is redzone again before it is
// reused). The shadow is 8 times denser than the blocks: an exit-time walk
// over a quarantine of small blocks touches a cache line where it touched
// eight. Anything else is for the header to say.
ALWAYS_INLINE bool SurelyQuarantined(uptr AllocBeg) {
  return *reinterpret_cast<const u8 *>(
             MemToShadow(AllocBeg + kChunkHeaderSize)) ==
         MEMSCOPE_MAGIC_HEAP_FREED;
}
} // namespace

void ForEachLiveBlockLocked(void (*Fn)(uptr AllocBeg, void *Arg), void *Arg) {
  struct Visit {
    void (*Fn)(uptr, void *);
    void *Arg;
  } V = {Fn, Arg};
  TheAllocator.ForEachChunk(
      [](uptr AllocBeg, void *VArg) {
        // The header's state only where the shadow does not tell already;
        // a quarantined chunk's metadata (a cache line apart) is not read.
        if (SurelyQuarantined(AllocBeg))
          return;
        ChunkHeader *M = ChunkFromAllocBeg(reinterpret_cast<void *>(AllocBeg));
        if (!M || M->LoadState() != ChunkState::Allocated)
          return;
        auto *V = static_cast<Visit *>(VArg);
        V->Fn(AllocBeg, V->Arg);
      },
      &V);
}

void ForEachLiveChunk(void (*Fn)(const ChunkView &, void *), void *Arg) {
  struct Visit {
    void (*Fn)(const ChunkView &, void *);
    void *Arg;
  } V = {Fn, Arg};
  TheAllocator.ForceLock();
  ForEachLiveBlockLocked(
      [](uptr AllocBeg, void *VArg) {
        auto *V = static_cast<Visit *>(VArg);
        ChunkView C = ViewOf(reinterpret_cast<void *>(AllocBeg));
        if (C.Valid && C.State == ChunkState::Allocated)
          V->Fn(C, V->Arg);
      },
      &V);
  TheAllocator.ForceUnlock();
}

bool LiveBlockAtLocked(uptr P, uptr *UserBeg, PassportId *Passport) {
  // Not PointerIsMine: it takes the secondary allocator's lock, held here.
  void *AllocBeg =
      TheAllocator.GetBlockBeginFastLocked(reinterpret_cast<void *>(P));
  ChunkHeader *M = ChunkFromAllocBeg(AllocBeg);
  if (!M || M->LoadState() != ChunkState::Allocated)
    return false;
  uptr Beg = M->UserBeg(), Size = M->UserSize();
  if (P < Beg || P >= Beg + Size)
    return false;
  *UserBeg = Beg;
  *Passport = MetaOf(AllocBeg)->Passport;
  return true;
}

// --- what lsan_common needs from the allocator ---------------------------
// lsan_common (compiler-rt) finds leaks by reachability from the roots it
// scans itself; it asks the tool about chunks through these functions. Its
// "chunk" is a block's user address, except in ForEachChunk's callbacks,
// which get the block start and call GetUserBegin.

void LockAllocatorForFork() { TheAllocator.ForceLock(); }
void UnlockAllocatorAfterFork() { TheAllocator.ForceUnlock(); }

void LockAllocatorForLeakCheck() { TheAllocator.ForceLock(); }
void UnlockAllocatorForLeakCheck() { TheAllocator.ForceUnlock(); }

void GetAllocatorRange(uptr *Begin, uptr *End) {
  *Begin = reinterpret_cast<uptr>(&TheAllocator);
  *End = *Begin + sizeof(TheAllocator);
}

// The live block P points into (its user address), with the allocator
// locked; 0 if none. A pointer to a 0-byte block points into it.
uptr LiveChunkContaining(uptr P) {
  ChunkHeader *M = ChunkFromAllocBeg(
      TheAllocator.GetBlockBeginFastLocked(reinterpret_cast<void *>(P)));
  if (!M || M->LoadState() != ChunkState::Allocated)
    return 0;
  uptr Beg = M->UserBeg(), Size = M->UserSize();
  if (P >= Beg && (P < Beg + Size || P == Beg))
    return Beg;
  if (__lsan::IsSpecialCaseOfOperatorNew0(Beg, Size, P))
    return Beg;
  return 0;
}

namespace {
BlockMeta *BlockOf(uptr P, uptr *UserBeg, uptr *UserSize, bool AllowFreed,
                   u32 *AllocStack = nullptr) {
  void *AllocBeg = BlockBeginOf(P);
  ChunkHeader *M = ChunkFromAllocBeg(AllocBeg);
  if (!M)
    return nullptr;
  ChunkState State = M->LoadState();
  if (State != ChunkState::Allocated &&
      !(AllowFreed && State == ChunkState::Quarantined))
    return nullptr;
  uptr Beg = M->UserBeg(), Size = M->UserSize();
  if (P < Beg || (P >= Beg + Size && P != Beg))
    return nullptr;
  *UserBeg = Beg;
  if (UserSize)
    *UserSize = Size;
  if (AllocStack)
    *AllocStack = M->AllocStack;
  return MetaOf(AllocBeg);
}
} // namespace

BlockMeta *LiveBlockWithStack(uptr P, uptr *UserBeg, u32 *AllocStack) {
  return BlockOf(P, UserBeg, nullptr, /*AllowFreed=*/false, AllocStack);
}

BlockMeta *LiveBlockOf(uptr P, uptr *UserBeg, uptr *UserSize) {
  return BlockOf(P, UserBeg, UserSize, /*AllowFreed=*/false);
}

ClassDivisor PrimaryDivisors[kPrimaryClassesRounded];

bool IsHeapAddress(uptr P) {
  return TheAllocator.PointerIsMine(reinterpret_cast<void *>(P));
}

BlockMeta *LiveOrFreedBlockOf(uptr P, uptr *UserBeg) {
  return BlockOf(P, UserBeg, nullptr, /*AllowFreed=*/true);
}

uptr UserBeginOfBlock(uptr AllocBeg) {
  ChunkHeader *M = ChunkFromAllocBeg(reinterpret_cast<void *>(AllocBeg));
  ChunkState S = M ? M->LoadState() : ChunkState::Available;
  return S == ChunkState::Allocated || S == ChunkState::Quarantined
             ? M->UserBeg()
             : 0;
}


} // namespace memscope

namespace __lsan {
using memscope::ChunkState;

namespace {
memscope::ChunkHeader *HeaderOf(void *Metadata) {
  return static_cast<memscope::ChunkHeader *>(Metadata);
}
// A leaked malloc(0) counts one byte, as in LSan (whose allocator gives it
// one).
uptr LeakSize(const memscope::ChunkHeader *M) {
  uptr Size = M->UserSize();
  return Size ? Size : 1;
}
} // namespace

LsanMetadata::LsanMetadata(uptr Chunk) {
  metadata_ =
      Chunk ? reinterpret_cast<void *>(Chunk - memscope::kChunkHeaderSize)
            : nullptr;
}
bool LsanMetadata::allocated() const {
  return metadata_ &&
         HeaderOf(metadata_)->LoadState() == ChunkState::Allocated;
}
ChunkTag LsanMetadata::tag() const {
  return static_cast<ChunkTag>(HeaderOf(metadata_)->LsanTag);
}
void LsanMetadata::set_tag(ChunkTag Value) {
  memscope::ChunkHeader *M = HeaderOf(metadata_);
  // lsan_common sets a tag back to kDirectlyLeaked only in its last pass
  // over the heap, after classification: the tag being replaced is then
  // the verdict on the chunk. memscope keeps the leaked ones for its trace
  // and its on-demand reports.
  if (Value == kDirectlyLeaked &&
      (M->LsanTag == kDirectlyLeaked || M->LsanTag == kIndirectlyLeaked)) {
    void *AllocBeg = memscope::TheAllocator.GetBlockBeginFastLocked(M);
    memscope::RecordLeakedChunk(M->UserBeg(), LeakSize(M), M->AllocStack,
                                *memscope::PassportSlot(AllocBeg),
                                M->LsanTag == kIndirectlyLeaked);
  }
  M->LsanTag = Value;
}
uptr LsanMetadata::requested_size() const {
  return LeakSize(HeaderOf(metadata_));
}
u32 LsanMetadata::stack_trace_id() const {
  return HeaderOf(metadata_)->AllocStack;
}

IgnoreObjectResult IgnoreObject(const void *P) {
  uptr Addr = reinterpret_cast<uptr>(P);
  memscope::ChunkHeader *M =
      memscope::ChunkFromAllocBeg(memscope::TheAllocator.GetBlockBegin(P));
  // Inside the block, as ASan's AddrIsInside (a block of 0 bytes holds its
  // first address): not one past its end.
  if (!M || M->LoadState() != ChunkState::Allocated || Addr < M->UserBeg() ||
      Addr - M->UserBeg() >= Max<uptr>(M->UserSize(), 1))
    return kIgnoreObjectInvalid;
  if (M->LsanTag == kIgnored)
    return kIgnoreObjectAlreadyIgnored;
  M->LsanTag = kIgnored;
  return kIgnoreObjectSuccess;
}

} // namespace __lsan

// ASan's and sanitizer_common's allocator interface.
using namespace memscope;
namespace {
// Copies the frames of a depot stack into Trace, as the report prints them
// (the call instruction, not the return address, as ASan gives them);
// returns how many.
uptr CopyStack(u32 StackId, void **Trace, uptr Size) {
  StackTrace S = StackDepotGet(StackId);
  uptr N = S.size < Size ? S.size : Size;
  for (uptr I = 0; I < N; ++I)
    Trace[I] = reinterpret_cast<void *>(
        StackTrace::GetPreviousInstructionPc(S.trace[I]));
  return N;
}
} // namespace

extern "C" {
SANITIZER_INTERFACE_ATTRIBUTE uptr __asan_get_alloc_stack(uptr Addr,
                                                          void **Trace,
                                                          uptr Size,
                                                          int *ThreadId) {
  ChunkView C = FindHeapChunk(Addr);
  if (!C.Valid)
    return 0;
  if (ThreadId)
    *ThreadId = C.AllocTid;
  return CopyStack(C.AllocStack, Trace, Size);
}

SANITIZER_INTERFACE_ATTRIBUTE uptr __asan_get_free_stack(uptr Addr,
                                                         void **Trace,
                                                         uptr Size,
                                                         int *ThreadId) {
  ChunkView C = FindHeapChunk(Addr);
  if (!C.Valid || C.State != ChunkState::Quarantined)
    return 0;
  if (ThreadId)
    *ThreadId = C.FreeTid;
  return CopyStack(C.FreeStack, Trace, Size);
}

SANITIZER_INTERFACE_ATTRIBUTE uptr __sanitizer_get_heap_size() {
  return TheAllocator.TotalMemoryUsed();
}

// Counted when asked, not kept on every malloc and free.
SANITIZER_INTERFACE_ATTRIBUTE uptr __sanitizer_get_current_allocated_bytes() {
  return CountLiveHeap().Bytes;
}

SANITIZER_INTERFACE_ATTRIBUTE uptr __sanitizer_get_free_bytes() {
  uptr Heap = TheAllocator.TotalMemoryUsed();
  uptr Used = __sanitizer_get_current_allocated_bytes();
  // As ASan's: never 0, which callers take for "unknown".
  return Heap > Used ? Heap - Used : 1;
}

SANITIZER_INTERFACE_ATTRIBUTE uptr __sanitizer_get_unmapped_bytes() { return 0; }

SANITIZER_INTERFACE_ATTRIBUTE int __sanitizer_get_ownership(const void *P) {
  uptr UserBeg;
  return LiveBlockOf(reinterpret_cast<uptr>(P), &UserBeg) &&
         UserBeg == reinterpret_cast<uptr>(P);
}

SANITIZER_INTERFACE_ATTRIBUTE uptr __sanitizer_get_allocated_size(const void *P) {
  if (!P)
    return 0;
  uptr UserBeg, Size;
  if (!LiveBlockOf(reinterpret_cast<uptr>(P), &UserBeg, &Size) ||
      UserBeg != reinterpret_cast<uptr>(P)) {
    // As ASan: asking about memory that is no live block's start is an
    // error (__sanitizer_get_ownership is the question that may be asked).
    MEMSCOPE_STACK_FATAL_HERE;
    ReportGetAllocatedSizeNotOwned(reinterpret_cast<uptr>(P), &stack);
    return 0;
  }
  return Size;
}

SANITIZER_INTERFACE_ATTRIBUTE uptr __sanitizer_get_estimated_allocated_size(
    uptr Size) {
  return Size;
}

// The start of the live block whose memory P is in, or null.
SANITIZER_INTERFACE_ATTRIBUTE const void *
__sanitizer_get_allocated_begin(const void *P) {
  // As ASan: any address of the allocator's block of a live chunk, its
  // redzones and slack too (a pointer one past the end is the block's).
  void *AllocBeg = TheAllocator.GetBlockBegin(P);
  ChunkView C = AllocBeg ? ViewOf(AllocBeg) : ChunkView();
  return C.Valid && C.State == ChunkState::Allocated
             ? reinterpret_cast<const void *>(C.UserBeg)
             : nullptr;
}

// __sanitizer_get_allocated_size for a P known to start a live block.
SANITIZER_INTERFACE_ATTRIBUTE uptr
__sanitizer_get_allocated_size_fast(const void *P) {
  uptr UserBeg, Size;
  return LiveBlockOf(reinterpret_cast<uptr>(P), &UserBeg, &Size) &&
                 UserBeg == reinterpret_cast<uptr>(P)
             ? Size
             : 0;
}

// Free memory back to the system now, whatever
// allocator_release_to_os_interval_ms says.
SANITIZER_INTERFACE_ATTRIBUTE void __sanitizer_purge_allocator() {
  TheAllocator.ForceReleaseToOS();
}
} // extern "C"

