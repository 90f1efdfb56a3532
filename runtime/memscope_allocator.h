//===- memscope_allocator.h - the checked heap ------------------*- C++ -*-===//
//
// Every heap chunk handed to the program is laid out as
//
//   alloc_beg                          chunk_beg      user_beg         user_end
//   |[kAllocBegMagic|chunk_beg]        |ChunkHeader   |user memory ... |slack...|
//   | (only if chunk_beg != alloc_beg)  | (16 bytes)   |                |        |
//   |<------- left redzone, >= 16 bytes, shadow 0xfa ->|  shadow 0/k    | 0xfa   |
//
// The slack after user_end, up to the next chunk, is poisoned too: the next
// chunk's left redzone is this chunk's right redzone. Large (mmap) chunks get
// an explicit right redzone of the same size as the left one.
//
// ChunkHeader (16 bytes, just before user_beg):
//   byte  0      state: Available, Allocated or Quarantined (atomic)
//   byte  1      alloc kind (2 bits) | from_memalign (1 bit) | lsan tag (2)
//   bytes 2..3   user size bits 32..47
//   bytes 4..7   user size bits 0..31
//   bytes 8..11  id of the allocating thread
//   bytes 12..15 allocation stack id (StackDepot)
// Once freed, the first 8 bytes of user memory (at least 16 are always
// reserved) hold the freeing thread and free stack id (FreedInfo).
//
// Each block also has a 16-byte metadata slot in the allocator's own
// per-chunk table (never in user memory or redzones): the passport of the
// chunk that occupies it, its type and the id of what ownership tracking
// learnt of its owners (BlockMeta).
//
// Freed chunks wait in a FIFO quarantine of quarantine_size_mb before their
// memory can be reused, which is what makes use-after-free visible.
//
// See also: memscope_mapping.h (shadow values), memscope_report.cpp (uses
// FindHeapChunk), memscope_interceptors.cpp, memscope_new_delete.cpp.
//===----------------------------------------------------------------------===//
#ifndef MEMSCOPE_ALLOCATOR_H
#define MEMSCOPE_ALLOCATOR_H

#include "memscope_internal.h"
#include "memscope_thread.h"
#include "memscope_trace.h"

#include "sanitizer_common/sanitizer_stacktrace.h"

namespace memscope {

enum class ChunkState : u8 { Available = 0, Allocated = 2, Quarantined = 3 };

// What ownership tracking (memscope_ownership.cpp) learnt about a block's
// owners, for reports that outlive them. Site ids name call sites
// (OwnerSite()). Sites inside system headers (a container's internals) come
// with the stack of the event, whose first user frame is what reports print.
struct OwnerFacts {
  u32 BorrowSite;        // the raw pointer taken from one of its owners:
                         // the last get(), else the last -> or *
  u32 BorrowOwnerSite;   // the site that made that owner (names the owner)
  u32 BorrowOwnerStack;
  u32 ReleaseSite;       // where a strong owner last let go of it
  u32 ReleaseStack;
  u32 ReleaseOwnerSite;  // the site that made that owner
  u32 ReleaseOwnerStack;
};

// All ownership tracking knows of a block, as reports read it.
struct OwnershipFacts : OwnerFacts {
  u32 TypeSite; // the site that named its type; 0 if unknown
};

// The allocator's per-block metadata: 16 bytes. A block's OwnerFacts are
// not kept in it but in a table of the distinct ones (blocks that met the
// same owners at the same sites share an entry), and the metadata holds
// the entry's id: a quarantine of small blocks costs 16 bytes of metadata
// each, whether they had owners or not.
struct BlockMeta {
  PassportId Passport;
  u32 TypeSite; // OwnershipFacts::TypeSite, with its flag bits
  u32 FactsId;  // its OwnerFacts' entry (memscope_owner_table.h); 0: none
};
static_assert(sizeof(BlockMeta) == 16, "BlockMeta size");

// M's owner facts; all zero if it has none.
OwnerFacts FactsOf(const BlockMeta *M);

// The block the calling thread allocated last. Ownership tracking asks
// about a new block right after the allocation (its type, its first owner):
// this spares it the allocator's lookup. The address is kept inverted
// (HiddenAddr): the leak checker scans this thread-local, and a block must
// not look reachable because the runtime remembers it.
struct RecentBlock {
  uptr HiddenBeg, UserSize;
  BlockMeta *Meta;
};
extern MEMSCOPE_TLS RecentBlock LastAllocated;

// A heap address as the runtime's caches keep it: never a value the leak
// checker takes for a pointer (user addresses are below 2^47).
ALWAYS_INLINE uptr HiddenAddr(uptr P) { return ~P; }

// The live (allocated) block P points into: its metadata and user
// beginning, or null. Lock-free for the primary allocator's blocks; P must
// not be on the calling thread's stack for this to be cheap (large blocks
// are looked up under the secondary allocator's lock).
BlockMeta *LiveBlockOf(uptr P, uptr *UserBeg, uptr *UserSize = nullptr);
// LiveBlockOf, with the block's allocation stack.
BlockMeta *LiveBlockWithStack(uptr P, uptr *UserBeg, u32 *AllocStack);
// LiveBlockOf for a P that is probably in the block this thread allocated
// last (cleared when this thread frees it).
ALWAYS_INLINE BlockMeta *RecentLiveBlockOf(uptr P, uptr *UserBeg) {
  const RecentBlock &R = LastAllocated;
  uptr Beg = HiddenAddr(R.HiddenBeg);
  if (P - Beg < R.UserSize) {
    *UserBeg = Beg;
    return R.Meta;
  }
  return LiveBlockOf(P, UserBeg);
}

// True if P lies in memory the heap allocator manages (a block, live or
// not, or its redzones).
bool IsHeapAddress(uptr P);
// The primary allocator's space (memscope_allocator.cpp's AP64).
constexpr uptr kPrimarySpaceBeg = 0x600000000000ULL;
constexpr uptr kPrimarySpaceSize = 0x40000000000ULL; // 4T
// True if P lies in the primary allocator's space (small blocks, whose
// metadata is never unmapped).
ALWAYS_INLINE bool IsPrimaryHeapAddress(uptr P) {
  return P - kPrimarySpaceBeg < kPrimarySpaceSize;
}
// --- the primary allocator's arithmetic, without its division ----------------
//
// SizeClassAllocator64 gives each size class a region of
// kPrimaryRegionSize; a block's index in its region is its offset divided
// by the class's size, and its metadata lies that many BlockMetas below the
// region's free array. The allocator divides (20-odd cycles, and malloc,
// free and the quarantine's recycling each ask for a block's start or
// metadata); here a multiply by the size's reciprocal does: with a 64-bit
// reciprocal rounded up, the quotient is exact for every offset below
// 2^64 / size, and offsets are below 2^36.
constexpr uptr kPrimaryClassesRounded = 64; // the allocator's, checked there
constexpr uptr kPrimaryRegionSize = kPrimarySpaceSize / kPrimaryClassesRounded;
// SizeClassAllocator64's free array, at the end of each region.
constexpr uptr kPrimaryFreeArraySize = kPrimaryRegionSize / 8;

struct ClassDivisor {
  uptr Size; // 0 until the allocator is initialised, and for class 0
  u64 Reciprocal;
};
extern ClassDivisor PrimaryDivisors[kPrimaryClassesRounded];

// For P in the primary space: the start of the block slot it lies in
// (mapped or not) and the slot's metadata; 0 if the arithmetic is not
// ready (before InitializeAllocator), or if P lies in the region's
// metadata or free array (a slot's memory always lies below its metadata:
// the two grow towards each other), which the allocator then answers for.
ALWAYS_INLINE uptr PrimarySlotOf(uptr P, BlockMeta **Meta) {
  uptr Offset = P - kPrimarySpaceBeg;
  uptr Region = Offset / kPrimaryRegionSize;
  const ClassDivisor &D = PrimaryDivisors[Region];
  if (UNLIKELY(!D.Size))
    return 0;
  uptr Index = static_cast<uptr>(
      (static_cast<unsigned __int128>(Offset % kPrimaryRegionSize) *
       D.Reciprocal) >>
      64);
  uptr MetaAt = kPrimarySpaceBeg + (Region + 1) * kPrimaryRegionSize -
                kPrimaryFreeArraySize - (Index + 1) * sizeof(BlockMeta);
  uptr Beg = kPrimarySpaceBeg + Region * kPrimaryRegionSize + Index * D.Size;
  if (UNLIKELY(Beg + D.Size > MetaAt))
    return 0;
  *Meta = reinterpret_cast<BlockMeta *>(MetaAt);
  return Beg;
}

// The metadata of the primary block slot P lies in, whatever the slot
// holds now (its passport tells which allocation); null outside the
// primary heap.
ALWAYS_INLINE BlockMeta *PrimaryMetaOf(uptr P) {
  BlockMeta *Meta;
  return IsPrimaryHeapAddress(P) && PrimarySlotOf(P, &Meta) ? Meta : nullptr;
}

// The same as LiveBlockOf, also for a block in quarantine (freed, memory not reused yet).
BlockMeta *LiveOrFreedBlockOf(uptr P, uptr *UserBeg);

// The metadata of the block P points into, live or in quarantine (for the
// primary heap, of the slot it lies in, whatever that holds now); null if
// none.
ALWAYS_INLINE BlockMeta *AnyBlockMetaOf(uptr P) {
  if (BlockMeta *M = PrimaryMetaOf(P))
    return M;
  uptr Beg;
  return LiveOrFreedBlockOf(P, &Beg);
}

// What the reports need to know about one chunk, copied out of its header.
struct ChunkView {
  bool Valid = false;
  ChunkState State = ChunkState::Available;
  AllocKind Kind = AllocKind::Malloc;
  uptr UserBeg = 0;
  uptr UserSize = 0;
  ThreadId AllocTid = kInvalidTid;
  u32 AllocStack = 0;
  ThreadId FreeTid = kInvalidTid; // valid when State == Quarantined
  u32 FreeStack = 0;
  PassportId Passport = kNoPassport;
  OwnershipFacts Own = {};
  uptr AllocBeg = 0; // the block, for PreviousOccupant
  bool Ignored = false; // the leak check ignores it (LSan's kIgnored tag)

  uptr UserEnd() const { return UserBeg + UserSize; }
};

// The chunk that held a block before the one there now, if it left the
// quarantine recently enough to still be remembered (a bounded cache, by
// block): what reports say about an address that was reused.
struct EvictedChunk {
  PassportId Passport;
  u32 UserSize; // saturated at 4 GiB - 1
  u32 AllocStack, FreeStack;
  u16 AllocTid, FreeTid; // saturated at 65535
};
bool PreviousOccupant(uptr AllocBeg, PassportId Current, EvictedChunk *Out);

// The chunk an arbitrary address (inside, or in a redzone of) belongs to:
// when the address lies between two chunks, the one it most plausibly
// overflowed from.
ChunkView FindHeapChunk(uptr Addr);

// The live chunk whose user memory starts at P now has Stack as its
// allocation stack, and the calling thread as its allocator; false if P is
// no such chunk.
bool UpdateAllocationContext(uptr P, BufferedStackTrace *Stack);

// Calls Fn for every live (allocated) chunk, with the allocator locked: Fn
// must not allocate from the user heap.
void ForEachLiveChunk(void (*Fn)(const ChunkView &, void *), void *Arg);

// In ForEachLiveChunk's callback (allocator locked): the live block the
// word P points into, [UserBeg, UserBeg + size), with its passport. False
// for anything else, one past a block's end included.
bool LiveBlockAtLocked(uptr P, uptr *UserBeg, PassportId *Passport);

// Held across fork() so the child never inherits a lock another thread held.
void LockAllocatorForFork();
void UnlockAllocatorAfterFork();

// For the leak checker (memscope_lsan.cpp), with the allocator locked where
// the name says so.
void LockAllocatorForLeakCheck();
void UnlockAllocatorForLeakCheck();
void GetAllocatorRange(uptr *Begin, uptr *End);
uptr LiveChunkContaining(uptr P);
uptr UserBeginOfBlock(uptr AllocBeg);
// Fn for each block that holds an allocated chunk, the allocator locked
// (quarantined blocks are told from the shadow where it can).
void ForEachLiveBlockLocked(void (*Fn)(uptr AllocBeg, void *Arg), void *Arg);
// Called by the leak checker, world stopped, for each leaked chunk
// (memscope_lsan.cpp).
void RecordLeakedChunk(uptr Addr, uptr Size, u32 Stack, PassportId Passport,
                       bool Indirect);

// The live blocks, counted when asked (not kept on every malloc and free).
struct LiveHeap {
  uptr Bytes = 0, Blocks = 0;
};
LiveHeap CountLiveHeap();
// The heap's statistics (print_stats, atexit, __asan_print_accumulated_stats).
void PrintAllocatorStats();

void *MemscopeMalloc(uptr Size, BufferedStackTrace *Stack);
void *MemscopeCalloc(uptr Count, uptr Size, BufferedStackTrace *Stack);
void *MemscopeRealloc(void *P, uptr Size, BufferedStackTrace *Stack);
void *MemscopeReallocArray(void *P, uptr Count, uptr Size,
                           BufferedStackTrace *Stack);
void *MemscopeMemalign(uptr Alignment, uptr Size, BufferedStackTrace *Stack);
int MemscopePosixMemalign(void **MemPtr, uptr Alignment, uptr Size,
                          BufferedStackTrace *Stack);
void *MemscopeAlignedAlloc(uptr Alignment, uptr Size,
                           BufferedStackTrace *Stack);
void *MemscopeValloc(uptr Size, BufferedStackTrace *Stack);
void *MemscopePvalloc(uptr Size, BufferedStackTrace *Stack);
uptr MemscopeMallocUsableSize(const void *P, BufferedStackTrace *Stack);
// operator new in all its forms (Alignment 0 = default).
void *MemscopeNew(uptr Size, uptr Alignment, AllocKind Kind, bool NoThrow,
                  BufferedStackTrace *Stack);
// free (Kind Malloc) and operator delete (DeleteSize/Alignment 0 = unsized).
void MemscopeFree(void *P, AllocKind Kind, uptr DeleteSize,
                  uptr DeleteAlignment, BufferedStackTrace *Stack);

} // namespace memscope

#endif // MEMSCOPE_ALLOCATOR_H
