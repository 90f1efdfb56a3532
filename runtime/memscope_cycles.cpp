//===- memscope_cycles.cpp - cycle leaks at exit --------------------------===//
//
// Allocations kept alive only by strong smart-pointer edges among
// themselves. At exit, the strong edges of the owner tables between live
// blocks make a snapshot graph; blocks owned from outside it (a variable, a
// global, a control block counting owners memscope does not know of) and
// everything they reach are alive; the strongly connected components of the
// rest (Tarjan's algorithm, iterative) are the cycle leaks, each reported
// with its shortest path, the edge that should be a weak_ptr, and what else
// it keeps alive. The graph is built from owner slots and the memory of its
// blocks only, so stale stack copies cannot hide a cycle; a cycle some root
// still reaches (a global's raw pointer or weak_ptr into it) is no leak, as
// the leak check's verdict says (LeakedAtExit, asked only when there is a
// cycle).
//
// See also: memscope_owner_table.h (the edges), docs/Ownership.md ("Cycle
// leaks"), test/Runtime/ownership/cycle-*.cpp.
//===----------------------------------------------------------------------===//
#include "memscope_ownership.h"
#include "memscope_owner_table.h"
#include "memscope_report.h"
#include "memscope_stack_frames.h"
#include "memscope_trace.h"

#include "memscope/abi.h"

#include "sanitizer_common/sanitizer_common.h"
#include "sanitizer_common/sanitizer_dense_map.h"
#include "sanitizer_common/sanitizer_placement_new.h"
#include "sanitizer_common/sanitizer_report_decorator.h"

namespace memscope {

using namespace trace;

namespace {

// The cycle search works on a snapshot of the strong edges between live
// blocks.
struct CycleNode {
  uptr Beg;
  uptr Size;
  PassportId Passport;
  bool Container = false; // holds owner slots but is owned by none
  bool Held = false;      // (on a container's set) a block outside it
                          // points into it
  bool External = false;  // an owner outside the snapshot keeps it alive
  bool Alive = false;
  bool OnStack = false;
  uptr CtrlSize = 0; // its control block, allocated apart (shared_ptr(new T))
  s32 Index = -1, Low = -1;
  u32 Scc = 0;   // 1-based strongly connected component, among dead nodes
  u32 Cycle = 0; // the cycle leak that reports it, 0 if none yet
};
struct CycleEdge {
  u32 From, To;  // node indices
  uptr SlotOffset;
  u32 Site, Stack;
  u8 Kind;
  // From a Rust container's buffer (or node) to an element it owns, named
  // by the container's field: "an element of 'X::items'".
  bool Element;
  // Where the pointer is a part of the element (a tuple's Rc), its own
  // site: "the Rc<Node> in an element of 'X::items'".
  u32 Inner = 0;
};

struct Snapshot {
  InternalMmapVector<CycleNode> Nodes;
  InternalMmapVector<CycleEdge> Edges;    // sorted by From
  InternalMmapVector<uptr> FirstEdge;     // per node, into Edges; size+1
};

u32 NodeIndex(const Snapshot &G, uptr Beg) {
  uptr I = InternalLowerBound(G.Nodes, Beg, [](const CycleNode &N, uptr B) {
    return N.Beg < B;
  });
  return I < G.Nodes.size() && G.Nodes[I].Beg == Beg ? I : ~0U;
}

// How a control block counts its strong owners.
enum class Counting : u8 { Libstdcxx, Libcxx, Rust };

struct PendingEdge {
  uptr OwnerBeg; // 0: the slot is not in a heap block (a variable)
  uptr ObjBeg;
  uptr SlotOffset;
  uptr Ctrl; // the control block, 0 for unique_ptr, Box and Vec
  u32 Site, Stack;
  u8 Kind;
  Counting Counts;
  bool Element; // CycleEdge::Element
  u32 Inner = 0; // CycleEdge::Inner
};

Counting CountingOf(bool Libcxx) {
  return Libcxx ? Counting::Libcxx : Counting::Libstdcxx;
}

// A strong owner slot whose memory was freed while it still held its
// object: the library moved it with memcpy (libc++ relocates shared_ptr and
// unique_ptr elements that way when a vector grows) or freed it without
// running its destructor.
struct LostOwner {
  uptr Ptr, Ctrl, OldSlot, ObjBeg;
  PassportId Passport;
  u32 Site, Stack;
  u8 Kind;
  bool Libcxx;
};

// A word in a live block that holds a lost owner's value.
struct Candidate {
  uptr Addr, BlockBeg;
  u32 Lost; // index into the sorted lost owners
};

struct RecoveryScan {
  InternalMmapVector<LostOwner> *Lost; // sorted by Ptr
  InternalMmapVector<uptr> *Known;     // slots the table knows, sorted
  InternalMmapVector<Candidate> *Found;
};

void ScanForLostOwners(const ChunkView &C, void *Arg) {
  auto *Scan = static_cast<RecoveryScan *>(Arg);
  const InternalMmapVector<LostOwner> &Lost = *Scan->Lost;
  const uptr *Words = reinterpret_cast<const uptr *>(C.UserBeg);
  uptr N = C.UserSize / sizeof(uptr);
  for (uptr W = 0; W < N; ++W) {
    uptr I = InternalLowerBound(Lost, Words[W],
                                [](const LostOwner &L, uptr V) {
                                  return L.Ptr < V;
                                });
    for (; I < Lost.size() && Lost[I].Ptr == Words[W]; ++I) {
      if (Lost[I].Ctrl && (W + 1 >= N || Words[W + 1] != Lost[I].Ctrl))
        continue;
      uptr Addr = C.UserBeg + W * sizeof(uptr);
      uptr K = InternalLowerBound(*Scan->Known, Addr);
      if (K < Scan->Known->size() && (*Scan->Known)[K] == Addr)
        continue;
      Scan->Found->push_back({Addr, C.UserBeg, static_cast<u32>(I)});
      break; // one candidate per word; the group decides below
    }
  }
}

bool SameValue(const LostOwner &A, const LostOwner &B) {
  return A.Ptr == B.Ptr && A.Ctrl == B.Ctrl;
}

// Finds where lost owners went: words in live blocks holding the same
// stored pointer (and control block) that no known slot accounts for. A
// group of lost owners of one value is recovered only if exactly as many
// such words exist; otherwise its object counts as owned from outside, so
// that an unknown owner never makes a false cycle. Recovered owners are
// recorded in the trace as moved.
void RecoverLostOwners(InternalMmapVector<LostOwner> &Lost,
                       InternalMmapVector<PendingEdge> *Pending,
                       InternalMmapVector<uptr> *ExternalObjects) {
  Sort(Lost.data(), Lost.size(), [](const LostOwner &A, const LostOwner &B) {
    return A.Ptr != B.Ptr ? A.Ptr < B.Ptr : A.Ctrl < B.Ctrl;
  });
  InternalMmapVector<uptr> Known;
  ForEachActiveEntry(
      [](OwnerEntry &, uptr Slot, void *Arg) {
        static_cast<InternalMmapVector<uptr> *>(Arg)->push_back(Slot);
      },
      &Known);
  Sort(Known.data(), Known.size());
  InternalMmapVector<Candidate> Found;
  RecoveryScan Scan = {&Lost, &Known, &Found};
  ForEachLiveChunk(ScanForLostOwners, &Scan);
  Sort(Found.data(), Found.size(), [](const Candidate &A, const Candidate &B) {
    return A.Lost != B.Lost ? A.Lost < B.Lost : A.Addr < B.Addr;
  });
  for (uptr G = 0; G < Lost.size();) {
    uptr GEnd = G;
    while (GEnd < Lost.size() && SameValue(Lost[GEnd], Lost[G]))
      ++GEnd;
    // The scan files every candidate under the group's first index.
    uptr F = InternalLowerBound(Found, G, [](const Candidate &C, uptr L) {
      return C.Lost < L;
    });
    uptr FEnd = F;
    while (FEnd < Found.size() && Found[FEnd].Lost == G)
      ++FEnd;
    if (FEnd - F != GEnd - G) {
      ExternalObjects->push_back(Lost[G].ObjBeg);
      G = GEnd;
      continue;
    }
    for (uptr I = 0; I < GEnd - G; ++I) {
      const LostOwner &L = Lost[G + I];
      const Candidate &C = Found[F + I];
      Pending->push_back({C.BlockBeg, L.ObjBeg, C.Addr - C.BlockBeg, L.Ctrl,
                          L.Site, L.Stack, L.Kind, CountingOf(L.Libcxx)});
      uptr Beg;
      BlockMeta *Holder = LiveBlockOf(C.Addr, &Beg);
      TraceReleased(L.Passport, ReleaseHow::MovedOut, L.OldSlot, L.Site);
      PassportId HolderPassport = Holder ? Holder->Passport : kNoPassport;
      TraceOwned(L.Passport, L.Kind, C.Addr, HolderPassport,
                 C.Addr - C.BlockBeg, L.Site, L.OldSlot, L.Stack);
      EdgeSummary Moved = {L.Passport,  C.Addr, HolderPassport,
                           C.Addr - C.BlockBeg, L.Site, L.Site, 1, 1, L.Stack,
                           static_cast<EdgeKind>(L.Kind), /*Live=*/true};
      TraceEdge(Moved);
    }
    G = GEnd;
  }
}

// The number of strong owners a control block counts, or 0 if it cannot
// be read. Rust's RcInner and ArcInner start with theirs.
uptr UseCount(uptr Ctrl, Counting Counts) {
  uptr Beg, Size;
  if (!Ctrl || !LiveBlockOf(Ctrl, &Beg, &Size) || Ctrl + 16 > Beg + Size)
    return 0;
  if (Counts == Counting::Rust)
    return *reinterpret_cast<const uptr *>(Ctrl);
  return ReadUseCount(Ctrl, Counts == Counting::Libcxx);
}

// The set of X in a union-find forest (Parent[X] == X at the top).
u32 FindSet(InternalMmapVector<u32> &Parent, u32 X) {
  while (Parent[X] != X)
    X = Parent[X] = Parent[Parent[X]];
  return X;
}

// The containers (sorted starts) that a live heap block outside the
// snapshot, or a frame exit() left suspended, points at the start of.
struct OutsideScan {
  InternalMmapVector<uptr> Nodes; // the snapshot's blocks, sorted
  const InternalMmapVector<uptr> *Containers;
  InternalMmapVector<uptr> *Out;
};

// Notes the words of [Beg, End) that are a container's start.
void NoteContainerStarts(uptr Beg, uptr End, void *Arg) {
  auto *S = static_cast<OutsideScan *>(Arg);
  for (uptr A = RoundUpTo(Beg, sizeof(uptr)); A + sizeof(uptr) <= End;
       A += sizeof(uptr)) {
    uptr V = *reinterpret_cast<const uptr *>(A);
    uptr J = InternalLowerBound(*S->Containers, V);
    if (J < S->Containers->size() && (*S->Containers)[J] == V)
      S->Out->push_back(V);
  }
}

void PointedFromOutside(const Snapshot &G, const InternalMmapVector<uptr> &Containers,
                        InternalMmapVector<uptr> *Out) {
  if (Containers.empty())
    return;
  OutsideScan S;
  S.Containers = &Containers;
  S.Out = Out;
  for (const CycleNode &N : G.Nodes)
    S.Nodes.push_back(N.Beg);
  Sort(S.Nodes.data(), S.Nodes.size());
  ForEachLiveChunk(
      [](const ChunkView &C, void *Arg) {
        auto *S = static_cast<OutsideScan *>(Arg);
        uptr I = InternalLowerBound(S->Nodes, C.UserBeg);
        if (I < S->Nodes.size() && S->Nodes[I] == C.UserBeg)
          return; // in the snapshot: its edges are known
        NoteContainerStarts(C.UserBeg, C.UserBeg + C.UserSize, S);
      },
      &S);
  // The frames exit() left suspended (a container in main's frame), and
  // their variables on the fake stack: alive, as the leak check counts
  // them.
  uptr Beg, End;
  if (!SuspendedFrames(&Beg, &End))
    return;
  NoteContainerStarts(Beg, End, &S);
  ForEachLiveFakeFrame(CurrentThread().FakeStack, NoteContainerStarts, &S);
}

// Container buffers: a block that holds owner slots but is not itself
// owned by a smart pointer (a std::vector's array, a std::list or std::map
// node) belongs to whichever snapshot blocks point to its beginning. The
// nodes of one linked container point to each other (a list's neighbours,
// a tree's parent and children): those that point to each other make one
// container, held if a snapshot block other than its own nodes points into
// it, else kept alive from outside (its container object is a variable, a
// global, or a block no smart pointer owns: a `new`ed std::map). Only
// snapshot blocks are scanned, so a stale pointer on a stack can never keep
// a cycle alive.
void AddContainerEdges(Snapshot *G, InternalMmapVector<uptr> *Containers) {
  Sort(Containers->data(), Containers->size());
  for (uptr N = 0; N < G->Nodes.size(); ++N) {
    const CycleNode &H = G->Nodes[N];
    // A Rust block read by its layout (an Rc's object, a Vec's buffer, a
    // map's table or node) has its edges already, and words it keeps past
    // its length (a popped Vec element, a removed BTreeMap entry) are stale
    // copies, not owners.
    uptr Beg;
    BlockMeta *M = LiveBlockOf(H.Beg, &Beg);
    const memscope_site *Type =
        M ? SiteById(M->TypeSite & ~kOwnedOnce) : nullptr;
    if (Type && (Type->Flags & MEMSCOPE_SITE_RUST))
      continue;
    const uptr *Words = reinterpret_cast<const uptr *>(H.Beg);
    for (uptr W = 0; W < H.Size / sizeof(uptr); ++W) {
      uptr V = Words[W];
      uptr I = InternalLowerBound(*Containers, V);
      if (I == Containers->size() || (*Containers)[I] != V)
        continue;
      u32 To = NodeIndex(*G, V);
      G->Edges.push_back({static_cast<u32>(N), To, W * sizeof(uptr), 0, 0,
                          static_cast<u8>(EdgeKind::Contains)});
    }
  }
  InternalMmapVector<u32> Parent;
  Parent.resize(G->Nodes.size());
  for (u32 I = 0; I < Parent.size(); ++I)
    Parent[I] = I;
  for (const CycleEdge &E : G->Edges)
    if (E.Kind == static_cast<u8>(EdgeKind::Contains) &&
        G->Nodes[E.From].Container)
      Parent[FindSet(Parent, E.From)] = FindSet(Parent, E.To);
  for (const CycleEdge &E : G->Edges)
    if (E.Kind == static_cast<u8>(EdgeKind::Contains) &&
        !G->Nodes[E.From].Container)
      G->Nodes[FindSet(Parent, E.To)].Held = true;
  // A container whose object is not in the snapshot (a `new`ed object
  // held by a raw pointer, a singleton): a heap block outside the snapshot
  // points at it, and it is kept alive from outside, even where one of its
  // elements keeps an iterator or the address of its own slot (which
  // points into it just the same, and must not make it their own).
  // Only a held container can be wrongly held: without one, the scan of
  // the heap is not needed.
  bool AnyHeld = false;
  for (u32 I = 0; I < G->Nodes.size() && !AnyHeld; ++I)
    AnyHeld = G->Nodes[I].Container && G->Nodes[FindSet(Parent, I)].Held;
  InternalMmapVector<uptr> Outside;
  if (AnyHeld)
    PointedFromOutside(*G, *Containers, &Outside);
  for (uptr C : Outside)
    G->Nodes[FindSet(Parent, NodeIndex(*G, C))].Held = false;
  for (u32 I = 0; I < G->Nodes.size(); ++I)
    if (G->Nodes[I].Container && !G->Nodes[FindSet(Parent, I)].Held)
      G->Nodes[I].External = true;
}

struct SnapshotScan {
  Snapshot *G;
  InternalMmapVector<PendingEdge> *Pending;
  InternalMmapVector<LostOwner> *Lost;
};

// One strong edge of the owner tables into the snapshot.
void AddEdgeToSnapshot(OwnerEntry &E, uptr Slot, void *Arg) {
  auto *Scan = static_cast<SnapshotScan *>(Arg);
  if (!IsStrong(E.Kind))
    return;
  uptr ObjBeg, ObjSize;
  BlockMeta *M = LiveBlockOf(E.Ptr, &ObjBeg, &ObjSize);
  if (!M || M->Passport != E.Passport)
    return; // stale: the object is gone
  Scan->G->Nodes.push_back({ObjBeg, ObjSize, M->Passport});
  uptr OwnerBeg = 0, OwnerSize = 0;
  BlockMeta *OM = LiveBlockOf(Slot, &OwnerBeg, &OwnerSize);
  if (!OM && IsHeapAddress(Slot)) {
    Scan->Lost->push_back({E.Ptr, E.Ctrl, Slot, ObjBeg, E.Passport, E.Site,
                           E.Stack, E.Kind, E.Libcxx});
    return;
  }
  // A slot in a live block that no longer holds the object was changed
  // behind the pass's back.
  if (OM && *reinterpret_cast<const uptr *>(Slot) != E.Ptr)
    return;
  Scan->Pending->push_back({OM ? OwnerBeg : 0, ObjBeg, OM ? Slot - OwnerBeg : 0,
                            E.Ctrl, E.Site, E.Stack, E.Kind,
                            CountingOf(E.Libcxx)});
}

// --- Rust: the owning fields of typed blocks ---------------------------------
//
// A block allocated by Box::new (Rc::new, Arc::new) carries its type's
// layout (pass/RustTypes.cpp): where it holds Rc, Arc, Box and Vec. Each
// field holding the start of a live block is an edge; a Box's pointee and a
// Vec's buffer are read with the layout the field gives them (a buffer as
// Len elements). Rc and Arc targets count their strong owners at offset 0,
// which tells owners the layouts do not show (a local, a HashMap).

const memscope_rust_layout *RustLayoutOf(u32 TypeSite) {
  const memscope_site *S = SiteById(TypeSite & ~kOwnedOnce);
  if (!S || !(S->Flags & MEMSCOPE_SITE_RUST_LAYOUT))
    return nullptr;
  return reinterpret_cast<const memscope_rust_layout *>(S);
}

// Whether field F of the layout at Base belongs to the enum variant its
// discriminant says is there (always, for a field of no enum).
bool VariantPresent(const memscope_rust_field &F, uptr Base, uptr BlockEnd) {
  if (!(F.DiscInfo & MEMSCOPE_DISC_PRESENT))
    return true;
  uptr Bytes = F.DiscInfo & 0xff, At = Base + F.DiscOffset;
  if (At + Bytes > BlockEnd)
    return false;
  u64 Value = 0;
  internal_memcpy(&Value, reinterpret_cast<const void *>(At), Bytes);
  bool Inside = Value >= F.DiscLo && Value <= F.DiscHi;
  return (F.DiscInfo & MEMSCOPE_DISC_OUTSIDE) ? !Inside : Inside;
}

struct RustBlock {
  uptr Beg, Size;
  const memscope_rust_layout *Layout;
  uptr Count, Stride;    // elements of Layout at Beg + I * Stride
  memscope_site *Holder; // the Box or Vec field that gave the layout
  PassportId Passport;
  // A hash table's control bytes: element I is at Ctrl - (I + 1) * Stride,
  // and there only if Ctrl[I] < 0x80 (a full bucket).
  uptr Ctrl = 0;
  // A ring (VecDeque): element I is at index (Head + I) % Capacity.
  uptr Head = 0, Capacity = 0;
  // Elements from Beg + First (a BTreeMap node's keys or values).
  uptr First = 0;
  // A BTreeMap node: Layout is the node's (keys, values, edges), Height
  // the levels of nodes below it.
  bool TreeNode = false;
  uptr Height = 0;
};

// A Vec's or VecDeque's buffer or a HashMap's table: the field's elements,
// which the field names.
bool IsRustContainer(u8 Family) {
  return Family == MEMSCOPE_FAMILY_VEC || Family == MEMSCOPE_FAMILY_HASH_TABLE ||
         Family == MEMSCOPE_FAMILY_VEC_DEQUE || Family == MEMSCOPE_FAMILY_BTREE ||
         Family == MEMSCOPE_FAMILY_LINKED_LIST;
}

// Whether P, a waker's data, is Arc::into_raw of the Arc whose ArcInner is
// the block at Beg: 16 bytes in (after the counts), the block typed with an
// Arc's layout.
bool IsArcData(const BlockMeta *M, uptr Beg, uptr P) {
  if (P != Beg + 2 * sizeof(uptr))
    return false;
  const memscope_rust_layout *L = RustLayoutOf(M->TypeSite);
  return L && L->Site.Type && !internal_strncmp(L->Site.Type, "Arc<", 4);
}

// Block Child (live, at ChildBeg) owned by the block at OwnerBeg through
// the pointer at Slot: a node of the graph and its edge, named by Site,
// which also names the child from now on if nothing typed it.
void AddOwnedChild(uptr OwnerBeg, uptr Slot, uptr ChildBeg, uptr ChildSize,
                   BlockMeta *Child, u32 Site, Snapshot *G,
                   InternalMmapVector<PendingEdge> *Pending) {
  G->Nodes.push_back({ChildBeg, ChildSize, Child->Passport});
  Pending->push_back({OwnerBeg, ChildBeg, Slot - OwnerBeg, 0, Site, 0,
                      static_cast<u8>(EdgeKind::Owns), Counting::Rust});
  if (!(Child->TypeSite & ~kOwnedOnce))
    Child->TypeSite = Site | (Child->TypeSite & kOwnedOnce);
}

// A LinkedList's nodes after its first (Beg, already an edge of the list's
// holder): Len of them at most, each owning the next through its next
// pointer (at F.HeadOffset), and each element (at F.Stride) read with
// F.Target unless the node was typed with a layout of its own.
void AddListNodes(uptr Beg, uptr Size, BlockMeta *M,
                  const memscope_rust_field &F, uptr Len, Snapshot *G,
                  InternalMmapVector<PendingEdge> *Pending,
                  InternalMmapVector<RustBlock> *Work,
                  DenseMap<uptr, bool> *Given) {
  u32 Site = SiteIdOf(F.Site);
  for (uptr I = 0; I < Len; ++I) {
    if (!Given->try_emplace(Beg, true).second)
      return; // a node already walked (or a ring: not a list)
    if (F.Target && !RustLayoutOf(M->TypeSite) &&
        F.Stride + F.Target->Size <= Size) {
      RustBlock Element = {Beg, Size, F.Target, 1, F.Target->Size, F.Site,
                           M->Passport};
      Element.First = F.Stride;
      Work->push_back(Element);
    }
    if (I + 1 == Len || F.HeadOffset + sizeof(uptr) > Size)
      return;
    uptr At = Beg + F.HeadOffset;
    uptr Next = *reinterpret_cast<const uptr *>(At), NBeg, NSize;
    BlockMeta *NM = Next ? LiveBlockOf(Next, &NBeg, &NSize) : nullptr;
    if (!NM || NBeg != Next)
      return;
    AddOwnedChild(Beg, At, NBeg, NSize, NM, Site, G, Pending);
    Beg = NBeg;
    Size = NSize;
    M = NM;
  }
}

// A BTreeMap node B: its keys and values as buffers of its len elements,
// and below it (Height > 0) its len + 1 children, each owned by it.
void AddTreeNode(const RustBlock &B, Snapshot *G,
                 InternalMmapVector<PendingEdge> *Pending,
                 InternalMmapVector<RustBlock> *Work, DenseMap<uptr, bool> *Given) {
  const memscope_rust_field *Fields = B.Layout->Fields;
  if (B.Layout->NumFields != 3)
    return;
  const memscope_rust_field &Keys = Fields[0], &Values = Fields[1],
                            &Edges = Fields[2];
  if (Keys.LenOffset + sizeof(u16) > B.Size)
    return;
  uptr Len = *reinterpret_cast<const u16 *>(B.Beg + Keys.LenOffset);
  if (Len > Keys.HeadOffset) // more than the capacity: not a node
    return;
  const memscope_rust_field *Arrays[] = {&Keys, &Values};
  for (const memscope_rust_field *F : Arrays) {
    if (!F->Target || !Len || F->Offset + Len * F->Stride > B.Size)
      continue;
    RustBlock Elements = {B.Beg, B.Size, F->Target, Len, F->Stride, B.Holder,
                          B.Passport};
    Elements.First = F->Offset;
    Work->push_back(Elements);
  }
  if (!B.Height || Edges.Offset + (Len + 1) * sizeof(uptr) > B.Size)
    return;
  u32 Site = SiteIdOf(B.Holder);
  for (uptr I = 0; I <= Len; ++I) {
    uptr At = B.Beg + Edges.Offset + I * sizeof(uptr);
    uptr Child = *reinterpret_cast<const uptr *>(At), CBeg, CSize;
    BlockMeta *CM = Child ? LiveBlockOf(Child, &CBeg, &CSize) : nullptr;
    if (!CM || CBeg != Child)
      continue;
    AddOwnedChild(B.Beg, At, CBeg, CSize, CM, Site, G, Pending);
    if (!Given->try_emplace(CBeg, true).second)
      continue;
    RustBlock Node = {CBeg, CSize, B.Layout, 1, B.Layout->Size, B.Holder,
                      CM->Passport};
    Node.TreeNode = true;
    Node.Height = B.Height - 1;
    Work->push_back(Node);
  }
}

// Whether a pointer of type Type is only a part of an element of type
// Element (the Rc in a map's (u32, Rc<Node>)), not the element itself (a
// Vec<Rc<Node>>'s, a HashSet's (Rc<Node>, ()): the set's element).
bool IsPartOfElement(const char *Type, const char *Element) {
  if (!Type || !Element || !internal_strcmp(Type, Element))
    return false;
  uptr Len = internal_strlen(Type), ElementLen = internal_strlen(Element);
  bool SetElement = ElementLen == Len + 6 && Element[0] == '(' &&
                    !internal_strncmp(Element + 1, Type, Len) &&
                    !internal_strcmp(Element + 1 + Len, ", ())");
  return !SetElement;
}

void AddRustEdges(Snapshot *G, InternalMmapVector<PendingEdge> *Pending) {
  if (!RustLayoutsSeen)
    return;
  InternalMmapVector<RustBlock> Work;
  ForEachLiveChunk(
      [](const ChunkView &C, void *Arg) {
        if (const memscope_rust_layout *L = RustLayoutOf(C.Own.TypeSite))
          static_cast<InternalMmapVector<RustBlock> *>(Arg)->push_back(
              {C.UserBeg, C.UserSize, L, 1, L->Size, nullptr, C.Passport});
      },
      &Work);
  // Blocks read with a layout a field gave them, once each; and the Vec
  // field that holds each buffer, which names its elements.
  DenseMap<uptr, bool> Given;
  DenseMap<uptr, memscope_site *> Holders;
  uptr FirstRustEdge = Pending->size();
  while (!Work.empty()) {
    RustBlock B = Work.back();
    Work.pop_back();
    if (B.TreeNode) {
      AddTreeNode(B, G, Pending, &Work, &Given);
      continue;
    }
    for (uptr I = 0; I < B.Count; ++I) {
      uptr Base = B.Beg + B.First + I * B.Stride;
      if (B.Capacity)
        Base = B.Beg + (B.Head + I) % B.Capacity * B.Stride;
      if (B.Ctrl) {
        if (*reinterpret_cast<const u8 *>(B.Ctrl + I) & 0x80)
          continue; // an empty or deleted bucket
        Base = B.Ctrl - (I + 1) * B.Stride;
      }
      for (u32 K = 0; K < B.Layout->NumFields; ++K) {
        const memscope_rust_field &F = B.Layout->Fields[K];
        uptr At = Base + F.Offset;
        if (At + sizeof(uptr) > B.Beg + B.Size ||
            !VariantPresent(F, Base, B.Beg + B.Size))
          continue;
        uptr P = *reinterpret_cast<const uptr *>(At);
        uptr TBeg, TSize;
        u8 Family = F.Site->Family;
        BlockMeta *TM = P ? LiveBlockOf(P, &TBeg, &TSize) : nullptr;
        // Dangling (an empty Vec, a zero-sized Box, an empty HashMap's
        // static control bytes), or memory not ours. A hash table's pointer
        // is to its control bytes, inside its block.
        if (!TM || (TBeg != P && Family != MEMSCOPE_FAMILY_HASH_TABLE &&
                    Family != MEMSCOPE_FAMILY_WAKER))
          continue;
        // A Waker owns a count of the Arc whose data it points to, made by
        // Waker::from(Arc<W>); any other waker (a vtable of the program's
        // own) is not followed.
        if (Family == MEMSCOPE_FAMILY_WAKER && !IsArcData(TM, TBeg, P))
          continue;
        // A buffer's element is named by the Vec field that holds the
        // buffer ('Parent::children'), a Box's pointee by the Box field.
        memscope_site *Named =
            (!F.Site->Variable || !*F.Site->Variable) && B.Holder ? B.Holder
                                                                  : F.Site;
        u32 Site = SiteIdOf(Named);
        bool Shared = Family == MEMSCOPE_FAMILY_SHARED ||
                      Family == MEMSCOPE_FAMILY_SHARED_SINGLE ||
                      Family == MEMSCOPE_FAMILY_WAKER;
        EdgeKind Kind = Family == MEMSCOPE_FAMILY_SHARED_SINGLE
                            ? EdgeKind::RcClone
                        : Family == MEMSCOPE_FAMILY_SHARED ||
                                Family == MEMSCOPE_FAMILY_WAKER
                            ? EdgeKind::ArcClone
                            : EdgeKind::Owns;
        G->Nodes.push_back({TBeg, TSize, TM->Passport});
        // An element of a container's buffer (or of an Rc<[T]>'s slice),
        // named by the container's field.
        bool Element = Named == B.Holder &&
                       (IsRustContainer(B.Holder->Family) || B.First);
        // The element is more than this pointer (a tuple holding it).
        u32 Inner = Element && IsPartOfElement(F.Site->Type,
                                               B.Layout->Site.Type)
                        ? SiteIdOf(F.Site)
                        : 0;
        Pending->push_back({B.Beg, TBeg, At - B.Beg, Shared ? TBeg : 0, Site, 0,
                            static_cast<u8>(Kind), Counting::Rust, Element,
                            Inner});
        // A recorded trace gets the edges as they are at exit (the graph's
        // Rust edges): the pass sees no operation on them while it runs.
        if (TraceActive)
          TraceEdge({TM->Passport, At, B.Passport, At - B.Beg, Site, Site, 1, 1,
                     0, Kind, /*Live=*/true});
        if (IsRustContainer(Family))
          Holders.try_emplace(TBeg, F.Site);
        // An untyped buffer or pointee is named by its field's type from now
        // on (Vec<Rc<Child>>, a String's Vec<u8>), in this report and any
        // later one.
        if (!(TM->TypeSite & ~kOwnedOnce)) {
          u32 Type = SiteIdOf(F.Site);
          TM->TypeSite = Type | (TM->TypeSite & kOwnedOnce);
          TraceTyped(TM->Passport, Type);
        }
        if (Family == MEMSCOPE_FAMILY_LINKED_LIST) {
          uptr LenAt = Base + F.LenOffset;
          if (LenAt + sizeof(uptr) <= B.Beg + B.Size)
            AddListNodes(TBeg, TSize, TM, F,
                         *reinterpret_cast<const uptr *>(LenAt), G, Pending,
                         &Work, &Given);
          continue;
        }
        // Nothing in it to follow (a String's bytes), or its own layout,
        // which was queued already.
        if (!F.Target || RustLayoutOf(TM->TypeSite))
          continue;
        uptr Count = 1, Stride = F.Target->Size, Ctrl = 0, Head = 0,
             Capacity = 0, First = 0;
        if (Shared && F.Stride) {
          // Rc<[T]> or Arc<[T]>: the slice's length beside the pointer,
          // its elements after the counts.
          uptr LenAt = Base + F.LenOffset;
          if (LenAt + sizeof(uptr) > B.Beg + B.Size || F.HeadOffset >= TSize)
            continue;
          Stride = F.Stride;
          First = F.HeadOffset;
          Count = Min(*reinterpret_cast<const uptr *>(LenAt),
                      (TSize - First) / Stride);
        }
        if (Family == MEMSCOPE_FAMILY_BTREE) {
          uptr HeightAt = Base + F.LenOffset;
          if (HeightAt + sizeof(uptr) > B.Beg + B.Size ||
              !Given.try_emplace(TBeg, true).second)
            continue;
          RustBlock Root = {TBeg, TSize, F.Target, 1, F.Target->Size, F.Site,
                            TM->Passport};
          Root.TreeNode = true;
          Root.Height = Min<uptr>(*reinterpret_cast<const uptr *>(HeightAt), 64);
          Work.push_back(Root);
          continue;
        }
        if (IsRustContainer(Family)) {
          uptr LenAt = Base + F.LenOffset;
          if (LenAt + sizeof(uptr) > B.Beg + B.Size || !F.Stride)
            continue;
          Stride = F.Stride;
          uptr Len = *reinterpret_cast<const uptr *>(LenAt);
          if (Family == MEMSCOPE_FAMILY_VEC) {
            Count = Min(Len, TSize / Stride);
          } else if (Family == MEMSCOPE_FAMILY_VEC_DEQUE) {
            // The buffer holds its capacity's elements (the block is as
            // large as the ring); len of them from head, wrapping.
            uptr HeadAt = Base + F.HeadOffset;
            if (HeadAt + sizeof(uptr) > B.Beg + B.Size)
              continue;
            Capacity = TSize / Stride;
            Head = *reinterpret_cast<const uptr *>(HeadAt);
            Count = Min(Len, Capacity);
            if (!Capacity || Head >= Capacity)
              continue;
          } else {
            // bucket_mask + 1 buckets: their elements before P, their
            // control bytes from P on, all inside the block.
            Count = Len + 1;
            if (!Count || P + Count > TBeg + TSize ||
                (P - TBeg) / Stride < Count)
              continue;
            Ctrl = P;
          }
        }
        if (!Given.try_emplace(TBeg, true).second)
          continue;
        Work.push_back(
            {TBeg, TSize, F.Target, Count, Stride, F.Site, TM->Passport, Ctrl,
             Head, Capacity, First});
      }
    }
  }
  // A buffer typed by its own allocation (vec![a, b] boxes an array) names
  // its elements '[0]', '[1]': they are the elements of the Vec that holds
  // it.
  for (uptr I = FirstRustEdge; I < Pending->size(); ++I) {
    PendingEdge &E = (*Pending)[I];
    auto *Holder = Holders.find(E.OwnerBeg);
    if (!Holder)
      continue;
    const memscope_site *S = SiteById(E.Site);
    if (S && S->Variable && *S->Variable && *S->Variable != '[')
      continue;
    E.Site = SiteIdOf(Holder->second);
  }
}

void BuildSnapshot(Snapshot *G) {
  InternalMmapVector<PendingEdge> Pending;
  InternalMmapVector<LostOwner> Lost;
  InternalMmapVector<uptr> ExternalObjects;
  SnapshotScan Scan = {G, &Pending, &Lost};
  ForEachActiveEntry(AddEdgeToSnapshot, &Scan);
  AddRustEdges(G, &Pending);
  if (!Lost.empty())
    RecoverLostOwners(Lost, &Pending, &ExternalObjects);
  for (const PendingEdge &P : Pending)
    if (P.OwnerBeg) {
      uptr Beg, Size;
      if (BlockMeta *OM = LiveBlockOf(P.OwnerBeg, &Beg, &Size))
        G->Nodes.push_back({Beg, Size, OM->Passport, true});
    }
  // One node per block; a block both owned and holding slots is no
  // container.
  Sort(G->Nodes.data(), G->Nodes.size(),
       [](const CycleNode &A, const CycleNode &B) {
         return A.Beg != B.Beg ? A.Beg < B.Beg : A.Container < B.Container;
       });
  uptr Unique = 0;
  for (uptr I = 0; I < G->Nodes.size(); ++I)
    if (!Unique || G->Nodes[Unique - 1].Beg != G->Nodes[I].Beg)
      G->Nodes[Unique++] = G->Nodes[I];
  G->Nodes.resize(Unique);
  for (uptr Beg : ExternalObjects)
    G->Nodes[NodeIndex(*G, Beg)].External = true;

  // Owners the control block counts but memscope does not know of (made in
  // code the pass did not see, or copied with memcpy) keep the object
  // alive: no cycle is claimed without every owner accounted for.
  Sort(Pending.data(), Pending.size(),
       [](const PendingEdge &A, const PendingEdge &B) { return A.Ctrl < B.Ctrl; });
  for (uptr I = 0; I < Pending.size();) {
    uptr J = I;
    while (J < Pending.size() && Pending[J].Ctrl == Pending[I].Ctrl)
      ++J;
    if (Pending[I].Ctrl && UseCount(Pending[I].Ctrl, Pending[I].Counts) > J - I)
      for (uptr K = I; K < J; ++K)
        G->Nodes[NodeIndex(*G, Pending[K].ObjBeg)].External = true;
    I = J;
  }

  for (const PendingEdge &P : Pending) {
    u32 To = NodeIndex(*G, P.ObjBeg);
    uptr CtrlBeg, CtrlSize;
    if (P.Ctrl && P.Counts != Counting::Rust && !G->Nodes[To].CtrlSize &&
        LiveBlockOf(P.Ctrl, &CtrlBeg, &CtrlSize) && CtrlBeg == P.Ctrl &&
        CtrlBeg != G->Nodes[To].Beg)
      G->Nodes[To].CtrlSize = CtrlSize;
    // Owned from a variable: kept alive from outside.
    if (!P.OwnerBeg) {
      G->Nodes[To].External = true;
      continue;
    }
    G->Edges.push_back({NodeIndex(*G, P.OwnerBeg), To, P.SlotOffset, P.Site,
                        P.Stack, P.Kind, P.Element, P.Inner});
  }
  InternalMmapVector<uptr> Containers;
  for (const CycleNode &N : G->Nodes)
    if (N.Container)
      Containers.push_back(N.Beg);
  if (!Containers.empty())
    AddContainerEdges(G, &Containers);
  Sort(G->Edges.data(), G->Edges.size(),
       [](const CycleEdge &A, const CycleEdge &B) {
         return A.From != B.From ? A.From < B.From : A.To < B.To;
       });
  G->FirstEdge.resize(G->Nodes.size() + 1);
  uptr E = 0;
  for (uptr N = 0; N <= G->Nodes.size(); ++N) {
    while (E < G->Edges.size() && G->Edges[E].From < N)
      ++E;
    G->FirstEdge[N] = E;
  }
}

// Everything an external owner reaches stays alive.
void MarkAlive(Snapshot *G) {
  InternalMmapVector<u32> Work;
  for (u32 I = 0; I < G->Nodes.size(); ++I)
    if (G->Nodes[I].External) {
      G->Nodes[I].Alive = true;
      Work.push_back(I);
    }
  while (!Work.empty()) {
    u32 N = Work.back();
    Work.pop_back();
    for (uptr E = G->FirstEdge[N]; E < G->FirstEdge[N + 1]; ++E) {
      CycleNode &T = G->Nodes[G->Edges[E].To];
      if (!T.Alive) {
        T.Alive = true;
        Work.push_back(G->Edges[E].To);
      }
    }
  }
}

// Tarjan's algorithm over the dead nodes, iteratively (no recursion on the
// runtime's stack).
u32 FindComponents(Snapshot *G) {
  struct Frame {
    u32 Node;
    uptr NextEdge;
  };
  InternalMmapVector<Frame> Calls;
  InternalMmapVector<u32> Stack;
  s32 Counter = 0;
  u32 Components = 0;
  for (u32 Root = 0; Root < G->Nodes.size(); ++Root) {
    if (G->Nodes[Root].Alive || G->Nodes[Root].Index >= 0)
      continue;
    Calls.push_back({Root, G->FirstEdge[Root]});
    G->Nodes[Root].Index = G->Nodes[Root].Low = Counter++;
    Stack.push_back(Root);
    G->Nodes[Root].OnStack = true;
    while (!Calls.empty()) {
      Frame &F = Calls.back();
      CycleNode &N = G->Nodes[F.Node];
      if (F.NextEdge < G->FirstEdge[F.Node + 1]) {
        u32 To = G->Edges[F.NextEdge++].To;
        CycleNode &T = G->Nodes[To];
        if (T.Alive)
          continue;
        if (T.Index < 0) {
          T.Index = T.Low = Counter++;
          Stack.push_back(To);
          T.OnStack = true;
          Calls.push_back({To, G->FirstEdge[To]});
        } else if (T.OnStack && T.Index < N.Low) {
          N.Low = T.Index;
        }
        continue;
      }
      u32 Done = F.Node;
      Calls.pop_back();
      if (!Calls.empty()) {
        CycleNode &Parent = G->Nodes[Calls.back().Node];
        if (G->Nodes[Done].Low < Parent.Low)
          Parent.Low = G->Nodes[Done].Low;
      }
      if (G->Nodes[Done].Low == G->Nodes[Done].Index) {
        ++Components;
        u32 M;
        do {
          M = Stack.back();
          Stack.pop_back();
          G->Nodes[M].OnStack = false;
          G->Nodes[M].Scc = Components;
        } while (M != Done);
      }
    }
  }
  return Components;
}

// One cycle through component C, starting at its oldest block: the shortest
// way back to it (breadth-first). Steps get the edge leaving each node.
void CyclePath(const Snapshot &G, u32 Start, InternalMmapVector<u32> *Path) {
  u32 C = G.Nodes[Start].Scc;
  InternalMmapVector<u32> ParentEdge;
  ParentEdge.resize(G.Nodes.size());
  for (uptr I = 0; I < ParentEdge.size(); ++I)
    ParentEdge[I] = ~0U;
  InternalMmapVector<u32> Queue;
  Queue.push_back(Start);
  u32 Closing = ~0U;
  for (uptr Q = 0; Q < Queue.size() && Closing == ~0U; ++Q) {
    u32 N = Queue[Q];
    for (uptr E = G.FirstEdge[N]; E < G.FirstEdge[N + 1]; ++E) {
      u32 To = G.Edges[E].To;
      if (G.Nodes[To].Scc != C)
        continue;
      if (To == Start) {
        Closing = E;
        break;
      }
      if (ParentEdge[To] == ~0U) {
        ParentEdge[To] = E;
        Queue.push_back(To);
      }
    }
  }
  // Walk back from the closing edge, then reverse into path order.
  Path->clear();
  for (u32 E = Closing; E != ~0U;) {
    Path->push_back(E);
    u32 From = G.Edges[E].From;
    E = From == Start ? ~0U : ParentEdge[From];
  }
  for (uptr I = 0, J = Path->size() - 1; I < J; ++I, --J)
    Swap((*Path)[I], (*Path)[J]);
}

void PrintBlockBrief(const CycleNode &N) {
  ChunkView V = FindHeapChunk(N.Beg);
  bool Array = false;
  const char *Type = TypeNameOf(V, &Array);
  Printf("  #%llu %s%s (%zu bytes) allocated by T%u at ",
         static_cast<unsigned long long>(N.Passport), Type ? Type : "object",
         Array ? "[]" : "", N.Size, V.AllocTid);
  PrintStackBrief(V.AllocStack);
  Printf("\n");
}

void PrintEdgeSlot(const CycleEdge &E) {
  if (E.Kind == static_cast<u8>(EdgeKind::Contains)) {
    Printf("the container pointer at offset %zu", E.SlotOffset);
    return;
  }
  const memscope_site *S = SiteById(E.Site);
  bool Element = E.Element || (S && IsRustContainer(S->Family) &&
                                E.Kind != static_cast<u8>(EdgeKind::Owns));
  const memscope_site *In = E.Inner ? SiteById(E.Inner) : nullptr;
  if (S && (S->Flags & MEMSCOPE_SITE_RUST) && Element && S->Variable) {
    if (In && In->Type && *In->Type)
      Printf("the %s in ", In->Type);
    Printf("an element of '%s'", S->Variable);
  }
  else if (S && S->Variable && *S->Variable)
    Printf("'%s'", S->Variable);
  else if (S && (S->Flags & MEMSCOPE_SITE_RUST) && S->Type && *S->Type)
    // A field of std's own types (an Rc<RefCell<Vec<..>>> holds its Vec):
    // named by its type.
    Printf(Element ? "an element of the %s" : "the %s", S->Type);
  else
    Printf("the %s at offset %zu", FamilyName(S), E.SlotOffset);
}

bool IsWakerEdge(const CycleEdge &E) {
  const memscope_site *S = SiteById(E.Site);
  return S && S->Family == MEMSCOPE_FAMILY_WAKER;
}

bool IsRustField(u32 Site) {
  const memscope_site *S = SiteById(Site);
  return S && (S->Flags & MEMSCOPE_SITE_RUST);
}

// " a std::rc::Weak<T> (Rc::downgrade)" for a field of type Rc<T> (or a
// Vec<Rc<T>>'s element), the sync one for Arc<T>.
void PrintRustWeak(const CycleEdge &E) {
  const memscope_site *S = SiteById(E.Site);
  const char *Type = S && S->Type ? S->Type : "";
  uptr Len = internal_strlen(Type);
  bool Arc = E.Kind == static_cast<u8>(EdgeKind::ArcClone);
  if (S && (IsRustContainer(S->Family) || E.Element)) {
    // The element's own pointer: Vec<Arc<T>> -> Arc<T>, HashMap<u32, Rc<T>>
    // -> Rc<T>, Box<[Rc<T>]> -> Rc<T>, up to its closing bracket.
    const char *Want = Arc ? "Arc<" : "Rc<";
    uptr WantLen = internal_strlen(Want);
    for (uptr I = 1; I + WantLen <= Len; ++I) {
      char Before = Type[I - 1];
      if ((Before != '<' && Before != ' ' && Before != '[' && Before != '(') ||
          internal_strncmp(Type + I, Want, WantLen))
        continue;
      uptr End = I + WantLen, Depth = 1;
      for (; End < Len && Depth; ++End)
        Depth += Type[End] == '<' ? 1 : Type[End] == '>' ? -1 : 0;
      Type += I;
      Len = End - I;
      break;
    }
  }
  const char *Args = static_cast<const char *>(internal_memchr(Type, '<', Len));
  Printf(" a std::%s::Weak%.*s (%s::downgrade)", Arc ? "sync" : "rc",
         Args ? static_cast<int>(Type + Len - Args) : 0, Args ? Args : "",
         Arc ? "Arc" : "Rc");
}

const char *EdgeKindName(u8 Kind) {
  const char *Name = trace::EdgeKindName(static_cast<EdgeKind>(Kind));
  return Name ? Name : "?";
}

// Reports one cycle leak: component C, reached from node Start. Returns the
// bytes it keeps (path and held blocks).
void ReportCycle(Snapshot *G, u32 Id, u32 Start, u64 *TotalBytes,
                 u64 *TotalObjects, u32 *OwningOnly) {
  InternalMmapVector<u32> Path;
  CyclePath(*G, Start, &Path);
  // A cycle of C++ owning pointers with no shared one (unique_ptr members
  // that own each other): no edge of it can become a weak_ptr; one must
  // stop owning.
  bool Owning = true;
  for (u32 P : Path) {
    const CycleEdge &E = G->Edges[P];
    if (E.Kind == static_cast<u8>(EdgeKind::Contains))
      continue;
    const memscope_site *S = SiteById(E.Site);
    if (IsRustField(E.Site) || !S || S->Family != MEMSCOPE_FAMILY_UNIQUE)
      Owning = false;
  }
  *OwningOnly += Owning;
  u32 C = G->Nodes[Start].Scc;
  // The edge to make weak: the one from the newest holder back to an
  // object allocated before it (a back edge in allocation order).
  // Container buffers are not candidates: their slots are the container's
  // elements, not a member the user can change.
  uptr WeakStep = ~0ULL;
  PassportId Newest = 0;
  // Pass 0 and 1 skip what cannot become a Weak (a Box or a Vec, a Vec's
  // element); pass 2, where only such edges or none qualify, takes any
  // back edge; pass 1, where no owner points back in allocation order (a
  // Box made before the Rc that holds it), the first that can be a Weak.
  // A Rust container's buffer is no holder to go by in pass 0 either: its
  // allocation order is the container's last growth, not when the
  // elements' owners came (a Vec<Item> reallocated after its Items' Rcs
  // were made would otherwise look like the newest holder pointing back).
  auto FromBuffer = [&](uptr I) {
    const CycleEdge &In = G->Edges[Path[(I + Path.size() - 1) % Path.size()]];
    const memscope_site *S = SiteById(In.Site);
    return IsRustField(In.Site) && S && IsRustContainer(S->Family) &&
           In.Kind == static_cast<u8>(EdgeKind::Owns);
  };
  for (int Pass = 0; Pass < 3 && WeakStep == ~0ULL; ++Pass) {
    for (uptr I = 0; I < Path.size(); ++I) {
      const CycleEdge &E = G->Edges[Path[I]];
      const CycleNode &From = G->Nodes[E.From];
      bool Rust = IsRustField(E.Site);
      bool Element = Rust && IsRustContainer(SiteById(E.Site)->Family);
      bool RustOwns = Rust && E.Kind == static_cast<u8>(EdgeKind::Owns);
      if (E.Kind == static_cast<u8>(EdgeKind::Contains) ||
          (Pass < 2 && (From.Container || Element || RustOwns)) ||
          (Pass == 0 && FromBuffer(I)))
        continue;
      if (Pass == 1) {
        WeakStep = I;
        break;
      }
      if (G->Nodes[E.To].Passport <= From.Passport &&
          From.Passport >= Newest) {
        Newest = From.Passport;
        WeakStep = I;
      }
    }
  }
  if (WeakStep == ~0ULL)
    WeakStep = 0;
  // Members of the component, then every dead block only they keep alive.
  InternalMmapVector<u32> Members, Held;
  for (u32 I = 0; I < G->Nodes.size(); ++I)
    if (!G->Nodes[I].Alive && G->Nodes[I].Scc == C) {
      G->Nodes[I].Cycle = Id;
      Members.push_back(I);
    }
  InternalMmapVector<u32> Work;
  for (u32 M : Members)
    Work.push_back(M);
  while (!Work.empty()) {
    u32 N = Work.back();
    Work.pop_back();
    for (uptr E = G->FirstEdge[N]; E < G->FirstEdge[N + 1]; ++E) {
      u32 To = G->Edges[E].To;
      if (G->Nodes[To].Alive || G->Nodes[To].Cycle)
        continue;
      G->Nodes[To].Cycle = Id;
      Held.push_back(To);
      Work.push_back(To);
    }
  }
  u64 MemberBytes = 0, HeldBytes = 0, CtrlBytes = 0, CtrlBlocks = 0;
  for (u32 M : Members)
    MemberBytes += G->Nodes[M].Size;
  for (u32 H : Held)
    HeldBytes += G->Nodes[H].Size;
  for (u32 N : Members)
    CtrlBytes += G->Nodes[N].CtrlSize, CtrlBlocks += !!G->Nodes[N].CtrlSize;
  for (u32 N : Held)
    CtrlBytes += G->Nodes[N].CtrlSize, CtrlBlocks += !!G->Nodes[N].CtrlSize;

  SanitizerCommonDecorator D;
  Printf("=================================================================\n");
  Printf("%s", D.Error());
  Report("ERROR: memscope: cycle leak: %zu object(s) (%llu bytes) kept alive "
         "only by a cycle of %s pointers\n",
         Members.size(), static_cast<unsigned long long>(MemberBytes),
         Owning ? "owning" : "shared");
  Printf("%s", D.Default());
  for (uptr I = 0; I < Path.size(); ++I) {
    const CycleEdge &E = G->Edges[Path[I]];
    PrintBlockBrief(G->Nodes[E.From]);
    Printf("      holds #%llu through ",
           static_cast<unsigned long long>(G->Nodes[E.To].Passport));
    PrintEdgeSlot(E);
    if (E.Kind == static_cast<u8>(EdgeKind::Contains)) {
      Printf(" (Contains)\n");
      continue;
    }
    // A Rust field's edge was read from the object at exit, not recorded
    // where it was set.
    if (IsRustField(E.Site)) {
      Printf(" (%s)%s\n", EdgeKindName(E.Kind),
             I != WeakStep      ? ""
             : IsWakerEdge(E)   ? "  <- a Waker kept past its use"
                                : "  <- should be a Weak");
      continue;
    }
    Printf(" (%s, set at ", EdgeKindName(E.Kind));
    PrintSite(E.Site, E.Stack);
    Printf(")%s\n", I != WeakStep ? ""
                     : Owning  ? "  <- should not own"
                               : "  <- should be a std::weak_ptr");
  }
  const CycleEdge &W = G->Edges[Path[WeakStep]];
  if (IsWakerEdge(W)) {
    // A Waker cannot be made weak: the task must let go of it.
    Printf("  Fix: drop (or take()) ");
    PrintEdgeSlot(W);
    Printf(" once it has been woken or the task is done: a Waker made from "
           "an Arc holds a strong count");
  } else {
    Printf("  Fix: make ");
    PrintEdgeSlot(W);
    if (IsRustField(W.Site)) {
      PrintRustWeak(W);
    } else {
      Printf(" (set at ");
      PrintSite(W.Site, W.Stack);
      Printf(Owning ? ") a pointer that does not own (a raw pointer, or a "
                      "std::weak_ptr if the objects become shared)"
                    : ") a std::weak_ptr");
    }
  }
  Printf(": it points from #%llu back to #%llu, which was "
         "allocated %s.\n",
         static_cast<unsigned long long>(G->Nodes[W.From].Passport),
         static_cast<unsigned long long>(G->Nodes[W.To].Passport),
         W.From == W.To ? "as the same object"
         : G->Nodes[W.To].Passport <= G->Nodes[W.From].Passport ? "before it"
                                                                : "after it");
  if (Members.size() > Path.size())
    Printf("  The cycle's component has %zu members; the path above is the "
           "shortest cycle through #%llu.\n",
           Members.size(),
           static_cast<unsigned long long>(G->Nodes[Start].Passport));
  if (!Held.empty()) {
    Printf("  The cycle also keeps alive %zu more object(s) (%llu bytes):",
           Held.size(), static_cast<unsigned long long>(HeldBytes));
    for (uptr I = 0; I < Held.size() && I < 16; ++I)
      Printf(" #%llu",
             static_cast<unsigned long long>(G->Nodes[Held[I]].Passport));
    Printf("%s\n", Held.size() > 16 ? " ..." : "");
  }
  if (CtrlBlocks)
    Printf("  With them leak %llu control block(s) (%llu bytes) allocated "
           "apart from their objects (a shared_ptr made from new, not "
           "make_shared).\n",
           static_cast<unsigned long long>(CtrlBlocks),
           static_cast<unsigned long long>(CtrlBytes));
  Printf("\n");

  InternalMmapVector<CycleStep> Steps;
  for (u32 P : Path) {
    const CycleEdge &E = G->Edges[P];
    CycleStep S = {G->Nodes[E.From].Passport, E.SlotOffset, E.Site, E.Kind,
                   {0, 0, 0}};
    Steps.push_back(S);
  }
  InternalMmapVector<PassportId> HeldIds;
  for (u32 M : Members) {
    bool OnPath = false;
    for (u32 P : Path)
      OnPath |= G->Edges[P].From == M;
    if (!OnPath)
      HeldIds.push_back(G->Nodes[M].Passport);
  }
  for (u32 H : Held)
    HeldIds.push_back(G->Nodes[H].Passport);
  CycleLeakRecord R = {Id,
                       static_cast<u32>(Steps.size()),
                       static_cast<u32>(HeldIds.size()),
                       static_cast<u32>(WeakStep),
                       MemberBytes + HeldBytes,
                       Members.size() + Held.size()};
  TraceCycleLeak(R, Steps.data(), HeldIds.data());
  *TotalBytes += MemberBytes + HeldBytes + CtrlBytes;
  *TotalObjects += Members.size() + Held.size() + CtrlBlocks;
}

} // namespace

namespace {

// Per component of the dead nodes: its size, and whether an edge goes from
// a member to itself.
void CountCycles(const Snapshot &G, InternalMmapVector<u32> *Size,
                 InternalMmapVector<bool> *SelfLoop) {
  Size->clear();
  Size->resize(G.Nodes.size() + 1);
  SelfLoop->clear();
  SelfLoop->resize(G.Nodes.size() + 1);
  for (const CycleNode &N : G.Nodes)
    if (!N.Alive)
      ++(*Size)[N.Scc];
  for (const CycleEdge &E : G.Edges)
    if (E.From == E.To && !G.Nodes[E.From].Alive)
      (*SelfLoop)[G.Nodes[E.From].Scc] = true;
}

bool IsLeaked(const InternalMmapVector<uptr> &Leaked, uptr Beg) {
  uptr I = InternalLowerBound(Leaked, Beg);
  return I < Leaked.size() && Leaked[I] == Beg;
}

bool HasCycle(const Snapshot &G, const InternalMmapVector<u32> &Size,
              const InternalMmapVector<bool> &SelfLoop) {
  for (const CycleNode &N : G.Nodes)
    if (!N.Alive && (Size[N.Scc] >= 2 || SelfLoop[N.Scc]))
      return true;
  return false;
}

} // namespace

bool ReportCycleLeaks() {
  Snapshot G;
  BuildSnapshot(&G);
  if (G.Nodes.empty())
    return false;
  MarkAlive(&G);
  FindComponents(&G);
  // A component is a cycle if it has two members or an edge to itself.
  InternalMmapVector<u32> Size;
  InternalMmapVector<bool> SelfLoop;
  CountCycles(G, &Size, &SelfLoop);
  // A cycle the program can still reach from a root (a global's raw
  // pointer or weak_ptr into it, another thread's variable) is no leak:
  // what the leak check calls leaked decides, asked only when there is a
  // cycle.
  if (HasCycle(G, Size, SelfLoop)) {
    InternalMmapVector<uptr> Leaked;
    LeakedAtExit(&Leaked);
    for (CycleNode &N : G.Nodes) {
      if (!N.Alive && !IsLeaked(Leaked, N.Beg))
        N.External = true;
      N.Alive = false;
      N.OnStack = false;
      N.Index = N.Low = -1;
      N.Scc = 0;
    }
    MarkAlive(&G);
    FindComponents(&G);
    CountCycles(G, &Size, &SelfLoop);
  }
  u32 Cycles = 0, OwningOnly = 0;
  u64 Bytes = 0, Objects = 0;
  // Oldest block first, so reports come in allocation order.
  InternalMmapVector<u32> Order;
  for (u32 I = 0; I < G.Nodes.size(); ++I)
    if (!G.Nodes[I].Alive)
      Order.push_back(I);
  Sort(Order.data(), Order.size(), [&G](u32 A, u32 B) {
    return G.Nodes[A].Passport < G.Nodes[B].Passport;
  });
  for (u32 I : Order) {
    const CycleNode &N = G.Nodes[I];
    if (N.Cycle || (Size[N.Scc] < 2 && !SelfLoop[N.Scc]))
      continue;
    ReportCycle(&G, ++Cycles, I, &Bytes, &Objects, &OwningOnly);
  }
  if (Cycles) {
    InternalScopedString S;
    S.AppendF("%llu byte(s) leaked in %llu allocation(s) in %u %s "
              "cycle(s).",
              static_cast<unsigned long long>(Bytes),
              static_cast<unsigned long long>(Objects), Cycles,
              OwningOnly == Cycles ? "owning-pointer"
              : OwningOnly         ? "shared- or owning-pointer"
                                   : "shared-pointer");
    ReportErrorSummary(S.data());
  }
  return Cycles != 0;
}


} // namespace memscope
