//===- memscope_trace.cpp - writing the trace file ------------------------===//
//
// See memscope_trace.h. Layout of a per-thread buffer:
//
//   Data: [RecordHeader][PassportBatchRecord][event][event]...      [free]
//         |<-- kBatchHeaderSize, filled in at flush -->|<- Used ->|
//
// Only the owning thread appends; it publishes each event by a release
// store of Used. Flushes of a thread's own buffer take the writer lock; at
// exit and on death every buffer is written as far as its Used goes.
//
// See also: include/memscope/trace_format.h, docs/TraceFormat.md.
//===----------------------------------------------------------------------===//
#include "memscope_trace.h"
#include "memscope_allocator.h"
#include "memscope_flags.h"
#include "memscope_pool.h"
#include "memscope_trace_sink.h"

#include "sanitizer_common/sanitizer_allocator_internal.h"
#include "sanitizer_common/sanitizer_atomic.h"
#include "sanitizer_common/sanitizer_common.h"
#include "sanitizer_common/sanitizer_file.h"
#include "sanitizer_common/sanitizer_mutex.h"
#include "sanitizer_common/sanitizer_placement_new.h"
#include "sanitizer_common/sanitizer_posix.h"
#include "sanitizer_common/sanitizer_stackdepot.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/stat.h>

namespace memscope {

using namespace trace;

bool TraceActive;
bool TraceFullHistory;

namespace {

constexpr uptr kBufferSize = 64 << 10;
constexpr uptr kBatchHeaderSize =
    sizeof(RecordHeader) + sizeof(PassportBatchRecord);
// Head byte, a kind byte and ten varints of at most 10 bytes (Edge).
constexpr uptr kMaxEventSize = 2 + 10 * 10;
// Every this many events a buffer checks whether it is due a periodic flush.
constexpr u32 kFlushCheckInterval = 256;
constexpr uptr kPassportBlock = 1024;
struct TraceBuffer {
  TraceBuffer *NextBuffer; // every buffer ever made, for the final flush
  TraceBuffer *NextFree;
  atomic_uintptr_t Used;   // bytes of events after the header space
  u32 Tid;
  u32 Count;
  u32 MaxStack; // highest stack id its events name
  u64 BaseTimeNs, LastFlushNs;
  // The batch's encoding state (trace_format.h, "Version 3"), from 0 at
  // every batch.
  u64 LastAlloc, PrevAddr, PrevSlot;
  u32 AllocStack, FreeStack;
  // The shapes of Edge and Borrowed events (trace_format.h).
  struct EdgeShape {
    u32 FirstSite, LastSite, Origin;
    u8 KindByte;
    u64 Slot, Owner, OwnerOffset;
  } Edges[kShapes];
  struct BorrowShape {
    u32 Site;
    u8 Kind;
    u64 Slot;
  } Borrows[kShapes];
  u32 NumEdgeShapes, NumBorrowShapes;
  alignas(8) u8 Data[kBufferSize];
};

fd_t TraceFd = kInvalidFd;
int TracePid;    // the process the trace belongs to (not a vfork child)
int DeathSignal; // the signal the runtime is reporting, if it dies of one
int ExitStatus = -1; // from main's return or exit(); -1 while unknown
Mutex WriterMu;
bool Closed; // guarded by WriterMu
u32 LastStackWritten; // guarded by WriterMu
InternalMmapVector<u8> *Scratch; // guarded by WriterMu
ThreadObjectPool<TraceBuffer, &TraceBuffer::NextBuffer> Buffers;
pthread_key_t BufferKey;
u64 FlushPeriodNs;
uptr ModulesWritten; // guarded by WriterMu; modules are only ever appended

// Passports an Error record named: an allocation that takes their memory
// records its address (kHasAddr). A few are enough: a process rarely goes
// on after many errors, and more only cost that detail.
constexpr uptr kMaxWatched = 64;
PassportId Watched[kMaxWatched]; // guarded by WriterMu for writing
atomic_uint32_t NumWatched;

bool IsWatched(PassportId P) {
  u32 N = atomic_load(&NumWatched, memory_order_acquire);
  for (u32 I = 0; I < N; ++I)
    if (Watched[I] == P)
      return true;
  return false;
}

atomic_uint64_t NextPassportBlock;
MEMSCOPE_TLS TraceBuffer *ThreadBuffer;

NOINLINE u8 *PutUlebSlow(u8 *P, u64 V) {
  do {
    u8 Byte = V & 0x7f;
    V >>= 7;
    *P++ = Byte | (V ? 0x80 : 0);
  } while (V);
  return P;
}

NOINLINE u8 *PutSlebSlow(u8 *P, s64 V) {
  bool More = true;
  while (More) {
    u8 Byte = V & 0x7f;
    V >>= 7; // arithmetic shift
    More = !((V == 0 && !(Byte & 0x40)) || (V == -1 && (Byte & 0x40)));
    *P++ = Byte | (More ? 0x80 : 0);
  }
  return P;
}

// Most of an event's numbers are deltas and small ids: one byte.
ALWAYS_INLINE u8 *PutUleb(u8 *P, u64 V) {
  if (LIKELY(V < 0x80)) {
    *P = static_cast<u8>(V);
    return P + 1;
  }
  return PutUlebSlow(P, V);
}

ALWAYS_INLINE u8 *PutSleb(u8 *P, s64 V) {
  if (LIKELY(V >= -0x40 && V < 0x40)) {
    *P = static_cast<u8>(V & 0x7f);
    return P + 1;
  }
  return PutSlebSlow(P, V);
}

// --- writing records (WriterMu held) -------------------------------------

void WriteAllLocked(const void *Data, uptr Size) {
  SinkAppend(Data, Size);
  if (SinkFailed())
    Closed = true;
}

// Builds one record in Scratch: header first, then the pieces appended.
void BeginRecord(RecordType Type) {
  Scratch->clear();
  RecordHeader H = {static_cast<u32>(Type), 0};
  Scratch->resize(sizeof(H));
  internal_memcpy(Scratch->data(), &H, sizeof(H));
}
void Append(const void *Data, uptr Size) {
  uptr Old = Scratch->size();
  Scratch->resize(Old + Size);
  internal_memcpy(Scratch->data() + Old, Data, Size);
}
// Overwrites the first Size bytes after the record header: a fixed part
// whose counts are known only once its entries are appended.
void PatchRecordStart(const void *Data, uptr Size) {
  internal_memcpy(Scratch->data() + sizeof(RecordHeader), Data, Size);
}
void AppendU32(u32 V) { Append(&V, sizeof(V)); }
void AppendString(const char *S) {
  u32 Len = S ? internal_strlen(S) : 0;
  AppendU32(Len);
  Append(S, Len);
}
// A peak snapshot is held back (its records kept here, not written) until
// the heap shows it was worth writing; see TraceFreeing.
InternalMmapVector<u8> *Held; // guarded by WriterMu
bool Holding;                 // records go to Held

void EndRecordLocked() {
  auto *H = reinterpret_cast<RecordHeader *>(Scratch->data());
  H->Size = static_cast<u32>(Scratch->size() - sizeof(RecordHeader));
  if (Holding) {
    uptr Old = Held->size();
    if (Old + Scratch->size() > Held->capacity()) // grown geometrically
      Held->reserve(2 * (Old + Scratch->size()));
    Held->resize(Old + Scratch->size());
    internal_memcpy(Held->data() + Old, Scratch->data(), Scratch->size());
    return;
  }
  WriteAllLocked(Scratch->data(), Scratch->size());
}

// Stack ids are handed out in order 1, 2, ...; every id up to Last not
// written yet is written now (Last: the highest id the records about to be
// written name, or everything the depot has). An id whose trace is still
// being stored by another thread (size 0) waits for the next write.
void WriteStacksUpToLocked(u32 Last) {
  for (u32 Id = LastStackWritten + 1; Id <= Last; ++Id) {
    StackTrace Trace = StackDepotGet(Id);
    if (!Trace.size)
      break;
    BeginRecord(RecordType::Stack);
    StackRecord S = {Id, Trace.size};
    Append(&S, sizeof(S));
    // Each pc minus the one before: pcs of one stack lie close together.
    u8 Deltas[kStackTraceMax * 10];
    u8 *P = Deltas;
    u64 Prev = 0;
    for (uptr I = 0; I < Trace.size; ++I) {
      P = PutSleb(P, static_cast<s64>(Trace.trace[I] - Prev));
      Prev = Trace.trace[I];
    }
    Append(Deltas, P - Deltas);
    EndRecordLocked();
    LastStackWritten = Id;
  }
}

void WriteAllStacksLocked() {
  WriteStacksUpToLocked(StackDepotGetStats().n_uniq_ids);
}

void WriteModulesLocked() {
  ListOfModules Modules;
  Modules.init();
  for (uptr I = ModulesWritten; I < Modules.size(); ++I) {
    const LoadedModule &M = Modules[I];
    BeginRecord(RecordType::Module);
    u32 Ranges = 0;
    for (const auto &R : M.ranges()) {
      (void)R;
      ++Ranges;
    }
    ModuleRecord Rec = {M.base_address(), Ranges};
    Append(&Rec, sizeof(Rec));
    for (const auto &R : M.ranges()) {
      u64 Beg = R.beg, End = R.end;
      u8 Exec = R.executable;
      Append(&Beg, sizeof(Beg));
      Append(&End, sizeof(End));
      Append(&Exec, sizeof(Exec));
    }
    AppendString(M.full_name());
    AppendU32(static_cast<u32>(M.uuid_size()));
    Append(M.uuid(), M.uuid_size());
    EndRecordLocked();
  }
  // dl_iterate_phdr lists modules in load order, and a dlclose'd one stays
  // in the trace: later ones are appended, so only the count is kept.
  if (Modules.size() > ModulesWritten)
    ModulesWritten = Modules.size();
}

// Writes the events of B as one batch. Count is exact for a buffer its own
// thread flushes; 0 ("decode to the end") for another thread's buffer.
void WriteBufferLocked(TraceBuffer *B, bool OwnBuffer) {
  uptr Used = atomic_load(&B->Used, memory_order_acquire);
  if (!Used || Closed)
    return;
  auto *H = reinterpret_cast<RecordHeader *>(B->Data);
  H->Type = static_cast<u32>(RecordType::PassportBatch);
  H->Size = static_cast<u32>(sizeof(PassportBatchRecord) + Used);
  auto *Batch = reinterpret_cast<PassportBatchRecord *>(B->Data + sizeof(*H));
  Batch->BaseTimeNs = B->BaseTimeNs;
  Batch->EndTimeNs = MonotonicNanoTime();
  Batch->Tid = B->Tid;
  Batch->Count = OwnBuffer ? B->Count : 0;
  WriteAllLocked(B->Data, kBatchHeaderSize + Used);
}

void ResetBuffer(TraceBuffer *B) {
  atomic_store(&B->Used, 0, memory_order_relaxed);
  B->Count = 0;
  B->MaxStack = 0;
  B->LastAlloc = 0;
  B->PrevAddr = 0;
  B->PrevSlot = 0;
  B->AllocStack = 0;
  B->FreeStack = 0;
  B->NumEdgeShapes = 0;
  B->NumBorrowShapes = 0;
}

void FlushOwnBuffer(TraceBuffer *B) {
  {
    Lock L(&WriterMu);
    if (!Closed) {
      WriteStacksUpToLocked(B->MaxStack);
      WriteBufferLocked(B, /*OwnBuffer=*/true);
      SinkFlush();
    }
  }
  ResetBuffer(B);
  B->LastFlushNs = MonotonicNanoTime();
}

void ReleaseBuffer(void *Arg) {
  auto *B = static_cast<TraceBuffer *>(Arg);
  FlushOwnBuffer(B);
  ThreadBuffer = nullptr;
  Buffers.giveBack(B);
}

TraceBuffer *AcquireBuffer() {
  TraceBuffer *B = Buffers.take("memscope trace buffer");
  B->Tid = CurrentTid();
  ResetBuffer(B);
  B->LastFlushNs = MonotonicNanoTime();
  ThreadBuffer = B;
  pthread_setspecific(BufferKey, B);
  return B;
}

// Reserves room for one event and returns where to encode it, starting the
// batch's clock if it is the first event.
ALWAYS_INLINE u8 *BeginEvent(TraceBuffer *&B) {
  B = ThreadBuffer;
  if (UNLIKELY(!B))
    B = AcquireBuffer();
  uptr Used = atomic_load(&B->Used, memory_order_relaxed);
  if (UNLIKELY(Used + kMaxEventSize > kBufferSize - kBatchHeaderSize)) {
    FlushOwnBuffer(B);
    Used = 0;
  }
  if (UNLIKELY(Used == 0))
    B->BaseTimeNs = MonotonicNanoTime();
  return B->Data + kBatchHeaderSize + Used;
}

ALWAYS_INLINE void EndEvent(TraceBuffer *B, u8 *End) {
  atomic_store(&B->Used, End - (B->Data + kBatchHeaderSize),
               memory_order_release);
  if (UNLIKELY(++B->Count % kFlushCheckInterval == 0) &&
      MonotonicNanoTime() - B->LastFlushNs > FlushPeriodNs)
    FlushOwnBuffer(B);
}

ALWAYS_INLINE u8 *PutHead(u8 *P, PassportEvent Event, AllocKind Kind,
                          u8 Flags = 0) {
  *P++ = static_cast<u8>(Event) | (static_cast<u8>(Kind) << 4) | Flags;
  return P;
}

// A passport reference: its age, counted from the batch's last allocation.
ALWAYS_INLINE u8 *PutPRef(TraceBuffer *B, u8 *P, PassportId Passport) {
  return PutSleb(P, static_cast<s64>(B->LastAlloc - Passport));
}

// A record with a fixed payload and nothing after it, written at once.
void WriteFixedRecord(RecordType Type, const void *Payload, uptr Size) {
  if (!TraceActive)
    return;
  Lock L(&WriterMu);
  if (Closed)
    return;
  BeginRecord(Type);
  Append(Payload, Size);
  EndRecordLocked();
}

// Owner slots of ownership events: the delta from the batch's previous one
// (a few bytes: slots cluster on stacks and in a few blocks).
ALWAYS_INLINE u8 *PutSlot(TraceBuffer *B, u8 *P, uptr Slot) {
  P = PutSleb(P, static_cast<s64>(Slot - B->PrevSlot));
  B->PrevSlot = Slot;
  return P;
}

bool LockForLastWrite();

void OnDeath() {
  TraceFinish(TraceEnd::Die, common_flags()->exitcode, DeathSignal);
}
void OnExit() { TraceFinish(TraceEnd::Exit, ExitStatus, 0); }

void WriteProcessLocked() {
  BeginRecord(RecordType::Process);
  ProcessRecord P = {static_cast<u64>(internal_getpid()), NanoTime()};
  Append(&P, sizeof(P));
  AppendString(MEMSCOPE_VERSION_STRING);
  char **Argv = GetArgv();
  u32 Argc = 0;
  while (Argv && Argv[Argc])
    ++Argc;
  AppendU32(Argc);
  for (u32 I = 0; I < Argc; ++I)
    AppendString(Argv[I]);
  char Binary[kMaxPathLength];
  ReadBinaryNameCached(Binary, sizeof(Binary));
  AppendString(Binary);
  EndRecordLocked();
}

// A 64-bit mix (the finaliser of SplitMix64): every input bit moves half
// the output bits.
u64 Mix64(u64 X) {
  X ^= X >> 30;
  X *= 0xbf58476d1ce4e5b9ULL;
  X ^= X >> 27;
  X *= 0x94d049bb133111ebULL;
  return X ^ (X >> 31);
}

// The HeapRefs record of a live block: its words that point into live
// blocks, its content hash and its MinHash sketch over the distinct nonzero
// words (one hash split into 8 bins by its top 3 bits; each bin keeps a
// byte of its smallest hash, 0xff if empty): two blocks' sketches agree in
// a bin with about the probability that their word sets overlap, however
// many words they have.
u32 SnapshotsTaken;
bool FinalSnapshotTaken; // at main's return, exit() or the trace's end

// One snapshot being written: its roots (sorted by address), and what the
// blocks it lists add up to.
struct SnapshotState {
  InternalMmapVector<RootTarget> *Roots;
  InternalMmapVector<HeapRoot> *RootBlocks;
  u64 Bytes, Blocks;
};

void WriteHeapRefs(const ChunkView &C, void *Arg) {
  auto *S = static_cast<SnapshotState *>(Arg);
  ++S->Blocks;
  S->Bytes += C.UserSize;
  if (C.Ignored) {
    // The leak check ignores it (__lsan_ignore_object, __lsan_disable):
    // held from where memscope cannot see, as LSan takes it.
    S->RootBlocks->push_back(
        {C.Passport, static_cast<u32>(RootKind::Ignored), 0});
  } else if (!S->Roots->empty()) {
    const InternalMmapVector<RootTarget> &Roots = *S->Roots;
    uptr I = InternalLowerBound(
        Roots, C.UserBeg,
        [](const RootTarget &R, uptr Chunk) { return R.Chunk < Chunk; });
    if (I < Roots.size() && Roots[I].Chunk == C.UserBeg)
      S->RootBlocks->push_back({C.Passport, Roots[I].Kind, 0});
  }
  uptr Limit = static_cast<uptr>(flags()->snapshot_refs);
  const uptr Beg = C.UserBeg, End = C.UserBeg + C.UserSize;
  HeapRefsRecord R = {C.Passport,
                      C.UserBeg,
                      C.UserSize,
                      0x6d656d73636f7065ULL ^ C.UserSize,
                      0,
                      C.AllocStack,
                      SnapshotsTaken,
                      0,
                      0};
  u64 Bins[8];
  internal_memset(Bins, 0xff, sizeof(Bins));
  BeginRecord(RecordType::HeapRefs);
  Append(&R, sizeof(R)); // rewritten below, once the counts are known
  uptr P = Beg;
  for (; P + sizeof(uptr) <= End; P += sizeof(uptr)) {
    uptr Word = *reinterpret_cast<const uptr *>(P);
    R.ContentHash = Mix64(R.ContentHash ^ Word);
    if (!Word)
      continue;
    u64 H = Mix64(Word);
    u64 &Bin = Bins[H >> 61];
    Bin = H < Bin ? H : Bin;
    uptr TargetBeg;
    PassportId Target;
    if (!LiveBlockAtLocked(Word, &TargetBeg, &Target))
      continue;
    if (R.RefCount == Limit) {
      ++R.OmittedRefs;
      continue;
    }
    HeapRef Ref = {Target, Saturate<u32>(P - Beg),
                   Saturate<u32>(Word - TargetBeg), {0, 0}};
    for (uptr I = 0; I < 2; ++I) {
      uptr Next = P + (I + 1) * sizeof(uptr);
      if (Next + sizeof(uptr) <= End)
        Ref.Next[I] = *reinterpret_cast<const uptr *>(Next);
    }
    Append(&Ref, sizeof(Ref));
    ++R.RefCount;
  }
  for (; P < End; ++P) // the tail shorter than a word
    R.ContentHash = Mix64(R.ContentHash ^ *reinterpret_cast<const u8 *>(P));
  for (uptr I = 0; I < 8; ++I) {
    // Bits 8..15 of the smallest hash: the low bits below the bin's are
    // small for a large block, these stay uniform.
    u64 Byte = Bins[I] == ~0ULL ? 0xff : (Bins[I] >> 8) & 0xff;
    R.Sketch |= (Byte == 0xff && Bins[I] != ~0ULL ? 0xfe : Byte) << (8 * I);
  }
  PatchRecordStart(&R, sizeof(R));
  EndRecordLocked();
}

// Peak snapshots (snapshot_peaks): the live bytes allocated while tracing,
// the level a free must see for the next one, the size of the one held
// back, and the level below which a free writes it.
bool PeakSnapshots;
atomic_uintptr_t LiveBytes;
atomic_uintptr_t NextPeak;
atomic_uint8_t PeakBusy;
uptr HeldBytes; // guarded by WriterMu
atomic_uintptr_t DrainBelow;
// Their cost: peak snapshots wait while they have taken more than 2 % of
// the time since the trace began (and more than 100 ms).
u64 TraceStartNs, PeakSnapshotNs;

// Every live block's HeapRefs record, then the Snapshot record. Roots, if
// RootsKnown, is what the root scan found just before. A peak snapshot is
// held back, replacing the one held before (a smaller heap).
void WriteHeapSnapshotLocked(SnapshotWhy Why,
                             InternalMmapVector<RootTarget> &Roots,
                             bool RootsKnown) {
  ++SnapshotsTaken;
  Sort(Roots.data(), Roots.size(),
       [](const RootTarget &A, const RootTarget &B) {
         return A.Chunk < B.Chunk;
       });
  // The stacks its blocks name first: those are never held back.
  WriteStacksUpToLocked(~0u);
  Holding = Why == SnapshotWhy::Peak;
  if (Holding)
    Held->clear();
  InternalMmapVector<HeapRoot> RootBlocks;
  SnapshotState S = {&Roots, &RootBlocks, 0, 0};
  ForEachLiveChunk(WriteHeapRefs, &S);
  BeginRecord(RecordType::Snapshot);
  SnapshotRecord R = {SnapshotsTaken,
                      static_cast<u32>(Why),
                      MonotonicNanoTime(),
                      S.Bytes,
                      S.Blocks,
                      static_cast<u32>(RootBlocks.size()),
                      RootsKnown ? kSnapshotRootsKnown : 0};
  Append(&R, sizeof(R));
  Append(RootBlocks.data(), RootBlocks.size() * sizeof(HeapRoot));
  EndRecordLocked();
  if (Holding) {
    Holding = false;
    HeldBytes = S.Bytes;
    // A free that takes the heap a quarter below it writes it.
    atomic_store_relaxed(&DrainBelow, S.Bytes - S.Bytes / 4);
  }
}

// LiveBytes, 0 when frees of blocks from before the trace outweigh.
uptr LiveBytesNow() {
  sptr Live = static_cast<sptr>(atomic_load_relaxed(&LiveBytes));
  return Live > 0 ? static_cast<uptr>(Live) : 0;
}

// The held peak snapshot, if any: written if the heap (Live bytes now)
// lost a quarter of it since (the program took its structures down), else
// dropped (a larger one, or the final one about to be taken, has as much).
void ResolveHeldLocked(uptr Live) {
  atomic_store_relaxed(&DrainBelow, 0);
  if (!Held || Held->empty())
    return;
  if (Live < HeldBytes - HeldBytes / 4 || !Live)
    WriteAllLocked(Held->data(), Held->size());
  Held->clear();
}

void WriteLiveChunk(const ChunkView &C, void *) {
  BeginRecord(RecordType::LiveChunk);
  uptr Snapshot = static_cast<uptr>(flags()->snapshot_bytes);
  u32 Content = static_cast<u32>(C.UserSize < Snapshot ? C.UserSize : Snapshot);
  LiveChunkRecord R = {C.Passport, C.UserBeg, C.UserSize, C.AllocTid,
                       C.AllocStack, Content, 0};
  Append(&R, sizeof(R));
  Append(reinterpret_cast<const void *>(C.UserBeg), Content);
  EndRecordLocked();
}

} // namespace

PassportId PassportMark() { return atomic_load_relaxed(&NextPassportBlock); }

MEMSCOPE_TLS PassportId NextPassport;
MEMSCOPE_TLS PassportId PassportLimit;

PassportId NewPassportBlock() {
  NextPassport = atomic_fetch_add(&NextPassportBlock, kPassportBlock,
                                  memory_order_relaxed) +
                 1;
  PassportLimit = NextPassport + kPassportBlock;
  return NextPassport++;
}

// --- the trace file ----------------------------------------------------------
//
// One file per process, never shared: a name is taken only by creating it
// (O_EXCL), or, for trace_path, by holding an exclusive flock on it. The
// descriptor is close-on-exec and moved above the numbers a program expects
// to be its own (programs that check which descriptors they hold, or that
// expect open() to return 3, must not see it).

namespace {

// The lowest descriptor number the trace may use: near the top of the soft
// limit, but below 1024 so that the common limit leaves room above it.
int HighDescriptorBase() {
  rlimit L;
  if (getrlimit(RLIMIT_NOFILE, &L) != 0 || L.rlim_cur == RLIM_INFINITY)
    return 512;
  rlim_t Limit = L.rlim_cur < 1024 ? L.rlim_cur : 1024;
  return Limit > 64 ? static_cast<int>(Limit - 32) : 3;
}

// Moves Fd to a high close-on-exec number (if it can), closing the old one.
fd_t MoveHigh(fd_t Fd) {
  int High = fcntl(Fd, F_DUPFD_CLOEXEC, HighDescriptorBase());
  if (High < 0)
    High = fcntl(Fd, F_DUPFD_CLOEXEC, 3);
  if (High < 0)
    return Fd; // already close-on-exec (O_CLOEXEC)
  internal_close(Fd);
  return High;
}

// Creates Path if no file has that name; kInvalidFd with *Err otherwise.
fd_t CreateExclusive(const char *Path, int *Err) {
  uptr Res = internal_open(Path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  return internal_iserror(Res, Err) ? kInvalidFd : static_cast<fd_t>(Res);
}

// trace_path: replaced by this process unless another live process holds
// it (flock, released when that process's descriptor closes).
fd_t OpenNamedTrace(const char *Path, int *Err) {
  uptr Res = internal_open(Path, O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
  if (internal_iserror(Res, Err))
    return kInvalidFd;
  fd_t Fd = static_cast<fd_t>(Res);
  if (flock(Fd, LOCK_EX | LOCK_NB) != 0) {
    internal_close(Fd);
    *Err = EWOULDBLOCK;
    return kInvalidFd;
  }
  internal_ftruncate(Fd, 0);
  return Fd;
}

// Creates <Stem>.trace, or <Stem>.<n>.trace if a file of an earlier
// process with the same pid is in the way.
fd_t CreateNumbered(const char *Stem, char *Path, uptr Size, int *Err) {
  internal_snprintf(Path, Size, "%s.trace", Stem);
  fd_t Fd = CreateExclusive(Path, Err);
  for (int N = 1; Fd == kInvalidFd && *Err == EEXIST && N < 100; ++N) {
    internal_snprintf(Path, Size, "%s.%d.trace", Stem, N);
    Fd = CreateExclusive(Path, Err);
  }
  return Fd;
}

// Opens this process's trace file and fills Path with its name.
fd_t OpenTraceFile(bool ForkedChild, char *Path, uptr Size, int *Err) {
  int Pid = static_cast<int>(internal_getpid());
  const char *Named = flags()->trace_path;
  if (Named[0] && !ForkedChild) {
    internal_snprintf(Path, Size, "%s", Named);
    fd_t Fd = OpenNamedTrace(Path, Err);
    if (Fd != kInvalidFd || *Err != EWOULDBLOCK)
      return Fd;
    // Held by another process: this one takes <trace_path>.<pid>.
  }
  char Stem[kMaxPathLength];
  if (Named[0]) {
    internal_snprintf(Stem, sizeof(Stem), "%s.%d", Named, Pid);
    internal_snprintf(Path, Size, "%s", Stem);
    fd_t Fd = CreateExclusive(Path, Err);
    return Fd != kInvalidFd || *Err != EEXIST ? Fd
                                              : OpenNamedTrace(Path, Err);
  }
  if (const char *Dir = flags()->trace_dir; Dir[0]) {
    if (mkdir(Dir, 0755) != 0 && errno != EEXIST) {
      *Err = errno;
      internal_snprintf(Path, Size, "%s", Dir);
      return kInvalidFd;
    }
    char Binary[kMaxPathLength];
    ReadBinaryNameCached(Binary, sizeof(Binary));
    const char *Base = StripModuleName(Binary);
    internal_snprintf(Stem, sizeof(Stem), "%s/%s.%d", Dir,
                      Base && Base[0] ? Base : "memscope", Pid);
  } else {
    internal_snprintf(Stem, sizeof(Stem), "memscope.%d", Pid);
  }
  return CreateNumbered(Stem, Path, Size, Err);
}

} // namespace

// Opens the trace file and writes what a trace starts with (WriterMu
// held). A forked child gets a file of its own.
bool StartTraceFileLocked(bool ForkedChild) {
  char Path[kMaxPathLength];
  int Err = 0;
  TraceFd = OpenTraceFile(ForkedChild, Path, sizeof(Path), &Err);
  if (TraceFd == kInvalidFd) {
    Report("memscope: cannot create the trace '%s' (errno %d); running "
           "without a trace (trace=0 silences this)\n",
           Path, Err);
    return false;
  }
  TraceFd = MoveHigh(TraceFd);
  TracePid = static_cast<int>(internal_getpid());
  VReport(1, "memscope: writing the trace to %s\n", Path);
  FileHeaderV3 H;
  internal_memcpy(H.Base.Magic, kMagic, sizeof(kMagic));
  H.Base.FormatVersion = kFormatVersion;
  H.Base.EndianMark = kLittleEndianMark;
  H.Base.HeaderSize = sizeof(FileHeaderV3);
  H.Base.PointerSize = sizeof(void *);
  H.Compression = 0; // decided at the first flush (SinkStart)
  H.Flags = TraceFullHistory ? kFlagFullHistory : 0;
  SinkStart(TraceFd, H);
  WriteProcessLocked();
  WriteModulesLocked();
  // Before libc is up the compressor cannot be loaded yet (TraceLateInit
  // writes these); a forked child's can write at once.
  if (ForkedChild)
    SinkFlush();
  return true;
}

void InitializeTrace() {
  if (!flags()->trace)
    return;
  Scratch = new (InternalAlloc(sizeof(InternalMmapVector<u8>)))
      InternalMmapVector<u8>();
  FlushPeriodNs = static_cast<u64>(flags()->trace_flush_ms) * 1000000;
  TraceFullHistory = !internal_strcmp(flags()->ownership_history, "full");
  // Live bytes are counted from the start; peak snapshots are armed once
  // libc is up (TraceLateInit: the root scan needs it).
  PeakSnapshots = flags()->snapshot_peaks && flags()->snapshot_refs > 0;
  atomic_store_relaxed(&NextPeak, ~uptr(0));
  Held = new (InternalAlloc(sizeof(InternalMmapVector<u8>)))
      InternalMmapVector<u8>();
  SinkInitialize();
  {
    Lock L(&WriterMu);
    if (!StartTraceFileLocked(/*ForkedChild=*/false))
      return;
  }
  CHECK_EQ(pthread_key_create(&BufferKey, ReleaseBuffer), 0);
  TraceActive = true;
  // The main thread's record; the others are written as they are created.
  TraceThreadCreated(kMainTid, kInvalidTid, 0);
  AddDieCallback(OnDeath);
  Atexit(OnExit);
}

// Once libc is initialised (the runtime's constructor runs before the
// program's): the compressor is loaded and the start of the trace written.
void TraceLateInit() {
  if (!TraceActive)
    return;
  SinkLoadCompressor();
  {
    Lock L(&WriterMu);
    if (!Closed)
      SinkFlush();
  }
  // Peak snapshots from here on (the root scan needs libc up): the first
  // once 64 KiB are live.
  TraceStartNs = MonotonicNanoTime();
  atomic_store_relaxed(&NextPeak, 64 << 10);
}

void TraceBeforeFork() {
  if (TraceActive)
    WriterMu.Lock();
}

void TraceAfterForkParent() {
  if (TraceActive)
    WriterMu.Unlock();
}

void TraceAfterForkChild() {
  if (!TraceActive)
    return;
  // The child shares the parent's file (and offset): it writes its own. The
  // events buffered before the fork are the parent's; only the forking
  // thread lives on in the child.
  for (auto *B = Buffers.first();
       B; B = B->NextBuffer)
    ResetBuffer(B);
  if (!Closed)
    CloseFile(TraceFd);
  Closed = false;
  LastStackWritten = 0;
  ModulesWritten = 0;
  bool Started = StartTraceFileLocked(/*ForkedChild=*/true);
  Closed = !Started;
  WriterMu.Unlock();
  if (Started)
    TraceThreadCreated(CurrentTid(), kInvalidTid, 0);
}

void TraceAllocated(PassportId Passport, uptr Addr, uptr Size, u32 Stack,
                    AllocKind Kind, PassportId Previous) {
  if (!TraceActive)
    return;
  TraceBuffer *B;
  u8 *P = BeginEvent(B);
  bool SameStack = Stack == B->AllocStack;
  bool HasAddr = TraceFullHistory || (UNLIKELY(atomic_load_relaxed(&NumWatched)) &&
                                 Previous && IsWatched(Previous));
  P = PutHead(P, PassportEvent::Allocated, Kind,
              (SameStack ? kSameStack : 0) | (HasAddr ? kHasAddr : 0));
  P = PutSleb(P, static_cast<s64>(Passport - B->LastAlloc - 1));
  if (HasAddr) {
    P = PutSleb(P, static_cast<s64>(Addr - B->PrevAddr));
    B->PrevAddr = Addr;
  }
  P = PutUleb(P, Size);
  if (!SameStack)
    P = PutUleb(P, Stack);
  if (PeakSnapshots)
    atomic_fetch_add(&LiveBytes, Size, memory_order_relaxed);
  B->LastAlloc = Passport;
  B->AllocStack = Stack;
  if (Stack > B->MaxStack)
    B->MaxStack = Stack;
  EndEvent(B, P);
}

// A free while peak snapshots are on: counts, and may take one first.
void TraceFreeing(uptr Size);

void TraceFreed(PassportId Passport, u32 Stack, AllocKind Kind, uptr Size) {
  if (!TraceActive)
    return;
  if (PeakSnapshots)
    TraceFreeing(Size);
  // Free stacks only with the full history: a report names where a block
  // was freed only for the block an error names, whose ErrorBlock record
  // has it, and free stacks are the second largest part of a trace (every
  // destructor inlined somewhere else makes another one). Every Freed event
  // then says kSameStack, and the batch's FreeStack stays 0: no stack.
  if (!TraceFullHistory)
    Stack = 0;
  TraceBuffer *B;
  u8 *P = BeginEvent(B);
  bool SameStack = Stack == B->FreeStack;
  P = PutHead(P, PassportEvent::Freed, Kind, SameStack ? kSameStack : 0);
  P = PutPRef(B, P, Passport);
  if (!SameStack)
    P = PutUleb(P, Stack);
  B->FreeStack = Stack;
  if (Stack > B->MaxStack)
    B->MaxStack = Stack;
  EndEvent(B, P);
}

void TraceRelated(PassportEvent Event, PassportId Passport, PassportId Other) {
  if (!TraceActive)
    return;
  TraceBuffer *B;
  u8 *P = BeginEvent(B);
  P = PutHead(P, Event, AllocKind::Malloc);
  P = PutPRef(B, P, Passport);
  P = PutSleb(P, static_cast<s64>(Other - Passport));
  EndEvent(B, P);
}

// Only with the full history: a block leaving the quarantine is implied by
// its address being reused, and costs an event per allocation.
void TraceEvicted(PassportId Passport) {
  if (!TraceActive || !TraceFullHistory)
    return;
  TraceBuffer *B;
  u8 *P = BeginEvent(B);
  P = PutHead(P, PassportEvent::Evicted, AllocKind::Malloc);
  P = PutPRef(B, P, Passport);
  EndEvent(B, P);
}

void TraceForeign(PassportId Passport, ForeignHow How, u32 Site, uptr Pc) {
  if (!TraceActive)
    return;
  TraceBuffer *B;
  u8 *P = BeginEvent(B);
  P = PutHead(P, PassportEvent::Foreign, AllocKind(0));
  P = PutPRef(B, P, Passport);
  *P++ = static_cast<u8>(How);
  P = PutUleb(P, Site);
  P = PutUleb(P, Pc);
  EndEvent(B, P);
}

void TraceTyped(PassportId Passport, u32 Site) {
  if (!TraceActive)
    return;
  TraceBuffer *B;
  u8 *P = BeginEvent(B);
  bool Last = Passport == B->LastAlloc;
  P = PutHead(P, PassportEvent::Typed, AllocKind(0), Last ? kLastAlloc : 0);
  if (!Last)
    P = PutPRef(B, P, Passport);
  P = PutUleb(P, Site);
  EndEvent(B, P);
}

void TraceOwned(PassportId Passport, u8 Kind, uptr Slot,
                PassportId OwnerPassport, uptr OwnerOffset, u32 Site,
                uptr FromSlot, u32 Stack) {
  if (!TraceActive || !TraceFullHistory)
    return;
  TraceBuffer *B;
  u8 *P = BeginEvent(B);
  P = PutHead(P, PassportEvent::Owned, AllocKind(0));
  P = PutPRef(B, P, Passport);
  *P++ = Kind;
  P = PutSlot(B, P, Slot);
  P = PutUleb(P, OwnerPassport);
  P = PutUleb(P, OwnerOffset);
  P = PutUleb(P, Site);
  P = PutSleb(P, FromSlot ? static_cast<s64>(FromSlot - Slot) : 0);
  P = PutUleb(P, Stack);
  if (!(Stack & kOriginCallerSite) && Stack > B->MaxStack)
    B->MaxStack = Stack;
  EndEvent(B, P);
}

void TraceReleased(PassportId Passport, ReleaseHow How, uptr Slot, u32 Site) {
  if (!TraceActive || !TraceFullHistory)
    return;
  TraceBuffer *B;
  u8 *P = BeginEvent(B);
  P = PutHead(P, PassportEvent::Released, AllocKind(0));
  P = PutPRef(B, P, Passport);
  *P++ = static_cast<u8>(How);
  P = PutSlot(B, P, Slot);
  P = PutUleb(P, Site);
  EndEvent(B, P);
}

void TraceBorrowed(PassportId Passport, EdgeKind Kind, uptr Slot, u32 Site,
                   uptr Count) {
  if (!TraceActive)
    return;
  TraceBuffer *B;
  u8 *P = BeginEvent(B);
  u8 KindByte = static_cast<u8>(Kind);
  u32 N = B->NumBorrowShapes < kShapes ? B->NumBorrowShapes : kShapes;
  u32 Index = 0;
  while (Index < N && !(B->Borrows[Index].Site == Site &&
                        B->Borrows[Index].Kind == KindByte))
    ++Index;
  bool New = Index == N;
  P = PutHead(P, PassportEvent::Borrowed, AllocKind(0),
              (New ? kBorrowNewSite : 0) | (Count == 1 ? kBorrowOnce : 0));
  if (New) {
    Index = B->NumBorrowShapes++ % kShapes;
    B->Borrows[Index] = {Site, KindByte, 0};
    *P++ = KindByte;
    P = PutUleb(P, Site);
  } else {
    *P++ = static_cast<u8>(Index);
  }
  P = PutPRef(B, P, Passport);
  P = PutSleb(P, static_cast<s64>(Slot - B->Borrows[Index].Slot));
  B->Borrows[Index].Slot = Slot;
  if (Count != 1)
    P = PutUleb(P, Count);
  EndEvent(B, P);
}

void TraceEdge(const EdgeSummary &E) {
  if (!TraceActive || TraceFullHistory)
    return;
  TraceBuffer *B;
  u8 *P = BeginEvent(B);
  u8 KindByte = static_cast<u8>(E.Kind) | (E.OwnerPassport ? kEdgeInHeap : 0);
  u32 OwnerOffset = E.OwnerPassport ? static_cast<u32>(E.OwnerOffset) : 0;
  u32 N = B->NumEdgeShapes < kShapes ? B->NumEdgeShapes : kShapes;
  u32 Index = 0;
  for (; Index < N; ++Index) {
    const TraceBuffer::EdgeShape &S = B->Edges[Index];
    if (S.KindByte == KindByte && S.FirstSite == E.FirstSite &&
        S.LastSite == E.LastSite && S.Origin == E.Origin)
      break;
  }
  bool New = Index == N;
  bool Once = E.Count == 1 && E.Order == 1;
  P = PutHead(P, PassportEvent::Edge, AllocKind(0),
              (New ? kEdgeNewShape : 0) | (Once ? kEdgeOnce : 0) |
                  (E.Live ? kEdgeLive : 0));
  if (New) {
    Index = B->NumEdgeShapes++ % kShapes;
    B->Edges[Index] = {E.FirstSite, E.LastSite, E.Origin, KindByte, 0, 0, 0};
    *P++ = KindByte;
    P = PutUleb(P, E.FirstSite);
    P = PutUleb(P, E.LastSite);
    P = PutUleb(P, E.Origin);
  } else {
    *P++ = static_cast<u8>(Index);
  }
  TraceBuffer::EdgeShape &S = B->Edges[Index];
  P = PutPRef(B, P, E.Passport);
  P = PutSleb(P, static_cast<s64>(E.Slot - S.Slot));
  S.Slot = E.Slot;
  if (E.OwnerPassport) {
    P = PutSleb(P, static_cast<s64>(E.OwnerPassport - S.Owner));
    P = PutSleb(P, static_cast<s64>(OwnerOffset - S.OwnerOffset));
    S.Owner = E.OwnerPassport;
    S.OwnerOffset = OwnerOffset;
  }
  if (!Once) {
    P = PutUleb(P, E.Count);
    P = PutUleb(P, E.Order);
  }
  if (!(E.Origin & kOriginCallerSite) && E.Origin > B->MaxStack)
    B->MaxStack = E.Origin;
  EndEvent(B, P);
}

void TraceSite(u32 Id, const memscope_site &S) {
  if (!TraceActive)
    return;
  Lock L(&WriterMu);
  if (Closed)
    return;
  BeginRecord(RecordType::Site);
  SiteRecord R = {Id, S.Line, S.Column, S.Op, S.Family, S.Flags};
  Append(&R, sizeof(R));
  AppendString(S.File);
  AppendString(S.Function);
  AppendString(S.Variable);
  AppendString(S.Type);
  AppendString(S.Flags & MEMSCOPE_SITE_LAYOUT
                   ? S.Type + internal_strlen(S.Type) + 1
                   : nullptr);
  EndRecordLocked();
}

void TraceCycleLeak(const CycleLeakRecord &R, const CycleStep *Steps,
                    const PassportId *Held) {
  if (!TraceActive)
    return;
  Lock L(&WriterMu);
  if (Closed)
    return;
  BeginRecord(RecordType::CycleLeak);
  Append(&R, sizeof(R));
  Append(Steps, R.StepCount * sizeof(CycleStep));
  Append(Held, R.HeldCount * sizeof(PassportId));
  EndRecordLocked();
}

void TraceDiagnostic(const DiagnosticRecord &R) {
  WriteFixedRecord(RecordType::Diagnostic, &R, sizeof(R));
}

void TraceInstrumentedModule(uptr Pc) {
  InstrumentedModuleRecord R = {Pc};
  WriteFixedRecord(RecordType::InstrumentedModule, &R, sizeof(R));
}

void TraceLeakAlert(const LeakAlertRecord &R) {
  if (!TraceIsThisProcess())
    return;
  Lock L(&WriterMu);
  if (Closed)
    return;
  WriteStacksUpToLocked(R.Stack);
  BeginRecord(RecordType::LeakAlert);
  Append(&R, sizeof(R));
  EndRecordLocked();
  SinkFlush(); // readable while the process runs on
}

void TraceThreadCreated(ThreadId Tid, ThreadId Parent, u32 CreationStack) {
  if (!TraceActive)
    return;
  ThreadRecord R = {Tid, Parent, CreationStack, 0, 0, MonotonicNanoTime()};
  WriteFixedRecord(RecordType::Thread, &R, sizeof(R));
}

void TraceError(const char *Kind, uptr Addr, uptr AccessSize, uptr Pc,
                PassportId Passport, u32 Stack, bool IsWrite, bool Fatal,
                const ErrorBlockRecord *Block) {
  if (!TraceIsThisProcess())
    return;
  // A fatal report may come from a thread that died inside a write.
  if (Fatal ? !LockForLastWrite() : (WriterMu.Lock(), false))
    return;
  if (Closed) {
    WriterMu.Unlock();
    return;
  }
  WriteStacksUpToLocked(Stack);
  BeginRecord(RecordType::Error);
  ErrorRecord R = {Addr,         AccessSize,         Pc, Passport,
                   MonotonicNanoTime(), CurrentTid(), Stack,
                   static_cast<u8>(IsWrite), static_cast<u8>(Fatal), 0, 0};
  Append(&R, sizeof(R));
  AppendString(Kind);
  EndRecordLocked();
  if (Block) {
    WriteStacksUpToLocked(Block->AllocStack > Block->FreeStack
                              ? Block->AllocStack
                              : Block->FreeStack);
    BeginRecord(RecordType::ErrorBlock);
    Append(Block, sizeof(*Block));
    EndRecordLocked();
    u32 N = atomic_load_relaxed(&NumWatched);
    if (N < kMaxWatched && !IsWatched(Block->Passport)) {
      Watched[N] = Block->Passport;
      atomic_store(&NumWatched, N + 1, memory_order_release);
    }
  }
  SinkFlush(); // the process may die right after
  WriterMu.Unlock();
}

void TraceLeakCheck(u32 CheckId, bool AtExit, bool OnlyNew,
                    const LeakGroup *Groups, uptr GroupCount,
                    const LeakGroup *Reachable, uptr ReachableCount) {
  if (!TraceActive)
    return;
  Lock L(&WriterMu);
  if (Closed)
    return;
  u32 MaxStack = 0;
  u64 Bytes = 0, Objects = 0;
  for (uptr I = 0; I < GroupCount; ++I) {
    MaxStack = Groups[I].Stack > MaxStack ? Groups[I].Stack : MaxStack;
    Bytes += Groups[I].Bytes;
    Objects += Groups[I].Objects;
  }
  for (uptr I = 0; I < ReachableCount; ++I)
    MaxStack = Reachable[I].Stack > MaxStack ? Reachable[I].Stack : MaxStack;
  WriteStacksUpToLocked(MaxStack);
  BeginRecord(RecordType::LeakCheck);
  LeakCheckRecord C = {MonotonicNanoTime(),
                       CheckId,
                       static_cast<u32>(GroupCount + ReachableCount),
                       Bytes,
                       Objects,
                       static_cast<u8>(AtExit),
                       static_cast<u8>(OnlyNew),
                       0,
                       0};
  Append(&C, sizeof(C));
  EndRecordLocked();
  auto WriteGroup = [&](const LeakGroup &G, LeakKind Kind) {
    BeginRecord(RecordType::Leak);
    LeakRecord R = {G.Bytes,          G.Objects,
                    CheckId,          G.Stack,
                    G.PassportCount,  static_cast<u8>(Kind),
                    {0, 0, 0}};
    Append(&R, sizeof(R));
    for (u32 J = 0; J < G.PassportCount; ++J)
      Append(&G.Passports[J], sizeof(PassportId));
    EndRecordLocked();
  };
  for (uptr I = 0; I < GroupCount; ++I)
    WriteGroup(Groups[I],
               Groups[I].Indirect ? LeakKind::Indirect : LeakKind::Direct);
  for (uptr I = 0; I < ReachableCount; ++I)
    WriteGroup(Reachable[I], LeakKind::StillReachable);
  SinkFlush();
}

void TraceRefreshModules() {
  if (!TraceActive)
    return;
  Lock L(&WriterMu);
  if (!Closed)
    WriteModulesLocked();
}

namespace {

// The writer lock for a last write from a dying process, which must never
// wait forever: the holder may be this very thread, interrupted inside a
// write. Another thread's write finishes soon, so a while is worth waiting.
bool LockForLastWrite() {
  for (int I = 0; I < 200; ++I) {
    if (WriterMu.TryLock())
      return true;
    internal_sched_yield();
    if (I >= 100)
      SleepForMillis(1);
  }
  return false;
}

// Writes every buffer and the stacks they name (WriterMu held).
void WriteAllBuffersLocked() {
  WriteAllStacksLocked();
  for (auto *B = Buffers.first();
       B; B = B->NextBuffer)
    WriteBufferLocked(B, /*OwnBuffer=*/B == ThreadBuffer);
  WriteModulesLocked();
}

} // namespace

bool TraceIsThisProcess() {
  return TraceActive && internal_getpid() == TracePid;
}

void TraceSetDeathSignal(int Signal) { DeathSignal = Signal; }

void TraceSetExitCode(int Status) { ExitStatus = Status & 0xff; }

void TraceHeapSnapshot(SnapshotWhy Why) {
  if (!TraceActive || flags()->snapshot_refs <= 0)
    return;
  bool Final = Why == SnapshotWhy::MainReturn;
  if (Final && FinalSnapshotTaken)
    return;
  // The roots first, with the world stopped; the heap walk then holds the
  // allocator (blocks freed in between are simply not listed).
  InternalMmapVector<RootTarget> Roots;
  bool RootsKnown = CollectRootTargetsUnlessChecking(&Roots);
  Lock L(&WriterMu);
  if (Closed || (Final && FinalSnapshotTaken))
    return;
  if (Final) {
    FinalSnapshotTaken = true;
    atomic_store_relaxed(&NextPeak, ~uptr(0)); // no peaks from here on
  }
  if (Why != SnapshotWhy::Peak)
    ResolveHeldLocked(LiveBytesNow());
  WriteHeapSnapshotLocked(Why, Roots, RootsKnown);
}

void TraceFreeing(uptr Size) {
  // The live bytes before this free (negative: blocks allocated before the
  // trace began were freed since).
  sptr Before = static_cast<sptr>(
      atomic_fetch_sub(&LiveBytes, Size, memory_order_relaxed));
  if (Before <= 0)
    return;
  uptr Live = static_cast<uptr>(Before);
  if (LIKELY(Live < atomic_load_relaxed(&NextPeak) &&
             Live >= atomic_load_relaxed(&DrainBelow)) ||
      atomic_exchange(&PeakBusy, 1, memory_order_acquire))
    return;
  if (Live >= atomic_load_relaxed(&NextPeak)) {
    // Live bytes have grown by a quarter since the last snapshot (doubled,
    // past 1 MiB), and this free is the first to lower them: the heap is
    // at its largest since then. The snapshot is held back until the heap
    // loses a quarter of it; a larger one replaces it. Within the budget.
    u64 Start = MonotonicNanoTime();
    u64 Budget = (Start - TraceStartNs) / 50;
    if (PeakSnapshotNs <= (Budget > 100000000 ? Budget : 100000000)) {
      TraceHeapSnapshot(SnapshotWhy::Peak);
      PeakSnapshotNs += MonotonicNanoTime() - Start;
    }
    atomic_store_relaxed(&NextPeak,
                         Live < (1u << 20) ? Live + Live / 4 : 2 * Live);
  } else {
    Lock L(&WriterMu);
    if (!Closed)
      ResolveHeldLocked(Live); // the program is taking the heap down
  }
  atomic_store(&PeakBusy, 0, memory_order_release);
}

void TraceFinish(TraceEnd How, int ExitCode, int Signal) {
  if (!TraceActive)
    return;
  // At exit without a snapshot yet (main was not instrumented): the roots
  // first, as TraceHeapSnapshot takes them.
  InternalMmapVector<RootTarget> Roots;
  bool RootsKnown = false;
  if (How == TraceEnd::Exit && !FinalSnapshotTaken &&
      flags()->snapshot_refs > 0)
    RootsKnown = CollectRootTargetsUnlessChecking(&Roots);
  if (How == TraceEnd::Exit)
    WriterMu.Lock();
  else if (!LockForLastWrite())
    return; // this thread died inside a write: the last flush is the trace
  if (!Closed) {
    WriteAllBuffersLocked();
    // A peak snapshot still held: at exit, written if the heap has shrunk
    // since (else the final one has as much); a process dying in the middle
    // of its work takes no final snapshot and keeps this one.
    ResolveHeldLocked(How == TraceEnd::Exit ? LiveBytesNow() : 0);
    if (How == TraceEnd::Exit) {
      if (!FinalSnapshotTaken && flags()->snapshot_refs > 0) {
        FinalSnapshotTaken = true;
        WriteHeapSnapshotLocked(SnapshotWhy::Exit, Roots, RootsKnown);
      }
      ForEachLiveChunk(WriteLiveChunk, nullptr);
    }
    WriteAllStacksLocked();
    BeginRecord(RecordType::End);
    EndRecord E = {MonotonicNanoTime(), 0, static_cast<u32>(ExitCode),
                   static_cast<u32>(Signal)};
    Append(&E, sizeof(E));
    EndRecordLocked();
    SinkEnd();
    Closed = true;
    CloseFile(TraceFd);
  }
  WriterMu.Unlock();
}

void TraceBeforeExec(const char *Path) {
  if (!TraceIsThisProcess() || !LockForLastWrite())
    return;
  if (!Closed) {
    WriteAllBuffersLocked();
    BeginRecord(RecordType::Exec);
    ExecRecord R = {MonotonicNanoTime()};
    Append(&R, sizeof(R));
    AppendString(Path);
    EndRecordLocked();
    SinkFlush();
    // The events after this point belong to the new image (or, if exec
    // fails, follow here): the buffers start again.
    for (auto *B = Buffers.first();
         B; B = B->NextBuffer)
      if (B == ThreadBuffer)
        ResetBuffer(B);
  }
  WriterMu.Unlock();
}

} // namespace memscope
