//===- benchmarks/relations/relations.cpp - a large heap of known shape ---===//
//
// Ground truth for the analyzer's relation inference (`memscope graph
// --infer`, `--evaluate`) and retained sizes (`--top-retainers`) at scale.
// Builds each structure twice, once owned through smart pointers (which the
// pass records as exact edges) and once through raw pointers of the same
// shape (which only the heap snapshot shows):
//
//   tree.*           a balanced binary tree of 5N nodes (unique_ptr / raw
//                    children), every 4th node with a label longer than
//                    the 15 characters std::string keeps inline
//   list.*           a singly linked list of 5N nodes (make_shared / new)
//   graph.*          a DAG of N nodes: each node J > 0 hangs from a parent
//                    drawn below it, plus up to 2 more out-edges per node;
//                    out-edges in a std::vector<shared_ptr> (with a
//                    weak_ptr to the parent) / a malloc'ed RGraph* array
//                    (with a raw parent pointer); every 4th node named
//                    with a long string
//   map.*            std::map<long, unique_ptr<Item>>, std::unordered_map
//                    <long, shared_ptr<Item>> (every 4th value a copy of
//                    the one before: an Item held by two nodes) and
//                    std::map<long, Item*>, N entries each
//   records.*        a std::vector of 4N plain structs, the vector object
//                    itself on the heap (unique_ptr / new)
//   realloc_chain    4 buffers grown by realloc, in turns, to >= 16N bytes
//   clone.*          8N pseudo-random words and a memcpy'd copy of them
//   slices.*         N {data, length} views, 1..63 bytes each, into a
//                    64N-byte buffer of random letters (as large as the
//                    clone buffers on purpose: unrelated blocks of one size
//                    that only their content tells apart)
//
// Everything is reached from globals, built in place in static storage that
// is never destroyed (Forever<T>), and never freed: the heap snapshot that
// memscope takes when main returns sees all of it, and exit does not spend
// seconds (or a deep recursion, for the shared_ptr list) tearing it down.
// Deterministic and single-threaded; the only randomness is a fixed
// xorshift generator. The live blocks grow linearly with N: about 32 N,
// 32 k at the default N = 1000, 1 M at N = 31000.
//
//   relations [N]        (N from 2; default 1000)
//
// Prints one line per structure and a total, counted from the program's own
// allocations (library nodes included: map and hash nodes, a vector's
// storage, the heap buffer of a string longer than 15 characters; not what
// the C and C++ runtimes keep, such as stdout's buffer: a few blocks more):
//
//   truth: <structure> blocks=B links=L smart=S shared=H refs=R bytes=Y
//
// B   live heap blocks the structure made;
// L   owning pointer links between two heap blocks (a child, a next node,
//     a container's or string's storage, a map node's child or value);
// S   of those, the ones held by a std::unique_ptr / std::shared_ptr in a
//     heap block: the exact strong heap-to-heap edges the pass records
//     (it records each weak_ptr too, counted in R);
// H   of S, the ones to an object that several heap blocks hold through a
//     shared_ptr (Shares; a weak_ptr does not count);
// R   pointers between heap blocks that own nothing: weak_ptrs, parent
//     pointers (graph and std::map nodes), hash buckets, views (Slice);
// Y   the bytes those blocks asked for (libstdc++ layouts; "?" elsewhere):
//     what the structure's entry block should retain when one block
//     dominates it.
// Pointers from globals to the heap are roots, not links. Some lines add
// depth= (the trees'), clones= (deliberate memcpy copies), identical=
// (graph nodes whose out-edge array holds the same words as an earlier
// node's: equal content, not a copy) or reallocs= (realloc calls; how many
// moved the block depends on the allocator, so it is not printed: every
// line is the same in every build).
//
// See also: benchmarks/relations.sh (runs it and times the analyzer),
// test/Analyzer/relations.cpp, utils/analyzer/Relations.h, Retainers.h.
//===----------------------------------------------------------------------===//
#include <cinttypes>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <new>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

// Everything in a named namespace: the roots need external linkage, or -O2
// drops the stores to globals that nothing reads (and their types with them).
namespace relations {

// --- helpers -----------------------------------------------------------------

// A fixed xorshift64 generator: the same heap on every run and every build.
class XorShift {
  uint64_t State;

public:
  explicit XorShift(uint64_t Seed) : State(Seed) {}
  uint64_t next() {
    State ^= State << 13;
    State ^= State >> 7;
    State ^= State << 17;
    return State;
  }
  uint64_t below(uint64_t Bound) { return next() % Bound; }
};

// A global that is constructed on demand and never destroyed.
template <class T> class Forever {
  alignas(T) unsigned char Storage[sizeof(T)];

public:
  template <class... Args> T &make(Args &&...A) {
    return *::new (static_cast<void *>(Storage)) T(std::forward<Args>(A)...);
  }
  T &operator*() { return *std::launder(reinterpret_cast<T *>(Storage)); }
  T *operator->() { return &**this; }
};

// The bytes a library allocation asks for, from libstdc++'s layouts.
#if defined(__GLIBCXX__)
constexpr bool BytesKnown = true;
template <class T>
constexpr uint64_t SharedBlock =
    sizeof(std::_Sp_counted_ptr_inplace<T, std::allocator<T>,
                                        __gnu_cxx::__default_lock_policy>);
template <class V>
constexpr uint64_t
    MapNode = sizeof(std::_Rb_tree_node<std::pair<const long, V>>);
// std::hash<long> is fast: libstdc++ does not cache it in the node.
template <class V>
constexpr uint64_t HashNode =
    sizeof(std::__detail::_Hash_node<std::pair<const long, V>, false>);
#else
constexpr bool BytesKnown = false;
template <class T> constexpr uint64_t SharedBlock = 0;
template <class V> constexpr uint64_t MapNode = 0;
template <class V> constexpr uint64_t HashNode = 0;
#endif

// Counts of one structure. No heap of its own: the snapshot sees only the
// structures.
struct Truth {
  const char *Name = "";
  uint64_t Blocks = 0, Links = 0, Smart = 0, Shared = 0, Refs = 0, Bytes = 0;
  char Extra[48] = "";
  Truth() = default;
  explicit Truth(const char *Name) : Name(Name) {}

  // One heap block of Size bytes and the owning link to it from a block.
  void block(uint64_t Size, bool LinkedFromHeap) {
    ++Blocks;
    Bytes += Size;
    Links += LinkedFromHeap;
  }
  // A std::string member of a heap block: its buffer, when not inline.
  void string(const std::string &S) {
    if (S.capacity() > 15)
      block(S.capacity() + 1, true);
  }
};

Truth Truths[16];
int NumTruths;
void keep(const Truth &T) {
  if (NumTruths == 16)
    std::abort();
  Truths[NumTruths++] = T;
}

void print(const Truth &T) {
  std::printf("truth: %s blocks=%" PRIu64 " links=%" PRIu64 " smart=%" PRIu64
              " shared=%" PRIu64 " refs=%" PRIu64,
              T.Name, T.Blocks, T.Links, T.Smart, T.Shared, T.Refs);
  if (BytesKnown)
    std::printf(" bytes=%" PRIu64, T.Bytes);
  else
    std::printf(" bytes=?");
  std::printf("%s\n", T.Extra);
}

// A label: every 4th one too long for std::string's inline buffer.
std::string label(const char *Structure, long I) {
  char Text[64];
  if (I % 4 == 0)
    std::snprintf(Text, sizeof Text, "%s label #%09ld", Structure, I);
  else
    std::snprintf(Text, sizeof Text, "k%ld", I);
  return Text;
}

// --- binary trees ------------------------------------------------------------

struct UTree {
  std::unique_ptr<UTree> Left, Right;
  long Key = 0;
  std::string Label;
};
struct RTree {
  RTree *Left = nullptr, *Right = nullptr;
  long Key = 0;
  std::string Label;
};

Forever<std::unique_ptr<UTree>> UniqueTree;
RTree *RawTree;

// The nodes of keys [Lo, Hi), balanced: depth ceil(log2(Hi - Lo + 1)).
std::unique_ptr<UTree> buildUnique(long Lo, long Hi, Truth &T, bool FromHeap) {
  if (Lo >= Hi)
    return nullptr;
  long Mid = Lo + (Hi - Lo) / 2;
  auto N = std::make_unique<UTree>();
  N->Key = Mid;
  N->Label = label("tree.unique_ptr", Mid);
  T.block(sizeof(UTree), FromHeap);
  T.Smart += FromHeap;
  T.string(N->Label);
  N->Left = buildUnique(Lo, Mid, T, true);
  N->Right = buildUnique(Mid + 1, Hi, T, true);
  return N;
}

RTree *buildRaw(long Lo, long Hi, Truth &T, bool FromHeap) {
  if (Lo >= Hi)
    return nullptr;
  long Mid = Lo + (Hi - Lo) / 2;
  RTree *N = new RTree;
  N->Key = Mid;
  N->Label = label("tree.raw", Mid);
  T.block(sizeof(RTree), FromHeap);
  T.string(N->Label);
  N->Left = buildRaw(Lo, Mid, T, true);
  N->Right = buildRaw(Mid + 1, Hi, T, true);
  return N;
}

void buildTrees(long Nodes) {
  int Depth = 0;
  while ((1L << Depth) - 1 < Nodes)
    ++Depth;
  Truth U("tree.unique_ptr");
  UniqueTree.make(buildUnique(0, Nodes, U, false));
  std::snprintf(U.Extra, sizeof U.Extra, " depth=%d", Depth);
  keep(U);
  Truth R("tree.raw");
  RawTree = buildRaw(0, Nodes, R, false);
  std::snprintf(R.Extra, sizeof R.Extra, " depth=%d", Depth);
  keep(R);
}

// --- singly linked lists -----------------------------------------------------

struct SList {
  std::shared_ptr<SList> Next;
  long Value = 0;
};
struct RList {
  RList *Next = nullptr;
  long Value = 0;
};

Forever<std::shared_ptr<SList>> SharedList;
RList *RawList;

void buildLists(long Nodes) {
  Truth S("list.shared_ptr");
  std::shared_ptr<SList> &Head = SharedList.make();
  for (long I = Nodes - 1; I >= 0; --I) {
    auto N = std::make_shared<SList>();
    N->Value = I;
    N->Next = std::move(Head);
    bool Linked = I != 0; // the head hangs from the global
    S.block(SharedBlock<SList>, Linked);
    S.Smart += Linked;
    Head = std::move(N);
  }
  keep(S);

  Truth R("list.raw");
  for (long I = Nodes - 1; I >= 0; --I) {
    RawList = new RList{RawList, I};
    R.block(sizeof(RList), I != 0);
  }
  keep(R);
}

// --- directed acyclic graphs -------------------------------------------------

// The shape both graphs share: node J > 0 hangs from Parent[J] < J; each node
// I may add up to 2 edges to nodes after it. Out-edges in compressed rows.
struct GraphShape {
  std::vector<uint32_t> Parent, InDegree, Start, Targets;
  uint32_t size() const { return uint32_t(Parent.size()); }
  uint32_t degree(uint32_t I) const { return Start[I + 1] - Start[I]; }
  // Nodes whose out-edges are those of an earlier node, in the same order:
  // their edge arrays hold the same words (equal content, not copies).
  uint64_t repeatedRows() const {
    std::set<std::vector<uint32_t>> Seen;
    uint64_t Repeated = 0;
    for (uint32_t I = 0; I < size(); ++I)
      if (degree(I) && !Seen.emplace(Targets.begin() + Start[I],
                                     Targets.begin() + Start[I + 1])
                            .second)
        ++Repeated;
    return Repeated;
  }
};

GraphShape makeShape(uint32_t Nodes, XorShift &Rng) {
  constexpr uint32_t None = ~0u;
  GraphShape G;
  G.Parent.assign(Nodes, None);
  G.InDegree.assign(Nodes, 0);
  std::vector<uint32_t> Degree(Nodes, 0), Extra(2 * size_t(Nodes), None);
  for (uint32_t J = 1; J < Nodes; ++J) {
    G.Parent[J] = uint32_t(Rng.below(J));
    ++Degree[G.Parent[J]];
    ++G.InDegree[J];
  }
  for (uint32_t I = 0; I + 1 < Nodes; ++I) {
    uint64_t Count = Rng.below(3);
    for (uint64_t E = 0; E < Count; ++E) {
      uint32_t To = I + 1 + uint32_t(Rng.below(Nodes - 1 - I));
      if (G.Parent[To] == I || Extra[2 * size_t(I)] == To)
        continue; // one edge per pair of nodes
      Extra[2 * size_t(I) + E] = To;
      ++Degree[I];
      ++G.InDegree[To];
    }
  }
  G.Start.assign(Nodes + 1, 0);
  for (uint32_t I = 0; I < Nodes; ++I)
    G.Start[I + 1] = G.Start[I] + Degree[I];
  G.Targets.resize(G.Start[Nodes]);
  std::vector<uint32_t> Fill(G.Start.begin(), G.Start.end() - 1);
  for (uint32_t J = 1; J < Nodes; ++J)
    G.Targets[Fill[G.Parent[J]]++] = J;
  for (uint32_t I = 0; I < Nodes; ++I)
    for (int E = 0; E < 2; ++E)
      if (Extra[2 * size_t(I) + E] != None)
        G.Targets[Fill[I]++] = Extra[2 * size_t(I) + E];
  return G;
}

struct SGraph {
  std::vector<std::shared_ptr<SGraph>> Out;
  std::weak_ptr<SGraph> Up;
  long Id = 0;
  std::string Name;
};
struct RGraph {
  RGraph **Out = nullptr;
  size_t NumOut = 0;
  RGraph *Up = nullptr;
  long Id = 0;
  std::string Name;
};

Forever<std::shared_ptr<SGraph>> SharedGraph;
RGraph *RawGraph;

void buildGraphs(uint32_t Nodes, XorShift &Rng) {
  GraphShape G = makeShape(Nodes, Rng);
  uint64_t Edges = G.Targets.size(), SharedEdges = 0;
  uint64_t Identical = G.repeatedRows();
  for (uint32_t J = 0; J < Nodes; ++J)
    if (G.InDegree[J] >= 2)
      SharedEdges += G.InDegree[J];

  Truth S("graph.shared_ptr");
  {
    std::vector<std::shared_ptr<SGraph>> All(Nodes); // freed on return
    for (uint32_t I = 0; I < Nodes; ++I) {
      All[I] = std::make_shared<SGraph>();
      All[I]->Id = I;
      All[I]->Name = label("graph.shared_ptr", I);
      S.block(SharedBlock<SGraph>, false); // linked below, per edge
      S.string(All[I]->Name);
    }
    for (uint32_t I = 0; I < Nodes; ++I) {
      SGraph &N = *All[I];
      if (I)
        N.Up = All[G.Parent[I]];
      if (!G.degree(I))
        continue;
      N.Out.reserve(G.degree(I));
      for (uint32_t E = G.Start[I]; E < G.Start[I + 1]; ++E)
        N.Out.push_back(All[G.Targets[E]]);
      S.block(G.degree(I) * sizeof(std::shared_ptr<SGraph>), true);
    }
    SharedGraph.make(All[0]);
  }
  S.Links += Edges;
  S.Smart = Edges;
  S.Shared = SharedEdges;
  S.Refs = Nodes - 1; // the weak_ptrs to parents
  std::snprintf(S.Extra, sizeof S.Extra, " identical=%" PRIu64, Identical);
  keep(S);

  Truth R("graph.raw");
  std::vector<RGraph *> All(Nodes);
  for (uint32_t I = 0; I < Nodes; ++I) {
    All[I] = new RGraph;
    All[I]->Id = I;
    All[I]->Name = label("graph.raw", I);
    R.block(sizeof(RGraph), false);
    R.string(All[I]->Name);
  }
  for (uint32_t I = 0; I < Nodes; ++I) {
    RGraph &N = *All[I];
    if (I)
      N.Up = All[G.Parent[I]];
    if (!G.degree(I))
      continue;
    N.NumOut = G.degree(I);
    N.Out = static_cast<RGraph **>(std::malloc(N.NumOut * sizeof(RGraph *)));
    for (uint32_t E = G.Start[I]; E < G.Start[I + 1]; ++E)
      N.Out[E - G.Start[I]] = All[G.Targets[E]];
    R.block(N.NumOut * sizeof(RGraph *), true);
  }
  RawGraph = All[0];
  R.Links += Edges;
  R.Refs = Nodes - 1; // the parent pointers
  std::snprintf(R.Extra, sizeof R.Extra, " identical=%" PRIu64, Identical);
  keep(R);
}

// --- maps --------------------------------------------------------------------

struct Item {
  long Id;
  double Weight;
  char Tag[16];
};

Forever<std::map<long, std::unique_ptr<Item>>> UniqueMap;
Forever<std::unordered_map<long, std::shared_ptr<Item>>> SharedHash;
Forever<std::map<long, Item *>> RawMap;

Item makeItem(long Id, XorShift &Rng) {
  Item It{Id, double(Rng.below(1000000)) / 1000, {}};
  std::snprintf(It.Tag, sizeof It.Tag, "item-%ld", Id);
  return It;
}

void buildMaps(long Entries, XorShift &Rng) {
  // Keys in a shuffled order, so the red-black trees rebalance.
  std::vector<long> Keys(Entries);
  for (long I = 0; I < Entries; ++I)
    Keys[I] = 10 * I + 7;
  for (long I = Entries - 1; I > 0; --I)
    std::swap(Keys[I], Keys[Rng.below(I + 1)]);

  // A red-black tree of M nodes: M - 1 child links, M - 1 parent pointers
  // (the root's parent and the leftmost/rightmost are in the map object).
  Truth U("map.unique_ptr");
  auto &Unique = UniqueMap.make();
  for (long I = 0; I < Entries; ++I) {
    Unique.emplace(Keys[I], std::make_unique<Item>(makeItem(Keys[I], Rng)));
    U.block(MapNode<std::unique_ptr<Item>>, I != 0);
    U.block(sizeof(Item), true);
    ++U.Smart;
  }
  U.Refs = Entries ? Entries - 1 : 0;
  keep(U);

  // Hash nodes form one list (M - 1 links); a bucket points to the node
  // before its first, and the first bucket to the map object.
  Truth H("unordered_map.shared_ptr");
  auto &Hash = SharedHash.make();
  Hash.reserve(Entries);
  uint64_t Copies = 0;
  for (long I = 0; I < Entries; ++I) {
    std::shared_ptr<Item> Value;
    if (I % 4 == 3) {
      Value = Hash.at(Keys[I - 1]); // the Item before, held twice
      ++H.Links;
      ++Copies;
    } else {
      Value = std::make_shared<Item>(makeItem(Keys[I], Rng));
      H.block(SharedBlock<Item>, true);
    }
    Hash.emplace(Keys[I], std::move(Value));
    H.block(HashNode<std::shared_ptr<Item>>, I != 0);
    ++H.Smart;
  }
  H.Shared = 2 * Copies;
  if (Hash.bucket_count() > 1) // one bucket lives in the map object
    H.block(Hash.bucket_count() * sizeof(void *), false);
  uint64_t Used = 0;
  for (size_t B = 0; B < Hash.bucket_count(); ++B)
    Used += Hash.bucket_size(B) != 0;
  H.Refs = Used ? Used - 1 : 0;
  keep(H);

  Truth R("map.raw");
  auto &Raw = RawMap.make();
  for (long I = 0; I < Entries; ++I) {
    Raw.emplace(Keys[I], new Item(makeItem(Keys[I] + 1, Rng)));
    R.block(MapNode<Item *>, I != 0);
    R.block(sizeof(Item), true);
  }
  R.Refs = Entries ? Entries - 1 : 0;
  keep(R);
}

// --- a vector of records, held through a heap object -------------------------

struct Record {
  long Id;
  double Score;
  uint32_t Flags, Group;
};

Forever<std::unique_ptr<std::vector<Record>>> UniqueRecords;
std::vector<Record> *RawRecords;

void fillRecords(std::vector<Record> &V, long FirstId, long Count,
                 XorShift &Rng, Truth &T) {
  V.reserve(Count); // one allocation: its storage is the only one alive
  for (long I = 0; I < Count; ++I)
    V.push_back({FirstId + I, double(Rng.below(1 << 20)), uint32_t(Rng.next()),
                 uint32_t(Rng.below(97))});
  T.block(sizeof(std::vector<Record>), false);
  if (V.capacity())
    T.block(V.capacity() * sizeof(Record), true);
}

void buildRecords(long Count, XorShift &Rng) {
  Truth U("records.unique_ptr");
  UniqueRecords.make(std::make_unique<std::vector<Record>>());
  fillRecords(**UniqueRecords, 0, Count, Rng, U);
  keep(U);
  Truth R("records.raw");
  RawRecords = new std::vector<Record>;
  fillRecords(*RawRecords, Count, Count, Rng, R);
  keep(R);
}

// --- realloc chains, clones, slices ------------------------------------------

constexpr int Chains = 4;
uint64_t *Chain[Chains];

void buildChains(size_t Target) {
  Truth T("realloc_chain");
  size_t Size[Chains];
  for (int C = 0; C < Chains; ++C) {
    Size[C] = 16;
    Chain[C] = static_cast<uint64_t *>(std::malloc(Size[C]));
    Chain[C][0] = Chain[C][1] = 0x5eed0000u + C;
  }
  // Grown in turns, so a block rarely has room to grow where it is.
  uint64_t Reallocs = 0;
  for (bool Growing = true; Growing;) {
    Growing = false;
    for (int C = 0; C < Chains; ++C) {
      if (Size[C] >= Target)
        continue;
      Growing = true;
      size_t NewSize = (Size[C] * 3 / 2 + 7) & ~size_t(7);
      auto *P = static_cast<uint64_t *>(std::realloc(Chain[C], NewSize));
      if (!P)
        std::abort();
      ++Reallocs;
      for (size_t W = Size[C] / 8; W < NewSize / 8; ++W)
        P[W] = W * 0x9e3779b97f4a7c15u + C;
      Chain[C] = P;
      Size[C] = NewSize;
    }
  }
  for (int C = 0; C < Chains; ++C)
    T.block(Size[C], false);
  std::snprintf(T.Extra, sizeof T.Extra, " reallocs=%" PRIu64, Reallocs);
  keep(T);
}

uint64_t *RawSource, *RawCopy;
Forever<std::unique_ptr<uint64_t[]>> UniqueSource, UniqueCopy;

void buildClones(size_t Words, XorShift &Rng) {
  Truth R("clone.raw");
  RawSource = static_cast<uint64_t *>(std::malloc(Words * 8));
  for (size_t W = 0; W < Words; ++W)
    RawSource[W] = Rng.next();
  RawCopy = static_cast<uint64_t *>(std::malloc(Words * 8));
  std::memcpy(RawCopy, RawSource, Words * 8);
  R.block(Words * 8, false);
  R.block(Words * 8, false);
  std::snprintf(R.Extra, sizeof R.Extra, " clones=1");
  keep(R);

  Truth U("clone.unique_ptr");
  auto &Source = UniqueSource.make(std::make_unique<uint64_t[]>(Words));
  for (size_t W = 0; W < Words; ++W)
    Source[W] = Rng.next();
  auto &Copy = UniqueCopy.make(std::make_unique<uint64_t[]>(Words));
  std::memcpy(Copy.get(), Source.get(), Words * 8);
  U.block(Words * 8, false);
  U.block(Words * 8, false);
  std::snprintf(U.Extra, sizeof U.Extra, " clones=1");
  keep(U);
}

struct View {
  const char *Data;
  size_t Length;
};

char *RawBuffer;
View *RawViews;
Forever<std::unique_ptr<char[]>> UniqueBuffer;
Forever<std::unique_ptr<View[]>> UniqueViews;

// Views of 1..63 bytes, none at the buffer's first byte: all interior.
void cutViews(const char *Buffer, size_t Bytes, View *Views, size_t Count,
              XorShift &Rng) {
  for (size_t I = 0; I < Count; ++I)
    Views[I] = {Buffer + 1 + Rng.below(Bytes - 64), 1 + Rng.below(63)};
}

void buildSlices(size_t Bytes, size_t Count, XorShift &Rng) {
  Truth R("slices.raw");
  RawBuffer = static_cast<char *>(std::malloc(Bytes));
  for (size_t I = 0; I < Bytes; ++I)
    RawBuffer[I] = char('a' + Rng.below(26));
  RawViews = static_cast<View *>(std::malloc(Count * sizeof(View)));
  cutViews(RawBuffer, Bytes, RawViews, Count, Rng);
  R.block(Bytes, false);
  R.block(Count * sizeof(View), false);
  R.Refs = Count;
  keep(R);

  Truth U("slices.unique_ptr");
  auto &Buffer = UniqueBuffer.make(std::make_unique<char[]>(Bytes));
  for (size_t I = 0; I < Bytes; ++I)
    Buffer[I] = char('A' + Rng.below(26));
  auto &Views = UniqueViews.make(std::make_unique<View[]>(Count));
  cutViews(Buffer.get(), Bytes, Views.get(), Count, Rng);
  U.block(Bytes, false);
  U.block(Count * sizeof(View), false);
  U.Refs = Count;
  keep(U);
}

} // namespace relations

using namespace relations;

int main(int argc, char **argv) {
  long N = 1000;
  if (argc > 1) {
    char *End;
    N = std::strtol(argv[1], &End, 10);
    if (*End || N < 2 || N > 50'000'000) {
      std::fprintf(stderr, "usage: relations [N], N from 2 to 50000000\n");
      return 2;
    }
  }
  XorShift Rng(0x2545f4914f6cdd1dull);
  buildTrees(5 * N);
  buildLists(5 * N);
  buildGraphs(uint32_t(N), Rng);
  buildMaps(N, Rng);
  buildRecords(4 * N, Rng);
  buildChains(16 * size_t(N));
  buildClones(8 * size_t(N), Rng);
  buildSlices(64 * size_t(N), size_t(N), Rng);

  Truth Total("total");
  for (int I = 0; I < NumTruths; ++I) {
    const Truth &T = Truths[I];
    print(T);
    Total.Blocks += T.Blocks;
    Total.Links += T.Links;
    Total.Smart += T.Smart;
    Total.Shared += T.Shared;
    Total.Refs += T.Refs;
    Total.Bytes += T.Bytes;
  }
  print(Total);
  // A leak report at exit (memscope, LSan) ends the process with _exit:
  // the lines above must be out before.
  std::fflush(stdout);
  return 0;
}
