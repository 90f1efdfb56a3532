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

#include "sanitizer_common/sanitizer_allocator_internal.h"
#include "sanitizer_common/sanitizer_atomic.h"
#include "sanitizer_common/sanitizer_common.h"
#include "sanitizer_common/sanitizer_file.h"
#include "sanitizer_common/sanitizer_mutex.h"
#include "sanitizer_common/sanitizer_placement_new.h"
#include "sanitizer_common/sanitizer_posix.h"
#include "sanitizer_common/sanitizer_stackdepot.h"

#include <pthread.h>

namespace memscope {

using namespace trace;

bool TraceActive;

namespace {

// The format version this writer's layouts are (trace_format.h's
// kFormatVersion is the newest the header defines).
constexpr u32 kWriterFormatVersion = 2;
constexpr uptr kBufferSize = 64 << 10;
constexpr uptr kBatchHeaderSize =
    sizeof(RecordHeader) + sizeof(PassportBatchRecord);
// Head byte, a kind byte and seven varints of at most 10 bytes (Owned).
constexpr uptr kMaxEventSize = 2 + 7 * 10;
// Every this many events a buffer checks whether it is due a periodic flush.
constexpr u32 kFlushCheckInterval = 256;
constexpr uptr kPassportBlock = 1024;
// EINTR on Linux; sanitizer_errno_codes.h does not define it.
constexpr int kErrnoEintr = 4;

struct TraceBuffer {
  TraceBuffer *NextBuffer; // every buffer ever made, for the final flush
  TraceBuffer *NextFree;
  atomic_uintptr_t Used;   // bytes of events after the header space
  u32 Tid;
  u32 Count;
  u32 MaxStack; // highest stack id its events name
  u64 BaseTimeNs, PrevAddr, PrevSlot, LastFlushNs;
  alignas(8) u8 Data[kBufferSize];
};

fd_t TraceFd = kInvalidFd;
Mutex WriterMu;
bool Closed; // guarded by WriterMu
u32 LastStackWritten; // guarded by WriterMu
InternalMmapVector<u8> *Scratch; // guarded by WriterMu
atomic_uintptr_t AllBuffers;
StaticSpinMutex FreeListMu;
TraceBuffer *FreeList;
pthread_key_t BufferKey;
u64 FlushPeriodNs;
uptr ModulesWritten; // guarded by WriterMu; modules are only ever appended

atomic_uint64_t NextPassportBlock;
MEMSCOPE_TLS PassportId NextPassport;
MEMSCOPE_TLS PassportId PassportLimit;
MEMSCOPE_TLS TraceBuffer *ThreadBuffer;

u8 *PutUleb(u8 *P, u64 V) {
  do {
    u8 Byte = V & 0x7f;
    V >>= 7;
    *P++ = Byte | (V ? 0x80 : 0);
  } while (V);
  return P;
}

u8 *PutSleb(u8 *P, s64 V) {
  bool More = true;
  while (More) {
    u8 Byte = V & 0x7f;
    V >>= 7; // arithmetic shift
    More = !((V == 0 && !(Byte & 0x40)) || (V == -1 && (Byte & 0x40)));
    *P++ = Byte | (More ? 0x80 : 0);
  }
  return P;
}

// --- writing records (WriterMu held) -------------------------------------

void WriteAllLocked(const void *Data, uptr Size) {
  const char *P = static_cast<const char *>(Data);
  while (Size) {
    uptr Res = internal_write(TraceFd, P, Size);
    int Err;
    if (internal_iserror(Res, &Err)) {
      if (Err == kErrnoEintr)
        continue;
      Report("memscope: cannot write the trace (errno %d); tracing stops\n",
             Err);
      Closed = true;
      return;
    }
    P += Res;
    Size -= Res;
  }
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
void AppendU32(u32 V) { Append(&V, sizeof(V)); }
void AppendString(const char *S) {
  u32 Len = S ? internal_strlen(S) : 0;
  AppendU32(Len);
  Append(S, Len);
}
void EndRecordLocked() {
  auto *H = reinterpret_cast<RecordHeader *>(Scratch->data());
  H->Size = static_cast<u32>(Scratch->size() - sizeof(RecordHeader));
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
    for (uptr I = 0; I < Trace.size; ++I) {
      u64 Pc = Trace.trace[I];
      Append(&Pc, sizeof(Pc));
    }
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
  B->PrevAddr = 0;
  B->PrevSlot = 0;
}

void FlushOwnBuffer(TraceBuffer *B) {
  {
    Lock L(&WriterMu);
    if (!Closed) {
      WriteStacksUpToLocked(B->MaxStack);
      WriteBufferLocked(B, /*OwnBuffer=*/true);
    }
  }
  ResetBuffer(B);
  B->LastFlushNs = MonotonicNanoTime();
}

void ReleaseBuffer(void *Arg) {
  auto *B = static_cast<TraceBuffer *>(Arg);
  FlushOwnBuffer(B);
  ThreadBuffer = nullptr;
  SpinMutexLock L(&FreeListMu);
  B->NextFree = FreeList;
  FreeList = B;
}

TraceBuffer *AcquireBuffer() {
  TraceBuffer *B = nullptr;
  {
    SpinMutexLock L(&FreeListMu);
    if (FreeList) {
      B = FreeList;
      FreeList = B->NextFree;
    }
  }
  if (!B) {
    B = static_cast<TraceBuffer *>(
        MmapOrDie(sizeof(TraceBuffer), "memscope trace buffer"));
    uptr Head = atomic_load(&AllBuffers, memory_order_relaxed);
    do
      B->NextBuffer = reinterpret_cast<TraceBuffer *>(Head);
    while (!atomic_compare_exchange_weak(&AllBuffers, &Head,
                                         reinterpret_cast<uptr>(B),
                                         memory_order_release));
  }
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

ALWAYS_INLINE u8 *EncodeHead(u8 *P, PassportEvent Event, AllocKind Kind,
                             PassportId Passport) {
  *P++ = static_cast<u8>(Event) | (static_cast<u8>(Kind) << 4);
  return PutUleb(P, Passport);
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

void OnDeath() { TraceFinish(/*AtExit=*/false, common_flags()->exitcode); }
void OnExit() { TraceFinish(/*AtExit=*/true, -1); }

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

PassportId NewPassportId() {
  if (UNLIKELY(NextPassport == PassportLimit)) {
    NextPassport = atomic_fetch_add(&NextPassportBlock, kPassportBlock,
                                    memory_order_relaxed) +
                   1;
    PassportLimit = NextPassport + kPassportBlock;
  }
  return NextPassport++;
}

// Opens the trace file and writes what a trace starts with (WriterMu
// held). A forked child names its file after its own pid.
bool StartTraceFileLocked(bool ForkedChild) {
  char Path[kMaxPathLength];
  int Pid = static_cast<int>(internal_getpid());
  if (flags()->trace_path[0] && ForkedChild)
    internal_snprintf(Path, sizeof(Path), "%s.%d", flags()->trace_path, Pid);
  else if (flags()->trace_path[0])
    internal_snprintf(Path, sizeof(Path), "%s", flags()->trace_path);
  else
    internal_snprintf(Path, sizeof(Path), "memscope.%d.trace", Pid);
  error_t Err;
  TraceFd = OpenFile(Path, WrOnly, &Err);
  if (TraceFd == kInvalidFd) {
    Report("memscope: cannot create the trace '%s' (errno %d); running "
           "without a trace (trace=0 silences this)\n",
           Path, Err);
    return false;
  }
  VReport(1, "memscope: writing the trace to %s\n", Path);
  FileHeader H;
  internal_memcpy(H.Magic, kMagic, sizeof(kMagic));
  // This writer still lays events out as version 2 does; the version-3
  // writer (compressed, delta-coded, aggregated edges) replaces it.
  H.FormatVersion = kWriterFormatVersion;
  H.EndianMark = kLittleEndianMark;
  H.HeaderSize = sizeof(FileHeader);
  H.PointerSize = sizeof(void *);
  WriteAllLocked(&H, sizeof(H));
  WriteProcessLocked();
  WriteModulesLocked();
  return true;
}

void InitializeTrace() {
  if (!flags()->trace)
    return;
  Scratch = new (InternalAlloc(sizeof(InternalMmapVector<u8>)))
      InternalMmapVector<u8>();
  FlushPeriodNs = static_cast<u64>(flags()->trace_flush_ms) * 1000000;
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
  for (auto *B = reinterpret_cast<TraceBuffer *>(
           atomic_load(&AllBuffers, memory_order_acquire));
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
                    AllocKind Kind) {
  if (!TraceActive)
    return;
  TraceBuffer *B;
  u8 *P = BeginEvent(B);
  P = EncodeHead(P, PassportEvent::Allocated, Kind, Passport);
  P = PutSleb(P, static_cast<s64>(Addr - B->PrevAddr));
  P = PutUleb(P, Size);
  P = PutUleb(P, Stack);
  B->PrevAddr = Addr;
  if (Stack > B->MaxStack)
    B->MaxStack = Stack;
  EndEvent(B, P);
}

void TraceFreed(PassportId Passport, u32 Stack, AllocKind Kind) {
  if (!TraceActive)
    return;
  TraceBuffer *B;
  u8 *P = BeginEvent(B);
  P = EncodeHead(P, PassportEvent::Freed, Kind, Passport);
  P = PutUleb(P, Stack);
  if (Stack > B->MaxStack)
    B->MaxStack = Stack;
  EndEvent(B, P);
}

void TraceRelated(PassportEvent Event, PassportId Passport, PassportId Other) {
  if (!TraceActive)
    return;
  TraceBuffer *B;
  u8 *P = BeginEvent(B);
  P = EncodeHead(P, Event, AllocKind::Malloc, Passport);
  P = PutUleb(P, Other);
  EndEvent(B, P);
}

void TraceEvicted(PassportId Passport) {
  if (!TraceActive)
    return;
  TraceBuffer *B;
  u8 *P = BeginEvent(B);
  P = EncodeHead(P, PassportEvent::Evicted, AllocKind::Malloc,
                 Passport);
  EndEvent(B, P);
}

void TraceTyped(PassportId Passport, u32 Site) {
  if (!TraceActive)
    return;
  TraceBuffer *B;
  u8 *P = BeginEvent(B);
  P = EncodeHead(P, PassportEvent::Typed, AllocKind(0), Passport);
  P = PutUleb(P, Site);
  EndEvent(B, P);
}

void TraceOwned(PassportId Passport, u8 Kind, uptr Slot,
                PassportId OwnerPassport, uptr OwnerOffset, u32 Site,
                uptr FromSlot, u32 Stack) {
  if (!TraceActive)
    return;
  TraceBuffer *B;
  u8 *P = BeginEvent(B);
  P = EncodeHead(P, PassportEvent::Owned, AllocKind(0), Passport);
  *P++ = Kind;
  P = PutSlot(B, P, Slot);
  P = PutUleb(P, OwnerPassport);
  P = PutUleb(P, OwnerOffset);
  P = PutUleb(P, Site);
  P = PutSleb(P, FromSlot ? static_cast<s64>(FromSlot - Slot) : 0);
  P = PutUleb(P, Stack);
  if (Stack > B->MaxStack)
    B->MaxStack = Stack;
  EndEvent(B, P);
}

void TraceReleased(PassportId Passport, ReleaseHow How, uptr Slot, u32 Site) {
  if (!TraceActive)
    return;
  TraceBuffer *B;
  u8 *P = BeginEvent(B);
  P = EncodeHead(P, PassportEvent::Released, AllocKind(0), Passport);
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
  P = EncodeHead(P, PassportEvent::Borrowed, AllocKind(0), Passport);
  *P++ = static_cast<u8>(Kind);
  P = PutSlot(B, P, Slot);
  P = PutUleb(P, Site);
  P = PutUleb(P, Count);
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

void TraceThreadCreated(ThreadId Tid, ThreadId Parent, u32 CreationStack) {
  if (!TraceActive)
    return;
  ThreadRecord R = {Tid, Parent, CreationStack, 0, 0, MonotonicNanoTime()};
  WriteFixedRecord(RecordType::Thread, &R, sizeof(R));
}

void TraceError(const char *Kind, uptr Addr, uptr AccessSize, uptr Pc,
                PassportId Passport, u32 Stack, bool IsWrite, bool Fatal) {
  if (!TraceActive)
    return;
  Lock L(&WriterMu);
  if (Closed)
    return;
  WriteStacksUpToLocked(Stack);
  BeginRecord(RecordType::Error);
  ErrorRecord R = {Addr,         AccessSize,         Pc, Passport,
                   MonotonicNanoTime(), CurrentTid(), Stack,
                   static_cast<u8>(IsWrite), static_cast<u8>(Fatal), 0, 0};
  Append(&R, sizeof(R));
  AppendString(Kind);
  EndRecordLocked();
}

void TraceLeakCheck(u32 CheckId, bool AtExit, bool OnlyNew,
                    const LeakGroup *Groups, uptr GroupCount) {
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
  WriteStacksUpToLocked(MaxStack);
  BeginRecord(RecordType::LeakCheck);
  LeakCheckRecord C = {MonotonicNanoTime(),        CheckId,
                       static_cast<u32>(GroupCount), Bytes,
                       Objects,                     static_cast<u8>(AtExit),
                       static_cast<u8>(OnlyNew),    0,
                       0};
  Append(&C, sizeof(C));
  EndRecordLocked();
  for (uptr I = 0; I < GroupCount; ++I) {
    const LeakGroup &G = Groups[I];
    BeginRecord(RecordType::Leak);
    LeakRecord R = {G.Bytes, G.Objects, CheckId, G.Stack, G.PassportCount,
                    static_cast<u8>(G.Indirect ? LeakKind::Indirect
                                               : LeakKind::Direct),
                    {0, 0, 0}};
    Append(&R, sizeof(R));
    for (u32 J = 0; J < G.PassportCount; ++J)
      Append(&G.Passports[J], sizeof(PassportId));
    EndRecordLocked();
  }
}

void TraceRefreshModules() {
  if (!TraceActive)
    return;
  Lock L(&WriterMu);
  if (!Closed)
    WriteModulesLocked();
}

void TraceFinish(bool AtExit, int ExitCode) {
  if (!TraceActive)
    return;
  // On death the dying thread may hold the lock itself (a crash inside a
  // write): then the last flush is what the trace keeps.
  if (AtExit)
    WriterMu.Lock();
  else if (!WriterMu.TryLock())
    return;
  if (!Closed) {
    WriteAllStacksLocked();
    for (auto *B = reinterpret_cast<TraceBuffer *>(
             atomic_load(&AllBuffers, memory_order_acquire));
         B; B = B->NextBuffer)
      WriteBufferLocked(B, /*OwnBuffer=*/B == ThreadBuffer);
    WriteModulesLocked();
    if (AtExit)
      ForEachLiveChunk(WriteLiveChunk, nullptr);
    WriteAllStacksLocked();
    BeginRecord(RecordType::End);
    EndRecord E = {MonotonicNanoTime(), 0, static_cast<u32>(ExitCode), 0};
    Append(&E, sizeof(E));
    EndRecordLocked();
    Closed = true;
    CloseFile(TraceFd);
  }
  WriterMu.Unlock();
}

} // namespace memscope
